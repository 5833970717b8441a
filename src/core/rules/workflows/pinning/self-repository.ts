// `uses: ./path` loads whatever is at that path of the workspace when the step runs, which earlier
// steps can replace (a checkout of other code, a download); `$/path` names the action in this
// repository at the workflow's commit, and counts as pinned for GitHub's SHA-pinning policy.
import { own, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { stepWhere } from '../model.js';

export const selfRepository = defineRule({
  id: 'workflows/self-repository',
  codes: ['workflow_workspace_relative_uses'],
  summary: 'A step uses the local action ./path, which runs whatever the workspace holds there when the step starts (earlier steps can replace it), instead of $/path, the action of this repository at the workflow\'s commit.',
  fix: 'Write uses: $/path for actions of this repository.',
});

export const selfRepositoryCheck: WorkflowCheck = {
  rule: selfRepository,
  facts({ m, emit }) {
    if (m.kind === 'dependabot') return;
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const uses = str(own(step.value, 'uses'))?.trim();
        if (!uses?.startsWith('./')) continue;
        emit(selfRepository, 'workflow_workspace_relative_uses', `${stepWhere(m, job, step)} uses ${quoteValue(uses)}, which runs whatever the workspace holds at that path when the step starts; write ${quoteValue(`$/${uses.replace(/^(\.\/+)+/, '')}`)} to name this repository's action at the workflow's commit.`, { job, step, detail: uses });
      }
    }
  },
};
