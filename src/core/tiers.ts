// Risk tiers and their order. The highest tier any rule gives a path wins; a higher rank is riskier.

export const TIERS = ['low', 'medium', 'high'] as const;
export type Tier = (typeof TIERS)[number];

const RANK: Readonly<Record<Tier, number>> = Object.freeze({ low: 0, medium: 1, high: 2 });

export function tierRank(tier: Tier): number {
  return RANK[tier];
}

export function maxTier(a: Tier, b: Tier): Tier {
  return RANK[a] >= RANK[b] ? a : b;
}

export function isTier(v: unknown): v is Tier {
  return v === 'low' || v === 'medium' || v === 'high';
}
