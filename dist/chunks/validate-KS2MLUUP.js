import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  pathOnlyEntry
} from "./chunk-4PGKYDX6.js";
import {
  VALIDATE_USAGE
} from "./chunk-43QKUSSP.js";
import {
  EXIT,
  UsageError
} from "./chunk-S3PUWAI4.js";
import {
  classifyPath,
  evaluateChange,
  identifyPath,
  isNarrowGlob
} from "./chunk-YHIAEXRV.js";
import "./chunk-HMQHJBD5.js";
import "./chunk-QM3FMFE2.js";
import {
  FileReadError,
  readBoundedFile
} from "./chunk-PFF3JMPW.js";
import {
  formatProblem,
  loadManifest,
  loadPolicy,
  manifestViolations
} from "./chunk-5S2ND2EP.js";
import {
  BASELINE_POLICY,
  GLOB_OPTIONS,
  braceExpand,
  compilePolicy
} from "./chunk-EE7EZIWX.js";
import "./chunk-PNJUBMPM.js";
import {
  isTier,
  tierRank
} from "./chunk-DIY5OXXZ.js";
import {
  DEFAULT_POLICY_PATH,
  foldPath
} from "./chunk-FVZA7SE4.js";
import "./chunk-Q3GSJBK5.js";
import "./chunk-HTLVP5OR.js";
import {
  quoteUntrusted
} from "./chunk-ERUCQBI4.js";
import "./chunk-5NA3HWDM.js";
import {
  MAX_DOCUMENT_BYTES
} from "./chunk-RMNCHNTK.js";
import {
  isObj,
  own,
  str
} from "./chunk-MPYCKMVQ.js";
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

// src/core/policy-warnings.ts
function policyWarnings(policy, opts = {}) {
  const warnings = [];
  const compiled = compilePolicy(policy);
  const lowered = ["low", "medium"];
  for (const tier of lowered) {
    policy.tiers[tier].forEach((glob, i) => {
      const pointer = `/tiers/${tier}/${i}`;
      rootOnly(glob, `tiers.${tier}`, pointer, warnings);
      tierRule(glob, tier, pointer, compiled, warnings);
    });
  }
  policy.protected.forEach((glob, i) => rootOnly(glob, "protected", `${opts.protectedPointer ?? "/protected"}/${i}`, warnings));
  for (const [name, def] of Object.entries(policy.capabilities)) {
    def.paths.forEach((glob, i) => rootOnly(glob, `capabilities.${name}.paths`, `/capabilities/${name.replace(/~/g, "~0").replace(/\//g, "~1")}/paths/${i}`, warnings));
  }
  exemptions(policy, warnings);
  return warnings;
}
function rootOnly(glob, where, pointer, warnings) {
  if (glob.includes("/") || !/[*?[]/.test(glob)) return;
  warnings.push({
    code: "glob_root_only",
    message: `${where}: ${quoteUntrusted(glob)} has no "/", so it matches files at the repository root only ("*" never crosses a directory); write ${quoteUntrusted(`**/${glob}`)} for every directory`,
    pointer
  });
}
function tierRule(glob, tier, pointer, compiled, warnings) {
  const paths = examplePaths(glob);
  if (paths.length === 0) return;
  const where = `tiers.${tier}: ${quoteUntrusted(glob)}`;
  const shielded = paths.map((p) => ({ p, c: classifyPath(p, compiled) })).find(({ c }) => c.protected);
  if (shielded) {
    const why = shielded.c.reasons[0]?.message ?? "protected";
    warnings.push({
      code: "tier_rule_protected",
      message: `${where} never lowers protected paths such as ${quoteUntrusted(shielded.p)} (${why}): the protected set is always high. To lower one built-in protected file, name its exact path under protected.exempt with a reason`,
      pointer
    });
    return;
  }
  const exempt = new Set((compiled.policy.protectedExempt ?? []).map((e) => e.path));
  const above = paths.map((p) => ({ p, id: identifyPath(foldPath(p)) })).filter(({ p, id }) => !exempt.has(p) && id.floor !== null && tierRank(id.floor) > tierRank(tier));
  if (above.length === 0) return;
  const first = above[0];
  if (!isNarrowGlob(glob)) {
    if (above.length === paths.length) {
      warnings.push({
        code: "tier_rule_never_applies",
        message: `${where} can never take effect: a directory-wide pattern gives its tier only to files identified as content (source, documentation, tests, assets, data), and ${quoteUntrusted(first.p)} is not: ${first.id.message}. Name the files by exact path or a narrow name pattern`,
        pointer
      });
    }
    return;
  }
  warnings.push({
    code: "tier_rule_lowers_loaded_file",
    message: `${where} lowers a file that changes behaviour beyond its diff to ${tier} (${quoteUntrusted(first.p)}: ${first.id.message}): make sure a change to it needs no more review than ${tier}`,
    pointer
  });
}
function exemptions(policy, warnings) {
  const list = policy.protectedExempt ?? [];
  if (list.length === 0) return;
  const without = compilePolicy({ ...policy, protectedExempt: [] });
  const withExempt = compilePolicy(policy);
  list.forEach((e, i) => {
    const pointer = `/protected/exempt/${i}/path`;
    const before = classifyPath(e.path, without);
    const builtin = before.identity.protect || before.matches.some((m) => m.builtin === true);
    if (!builtin) {
      warnings.push({
        code: "exempt_not_protected",
        message: `protected.exempt: ${quoteUntrusted(e.path)} has no effect: it is not in the built-in protected set (${before.reasons[0]?.message ?? before.tier}), the only set an exemption takes paths out of`,
        pointer
      });
      return;
    }
    const after = classifyPath(e.path, withExempt);
    if (after.tier === "high") {
      const why = after.reasons[0]?.message ?? "high";
      warnings.push({
        code: "exempt_still_high",
        message: `protected.exempt: ${quoteUntrusted(e.path)} stays high after the exemption (${why}): name it in a lower tier to lower it`,
        pointer
      });
    }
  });
}
var MAX_EXAMPLES = 16;
function examplePaths(glob) {
  if (glob.includes("\\")) return [];
  const out = /* @__PURE__ */ new Set();
  for (const alt of braceExpand(glob, GLOB_OPTIONS).slice(0, MAX_EXAMPLES)) {
    const readings = alt.includes("**/") ? [alt.replace(/\*\*\//g, ""), alt.replace(/\*\*\//g, "x/")] : [alt];
    for (const r of readings) {
      const segments = r.split("/");
      const path = segments.map((s, i) => {
        if (s === "*" || s === "**") return i === segments.length - 1 ? "x.md" : "x";
        return s.replace(/\[!?([^\]])[^\]]*\]/g, (m, c) => m[1] === "!" ? "x" : c).replace(/[*?]+/g, "x");
      }).join("/");
      if (path.length > 0 && !path.startsWith("/")) out.add(path);
    }
  }
  return [...out];
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
      const doc = outcome.loaded.doc.value;
      const protectedPointer = Array.isArray(doc?.protected) ? "/protected" : "/protected/paths";
      r.warnings.push(...policyWarnings(policy, { protectedPointer }).map((p) => ({ ...p, location: outcome.loaded.doc.locate(p.pointer ?? "") })));
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
            problems: r.problems.map((p) => located(p, r.file)),
            warnings: r.warnings.map((p) => located(p, r.file))
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
      for (const w of r.warnings) io.out(formatProblem({ ...w, message: `warning: ${w.message}` }));
    }
    if (values.policy !== void 0 && !policyValid && manifests.length > 0) io.out("manifests were not checked against the policy, because the policy is invalid");
  }
  return valid ? EXIT.OK : EXIT.INVALID;
}
function located(p, file) {
  return { file: p.location?.file ?? file, line: p.location?.line ?? null, column: p.location?.column ?? null, code: p.code, message: p.message };
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
  return outcome.ok ? { file, kind, valid: true, sha256: outcome.loaded.sha256, problems: [], warnings: [] } : { file, kind, valid: false, problems: outcome.problems, warnings: [] };
}
export {
  runValidate
};
