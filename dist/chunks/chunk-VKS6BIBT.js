import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  GATE_CONTEXT
} from "./chunk-CVI2Q4P5.js";
import {
  minimatch
} from "./chunk-EE7EZIWX.js";
import {
  PROTECTED_RULES
} from "./chunk-FVZA7SE4.js";
import {
  stableJson
} from "./chunk-ERUCQBI4.js";

// src/core/exports/ruleset.ts
var GATE_CHECK = GATE_CONTEXT;
var GUARD_DIFF_CHECK = "guard-diff";
var BYPASS_ROLES = { maintain: 2, admin: 5 };
var RULESET_FILES = { branch: "rulesets/agent-guard-required-checks.json", push: "rulesets/agent-guard-high-tier-paths.json" };
function rulesetPathPatterns(globs) {
  const patterns = /* @__PURE__ */ new Set();
  const unexpressed = [];
  for (const glob of globs) {
    for (const alt of minimatch.braceExpand(glob)) {
      const p = alt.endsWith("/**") ? `${alt}/*` : alt === "**" ? "**/*" : alt;
      if (/[!+@]\(/.test(p)) unexpressed.push(alt);
      else patterns.add(p);
    }
  }
  return { patterns: [...patterns].sort(), unexpressed };
}
function renderRulesets(input) {
  const checks = [...new Set(input.requiredChecks)];
  const branchRuleset = {
    name: "agent-guard: required checks",
    target: "branch",
    enforcement: "active",
    // Nobody bypasses: an approval the gate did not count must not merge.
    bypass_actors: [],
    conditions: { ref_name: { include: [...new Set(input.branches)], exclude: [] } },
    rules: [
      {
        type: "required_status_checks",
        parameters: {
          strict_required_status_checks_policy: false,
          required_status_checks: checks.map((context) => ({ context }))
        }
      },
      { type: "non_fast_forward" },
      { type: "deletion" }
    ]
  };
  const highTier = [
    ...PROTECTED_RULES.map((r) => r.glob),
    input.policyPath,
    ...input.policy.protected,
    ...input.policy.manifests,
    ...input.policy.tiers.high
  ];
  const { patterns, unexpressed } = rulesetPathPatterns(highTier);
  const pushRuleset = {
    name: "agent-guard: high-tier paths",
    target: "push",
    enforcement: "active",
    bypass_actors: input.bypassRoles.map((role) => ({ actor_id: BYPASS_ROLES[role], actor_type: "RepositoryRole", bypass_mode: "always" })),
    rules: [{ type: "file_path_restriction", parameters: { restricted_file_paths: patterns } }]
  };
  const file = (path, body) => {
    const content = `${JSON.stringify(body, null, 2)}
`;
    return {
      path,
      content,
      drift(actual) {
        if (actual === null) return ["the file does not exist"];
        let parsed;
        try {
          parsed = JSON.parse(actual);
        } catch {
          return ["the file is not JSON"];
        }
        return stableJson(parsed) === stableJson(body) ? [] : ["the ruleset differs from the policy's (re-export it)"];
      }
    };
  };
  const notes = [
    `create each with: gh api --method POST repos/OWNER/REPO/rulesets --input ${RULESET_FILES.branch} (and ${RULESET_FILES.push})`,
    "a push ruleset cannot name the actors it restricts: it restricts everyone except the bypass list, so list people's roles there, never the agent's App or github-actions",
    "push rulesets exist for private and internal repositories (GitHub Team and above) and their forks; on a public repository rely on the required checks",
    "push rulesets match paths case-sensitively; the guard also matches case-folded variants, which only the required checks enforce",
    'the guard escalates every file it does not positively identify; a path list cannot say "everything unidentified", so the required checks stay the complete defence',
    ...unexpressed.map((p) => `pattern ${JSON.stringify(p)} uses an extglob a ruleset cannot express: left to the required checks`)
  ];
  if (checks.includes(GUARD_DIFF_CHECK)) notes.push(`"${GUARD_DIFF_CHECK}" is the README's job name: pass --required-check with your guard-diff job's name if it differs`);
  return { target: "ruleset", files: [file(RULESET_FILES.branch, branchRuleset), file(RULESET_FILES.push, pushRuleset)], notes };
}

export {
  GATE_CHECK,
  GUARD_DIFF_CHECK,
  BYPASS_ROLES,
  renderRulesets
};
