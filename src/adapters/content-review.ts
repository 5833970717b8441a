// Runs the pure content reviewers (workflows and action metadata, dependency and registry
// configuration) on the base and head versions of the files that need them. Blobs are read with git
// from the merge base and the head commit, never from the work tree.

import { reviewDependencyChange, isDependencyFile } from '../core/dependency-review.js';
import { isWorkflowFile, reviewWorkflowChange } from '../core/workflow-review.js';
import type { ContentFinding } from '../core/types.js';
import type { ChangeSet } from './git/change-set.js';
import { GitError } from './git/process.js';
import { readFileAtCommit } from './git/reads.js';

export const MAX_REVIEW_BYTES = 64 * 1024 * 1024;

/**
 * One side of a changed file: its bytes (at most MAX_REVIEW_BYTES, else a TOO_LARGE GitError), or null
 * when the path does not exist there. `oid` is the blob the change set names for that side.
 */
export type BlobReader = (commit: string, path: string, oid: string) => Promise<Buffer | null>;

async function readText(read: BlobReader, commit: string, path: string, oid: string, findings: ContentFinding[]): Promise<string | null> {
  try {
    const bytes = await read(commit, path, oid);
    if (bytes === null) return null;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      findings.push({ code: 'content_not_utf8', severity: 'high', message: 'file is not UTF-8 text, so its content cannot be reviewed' });
      return null;
    }
  } catch (err) {
    // A symlink, submodule or oversized file cannot be reviewed as text: escalate, never skip.
    if (err instanceof GitError && (err.code === 'NOT_A_FILE' || err.code === 'TOO_LARGE')) {
      findings.push({ code: 'content_unreviewable', severity: 'high', message: `content cannot be reviewed (${err.code})` });
      return null;
    }
    throw err;
  }
}

/** `read` defaults to reading each file from its commit with git; `simulate` passes a batched reader. */
export async function contentFindings(
  repo: string,
  changes: ChangeSet,
  allowedHosts: string[],
  read: BlobReader = (commit, path) => readFileAtCommit(repo, commit, path, { maxBytes: MAX_REVIEW_BYTES }),
): Promise<Map<string, ContentFinding[]>> {
  const out = new Map<string, ContentFinding[]>();
  for (const e of changes.entries) {
    if (e.invalidUtf8) continue;
    const workflow = isWorkflowFile(e.path) || (e.previousPath !== undefined && isWorkflowFile(e.previousPath));
    const dependency = isDependencyFile(e.path) || (e.previousPath !== undefined && isDependencyFile(e.previousPath));
    if (!workflow && !dependency) continue;
    const findings: ContentFinding[] = [];
    const basePath = e.status === 'added' || e.status === 'copied' ? null : (e.previousPath ?? e.path);
    const baseText = basePath === null || e.oldKind === 'symlink' || e.oldKind === 'gitlink' ? null : await readText(read, changes.mergeBase, basePath, e.oldBlob, findings);
    const headText = e.status === 'deleted' || e.newKind === 'symlink' || e.newKind === 'gitlink' ? null : await readText(read, changes.head, e.path, e.newBlob, findings);
    // A head blob that exists but could not be read as text (not UTF-8, such as the binary bun.lockb, or
    // too large) is not a deletion: the dependency review denies what it needed to read.
    const headUnreadable = headText === null && e.status !== 'deleted' && e.newKind !== 'symlink' && e.newKind !== 'gitlink';
    if (workflow) findings.push(...reviewWorkflowChange(e.path, baseText, headText));
    if (dependency) findings.push(...reviewDependencyChange(e.path, baseText, headText, allowedHosts, { headUnreadable }));
    if (findings.length > 0) out.set(e.path, findings);
  }
  return out;
}
