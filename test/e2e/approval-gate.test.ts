// The bundled approval gate (dist/approval-gate.js) run as the runner runs it: INPUT_* variables, real
// `pull_request` and `pull_request_review` payloads from @octokit/webhooks-examples adapted to the fake
// repository (review states lower case, as webhooks send them), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
// and GITHUB_API_URL pointed at the loopback GitHub server. Assumes dist/ is fresh (`npm run build`).
//
// Exit code: the step FAILS while approval is still required and on deny, and passes when approved or
// when the tier needs no approval, so the job's own check can be required as well as the
// `agent-guard/approval-gate` status the step publishes on the head SHA.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { bot, commit, diffEntry, fakeSha, review, startGitHubServer, user, type FakeGitHub, type GitHubUser, type ReviewState } from '../support/github-server.js';
import { runCli } from '../support/cli.js';
import { REPO_ROOT, runAction, type ActionRun } from '../support/run-action.js';
import { pullRequestEvent, webhookExample } from '../support/webhooks.js';

const REPO = 'acme/widgets';
const N = 7;
const HEAD = fakeSha('e2e-head');
const BASE = fakeSha('e2e-base');
const CONTEXT = 'agent-guard/approval-gate';
const POLICY = `version: 1
agents: ["*[bot]", "Copilot", "coding-agent"]
default_tier: high
tiers:
  low: ["docs/**"]
approvals:
  high: { count: 1, reviewers: { users: [alice, bob, dave] } }
`;

const agent = bot('coding-agent');
const alice = user('alice');
const bob = user('bob');
const dave = user('dave');
const pete = user('pete');

let fake: FakeGitHub;
let restoreGit: () => void;
let clock = 0;

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'approval-gate.js'))) throw new Error('dist/approval-gate.js is missing: run `npm run build`');
  restoreGit = isolateProcessGitConfig();
});
afterAll(() => restoreGit());

beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: BASE } });
  fake.addCollaborator(REPO, alice, 'write');
  fake.addCollaborator(REPO, bob, 'maintain');
  fake.addCollaborator(REPO, dave, 'read');
  fake.addCollaborator(REPO, pete, 'write');
  fake.addUser(agent);
  clock = 0;
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

const at = () => new Date(Date.UTC(2025, 0, 2, 10, clock++)).toISOString().replace(/\.\d{3}Z$/, 'Z');

function openPull(opts: { head?: string; base?: string; files?: string[]; policy?: string } = {}) {
  const head = opts.head ?? HEAD;
  const base = opts.base ?? BASE;
  fake.setFile(REPO, base, '.github/agent-policy.yml', opts.policy ?? POLICY);
  return fake.addPull(REPO, N, {
    user: agent,
    head: { sha: head, ref: 'agent/fix' },
    base: { sha: base, ref: 'main' },
    created_at: '2025-01-02T09:00:00Z',
    commits: [commit(REPO, { sha: head, message: 'agent change', author: { name: 'coding-agent[bot]', email: 'agent@example.com', user: agent } })],
    files: (opts.files ?? ['src/app.ts']).map((f) => diffEntry(REPO, { filename: f, ref: head })),
  });
}

function submit(u: GitHubUser, state: ReviewState, sha = HEAD, submittedAt = at()) {
  const r = review(REPO, N, { user: u, state, commit_id: sha, submitted_at: submittedAt });
  fake.pull(REPO, N).reviews.push(r);
  return r;
}

function prEvent(action: string, head = HEAD, sender?: GitHubUser) {
  const p = pullRequestEvent({ action, owner: 'acme', repo: 'widgets', number: N, baseSha: BASE, headSha: head, headRef: 'agent/fix', author: agent.login });
  if (sender) p.sender.login = sender.login;
  p.pull_request = fake.eventPull(REPO, N, 'pull_request'); // GitHub's snapshot at event time
  return { name: 'pull_request', payload: p };
}

/** A real pull_request_review.submitted payload (state lower case, as webhooks send it) for a review already on the server. */
function reviewEvent(r: ReturnType<typeof review>, head = HEAD) {
  const p = webhookExample('pull_request_review', 'submitted');
  const pr = pullRequestEvent({ owner: 'acme', repo: 'widgets', number: N, baseSha: BASE, headSha: head, headRef: 'agent/fix', author: agent.login });
  p.pull_request.number = N;
  p.pull_request.head.sha = head;
  p.pull_request.head.ref = 'agent/fix';
  p.pull_request.base.sha = BASE;
  p.repository = pr.repository;
  p.review.id = r.id;
  p.review.state = String(r.state).toLowerCase();
  p.review.commit_id = r.commit_id;
  p.review.user.login = r.user!.login;
  p.sender.login = r.user!.login;
  // GitHub's snapshot at event time, with only the keys a review payload's pull request has (no counts).
  p.pull_request = fake.eventPull(REPO, N, 'pull_request_review');
  return { name: 'pull_request_review', payload: p };
}

async function run(event: { name: string; payload: unknown }, extra: { env?: Record<string, string>; inputs?: Record<string, string> } = {}): Promise<ActionRun & { evidence: any; requests: number }> {
  const before = fake.requests.length;
  const res = await runAction({
    entry: 'approval-gate.js',
    inputs: { 'github-token': 'ghs_e2e_token_for_the_gate', 'publish-status': 'true', 'request-reviews': 'true', ...extra.inputs },
    env: { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '4711', GITHUB_SERVER_URL: 'https://github.com', ...extra.env },
    event,
  });
  const path = res.outputs['evidence-path'];
  const evidence = path && existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  return { ...res, evidence, requests: fake.requests.length - before };
}

const statuses = () => fake.repo(REPO).statuses.map((s) => [s.sha, s.data.state, s.data.context]);

describe('approval-gate bundle, as the runner runs it', () => {
  it('pull_request opened, no approval: fails the step, publishes pending, requests a qualified reviewer, explains each requirement', async () => {
    openPull();
    const r = await run(prEvent('opened'));
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ approved: 'false', decision: 'approval_required', required: '1', tier: 'high' });
    expect(statuses()).toEqual([[HEAD, 'pending', CONTEXT]]);
    // dave has read permission: never requested.
    expect(fake.pull(REPO, N).data.requested_reviewers.map((u) => u.login)).toEqual(['alice', 'bob']);
    expect(r.summary).toContain('agent-guard approval gate: approval required');
    expect(r.summary).toMatch(/\| approval_count \| ❌ failed \| 0 of 1 required qualified approval/);
    expect(r.summary).toMatch(/\| no_changes_requested \| ✅ passed/);
    expect(r.summary).toMatch(/file kinds unknown, every file treated as high/);
    expect(r.commands.some((c) => c.startsWith('::error::agent-guard approval-gate: approval required'))).toBe(true);
    expect(r.evidence).toMatchObject({ action: 'approval-gate', decision: 'approval_required', head: HEAD, base: BASE, pull_request: N, review_requests: { outcome: 'requested' } });
    expect(r.evidence.policy.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.evidence.api_requests.total).toBe(r.requests);
    expect(JSON.stringify(r.evidence)).not.toContain('ghs_e2e_token_for_the_gate');
  });

  it('pull_request_review submitted (state "approved" in the payload) by a qualified human: passes, success status, latency and request count in the evidence', async () => {
    openPull();
    await run(prEvent('opened')); // requests reviews from alice and bob (timeline: review_requested)
    fake.resetLog();
    // Submitted after the gate's review request (the server stamps events with the real clock).
    const approval = submit(alice, 'APPROVED', HEAD, new Date(Date.now() + 2000).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    const r = await run(reviewEvent(approval));
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ approved: 'true', decision: 'approved', required: '1', tier: 'high' });
    expect(statuses()).toEqual([
      [HEAD, 'pending', CONTEXT],
      [HEAD, 'success', CONTEXT],
    ]);
    expect(r.evidence.approvals.counted).toEqual([expect.objectContaining({ login: 'alice', review_id: approval.id, commit_id: HEAD })]);
    expect(r.evidence.latency).toMatchObject({ measured: true, latency: { start: { kind: 'review_requested', reviewer: 'alice' }, satisfiedBy: { login: 'alice', reviewId: approval.id } } });
    expect(r.evidence.latency.latency.seconds).toBeGreaterThanOrEqual(0);
    // The pull request comes from the payload; reviews, comparison (commits and files), policy, alice's
    // permission, the timeline (base-branch changes after the approval, and the latency), the
    // workflow_dispatch runs on the merge base (who started the task), status.
    expect(r.requests).toBe(7);
    expect(r.evidence.api_requests).toEqual({ total: 7, by_phase: { collect: 3, permissions: 1, events: 1, initiators: 1, publish: 1 } });
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}' })).toBe(0);
    expect(r.summary).toContain('#### Counted approvals');
  });

  it('pull_request_review by the agent and by a read-only user: still failing, and the summary says why for each rejected review', async () => {
    openPull();
    submit(agent, 'APPROVED');
    const last = submit(dave, 'APPROVED');
    const r = await run(reviewEvent(last));
    expect(r.code).toBe(1);
    expect(r.outputs.approved).toBe('false');
    expect(r.summary).toContain('#### Reviews that do not count');
    expect(r.summary).toMatch(/\| coding\\-agent\\\[bot\\\] \| \d+ \| APPROVED \| `[0-9a-f]{12}` \| .*agents never approve/);
    expect(r.summary).toMatch(/\| dave \| \d+ \| APPROVED .*repository permission is "read"/);
    expect(r.evidence.approvals.rejected.map((x: { login: string; reason: string }) => x.login)).toEqual(['coding-agent[bot]', 'dave']);
  });

  it('synchronize after an approval: the new head is pending and the pusher (event sender) cannot approve it', async () => {
    openPull();
    submit(alice, 'APPROVED');
    expect((await run(prEvent('opened'))).code).toBe(0);
    const NEW = fakeSha('e2e-pushed');
    const pull = fake.pull(REPO, N);
    pull.data.head.sha = NEW;
    pull.commits.push(commit(REPO, { sha: NEW, message: 'more', author: { name: 'coding-agent[bot]', email: 'agent@example.com', user: agent } }));
    submit(pete, 'APPROVED', NEW);
    const r = await run(prEvent('synchronize', NEW, pete));
    expect(r.code).toBe(1);
    expect(statuses()).toEqual([
      [HEAD, 'success', CONTEXT],
      [NEW, 'pending', CONTEXT],
    ]);
    expect(r.evidence.approvals.rejected.map((x: { login: string; code: string }) => `${x.login}:${x.code}`)).toEqual(['alice:stale_commit', 'pete:last_pusher']);
  });

  it('two-PR attack from the bundle: the same head SHA in a pull request into agent/loose (permissive base policy) publishes no status; the pull request into main does', async () => {
    const LOOSE = fakeSha('e2e-loose');
    fake.repo(REPO).branches.set('agent/loose', LOOSE);
    openPull({ policy: POLICY.replace('count: 1', 'count: 2') });
    fake.setFile(REPO, LOOSE, '.github/agent-policy.yml', POLICY);
    fake.addPull(REPO, 8, {
      user: agent,
      head: { sha: HEAD, ref: 'agent/fix-2' },
      base: { sha: LOOSE, ref: 'agent/loose' },
      created_at: '2025-01-02T09:00:00Z',
      commits: [commit(REPO, { sha: HEAD, message: 'agent change', author: { name: 'coding-agent[bot]', email: 'agent@example.com', user: agent } })],
      files: [diffEntry(REPO, { filename: 'src/app.ts', ref: HEAD })],
      reviews: [review(REPO, 8, { user: alice, state: 'APPROVED', commit_id: HEAD, submitted_at: at() })],
    });
    const p = pullRequestEvent({ action: 'opened', owner: 'acme', repo: 'widgets', number: 8, baseSha: LOOSE, headSha: HEAD, headRef: 'agent/fix-2', baseRef: 'agent/loose', author: agent.login });
    for (const r of [p.repository, p.pull_request.base.repo, p.pull_request.head.repo]) r.default_branch = 'main';
    p.pull_request = fake.eventPull(REPO, 8, 'pull_request');
    const loose = await run({ name: 'pull_request', payload: p });
    // Judged against the default branch's policy, not the loose base's: the step fails ...
    expect(loose.code).toBe(1);
    expect(loose.outputs).toMatchObject({ approved: 'false', decision: 'approval_required' });
    expect(statuses()).toEqual([]); // ... and nothing reaches the shared head commit
    expect(loose.evidence.status).toMatchObject({ published: false, protected_target: { protected: false, base: 'agent/loose' } });

    const main = await run(prEvent('opened'));
    expect(main.code).toBe(1);
    expect(statuses()).toEqual([[HEAD, 'pending', CONTEXT]]);
    expect(fake.repo(REPO).statuses[0]!.data.description).toMatch(new RegExp(`^${HEAD.slice(0, 12)} into main: high tier, 0 of 2 approvals`));
    // Two qualified approvals on the pull request into main: success, naming base and head.
    submit(alice, 'APPROVED');
    submit(bob, 'APPROVED');
    expect((await run(prEvent('synchronize'))).code).toBe(0);
    expect(fake.repo(REPO).statuses.map((s) => s.data.state)).toEqual(['pending', 'success']);
    expect(fake.repo(REPO).statuses[1]!.data.description).toBe(`approved ${HEAD.slice(0, 12)} into main by alice, bob (2 of 2, high tier)`);
  });

  it('an invalid policy at the base commit: deny, failure status, evidence says why', async () => {
    openPull({ policy: 'version: 1\napprovals:\n  high: { count: 0 }\n' });
    const r = await run(prEvent('opened'));
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ approved: 'false', decision: 'deny' });
    expect(statuses()).toEqual([[HEAD, 'failure', CONTEXT]]);
    expect(r.evidence).toMatchObject({ decision: 'deny' });
    expect(r.evidence.error).toMatch(/approvals.high.count must be at least 1/);
  });

  it("the dispatcher of the agent's task approves (the run on the merge base names them): not counted, the step fails; a token without actions: read is a deny naming it", async () => {
    openPull();
    const run0 = fake.addWorkflowRun(REPO, { event: 'workflow_dispatch', head_sha: BASE, actor: bob });
    const approval = submit(bob, 'APPROVED');
    const r = await run(reviewEvent(approval));
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ approved: 'false', decision: 'approval_required' });
    expect(r.evidence.approvals.rejected).toEqual([expect.objectContaining({ login: 'bob', code: 'initiator', reason: `bob started the agent's task (dispatched run ${run0.id})` })]);
    expect(r.evidence.approvals.initiators).toMatchObject({ looked_up: true, logins: ['bob'] });

    const other = submit(alice, 'APPROVED');
    fake.failNext({ method: 'GET', pathPattern: '/repos/{owner}/{repo}/actions/runs', status: 403 });
    const denied = await run(reviewEvent(other));
    expect(denied.code).toBe(1);
    expect(denied.outputs.decision).toBe('deny');
    expect(denied.evidence.approvals.blocking[0].reason).toContain('the token needs `actions: read`');
    expect(statuses().at(-1)).toEqual([HEAD, 'failure', CONTEXT]);
  });

  it('merge_group from the bundle: a group of the approved pull request passes with success on its commit; a group that adds a path is a deny', async () => {
    // Real git: the base (policy), the pull request's head, and the queue's merge of it onto the base.
    const repo = await TestRepo.init();
    try {
      await repo.write('.github/agent-policy.yml', POLICY);
      await repo.write('src/app.ts', 'export const x = 1;\n');
      const base = await repo.commit('base');
      await repo.checkout('agent/fix', { create: true });
      await repo.write('src/app.ts', 'export const x = 2;\n');
      const head = await repo.commit('agent change', { author: { name: 'coding-agent[bot]', email: 'agent@example.com' } });
      const queue = `gh-readonly-queue/main/pr-${N}-${base}`;
      await repo.checkout(queue, { create: true, from: base });
      const group = await repo.merge(head, `Merge pull request #${N} from acme/agent/fix`);
      fake.repo(REPO).branches.set('main', base);
      openPull({ head, base });
      submit(alice, 'APPROVED', head);
      const event = (sha: string) => {
        const p = webhookExample('merge_group', 'checks_requested');
        Object.assign(p.merge_group, { base_sha: base, head_sha: sha, base_ref: 'refs/heads/main', head_ref: `refs/heads/${queue}` });
        p.merge_group.head_commit.id = sha;
        p.repository = pullRequestEvent({ owner: 'acme', repo: 'widgets', number: N, baseSha: base, headSha: head, headRef: 'agent/fix' }).repository;
        p.repository.default_branch = 'main';
        return { name: 'merge_group', payload: p };
      };
      const ok = await run(event(group), { env: { GITHUB_WORKSPACE: repo.dir } });
      expect(ok.code).toBe(0);
      expect(ok.outputs).toMatchObject({ approved: 'true', decision: 'approved' });
      expect(statuses()).toEqual([[group, 'success', CONTEXT]]);
      expect(ok.evidence.approvals.merge_group).toMatchObject({ pull_requests: [{ number: N, head, decision: 'approved' }], same_change: true });

      await repo.write('src/extra.ts', 'export const z = 1;\n');
      const extra = await repo.commit('a change of the group itself');
      const bad = await run(event(extra), { env: { GITHUB_WORKSPACE: repo.dir } });
      expect(bad.code).toBe(1);
      expect(bad.outputs).toMatchObject({ approved: 'false', decision: 'deny' });
      expect(statuses()).toEqual([
        [group, 'success', CONTEXT],
        [extra, 'failure', CONTEXT],
      ]);
      expect(bad.evidence.approvals.merge_group.differs).toContain('changes "src/extra.ts", which none of its pull requests\' approved heads');
    } finally {
      await repo.cleanup();
    }
  });

  it('an unsupported event is a deny (the gate never guesses the pull request)', async () => {
    openPull();
    const r = await run({ name: 'push', payload: { ref: 'refs/heads/agent/fix', after: HEAD } });
    expect(r.code).toBe(1);
    expect(r.outputs.approved).toBe('false');
    expect(statuses()).toEqual([]);
  });

  it('a file name carrying workflow commands cannot inject into the log or the outputs', async () => {
    // Code owners on, so the hostile path is quoted in the log and the summary (no rule owns it).
    openPull({ files: ['docs/x\n::set-output name=approved::true\n::error::pwned'], policy: POLICY.replace('high: { count: 1,', 'high: { count: 1, codeowners: true,') });
    fake.setFile(REPO, BASE, '.github/CODEOWNERS', '/src/ @alice\n');
    submit(alice, 'APPROVED');
    const r = await run(prEvent('opened'));
    expect(r.stdout).toContain('docs/x\\u000a::set-output');
    // It appears escaped inside the gate's own messages, never as a command line of its own.
    expect(r.commands.filter((c) => c.startsWith('::set-output') || c.startsWith('::error::pwned'))).toEqual([]);
    expect(r.commands.every((c) => /^::(error|warning|notice|debug|add-mask)(\s[^:]*)?::/.test(c))).toBe(true);
    expect(r.outputs.approved).toBe('false');
    expect(r.summary).not.toMatch(/\n::/);
  });

  it('with a full git checkout the tier is exact: a docs-only change needs no approval and passes', async () => {
    const repo = await TestRepo.init();
    try {
      // The policy is read with git at the base commit when the checkout holds it.
      await repo.write('.github/agent-policy.yml', POLICY);
      await repo.write('docs/guide.md', 'guide\n');
      const base = await repo.commit('base');
      await repo.checkout('agent/fix', { create: true });
      await repo.write('docs/guide.md', 'a better guide\n');
      const head = await repo.commit('docs');
      openPull({ head, base, files: ['docs/guide.md'] });
      const p = prEvent('opened', head);
      p.payload.pull_request.base.sha = base;
      const r = await run(p, { env: { GITHUB_WORKSPACE: repo.dir } });
      expect(r.code).toBe(0);
      expect(r.outputs).toMatchObject({ approved: 'true', decision: 'not_required', tier: 'low', required: '0' });
      expect(statuses()).toEqual([[head, 'success', CONTEXT]]);
      expect(r.evidence.approvals.tier_source.mode).toBe('git');
      expect(r.evidence.approvals.base_files_via).toBe('git');
      expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/contents/{path}' })).toBe(0);
    } finally {
      await repo.cleanup();
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// `agent-guard approvals` (dist/cli.js): exit 0 approved or not required, 2 approval still required,
// 1 deny, 3 invalid input; JSON with the fields the issue names.
describe('agent-guard approvals (bundled CLI)', () => {
  const cli = (args: string[], env: Record<string, string> = {}) => runCli(['approvals', ...args], { env: { GITHUB_TOKEN: 'ghs_cli_token', GITHUB_API_URL: fake.url, ...env } });
  const ARGS = ['--repo', REPO, '--pr', String(N)];

  it('approved -> exit 0 with approved, required, tier, head_sha, counted, rejected, requirements, api_requests', async () => {
    openPull();
    const approval = submit(alice, 'APPROVED');
    const stale = submit(bob, 'APPROVED', fakeSha('older'));
    const r = await cli([...ARGS, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ approved: true, decision: 'approved', required: 1, tier: 'high', head_sha: HEAD, base_sha: BASE });
    expect(j.counted).toEqual([{ login: 'alice', review_id: approval.id, commit_id: HEAD, counted_via: 'head_sha', submitted_at: approval.submitted_at }]);
    expect(j.rejected).toEqual([expect.objectContaining({ login: 'bob', review_id: stale.id, code: 'stale_commit', reason: expect.stringMatching(/not the head/) })]);
    expect(j.requirements.map((q: { name: string; status: string }) => `${q.name}:${q.status}`)).toEqual(['complete_inputs:passed', 'approval_count:passed', 'no_changes_requested:passed', 'codeowners:skipped']);
    expect(j.api_requests.total).toBe(fake.countRequests());
    // The CLI is read-only: no status, no review request.
    expect(fake.countRequests({ method: 'POST' })).toBe(0);
  });

  it('approval still required -> exit 2 (text explains each requirement and rejected review)', async () => {
    openPull();
    submit(dave, 'APPROVED');
    const r = await cli(ARGS);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^agent-guard approval-gate: approval required \(acme\/widgets#7/);
    expect(r.stdout).toContain('[failed] approval_count: 0 of 1 required qualified approval');
    expect(r.stdout).toMatch(/dave: review \d+ \(APPROVED of [0-9a-f]{12}\): dave repository permission is "read"/);
  });

  it('deny -> exit 1 (more than 250 commits: the list is incomplete)', async () => {
    const pull = openPull();
    submit(alice, 'APPROVED');
    pull.commits.unshift(...Array.from({ length: 255 }, (_, i) => commit(REPO, { sha: fakeSha(`cli${i}`), message: 'c', author: { name: 'a', email: 'a@example.com', user: agent } })));
    const r = await cli([...ARGS, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ approved: false, decision: 'deny' });
  });

  it('invalid input -> exit 3: usage, no token, unknown pull request, invalid policy at the base commit', async () => {
    openPull({ policy: 'version: 1\nagents: "everyone"\n' });
    expect((await cli(['--repo', REPO])).code).toBe(3);
    expect((await cli(['--repo', 'not a repo', '--pr', '7'])).code).toBe(3);
    expect((await cli(ARGS, { GITHUB_TOKEN: '' })).code).toBe(3);
    expect((await cli(['--repo', REPO, '--pr', '99'])).code).toBe(3);
    const bad = await cli(ARGS);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/agent-policy\.yml:2:\d+: .*\[schema_type\]/);
  });

  it('API budget via the CLI: a pull request with 100 reviews and 100 commits is decided in 7 requests', async () => {
    const pull = openPull();
    for (let i = 0; i < 99; i++) submit([bob, dave, agent][i % 3]!, 'COMMENTED');
    submit(alice, 'APPROVED');
    pull.commits.unshift(...Array.from({ length: 99 }, (_, i) => commit(REPO, { sha: fakeSha(`b${i}`), message: 'c', author: { name: 'a', email: 'a@example.com', user: agent } })));
    const r = await cli([...ARGS, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    // pull, reviews, comparison (commits and files), policy, alice's permission, the timeline (whether
    // the base branch changed after the approval), the workflow_dispatch runs on the merge base.
    expect(j.api_requests).toEqual({ total: 7, by_phase: { collect: 4, permissions: 1, events: 1, initiators: 1 } });
    expect(fake.countRequests()).toBe(7);
  });
});
