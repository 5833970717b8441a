// The program metrics over evidence documents (already parsed and schema-checked): credential
// lifetime, capabilities granted/needed/used, denials by rule id, approval latency, per repository
// and overall. Pure. Rollback readiness needs git and is not measured here (the report says so).

type Doc = Record<string, unknown>;

export interface Lifetime { count: number; median_s: number | null; max_s: number | null; never_revoked: number }
export interface Group {
  repository: string;
  runs: number;
  by_action: Record<string, number>;
  credential_lifetime: Lifetime;
  capabilities: { tasks: number; granted: number; needed: number; used: number; unused: number };
  denials: { decisions: number; denied: number; rate: number | null; by_rule: Record<string, number> };
  approval_latency: { count: number; median_s: number | null; p90_s: number | null };
}
export interface MetricsResult {
  files: number;
  invalid: { file: string; problems: string[] }[];
  period: { since: string | null; until: string | null };
  overall: Group;
  repositories: Group[];
  rollback: { measured: false; reason: string };
}

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const o = (v: unknown): Doc => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Doc) : {});
const t = (v: unknown): number | undefined => (typeof v === 'string' && Number.isFinite(Date.parse(v)) ? Date.parse(v) : undefined);

export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

class Acc {
  runs = 0;
  byAction: Record<string, number> = {};
  lifetimes: number[] = [];
  neverRevoked = 0;
  caps = { tasks: 0, granted: 0, needed: 0, used: 0, unused: 0 };
  decisions = 0;
  denied = 0;
  byRule: Record<string, number> = {};
  latencies: number[] = [];

  add(d: Doc): void {
    this.runs++;
    const action = typeof d.action === 'string' ? d.action : 'unknown';
    this.byAction[action] = (this.byAction[action] ?? 0) + 1;
    for (const c of arr(d.credentials).map(o)) {
      const issued = t(c.issued_at);
      const end = t(c.revoked_at) ?? t(c.expires_at);
      if (issued === undefined || end === undefined) continue;
      if (t(c.revoked_at) === undefined) this.neverRevoked++;
      this.lifetimes.push(Math.max(0, (end - issued) / 1000));
    }
    const caps = d.capabilities;
    if (caps && !Array.isArray(caps) && action === 'guard-diff') {
      const c = o(caps);
      this.caps.tasks++;
      this.caps.granted += arr(c.granted).length;
      this.caps.needed += arr(c.needed ?? c.used).length;
      this.caps.used += arr(c.used).length;
      this.caps.unused += arr(c.unused).length;
    }
    const decision = d.verdict ?? d.decision ?? o(d.command).decision;
    if (typeof decision === 'string') {
      this.decisions++;
      if (decision === 'deny' || decision === 'refused') this.denied++;
    }
    const denials = arr(d.denials).map(o);
    const rules = denials.length > 0 ? denials.map((x) => String(x.rule)) : decision === 'deny' && typeof o(d.command).rule === 'string' ? [String(o(d.command).rule)] : [];
    for (const r of new Set(rules)) this.byRule[r] = (this.byRule[r] ?? 0) + 1;
    const lat = o(d.latency);
    if (lat.measured === true && typeof o(lat.latency).seconds === 'number') this.latencies.push(o(lat.latency).seconds as number);
  }

  group(repository: string): Group {
    const life = [...this.lifetimes].sort((a, b) => a - b);
    const lat = [...this.latencies].sort((a, b) => a - b);
    return {
      repository,
      runs: this.runs,
      by_action: this.byAction,
      credential_lifetime: { count: life.length, median_s: quantile(life, 0.5), max_s: life.length ? life[life.length - 1]! : null, never_revoked: this.neverRevoked },
      capabilities: { ...this.caps },
      denials: { decisions: this.decisions, denied: this.denied, rate: this.decisions ? this.denied / this.decisions : null, by_rule: this.byRule },
      approval_latency: { count: lat.length, median_s: quantile(lat, 0.5), p90_s: quantile(lat, 0.9) },
    };
  }
}

/** The document's time (its run's start), for the period filter. */
export function docTime(d: Doc): number | undefined {
  return t(o(d.timings).started_at);
}

export function computeMetrics(docs: readonly Doc[], invalid: MetricsResult['invalid'], period: { since?: number; until?: number } = {}): MetricsResult {
  const all = new Acc();
  const per = new Map<string, Acc>();
  for (const d of docs) {
    const at = docTime(d);
    if (period.since !== undefined && (at === undefined || at < period.since)) continue;
    if (period.until !== undefined && (at === undefined || at > period.until)) continue;
    const repo = (typeof d.repository === 'string' ? d.repository : null) ?? (typeof o(d.job).repository === 'string' ? (o(d.job).repository as string) : '(unknown)');
    all.add(d);
    let a = per.get(repo);
    if (!a) per.set(repo, (a = new Acc()));
    a.add(d);
  }
  const iso = (n?: number) => (n === undefined ? null : new Date(n).toISOString());
  return {
    files: docs.length + invalid.length,
    invalid,
    period: { since: iso(period.since), until: iso(period.until) },
    overall: all.group('(all)'),
    repositories: [...per.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([r, a]) => a.group(r)),
    rollback: { measured: false, reason: 'not measured: rollback readiness needs --repo (a git checkout of the default branch), which this version does not implement yet' },
  };
}
