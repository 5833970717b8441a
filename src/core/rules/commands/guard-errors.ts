import { defineRule } from '../rule.js';

export const guardErrors = defineRule({
  id: 'commands/guard-errors',
  codes: ['command_config_invalid', 'command_record_failed', 'command_internal_error', 'hook_input_invalid', 'hook_tool_unsupported'],
  summary: 'When the command guard cannot decide (unreadable policy or manifest, bad hook input, evidence that cannot be written, a crash), the command is denied.',
  fix: 'Fix what the message names; the command is run or allowed only after the guard could decide.',
});
