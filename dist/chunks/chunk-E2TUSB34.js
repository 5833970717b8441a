import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  displayPath
} from "./chunk-BC5MZYTJ.js";
import {
  oneLine
} from "./chunk-ERUCQBI4.js";

// src/core/report/markdown.ts
function md(text) {
  return oneLine(text).replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`);
}
function mdCode(text) {
  const safe = oneLine(displayPath(text)).replace(/`/g, "'");
  return `\`${safe.replace(/\|/g, "\\|")}\``;
}
function mdTable(head, rows) {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
}
function pct(part, whole) {
  return whole === 0 ? "—" : `${(100 * part / whole).toFixed(1)}%`;
}

export {
  md,
  mdCode,
  mdTable,
  pct
};
