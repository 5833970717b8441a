// One self-contained HTML page: no script, no network, a Content-Security-Policy that allows only the
// inline stylesheet, and every string from the repository or the evidence escaped. Pure.

import { escapeUnsafe } from '../text.js';

/**
 * Allows nothing but the page's own inline style: no scripts, images, fonts, frames or connections.
 * No frame-ancestors: browsers ignore it in a <meta> policy and say so on the console (a page opened from
 * a file or an artifact has no response headers to carry it).
 */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Text for an HTML element or attribute: markup characters as entities, invisible characters visible. */
export function h(text: string | number): string {
  return escapeUnsafe(String(text)).replace(/[&<>"'`=]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
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

export interface Page {
  title: string;
  /** Already-escaped HTML of the body. */
  body: string;
}

export function renderPage(p: Page): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${h(CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(p.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body><main>',
    p.body,
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}

export function tile(label: string, value: string | number, detail?: string): string {
  return `<div class="tile"><div class="k">${h(label)}</div><div class="v">${h(value)}</div>${detail !== undefined ? `<div class="d">${h(detail)}</div>` : ''}</div>`;
}

/** A table; cells are already-escaped HTML. Columns named in `numeric` are right-aligned. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []): string {
  const cls = (i: number) => (numeric.includes(i) ? ' class="n"' : '');
  return `<table><thead><tr>${head.map((c, i) => `<th${cls(i)}>${h(c)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

export function code(text: string): string {
  return `<code>${h(text)}</code>`;
}
