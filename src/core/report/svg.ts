// Charts as inline SVG (no script, no external reference): stacked horizontal bars and trend lines.
// Every label is escaped; numbers are formatted here, never taken as markup.

import { h } from './page.js';

export interface Series {
  label: string;
  color: string;
  values: number[];
}

function legend(series: readonly { label: string; color: string }[]): string {
  return `<div class="legend">${series.map((s) => `<span><i style="background:${s.color}"></i>${h(s.label)}</span>`).join('')}</div>`;
}

/** One stacked bar per row (label, then one segment per series), scaled to the row's total. */
export function stackedBars(caption: string, rows: readonly { label: string; parts: number[] }[], series: readonly { label: string; color: string }[]): string {
  const width = 480;
  const labelW = 150;
  const barW = width - labelW - 60;
  const rowH = 24;
  const height = rows.length * rowH + 4;
  const bars = rows
    .map((r, i) => {
      const total = r.parts.reduce((a, b) => a + b, 0);
      let x = labelW;
      const y = i * rowH + 4;
      const segs = r.parts
        .map((v, k) => {
          const w = total === 0 ? 0 : (barW * v) / total;
          const s = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${series[k]!.color}"><title>${h(`${series[k]!.label}: ${v}`)}</title></rect>`;
          x += w;
          return s;
        })
        .join('');
      return `<text x="0" y="${y + rowH / 2}">${h(r.label)}</text>${segs}<text x="${labelW + barW + 6}" y="${y + rowH / 2}">${h(total)}</text>`;
    })
    .join('');
  return `<figure><figcaption>${h(caption)}</figcaption><svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${h(caption)}">${bars}</svg>${legend(series)}</figure>`;
}

/** Lines over labelled points (months); the y axis starts at 0. */
export function trendLines(caption: string, labels: readonly string[], series: readonly Series[]): string {
  const width = 480;
  const height = 200;
  const left = 36;
  const bottom = 22;
  const top = 8;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const n = labels.length;
  const x = (i: number) => left + (n <= 1 ? (width - left) / 2 : ((width - left - 8) * i) / (n - 1));
  const y = (v: number) => top + (height - top - bottom) * (1 - v / max);
  const grid = [0, 0.5, 1]
    .map((f) => `<line x1="${left}" x2="${width}" y1="${y(max * f).toFixed(1)}" y2="${y(max * f).toFixed(1)}" stroke="#d0d7de" stroke-width="1"/><text x="0" y="${(y(max * f) + 4).toFixed(1)}">${h(formatNumber(max * f))}</text>`)
    .join('');
  // As many labels as fit side by side (a digit is about 7 units wide at 11px in the usual fonts).
  const labelW = 7 * Math.max(1, ...labels.map((l) => l.length)) + 12;
  const step = Math.max(1, Math.ceil(n / Math.max(1, Math.floor((width - left - 8) / labelW))));
  // Every step-th label and the last; a regular one too close to the last (drawn ending at its point) is left out.
  const tick = (i: number) => i === n - 1 || (i % step === 0 && n - 1 - i >= Math.ceil(step * 1.5));
  const ticks = labels.map((l, i) => (tick(i) ? `<text x="${x(i).toFixed(1)}" y="${height - 6}" text-anchor="${n > 1 && i === n - 1 ? 'end' : 'middle'}">${h(l)}</text>` : '')).join('');
  const lines = series
    .map((s) => {
      const pts = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      const dots = n === 1 ? s.values.map((v, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${s.color}"/>`).join('') : '';
      return `<polyline points="${pts}" fill="none" stroke="${s.color}" stroke-width="2"><title>${h(s.label)}</title></polyline>${dots}`;
    })
    .join('');
  return `<figure><figcaption>${h(caption)}</figcaption><svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${h(caption)}">${grid}${ticks}${lines}</svg>${legend(series)}</figure>`;
}

function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : v < 10 ? v.toFixed(1) : String(Math.round(v));
}
