// The path family: what a path is and which tier it gets, before anything is known about its content.
import type { RuleFamily } from '../registry.js';
import { actionCode } from './action-code.js';
import { agentInstructions } from './agent-instructions.js';
import { canonicalPaths } from './canonical.js';
import { gitConfig } from './git-config.js';
import { guardFiles } from './guard-files.js';
import { identify } from './identify.js';
import { packageManager } from './package-manager.js';
import { policyProtected } from './policy-protected.js';
import { reviewRules } from './review-rules.js';
import { runsInCi } from './runs-in-ci.js';
import { secrets } from './secrets.js';
import { tierRules } from './tier-rules.js';
import { toolConfig } from './tool-config.js';
import { toolchainSelectors } from './toolchain-selectors.js';

export { actionCode, agentInstructions, canonicalPaths, gitConfig, guardFiles, identify, packageManager, policyProtected, reviewRules, runsInCi, secrets, tierRules, toolConfig, toolchainSelectors };

/** The protected rules by id, for the reasons of the protected set (src/core/protected.ts). */
export const PROTECTED_RULE_BY_ID = Object.freeze({
  'paths/guard-files': guardFiles,
  'paths/runs-in-ci': runsInCi,
  'paths/review-rules': reviewRules,
  'paths/git-config': gitConfig,
  'paths/package-manager': packageManager,
  'paths/toolchain-selectors': toolchainSelectors,
  'paths/tool-config': toolConfig,
  'paths/secrets': secrets,
  'paths/agent-instructions': agentInstructions,
});

export const PATH_RULES: RuleFamily = Object.freeze({
  id: 'paths',
  title: 'Paths and the protected set',
  doc: 'Runs on every changed path (both sides of a rename) in guard-diff, the approval gate and `agent-guard check`. A path is canonicalised, matched against the built-in protected set (grouped by why each file matters), the policy\'s own protected list and its tier rules, and positively identified; case and Unicode variants can only raise a tier.',
  rules: [canonicalPaths, guardFiles, runsInCi, agentInstructions, reviewRules, gitConfig, packageManager, toolchainSelectors, toolConfig, secrets, policyProtected, tierRules, identify, actionCode],
});
