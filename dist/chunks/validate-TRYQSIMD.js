import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  pathOnlyEntry
} from "./chunk-CY7CBFUB.js";
import {
  VALIDATE_USAGE
} from "./chunk-BQJOJHLI.js";
import {
  EXIT,
  UsageError
} from "./chunk-S3PUWAI4.js";
import {
  evaluateChange,
  formatProblem,
  loadManifest,
  loadPolicy,
  manifestViolations
} from "./chunk-PJTHROFU.js";
import {
  BASELINE_POLICY,
  DEFAULT_POLICY_PATH,
  MAX_DOCUMENT_BYTES,
  compilePolicy,
  isTier
} from "./chunk-PYCTWVWR.js";
import {
  FileReadError,
  readBoundedFile
} from "./chunk-PFF3JMPW.js";
import "./chunk-KIJD36VT.js";
import "./chunk-HTLVP5OR.js";
import {
  isObj,
  own,
  quoteUntrusted,
  str
} from "./chunk-7LDW7BD4.js";
import "./chunk-LKLDWFYK.js";

// src/cli/validate.ts
import { parseArgs } from "node:util";

// src/core/policy-examples.ts
var DECISIONS = ["allow", "approval_required", "deny"];
function readPolicyExamples(document) {
  const raw = isObj(document) ? own(document, "examples") : void 0;
  const examples = [];
  const problems = [];
  if (!Array.isArray(raw)) return { examples, problems };
  raw.forEach((x, index) => {
    if (!isObj(x)) return;
    const pointer = `/examples/${index}`;
    const path = str(own(x, "path"));
    const list = own(x, "paths");
    const paths = path !== void 0 ? [path] : Array.isArray(list) ? list.filter((p) => typeof p === "string") : [];
    const verdict = str(own(x, "verdict"));
    const tier = str(own(x, "tier"));
    if (path === void 0 === (list === void 0)) problems.push({ code: "policy_example_invalid", message: `example ${index + 1}: give exactly one of path and paths`, pointer });
    else if (verdict === void 0 && tier === void 0) problems.push({ code: "policy_example_invalid", message: `example ${index + 1}: give the verdict or the tier the change must get`, pointer });
    else {
      examples.push({
        index,
        name: str(own(x, "name")),
        paths,
        status: str(own(x, "status")) ?? "modified",
        executable: own(x, "executable") === true,
        verdict: verdict !== void 0 && DECISIONS.includes(verdict) ? verdict : void 0,
        tier: tier !== void 0 && isTier(tier) ? tier : void 0
      });
    }
  });
  return { examples, problems };
}
function entryOf(ex, path) {
  const e = pathOnlyEntry(ex.status, path);
  if (ex.executable && e.newKind !== "none") {
    e.newKind = "executable";
    e.newMode = "100755";
    if (ex.status === "modified") {
      e.oldKind = "executable";
      e.oldMode = "100755";
    }
  }
  return e;
}
function checkPolicyExamples(policy, examples, opts = {}) {
  if (examples.length === 0) return [];
  const compiled = compilePolicy(policy, { policyPath: opts.policyPath ?? DEFAULT_POLICY_PATH });
  const problems = [];
  for (const ex of examples) {
    const e = evaluateChange({ base: "", head: "example", mergeBase: "", entries: ex.paths.map((p) => entryOf(ex, p)) }, { compiled, source: "policy", sha256: "" }, null);
    const wrong = [];
    if (ex.verdict !== void 0 && e.verdict !== ex.verdict) wrong.push(`verdict ${e.verdict}, not ${ex.verdict}`);
    if (ex.tier !== void 0 && e.tier !== ex.tier) wrong.push(`tier ${e.tier}, not ${ex.tier}`);
    if (wrong.length === 0) continue;
    const top = e.files.find((f) => f.decision === e.verdict && f.tier === e.tier) ?? e.files[0];
    const why = top ? `: ${quoteUntrusted(top.path)} ${top.reasons[0]?.message ?? ""}` : "";
    const label = ex.name !== void 0 ? ` (${quoteUntrusted(ex.name)})` : "";
    const what = ex.paths.length === 1 ? quoteUntrusted(ex.paths[0]) : `${ex.paths.length} files`;
    problems.push({ code: "policy_example_failed", message: `example ${ex.index + 1}${label}: ${ex.status} ${what} gets ${wrong.join(" and ")}${why}`, pointer: `/examples/${ex.index}` });
  }
  return problems;
}

// src/cli/validate.ts
async function runValidate(argv, io) {
  const { values } = parseArgs({
    args: argv,
    options: {
      policy: { type: "string" },
      manifest: { type: "string", multiple: true },
      format: { type: "string", default: "text" }
    },
    strict: true,
    allowPositionals: false
  });
  const format = values.format;
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json, not ${JSON.stringify(format)}`);
  const manifests = values.manifest ?? [];
  if (values.policy === void 0 && manifests.length === 0) throw new UsageError(`nothing to validate: give --policy and/or --manifest
usage: ${VALIDATE_USAGE}`);
  const reports = [];
  let policy;
  let policyValid = true;
  if (values.policy !== void 0) {
    const outcome = await read(values.policy, (bytes) => loadPolicy(bytes, values.policy));
    if (outcome.ok) policy = outcome.loaded.value;
    else policyValid = false;
    const r = report(values.policy, "policy", outcome);
    if (outcome.ok && policy) {
      const { examples, problems } = readPolicyExamples(outcome.loaded.doc.value);
      const failed = [...problems, ...checkPolicyExamples(policy, examples)];
      r.problems.push(...failed.map((p) => ({ ...p, location: outcome.loaded.doc.locate(p.pointer ?? "") })));
      if (failed.length > 0) policyValid = r.valid = false;
    }
    reports.push(r);
  }
  const now = /* @__PURE__ */ new Date();
  for (const file of manifests) {
    const outcome = await read(file, (bytes) => loadManifest(bytes, file));
    const r = report(file, "manifest", outcome);
    if (outcome.ok) {
      r.problems.push(...policy ? manifestViolations(outcome.loaded, policy, { now }) : expiryViolations(outcome.loaded, now));
      r.valid = r.problems.length === 0;
    }
    reports.push(r);
  }
  const valid = policyValid && reports.every((r) => r.valid);
  if (format === "json") {
    io.out(
      JSON.stringify(
        {
          valid,
          files: reports.map((r) => ({
            ...r,
            problems: r.problems.map((p) => ({ file: p.location?.file ?? r.file, line: p.location?.line ?? null, column: p.location?.column ?? null, code: p.code, message: p.message }))
          }))
        },
        null,
        2
      )
    );
  } else {
    for (const r of reports) {
      if (r.valid) io.out(`${r.file}: valid ${r.kind}`);
      for (const p of r.problems) io.out(formatProblem(p));
    }
    if (values.policy !== void 0 && !policyValid && manifests.length > 0) io.out("manifests were not checked against the policy, because the policy is invalid");
  }
  return valid ? EXIT.OK : EXIT.INVALID;
}
function expiryViolations(manifest, now) {
  return manifestViolations(manifest, BASELINE_POLICY, { now }).filter((p) => p.code === "manifest_expired");
}
async function read(file, parse) {
  try {
    return parse(await readBoundedFile(file, MAX_DOCUMENT_BYTES));
  } catch (err) {
    if (err instanceof FileReadError) return { ok: false, problems: [{ code: "file_read", message: err.message, location: { file, line: 1, column: 1 } }] };
    throw err;
  }
}
function report(file, kind, outcome) {
  return outcome.ok ? { file, kind, valid: true, sha256: outcome.loaded.sha256, problems: [] } : { file, kind, valid: false, problems: outcome.problems };
}
export {
  runValidate
};
