// The approval-gate action (src/actions/run-approval-gate.ts) in-process, with a recording
// @actions/core, against the loopback GitHub server over real HTTP:
//
// 1. "A commit status belongs to the commit, not the pull request": an agent opens a second pull
//    request with the same head SHA into a branch it controls, whose base-commit policy is loose. That
//    pull request's gate evaluates and reports, but publishes NO status (not success, and not pending
//    or failure either, which would clobber a legitimate result on the shared commit). A pull request
//    into the default branch (or a branch named in `protected-branches`) still publishes.
// 2. The API budget per configuration (git checkout or not, code owners or not, approved or not) for a
//    pull request with 100 reviews and 100 commits, counted at the server and in the evidence.

import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runApprovalGate } from '../../src/actions/run-approval-gate.js';
import type { ActionsCore } from '../../src/actions/toolkit.js';
import { GATE_CONTEXT, parseProtectedBranches, protectedTarget, statusFor } from '../../src/core/approval-report.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import {
  bot,
  commit,
  diffEntry,
  fakeSha,
  review,
  reviewRequestedEvent,
  startGitHubServer,
  user,
  type FakeGitHub,
  type GitHubCommit,
  type GitHubReview,
  type GitHubUser,
  type ReviewState,
} from '../support/github-server.js';
import { pullRequestEvent, webhookExample } from '../support/webhooks.js';

const REPO = 'acme/widgets';
const HEAD = fakeSha('shared-head');
const OLD = fakeSha('older-head');
const BASE = fakeSha('main-tip');
const LOOSE = fakeSha('agent-loose-tip');
const RELEASE = fakeSha('release-tip');
const POLICY_PATH = '.github/agent-policy.yml';

const agent = bot('coding-agent');
const alice = user('alice'); // write
const bob = user('bob'); // maintain
const carol = user('carol'); // admin
const dave = user('dave'); // read
const copilot = user('Copilot', { type: 'Bot' });
const reviewApp = bot('review-helper');

const policy = (approvals: string) => `version: 1
agents: ["*[bot]", "Copilot", "coding-agent"]
default_tier: high
tiers:
  low: ["docs/**"]
approvals:
  ${approvals}
`;
/** The default branch's policy: two independent approvals. */
const STRICT = policy('high: { count: 2 }');
/** The policy the agent wrote into its own branch: one approval is enough. */
const LOOSE_POLICY = policy('high: { count: 1 }');

let fake: FakeGitHub;
let restoreGit: () => void;
let clock = 0;

beforeAll(() => {
  restoreGit = isolateProcessGitConfig();
});
afterAll(() => restoreGit());

beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: BASE, 'agent/loose': LOOSE, 'release/1.x': RELEASE } });
  fake.addCollaborator(REPO, alice, 'write');
  fake.addCollaborator(REPO, bob, 'maintain');
  fake.addCollaborator(REPO, carol, 'admin');
  fake.addCollaborator(REPO, dave, 'read');
  for (const u of [agent, copilot, reviewApp]) fake.addUser(u);
  clock = 0;
});

afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

const at = () => new Date(Date.UTC(2025, 0, 2, 10, 0, clock++)).toISOString().replace(/\.\d{3}Z$/, 'Z');

interface Recorded {
  core: ActionsCore;
  outputs: Record<string, string>;
  log: string[];
  summary: string[];
  failed: string[];
}

function recordingCore(inputs: Record<string, string>): Recorded {
  const r: Recorded = { core: undefined as unknown as ActionsCore, outputs: {}, log: [], summary: [], failed: [] };
  const summary = {
    addRaw(text: string) {
      r.summary.push(text);
      return summary;
    },
    async write() {
      return summary;
    },
  };
  r.core = {
    getInput: (name: string) => inputs[name] ?? '',
    setOutput: (name: string, value: unknown) => void (r.outputs[name] = String(value)),
    saveState: () => undefined,
    getState: () => '',
    setSecret: () => undefined,
    setFailed: (m: string | Error) => void r.failed.push(String(m)),
    info: (m: string) => void r.log.push(`info ${m}`),
    debug: () => undefined,
    warning: (m: string | Error) => void r.log.push(`warning ${String(m)}`),
    error: (m: string | Error) => void r.log.push(`error ${String(m)}`),
    notice: (m: string | Error) => void r.log.push(`notice ${String(m)}`),
    summary,
  } as unknown as ActionsCore;
  return r;
}

function agentCommit(sha: string): GitHubCommit {
  return commit(REPO, { sha, message: 'agent change', author: { name: 'coding-agent[bot]', email: '1+coding-agent[bot]@users.noreply.github.com', user: agent } });
}

function rev(n: number, u: GitHubUser, state: ReviewState = 'APPROVED', sha: string = HEAD): GitHubReview {
  return review(REPO, n, { user: u, state, commit_id: sha, submitted_at: at() });
}

function openPull(n: number, opts: { base: string; baseRef: string; headRef?: string; head?: string; reviews?: GitHubReview[]; commits?: GitHubCommit[] }) {
  const head = opts.head ?? HEAD;
  return fake.addPull(REPO, n, {
    user: agent,
    head: { sha: head, ref: opts.headRef ?? `agent/fix-${n}` },
    base: { sha: opts.base, ref: opts.baseRef },
    created_at: '2025-01-02T09:00:00Z',
    reviews: opts.reviews ?? [],
    commits: opts.commits ?? [agentCommit(head)],
    files: [diffEntry(REPO, { filename: 'src/app.ts', ref: head })],
  });
}

interface GateRun extends Recorded {
  evidence: any;
  requests: number;
}

type GateEvent = 'pull_request' | 'pull_request_review';

async function runGate(n: number, opts: { baseRef: string; base: string; head?: string; inputs?: Record<string, string>; workspace?: string; action?: string; event?: GateEvent } = { baseRef: 'main', base: BASE }): Promise<GateRun> {
  const dir = mkdtempSync(join(tmpdir(), 'agent-guard-gate-'));
  const eventName = opts.event ?? 'pull_request';
  const payload = pullRequestEvent({ action: opts.action ?? 'opened', owner: 'acme', repo: 'widgets', number: n, baseSha: opts.base, headSha: opts.head ?? HEAD, headRef: `agent/fix-${n}`, baseRef: opts.baseRef, author: agent.login });
  // The repository's default branch is main whatever the pull request targets.
  for (const r of [payload.repository, payload.pull_request.base.repo, payload.pull_request.head.repo]) if (r) r.default_branch = 'main';
  if (eventName === 'pull_request_review') {
    // A real review payload: its pull request has no commit or file counts.
    const review = webhookExample('pull_request_review', 'submitted');
    review.repository = payload.repository;
    payload.action = 'submitted';
    payload.review = review.review;
    delete payload.number;
  }
  // GitHub's snapshot of the pull request at event time, when the fake holds it.
  if (fake.repo(REPO).pulls.has(n)) payload.pull_request = fake.eventPull(REPO, n, eventName);
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  const rec = recordingCore({ 'github-token': 'ghs_gate_action_token', 'publish-status': 'true', 'request-reviews': 'true', ...opts.inputs });
  const before = fake.requests.length;
  const env: Record<string, string> = {
    GITHUB_API_URL: fake.url,
    GITHUB_REPOSITORY: REPO,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_RUN_ID: '321',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: dir,
    ...(opts.workspace ? { GITHUB_WORKSPACE: opts.workspace } : {}),
  };
  await runApprovalGate(rec.core, env, { clientOptions: { timeUnitMs: 1 } });
  const evidencePath = rec.outputs['evidence-path'];
  const evidence = evidencePath ? JSON.parse(readFileSync(evidencePath, 'utf8')) : null;
  return { ...rec, evidence, requests: fake.requests.length - before };
}

const statuses = () => fake.repo(REPO).statuses.map((s) => [s.sha, s.data.state, s.data.description]);

// ---------------------------------------------------------------------------------------------------
describe('a commit status belongs to the commit, not the pull request', () => {
  beforeEach(() => {
    fake.setFile(REPO, BASE, POLICY_PATH, STRICT);
    fake.setFile(REPO, LOOSE, POLICY_PATH, LOOSE_POLICY);
    fake.setFile(REPO, RELEASE, POLICY_PATH, STRICT);
  });

  it('two-PR attack: a second pull request with the same head SHA into agent/loose (permissive base policy) cannot produce a success status', async () => {
    // The real pull request into main, and the agent's second one, same head, into a branch it controls.
    openPull(7, { base: BASE, baseRef: 'main' });
    openPull(8, { base: LOOSE, baseRef: 'agent/loose', reviews: [rev(8, alice)] });

    const loose = await runGate(8, { base: LOOSE, baseRef: 'agent/loose' });
    // Judged against the default branch's policy (two approvals), not the loose base's: the step fails ...
    expect(loose.outputs).toMatchObject({ approved: 'false', decision: 'approval_required' });
    expect(loose.failed).not.toEqual([]);
    // ... and nothing is published on the shared head commit.
    expect(statuses()).toEqual([]);
    expect(fake.countRequests({ method: 'POST', operation: 'POST /repos/{owner}/{repo}/statuses/{sha}' })).toBe(0);
    expect(loose.evidence.status).toMatchObject({ context: GATE_CONTEXT, state: 'pending', published: false, protected_target: { protected: false, base: 'agent/loose', targets: ['main'], source: 'default_branch' } });
    expect(loose.evidence.status.note).toMatch(/base branch agent\/loose is not a protected target \(main/);
    expect(loose.evidence.base_branch).toBe('agent/loose');
    expect(fake.requests.filter((q) => q.path.endsWith('agent-policy.yml')).map((q) => q.query.ref)).not.toContain(LOOSE);

    // The pull request into main is judged by main's policy: one approval of two is pending.
    const main = await runGate(7, { base: BASE, baseRef: 'main' });
    expect(main.outputs.decision).toBe('approval_required');
    expect(statuses()).toEqual([[HEAD, 'pending', expect.stringMatching(new RegExp(`^${HEAD.slice(0, 12)} into main: high tier, 0 of 2 approvals`))]]);
    expect(fake.repo(REPO).statuses.some((s) => s.data.state === 'success')).toBe(false);
  });

  it('a pull request into a non-protected branch never publishes pending or failure over a legitimate success on the shared head', async () => {
    openPull(7, { base: BASE, baseRef: 'main', reviews: [rev(7, alice), rev(7, bob)] });
    openPull(8, { base: LOOSE, baseRef: 'agent/loose' });
    const main = await runGate(7, { base: BASE, baseRef: 'main' });
    expect(main.outputs.decision).toBe('approved');
    // Approval required under the loose policy: still nothing published.
    const pending = await runGate(8, { base: LOOSE, baseRef: 'agent/loose' });
    expect(pending.outputs.decision).toBe('approval_required');
    // A broken policy at the loose base (the agent controls it) is not read: judged by main's, still nothing published.
    fake.setFile(REPO, LOOSE, POLICY_PATH, 'version: 1\napprovals:\n  high: { count: 0 }\n');
    const denied = await runGate(8, { base: LOOSE, baseRef: 'agent/loose' });
    expect(denied.outputs.decision).toBe('approval_required');
    expect(denied.evidence.status).toMatchObject({ published: false, protected_target: { protected: false, base: 'agent/loose' } });
    expect(statuses()).toEqual([[HEAD, 'success', `approved ${HEAD.slice(0, 12)} into main by alice, bob (2 of 2, high tier)`]]);
  });

  it('a pull request into the default branch still publishes success, naming the base branch and the head SHA prefix', async () => {
    openPull(7, { base: BASE, baseRef: 'main', reviews: [rev(7, alice), rev(7, carol)] });
    const r = await runGate(7, { base: BASE, baseRef: 'main' });
    expect(r.outputs).toMatchObject({ approved: 'true', decision: 'approved' });
    expect(statuses()).toEqual([[HEAD, 'success', `approved ${HEAD.slice(0, 12)} into main by alice, carol (2 of 2, high tier)`]]);
    expect(r.evidence.status).toMatchObject({ published: true, protected_target: { protected: true, base: 'main', targets: ['main'] } });
  });

  it('protected-branches names the targets: release/1.x publishes, the default branch then does not, agent/loose never', async () => {
    openPull(9, { base: RELEASE, baseRef: 'release/1.x', reviews: [rev(9, alice), rev(9, bob)] });
    openPull(7, { base: BASE, baseRef: 'main' });
    openPull(8, { base: LOOSE, baseRef: 'agent/loose', reviews: [rev(8, alice)] });
    const inputs = { 'protected-branches': 'release/1.x\nrefs/heads/release/2.x' };
    const release = await runGate(9, { base: RELEASE, baseRef: 'release/1.x', inputs });
    expect(release.evidence.status.protected_target).toMatchObject({ protected: true, source: 'protected-branches', targets: ['release/1.x', 'release/2.x'] });
    await runGate(7, { base: BASE, baseRef: 'main', inputs });
    await runGate(8, { base: LOOSE, baseRef: 'agent/loose', inputs });
    expect(statuses()).toEqual([[HEAD, 'success', expect.stringMatching(/ into release\/1\.x by alice, bob/)]]);
  });

  it('an invalid protected-branches input (a glob) is a deny that publishes nothing', async () => {
    openPull(7, { base: BASE, baseRef: 'main', reviews: [rev(7, alice), rev(7, bob)] });
    const r = await runGate(7, { base: BASE, baseRef: 'main', inputs: { 'protected-branches': 'main, release/*' } });
    expect(r.outputs).toMatchObject({ approved: 'false', decision: 'deny' });
    expect(r.failed.join('\n')).toMatch(/"release\/\*" is not a branch name/);
    expect(r.evidence.status).toMatchObject({ published: false, note: 'the protected targets are unknown' });
    expect(statuses()).toEqual([]);
  });

  it('a run that fails into the default branch still publishes failure on the event head, naming base and head', async () => {
    fake.setFile(REPO, BASE, POLICY_PATH, 'version: 1\napprovals:\n  high: { count: 0 }\n');
    openPull(7, { base: BASE, baseRef: 'main' });
    const r = await runGate(7, { base: BASE, baseRef: 'main' });
    expect(r.outputs.decision).toBe('deny');
    expect(statuses()).toEqual([[HEAD, 'failure', expect.stringMatching(new RegExp(`^deny ${HEAD.slice(0, 12)} into main: invalid configuration`))]]);
  });
});

describe('protected targets and status descriptions (pure)', () => {
  it('parses exact branch names, drops refs/heads/, refuses globs and impossible names', () => {
    expect(parseProtectedBranches('')).toBeNull();
    expect(parseProtectedBranches(' main , release/1.x\nrefs/heads/main\n')).toEqual(['main', 'release/1.x']);
    for (const bad of ['release/*', 'a..b', 'has space', 'x:y', '-x', 'x.lock', 'a//b', '/x', 'x/']) expect(() => parseProtectedBranches(bad)).toThrow(/not a branch name/);
  });

  it('default: the repository default branch; unknown base or default branch: never protected', () => {
    expect(protectedTarget({ baseRef: 'main', defaultBranch: 'main' }, null)).toMatchObject({ protected: true, source: 'default_branch' });
    expect(protectedTarget({ baseRef: 'Main', defaultBranch: 'main' }, null).protected).toBe(false);
    expect(protectedTarget({ baseRef: 'main', defaultBranch: null }, null)).toMatchObject({ protected: false, reason: expect.stringMatching(/default branch is unknown/) });
    expect(protectedTarget({ baseRef: null, defaultBranch: 'main' }, null)).toMatchObject({ protected: false, reason: expect.stringMatching(/base branch is unknown/) });
    expect(protectedTarget({ baseRef: 'main', defaultBranch: 'main' }, ['release'])).toMatchObject({ protected: false, source: 'protected-branches' });
  });

  it('every description names the evaluated head SHA prefix and the base branch, within 140 characters', () => {
    const evaluation = { headSha: HEAD, tier: 'high', required: 1, counted: [], blocking: [{ code: 'approval_count', reason: 'x'.repeat(300) }] };
    const long = `feature/${'b'.repeat(80)}`;
    for (const decision of ['approved', 'not_required', 'approval_required', 'deny'] as const) {
      const s = statusFor({ decision, problems: [], evaluation: evaluation as never, pull: { baseRef: long } });
      expect(s.description).toContain(HEAD.slice(0, 12));
      expect(s.description).toContain(`into ${long.slice(0, 39)}…`);
      expect(s.description.length).toBeLessThanOrEqual(140);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// The API budget: a pull request with 100 reviews and 100 commits. One reviewer (alice) whose
// permission decides; CODEOWNERS at .github/CODEOWNERS. Approved runs measure latency (a review was
// requested from alice before she approved); not-approved runs request a review from alice.

interface BudgetCase {
  checkout: boolean;
  codeowners: boolean;
  approved: boolean;
  manifest?: boolean;
  /** The event that runs the gate (default pull_request; a review payload carries no counts). */
  event?: GateEvent;
  expected: number;
  phases: Record<string, number>;
}

const BUDGET_MANIFEST = `agent_task:
  subject: coding-agent:pull-request
  repository: acme/widgets
  branch_pattern: agent/*
  capabilities: [read_repository, write_branch]
  initiator: ian
`;

async function budgetRun(c: BudgetCase): Promise<GateRun> {
  const pol = c.codeowners ? policy('high: { count: 1, codeowners: true }') : policy('high: { count: 1, reviewers: { users: [alice] } }');
  const withManifest = `${pol}capabilities:\n  write_branch: { paths: ["src/**"] }\nsubjects:\n  "coding-agent:pull-request":\n    capabilities: [read_repository, write_branch]\n    branches: ["agent/*"]\n    repositories: ["acme/widgets"]\n`;
  const policyText = c.manifest ? withManifest : pol;
  let base = BASE;
  let head = HEAD;
  let repo: TestRepo | undefined;
  if (c.checkout) {
    repo = await TestRepo.init();
    await repo.write(POLICY_PATH, policyText);
    if (c.codeowners) await repo.write('.github/CODEOWNERS', '* @alice\n');
    if (c.manifest) await repo.write('.github/agent-tasks/current.yml', BUDGET_MANIFEST);
    await repo.write('src/app.ts', 'export const x = 1;\n');
    base = await repo.commit('base');
    await repo.write('src/app.ts', 'export const x = 2;\n');
    head = await repo.commit('agent change', { author: { name: 'coding-agent[bot]', email: '1+coding-agent[bot]@users.noreply.github.com' } });
  } else {
    fake.setFile(REPO, base, POLICY_PATH, policyText);
    if (c.codeowners) fake.setFile(REPO, base, '.github/CODEOWNERS', '* @alice\n');
    if (c.manifest) fake.setFile(REPO, base, '.github/agent-tasks/current.yml', BUDGET_MANIFEST);
  }
  try {
    const reviews: GitHubReview[] = [];
    for (let i = 0; i < 97; i++) reviews.push(rev(7, [reviewApp, bob, dave, alice][i % 4]!, 'COMMENTED', head));
    reviews.push(rev(7, bob, 'APPROVED', OLD), rev(7, copilot, 'APPROVED', head), c.approved ? rev(7, alice, 'APPROVED', head) : rev(7, dave, 'COMMENTED', head));
    const commits = Array.from({ length: 99 }, (_, i) => agentCommit(fakeSha(`budget${i}`)));
    commits.push(agentCommit(head));
    const pull = openPull(7, { base, baseRef: 'main', head, reviews, commits });
    pull.timeline.push(reviewRequestedEvent(REPO, { actor: agent, requested_reviewer: alice, created_at: '2025-01-02T09:30:00Z' }));
    expect(reviews).toHaveLength(100);
    return await runGate(7, { base, baseRef: 'main', head, event: c.event ?? 'pull_request', ...(repo ? { workspace: repo.dir } : {}), ...(c.manifest ? { inputs: { manifest: '.github/agent-tasks/current.yml' } } : {}) });
  } finally {
    await repo?.cleanup();
  }
}

// The pull request comes from the event payload (GitHub's snapshot), so it costs no request.
const CONFIGS: BudgetCase[] = [
  // approved: reviews, comparison, [policy], [manifest], [CODEOWNERS], alice's permission, timeline,
  // workflow_dispatch runs on the merge base (who started the task), status
  { checkout: true, codeowners: false, approved: true, manifest: false, expected: 6, phases: { collect: 2, permissions: 1, events: 1, initiators: 1, publish: 1 } },
  { checkout: true, codeowners: true, approved: true, manifest: false, expected: 6, phases: { collect: 2, permissions: 1, events: 1, initiators: 1, publish: 1 } },
  { checkout: true, codeowners: true, approved: true, manifest: true, expected: 6, phases: { collect: 2, permissions: 1, events: 1, initiators: 1, publish: 1 } },
  { checkout: false, codeowners: false, approved: true, manifest: false, expected: 7, phases: { collect: 3, permissions: 1, events: 1, initiators: 1, publish: 1 } },
  { checkout: false, codeowners: true, approved: true, manifest: false, expected: 8, phases: { collect: 4, permissions: 1, events: 1, initiators: 1, publish: 1 } },
  { checkout: false, codeowners: true, approved: true, manifest: true, expected: 9, phases: { collect: 5, permissions: 1, events: 1, initiators: 1, publish: 1 } },
  // not approved: reviews, comparison, [policy], [manifest], [CODEOWNERS], alice's permission + review request (route), status
  { checkout: true, codeowners: false, approved: false, manifest: false, expected: 5, phases: { collect: 2, route: 2, publish: 1 } },
  { checkout: true, codeowners: true, approved: false, manifest: false, expected: 5, phases: { collect: 2, route: 2, publish: 1 } },
  { checkout: true, codeowners: true, approved: false, manifest: true, expected: 5, phases: { collect: 2, route: 2, publish: 1 } },
  { checkout: false, codeowners: false, approved: false, manifest: false, expected: 6, phases: { collect: 3, route: 2, publish: 1 } },
  { checkout: false, codeowners: true, approved: false, manifest: false, expected: 7, phases: { collect: 4, route: 2, publish: 1 } },
  { checkout: false, codeowners: true, approved: false, manifest: true, expected: 8, phases: { collect: 5, route: 2, publish: 1 } },
];
// Every configuration from both events: a review payload has no counts, and needs no more requests.
const CASES: BudgetCase[] = CONFIGS.flatMap((c) => [{ ...c, event: 'pull_request' as const }, { ...c, event: 'pull_request_review' as const }]);

describe('API budget: at most 9 requests for a pull request with 100 reviews and 100 commits, in every configuration', () => {
  it.each(CASES)('$event: checkout $checkout, code owners $codeowners, manifest $manifest, approved $approved: $expected requests', async (c) => {
    const r = await budgetRun(c);
    expect(r.outputs.decision).toBe(c.approved ? 'approved' : 'approval_required');
    expect(r.requests).toBe(c.expected);
    expect(r.requests).toBeLessThanOrEqual(9);
    expect(r.evidence.api_requests).toEqual({ total: c.expected, by_phase: c.phases });
    expect(r.evidence.approvals.base_files_via).toBe(c.checkout ? 'git' : 'contents_api');
    expect(r.evidence.approvals.tier_source.mode).toBe(c.checkout ? 'git' : 'files_api');
    expect(statuses()).toEqual([[c.checkout ? expect.any(String) : HEAD, c.approved ? 'success' : 'pending', expect.any(String)]]);
    if (c.approved) {
      // Latency is not lost: measured from the review request to alice's approval.
      expect(r.evidence.latency).toMatchObject({ measured: true, latency: { start: { kind: 'review_requested', reviewer: 'alice' }, satisfiedBy: { login: 'alice' } } });
    } else {
      expect(r.evidence.review_requests).toMatchObject({ outcome: 'requested', users: ['alice'] });
    }
  });

  it('the worst of these (no checkout, a manifest, code owners, approved) reads three files at the base, one contents request each', async () => {
    const r = await budgetRun({ checkout: false, codeowners: true, approved: true, manifest: true, event: 'pull_request_review', expected: 9, phases: {} });
    expect(r.outputs.decision).toBe('approved');
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/contents/{path}' })).toBe(3);
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}' })).toBe(0);
    expect(r.evidence.manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.evidence.approvals.tier_source.notes).toContainEqual(expect.stringMatching(/^the pull request as the event gives it \(head [0-9a-f]{12}, base [0-9a-f]{12}; no commit or file counts: completeness from the comparison and GitHub's list caps\)$/));
  });

  it('an evidence-path the change turned into a symlink (in the workspace) is never written through: deny, the target untouched', async () => {
    fake.setFile(REPO, BASE, POLICY_PATH, policy('high: { count: 1 }'));
    openPull(7, { base: BASE, baseRef: 'main', reviews: [review(REPO, 7, { user: alice, state: 'APPROVED', commit_id: HEAD, submitted_at: '2025-01-02T10:00:00Z' })] });
    const ws = mkdtempSync(join(tmpdir(), 'agent-guard-ws-'));
    const victim = join(ws, 'victim.txt');
    writeFileSync(victim, 'keep me\n');
    symlinkSync(victim, join(ws, 'evidence.json'));
    const r = await runGate(7, { base: BASE, baseRef: 'main', workspace: ws, inputs: { 'evidence-path': 'evidence.json' } });
    expect(r.outputs.decision).toBe('deny');
    expect(r.failed.join(' ')).toMatch(/refusing to write .*evidence\.json.*symbolic link/);
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
  });

  it('latency without a timed approval: the issue events are read once (base-branch changes), not again for latency', async () => {
    fake.setFile(REPO, BASE, POLICY_PATH, policy('high: { count: 1 }'));
    const approval = review(REPO, 7, { user: alice, state: 'APPROVED', commit_id: HEAD });
    delete (approval as { submitted_at?: string }).submitted_at; // GitHub omits it for some reviews
    openPull(7, { base: BASE, baseRef: 'main', reviews: [approval] });
    const r = await runGate(7, { base: BASE, baseRef: 'main' });
    // The base branch never changed: an approval needs no time to count.
    expect(r.outputs.decision).toBe('approved');
    expect(r.evidence.latency).toMatchObject({ measured: false });
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}/timeline' })).toBe(1);
    expect(r.evidence.api_requests.by_phase).toMatchObject({ events: 1 });
    expect(r.evidence.api_requests.by_phase.latency).toBeUndefined();
  });
});
