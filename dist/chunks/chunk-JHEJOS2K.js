import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  withWorkflowReview
} from "./chunk-Y3I7EUOX.js";
import {
  changeSet,
  dependencyFileKind,
  evaluateChange,
  isDependencyFile,
  linkedContent,
  policySummary,
  protectedLinkTarget,
  reviewDependencyChange
} from "./chunk-YHIAEXRV.js";
import {
  loadManifestFor,
  loadPolicyFor
} from "./chunk-4TXB6WUI.js";
import {
  computeChangeSet,
  startReview
} from "./chunk-UC545A7V.js";
import {
  readFileAtCommit
} from "./chunk-UGBVF5CQ.js";
import {
  GitError
} from "./chunk-A76VIHJP.js";
import {
  reviewWorkflowFile,
  reviewedFileKind
} from "./chunk-PNJUBMPM.js";
import {
  resolveSymlinkTarget
} from "./chunk-FVZA7SE4.js";
import {
  quoteValue
} from "./chunk-ERUCQBI4.js";

// src/core/workflow-review.ts
function workflowFileKind(path) {
  const kind = reviewedFileKind(path);
  return kind === "dependabot" ? null : kind;
}
function isWorkflowFile(path) {
  return workflowFileKind(path) !== null;
}
function reviewsWorkflowFile(path) {
  return reviewedFileKind(path) !== null;
}

// src/adapters/content-review.ts
var MAX_REVIEW_BYTES = 64 * 1024 * 1024;
async function readText(read, commit, path, oid, findings) {
  try {
    const bytes = await read(commit, path, oid);
    if (bytes === null) return null;
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      findings.push({ code: "content_not_utf8", severity: "high", message: "file is not UTF-8 text, so its content cannot be reviewed" });
      return null;
    }
  } catch (err) {
    if (err instanceof GitError && (err.code === "NOT_A_FILE" || err.code === "TOO_LARGE")) {
      findings.push({ code: "content_unreviewable", severity: "high", message: `content cannot be reviewed (${err.code})` });
      return null;
    }
    throw err;
  }
}
var readable = (kind) => kind !== "symlink" && kind !== "gitlink";
async function dependencyFindings(repo, changes, e, allowedHosts2, read) {
  const findings = [];
  const file = quoteValue(e.path);
  const samePathBase = e.status === "added" || e.status === "copied" || e.status === "renamed" || !readable(e.oldKind) ? null : await readText(read, changes.mergeBase, e.path, e.oldBlob, findings);
  let headText = null;
  let headUnreadable = false;
  if (e.status !== "deleted" && e.newKind === "symlink") {
    const target = e.symlinkTarget === void 0 ? null : resolveSymlinkTarget(e.path, e.symlinkTarget);
    if (target === null) {
      const what = e.symlinkTarget === void 0 ? "its target was not established" : `its target ${quoteValue(e.symlinkTarget)} is outside the repository`;
      return [linkedContent.finding("dependency_link_not_followed", "deny", `${file} is a symlink and ${what}, so what its tool reads cannot be reviewed.`)];
    }
    try {
      headText = await readText(gitRead(repo), changes.head, target, "", findings);
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
    }
    if (headText === null) {
      return [linkedContent.finding("dependency_link_not_followed", "deny", `${file} is a symlink to ${quoteValue(target)}, which is not a readable text file in the head commit, so what its tool reads cannot be reviewed.`)];
    }
  } else if (e.status !== "deleted" && e.newKind !== "gitlink") {
    headText = await readText(read, changes.head, e.path, e.newBlob, findings);
    headUnreadable = headText === null;
  }
  if (isDependencyFile(e.path)) findings.push(...reviewDependencyChange(e.path, samePathBase, headText, allowedHosts2, { headUnreadable }));
  if (e.status === "renamed" && e.previousPath !== void 0 && e.previousPath !== e.path && isDependencyFile(e.previousPath) && readable(e.oldKind)) {
    const oldText = await readText(read, changes.mergeBase, e.previousPath, e.oldBlob, findings);
    findings.push(...reviewDependencyChange(e.previousPath, oldText, null, allowedHosts2));
  }
  return findings;
}
async function linkedDependencyFindings(changes, e, allowedHosts2, read) {
  const own = dependencyFileKind(e.path);
  const aliases = (e.linkedFrom ?? []).filter((a) => isDependencyFile(a) && dependencyFileKind(a) !== own);
  if (aliases.length === 0) return [];
  const findings = [];
  const base = e.status === "modified" && readable(e.oldKind) ? await readText(read, changes.mergeBase, e.path, e.oldBlob, findings) : null;
  const head = e.status === "deleted" || !readable(e.newKind) ? null : await readText(read, changes.head, e.path, e.newBlob, findings);
  const headUnreadable = head === null && e.status !== "deleted";
  for (const alias of aliases) {
    for (const f of reviewDependencyChange(alias, base, head, allowedHosts2, { headUnreadable })) findings.push({ ...f, message: `${f.message.replace(/\.$/, "")} (read through the link ${quoteValue(alias)} to ${quoteValue(e.path)}).` });
  }
  return findings;
}
var gitRead = (repo) => (commit, path) => readFileAtCommit(repo, commit, path, { maxBytes: MAX_REVIEW_BYTES });
async function contentFindings(repo, changes, allowedHosts2, read = gitRead(repo), options = {}) {
  const out = /* @__PURE__ */ new Map();
  for (const e of changes.entries) {
    if (e.invalidUtf8) continue;
    const workflow = reviewsWorkflowFile(e.path) || e.previousPath !== void 0 && reviewsWorkflowFile(e.previousPath);
    const dependency = isDependencyFile(e.path) || e.previousPath !== void 0 && isDependencyFile(e.previousPath);
    if (!workflow && !dependency && !(e.linkedFrom ?? []).some(isDependencyFile)) continue;
    const findings = [];
    if (workflow) {
      const basePath = e.status === "added" || e.status === "copied" ? null : e.previousPath ?? e.path;
      const baseText = basePath === null || !readable(e.oldKind) ? null : await readText(read, changes.mergeBase, basePath, e.oldBlob, findings);
      const headText = e.status === "deleted" || !readable(e.newKind) ? null : await readText(read, changes.head, e.path, e.newBlob, findings);
      const review = reviewWorkflowFile(e.path, baseText, headText, { deny: options.workflowDeny ?? [], allowedUses: options.workflowAllowedUses });
      options.workflowReviews?.set(e.path, review);
      findings.push(...review.introduced);
    }
    if (dependency) findings.push(...await dependencyFindings(repo, changes, e, allowedHosts2, read));
    findings.push(...await linkedDependencyFindings(changes, e, allowedHosts2, read));
    if (findings.length > 0) out.set(e.path, findings);
  }
  return out;
}

// src/app/review-change.ts
async function reviewChange(opts, cwd = process.cwd(), started) {
  const start = await (started ?? startReview(opts));
  if ("error" in start) return gitDenial(start.error, opts);
  const { known } = start;
  const { policy, input } = await loadPolicyFor(opts.repo, start.baseCommit, opts.policy, cwd, opts.manifest?.kind === "ref" ? [opts.manifest.path] : [], known);
  const manifest = opts.manifest ? await loadManifestFor(opts.repo, opts.manifest, cwd, known) : null;
  try {
    const outcome = await start.changes;
    if ("error" in outcome) throw outcome.error;
    const context = {
      ...opts.branch !== void 0 ? { branch: opts.branch } : {},
      ...opts.branchCheck !== void 0 ? { branchCheck: opts.branchCheck } : {},
      ...opts.repository !== void 0 ? { repository: opts.repository } : {},
      now: opts.now ?? /* @__PURE__ */ new Date()
    };
    const evaluation = await reviewChangeSet(opts.repo, outcome.changes, { policy, input, manifest }, context);
    return { ...evaluation, notes: [...opts.notes ?? [], ...evaluation.notes], timings: { total_ms: Date.now() - start.startedAt } };
  } catch (err) {
    if (err instanceof GitError) return gitDenial(err, opts, input, manifest);
    throw err;
  }
}
async function reviewCommits(repo, base, head, config, context) {
  const changes = await computeChangeSet(repo, base, head);
  return { changes, evaluation: await reviewChangeSet(repo, changes, config, context) };
}
async function reviewChangeSet(repo, changes, config, context) {
  const workflowReviews = /* @__PURE__ */ new Map();
  const findings = await contentFindings(repo, changes, allowedHosts(config), void 0, { workflowDeny: config.input.compiled.policy.workflows?.deny ?? [], workflowAllowedUses: config.input.compiled.policy.workflows?.allowedUses, workflowReviews });
  const headKinds = await linkTargetKinds(repo, changes.head, changes.entries, config.input);
  const evaluation = evaluateChange(
    { base: changes.base, head: changes.head, mergeBase: changes.mergeBase, entries: changes.entries, findings, headKinds, ...context },
    config.input,
    config.manifest
  );
  return withWorkflowReview(evaluation, workflowReviews);
}
var MAX_LINK_TARGET_LOOKUPS = 32;
async function linkTargetKinds(repo, head, entries, input) {
  const targets = /* @__PURE__ */ new Set();
  for (const e of entries) {
    if (e.newKind !== "symlink") continue;
    const t = protectedLinkTarget(e, input.compiled);
    if (t !== null) targets.add(t);
  }
  const kinds = /* @__PURE__ */ new Map();
  for (const path of [...targets].slice(0, MAX_LINK_TARGET_LOOKUPS)) {
    const kind = await headPathKind(repo, head, path);
    if (kind !== void 0) kinds.set(path, kind);
  }
  return kinds;
}
async function headPathKind(repo, commit, path) {
  try {
    return await readFileAtCommit(repo, commit, path) === null ? "missing" : "file";
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    return err.code === "NOT_A_FILE" ? "not_a_file" : void 0;
  }
}
function allowedHosts(config) {
  return config.manifest ? config.manifest.manifest.network.allow : config.policy.network.allow;
}
function gitDenial(err, opts, policy, manifest) {
  const message = err.hint ? `${err.message}. Fix: ${err.hint}` : err.message;
  return {
    verdict: "deny",
    tier: "high",
    base: opts.base,
    head: opts.head,
    merge_base: "",
    branch: opts.branch ?? null,
    repository: opts.repository ?? null,
    policy: policy ? policySummary(policy) : { source: "not loaded", sha256: "", baseline: false },
    manifest: manifest ? { source: manifest.source, sha256: manifest.sha256 } : null,
    files: [],
    violations: [{ rule: changeSet.id, code: err.code, message }],
    capabilities: { granted: [], used: [], unused: [] },
    network_allow: [],
    approvals_required: 0,
    notes: [],
    summary: `deny: the change set could not be established (${err.code})`
  };
}

export {
  isWorkflowFile,
  MAX_REVIEW_BYTES,
  contentFindings,
  reviewChange,
  reviewCommits,
  linkTargetKinds
};
