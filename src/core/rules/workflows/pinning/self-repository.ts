// `uses: ./path` loads whatever is at that path of the workspace when the step runs, which earlier
// steps can replace (a checkout of other code, a download); `$/path` names the action in this
// repository at the workflow's commit, and counts as pinned for GitHub's SHA-pinning policy.
import { own, scalarText, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { actionName, firstLine, stepWhere, withArgs, type Obj, type StepInfo } from '../model.js';

export const selfRepository = defineRule({
  id: 'workflows/self-repository',
  codes: ['workflow_workspace_relative_uses'],
  summary: 'A step uses the local action ./path after an earlier step may have replaced the workspace (a checkout of another ref or repository, a download, a git checkout), so it runs whatever is there then instead of $/path, the action of this repository at the workflow\'s commit.',
  fix: 'Write uses: $/path for actions of this repository.',
});

/** Why an earlier step may have put other code in the workspace, or null (it holds the workflow's commit). */
function workspaceReplaced(step: Obj): string | null {
  const uses = str(own(step, 'uses'));
  if (uses !== undefined) {
    const name = actionName(uses);
    const args = withArgs(step);
    if (name === 'actions/checkout' && (own(args, 'ref') !== undefined || own(args, 'repository') !== undefined)) return `it checks out ${quoteValue(scalarText(own(args, 'repository')) ?? scalarText(own(args, 'ref')) ?? '')}`;
    if (name === 'actions/download-artifact' || name === 'dawidd6/action-download-artifact') return 'it downloads artifacts';
    return null;
  }
  const run = scalarText(own(step, 'run'));
  if (run !== undefined && /\bgit\s+(?:checkout|switch|pull|reset|fetch)\b|\bgh\s+pr\s+checkout\b|\b(?:curl|wget)\b[^\n]*(?:\|\s*tar\b|-o\b)|\bunzip\b|\btar\s+-?x/.test(run)) return `it runs ${quoteValue(firstLine(run))}`;
  return null;
}

export const selfRepositoryCheck: WorkflowCheck = {
  rule: selfRepository,
  facts({ m, emit }) {
    if (m.kind === 'dependabot') return;
    for (const job of m.jobs) {
      let replaced: { step: StepInfo; why: string } | null = null;
      for (const step of job.steps) {
        const uses = str(own(step.value, 'uses'))?.trim();
        if (replaced !== null && uses?.startsWith('./')) {
          emit(selfRepository, 'workflow_workspace_relative_uses', `${stepWhere(m, job, step)} uses ${quoteValue(uses)}, which runs whatever the workspace holds at that path when the step starts, after step ${replaced.step.index} may have changed it (${replaced.why}); write ${quoteValue(`$/${uses.replace(/^(\.\/+)+/, '')}`)} to run this repository's action at the workflow's commit.`, { job, step, detail: uses });
        }
        if (replaced === null) {
          const why = workspaceReplaced(step.value);
          if (why !== null) replaced = { step, why };
        }
      }
    }
  },
};
