// The approval gate's fact collection for one pull request, phase by phase, each phase returning its
// facts and the problems it found: the pull request, its reviews, its commits and files (pinned to the
// judged SHAs), the configuration at the BASE commit, the tier (the same review guard-diff runs), the
// permissions that decide something, and before saying approved the base-branch changes and who
// dispatched the run the change started from (src/core/approval-initiator.ts). The pure core
// decides (`evaluateApprovals`), and any problem makes the decision deny (`gateDecision`). The request
// budget per phase is in docs/approval-gate.md.
//
// With a git checkout holding both commits the tier is exact (modes, symlinks, submodules, content
// reviews) and the base files cost no request; without one the files API's kinds are unknown and every
// file is high tier. The identical-rebase option applies only with a checkout.

import { codeownerTeams, latestDecisive, pathsAtTier, reviewersNeedingPermission, tierFromFilesApi, withReasonsFrom, withSymlinkAliases } from '../core/approval-facts.js';
import { gateDecision, lastBaseChange, type GateResult, type PhaseResult } from '../core/approval-gate.js';
import { evaluateApprovals, type ApprovalFacts, type IdenticalRebaseProof } from '../core/approvals.js';
import type { Evaluation } from '../core/evaluate.js';
import { quoteUntrusted } from '../core/text.js';
import type { ChangeEntry } from '../core/types.js';
import { GitError } from '../adapters/git/process.js';
import { lookupPermissions } from '../adapters/github-permissions.js';
import { decideInitiators, type InitiatorDecision } from '../core/approval-initiator.js';
import { readChangeLists, readDispatchRuns, readPull, readReviews, readTimeline, type PullFacts, type WaitEvents } from '../adapters/github-pulls.js';
import { call, GitHubApiError, inPhase, requestCounter, type GateTarget, type RestClient } from '../adapters/github-rest.js';
import { obj, str } from '../core/json.js';
import { checkoutHolds, identicalRebaseProofs } from './approval-gate-git.js';
import { apiReader, gitReader, loadCodeownersWith, loadManifestWith, loadPolicyWith, type BaseReader } from './config.js';
import { reviewCommits, type ReviewConfig } from './review-change.js';

export interface CollectOptions {
  /** Policy path at the base commit (default .github/agent-policy.yml, else the built-in baseline). */
  policyPath?: string;
  /** Task manifest path at the base commit (its `initiator` cannot approve). */
  manifestPath?: string;
  /** A git repository that may hold the base and head commits (exact tier, identical-rebase proofs). */
  checkout?: string;
  /** Who pushed the head commit, when the caller knows it (e.g. the sender of a `synchronize` event). */
  lastPusher?: string | null;
  /**
   * The pull request as the event payload gives it (GitHub's snapshot at event time), used instead of
   * reading it: one request fewer. Its SHAs are then the ones judged. `pull_request_review` payloads
   * carry no commit or file counts: completeness then rests on the comparison's `total_commits` and
   * GitHub's documented list caps alone.
   */
  pullFromEvent?: unknown;
  now?: Date;
  /**
   * The protected targets (`protected-branches`; null: the default branch). When given, a pull request
   * into any other base is judged as if it targeted the default branch (its tip's policy, the change
   * from there), as guard-diff does: a branch the agent controls carries a base policy the agent wrote,
   * and the gate's result belongs to the head commit, which a pull request into the default branch shares.
   */
  protectedBranches?: readonly string[] | null;
}

interface TierFacts {
  change: Evaluation;
  /** The git change set's entries (with the head tree's link aliases), when git computed the tier. */
  entries?: ChangeEntry[];
}

/**
 * The tier, recomputed with guard-diff's review, never taken from an artifact of an untrusted run:
 * from git when the checkout holds the commits, else from the files API (every file high).
 */
async function tierPhase(checkout: string | undefined, p: PullFacts, files: unknown[], config: ReviewConfig, repository: string, now: Date): Promise<PhaseResult<TierFacts>> {
  const context = { repository, now, ...(p.pull.headBranch ? { branch: p.pull.headBranch } : {}) };
  const facts = { base: p.base, head: p.head, ...context };
  if (checkout === undefined) {
    const change = tierFromFilesApi(files, facts, config.input, config.manifest);
    return { facts: { change }, problems: [], notes: ['tier from the files API: file kinds are unknown there, so every file is treated as high tier'] };
  }
  try {
    const { changes, evaluation } = await reviewCommits(checkout, p.base, p.head, config, context);
    return { facts: { change: evaluation, entries: changes.entries }, problems: [], notes: [`tier from git: ${changes.entries.length} change(s) from merge base ${changes.mergeBase.slice(0, 12)} to ${p.head.slice(0, 12)}`] };
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    const change = { ...tierFromFilesApi([], facts, config.input, config.manifest), tier: 'high' as const };
    return { facts: { change }, problems: [`the change set could not be computed with git (${err.code}): ${err.message}`], notes: [] };
  }
}

/** Identical-rebase proofs for the approved commits other than the head, when the option applies and git can give them. */
async function rebasePhase(checkout: string | undefined, p: PullFacts, facts: Pick<ApprovalFacts, 'reviews'>, entries: ChangeEntry[] | undefined): Promise<{ proofs: IdenticalRebaseProof[]; notes: string[] }> {
  const stale = [...new Set([...latestDecisive(facts.reviews).values()].filter((l) => l.state === 'APPROVED' && l.review.commitId && l.review.commitId !== p.head).map((l) => l.review.commitId!))];
  if (checkout === undefined) return { proofs: [], notes: ['keep_on_identical_rebase cannot apply without a git checkout holding the commits (fetch-depth: 0): approvals bind to the head SHA only'] };
  return identicalRebaseProofs(checkout, p.base, p.head, entries, stale);
}

/**
 * The base a pull request is judged against: its own when it targets a protected branch, else the
 * default branch's tip (read now: `GET /repos/{o}/{r}/branches/{branch}`). An unknown default branch is an error.
 */
async function protectedBase(client: RestClient, t: GateTarget, p: PullFacts, configured: readonly string[] | null, notes: string[]): Promise<PullFacts & { retargeted?: true }> {
  const def = p.pull.defaultBranch;
  if (!def) throw new GitHubApiError(`pull request #${t.pullNumber} does not name the repository's default branch: which policy governs it is unknown`, undefined);
  const targets = configured ?? [def];
  if (p.pull.baseRef !== null && targets.includes(p.pull.baseRef)) return p;
  const res = await call(client, 'GET /repos/{owner}/{repo}/branches/{branch}', { owner: t.owner, repo: t.repo, branch: def });
  const sha = str(obj(obj(res.data).commit).sha);
  if (!sha || !/^[0-9a-f]{40}$/.test(sha)) throw new GitHubApiError(`the default branch ${def} has no valid head SHA`, res.status);
  notes.push(
    `the pull request targets ${quoteUntrusted(p.pull.baseRef ?? '(unknown)')}, not a protected branch (${targets.join(', ')}): judged against the default branch ${def} at ${sha.slice(0, 12)}, whose policy governs what this head may become`,
  );
  // The pull request's own counts and lists are relative to its own base: only the comparison counts.
  return { ...p, base: sha, pull: { ...p.pull, commits: null, changedFiles: null }, retargeted: true };
}

/**
 * Collect the gate's facts for a pull request and evaluate them. Configuration problems at the base
 * commit throw ConfigError; API failures (after retries) throw GitHubApiError; both are a deny to callers.
 */
export async function collectApprovalGate(client: RestClient, t: GateTarget, opts: CollectOptions = {}): Promise<GateResult> {
  const counter = requestCounter(client);
  counter.phase = 'collect';
  const repository = `${t.owner}/${t.repo}`;
  const problems: string[] = [];
  const tierNotes: string[] = [];
  const take = <T>(r: PhaseResult<T>, notes: string[] = tierNotes): T => {
    problems.push(...r.problems);
    notes.push(...r.notes);
    return r.facts;
  };

  // The pull request, then the checkout when it holds both commits (exact tier, base files without requests).
  const read = take(await readPull(client, t, opts.pullFromEvent));
  const p: PullFacts & { retargeted?: true } = opts.protectedBranches !== undefined ? await protectedBase(client, t, read, opts.protectedBranches, tierNotes) : read;
  let checkout: string | undefined;
  if (opts.checkout) {
    const holds = await checkoutHolds(opts.checkout, p.base, p.head);
    if (holds.ok) checkout = opts.checkout;
    else tierNotes.push(`the git checkout cannot be used (${holds.why}): tier from the files API, configuration through the contents API`);
  }
  const reader: BaseReader = checkout ? gitReader(checkout, p.base) : apiReader(client, t, p.base);

  const reviews = take(await readReviews(client, t));
  const lists = take(await readChangeLists(client, t, p, checkout === undefined, p.retargeted === true));

  // The configuration at the base commit; the manifest the run reads is a guard file wherever it sits.
  const { policy, input } = await loadPolicyWith(reader, { ...(opts.policyPath !== undefined ? { path: opts.policyPath } : {}), manifestPaths: opts.manifestPath ? [opts.manifestPath] : [], base: p.base });
  const manifest = opts.manifestPath ? await loadManifestWith(reader, opts.manifestPath) : null;

  const { change, entries } = take(await tierPhase(checkout, p, lists.files, { policy, input, manifest }, repository, opts.now ?? new Date()));
  const tier = change.tier;
  const rule = policy.approvals[tier];
  const codeowners = rule.codeowners ? await loadCodeownersWith(reader) : undefined;
  const rebase = rule.keepOnIdenticalRebase ? await rebasePhase(checkout, p, reviews, entries) : { proofs: [], notes: [] };

  // The timeline, when a review was dismissed (who dismissed it decides whether a change request was
  // withdrawn) and before saying approved (base-branch changes, force pushes): read once.
  let waitEvents: WaitEvents | undefined;
  const readHistory = async (): Promise<WaitEvents> => {
    if (waitEvents) return waitEvents;
    waitEvents = await inPhase(client, 'events', () => readTimeline(client, t));
    if (!waitEvents.complete) problems.push("the pull request's timeline is longer than the gate reads: who dismissed a review, and whether its base branch was changed after an approval, are unknown");
    return waitEvents;
  };
  if (reviews.reviews.some((r) => r.state.toUpperCase() === 'DISMISSED')) await readHistory();

  const facts: ApprovalFacts = {
    headSha: p.head,
    baseSha: p.base,
    tier,
    highRiskPaths: withSymlinkAliases(pathsAtTier(change), entries),
    pullRequest: { number: p.pull.number, author: p.pull.author, createdAt: p.pull.createdAt, readyAt: null },
    reviews: reviews.reviews,
    commits: lists.commits,
    lastPusher: opts.lastPusher ?? null,
    permissions: {},
    listsComplete: { reviews: reviews.complete, commits: lists.commitsComplete, files: lists.filesComplete },
    ...(manifest ? { manifest: { initiator: manifest.manifest.initiator ?? null, sha256: manifest.sha256 } } : {}),
    ...(codeowners ? { codeowners } : {}),
    ...(rebase.proofs.length > 0 ? { identicalRebases: rebase.proofs } : {}),
    guardDiff: { verdict: change.verdict, denials: change.violations.map((v) => (v.path !== undefined ? `${quoteUntrusted(v.path)}: ${v.message}` : v.message)) },
    ...(waitEvents ? { dismissals: waitEvents.dismissals } : {}),
  };

  // Permissions (and team memberships) only where they decide something.
  const { logins, hypothetical } = reviewersNeedingPermission(facts, policy);
  const ownerTeams = rule.codeowners && codeowners && codeowners.problems.length === 0 ? codeownerTeams(codeowners, facts.highRiskPaths) : [];
  const looked = await inPhase(client, 'permissions', () => lookupPermissions(client, t, logins, [...rule.reviewers.teams, ...ownerTeams], { permissions: {}, teamMembers: {}, warnings: [] }));
  const finalFacts: ApprovalFacts = { ...facts, permissions: looked.permissions, teamMembers: looked.teamMembers };
  const evaluate = () => {
    const e = withReasonsFrom(evaluateApprovals(finalFacts, policy), hypothetical, looked.permissions);
    e.warnings.push(...looked.warnings);
    return e;
  };
  let evaluation = evaluate();
  let initiators: InitiatorDecision | undefined;

  // Before saying approved: was the base branch changed after an approval? The same head into another
  // base is another change (a pull request into the agent's own branch shows one commit; retargeted to
  // the default branch it brings every commit below it). The action reuses the events for the latency.
  if (gateDecision(problems, evaluation) === 'approved') {
    const history = await readHistory();
    finalFacts.baseChangedAt = lastBaseChange(history.baseChanges);
    // Who force-pushed the head commit pushed it: not independent of it (a plain push has no timeline entry).
    const pusher = [...history.forcePushes].reverse().find((f) => f.commitId === p.head && f.actor);
    if (!finalFacts.lastPusher && pusher) finalFacts.lastPusher = pusher.actor;
    // Who dispatched the run the change was started from never approves it (unreadable: deny).
    initiators = decideInitiators(lists.startCommits, await inPhase(client, 'initiators', () => readDispatchRuns(client, t, lists.startCommits)));
    problems.push(...initiators.problems);
    finalFacts.initiators = initiators.initiators;
    evaluation = evaluate();
  }

  return {
    decision: gateDecision(problems, evaluation),
    evaluation,
    problems,
    repository,
    pull: p.pull,
    facts: finalFacts,
    policy,
    policySource: { source: input.source, sha256: input.sha256, baseline: policy.origin === 'baseline' },
    manifestSource: manifest ? { source: manifest.source, sha256: manifest.sha256 } : null,
    tierSource: { mode: checkout ? 'git' : 'files_api', notes: tierNotes },
    baseFilesVia: reader.via === 'git' ? 'git' : 'contents_api',
    change,
    identicalRebase: { applies: rule.keepOnIdenticalRebase && checkout !== undefined, notes: rebase.notes },
    counter,
    ...(waitEvents ? { waitEvents } : {}),
    ...(initiators ? { initiators } : {}),
  };
}
