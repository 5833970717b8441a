// The six program metrics over evidence documents (already read and schema-checked): credential
// lifetime, capabilities granted/needed/used/unused, denied-action rate by rule, approval latency,
// rollback readiness (measured with git by the caller, passed in) and policy coverage, per repository
// and overall, for a period. Pure.

type Doc = Record<string, unknown>;

/** One evidence document and the file (or zip entry) it came from. */
export interface EvidenceDoc {
  file: string;
  doc: Doc;
}
export interface InvalidFile {
  file: string;
  problems: string[];
}

export interface Lifetime {
  count: number;
  median_s: number | null;
  max_s: number | null;
  /** Credentials with no revocation time: their lifetime is counted to expiry. */
  never_revoked: number;
  never_revoked_files: string[];
}
export interface Outcome {
  decisions: number;
  denied: number;
}
export interface Group {
  repository: string;
  runs: number;
  by_action: Record<string, number>;
  credential_lifetime: Lifetime;
  capabilities: { tasks: number; granted: number; needed: number; used: number; unused: number; unused_by_name: Record<string, number> };
  /** Decisions per kind of action: files (guard-diff), approvals (approval-gate), token requests, commands. */
  denials: { decisions: number; denied: number; rate: number | null; by_kind: Record<string, Outcome>; by_rule: Record<string, number> };
  approval_latency: { count: number; median_s: number | null; p90_s: number | null; max_s: number | null };
  /** Change reviews (guard-diff runs) under the repository's own policy, under the baseline, with a task manifest. */
  coverage: { change_reviews: number; repository_policy: number; baseline: number; with_manifest: number };
}

/** One agent change whose revert was tried on the default branch. */
export interface RollbackCheck {
  commit: string;
  repository: string;
  outcome: 'clean' | 'conflicts' | 'not_found';
  detail?: string;
}
export type Rollback =
  | { measured: false; reason: string }
  | { measured: true; repo: string; default_branch: string; base_commit: string; changes: number; clean: number; conflicts: number; not_found: number; share: number | null; checks: RollbackCheck[] };

export interface MetricsResult {
  files: number;
  invalid: InvalidFile[];
  period: { since: string | null; until: string | null };
  /** Valid documents outside the period (not counted). */
  outside_period: number;
  overall: Group;
  repositories: Group[];
  policy_coverage: { repositories: number; with_policy: number; share: number | null; baseline_only: string[] };
  rollback: Rollback;
  /** Runs and denied runs per UTC day (per week when the evidence spans more than 62 days). */
  trend: { unit: 'day' | 'week'; labels: string[]; runs: number[]; denied: number[] };
}

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const o = (v: unknown): Doc => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Doc) : {});
const t = (v: unknown): number | undefined => (typeof v === 'string' && Number.isFinite(Date.parse(v)) ? Date.parse(v) : undefined);
const s = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The nearest-rank quantile of sorted values (null when there are none). */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

const KIND: Record<string, string> = { 'guard-diff': 'files', 'approval-gate': 'approvals', 'request-capability': 'token requests', command: 'commands' };
const DENIED = new Set(['deny', 'refused']);

/** The repository a document is about (the gate names it; the others carry the job's). */
export function docRepository(d: Doc): string {
  return s(d.repository) ?? s(o(d.job).repository) ?? '(unknown)';
}

/** The document's time (its run's start), for the period filter. */
export function docTime(d: Doc): number | undefined {
  return t(o(d.timings).started_at);
}

/** Seconds from the first approval request to the qualifying approval, when the gate recorded both. */
function approvalSeconds(d: Doc): number | undefined {
  const from = t(d.approval_requested_at);
  const to = t(d.approval_decided_at);
  if (from !== undefined && to !== undefined) return Math.max(0, (to - from) / 1000);
  const lat = o(d.latency);
  const sec = o(lat.latency).seconds;
  return lat.measured === true && typeof sec === 'number' && Number.isFinite(sec) ? Math.max(0, sec) : undefined;
}

class Acc {
  runs = 0;
  byAction: Record<string, number> = {};
  lifetimes: number[] = [];
  neverRevoked: string[] = [];
  caps = { tasks: 0, granted: 0, needed: 0, used: 0, unused: 0 };
  unusedByName: Record<string, number> = {};
  byKind: Record<string, Outcome> = {};
  byRule: Record<string, number> = {};
  latencies: number[] = [];
  coverage = { change_reviews: 0, repository_policy: 0, baseline: 0, with_manifest: 0 };

  add({ file, doc: d }: EvidenceDoc, latency: number | undefined): void {
    this.runs++;
    const action = s(d.action) ?? 'unknown';
    this.byAction[action] = (this.byAction[action] ?? 0) + 1;
    for (const c of arr(d.credentials).map(o)) {
      const issued = t(c.issued_at);
      const revoked = t(c.revoked_at);
      const end = revoked ?? t(c.expires_at);
      if (revoked === undefined) this.neverRevoked.push(file);
      if (issued !== undefined && end !== undefined) this.lifetimes.push(Math.max(0, (end - issued) / 1000));
    }
    if (action === 'guard-diff') {
      const c = o(d.capabilities);
      this.caps.tasks++;
      this.caps.granted += arr(c.granted).length;
      this.caps.needed += arr(c.needed ?? c.used).length;
      this.caps.used += arr(c.used).length;
      this.caps.unused += arr(c.unused).length;
      for (const name of arr(c.unused)) if (typeof name === 'string') this.unusedByName[name] = (this.unusedByName[name] ?? 0) + 1;
      const policy = d.policy === null ? null : o(d.policy);
      this.coverage.change_reviews++;
      if (policy && policy.baseline !== true && s(policy.source)) this.coverage.repository_policy++;
      else this.coverage.baseline++;
      if (d.manifest !== null && s(o(d.manifest).source)) this.coverage.with_manifest++;
    }
    const decision = s(d.verdict) ?? s(d.decision) ?? s(o(d.command).decision);
    if (decision !== undefined) {
      const kind = KIND[action] ?? action;
      const k = (this.byKind[kind] ??= { decisions: 0, denied: 0 });
      k.decisions++;
      if (DENIED.has(decision)) k.denied++;
      const denials = arr(d.denials).map(o);
      const rules = denials.length > 0 ? denials.map((x) => String(x.rule)) : DENIED.has(decision) && s(o(d.command).rule) ? [String(o(d.command).rule)] : [];
      // A rule counts once per run: the rate is of runs it denied, not of files.
      if (DENIED.has(decision)) for (const r of new Set(rules)) this.byRule[r] = (this.byRule[r] ?? 0) + 1;
    }
    if (latency !== undefined) this.latencies.push(latency);
  }

  group(repository: string): Group {
    const life = [...this.lifetimes].sort((a, b) => a - b);
    const lat = [...this.latencies].sort((a, b) => a - b);
    const decisions = Object.values(this.byKind).reduce((n, k) => n + k.decisions, 0);
    const denied = Object.values(this.byKind).reduce((n, k) => n + k.denied, 0);
    return {
      repository,
      runs: this.runs,
      by_action: this.byAction,
      credential_lifetime: { count: life.length, median_s: quantile(life, 0.5), max_s: life.length ? life[life.length - 1]! : null, never_revoked: this.neverRevoked.length, never_revoked_files: [...this.neverRevoked] },
      capabilities: { ...this.caps, unused_by_name: this.unusedByName },
      denials: { decisions, denied, rate: decisions ? denied / decisions : null, by_kind: this.byKind, by_rule: this.byRule },
      approval_latency: { count: lat.length, median_s: quantile(lat, 0.5), p90_s: quantile(lat, 0.9), max_s: lat.length ? lat[lat.length - 1]! : null },
      coverage: { ...this.coverage },
    };
  }
}

export interface Period {
  since?: number;
  until?: number;
}

export function inPeriod(d: Doc, period: Period): boolean {
  const at = docTime(d);
  if (period.since !== undefined && (at === undefined || at < period.since)) return false;
  if (period.until !== undefined && (at === undefined || at > period.until)) return false;
  return true;
}

/** The agent changes a revert can be tried for: each merge commit a guard-diff run recorded, once. */
export function rollbackCandidates(docs: readonly EvidenceDoc[], period: Period = {}): { commit: string; repository: string }[] {
  const seen = new Map<string, string>();
  for (const { doc } of docs) {
    if (doc.action !== 'guard-diff' || !inPeriod(doc, period)) continue;
    const c = s(doc.merge_commit);
    if (c && !seen.has(c)) seen.set(c, docRepository(doc));
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([commit, repository]) => ({ commit, repository }));
}

export const ROLLBACK_NOT_MEASURED = 'not measured: give --repo DIR (a clone with the default branch) to try each agent change\'s revert there';

/** The rollback result from the checks the caller ran on `defaultBranch` at `baseCommit`. */
export function rollbackFrom(repo: string, defaultBranch: string, baseCommit: string, checks: RollbackCheck[]): Rollback {
  const clean = checks.filter((c) => c.outcome === 'clean').length;
  const conflicts = checks.filter((c) => c.outcome === 'conflicts').length;
  const measured = clean + conflicts;
  return { measured: true, repo, default_branch: defaultBranch, base_commit: baseCommit, changes: checks.length, clean, conflicts, not_found: checks.length - measured, share: measured ? clean / measured : null, checks };
}

export function computeMetrics(docs: readonly EvidenceDoc[], invalid: InvalidFile[], period: Period = {}, rollback: Rollback = { measured: false, reason: ROLLBACK_NOT_MEASURED }): MetricsResult {
  const all = new Acc();
  const per = new Map<string, Acc>();
  // A gate re-run on an approved pull request records the same approval again: it counts once.
  const approvals = new Set<string>();
  let outside = 0;
  const dated: { at: number; denied: boolean }[] = [];
  for (const e of docs) {
    const d = e.doc;
    if (!inPeriod(d, period)) {
      outside++;
      continue;
    }
    const at = docTime(d);
    if (at !== undefined) dated.push({ at, denied: DENIED.has(s(d.verdict) ?? s(d.decision) ?? s(o(d.command).decision) ?? '') });
    const repo = docRepository(d);
    let latency = d.action === 'approval-gate' ? approvalSeconds(d) : undefined;
    if (latency !== undefined) {
      const key = `${repo}#${String(d.pull_request)}#${String(d.head)}#${String(d.approval_decided_at ?? o(o(d.latency).latency).satisfiedAt)}`;
      if (approvals.has(key)) latency = undefined;
      else approvals.add(key);
    }
    all.add(e, latency);
    let a = per.get(repo);
    if (!a) per.set(repo, (a = new Acc()));
    a.add(e, latency);
  }
  const iso = (n?: number) => (n === undefined ? null : new Date(n).toISOString());
  const repositories = [...per.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([r, a]) => a.group(r));
  const reviewed = repositories.filter((g) => g.coverage.change_reviews > 0);
  const withPolicy = reviewed.filter((g) => g.coverage.repository_policy > 0);
  return {
    files: docs.length + invalid.length,
    invalid,
    period: { since: iso(period.since), until: iso(period.until) },
    outside_period: outside,
    overall: all.group('(all)'),
    repositories,
    policy_coverage: { repositories: reviewed.length, with_policy: withPolicy.length, share: reviewed.length ? withPolicy.length / reviewed.length : null, baseline_only: reviewed.filter((g) => g.coverage.repository_policy === 0).map((g) => g.repository) },
    rollback,
    trend: trend(dated),
  };
}

const DAY = 86_400_000;

function trend(dated: readonly { at: number; denied: boolean }[]): MetricsResult['trend'] {
  if (dated.length === 0) return { unit: 'day', labels: [], runs: [], denied: [] };
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of dated) {
    lo = Math.min(lo, x.at);
    hi = Math.max(hi, x.at);
  }
  const unit = hi - lo > 62 * DAY ? 'week' : 'day';
  const size = unit === 'week' ? 7 * DAY : DAY;
  const start = Math.floor(lo / DAY) * DAY;
  const n = Math.floor((hi - start) / size) + 1;
  const runs = new Array<number>(n).fill(0);
  const denied = new Array<number>(n).fill(0);
  for (const x of dated) {
    const i = Math.floor((x.at - start) / size);
    runs[i]!++;
    if (x.denied) denied[i]!++;
  }
  const labels = runs.map((_, i) => new Date(start + i * size).toISOString().slice(0, 10));
  return { unit, labels, runs, denied };
}
