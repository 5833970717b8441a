import { defineRule } from '../rule.js';

export const policyProtected = defineRule({
  id: 'paths/policy-protected',
  codes: ['protected_by_policy', 'protected_exempt'],
  summary: "The policy's own protected globs are always high; `protected.exempt` takes an exact path out of the built-in set, with its reason shown on every file it applies to.",
  fix: 'Have a person approve the change, or exempt the exact path in the policy with a reason (never a guard file).',
});
