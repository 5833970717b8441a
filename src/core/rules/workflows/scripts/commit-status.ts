import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { stepScripts, stepWhere } from '../model.js';

export const commitStatus = defineRule({
  id: 'workflows/commit-status',
  codes: ['workflow_sets_commit_status'],
  summary: 'A script creates or updates commit statuses or check runs; any writer can then post a passing status for a required check.',
  fix: 'Let the check\'s own workflow report its result; require checks by their GitHub App source in branch protection or rulesets.',
});

const STATUS_WRITE = /\/statuses\/|\/check-runs\b|createCommitStatus|checks\.(create|update)\b|\bgh\s+api\b[^\n]*\b(statuses|check-runs)\b/i;

export const commitStatusCheck: WorkflowCheck = {
  rule: commitStatus,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        for (const { field, text } of stepScripts(step.value)) {
          if (STATUS_WRITE.test(text)) emit(commitStatus, 'workflow_sets_commit_status', `${stepWhere(m, job, step)} creates or updates commit statuses or check runs in its ${field}: script; any writer can post a passing status for a required check.`, { job, step });
        }
      }
    }
  },
};
