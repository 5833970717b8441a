// Every rule of the product, by family. The rules catalogue (docs/rules.md) is generated from this list
// (`npm run gen:rules`; CI fails when it is stale), and a test checks that ids and codes are unique.
// A family folder exports its rules as one array; adding a rule means adding it there.

import { COMMAND_RULES } from './commands/index.js';
import { DEPENDENCY_RULES } from './dependencies/index.js';
import { KIND_RULES } from './kinds/index.js';
import { PATH_RULES } from './paths/index.js';
import { TASK_RULES } from './task/index.js';
import type { RuleDoc } from './rule.js';
import { WORKFLOW_RULES } from './workflows/index.js';

export interface RuleFamily {
  /** The folder name, and the first part of every id in it. */
  readonly id: string;
  readonly title: string;
  /** One paragraph: what the family looks at and when it runs. */
  readonly doc: string;
  readonly rules: readonly RuleDoc[];
}

export const RULE_FAMILIES: readonly RuleFamily[] = Object.freeze([COMMAND_RULES, PATH_RULES, KIND_RULES, TASK_RULES, DEPENDENCY_RULES, WORKFLOW_RULES]);

export const RULES: readonly RuleDoc[] = Object.freeze(RULE_FAMILIES.flatMap((f) => f.rules));

/** The rule with this id, if any. */
export function ruleById(id: string): RuleDoc | undefined {
  return RULES.find((r) => r.id === id);
}
