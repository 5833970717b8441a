import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/core/tiers.ts
var TIERS = ["low", "medium", "high"];
var RANK = Object.freeze({ low: 0, medium: 1, high: 2 });
function tierRank(tier) {
  return RANK[tier];
}
function maxTier(a, b) {
  return RANK[a] >= RANK[b] ? a : b;
}
function isTier(v) {
  return v === "low" || v === "medium" || v === "high";
}

export {
  TIERS,
  tierRank,
  maxTier,
  isTier
};
