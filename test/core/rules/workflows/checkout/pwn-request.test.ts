import { SHA, codes, review as reviewAll, only, CLEAN } from '../fixtures.js';

// ./ local actions are also reported by workflows/self-repository; these tests are about other rules.
const review = (base: string | null, head: string | null) => reviewAll(base, head).filter((f) => f.rule !== 'workflows/self-repository');

describe('attack: head checkout under a privileged trigger', () => {
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
