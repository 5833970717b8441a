import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { actionName, actionRef, allUses, fileLabel, usesPinning } from '../model.js';

export const repinnedUses = defineRule({
  id: 'workflows/repinned-uses',
  codes: ['workflow_uses_repinned'],
  summary: 'A pinned action moves to another commit; offline the review cannot tell whether the commit is on the action\'s own repository (impostor commits from forks resolve too) or what changed.',
  fix: 'Check the new commit is a release tag of the action\'s own repository and review the diff between the two commits.',
});

function pinsOf(uses: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const u of uses) {
    if (usesPinning(u) !== 'pinned' || u.trim().toLowerCase().startsWith('docker://')) continue;
    const set = out.get(actionName(u)) ?? new Set<string>();
    set.add(actionRef(u).toLowerCase());
    out.set(actionName(u), set);
  }
  return out;
}

export const repinnedUsesCheck: WorkflowCheck = {
  rule: repinnedUses,
  change(base, head, emit) {
    if (!base) return;
    const basePins = pinsOf(allUses(base));
    const reported = new Set<string>();
    for (const u of allUses(head)) {
      if (usesPinning(u) !== 'pinned' || u.trim().toLowerCase().startsWith('docker://')) continue;
      const name = actionName(u);
      const ref = actionRef(u).toLowerCase();
      const before = basePins.get(name);
      if (!before || before.has(ref) || reported.has(`${name}@${ref}`)) continue;
      reported.add(`${name}@${ref}`);
      emit(repinnedUses, 'workflow_uses_repinned', `${fileLabel(head)} moves ${quoteValue(name)} from commit ${quoteValue([...before].join(', '))} to ${quoteValue(ref)}; check the new commit is on the action's own repository (impostor commits from forks resolve too) and review its diff.`, { detail: `${name}@${ref}` });
    }
  },
};
