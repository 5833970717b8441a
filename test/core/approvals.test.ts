import fc from 'fast-check';
import { loginFromNoreplyEmail } from '../../src/core/approval-qualifier.js';
import {
  evaluateApprovals,
  reviewCandidates,
  type ApprovalFacts,
  type CommitFact,
  type ReviewFact,
} from '../../src/core/approvals.js';
import { parseCodeowners } from '../../src/core/codeowners.js';
import type { ApprovalRule, Policy } from '../../src/core/policy.js';
import type { Tier } from '../../src/core/tiers.js';

const HEAD = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const BASE = 'c'.repeat(40);
const AGENT = 'ci-agent';

function rule(over: Partial<ApprovalRule> = {}): ApprovalRule {
  return { count: 0, codeowners: false, reviewers: { users: [], teams: [] }, keepOnIdenticalRebase: false, ...over };
}

function makePolicy(approvals: Partial<Record<Tier, Partial<ApprovalRule>>> = {}): Policy {
  return {
    version: 1,
    origin: 'policy',
    agents: ['*[bot]', 'Copilot', AGENT],
    defaultTier: 'high',
    tiers: { high: [], medium: [], low: [] },
    protected: [],
    manifests: [],
    capabilities: {},
    subjects: {},
    approvals: {
      high: rule({ count: 1, ...approvals.high }),
      medium: rule({ ...approvals.medium }),
      low: rule({ ...approvals.low }),
    },
    network: { allow: [] },
  };
}

const agentCommit = (sha: string, extra: Partial<CommitFact> = {}): CommitFact => ({
  sha,
  author: { login: AGENT, email: 'ci-agent@example.com', name: 'CI Agent' },
  committer: { login: 'web-flow', email: 'noreply@github.com', name: 'GitHub' },
  coAuthors: [],
  ...extra,
});

let nextId = 1;
function review(login: string | null, state = 'APPROVED', commitId: string | null = HEAD, type = 'User'): ReviewFact {
  const id = nextId++;
  return { id, user: login === null ? null : { login, type }, state, commitId, submittedAt: `2026-01-01T00:00:${String(id % 60).padStart(2, '0')}Z` };
}

function makeFacts(over: Partial<ApprovalFacts> = {}): ApprovalFacts {
  return {
    headSha: HEAD,
    baseSha: BASE,
    tier: 'high',
    highRiskPaths: ['.github/workflows/ci.yml'],
    pullRequest: { number: 7, author: { login: AGENT, type: 'User' }, createdAt: '2026-01-01T00:00:00Z' },
    manifest: { initiator: 'ivan', sha256: 'd'.repeat(64) },
    reviews: [],
    commits: [agentCommit(HEAD)],
    lastPusher: AGENT,
    permissions: {
      alice: 'write',
      bob: 'maintain',
      carol: 'admin',
      dave: 'write',
      trudy: 'triage',
      rita: 'read',
      ivan: 'admin',
      cody: 'write',
      pete: 'write',
      'github-actions[bot]': 'write',
      Copilot: 'write',
      'my-app[bot]': 'write',
      [AGENT]: 'write',
    },
    listsComplete: { reviews: true, commits: true, files: true },
    ...over,
  };
}

const policy = makePolicy();
const evaluate = (over: Partial<ApprovalFacts> = {}, p: Policy = policy) => evaluateApprovals(makeFacts(over), p);
const codesOf = (e: ReturnType<typeof evaluate>) => e.rejected.map((r) => r.code);

describe('baseline behaviour', () => {
  test('a qualified writer approving the head SHA satisfies count 1', () => {
    const e = evaluate({ reviews: [review('alice')] });
    expect(e.decision).toBe('approved');
    expect(e.counted).toEqual([expect.objectContaining({ login: 'alice', commitId: HEAD, countedVia: 'head_sha' })]);
    expect(e.requirements.map((r) => [r.name, r.status])).toEqual([
      ['complete_inputs', 'passed'],
      ['approval_count', 'passed'],
      ['no_changes_requested', 'passed'],
      ['codeowners', 'skipped'],
    ]);
    expect(e.blocking).toEqual([]);
    expect(e.required).toBe(1);
    expect(e.headSha).toBe(HEAD);
  });

  test('no reviews: approval required, and the reason says so', () => {
    const e = evaluate();
    expect(e.decision).toBe('approval_required');
    expect(e.blocking).toEqual([{ code: 'approval_count', reason: expect.stringContaining('0 of 1') }]);
  });

  test.each([
    ['low', 0],
    ['medium', 0],
  ] as const)('tier %s with count %i -> not_required', (tier, count) => {
    const e = evaluate({ tier, reviews: [review('rita')] }, makePolicy({ [tier]: { count } }));
    expect(e.decision).toBe('not_required');
    expect(e.required).toBe(0);
    expect(e.requirements.filter((r) => r.name !== 'complete_inputs').every((r) => r.status === 'skipped')).toBe(true);
  });

  test.each([
    ['an approved high-tier change', 'high', 1, [review('alice')]],
    ['a low-tier change that needs no approval', 'low', 0, []],
  ] as const)('guard-diff denies %s: the gate denies too, naming the denials (its success status must never stand for it)', (_what, tier, count, reviews) => {
    const denials = Array.from({ length: 7 }, (_, i) => `"src/x${i}.ts": needs capability write_src, which the task was not granted`);
    const e = evaluate({ tier, reviews: [...reviews], guardDiff: { verdict: 'deny', denials } }, makePolicy({ [tier]: { count } }));
    expect(e.decision).toBe('deny');
    const blocking = e.blocking.find((b) => b.code === 'guard_diff_denied');
    expect(blocking?.reason).toMatch(/^guard-diff denies this change, so no approval can make it acceptable: "src\/x0\.ts": needs capability write_src/);
    expect(blocking?.reason).toMatch(/; and 2 more$/);
  });

  test('a guard-diff verdict of approval_required or allow changes nothing', () => {
    expect(evaluate({ reviews: [review('alice')], guardDiff: { verdict: 'approval_required', denials: [] } }).decision).toBe('approved');
    expect(evaluate({ tier: 'low', guardDiff: { verdict: 'allow', denials: [] } }, makePolicy({ low: { count: 0 } })).decision).toBe('not_required');
  });

  test('medium tier with count 1 needs an approval', () => {
    const p = makePolicy({ medium: { count: 1 } });
    expect(evaluate({ tier: 'medium' }, p).decision).toBe('approval_required');
    expect(evaluate({ tier: 'medium', reviews: [review('dave')] }, p).decision).toBe('approved');
  });

  test('count 2 needs two DISTINCT approvers (one reviewer approving twice counts once)', () => {
    const p = makePolicy({ high: { count: 2 } });
    const twice = evaluate({ reviews: [review('alice'), review('ALICE')] }, p);
    expect(twice.decision).toBe('approval_required');
    expect(twice.counted.map((c) => c.login)).toEqual(['ALICE']);
    expect(twice.rejected).toEqual([expect.objectContaining({ login: 'alice', code: 'superseded' })]);
    expect(evaluate({ reviews: [review('alice'), review('bob')] }, p).decision).toBe('approved');
  });
});

describe('attack: approvals', () => {
  test('the only approval is from the PR author (the agent) -> not counted', () => {
    const e = evaluate({ reviews: [review(AGENT)] });
    expect(e.decision).toBe('approval_required');
    expect(codesOf(e)).toEqual(['agent']);
  });

  test('a human PR author approving their own PR is not counted', () => {
    const e = evaluate({ pullRequest: { number: 7, author: { login: 'alice', type: 'User' }, createdAt: '2026-01-01T00:00:00Z' }, reviews: [review('Alice')] });
    expect(e.decision).toBe('approval_required');
    expect(codesOf(e)).toEqual(['pr_author']);
  });

  test('the human who assigned the task (manifest initiator) is not counted, even as admin', () => {
    const e = evaluate({ reviews: [review('IVAN')] });
    expect(e.decision).toBe('approval_required');
    expect(e.rejected[0]).toMatchObject({ login: 'IVAN', code: 'initiator' });
    expect(e.rejected[0]!.reason).toContain('initiator');
  });

  test('github-actions[bot] approval (repo lets Actions approve PRs) is not counted', () => {
    const e = evaluate({ reviews: [review('github-actions[bot]', 'APPROVED', HEAD, 'Bot')] });
    expect(e.decision).toBe('approval_required');
    expect(codesOf(e)).toEqual(['agent']);
  });

  test('Copilot (type Bot, no [bot] suffix) is not counted', () => {
    const e = evaluate({ reviews: [review('Copilot', 'APPROVED', HEAD, 'Bot')] });
    expect(e.decision).toBe('approval_required');
    expect(e.rejected[0]).toMatchObject({ code: 'agent' });
    expect(e.rejected[0]!.reason).toContain('type Bot');
  });

  test('Copilot is refused by login too, even without a type and without a policy pattern', () => {
    const p = { ...makePolicy(), agents: [] };
    const e = evaluate({ reviews: [review('copilot', 'APPROVED', HEAD, undefined)] }, p);
    expect(e.rejected[0]).toMatchObject({ code: 'agent' });
  });

  test('an APPROVED review from a GitHub App with pull_requests:write is not counted', () => {
    const e = evaluate({ reviews: [review('my-app[bot]', 'APPROVED', HEAD, 'Bot')] });
    expect(e.decision).toBe('approval_required');
    expect(codesOf(e)).toEqual(['agent']);
  });

  test('permission triage with author_association MEMBER is not counted (association is not permission)', () => {
    const r = { ...review('trudy'), author_association: 'MEMBER' } as ReviewFact;
    const e = evaluate({ reviews: [r] });
    expect(e.decision).toBe('approval_required');
    expect(e.rejected[0]).toMatchObject({ login: 'trudy', code: 'permission_insufficient' });
  });

  test('permission read is not counted; a missing permission is never assumed', () => {
    const e = evaluate({ reviews: [review('rita'), review('mallory')] });
    expect(e.decision).toBe('approval_required');
    expect(e.rejected.map((r) => [r.login, r.code])).toEqual([
      ['rita', 'permission_insufficient'],
      ['mallory', 'permission_unknown'],
    ]);
  });

  test('a human listed in Co-authored-by (by login) on an agent commit is not counted', () => {
    const commits = [agentCommit(HEAD, { coAuthors: [{ name: 'Cody', email: 'cody@corp.example', login: 'cody' }] })];
    const e = evaluate({ commits, reviews: [review('cody')] });
    expect(e.decision).toBe('approval_required');
    expect(e.rejected[0]).toMatchObject({ code: 'co_author' });
  });

  test('a co-author matched by email (GitHub no-reply address) is not counted', () => {
    const commits = [agentCommit(HEAD, { coAuthors: [{ name: 'C', email: '1234+Cody@users.noreply.github.com' }] })];
    const e = evaluate({ commits, reviews: [review('cody')] });
    expect(e.decision).toBe('approval_required');
    expect(e.rejected[0]).toMatchObject({ code: 'co_author' });
    expect(e.rejected[0]!.reason).toContain('by email');
  });

  test('a co-author matched by email through userEmails (adapter-known account emails) is not counted', () => {
    const commits = [agentCommit(HEAD, { coAuthors: [{ name: 'Cody Smith', email: ' Cody@Corp.Example ' }] })];
    const e = evaluate({ commits, userEmails: { cody: ['cody@corp.example'] }, reviews: [review('cody')] });
    expect(e.rejected[0]).toMatchObject({ code: 'co_author' });
  });

  test('a co-author matched by an email another commit of the PR links to a login is not counted', () => {
    const commits = [
      agentCommit(OLD, { author: { login: 'cody', email: 'cody@corp.example', name: 'Cody' } }),
      agentCommit(HEAD, { coAuthors: [{ name: 'Someone', email: 'cody@corp.example' }] }),
    ];
    const e = evaluate({ commits, reviews: [review('cody')] });
    expect(e.rejected[0]).toMatchObject({ code: 'commit_author' });
  });

  test('the human who pushed the last commit is not counted', () => {
    const e = evaluate({ lastPusher: 'Pete', reviews: [review('pete')] });
    expect(e.decision).toBe('approval_required');
    expect(codesOf(e)).toEqual(['last_pusher']);
  });

  test('commit authors and committers are not counted', () => {
    const commits = [agentCommit(HEAD, { author: { login: 'dave', email: 'd@x.example' }, committer: { login: 'alice', email: 'a@x.example' } })];
    const e = evaluate({ commits, reviews: [review('dave'), review('alice'), review('bob')] });
    expect(e.rejected.map((r) => [r.login, r.code])).toEqual([
      ['dave', 'commit_author'],
      ['alice', 'committer'],
    ]);
    expect(e.counted.map((c) => c.login)).toEqual(['bob']);
    expect(e.decision).toBe('approved');
  });

  test('approval on commit A, then the agent force-pushes B -> not counted', () => {
    const e = evaluate({ reviews: [review('alice', 'APPROVED', OLD)] });
    expect(e.decision).toBe('approval_required');
    expect(e.rejected[0]).toMatchObject({ code: 'stale_commit', commitId: OLD });
  });

  test('conflict-free rebase with the same patch, option off -> re-approval required', () => {
    const proof = { approvedSha: OLD, headSha: HEAD, patchIdsEqual: true, sameFiles: true };
    const e = evaluate({ reviews: [review('alice', 'APPROVED', OLD)], identicalRebases: [proof] });
    expect(e.decision).toBe('approval_required');
    expect(codesOf(e)).toEqual(['stale_commit']);
  });

  test('identical rebase with keep_on_identical_rebase on -> counted via identical_rebase, logged', () => {
    const p = makePolicy({ high: { count: 1, keepOnIdenticalRebase: true } });
    const proof = { approvedSha: OLD, headSha: HEAD, patchIdsEqual: true, sameFiles: true, method: 'git patch-id --verbatim (whole range)' };
    const e = evaluate({ reviews: [review('alice', 'APPROVED', OLD)], identicalRebases: [proof] }, p);
    expect(e.decision).toBe('approved');
    expect(e.counted).toEqual([expect.objectContaining({ login: 'alice', commitId: OLD, countedVia: 'identical_rebase' })]);
    expect(e.warnings.join('\n')).toContain('identical change');
  });

  test('option on but the patch differs, the proof is for another head, or there is no proof -> not counted', () => {
    const p = makePolicy({ high: { count: 1, keepOnIdenticalRebase: true } });
    const differs = evaluate({ reviews: [review('alice', 'APPROVED', OLD)], identicalRebases: [{ approvedSha: OLD, headSha: HEAD, patchIdsEqual: false, sameFiles: true }] }, p);
    expect(differs.decision).toBe('approval_required');
    expect(differs.rejected[0]!.reason).toContain('patch-ids differ');
    const otherHead = evaluate({ reviews: [review('alice', 'APPROVED', OLD)], identicalRebases: [{ approvedSha: OLD, headSha: 'e'.repeat(40), patchIdsEqual: true, sameFiles: true }] }, p);
    expect(otherHead.decision).toBe('approval_required');
    const none = evaluate({ reviews: [review('alice', 'APPROVED', OLD)] }, p);
    expect(none.rejected[0]!.reason).toContain('no identical-rebase proof');
  });

  test('equal patch-ids without the same files (a hunk moved to other lines keeps its patch-id) -> not counted', () => {
    const p = makePolicy({ high: { count: 1, keepOnIdenticalRebase: true } });
    const e = evaluate({ reviews: [review('alice', 'APPROVED', OLD)], identicalRebases: [{ approvedSha: OLD, headSha: HEAD, patchIdsEqual: true, sameFiles: false }] }, p);
    expect(e.decision).toBe('approval_required');
    expect(e.rejected[0]).toMatchObject({ code: 'stale_commit', reason: expect.stringContaining('the same patch-id, but not the same files') });
    // A proof from an adapter that does not say (no sameFiles) is no proof.
    const unsaid = evaluate({ reviews: [review('alice', 'APPROVED', OLD)], identicalRebases: [{ approvedSha: OLD, headSha: HEAD, patchIdsEqual: true } as never] }, p);
    expect(unsaid.decision).toBe('approval_required');
  });

  test('an approval submitted before the base branch last changed does not count (it approved the head against another base)', () => {
    const before = review('alice'); // 2026-01-01T00:00:NNZ
    const e = evaluate({ reviews: [before], baseChangedAt: '2026-01-02T00:00:00Z' });
    expect(e.decision).toBe('approval_required');
    expect(e.rejected[0]).toMatchObject({ code: 'base_changed', reason: expect.stringContaining('approved before the base branch was changed (2026-01-02T00:00:00Z)') });
    expect(evaluate({ reviews: [review('alice')], baseChangedAt: '2025-12-31T00:00:00Z' }).decision).toBe('approved');
    expect(evaluate({ reviews: [review('alice')], baseChangedAt: null }).decision).toBe('approved');
    // An unreadable time of the change places no approval after it.
    expect(evaluate({ reviews: [review('alice')], baseChangedAt: '' }).rejected[0]).toMatchObject({ code: 'base_changed', reason: expect.stringContaining('unknown') });
    // It applies to approvals kept across an identical rebase too.
    const p = makePolicy({ high: { count: 1, keepOnIdenticalRebase: true } });
    const kept = evaluate({ reviews: [review('alice', 'APPROVED', OLD)], identicalRebases: [{ approvedSha: OLD, headSha: HEAD, patchIdsEqual: true, sameFiles: true }], baseChangedAt: '2026-01-02T00:00:00Z' }, p);
    expect(codesOf(kept)).toEqual(['base_changed']);
  });

  test('reviewer X APPROVED, then COMMENTED -> the approval counts', () => {
    const e = evaluate({ reviews: [review('alice'), review('alice', 'COMMENTED')] });
    expect(e.decision).toBe('approved');
  });

  test('reviewer X APPROVED, then CHANGES_REQUESTED -> blocked', () => {
    const e = evaluate({ reviews: [review('alice'), review('bob'), review('alice', 'CHANGES_REQUESTED')] });
    expect(e.decision).toBe('approval_required');
    expect(e.counted.map((c) => c.login)).toEqual(['bob']);
    expect(e.blocking).toEqual([{ code: 'changes_requested', reason: expect.stringContaining('alice requested changes') }]);
    expect(e.requirements.find((r) => r.name === 'no_changes_requested')?.status).toBe('failed');
  });

  test("X's approval DISMISSED -> removed", () => {
    const dismissed = review('alice', 'DISMISSED');
    const e = evaluate({ reviews: [dismissed] });
    expect(e.decision).toBe('approval_required');
    expect(e.rejected).toEqual([expect.objectContaining({ reviewId: dismissed.id, code: 'dismissed' })]);
  });

  test('a `human-approved` label added by the agent token is not an approval (labels are not inputs)', () => {
    const facts = { ...makeFacts(), labels: [{ name: 'human-approved' }] } as ApprovalFacts;
    expect(evaluateApprovals(facts, policy).decision).toBe('approval_required');
  });

  test("a human's comment edited into `/approve` is not an approval (comments are not inputs)", () => {
    const facts = { ...makeFacts(), comments: [{ user: { login: 'alice' }, body: '/approve' }] } as ApprovalFacts;
    const commented = review('alice', 'COMMENTED');
    expect(evaluateApprovals(facts, policy).decision).toBe('approval_required');
    expect(evaluateApprovals({ ...facts, reviews: [commented] }, policy).decision).toBe('approval_required');
  });

  test('approval valid at gate time, then the agent pushes -> re-evaluation on the new head requires approval again', () => {
    const reviews = [review('alice', 'APPROVED', OLD)];
    expect(evaluate({ headSha: OLD, reviews, commits: [agentCommit(OLD)] }).decision).toBe('approved');
    const after = evaluate({ headSha: HEAD, reviews, commits: [agentCommit(OLD), agentCommit(HEAD)] });
    expect(after.decision).toBe('approval_required');
    expect(codesOf(after)).toEqual(['stale_commit']);
  });

  test('an admin gets no bypass: no approval means approval_required, and an admin author cannot approve', () => {
    const adminAuthor = { number: 7, author: { login: 'carol', type: 'User' }, createdAt: '2026-01-01T00:00:00Z' };
    expect(evaluate({ pullRequest: adminAuthor }).decision).toBe('approval_required');
    const e = evaluate({ pullRequest: adminAuthor, reviews: [review('carol')] });
    expect(e.decision).toBe('approval_required');
    expect(codesOf(e)).toEqual(['pr_author']);
  });

  test('a review list read only partly (e.g. page 1 of 2) -> deny', () => {
    const e = evaluate({ reviews: [review('alice')], listsComplete: { reviews: false, commits: true, files: true } });
    expect(e.decision).toBe('deny');
    expect(e.blocking[0]).toMatchObject({ code: 'incomplete_inputs', reason: expect.stringContaining('reviews') });
    expect(e.requirements[0]).toMatchObject({ name: 'complete_inputs', status: 'failed' });
  });
});

describe('approvals in detail', () => {
  test('review states in lower case (webhook payloads) are understood', () => {
    expect(evaluate({ reviews: [review('alice', 'approved')] }).decision).toBe('approved');
    expect(evaluate({ reviews: [review('alice', 'approved'), review('bob', 'approved'), review('bob', 'changes_requested')] }).decision).toBe('approval_required');
    expect(evaluate({ reviews: [review('alice', 'approved'), review('alice', 'dismissed')] }).decision).toBe('approval_required');
    expect(evaluate({ reviews: [review('alice', 'approved'), review('alice', 'commented')] }).decision).toBe('approved');
  });

  test('PENDING changes nothing; an unknown state withdraws the earlier approval (fail closed)', () => {
    expect(evaluate({ reviews: [review('alice'), review('alice', 'PENDING', null)] }).decision).toBe('approved');
    const e = evaluate({ reviews: [review('alice'), review('alice', 'SOMETHING_NEW')] });
    expect(e.decision).toBe('approval_required');
    expect(e.warnings.join('\n')).toContain('unknown state');
  });

  test('APPROVED, CHANGES_REQUESTED, then APPROVED on the head: counts, nothing blocks', () => {
    const e = evaluate({ reviews: [review('alice'), review('alice', 'CHANGES_REQUESTED'), review('alice')] });
    expect(e.decision).toBe('approved');
    expect(codesOf(e)).toEqual(['superseded']);
  });

  test('a change request on an OLDER commit from a qualified reviewer still blocks', () => {
    const e = evaluate({ reviews: [review('alice', 'CHANGES_REQUESTED', OLD), review('bob')] });
    expect(e.decision).toBe('approval_required');
    expect(e.blocking.map((b) => b.code)).toEqual(['changes_requested']);
  });

  test('a change request from someone who could not approve (agent, read permission) does not block, and is reported', () => {
    const e = evaluate({ reviews: [review('Copilot', 'CHANGES_REQUESTED', HEAD, 'Bot'), review('rita', 'CHANGES_REQUESTED'), review('bob')] });
    expect(e.decision).toBe('approved');
    expect(e.rejected.map((r) => [r.login, r.state, r.code])).toEqual([
      ['Copilot', 'CHANGES_REQUESTED', 'agent'],
      ['rita', 'CHANGES_REQUESTED', 'permission_insufficient'],
    ]);
  });

  test('maintain counts; admin counts; write counts', () => {
    for (const login of ['bob', 'carol', 'alice']) expect(evaluate({ reviews: [review(login)] }).decision).toBe('approved');
  });

  test('commit_id null (commit garbage-collected) is not counted', () => {
    const e = evaluate({ reviews: [review('alice', 'APPROVED', null)] });
    expect(e.decision).toBe('approval_required');
    expect(codesOf(e)).toEqual(['no_commit_id']);
  });

  test('a review with no user (deleted account) is not counted', () => {
    const e = evaluate({ reviews: [review(null)] });
    expect(e.decision).toBe('approval_required');
    expect(codesOf(e)).toEqual(['no_user']);
  });

  test('SHA comparison ignores hex case', () => {
    expect(evaluate({ reviews: [review('alice', 'APPROVED', HEAD.toUpperCase())] }).decision).toBe('approved');
  });

  test('policy reviewers: only listed users or members of listed teams count', () => {
    const p = makePolicy({ high: { count: 1, reviewers: { users: ['Bob'], teams: ['acme/security'] } } });
    const teamMembers = { 'acme/security': ['Dave'] };
    expect(evaluate({ reviews: [review('alice')], teamMembers }, p).rejected[0]).toMatchObject({ code: 'not_in_reviewers' });
    expect(evaluate({ reviews: [review('bob')], teamMembers }, p).decision).toBe('approved');
    expect(evaluate({ reviews: [review('dave')], teamMembers }, p).decision).toBe('approved');
    const unknown = evaluate({ reviews: [review('dave')] }, p);
    expect(unknown.decision).toBe('approval_required');
    expect(unknown.rejected[0]).toMatchObject({ code: 'team_membership_unknown' });
  });

  test('policy reviewers do not override the independence rules (a listed reviewer who co-authored is still refused)', () => {
    const p = makePolicy({ high: { count: 1, reviewers: { users: ['cody'], teams: [] } } });
    const commits = [agentCommit(HEAD, { coAuthors: [{ name: 'Cody', email: 'cody@users.noreply.github.com' }] })];
    expect(evaluate({ commits, reviews: [review('cody')] }, p).rejected[0]).toMatchObject({ code: 'co_author' });
  });

  test('a co-author whose email links to no account cannot be matched: reported as a warning, not a block', () => {
    const commits = [agentCommit(HEAD, { coAuthors: [{ name: 'Unknown Person', email: 'private@elsewhere.example' }] })];
    const e = evaluate({ commits, reviews: [review('alice')] });
    expect(e.decision).toBe('approved');
    expect(e.warnings.join('\n')).toContain('private@elsewhere.example');
  });

  test('incomplete commit list, file list or team list -> deny; a malformed head SHA -> deny', () => {
    expect(evaluate({ reviews: [review('alice')], listsComplete: { reviews: true, commits: false, files: true } }).decision).toBe('deny');
    expect(evaluate({ reviews: [review('alice')], listsComplete: { reviews: true, commits: true, files: false } }).decision).toBe('deny');
    expect(evaluate({ reviews: [review('alice')], listsComplete: { reviews: true, commits: true, files: true, teamMembers: false } }).decision).toBe('deny');
    expect(evaluate({ reviews: [review('alice', 'APPROVED', 'main')], headSha: 'main' }).decision).toBe('deny');
  });

  test('incomplete lists deny even where the tier needs no approval (the tier itself may be wrong)', () => {
    expect(evaluate({ tier: 'low', listsComplete: { reviews: true, commits: true, files: false } }).decision).toBe('deny');
  });

  test('loginFromNoreplyEmail', () => {
    expect(loginFromNoreplyEmail('123+Octo-Cat@users.noreply.github.com')).toBe('octo-cat');
    expect(loginFromNoreplyEmail('octocat@users.noreply.github.com')).toBe('octocat');
    expect(loginFromNoreplyEmail('octocat@users.noreply.ghe.example.com')).toBe('octocat');
    expect(loginFromNoreplyEmail('octocat@github.com')).toBeUndefined();
    expect(loginFromNoreplyEmail('noreply@github.com')).toBeUndefined();
  });
});

describe('code owners', () => {
  const owners = parseCodeowners(
    ['*            @alice', '/.github/    @acme/platform', '/.github/workflows/release.yml @carol', '/infra/      ops@example.com', '/vendor/'].join('\n'),
    { file: '.github/CODEOWNERS' },
  );
  const p = makePolicy({ high: { count: 1, codeowners: true } });
  const teamMembers = { 'acme/platform': ['bob', 'dave'] };

  test('a team owner satisfies the path through teamMembers', () => {
    const e = evaluate({ codeowners: owners, teamMembers, highRiskPaths: ['.github/workflows/ci.yml'], reviews: [review('bob')] }, p);
    expect(e.decision).toBe('approved');
    expect(e.codeowners).toEqual([expect.objectContaining({ path: '.github/workflows/ci.yml', line: 2, owners: ['@acme/platform'], satisfiedBy: ['bob'] })]);
  });

  test('last match wins: release.yml belongs to carol only, not the platform team', () => {
    const e = evaluate({ codeowners: owners, teamMembers, highRiskPaths: ['.github/workflows/release.yml'], reviews: [review('bob')] }, p);
    expect(e.decision).toBe('approval_required');
    expect(e.blocking[0]).toMatchObject({ code: 'codeowners', reason: expect.stringContaining('@carol') });
    expect(evaluate({ codeowners: owners, teamMembers, highRiskPaths: ['.github/workflows/release.yml'], reviews: [review('carol')] }, p).decision).toBe('approved');
  });

  test('every high-risk path needs its own owner', () => {
    const paths = ['.github/workflows/ci.yml', 'src/a.ts'];
    expect(evaluate({ codeowners: owners, teamMembers, highRiskPaths: paths, reviews: [review('bob')] }, p).decision).toBe('approval_required');
    expect(evaluate({ codeowners: owners, teamMembers, highRiskPaths: paths, reviews: [review('bob'), review('alice')] }, p).decision).toBe('approved');
  });

  test('a code owner who cannot count (the agent co-author) does not satisfy the path', () => {
    const commits = [agentCommit(HEAD, { coAuthors: [{ name: 'A', email: 'alice@users.noreply.github.com' }] })];
    const e = evaluate({ codeowners: owners, commits, highRiskPaths: ['src/a.ts'], reviews: [review('alice'), review('bob')] }, p);
    expect(e.decision).toBe('approval_required');
  });

  test('unknown team membership does not satisfy the path', () => {
    const e = evaluate({ codeowners: owners, highRiskPaths: ['.github/workflows/ci.yml'], reviews: [review('bob')] }, p);
    expect(e.decision).toBe('approval_required');
    expect(e.codeowners[0]!.reason).toContain('membership of @acme/platform is unknown');
  });

  test('an email owner cannot be verified -> not satisfied', () => {
    const e = evaluate({ codeowners: owners, highRiskPaths: ['infra/prod/main.tf'], reviews: [review('alice')], userEmails: { alice: ['ops@example.com'] } }, p);
    expect(e.decision).toBe('approval_required');
    expect(e.codeowners[0]!.reason).toContain('cannot be verified');
  });

  test('a path left without owners (pattern with no owners) fails: nobody could approve it', () => {
    const e = evaluate({ codeowners: owners, highRiskPaths: ['vendor/lib.js'], reviews: [review('alice')] }, p);
    expect(e.decision).toBe('approval_required');
    expect(e.codeowners[0]!.reason).toContain('without owners');
  });

  test('a path no rule matches fails', () => {
    const partial = parseCodeowners('/docs/ @alice\n');
    const e = evaluate({ codeowners: partial, highRiskPaths: ['src/a.ts'], reviews: [review('alice')] }, p);
    expect(e.decision).toBe('approval_required');
    expect(e.codeowners[0]!.reason).toContain('no CODEOWNERS rule matches');
  });

  test('no CODEOWNERS file at the base -> requirement failed', () => {
    const e = evaluate({ reviews: [review('alice')] }, p);
    expect(e.decision).toBe('approval_required');
    expect(e.requirements.find((r) => r.name === 'codeowners')).toMatchObject({ status: 'failed', reason: expect.stringContaining('no CODEOWNERS') });
  });

  test('a CODEOWNERS file with problems -> deny (our reading could differ from GitHub\'s)', () => {
    const broken = parseCodeowners('* @alice\n*.[ch] @bob\n');
    const e = evaluate({ codeowners: broken, highRiskPaths: ['src/a.ts'], reviews: [review('alice')] }, p);
    expect(e.decision).toBe('deny');
    expect(e.blocking[0]).toMatchObject({ code: 'codeowners_invalid', reason: expect.stringContaining('line 2') });
  });

  test('no high-risk paths given while code owners are required -> not satisfied (fail closed)', () => {
    expect(evaluate({ codeowners: owners, highRiskPaths: [], reviews: [review('alice')] }, p).decision).toBe('approval_required');
  });

  test('codeowners off: CODEOWNERS is not consulted', () => {
    expect(evaluate({ codeowners: owners, highRiskPaths: ['vendor/lib.js'], reviews: [review('dave')] }).decision).toBe('approved');
  });
});

describe('reviewCandidates', () => {
  test('policy reviewers minus everyone who cannot count', () => {
    const p = makePolicy({ high: { count: 1, reviewers: { users: ['alice', 'ivan', 'rita', 'cody', 'Copilot', 'bob'], teams: ['acme/security'] } } });
    const commits = [agentCommit(HEAD, { coAuthors: [{ name: 'c', email: 'cody@users.noreply.github.com' }] })];
    const c = reviewCandidates(makeFacts({ commits, reviews: [review('bob')] }), p);
    expect(c.users).toEqual(['alice']);
    expect(c.teams).toEqual(['acme/security']);
    expect(c.source).toBe('policy');
    expect(c.excluded.map((x) => x.login)).toEqual(['ivan', 'rita', 'cody', 'Copilot', 'bob']);
  });

  test('CODEOWNERS owners of the high-risk paths when the policy names nobody', () => {
    const p = makePolicy({ high: { count: 1, codeowners: true } });
    const codeowners = parseCodeowners('* @alice @ci-agent\n/.github/ @acme/platform @carol ops@example.com\n');
    const c = reviewCandidates(makeFacts({ codeowners, highRiskPaths: ['.github/workflows/ci.yml', 'src/x.ts'] }), p);
    expect(c).toEqual({
      users: ['carol', 'alice'],
      teams: ['acme/platform'],
      excluded: [{ login: 'ci-agent', reason: expect.stringContaining('agent') }],
      source: 'codeowners',
    });
  });

  test('a team whose known members all cannot count is not requested', () => {
    const p = makePolicy({ high: { count: 1, reviewers: { users: [], teams: ['acme/bots'] } } });
    const c = reviewCandidates(makeFacts({ teamMembers: { 'acme/bots': ['ci-agent', 'rita'] } }), p);
    expect(c.teams).toEqual([]);
    expect(c.excluded).toEqual([{ login: '@acme/bots', reason: 'no member of the team could count' }]);
  });

  test('nothing to request where the tier needs no approval', () => {
    expect(reviewCandidates(makeFacts({ tier: 'low' }), makePolicy({ high: { reviewers: { users: ['alice'], teams: [] } } })).users).toEqual([]);
  });
});

describe('property: a non-qualifying review never turns a not-approved evaluation into approved', () => {
  // Qualified humans, and identities that can never count for the facts below.
  const qualified = ['alice', 'bob', 'carol', 'dave'];
  const unqualified: { login: string; type: string }[] = [
    { login: AGENT, type: 'User' }, // PR author and policy agent
    { login: 'Copilot', type: 'Bot' },
    { login: 'github-actions[bot]', type: 'Bot' },
    { login: 'my-app[bot]', type: 'Bot' },
    { login: 'ivan', type: 'User' }, // initiator
    { login: 'cody', type: 'User' }, // co-author
    { login: 'pete', type: 'User' }, // last pusher
    { login: 'trudy', type: 'User' }, // triage
    { login: 'rita', type: 'User' }, // read
    { login: 'mallory', type: 'User' }, // no permission entry
    { login: 'eve', type: 'User' }, // outside the policy's reviewers (or, with no reviewers list, permission none)
  ];
  const states = ['APPROVED', 'approved', 'CHANGES_REQUESTED', 'changes_requested', 'COMMENTED', 'DISMISSED', 'PENDING', 'weird'];
  const commitIds = [HEAD, OLD, null];

  const reviewArb = (logins: fc.Arbitrary<{ login: string; type: string }>, stateArb = fc.constantFrom(...states)) =>
    fc.record({ who: logins, state: stateArb, commitId: fc.constantFrom(...commitIds) });
  const qualifiedArb = fc.constantFrom(...qualified).map((login) => ({ login, type: 'User' }));
  const unqualifiedArb = fc.constantFrom(...unqualified);
  // A non-qualifying review: any review by an unqualified identity, a null user, or a COMMENTED/PENDING review by anyone.
  const nonQualifying = fc.oneof(
    reviewArb(unqualifiedArb),
    reviewArb(qualifiedArb, fc.constantFrom('COMMENTED', 'commented', 'PENDING')),
    fc.record({ who: fc.constant(null), state: fc.constantFrom(...states), commitId: fc.constantFrom(...commitIds) }),
  );

  test('for random review histories, policies and insertion points', () => {
    fc.assert(
      fc.property(
        fc.array(reviewArb(fc.oneof(qualifiedArb, unqualifiedArb)), { maxLength: 8 }),
        nonQualifying,
        fc.nat(),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        fc.boolean(),
        (history, extra, at, count, restrict, codeownersOn) => {
          const p = makePolicy({
            high: {
              count,
              codeowners: codeownersOn,
              keepOnIdenticalRebase: true,
              reviewers: restrict ? { users: [...qualified, 'ivan', 'cody', 'pete', 'trudy', 'rita', 'mallory', 'Copilot'], teams: [] } : { users: [], teams: [] },
            },
          });
          let id = 1;
          const toReview = (r: { who: { login: string; type: string } | null; state: string; commitId: string | null }): ReviewFact => ({
            id: id++,
            user: r.who,
            state: r.state,
            commitId: r.commitId,
          });
          const reviews = history.map(toReview);
          const base = makeFacts({
            permissions: { ...makeFacts().permissions, eve: restrict ? 'write' : 'none' },
            commits: [agentCommit(HEAD, { coAuthors: [{ name: 'Cody', email: 'cody@users.noreply.github.com' }] })],
            lastPusher: 'pete',
            codeowners: parseCodeowners('* @alice @bob @ivan @cody @pete @eve @Copilot\n'),
            highRiskPaths: ['src/x.ts'],
            identicalRebases: [{ approvedSha: OLD, headSha: HEAD, patchIdsEqual: true, sameFiles: true }],
            reviews,
          });
          const before = evaluateApprovals(base, p);
          const withExtra = [...reviews];
          withExtra.splice(at % (reviews.length + 1), 0, toReview(extra));
          const after = evaluateApprovals({ ...base, reviews: withExtra }, p);
          if (before.decision !== 'approved') expect(after.decision).not.toBe('approved');
          // And it never changes who is counted.
          expect(after.counted.map((c) => c.login).sort()).toEqual(before.counted.map((c) => c.login).sort());
        },
      ),
      { numRuns: 500 },
    );
  });
});
