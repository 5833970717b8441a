import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  displayPath,
  md
} from "./chunk-BC5MZYTJ.js";
import {
  MAX_FINDINGS_PER_FILE
} from "./chunk-PNJUBMPM.js";

// src/core/rules/workflows/render.ts
function withWorkflowReview(evaluation, reviews) {
  const out = [];
  for (const f of evaluation.files) {
    const r = reviews.get(f.path);
    if (r === void 0 || r.introduced.length === 0 && r.existing.length === 0) continue;
    const entry = { path: f.path, introduced: r.introduced, existing: r.existing.slice(0, MAX_FINDINGS_PER_FILE) };
    if (r.existing.length > MAX_FINDINGS_PER_FILE) entry.existing_omitted = r.existing.length - MAX_FINDINGS_PER_FILE;
    out.push(entry);
  }
  if (out.length > 0) evaluation.workflow_review = out;
  return evaluation;
}
function locationText(f) {
  const w = f.where;
  if (w === void 0) return "";
  const parts = [];
  if (w.job !== void 0) parts.push(`job ${JSON.stringify(w.job)}`);
  if (w.step !== void 0) parts.push(`step ${JSON.stringify(w.step)}`);
  if (w.line !== void 0) parts.push(`line ${w.line}`);
  return parts.join(" ");
}
function textLine(f) {
  const at = locationText(f);
  return `      - [${f.rule}]${f.severity === "deny" ? " DENY" : ""}${at ? ` ${at}` : ""}: ${f.message}`;
}
function mdLine(f) {
  const at = locationText(f);
  return `- \`${f.rule}\`${f.severity === "deny" ? " **deny**" : ""}${at ? ` (${md(at)})` : ""}: ${md(f.message)}`;
}
function renderWorkflowReview(evaluation, format) {
  const reviews = evaluation.workflow_review ?? [];
  if (reviews.length === 0) return "";
  const out = [];
  if (format === "text") {
    out.push("", "workflow review:");
    for (const r of reviews) {
      out.push(`  ${displayPath(r.path)}`);
      out.push(`    introduced by this change (${r.introduced.length}):`);
      for (const f of r.introduced) out.push(textLine(f));
      if (r.existing.length > 0) {
        out.push(`    already there (${r.existing.length + (r.existing_omitted ?? 0)}; not decided by this change):`);
        for (const f of r.existing) out.push(textLine(f));
        if (r.existing_omitted) out.push(`      ...and ${r.existing_omitted} more`);
      }
    }
    return out.join("\n");
  }
  out.push("", "#### Workflow review");
  for (const r of reviews) {
    out.push("", `**\`${displayPath(r.path).replace(/`/g, "'")}\`**`, "", `Introduced by this change (${r.introduced.length}):`, "");
    for (const f of r.introduced) out.push(mdLine(f));
    if (r.existing.length > 0) {
      out.push("", `<details><summary>Already there (${r.existing.length + (r.existing_omitted ?? 0)}), not decided by this change</summary>`, "");
      for (const f of r.existing) out.push(mdLine(f));
      if (r.existing_omitted) out.push(`- …and ${r.existing_omitted} more`);
      out.push("", "</details>");
    }
  }
  return out.join("\n") + "\n";
}
function workflowAnnotations(evaluation, max = 50) {
  const out = [];
  for (const r of evaluation.workflow_review ?? []) {
    for (const f of r.introduced) {
      const a = { level: f.severity === "deny" ? "error" : "warning", message: f.message, title: `agent-guard: ${f.rule}`, file: r.path };
      if (f.where?.line !== void 0) a.startLine = f.where.line;
      out.push(a);
    }
  }
  return out.slice(0, max);
}

export {
  withWorkflowReview,
  locationText,
  renderWorkflowReview,
  workflowAnnotations
};
