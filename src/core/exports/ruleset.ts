// `export --target ruleset`: the two rulesets that make the guard enforceable, as request bodies for
// `POST /repos/{owner}/{repo}/rulesets`. A branch ruleset requires the guard's checks on the protected
// branches (a check nobody is required to pass decides nothing); a push ruleset restricts the high-tier
// paths for every actor outside the bypass list, so an agent's token (which holds `contents: write` for
// the whole repository) cannot push them at all. What rulesets cannot express is said in the notes.

import { minimatch } from 'minimatch';
import { GATE_CONTEXT } from '../approval-report.js';
import type { Policy } from '../policy.js';
import { PROTECTED_RULES } from '../protected.js';
import { stableJson } from '../text.js';
import type { RenderedFile } from './target.js';

/** The approval gate's commit status context. */
export const GATE_CHECK = GATE_CONTEXT;
/** The README's guard-diff job: a job's check run is named after the job. */
export const GUARD_DIFF_CHECK = 'guard-diff';

/** Built-in repository roles as rulesets name them (stable ids: maintain 2, write 4, admin 5). */
export const BYPASS_ROLES = { maintain: 2, admin: 5 } as const;
export type BypassRole = keyof typeof BYPASS_ROLES;

export interface RulesetInput {
  policy: Policy;
  policyPath: string;
  /** Status check contexts the protected branches require. */
  requiredChecks: string[];
  /** Branch patterns in the rulesets' syntax (`~DEFAULT_BRANCH`, `refs/heads/release/*`). */
  branches: string[];
  /** Roles that may push high-tier paths (people, never the agent's App or GITHUB_TOKEN). */
  bypassRoles: BypassRole[];
}

export interface RulesetRendering {
  target: 'ruleset';
  files: RenderedFile[];
  notes: string[];
}

export const RULESET_FILES = { branch: 'rulesets/agent-guard-required-checks.json', push: 'rulesets/agent-guard-high-tier-paths.json' } as const;

/** Our globs (minimatch, braces) as the file-path patterns push rulesets take (fnmatch: one level per `*`). */
export function rulesetPathPatterns(globs: readonly string[]): { patterns: string[]; unexpressed: string[] } {
  const patterns = new Set<string>();
  const unexpressed: string[] = [];
  for (const glob of globs) {
    for (const alt of minimatch.braceExpand(glob)) {
      // A trailing `/**` means everything below: fnmatch's `**` only spans directories when a `/` follows.
      const p = alt.endsWith('/**') ? `${alt}/*` : alt === '**' ? '**/*' : alt;
      if (/[!+@]\(/.test(p)) unexpressed.push(alt);
      else patterns.add(p);
    }
  }
  return { patterns: [...patterns].sort(), unexpressed };
}

export function renderRulesets(input: RulesetInput): RulesetRendering {
  const checks = [...new Set(input.requiredChecks)];
  const branchRuleset = {
    name: 'agent-guard: required checks',
    target: 'branch',
    enforcement: 'active',
    // Nobody bypasses: an approval the gate did not count must not merge.
    bypass_actors: [],
    conditions: { ref_name: { include: [...new Set(input.branches)], exclude: [] } },
    rules: [
      {
        type: 'required_status_checks',
        parameters: {
          strict_required_status_checks_policy: false,
          required_status_checks: checks.map((context) => ({ context })),
        },
      },
      { type: 'non_fast_forward' },
      { type: 'deletion' },
    ],
  };
  const highTier = [
    ...PROTECTED_RULES.map((r) => r.glob),
    input.policyPath,
    ...input.policy.protected,
    ...input.policy.manifests,
    ...input.policy.tiers.high,
  ];
  const { patterns, unexpressed } = rulesetPathPatterns(highTier);
  const pushRuleset = {
    name: 'agent-guard: high-tier paths',
    target: 'push',
    enforcement: 'active',
    bypass_actors: input.bypassRoles.map((role) => ({ actor_id: BYPASS_ROLES[role], actor_type: 'RepositoryRole', bypass_mode: 'always' })),
    rules: [{ type: 'file_path_restriction', parameters: { restricted_file_paths: patterns } }],
  };
  const file = (path: string, body: unknown): RenderedFile => {
    const content = `${JSON.stringify(body, null, 2)}\n`;
    return {
      path,
      content,
      drift(actual) {
        if (actual === null) return ['the file does not exist'];
        let parsed: unknown;
        try {
          parsed = JSON.parse(actual);
        } catch {
          return ['the file is not JSON'];
        }
        return stableJson(parsed) === stableJson(body) ? [] : ['the ruleset differs from the policy\'s (re-export it)'];
      },
    };
  };
  const notes = [
    `create each with: gh api --method POST repos/OWNER/REPO/rulesets --input ${RULESET_FILES.branch} (and ${RULESET_FILES.push})`,
    'a push ruleset cannot name the actors it restricts: it restricts everyone except the bypass list, so list people\'s roles there, never the agent\'s App or github-actions',
    'push rulesets exist for private and internal repositories (GitHub Team and above) and their forks; on a public repository rely on the required checks',
    'push rulesets match paths case-sensitively; the guard also matches case-folded variants, which only the required checks enforce',
    'the guard escalates every file it does not positively identify; a path list cannot say "everything unidentified", so the required checks stay the complete defence',
    ...unexpressed.map((p) => `pattern ${JSON.stringify(p)} uses an extglob a ruleset cannot express: left to the required checks`),
  ];
  if (checks.includes(GUARD_DIFF_CHECK)) notes.push(`"${GUARD_DIFF_CHECK}" is the README's job name: pass --required-check with your guard-diff job's name if it differs`);
  return { target: 'ruleset', files: [file(RULESET_FILES.branch, branchRuleset), file(RULESET_FILES.push, pushRuleset)], notes };
}
