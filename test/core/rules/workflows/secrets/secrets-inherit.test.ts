import { codes, review, CLEAN } from '../fixtures.js';

describe('workflows/secrets-inherit', () => {
  test('secrets: inherit', () => {
    const head = `${CLEAN}  release:\n    uses: ./.github/workflows/release.yml\n    secrets: inherit\n`;
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_secrets_inherit']);
    expect(f[0]!.message).toContain('job "release"');
  });
});
