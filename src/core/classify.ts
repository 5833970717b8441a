// Risk tier of one canonical path. The highest tier any rule gives wins; a path no rule names gets
// `default_tier`. Rules are matched on the exact path and, to catch case and Unicode tricks, the
// folded path against folded rules: folding can only raise a tier, never lower it (trust model rule 3).

import { foldPath } from './paths.js';
import type { CompiledPolicy, TierMatch } from './policy.js';
import { maxTier, type Tier } from './types.js';

export interface PathClassification {
  tier: Tier;
  /** Rules that matched the exact path. */
  matches: TierMatch[];
  /** Rules that matched only the folded path (and so raised the tier). */
  foldedMatches: TierMatch[];
  protected: boolean;
  /** The path is the policy file or a task manifest (changing it needs modify_policy). */
  guardFile: boolean;
  reasons: string[];
}

/** `folded` may be passed when the caller has it already (canonicalisePath computes it). */
export function classifyPath(path: string, compiled: CompiledPolicy, folded: string = foldPath(path)): PathClassification {
  const exact = compiled.tierRules.matchAll(path).map((m) => m.value);
  const foldedMatches = path === folded ? [] : compiled.foldedTierRules.matchAll(folded).map((m) => m.value);
  const reasons: string[] = [];

  let tier: Tier = compiled.policy.defaultTier;
  if (exact.length > 0) {
    tier = exact.reduce<Tier>((t, m) => maxTier(t, m.tier), 'low');
    const top = exact.find((m) => m.tier === tier)!;
    reasons.push(describe(top));
  } else {
    reasons.push(`no tier rule names this path: default_tier ${tier}`);
  }
  const foldedOnly = foldedMatches.filter((f) => !exact.some((e) => e.glob === f.glob));
  // Report the strongest folded-only rule whenever it reaches the tier (also when the tier was already
  // that high by default): a reviewer should see that the path imitates a protected one.
  const topFolded = foldedOnly.reduce<TierMatch | undefined>((best, f) => (best === undefined || maxTier(best.tier, f.tier) !== best.tier ? f : best), undefined);
  if (topFolded && maxTier(tier, topFolded.tier) === topFolded.tier) {
    tier = topFolded.tier;
    reasons.push(`case/Unicode variant of a ${topFolded.tier}-tier path: ${describe(topFolded)}`);
  }
  return {
    tier,
    matches: exact,
    foldedMatches: foldedOnly,
    protected: exact.some((m) => m.source === 'protected') || foldedOnly.some((m) => m.source === 'protected'),
    guardFile: exact.some((m) => m.guard === true) || foldedOnly.some((m) => m.guard === true),
    reasons,
  };
}

function describe(m: TierMatch): string {
  return m.source === 'protected'
    ? `protected path (${m.glob}): ${m.why ?? 'always high'}`
    : `tier rule ${m.tier}: ${m.glob}`;
}
