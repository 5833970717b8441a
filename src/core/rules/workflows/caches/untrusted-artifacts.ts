import { own, str } from '../../../json.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { actionName, stepWhere } from '../model.js';

export const untrustedArtifacts = defineRule({
  id: 'workflows/untrusted-artifacts',
  codes: ['workflow_untrusted_artifact'],
  summary: 'A workflow_run workflow downloads artifacts of the run that triggered it; those were produced by the pull request\'s code and are attacker-controlled.',
  fix: 'Treat downloaded artifacts as data: extract into a temporary directory, never run or source them, and recompute any verdict instead of consuming one.',
});

export const untrustedArtifactsCheck: WorkflowCheck = {
  rule: untrustedArtifacts,
  facts({ m, emit }) {
    if (!m.triggers.has('workflow_run')) return;
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const uses = str(own(step.value, 'uses'));
        const name = uses === undefined ? '' : actionName(uses);
        if (!/download-artifact/.test(name)) continue;
        emit(untrustedArtifacts, 'workflow_untrusted_artifact', `${stepWhere(m, job, step)} downloads artifacts in a workflow_run workflow; artifacts of the triggering run are attacker-controlled and must not be trusted (recompute, never consume a verdict).`, { job, step, detail: name });
      }
    }
  },
};
