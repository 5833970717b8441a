import { defineRule } from '../rule.js';

export const branchAndRepository = defineRule({
  id: 'task/branch',
  codes: ['repository_mismatch', 'repository_unknown', 'branch_pattern_missing', 'branch_pattern_outside_ceiling', 'branch_mismatch', 'branch_unknown'],
  summary: "The change's repository and branch must be the manifest's and within its subject's; unknown is never read as matching.",
  fix: 'Run on the branch and repository the manifest names (pass --branch and --repository to check).',
});
