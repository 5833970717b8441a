// The approval gate's REST objects as the core's facts, pure: pull requests, reviews and commits as
// GitHub's REST API returns them (untrusted input: every field is checked for its type), the tier of a
// change known only from the files API (every file escalated to high: the API reports no file modes,
// trust model rule 5), and which reviewers' repository permissions decide anything (so the adapter
// looks up only those). src/adapters/github-pulls.ts does the requests; this decides nothing
// about who counts (src/core/approvals.ts does).

import { evaluateApprovals, type ApprovalEvaluation, type ApprovalFacts, type CommitFact, type RepoPermission, type ReviewFact } from './approvals.js';
import { buildQualifier } from './approval-qualifier.js';
import type { CodeownersFile } from './codeowners.js';
import { because } from './rules/file-reason.js';
import { changeSet } from './rules/kinds/change-set.js';
import { evaluateChange, type Evaluation, type FileResult, type ManifestInput, type PolicyInput } from './evaluate.js';
import { foldLogin } from './logins.js';
import { pullRequestBranch } from './manifest.js';
import type { Policy } from './policy.js';
import { maxTier, type Tier } from './tiers.js';
import type { ChangeEntry } from './types.js';
import { obj, str, num } from './json.js';


// ---------------------------------------------------------------------------------------------------
// REST objects -> core facts

const CO_AUTHOR_LINE = /^[ \t]*co-authored-by[ \t]*:(.*)$/i;

/** `Co-authored-by:` lines anywhere in a commit message (trailers or not: matching only ever removes approvers). */
export function coAuthorsOf(message: string): { name: string; email: string }[] {
  const out: { name: string; email: string }[] = [];
  const seen = new Set<string>();
  for (const line of message.split(/\r?\n/)) {
    const m = CO_AUTHOR_LINE.exec(line);
    if (!m) continue;
    const value = m[1]!.trim();
    const parts = /^(.*?)\s*<([^<>]*)>\s*$/.exec(value);
    const c = parts ? { name: parts[1]!.trim(), email: parts[2]!.trim() } : { name: value, email: '' };
    const key = `${c.name}\u0000${c.email.toLowerCase()}`;
    if ((c.name || c.email) && !seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}

/** `{ id }` when the REST account id is a usable number (ids survive renames), else nothing. */
const withId = (v: unknown): { id?: number } => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? { id: v } : {});

export function reviewFact(raw: unknown): ReviewFact {
  const r = obj(raw);
  const u = r.user === null || r.user === undefined ? null : obj(r.user);
  return {
    id: num(r.id) ?? -1,
    user: u && str(u.login) ? { login: str(u.login)!, type: str(u.type) ?? null, ...withId(u.id) } : null,
    state: str(r.state) ?? '',
    commitId: str(r.commit_id) ?? null,
    submittedAt: str(r.submitted_at) ?? null,
  };
}

export function commitFact(raw: unknown): CommitFact {
  const c = obj(raw);
  const git = obj(c.commit);
  const ga = obj(git.author);
  const gc = obj(git.committer);
  const login = (u: unknown) => str(obj(u).login) ?? null;
  return {
    sha: str(c.sha) ?? '',
    author: { login: login(c.author), ...withId(obj(c.author).id), email: str(ga.email) ?? null, name: str(ga.name) ?? null },
    committer: { login: login(c.committer), ...withId(obj(c.committer).id), email: str(gc.email) ?? null, name: str(gc.name) ?? null },
    coAuthors: coAuthorsOf(str(git.message) ?? ''),
  };
}

const ZERO_OID = '0'.repeat(40);

/**
 * A files-API entry as a change entry. The API reports no file modes, so the kinds here are
 * placeholders ('regular'); `tierFromFilesApi` marks every file's kind as unknown and escalates it.
 */
export function changeEntryFromFilesApi(raw: unknown): { entry: ChangeEntry; apiStatus: string } {
  const f = obj(raw);
  const apiStatus = str(f.status) ?? 'unknown';
  const path = str(f.filename) ?? '';
  const previous = str(f.previous_filename);
  const blob = str(f.sha) ?? ZERO_OID;
  const present = { mode: '100644', kind: 'regular' as const };
  const absent = { mode: '000000', kind: 'none' as const };
  const [status, oldSide, newSide]: [ChangeEntry['status'], typeof present | typeof absent, typeof present | typeof absent] =
    apiStatus === 'added'
      ? ['added', absent, present]
      : apiStatus === 'removed'
        ? ['deleted', present, absent]
        : apiStatus === 'renamed'
          ? ['renamed', present, present]
          : apiStatus === 'copied'
            ? ['copied', present, present]
            : ['modified', present, present]; // modified, changed, unchanged, or a status we do not know
  const entry: ChangeEntry = {
    status,
    path,
    oldMode: oldSide.mode,
    newMode: newSide.mode,
    oldKind: oldSide.kind,
    newKind: newSide.kind,
    oldBlob: ZERO_OID, // unknown from the files API
    newBlob: status === 'deleted' ? ZERO_OID : blob,
  };
  if ((status === 'renamed' || status === 'copied') && previous !== undefined) entry.previousPath = previous;
  return { entry, apiStatus };
}

const UNKNOWN_KIND_REASON = because(
  changeSet,
  'kind_unknown',
  'file kind unknown: the files API reports no file modes, so this could be a symlink, a new executable or a submodule; treated as high tier (run the gate with a git checkout, fetch-depth 0, for the exact tier)',
);

/**
 * guard-diff's evaluation of a files-API change set, made conservative: every file's kind is unknown,
 * so every file is raised to high tier (a denied file stays denied), with the reason on the file.
 */
export function tierFromFilesApi(
  files: readonly unknown[],
  facts: { base: string; head: string; branch?: string; repository?: string; now?: Date },
  policy: PolicyInput,
  manifest: ManifestInput | null,
): Evaluation {
  const mapped = files.map(changeEntryFromFilesApi);
  const evaluation = evaluateChange(
    {
      base: facts.base,
      head: facts.head,
      mergeBase: '',
      entries: mapped.map((m) => m.entry),
      ...(facts.branch !== undefined ? { branch: facts.branch } : {}),
      ...(facts.repository !== undefined ? { repository: facts.repository } : {}),
      ...(facts.now !== undefined ? { now: facts.now } : {}),
    },
    policy,
    manifest,
  );
  const approvalsHigh = policy.compiled.policy.approvals.high.count;
  const escalated: FileResult[] = evaluation.files.map((f, i) => {
    const apiStatus = mapped[i]!.apiStatus;
    const reasons = [...f.reasons];
    if (!['added', 'removed', 'modified', 'renamed', 'copied'].includes(apiStatus)) reasons.push(because(changeSet, 'files_api_status', `the files API reports status ${JSON.stringify(apiStatus)}`));
    reasons.push(UNKNOWN_KIND_REASON);
    return { ...f, kind: 'unknown', tier: 'high', decision: f.decision === 'deny' ? 'deny' : approvalsHigh > 0 ? 'approval_required' : 'allow', reasons };
  });
  let tier: Tier = 'low';
  for (const f of escalated) tier = maxTier(tier, f.tier);
  const verdict = evaluation.violations.length > 0 || escalated.some((f) => f.decision === 'deny') ? 'deny' : escalated.some((f) => f.decision === 'approval_required') ? 'approval_required' : 'allow';
  const approvalsRequired = verdict === 'approval_required' ? policy.compiled.policy.approvals[tier].count : 0;
  return {
    ...evaluation,
    files: escalated,
    tier,
    verdict,
    approvals_required: approvalsRequired,
    summary: `${verdict.replace('_', ' ')}: ${escalated.length} file(s) from the files API, file kinds unknown (treated as high tier)`,
  };
}

/** The paths that set the change's tier (both sides of a rename), for the code-owner requirement. */
export function pathsAtTier(change: Evaluation): string[] {
  const out = new Set<string>();
  for (const f of change.files) {
    if (f.tier !== change.tier) continue;
    out.add(f.path);
    if (f.status === 'renamed' && f.previous_path !== undefined) out.add(f.previous_path);
  }
  return [...out];
}

// ---------------------------------------------------------------------------------------------------
// Which permissions and team memberships matter

const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
const NON_DECISIVE = new Set(['COMMENTED', 'PENDING']);

/** Per reviewer (folded login), the latest decisive review, as the core reads it. */
export function latestDecisive(reviews: readonly ReviewFact[]): Map<string, { review: ReviewFact; state: string }> {
  const latest = new Map<string, { review: ReviewFact; state: string }>();
  for (const review of reviews) {
    if (!review.user?.login) continue;
    const state = String(review.state ?? '').toUpperCase();
    if (NON_DECISIVE.has(state)) continue;
    latest.set(foldLogin(review.user.login), { review, state: DECISIVE.has(state) ? state : 'DISMISSED' });
  }
  return latest;
}

/**
 * The reviewers whose repository permission decides whether their latest review counts (an approval)
 * or blocks (a change request): the core is run with every reviewer assumed to have write and to be in
 * every policy team; whoever it then does not reject for another reason needs the lookup. Everyone
 * else is rejected whatever their permission, so looking them up would only spend the API budget.
 */
export function reviewersNeedingPermission(facts: ApprovalFacts, policy: Policy): { logins: string[]; hypothetical: ApprovalEvaluation } {
  const latest = latestDecisive(facts.reviews);
  // Whoever dismissed a change request decides whether it was withdrawn (./approval-history.ts).
  const dismissers = (facts.dismissals ?? []).filter((d) => d.state === 'CHANGES_REQUESTED' && d.actor?.login).map((d) => d.actor!);
  const everyone = [...new Set([...[...latest.values()].map((l) => l.review.user!.login), ...dismissers.map((d) => d.login)])];
  const rule = policy.approvals[(['low', 'medium', 'high'] as const).includes(facts.tier) ? facts.tier : 'high'];
  const hypothetical = evaluateApprovals(
    {
      ...facts,
      permissions: Object.fromEntries(everyone.map((l): [string, RepoPermission] => [l, 'write'])),
      teamMembers: { ...Object.fromEntries(rule.reviewers.teams.map((t) => [t, everyone])), ...(facts.teamMembers ?? {}) },
    },
    policy,
  );
  const rejected = new Set(hypothetical.rejected.map((r) => r.reviewId));
  const logins = new Set<string>();
  for (const { review, state } of latest.values()) {
    if ((state === 'APPROVED' || state === 'CHANGES_REQUESTED') && !rejected.has(review.id)) logins.add(review.user!.login);
  }
  // A change request that stands only with write permission (an earlier one on the head, a dismissal undone).
  for (const c of hypothetical.changeRequests ?? []) logins.add(c.login);
  const q = buildQualifier({ ...facts, permissions: Object.fromEntries(everyone.map((l): [string, RepoPermission] => [l, 'write'])) }, policy, rule);
  for (const d of dismissers) if (q.check(d) === null) logins.add(d.login);
  return { logins: [...logins], hypothetical };
}

// ---------------------------------------------------------------------------------------------------
// The pull request

export interface PullInfo {
  number: number;
  htmlUrl: string | null;
  state: string;
  draft: boolean;
  author: { login: string; type: string | null; id?: number };
  createdAt: string;
  headRef: string | null;
  /** `headRef` as this repository sees it: `owner:branch` for a fork (see pullRequestBranch). */
  headBranch: string | null;
  /** The branch the pull request targets (`base.ref`), as the API returned it. */
  baseRef: string | null;
  /** The repository's default branch (`base.repo.default_branch`): the default protected target. */
  defaultBranch: string | null;
  requestedUsers: string[];
  requestedTeams: string[];
  commits: number | null;
  changedFiles: number | null;
}

export function parseRepository(full: string): { owner: string; repo: string } | null {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(full);
  if (!m || m[2] === '.' || m[2] === '..') return null;
  return { owner: m[1]!, repo: m[2]! };
}

export function pullInfo(raw: unknown, number: number): PullInfo {
  const p = obj(raw);
  const user = obj(p.user);
  return {
    number: num(p.number) ?? number,
    htmlUrl: str(p.html_url) ?? null,
    state: str(p.state) ?? 'unknown',
    draft: p.draft === true,
    author: { login: str(user.login) ?? '', type: str(user.type) ?? null, ...withId(user.id) },
    createdAt: str(p.created_at) ?? '',
    headRef: str(obj(p.head).ref) ?? null,
    headBranch: ((ref) => (ref === undefined ? null : pullRequestBranch(ref, str(obj(obj(p.head).repo).full_name), str(obj(obj(p.base).repo).full_name))))(str(obj(p.head).ref)),
    baseRef: str(obj(p.base).ref) ?? null,
    defaultBranch: str(obj(obj(p.base).repo).default_branch) ?? null,
    requestedUsers: (Array.isArray(p.requested_reviewers) ? p.requested_reviewers : []).map((u) => str(obj(u).login)).filter((l): l is string => !!l),
    requestedTeams: (Array.isArray(p.requested_teams) ? p.requested_teams : []).map((u) => str(obj(u).slug)).filter((l): l is string => !!l),
    commits: num(p.commits) ?? null,
    changedFiles: num(p.changed_files) ?? null,
  };
}

// ---------------------------------------------------------------------------------------------------
// After the lookups

export function codeownerTeams(file: CodeownersFile, paths: readonly string[]): string[] {
  const teams = new Set<string>();
  for (const p of paths) for (const o of file.matchesOf(p).flatMap((m) => m.owners)) if (o.kind === 'team') teams.add(o.name);
  return [...teams];
}

/**
 * Reviews rejected only because their reviewer's permission was not looked up were rejected, in the
 * run that assumed write, for their real reason (a stale commit, an agent, ...): report that one.
 */
export function withReasonsFrom(final: ApprovalEvaluation, hypothetical: ApprovalEvaluation, permissions: Record<string, RepoPermission>): ApprovalEvaluation {
  const known = new Set(Object.keys(permissions).map(foldLogin));
  const hyp = new Map(hypothetical.rejected.map((r) => [r.reviewId, r]));
  return {
    ...final,
    warnings: [...final.warnings],
    rejected: final.rejected.map((r) => (r.login !== null && !known.has(foldLogin(r.login)) && hyp.has(r.reviewId) ? hyp.get(r.reviewId)! : r)),
  };
}

/**
 * The paths that set the tier, and the other paths of those files through symlinks of the head tree
 * (git's `linkedFrom`: with `.github/workflows -> ../ci`, an edit of ci/deploy.yml is an edit of
 * .github/workflows/deploy.yml, which is why its tier is high). The code owners of those paths must
 * approve too: more owners, never fewer, as with case variants.
 */
export function withSymlinkAliases(paths: readonly string[], entries: readonly ChangeEntry[] | undefined): string[] {
  const out = new Set(paths);
  for (const e of entries ?? []) if (out.has(e.path) || (e.previousPath !== undefined && out.has(e.previousPath))) for (const a of e.linkedFrom ?? []) out.add(a);
  return [...out];
}

/** One line per changed path: both paths of a rename, both modes, both blobs. Equal lists: the same change, byte for byte. */
function changeKeys(entries: readonly ChangeEntry[]): string[] {
  return entries.map((e) => [e.status, e.previousPath ?? '', e.path, e.oldMode, e.newMode, e.oldBlob, e.newBlob].join('\u0000')).sort();
}

/** The first path whose change differs between the two ranges, or undefined when they are the same. */
export function firstDifference(approved: readonly ChangeEntry[], head: readonly ChangeEntry[]): string | undefined {
  const a = changeKeys(approved);
  const h = changeKeys(head);
  for (let i = 0; i < Math.max(a.length, h.length); i++) {
    if (a[i] !== h[i]) return (a[i] ?? h[i])!.split('\u0000')[2];
  }
  return undefined;
}
