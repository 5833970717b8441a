import { own, scalarText } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { jobLabel, stepWhere } from '../model.js';

export const continueOnError = defineRule({
  id: 'workflows/continue-on-error',
  codes: ['workflow_continue_on_error'],
  summary: 'A job or step sets continue-on-error (true, or an expression that may be true), so its failure no longer fails the run: a check can pass without passing.',
  fix: 'Remove continue-on-error from checks that must pass; allow failures only for explicitly optional jobs.',
});

function on(v: unknown): boolean {
  if (v === undefined || v === null || v === false) return false;
  if (typeof v === 'string' && v.trim().toLowerCase() === 'false') return false;
  return true; // true, 'true', or an expression that may evaluate to true
}

export const continueOnErrorCheck: WorkflowCheck = {
  rule: continueOnError,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      const jv = own(job.value, 'continue-on-error');
      if (m.kind === 'workflow' && on(jv)) {
        emit(continueOnError, 'workflow_continue_on_error', `${jobLabel(m, job)} sets continue-on-error: ${quoteValue(scalarText(jv) ?? jv)}, so its failure no longer fails the run.`, { job });
      }
      for (const step of job.steps) {
        const sv = own(step.value, 'continue-on-error');
        if (on(sv)) emit(continueOnError, 'workflow_continue_on_error', `${stepWhere(m, job, step)} sets continue-on-error: ${quoteValue(scalarText(sv) ?? sv)}, so its failure no longer fails the job.`, { job, step, detail: 'step' });
      }
    }
  },
};
