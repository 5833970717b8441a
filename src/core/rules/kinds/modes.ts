import { defineRule } from '../rule.js';

export const modes = defineRule({
  id: 'kinds/modes',
  codes: ['type_changed', 'executable_added', 'executable_mode'],
  summary: 'A type change (file, symlink, submodule), a new executable file, or a file made executable: high.',
  fix: 'Keep files non-executable unless a person approves the mode change.',
});
