// The metrics report: text, Markdown (job summary) and one self-contained HTML page with the same
// content, the verdict and the top risks first, then the six metrics, then details. Every string from
// evidence is escaped for its medium.

import type { Group, MetricsResult } from '../metrics/compute.js';
import { md, mdCode, mdTable } from './markdown.js';
import { code, h, renderPage, table, tile } from './page.js';
import { stackedBars, trendLines } from './svg.js';
import { oneLine } from '../text.js';

/** Where `metrics --org` read the evidence: a snapshot folder, downloaded into now or re-read offline. */
export interface SnapshotSource {
  organisation: string;
  artifact_name: string;
  snapshot: string;
  /** `sha256:<hex>` of snapshot.json as read. */
  index_sha256: string;
  /** When a download last wrote the snapshot: an offline report is as of then. */
  updated_at: string;
  artifacts: number;
  evidence_files: number;
  bundles: number;
  /** null when the snapshot was re-read offline (no request sent). */
  download: null | {
    requests: number;
    not_modified: number;
    repositories: number;
    in_period: number;
    downloaded: number;
    reused: number;
    expired: number;
    problems: string[];
    stopped_for_budget: string | null;
  };
}

export type MetricsReport = MetricsResult & { skipped?: Record<string, number>; source?: SnapshotSource };

/** The source in a few lines (the first says what was read, the second how many requests it took). */
export function sourceLines(s: SnapshotSource): string[] {
  const lines = [
    `evidence of ${s.organisation} (artifact ${s.artifact_name}) from the snapshot ${s.snapshot}: ${s.artifacts} artifact(s), ${s.evidence_files} evidence file(s) and ${s.bundles} bundle(s), each matching the digest in snapshot.json (${s.index_sha256}); snapshot as of ${s.updated_at}`,
  ];
  const d = s.download;
  if (d === null) lines.push('re-read offline: no API requests');
  else {
    lines.push(`downloaded now: ${d.repositories} repositories read, ${d.in_period} artifact(s) in the period (${d.downloaded} downloaded, ${d.reused} already in the snapshot, ${d.expired} expired before download); API requests: ${d.requests} (${d.not_modified} answered 304 from the snapshot's ETags)`);
    if (d.stopped_for_budget) lines.push(`incomplete: ${d.stopped_for_budget}`);
    for (const p of d.problems) lines.push(`problem: ${p}`);
  }
  return lines.map(oneLine);
}

/** Why the evidence read is not all of the period's (the download stopped or failed somewhere). */
function incomplete(m: MetricsReport): string | null {
  const d = m.source?.download;
  if (!d || (d.problems.length === 0 && d.stopped_for_budget === null && d.expired === 0)) return null;
  const parts = [d.stopped_for_budget ? 'the download stopped at the rate-limit reserve' : '', d.problems.length ? `${d.problems.length} repositor(ies) or artifact(s) could not be read` : '', d.expired ? `${d.expired} artifact(s) had expired before download` : ''];
  return `the evidence is incomplete: ${parts.filter(Boolean).join('; ')}`;
}

export const dur = (s: number | null) => (s === null ? '—' : s < 120 ? `${Math.round(s)} s` : s < 7200 ? `${(s / 60).toFixed(1)} min` : s < 172_800 ? `${(s / 3600).toFixed(1)} h` : `${(s / 86_400).toFixed(1)} d`);
const rate = (r: number | null) => (r === null ? '—' : `${(100 * r).toFixed(1)}%`);
const sortedRules = (g: Group) => Object.entries(g.denials.by_rule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const DAY_S = 86_400;

type Level = 'bad' | 'warn';
interface Risk {
  level: Level;
  text: string;
}

/** What a security lead must look at, worst first. */
export function metricsRisks(m: MetricsReport): Risk[] {
  const out: Risk[] = [];
  const g = m.overall;
  const gap = incomplete(m);
  if (gap) out.push({ level: 'bad', text: gap });
  if (m.invalid.length) out.push({ level: 'bad', text: `${m.invalid.length} evidence file(s) are invalid and were not counted` });
  if (g.credential_lifetime.never_revoked) out.push({ level: 'bad', text: `${g.credential_lifetime.never_revoked} credential(s) were never revoked (lifetime counted to expiry)` });
  if (m.rollback.measured && m.rollback.conflicts) out.push({ level: 'bad', text: `${m.rollback.conflicts} of ${m.rollback.clean + m.rollback.conflicts} agent change(s) no longer revert cleanly on ${m.rollback.default_branch}` });
  if (m.policy_coverage.baseline_only.length) out.push({ level: 'bad', text: `${m.policy_coverage.baseline_only.length} repositor(ies) reviewed under the built-in baseline only: ${m.policy_coverage.baseline_only.slice(0, 3).join(', ')}${m.policy_coverage.baseline_only.length > 3 ? ', …' : ''}` });
  if (g.capabilities.unused) {
    const top = Object.entries(g.capabilities.unused_by_name).sort((a, b) => b[1] - a[1])[0];
    out.push({ level: 'warn', text: `${g.capabilities.unused} granted capabilit(ies) went unused over ${g.capabilities.tasks} task(s)${top ? ` (most often ${top[0]}, ${top[1]}×)` : ''}` });
  }
  if (g.approval_latency.p90_s !== null && g.approval_latency.p90_s > DAY_S) out.push({ level: 'warn', text: `approval latency p90 is ${dur(g.approval_latency.p90_s)}: agent changes wait more than a day for a human` });
  const top = sortedRules(g)[0];
  if (top) out.push({ level: 'warn', text: `most denials come from rule ${top[0]} (${top[1]} run(s))` });
  if (!m.rollback.measured) out.push({ level: 'warn', text: `rollback readiness ${m.rollback.reason}` });
  return out;
}

export function metricsVerdict(m: MetricsReport): { level: 'bad' | 'warn' | 'good'; text: string } {
  const r = metricsRisks(m);
  if (m.files === 0) return { level: 'warn', text: 'No evidence read' };
  if (r.some((x) => x.level === 'bad')) return { level: 'bad', text: 'Needs attention' };
  if (r.length) return { level: 'warn', text: 'Healthy, with gaps to close' };
  return { level: 'good', text: 'Healthy' };
}

function rollbackLine(m: MetricsResult): string {
  const r = m.rollback;
  if (!r.measured) return r.reason;
  return `${rate(r.share)} revert cleanly on ${r.default_branch} (${r.clean} clean, ${r.conflicts} with conflicts, ${r.not_found} not on the branch or not in the clone, of ${r.changes} agent change(s))`;
}

function coverageLine(m: MetricsResult): string {
  const c = m.policy_coverage;
  return `${c.with_policy} of ${c.repositories} repositor(ies) reviewed under their own policy (${rate(c.share)})`;
}

function groupLines(g: Group): string[] {
  const kinds = Object.entries(g.denials.by_kind).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k} ${v.denied}/${v.decisions}`).join(', ');
  return [
    `${oneLine(g.repository)}: ${g.runs} run(s) (${Object.entries(g.by_action).map(([a, n]) => `${a} ${n}`).join(', ')})`,
    `  credential lifetime: median ${dur(g.credential_lifetime.median_s)}, max ${dur(g.credential_lifetime.max_s)} over ${g.credential_lifetime.count} credential(s); never revoked: ${g.credential_lifetime.never_revoked}`,
    `  capabilities over ${g.capabilities.tasks} task(s): granted ${g.capabilities.granted}, needed ${g.capabilities.needed}, used ${g.capabilities.used}, unused ${g.capabilities.unused}`,
    `  denied: ${g.denials.denied}/${g.denials.decisions} (${rate(g.denials.rate)})${kinds ? ` [${kinds}]` : ''}${sortedRules(g).length ? `; by rule: ${sortedRules(g).map(([r, n]) => `${oneLine(r)} ${n}`).join(', ')}` : ''}`,
    `  approval latency: median ${dur(g.approval_latency.median_s)}, p90 ${dur(g.approval_latency.p90_s)} over ${g.approval_latency.count} approval(s)`,
    `  policy: ${g.coverage.repository_policy} of ${g.coverage.change_reviews} change review(s) under the repository's policy, ${g.coverage.with_manifest} with a task manifest`,
  ];
}

function periodText(m: MetricsResult): string {
  const { since, until } = m.period;
  return since || until ? `${since ?? 'the start'} to ${until ?? 'now'} (${m.outside_period} run(s) outside)` : 'all time';
}

function skippedText(m: MetricsReport): string {
  const s = Object.entries(m.skipped ?? {});
  return s.length ? `not read: ${s.map(([why, n]) => `${n} ${why}`).join(', ')}` : '';
}

export function renderMetricsText(m: MetricsReport): string {
  const v = metricsVerdict(m);
  const lines = [`agent-guard metrics: ${v.text}. ${m.files} evidence file(s), ${m.invalid.length} invalid; period: ${periodText(m)}`];
  if (skippedText(m)) lines.push(skippedText(m));
  if (m.source) lines.push(...sourceLines(m.source));
  for (const r of metricsRisks(m)) lines.push(`  ${r.level === 'bad' ? '!!' : '! '} ${oneLine(r.text)}`);
  for (const i of m.invalid) lines.push(`  invalid: ${oneLine(i.file)}: ${oneLine(i.problems.join('; '))}`);
  lines.push(`rollback readiness: ${oneLine(rollbackLine(m))}`, `policy coverage: ${coverageLine(m)}`);
  lines.push(...groupLines(m.overall));
  if (m.repositories.length > 1) for (const g of m.repositories) lines.push(...groupLines(g));
  return lines.join('\n');
}

export function renderMetricsMarkdown(m: MetricsReport): string {
  const v = metricsVerdict(m);
  const g = m.overall;
  const out = [`## agent-guard metrics: ${md(v.text)}`, '', `**${m.files}** evidence file(s), **${m.invalid.length}** invalid; period: ${md(periodText(m))}.${skippedText(m) ? ` ${md(skippedText(m))}.` : ''}`, ''];
  if (m.source) out.push(...sourceLines(m.source).map((l) => `- ${md(l)}`), '');
  const risks = metricsRisks(m);
  if (risks.length) out.push('### Top risks', ...risks.map((r) => `- ${r.level === 'bad' ? '**' : ''}${md(r.text)}${r.level === 'bad' ? '**' : ''}`), '');
  out.push(
    '### The six metrics',
    ...mdTable(
      ['Metric', 'Value'],
      [
        ['Credential lifetime', `median ${dur(g.credential_lifetime.median_s)}, max ${dur(g.credential_lifetime.max_s)} (${g.credential_lifetime.count} credential(s), ${g.credential_lifetime.never_revoked} never revoked)`],
        ['Capabilities per task', `granted ${g.capabilities.granted}, needed ${g.capabilities.needed}, used ${g.capabilities.used}, unused ${g.capabilities.unused} over ${g.capabilities.tasks} task(s)`],
        ['Denied-action rate', `${rate(g.denials.rate)} (${g.denials.denied} of ${g.denials.decisions})`],
        ['Approval latency', `median ${dur(g.approval_latency.median_s)}, p90 ${dur(g.approval_latency.p90_s)} (${g.approval_latency.count} approval(s))`],
        ['Rollback readiness', md(rollbackLine(m))],
        ['Policy coverage', md(coverageLine(m))],
      ],
    ),
    '',
  );
  if (m.repositories.length) {
    out.push(
      '### Per repository',
      ...mdTable(
        ['Repository', 'Runs', 'Credential lifetime (median / max)', 'Never revoked', 'Capabilities granted / needed / unused', 'Denied', 'Approval latency (median / p90)', 'Own policy'],
        m.repositories.map((r) => [mdCode(r.repository), String(r.runs), `${dur(r.credential_lifetime.median_s)} / ${dur(r.credential_lifetime.max_s)}`, String(r.credential_lifetime.never_revoked), `${r.capabilities.granted} / ${r.capabilities.needed} / ${r.capabilities.unused}`, `${r.denials.denied}/${r.denials.decisions} (${rate(r.denials.rate)})`, `${dur(r.approval_latency.median_s)} / ${dur(r.approval_latency.p90_s)}`, `${r.coverage.repository_policy}/${r.coverage.change_reviews}`]),
      ),
      '',
    );
  }
  const rules = sortedRules(g);
  if (rules.length) out.push('### Denials by rule', ...mdTable(['Rule', 'Denied runs'], rules.map(([r, n]) => [mdCode(r), String(n)])), '');
  if (m.invalid.length) out.push('### Invalid evidence files', ...m.invalid.map((i) => `- ${mdCode(i.file)}: ${md(i.problems.join('; '))}`), '');
  return out.join('\n');
}

/** The page lists this many never-revoked credentials' files; JSON has them all. */
const NEVER_REVOKED_LISTED = 20;

export function renderMetricsHtml(m: MetricsReport): string {
  const g = m.overall;
  const v = metricsVerdict(m);
  const risks = metricsRisks(m);
  const rb = m.rollback;
  const body = [
    '<h1>agent-guard metrics</h1>',
    `<p class="note">${h(`${m.files} evidence file(s), ${m.invalid.length} invalid; period: ${periodText(m)}${skippedText(m) ? `; ${skippedText(m)}` : ''}`)}</p>`,
    m.source ? `<p class="note">${sourceLines(m.source).map(h).join('<br>')}</p>` : '',
    `<div class="verdict ${v.level}"><strong>${h(v.text)}</strong>${risks.length ? `<ol class="risks">${risks.map((r) => `<li class="${r.level}">${h(r.text)}</li>`).join('')}</ol>` : ''}</div>`,
    '<div class="tiles wide">',
    tile('Credential lifetime (median)', dur(g.credential_lifetime.median_s), `max ${dur(g.credential_lifetime.max_s)}; ${g.credential_lifetime.never_revoked} never revoked`),
    tile('Unused capabilities', g.capabilities.unused, `of ${g.capabilities.granted} granted, ${g.capabilities.needed} needed, over ${g.capabilities.tasks} task(s)`),
    tile('Denied-action rate', rate(g.denials.rate), `${g.denials.denied} of ${g.denials.decisions} decisions`),
    tile('Approval latency (median)', dur(g.approval_latency.median_s), `p90 ${dur(g.approval_latency.p90_s)} over ${g.approval_latency.count} approval(s)`),
    tile('Rollback readiness', rb.measured ? rate(rb.share) : 'not measured', rb.measured ? `${rb.clean} clean, ${rb.conflicts} conflicts on ${rb.default_branch}` : 'give --repo DIR'),
    tile('Policy coverage', rate(m.policy_coverage.share), `${m.policy_coverage.with_policy} of ${m.policy_coverage.repositories} repositor(ies)`),
    '</div>',
    '<div class="charts">',
    m.trend.labels.length > 1 ? trendLines(`Runs and denied runs per ${m.trend.unit}`, m.trend.labels, [{ label: 'runs', color: '#0969da', values: m.trend.runs }, { label: 'denied', color: '#cf222e', values: m.trend.denied }]) : '',
    stackedBars('Decisions per kind', Object.entries(g.denials.by_kind).map(([k, o]) => ({ label: k, parts: [o.decisions - o.denied, o.denied] })), [{ label: 'not denied', color: '#2da44e' }, { label: 'denied', color: '#cf222e' }]),
    g.capabilities.granted ? stackedBars('Capabilities per repository', m.repositories.filter((r) => r.capabilities.granted).map((r) => ({ label: r.repository, parts: [r.capabilities.used, r.capabilities.unused] })), [{ label: 'used', color: '#0969da' }, { label: 'granted, unused', color: '#bf8700' }]) : '',
    '</div>',
    '<h2>Per repository</h2>',
    table(
      // The markdown table's columns: twelve narrow ones squeezed the repository names into fragments.
      ['Repository', 'Runs', 'Credential lifetime (median / max)', 'Never revoked', 'Capabilities granted / needed / unused', 'Denied', 'Approval latency (median / p90)', 'Own policy'],
      [g, ...m.repositories].map((r) => [code(r.repository), h(r.runs), h(`${dur(r.credential_lifetime.median_s)} / ${dur(r.credential_lifetime.max_s)}`), h(r.credential_lifetime.never_revoked), h(`${r.capabilities.granted} / ${r.capabilities.needed} / ${r.capabilities.unused}`), h(`${r.denials.denied}/${r.denials.decisions} (${rate(r.denials.rate)})`), h(`${dur(r.approval_latency.median_s)} / ${dur(r.approval_latency.p90_s)}`), h(`${r.coverage.repository_policy}/${r.coverage.change_reviews}`)]),
      [1, 2, 3, 4, 5, 6, 7],
    ),
    sortedRules(g).length ? `<h2>Denials by rule</h2>${table(['Rule', 'Denied runs'], sortedRules(g).map(([r, n]) => [code(r), h(n)]), [1])}` : '',
    g.credential_lifetime.never_revoked ? `<h2>Credentials never revoked</h2>${table(['Evidence file'], g.credential_lifetime.never_revoked_files.slice(0, NEVER_REVOKED_LISTED).map((f) => [code(f)]))}${g.credential_lifetime.never_revoked_files.length > NEVER_REVOKED_LISTED ? `<p class="note">${h(`and ${g.credential_lifetime.never_revoked_files.length - NEVER_REVOKED_LISTED} more (all of them in --format json)`)}</p>` : ''}` : '',
    rb.measured && rb.checks.length ? `<h2>Rollback checks on ${h(rb.default_branch)}</h2>${table(['Commit', 'Repository', 'Outcome', 'Detail'], rb.checks.map((c) => [code(c.commit.slice(0, 12)), code(c.repository), h(c.outcome), h(c.detail ?? '')]))}` : '',
    m.invalid.length ? `<h2>Invalid evidence files</h2>${table(['File', 'Problems'], m.invalid.map((i) => [code(i.file), h(i.problems.join('; '))]))}` : '',
  ].join('\n');
  return renderPage({ title: 'agent-guard metrics', body });
}
