import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { environmentName, jobLabel } from '../model.js';

export const environmentChanged = defineRule({
  id: 'workflows/environment-changed',
  codes: ['workflow_environment_changed'],
  summary: 'A job starts using, stops using or switches its deployment environment, which decides the secrets it gets and the protection rules (required reviewers, branch filters) it passes.',
  fix: 'Check the environment\'s secrets and protection rules are meant for this job.',
});

export const environmentChangedCheck: WorkflowCheck = {
  rule: environmentChanged,
  change(base, head, emit) {
    if (head.kind !== 'workflow') return;
    const baseJobs = new Map((base?.jobs ?? []).map((j) => [j.id, j]));
    for (const hj of head.jobs) {
      const bj = baseJobs.get(hj.id);
      const before = bj ? environmentName(bj.value) : undefined;
      const after = environmentName(hj.value);
      if (before === after) continue;
      const where = jobLabel(head, hj);
      const message = after === undefined
        ? `${where} no longer uses environment ${quoteValue(before)}; its protection rules and required reviewers no longer apply.`
        : before === undefined
          ? `${where} now uses environment ${quoteValue(after)}; the job gets that environment's secrets.`
          : `${where} changes its environment from ${quoteValue(before)} to ${quoteValue(after)}; the job gets that environment's secrets and protection rules.`;
      emit(environmentChanged, 'workflow_environment_changed', message, { job: hj });
    }
  },
};
