import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { stepScripts, stepWhere } from '../model.js';

export const githubEnv = defineRule({
  id: 'workflows/github-env',
  codes: ['workflow_github_env'],
  summary: 'A script writes to GITHUB_ENV or GITHUB_PATH (or core.exportVariable / core.addPath), so later steps run with an environment or PATH the written text controls.',
  fix: 'Pass values between steps as step outputs, and never write event text or downloaded content to GITHUB_ENV or GITHUB_PATH.',
});

const ENV_WRITE = /GITHUB_ENV|GITHUB_PATH|core\.exportVariable|core\.addPath/g;

export const githubEnvCheck: WorkflowCheck = {
  rule: githubEnv,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        for (const { field, text } of stepScripts(step.value)) {
          for (const w of new Set([...text.matchAll(ENV_WRITE)].map((x) => x[0]))) {
            emit(githubEnv, 'workflow_github_env', `${stepWhere(m, job, step)} writes to ${w} in its ${field}: script; later steps then run with attacker-influenced environment variables or PATH (zizmor github-env).`, { job, step, detail: w });
          }
        }
      }
    }
  },
};
