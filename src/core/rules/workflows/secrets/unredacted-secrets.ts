import { deepStrings } from '../../../json.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { expressionBodies } from '../expressions.js';
import { jobLabel } from '../model.js';

export const unredactedSecrets = defineRule({
  id: 'workflows/unredacted-secrets',
  codes: ['workflow_secret_unredacted'],
  summary: 'A secret is parsed as structured data (fromJSON(secrets.X).field); the runner masks only whole secret values, so the field is printed in clear.',
  fix: 'Store each field as its own secret and read it as ${{ secrets.NAME }}.',
});

const FROM_JSON_SECRET = /fromjson\(secrets\.([\w-]+)\)/g;

export const unredactedSecretsCheck: WorkflowCheck = {
  rule: unredactedSecrets,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      const names = new Set<string>();
      for (const t of deepStrings(job.value)) for (const body of expressionBodies(t)) for (const hit of body.matchAll(FROM_JSON_SECRET)) names.add(hit[1]!);
      for (const name of names) {
        emit(unredactedSecrets, 'workflow_secret_unredacted', `${jobLabel(m, job)} reads fromJSON(secrets.${name}); parts of a secret are not masked in logs, so the fields it reads can be printed in clear.`, { job, detail: name });
      }
    }
  },
};
