// The policy model: schema validation, the semantic checks a schema cannot express, the built-in
// baseline, and compilation into matchers. Pure: input is an already-parsed value.

import { BUILTIN_CAPABILITIES, isBuiltinCapability } from './capabilities.js';
import { patternProblem } from './commands/patterns.js';
import { GlobSet, lintGlob, lintPolicyGlob } from './glob.js';
import { hostProblem } from './hosts.js';
import { foldPath } from './paths.js';
import { quoteUntrusted } from './text.js';
import { PROTECTED_RULES, DEFAULT_POLICY_PATH } from './protected.js';
import { validateAgainstSchema } from './schema-validation.js';
import { WORKFLOW_RULE_IDS } from './rules/workflows/index.js';
import { allowedUsesProblem } from './rules/workflows/pinning/forbidden-uses.js';
import { TIERS, type Tier } from './tiers.js';
import type { Problem } from './types.js';

export interface ApprovalRule {
  count: number;
  codeowners: boolean;
  reviewers: { users: string[]; teams: string[] };
  keepOnIdenticalRebase: boolean;
  /** A commit whose author or committer no account can be tied to: one approval more (default), or deny. */
  unlinkedCommits?: 'extra_approval' | 'deny';
}

export interface ProtectedExemption {
  path: string;
  reason: string;
}

export interface CapabilityDef {
  name: string;
  description?: string;
  paths: string[];
  tier?: Tier;
  environments: string[];
  /** Argv patterns the capability lets a task run (`src/core/commands/patterns.ts`). */
  commands: string[][];
  /** Environment variables passed to those commands; every other variable is scrubbed. */
  env: string[];
}

export interface SubjectDef {
  name: string;
  capabilities: string[];
  branches: string[];
  repositories: string[];
}

export interface Policy {
  version: 1;
  /** 'baseline' when the repository has no policy and the built-in one applies. */
  origin: 'baseline' | 'policy';
  agents: string[];
  defaultTier: Tier;
  tiers: Record<Tier, string[]>;
  protected: string[];
  /** Exact paths taken out of the built-in protected set, each with the policy's reason (never a guard file). */
  protectedExempt?: ProtectedExemption[];
  manifests: string[];
  capabilities: Record<string, CapabilityDef>;
  subjects: Record<string, SubjectDef>;
  approvals: Record<Tier, ApprovalRule>;
  network: { allow: string[] };
  /** Workflow rule ids whose findings deny when a change introduces them (on top of the rules that always do). */
  workflows?: { deny: string[]; allowedUses?: string[] };
}

const NO_APPROVAL: ApprovalRule = { count: 0, codeowners: false, reviewers: { users: [], teams: [] }, keepOnIdenticalRebase: false };

/** Used when a repository has no policy. Ordinary changes pass; protected files need one independent approval. */
export const BASELINE_POLICY: Policy = Object.freeze({
  version: 1,
  origin: 'baseline',
  agents: ['*[bot]', 'Copilot'],
  defaultTier: 'medium',
  tiers: { high: [], medium: [], low: ['docs/**', '**/*.md'] },
  protected: [],
  manifests: [],
  capabilities: {
    write_branch: { name: 'write_branch', paths: ['**'], environments: [], commands: [], env: [] },
    modify_policy: { name: 'modify_policy', paths: ['**'], tier: 'high', environments: [], commands: [], env: [] },
  },
  subjects: {},
  approvals: { high: { ...NO_APPROVAL, count: 1 }, medium: NO_APPROVAL, low: NO_APPROVAL },
  // Public package registries: a lockfile change that resolves from anywhere else is dependency confusion.
  network: {
    allow: [
      'registry.npmjs.org',
      'registry.yarnpkg.com',
      'pypi.org',
      'files.pythonhosted.org',
      'crates.io',
      'static.crates.io',
      'index.crates.io',
      'proxy.golang.org',
      'repo.maven.apache.org',
      'repo1.maven.org',
      'rubygems.org',
      'index.rubygems.org',
    ],
  },
  workflows: { deny: [] },
}) as Policy;

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; problems: Problem[] };

/** Validate a parsed policy document (schema first, then semantics) and build the model. */
export function parsePolicy(value: unknown): PolicyResult {
  const schemaProblems = validateAgainstSchema('policy', value);
  if (schemaProblems.length > 0) return { ok: false, problems: schemaProblems };
  const raw = value as RawPolicy;
  const problems: Problem[] = [];

  const globs = (list: string[] | undefined, pointer: string): string[] => {
    (list ?? []).forEach((g, i) => {
      for (const e of lintPolicyGlob(g)) problems.push({ code: e.code, message: `${JSON.stringify(g)}: ${e.message}`, pointer: `${pointer}/${i}` });
    });
    return [...(list ?? [])];
  };

  const tiers: Record<Tier, string[]> = {
    high: globs(raw.tiers?.high, '/tiers/high'),
    medium: globs(raw.tiers?.medium, '/tiers/medium'),
    low: globs(raw.tiers?.low, '/tiers/low'),
  };
  const capabilities: Record<string, CapabilityDef> = {};
  for (const [name, def] of Object.entries(raw.capabilities ?? {})) {
    const builtin = BUILTIN_CAPABILITIES[name];
    if (builtin?.refuseWith && def.paths && def.paths.length > 0) {
      problems.push({
        code: 'capability_paths_not_allowed',
        message: `capability ${name} cannot grant paths`,
        pointer: `/capabilities/${name}/paths`,
      });
    }
    if (builtin?.refuseWith && ((def.commands?.length ?? 0) > 0 || (def.env?.length ?? 0) > 0)) {
      problems.push({ code: 'capability_commands_not_allowed', message: `capability ${name} cannot grant commands or environment variables`, pointer: `/capabilities/${name}/${def.commands?.length ? 'commands' : 'env'}` });
    }
    (def.commands ?? []).forEach((pattern, i) => {
      const p = patternProblem(pattern);
      if (p) problems.push({ code: 'command_pattern_invalid', message: `capability ${name}, command ${i + 1}: ${p}`, pointer: `/capabilities/${name}/commands/${i}` });
    });
    capabilities[name] = {
      name,
      paths: globs(def.paths, `/capabilities/${name}/paths`),
      environments: [...(def.environments ?? [])],
      commands: (def.commands ?? []).map((c) => [...c]),
      env: [...(def.env ?? [])],
      ...(def.description !== undefined ? { description: def.description } : {}),
      ...(def.tier !== undefined ? { tier: def.tier } : {}),
    };
  }
  const known = (name: string) => isBuiltinCapability(name) || Object.prototype.hasOwnProperty.call(capabilities, name);

  const subjects: Record<string, SubjectDef> = {};
  for (const [name, def] of Object.entries(raw.subjects ?? {})) {
    def.capabilities.forEach((c, i) => {
      if (!known(c)) {
        problems.push({
          code: 'unknown_capability',
          message: `subject ${JSON.stringify(name)} names unknown capability ${JSON.stringify(c)} (define it under capabilities, or use one of: ${Object.keys(BUILTIN_CAPABILITIES).join(', ')})`,
          pointer: `/subjects/${escape(name)}/capabilities/${i}`,
        });
      }
    });
    subjects[name] = {
      name,
      capabilities: [...def.capabilities],
      branches: globs(def.branches, `/subjects/${escape(name)}/branches`),
      repositories: [...(def.repositories ?? [])],
    };
  }

  (raw.network?.allow ?? []).forEach((h, i) => {
    const p = hostProblem(h);
    if (p) problems.push({ code: 'invalid_host', message: `${JSON.stringify(h)}: ${p}`, pointer: `/network/allow/${i}` });
  });

  (raw.workflows?.deny ?? []).forEach((id, i) => {
    if (!WORKFLOW_RULE_IDS.has(id)) problems.push({ code: 'unknown_rule', message: `workflows.deny: ${quoteUntrusted(id)} is not a workflow rule id (see docs/rules.md)`, pointer: `/workflows/deny/${i}` });
  });
  (raw.workflows?.allowed_uses ?? []).forEach((entry, i) => {
    const p = allowedUsesProblem(entry);
    if (p) problems.push({ code: 'invalid_allowed_uses', message: `workflows.allowed_uses: ${quoteUntrusted(entry)} ${p}`, pointer: `/workflows/allowed_uses/${i}` });
  });

  const approvals = {} as Record<Tier, ApprovalRule>;
  for (const t of TIERS) {
    const rule = raw.approvals?.[t];
    approvals[t] = rule
      ? {
          count: rule.count,
          codeowners: rule.codeowners ?? false,
          reviewers: { users: [...(rule.reviewers?.users ?? [])], teams: [...(rule.reviewers?.teams ?? [])] },
          keepOnIdenticalRebase: rule.keep_on_identical_rebase ?? false,
          ...(rule.unlinked_commits ? { unlinkedCommits: rule.unlinked_commits } : {}),
        }
      : t === 'high'
        ? // High risk always needs a human: a policy that omits the rule gets the baseline's.
          { ...BASELINE_POLICY.approvals.high }
        : { ...NO_APPROVAL };
    if (rule && rule.codeowners && rule.count === 0) {
      problems.push({
        code: 'approvals_inconsistent',
        message: `approvals.${t}: codeowners requires at least one approval (count is 0)`,
        pointer: `/approvals/${t}/count`,
      });
    }
  }
  if (raw.approvals?.high && raw.approvals.high.count === 0) {
    problems.push({
      code: 'approvals_high_zero',
      message: 'approvals.high.count must be at least 1: high-risk agent changes always need an independent human',
      pointer: '/approvals/high/count',
    });
  }
  for (const [lower, higher] of [
    ['low', 'medium'],
    ['medium', 'high'],
  ] as const) {
    if (raw.approvals?.[lower] && approvals[lower].count > approvals[higher].count) {
      problems.push({
        code: 'approvals_inconsistent',
        message: `approvals.${lower}.count (${approvals[lower].count}) is higher than approvals.${higher}.count (${approvals[higher].count})`,
        pointer: `/approvals/${lower}/count`,
      });
    }
  }

  const protectedList = Array.isArray(raw.protected) ? raw.protected : raw.protected?.paths;
  const protectedPointer = Array.isArray(raw.protected) ? '/protected' : '/protected/paths';
  const protectedExempt = exemptions(raw, problems);
  const policy: Policy = {
    ...(protectedExempt.length > 0 ? { protectedExempt } : {}),
    version: 1,
    origin: 'policy',
    agents: [...(raw.agents ?? BASELINE_POLICY.agents)],
    defaultTier: raw.default_tier ?? 'high',
    tiers,
    protected: globs(protectedList, protectedPointer),
    manifests: globs(raw.manifests, '/manifests'),
    capabilities,
    subjects,
    approvals,
    network: { allow: [...(raw.network?.allow ?? [])] },
    workflows: { deny: [...(raw.workflows?.deny ?? [])], ...(raw.workflows?.allowed_uses === undefined ? {} : { allowedUses: [...raw.workflows.allowed_uses] }) },
  };
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, policy };
}

/**
 * `protected.exempt`: exact paths taken out of the built-in protected set, each with a reason. Never a
 * guard file (the policy at its default path, a built-in guard glob, a declared manifest): authority
 * never comes from a file the agent may change. A path that is not a plain repository path is refused,
 * so an exemption can never widen beyond the one file it names.
 */
function exemptions(raw: RawPolicy, problems: Problem[]): ProtectedExemption[] {
  const list = Array.isArray(raw.protected) ? [] : (raw.protected?.exempt ?? []);
  const guard = new GlobSet<true>();
  for (const r of PROTECTED_RULES) if (r.rule === 'paths/guard-files') guard.add(foldPath(r.glob), true);
  for (const g of raw.manifests ?? []) if (lintGlob(g).length === 0) guard.add(foldPath(g), true);
  const seen = new Set<string>();
  const out: ProtectedExemption[] = [];
  list.forEach((e, i) => {
    const pointer = `/protected/exempt/${i}/path`;
    if (/[*?[\]{}]/.test(e.path) || lintGlob(e.path).length > 0) {
      problems.push({ code: 'protected_exempt_path', message: `protected.exempt: ${quoteUntrusted(e.path)} is not an exact repository path (no glob characters, "./", "..", "//" or leading "/"): an exemption names one file`, pointer });
    } else if (foldPath(e.path) === foldPath(DEFAULT_POLICY_PATH) || guard.matchAll(foldPath(e.path)).length > 0) {
      problems.push({ code: 'protected_exempt_guard_file', message: `protected.exempt: ${quoteUntrusted(e.path)} is one of the guard's own files (the policy or a task manifest), which can never be exempt: it decides what the agent may do`, pointer });
    } else if (seen.has(e.path)) {
      problems.push({ code: 'protected_exempt_duplicate', message: `protected.exempt: ${quoteUntrusted(e.path)} is listed twice`, pointer });
    } else {
      seen.add(e.path);
      out.push({ path: e.path, reason: e.reason });
    }
  });
  return out;
}

/**
 * Which guard-owned files a change may never widen: the policy file, the declared manifests, and the
 * manifest this run actually reads (`manifestPaths`), wherever it lives: a task manifest outside
 * `manifests` and the built-in set (`tasks/ci.yml` under a low-tier `tasks/**`) would otherwise be an
 * ordinary file the agent may rewrite to widen its next run.
 */
export function guardFileGlobs(policy: Policy, policyPath = DEFAULT_POLICY_PATH, manifestPaths: readonly string[] = []): string[] {
  // The policy path is a file name too: compiled as a glob, `config/agent-policy[v2].yml` named
  // `config/agent-policyv.yml` and `...2.yml` but not itself, so the agent could rewrite its policy.
  return [literalGlob(policyPath, 'policy'), ...policy.manifests, ...manifestPaths.map((p) => literalGlob(p, 'manifest'))];
}

/** A repository path as a glob that matches exactly that path; a path that cannot be one is refused. */
function literalGlob(path: string, what: 'policy' | 'manifest'): string {
  if (/[*?[\]{}]/.test(path) || lintGlob(path).length > 0) {
    throw new GuardPathError(what, `the ${what} path ${quoteUntrusted(path)} is not a plain repository path (no glob characters, "./", "..", "//" or leading "/"), so changes to it could not be guarded`);
  }
  return path;
}

export class GuardPathError extends Error {
  constructor(
    /** Which path: the policy's or a manifest's. */
    readonly what: 'policy' | 'manifest',
    message: string,
  ) {
    super(message);
    this.name = 'GuardPathError';
  }
}

export interface TierMatch {
  tier: Tier;
  source: 'protected' | 'policy';
  glob: string;
  /** The rule whose reason this match gives (src/core/rules/paths/). */
  rule: string;
  /** A built-in protected entry (the only kind `protected.exempt` can take a path out of). */
  builtin?: boolean;
  /** Paths the glob matches that the rule leaves out (tested on the folded path). */
  except?: (foldedPath: string) => boolean;
  why?: string;
  /** The policy file or a manifest: a change to it is a self-widening attempt. */
  guard?: boolean;
}

/** A policy compiled into matchers. Built once per run; `GlobSet` is the only glob engine. */
export interface CompiledPolicy {
  policy: Policy;
  /** Tier rules: the built-in protected set and the policy's own protected list (both high), then `tiers`. */
  tierRules: GlobSet<TierMatch>;
  /** The same rules compiled on case-folded globs, matched against the folded path (can only raise a tier). */
  foldedTierRules: GlobSet<TierMatch>;
  /**
   * The folded rules whose folded glob differs from the glob as written (`**\/AGENTS.md` as `**\/agents.md`):
   * the only folded rules a path that is its own fold (`agents.md`) can match beyond the exact rules.
   */
  foldedVariantTierRules: GlobSet<TierMatch>;
  /** Capability path grants. */
  capabilityPaths: GlobSet<string>;
}

export function compilePolicy(policy: Policy, opts: { policyPath?: string; manifestPaths?: readonly string[] } = {}): CompiledPolicy {
  const tierRules = new GlobSet<TierMatch>();
  const foldedTierRules = new GlobSet<TierMatch>();
  const foldedVariantTierRules = new GlobSet<TierMatch>();
  const addTier = (glob: string, match: TierMatch) => {
    tierRules.add(glob, match);
    const folded = foldPath(glob);
    if (lintGlob(folded).length === 0) {
      foldedTierRules.add(folded, match);
      if (folded !== glob) foldedVariantTierRules.add(folded, match);
    }
  };
  for (const r of PROTECTED_RULES) {
    addTier(r.glob, { tier: 'high', source: 'protected', glob: r.glob, rule: r.rule, builtin: true, why: r.why, ...(r.except ? { except: r.except } : {}) });
  }
  const guardGlobs = guardFileGlobs(policy, opts.policyPath, opts.manifestPaths);
  for (const g of guardGlobs) addTier(g, { tier: 'high', source: 'protected', glob: g, rule: 'paths/guard-files', why: 'the policy and manifests decide what the agent may do', guard: true });
  // The policy and manifest paths of this run are known only here: an exemption naming one is refused.
  const guardSet = new GlobSet<true>();
  for (const g of guardGlobs) if (lintGlob(foldPath(g)).length === 0) guardSet.add(foldPath(g), true);
  for (const e of policy.protectedExempt ?? []) {
    if (guardSet.matchAll(foldPath(e.path)).length > 0) {
      throw new GuardPathError('policy', `protected.exempt: ${quoteUntrusted(e.path)} is one of the guard's own files (the policy or a task manifest of this run), which can never be exempt`);
    }
  }
  for (const g of policy.protected) addTier(g, { tier: 'high', source: 'protected', glob: g, rule: 'paths/policy-protected', why: 'listed under protected in the policy' });
  for (const t of [...TIERS].reverse()) {
    for (const g of policy.tiers[t]) addTier(g, { tier: t, source: 'policy', glob: g, rule: 'paths/tier-rules' });
  }
  const capabilityPaths = new GlobSet<string>();
  for (const def of Object.values(policy.capabilities)) for (const g of def.paths) capabilityPaths.add(g, def.name);
  return { policy, tierRules, foldedTierRules, foldedVariantTierRules, capabilityPaths };
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

interface RawApproval {
  count: number;
  codeowners?: boolean;
  reviewers?: { users?: string[]; teams?: string[] };
  keep_on_identical_rebase?: boolean;
  unlinked_commits?: 'extra_approval' | 'deny';
}
interface RawPolicy {
  version: 1;
  agents?: string[];
  default_tier?: Tier;
  tiers?: Partial<Record<Tier, string[]>>;
  protected?: string[] | { paths?: string[]; exempt?: { path: string; reason: string }[] };
  manifests?: string[];
  capabilities?: Record<string, { description?: string; paths?: string[]; tier?: Tier; environments?: string[]; commands?: string[][]; env?: string[] }>;
  subjects?: Record<string, { capabilities: string[]; branches?: string[]; repositories?: string[] }>;
  approvals?: Partial<Record<Tier, RawApproval>>;
  network?: { allow?: string[] };
  workflows?: { deny?: string[]; allowed_uses?: string[] };
}
