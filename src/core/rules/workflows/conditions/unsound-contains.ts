import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { unsoundContains } from '../expressions.js';
import { conditions } from './conditions.js';

export const unsoundContainsRule = defineRule({
  id: 'workflows/unsound-contains',
  codes: ['workflow_unsound_contains'],
  summary: 'A condition calls contains() with a string as its first argument, a substring test, so any value that is part of the string (refs/heads/mai for refs/heads/main) passes.',
  fix: "Use contains(fromJSON('[\"a\", \"b\"]'), value) or == comparisons.",
});

export const unsoundContainsCheck: WorkflowCheck = {
  rule: unsoundContainsRule,
  facts({ m, emit }) {
    for (const c of conditions(m)) {
      for (const { haystack, needle } of unsoundContains(c.cond)) {
        emit(unsoundContainsRule, 'workflow_unsound_contains', `${c.where} runs only if: ${quoteValue(c.cond)}; contains() with the string ${quoteValue(haystack)} as its first argument is a substring test, so any ${quoteValue(needle)} that is part of that string passes too (refs/heads/mai for refs/heads/main), and a guard on it is bypassable. Use contains(fromJSON('[...]'), ${needle.replace(/[^\w.*-]/g, '')}) or == comparisons.`, { job: c.job, step: c.step, detail: `${needle.toLowerCase()}|${haystack}` });
      }
    }
  },
};
