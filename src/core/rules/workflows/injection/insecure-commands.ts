import { deepStrings, own } from '../../../json.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { fileLabel, jobLabel } from '../model.js';

export const insecureCommands = defineRule({
  id: 'workflows/insecure-commands',
  codes: ['workflow_insecure_commands'],
  summary: 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables the set-env and add-path workflow commands, so any line a step prints can set the environment or PATH.',
  fix: 'Remove ACTIONS_ALLOW_UNSECURE_COMMANDS and write to GITHUB_ENV / GITHUB_OUTPUT files instead.',
});

const NAME = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';

export const insecureCommandsCheck: WorkflowCheck = {
  rule: insecureCommands,
  facts({ m, emit }) {
    if (m.kind === 'dependabot') return;
    if (m.kind === 'workflow' && deepStrings(own(m.root, 'env')).some((s) => s.includes(NAME))) {
      emit(insecureCommands, 'workflow_insecure_commands', `${fileLabel(m)} sets ${NAME} in its env, which re-enables the set-env and add-path workflow commands (environment injection from any log line).`);
    }
    for (const job of m.jobs) {
      const scope = m.kind === 'action' ? job.value : { env: own(job.value, 'env'), steps: own(job.value, 'steps') };
      if (deepStrings(scope).some((s) => s.includes(NAME))) {
        emit(insecureCommands, 'workflow_insecure_commands', `${jobLabel(m, job)} sets ${NAME}, which re-enables the set-env and add-path workflow commands (environment injection from any log line).`, { job });
      }
    }
  },
};
