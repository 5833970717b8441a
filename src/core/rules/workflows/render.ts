// The workflow review in guard-diff's outputs: each changed workflow file's findings with rule id, job,
// step and line, what the change introduces apart from what was already there. Added to the evaluation
// by the pipeline (JSON carries it as `workflow_review`), rendered here for text and markdown, and
// turned into annotations on the workflow's lines by the action.
import type { Finding } from '../rule.js';
import { displayPath, md } from '../../report.js';
import type { WorkflowReview } from './index.js';
import { MAX_FINDINGS_PER_FILE } from './index.js';

export interface WorkflowFileReview {
  path: string;
  introduced: Finding[];
  existing: Finding[];
  /** Findings already there beyond the per-file limit, counted, not listed. */
  existing_omitted?: number;
}

interface Holder {
  files: readonly { path: string }[];
  workflow_review?: WorkflowFileReview[];
}

/** The evaluation with the workflow files' reviews (in the evaluation's file order); unchanged when none found anything. */
export function withWorkflowReview<E extends Holder>(evaluation: E, reviews: ReadonlyMap<string, WorkflowReview>): E {
  const out: WorkflowFileReview[] = [];
  for (const f of evaluation.files) {
    const r = reviews.get(f.path);
    if (r === undefined || (r.introduced.length === 0 && r.existing.length === 0)) continue;
    const entry: WorkflowFileReview = { path: f.path, introduced: r.introduced, existing: r.existing.slice(0, MAX_FINDINGS_PER_FILE) };
    if (r.existing.length > MAX_FINDINGS_PER_FILE) entry.existing_omitted = r.existing.length - MAX_FINDINGS_PER_FILE;
    out.push(entry);
  }
  if (out.length > 0) evaluation.workflow_review = out;
  return evaluation;
}

/** `job "build" step "Test" line 12`, or '' for a file-level finding. */
export function locationText(f: Finding): string {
  const w = f.where;
  if (w === undefined) return '';
  const parts: string[] = [];
  if (w.job !== undefined) parts.push(`job ${JSON.stringify(w.job)}`);
  if (w.step !== undefined) parts.push(`step ${JSON.stringify(w.step)}`);
  if (w.line !== undefined) parts.push(`line ${w.line}`);
  return parts.join(' ');
}

function textLine(f: Finding): string {
  const at = locationText(f);
  return `      - [${f.rule}]${f.severity === 'deny' ? ' DENY' : ''}${at ? ` ${at}` : ''}: ${f.message}`;
}

function mdLine(f: Finding): string {
  const at = locationText(f);
  return `- \`${f.rule}\`${f.severity === 'deny' ? ' **deny**' : ''}${at ? ` (${md(at)})` : ''}: ${md(f.message)}`;
}

/** The workflow review as text or markdown; '' when the evaluation has none. */
export function renderWorkflowReview(evaluation: Holder, format: 'text' | 'markdown'): string {
  const reviews = evaluation.workflow_review ?? [];
  if (reviews.length === 0) return '';
  const out: string[] = [];
  if (format === 'text') {
    out.push('', 'workflow review:');
    for (const r of reviews) {
      out.push(`  ${displayPath(r.path)}`);
      out.push(`    introduced by this change (${r.introduced.length}):`);
      for (const f of r.introduced) out.push(textLine(f));
      if (r.existing.length > 0) {
        out.push(`    already there (${r.existing.length + (r.existing_omitted ?? 0)}; not decided by this change):`);
        for (const f of r.existing) out.push(textLine(f));
        if (r.existing_omitted) out.push(`      ...and ${r.existing_omitted} more`);
      }
    }
    return out.join('\n');
  }
  out.push('', '#### Workflow review');
  for (const r of reviews) {
    out.push('', `**\`${displayPath(r.path).replace(/`/g, "'")}\`**`, '', `Introduced by this change (${r.introduced.length}):`, '');
    for (const f of r.introduced) out.push(mdLine(f));
    if (r.existing.length > 0) {
      out.push('', `<details><summary>Already there (${r.existing.length + (r.existing_omitted ?? 0)}), not decided by this change</summary>`, '');
      for (const f of r.existing) out.push(mdLine(f));
      if (r.existing_omitted) out.push(`- …and ${r.existing_omitted} more`);
      out.push('', '</details>');
    }
  }
  return out.join('\n') + '\n';
}

export interface WorkflowAnnotation {
  level: 'error' | 'warning';
  message: string;
  title: string;
  file: string;
  startLine?: number;
}

/** One annotation per introduced finding, on its workflow line when known: denials as errors, the rest as warnings. */
export function workflowAnnotations(evaluation: Holder, max = 50): WorkflowAnnotation[] {
  const out: WorkflowAnnotation[] = [];
  for (const r of evaluation.workflow_review ?? []) {
    for (const f of r.introduced) {
      const a: WorkflowAnnotation = { level: f.severity === 'deny' ? 'error' : 'warning', message: f.message, title: `agent-guard: ${f.rule}`, file: r.path };
      if (f.where?.line !== undefined) a.startLine = f.where.line;
      out.push(a);
    }
  }
  return out.slice(0, max);
}
