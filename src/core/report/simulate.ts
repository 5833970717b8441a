// The simulation as one HTML page: the verdict (what the new policy changes) and the top risks first,
// then tiles, charts and the details with examples. Pure; every string from the history is escaped.

import { displayPath } from '../report.js';
import { TIERS } from '../tiers.js';
import { DECISIONS, type SimulationResult } from '../simulate/replay.js';
import { headline } from '../simulate/render.js';
import { pct } from './markdown.js';
import { code, h, renderPage, table, tile } from './page.js';
import { stackedBars, trendLines } from './svg.js';

const DECISION_COLORS = { allow: '#2da44e', approval_required: '#bf8700', deny: '#cf222e' } as const;
const TIER_COLORS = { low: '#8c959f', medium: '#bf8700', high: '#cf222e' } as const;

export function renderSimulationHtml(r: SimulationResult): string {
  const strict = r.verdicts.after.approval_required + r.verdicts.after.deny;
  const before = r.verdicts.before.approval_required + r.verdicts.before.deny;
  const cls = r.verdicts.after.deny > r.verdicts.before.deny ? 'bad' : strict !== before ? 'warn' : 'good';
  const risks: string[] = [];
  const changedKeys = Object.entries(r.transitions).filter(([k]) => k.split('->')[0] !== k.split('->')[1]);
  for (const [k, v] of changedKeys.slice(0, 4)) risks.push(`${code(k)}: ${h(v)} changes (${h(pct(v, r.changes))})`);
  const ba = r.actors.bot_agent;
  if (ba.changes > 0) risks.push(`bot and agent changes needing approval or denied: ${h(pct(ba.before.approval_required + ba.before.deny, ba.changes))} → ${h(pct(ba.after.approval_required + ba.after.deny, ba.changes))}`);
  const hu = r.actors.human;
  if (hu.changes > 0) risks.push(`human changes needing approval or denied: ${h(pct(hu.before.approval_required + hu.before.deny, hu.changes))} → ${h(pct(hu.after.approval_required + hu.after.deny, hu.changes))}`);
  const top = r.rules[0];
  if (top) risks.push(`the rule that fired most: ${code(top.rule)} (${h(top.after)} changes, ${h(top.before)} before)`);

  const body: string[] = [];
  body.push(`<h1>Policy simulation</h1><p class="muted">${h(r.source)}${r.period.from && r.period.to ? ` · ${h(r.period.from.slice(0, 10))} to ${h(r.period.to.slice(0, 10))}` : ''}</p>`);
  body.push(`<div class="verdict ${cls}"><strong>${h(headline(r))}.</strong></div>`);
  body.push(`<h2>Top risks</h2><ul class="risks">${risks.map((x) => `<li>${x}</li>`).join('')}</ul>`);
  for (const n of r.notes) body.push(`<p class="note">${h(n)}</p>`);
  body.push('<div class="tiles">');
  body.push(tile('changes replayed', r.changes, `${r.files} files`));
  body.push(tile('verdict changed', r.changed, pct(r.changed, r.changes)));
  for (const d of DECISIONS) body.push(tile(d.replace('_', ' '), r.verdicts.after[d], `was ${r.verdicts.before[d]}`));
  body.push('</div>');
  body.push('<div class="charts">');
  body.push(
    stackedBars(
      'Verdicts before and after',
      [
        { label: 'old policy', parts: DECISIONS.map((d) => r.verdicts.before[d]) },
        { label: 'new policy', parts: DECISIONS.map((d) => r.verdicts.after[d]) },
      ],
      DECISIONS.map((d) => ({ label: d.replace('_', ' '), color: DECISION_COLORS[d] })),
    ),
  );
  body.push(
    stackedBars(
      'Tiers before and after',
      [
        { label: 'old policy', parts: TIERS.map((t) => r.tiers.before[t]) },
        { label: 'new policy', parts: TIERS.map((t) => r.tiers.after[t]) },
      ],
      TIERS.map((t) => ({ label: t, color: TIER_COLORS[t] })),
    ),
  );
  // One month is one point: no line to draw (the bars above show before and after).
  if (r.trend.length > 1) {
    body.push(
      trendLines(
        'Changes needing approval or denied, per month',
        r.trend.map((p) => p.period),
        [
          { label: 'old policy', color: '#8c959f', values: r.trend.map((p) => p.before.approval_required + p.before.deny) },
          { label: 'new policy', color: '#0969da', values: r.trend.map((p) => p.after.approval_required + p.after.deny) },
          { label: 'all changes', color: '#d0d7de', values: r.trend.map((p) => p.changes) },
        ],
      ),
    );
  }
  body.push(
    stackedBars(
      'Who is affected (new policy)',
      [
        { label: 'human', parts: DECISIONS.map((d) => hu.after[d]) },
        { label: 'bot/agent', parts: DECISIONS.map((d) => ba.after[d]) },
      ],
      DECISIONS.map((d) => ({ label: d.replace('_', ' '), color: DECISION_COLORS[d] })),
    ),
  );
  body.push('</div>');
  body.push('<h2>Transitions</h2>', table(['transition', 'changes', 'share'], Object.entries(r.transitions).map(([k, v]) => [code(k), h(v), h(pct(v, r.changes))]), [1, 2]));
  if (r.rules.length > 0) body.push('<h2>Rules that fired most</h2>', table(['rule', 'changes before', 'changes after'], r.rules.map((x) => [code(x.rule), h(x.before), h(x.after)]), [1, 2]));
  body.push('<h2>Policies</h2>', table(['', 'source', 'sha256'], [
    ['old', h(r.policies.old.source), code(r.policies.old.sha256.slice(0, 16))],
    ['new', h(r.policies.new.source), code(r.policies.new.sha256.slice(0, 16))],
    ...(r.manifest ? [['manifest', h(r.manifest.source), code(r.manifest.sha256.slice(0, 16))]] : []),
  ]));
  const ex = Object.entries(r.examples);
  if (ex.length > 0) {
    body.push('<h2>Examples</h2>');
    for (const [k, list] of ex) {
      body.push(`<h3>${code(k)}</h3>`);
      body.push(
        table(
          ['change', 'date', 'who', 'files and why'],
          list.map((x) => [
            code(x.id.slice(0, 12)),
            h(x.date?.slice(0, 10) ?? ''),
            `${h(x.actor)}${x.who ? ` <span class="muted">${h(x.who)}</span>` : ''}`,
            x.files.map((f) => `${code(displayPath(f.path))} ${h(f.before)} → ${h(f.after)}<br><span class="muted">${h(f.reason)}</span>`).join('<br>'),
          ]),
        ),
      );
    }
  }
  body.push(`<p class="note">replayed in ${h(r.timings.total_ms)} ms · agent-guard simulate</p>`);
  return renderPage({ title: 'agent-guard policy simulation', body: body.join('\n') });
}
