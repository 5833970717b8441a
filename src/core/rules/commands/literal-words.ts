import { defineRule } from '../rule.js';

export const literalWords = defineRule({
  id: 'commands/literal-words',
  codes: ['command_substitution', 'command_expansion', 'command_glob', 'command_quoting', 'command_control_character'],
  summary: 'Every word of an allowed command is literal text: no command or process substitution, no variable, arithmetic, tilde or brace expansion, no glob, no ANSI-C or locale quoting, no backslash escapes.',
  fix: 'Write each argument out literally, in plain words or single or double quotes (double quotes without $, ` or \\).',
});
