import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { actionName, actionRef, allUses, jobLabel, stepWhere, usesPinning, usesSites } from '../model.js';

export const unpinnedUses = defineRule({
  id: 'workflows/unpinned-uses',
  codes: ['workflow_unpinned_uses', 'workflow_uses_unpinned_from_sha'],
  summary: 'An action or reusable workflow is used by a tag or branch, not a full 40-character commit SHA, so whoever can move the ref (its owner, or a thief of their token) chooses the code.',
  fix: 'Pin uses: to the full commit SHA of the release (owner/repo@<40 hex> # vX.Y.Z).',
});

export const unpinnedUsesCheck: WorkflowCheck = {
  rule: unpinnedUses,
  facts({ m, other, emit }) {
    const otherPinned = new Map<string, string>(); // action name -> a SHA it was pinned to in the other version
    if (other) for (const u of allUses(other)) if (usesPinning(u) === 'pinned') otherPinned.set(actionName(u), actionRef(u));
    const report = (uses: string, what: string, at: Parameters<typeof emit>[3]) => {
      if (usesPinning(uses) !== 'unpinned') return;
      const previous = otherPinned.get(actionName(uses));
      const detail = uses.trim();
      if (previous !== undefined) {
        emit(unpinnedUses, 'workflow_uses_unpinned_from_sha', `${what}: it was pinned to commit ${quoteValue(previous)} and now follows the mutable ref ${quoteValue(actionRef(uses))}, which its owner (or whoever steals their token) can move to other code, and every run then executes what it points to; pin a full 40-character commit SHA.`, { ...at, detail });
      } else {
        emit(unpinnedUses, 'workflow_unpinned_uses', `${what}, which is not pinned to a full 40-character commit SHA; a tag or branch can be moved to other code by its owner or whoever steals their token, and every run then executes it with this job's token and secrets.`, { ...at, detail });
      }
    };
    for (const { job, step, uses } of usesSites(m)) {
      if (step === undefined) report(uses, `${jobLabel(m, job)} calls ${quoteValue(uses)}`, { job });
      else report(uses, `${stepWhere(m, job, step)} uses ${quoteValue(uses)}`, { job, step });
    }
  },
};
