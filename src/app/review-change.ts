// The one change review: change set -> content findings -> link kinds -> evaluation. guard-diff (the
// action and `agent-guard check`) reviews refs with reviewChange; the approval gate and
// request-capability review a pull request's commits with reviewCommits. Both run the same steps on
// the same facts, so a change has one tier and one verdict whichever entry judges it.

import { changeSet } from '../core/rules/kinds/change-set.js';
import { evaluateChange, policySummary, protectedLinkTarget, type BranchCheck, type ChangeFacts, type Evaluation, type HeadPathKind, type ManifestInput, type PolicyInput } from '../core/evaluate.js';
import type { Policy } from '../core/policy.js';
import type { ChangeEntry } from '../core/types.js';
import { contentFindings } from '../adapters/content-review.js';
import { withWorkflowReview } from '../core/rules/workflows/render.js';
import type { WorkflowReview } from '../core/workflow-review.js';
import { computeChangeSet, type ChangeSet } from '../adapters/git/change-set.js';
import { GitError } from '../adapters/git/process.js';
import { readFileAtCommit } from '../adapters/git/reads.js';
import { loadManifestFor, loadPolicyFor, type DocumentSource } from './config.js';
import { startReview, type ReviewStart } from './review-start.js';

export interface ReviewOptions {
  repo: string;
  base: string;
  head: string;
  /** Omitted: `<base>:.github/agent-policy.yml`, else the built-in baseline. */
  policy?: DocumentSource;
  manifest?: DocumentSource;
  branch?: string;
  /**
   * Whether the branch checks apply (absent: they do). The guard-diff action skips them on a merge
   * group, with the reason; `agent-guard check` never does.
   */
  branchCheck?: BranchCheck;
  repository?: string;
  now?: Date;
  /** Facts about how the run was set up that the reader must see (added to the evaluation's notes). */
  notes?: string[];
}

/** The configuration a review applies, loaded from the base commit (see ./config.ts). */
export interface ReviewConfig {
  policy: Policy;
  input: PolicyInput;
  manifest: ManifestInput | null;
}

/** What the evaluation needs besides the change set. */
export type ReviewContext = Pick<ChangeFacts, 'branch' | 'branchCheck' | 'repository'> & { now: Date };

/**
 * Review a change between two refs. Git failures become a deny evaluation (fail closed, with the fix
 * in the message); configuration problems throw ConfigError. `started`: startReview(opts) called
 * already (`check` begins the git side before this module loads).
 */
export async function reviewChange(opts: ReviewOptions, cwd = process.cwd(), started?: Promise<ReviewStart>): Promise<Evaluation> {
  const start = await (started ?? startReview(opts));
  if ('error' in start) return gitDenial(start.error, opts);
  const { known } = start;
  const { policy, input } = await loadPolicyFor(opts.repo, start.baseCommit, opts.policy, cwd, opts.manifest?.kind === 'ref' ? [opts.manifest.path] : [], known);
  const manifest = opts.manifest ? await loadManifestFor(opts.repo, opts.manifest, cwd, known) : null;
  try {
    const outcome = await start.changes;
    if ('error' in outcome) throw outcome.error;
    const context: ReviewContext = {
      ...(opts.branch !== undefined ? { branch: opts.branch } : {}),
      ...(opts.branchCheck !== undefined ? { branchCheck: opts.branchCheck } : {}),
      ...(opts.repository !== undefined ? { repository: opts.repository } : {}),
      now: opts.now ?? new Date(),
    };
    const evaluation = await reviewChangeSet(opts.repo, outcome.changes, { policy, input, manifest }, context);
    return { ...evaluation, notes: [...(opts.notes ?? []), ...evaluation.notes], timings: { total_ms: Date.now() - start.startedAt } } as Evaluation;
  } catch (err) {
    if (err instanceof GitError) return gitDenial(err, opts, input, manifest);
    throw err;
  }
}

/**
 * Review the commits `base...head` of a checkout with configuration already loaded (the gate's and
 * request-capability's path). Git failures throw GitError: the caller records them as a problem.
 */
export async function reviewCommits(repo: string, base: string, head: string, config: ReviewConfig, context: ReviewContext): Promise<{ changes: ChangeSet; evaluation: Evaluation }> {
  const changes = await computeChangeSet(repo, base, head);
  return { changes, evaluation: await reviewChangeSet(repo, changes, config, context) };
}

/** The steps after the change set: content reviewers on the blobs that need them, link targets, the pure evaluation. */
async function reviewChangeSet(repo: string, changes: ChangeSet, config: ReviewConfig, context: ReviewContext): Promise<Evaluation> {
  const workflowReviews = new Map<string, WorkflowReview>();
  const findings = await contentFindings(repo, changes, allowedHosts(config), undefined, { workflowDeny: config.input.compiled.policy.workflows?.deny ?? [], workflowAllowedUses: config.input.compiled.policy.workflows?.allowedUses, workflowReviews });
  const headKinds = await linkTargetKinds(repo, changes.head, changes.entries, config.input);
  const evaluation = evaluateChange(
    { base: changes.base, head: changes.head, mergeBase: changes.mergeBase, entries: changes.entries, findings, headKinds, ...context },
    config.input,
    config.manifest,
  );
  return withWorkflowReview(evaluation, workflowReviews);
}

/** At most this many distinct link targets are looked up; a link to any other is denied (its target unknown). */
const MAX_LINK_TARGET_LOOKUPS = 32;

/**
 * What the head commit holds at the targets of changed symlinks between two protected paths
 * (CLAUDE.md -> AGENTS.md): such a link is judged high only when its target is a regular file there.
 * Nearly every change has none, and so costs nothing here.
 */
export async function linkTargetKinds(repo: string, head: string, entries: readonly ChangeEntry[], input: PolicyInput): Promise<Map<string, HeadPathKind>> {
  const targets = new Set<string>();
  for (const e of entries) {
    if (e.newKind !== 'symlink') continue;
    const t = protectedLinkTarget(e, input.compiled);
    if (t !== null) targets.add(t);
  }
  const kinds = new Map<string, HeadPathKind>();
  for (const path of [...targets].slice(0, MAX_LINK_TARGET_LOOKUPS)) {
    const kind = await headPathKind(repo, head, path);
    if (kind !== undefined) kinds.set(path, kind);
  }
  return kinds;
}

/** A regular file, something else, or nothing at `path` in `commit`; undefined when git cannot say (the link is then denied). */
async function headPathKind(repo: string, commit: string, path: string): Promise<HeadPathKind | undefined> {
  try {
    return (await readFileAtCommit(repo, commit, path)) === null ? 'missing' : 'file';
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    // NOT_A_FILE: a directory, a symlink or a submodule. Anything else (a path git refuses, a file
    // too large to read): unknown.
    return err.code === 'NOT_A_FILE' ? 'not_a_file' : undefined;
  }
}

/** Lockfile hosts are checked against the task's allow list when there is a task, else the policy's. */
function allowedHosts(config: ReviewConfig): string[] {
  return config.manifest ? config.manifest.manifest.network.allow : config.policy.network.allow;
}

function gitDenial(err: GitError, opts: ReviewOptions, policy?: PolicyInput, manifest?: ManifestInput | null): Evaluation {
  const message = err.hint ? `${err.message}. Fix: ${err.hint}` : err.message;
  return {
    verdict: 'deny',
    tier: 'high',
    base: opts.base,
    head: opts.head,
    merge_base: '',
    branch: opts.branch ?? null,
    repository: opts.repository ?? null,
    policy: policy ? policySummary(policy) : { source: 'not loaded', sha256: '', baseline: false },
    manifest: manifest ? { source: manifest.source, sha256: manifest.sha256 } : null,
    files: [],
    violations: [{ rule: changeSet.id, code: err.code, message }],
    capabilities: { granted: [], used: [], unused: [] },
    network_allow: [],
    approvals_required: 0,
    notes: [],
    summary: `deny: the change set could not be established (${err.code})`,
  };
}
