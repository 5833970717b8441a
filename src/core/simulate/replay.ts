// Replaying changes through two policies and tallying what would change: verdict transitions, tiers
// before and after, the rules that fired most, the split between human and bot/agent changes, a
// monthly trend, and examples of each transition. Pure: the evaluations come from the caller (paths
// only, or the full review of a git range).

import { evaluateChange, type Evaluation, type ManifestInput, type PolicyInput } from '../evaluate.js';
import { TIERS, type Tier } from '../tiers.js';
import type { Decision } from '../types.js';
import { actorGroup, type ActorKind } from './actors.js';
import type { ReplayChange } from './history.js';
import { firedRules } from './rules-fired.js';

export const DECISIONS: readonly Decision[] = ['allow', 'approval_required', 'deny'];
const EXAMPLES_PER_TRANSITION = 5;
const TOP_RULES = 12;

export interface SimulationExample {
  id: string;
  date: string | null;
  actor: ActorKind;
  who: string | null;
  tier: { before: Tier; after: Tier };
  /** The files whose decision differs (at most three), with the reason the new policy gives first. */
  files: { path: string; before: Decision; after: Decision; reason: string }[];
}

interface GroupCounts {
  changes: number;
  before: Record<Decision, number>;
  after: Record<Decision, number>;
}

export interface TrendPoint {
  /** YYYY-MM of the change's date. */
  period: string;
  changes: number;
  before: Record<Decision, number>;
  after: Record<Decision, number>;
}

export interface SimulationResult {
  mode: 'paths' | 'content';
  source: string;
  notes: string[];
  policies: { old: { source: string; sha256: string }; new: { source: string; sha256: string } };
  manifest: { source: string; sha256: string } | null;
  changes: number;
  files: number;
  /** `FROM->TO` -> number of changes (same-verdict pairs included). */
  transitions: Record<string, number>;
  /** Changes whose verdict differs. */
  changed: number;
  verdicts: { before: Record<Decision, number>; after: Record<Decision, number> };
  tiers: { before: Record<Tier, number>; after: Record<Tier, number> };
  /** The rules behind approvals and denials, most frequent under the new policy first (counts of changes). */
  rules: { rule: string; before: number; after: number }[];
  actors: { human: GroupCounts; bot_agent: GroupCounts };
  period: { from: string | null; to: string | null };
  trend: TrendPoint[];
  examples: Record<string, SimulationExample[]>;
  /** Wall and CPU time of reading and replaying (the process's start-up not included). */
  timings: { total_ms: number; cpu_ms: number };
}

/** What the tally reads of an evaluation. */
export type Outcome = Pick<Evaluation, 'verdict' | 'tier' | 'files' | 'violations'>;

const zeroDecisions = (): Record<Decision, number> => ({ allow: 0, approval_required: 0, deny: 0 });
const zeroTiers = (): Record<Tier, number> => ({ low: 0, medium: 0, high: 0 });
const zeroGroup = (): GroupCounts => ({ changes: 0, before: zeroDecisions(), after: zeroDecisions() });

export class SimulationTally {
  private changes = 0;
  private files = 0;
  private changed = 0;
  private readonly transitions = new Map<string, number>();
  private readonly verdicts = { before: zeroDecisions(), after: zeroDecisions() };
  private readonly tiers = { before: zeroTiers(), after: zeroTiers() };
  private readonly rules = new Map<string, { before: number; after: number }>();
  private readonly actors = { human: zeroGroup(), bot_agent: zeroGroup() };
  private readonly trend = new Map<string, TrendPoint>();
  private readonly examples = new Map<string, SimulationExample[]>();
  private first: string | null = null;
  private last: string | null = null;

  add(change: ReplayChange, before: Outcome, after: Outcome): void {
    this.changes += 1;
    this.files += change.entries.length;
    const key = `${before.verdict}->${after.verdict}`;
    this.transitions.set(key, (this.transitions.get(key) ?? 0) + 1);
    this.verdicts.before[before.verdict] += 1;
    this.verdicts.after[after.verdict] += 1;
    this.tiers.before[before.tier] += 1;
    this.tiers.after[after.tier] += 1;
    for (const r of firedRules(before)) this.rule(r).before += 1;
    for (const r of firedRules(after)) this.rule(r).after += 1;
    const g = this.actors[actorGroup(change.actor)];
    g.changes += 1;
    g.before[before.verdict] += 1;
    g.after[after.verdict] += 1;
    const time = change.date === null ? NaN : Date.parse(change.date);
    if (!Number.isNaN(time)) {
      const iso = new Date(time).toISOString();
      if (this.first === null || iso < this.first) this.first = iso;
      if (this.last === null || iso > this.last) this.last = iso;
      const period = iso.slice(0, 7);
      let p = this.trend.get(period);
      if (p === undefined) this.trend.set(period, (p = { period, changes: 0, before: zeroDecisions(), after: zeroDecisions() }));
      p.changes += 1;
      p.before[before.verdict] += 1;
      p.after[after.verdict] += 1;
    }
    if (before.verdict !== after.verdict) {
      this.changed += 1;
      let list = this.examples.get(key);
      if (list === undefined) this.examples.set(key, (list = []));
      if (list.length < EXAMPLES_PER_TRANSITION) list.push(example(change, before, after));
    }
  }

  private rule(key: string): { before: number; after: number } {
    let r = this.rules.get(key);
    if (r === undefined) this.rules.set(key, (r = { before: 0, after: 0 }));
    return r;
  }

  result(meta: { mode: 'paths' | 'content'; source: string; notes: string[]; old: PolicyInput; new: PolicyInput; manifest: ManifestInput | null; timings: SimulationResult['timings'] }): SimulationResult {
    const transitions: Record<string, number> = {};
    // Changed verdicts first (most frequent first), then the unchanged ones.
    const order = [...this.transitions].sort((a, b) => Number(isSame(a[0])) - Number(isSame(b[0])) || b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [k, v] of order) transitions[k] = v;
    const examples: Record<string, SimulationExample[]> = {};
    for (const [k] of order) if (this.examples.has(k)) examples[k] = this.examples.get(k)!;
    const rules = [...this.rules]
      .map(([rule, c]) => ({ rule, ...c }))
      .sort((a, b) => b.after - a.after || b.before - a.before || a.rule.localeCompare(b.rule))
      .slice(0, TOP_RULES);
    return {
      mode: meta.mode,
      source: meta.source,
      notes: meta.notes,
      policies: { old: { source: meta.old.source, sha256: meta.old.sha256 }, new: { source: meta.new.source, sha256: meta.new.sha256 } },
      manifest: meta.manifest ? { source: meta.manifest.source, sha256: meta.manifest.sha256 } : null,
      changes: this.changes,
      files: this.files,
      transitions,
      changed: this.changed,
      verdicts: this.verdicts,
      tiers: this.tiers,
      rules,
      actors: this.actors,
      period: { from: this.first, to: this.last },
      trend: [...this.trend.values()].sort((a, b) => a.period.localeCompare(b.period)),
      examples,
      timings: meta.timings,
    };
  }
}

function isSame(transition: string): boolean {
  const [a, b] = transition.split('->');
  return a === b;
}

function example(change: ReplayChange, before: Outcome, after: Outcome): SimulationExample {
  const old = new Map(before.files.map((f) => [f.path, f]));
  const files: SimulationExample['files'] = [];
  for (const f of after.files) {
    const o = old.get(f.path);
    if (o === undefined || o.decision === f.decision) continue;
    files.push({ path: f.path, before: o.decision, after: f.decision, reason: (f.decision === 'allow' ? o.reasons[0] : f.reasons[0])?.message ?? '' });
    if (files.length === 3) break;
  }
  // A verdict can change without any file's decision changing (a task violation): say which.
  if (files.length === 0) {
    const v = (after.verdict === 'allow' ? before : after).violations.find((x) => x.path === undefined);
    if (v) files.push({ path: '(task)', before: before.verdict, after: after.verdict, reason: `${v.message} [${v.code}]` });
  }
  return { id: change.id, date: change.date, actor: change.actor, who: change.who, tier: { before: before.tier, after: after.tier }, files };
}

/**
 * The facts a path-only or replayed change is evaluated with. Commits have no task branch and the
 * manifest names the task's repository, so those two task checks are skipped (and said to be).
 */
export function evaluateReplayed(change: ReplayChange, policy: PolicyInput, manifest: ManifestInput | null, extra?: Pick<Parameters<typeof evaluateChange>[0], 'findings' | 'headKinds' | 'base' | 'mergeBase'>): Evaluation {
  return evaluateChange(
    {
      base: extra?.base ?? '',
      head: change.id,
      mergeBase: extra?.mergeBase ?? '',
      entries: change.entries,
      ...(extra?.findings ? { findings: extra.findings } : {}),
      ...(extra?.headKinds ? { headKinds: extra.headKinds } : {}),
      ...(manifest ? { branchCheck: { status: 'skipped', reason: 'a replayed commit has no task branch' }, repository: manifest.manifest.repository } : {}),
    },
    policy,
    manifest,
  );
}

export { TIERS };
