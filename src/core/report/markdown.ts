// Escaping for the Markdown the reports write (job summaries, docs): repository-controlled text can
// neither start markup, links or HTML, nor break a table row or a line.

import { displayPath } from '../report.js';
import { oneLine } from '../text.js';

/** Text in a Markdown paragraph or table cell: every character with a Markdown meaning escaped. */
export function md(text: string): string {
  return oneLine(text).replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`);
}

/** A path or id as inline code: no backtick can close it, no pipe can end the cell. */
export function mdCode(text: string): string {
  const safe = oneLine(displayPath(text)).replace(/`/g, "'");
  return `\`${safe.replace(/\|/g, '\\|')}\``;
}

/** A Markdown table; every cell is already escaped by the caller. */
export function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** A share as a percentage with one decimal ("—" when there is nothing to divide). */
export function pct(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}
