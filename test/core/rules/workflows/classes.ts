// One positive and one negative fixture per workflow rule: `pos` is a file the rule reports, `neg` the
// same file written safely. The catalogue test reviews neg -> pos (the change introduces the finding),
// null -> neg (an added safe file reports nothing of the rule) and pos -> pos reformatted (nothing new).
import type { WorkflowReviewOptions } from '../../../../src/core/workflow-review.js';
import { SHA, SHA2, workflow } from './fixtures.js';

export interface ClassFixture {
  /** The file's path (default: a workflow). */
  path?: string;
  pos: string;
  neg: string;
  /** The negative fixture's base; default null (an added file). */
  negBase?: string;
  /** What the policy says (for rules that read it). */
  options?: WorkflowReviewOptions;
}

const W = workflow;
const co = `      - uses: actions/checkout@${SHA}\n`;
const DIGEST = 'a'.repeat(64);

export const CLASS_FIXTURES: Record<string, ClassFixture> = {
  'workflows/dangerous-triggers': { pos: W('pull_request_target', co), neg: W('pull_request', co) },
  'workflows/excessive-permissions': {
    pos: W('push', co, '    permissions:\n      contents: write\n'),
    neg: W('push', co, '    permissions:\n      contents: read\n'),
  },
  'workflows/github-app': {
    pos: W('push', `      - id: app\n        uses: actions/create-github-app-token@${SHA}\n        with:\n          app-id: \${{ vars.APP_ID }}\n          private-key: \${{ secrets.APP_KEY }}\n          owner: octo\n          skip-token-revoke: true\n`),
    neg: W('push', `      - id: app\n        uses: actions/create-github-app-token@${SHA}\n        with:\n          app-id: \${{ vars.APP_ID }}\n          private-key: \${{ secrets.APP_KEY }}\n          owner: octo\n          repositories: docs\n          permission-contents: write\n`),
  },
  'workflows/template-injection': {
    pos: W('issues', '      - name: Greet\n        run: echo "${{ github.event.issue.title }}"\n'),
    neg: W('issues', '      - name: Greet\n        run: echo "$TITLE"\n        env:\n          TITLE: ${{ github.event.issue.title }}\n'),
  },
  'workflows/prompt-injection': {
    pos: W('issues', `      - uses: anthropics/claude-code-action@${SHA}\n        with:\n          prompt: "Triage \${{ github.event.issue.body }}"\n`),
    neg: W('issues', `      - uses: anthropics/claude-code-action@${SHA}\n        with:\n          prompt: "Triage issue number \${{ github.event.issue.number }}"\n`),
  },
  'workflows/github-env': {
    pos: W('issue_comment', '      - run: echo "TOOL_HOME=$PWD/tool" >> "$GITHUB_ENV"\n'),
    neg: W('issue_comment', '      - run: echo "tool_home=$PWD/tool" >> "$GITHUB_OUTPUT"\n'),
  },
  'workflows/insecure-commands': {
    pos: W('push', '      - run: echo hi\n        env:\n          ACTIONS_ALLOW_UNSECURE_COMMANDS: true\n'),
    neg: W('push', '      - run: echo hi\n'),
  },
  'workflows/output-clobbering': {
    pos: W('push', '      - id: v\n        run: echo "::set-output name=version::1.2.3"\n'),
    neg: W('push', '      - id: v\n        run: echo "version=1.2.3" >> "$GITHUB_OUTPUT"\n'),
  },
  'workflows/pwn-request': {
    pos: W('pull_request_target', `      - uses: actions/checkout@${SHA}\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n          persist-credentials: false\n      - run: npm ci\n`),
    neg: W('pull_request', `      - uses: actions/checkout@${SHA}\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n          persist-credentials: false\n      - run: npm ci\n`),
  },
  'workflows/untrusted-checkout-toctou': {
    pos: W('pull_request_target', `      - uses: actions/checkout@${SHA}\n        with:\n          ref: \${{ github.event.pull_request.head.ref }}\n          repository: \${{ github.event.pull_request.head.repo.full_name }}\n          persist-credentials: false\n`, '    environment: external-pr\n'),
    neg: W('pull_request_target', `      - uses: actions/checkout@${SHA}\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n          repository: \${{ github.event.pull_request.head.repo.full_name }}\n          persist-credentials: false\n`, '    environment: external-pr\n'),
  },
  'workflows/artipacked': {
    pos: W('push', `${co}      - uses: actions/upload-artifact@${SHA}\n        with:\n          path: .\n`),
    neg: W('push', `      - uses: actions/checkout@${SHA}\n        with:\n          persist-credentials: false\n      - uses: actions/upload-artifact@${SHA}\n        with:\n          path: dist\n`),
  },
  'workflows/hardcoded-container-credentials': {
    pos: W('push', co, `    container:\n      image: ghcr.io/o/i@sha256:${DIGEST}\n      credentials:\n        username: bot\n        password: hunter2\n`),
    neg: W('push', co, `    container:\n      image: ghcr.io/o/i@sha256:${DIGEST}\n      credentials:\n        username: bot\n        password: \${{ secrets.REGISTRY_PASSWORD }}\n`),
  },
  'workflows/self-hosted-runner': {
    pos: W('push', co).replace('runs-on: ubuntu-latest', 'runs-on: [self-hosted, linux]'),
    neg: W('push', co),
  },
  'workflows/overprovisioned-secrets': {
    pos: W('push', '      - run: ./deploy\n        env:\n          ALL: ${{ toJSON(secrets) }}\n'),
    neg: W('push', '      - run: ./deploy\n        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n'),
  },
  'workflows/secrets-exposed': {
    pos: W('push', '      - run: echo "${{ secrets.DEPLOY_TOKEN }}" | base64\n'),
    neg: W('push', '      - run: printf %s "$TOKEN" | docker login -u bot --password-stdin ghcr.io\n        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n'),
  },
  'workflows/secrets-inherit': {
    pos: `on: push\npermissions:\n  contents: read\njobs:\n  call:\n    uses: octo/wf/.github/workflows/build.yml@${SHA}\n    secrets: inherit\n`,
    neg: `on: push\npermissions:\n  contents: read\njobs:\n  call:\n    uses: octo/wf/.github/workflows/build.yml@${SHA}\n    secrets:\n      token: \${{ secrets.BUILD_TOKEN }}\n`,
  },
  'workflows/secrets-outside-env': {
    pos: W('push', '      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n'),
    neg: W('push', '      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n', '    environment: npm\n'),
  },
  'workflows/unredacted-secrets': {
    pos: W('push', '      - run: ./login\n        env:\n          USER: ${{ fromJSON(secrets.CREDS).user }}\n'),
    neg: W('push', '      - run: ./login\n        env:\n          USER: ${{ secrets.CREDS_USER }}\n'),
  },
  'workflows/use-trusted-publishing': {
    pos: W('push', '      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n', '    environment: npm\n'),
    neg: W('push', '      - run: npm publish --provenance\n', '    environment: npm\n    permissions:\n      id-token: write\n      contents: read\n'),
  },
  'workflows/cache-poisoning': {
    pos: W('release', `${co}      - uses: actions/cache@${SHA}\n        with:\n          path: ~/.npm\n          key: npm\n`),
    neg: W('push', `${co}      - uses: actions/cache@${SHA}\n        with:\n          path: ~/.npm\n          key: npm\n`),
  },
  'workflows/untrusted-artifacts': {
    pos: W('workflow_run', `      - uses: actions/download-artifact@${SHA}\n        with:\n          run-id: \${{ github.event.workflow_run.id }}\n          github-token: \${{ github.token }}\n`),
    neg: W('push', `      - uses: actions/download-artifact@${SHA}\n        with:\n          name: dist\n`),
  },
  'workflows/unpinned-uses': { pos: W('push', '      - uses: actions/checkout@v4\n'), neg: W('push', co) },
  'workflows/forbidden-uses': {
    pos: W('push', `${co}      - uses: someone/deploy-action@${SHA}\n`),
    neg: W('push', `${co}      - uses: octo-org/deploy@${SHA}\n      - uses: ./.github/actions/local\n`),
    options: { allowedUses: ['actions/*', 'octo-org/*'] },
  },
  'workflows/typosquat-uses': { pos: W('push', `      - uses: action/checkout@${SHA}\n`), neg: W('push', co) },
  'workflows/self-repository': {
    pos: W('push', `      - uses: actions/checkout@${SHA}\n        with:\n          ref: release\n      - uses: ./.github/actions/build\n`),
    neg: W('push', `      - uses: actions/checkout@${SHA}\n        with:\n          ref: release\n      - uses: $/.github/actions/build\n`),
  },
  'workflows/repinned-uses': { pos: W('push', `      - uses: actions/checkout@${SHA2}\n`), neg: W('push', co), negBase: W('push', co) },
  'workflows/unpinned-images': {
    pos: W('push', co, '    container: node:20\n'),
    neg: W('push', co, `    container: node@sha256:${DIGEST}\n`),
  },
  'workflows/unpinned-tools': {
    pos: W('push', '      - run: npx prettier@latest --check .\n'),
    neg: W('push', '      - run: npx prettier@3.3.3 --check .\n'),
  },
  'workflows/superfluous-actions': {
    pos: W('push', `      - uses: softprops/action-gh-release@${SHA}\n`),
    neg: W('push', '      - run: gh release create "$GITHUB_REF_NAME"\n'),
  },
  'workflows/obfuscation': {
    pos: W('push', "      - run: echo \"${{ format('{0}', 'hello') }}\"\n"),
    neg: W('push', '      - run: echo hello\n'),
  },
  'workflows/remote-script': {
    pos: W('push', '      - run: curl -fsSL https://get.example.com/install.sh | sh\n'),
    neg: W('push', '      - run: curl -fsSLo install.sh https://get.example.com/install.sh && sha256sum -c install.sh.sha256\n'),
  },
  'workflows/insecure-url': {
    pos: W('push', '      - run: pip install --index-url http://pypi.example.com/simple pkg==1.0\n'),
    neg: W('push', '      - run: pip install --index-url https://pypi.example.com/simple pkg==1.0\n'),
  },
  'workflows/adhoc-packages': { pos: W('push', '      - run: npm install left-pad\n'), neg: W('push', '      - run: npm ci\n') },
  'workflows/commit-status': {
    pos: W('push', '      - run: gh api repos/o/r/statuses/$GITHUB_SHA -f state=success -f context=ci\n'),
    neg: W('push', '      - run: gh api repos/o/r/issues -f title=report\n'),
  },
  'workflows/misfeature': {
    pos: W('push', '      - run: echo hi\n        shell: cmd\n'),
    neg: W('push', '      - run: echo hi\n        shell: bash\n'),
  },
  'workflows/spoofable-conditions': {
    pos: W('pull_request', co, "    if: github.actor == 'dependabot[bot]'\n"),
    neg: W('pull_request', co, "    if: github.event.pull_request.user.login == 'dependabot[bot]'\n"),
  },
  'workflows/unsound-contains': {
    pos: W('push', co, "    if: contains('refs/heads/main refs/heads/dev', github.ref)\n"),
    neg: W('push', co, "    if: contains(fromJSON('[\"refs/heads/main\", \"refs/heads/dev\"]'), github.ref)\n"),
  },
  'workflows/always-true-conditions': {
    pos: W('push', "      - run: echo deploy\n        if: |\n          ${{ github.ref == 'refs/heads/main' }}\n"),
    neg: W('push', "      - run: echo deploy\n        if: github.ref == 'refs/heads/main'\n"),
  },
  'workflows/unsound-ternary': {
    pos: W('push', "      - run: ./build \"$MODE\"\n        env:\n          MODE: ${{ github.ref == 'refs/heads/main' && '' || 'debug' }}\n"),
    neg: W('push', "      - run: ./build \"$MODE\"\n        env:\n          MODE: ${{ github.ref == 'refs/heads/main' && 'release' || 'debug' }}\n"),
  },
  'workflows/continue-on-error': {
    pos: W('push', '      - run: npm test\n        continue-on-error: true\n'),
    neg: W('push', '      - run: npm test\n        continue-on-error: false\n'),
  },
  'workflows/removed-checks': {
    pos: W('push', co),
    neg: `${W('push', co)}  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run lint\n`,
    negBase: `${W('push', co)}  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run lint\n`,
  },
  'workflows/job-conditions': {
    pos: W('push', co, "    if: github.ref == 'refs/heads/main'\n"),
    neg: W('push', co),
    negBase: W('push', co),
  },
  'workflows/environment-changed': {
    pos: W('push', co, '    environment: production\n'),
    neg: W('push', co, '    environment: staging\n'),
    negBase: W('push', co, '    environment: staging\n'),
  },
  'workflows/action-runs': {
    path: 'tools/act/action.yml',
    pos: "name: act\nruns:\n  using: node20\n  main: other.js\n",
    neg: "name: act\nruns:\n  using: node20\n  main: index.js\n",
    negBase: "name: act\nruns:\n  using: node20\n  main: index.js\n",
  },
  'workflows/dependabot-execution': {
    path: '.github/dependabot.yml',
    pos: "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n    cooldown:\n      default-days: 7\n    insecure-external-code-execution: allow\n",
    neg: "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n    cooldown:\n      default-days: 7\n    insecure-external-code-execution: deny\n",
  },
  'workflows/dependabot-cooldown': {
    path: '.github/dependabot.yml',
    pos: 'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n',
    neg: 'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n    cooldown:\n      default-days: 7\n',
  },
  'workflows/review-errors': {
    pos: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    runs-on: windows-latest\n    steps:\n      - run: echo\n',
    neg: W('push', co),
  },
};
