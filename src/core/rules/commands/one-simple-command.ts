import { defineRule } from '../rule.js';

export const oneSimpleCommand = defineRule({
  id: 'commands/one-simple-command',
  codes: [
    'command_parse_error',
    'command_empty',
    'command_too_long',
    'command_list',
    'command_pipeline',
    'command_background',
    'command_compound',
    'command_redirection',
    'command_assignment',
  ],
  summary: 'A command line is allowed only when the shell parses it as exactly one simple command: no ;, &&, ||, &, pipes, redirections, here-documents, assignments, subshells, groups, loops or functions.',
  fix: 'Run one command per tool call, with no operators or redirections; the runtime shows the output without them.',
});
