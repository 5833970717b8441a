import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  reasonLine
} from "./chunk-QM3FMFE2.js";
import {
  tierRank
} from "./chunk-DIY5OXXZ.js";
import {
  quoteUntrusted
} from "./chunk-ERUCQBI4.js";

// src/core/report.ts
var SAFE_TEXT = /^[\x21-\x7e\u00a0-\u00ac\u00ae-\u05ff\u0700-\u167f\u1681-\u1fff\u2070-\u2fff\u3001-\ud7ff\uf900-\ufefe\uff00-\ufff8]*$/u;
function displayPath(path) {
  return SAFE_TEXT.test(path) && !path.startsWith("::") ? path : quoteUntrusted(path);
}
var TEXT_MEDIUM_ALLOWED_SHOWN = 100;
var DECISION_ORDER = { deny: 0, approval_required: 1, allow: 2 };
function sortFiles(files) {
  return [...files].sort((a, b) => DECISION_ORDER[a.decision] - DECISION_ORDER[b.decision] || tierRank(b.tier) - tierRank(a.tier));
}
function fileLine(f) {
  const name = f.previous_path !== void 0 ? `${displayPath(f.previous_path)} -> ${displayPath(f.path)}` : displayPath(f.path);
  return `  ${f.decision.padEnd(17)} ${f.tier.padEnd(6)} ${f.status.padEnd(12)} ${name}${f.capability ? `  [${f.capability}]` : ""}`;
}
function renderText(e, opts = {}) {
  const lines = [];
  lines.push(`agent-guard: ${e.summary}`);
  lines.push(`  base ${e.base}  head ${e.head}${e.merge_base ? `  merge-base ${e.merge_base}` : ""}`);
  lines.push(`  policy: ${e.policy.source}${e.policy.sha256 ? ` (sha256 ${e.policy.sha256.slice(0, 16)})` : ""}`);
  lines.push(`  manifest: ${e.manifest ? `${e.manifest.source} (sha256 ${e.manifest.sha256.slice(0, 16)})` : "none"}`);
  for (const note of e.notes) lines.push(`  note: ${note}`);
  if (e.violations.length > 0) {
    lines.push("violations:");
    for (const v of e.violations) lines.push(`  ${v.code}${v.path !== void 0 ? ` ${displayPath(v.path)}` : ""}: ${v.message} [${v.rule}]`);
  }
  let shown;
  let moreMedium = 0;
  if (opts.all) shown = e.files;
  else {
    shown = [];
    for (const f of e.files) {
      if (f.decision !== "allow" || f.tier === "high") shown.push(f);
      else if (f.tier === "medium") {
        if (moreMedium < TEXT_MEDIUM_ALLOWED_SHOWN) shown.push(f);
        moreMedium++;
      }
    }
    moreMedium = Math.max(0, moreMedium - TEXT_MEDIUM_ALLOWED_SHOWN);
  }
  if (shown.length > 0) {
    lines.push(`files (${shown.length} of ${e.files.length}${shown.length < e.files.length ? ", low-tier allowed files hidden" : ""}):`);
    for (const f of sortFiles(shown)) {
      lines.push(fileLine(f));
      for (const r of f.reasons) lines.push(`      - ${reasonLine(r)}`);
    }
    if (moreMedium > 0) lines.push(`  ...and ${moreMedium} more allowed medium-tier file(s) (--all lists them; --format json has every file)`);
  } else if (e.files.length > 0) {
    lines.push(`files: ${e.files.length}, all low tier and allowed`);
  }
  if (e.manifest) {
    lines.push(`capabilities: granted ${e.capabilities.granted.join(", ") || "none"}; used ${e.capabilities.used.join(", ") || "none"}; unused ${e.capabilities.unused.join(", ") || "none"}`);
  }
  return lines.join("\n");
}
function md(text) {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`);
}
function mdCode(text) {
  const safe = displayPath(text).replace(/`/g, "'");
  return `\`${safe.replace(/\|/g, "\\|")}\``;
}
function renderMarkdown(e) {
  const icon = e.verdict === "allow" ? "✅" : e.verdict === "approval_required" ? "🟡" : "⛔";
  const out = [];
  out.push(`### ${icon} agent-guard: ${md(e.verdict.replace("_", " "))} (tier ${e.tier})`);
  out.push("");
  out.push(md(e.summary));
  out.push("");
  out.push(`| | |
|---|---|
| base | \`${e.base}\` |
| head | \`${e.head}\` |
| policy | ${md(e.policy.source)} \`${e.policy.sha256.slice(0, 16)}\` |
| manifest | ${e.manifest ? `${md(e.manifest.source)} \`${e.manifest.sha256.slice(0, 16)}\`` : "none"} |`);
  for (const note of e.notes) out.push("", `> ${md(note)}`);
  if (e.violations.length > 0) {
    out.push("", "#### Violations", "");
    for (const v of e.violations) out.push(`- **${md(v.code)}**${v.path !== void 0 ? ` ${mdCode(v.path)}` : ""}: ${md(v.message)} (\`${v.rule}\`)`);
  }
  if (e.files.length > 0) {
    out.push("", "#### Files", "", "| decision | tier | status | path | capability | why |", "|---|---|---|---|---|---|");
    const sorted = sortFiles(e.files);
    for (const f of sorted.slice(0, 500)) {
      const path = f.previous_path !== void 0 ? `${mdCode(f.previous_path)} → ${mdCode(f.path)}` : mdCode(f.path);
      out.push(`| ${f.decision} | ${f.tier} | ${f.status} | ${path} | ${f.capability ?? "—"} | ${f.reasons.map((r) => `${md(r.message)} (\`${r.rule}\`)`).join("<br>")} |`);
    }
    if (sorted.length > 500) out.push("", `…and ${sorted.length - 500} more files (see the evidence file).`);
  }
  if (e.manifest) {
    out.push("", `Capabilities granted: ${e.capabilities.granted.join(", ") || "none"}; used: ${e.capabilities.used.join(", ") || "none"}; unused: ${e.capabilities.unused.join(", ") || "none"}.`);
  }
  return out.join("\n") + "\n";
}

export {
  displayPath,
  TEXT_MEDIUM_ALLOWED_SHOWN,
  sortFiles,
  renderText,
  md,
  renderMarkdown
};
