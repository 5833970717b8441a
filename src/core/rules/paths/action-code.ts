import { defineRule } from '../rule.js';

export const actionCode = defineRule({
  id: 'paths/action-code',
  codes: ['action_directory', 'action_runs'],
  summary: "Files in an action's directory, and every file its action.yml runs (runs.main, pre, post, and scripts its composite steps run), are the action's code: workflows that use the action run them, so they are high.",
  fix: 'Have a person review and approve changes to code an action runs.',
});
