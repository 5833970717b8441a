// The simulation as text for a terminal and as Markdown for a job summary. Every string that comes
// from the repository or the history (paths, names, reasons) is escaped for its medium.

import { displayPath } from '../report.js';
import { md, mdCode, mdTable, pct } from '../report/markdown.js';
import { oneLine } from '../text.js';
import { TIERS } from '../tiers.js';
import { DECISIONS, type SimulationResult } from './replay.js';

const GROUPS = [
  ['human', 'human'],
  ['bot_agent', 'bot/agent'],
] as const;

/** One sentence: what the new policy changes. */
export function headline(r: SimulationResult): string {
  const up = r.verdicts.after.approval_required + r.verdicts.after.deny - (r.verdicts.before.approval_required + r.verdicts.before.deny);
  const direction = up > 0 ? `${up} more need approval or are denied` : up < 0 ? `${-up} fewer need approval or are denied` : 'as many need approval or are denied';
  return `${r.changed} of ${r.changes} changes (${pct(r.changed, r.changes)}) get another verdict under the new policy; ${direction}`;
}

function sourceLine(r: SimulationResult): string {
  const period = r.period.from && r.period.to ? `, ${r.period.from.slice(0, 10)} .. ${r.period.to.slice(0, 10)}` : '';
  return `${r.changes} changes (${r.files} files) from ${r.source}${period}`;
}

export function renderSimulationText(r: SimulationResult): string {
  const out: string[] = [];
  out.push(`agent-guard simulate: ${oneLine(sourceLine(r))}`);
  out.push(`  ${headline(r)}`);
  out.push(`  old policy: ${oneLine(r.policies.old.source)}${short(r.policies.old.sha256)}`);
  out.push(`  new policy: ${oneLine(r.policies.new.source)}${short(r.policies.new.sha256)}`);
  if (r.manifest) out.push(`  manifest: ${oneLine(r.manifest.source)}${short(r.manifest.sha256)}`);
  for (const n of r.notes) out.push(`  note: ${oneLine(n)}`);
  out.push('', 'verdicts            before    after');
  for (const d of DECISIONS) out.push(`  ${d.padEnd(17)} ${String(r.verdicts.before[d]).padStart(7)}  ${String(r.verdicts.after[d]).padStart(7)}`);
  out.push('', 'tiers               before    after');
  for (const t of TIERS) out.push(`  ${t.padEnd(17)} ${String(r.tiers.before[t]).padStart(7)}  ${String(r.tiers.after[t]).padStart(7)}`);
  out.push('', 'transitions');
  for (const [k, v] of Object.entries(r.transitions)) out.push(`  ${k.padEnd(36)} ${String(v).padStart(7)}`);
  out.push('', 'who                 changes   approval before -> after   denied before -> after');
  for (const [key, label] of GROUPS) {
    const g = r.actors[key];
    out.push(`  ${label.padEnd(17)} ${String(g.changes).padStart(7)}   ${pct(g.before.approval_required, g.changes).padStart(6)} -> ${pct(g.after.approval_required, g.changes).padEnd(13)} ${pct(g.before.deny, g.changes).padStart(6)} -> ${pct(g.after.deny, g.changes)}`);
  }
  if (r.rules.length > 0) {
    out.push('', 'rules that fired most (changes needing approval or denied: before -> after)');
    for (const rule of r.rules) out.push(`  ${oneLine(rule.rule).padEnd(48)} ${String(rule.before).padStart(6)} -> ${rule.after}`);
  }
  const transitions = Object.entries(r.examples);
  if (transitions.length > 0) {
    out.push('', 'examples');
    for (const [k, list] of transitions) {
      out.push(`  ${k}`);
      for (const x of list) {
        out.push(`    ${x.id.slice(0, 12)} ${x.date?.slice(0, 10) ?? '          '} ${x.actor}${x.who ? ` (${oneLine(x.who)})` : ''}, tier ${x.tier.before} -> ${x.tier.after}`);
        for (const f of x.files) out.push(`      ${displayPath(f.path)}: ${f.before} -> ${f.after}: ${oneLine(f.reason)}`);
      }
    }
  }
  out.push('', `replayed in ${r.timings.total_ms} ms (${r.timings.cpu_ms} ms CPU)`);
  return out.join('\n');
}

function short(sha: string): string {
  return sha ? ` (sha256 ${sha.slice(0, 16)})` : '';
}

export function renderSimulationMarkdown(r: SimulationResult): string {
  const out: string[] = [];
  out.push(`### agent-guard simulate: ${md(headline(r))}`, '');
  out.push(md(sourceLine(r)) + '.', '');
  out.push(...mdTable(['', 'source', 'sha256'], [
    ['old policy', md(r.policies.old.source), r.policies.old.sha256 ? `\`${r.policies.old.sha256.slice(0, 16)}\`` : '—'],
    ['new policy', md(r.policies.new.source), r.policies.new.sha256 ? `\`${r.policies.new.sha256.slice(0, 16)}\`` : '—'],
    ...(r.manifest ? [['manifest', md(r.manifest.source), `\`${r.manifest.sha256.slice(0, 16)}\``]] : []),
  ]));
  for (const n of r.notes) out.push('', `> ${md(n)}`);
  out.push('', '#### Transitions', '', ...mdTable(['transition', 'changes', 'share'], Object.entries(r.transitions).map(([k, v]) => [`\`${k}\``, String(v), pct(v, r.changes)])));
  out.push('', '#### Verdicts and tiers', '', ...mdTable(['', 'before', 'after'], [
    ...DECISIONS.map((d) => [d.replace('_', ' '), String(r.verdicts.before[d]), String(r.verdicts.after[d])]),
    ...TIERS.map((t) => [`tier ${t}`, String(r.tiers.before[t]), String(r.tiers.after[t])]),
  ]));
  out.push('', '#### Who is affected', '', ...mdTable(['who', 'changes', 'approval required (before → after)', 'denied (before → after)'], GROUPS.map(([key, label]) => {
    const g = r.actors[key];
    return [label, String(g.changes), `${pct(g.before.approval_required, g.changes)} → ${pct(g.after.approval_required, g.changes)}`, `${pct(g.before.deny, g.changes)} → ${pct(g.after.deny, g.changes)}`];
  })));
  if (r.rules.length > 0) out.push('', '#### Rules that fired most', '', ...mdTable(['rule', 'changes before', 'changes after'], r.rules.map((x) => [mdCode(x.rule), String(x.before), String(x.after)])));
  const ex = Object.entries(r.examples);
  if (ex.length > 0) {
    out.push('', '#### Examples');
    for (const [k, list] of ex) {
      out.push('', `**\`${k}\`**`, '');
      for (const x of list) {
        const files = x.files.map((f) => `${mdCode(f.path)} (${md(f.reason)})`).join('; ');
        out.push(`- ${mdCode(x.id.slice(0, 12))} ${x.date ? md(x.date.slice(0, 10)) : ''} ${x.actor}${x.who ? ` ${md(x.who)}` : ''}: ${files}`);
      }
    }
  }
  return out.join('\n') + '\n';
}
