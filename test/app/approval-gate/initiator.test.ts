// Who started the agent's task comes from GitHub's record of the run that started it, not only from the
// manifest's hand-written `initiator`. In the README's two-job flow a person dispatches the agent's
// workflow on the default branch and its publish job branches from that commit, so the run's head SHA is
// the pull request's merge base: its actor (and a re-run's triggering actor) never approves. Through the
// product's Octokit factory over real HTTP to the loopback GitHub API (responses checked against GitHub's
// OpenAPI description); each test asserts the decision and the reason.

import { collectApprovalGate } from '../../../src/app/approval-gate.js';
import type { GateResult } from '../../../src/core/approval-gate.js';
import { gateJson } from '../../../src/core/approval-report.js';
import { createGitHubClient, type GitHubClient } from '../../../src/adapters/github-client.js';
import { bot, commit, diffEntry, fakeSha, review, startGitHubServer, user, type FakeGitHub, type GitHubCommit, type GitHubReview, type GitHubUser } from '../../support/github-server.js';
import { agentGatePolicy } from '../../support/gate-policy.js';

const REPO = 'acme/widgets';
const N = 31;
const T = { owner: 'acme', repo: 'widgets', pullNumber: N };
const HEAD = fakeSha('initiator-head');
const BASE = fakeSha('initiator-base');
const OLD_MAIN = fakeSha('initiator-old-main');

const agent = bot('agent-guard');
const ian = user('ian'); // dispatched the agent's task
const alice = user('alice');
const rita = user('rita'); // re-ran it

const POLICY = agentGatePolicy();

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: BASE } });
  for (const u of [ian, alice, rita]) fake.addCollaborator(REPO, u, 'write');
  fake.addUser(agent);
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

const client = (): GitHubClient => createGitHubClient({ token: 'ghs_approval_gate_initiator', baseUrl: fake.url, timeUnitMs: 1 });
const approve = (u: GitHubUser): GitHubReview => review(REPO, N, { user: u, state: 'APPROVED', commit_id: HEAD, submitted_at: '2025-03-03T10:00:00Z' });
// The publish job commits under an email no account links (the README's `agent-guard` identity).
const agentCommit = (sha: string, parents: string[]): GitHubCommit =>
  commit(REPO, { sha, parents, message: 'Agent task', author: { name: 'agent-guard', email: 'agent-guard[bot]@users.noreply.github.com', user: agent } });

function openPull(reviews: GitHubReview[], commits: GitHubCommit[] = [agentCommit(HEAD, [BASE])]) {
  fake.addPull(REPO, N, {
    user: agent,
    head: { sha: HEAD, ref: 'agent/task-4242' },
    base: { sha: BASE, ref: 'main' },
    created_at: '2025-03-03T09:00:00Z',
    reviews,
    commits,
    files: [diffEntry(REPO, { filename: 'src/app.ts', ref: HEAD })],
  });
  fake.setFile(REPO, BASE, '.github/agent-policy.yml', POLICY);
}

const gate = (): Promise<GateResult> => collectApprovalGate(client(), T, { protectedBranches: null });
const runReads = () => fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/actions/runs' });

describe("the initiator: who dispatched the run the agent's change started from", () => {
  it('the dispatcher approves the pull request of the task they dispatched: not counted, approval required', async () => {
    const run = fake.addWorkflowRun(REPO, { event: 'workflow_dispatch', head_sha: BASE, actor: ian });
    openPull([approve(ian)]);
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.counted).toEqual([]);
    expect(r.evaluation.rejected).toEqual([expect.objectContaining({ login: 'ian', code: 'initiator', reason: `ian started the agent's task (dispatched run ${run.id})` })]);
    expect(gateJson(r).initiators).toEqual({
      looked_up: true,
      start_commits: [BASE],
      runs: [{ run_id: run.id, workflow: '.github/workflows/agent.yml', head_sha: BASE, actor: 'ian', triggering_actor: 'ian' }],
      logins: ['ian'],
    });
    expect(runReads()).toBe(1);
    expect(fake.requests.find((q) => q.operation === 'GET /repos/{owner}/{repo}/actions/runs')?.query).toEqual({ event: 'workflow_dispatch', head_sha: BASE, per_page: '100' });
  });

  it('another person approves: counted, approved, the dispatcher named in the evidence', async () => {
    fake.addWorkflowRun(REPO, { event: 'workflow_dispatch', head_sha: BASE, actor: ian });
    openPull([approve(ian), approve(alice)]);
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(r.evaluation.counted.map((c) => c.login)).toEqual(['alice']);
    expect(r.evaluation.rejected.map((x) => [x.login, x.code])).toEqual([['ian', 'initiator']]);
    expect(gateJson(r).initiators).toMatchObject({ looked_up: true, logins: ['ian'] });
  });

  it("the runs cannot be read (a token without actions: read): deny, naming the permission", async () => {
    fake.addWorkflowRun(REPO, { event: 'workflow_dispatch', head_sha: BASE, actor: ian });
    openPull([approve(alice)]);
    fake.failNext({ method: 'GET', pathPattern: '/repos/{owner}/{repo}/actions/runs', status: 403 });
    const r = await gate();
    expect(r.decision).toBe('deny');
    expect(r.problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^the workflow_dispatch runs on ${BASE.slice(0, 12)} \\(the commit the change starts from\\) could not be read \\(.*HTTP 403.*\\): the token needs \`actions: read\` \\(add it to the job's permissions\\); who dispatched the agent's task is unknown, and their approval must not count$`,
        ),
      ),
    ]);
    expect(gateJson(r).blocking[0]).toMatchObject({ code: 'collection' });
  });

  it("a re-run's triggering actor started the task too", async () => {
    const run = fake.addWorkflowRun(REPO, { event: 'workflow_dispatch', head_sha: BASE, actor: ian, triggering_actor: rita });
    openPull([approve(rita)]);
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.rejected).toEqual([expect.objectContaining({ login: 'rita', code: 'initiator', reason: `rita started the agent's task (re-ran run ${run.id})` })]);
  });

  it('runs of other events or on other commits start nothing: the approver counts', async () => {
    fake.addWorkflowRun(REPO, { event: 'push', head_sha: BASE, actor: alice });
    fake.addWorkflowRun(REPO, { event: 'workflow_dispatch', head_sha: fakeSha('elsewhere'), actor: alice });
    openPull([approve(alice)]);
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(gateJson(r).initiators).toMatchObject({ runs: [], logins: [] });
  });

  it('a branch updated with a merge of main: the run on the commit the branch started from is found too', async () => {
    const first = fakeSha('initiator-first');
    const run = fake.addWorkflowRun(REPO, { event: 'workflow_dispatch', head_sha: OLD_MAIN, actor: ian });
    // first (on OLD_MAIN), then HEAD merging main's tip BASE into the branch: the merge base is BASE.
    openPull([approve(ian)], [agentCommit(first, [OLD_MAIN]), agentCommit(HEAD, [first, BASE])]);
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.initiators?.startCommits).toEqual([BASE, OLD_MAIN]);
    expect(r.evaluation.rejected).toEqual([expect.objectContaining({ login: 'ian', code: 'initiator', reason: `ian started the agent's task (dispatched run ${run.id})` })]);
    expect(runReads()).toBe(2);
  });

  it('the runs are read only before reporting approved: while approval is required they cost nothing', async () => {
    openPull([]);
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(runReads()).toBe(0);
    expect(gateJson(r).initiators).toMatchObject({ looked_up: false });
  });
});
