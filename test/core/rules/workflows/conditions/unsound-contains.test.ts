import { codes, review, only, CLEAN } from '../fixtures.js';

describe('workflows/unsound-contains', () => {
  test('contains with a string haystack and a context needle on a step and on a job is reported', () => {
    const head = CLEAN.replace('        run: npm test', "        if: contains('refs/heads/main refs/heads/develop', github.ref)\n        run: npm test")
      .replace('    runs-on:', "    if: ${{ contains('main,release', github.head_ref) }}\n    runs-on:");
    const f = review(CLEAN, head);
    expect(codes(f).sort()).toEqual(['workflow_job_condition', 'workflow_unsound_contains', 'workflow_unsound_contains']);
    const msgs = only(f, 'workflow_unsound_contains').map((x) => x.message).join('\n');
    expect(msgs).toContain('"refs/heads/main refs/heads/develop"');
    expect(msgs).toContain('github.head_ref');
    expect(msgs).toContain('substring');
  });

  test('contains over fromJSON arrays, over a context haystack, or with a literal needle is not reported', () => {
    for (const cond of [
      "contains(fromJSON('[\"refs/heads/main\", \"refs/heads/develop\"]'), github.ref)",
      "contains(github.event.pull_request.labels.*.name, 'safe')",
      "contains(github.event.head_commit.message, '[skip ci]')",
      "contains('abc', 'b')",
    ]) {
      expect(codes(review(CLEAN, CLEAN.replace('        run: npm test', `        if: ${JSON.stringify(cond)}\n        run: npm test`)))).not.toContain('workflow_unsound_contains');
    }
  });

  test('an unchanged unsound contains is not reported again', () => {
    const head = CLEAN.replace('        run: npm test', "        if: contains('refs/heads/main', github.ref)\n        run: npm test");
    expect(review(head, head.replace('name: Test', 'name: Tests'))).toEqual([]);
  });
});
