// The command-scope family: which commands an agent may run, decided on the parsed command line.
import type { RuleFamily } from '../registry.js';
import { allowList } from './allow-list.js';
import { guardErrors } from './guard-errors.js';
import { literalWords } from './literal-words.js';
import { oneSimpleCommand } from './one-simple-command.js';
import { wrappers } from './wrappers.js';

export { allowList, guardErrors, literalWords, oneSimpleCommand, wrappers };

export const COMMAND_RULES: RuleFamily = Object.freeze({
  id: 'commands',
  title: 'Command scope',
  doc: 'Runs on every command an agent asks to run, through `agent-guard exec` or the `agent-guard hook` of an agent runtime. The command line is parsed with a real shell parser; only one simple command of literal words whose argv matches a pattern of a granted capability is allowed.',
  rules: [oneSimpleCommand, literalWords, wrappers, allowList, guardErrors],
});
