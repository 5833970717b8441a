// Risk tier of one canonical path. The highest tier any rule gives wins; a path no rule names gets
// `default_tier`. Rules are matched on the exact path and, to catch case and Unicode tricks, the
// folded path against folded rules: folding can only raise a tier, never lower it (trust model rule 3).

import type { GlobMatch } from './glob.js';
import { foldPath } from './paths.js';
import type { CompiledPolicy, TierMatch } from './policy.js';
import { maxTier, type Tier } from './tiers.js';

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

/**
 * A classification is a pure function of the rules that matched (exact and folded) and the policy's
 * default tier. Paths matched by at most one rule on each side (nearly all of them) share one frozen
 * result per pair of rules, so that a 100 000-file change does not build 100 000 equal objects and
 * reason strings. Keyed by the (shared, frozen) arrays `GlobSet.matchAll` returns for zero or one hit.
 */
type Memo = Map<readonly GlobMatch<TierMatch>[], Map<readonly GlobMatch<TierMatch>[], PathClassification>>;
const memos = new WeakMap<CompiledPolicy, Memo>();
/** `reasons.join('; ')` of memoised classifications. */
const reasonTexts = new WeakMap<PathClassification, string>();

/**
 * `folded` may be passed when the caller has it already (canonicalisePath computes it). The result
 * may be shared with other paths and is frozen: never mutate it.
 */
export function classifyPath(path: string, compiled: CompiledPolicy, folded: string = foldPath(path)): PathClassification {
  const exactHits = compiled.tierRules.matchAll(path);
  // A path that is its own fold (all lower case) can still match a rule written with capitals once that
  // rule is folded: `agents.md` is `AGENTS.md` to a case-insensitive file system.
  const foldedHits = path === folded ? compiled.foldedVariantTierRules.matchAll(path) : compiled.foldedTierRules.matchAll(folded);
  if (exactHits.length > 1 || foldedHits.length > 1) return build(exactHits, foldedHits, compiled.policy.defaultTier);
  let memo = memos.get(compiled);
  if (memo === undefined) memos.set(compiled, (memo = new Map()));
  let inner = memo.get(exactHits);
  if (inner === undefined) memo.set(exactHits, (inner = new Map()));
  let c = inner.get(foldedHits);
  if (c === undefined) {
    c = freeze(build(exactHits, foldedHits, compiled.policy.defaultTier));
    reasonTexts.set(c, c.reasons.join('; '));
    inner.set(foldedHits, c);
  }
  return c;
}

/** `c.reasons.join('; ')`, computed once for shared classifications. */
export function classificationReason(c: PathClassification): string {
  return reasonTexts.get(c) ?? c.reasons.join('; ');
}

function build(exactHits: readonly GlobMatch<TierMatch>[], foldedHits: readonly GlobMatch<TierMatch>[], defaultTier: Tier): PathClassification {
  const exact = exactHits.map((m) => m.value);
  const foldedMatches = foldedHits.map((m) => m.value);
  const reasons: string[] = [];

  let tier: Tier = defaultTier;
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

function freeze(c: PathClassification): PathClassification {
  Object.freeze(c.matches);
  Object.freeze(c.foldedMatches);
  Object.freeze(c.reasons);
  return Object.freeze(c);
}

function describe(m: TierMatch): string {
  return m.source === 'protected'
    ? `protected path (${m.glob}): ${m.why ?? 'always high'}`
    : `tier rule ${m.tier}: ${m.glob}`;
}
