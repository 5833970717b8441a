import { defineRule } from '../rule.js';

export const symlinks = defineRule({
  id: 'kinds/symlinks',
  codes: [
    'symlink_unreadable',
    'symlink_chain',
    'symlink_climbs',
    'symlink_outside',
    'symlink_into_protected',
    'symlink_between_protected',
    'symlink_low_tier',
    'symlink_to_lower_tier',
    'symlink_target',
    'symlink_replaced',
    'symlink_alias',
  ],
  summary: 'A symlink is judged by where it resolves: out of the repository, through another link, into the protected set (except between two protected files of one kind), from a low-tier path, or to a lower-tier path is denied; any other link, and a file other paths reach through links, is at least as high as those paths.',
  fix: 'Commit the file itself instead of a link, or link only between two protected files of the same kind (CLAUDE.md -> AGENTS.md).',
});
