// What denies: the baseline (pwn-request chain, the whole secrets context, secrets to logs or artifacts) when a
// change introduces it, and the rule ids a policy lists in workflows.deny.
import { parsePolicy } from '../../../../src/core/policy.js';
import { reviewWorkflowChange, reviewWorkflowFile } from '../../../../src/core/workflow-review.js';
import { SHA, WF, codes, review, workflow } from './fixtures.js';

const CHECKOUT_HEAD = `      - name: Checkout head
        uses: actions/checkout@${SHA}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          persist-credentials: false
`;

describe('attack: the pwn-request chain', () => {
  test('privileged trigger + head checkout + a build from it is denied, naming all three parts and where', () => {
    const head = workflow('pull_request_target', `${CHECKOUT_HEAD}      - name: Build
        run: npm ci && npm run build
`);
    const f = review(null, head).filter((x) => x.severity === 'deny');
    expect(f.map((x) => [x.rule, x.code])).toEqual([['workflows/pwn-request', 'workflow_privileged_checkout']]);
    const m = f[0]!.message;
    expect(m).toContain('(1) it is triggered by pull_request_target');
    expect(m).toContain('(2) workflow ".github/workflows/ci.yml" job "build" step 1 ("Checkout head") checks out the pull request\'s code');
    expect(m).toContain('(3) step 2 ("Build") runs "npm ci && npm run build"');
    expect(f[0]!.where).toEqual({ job: 'build', step: 'Checkout head', line: 8 });
  });

  test('gh pr checkout and a test run in one issue_comment step is the chain', () => {
    const head = workflow('issue_comment', '      - run: gh pr checkout ${{ github.event.issue.number }} && make test\n');
    expect(review(null, head).filter((x) => x.severity === 'deny').map((x) => x.code)).toEqual(['workflow_privileged_checkout']);
  });

  test('a local action or a code-running action from the checked-out tree completes the chain', () => {
    const local = workflow('pull_request_target', `${CHECKOUT_HEAD}      - uses: ./.github/actions/build\n`);
    expect(review(null, local).filter((x) => x.severity === 'deny').map((x) => x.code)).toEqual(['workflow_privileged_local_action']);
    const ruby = workflow('workflow_run', `${CHECKOUT_HEAD.replace('pull_request.head.sha', 'workflow_run.head_sha')}      - uses: ruby/setup-ruby@${SHA}\n        with:\n          bundler-cache: true\n`);
    expect(review(null, ruby).filter((x) => x.severity === 'deny').map((x) => x.code)).toEqual(['workflow_privileged_checkout']);
  });

  test('without the third part, or without the privileged trigger, nothing is denied', () => {
    const onlyCheckout = workflow('pull_request_target', `${CHECKOUT_HEAD}      - run: echo checked out\n      - uses: ruby/setup-ruby@${SHA}\n`);
    const f = review(null, onlyCheckout);
    expect(codes(f)).toContain('workflow_privileged_checkout');
    expect(f.every((x) => x.severity === 'high')).toBe(true);
    const unprivileged = workflow('pull_request', `${CHECKOUT_HEAD}      - run: npm ci && npm test\n`);
    expect(review(null, unprivileged).every((x) => x.severity === 'high')).toBe(true);
    const elsewhere = workflow('pull_request_target', `${CHECKOUT_HEAD.replace('persist-credentials: false', 'persist-credentials: false\n          path: pr')}      - run: npm ci && npm test\n`);
    expect(review(null, elsewhere).every((x) => x.severity === 'high')).toBe(true);
  });

  test('a chain that was already there is existing, not denied again; completing it is introduced', () => {
    const chain = workflow('pull_request_target', `${CHECKOUT_HEAD}      - run: npm test\n`);
    const edited = reviewWorkflowFile(WF, chain, chain.replace('npm test', 'npm run test'));
    expect(edited.introduced).toEqual([]);
    expect(edited.existing.map((x) => x.code)).toContain('workflow_privileged_checkout');
    const partial = workflow('pull_request_target', `${CHECKOUT_HEAD}      - run: echo hi\n`);
    expect(reviewWorkflowChange(WF, partial, chain).map((x) => [x.code, x.severity])).toEqual([['workflow_privileged_checkout', 'deny']]);
  });
});

describe('attack: secrets written where anyone with read access sees them', () => {
  test('toJSON(secrets) denies', () => {
    const head = workflow('push', '      - run: ./deploy.sh\n        env:\n          ALL: ${{ toJSON(secrets) }}\n');
    expect(review(null, head).filter((x) => x.severity === 'deny').map((x) => x.rule)).toEqual(['workflows/overprovisioned-secrets']);
  });

  test('a secret encoded or cut before it is printed denies; a plain print (masked) does not', () => {
    const encoded = workflow('push', '      - run: echo "$TOKEN" | base64\n        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n');
    const f = review(null, encoded).filter((x) => x.severity === 'deny');
    expect(f.map((x) => x.code)).toEqual(['workflow_secret_to_log']);
    expect(f[0]!.message).toContain('"$TOKEN"');
    const cut = workflow('push', '      - run: echo "${TOKEN:0:6}"\n        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n');
    expect(review(null, cut).filter((x) => x.severity === 'deny').map((x) => x.code)).toEqual(['workflow_secret_to_log']);
    const plain = workflow('push', '      - run: echo "${{ secrets.DEPLOY_TOKEN }}" | docker login --password-stdin\n      - run: echo "::add-mask::$TOKEN"\n        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n');
    expect(review(null, plain).filter((x) => x.severity === 'deny')).toEqual([]);
  });

  test('a secret written to a file that an artifact uploads denies; one the upload does not cover does not', () => {
    const upload = (path: string) => `      - run: echo "$TOKEN" > creds/token.txt\n        env:\n          TOKEN: \${{ secrets.DEPLOY_TOKEN }}\n      - uses: actions/upload-artifact@${SHA}\n        with:\n          path: ${path}\n`;
    expect(review(null, workflow('push', upload('creds'))).filter((x) => x.severity === 'deny').map((x) => x.code)).toEqual(['workflow_secret_to_artifact']);
    expect(review(null, workflow('push', upload('dist'))).filter((x) => x.severity === 'deny')).toEqual([]);
  });

  test('uploading the checkout with its .git and persisted token denies; with persist-credentials: false it does not', () => {
    const steps = (persist: string) => `      - uses: actions/checkout@${SHA}\n${persist}      - uses: actions/upload-artifact@${SHA}\n        with:\n          path: .\n          include-hidden-files: true\n`;
    expect(review(null, workflow('push', steps(''))).filter((x) => x.severity === 'deny').map((x) => x.code)).toEqual(['workflow_secret_to_artifact']);
    expect(review(null, workflow('push', steps('        with:\n          persist-credentials: false\n'))).filter((x) => x.severity === 'deny')).toEqual([]);
  });
});

describe('workflows.deny in the policy', () => {
  const unpinned = workflow('push', '      - uses: actions/checkout@v4\n');
  test('a listed rule denies what a change introduces; unlisted rules stay high', () => {
    expect(reviewWorkflowChange(WF, null, unpinned, { deny: ['workflows/unpinned-uses'] }).map((x) => x.severity)).toEqual(['deny']);
    expect(reviewWorkflowChange(WF, null, unpinned, { deny: ['workflows/dangerous-triggers'] }).map((x) => x.severity)).toEqual(['high']);
    expect(reviewWorkflowChange(WF, unpinned, `${unpinned}\n`, { deny: ['workflows/unpinned-uses'] })).toEqual([]);
  });

  test('the policy accepts workflow rule ids and refuses unknown ones, saying which and where', () => {
    const ok = parsePolicy({ version: 1, workflows: { deny: ['workflows/unpinned-uses', 'workflows/self-hosted-runner'] } });
    expect(ok.ok && ok.policy.workflows).toEqual({ deny: ['workflows/unpinned-uses', 'workflows/self-hosted-runner'] });
    const unknown = parsePolicy({ version: 1, workflows: { deny: ['workflows/no-such-rule'] } });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.problems).toEqual([expect.objectContaining({ code: 'unknown_rule', pointer: '/workflows/deny/0' })]);
    expect(parsePolicy({ version: 1, workflows: { deny: ['commands/allow-list'] } }).ok).toBe(false);
    expect(parsePolicy({ version: 1, workflows: { allow: [] } }).ok).toBe(false);
  });
});
