// Git's part of the approval gate, when a checkout holds the commits: whether it can be used, and
// the identical-rebase proofs (`keep_on_identical_rebase`): one `git patch-id --verbatim` digest over
// the whole range of each side, and the same changed paths, modes and blobs on both sides.

import { firstDifference } from '../core/approval-facts.js';
import type { IdenticalRebaseProof } from '../core/approvals.js';
import type { ChangeEntry } from '../core/types.js';
import { computeChangeSet } from '../adapters/git/change-set.js';
import { patchId } from '../adapters/git/history.js';
import { GitError } from '../adapters/git/process.js';
import { isShallow, mergeBase, resolveCommit } from '../adapters/git/reads.js';

/** True when `dir` is a full (non-shallow) git repository containing both commits. */
export async function checkoutHolds(dir: string, base: string, head: string): Promise<{ ok: true } | { ok: false; why: string }> {
  try {
    if (await isShallow(dir)) return { ok: false, why: 'the checkout is shallow (use fetch-depth: 0)' };
    await resolveCommit(dir, base);
    await resolveCommit(dir, head);
    return { ok: true };
  } catch (err) {
    return { ok: false, why: err instanceof GitError ? err.message : String(err) };
  }
}

export async function identicalRebaseProofs(
  dir: string,
  base: string,
  head: string,
  headEntries: readonly ChangeEntry[] | undefined,
  approvedShas: readonly string[],
): Promise<{ proofs: IdenticalRebaseProof[]; notes: string[] }> {
  const proofs: IdenticalRebaseProof[] = [];
  const notes: string[] = [];
  if (approvedShas.length === 0) return { proofs, notes };
  if (headEntries === undefined) {
    notes.push("identical-rebase check impossible: the head's change set could not be computed");
    return { proofs, notes };
  }
  let headId: string;
  try {
    headId = await patchId(dir, await mergeBase(dir, base, head), head);
  } catch (err) {
    notes.push(`identical-rebase check impossible: the head's patch-id could not be computed (${err instanceof Error ? err.message : String(err)})`);
    return { proofs, notes };
  }
  // patch-id drops hunk positions: the same lines added between the same context elsewhere in a file
  // share it. So the changed paths, modes and blobs must be the same too (see src/core/approvals.ts).
  const method =
    'git patch-id --verbatim of the whole range merge-base(base, X)..X (diff-tree -p --binary --full-index --no-renames), and the same paths, modes and old and new blobs (diff-tree --raw)';
  for (const sha of approvedShas) {
    try {
      const id = await patchId(dir, await mergeBase(dir, base, sha), sha);
      const differs = firstDifference((await computeChangeSet(dir, base, sha)).entries, headEntries);
      proofs.push({ approvedSha: sha, headSha: head, patchIdsEqual: id === headId, sameFiles: differs === undefined, method });
      notes.push(
        `approved commit ${sha.slice(0, 12)}: patch-id ${id === headId ? 'equals' : 'differs from'} the head's; ` +
          (differs === undefined ? 'the same files (paths, modes, blobs)' : `${differs} differs (path, mode or blob)`),
      );
    } catch (err) {
      notes.push(`approved commit ${sha.slice(0, 12)}: no proof (${err instanceof GitError ? err.code : 'error'}: ${err instanceof Error ? err.message.slice(0, 200) : String(err)})`);
    }
  }
  return { proofs, notes };
}
