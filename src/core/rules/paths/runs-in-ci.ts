import { defineRule } from '../rule.js';

export const runsInCi = defineRule({
  id: 'paths/runs-in-ci',
  codes: ['protected_ci_config'],
  summary: "CI, automation and preview-build configuration (everything under .github/ but its community files, action.yml, other CI services' files) runs with the repository's credentials: always high.",
  fix: 'Have a person review and approve the change; it cannot be lowered by a tier rule.',
});
