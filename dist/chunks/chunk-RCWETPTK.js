import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  escapeUnsafe
} from "./chunk-ERUCQBI4.js";

// src/core/report/page.ts
var CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
function h(text) {
  return escapeUnsafe(String(text)).replace(/[&<>"'`=]/g, (c) => `&#${c.charCodeAt(0)};`);
}
var STYLE = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--panel:#f6f8fa;--allow:#2da44e;--approval:#bf8700;--deny:#cf222e;--low:#8c959f;--medium:#bf8700;--high:#cf222e;--accent:#0969da}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:14px;margin:16px 0 6px}
.verdict{padding:14px 16px;border-radius:8px;border-left:6px solid var(--accent);background:var(--panel);margin:12px 0}
.verdict.bad{border-color:var(--deny)}.verdict.warn{border-color:var(--approval)}.verdict.good{border-color:var(--allow)}
.verdict strong{font-size:16px}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;margin:12px 0}
.tiles.wide{grid-template-columns:repeat(auto-fit,minmax(280px,1fr))}
.tile{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.tile .v{font-size:22px;font-weight:600}.tile .k{color:var(--muted);font-size:12px}.tile .d{font-size:12px;color:var(--muted)}
.risks{margin:8px 0 0;padding-left:20px}.risks li{margin:4px 0}.risks li.bad{color:var(--deny);font-weight:600}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:13px}th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--panel);font-weight:600}td:first-child{min-width:14em}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--panel);padding:1px 4px;border-radius:4px;overflow-wrap:anywhere}
.muted{color:var(--muted)}.note{color:var(--muted);font-size:12px;margin:2px 0}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,440px),1fr));gap:16px}
figure{margin:0;background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:10px}figcaption{font-size:12px;color:var(--muted);margin-bottom:6px}
svg text{font:11px system-ui,sans-serif;fill:var(--muted)}
.legend span{display:inline-block;margin-right:10px;font-size:12px}.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
`;
function renderPage(p) {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${h(CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(p.title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body><main>",
    p.body,
    "</main></body>",
    "</html>",
    ""
  ].join("\n");
}
function tile(label, value, detail) {
  return `<div class="tile"><div class="k">${h(label)}</div><div class="v">${h(value)}</div>${detail !== void 0 ? `<div class="d">${h(detail)}</div>` : ""}</div>`;
}
function table(head, rows, numeric = []) {
  const cls = (i) => numeric.includes(i) ? ' class="n"' : "";
  return `<table><thead><tr>${head.map((c, i) => `<th${cls(i)}>${h(c)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
}
function code(text) {
  return `<code>${h(text)}</code>`;
}

// src/core/report/svg.ts
function legend(series) {
  return `<div class="legend">${series.map((s) => `<span><i style="background:${s.color}"></i>${h(s.label)}</span>`).join("")}</div>`;
}
function stackedBars(caption, rows, series) {
  const width = 480;
  const labelW = 150;
  const barW = width - labelW - 60;
  const rowH = 24;
  const height = rows.length * rowH + 4;
  const bars = rows.map((r, i) => {
    const total = r.parts.reduce((a, b) => a + b, 0);
    let x = labelW;
    const y = i * rowH + 4;
    const segs = r.parts.map((v, k) => {
      const w = total === 0 ? 0 : barW * v / total;
      const s = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${series[k].color}"><title>${h(`${series[k].label}: ${v}`)}</title></rect>`;
      x += w;
      return s;
    }).join("");
    return `<text x="0" y="${y + rowH / 2}">${h(r.label)}</text>${segs}<text x="${labelW + barW + 6}" y="${y + rowH / 2}">${h(total)}</text>`;
  }).join("");
  return `<figure><figcaption>${h(caption)}</figcaption><svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${h(caption)}">${bars}</svg>${legend(series)}</figure>`;
}
function trendLines(caption, labels, series) {
  const width = 480;
  const height = 200;
  const left = 36;
  const bottom = 22;
  const top = 8;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const n = labels.length;
  const x = (i) => left + (n <= 1 ? (width - left) / 2 : (width - left - 8) * i / (n - 1));
  const y = (v) => top + (height - top - bottom) * (1 - v / max);
  const grid = [0, 0.5, 1].map((f) => `<line x1="${left}" x2="${width}" y1="${y(max * f).toFixed(1)}" y2="${y(max * f).toFixed(1)}" stroke="#d0d7de" stroke-width="1"/><text x="0" y="${(y(max * f) + 4).toFixed(1)}">${h(formatNumber(max * f))}</text>`).join("");
  const labelW = 7 * Math.max(1, ...labels.map((l) => l.length)) + 12;
  const step = Math.max(1, Math.ceil(n / Math.max(1, Math.floor((width - left - 8) / labelW))));
  const tick = (i) => i === n - 1 || i % step === 0 && n - 1 - i >= Math.ceil(step * 1.5);
  const ticks = labels.map((l, i) => tick(i) ? `<text x="${x(i).toFixed(1)}" y="${height - 6}" text-anchor="${n > 1 && i === n - 1 ? "end" : "middle"}">${h(l)}</text>` : "").join("");
  const lines = series.map((s) => {
    const pts = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
    const dots = n === 1 ? s.values.map((v, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${s.color}"/>`).join("") : "";
    return `<polyline points="${pts}" fill="none" stroke="${s.color}" stroke-width="2"><title>${h(s.label)}</title></polyline>${dots}`;
  }).join("");
  return `<figure><figcaption>${h(caption)}</figcaption><svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${h(caption)}">${grid}${ticks}${lines}</svg>${legend(series)}</figure>`;
}
function formatNumber(v) {
  return Number.isInteger(v) ? String(v) : v < 10 ? v.toFixed(1) : String(Math.round(v));
}

export {
  h,
  renderPage,
  tile,
  table,
  code,
  stackedBars,
  trendLines
};
