// Runs the pure content reviewers (workflows and action metadata, dependency and registry
// configuration) on the base and head versions of the files that need them. Blobs are read with git
// from the merge base and the head commit, never from the work tree.

import { reviewDependencyChange, isDependencyFile } from '../core/dependency-review.js';
import { reviewsWorkflowFile, reviewWorkflowChange } from '../core/workflow-review.js';
import type { ContentFinding } from '../core/types.js';
import type { ChangeSet } from './git/change-set.js';
import { GitError } from './git/process.js';
import { readFileAtCommit } from './git/reads.js';

const MAX_REVIEW_BYTES = 64 * 1024 * 1024;

async function readText(repo: string, commit: string, path: string, findings: ContentFinding[]): Promise<string | null> {
  try {
    const bytes = await readFileAtCommit(repo, commit, path, { maxBytes: MAX_REVIEW_BYTES });
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

export interface ContentReviewOptions {
  /** Workflow rule ids whose introduced findings deny (the policy's `workflows.deny`). */
  workflowDeny?: readonly string[];
}

export async function contentFindings(repo: string, changes: ChangeSet, allowedHosts: string[], options: ContentReviewOptions = {}): Promise<Map<string, ContentFinding[]>> {
  const out = new Map<string, ContentFinding[]>();
  for (const e of changes.entries) {
    if (e.invalidUtf8) continue;
    const workflow = reviewsWorkflowFile(e.path) || (e.previousPath !== undefined && reviewsWorkflowFile(e.previousPath));
    const dependency = isDependencyFile(e.path) || (e.previousPath !== undefined && isDependencyFile(e.previousPath));
    if (!workflow && !dependency) continue;
    const findings: ContentFinding[] = [];
    const basePath = e.status === 'added' || e.status === 'copied' ? null : (e.previousPath ?? e.path);
    const baseText = basePath === null || e.oldKind === 'symlink' || e.oldKind === 'gitlink' ? null : await readText(repo, changes.mergeBase, basePath, findings);
    const headText = e.status === 'deleted' || e.newKind === 'symlink' || e.newKind === 'gitlink' ? null : await readText(repo, changes.head, e.path, findings);
    // A head blob that exists but could not be read as text (not UTF-8, such as the binary bun.lockb, or
    // too large) is not a deletion: the dependency review denies what it needed to read.
    const headUnreadable = headText === null && e.status !== 'deleted' && e.newKind !== 'symlink' && e.newKind !== 'gitlink';
    if (workflow) findings.push(...reviewWorkflowChange(e.path, baseText, headText, { deny: options.workflowDeny ?? [] }));
    if (dependency) findings.push(...reviewDependencyChange(e.path, baseText, headText, allowedHosts, { headUnreadable }));
    if (findings.length > 0) out.set(e.path, findings);
  }
  return out;
}
