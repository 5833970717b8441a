import { deepStrings, own, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { obfuscatedExpression, rawExpressions } from '../expressions.js';
import { jobLabel, jobUses, stepWhere, type JobInfo, type StepInfo } from '../model.js';

export const obfuscation = defineRule({
  id: 'workflows/obfuscation',
  codes: ['workflow_obfuscated_uses', 'workflow_obfuscated_expression'],
  summary: 'A remote uses: path with empty, "." or ".." segments, or an expression that computes a constant (format() or fromJSON() of literals, fromJSON(toJSON(x))), hides what runs from a reader and from the other rules.',
  fix: 'Write the action path and the value out plainly (owner/repo/path@sha, github.event.x, the literal itself).',
});

/** Why a uses: path is obfuscated, or null. */
function obfuscatedUses(uses: string): string | null {
  const u = uses.trim();
  // Local paths are resolved in the workspace (and checked by workflows/pwn-request where that matters).
  if (u.toLowerCase().startsWith('docker://') || u.startsWith('./') || u.startsWith('$/')) return null;
  const path = (u.lastIndexOf('@') < 0 ? u : u.slice(0, u.lastIndexOf('@')));
  if (u.includes('${{')) return 'it is computed by an expression';
  const segs = path.split('/');
  if (segs.some((s) => s === '' || s === '.' || s === '..')) return 'its path has empty, "." or ".." segments';
  return null;
}

export const obfuscationCheck: WorkflowCheck = {
  rule: obfuscation,
  facts({ m, emit }) {
    if (m.kind === 'dependabot') return;
    const seen = (job: JobInfo, step: StepInfo | undefined, where: string, value: unknown) => {
      const reported = new Set<string>();
      for (const text of deepStrings(value)) {
        for (const body of rawExpressions(text)) {
          const why = obfuscatedExpression(body);
          const norm = body.trim();
          if (why === null || reported.has(norm)) continue;
          reported.add(norm);
          emit(obfuscation, 'workflow_obfuscated_expression', `${where} has the expression ${quoteValue(`\${{ ${norm} }}`)}: ${why}; write it plainly so a reviewer (and this review) can see what it means.`, { job, step, detail: norm });
        }
      }
    };
    for (const job of m.jobs) {
      const called = jobUses(m, job);
      if (called !== undefined) {
        const why = obfuscatedUses(called);
        if (why) emit(obfuscation, 'workflow_obfuscated_uses', `${jobLabel(m, job)} calls ${quoteValue(called)}: ${why}, which hides what runs.`, { job, detail: called.trim() });
      }
      const { steps: _steps, ...jobRest } = job.value;
      seen(job, undefined, jobLabel(m, job), jobRest);
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        const uses = str(own(step.value, 'uses'));
        const why = uses === undefined ? null : obfuscatedUses(uses);
        if (uses !== undefined && why) emit(obfuscation, 'workflow_obfuscated_uses', `${where} uses ${quoteValue(uses)}: ${why}, which hides what runs.`, { job, step, detail: uses.trim() });
        seen(job, step, where, step.value);
      }
    }
  },
};
