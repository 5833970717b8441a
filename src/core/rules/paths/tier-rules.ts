import { defineRule } from '../rule.js';

export const tierRules = defineRule({
  id: 'paths/tier-rules',
  codes: ['tier_rule', 'default_tier', 'case_variant'],
  summary: "The policy's tier globs and default_tier give a path its tier (the highest that matches wins); a case or Unicode variant of a path gets the higher tier of the path it imitates.",
  fix: 'Name the path in the policy tier you mean, by exact path or a narrow pattern for files that tools load.',
});
