import { defineRule } from '../rule.js';

export const lockfileReadable = defineRule({
  id: 'dependencies/lockfile-readable',
  codes: ['dependency_lockfile_unparseable', 'dependency_lockfile_binary', 'dependency_lockfile_removed'],
  summary: 'A lockfile that cannot be read (invalid, binary, too large) is a deny, since its sources cannot be checked; a removed lockfile is high.',
  fix: 'Commit a lockfile the tool itself wrote, in its text format.',
});
