import { own, scalarText } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { dependabotUpdates, fileLabel } from '../model.js';

export const dependabotExecution = defineRule({
  id: 'workflows/dependabot-execution',
  codes: ['dependabot_code_execution'],
  summary: 'A Dependabot update sets insecure-external-code-execution: allow, so code from dependency manifests runs during updates with access to the registry credentials Dependabot holds.',
  fix: 'Remove insecure-external-code-execution (the default is deny), or set it to deny.',
});

export const dependabotExecutionCheck: WorkflowCheck = {
  rule: dependabotExecution,
  facts({ m, emit }) {
    for (const { update: u, eco, dir } of dependabotUpdates(m)) {
      const value = scalarText(own(u, 'insecure-external-code-execution'))?.trim().toLowerCase();
      if (value !== 'allow') continue;
      emit(dependabotExecution, 'dependabot_code_execution', `${fileLabel(m)} lets Dependabot run code from ${quoteValue(eco)} manifests in ${quoteValue(dir)} (insecure-external-code-execution: allow); a compromised dependency then runs with Dependabot's registry credentials.`, { detail: `${eco}|${dir}` });
    }
  },
};
