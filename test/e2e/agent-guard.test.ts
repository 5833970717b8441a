// The bundled root action (dist/agent-guard.js) as the runner runs it: guard-diff on a real git
// checkout, then the approval gate against the loopback GitHub server when the verdict needs one.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { bot, commit, diffEntry, review, startGitHubServer, user, type FakeGitHub } from '../support/github-server.js';
import { REPO_ROOT, runAction } from '../support/run-action.js';
import { pullRequestEvent, webhookExample } from '../support/webhooks.js';

const POLICY = `version: 1
agents: ["*[bot]", "coding-agent"]
default_tier: medium
tiers:
  high: ["src/payments/**"]
  low: ["docs/**"]
approvals:
  high: { count: 1 }
`;
const agent = bot('coding-agent');
const alice = user('alice');

let repo: TestRepo;
let fake: FakeGitHub;
let restore: () => void;
let base: string;
let n = 0;

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'agent-guard.js'))) throw new Error('dist/agent-guard.js is missing: run `npm run build`');
  restore = isolateProcessGitConfig();
  repo = await TestRepo.init();
  await repo.write('.github/agent-policy.yml', POLICY);
  await repo.write('src/payments/charge.ts', 'export const charge = 1;\n');
  await repo.write('docs/guide.md', '# guide\n');
  base = await repo.commit('base');
});
afterAll(async () => {
  await repo.cleanup();
  restore();
});
beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: base } });
  fake.addCollaborator('acme/widgets', alice, 'write');
  fake.addUser(agent);
  fake.setFile('acme/widgets', base, '.github/agent-policy.yml', POLICY);
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

async function agentPull(path: string) {
  const branch = `agent/root-${++n}`;
  await repo.checkout(branch, { create: true, from: 'main' });
  await repo.write(path, `// change ${n}\n`);
  const head = await repo.commit(`change ${n}`, { author: { name: 'coding-agent[bot]', email: 'agent@example.com' } });
  await repo.checkout('main');
  fake.addPull('acme/widgets', n, {
    user: agent,
    head: { sha: head, ref: branch },
    base: { sha: base, ref: 'main' },
    commits: [commit('acme/widgets', { sha: head, message: 'agent change', author: { name: 'coding-agent[bot]', email: 'agent@example.com', user: agent } })],
    files: [diffEntry('acme/widgets', { filename: path, ref: head })],
  });
  return { head, branch, number: n };
}

function run(pr: { head: string; branch: string; number: number }, name = 'pull_request') {
  const payload = pullRequestEvent({ owner: 'acme', repo: 'widgets', number: pr.number, baseSha: base, headSha: pr.head, headRef: pr.branch, author: agent.login });
  payload.pull_request = fake.eventPull('acme/widgets', pr.number, 'pull_request'); // GitHub's snapshot at event time
  // A review event's action is `submitted` (the gate runs only on the actions GitHub sends for it).
  if (name === 'pull_request_review') payload.action = 'submitted';
  return runAction({
    entry: 'agent-guard.js',
    inputs: { 'github-token': 'ghs_root_action_token', 'publish-status': 'true', 'request-reviews': 'true' },
    event: { name, payload },
    env: { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/widgets', GITHUB_API_URL: fake.url, GITHUB_RUN_ID: '99' },
  });
}

const statuses = () => fake.repo('acme/widgets').statuses.map((s) => [s.sha, s.data.state, s.data.context]);

test('a low-tier change is allowed by guard-diff, and the gate publishes success (no approval required) for a ruleset that requires its status', async () => {
  const pr = await agentPull('docs/guide.md');
  const r = await run(pr);
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ verdict: 'allow', decision: 'not_required', approved: 'true' });
  expect(statuses()).toEqual([[pr.head, 'success', 'agent-guard/approval-gate']]);
  // Nothing needs approving: no review is requested.
  expect(fake.countRequests({ operation: 'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers' })).toBe(0);
});

test('a change guard-diff denies fails the step and publishes no status (the gate does not run)', async () => {
  const pr = await agentPull('.github/agent-policy.yml');
  const r = await run(pr);
  expect(r.code).toBe(1);
  expect(r.outputs.verdict).toBe('deny');
  expect(statuses()).toEqual([]);
  expect(fake.requests).toHaveLength(0);
});

test('a high-tier change blocks until an independent human approves the exact head commit', async () => {
  const pr = await agentPull('src/payments/charge.ts');
  const first = await run(pr);
  expect(first.code).toBe(1);
  expect(first.outputs).toMatchObject({ verdict: 'approval_required', decision: 'approval_required', approved: 'false' });
  expect(statuses()).toEqual([[pr.head, 'pending', 'agent-guard/approval-gate']]);

  fake.pull('acme/widgets', pr.number).reviews.push(review('acme/widgets', pr.number, { user: alice, state: 'APPROVED', commit_id: pr.head }));
  const second = await run(pr, 'pull_request_review');
  expect(second.code).toBe(0);
  expect(second.outputs).toMatchObject({ verdict: 'approval_required', decision: 'approved', approved: 'true' });
  expect(statuses().at(-1)).toEqual([pr.head, 'success', 'agent-guard/approval-gate']);
  // The only place the token may appear is the runner's own mask command, which the runner consumes.
  const printed = (second.stdout + second.stderr + second.summary).split('\n').filter((l) => !l.startsWith('::add-mask::'));
  expect(printed.join('\n')).not.toContain('ghs_root_action_token');
});

test('a denied change stops at guard-diff (no approval can rescue it)', async () => {
  const pr = await agentPull('bad\npath.ts');
  const r = await run(pr);
  expect(r.code).toBe(1);
  expect(r.outputs.verdict).toBe('deny');
  expect(statuses()).toEqual([]);
});

test("merge_group: the gate judges the group's pull request and publishes on the group's commit, which the queue waits for", async () => {
  const pr = await agentPull('docs/guide.md');
  const queue = `gh-readonly-queue/main/pr-${pr.number}-${base}`;
  await repo.checkout(queue, { create: true, from: base });
  const group = await repo.merge(pr.head, `Merge pull request #${pr.number} from acme/${pr.branch}`);
  await repo.checkout('main');
  const payload = webhookExample('merge_group', 'checks_requested');
  Object.assign(payload.merge_group, { base_sha: base, head_sha: group, base_ref: 'refs/heads/main', head_ref: `refs/heads/${queue}` });
  payload.merge_group.head_commit.id = group;
  payload.repository = pullRequestEvent({ owner: 'acme', repo: 'widgets', number: pr.number, baseSha: base, headSha: pr.head, headRef: pr.branch }).repository;
  payload.repository.default_branch = 'main';
  const r = await runAction({
    entry: 'agent-guard.js',
    inputs: { 'github-token': 'ghs_root_action_token', 'publish-status': 'true', 'request-reviews': 'true' },
    event: { name: 'merge_group', payload },
    env: { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/widgets', GITHUB_API_URL: fake.url, GITHUB_RUN_ID: '99' },
  });
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ verdict: 'allow', decision: 'not_required', approved: 'true' });
  expect(statuses()).toEqual([[group, 'success', 'agent-guard/approval-gate']]);
});
