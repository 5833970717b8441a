// Runs the pure content reviewers (workflows and action metadata, dependency and registry
// configuration) on the base and head versions of the files that need them. Blobs are read with git
// from the merge base and the head commit, never from the work tree. A dependency file is compared with
// the base content at the same path, which is what its tool read before: a file renamed or copied onto
// a lockfile path is an added lockfile. A dependency file that is a symlink is read through its
// in-repository target (what the tool reads), or denied.

import { dependencyFileKind, linkedContent, reviewDependencyChange, isDependencyFile } from '../core/rules/dependencies/index.js';
import { resolveSymlinkTarget } from '../core/paths.js';
import { quoteValue } from '../core/text.js';
import { reviewsWorkflowFile, reviewWorkflowFile, type WorkflowReview } from '../core/workflow-review.js';
import type { ChangeEntry, ContentFinding } from '../core/types.js';
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

const readable = (kind: ChangeEntry['oldKind']) => kind !== 'symlink' && kind !== 'gitlink';

/** The dependency review of one entry: base at the same path, head through a link when it is one. */
async function dependencyFindings(repo: string, changes: ChangeSet, e: ChangeEntry, allowedHosts: string[], read: BlobReader): Promise<ContentFinding[]> {
  const findings: ContentFinding[] = [];
  const file = quoteValue(e.path);
  // What the tool read at this path before: nothing for an added, copied or renamed-onto path.
  const samePathBase = e.status === 'added' || e.status === 'copied' || e.status === 'renamed' || !readable(e.oldKind) ? null : await readText(read, changes.mergeBase, e.path, e.oldBlob, findings);
  let headText: string | null = null;
  let headUnreadable = false;
  if (e.status !== 'deleted' && e.newKind === 'symlink') {
    const target = e.symlinkTarget === undefined ? null : resolveSymlinkTarget(e.path, e.symlinkTarget);
    if (target === null) {
      const what = e.symlinkTarget === undefined ? 'its target was not established' : `its target ${quoteValue(e.symlinkTarget)} is outside the repository`;
      return [linkedContent.finding('dependency_link_not_followed', 'deny', `${file} is a symlink and ${what}, so what its tool reads cannot be reviewed.`)];
    }
    try {
      // The link's target has no blob id in the change set: read it by path from the head commit.
      headText = await readText(gitRead(repo), changes.head, target, '', findings);
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
    }
    if (headText === null) {
      return [linkedContent.finding('dependency_link_not_followed', 'deny', `${file} is a symlink to ${quoteValue(target)}, which is not a readable text file in the head commit, so what its tool reads cannot be reviewed.`)];
    }
  } else if (e.status !== 'deleted' && e.newKind !== 'gitlink') {
    headText = await readText(read, changes.head, e.path, e.newBlob, findings);
    // A head blob that exists but could not be read as text (not UTF-8, such as the binary bun.lockb, or
    // too large) is not a deletion: the dependency review denies what it needed to read.
    headUnreadable = headText === null;
  }
  if (isDependencyFile(e.path)) findings.push(...reviewDependencyChange(e.path, samePathBase, headText, allowedHosts, { headUnreadable }));
  // The old path of a rename no longer holds its file: reviewed as a deletion there.
  if (e.status === 'renamed' && e.previousPath !== undefined && e.previousPath !== e.path && isDependencyFile(e.previousPath) && readable(e.oldKind)) {
    const oldText = await readText(read, changes.mergeBase, e.previousPath, e.oldBlob, findings);
    findings.push(...reviewDependencyChange(e.previousPath, oldText, null, allowedHosts));
  }
  return findings;
}

/**
 * A changed file that a dependency file of the head tree links to (`yarn.lock -> locks/yarn.txt`, or
 * through a linked directory): its tool reads this content at the link's path, so it is reviewed as
 * that dependency file too, base and head at this path. A link of the same kind as the file itself
 * (`web -> app` over app/yarn.lock) is the review already made.
 */
async function linkedDependencyFindings(changes: ChangeSet, e: ChangeEntry, allowedHosts: string[], read: BlobReader): Promise<ContentFinding[]> {
  const own = dependencyFileKind(e.path);
  const aliases = (e.linkedFrom ?? []).filter((a) => isDependencyFile(a) && dependencyFileKind(a) !== own);
  if (aliases.length === 0) return [];
  const findings: ContentFinding[] = [];
  const base = e.status === 'modified' && readable(e.oldKind) ? await readText(read, changes.mergeBase, e.path, e.oldBlob, findings) : null;
  const head = e.status === 'deleted' || !readable(e.newKind) ? null : await readText(read, changes.head, e.path, e.newBlob, findings);
  const headUnreadable = head === null && e.status !== 'deleted';
  for (const alias of aliases) {
    for (const f of reviewDependencyChange(alias, base, head, allowedHosts, { headUnreadable })) findings.push({ ...f, message: `${f.message.replace(/\.$/, '')} (read through the link ${quoteValue(alias)} to ${quoteValue(e.path)}).` });
  }
  return findings;
}

const gitRead = (repo: string): BlobReader => (commit, path) => readFileAtCommit(repo, commit, path, { maxBytes: MAX_REVIEW_BYTES });

/** `read` defaults to reading each file from its commit with git; `simulate` passes a batched reader. */
export interface ContentReviewOptions {
  /** Workflow rule ids whose introduced findings deny (the policy's `workflows.deny`). */
  workflowDeny?: readonly string[];
  /** The policy's `workflows.allowed_uses`; undefined when it sets none. */
  workflowAllowedUses?: readonly string[];
  /** Filled with each workflow file's full review (what the change introduces and what was already there), by path. */
  workflowReviews?: Map<string, WorkflowReview>;
}

export async function contentFindings(repo: string, changes: ChangeSet, allowedHosts: string[], read: BlobReader = gitRead(repo), options: ContentReviewOptions = {}): Promise<Map<string, ContentFinding[]>> {
  const out = new Map<string, ContentFinding[]>();
  for (const e of changes.entries) {
    if (e.invalidUtf8) continue;
    const workflow = reviewsWorkflowFile(e.path) || (e.previousPath !== undefined && reviewsWorkflowFile(e.previousPath));
    const dependency = isDependencyFile(e.path) || (e.previousPath !== undefined && isDependencyFile(e.previousPath));
    if (!workflow && !dependency && !(e.linkedFrom ?? []).some(isDependencyFile)) continue;
    const findings: ContentFinding[] = [];
    if (workflow) {
      const basePath = e.status === 'added' || e.status === 'copied' ? null : (e.previousPath ?? e.path);
      const baseText = basePath === null || !readable(e.oldKind) ? null : await readText(read, changes.mergeBase, basePath, e.oldBlob, findings);
      const headText = e.status === 'deleted' || !readable(e.newKind) ? null : await readText(read, changes.head, e.path, e.newBlob, findings);
      const review = reviewWorkflowFile(e.path, baseText, headText, { deny: options.workflowDeny ?? [], allowedUses: options.workflowAllowedUses });
      options.workflowReviews?.set(e.path, review);
      findings.push(...review.introduced);
    }
    if (dependency) findings.push(...(await dependencyFindings(repo, changes, e, allowedHosts, read)));
    findings.push(...(await linkedDependencyFindings(changes, e, allowedHosts, read)));
    if (findings.length > 0) out.set(e.path, findings);
  }
  return out;
}
