import { codes, review, CLEAN } from '../fixtures.js';

describe('workflows/excessive-permissions', () => {
  test('write-all at the workflow level is reported for each job it reaches', () => {
    const head = CLEAN.replace('permissions:\n  contents: read', 'permissions: write-all');
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_permissions_write_all']);
    expect(f[0]!.message).toContain('job "test"');
    expect(f[0]!.message).toContain('workflow level');
  });

  test('a new job-level write scope is reported, naming the scope', () => {
    const head = CLEAN.replace('    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n      id-token: write\n');
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_permission_write']);
    expect(f[0]!.message).toContain('"id-token"');
  });

  test('removing the permissions block (defaults apply) is reported', () => {
    const head = CLEAN.replace('permissions:\n  contents: read\n', '');
    expect(codes(review(CLEAN, head))).toEqual(['workflow_permissions_removed']);
  });

  test('a new workflow without any permissions block is reported', () => {
    expect(codes(review(null, CLEAN.replace('permissions:\n  contents: read\n', '')))).toEqual(['workflow_permissions_default']);
  });

  test('a new id-token: write names OIDC', () => {
    const head = CLEAN.replace('  contents: read', '  contents: read\n  id-token: write');
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_permission_write']);
    expect(f[0]!.message).toContain('OIDC');
    expect(review(head, head.replace('npm test', 'npm run test'))).toEqual([]);
  });

  test('statuses: write and posting a status are reported', () => {
    const head = CLEAN.replace('  contents: read', '  contents: read\n  statuses: write').replace(
      'run: npm test',
      'run: gh api repos/$GITHUB_REPOSITORY/statuses/$SHA -f state=success -f context=guard-diff',
    );
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_permission_write', 'workflow_sets_commit_status']);
    expect(f[0]!.message).toContain('"statuses"');
  });

  test('contents: write for a job that pushes with GITHUB_TOKEN is reported', () => {
    const head = CLEAN.replace('  contents: read', '  contents: write').replace('run: npm test', 'run: git push origin HEAD:agent/x');
    expect(codes(review(CLEAN, head))).toEqual(['workflow_permission_write']);
  });
});
