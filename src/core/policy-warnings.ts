// Policy rules that can never take effect, or that lower what tools load by name, found without a
// repository: each glob is tried on a few paths it names (its wildcards filled in) and those are
// classified as a change would be. Warnings, not errors: the policy stays valid, and each one says why.

import { braceExpand } from 'minimatch';
import { classifyPath } from './classify.js';
import { GLOB_OPTIONS } from './glob.js';
import { identifyPath, isNarrowGlob } from './identify/index.js';
import { foldPath } from './paths.js';
import { compilePolicy, type CompiledPolicy, type Policy } from './policy.js';
import { quoteUntrusted } from './text.js';
import { tierRank, type Tier } from './tiers.js';
import type { Problem } from './types.js';

export interface PolicyWarningOptions {
  /** Where the policy's protected globs sit: `/protected` (a list) or `/protected/paths`. */
  protectedPointer?: string;
}

export function policyWarnings(policy: Policy, opts: PolicyWarningOptions = {}): Problem[] {
  const warnings: Problem[] = [];
  const compiled = compilePolicy(policy);
  const lowered: Tier[] = ['low', 'medium'];
  for (const tier of lowered) {
    policy.tiers[tier].forEach((glob, i) => {
      const pointer = `/tiers/${tier}/${i}`;
      rootOnly(glob, `tiers.${tier}`, pointer, warnings);
      tierRule(glob, tier, pointer, compiled, warnings);
    });
  }
  policy.protected.forEach((glob, i) => rootOnly(glob, 'protected', `${opts.protectedPointer ?? '/protected'}/${i}`, warnings));
  for (const [name, def] of Object.entries(policy.capabilities)) {
    def.paths.forEach((glob, i) => rootOnly(glob, `capabilities.${name}.paths`, `/capabilities/${name.replace(/~/g, '~0').replace(/\//g, '~1')}/paths/${i}`, warnings));
  }
  exemptions(policy, warnings);
  return warnings;
}

/** `*.md` names root files only (`*` never crosses `/`, and a pattern without `/` is not matched by base name). */
function rootOnly(glob: string, where: string, pointer: string, warnings: Problem[]): void {
  if (glob.includes('/') || !/[*?[]/.test(glob)) return;
  warnings.push({
    code: 'glob_root_only',
    message: `${where}: ${quoteUntrusted(glob)} has no "/", so it matches files at the repository root only ("*" never crosses a directory); write ${quoteUntrusted(`**/${glob}`)} for every directory`,
    pointer,
  });
}

function tierRule(glob: string, tier: Tier, pointer: string, compiled: CompiledPolicy, warnings: Problem[]): void {
  const paths = examplePaths(glob);
  if (paths.length === 0) return;
  const where = `tiers.${tier}: ${quoteUntrusted(glob)}`;
  const shielded = paths.map((p) => ({ p, c: classifyPath(p, compiled) })).find(({ c }) => c.protected);
  if (shielded) {
    const why = shielded.c.reasons[0]?.message ?? 'protected';
    warnings.push({
      code: 'tier_rule_protected',
      message: `${where} never lowers protected paths such as ${quoteUntrusted(shielded.p)} (${why}): the protected set is always high. To lower one built-in protected file, name its exact path under protected.exempt with a reason`,
      pointer,
    });
    return;
  }
  // An exempt path was lowered on purpose, with a reason: no warning for naming it.
  const exempt = new Set((compiled.policy.protectedExempt ?? []).map((e) => e.path));
  const above = paths.map((p) => ({ p, id: identifyPath(foldPath(p)) })).filter(({ p, id }) => !exempt.has(p) && id.floor !== null && tierRank(id.floor) > tierRank(tier));
  if (above.length === 0) return;
  const first = above[0]!;
  if (!isNarrowGlob(glob)) {
    // A directory-wide rule gives its tier to identified content only: if even a document under it keeps a floor, the rule never applies.
    if (above.length === paths.length) {
      warnings.push({
        code: 'tier_rule_never_applies',
        message: `${where} can never take effect: a directory-wide pattern gives its tier only to files identified as content (source, documentation, tests, assets, data), and ${quoteUntrusted(first.p)} is not: ${first.id.message}. Name the files by exact path or a narrow name pattern`,
        pointer,
      });
    }
    return;
  }
  warnings.push({
    code: 'tier_rule_lowers_loaded_file',
    message: `${where} lowers a file that changes behaviour beyond its diff to ${tier} (${quoteUntrusted(first.p)}: ${first.id.message}): make sure a change to it needs no more review than ${tier}`,
    pointer,
  });
}

/** `protected.exempt` entries that take nothing out of the built-in set, or whose path stays high anyway. */
function exemptions(policy: Policy, warnings: Problem[]): void {
  const list = policy.protectedExempt ?? [];
  if (list.length === 0) return;
  const without = compilePolicy({ ...policy, protectedExempt: [] });
  const withExempt = compilePolicy(policy);
  list.forEach((e, i) => {
    const pointer = `/protected/exempt/${i}/path`;
    const before = classifyPath(e.path, without);
    const builtin = before.identity.protect || before.matches.some((m) => m.builtin === true);
    if (!builtin) {
      warnings.push({
        code: 'exempt_not_protected',
        message: `protected.exempt: ${quoteUntrusted(e.path)} has no effect: it is not in the built-in protected set (${before.reasons[0]?.message ?? before.tier}), the only set an exemption takes paths out of`,
        pointer,
      });
      return;
    }
    const after = classifyPath(e.path, withExempt);
    if (after.tier === 'high') {
      const why = after.reasons[0]?.message ?? 'high';
      warnings.push({
        code: 'exempt_still_high',
        message: `protected.exempt: ${quoteUntrusted(e.path)} stays high after the exemption (${why}): name it in a lower tier to lower it`,
        pointer,
      });
    }
  });
}

const MAX_EXAMPLES = 16;

/**
 * A few paths `glob` names: braces expanded, `**\/` read as no directory and as one, a final `*` or
 * `**` as a document (`x.md`: content, so only what the directory itself implies decides), any other
 * wildcard as `x`. Globs with escapes are left alone (their meaning is not worth guessing here).
 */
export function examplePaths(glob: string): string[] {
  if (glob.includes('\\')) return [];
  const out = new Set<string>();
  for (const alt of braceExpand(glob, GLOB_OPTIONS).slice(0, MAX_EXAMPLES)) {
    const readings = alt.includes('**/') ? [alt.replace(/\*\*\//g, ''), alt.replace(/\*\*\//g, 'x/')] : [alt];
    for (const r of readings) {
      const segments = r.split('/');
      const path = segments
        .map((s, i) => {
          if (s === '*' || s === '**') return i === segments.length - 1 ? 'x.md' : 'x';
          return s.replace(/\[!?([^\]])[^\]]*\]/g, (m: string, c: string) => (m[1] === '!' ? 'x' : c)).replace(/[*?]+/g, 'x');
        })
        .join('/');
      if (path.length > 0 && !path.startsWith('/')) out.add(path);
    }
  }
  return [...out];
}
