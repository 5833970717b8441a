import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { conditions } from './conditions.js';

export const spoofableConditions = defineRule({
  id: 'workflows/spoofable-conditions',
  codes: ['workflow_spoofable_condition'],
  summary: 'A job or step runs only if the actor, a bot name or a label matches; github.actor is whoever acted last and labels are set by writers, so such a guard is spoofable (and a skipped job reports success).',
  fix: 'Decide on facts the actor cannot choose (the event\'s pull_request.user.login together with the head repository, or an environment with required reviewers).',
});

// The actor (github.actor, triggering_actor, the event's sender) is whoever acted last, and a branch name
// or a label is whatever a writer sets; the creator of a pull request or issue (pull_request.user.login)
// and its author_association are set by GitHub and are not named here.
export const SPOOFABLE_CONDITION =
  /github\s*\.\s*(?:triggering_)?actor\b|\bsender\s*\.\s*login\b|\.labels\b|\blabel\s*\.\s*name\b|\bhead_ref\b[^&|]*\b(?:dependabot|renovate)|\b(?:dependabot|renovate)\b[^&|]*\bhead_ref\b/i;

/** The condition without its string literals ('add-labels' names no context). */
export function withoutLiterals(cond: string): string {
  return cond.replace(/'(?:[^']|'')*'/g, "''");
}

export const spoofableConditionsCheck: WorkflowCheck = {
  rule: spoofableConditions,
  facts({ m, emit }) {
    for (const c of conditions(m)) {
      if (!SPOOFABLE_CONDITION.test(withoutLiterals(c.cond))) continue;
      const why = c.step ? 'conditions on the actor, bots or labels are spoofable (github.actor is whoever acted last).' : 'conditions on the actor, bots or labels are spoofable, and a skipped job reports success to required checks.';
      emit(spoofableConditions, 'workflow_spoofable_condition', `${c.where} runs only if: ${quoteValue(c.cond)}; ${why}`, { job: c.job, step: c.step, detail: c.cond.trim() });
    }
  },
};
