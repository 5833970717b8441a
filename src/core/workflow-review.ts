// The entry the content review calls for workflow, action metadata and Dependabot files. The rules live
// in src/core/rules/workflows/ (one module each, run by its index); this module keeps the entry points
// and the names other modules import from here.

import { reviewWorkflowFile, type WorkflowReviewOptions } from './rules/workflows/index.js';
import { reviewedFileKind } from './rules/workflows/model.js';
import type { Finding } from './rules/rule.js';

export { MAX_VALUE_CHARS, quoteValue, stableJson } from './text.js';
export { parseWorkflowYaml, MAX_WORKFLOW_BYTES, MAX_WORKFLOW_DEPTH, MAX_WORKFLOW_NODES } from './yaml.js';
export type { WorkflowYamlResult } from './yaml.js';
export type { FindingSeverity, FindingLocation } from './rules/rule.js';
// The content reviewers' finding (rule.ts's Finding without the required rule id): dependency-review
// still builds findings without one and takes this name from here.
export type { ContentFinding as Finding } from './types.js';
export { envExpressionNames, inputExpressionNames, unsoundContains, untrustedExpressions } from './rules/workflows/expressions.js';
export { MAX_FINDINGS_PER_FILE, reviewWorkflowFile, WORKFLOW_RULE_IDS, type WorkflowReview, type WorkflowReviewOptions } from './rules/workflows/index.js';

export type WorkflowFileKind = 'workflow' | 'action';

/** Workflow or action metadata (what GitHub runs); Dependabot configuration is reviewed too, see `reviewsWorkflowFile`. */
export function workflowFileKind(path: string): WorkflowFileKind | null {
  const kind = reviewedFileKind(path);
  return kind === 'dependabot' ? null : kind;
}

/** True for the files GitHub runs as workflows or actions. */
export function isWorkflowFile(path: string): boolean {
  return workflowFileKind(path) !== null;
}

/** True for every file the workflow review reads: workflows, action metadata and Dependabot configuration. */
export function reviewsWorkflowFile(path: string): boolean {
  return reviewedFileKind(path) !== null;
}

/**
 * Review one changed file and return what the change introduces or makes worse (the findings that decide
 * its tier, or deny it); `reviewWorkflowFile` also returns what was already there.
 */
export function reviewWorkflowChange(path: string, baseText: string | null, headText: string | null, options: WorkflowReviewOptions = {}): Finding[] {
  return reviewWorkflowFile(path, baseText, headText, options).introduced;
}
