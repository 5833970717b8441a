import { own } from '../../../json.js';
import { quoteValue, stableJson } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { fileLabel } from '../model.js';

export const actionRuns = defineRule({
  id: 'workflows/action-runs',
  codes: ['action_runs_changed'],
  summary: 'An action\'s runs: entry (using, main, pre, post, image, entrypoint, args, env) is set or changed, which changes what code every workflow using the action runs.',
  fix: 'Review the code the new entry runs as you would the workflows that use the action.',
});

const ACTION_RUNS_KEYS = ['using', 'main', 'pre', 'post', 'pre-if', 'post-if', 'image', 'entrypoint', 'pre-entrypoint', 'post-entrypoint', 'args', 'env'];

export const actionRunsCheck: WorkflowCheck = {
  rule: actionRuns,
  change(base, head, emit) {
    if (head.kind !== 'action') return;
    const file = fileLabel(head);
    const hr = head.jobs[0]!.value;
    const br = base?.jobs[0]?.value ?? {};
    for (const key of ACTION_RUNS_KEYS) {
      const before = own(br, key);
      const after = own(hr, key);
      if (stableJson(before ?? null) === stableJson(after ?? null)) continue;
      if (after === undefined) {
        if (base) emit(actionRuns, 'action_runs_changed', `${file} removes runs.${key} (was ${quoteValue(before)}).`, { detail: key });
        continue;
      }
      emit(actionRuns, 'action_runs_changed', `${file} ${before === undefined ? 'sets' : 'changes'} runs.${key} ${before === undefined ? '' : `from ${quoteValue(before)} `}to ${quoteValue(after)}; this changes what code the action runs.`, { detail: key });
    }
  },
};
