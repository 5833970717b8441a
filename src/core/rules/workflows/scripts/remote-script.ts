import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { stepScripts, stepWhere } from '../model.js';

export const remoteScript = defineRule({
  id: 'workflows/remote-script',
  codes: ['workflow_remote_script'],
  summary: 'A script pipes a download into a shell (curl ... | sh, bash <(curl ...)): unpinned remote code runs with the job\'s token and secrets.',
  fix: 'Download a pinned release, check its checksum, then run it; or use a pinned action.',
});

export const REMOTE_SCRIPT = /\b(curl|wget)\b[^\n|]*\|\s*(sudo\s+)?(-E\s+)?(ba|z|da)?sh\b|\b(bash|sh)\s+<\(\s*(curl|wget)\b/i;

export const remoteScriptCheck: WorkflowCheck = {
  rule: remoteScript,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        for (const { field, text } of stepScripts(step.value)) {
          if (REMOTE_SCRIPT.test(text)) emit(remoteScript, 'workflow_remote_script', `${stepWhere(m, job, step)} pipes a downloaded script into a shell in its ${field}: script (unpinned remote code).`, { job, step });
        }
      }
    }
  },
};
