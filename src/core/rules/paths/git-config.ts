import { defineRule } from '../rule.js';

export const gitConfig = defineRule({
  id: 'paths/git-config',
  codes: ['protected_git_config'],
  summary: 'Git attributes, submodules, LFS configuration, hooks and hook managers change what a diff shows and what is fetched or run: always high.',
  fix: 'Have a person review and approve the change.',
});
