// The change set of a branch, computed by us with git, completely: the raw diff from the merge base
// to head, the head-side blob facts, and what the head tree's symlinks and action directories mean
// for each entry. Any failure, truncation or "no changes although the trees differ" is a GitError.

import { isSha } from '../../core/sha.js';
import { sanitizeForMessage } from '../../core/text.js';
import type { ChangeEntry } from '../../core/types.js';
import { applyBlobFacts, BlobInspector, DEFAULT_MAX_INSPECT_BYTES, DEFAULT_SPILL_FILE_MAX_BYTES, MIN_INSPECT_BYTES } from './blobs.js';
import { execGit, GitError, gitFailure, gitOk, HINT_FETCH_DEPTH, quoted } from './process.js';
import { RawDiffParser } from './raw-diff.js';
import { checkRef, isShallow, resolveCommitAs, resolveRefsAndTrees, uniqueMergeBase, type ResolvedRefs } from './reads.js';
import { applyActionDirs, applyTreeSymlinks, listHeadTree, type TreeFacts } from './tree.js';
import { applyActionRuns } from './action-runs.js';

export interface ChangeSetOptions {
  /**
   * Accept a shallow clone when the merge base is present in it. Default false: a shallow history is
   * a deny (the change set must be complete), because git can pick a wrong merge base when history is cut.
   */
  allowShallow?: boolean;
  /** Refuse change sets with more entries than this (TOO_LARGE). Default 250 000. */
  maxEntries?: number;
  /**
   * Head-side blobs larger than this are not read: their `binary` stays undefined (unknown) and
   * `lfsPointer` is false. Default 16 MiB, minimum 1 MiB (each skipped blob restarts a reader).
   */
  maxInspectBytes?: number;
  /**
   * Rename detection limit passed as `-l` (1..10000; git treats 0 as unlimited, which is
   * refused). Default 1000, git's default for `git diff`.
   */
  renameLimit?: number;
  /**
   * How `git cat-file --batch` hands blob contents over: true (default) through an unlinked temporary
   * file read back in large chunks, false through a pipe (which wakes the reader for nearly every
   * blob). The answer is the same either way; a pipe is also used when no temporary file can be made.
   */
  spillToFile?: boolean;
  /**
   * Once this many bytes of a spill file were read, its reader continues in a new file (from the
   * first object not yet read completely), so that disk use stays bounded. Default 64 MiB; at least 1.
   */
  spillFileMaxBytes?: number;
  /**
   * What `resolveRefsAndTrees(repo, baseRef, headRef, ...)` returned for these two refs, when the caller
   * asked already (reviewChange resolves the refs of policy and manifest in the same call).
   */
  resolved?: ResolvedRefs;
}

export interface ChangeSet {
  /** The resolved base commit (the tip of the base ref, not the merge base). */
  base: string;
  head: string;
  mergeBase: string;
  entries: ChangeEntry[];
  /** Warnings git printed (e.g. that inexact rename detection was skipped). Informational only. */
  warnings: string[];
}

/**
 * The complete change set of `headRef` against `baseRef`: `git diff-tree --raw -z` from their merge
 * base to head (three-dot semantics, so changes that only came from the base branch are excluded).
 *
 * Diff flags and why:
 * - `-M` (rename detection, as plain `git diff`): a rename is one R entry carrying both paths, and the
 *   caller evaluates both sides. Detection only changes how an entry is labelled, never whether a path
 *   appears: an undetected rename is a D plus an A. Inexact detection is bounded by `-l` and git warns
 *   when it gives up (reported in `warnings`).
 * - No copy detection. A copy is reported as what it is for the policy: an A of the destination, and
 *   the untouched source is not an entry (a copy is not counted twice). `-C` only finds copies
 *   whose source is modified in the same change, so its `previousPath` is a hint no rule could rely
 *   on, and it makes every modified file a similarity source: measured 0.43-0.48 s against 0.14-0.19 s
 *   on a 2 000-file change. `--find-copies-harder` compares each added file with every file of the
 *   base tree: one added file in a 100 000-file repository took 6.5 s (0.03 s without), growing with
 *   repository size, which an agent could trigger at will. The parser still understands C entries.
 * - `-r` (recursive), `--no-abbrev`, `--ignore-submodules=none` (gitlink changes are never hidden by
 *   config or `.gitmodules`), `--no-relative`, `--no-ext-diff --no-textconv`.
 * - The plumbing command `diff-tree` is used instead of `git diff` so that porcelain config
 *   (`diff.relative`, `diff.noprefix`, `diff.renames`, colour, pagers) cannot change the output.
 */
export async function computeChangeSet(repo: string, baseRef: string, headRef: string, opts: ChangeSetOptions = {}): Promise<ChangeSet> {
  checkRef(baseRef, 'base');
  checkRef(headRef, 'head');
  const renameLimit = opts.renameLimit ?? 1000;
  if (!Number.isSafeInteger(renameLimit) || renameLimit < 1 || renameLimit > 10_000) {
    throw new GitError('INVALID_OPTION', `renameLimit must be an integer from 1 to 10000, got ${String(renameLimit)}`);
  }
  const maxInspectBytes = opts.maxInspectBytes ?? DEFAULT_MAX_INSPECT_BYTES;
  if (!Number.isSafeInteger(maxInspectBytes) || maxInspectBytes < MIN_INSPECT_BYTES) {
    throw new GitError('INVALID_OPTION', `maxInspectBytes must be an integer >= ${MIN_INSPECT_BYTES}, got ${String(maxInspectBytes)}`);
  }
  const maxEntries = opts.maxEntries ?? 250_000;
  if (!Number.isSafeInteger(maxEntries) || maxEntries < 0) {
    throw new GitError('INVALID_OPTION', `maxEntries must be a non-negative integer, got ${String(maxEntries)}`);
  }
  // One rev-parse for the common case; on any surprise, one fact at a time (precise errors).
  const fast = opts.resolved ?? (await resolveRefsAndTrees(repo, baseRef, headRef));
  if (fast?.shallow && !opts.allowShallow) throw shallowRefusal(repo);
  const refs = fast ?? (await resolveOneByOne(repo, baseRef, headRef, opts.allowShallow === true));
  const { base, head } = refs;
  // The rev-parse listed the merge bases; anything but exactly one is asked again, for its precise error.
  const mb = fast?.mergeBases.length === 1 ? fast.mergeBases[0]! : await uniqueMergeBase(repo, base, head);

  // The trees are compared with the diff's outcome below. The merge base is usually the base's tip (its
  // tree is known then); otherwise its tree is read while the diff runs.
  const knownTree = mb === base ? refs.baseTree : mb === head ? refs.headTree : undefined;
  const treesP: Promise<[string, string]> =
    knownTree !== undefined && refs.headTree !== undefined ? Promise.resolve([knownTree, refs.headTree]) : readTrees(repo, mb, head);
  treesP.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile

  // Head-side blobs are inspected while the diff is still streaming (see BlobInspector).
  const spillFileMaxBytes = opts.spillFileMaxBytes ?? DEFAULT_SPILL_FILE_MAX_BYTES;
  if (!Number.isSafeInteger(spillFileMaxBytes) || spillFileMaxBytes < 1) {
    throw new GitError('INVALID_OPTION', `spillFileMaxBytes must be a positive integer, got ${String(spillFileMaxBytes)}`);
  }
  const spill = opts.spillToFile === false ? 0 : spillFileMaxBytes;
  const inspector = new BlobInspector(repo, maxInspectBytes, spill);
  const parser = new RawDiffParser({ maxEntries, onEntry: (e) => inspector.want(e) });
  // The head tree's symlinks and action directories (see applyTreeSymlinks, applyActionDirs), listed
  // while the diff runs; the symlinks' targets are read by the same inspector. Awaited (and its
  // failure reported) after the diff.
  const headListing = listHeadTree(repo, head, (link) => {
    inspector.want(link);
    inspector.flush();
  });
  headListing.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  const diffArgs = [
    'diff-tree',
    '-r',
    '--raw',
    '-z',
    '--no-abbrev',
    '-M',
    `-l${renameLimit}`,
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    '--no-relative',
    '--ignore-submodules=none',
    mb,
    head,
    '--',
  ];
  let entries: ChangeEntry[];
  let warnings: string[];
  try {
    const diff = await execGit(repo, diffArgs, {
      onStdout: (chunk) => {
        parser.push(chunk);
        inspector.flush();
      },
    });
    if (diff.exitCode !== 0) throw gitFailure(repo, diffArgs, diff, `git diff-tree ${mb} ${head}`);
    entries = parser.end();
    warnings = diff.stderr
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0)
      .map((l) => sanitizeForMessage(l, 500));

    const [mbTree, headTree] = await treesP;
    if (entries.length === 0 && mbTree !== headTree) {
      throw new GitError(
        'EMPTY_CHANGESET',
        `git listed no changes between ${mb} and ${head} in ${quoted(repo)} although their trees differ (${mbTree} vs ${headTree})`,
        { hint: 'this should not happen; check the git version and the repository integrity (`git fsck`)' },
      );
    }
    if (entries.length > 0 && mbTree === headTree) {
      throw new GitError('UNEXPECTED_OUTPUT', `git listed changes between identical trees (${mbTree}) in ${quoted(repo)}`);
    }
  } catch (err) {
    inspector.abort(err);
    throw err;
  }
  let tree: TreeFacts;
  try {
    tree = await headListing;
  } catch (err) {
    inspector.abort(err);
    throw err;
  }
  const facts = await inspector.finish();
  await applyBlobFacts(repo, [...entries, ...tree.links.map((l) => l.entry)], facts, maxInspectBytes, spill);
  applyTreeSymlinks(entries, tree.links);
  applyActionDirs(entries, tree.actionDirs);
  // No metadata file in the head listing: the ls-tree of action-runs.ts would list none (one git process less).
  if (tree.actionMetadata) await applyActionRuns(repo, head, entries, tree.actionDirs);
  return { base, head, mergeBase: mb, entries, warnings };
}

/** What `resolveRefsAndTrees` finds, asked one fact at a time (its errors name the ref that is wrong). */
async function resolveOneByOne(repo: string, baseRef: string, headRef: string, allowShallow: boolean): Promise<{ base: string; head: string; baseTree?: string; headTree?: string }> {
  const [shallowR, baseR, headR] = await Promise.allSettled([isShallow(repo), resolveCommitAs(repo, baseRef, 'base'), resolveCommitAs(repo, headRef, 'head')]);
  if (shallowR.status === 'rejected') throw shallowR.reason;
  if (shallowR.value && !allowShallow) throw shallowRefusal(repo);
  if (baseR.status === 'rejected') throw baseR.reason;
  if (headR.status === 'rejected') throw headR.reason;
  return { base: baseR.value, head: headR.value };
}

function shallowRefusal(repo: string): GitError {
  return new GitError('SHALLOW_REPOSITORY', `The repository ${quoted(repo)} is a shallow clone; the change set cannot be established from cut history`, {
    hint: HINT_FETCH_DEPTH,
  });
}

/** The trees of two commits (full ids, so one rev-parse without --verify is unambiguous). */
async function readTrees(repo: string, a: string, b: string): Promise<[string, string]> {
  const trees = (await gitOk(repo, ['rev-parse', `${a}^{tree}`, `${b}^{tree}`])).toString('latin1').split('\n').filter((l) => l.length > 0);
  if (trees.length !== 2 || !trees.every(isSha)) {
    throw new GitError('UNEXPECTED_OUTPUT', `git rev-parse printed ${quoted(trees.join(' '))} for the trees of ${a} and ${b}`);
  }
  return trees as [string, string];
}
