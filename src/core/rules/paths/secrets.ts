import { defineRule } from '../rule.js';

export const secrets = defineRule({
  id: 'paths/secrets',
  codes: ['protected_secret_file'],
  summary: 'Environment and credential files (.env, keys, .netrc) hold secrets that later steps load: always high.',
  fix: 'Keep secrets out of the repository; have a person approve test fixtures that look like them.',
});
