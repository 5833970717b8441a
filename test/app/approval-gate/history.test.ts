// The approval gate judges change requests from the pull request's history (its timeline), not from each
// reviewer's latest review alone: a dismissal by someone who could not approve does not withdraw a change
// request, and a change request on a commit stands when the head returns to it. Through the product's
// Octokit factory over real HTTP to the loopback GitHub API (every response checked against the OpenAPI
// description); each test asserts the decision and the reason.

import { collectApprovalGate, type CollectOptions } from '../../../src/app/approval-gate.js';
import type { GateResult } from '../../../src/core/approval-gate.js';
import { createGitHubClient, type GitHubClient } from '../../../src/adapters/github-client.js';
import {
  bot,
  commit,
  diffEntry,
  fakeSha,
  headRefForcePushedEvent,
  review,
  startGitHubServer,
  user,
  type FakeGitHub,
  type GitHubCommit,
  type GitHubReview,
  type GitHubUser,
  type ReviewState,
} from '../../support/github-server.js';

const REPO = 'acme/widgets';
const N = 21;
const T = { owner: 'acme', repo: 'widgets', pullNumber: N };
const A = fakeSha('history-a');
const B = fakeSha('history-b');
const BASE = fakeSha('history-base');

const agent = bot('coding-agent');
const alice = user('alice'); // write
const bob = user('bob'); // maintain
const carol = user('carol'); // admin
const dave = user('dave'); // read

const POLICY = `version: 1
agents: ["*[bot]", "coding-agent"]
default_tier: high
capabilities:
  write_branch: { paths: ["src/**"] }
subjects:
  "coding-agent:pull-request":
    capabilities: [read_repository, write_branch, open_pull_request]
    branches: ["agent/*"]
    repositories: ["acme/widgets"]
approvals:
  high: { count: 1 }
`;

let fake: FakeGitHub;
let clock = 0;

beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: BASE } });
  fake.addCollaborator(REPO, alice, 'write');
  fake.addCollaborator(REPO, bob, 'maintain');
  fake.addCollaborator(REPO, carol, 'admin');
  fake.addCollaborator(REPO, dave, 'read');
  fake.addUser(agent);
  clock = 0;
});

afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

const client = (): GitHubClient => createGitHubClient({ token: 'ghs_approval_gate_history', baseUrl: fake.url, timeUnitMs: 1 });
const at = () => new Date(Date.UTC(2025, 2, 3, 10, 0, clock++)).toISOString().replace(/\.\d{3}Z$/, 'Z');
const rev = (u: GitHubUser, state: ReviewState, sha: string): GitHubReview => review(REPO, N, { user: u, state, commit_id: sha, submitted_at: at() });
const agentCommit = (sha: string): GitHubCommit => commit(REPO, { sha, message: 'agent change', author: { name: 'coding-agent[bot]', email: '1+coding-agent[bot]@users.noreply.github.com', user: agent } });

function openPull(head: string, reviews: GitHubReview[], author: GitHubUser = agent) {
  const pull = fake.addPull(REPO, N, {
    user: author,
    head: { sha: head, ref: 'agent/fix' },
    base: { sha: BASE, ref: 'main' },
    created_at: '2025-03-03T09:00:00Z',
    reviews,
    commits: [agentCommit(head)],
    files: [diffEntry(REPO, { filename: 'src/app.ts', ref: head })],
  });
  fake.setFile(REPO, BASE, '.github/agent-policy.yml', POLICY);
  return pull;
}

const gate = (opts: CollectOptions = {}): Promise<GateResult> => collectApprovalGate(client(), T, opts);
const blocking = (r: GateResult) => r.evaluation.blocking.map((b) => `${b.code}: ${b.reason}`);
const timelineReads = () => fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}/timeline' });

describe('attack: dismissing a change request', () => {
  it("the agent's token dismisses a maintainer's change request: it stands, whoever approves", async () => {
    const cr = rev(bob, 'CHANGES_REQUESTED', A);
    openPull(A, [cr, rev(alice, 'APPROVED', A)]);
    fake.dismissReview(REPO, N, cr.id, agent, at());
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(blocking(r)).toEqual([
      `changes_requested: bob requested changes (review ${cr.id}): it stands because it was dismissed by coding-agent[bot], who could not approve (coding-agent[bot] is a bot account (type Bot: an app or automation): agents never approve)`,
    ]);
    expect(r.evaluation.counted.map((c) => c.login)).toEqual(['alice']);
    expect(timelineReads()).toBe(1);
  });

  it('the pull request author dismisses the change request on their own pull request: it stands', async () => {
    const cr = rev(bob, 'CHANGES_REQUESTED', A);
    openPull(A, [cr, rev(carol, 'APPROVED', A)], alice);
    fake.dismissReview(REPO, N, cr.id, alice, at());
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(blocking(r)).toEqual([`changes_requested: bob requested changes (review ${cr.id}): it stands because it was dismissed by alice, who could not approve (alice is the pull request author)`]);
  });

  it('someone with read permission dismisses it (looked up, not assumed): it stands', async () => {
    const cr = rev(bob, 'CHANGES_REQUESTED', A);
    openPull(A, [cr, rev(alice, 'APPROVED', A)]);
    fake.dismissReview(REPO, N, cr.id, dave, at());
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.facts.permissions).toMatchObject({ dave: 'read' });
    expect(blocking(r)[0]).toContain('it was dismissed by dave, who could not approve (dave repository permission is "read"; write, maintain or admin is needed)');
  });

  it('a dismissal the timeline does not show: who dismissed it is unknown, so it stands', async () => {
    const cr = rev(bob, 'CHANGES_REQUESTED', A);
    openPull(A, [cr, rev(alice, 'APPROVED', A)]);
    cr.state = 'DISMISSED'; // no review_dismissed event
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(blocking(r)[0]).toContain("its dismissal is not in the pull request's timeline");
  });

  it('an admin dismisses it: withdrawn, and the approval of the head counts (the timeline read once)', async () => {
    const cr = rev(bob, 'CHANGES_REQUESTED', A);
    openPull(A, [cr, rev(alice, 'APPROVED', A)]);
    fake.dismissReview(REPO, N, cr.id, carol, at());
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(r.evaluation.rejected.map((x) => `${x.login}:${x.code}`)).toEqual(['bob:dismissed']);
    expect(timelineReads()).toBe(1);
  });

  it("an approval dismissed by the agent's token is gone, whoever dismissed it (a dismissal only removes approvals)", async () => {
    const ok = rev(alice, 'APPROVED', A);
    openPull(A, [ok]);
    fake.dismissReview(REPO, N, ok.id, agent, at());
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.rejected.map((x) => `${x.login}:${x.code}`)).toEqual(['alice:dismissed']);
  });
});

describe('attack: a change request on a commit the head returns to', () => {
  it('changes requested on A, the same reviewer approves B, the head is force-pushed back to A: the change request on A stands', async () => {
    const cr = rev(bob, 'CHANGES_REQUESTED', A);
    const pull = openPull(A, [cr, rev(bob, 'APPROVED', B), rev(alice, 'APPROVED', A)]);
    pull.timeline.push(headRefForcePushedEvent(REPO, { actor: agent, commit_id: A, created_at: at() }));
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(blocking(r)).toEqual([
      `changes_requested: bob requested changes (review ${cr.id}): it stands because it is on the head commit ${A.slice(0, 12)}, and the same reviewer's later review ${pull.reviews[1]!.id} (APPROVED of ${B.slice(0, 12)}) is not an approval of that commit`,
    ]);
  });

  it('changes requested on A, then the same reviewer approves A itself: withdrawn, approved', async () => {
    openPull(A, [rev(bob, 'CHANGES_REQUESTED', A), rev(bob, 'APPROVED', A)]);
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(r.evaluation.counted.map((c) => c.login)).toEqual(['bob']);
  });

  it("changes requested on A by someone below write, who then approves B: the head back at A is not blocked by it", async () => {
    openPull(A, [rev(dave, 'CHANGES_REQUESTED', A), rev(dave, 'APPROVED', B), rev(alice, 'APPROVED', A)]);
    const r = await gate();
    expect(r.decision).toBe('approved');
  });

  it('whoever force-pushed the head (the timeline names them) cannot approve it', async () => {
    const pull = openPull(A, [rev(alice, 'APPROVED', A)]);
    pull.timeline.push(headRefForcePushedEvent(REPO, { actor: alice, commit_id: A, created_at: at() }));
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.rejected.map((x) => `${x.login}:${x.code}`)).toEqual(['alice:last_pusher']);
  });
});
