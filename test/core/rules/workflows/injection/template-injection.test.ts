import { reviewWorkflowChange, untrustedExpressions } from '../../../../../src/core/workflow-review.js';
import { SHA2, codes, review, CLEAN } from '../fixtures.js';

describe('attack: script injection through event text', () => {
  test('PR title in run: is reported with the job, step and expression', () => {
    const head = CLEAN.replace('run: npm test', 'run: echo "${{ github.event.pull_request.title }}"');
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_script_injection']);
    expect(f[0]!.message).toContain('job "test" step 2 ("Test")');
    expect(f[0]!.message).toContain('github.event.pull_request.title');
  });

  test('actions/github-script script: is checked too', () => {
    const head = CLEAN.replace(
      '        run: npm test',
      `        uses: actions/github-script@${SHA2}\n        with:\n          script: |\n            const body = \`\${{ github.event.comment.body }}\`\n            core.exportVariable('X', body)`,
    );
    expect(codes(review(CLEAN, head))).toEqual(['workflow_script_injection', 'workflow_github_env']);
  });

  test.each([
    ['${{ github.event.issue.body }}', 'github.event.issue.body'],
    ['${{ github.head_ref }}', 'github.head_ref'],
    ["${{ github['event']['pull_request']['title'] }}", 'github.event.pull_request.title'],
    ['${{ GITHUB.EVENT.HEAD_COMMIT.MESSAGE }}', 'github.event.head_commit.message'],
    ['${{ github.event.pull_request.labels[0].name }}', 'github.event.pull_request.labels[0].name'],
    ['${{ join(github.event.commits.*.message) }}', 'github.event.commits.*.message'],
    ['${{ toJSON(github.event) }}', 'github.event'],
    ['${{ github.event.pull_request.head.ref }}', 'github.event.pull_request.head.ref'],
  ])('%s is untrusted', (expr, path) => {
    expect(untrustedExpressions(`echo ${expr}`)).toEqual([path]);
  });

  test.each(['${{ github.event.pull_request.number }}', '${{ github.event.pull_request.head.sha }}', '${{ github.sha }}', '${{ github.event_name }}', '${{ secrets.GITHUB_TOKEN }}'])(
    '%s is not flagged',
    (expr) => {
      expect(untrustedExpressions(`echo ${expr}`)).toEqual([]);
    },
  );

  test('the same expression in env: (the safe pattern) is not reported', () => {
    const head = CLEAN.replace('        run: npm test', '        env:\n          TITLE: ${{ github.event.pull_request.title }}\n        run: echo "$TITLE"');
    expect(review(CLEAN, head)).toEqual([]);
  });

  test('an env variable set from untrusted text and read back as ${{ env.X }} is reported (step env)', () => {
    const head = CLEAN.replace('        run: npm test', '        env:\n          TITLE: ${{ github.event.pull_request.title }}\n        run: echo "${{ env.TITLE }}"');
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_script_injection']);
    expect(f[0]!.message).toContain('env.title');
    expect(f[0]!.message).toContain('github.event.pull_request.title');
  });

  test.each([
    ['job env', (t: string) => t.replace("    runs-on: ubuntu-latest\n", "    runs-on: ubuntu-latest\n    env:\n      Body: ${{ github.event.issue.body }}\n")],
    ['workflow env', (t: string) => t.replace('jobs:\n', "env:\n  Body: ${{ github.event.issue.body }}\njobs:\n")],
  ])('%s set from untrusted text, read with env[...] in another case, is reported', (_where, withEnv) => {
    const head = withEnv(CLEAN).replace('run: npm test', "run: echo \"${{ env['BODY'] }}\"");
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_script_injection']);
    expect(f[0]!.message).toContain('github.event.issue.body');
  });

  test('a step env that overrides an untrusted job env with a constant is not reported', () => {
    const head = CLEAN.replace("    runs-on: ubuntu-latest\n", "    runs-on: ubuntu-latest\n    env:\n      BODY: ${{ github.event.issue.body }}\n").replace(
      '        run: npm test',
      '        env:\n          BODY: fixed\n        run: echo "${{ env.BODY }}"',
    );
    expect(review(CLEAN, head)).toEqual([]);
  });

  test('${{ env.X }} of a trusted value is not reported', () => {
    const head = CLEAN.replace('        run: npm test', '        env:\n          SHA: ${{ github.event.pull_request.head.sha }}\n        run: echo "${{ env.SHA }}"');
    expect(review(CLEAN, head)).toEqual([]);
  });
});

describe('attack: caller inputs interpolated into scripts', () => {
  const P = '.github/actions/setup/action.yml';
  const composite = `name: setup
inputs:
  title:
    required: true
runs:
  using: composite
  steps:
    - run: npm ci
      shell: bash
`;
  const CALLED = CLEAN.replace('  pull_request:\n  push:\n    branches: [main]\n', '  workflow_call:\n    inputs:\n      title:\n        type: string\n      dry:\n        type: boolean\n');

  test('a composite action that interpolates an input into run: is input injection', () => {
    const head = composite.replace('run: npm ci', 'run: echo "${{ inputs.title }}"');
    const f = reviewWorkflowChange(P, composite, head);
    expect(codes(f)).toEqual(['workflow_input_injection']);
    expect(f[0]!.message).toContain('"${{ inputs.title }}"');
    expect(f[0]!.message).toContain('composite step 1');
    expect(f[0]!.message).toContain('env:');
    expect(f[0]!.message).toContain('"$NAME"');
  });

  test('a composite action input in a github-script script, in index syntax, or through ${{ env.X }} is reported', () => {
    const gs = composite.replace('    - run: npm ci\n      shell: bash\n', `    - uses: actions/github-script@${SHA2}\n      with:\n        script: core.info("\${{ inputs['title'] }}")\n`);
    const f = reviewWorkflowChange(P, composite, gs);
    expect(codes(f)).toEqual(['workflow_input_injection']);
    expect(f[0]!.message).toContain('script: script');
    const viaEnv = composite.replace('    - run: npm ci\n', '    - env:\n        T: ${{ inputs.title }}\n      run: echo "${{ env.T }}"\n');
    const g = reviewWorkflowChange(P, composite, viaEnv);
    expect(codes(g)).toEqual(['workflow_input_injection']);
    expect(g[0]!.message).toContain('env.t');
  });

  test('an input read as "$NAME" through env:, or a docker or node action, is not reported', () => {
    const safe = composite.replace('    - run: npm ci\n', '    - env:\n        TITLE: ${{ inputs.title }}\n      run: echo "$TITLE"\n');
    expect(reviewWorkflowChange(P, composite, safe)).toEqual([]);
    const node = `name: x\nruns:\n  using: node20\n  main: dist/index.js\n  env:\n    X: \${{ inputs.title }}\n`;
    expect(codes(reviewWorkflowChange(P, node, node.replace('X:', 'Y:')))).not.toContain('workflow_input_injection');
  });

  test('an unchanged composite input injection is not reported again', () => {
    const head = composite.replace('run: npm ci', 'run: echo "${{ inputs.title }}"');
    expect(reviewWorkflowChange(P, head, head.replace('name: setup', 'name: setup2'))).toEqual([]);
  });

  test('a workflow_call workflow that interpolates a string input into run: is reported; boolean inputs are not', () => {
    const head = CALLED.replace('run: npm test', 'run: npm test -- "${{ inputs.title }}" ${{ inputs.dry }}');
    const f = review(CALLED, head);
    expect(codes(f)).toEqual(['workflow_input_injection']);
    expect(f[0]!.message).toContain('workflow_call');
    expect(f[0]!.message).toContain('inputs.title');
    expect(review(head, head.replace('name: Test', 'name: Tests'))).toEqual([]);
  });

  test('workflow_dispatch-only inputs are not reported (only writers can dispatch)', () => {
    const dispatch = CLEAN.replace('  pull_request:\n  push:\n    branches: [main]\n', '  workflow_dispatch:\n    inputs:\n      title:\n        type: string\n');
    expect(review(dispatch, dispatch.replace('run: npm test', 'run: npm test -- "${{ inputs.title }}"'))).toEqual([]);
  });
});

describe('workflows/template-injection: boolean tests of event text', () => {
  test('contains(), startsWith() and endsWith() yield true or false, which cannot inject; the text itself still can', () => {
    const safe = CLEAN.replace('run: npm test', "run: if [ \"${{ contains(github.event.pull_request.title, '[skip]') }}\" = true ]; then exit 0; fi");
    expect(review(CLEAN, safe)).toEqual([]);
    const mixed = CLEAN.replace('run: npm test', "run: echo \"${{ startsWith(github.head_ref, 'x') && github.event.pull_request.title }}\"");
    expect(codes(review(CLEAN, mixed))).toEqual(['workflow_script_injection']);
  });
});
