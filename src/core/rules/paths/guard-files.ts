import { defineRule } from '../rule.js';

export const guardFiles = defineRule({
  id: 'paths/guard-files',
  codes: ['guard_file', 'guard_file_needs_modify_policy'],
  summary: "The policy, task manifests and agent-guard's own configuration decide what an agent may do: always high, and denied unless the task is granted modify_policy.",
  fix: 'Change the policy or a manifest in a change of its own, made by a person or by a task granted modify_policy.',
});
