import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  globMatches,
  hostAllowed,
  hostProblem,
  lintGlob,
  parsePolicy,
  validateAgainstSchema
} from "./chunk-EE7EZIWX.js";
import {
  isBuiltinCapability
} from "./chunk-Q3GSJBK5.js";
import {
  sha256
} from "./chunk-HTLVP5OR.js";
import {
  oneLine
} from "./chunk-ERUCQBI4.js";
import {
  loadDocument
} from "./chunk-5NA3HWDM.js";

// src/core/manifest.ts
function parseManifest(value) {
  const schemaProblems = validateAgainstSchema("manifest", value);
  if (schemaProblems.length > 0) return { ok: false, problems: schemaProblems };
  const t = value.agent_task;
  const problems = [];
  if (t.branch_pattern !== void 0) {
    for (const e of lintGlob(t.branch_pattern)) {
      problems.push({ code: e.code, message: `branch_pattern ${JSON.stringify(t.branch_pattern)}: ${e.message}`, pointer: "/agent_task/branch_pattern" });
    }
  }
  const denied = new Set(t.denied ?? []);
  t.capabilities.forEach((c, i) => {
    if (denied.has(c)) {
      problems.push({
        code: "capability_granted_and_denied",
        message: `capability ${c} is both requested and denied`,
        pointer: `/agent_task/capabilities/${i}`
      });
    }
  });
  (t.network?.allow ?? []).forEach((h, i) => {
    const p = hostProblem(h);
    if (p) problems.push({ code: "invalid_host", message: `${JSON.stringify(h)}: ${p}`, pointer: `/agent_task/network/allow/${i}` });
  });
  if (t.network?.deny_default === false) {
    problems.push({
      code: "deny_default_false",
      message: "network.deny_default: false is not supported: hosts outside network.allow are always denied (remove the key, or set it to true)",
      pointer: "/agent_task/network/deny_default"
    });
  }
  if (t.expires_at !== void 0 && !Number.isFinite(Date.parse(t.expires_at))) {
    problems.push({ code: "invalid_date", message: "expires_at is not a valid date-time", pointer: "/agent_task/expires_at" });
  }
  if (problems.length > 0) return { ok: false, problems };
  const manifest = {
    subject: t.subject,
    repository: t.repository,
    capabilities: [...t.capabilities],
    denied: [...t.denied ?? []],
    network: { allow: [...t.network?.allow ?? []], denyDefault: t.network?.deny_default ?? true }
  };
  if (t.branch_pattern !== void 0) manifest.branchPattern = t.branch_pattern;
  if (t.initiator !== void 0) manifest.initiator = t.initiator;
  if (t.task_id !== void 0) manifest.taskId = t.task_id;
  if (t.description !== void 0) manifest.description = t.description;
  if (t.expires_at !== void 0) manifest.expiresAt = t.expires_at;
  return { ok: true, manifest };
}
function checkManifestAgainstPolicy(manifest, policy, ctx = {}) {
  const problems = [];
  const add = (code, message, pointer) => problems.push({ code, message, pointer });
  const subject = Object.prototype.hasOwnProperty.call(policy.subjects, manifest.subject) ? policy.subjects[manifest.subject] : void 0;
  if (!subject) {
    const names = Object.keys(policy.subjects);
    add(
      "unknown_subject",
      `subject ${JSON.stringify(manifest.subject)} is not defined in the policy${names.length ? ` (defined: ${names.join(", ")})` : " (the policy defines no subjects)"}`,
      "/agent_task/subject"
    );
  }
  const definedCapability = (c) => isBuiltinCapability(c) || Object.prototype.hasOwnProperty.call(policy.capabilities, c);
  manifest.capabilities.forEach((c, i) => {
    if (!definedCapability(c)) add("unknown_capability", `capability ${c} is not defined by the policy or built in`, `/agent_task/capabilities/${i}`);
    else if (subject && !subject.capabilities.includes(c)) {
      add(
        "capability_outside_ceiling",
        `capability ${c} is outside subject ${manifest.subject}'s ceiling (${subject.capabilities.join(", ") || "none"})`,
        `/agent_task/capabilities/${i}`
      );
    }
  });
  manifest.denied.forEach((c, i) => {
    if (!definedCapability(c)) add("unknown_capability", `denied capability ${c} is not defined by the policy or built in`, `/agent_task/denied/${i}`);
  });
  if (subject && subject.repositories.length > 0 && !subject.repositories.some((r) => repositoryMatches(r, manifest.repository))) {
    add("repository_mismatch", `repository ${manifest.repository} is not one of subject ${manifest.subject}'s repositories (${subject.repositories.join(", ")})`, "/agent_task/repository");
  }
  if (ctx.repository !== void 0 && !repositoryMatches(manifest.repository, ctx.repository)) {
    add("repository_mismatch", `the manifest is for repository ${manifest.repository}, but this run is on ${ctx.repository}`, "/agent_task/repository");
  } else if (ctx.repository !== void 0 && subject && subject.repositories.length > 0 && !subject.repositories.some((r) => repositoryMatches(r, ctx.repository))) {
    add("repository_mismatch", `this run is on ${ctx.repository}, which is not one of subject ${manifest.subject}'s repositories (${subject.repositories.join(", ")})`, "/agent_task/repository");
  }
  if (subject && subject.branches.length > 0) {
    if (manifest.branchPattern === void 0) {
      add("branch_pattern_missing", `subject ${manifest.subject} is limited to branches ${subject.branches.join(", ")}: the manifest needs a branch_pattern`, "/agent_task");
    } else if (!subject.branches.includes(manifest.branchPattern) && !subject.branches.some((b) => !/[*?[{]/.test(manifest.branchPattern) && globMatches(b, manifest.branchPattern))) {
      add(
        "branch_pattern_outside_ceiling",
        `branch_pattern ${manifest.branchPattern} is not within subject ${manifest.subject}'s branches (${subject.branches.join(", ")})`,
        "/agent_task/branch_pattern"
      );
    }
  }
  if (ctx.branch !== void 0 && ctx.branchCheck !== "skipped") {
    if (manifest.branchPattern !== void 0 && !globMatches(manifest.branchPattern, ctx.branch)) {
      add("branch_mismatch", `branch ${JSON.stringify(ctx.branch)} does not match the manifest's branch_pattern ${manifest.branchPattern}`, "/agent_task/branch_pattern");
    }
    if (subject && subject.branches.length > 0 && !subject.branches.some((b) => globMatches(b, ctx.branch))) {
      add("branch_mismatch", `branch ${JSON.stringify(ctx.branch)} is not one of subject ${manifest.subject}'s branches (${subject.branches.join(", ")})`, "/agent_task/subject");
    }
  }
  manifest.network.allow.forEach((h, i) => {
    const wild = h.toLowerCase();
    const covered = wild.startsWith("*.") ? policy.network.allow.some((entry) => {
      const p = entry.toLowerCase();
      return p === wild || p.startsWith("*.") && wild.endsWith(p.slice(1));
    }) : hostAllowed(policy.network.allow, h);
    if (!covered) add("network_host_not_allowed", `network host ${h} is not in the policy's network allow list`, `/agent_task/network/allow/${i}`);
  });
  if (manifest.expiresAt !== void 0 && ctx.now !== void 0 && Date.parse(manifest.expiresAt) <= ctx.now.getTime()) {
    add("manifest_expired", `the manifest expired at ${manifest.expiresAt}`, "/agent_task/expires_at");
  }
  return problems;
}
function pullRequestBranch(ref, headRepository, baseRepository) {
  if (headRepository === void 0 || baseRepository === void 0) return `(unknown repository):${ref}`;
  if (headRepository.toLowerCase() === baseRepository.toLowerCase()) return ref;
  return `${headRepository.split("/")[0] ?? headRepository}:${ref}`;
}
function repositoryMatches(declared, actual) {
  const d = declared.toLowerCase();
  const a = actual.toLowerCase();
  if (d === a) return true;
  if (!d.includes("/")) return a.split("/").pop() === d;
  if (!a.includes("/")) return d.split("/").pop() === a;
  return false;
}
function grantedCapabilities(manifest, policy) {
  const subject = Object.prototype.hasOwnProperty.call(policy.subjects, manifest.subject) ? policy.subjects[manifest.subject] : void 0;
  if (!subject) return [];
  return manifest.capabilities.filter((c) => subject.capabilities.includes(c) && !manifest.denied.includes(c));
}

// src/adapters/config.ts
function locateAll(problems, doc) {
  return problems.map((p) => ({ ...p, location: p.location ?? doc.locate(p.pointer ?? "") }));
}
function loadPolicy(bytes, label) {
  const parsed = loadDocument(bytes, label);
  if (!parsed.ok) return parsed;
  const result = parsePolicy(parsed.doc.value);
  if (!result.ok) return { ok: false, problems: locateAll(result.problems, parsed.doc) };
  return { ok: true, loaded: { value: result.policy, sha256: sha256(bytes), doc: parsed.doc } };
}
function loadManifest(bytes, label) {
  const parsed = loadDocument(bytes, label);
  if (!parsed.ok) return parsed;
  const result = parseManifest(parsed.doc.value);
  if (!result.ok) return { ok: false, problems: locateAll(result.problems, parsed.doc) };
  return { ok: true, loaded: { value: result.manifest, sha256: sha256(bytes), doc: parsed.doc } };
}
function manifestViolations(manifest, policy, ctx = {}) {
  return locateAll(checkManifestAgainstPolicy(manifest.value, policy, ctx), manifest.doc);
}
function formatProblem(p) {
  const loc = p.location;
  const where = loc ? `${oneLine(loc.file)}${loc.line !== void 0 ? `:${loc.line}:${loc.column ?? 1}` : ""}` : "<input>";
  return `${where}: ${oneLine(p.message)} [${oneLine(p.code)}]`;
}

export {
  checkManifestAgainstPolicy,
  pullRequestBranch,
  grantedCapabilities,
  loadPolicy,
  loadManifest,
  manifestViolations,
  formatProblem
};
