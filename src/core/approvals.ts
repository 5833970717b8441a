// Approval evaluation: has a qualified human who is not the agent, not its operator and not a
// contributor to the change approved this exact head commit, against this base? Pure: the collector
// gathers the facts (REST API, git for identical-rebase proofs); this decides, and every rule explains
// itself. Labels and comments are never inputs. Per reviewer only the latest DECISIVE review counts
// (APPROVED, CHANGES_REQUESTED, DISMISSED; an unknown state withdraws, fail closed); who is qualified
// is ./approval-qualifier.ts, code owners ./approval-codeowners.ts. A change request by a qualified
// reviewer (or one whose permission is unknown) blocks on any commit. Any incomplete list, malformed
// SHA or CODEOWNERS problem is a deny. The full model is in docs/approval-gate.md.

import { evaluateCodeowners } from './approval-codeowners.js';
import { changeRequestsOnHead, judgedState, type DismissalFact } from './approval-history.js';
import type { InitiatorFact } from './approval-initiator.js';
import { buildQualifier, buildTeamMembers, normTeam, teamLookup } from './approval-qualifier.js';
import type { CodeownersFile } from './codeowners.js';
import { foldLogin } from './logins.js';
import type { Policy } from './policy.js';
import { TIERS, type Tier } from './tiers.js';

export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface AccountFact {
  login: string;
  /** REST `user.id`: stable across renames (a login is not; a freed login can be taken by someone else). */
  id?: number | null;
  /** REST `user.type`: 'User', 'Bot', 'Organization', ... */
  type?: string | null;
}

export interface ReviewFact {
  id: number;
  /** Null when the account was deleted (REST returns `user: null`). */
  user: AccountFact | null;
  /** Any case: REST uses APPROVED, webhooks use approved. */
  state: string;
  /** The commit reviewed; null when GitHub no longer has it. */
  commitId: string | null;
  submittedAt?: string | null;
}

export interface GitIdentityFact {
  /** The GitHub login the REST API resolved from the email, when it did. */
  login?: string | null;
  /** That account's id (REST `author.id` / `committer.id`), when resolved. */
  id?: number | null;
  email?: string | null;
  name?: string | null;
}

export interface CoAuthorFact {
  name: string;
  email: string;
  login?: string | null;
}

export interface CommitFact {
  sha: string;
  author: GitIdentityFact;
  committer: GitIdentityFact;
  /** `Co-authored-by:` trailers of the commit message. */
  coAuthors: CoAuthorFact[];
}

/** The adapter's proof that approving `approvedSha` approved the same change as `headSha`. See the header. */
export interface IdenticalRebaseProof {
  approvedSha: string;
  headSha: string;
  patchIdsEqual: boolean;
  /**
   * Both ranges change the same paths with the same modes and the same old and new blobs (renames
   * included). Equal patch-ids alone do not prove it: patch-id ignores where in a file a hunk applies.
   */
  sameFiles: boolean;
  /** How the digests were computed, for the evidence (e.g. 'git patch-id --verbatim, whole range'). */
  method?: string;
}

export interface ApprovalFacts {
  headSha: string;
  baseSha: string;
  /** The pull request's tier, from guard-diff's classification at the head SHA. */
  tier: Tier;
  /** The paths whose tier is the pull request's tier (the ones that set it); checked against CODEOWNERS. */
  highRiskPaths: string[];
  pullRequest: { number: number; author: AccountFact; createdAt: string; readyAt?: string | null };
  /** The task manifest, read from the base commit. */
  manifest?: { initiator?: string | null; sha256: string };
  /**
   * Who dispatched a workflow run on a commit the change starts from (./approval-initiator.ts): each
   * started the agent's task and never approves. Undefined: not looked up (the collector looks them
   * up before it reports `approved`).
   */
  initiators?: InitiatorFact[];
  /** In chronological order, as the REST API lists them. */
  reviews: ReviewFact[];
  commits: CommitFact[];
  /** Login of whoever pushed the head commit, when the adapter knows it. */
  lastPusher?: string | null;
  /** Repository permission per login, looked up (`GET /repos/{o}/{r}/collaborators/{u}/permission`, `role_name`). */
  permissions: Record<string, RepoPermission>;
  /** Emails the adapter knows belong to an account (lower-cased when compared). */
  userEmails?: Record<string, string[]>;
  /** Members (logins) per team, keyed `org/team-slug`. */
  teamMembers?: Record<string, string[]>;
  /** CODEOWNERS from the BASE commit (first of CODEOWNERS_LOCATIONS found); undefined when there is none. */
  codeowners?: CodeownersFile;
  /** False when a paginated list could not be read completely (including the API's caps). */
  listsComplete: { reviews: boolean; commits: boolean; files: boolean; teamMembers?: boolean };
  identicalRebases?: IdenticalRebaseProof[];
  /**
   * When the pull request's base branch last changed (issue events `base_ref_changed` and
   * `automatic_base_change_succeeded`), or null when it never did. An approval submitted before then
   * (at the same second, or without a submission time) approved the change against ANOTHER base: a
   * pull request into the agent's own branch shows only its top commit; retargeted to the default
   * branch, the same head brings every commit below it. It does not count. An unreadable time
   * rejects every approval. Undefined: not looked up, the rule is skipped (the collector looks it up
   * before it reports `approved`).
   */
  baseChangedAt?: string | null;
  /**
   * guard-diff's verdict on the same change, recomputed by the collector, with its denials. A change
   * guard-diff denies is a deny here too: no approval makes it acceptable, and the gate's success status
   * must never stand for it (a repository that requires only the gate's status would merge it).
   */
  guardDiff?: { verdict: 'allow' | 'approval_required' | 'deny'; denials: string[] };
  /**
   * The timeline's `review_dismissed` events. Undefined: not looked up, and a DISMISSED review is taken
   * as withdrawn; the collector reads them whenever a review is dismissed (see ./approval-history.ts).
   */
  dismissals?: DismissalFact[];
}

export type ApprovalDecision = 'approved' | 'approval_required' | 'not_required' | 'deny';

export interface CountedApproval {
  login: string;
  reviewId: number;
  commitId: string;
  countedVia: 'head_sha' | 'identical_rebase';
  submittedAt?: string | null;
}

export type RejectionCode =
  | 'no_user'
  | 'agent'
  | 'pr_author'
  | 'initiator'
  | 'commit_author'
  | 'committer'
  | 'co_author'
  | 'last_pusher'
  | 'permission_unknown'
  | 'permission_insufficient'
  | 'not_in_reviewers'
  | 'team_membership_unknown'
  | 'no_commit_id'
  | 'stale_commit'
  | 'superseded'
  | 'dismissed'
  | 'base_changed';

export interface RejectedReview {
  login: string | null;
  reviewId: number;
  /** Upper-cased review state. */
  state: string;
  commitId: string | null;
  code: RejectionCode;
  reason: string;
}

export type RequirementName = 'complete_inputs' | 'approval_count' | 'no_changes_requested' | 'codeowners';

export interface RequirementResult {
  name: RequirementName;
  status: 'passed' | 'failed' | 'skipped';
  reason: string;
}

export interface BlockingReason {
  code: string;
  reason: string;
}

export interface CodeownersPathResult {
  path: string;
  /** The CODEOWNERS line that decides the path's owners, when one matches. */
  line?: number;
  owners: string[];
  satisfiedBy: string[];
  reason: string;
}

export interface ApprovalEvaluation {
  decision: ApprovalDecision;
  /** Distinct qualified approvals the tier needs. */
  required: number;
  tier: Tier;
  headSha: string;
  baseSha: string;
  counted: CountedApproval[];
  rejected: RejectedReview[];
  requirements: RequirementResult[];
  blocking: BlockingReason[];
  /** Per high-risk path, when the codeowners requirement applies. */
  codeowners: CodeownersPathResult[];
  /** Things the evaluation could not check and did not block on (e.g. an unlinked co-author email). */
  warnings: string[];
  /** The change requests that block (who, which review). */
  changeRequests?: { login: string; reviewId: number }[];
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
const NON_DECISIVE = new Set(['COMMENTED', 'PENDING']);

function validateFacts(facts: ApprovalFacts): string[] {
  const reasons: string[] = [];
  if (!(TIERS as readonly string[]).includes(facts.tier)) reasons.push(`unknown tier ${JSON.stringify(facts.tier)}`);
  if (typeof facts.headSha !== 'string' || !SHA.test(facts.headSha)) reasons.push('the head SHA is missing or malformed');
  if (typeof facts.baseSha !== 'string' || !SHA.test(facts.baseSha)) reasons.push('the base SHA is missing or malformed');
  const lc = facts.listsComplete;
  if (!lc || lc.reviews !== true) reasons.push('the list of reviews is incomplete');
  if (!lc || lc.commits !== true) reasons.push('the list of commits is incomplete');
  if (!lc || lc.files !== true) reasons.push('the list of changed files is incomplete');
  if (lc && lc.teamMembers === false) reasons.push('a team member list is incomplete');
  if (!Array.isArray(facts.reviews) || !Array.isArray(facts.commits)) reasons.push('reviews or commits are missing');
  return reasons;
}

const sameSha = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** Why an approval predates the last change of the base branch (see `ApprovalFacts.baseChangedAt`), or null. */
function approvedBeforeBaseChange(review: ReviewFact, baseChangedAt: string | null | undefined): string | null {
  if (baseChangedAt === undefined || baseChangedAt === null) return null;
  const changed = Date.parse(baseChangedAt);
  if (!Number.isFinite(changed)) return 'the time the base branch was changed is unknown: no approval can be placed after it';
  const submitted = typeof review.submittedAt === 'string' ? Date.parse(review.submittedAt) : Number.NaN;
  const when = new Date(changed).toISOString().replace(/\.000Z$/, 'Z');
  if (!Number.isFinite(submitted)) return `the base branch was changed (${when}) and the approval has no submission time: it may have approved the change against the old base`;
  if (submitted <= changed) return `approved before the base branch was changed (${when}): it approved the change against the old base, not this one`;
  return null;
}

/** Evaluate the approval requirements of the tier. Pure and deterministic; never throws on well-typed facts. */
export function evaluateApprovals(facts: ApprovalFacts, policy: Policy): ApprovalEvaluation {
  const invalid = validateFacts(facts);
  const tier: Tier = (TIERS as readonly string[]).includes(facts.tier) ? facts.tier : 'high';
  const rule = policy.approvals[tier];
  const q = buildQualifier(facts, policy, rule);
  // A commit no account can be tied to may be the reviewer's own under another email: one approval
  // more than the policy's count, or a deny, as the policy chooses.
  const unlinked = rule.count > 0 ? q.unlinked : [];
  const unlinkedDeny = unlinked.length > 0 && rule.unlinkedCommits === 'deny';
  const required = rule.count + (unlinked.length > 0 && !unlinkedDeny ? 1 : 0);
  const unlinkedWhy = unlinked.length > 0 ? `${unlinked.slice(0, 3).join('; ')}${unlinked.length > 3 ? `; and ${unlinked.length - 3} more` : ''} cannot be tied to a GitHub account` : '';
  const warnings = [...q.warnings];
  const counted: CountedApproval[] = [];
  const rejected: RejectedReview[] = [];
  const blocking: BlockingReason[] = [];
  const reviews = Array.isArray(facts.reviews) ? facts.reviews : [];

  // 1. Per reviewer, the latest decisive review. Earlier approvals are superseded. A change request
  // dismissed by someone who could not approve is still a change request (./approval-history.ts).
  const latest = new Map<string, { review: ReviewFact; state: string; why?: string }>();
  const judged: { review: ReviewFact; state: string }[] = [];
  const superseded: { review: ReviewFact; by: ReviewFact; byState: string }[] = [];
  for (const review of reviews) {
    const state = String(review.state ?? '').toUpperCase();
    if (!review.user || !review.user.login) {
      if (state === 'APPROVED') {
        rejected.push({ login: null, reviewId: review.id, state, commitId: review.commitId, code: 'no_user', reason: 'the review has no user (deleted account)' });
      }
      continue;
    }
    if (NON_DECISIVE.has(state)) continue;
    if (!DECISIVE.has(state)) warnings.push(`review ${review.id} has unknown state ${JSON.stringify(review.state)}: treated as DISMISSED`);
    const restored = judgedState(review, DECISIVE.has(state) ? state : 'DISMISSED', facts.dismissals, q);
    const effective = restored.state;
    const key = foldLogin(review.user.login);
    const prev = latest.get(key);
    if (prev && prev.state === 'APPROVED') superseded.push({ review: prev.review, by: review, byState: effective });
    latest.set(key, { review, state: effective, ...(restored.why ? { why: restored.why } : {}) });
    judged.push({ review, state: effective });
  }
  for (const s of superseded) {
    rejected.push({
      login: s.review.user!.login,
      reviewId: s.review.id,
      state: 'APPROVED',
      commitId: s.review.commitId,
      code: 'superseded',
      reason: `superseded by the same reviewer's later review ${s.by.id} (${s.byState})`,
    });
  }

  // 2. Qualification and SHA binding of each reviewer's latest decisive review.
  const changeRequests: { login: string; reviewId: number; unverified?: string; why?: string }[] = [];
  const onHead = changeRequestsOnHead(judged, facts.headSha);
  for (const { review, state, why: restoredWhy } of latest.values()) {
    const user = review.user!;
    const base = { login: user.login, reviewId: review.id, state, commitId: review.commitId };
    if (state === 'DISMISSED') {
      rejected.push({ ...base, code: 'dismissed', reason: 'the review was dismissed (or its state is unknown)' });
      continue;
    }
    const dq = q.check(user);
    // A change request of this reviewer on the head commit that only an approval of ANOTHER commit followed.
    const earlier = onHead.get(foldLogin(user.login));
    const standing =
      state === 'CHANGES_REQUESTED'
        ? { reviewId: review.id, why: restoredWhy }
        : earlier && earlier.id !== review.id
          ? { reviewId: earlier.id, why: `it is on the head commit ${facts.headSha.slice(0, 12)}, and the same reviewer's later review ${review.id} (${state}${review.commitId ? ` of ${review.commitId.slice(0, 12)}` : ''}) is not an approval of that commit` }
          : undefined;
    if (standing) {
      // Unknown is not "could not approve": a change request whose author's permission or team
      // membership was not established (e.g. beyond the lookup budget) stands (fail closed).
      const why = standing.why ? { why: standing.why } : {};
      if (dq && (dq.code === 'permission_unknown' || dq.code === 'team_membership_unknown')) {
        changeRequests.push({ login: user.login, reviewId: standing.reviewId, unverified: dq.reason, ...why });
      } else if (dq) {
        if (state === 'CHANGES_REQUESTED') rejected.push({ ...base, code: dq.code, reason: `change request does not block: ${user.login} ${dq.reason}` });
      } else changeRequests.push({ login: user.login, reviewId: standing.reviewId, ...why });
      if (state === 'CHANGES_REQUESTED') continue;
    }
    // APPROVED
    if (dq) {
      rejected.push({ ...base, code: dq.code, reason: `${user.login} ${dq.reason}` });
      continue;
    }
    if (!review.commitId) {
      rejected.push({ ...base, code: 'no_commit_id', reason: 'the review is not bound to a commit (commit_id is null)' });
      continue;
    }
    const beforeBaseChange = approvedBeforeBaseChange(review, facts.baseChangedAt);
    if (beforeBaseChange) {
      rejected.push({ ...base, code: 'base_changed', reason: beforeBaseChange });
      continue;
    }
    if (sameSha(review.commitId, facts.headSha)) {
      counted.push({ login: user.login, reviewId: review.id, commitId: review.commitId, countedVia: 'head_sha', submittedAt: review.submittedAt ?? null });
      continue;
    }
    const proof = (facts.identicalRebases ?? []).find((p) => sameSha(p.approvedSha, review.commitId) && sameSha(p.headSha, facts.headSha));
    const short = review.commitId.slice(0, 12);
    if (rule.keepOnIdenticalRebase && proof && proof.patchIdsEqual === true && proof.sameFiles === true) {
      counted.push({ login: user.login, reviewId: review.id, commitId: review.commitId, countedVia: 'identical_rebase', submittedAt: review.submittedAt ?? null });
      warnings.push(
        `approval ${review.id} by ${user.login} of ${short} is kept for head ${facts.headSha.slice(0, 12)}: identical change (${proof.method ?? 'patch-id of the whole range'})`,
      );
      continue;
    }
    let why = `approved commit ${short}, not the head ${String(facts.headSha).slice(0, 12)}`;
    if (rule.keepOnIdenticalRebase) {
      why += !proof
        ? ': no identical-rebase proof for it'
        : proof.patchIdsEqual !== true
          ? ': the change differs from the approved one (patch-ids differ)'
          : ': the same patch-id, but not the same files (a hunk can sit at other lines with the same patch-id, or the base changed a file of the change): not provably the approved change';
    }
    rejected.push({ ...base, code: 'stale_commit', reason: why });
  }
  rejected.sort((a, b) => a.reviewId - b.reviewId);
  counted.sort((a, b) => a.reviewId - b.reviewId);

  // 3. Requirements.
  const requirements: RequirementResult[] = [];
  requirements.push(
    invalid.length > 0
      ? { name: 'complete_inputs', status: 'failed', reason: `${invalid.join('; ')}: the gate cannot decide on partial facts` }
      : { name: 'complete_inputs', status: 'passed', reason: 'reviews, commits and files were read completely' },
  );
  const needed = required > 0 || rule.codeowners;
  if (!needed) {
    requirements.push({ name: 'approval_count', status: 'skipped', reason: `tier ${tier} needs no approval` });
    requirements.push({ name: 'no_changes_requested', status: 'skipped', reason: `tier ${tier} needs no approval` });
    requirements.push({ name: 'codeowners', status: 'skipped', reason: `tier ${tier} needs no approval` });
  } else {
    const n = counted.length;
    const extra = unlinked.length > 0 && !unlinkedDeny ? ` (${rule.count} by the policy and 1 more: ${unlinkedWhy})` : '';
    requirements.push(
      n >= required
        ? { name: 'approval_count', status: 'passed', reason: `${n} qualified approval${n === 1 ? '' : 's'} of ${required} required: ${counted.map((c) => c.login).join(', ') || 'none needed'}${extra}` }
        : {
            name: 'approval_count',
            status: 'failed',
            reason: `${n} of ${required} required qualified approval${required === 1 ? '' : 's'} on ${String(facts.headSha).slice(0, 12)}${n > 0 ? ` (${counted.map((c) => c.login).join(', ')})` : ''}${extra}`,
          },
    );
    requirements.push(
      changeRequests.length === 0
        ? { name: 'no_changes_requested', status: 'passed', reason: 'no qualified reviewer requests changes' }
        : { name: 'no_changes_requested', status: 'failed', reason: `changes requested by ${changeRequests.map((c) => `${c.login} (review ${c.reviewId})`).join(', ')}` },
    );
  }

  const codeownersResults: CodeownersPathResult[] = [];
  let codeownersDeny: string | undefined;
  if (needed) {
    if (!rule.codeowners) {
      requirements.push({ name: 'codeowners', status: 'skipped', reason: `approvals.${tier}.codeowners is off` });
    } else {
      const r = evaluateCodeowners(facts, counted);
      codeownersResults.push(...r.paths);
      codeownersDeny = r.deny;
      requirements.push({ name: 'codeowners', status: r.passed ? 'passed' : 'failed', reason: r.reason });
    }
  }

  // 4. Decision.
  let decision: ApprovalDecision;
  const guardDenied = facts.guardDiff?.verdict === 'deny';
  if (invalid.length > 0 || codeownersDeny || guardDenied || unlinkedDeny) {
    decision = 'deny';
    if (unlinkedDeny) blocking.push({ code: 'unlinked_commits', reason: `${unlinkedWhy}, and approvals.${tier}.unlinked_commits is deny` });
    for (const r of invalid) blocking.push({ code: 'incomplete_inputs', reason: r });
    if (codeownersDeny) blocking.push({ code: 'codeowners_invalid', reason: codeownersDeny });
    if (guardDenied) {
      const d = facts.guardDiff!.denials;
      const shown = d.slice(0, 5).join('; ') + (d.length > 5 ? `; and ${d.length - 5} more` : '');
      blocking.push({ code: 'guard_diff_denied', reason: `guard-diff denies this change, so no approval can make it acceptable: ${shown || 'no reason given'}` });
    }
  } else if (!needed) {
    decision = 'not_required';
  } else {
    const failed = requirements.filter((r) => r.status === 'failed');
    decision = failed.length === 0 ? 'approved' : 'approval_required';
    for (const r of failed) {
      if (r.name === 'no_changes_requested') {
        for (const c of changeRequests) {
          const why = (c.why ? `: it stands because ${c.why}` : '') + (c.unverified ? `${c.why ? '; and' : ': it stands because'} ${c.login} ${c.unverified}` : '');
          blocking.push({ code: 'changes_requested', reason: `${c.login} requested changes (review ${c.reviewId})${why}` });
        }
      } else {
        blocking.push({ code: r.name, reason: r.reason });
      }
    }
  }

  return {
    decision,
    required,
    tier,
    headSha: facts.headSha,
    baseSha: facts.baseSha,
    counted,
    rejected,
    requirements,
    blocking,
    codeowners: codeownersResults,
    warnings,
    changeRequests: changeRequests.map((c) => ({ login: c.login, reviewId: c.reviewId })),
  };
}

export interface ReviewCandidates {
  /** Logins to request reviews from (each could count if they approve the head SHA). */
  users: string[];
  /** Teams (`org/slug`) to request. */
  teams: string[];
  /** Named candidates who cannot count, and why. */
  excluded: { login: string; reason: string }[];
  source: 'policy' | 'codeowners' | 'policy+codeowners' | 'none';
}

/**
 * Whom to ask for a review when approval is needed: the tier's policy reviewers and, when the tier
 * requires code owners, the CODEOWNERS owners of the high-risk paths (emails skipped: they cannot be
 * requested). Users who could not count are excluded (agents, author, initiator, contributors, last
 * pusher, permission below write or not looked up, outside the policy's reviewers), as are those whose
 * approval of the head already counts. A team is dropped when its members are known and none could
 * count; when the policy names reviewers, code-owner teams outside the policy's teams are dropped.
 */
export function reviewCandidates(facts: ApprovalFacts, policy: Policy): ReviewCandidates {
  const none: ReviewCandidates = { users: [], teams: [], excluded: [], source: 'none' };
  if (!(TIERS as readonly string[]).includes(facts.tier)) return none;
  const rule = policy.approvals[facts.tier];
  if (rule.count === 0 && !rule.codeowners) return none;
  const q = buildQualifier(facts, policy, rule);
  const alreadyCounted = new Set(
    evaluateApprovals(facts, policy)
      .counted.filter((c) => c.countedVia === 'head_sha')
      .map((c) => foldLogin(c.login)),
  );

  const userNames: string[] = [...rule.reviewers.users];
  const policyTeams = rule.reviewers.teams.map(normTeam);
  const teamNames: string[] = [...policyTeams];
  const restricted = userNames.length > 0 || teamNames.length > 0;
  let fromCodeowners = false;
  if (rule.codeowners && facts.codeowners && facts.codeowners.problems.length === 0) {
    for (const path of facts.highRiskPaths) {
      for (const o of facts.codeowners.matchesOf(path).flatMap((m) => m.owners)) {
        if (o.kind === 'user') {
          userNames.push(o.login);
          fromCodeowners = true;
        } else if (o.kind === 'team' && (!restricted || policyTeams.includes(normTeam(o.name)))) {
          teamNames.push(normTeam(o.name));
          fromCodeowners = true;
        }
      }
    }
  }
  const source: ReviewCandidates['source'] = restricted ? (fromCodeowners ? 'policy+codeowners' : 'policy') : fromCodeowners ? 'codeowners' : 'none';

  const users: string[] = [];
  const excluded: { login: string; reason: string }[] = [];
  const seen = new Set<string>();
  for (const login of userNames) {
    const key = foldLogin(login);
    if (seen.has(key)) continue;
    seen.add(key);
    const dq = q.check({ login, type: 'User' });
    if (dq) excluded.push({ login, reason: dq.reason });
    else if (alreadyCounted.has(key)) excluded.push({ login, reason: 'already approved the head commit' });
    else users.push(login);
  }
  const teamMembers = buildTeamMembers(facts);
  const teams: string[] = [];
  for (const team of new Set(teamNames)) {
    const members = teamLookup(teamMembers, team);
    if (members && ![...members].some((m) => q.check({ login: m, type: 'User' }) === null)) {
      excluded.push({ login: `@${team}`, reason: 'no member of the team could count' });
      continue;
    }
    teams.push(team);
  }
  return { users, teams, excluded, source };
}
