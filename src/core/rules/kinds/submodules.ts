import { defineRule } from '../rule.js';

export const submodules = defineRule({
  id: 'kinds/submodules',
  codes: ['submodule_change'],
  summary: 'A submodule (gitlink) added, moved or changed fetches and pins code from elsewhere: high.',
  fix: 'Have a person review the submodule commit and approve the change.',
});
