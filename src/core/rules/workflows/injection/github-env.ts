import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { untrustedExpressions } from '../expressions.js';
import { DANGEROUS_TRIGGERS, stepScripts, stepWhere } from '../model.js';

export const githubEnv = defineRule({
  id: 'workflows/github-env',
  codes: ['workflow_github_env'],
  summary: 'In a workflow outsiders trigger (pull_request_target, workflow_run, issue_comment, issues, ...), in an action, or with event text, a script writes to GITHUB_ENV or GITHUB_PATH (or core.exportVariable / core.addPath), so later steps run with an environment or PATH the written text controls.',
  fix: 'Pass values between steps as step outputs, and never write event text or downloaded content to GITHUB_ENV or GITHUB_PATH.',
});

const ENV_WRITE = /GITHUB_ENV|GITHUB_PATH|core\.exportVariable|core\.addPath/g;

export const githubEnvCheck: WorkflowCheck = {
  rule: githubEnv,
  facts({ m, emit }) {
    // Where outsiders cause the run (or, in an action, any caller) the written text can be theirs; in a
    // workflow only the repository triggers it is its own unless the script writes event text.
    const triggers = [...m.triggers.keys()].filter((t) => Object.hasOwn(DANGEROUS_TRIGGERS, t));
    const context = m.kind === 'action' ? 'in an action any workflow can call' : `in a workflow triggered by ${triggers.join(', ')}`;
    for (const job of m.jobs) {
      for (const step of job.steps) {
        for (const { field, text } of stepScripts(step.value)) {
          const eventText = untrustedExpressions(text).length > 0;
          if (m.kind === 'workflow' && triggers.length === 0 && !eventText) continue;
          for (const w of new Set([...text.matchAll(ENV_WRITE)].map((x) => x[0]))) {
            emit(githubEnv, 'workflow_github_env', `${stepWhere(m, job, step)} writes to ${w} in its ${field}: script; ${eventText ? 'with event text in the script' : context}; later steps then run with an environment or PATH that text from the event or the pull request can set.`, { job, step, detail: w });
          }
        }
      }
    }
  },
};
