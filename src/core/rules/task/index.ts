// The task family: a change judged against its task manifest (scope of paths, repository, branch).
import type { RuleFamily } from '../registry.js';
import { branchAndRepository } from './branch.js';
import { manifestCeiling } from './manifest.js';
import { scope } from './scope.js';

export { branchAndRepository, manifestCeiling, scope };

/** The rule that reports a manifest-against-policy problem code (src/core/manifest.ts). */
export function taskRuleOf(code: string): string {
  return (branchAndRepository.codes as readonly string[]).includes(code) ? branchAndRepository.id : manifestCeiling.id;
}

export const TASK_RULES: RuleFamily = Object.freeze({
  id: 'task',
  title: 'Task scope',
  doc: 'Runs in guard-diff and the approval gate when a task manifest applies: the manifest checked against the policy and the run, and every changed path against the capabilities the task is granted.',
  rules: [scope, manifestCeiling, branchAndRepository],
});
