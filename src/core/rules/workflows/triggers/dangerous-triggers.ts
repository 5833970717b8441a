import { stableJson, quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { DANGEROUS_TRIGGERS, fileLabel } from '../model.js';

export const dangerousTriggers = defineRule({
  id: 'workflows/dangerous-triggers',
  codes: ['workflow_dangerous_trigger', 'workflow_trigger_changed'],
  summary: 'A trigger that runs with secrets and a write token on events outsiders cause (pull_request_target, workflow_run, issue_comment, issues, ...) is added, or its filters change.',
  fix: 'Use pull_request, or keep the privileged job from reading event text or running the pull request\'s code.',
});

export const dangerousTriggersCheck: WorkflowCheck = {
  rule: dangerousTriggers,
  facts({ m, emit }) {
    if (m.kind !== 'workflow') return;
    for (const [trigger] of m.triggers) {
      const why = DANGEROUS_TRIGGERS[trigger];
      if (why) emit(dangerousTriggers, 'workflow_dangerous_trigger', `${fileLabel(m)} adds the ${trigger} trigger, which ${why}.`, { detail: trigger });
    }
  },
  change(base, head, emit) {
    if (head.kind !== 'workflow' || !base) return;
    for (const [trigger, config] of head.triggers) {
      if (!DANGEROUS_TRIGGERS[trigger] || !base.triggers.has(trigger)) continue;
      const before = base.triggers.get(trigger);
      if (stableJson(before ?? null) !== stableJson(config ?? null)) {
        emit(dangerousTriggers, 'workflow_trigger_changed', `${fileLabel(head)} changes the filters of its ${trigger} trigger from ${quoteValue(before ?? null)} to ${quoteValue(config ?? null)}; check that it does not now run on more events.`, { detail: trigger });
      }
    }
  },
};
