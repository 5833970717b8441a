import { codes, review, CLEAN } from '../fixtures.js';

describe('workflows/hardcoded-container-credentials', () => {
  const withCreds = (container: string, db: string) =>
    CLEAN.replace(
      '    runs-on: ubuntu-latest\n',
      `    runs-on: ubuntu-latest\n    container:\n      image: ghcr.io/o/i@sha256:${'a'.repeat(64)}\n      credentials:\n        username: bot\n        password: ${container}\n    services:\n      db:\n        image: postgres@sha256:${'b'.repeat(64)}\n        credentials: { username: bot, password: ${JSON.stringify(db)} }\n`,
    );

  test('a literal password on the container and on a service is reported without its value', () => {
    const f = review(CLEAN, withCreds('hunter2-container', 'hunter2-service'));
    expect(codes(f)).toEqual(['workflow_hardcoded_credentials', 'workflow_hardcoded_credentials']);
    for (const x of f) {
      expect(x.message).not.toContain('hunter2');
      expect(x.message).toContain('literal');
    }
    expect(f[1]!.message).toContain('service "db"');
  });

  test('passwords from secrets are not reported', () => {
    expect(review(CLEAN, withCreds('${{ secrets.GHCR_TOKEN }}', '${{ secrets.DB_PASSWORD }}'))).toEqual([]);
  });

  test('an unchanged (or rotated) literal password is not reported again', () => {
    const head = withCreds('hunter2', '${{ secrets.X }}');
    expect(review(head, withCreds('hunter3', '${{ secrets.X }}'))).toEqual([]);
  });
});
