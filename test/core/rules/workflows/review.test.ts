import { isWorkflowFile, parseWorkflowYaml, quoteValue, reviewWorkflowChange, workflowFileKind } from '../../../../src/core/workflow-review.js';
import { SHA, codes, review, only, CLEAN } from './fixtures.js';

describe('file kinds', () => {
  test.each([
    ['.github/workflows/ci.yml', 'workflow'],
    ['.github/workflows/deploy.yaml', 'workflow'],
    ['.github/workflows/action.yml', 'workflow'],
    ['.GITHUB/Workflows/x.yml', 'workflow'],
    ['action.yml', 'action'],
    ['.github/actions/setup/action.yml', 'action'],
    ['actions/guard-diff/action.yaml', 'action'],
    ['docs/ci.yml', null],
    ['.github/dependabot.yml', null],
  ])('%s -> %s', (path, kind) => {
    expect(workflowFileKind(path)).toBe(kind);
    expect(isWorkflowFile(path)).toBe(kind !== null);
  });
});

describe('unchanged and benign changes', () => {
  test('identical texts produce no findings', () => {
    expect(review(CLEAN, CLEAN)).toEqual([]);
  });

  test('a risky workflow that stays risky is not reported again (comment and step name edits)', () => {
    const risky = `on: pull_request_target
permissions: write-all
jobs:
  triage:
    runs-on: self-hosted
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: echo "\${{ github.event.pull_request.title }}" >> $GITHUB_ENV
`;
    const edited = `# a comment\n${risky.replace('- run:', '- name: Echo\n        run:')}`;
    expect(review(risky, edited)).toEqual([]);
  });

  test('a new clean workflow produces no findings', () => {
    expect(review(null, CLEAN)).toEqual([]);
  });

  test('a copy out of .github/workflows into docs is not reviewed as a workflow', () => {
    expect(reviewWorkflowChange('docs/ci-copy.yml', null, CLEAN)).toEqual([]);
  });

  test('narrowing permissions is not reported', () => {
    const wide = CLEAN.replace('permissions:\n  contents: read', 'permissions: write-all');
    const narrow = CLEAN.replace('permissions:\n  contents: read', 'permissions:\n  contents: write');
    expect(review(wide, narrow)).toEqual([]);
    expect(review(narrow, CLEAN)).toEqual([]);
  });
});

describe('YAML handling', () => {
  test('anchors and aliases parse (GitHub supports them) and aliased content is reviewed', () => {
    const text = `on: push
permissions:
  contents: read
jobs:
  a:
    runs-on: ubuntu-latest
    env: &env
      NODE_ENV: test
    steps:
      - &checkout
        uses: actions/checkout@${SHA}
  b:
    runs-on: ubuntu-latest
    env: *env
    steps:
      - *checkout
      - &setup
        uses: actions/setup-node@v4
  c:
    runs-on: ubuntu-latest
    steps:
      - *setup
`;
    expect(parseWorkflowYaml(text).ok).toBe(true);
    const f = review(null, text);
    expect(codes(f)).toEqual(['workflow_unpinned_uses', 'workflow_unpinned_uses']);
    expect(f[0]!.message).toContain('job "b"');
    expect(f[1]!.message).toContain('job "c"');
  });

  test.each([
    ['merge key', `on: push\njobs:\n  a:\n    <<: {runs-on: x}\n    steps: []\n`, 'merge key'],
    ['duplicate key', `on: push\non: pull_request_target\njobs: {}\n`, 'duplicate key'],
    ['unknown tag', `on: push\njobs:\n  a: !custom {runs-on: x}\n`, 'Unresolved tag'],
    ['plain scalar with ": "', `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "Title: \${{ github.event.issue.title }}"\n        name: x: y\n`, ''],
    ['two documents', `on: push\njobs: {}\n---\non: pull_request_target\n`, 'more than one YAML document'],
    ['alias bomb', `on: push\nx: &a [1,1,1,1,1,1,1,1,1]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nw: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nv: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\njobs: {}\n`, ''],
    ['cyclic alias', `on: push\njobs:\n  a: &a\n    runs-on: x\n    needs: *a\n`, 'cycle'],
    ['deep brackets', `on: push\njobs: ${'['.repeat(300)}${']'.repeat(300)}\n`, 'nesting deeper'],
    ['deep compact sequence', `on: push\njobs:\n  a: ${'- '.repeat(600)}x\n`, ''],
    ['no jobs', `on: push\n`, 'jobs'],
    ['not a mapping', `- on: push\n`, 'mapping'],
    ['empty', ``, 'empty'],
  ])('%s makes the workflow unparseable, reported as high', (_name, text, reason) => {
    const f = review(CLEAN, text);
    expect(codes(f)).toEqual(['workflow_unparseable']);
    expect(f[0]!.severity).toBe('high');
    expect(f[0]!.message).toContain('could not be parsed');
    expect(f[0]!.message).toContain(reason);
  });

  test('an oversized workflow is refused', () => {
    const big = `${CLEAN}# ${'x'.repeat(1024 * 1024)}\n`;
    expect(codes(review(CLEAN, big))).toEqual(['workflow_unparseable']);
  });

  test('long lines of dashes in a script are not mistaken for nesting', () => {
    const head = CLEAN.replace('run: npm test', `run: |\n          echo start\n          ${'-'.repeat(800)}`);
    expect(review(CLEAN, head)).toEqual([]);
  });

  test('on: is a string key under YAML 1.2 (not the boolean true)', () => {
    const r = parseWorkflowYaml('on: push\njobs: {}\n');
    expect(r.ok && (r.value as Record<string, unknown>).on).toBe('push');
  });
});

describe('messages are safe to log', () => {
  test('untrusted job ids and values are JSON-escaped; no raw newline or bidi character', () => {
    const head = CLEAN.replace('  test:\n', '  "x\\n::stop-commands::pwn\\u202e":\n').replace('run: npm test', 'uses: evil/a@main');
    const f = review(CLEAN, head);
    expect(f.length).toBeGreaterThan(0);
    expect(codes(f).sort()).toEqual(['workflow_job_removed', 'workflow_unpinned_uses']);
    for (const x of f) expect(x.message).not.toMatch(/[\n\r\u202e]/);
    expect(only(f, 'workflow_unpinned_uses')[0]!.message).toContain('job "x\\n::stop-commands::pwn\\u202e"');
  });

  test('quoteValue truncates to 200 characters without splitting a surrogate pair', () => {
    const q = quoteValue(`${'a'.repeat(199)}😀tail`);
    expect(q.endsWith('...(truncated)')).toBe(true);
    expect(q).toBe(`"${'a'.repeat(199)}"...(truncated)`);
  });

  test('the number of findings per file is capped', () => {
    let steps = '';
    for (let i = 0; i < 300; i++) steps += `      - uses: x/a${i}@v1\n`;
    const head = `${CLEAN}${steps}`;
    const f = review(CLEAN, head);
    expect(f).toHaveLength(201);
    expect(f[200]!.code).toBe('workflow_findings_truncated');
  });
});
