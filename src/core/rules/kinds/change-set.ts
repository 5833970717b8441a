import { defineRule } from '../rule.js';

// The codes are the git adapter's error codes (src/adapters/git/process.ts): the change set itself
// could not be established, so nothing in it can be judged and the verdict is deny.
export const changeSet = defineRule({
  id: 'kinds/change-set',
  codes: [
    'GIT_FAILED', 'GIT_NOT_FOUND', 'NOT_A_REPOSITORY', 'INVALID_REF', 'UNKNOWN_REF', 'NO_MERGE_BASE', 'MULTIPLE_MERGE_BASES',
    'SHALLOW_REPOSITORY', 'EMPTY_CHANGESET', 'TOO_LARGE', 'UNEXPECTED_OUTPUT', 'UNSUPPORTED_STATUS', 'INVALID_PATH', 'NOT_A_FILE',
    'TIMEOUT', 'INVALID_OPTION', 'kind_unknown', 'files_api_status',
  ],
  summary: "When the change set cannot be established from git (no merge base, a shallow clone, a timeout, ...) the change is denied; when only the files API is available, file kinds are unknown and every file is treated as high.",
  fix: 'Check out the repository with full history (fetch-depth: 0) so the change set and file modes come from git.',
});
