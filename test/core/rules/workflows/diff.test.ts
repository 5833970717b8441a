// Diff-aware review: findings keyed by rule, job and step identity (never by line), introduced apart from existing.
import { RULES } from '../../../../src/core/rules/registry.js';
import { reviewWorkflowFile } from '../../../../src/core/workflow-review.js';
import { SHA, WF, workflow } from './fixtures.js';

const RISKY = workflow(
  'pull_request',
  `      - name: Checkout
        uses: actions/checkout@v4
      - name: Greet
        run: echo "\${{ github.event.pull_request.title }}"
`,
);

describe('introduced and existing findings', () => {
  test('a change reports what it introduces; what the base had is listed as existing', () => {
    const head = RISKY.replace('      - name: Greet\n', `      - uses: actions/setup-node@v4\n      - name: Greet\n`);
    const r = reviewWorkflowFile(WF, RISKY, head);
    expect(r.introduced.map((f) => [f.rule, f.code, f.where?.step])).toEqual([['workflows/unpinned-uses', 'workflow_unpinned_uses', 'actions/setup-node@v4']]);
    expect(r.existing.map((f) => f.code).sort()).toEqual(['workflow_script_injection', 'workflow_unpinned_uses']);
    const inject = r.existing.find((f) => f.code === 'workflow_script_injection')!;
    expect(inject.where).toEqual({ job: 'build', step: 'Greet', line: 11 });
  });

  test('an added file introduces everything it has', () => {
    const r = reviewWorkflowFile(WF, null, RISKY);
    expect(r.existing).toEqual([]);
    expect(r.introduced.map((f) => f.code).sort()).toEqual(['workflow_script_injection', 'workflow_unpinned_uses']);
  });

  test('renaming, reordering or adding steps around a finding introduces nothing', () => {
    const renamed = RISKY.replace('name: Greet', 'name: Say hello');
    expect(reviewWorkflowFile(WF, RISKY, renamed).introduced).toEqual([]);
    expect(reviewWorkflowFile(WF, RISKY, renamed).existing).toHaveLength(2);
    const reordered = workflow(
      'pull_request',
      `      - name: Greet
        run: echo "\${{ github.event.pull_request.title }}"
      - name: Lint
        run: npm run lint
      - name: Checkout
        uses: actions/checkout@v4
`,
    );
    expect(reviewWorkflowFile(WF, RISKY, reordered).introduced).toEqual([]);
  });

  test('a reformat (flow style, quoting, key order, comments) introduces nothing', () => {
    const flow = `# reformatted
"on": [pull_request]
jobs:
  "build":
    steps:
      - { uses: "actions/checkout@v4", name: Checkout }
      - run: 'echo "\${{ github.event.pull_request.title }}"'
        name: Greet
    runs-on: ubuntu-latest
permissions: { contents: read }
`;
    const r = reviewWorkflowFile(WF, RISKY, flow);
    expect(r.introduced).toEqual([]);
    expect(r.existing).toHaveLength(2);
  });

  test('a renamed file with the same content introduces nothing', () => {
    expect(reviewWorkflowFile('.github/workflows/renamed.yml', RISKY, RISKY)).toEqual({ introduced: [], existing: [] });
  });

  test('a second copy of a pattern, or the pattern moved to another job, is introduced', () => {
    const twice = RISKY.replace('      - name: Greet\n', '      - name: Again\n        run: echo "${{ github.event.pull_request.title }}"\n      - name: Greet\n');
    expect(reviewWorkflowFile(WF, RISKY, twice).introduced.map((f) => f.where?.step)).toEqual(['Again']);
    const otherJob = RISKY.replace('  build:\n', '  test:\n');
    expect(reviewWorkflowFile(WF, RISKY, otherJob).introduced.map((f) => `${f.where?.job}:${f.code}`).sort()).toEqual([
      'build:workflow_job_removed',
      'test:workflow_script_injection',
      'test:workflow_unpinned_uses',
    ]);
  });

  test('removing a pattern introduces nothing and drops it from existing', () => {
    const fixed = RISKY.replace('echo "${{ github.event.pull_request.title }}"', 'echo "$TITLE"').replace('actions/checkout@v4', `actions/checkout@${SHA}`);
    expect(reviewWorkflowFile(WF, RISKY, fixed)).toEqual({ introduced: [], existing: [] });
  });

  test('every finding names a registered rule that declares its code', () => {
    const r = reviewWorkflowFile(WF, null, RISKY.replace('on: pull_request', 'on: pull_request_target'));
    expect(r.introduced.length).toBeGreaterThan(2);
    for (const f of r.introduced) expect(RULES.find((x) => x.id === f.rule)?.codes).toContain(f.code);
  });
});
