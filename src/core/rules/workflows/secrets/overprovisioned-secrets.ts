import { deepStrings, own } from '../../../json.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { secretReferences } from '../expressions.js';
import { jobLabel } from '../model.js';

export const overprovisionedSecrets = defineRule({
  id: 'workflows/overprovisioned-secrets',
  codes: ['workflow_all_secrets'],
  summary: 'A job reads the whole secrets context (toJSON(secrets), or a computed secrets[...] index), so every secret of the repository and environment reaches it and whatever it runs. Denied by default.',
  fix: 'Name each secret the job needs: ${{ secrets.NAME }}.',
});

export const overprovisionedSecretsCheck: WorkflowCheck = {
  rule: overprovisionedSecrets,
  facts({ m, emit }) {
    if (m.kind === 'dependabot') return;
    const rootEnv = m.kind === 'workflow' ? deepStrings(own(m.root, 'env')) : [];
    for (const job of m.jobs) {
      if ([...rootEnv, ...deepStrings(job.value)].some((t) => secretReferences(t).includes('secrets'))) {
        emit(overprovisionedSecrets, 'workflow_all_secrets', `${jobLabel(m, job)} reads the whole secrets context (toJSON(secrets) or a computed secrets[...] index), so every secret of the repository and environment reaches the job and whatever it runs; name only the secrets it needs.`, { job, severity: 'deny' });
      }
    }
  },
};
