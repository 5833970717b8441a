import { defineRule } from '../rule.js';

/**
 * A dependency file that is a symlink is read by its tool through the link: the review reads the head
 * content of an in-repository target instead, and anything it cannot follow is a deny.
 */
export const linkedContent = defineRule({
  id: 'dependencies/linked-content',
  codes: ['dependency_link_not_followed'],
  summary: 'A lockfile or dependency manifest that is a symlink is reviewed through its in-repository target; a link that leaves the repository, names another link or cannot be read is a deny.',
  fix: 'Commit the file itself at that path, not a symlink.',
});
