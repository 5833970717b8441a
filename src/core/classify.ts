// Risk tier of one canonical path. The protected set is the floor (always high); then the highest
// policy tier rule wins, or default_tier. A directory-wide rule or default_tier applies in full only to
// a file positively identified as content (src/core/identify/); anything else keeps its identified
// floor unless a narrow rule names it. The folded path is matched against folded rules: folding can
// only raise a tier, never lower it.

import type { GlobMatch } from './glob.js';
import { identifyPath, isNarrowGlob, type Identity } from './identify/index.js';
import { foldPath } from './paths.js';
import type { CompiledPolicy, TierMatch } from './policy.js';
import type { FileReason } from './rules/file-reason.js';
import { PROTECTED_RULE_BY_ID, policyProtected, tierRules } from './rules/paths/index.js';
import { guardFiles } from './rules/paths/guard-files.js';
import { maxTier, tierRank, type Tier } from './tiers.js';

export interface PathClassification {
  tier: Tier;
  /** Rules that matched the exact path. */
  matches: TierMatch[];
  /** Rules that matched only the folded path (and so raised the tier). */
  foldedMatches: TierMatch[];
  protected: boolean;
  /** The path is the policy file or a task manifest (changing it needs modify_policy). */
  guardFile: boolean;
  /** What the path was identified as. */
  identity: Identity;
  /** The deciding reason first. */
  reasons: FileReason[];
}

/**
 * A classification is a pure function of the rules that matched (exact and folded), the identity and
 * the policy. Paths with at most one rule on each side (nearly all) share one frozen result per
 * (exact, folded, identity), so a 100 000-file change does not build 100 000 equal objects. Keyed by
 * the (shared, frozen) arrays `GlobSet.matchAll` returns for zero or one hit and the interned identity.
 */
type Memo = Map<readonly GlobMatch<TierMatch>[], Map<readonly GlobMatch<TierMatch>[], Map<Identity, PathClassification>>>;
const memos = new WeakMap<CompiledPolicy, Memo>();
const NO_EXEMPTIONS: ReadonlyMap<string, string> = new Map();
const exemptionMaps = new WeakMap<CompiledPolicy, ReadonlyMap<string, string>>();

/**
 * `folded` may be passed when the caller has it already (canonicalisePath computes it). The result
 * may be shared with other paths and is frozen: never mutate it.
 */
export function classifyPath(path: string, compiled: CompiledPolicy, folded: string = foldPath(path)): PathClassification {
  const exactHits = compiled.tierRules.matchAll(path);
  // A path that is its own fold (all lower case) can still match a rule written with capitals once that
  // rule is folded: `agents.md` is `AGENTS.md` to a case-insensitive file system.
  const foldedHits = path === folded ? compiled.foldedVariantTierRules.matchAll(path) : compiled.foldedTierRules.matchAll(folded);
  const identity = identifyPath(folded);
  const exempt = exemptionsOf(compiled).get(path);
  if (exempt !== undefined || exactHits.length > 1 || foldedHits.length > 1) return build(exactHits, foldedHits, identity, compiled, folded, exempt);
  let memo = memos.get(compiled);
  if (memo === undefined) memos.set(compiled, (memo = new Map() as Memo));
  let inner = memo.get(exactHits);
  if (inner === undefined) memo.set(exactHits, (inner = new Map<readonly GlobMatch<TierMatch>[], Map<Identity, PathClassification>>()));
  let byIdentity = inner.get(foldedHits);
  if (byIdentity === undefined) inner.set(foldedHits, (byIdentity = new Map<Identity, PathClassification>()));
  let c = byIdentity.get(identity);
  if (c === undefined) {
    c = freeze(build(exactHits, foldedHits, identity, compiled, folded, undefined));
    // A rule with exceptions depends on the path, not only on which rules matched: never share it.
    if (!exactHits.some((h) => h.value.except) && !foldedHits.some((h) => h.value.except)) byIdentity.set(identity, c);
  }
  return c;
}

/** `protected.exempt` of the policy, by exact path. */
function exemptionsOf(compiled: CompiledPolicy): ReadonlyMap<string, string> {
  const list = compiled.policy.protectedExempt;
  if (list === undefined || list.length === 0) return NO_EXEMPTIONS;
  let m = exemptionMaps.get(compiled);
  if (m === undefined) exemptionMaps.set(compiled, (m = new Map(list.map((e) => [e.path, e.reason]))));
  return m;
}

function build(
  exactHits: readonly GlobMatch<TierMatch>[],
  foldedHits: readonly GlobMatch<TierMatch>[],
  identity: Identity,
  compiled: CompiledPolicy,
  folded: string,
  exemptReason: string | undefined,
): PathClassification {
  // An exemption takes a path out of the built-in set only (never a guard file, never the policy's own list).
  const keep = (m: TierMatch) => !(m.except?.(folded) ?? false) && !(exemptReason !== undefined && m.builtin === true && m.rule !== guardFiles.id);
  const exact = exactHits.map((m) => m.value).filter(keep);
  const foldedMatches = foldedHits.map((m) => m.value).filter(keep);
  const reasons: FileReason[] = [];
  const defaultTier = compiled.policy.defaultTier;

  const protectedExact = exact.filter((m) => m.source === 'protected');
  const policyExact = exact.filter((m) => m.source === 'policy');
  const family = identity.protect && exemptReason === undefined;
  let tier: Tier;
  if (protectedExact.length > 0) {
    tier = 'high';
    reasons.push(describe(mostSpecific(protectedExact)));
  } else if (family) {
    tier = 'high';
    reasons.push({ rule: identity.rule, code: identity.code, message: identity.message });
  } else if (policyExact.length > 0) {
    tier = policyExact.reduce<Tier>((t, m) => maxTier(t, m.tier), 'low');
    reasons.push(describe(policyExact.find((m) => m.tier === tier)!));
    // Only a narrow rule (an exact path, a name pattern) may give a file tools load by name a tier
    // below its identified floor; a directory-wide rule gives its tier to identified content only.
    // An exemption names the path exactly, with a reason: it counts as a narrow rule.
    if (exemptReason === undefined && !policyExact.some((m) => isNarrowGlob(m.glob))) tier = applyFloor(tier, identity, reasons);
  } else {
    tier = defaultTier;
    reasons.push({ rule: tierRules.id, code: 'default_tier', message: `no tier rule names this path: default_tier ${tier}` });
    if (exemptReason === undefined) tier = applyFloor(tier, identity, reasons);
  }
  if (exemptReason !== undefined && exactHits.some((m) => m.value.builtin === true)) {
    reasons.push({ rule: policyProtected.id, code: 'protected_exempt', message: `exempt from the built-in protected set by the policy: ${exemptReason}` });
  }

  const foldedOnly = foldedMatches.filter((f) => !exact.some((e) => e.glob === f.glob));
  // Report the strongest folded-only rule whenever it reaches the tier (also when the tier was already
  // that high by default): a reviewer should see that the path imitates a protected one.
  const topFolded = foldedOnly.reduce<TierMatch | undefined>((best, f) => (best === undefined || maxTier(best.tier, f.tier) !== best.tier ? f : best), undefined);
  if (topFolded && maxTier(tier, topFolded.tier) === topFolded.tier) {
    const raised = tierRank(topFolded.tier) > tierRank(tier);
    tier = topFolded.tier;
    const r: FileReason = { rule: tierRules.id, code: 'case_variant', message: `case/Unicode variant of a ${topFolded.tier}-tier path: ${describe(topFolded).message}` };
    if (raised) reasons.unshift(r);
    else reasons.push(r);
  }
  return {
    tier,
    matches: exact,
    foldedMatches: foldedOnly,
    protected: family || protectedExact.length > 0 || foldedOnly.some((m) => m.source === 'protected'),
    guardFile: exact.some((m) => m.guard === true) || foldedOnly.some((m) => m.guard === true),
    identity,
    reasons,
  };
}

/**
 * The protected match that says best what the file is: a guard file, else a rule naming files (not a
 * whole directory), else the longest glob. `.github/CODEOWNERS` is review rules before `.github/**`.
 */
function mostSpecific(matches: readonly TierMatch[]): TierMatch {
  const rank = (m: TierMatch) => (m.guard === true ? 2 : 0) + (m.glob.endsWith('/**') ? 0 : 1);
  return matches.reduce((best, m) => (rank(m) > rank(best) || (rank(m) === rank(best) && m.glob.length > best.glob.length) ? m : best));
}

/** Raise `tier` to the identity's floor; the identification becomes the deciding (first) reason. */
function applyFloor(tier: Tier, identity: Identity, reasons: FileReason[]): Tier {
  // An exempted protected family (the only way `protect` reaches here) keeps the policy's tier.
  if (identity.protect || identity.floor === null || tierRank(identity.floor) <= tierRank(tier)) return tier;
  reasons.unshift({ rule: identity.rule, code: identity.code, message: identity.message });
  return identity.floor;
}

function freeze(c: PathClassification): PathClassification {
  Object.freeze(c.matches);
  Object.freeze(c.foldedMatches);
  for (const r of c.reasons) Object.freeze(r);
  Object.freeze(c.reasons);
  return Object.freeze(c);
}

function describe(m: TierMatch): FileReason {
  if (m.source !== 'protected') return { rule: tierRules.id, code: 'tier_rule', message: `tier rule ${m.tier}: ${m.glob}` };
  const message = `protected path (${m.glob}): ${m.why ?? 'always high'}`;
  if (m.guard === true) return { rule: guardFiles.id, code: 'guard_file', message };
  if (m.rule === policyProtected.id) return { rule: policyProtected.id, code: 'protected_by_policy', message };
  const rule = PROTECTED_RULE_BY_ID[m.rule as keyof typeof PROTECTED_RULE_BY_ID];
  return { rule: m.rule, code: rule?.codes[0] ?? 'protected_by_policy', message };
}
