import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  parseWorkflowYaml
} from "./chunk-5NA3HWDM.js";
import "./chunk-RMNCHNTK.js";
import {
  isObj,
  own,
  str
} from "./chunk-MPYCKMVQ.js";
import "./chunk-LKLDWFYK.js";

// src/core/action-runs.ts
var NONE = Object.freeze({ files: [], dirs: [] });
function joinRepoPath(dir, rel) {
  if (rel === "" || rel.startsWith("/") || rel.includes("\\") || rel.includes("\0")) return null;
  const out = dir === "" ? [] : dir.split("/");
  for (const seg of rel.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return out.length === 0 ? null : out.join("/");
}
var ACTION_PATH_REF = /(?:\$\{\{\s*github\.action_path\s*\}\}|\$\{?GITHUB_ACTION_PATH\}?)["']?\/([A-Za-z0-9_./-]+)/g;
var RELATIVE_SCRIPT = /(?:^|[\s;&|(`"'])(\.{1,2}\/[A-Za-z0-9_./-]+|[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_.-]+)*\.(?:sh|bash|zsh|py|js|mjs|cjs|ts|rb|pl|ps1|php|lua))(?=$|[\s;&|)`"'])/g;
function actionRunPaths(metadataPath, text) {
  const parsed = parseWorkflowYaml(text);
  if (!parsed.ok || !isObj(parsed.value)) return NONE;
  const runs = own(parsed.value, "runs");
  if (!isObj(runs)) return NONE;
  const slash = metadataPath.lastIndexOf("/");
  const dir = slash === -1 ? "" : metadataPath.slice(0, slash);
  const files = /* @__PURE__ */ new Set();
  const dirs = /* @__PURE__ */ new Set();
  const add = (base, rel, withDir = false) => {
    if (rel === void 0) return;
    const p = joinRepoPath(base, rel);
    if (p === null) return;
    files.add(p);
    const d = p.lastIndexOf("/");
    if (withDir && d > 0) dirs.add(p.slice(0, d));
  };
  for (const key of ["main", "pre", "post"]) add(dir, str(own(runs, key)), true);
  const image = str(own(runs, "image"));
  if (image !== void 0 && !image.startsWith("docker://")) add(dir, image);
  const steps = own(runs, "steps");
  if (Array.isArray(steps)) {
    for (const step of steps) {
      const run = isObj(step) ? str(own(step, "run")) : void 0;
      if (run === void 0) continue;
      for (const m of run.matchAll(ACTION_PATH_REF)) add(dir, m[1]);
      for (const m of run.replace(ACTION_PATH_REF, " ").matchAll(RELATIVE_SCRIPT)) {
        add("", m[1]);
        add(dir, m[1]);
      }
    }
  }
  return { files: [...files].sort(), dirs: [...dirs].sort() };
}
export {
  actionRunPaths,
  joinRepoPath
};
