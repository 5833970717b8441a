// Dependabot updates without a cooldown propose a release the day it is published, which is when a
// hijacked release is live and not yet pulled; a few days' wait lets the registry take it down first.
import { isObj, num, own, scalarText } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { fileLabel } from '../model.js';

export const dependabotCooldown = defineRule({
  id: 'workflows/dependabot-cooldown',
  codes: ['dependabot_no_cooldown', 'dependabot_short_cooldown'],
  summary: 'A Dependabot update has no cooldown (or one under 7 days), so it proposes new releases as soon as they appear, before a compromised one is noticed and pulled.',
  fix: 'Add cooldown: with default-days: 7 (or more) to the update.',
});

export const MIN_COOLDOWN_DAYS = 7;

export const dependabotCooldownCheck: WorkflowCheck = {
  rule: dependabotCooldown,
  facts({ m, emit }) {
    if (m.kind !== 'dependabot') return;
    const updates = own(m.root, 'updates');
    if (!Array.isArray(updates)) return;
    for (const u of updates) {
      if (!isObj(u)) continue;
      const eco = scalarText(own(u, 'package-ecosystem')) ?? '';
      const dir = scalarText(own(u, 'directory')) ?? JSON.stringify(own(u, 'directories') ?? '');
      const what = `${fileLabel(m)} update ${quoteValue(eco)} in ${quoteValue(dir)}`;
      const cooldown = own(u, 'cooldown');
      if (!isObj(cooldown)) {
        emit(dependabotCooldown, 'dependabot_no_cooldown', `${what} has no cooldown, so a release is proposed the day it is published.`, { detail: `${eco}|${dir}` });
        continue;
      }
      const days = num(own(cooldown, 'default-days'));
      if (days === undefined || days < MIN_COOLDOWN_DAYS) {
        emit(dependabotCooldown, 'dependabot_short_cooldown', `${what} has a cooldown of ${days === undefined ? 'no default-days' : `${days} days`}, under ${MIN_COOLDOWN_DAYS}, so releases are proposed before a compromised one is usually noticed.`, { detail: `${eco}|${dir}` });
      }
    }
  },
};
