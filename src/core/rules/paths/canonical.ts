import { defineRule } from '../rule.js';

export const canonicalPaths = defineRule({
  id: 'paths/canonical',
  codes: ['path_rejected'],
  summary: 'A path that is not valid UTF-8, has control or invisible characters, or is not canonical (., .., //, a trailing slash) is denied: it would be read differently by different tools.',
  fix: 'Rename the file to a plain canonical path.',
});
