import { codes, only, review, CLEAN } from '../fixtures.js';

describe('workflows/github-env', () => {
  test('writes to GITHUB_ENV and GITHUB_PATH where outsiders trigger the run', () => {
    const head = CLEAN.replace('  pull_request:\n', '  pull_request_target:\n').replace('run: npm test', 'run: |\n          echo "A=1" >> "$GITHUB_ENV"\n          echo "$PWD/bin" >> $GITHUB_PATH');
    const f = review(CLEAN, head);
    expect(codes(only(f, 'workflow_github_env'))).toEqual(['workflow_github_env', 'workflow_github_env']);
    expect(f.map((x) => x.message).join()).toMatch(/GITHUB_ENV[\s\S]*GITHUB_PATH/);
  });

  test('silent in workflows only the repository triggers (push, pull_request): the text is its own', () => {
    const head = CLEAN.replace('run: npm test', 'run: echo "EPOCH=$(git log -1 --pretty=%ct)" >> "$GITHUB_ENV"');
    expect(review(CLEAN, head)).toEqual([]);
  });
});
