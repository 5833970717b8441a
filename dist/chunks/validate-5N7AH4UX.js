import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  VALIDATE_USAGE
} from "./chunk-6WIQIFBN.js";
import {
  EXIT,
  UsageError
} from "./chunk-S3PUWAI4.js";
import {
  formatProblem,
  loadManifest,
  loadPolicy,
  manifestViolations
} from "./chunk-56M6AEYA.js";
import {
  BASELINE_POLICY,
  MAX_DOCUMENT_BYTES
} from "./chunk-HIH5H5C6.js";
import {
  FileReadError,
  readBoundedFile
} from "./chunk-PFF3JMPW.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-UY6KSUSX.js";

// src/cli/validate.ts
import { parseArgs } from "node:util";
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
    reports.push(report(values.policy, "policy", outcome));
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
