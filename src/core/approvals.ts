// Approval evaluation (trust model rules 6 and 7): has a qualified human who is not the agent, not
// its operator and not a contributor to the change approved this exact head commit? Pure: the adapter
// gathers the facts from the REST API (and git, for identical-rebase proofs); this decides, and every
// rule explains itself. Labels and comments are never inputs: there is no field for them.
//
// Who counts. Per reviewer (login, case-insensitive) only the latest DECISIVE review matters:
// APPROVED, CHANGES_REQUESTED or DISMISSED; COMMENTED and PENDING change nothing; an unknown state is
// treated as DISMISSED (it withdraws an earlier approval; fail closed). An approval counts when its
// reviewer is qualified and it is bound to the head SHA (or, when the tier's rule allows it, to a
// commit the adapter proved to carry the identical change). Qualified means, in this order:
//   1. not an agent (`isAgentIdentity`: policy patterns, type other than User, `[bot]`, Copilot, built-ins);
//   2. not the pull request author; 3. not the manifest's initiator;
//   4. not an author, committer or co-author of any commit of the pull request (see "Identity" below);
//   5. not the last pusher;
//   6. repository permission admin, maintain or write, as looked up by the adapter (never
//      author_association); a missing entry means "not counted", never "assume write";
//   7. when the tier's rule names reviewers (users and/or teams): one of the users, or a member of one
//      of the teams per `teamMembers` (unknown membership means not counted).
// CHANGES_REQUESTED as the latest decisive review of a qualified reviewer blocks, whatever commit it
// was made on (a change request stands until its author approves or it is dismissed, as on GitHub).
// A change request from someone who could not approve does not block; it is reported. One whose
// author's permission or team membership is unknown (not looked up, e.g. beyond the lookup budget
// that reviews from many accounts can exhaust) does block: unknown is never read as "could not".
//
// Decision: 'deny' when any input list is incomplete, a SHA is malformed, or (where the tier needs
// code owners) the base CODEOWNERS has problems, whatever the tier, since an incomplete file list
// means the tier itself is unreliable; 'not_required' when the tier's count is 0 and code owners are
// off (change requests are then reported but do not block); 'approved' when every requirement passes;
// 'approval_required' otherwise, with one blocking reason per failed requirement or change request.
//
// Base branch. An approval binds to the head SHA AND to the base branch it was given against: the
// same head into another branch is another change (all commits between the two bases come with
// it). So an approval submitted before the last change of the base branch does not count
// (`baseChangedAt`, from the issue events).
//
// Identity of contributors. A commit's author and committer carry the login GitHub resolved from the
// email (REST `author`/`committer`), plus the raw git name and email; a `Co-authored-by:` trailer is a
// name and an email, with a login only when the adapter resolved one. A contributor is matched to a
// reviewer by login (case-insensitive), or by email (case-insensitive, trimmed) through:
//   - GitHub no-reply addresses, which name the login: `ID+login@users.noreply.<host>` or `login@users.noreply.<host>`;
//     the ID form also names the account id, which is matched against the reviewer's `id` (a renamed
//     account keeps its id, so an old no-reply address still names it);
//   - emails the pull request's own commits link to a login (a REST commit whose author or committer
//     has both `login` and `email`: GitHub only links verified emails);
//   - `userEmails[login]`, emails the adapter knows belong to an account (e.g. public profile email).
// An email that none of these link to a login cannot be matched to any reviewer: it is listed in
// `warnings` (e.g. a co-author with a private, unlinked address). Names are never used: they are not
// identities. Matching only ever removes approvers, so a wrong or forged trailer can block a reviewer
// (visible in the rejection reason) but never adds one.
//
// Identical rebase (`keep_on_identical_rebase`). An approval of commit A counts for head H only when
// the adapter supplies a proof { approvedSha: A, headSha: H, patchIdsEqual: true, sameFiles: true }.
// For that proof to be sound the adapter must compute, locally with git, ONE digest over the WHOLE range of each side:
// `git diff --binary --full-index --no-ext-diff --no-textconv <merge-base(base, A)> A` versus the same
// for `<merge-base(base, H)> H`, hashed with `git patch-id --verbatim` (whitespace-significant; plain
// `git patch-id` ignores whitespace, which matters in Python, YAML and Makefiles), with file modes
// (`--raw`) included, and binary changes in full (`--binary`; without it every binary change
// reads "Binary files differ"). Per-commit patch-ids are not enough (commits can be split, squashed,
// reordered into a different result). A patch-id is NOT enough on its own either: it drops the hunk
// headers, so the same lines added at another place with the same three lines of context around them
// (two identical blocks of a config file) have the same patch-id and are another change. So the proof
// also needs `sameFiles`: both ranges change the same paths, each with the same modes and the same old
// and new blobs. A rebase onto a base that changed a file of the change (other old blob) therefore
// needs a new approval; one onto a base that changed other files keeps it.
// The proof says nothing about the new base: the approver approved
// the change, not its combination with the new base. The tier and every other requirement are still
// evaluated on H.

import type { ApprovalRule, Policy } from './policy.js';
import { TIERS, type Tier } from './tiers.js';
import { foldLogin, isAgentIdentity, sameLogin } from './logins.js';
import type { CodeOwner, CodeownersFile, CodeownersMatch } from './codeowners.js';

export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
const WRITE_PERMISSIONS: ReadonlySet<string> = new Set(['admin', 'maintain', 'write']);

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
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
const NON_DECISIVE = new Set(['COMMENTED', 'PENDING']);

interface Disqualification {
  code: RejectionCode;
  reason: string;
}

/** Everything derived once from the facts that decides whether a login can approve. */
interface Qualifier {
  check(user: AccountFact): Disqualification | null;
  warnings: string[];
}

function normEmail(email: string | null | undefined): string | undefined {
  const e = (email ?? '').trim().toLowerCase();
  return e.length > 0 ? e : undefined;
}

/** The account id a GitHub no-reply address names (`123+login@...`): it survives a rename of the login. */
export function idFromNoreplyEmail(email: string): number | undefined {
  const m = /^(\d{1,15})\+[^@]*@users\.noreply\.[a-z0-9.-]+$/i.exec(email.trim());
  if (!m) return undefined;
  const id = Number(m[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** The login a GitHub no-reply address names (`123+login@users.noreply.github.com`), if it is one. */
export function loginFromNoreplyEmail(email: string): string | undefined {
  const m = /^(?:\d+\+)?([a-z0-9](?:[a-z0-9_-]{0,99}))@users\.noreply\.[a-z0-9.-]+$/i.exec(email.trim());
  return m ? foldLogin(m[1]!) : undefined;
}

function normTeam(name: string): string {
  return (name.startsWith('@') ? name.slice(1) : name).toLowerCase();
}

/** Members of a team (folded logins), or undefined when the facts do not say. A bare slug matches any org's team of that slug. */
function teamLookup(teamMembers: Map<string, Set<string>>, team: string): Set<string> | undefined {
  const key = normTeam(team);
  const exact = teamMembers.get(key);
  if (exact || key.includes('/')) return exact;
  for (const [k, v] of teamMembers) if (k.split('/')[1] === key) return v;
  return undefined;
}

function buildTeamMembers(facts: ApprovalFacts): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [team, members] of Object.entries(facts.teamMembers ?? {})) {
    map.set(normTeam(team), new Set((members ?? []).map(foldLogin)));
  }
  return map;
}

function buildQualifier(facts: ApprovalFacts, policy: Policy, rule: ApprovalRule): Qualifier {
  const warnings: string[] = [];

  // email -> logins, from no-reply addresses (computed on demand), linked commit identities, and userEmails.
  const emailLogins = new Map<string, Set<string>>();
  const link = (email: string | null | undefined, login: string | null | undefined) => {
    const e = normEmail(email);
    if (!e || !login) return;
    let set = emailLogins.get(e);
    if (!set) emailLogins.set(e, (set = new Set()));
    set.add(foldLogin(login));
  };
  for (const c of facts.commits) {
    link(c.author.email, c.author.login);
    link(c.committer.email, c.committer.login);
    for (const co of c.coAuthors) link(co.email, co.login);
  }
  for (const [login, emails] of Object.entries(facts.userEmails ?? {})) for (const e of emails ?? []) link(e, login);

  // folded login -> why that login contributed to the change
  const contributors = new Map<string, Disqualification>();
  // account id -> why: a login can change after the commit was written (a renamed account keeps its id).
  const contributorIds = new Map<number, Disqualification>();
  const unresolved = new Set<string>();
  const addContributor = (code: 'commit_author' | 'committer' | 'co_author', who: GitIdentityFact, sha: string) => {
    const role = code === 'commit_author' ? 'an author' : code === 'committer' ? 'the committer' : 'a co-author (Co-authored-by)';
    const short = sha.slice(0, 12);
    const logins = new Set<string>();
    if (who.login) logins.add(foldLogin(who.login));
    const email = normEmail(who.email);
    const ids = new Set<number>();
    if (typeof who.id === 'number' && Number.isSafeInteger(who.id) && who.id > 0) ids.add(who.id);
    if (email) {
      for (const l of emailLogins.get(email) ?? []) logins.add(l);
      const noreply = loginFromNoreplyEmail(email);
      if (noreply) logins.add(noreply);
      const id = idFromNoreplyEmail(email);
      if (id !== undefined) ids.add(id);
    }
    for (const id of ids) {
      if (!contributorIds.has(id)) {
        contributorIds.set(id, { code, reason: `is ${role} of commit ${short} (matched by account id ${id}${email ? `, ${email}` : ''}): not independent of the change` });
      }
    }
    if (logins.size === 0) {
      if (ids.size > 0) return;
      if (email || who.name) unresolved.add(`${role} of ${short} (${JSON.stringify(who.name ?? '')} <${email ?? 'no email'}>) is not linked to any GitHub login`);
      return;
    }
    for (const l of logins) {
      if (contributors.has(l)) continue;
      const via = who.login && foldLogin(who.login) === l ? 'by login' : `by email ${email}`;
      contributors.set(l, { code, reason: `is ${role} of commit ${short} (matched ${via}): not independent of the change` });
    }
  };
  for (const c of facts.commits) {
    addContributor('commit_author', c.author, c.sha);
    addContributor('committer', c.committer, c.sha);
    for (const co of c.coAuthors) addContributor('co_author', co, c.sha);
  }
  for (const u of unresolved) warnings.push(`${u}: it cannot be matched to a reviewer`);
  if (!facts.lastPusher) warnings.push('the last pusher is unknown: only commit authors, committers and co-authors were excluded');

  const permissions = new Map<string, string>();
  for (const [login, p] of Object.entries(facts.permissions ?? {})) permissions.set(foldLogin(login), p);
  const teamMembers = buildTeamMembers(facts);
  const users = rule.reviewers.users;
  const teams = rule.reviewers.teams;
  const restricted = users.length > 0 || teams.length > 0;

  const check = (user: AccountFact): Disqualification | null => {
    const agent = isAgentIdentity(user, policy.agents);
    // Reasons read after the login ("alice is the pull request author"); isAgentIdentity's names it already.
    if (agent) return { code: 'agent', reason: `${withoutLeadingLogin(agent, user.login)}: agents never approve` };
    const login = user.login;
    const id = typeof user.id === 'number' && Number.isSafeInteger(user.id) && user.id > 0 ? user.id : undefined;
    if (sameLogin(login, facts.pullRequest.author.login) || (id !== undefined && id === facts.pullRequest.author.id)) {
      return { code: 'pr_author', reason: 'is the pull request author' };
    }
    if (sameLogin(login, facts.manifest?.initiator)) return { code: 'initiator', reason: "started the agent's task (manifest initiator)" };
    const contribution = contributors.get(foldLogin(login)) ?? (id !== undefined ? contributorIds.get(id) : undefined);
    if (contribution) return contribution;
    if (sameLogin(login, facts.lastPusher)) return { code: 'last_pusher', reason: 'pushed the head commit (last pusher)' };
    const permission = permissions.get(foldLogin(login));
    if (permission === undefined) return { code: 'permission_unknown', reason: 'repository permission was not looked up: never assumed' };
    if (!WRITE_PERMISSIONS.has(permission)) {
      return { code: 'permission_insufficient', reason: `repository permission is ${JSON.stringify(permission)}; write, maintain or admin is needed` };
    }
    if (restricted) {
      if (users.some((u) => sameLogin(u, login))) return null;
      let unknownTeam: string | undefined;
      for (const t of teams) {
        const members = teamLookup(teamMembers, t);
        if (members === undefined) unknownTeam ??= t;
        else if (members.has(foldLogin(login))) return null;
      }
      const named = [...users.map((u) => `@${u}`), ...teams.map((t) => `@${normTeam(t)}`)].join(', ');
      if (unknownTeam !== undefined) {
        return { code: 'team_membership_unknown', reason: `is not one of the policy's reviewers (${named}) as far as known: membership of ${unknownTeam} was not looked up` };
      }
      return { code: 'not_in_reviewers', reason: `is not one of the policy's reviewers (${named})` };
    }
    return null;
  };
  return { check, warnings };
}

/** `text` without a leading `login ` (the rejection reason is rendered after the login). */
function withoutLeadingLogin(text: string, login: string): string {
  return login && text.startsWith(`${login} `) ? text.slice(login.length + 1) : text;
}

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
  const required = rule.count;
  const q = buildQualifier(facts, policy, rule);
  const warnings = [...q.warnings];
  const counted: CountedApproval[] = [];
  const rejected: RejectedReview[] = [];
  const blocking: BlockingReason[] = [];
  const reviews = Array.isArray(facts.reviews) ? facts.reviews : [];

  // 1. Per reviewer, the latest decisive review. Earlier approvals are superseded.
  const latest = new Map<string, { review: ReviewFact; state: string }>();
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
    const effective = DECISIVE.has(state) ? state : 'DISMISSED';
    const key = foldLogin(review.user.login);
    const prev = latest.get(key);
    if (prev && prev.state === 'APPROVED') superseded.push({ review: prev.review, by: review, byState: effective });
    latest.set(key, { review, state: effective });
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
  const changeRequests: { login: string; reviewId: number; unverified?: string }[] = [];
  for (const { review, state } of latest.values()) {
    const user = review.user!;
    const base = { login: user.login, reviewId: review.id, state, commitId: review.commitId };
    if (state === 'DISMISSED') {
      rejected.push({ ...base, code: 'dismissed', reason: 'the review was dismissed (or its state is unknown)' });
      continue;
    }
    const dq = q.check(user);
    if (state === 'CHANGES_REQUESTED') {
      // Unknown is not "could not approve": a change request whose author's permission or team
      // membership was not established (e.g. beyond the lookup budget) stands (fail closed).
      if (dq && (dq.code === 'permission_unknown' || dq.code === 'team_membership_unknown')) {
        changeRequests.push({ login: user.login, reviewId: review.id, unverified: dq.reason });
      } else if (dq) rejected.push({ ...base, code: dq.code, reason: `change request does not block: ${user.login} ${dq.reason}` });
      else changeRequests.push({ login: user.login, reviewId: review.id });
      continue;
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
    requirements.push(
      n >= required
        ? { name: 'approval_count', status: 'passed', reason: `${n} qualified approval${n === 1 ? '' : 's'} of ${required} required: ${counted.map((c) => c.login).join(', ') || 'none needed'}` }
        : {
            name: 'approval_count',
            status: 'failed',
            reason: `${n} of ${required} required qualified approval${required === 1 ? '' : 's'} on ${String(facts.headSha).slice(0, 12)}${n > 0 ? ` (${counted.map((c) => c.login).join(', ')})` : ''}`,
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
  if (invalid.length > 0 || codeownersDeny || guardDenied) {
    decision = 'deny';
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
          const why = c.unverified ? `: it stands because ${c.login} ${c.unverified}` : '';
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
  };
}

function ownerLabel(o: CodeOwner): string {
  return o.kind === 'email' ? o.email : o.kind === 'team' ? `@${o.name}` : `@${o.login}`;
}

/**
 * Every high-risk path needs a counted approver among its owners (users directly, teams through
 * `teamMembers`). Decisions: a path with no owner (no rule matches, or the last matching rule names
 * none) fails, because nobody could satisfy it; email owners cannot be tied to an account and never
 * satisfy a path; a CODEOWNERS file with problems is a deny (our reading could differ from GitHub's).
 */
function evaluateCodeowners(
  facts: ApprovalFacts,
  counted: CountedApproval[],
): { passed: boolean; reason: string; paths: CodeownersPathResult[]; deny?: string } {
  const file = facts.codeowners;
  if (!file) {
    return { passed: false, reason: `no CODEOWNERS file at the base commit: code-owner approval cannot be given`, paths: [] };
  }
  if (file.problems.length > 0) {
    const list = file.problems.slice(0, 3).map((p) => p.message).join('; ');
    const more = file.problems.length > 3 ? ` (and ${file.problems.length - 3} more)` : '';
    const reason = `${file.file} has ${file.problems.length} problem${file.problems.length === 1 ? '' : 's'}: ${list}${more}; fix it on the base branch`;
    return { passed: false, reason, paths: [], deny: reason };
  }
  if (facts.highRiskPaths.length === 0) {
    return { passed: false, reason: `no paths were given for tier ${facts.tier}: code owners cannot be checked`, paths: [] };
  }
  const teamMembers = buildTeamMembers(facts);
  const approvers = counted.map((c) => c.login);
  const paths: CodeownersPathResult[] = [];
  for (const path of [...new Set(facts.highRiskPaths)]) {
    const exact = file.ownersOf(path);
    // Case variants only add owners: the rule that decides the path once case is ignored, when it is
    // another one, must be satisfied as well (see CodeownersFile.matchesOf).
    const folded = file.ownersOfIgnoringCase(path);
    const matches: { match: CodeownersMatch | null; prefix: string }[] = [{ match: exact, prefix: '' }];
    if (folded && folded.line !== exact?.line) matches.push({ match: folded, prefix: 'ignoring case, ' });
    for (const { match, prefix } of matches) {
      if (!match) {
        paths.push({ path, owners: [], satisfiedBy: [], reason: `no CODEOWNERS rule matches ${path}: nobody can give code-owner approval` });
        continue;
      }
      const owners = match.owners.map(ownerLabel);
      if (match.owners.length === 0) {
        paths.push({ path, line: match.line, owners, satisfiedBy: [], reason: `${prefix}${file.file} line ${match.line} (${match.pattern}) leaves ${path} without owners` });
        continue;
      }
      const satisfiedBy = new Set<string>();
      const notes: string[] = [];
      for (const o of match.owners) {
        if (o.kind === 'user') {
          for (const a of approvers) if (sameLogin(a, o.login)) satisfiedBy.add(a);
        } else if (o.kind === 'team') {
          const members = teamLookup(teamMembers, o.name);
          if (!members) notes.push(`membership of @${o.name} is unknown`);
          else for (const a of approvers) if (members.has(foldLogin(a))) satisfiedBy.add(a);
        } else {
          notes.push(`email owner ${o.email} cannot be verified`);
        }
      }
      const by = [...satisfiedBy];
      paths.push({
        path,
        line: match.line,
        owners,
        satisfiedBy: by,
        reason:
          by.length > 0
            ? `${prefix}approved by code owner ${by.join(', ')} (line ${match.line})`
            : `${prefix}needs a qualified approval from ${owners.join(' or ')} (line ${match.line}${prefix ? `, ${match.pattern}` : ''})${notes.length ? `; ${notes.join('; ')}` : ''}`,
      });
    }
  }
  const missing = paths.filter((p) => p.satisfiedBy.length === 0);
  if (missing.length === 0) return { passed: true, reason: `every ${facts.tier}-tier path has a code-owner approval`, paths };
  const shown = missing.slice(0, 5).map((p) => `${p.path}: ${p.reason}`).join('; ');
  const more = missing.length > 5 ? ` (and ${missing.length - 5} more paths)` : '';
  return { passed: false, reason: `${missing.length} path${missing.length === 1 ? '' : 's'} without code-owner approval: ${shown}${more}`, paths };
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
