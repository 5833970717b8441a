import { defineRule } from '../rule.js';

export const wrappers = defineRule({
  id: 'commands/wrappers',
  codes: ['command_wrapper', 'command_wrapper_option'],
  summary: 'A program that runs another program (env, sudo, xargs, sh -c, node -e, npx, find -exec, time, timeout, ...) is allowed only where an allowed pattern names it, never through a * wildcard.',
  fix: 'Run the wrapped command itself, or add a pattern that names the wrapper and what it runs to the capability in the policy.',
});
