import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { stepWhere, usesSteps } from '../model.js';

export const superfluousActions = defineRule({
  id: 'workflows/superfluous-actions',
  codes: ['workflow_superfluous_action'],
  summary: 'A third-party action does what a tool already on GitHub\'s runners does (gh, git, jq, docker, rustup), adding its code and dependencies to what runs with the job\'s token.',
  fix: 'Use the preinstalled tool in a run: step (gh release create, gh pr create, git commit and push, jq, docker run, rustup).',
});

/** Actions whose job a preinstalled tool does, and that tool. */
const REPLACEMENTS: Record<string, string> = {
  'ncipollo/release-action': 'gh release create',
  'softprops/action-gh-release': 'gh release create',
  'elgohr/github-release-action': 'gh release create',
  'svenstaro/upload-release-action': 'gh release upload',
  'actions/create-release': 'gh release create',
  'actions/upload-release-asset': 'gh release upload',
  'peter-evans/create-pull-request': 'gh pr create',
  'peter-evans/create-or-update-comment': 'gh pr comment / gh issue comment',
  'dacbd/create-issue-action': 'gh issue create',
  'actions-ecosystem/action-add-labels': 'gh issue edit --add-label',
  'actions-ecosystem/action-remove-labels': 'gh issue edit --remove-label',
  'addnab/docker-run-action': 'docker run',
  'sergeysova/jq-action': 'jq',
  'dtolnay/rust-toolchain': 'rustup',
  'actions-rs/toolchain': 'rustup',
  'stefanzweifel/git-auto-commit-action': 'git commit and git push',
  'endbug/add-and-commit': 'git commit and git push',
};

export const superfluousActionsCheck: WorkflowCheck = {
  rule: superfluousActions,
  facts({ m, emit }) {
    for (const { job, step, name } of usesSteps(m)) {
      const instead = Object.hasOwn(REPLACEMENTS, name) ? REPLACEMENTS[name] : undefined;
      if (instead === undefined) continue;
      emit(superfluousActions, 'workflow_superfluous_action', `${stepWhere(m, job, step)} uses ${quoteValue(name)}, which does what ${quoteValue(instead)} on the runner already does; its code and dependencies run with the job's token for no gain.`, { job, step, detail: name });
    }
  },
};
