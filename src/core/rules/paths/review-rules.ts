import { defineRule } from '../rule.js';

export const reviewRules = defineRule({
  id: 'paths/review-rules',
  codes: ['protected_review_config'],
  summary: 'CODEOWNERS decides who must review a change: always high.',
  fix: 'Have a person review and approve the change.',
});
