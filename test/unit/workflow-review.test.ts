import { isWorkflowFile, parseWorkflowYaml, quoteValue, reviewWorkflowChange, untrustedExpressions, workflowFileKind, type Finding } from '../../src/core/workflow-review.js';

const WF = '.github/workflows/ci.yml';
const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';
const SHA2 = '11bd71901bbe5b1630ceea73d27597364c9af683';

const codes = (f: Finding[]) => f.map((x) => x.code);
const review = (base: string | null, head: string | null, path = WF) => reviewWorkflowChange(path, base, head);
const only = (f: Finding[], code: string) => f.filter((x) => x.code === code);

/** A small, clean workflow: explicit read permissions, pinned actions, no dangerous trigger. */
const CLEAN = `name: ci
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - name: Checkout
        uses: actions/checkout@${SHA}
      - name: Test
        run: npm test
`;

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

  test('a copy out of .github/workflows into docs is not reviewed as a workflow (ATTACKS 22)', () => {
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
    ['plain scalar with ": " (ATTACKS 3)', `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "Title: \${{ github.event.issue.title }}"\n        name: x: y\n`, ''],
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

describe('triggers', () => {
  const base = CLEAN;
  test.each([
    ['string form', 'on: pull_request_target', 'pull_request_target'],
    ['list form', 'on: [push, workflow_run]', 'workflow_run'],
    ['map form', 'on:\n  issue_comment:\n    types: [created]', 'issue_comment'],
    ['review', 'on:\n  pull_request_review:', 'pull_request_review'],
    ['review comment', 'on: [pull_request_review_comment]', 'pull_request_review_comment'],
    ['issues', 'on:\n  issues:\n    types: [opened]', 'issues'],
  ])('%s: a new dangerous trigger is reported', (_n, on, trigger) => {
    const head = base.replace(/on:\n {2}pull_request:\n {2}push:\n {4}branches: \[main\]/, on);
    const f = review(base, head);
    const t = only(f, 'workflow_dangerous_trigger');
    expect(t).toHaveLength(1);
    expect(t[0]!.message).toContain(trigger);
    expect(t[0]!.severity).toBe('high');
  });

  test('widening the filters of an existing dangerous trigger is reported', () => {
    const b = CLEAN.replace(/on:[\s\S]*?permissions/, 'on:\n  pull_request_target:\n    types: [labeled]\npermissions');
    const h = CLEAN.replace(/on:[\s\S]*?permissions/, 'on:\n  pull_request_target:\npermissions');
    expect(codes(review(b, h))).toEqual(['workflow_trigger_changed']);
  });
});

describe('permissions', () => {
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

  test('ATTACKS 57: statuses: write and posting a status are reported', () => {
    const head = CLEAN.replace('  contents: read', '  contents: read\n  statuses: write').replace(
      'run: npm test',
      'run: gh api repos/$GITHUB_REPOSITORY/statuses/$SHA -f state=success -f context=guard-diff',
    );
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_permission_write', 'workflow_sets_commit_status']);
    expect(f[0]!.message).toContain('"statuses"');
  });

  test('ATTACKS 59: contents: write for a job that pushes with GITHUB_TOKEN is reported', () => {
    const head = CLEAN.replace('  contents: read', '  contents: write').replace('run: npm test', 'run: git push origin HEAD:agent/x');
    expect(codes(review(CLEAN, head))).toEqual(['workflow_permission_write']);
  });
});

describe('ATTACKS 60: script injection', () => {
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

describe('uses pinning (ATTACKS 62)', () => {
  test('a new tag-pinned action is unpinned', () => {
    const head = CLEAN.replace('run: npm test', 'uses: tj-actions/changed-files@v45');
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_unpinned_uses']);
    expect(f[0]!.message).toContain('tj-actions/changed-files@v45');
  });

  test('changing a SHA pin to a tag is reported specially', () => {
    const base = CLEAN.replace('run: npm test', `uses: org/x@${SHA2}`);
    const head = CLEAN.replace('run: npm test', 'uses: org/x@v1');
    const f = review(base, head);
    expect(codes(f)).toEqual(['workflow_uses_unpinned_from_sha']);
    expect(f[0]!.message).toContain(SHA2);
    expect(f[0]!.message).toContain('"v1"');
  });

  test('moving a SHA pin to another SHA is reported (impostor commits)', () => {
    const head = CLEAN.replace(SHA, SHA2);
    expect(codes(review(CLEAN, head))).toEqual(['workflow_uses_repinned']);
  });

  test('local actions and digest-pinned docker images are excepted; docker tags and reusable workflows at a tag are not', () => {
    const head = CLEAN.replace(
      '      - name: Test\n        run: npm test\n',
      `      - uses: ./.github/actions/setup\n      - uses: docker://alpine@sha256:${'a'.repeat(64)}\n      - uses: docker://alpine:3.20\n  call:\n    uses: org/repo/.github/workflows/release.yml@main\n  local:\n    uses: ./.github/workflows/lint.yml\n`,
    );
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_unpinned_uses', 'workflow_unpinned_uses']);
    expect(f[0]!.message).toContain('docker://alpine:3.20');
    expect(f[1]!.message).toContain('job "call"');
  });

  test('a second copy of an unpinned action is new even though one existed', () => {
    const base = CLEAN.replace('run: npm test', 'uses: actions/setup-node@v4');
    const head = base.replace('        uses: actions/setup-node@v4\n', '        uses: actions/setup-node@v4\n      - uses: actions/setup-node@v4\n');
    expect(codes(review(base, head))).toEqual(['workflow_unpinned_uses']);
  });
});

describe('ATTACKS 61: head checkout under a privileged trigger (Scorecard Dangerous-Workflow)', () => {
  const head = `on: pull_request_target
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm test
`;
  test('a new workflow with both is reported for both', () => {
    const f = review(null, head);
    expect(codes(f)).toEqual(['workflow_dangerous_trigger', 'workflow_privileged_checkout', 'workflow_checkout_persists_token']);
    expect(f[1]!.message).toContain('job "build" step 1');
    expect(f[1]!.message).toContain('pull_request_target');
  });

  test('switching pull_request to pull_request_target on a workflow that already checked out the head reports both', () => {
    const base = head.replace('on: pull_request_target', 'on: pull_request');
    expect(codes(review(base, head))).toEqual(['workflow_dangerous_trigger', 'workflow_privileged_checkout', 'workflow_checkout_persists_token']);
  });

  test('checking out the head with git in run: under workflow_run is reported', () => {
    const h = CLEAN.replace(/on:[\s\S]*?permissions/, 'on:\n  workflow_run:\n    workflows: [ci]\npermissions').replace(
      'run: npm test',
      'run: git fetch origin ${{ github.event.workflow_run.head_sha }} && git checkout FETCH_HEAD',
    );
    expect(codes(review(CLEAN, h))).toEqual(['workflow_dangerous_trigger', 'workflow_privileged_checkout']);
  });

  test('the same checkout under pull_request only is not privileged', () => {
    expect(codes(review(null, head.replace('on: pull_request_target', 'on: pull_request')))).toEqual([]);
  });
});

describe('what pull request code gets after a privileged head checkout', () => {
  const base = `on: pull_request_target
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          persist-credentials: false
      - run: npm ci && npm test
`;

  test('an unchanged pwn-request workflow that already used persist-credentials: false reports nothing', () => {
    expect(review(base, base.replace('npm test', 'npm run test'))).toEqual([]);
  });

  test('removing persist-credentials: false from an existing head checkout is reported (token left in .git/config)', () => {
    const f = review(base, base.replace('          persist-credentials: false\n', ''));
    expect(codes(f)).toEqual(['workflow_checkout_persists_token']);
    expect(f[0]!.message).toContain('job "build" step 1');
    expect(f[0]!.message).toContain('.git/config');
  });

  test('persist-credentials on a base checkout (no head ref) is not reported', () => {
    const h = base.replace('        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n          persist-credentials: false\n', '');
    expect(codes(review(null, h))).toEqual(['workflow_dangerous_trigger']);
  });

  test('a local action run after the head checkout is reported; before it, or under pull_request, it is not', () => {
    const after = base.replace('      - run: npm ci && npm test\n', '      - uses: ./.github/actions/build\n      - run: npm ci && npm test\n');
    const f = review(base, after);
    expect(codes(f)).toEqual(['workflow_privileged_local_action']);
    expect(f[0]!.message).toContain('"./.github/actions/build"');
    expect(f[0]!.message).toContain('after');
    const before = base.replace('    steps:\n', '    steps:\n      - uses: ./.github/actions/build\n');
    expect(review(base, before)).toEqual([]);
    const unprivileged = base.replace('on: pull_request_target', 'on: pull_request');
    expect(review(unprivileged, after.replace('on: pull_request_target', 'on: pull_request'))).toEqual([]);
    expect(review(after, after.replace('npm test', 'npm run test'))).toEqual([]);
  });

  test('a local action outside the directory the head was checked out into is base code; inside it, or with .. tricks, it is reported', () => {
    const into = (dir: string, uses: string) =>
      base.replace('          persist-credentials: false\n', `          persist-credentials: false\n          path: ${dir}\n`).replace('      - run: npm ci && npm test\n', `      - uses: ${uses}\n      - run: npm ci && npm test\n`);
    const baseInto = (dir: string) => base.replace('          persist-credentials: false\n', `          persist-credentials: false\n          path: ${dir}\n`);
    expect(review(baseInto('pr'), into('pr', './.github/actions/build'))).toEqual([]);
    expect(codes(review(baseInto('pr'), into('pr', './pr/.github/actions/build')))).toEqual(['workflow_privileged_local_action']);
    expect(codes(review(baseInto('./pr/'), into('./pr/', './pr/.github/actions/build')))).toEqual(['workflow_privileged_local_action']);
    expect(codes(review(baseInto('pr/..'), into('pr/..', './.github/actions/build')))).toEqual(['workflow_privileged_local_action']);
    expect(codes(review(baseInto('pr'), into('pr', './x/../pr/.github/actions/build')))).toEqual(['workflow_privileged_local_action']);
    expect(codes(review(baseInto('${{ github.workspace }}'), into('${{ github.workspace }}', './.github/actions/build')))).toEqual(['workflow_privileged_local_action']);
  });

  test('a secret read after the head checkout (step env, job env, checkout token) is reported once per secret', () => {
    const stepEnv = base.replace('      - run: npm ci && npm test\n', '      - run: npm ci && npm test\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n');
    const f = review(base, stepEnv);
    expect(codes(f)).toEqual(['workflow_secret_after_head_checkout']);
    expect(f[0]!.message).toContain('secrets.npm_token');
    expect(f[0]!.message).toContain('job "build"');
    const jobEnv = base.replace('    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    env:\n      GH: ${{ github.token }}\n');
    expect(codes(review(base, jobEnv))).toEqual(['workflow_secret_after_head_checkout']);
    const token = base.replace('          persist-credentials: false\n', "          persist-credentials: false\n          token: ${{ secrets['DEPLOY_PAT'] }}\n");
    expect(only(review(base, token), 'workflow_secret_after_head_checkout')[0]!.message).toContain('secrets.deploy_pat');
    expect(review(stepEnv, stepEnv.replace('npm test', 'npm run test'))).toEqual([]);
  });

  test('a secret read only before the head checkout, or under pull_request, is not reported', () => {
    const before = base.replace('    steps:\n', '    steps:\n      - run: ./login.sh\n        env:\n          KEY: ${{ secrets.KEY }}\n');
    expect(review(base, before)).toEqual([]);
    const unpriv = base.replace('on: pull_request_target', 'on: pull_request');
    const withSecret = unpriv.replace('      - run: npm ci && npm test\n', '      - run: npm ci && npm test\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n');
    expect(review(unpriv, withSecret)).toEqual([]);
  });

  test('adding the privileged trigger to a job that already read a secret after a head checkout reports it', () => {
    const prHead = base.replace('on: pull_request_target', 'on: pull_request').replace('      - run: npm ci && npm test\n', '      - run: npm ci && npm test\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n');
    const f = review(prHead, prHead.replace('on: pull_request', 'on: pull_request_target'));
    expect(codes(f)).toEqual(['workflow_dangerous_trigger', 'workflow_privileged_checkout', 'workflow_secret_after_head_checkout']);
  });
});

describe('cache poisoning under privileged triggers (zizmor cache-poisoning, Clinejection)', () => {
  const wf = (on: string, step: string) => `on: ${on}
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
${step}      - run: npm test
`;
  const cache = `      - uses: actions/cache@${SHA2}\n        with:\n          path: node_modules\n          key: deps\n`;
  const setupNode = (c: string) => `      - uses: actions/setup-node@${SHA2}\n        with:\n          node-version: 20\n${c}`;

  test('actions/cache, setup-node with cache: npm and setup-go by default are reported under pull_request_target and workflow_run', () => {
    const f = review(wf('pull_request_target', ''), wf('pull_request_target', cache));
    expect(codes(f)).toEqual(['workflow_cache_poisoning']);
    expect(f[0]!.message).toContain('"actions/cache"');
    expect(f[0]!.message).toContain('pull_request_target');
    expect(codes(review(wf('workflow_run', ''), wf('workflow_run', setupNode('          cache: npm\n'))))).toEqual(['workflow_cache_poisoning']);
    expect(codes(review(wf('pull_request_target', ''), wf('pull_request_target', `      - uses: actions/setup-go@${SHA2}\n`)))).toEqual(['workflow_cache_poisoning']);
  });

  test('setup-* without cache, setup-go with cache: false, cache/restore, and caches under pull_request are not reported', () => {
    expect(review(wf('pull_request_target', ''), wf('pull_request_target', setupNode('')))).toEqual([]);
    expect(review(wf('pull_request_target', ''), wf('pull_request_target', `      - uses: actions/setup-go@${SHA2}\n        with:\n          cache: false\n`))).toEqual([]);
    expect(review(wf('pull_request_target', ''), wf('pull_request_target', cache.replace('actions/cache@', 'actions/cache/restore@')))).toEqual([]);
    expect(review(wf('pull_request', ''), wf('pull_request', cache))).toEqual([]);
  });

  test('an existing cache step is not reported again; adding the privileged trigger reports it', () => {
    const h = wf('pull_request_target', cache);
    expect(review(h, h.replace('npm test', 'npm run test'))).toEqual([]);
    expect(codes(review(wf('pull_request', cache), h))).toEqual(['workflow_dangerous_trigger', 'workflow_cache_poisoning']);
  });
});

describe('injection through inputs of script-running and AI agent actions', () => {
  test('untrusted text in azure/cli inlineScript and appleboy/ssh-action script is script injection', () => {
    const az = CLEAN.replace('        run: npm test', `        uses: azure/cli@${SHA2}\n        with:\n          inlineScript: az group list --tag "\${{ github.event.pull_request.title }}"`);
    const f = review(CLEAN, az);
    expect(codes(f)).toEqual(['workflow_script_injection']);
    expect(f[0]!.message).toContain('inlinescript: script');
    const ssh = CLEAN.replace('        run: npm test', `        uses: appleboy/ssh-action@${SHA2}\n        with:\n          host: example.org\n          script: deploy "\${{ github.head_ref }}"`);
    expect(codes(review(CLEAN, ssh))).toEqual(['workflow_script_injection']);
    expect(review(ssh, ssh.replace('host: example.org', 'host: example.com'))).toEqual([]);
  });

  test('untrusted text in an input of another action, or a non-script input, is not reported', () => {
    const other = CLEAN.replace('        run: npm test', `        uses: some/commenter@${SHA2}\n        with:\n          script: \${{ github.event.pull_request.title }}`);
    expect(review(CLEAN, other)).toEqual([]);
    const host = CLEAN.replace('        run: npm test', `        uses: appleboy/ssh-action@${SHA2}\n        with:\n          host: \${{ github.event.pull_request.title }}`);
    expect(review(CLEAN, host)).toEqual([]);
  });

  test('an action named like an Object.prototype member does not break the review', () => {
    const head = CLEAN.replace('run: npm test', `uses: constructor@${SHA2}`).replace(`uses: actions/checkout@${SHA}`, `uses: __proto__@${SHA}`);
    expect(review(CLEAN, head)).toEqual([]);
  });

  test('an issue body in the prompt of an AI agent action is prompt injection, directly or through env', () => {
    const agent = CLEAN.replace(
      '        run: npm test',
      `        uses: anthropics/claude-code-action@${SHA2}\n        with:\n          prompt: |\n            Triage this issue: \${{ github.event.issue.body }}`,
    );
    const f = review(CLEAN, agent);
    expect(codes(f)).toEqual(['workflow_prompt_injection']);
    expect(f[0]!.message).toContain('"prompt"');
    expect(f[0]!.message).toContain('github.event.issue.body');
    expect(f[0]!.message).toContain('anthropics/claude-code-action');
    expect(review(agent, agent.replace('Triage this issue', 'Label this issue'))).toEqual([]);
    const viaEnv = CLEAN.replace(
      '        run: npm test',
      `        uses: google-github-actions/run-gemini-cli@${SHA2}\n        env:\n          TITLE: \${{ github.event.issue.title }}\n        with:\n          prompt: Title is \${{ env.TITLE }}`,
    );
    expect(codes(review(CLEAN, viaEnv))).toEqual(['workflow_prompt_injection']);
  });

  test('an agent prompt with only trusted values is not reported', () => {
    const agent = CLEAN.replace(
      '        run: npm test',
      `        uses: anthropics/claude-code-action@${SHA2}\n        with:\n          prompt: Review pull request \${{ github.event.pull_request.number }} in \${{ github.repository }}`,
    );
    expect(review(CLEAN, agent)).toEqual([]);
  });
});

describe('ATTACKS 58: workflow_run consuming artifacts', () => {
  test('a workflow_run trigger plus download-artifact is reported', () => {
    const head = CLEAN.replace(/on:[\s\S]*?permissions/, 'on:\n  workflow_run:\n    workflows: [agent]\n    types: [completed]\npermissions').replace(
      'run: npm test',
      `uses: actions/download-artifact@${SHA2}\n        with:\n          name: verdict`,
    );
    expect(codes(review(CLEAN, head))).toEqual(['workflow_dangerous_trigger', 'workflow_untrusted_artifact']);
  });
});

describe('other risky patterns', () => {
  test('secrets: inherit', () => {
    const head = `${CLEAN}  release:\n    uses: ./.github/workflows/release.yml\n    secrets: inherit\n`;
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_secrets_inherit']);
    expect(f[0]!.message).toContain('job "release"');
  });

  test('toJSON(secrets) and a computed secrets[...] index expose every secret (zizmor overprovisioned-secrets)', () => {
    const head = CLEAN.replace('        run: npm test', '        env:\n          ALL: ${{ toJSON(secrets) }}\n        run: npm test');
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_all_secrets']);
    expect(f[0]!.message).toContain('job "test"');
    expect(review(head, head.replace('npm test', 'npm run test'))).toEqual([]);
    const computed = CLEAN.replace('run: npm test', "run: echo ${{ secrets[format('{0}_KEY', matrix.env)] }}");
    expect(codes(review(CLEAN, computed))).toEqual(['workflow_all_secrets']);
    const named = CLEAN.replace('run: npm test', "run: echo ${{ secrets.NPM_TOKEN }} ${{ secrets['OTHER'] }}");
    expect(review(CLEAN, named)).toEqual([]);
  });

  test('runs-on: self-hosted (string, list, and through the matrix)', () => {
    expect(codes(review(CLEAN, CLEAN.replace('runs-on: ubuntu-latest', 'runs-on: self-hosted')))).toEqual(['workflow_self_hosted_runner']);
    expect(codes(review(CLEAN, CLEAN.replace('runs-on: ubuntu-latest', 'runs-on: [self-hosted, linux]')))).toEqual(['workflow_self_hosted_runner']);
    const matrix = CLEAN.replace('runs-on: ubuntu-latest', 'runs-on: ${{ matrix.os }}\n    strategy:\n      matrix:\n        os: [ubuntu-latest, self-hosted]');
    expect(codes(review(CLEAN, matrix))).toEqual(['workflow_self_hosted_runner']);
  });

  test('writes to GITHUB_ENV and GITHUB_PATH', () => {
    const head = CLEAN.replace('run: npm test', 'run: |\n          echo "A=1" >> "$GITHUB_ENV"\n          echo "$PWD/bin" >> $GITHUB_PATH');
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_github_env', 'workflow_github_env']);
    expect(f.map((x) => x.message).join()).toMatch(/GITHUB_ENV[\s\S]*GITHUB_PATH/);
  });

  test('ACTIONS_ALLOW_UNSECURE_COMMANDS at workflow and step level', () => {
    expect(codes(review(CLEAN, CLEAN.replace('jobs:', 'env:\n  ACTIONS_ALLOW_UNSECURE_COMMANDS: true\njobs:')))).toEqual(['workflow_insecure_commands']);
    expect(codes(review(CLEAN, CLEAN.replace('        run: npm test', '        env:\n          ACTIONS_ALLOW_UNSECURE_COMMANDS: "true"\n        run: npm test')))).toEqual([
      'workflow_insecure_commands',
    ]);
  });

  test('continue-on-error: true added to a step and to a job', () => {
    const f = review(CLEAN, CLEAN.replace('        run: npm test', '        continue-on-error: true\n        run: npm test').replace('    runs-on:', '    continue-on-error: ${{ true }}\n    runs-on:'));
    expect(codes(f)).toEqual(['workflow_continue_on_error', 'workflow_continue_on_error']);
    expect(review(CLEAN, CLEAN.replace('        run: npm test', '        continue-on-error: false\n        run: npm test'))).toEqual([]);
  });

  test('curl | sh is reported', () => {
    expect(codes(review(CLEAN, CLEAN.replace('run: npm test', 'run: curl -fsSL https://get.example.sh | sudo bash')))).toEqual(['workflow_remote_script']);
  });

  test('unpinned container and service images', () => {
    const head = CLEAN.replace('    runs-on: ubuntu-latest\n', `    runs-on: ubuntu-latest\n    container: node:20\n    services:\n      db:\n        image: postgres@sha256:${'b'.repeat(64)}\n`);
    expect(codes(review(CLEAN, head))).toEqual(['workflow_unpinned_image']);
  });
});

describe('ATTACKS 56: conditions on the guard job', () => {
  test('if: github.actor != Copilot is spoofable', () => {
    const f = review(CLEAN, CLEAN.replace('    runs-on:', "    if: github.actor != 'Copilot'\n    runs-on:"));
    expect(codes(f)).toEqual(['workflow_spoofable_condition']);
    expect(f[0]!.message).toContain('job "test"');
  });

  test('a label condition on a step is spoofable', () => {
    const f = review(CLEAN, CLEAN.replace('        run: npm test', "        if: contains(github.event.pull_request.labels.*.name, 'safe')\n        run: npm test"));
    expect(codes(f)).toEqual(['workflow_spoofable_condition']);
  });

  test('any other condition added to an existing job is reported (a skipped job reports success)', () => {
    const f = review(CLEAN, CLEAN.replace('    runs-on:', "    if: github.event_name == 'push'\n    runs-on:"));
    expect(codes(f)).toEqual(['workflow_job_condition']);
  });
});

describe('environments', () => {
  test('added, changed and removed environments are reported', () => {
    const prod = CLEAN.replace('    runs-on:', '    environment: production\n    runs-on:');
    const staging = CLEAN.replace('    runs-on:', '    environment:\n      name: staging\n      url: https://x\n    runs-on:');
    expect(codes(review(CLEAN, prod))).toEqual(['workflow_environment_changed']);
    const changed = review(staging, prod);
    expect(codes(changed)).toEqual(['workflow_environment_changed']);
    expect(changed[0]!.message).toMatch(/"staging" to "production"/);
    const removed = review(prod, CLEAN);
    expect(removed[0]!.message).toContain('no longer uses environment "production"');
    expect(review(prod, prod.replace('name: ci', 'name: CI'))).toEqual([]);
  });
});

describe('removals (ATTACKS 23, 55)', () => {
  const scan = `name: security-scan
on: pull_request
permissions:
  contents: read
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
      - uses: github/codeql-action/analyze@${SHA2}
`;
  test('ATTACKS 23: deleting a security-scan workflow is reported as workflow removed', () => {
    const f = reviewWorkflowChange('.github/workflows/security-scan.yml', scan, null);
    expect(codes(f)).toEqual(['workflow_removed']);
    expect(f[0]!.message).toContain('codeql');
    expect(f[0]!.severity).toBe('high');
  });

  test('a rename away from .github/workflows is a removal', () => {
    expect(codes(reviewWorkflowChange('docs/deploy-notes.md', scan, '# notes\n'))).toEqual(['workflow_removed']);
  });

  test('ATTACKS 55: the guard step replaced by run: exit 0 is reported', () => {
    const guard = `on: pull_request
permissions:
  contents: read
jobs:
  guard:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
        with:
          fetch-depth: 0
      - uses: acme/agent-guard/actions/guard-diff@${SHA2}
`;
    const bypass = guard.replace(`uses: acme/agent-guard/actions/guard-diff@${SHA2}`, 'run: exit 0');
    const f = reviewWorkflowChange('.github/workflows/guard.yml', guard, bypass);
    expect(codes(f)).toEqual(['workflow_security_step_removed']);
    expect(f[0]!.message).toContain('agent-guard');
    expect(f[0]!.message).toContain('job "guard"');
  });

  test('a removed job is reported', () => {
    const head = scan.replace(/ {2}scan:[\s\S]*$/, '  other:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n');
    expect(codes(reviewWorkflowChange('.github/workflows/security-scan.yml', scan, head))).toEqual(['workflow_job_removed']);
  });

  test('both sides absent is nothing', () => {
    expect(review(null, null)).toEqual([]);
  });
});

describe('action metadata (ATTACKS 47)', () => {
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

describe('inputs interpolated into scripts (zizmor template-injection): workflow_input_injection', () => {
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

describe('unsound contains() (zizmor unsound-contains): workflow_unsound_contains', () => {
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

describe('hard-coded container credentials (zizmor hardcoded-container-credentials): workflow_hardcoded_credentials', () => {
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

describe('downloads over plain http:// that are run: workflow_insecure_download', () => {
  test('curl http:// piped into a shell, and wget http:// then chmod +x, are reported', () => {
    const piped = review(CLEAN, CLEAN.replace('run: npm test', 'run: curl -fsSL http://get.example.sh/install.sh | bash'));
    expect(codes(piped).sort()).toEqual(['workflow_insecure_download', 'workflow_remote_script']);
    expect(only(piped, 'workflow_insecure_download')[0]!.message).toContain('"http://get.example.sh/install.sh"');
    const saved = review(CLEAN, CLEAN.replace('run: npm test', 'run: |\n          wget -O tool http://downloads.example.org/tool-1.2\n          chmod +x tool && ./tool'));
    expect(codes(saved)).toEqual(['workflow_insecure_download']);
  });

  test('https downloads, http to localhost or a service name, and http downloads that are not run are not reported', () => {
    for (const run of [
      'run: curl -fsSL https://get.example.sh | bash',
      'run: curl -f http://localhost:8080/health && chmod +x x',
      'run: curl -f http://db:5432/ | sh',
      'run: curl -o page.html http://example.org/page.html',
    ]) {
      expect(codes(review(CLEAN, CLEAN.replace('run: npm test', run)))).not.toContain('workflow_insecure_download');
    }
  });

  test('an unchanged insecure download is not reported again', () => {
    const head = CLEAN.replace('run: npm test', 'run: curl http://get.example.sh | sh');
    expect(review(head, head.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-24.04'))).toEqual([]);
  });
});
