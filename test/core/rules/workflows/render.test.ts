// The workflow review in the outputs, end to end on a real repository: `check` in JSON, text and
// markdown, and the guard-diff bundle's annotations, each finding with its rule id, job, step and line,
// what the change introduced listed apart from what was already there.
import { rm } from 'node:fs/promises';
import { runCli } from '../../../support/cli.js';
import { isolatedGitEnv, makeTempDir, TestRepo } from '../../../support/git-repo.js';
import { runAction } from '../../../support/run-action.js';
import { pullRequestEvent } from '../../../support/webhooks.js';

// Already there on main: an action used by tag (workflows/unpinned-uses).
const BASE = `name: ci
on: [pull_request]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Test
        run: npm test
`;
// The change reformats the file (new indentation and a comment) and adds template injection in a new step.
const HEAD = `# CI for the widgets
name: ci
on: [pull_request]
permissions:
    contents: read
jobs:
    test:
        runs-on: ubuntu-latest
        steps:
            - uses: actions/checkout@v4
            - name: Test
              run: npm test
            - name: Greet
              run: echo "\${{ github.event.pull_request.title }}"
`;

interface Review {
  path: string;
  introduced: { rule: string; code: string; where?: { job?: string; step?: string; line?: number } }[];
  existing: { rule: string; where?: { job?: string; step?: string } }[];
}

let repo: TestRepo;
let head: string;
let base: string;
const cwd = makeTempDir('agent-guard-wf-render-');

beforeAll(async () => {
  repo = await TestRepo.init();
  await repo.write('.github/workflows/ci.yml', BASE);
  await repo.write('README.md', '# widgets\n');
  base = await repo.commit('base');
  await repo.checkout('agent/greet', { create: true, from: 'main' });
  await repo.write('.github/workflows/ci.yml', HEAD);
  head = await repo.commit('greet');
  await repo.checkout('main');
});
afterAll(async () => {
  await repo.cleanup();
  await rm(cwd, { recursive: true, force: true });
});

const check = (format: string) => runCli(['check', '--repo', repo.dir, '--base', 'main', '--head', head, '--repository', 'acme/widgets', '--format', format], { cwd, env: isolatedGitEnv() });

describe('workflow review output', () => {
  test('JSON: introduced and existing findings with rule id, job, step and line', async () => {
    const r = await check('json');
    const e = JSON.parse(r.stdout) as { verdict: string; workflow_review: Review[] };
    expect(e.verdict).toBe('approval_required');
    expect(e.workflow_review).toHaveLength(1);
    const wf = e.workflow_review[0]!;
    expect(wf.path).toBe('.github/workflows/ci.yml');
    expect(wf.introduced.map((f) => f.rule)).toEqual(['workflows/template-injection']);
    expect(wf.introduced[0]!.where).toEqual({ job: 'test', step: 'Greet', line: 13 });
    // The reformat moved every line: the unpinned checkout is still there, not introduced.
    expect(wf.existing.map((f) => [f.rule, f.where?.job, f.where?.step])).toEqual([['workflows/unpinned-uses', 'test', 'actions/checkout@v4']]);
  });

  test('text and markdown list the introduced findings apart from what was already there', async () => {
    const text = (await check('text')).stdout;
    const introduced = text.indexOf('introduced by this change (1):');
    const existing = text.indexOf('already there (1;');
    expect(introduced).toBeGreaterThan(0);
    expect(existing).toBeGreaterThan(introduced);
    expect(text.slice(introduced, existing)).toContain('[workflows/template-injection] job "test" step "Greet" line 13:');
    expect(text.slice(existing)).toContain('[workflows/unpinned-uses] job "test" step "actions/checkout@v4"');
    const markdown = (await check('markdown')).stdout;
    expect(markdown).toContain('#### Workflow review');
    expect(markdown).toContain('- `workflows/template-injection` (job "test" step "Greet" line 13):');
    expect(markdown).toContain('<details><summary>Already there (1), not decided by this change</summary>');
  });

  test('guard-diff annotates the workflow line of each introduced finding, and not what was already there', async () => {
    const payload = pullRequestEvent({ owner: 'acme', repo: 'widgets', number: 5, baseSha: base, headSha: head, headRef: 'agent/greet' });
    const run = await runAction({
      entry: 'guard-diff.js',
      inputs: {},
      event: { name: 'pull_request', payload },
      env: { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/widgets', GITHUB_RUN_ID: '1', GITHUB_ACTOR: 'ci-agent', GITHUB_SHA: head },
    });
    const annotations = run.commands.filter((c) => c.includes('agent-guard%3A workflows/'));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::warning .*file=\.github\/workflows\/ci\.yml/);
    expect(annotations[0]).toContain('line=13');
    expect(annotations[0]).toContain('title=agent-guard%3A workflows/template-injection');
    expect(run.summary).toContain('#### Workflow review');
  });
});
