import { own } from '../../../json.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { jobLabel } from '../model.js';

export const secretsInherit = defineRule({
  id: 'workflows/secrets-inherit',
  codes: ['workflow_secrets_inherit'],
  summary: 'A reusable workflow call passes every secret of the caller (secrets: inherit).',
  fix: 'Pass only the secrets the called workflow needs, by name, under secrets:.',
});

export const secretsInheritCheck: WorkflowCheck = {
  rule: secretsInherit,
  facts({ m, emit }) {
    if (m.kind !== 'workflow') return;
    for (const job of m.jobs) {
      const secrets = own(job.value, 'secrets');
      if (typeof secrets === 'string' && secrets.trim().toLowerCase() === 'inherit') {
        emit(secretsInherit, 'workflow_secrets_inherit', `${jobLabel(m, job)} passes every secret to the called workflow (secrets: inherit); pass only the secrets it needs.`, { job });
      }
    }
  },
};
