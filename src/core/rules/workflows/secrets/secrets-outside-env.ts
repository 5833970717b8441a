import { deepStrings } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { secretReferences } from '../expressions.js';
import { environmentName, jobLabel, publishes } from '../model.js';

export const secretsOutsideEnv = defineRule({
  id: 'workflows/secrets-outside-env',
  codes: ['workflow_secret_outside_environment'],
  summary: 'A job reads a secret without an environment: where one is expected (the workflow puts other jobs in environments, or the job publishes), so no environment protection rule (required reviewers, branch filters) guards the secret.',
  fix: 'Move the secret into an environment and give the job that environment:.',
});

export const secretsOutsideEnvCheck: WorkflowCheck = {
  rule: secretsOutsideEnv,
  facts({ m, emit }) {
    if (m.kind !== 'workflow') return;
    const environments = m.jobs.some((j) => environmentName(j.value) !== undefined);
    for (const job of m.jobs) {
      if (environmentName(job.value) !== undefined) continue;
      const why = environments ? 'other jobs of this workflow use environments' : publishes(m, job);
      if (why === null) continue;
      const names = new Set<string>();
      for (const t of deepStrings(job.value)) for (const ref of secretReferences(t)) if (ref.startsWith('secrets.') && ref !== 'secrets.github_token') names.add(ref);
      for (const name of names) {
        emit(secretsOutsideEnv, 'workflow_secret_outside_environment', `${jobLabel(m, job)} reads ${quoteValue(`\${{ ${name} }}`)} without an environment: (${why}), so no environment protection rule guards it; put it in an environment the job names.`, { job, detail: name });
      }
    }
  },
};
