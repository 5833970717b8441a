// The approval gate's collector (src/app/approval-gate.ts) and publisher
// (src/adapters/github-status.ts) against the loopback GitHub REST server, through the product's one
// Octokit factory (retry + throttling) over real HTTP. Who counts, one named test per case; then
// pagination, the API's list caps, retries, the request budget, the commit status and review routing. Identical-rebase proofs and exact tiers use real git.

import { collectApprovalGate, type CollectOptions } from '../../../src/app/approval-gate.js';
import { lookupPermission } from '../../../src/adapters/github-permissions.js';
import { GitHubApiError } from '../../../src/adapters/github-rest.js';
import type { GateResult } from '../../../src/core/approval-gate.js';
import { GATE_CONTEXT, gateJson, statusFor } from '../../../src/core/approval-report.js';
import { createGitHubClient, type GitHubClient } from '../../../src/adapters/github-client.js';
import { publishStatus, requestReviews } from '../../../src/adapters/github-status.js';
import { isolateProcessGitConfig, TestRepo } from '../../support/git-repo.js';
import {
  bot,
  commit,
  diffEntry,
  fakeSha,
  readyForReviewEvent,
  review,
  reviewRequestedEvent,
  startGitHubServer,
  user,
  withCoAuthors,
  type FakeGitHub,
  type GitHubCommit,
  type GitHubDiffEntry,
  type GitHubReview,
  type GitHubUser,
  type ReviewState,
} from '../../support/github-server.js';

const OWNER = 'acme';
const REPO = 'acme/widgets';
const N = 7;
const T = { owner: 'acme', repo: 'widgets', pullNumber: N };
const HEAD = fakeSha('head');
const OLD = fakeSha('old-head');
const BASE = fakeSha('base');
const POLICY_PATH = '.github/agent-policy.yml';

const agent = bot('coding-agent');
const alice = user('alice'); // write
const bob = user('bob'); // maintain
const carol = user('carol'); // admin
const dave = user('dave'); // read
const erin = user('erin'); // triage
const ian = user('ian'); // write; starts the agent's task (manifest initiator)
const cody = user('cody', { email: 'cody@example.com' }); // write; co-author of an agent commit
const pete = user('pete'); // write; pushes to the agent's branch
const quinn = user('quinn'); // custom role "security-reviewer" on triage
const copilot = user('Copilot', { type: 'Bot' });
const actionsBot = bot('github-actions');
const reviewApp = bot('review-helper');

function policy(approvals = 'high: { count: 1 }', extra = ''): string {
  return `version: 1
agents: ["*[bot]", "Copilot", "coding-agent"]
default_tier: high
tiers:
  low: ["docs/**"]
capabilities:
  write_branch: { paths: ["src/**", "docs/**"] }
subjects:
  "coding-agent:pull-request":
    capabilities: [read_repository, write_branch, open_pull_request]
    branches: ["agent/*"]
    repositories: ["acme/widgets"]
approvals:
  ${approvals}
${extra}`;
}

const MANIFEST = `agent_task:
  subject: coding-agent:pull-request
  repository: acme/widgets
  branch_pattern: agent/*
  capabilities: [read_repository, write_branch, open_pull_request]
  initiator: ian
`;

let fake: FakeGitHub;
let restoreGit: () => void;
let clock = 0;

beforeAll(() => {
  restoreGit = isolateProcessGitConfig();
});
afterAll(() => restoreGit());

beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: BASE } });
  fake.addCollaborator(REPO, alice, 'write');
  fake.addCollaborator(REPO, bob, 'maintain');
  fake.addCollaborator(REPO, carol, 'admin');
  fake.addCollaborator(REPO, dave, 'read');
  fake.addCollaborator(REPO, erin, 'triage');
  fake.addCollaborator(REPO, ian, 'write');
  fake.addCollaborator(REPO, cody, 'write');
  fake.addCollaborator(REPO, pete, 'write');
  fake.addCollaborator(REPO, quinn, 'triage', 'security-reviewer');
  for (const u of [agent, copilot, actionsBot, reviewApp]) fake.addUser(u);
  clock = 0;
});

afterEach(async () => {
  // Every response the gate received conformed to GitHub's OpenAPI description.
  fake.assertNoViolations();
  await fake.close();
});

function client(): GitHubClient {
  return createGitHubClient({ token: 'ghs_approval_gate_test', baseUrl: fake.url, timeUnitMs: 1 });
}

const at = () => new Date(Date.UTC(2025, 0, 2, 10, 0, clock++)).toISOString().replace(/\.\d{3}Z$/, 'Z');

function rev(u: GitHubUser | null, state: ReviewState = 'APPROVED', sha: string | null = HEAD, extra: { author_association?: 'MEMBER' | 'COLLABORATOR' | 'OWNER' | 'NONE'; body?: string } = {}): GitHubReview {
  return review(REPO, N, { user: u, state, commit_id: sha, submitted_at: at(), ...extra });
}

function agentCommit(sha: string, message = 'agent change'): GitHubCommit {
  return commit(REPO, { sha, message, author: { name: 'coding-agent[bot]', email: '1+coding-agent[bot]@users.noreply.github.com', user: agent } });
}

interface PullSetup {
  reviews?: GitHubReview[];
  commits?: GitHubCommit[];
  files?: GitHubDiffEntry[];
  head?: string;
  base?: string;
  author?: GitHubUser;
  labels?: string[];
  body?: string;
  policy?: string | null;
  codeowners?: string;
  manifest?: string;
}

function openPull(s: PullSetup = {}) {
  const head = s.head ?? HEAD;
  const base = s.base ?? BASE;
  const pull = fake.addPull(REPO, N, {
    user: s.author ?? agent,
    head: { sha: head, ref: 'agent/fix' },
    base: { sha: base, ref: 'main' },
    created_at: '2025-01-02T09:00:00Z',
    ...(s.labels ? { labels: s.labels } : {}),
    ...(s.body !== undefined ? { body: s.body } : {}),
    reviews: s.reviews ?? [],
    commits: s.commits ?? [agentCommit(head)],
    files: s.files ?? [diffEntry(REPO, { filename: 'src/app.ts', ref: head })],
  });
  if (s.policy !== null) fake.setFile(REPO, base, POLICY_PATH, s.policy ?? policy());
  if (s.codeowners !== undefined) fake.setFile(REPO, base, '.github/CODEOWNERS', s.codeowners);
  if (s.manifest !== undefined) fake.setFile(REPO, base, '.github/agent-tasks/current.yml', s.manifest);
  return pull;
}

async function gate(opts: CollectOptions = {}, c: GitHubClient = client()): Promise<GateResult> {
  return collectApprovalGate(c, T, opts);
}

const codes = (r: GateResult) => r.evaluation.rejected.map((x) => `${x.login}:${x.code}`);

// ---------------------------------------------------------------------------------------------------
describe('attack: who counts, end to end through HTTP', () => {
  it('baseline: one qualified approval of the head SHA approves, and the permission was looked up (not author_association)', async () => {
    openPull({ reviews: [rev(alice)] });
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(r.evaluation.counted).toEqual([expect.objectContaining({ login: 'alice', commitId: HEAD, countedVia: 'head_sha' })]);
    expect(r.facts.permissions).toEqual({ alice: 'write' });
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission' })).toBe(1);
  });

  it('63: the only approval is from the PR author (the agent bot) -> approval required', async () => {
    openPull({ reviews: [rev(agent)] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['coding-agent[bot]:agent']);
    // The login is named once.
    expect(r.evaluation.rejected[0]!.reason).toBe('coding-agent[bot] is a bot account (type Bot: an app or automation): agents never approve');
  });

  it("63: the only approval is from the human who assigned the task (manifest initiator) -> approval required", async () => {
    openPull({ reviews: [rev(ian)], manifest: MANIFEST });
    const r = await gate({ manifestPath: '.github/agent-tasks/current.yml' });
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['ian:initiator']);
    expect(r.manifestSource?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a change guard-diff denies (a path outside every granted capability) is a deny, even with a qualified approval', async () => {
    openPull({ reviews: [rev(alice)], manifest: MANIFEST, files: [diffEntry(REPO, { filename: 'src/app.ts', ref: HEAD }), diffEntry(REPO, { filename: 'infra/prod.tf', ref: HEAD })] });
    const r = await gate({ manifestPath: '.github/agent-tasks/current.yml' });
    expect(r.decision).toBe('deny');
    expect(r.evaluation.counted.map((c) => c.login)).toEqual(['alice']);
    expect(r.evaluation.blocking).toEqual([
      expect.objectContaining({ code: 'guard_diff_denied', reason: expect.stringMatching(/^guard-diff denies this change, so no approval can make it acceptable: "infra\/prod\.tf": /) }),
    ]);
  });

  it('63: a human PR author approving their own pull request does not count', async () => {
    openPull({ author: alice, reviews: [rev(alice)], commits: [commit(REPO, { sha: HEAD, message: 'x', author: { name: 'A', email: 'a@example.com', user: alice } })] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['alice:pr_author']);
  });

  it('64: an approval from github-actions[bot] (repo lets Actions approve) -> approval required', async () => {
    openPull({ reviews: [rev(actionsBot)] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['github-actions[bot]:agent']);
  });

  it('65: an approval from login Copilot (type Bot, no [bot] suffix) -> approval required', async () => {
    openPull({ reviews: [rev(copilot)] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.rejected[0]).toMatchObject({ login: 'Copilot', code: 'agent' });
    expect(r.evaluation.rejected[0]!.reason).toMatch(/type Bot/);
  });

  it('66: an APPROVED review from a GitHub App with pull_requests:write -> approval required', async () => {
    openPull({ reviews: [rev(reviewApp)] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['review-helper[bot]:agent']);
    // Nobody who cannot count costs a permission lookup.
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission' })).toBe(0);
  });

  it('67: an approval from a read or triage user with author_association MEMBER -> approval required (permission looked up)', async () => {
    openPull({ reviews: [rev(dave, 'APPROVED', HEAD, { author_association: 'MEMBER' }), rev(erin, 'APPROVED', HEAD, { author_association: 'MEMBER' }), rev(quinn, 'APPROVED', HEAD, { author_association: 'MEMBER' })] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['dave:permission_insufficient', 'erin:permission_insufficient', 'quinn:permission_insufficient']);
    // role_name for standard roles; the custom role falls back to its base permission ("read").
    expect(r.facts.permissions).toEqual({ dave: 'read', erin: 'triage', quinn: 'read' });
  });

  it('2.3: maintain counts (role_name tells it from write), admin counts', async () => {
    openPull({ reviews: [rev(bob), rev(carol)], policy: policy('high: { count: 2 }') });
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(r.facts.permissions).toEqual({ bob: 'maintain', carol: 'admin' });
  });

  it('68: an approval from a human listed in Co-authored-by on an agent commit -> approval required', async () => {
    const message = withCoAuthors('agent change', [{ name: 'Cody', email: `${cody.id}+cody@users.noreply.github.com` }]);
    openPull({ reviews: [rev(cody)], commits: [agentCommit(HEAD, message)] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['cody:co_author']);
  });

  it('68: an approval from the human who pushed the last commit (last-push rule) -> approval required', async () => {
    openPull({ reviews: [rev(pete)] });
    const r = await gate({ lastPusher: 'pete' });
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['pete:last_pusher']);
  });

  it('68: an approval from the committer of a commit of the change -> approval required', async () => {
    const c = commit(REPO, { sha: HEAD, message: 'fixup', author: { name: 'coding-agent[bot]', email: 'agent@example.com', user: agent }, committer: { name: 'Pete', email: 'pete@example.com', user: pete } });
    openPull({ reviews: [rev(pete)], commits: [c] });
    const r = await gate();
    expect(codes(r)).toEqual(['pete:committer']);
    expect(r.decision).toBe('approval_required');
  });

  it('69: approval on commit A, then the agent force-pushes B -> approval required (commit_id != head)', async () => {
    openPull({ reviews: [rev(alice, 'APPROVED', OLD)] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.rejected).toEqual([expect.objectContaining({ login: 'alice', code: 'stale_commit', commitId: OLD })]);
    // The stale approval's reviewer was not looked up: nothing would have made it count.
    expect(r.facts.permissions).toEqual({});
  });

  it('2.3: an approval whose commit_id is null (commit gone) does not count', async () => {
    openPull({ reviews: [rev(alice, 'APPROVED', null)] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['alice:no_commit_id']);
  });

  it('70: conflict-free rebase after approval, keep_on_identical_rebase off -> approval required', async () => {
    openPull({ reviews: [rev(alice, 'APPROVED', OLD)] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.identicalRebase.applies).toBe(false);
  });

  it('70: keep_on_identical_rebase without a git checkout cannot apply, and the result says so', async () => {
    openPull({ reviews: [rev(alice, 'APPROVED', OLD)], policy: policy('high: { count: 1, keep_on_identical_rebase: true }') });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.identicalRebase.notes.join(' ')).toMatch(/cannot apply without a git checkout/);
  });

  it('71: reviewer APPROVED then COMMENTED -> approved (a comment changes nothing)', async () => {
    openPull({ reviews: [rev(alice), rev(alice, 'COMMENTED')] });
    expect((await gate()).decision).toBe('approved');
  });

  it('71: reviewer APPROVED then CHANGES_REQUESTED -> approval required (blocked)', async () => {
    openPull({ reviews: [rev(alice), rev(bob), rev(alice, 'CHANGES_REQUESTED')] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.blocking).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'changes_requested' })]));
    expect(codes(r)).toEqual(['alice:superseded']);
  });

  it("71: reviewer's approval DISMISSED -> approval required", async () => {
    const approval = rev(alice);
    openPull({ reviews: [approval] });
    fake.dismissReview(REPO, N, approval.id, bob);
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['alice:dismissed']);
  });

  it('72: label human-approved added by the agent token -> approval required (labels are never read as approvals)', async () => {
    openPull({ labels: ['human-approved', 'approved'] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.counted).toEqual([]);
  });

  it("73: a human's comment edited into /approve -> approval required (comments are never read)", async () => {
    const pull = openPull({ body: '/approve\nLGTM, approved' });
    pull.timeline.push({ id: 99, event: 'commented', created_at: at(), body: '/approve', user: alice });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(fake.requests.some((q) => /comments|timeline/.test(q.path))).toBe(false);
  });

  it('74: approval valid at gate time, then the agent pushes -> the new head is pending, the old one stays bound to its SHA', async () => {
    const pull = openPull({ reviews: [rev(alice)] });
    const c = client();
    const first = await gate({}, c);
    expect(first.decision).toBe('approved');
    await publishStatus(c, T, HEAD, statusFor(first));
    const NEW = fakeSha('pushed-after-approval');
    pull.data.head.sha = NEW;
    pull.commits.push(agentCommit(NEW, 'sneaky follow-up'));
    const second = await gate({}, c);
    expect(second.decision).toBe('approval_required');
    await publishStatus(c, T, NEW, statusFor(second));
    const statuses = fake.repo(REPO).statuses;
    expect(statuses.map((s) => [s.sha, s.data.state, s.data.context])).toEqual([
      [HEAD, 'success', GATE_CONTEXT],
      [NEW, 'pending', GATE_CONTEXT],
    ]);
  });

  it('75: a high-risk PR with no approval keeps the required status pending, whoever administers the repo', async () => {
    openPull({ files: [diffEntry(REPO, { filename: '.github/workflows/deploy.yml', ref: HEAD })] });
    const c = client();
    const r = await gate({}, c);
    expect(r.decision).toBe('approval_required');
    await publishStatus(c, T, HEAD, statusFor(r));
    // The bypass itself is GitHub's: only a ruleset without bypass actors stops an admin merge (documented).
    expect(fake.repo(REPO).statuses.map((s) => s.data.state)).toEqual(['pending']);
  });

  it('57/58: a forged agent-guard status or guard-diff "allow" on the head is never an input; the gate recomputes and publishes pending over it', async () => {
    openPull({ files: [diffEntry(REPO, { filename: '.github/workflows/release.yml', ref: HEAD })] });
    const forger = client();
    await forger.request('POST /repos/{owner}/{repo}/statuses/{sha}', { owner: OWNER, repo: 'widgets', sha: HEAD, state: 'success', context: GATE_CONTEXT, description: 'approved' });
    await forger.request('POST /repos/{owner}/{repo}/statuses/{sha}', { owner: OWNER, repo: 'widgets', sha: HEAD, state: 'success', context: 'agent-guard/guard-diff', description: 'verdict: allow' });
    fake.resetLog();
    const c = client();
    const r = await gate({}, c);
    expect(r.decision).toBe('approval_required');
    expect(fake.requests.some((q) => /statuses|check-runs|artifacts/.test(q.path))).toBe(false);
    await publishStatus(c, T, HEAD, statusFor(r));
    expect(fake.repo(REPO).statuses.filter((x) => x.data.context === GATE_CONTEXT).map((x) => x.data.state)).toEqual(['success', 'pending']);
  });

  it('76: more than one page of reviews (130): the change request on page 2 is seen -> approval required', async () => {
    const reviews: GitHubReview[] = [rev(alice)];
    for (let i = 0; i < 128; i++) reviews.push(rev(i % 2 ? dave : reviewApp, 'COMMENTED'));
    reviews.push(rev(alice, 'CHANGES_REQUESTED'));
    openPull({ reviews });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.facts.reviews).toHaveLength(130);
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews' })).toBe(2);
  });

  it('76: a review list that cannot be read to the end is a deny, never "no reviews"', async () => {
    const reviews = Array.from({ length: 150 }, () => rev(dave, 'COMMENTED'));
    openPull({ reviews });
    fake.failNext({ method: 'GET', pathPattern: /\/reviews$/, status: 503, count: 10 });
    await expect(gate()).rejects.toThrow(GitHubApiError);
  });

  it('2.3: a policy that names reviewers counts only them', async () => {
    openPull({ reviews: [rev(alice), rev(bob)], policy: policy('high: { count: 1, reviewers: { users: [carol] } }') });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['alice:not_in_reviewers', 'bob:not_in_reviewers']);
  });

  it('2.3: a change request from someone who cannot approve (read permission) does not block', async () => {
    openPull({ reviews: [rev(alice), rev(dave, 'CHANGES_REQUESTED')] });
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(codes(r)).toEqual(['dave:permission_insufficient']);
  });
});

// ---------------------------------------------------------------------------------------------------
describe('code owners from the base commit (contents API, ref = base SHA)', () => {
  const files = [diffEntry(REPO, { filename: 'src/app.ts', ref: HEAD }), diffEntry(REPO, { filename: 'infra/prod/main.tf', ref: HEAD })];

  it('an approval from a non-owner does not satisfy codeowners: true; an owner approval does', async () => {
    openPull({ files, reviews: [rev(alice)], policy: policy('high: { count: 1, codeowners: true }'), codeowners: '* @bob\n/infra/ @carol\n' });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.requirements.find((q) => q.name === 'codeowners')?.status).toBe('failed');
    fake.pull(REPO, N).reviews.push(rev(bob), rev(carol));
    const r2 = await gate();
    expect(r2.decision).toBe('approved');
    expect(r2.evaluation.codeowners.map((p) => [p.path, p.satisfiedBy])).toEqual([
      ['src/app.ts', ['bob']],
      ['infra/prod/main.tf', ['carol']],
    ]);
  });

  it('a team owner counts when the token can read its membership; CODEOWNERS in the head is never read', async () => {
    fake.addTeam('acme', 'security', [alice]);
    openPull({ reviews: [rev(alice)], policy: policy('high: { count: 1, codeowners: true }'), codeowners: '* @acme/security\n' });
    fake.setFile(REPO, HEAD, '.github/CODEOWNERS', '* @dave\n');
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(r.facts.teamMembers).toEqual({ 'acme/security': ['alice'] });
    expect(fake.requests.filter((q) => q.path.includes('/contents/')).map((q) => q.query.ref)).toEqual([BASE, BASE]);
  });

  it('no CODEOWNERS at the base commit: the code-owner requirement fails (all three locations tried)', async () => {
    openPull({ reviews: [rev(alice)], policy: policy('high: { count: 1, codeowners: true }') });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/contents/{path}' })).toBe(4);
  });

  it('a CODEOWNERS file with problems is a deny (our reading could differ from GitHub\'s)', async () => {
    openPull({ reviews: [rev(alice)], policy: policy('high: { count: 1, codeowners: true }'), codeowners: '!src/ @alice\n' });
    expect((await gate()).decision).toBe('deny');
  });
});

// ---------------------------------------------------------------------------------------------------
describe('completeness: the API caps are a deny', () => {
  it('more than 250 commits (the gate reads at most 250, as GitHub lists for a pull request) -> deny, without reading past the first page', async () => {
    const commits = Array.from({ length: 259 }, (_, i) => agentCommit(fakeSha(`c${i}`)));
    commits.push(agentCommit(HEAD));
    openPull({ commits, reviews: [rev(alice)] });
    const r = await gate();
    expect(r.decision).toBe('deny');
    expect(r.evaluation.blocking.map((b) => b.reason)).toContain('the list of commits is incomplete');
    expect(r.tierSource.notes.join(' ')).toMatch(/has 260 commits; the gate reads at most 250/);
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/compare/{basehead}' })).toBe(1);
  });

  it('the comparison disagrees with the pull request about the commits: the pull request\'s commits are read (250 cap) and still checked', async () => {
    // The fake answers a comparison from the pull request's commits up to the head: commits listed after
    // the head put the pull request's count (261) out of step with the comparison (101).
    const commits = Array.from({ length: 100 }, (_, i) => agentCommit(fakeSha(`d${i}`)));
    commits.push(agentCommit(HEAD));
    for (let i = 0; i < 160; i++) commits.push(agentCommit(fakeSha(`after${i}`)));
    openPull({ commits, reviews: [rev(alice)] });
    const r = await gate();
    expect(r.decision).toBe('deny');
    expect(r.tierSource.notes.join(' ')).toMatch(/lists 101 commits, the pull request reports 261: commits read from the pull request/);
    expect(r.facts.commits).toHaveLength(250);
    expect(r.evaluation.blocking.map((b) => b.reason)).toContain('the list of commits is incomplete');
  });

  it('commits and files come from ONE comparison pinned to the base and head SHAs read first', async () => {
    openPull({ reviews: [rev(alice)] });
    const r = await gate();
    expect(r.decision).toBe('approved');
    const compare = fake.requests.filter((q) => q.operation === 'GET /repos/{owner}/{repo}/compare/{basehead}');
    expect(compare.map((q) => q.path)).toEqual([`/repos/acme/widgets/compare/${BASE}...${HEAD}`]);
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits' })).toBe(0);
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files' })).toBe(0);
  });

  it('more than 3,000 files (the files endpoint stops at 3,000) -> deny', async () => {
    const files = Array.from({ length: 3001 }, (_, i) => diffEntry(REPO, { filename: `src/f${i}.ts`, ref: HEAD }));
    openPull({ files, reviews: [rev(alice)] });
    const r = await gate();
    expect(r.decision).toBe('deny');
    expect(r.evaluation.blocking.map((b) => b.reason)).toContain('the list of changed files is incomplete');
    expect(r.tierSource.notes.join(' ')).toMatch(/listed 3000 of 3001/);
  });

  it('a commit list whose last commit is not the head read first (the branch moved; the comparison disagrees, so the pull request\'s list is read) -> deny', async () => {
    openPull({ reviews: [rev(alice)], commits: [agentCommit(HEAD), agentCommit(fakeSha('newer'))] });
    const r = await gate();
    expect(r.decision).toBe('deny');
    expect(r.problems.join(' ')).toMatch(/branch moved/);
  });

  it('the files API cannot show kinds: every file is high tier, and the result says so', async () => {
    openPull({ files: [diffEntry(REPO, { filename: 'docs/readme.md', ref: HEAD })] });
    const r = await gate();
    expect(r.tierSource.mode).toBe('files_api');
    expect(r.evaluation.tier).toBe('high');
    expect(r.change.files[0]).toMatchObject({ kind: 'unknown', tier: 'high' });
    expect(r.change.files[0]!.reasons.map((r) => r.message).join(' ')).toMatch(/file kind unknown/);
  });

  it('a contents answer cut off after its 200 (Octokit hands over "" for such a body) is read once more; cut twice, it is an API error, never a missing file', async () => {
    openPull({ reviews: [rev(alice)] });
    fake.truncateNext({ pathPattern: /\/contents\// });
    const once = await gate();
    expect(once.decision).toBe('approved');
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/contents/{path}' })).toBe(2);
    fake.truncateNext({ pathPattern: /\/contents\//, count: 2 });
    await expect(gate()).rejects.toThrow("GET /repos/{owner}/{repo}/contents/{path} failed (HTTP 200): GET /repos/{owner}/{repo}/contents/{path}: the 200 answer's body is not valid JSON (0 characters), twice");
  });

  it('a large JSON answer (7 MB CODEOWNERS, 9 MB of base64) is data, not text: Octokit\'s BigInt-aware parser overflows on Node 20, plain JSON.parse does not', async () => {
    const big = `* @alice\n${'#'.repeat(7 * 1024 * 1024)}\n`;
    openPull({ reviews: [rev(alice)], codeowners: big, policy: policy('high: { count: 1, codeowners: true }') });
    const r = await gate();
    expect(r.decision).toBe('deny');
    expect(r.evaluation.blocking.map((b) => b.reason).join(' ')).toContain(`.github/CODEOWNERS is ${Buffer.byteLength(big)} bytes; the limit is ${3 * 1024 * 1024 - 1}`);
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/contents/{path}' })).toBe(2); // the policy and CODEOWNERS, each once
  });

  it('a permission answer cut off after its 200 is read again, and an API error (a deny) the second time, never "none": a change request must not stop blocking', async () => {
    openPull({ reviews: [rev(alice), rev(bob, 'CHANGES_REQUESTED')] });
    fake.truncateNext({ pathPattern: /\/collaborators\/bob\/permission$/, count: 2 });
    await expect(gate()).rejects.toThrow(/collaborators\/\{username\}\/permission failed \(HTTP 200\).*not valid JSON/);
    // Without a client that re-reads, such an answer has no permission in it: an error, not "none".
    const bare = { request: async () => ({ status: 200, headers: {}, data: '' }), hook: { wrap: () => undefined } };
    await expect(lookupPermission(bare, T, 'bob')).rejects.toThrow(/the permission of bob could not be read/);
    // Answered in full, bob's change request blocks.
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.blocking.map((b) => b.reason).join(' ')).toMatch(/bob/);
  });

  it('an invalid policy at the base commit is a configuration error (never the baseline)', async () => {
    openPull({ policy: 'version: 1\napprovals:\n  high: { count: 0 }\n' });
    await expect(gate()).rejects.toThrow(/approvals.high.count must be at least 1/);
  });

  it('no policy at the base commit: the built-in baseline applies and the result says so', async () => {
    openPull({ policy: null, reviews: [rev(alice)] });
    fake.setFile(REPO, BASE, 'README.md', 'x');
    fake.setFile(REPO, HEAD, POLICY_PATH, policy('high: { count: 5 }')); // the head's copy is never read
    const r = await gate();
    expect(r.policySource.baseline).toBe(true);
    expect(r.policySource.source).toMatch(/built-in baseline/);
    expect(r.decision).toBe('approved');
  });
});

// ---------------------------------------------------------------------------------------------------
describe('the pull request from the event payload (the action): no request for it, and completeness without its counts', () => {
  const review = () => fake.eventPull(REPO, N, 'pull_request_review'); // no commit or file counts
  const full = () => fake.eventPull(REPO, N, 'pull_request');

  it('a pull_request payload: the pull request is not read; the comparison agrees with its counts', async () => {
    openPull({ reviews: [rev(alice)] });
    const r = await gate({ pullFromEvent: full() });
    expect(r.decision).toBe('approved');
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}' })).toBe(0);
    expect(r.tierSource.notes[0]).toBe(`the pull request as the event gives it (head ${HEAD.slice(0, 12)}, base ${BASE.slice(0, 12)})`);
  });

  it('a pull_request_review payload (no counts): the comparison\'s total_commits and its short file list suffice', async () => {
    openPull({ reviews: [rev(alice)] });
    const r = await gate({ pullFromEvent: review() });
    expect(r.decision).toBe('approved');
    expect(fake.requests.map((q) => q.operation).filter((o) => o?.startsWith('GET /repos/{owner}/{repo}/pulls'))).toEqual(['GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews']);
    expect(r.tierSource.notes[0]).toMatch(/no commit or file counts: completeness from the comparison and GitHub's list caps/);
  });

  it('no counts and exactly 300 files in the comparison (its cap): the files endpoint is read, complete below 3,000', async () => {
    const files = Array.from({ length: 450 }, (_, i) => diffEntry(REPO, { filename: `src/f${i}.ts`, ref: HEAD }));
    openPull({ files, reviews: [rev(alice)] });
    const r = await gate({ pullFromEvent: review() });
    expect(r.decision).toBe('approved');
    expect(r.facts.listsComplete.files).toBe(true);
    expect(r.change.files).toHaveLength(450);
    expect(r.tierSource.notes.join(' ')).toMatch(/lists 300 files \(at most 300\), the pull request reports an unknown number: files read from the pull request/);
  });

  it('no counts and 3,000 files listed (the files endpoint\'s cap): incomplete -> deny', async () => {
    const files = Array.from({ length: 3000 }, (_, i) => diffEntry(REPO, { filename: `src/f${i}.ts`, ref: HEAD }));
    openPull({ files, reviews: [rev(alice)] });
    const r = await gate({ pullFromEvent: review() });
    expect(r.decision).toBe('deny');
    expect(r.evaluation.blocking.map((b) => b.reason)).toContain('the list of changed files is incomplete');
    expect(r.tierSource.notes.join(' ')).toMatch(/listed 3000 of an unknown number of changed files/);
  });

  it('no counts and more than 250 commits: deny from the comparison\'s total_commits', async () => {
    const commits = Array.from({ length: 259 }, (_, i) => agentCommit(fakeSha(`c${i}`)));
    commits.push(agentCommit(HEAD));
    openPull({ commits, reviews: [rev(alice)] });
    const r = await gate({ pullFromEvent: review() });
    expect(r.decision).toBe('deny');
    expect(r.evaluation.blocking.map((b) => b.reason)).toContain('the list of commits is incomplete');
  });

  it('the payload\'s counts disagree with the comparison: the pull request\'s lists are read and checked, as with a read pull request', async () => {
    openPull({ reviews: [rev(alice)] });
    const stale = { ...full(), commits: 7 };
    const r = await gate({ pullFromEvent: stale });
    expect(r.decision).toBe('deny');
    expect(r.tierSource.notes.join(' ')).toMatch(/lists 1 commits, the pull request reports 7: commits read from the pull request/);
    expect(r.evaluation.blocking.map((b) => b.reason)).toContain('the list of commits is incomplete');
  });

  it('the SHAs judged are the payload\'s: an approval of a head the payload does not name does not count', async () => {
    // A late event from before the push of HEAD: its payload names OLD; alice approved HEAD.
    const pull = openPull({ commits: [agentCommit(OLD), agentCommit(HEAD)], reviews: [rev(alice)] });
    // The comparison base...OLD is pinned to OLD and lists OLD's files, as GitHub's does.
    pull.filesAt = { [OLD]: [diffEntry(REPO, { filename: 'src/app.ts', ref: OLD })] };
    const older = { ...review(), head: { ...(review().head as object), sha: OLD } };
    const r = await gate({ pullFromEvent: older });
    expect(r.evaluation.headSha).toBe(OLD);
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['alice:stale_commit']);
  });

  it('a payload for another pull request, or without SHAs, is an error (a deny to the action), never a silent read', async () => {
    openPull({ reviews: [rev(alice)] });
    await expect(gate({ pullFromEvent: { ...full(), number: N + 1 } })).rejects.toThrow(`the event's pull request is not #${N}`);
    await expect(gate({ pullFromEvent: { ...full(), head: { ref: 'agent/fix' } } })).rejects.toThrow(`the event's pull request #${N} has no valid head SHA`);
    await expect(gate({ pullFromEvent: null })).rejects.toThrow(`the event's pull request is not #${N}`);
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}' })).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------
describe('retries and the request budget', () => {
  it('a 5xx is retried by the client and every attempt is counted', async () => {
    openPull({ reviews: [rev(alice)] });
    fake.failNext({ method: 'GET', pathPattern: /\/reviews$/, status: 502 });
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(fake.requests.filter((q) => q.injected === 'failure')).toHaveLength(1);
    expect(r.counter.total).toBe(fake.countRequests());
  });

  it('a secondary rate limit (403 + retry-after) is waited out and retried', async () => {
    openPull({ reviews: [rev(alice)] });
    fake.rateLimitNext({ kind: 'secondary', retryAfterSeconds: 1, pathPattern: /\/compare\// });
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(fake.requests.filter((q) => q.injected === 'rate-limit')).toHaveLength(1);
    expect(r.counter.total).toBe(fake.countRequests());
  });

  it('budget: 100 reviews and 100 commits, high tier with code owners, decided and published in at most 9 requests', async () => {
    const reviews: GitHubReview[] = [];
    for (let i = 0; i < 97; i++) reviews.push(rev([reviewApp, bob, dave, alice][i % 4]!, 'COMMENTED'));
    reviews.push(rev(bob, 'APPROVED', OLD), rev(copilot, 'APPROVED'), rev(alice));
    const commits = Array.from({ length: 99 }, (_, i) => agentCommit(fakeSha(`c${i}`)));
    commits.push(agentCommit(HEAD));
    openPull({ reviews, commits, policy: policy('high: { count: 1, codeowners: true }'), codeowners: '* @alice\n' });
    expect(reviews).toHaveLength(100);
    const c = client();
    const r = await gate({}, c);
    await publishStatus(c, T, HEAD, statusFor(r));
    expect(r.decision).toBe('approved');
    const sent = fake.countRequests();
    expect(sent).toBeLessThanOrEqual(9);
    // pull, reviews, comparison (commits and files), policy, CODEOWNERS, alice's permission, the issue
    // events (was the base branch changed after the approval?), the workflow_dispatch runs on the merge
    // base (who started the task), status
    expect(sent).toBe(9);
    expect(r.counter.total).toBe(sent);
    expect(gateJson(r).api_requests).toEqual({ total: 9, by_phase: { collect: 5, permissions: 1, events: 1, initiators: 1, publish: 1 } });
  });
});

// ---------------------------------------------------------------------------------------------------
describe('publishing: commit status and review routing', () => {
  it(`publishes ${GATE_CONTEXT}: pending while approval is required, success when approved, failure on deny`, async () => {
    openPull();
    const c = client();
    const pending = await gate({}, c);
    await publishStatus(c, T, HEAD, statusFor(pending));
    fake.pull(REPO, N).reviews.push(rev(alice));
    const ok = await gate({}, c);
    await publishStatus(c, T, HEAD, statusFor(ok));
    const denied = { ...ok, decision: 'deny' as const, problems: ['the list of commits is incomplete'] };
    await publishStatus(c, T, HEAD, statusFor(denied));
    const s = fake.repo(REPO).statuses.map((x) => ({ state: x.data.state, context: x.data.context, description: x.data.description }));
    expect(s.map((x) => x.state)).toEqual(['pending', 'success', 'failure']);
    expect(new Set(s.map((x) => x.context))).toEqual(new Set([GATE_CONTEXT]));
    expect(s[0]!.description).toMatch(/0 of 1 approvals/);
    expect(s[1]!.description).toMatch(/approved .* by alice/);
    expect(s.every((x) => (x.description ?? '').length <= 140)).toBe(true);
  });

  it('requests reviews only from people who could count, once (idempotent)', async () => {
    openPull({ policy: policy('high: { count: 1, reviewers: { users: [alice, dave, coding-agent, ian, bob] } }'), manifest: MANIFEST });
    const c = client();
    const opts = { manifestPath: '.github/agent-tasks/current.yml' };
    const r = await gate(opts, c);
    const routing = await requestReviews(c, T, r);
    expect(routing.outcome).toBe('requested');
    expect(routing.users).toEqual(['alice', 'bob']);
    expect(routing.excluded.map((e) => e.login).sort()).toEqual(['coding-agent', 'dave', 'ian']);
    expect(fake.pull(REPO, N).data.requested_reviewers.map((u) => u.login)).toEqual(['alice', 'bob']);
    // A second run finds them requested and does nothing.
    const again = await requestReviews(c, T, await gate(opts, c));
    expect(again.outcome).toBe('already_requested');
    expect(fake.countRequests({ operation: 'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers' })).toBe(1);
  });

  it('routes to the CODEOWNERS owners of the high-risk paths when the policy names nobody', async () => {
    openPull({ policy: policy('high: { count: 1, codeowners: true }'), codeowners: '* @carol @dave\n' });
    const c = client();
    const routing = await requestReviews(c, T, await gate({}, c));
    expect(routing).toMatchObject({ outcome: 'requested', users: ['carol'] });
    expect(routing.excluded).toEqual([expect.objectContaining({ login: 'dave' })]);
  });

  it('does not request anything when approved, or when nobody could count', async () => {
    openPull({ reviews: [rev(alice)] });
    const c = client();
    expect((await requestReviews(c, T, await gate({}, c))).outcome).toBe('not_needed');
    fake.pull(REPO, N).reviews.length = 0;
    expect((await requestReviews(c, T, await gate({}, c))).outcome).toBe('no_candidates');
    expect(fake.countRequests({ method: 'POST' })).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------
describe('with a git checkout: exact tier and identical-rebase proofs (real git)', () => {
  let repo: TestRepo;
  let base1: string;
  let approved: string; // the commit the reviewer approved
  let base2: string; // the base branch after it moved
  let rebased: string; // the same change on the new base
  let altered: string; // a rebase that changed the patch

  const KEEP = policy('high: { count: 1, keep_on_identical_rebase: true }');

  beforeAll(async () => {
    repo = await TestRepo.init();
    // With a checkout holding the base commit, the gate reads the policy with git (no request).
    await repo.write(POLICY_PATH, KEEP);
    await repo.write('src/app.ts', 'export const x = 1;\n');
    await repo.write('docs/guide.md', 'guide\n');
    base1 = await repo.commit('base');
    await repo.checkout('agent/fix', { create: true });
    await repo.write('src/app.ts', 'export const x = 2;\n');
    approved = await repo.commit('agent change', { author: { name: 'coding-agent[bot]', email: 'agent@example.com' } });
    await repo.checkout('main');
    await repo.write('docs/other.md', 'moves on\n');
    base2 = await repo.commit('main moves on');
    await repo.checkout('agent/fix');
    rebased = await repo.rebase('main');
    await repo.write('src/app.ts', 'export const x  = 2;\n'); // whitespace only: patch-id --verbatim sees it
    await repo.git('commit', '-q', '--amend', '--no-edit', '-a');
    altered = await repo.rev('HEAD');
    await repo.checkout('main');
  });
  afterAll(async () => repo.cleanup());

  it('70: identical rebase with keep_on_identical_rebase -> the approval is kept, with the proof in the result', async () => {
    openPull({ head: rebased, base: base2, commits: [agentCommit(rebased)], reviews: [rev(alice, 'APPROVED', approved)], policy: KEEP });
    const r = await gate({ checkout: repo.dir });
    expect(r.tierSource.mode).toBe('git');
    expect(r.decision).toBe('approved');
    expect(r.evaluation.counted).toEqual([expect.objectContaining({ login: 'alice', commitId: approved, countedVia: 'identical_rebase' })]);
    expect(gateJson(r).identical_rebase.proofs).toEqual([expect.objectContaining({ approvedSha: approved, headSha: rebased, patchIdsEqual: true })]);
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files' })).toBe(0);
    // The policy came from git at the base commit: no contents request.
    expect(r.baseFilesVia).toBe('git');
    expect(r.policySource.source).toBe(`${base2.slice(0, 12)}:${POLICY_PATH}`);
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/contents/{path}' })).toBe(0);
  });

  it('70: a rebase that changed the patch (even whitespace) -> approval required, patch-ids differ', async () => {
    openPull({ head: altered, base: base2, commits: [agentCommit(altered)], reviews: [rev(alice, 'APPROVED', approved)], policy: KEEP });
    const r = await gate({ checkout: repo.dir });
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.rejected[0]!.reason).toMatch(/patch-ids differ/);
  });

  it('an exact low tier from git needs no approval (success), where the files API would say high', async () => {
    await repo.checkout('docs-only', { create: true, from: base1 });
    await repo.write('docs/guide.md', 'better guide\n');
    const docs = await repo.commit('docs');
    await repo.checkout('main');
    openPull({ head: docs, base: base1, commits: [agentCommit(docs)], policy: policy('high: { count: 1 }') });
    const viaGit = await gate({ checkout: repo.dir });
    expect(viaGit.evaluation.tier).toBe('low');
    expect(viaGit.decision).toBe('not_required');
    expect(statusFor(viaGit).state).toBe('success');
    const viaApi = await gate();
    expect(viaApi.decision).toBe('approval_required');
  });

  it('a checkout without the head commit falls back to the files API and says why', async () => {
    openPull({ reviews: [rev(alice)] });
    const r = await gate({ checkout: repo.dir });
    expect(r.tierSource.mode).toBe('files_api');
    expect(r.tierSource.notes[0]).toMatch(/cannot be used/);
  });
});

// Latency inputs come from the timeline (covered end to end in test/e2e/approval-gate.test.ts).
describe('the timeline for approval latency', () => {
  it('review requests and ready-for-review are read from it; reviews and commits there are not latency events', async () => {
    const pull = openPull({ reviews: [rev(alice)] });
    pull.timeline.push(readyForReviewEvent(REPO, { actor: agent, created_at: '2025-01-02T09:30:00Z' }), reviewRequestedEvent(REPO, { actor: agent, requested_reviewer: alice, created_at: '2025-01-02T09:40:00Z' }));
    const { readTimeline } = await import('../../../src/adapters/github-pulls.js');
    const waits = await readTimeline(client(), T);
    expect(waits).toEqual({
      complete: true,
      baseChanges: [],
      dismissals: [],
      forcePushes: [],
      events: [
        { kind: 'ready_for_review', at: '2025-01-02T09:30:00Z' },
        { kind: 'review_requested', at: '2025-01-02T09:40:00Z', reviewer: 'alice' },
      ],
    });
  });
});
