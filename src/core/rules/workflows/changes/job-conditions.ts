import { own, scalarText } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { SPOOFABLE_CONDITION } from '../conditions/spoofable-conditions.js';
import { jobLabel } from '../model.js';

export const jobConditions = defineRule({
  id: 'workflows/job-conditions',
  codes: ['workflow_job_condition'],
  summary: 'A job gets a new or changed if:, and a skipped job reports success to required checks, so a condition can turn a check off.',
  fix: 'Keep required checks unconditional; skip work inside the job instead, so it still reports its own result.',
});

export const jobConditionsCheck: WorkflowCheck = {
  rule: jobConditions,
  change(base, head, emit) {
    if (!base || head.kind !== 'workflow') return;
    const baseJobs = new Map(base.jobs.map((j) => [j.id, j]));
    for (const hj of head.jobs) {
      const bj = baseJobs.get(hj.id);
      if (!bj) continue;
      const ifBefore = scalarText(own(bj.value, 'if'));
      const ifAfter = scalarText(own(hj.value, 'if'));
      if (ifAfter !== undefined && ifAfter !== ifBefore && !SPOOFABLE_CONDITION.test(ifAfter)) {
        emit(jobConditions, 'workflow_job_condition', `${jobLabel(head, hj)} now runs only if: ${quoteValue(ifAfter)}${ifBefore === undefined ? '' : ` (was ${quoteValue(ifBefore)})`}; a skipped job reports success to required checks.`, { job: hj });
      }
    }
  },
};
