import { reviewWorkflowChange } from '../../../../../src/core/workflow-review.js';
import { SHA, codes } from '../fixtures.js';

describe('action metadata', () => {
  const P = '.github/actions/setup/action.yml';
  const composite = `name: setup
runs:
  using: composite
  steps:
    - uses: actions/setup-node@${SHA}
    - run: npm ci
      shell: bash
`;
  test('composite steps get the same run and uses checks', () => {
    const head = composite.replace('run: npm ci', 'run: echo "${{ github.event.issue.title }}" >> $GITHUB_ENV').replace(`setup-node@${SHA}`, 'setup-node@v4');
    const f = reviewWorkflowChange(P, composite, head);
    expect(codes(f).sort()).toEqual(['workflow_github_env', 'workflow_script_injection', 'workflow_uses_unpinned_from_sha']);
    expect(f.find((x) => x.code === 'workflow_script_injection')!.message).toContain('composite step 2');
  });

  test('runs.using and the entry point changing are reported', () => {
    const node = `name: setup\nruns:\n  using: node20\n  main: dist/index.js\n`;
    const f = reviewWorkflowChange(P, composite, node);
    expect(codes(f)).toEqual(['action_runs_changed', 'action_runs_changed']);
    expect(f[0]!.message).toContain('runs.using');
    expect(f[1]!.message).toContain('runs.main');
  });

  test('a removed action is reported; an unparseable one too', () => {
    expect(codes(reviewWorkflowChange(P, composite, null))).toEqual(['action_removed']);
    expect(codes(reviewWorkflowChange(P, composite, 'name: x\n'))).toEqual(['workflow_unparseable']);
  });

  test('a docker action with a tag is unpinned', () => {
    expect(codes(reviewWorkflowChange('action.yml', null, 'name: x\nruns:\n  using: docker\n  image: docker://ghcr.io/x/y:latest\n'))).toEqual([
      'workflow_unpinned_image',
      'action_runs_changed',
      'action_runs_changed',
    ]);
  });
});
