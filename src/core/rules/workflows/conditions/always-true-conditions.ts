import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { alwaysTrueCondition } from '../expressions.js';
import { conditions } from './conditions.js';

export const alwaysTrueConditions = defineRule({
  id: 'workflows/always-true-conditions',
  codes: ['workflow_always_true_condition'],
  summary: 'An if: that looks like a test is always true: ${{ }} with text around it (an if: | block scalar\'s line break, two fenced expressions joined by &&) is a non-empty string, and a pseudo-ternary a && x || \'y\' cannot be false.',
  fix: 'Write the condition as one bare expression (if: a && b, or if: |- for a block), and use case() or == instead of && ... || with a literal.',
});

export const alwaysTrueConditionsCheck: WorkflowCheck = {
  rule: alwaysTrueConditions,
  facts({ m, emit }) {
    for (const c of conditions(m)) {
      const why = alwaysTrueCondition(c.cond);
      if (why === null) continue;
      emit(alwaysTrueConditions, 'workflow_always_true_condition', `${c.where} has if: ${quoteValue(c.cond)}, which is always true: ${why}; the ${c.step ? 'step' : 'job'} runs whatever the condition was meant to test.`, { job: c.job, step: c.step, detail: c.cond.trim() });
    }
  },
};
