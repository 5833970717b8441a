import { defineRule } from '../rule.js';

export const allowList = defineRule({
  id: 'commands/allow-list',
  codes: ['command_not_granted', 'command_capability_not_granted', 'command_no_task'],
  summary: 'A command runs only when its argv matches a pattern of a capability the task manifest is granted; everything else is denied.',
  fix: 'Grant the task a capability whose commands list this argv, or add the pattern to a granted capability in the policy.',
});
