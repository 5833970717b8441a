import { defineRule } from '../rule.js';

export const notAFile = defineRule({
  id: 'kinds/not-a-file',
  codes: ['link_target_not_a_file', 'link_target_missing', 'link_target_unknown'],
  summary: 'A link between two protected paths is allowed only when the head commit holds a regular file at its target: a directory, symlink, submodule, nothing, or a kind not established is denied.',
  fix: 'Point the link at the protected file itself.',
});
