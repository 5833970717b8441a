// The git side of a review, begun before anything heavy loads: the refs resolved (one rev-parse, merge
// bases included), policy and manifest read when git reads both at one commit, and the change set
// computed. `agent-guard check` starts it before the configuration and evaluation modules load (about
// a third of a small check's time), so git works while Node compiles; reviewChange (review-change.ts)
// starts it itself otherwise. Nothing here parses YAML or knows the policy.

import { computeChangeSet, type ChangeSet } from '../adapters/git/change-set.js';
import { GitError } from '../adapters/git/process.js';
import { resolveCommit, resolveRefsAndTrees } from '../adapters/git/reads.js';
import { MAX_DOCUMENT_BYTES } from '../core/document-limits.js';
import { DEFAULT_POLICY_PATH } from '../core/protected.js';
import { prefetchFiles, type DocumentSource, type KnownReads } from './sources.js';

/** What startReview needs of the review's options (ReviewOptions has these). */
export interface ReviewRefs {
  repo: string;
  base: string;
  head: string;
  policy?: DocumentSource;
  manifest?: DocumentSource;
}

/** The review begun: the base commit and what is being read, or the git failure that denies it. */
export type ReviewStart =
  | { startedAt: number; error: GitError }
  | {
      startedAt: number;
      baseCommit: string;
      known: KnownReads;
      /** Settles, never rejects: its outcome is looked at after the configuration loaded. */
      changes: Promise<{ changes: ChangeSet } | { error: unknown }>;
    };

/** Begins the review of `opts`; rejects only on a failure that is not git's (a GitError is the outcome `error`). */
export async function startReview(opts: ReviewRefs): Promise<ReviewStart> {
  const startedAt = Date.now();
  // One rev-parse for shallow, base, head, their trees, the merge bases and the refs policy and manifest
  // are read at. When it fails, each is resolved on its own (and the one at fault named), as before.
  const docRefs = [...new Set([opts.policy, opts.manifest].flatMap((s) => (s?.kind === 'ref' ? [s.ref] : [])))];
  const resolved = await resolveRefsAndTrees(opts.repo, opts.base, opts.head, docRefs).catch(() => null);
  let baseCommit: string;
  if (resolved !== null) baseCommit = resolved.base;
  else {
    try {
      baseCommit = await resolveCommit(opts.repo, opts.base);
    } catch (err) {
      if (err instanceof GitError) return { startedAt, error: err };
      throw err;
    }
  }
  const known = knownReads(opts, baseCommit, resolved === null ? undefined : new Map(docRefs.map((r, i) => [r, resolved.extra[i]!])));
  // The change set does not depend on the policy or the manifest: git computes it while they load.
  // Its outcome is only looked at after them, so a configuration problem is still reported first.
  const changes = computeChangeSet(opts.repo, baseCommit, opts.head, resolved === null ? {} : { resolved }).then(
    (c) => ({ changes: c }),
    (error: unknown) => ({ error }),
  );
  return { startedAt, baseCommit, known, changes };
}

/**
 * The refs already resolved, and policy and manifest read together when git reads both at one commit
 * (the guard-diff action's case: both at the base).
 */
function knownReads(opts: ReviewRefs, baseCommit: string, commits: ReadonlyMap<string, string> | undefined): KnownReads {
  if (commits === undefined) return {};
  const at = (s: DocumentSource | undefined, fallback: string | undefined): { commit: string; path: string } | undefined =>
    s === undefined ? (fallback === undefined ? undefined : { commit: baseCommit, path: fallback }) : s.kind === 'ref' ? { commit: commits.get(s.ref)!, path: s.path } : undefined;
  const policy = at(opts.policy, DEFAULT_POLICY_PATH);
  const manifest = at(opts.manifest, undefined);
  if (policy === undefined || manifest === undefined || policy.commit !== manifest.commit || policy.path === manifest.path) return { commits };
  return { commits, files: prefetchFiles(opts.repo, policy.commit, [policy.path, manifest.path], MAX_DOCUMENT_BYTES) };
}
