// The metrics report: text, Markdown (job summary) and one self-contained HTML page with the same
// content, verdict and top risks first. Every string from evidence is escaped for its medium.

import type { Group, MetricsResult } from '../metrics/compute.js';
import { md, mdCode, mdTable } from './markdown.js';
import { code, h, renderPage, table, tile } from './page.js';
import { stackedBars } from './svg.js';
import { oneLine } from '../text.js';

const dur = (s: number | null) => (s === null ? '—' : s < 120 ? `${Math.round(s)} s` : s < 7200 ? `${(s / 60).toFixed(1)} min` : `${(s / 3600).toFixed(1)} h`);
const rate = (r: number | null) => (r === null ? '—' : `${(100 * r).toFixed(1)}%`);

function risks(m: MetricsResult): string[] {
  const out: string[] = [];
  const g = m.overall;
  if (m.invalid.length) out.push(`${m.invalid.length} evidence file(s) are invalid and were not counted`);
  if (g.credential_lifetime.never_revoked) out.push(`${g.credential_lifetime.never_revoked} credential(s) were never revoked (lifetime counted to expiry)`);
  if (g.capabilities.unused) out.push(`${g.capabilities.unused} granted capabilit(ies) went unused across ${g.capabilities.tasks} task(s)`);
  const top = Object.entries(g.denials.by_rule).sort((a, b) => b[1] - a[1])[0];
  if (top) out.push(`most denials come from rule ${top[0]} (${top[1]})`);
  out.push(m.rollback.reason);
  return out;
}

function groupLines(g: Group): string[] {
  return [
    `${oneLine(g.repository)}: ${g.runs} run(s) ${JSON.stringify(g.by_action)}`,
    `  credential lifetime: median ${dur(g.credential_lifetime.median_s)}, max ${dur(g.credential_lifetime.max_s)} over ${g.credential_lifetime.count} credential(s); never revoked ${g.credential_lifetime.never_revoked}`,
    `  capabilities over ${g.capabilities.tasks} task(s): granted ${g.capabilities.granted}, needed ${g.capabilities.needed}, used ${g.capabilities.used}, unused ${g.capabilities.unused}`,
    `  denied: ${g.denials.denied}/${g.denials.decisions} (${rate(g.denials.rate)})${Object.keys(g.denials.by_rule).length ? `; by rule: ${Object.entries(g.denials.by_rule).map(([r, n]) => `${oneLine(r)} ${n}`).join(', ')}` : ''}`,
    `  approval latency: median ${dur(g.approval_latency.median_s)}, p90 ${dur(g.approval_latency.p90_s)} over ${g.approval_latency.count} approval(s)`,
  ];
}

export function renderMetricsText(m: MetricsResult): string {
  const lines = [`agent-guard metrics: ${m.files} evidence file(s), ${m.invalid.length} invalid`];
  for (const i of m.invalid) lines.push(`  invalid: ${oneLine(i.file)}: ${oneLine(i.problems.join('; '))}`);
  lines.push(...groupLines(m.overall));
  for (const g of m.repositories) lines.push(...groupLines(g));
  lines.push(`rollback readiness: ${m.rollback.reason}`);
  return lines.join('\n');
}

export function renderMetricsMarkdown(m: MetricsResult): string {
  const out = ['## agent-guard metrics', '', `**${m.files}** evidence file(s), **${m.invalid.length}** invalid.`, '', '### Top risks', ...risks(m).map((r) => `- ${md(r)}`), ''];
  out.push(
    ...mdTable(
      ['Repository', 'Runs', 'Credential lifetime (median / max)', 'Never revoked', 'Capabilities granted / needed / unused', 'Denied', 'Approval latency (median / p90)'],
      [m.overall, ...m.repositories].map((g) => [mdCode(g.repository), String(g.runs), `${dur(g.credential_lifetime.median_s)} / ${dur(g.credential_lifetime.max_s)}`, String(g.credential_lifetime.never_revoked), `${g.capabilities.granted} / ${g.capabilities.needed} / ${g.capabilities.unused}`, `${g.denials.denied}/${g.denials.decisions} (${rate(g.denials.rate)})`, `${dur(g.approval_latency.median_s)} / ${dur(g.approval_latency.p90_s)}`]),
    ),
  );
  const rules = Object.entries(m.overall.denials.by_rule).sort((a, b) => b[1] - a[1]);
  if (rules.length) out.push('', '### Denials by rule', ...mdTable(['Rule', 'Runs'], rules.map(([r, n]) => [mdCode(r), String(n)])));
  for (const i of m.invalid) out.push(`- invalid: ${mdCode(i.file)}: ${md(i.problems.join('; '))}`);
  out.push('', `Rollback readiness: ${md(m.rollback.reason)}`);
  return out.join('\n') + '\n';
}

export function renderMetricsHtml(m: MetricsResult): string {
  const g = m.overall;
  const bad = m.invalid.length > 0 || g.credential_lifetime.never_revoked > 0;
  const body = [
    '<h1>agent-guard metrics</h1>',
    `<div class="verdict ${bad ? 'bad' : g.capabilities.unused ? 'warn' : 'good'}"><strong>${h(bad ? 'Needs attention' : 'No credential left unrevoked')}</strong><ul class="risks">${risks(m).map((r) => `<li>${h(r)}</li>`).join('')}</ul></div>`,
    '<div class="tiles">',
    tile('Evidence files', m.files, `${m.invalid.length} invalid`),
    tile('Credential lifetime (median)', dur(g.credential_lifetime.median_s), `max ${dur(g.credential_lifetime.max_s)}`),
    tile('Denied-action rate', rate(g.denials.rate), `${g.denials.denied} of ${g.denials.decisions}`),
    tile('Approval latency (median)', dur(g.approval_latency.median_s), `p90 ${dur(g.approval_latency.p90_s)}`),
    tile('Unused capabilities', g.capabilities.unused, `of ${g.capabilities.granted} granted`),
    tile('Rollback readiness', 'not measured', 'needs --repo'),
    '</div>',
    '<div class="charts">',
    stackedBars('Decisions per repository', m.repositories.map((r) => ({ label: r.repository, parts: [r.denials.decisions - r.denials.denied, r.denials.denied] })), [{ label: 'not denied', color: '#2da44e' }, { label: 'denied', color: '#cf222e' }]),
    stackedBars('Capabilities per repository', m.repositories.map((r) => ({ label: r.repository, parts: [r.capabilities.used, r.capabilities.unused] })), [{ label: 'used', color: '#0969da' }, { label: 'unused', color: '#bf8700' }]),
    '</div>',
    '<h2>Per repository</h2>',
    table(
      ['Repository', 'Runs', 'Lifetime median', 'Lifetime max', 'Never revoked', 'Granted', 'Needed', 'Unused', 'Denied', 'Latency median', 'Latency p90'],
      [g, ...m.repositories].map((r) => [code(r.repository), h(r.runs), h(dur(r.credential_lifetime.median_s)), h(dur(r.credential_lifetime.max_s)), h(r.credential_lifetime.never_revoked), h(r.capabilities.granted), h(r.capabilities.needed), h(r.capabilities.unused), h(`${r.denials.denied}/${r.denials.decisions}`), h(dur(r.approval_latency.median_s)), h(dur(r.approval_latency.p90_s))]),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ),
    '<h2>Denials by rule</h2>',
    table(['Rule', 'Runs'], Object.entries(g.denials.by_rule).sort((a, b) => b[1] - a[1]).map(([r, n]) => [code(r), h(n)]), [1]),
    m.invalid.length ? `<h2>Invalid evidence files</h2>${table(['File', 'Problems'], m.invalid.map((i) => [code(i.file), h(i.problems.join('; '))]))}` : '',
  ].join('\n');
  return renderPage({ title: 'agent-guard metrics', body });
}
