import { codes, review, CLEAN } from '../fixtures.js';

describe('workflows/github-env', () => {
  test('writes to GITHUB_ENV and GITHUB_PATH', () => {
    const head = CLEAN.replace('run: npm test', 'run: |\n          echo "A=1" >> "$GITHUB_ENV"\n          echo "$PWD/bin" >> $GITHUB_PATH');
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_github_env', 'workflow_github_env']);
    expect(f.map((x) => x.message).join()).toMatch(/GITHUB_ENV[\s\S]*GITHUB_PATH/);
  });
});
