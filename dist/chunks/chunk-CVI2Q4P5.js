import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  escapeUnsafe
} from "./chunk-ERUCQBI4.js";

// src/core/approval-report.ts
var GATE_CONTEXT = "agent-guard/approval-gate";
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function clip(text, max = 140) {
  let t = safeText(text);
  if (t.length > max) {
    let cut = max - 1;
    if (/[\uD800-\uDBFF]/.test(t.charAt(cut - 1))) cut -= 1;
    t = `${t.slice(0, cut)}…`;
  }
  return t.replace(LONE_SURROGATE, "�");
}
function branchLabel(branch) {
  if (branch === null || branch === "") return "(unknown base)";
  return branch.length <= 40 ? branch : `${branch.slice(0, 39)}…`;
}
function statusFor(result) {
  const e = result.evaluation;
  const head = e.headSha.slice(0, 12);
  const into = `${head} into ${branchLabel(result.pull.baseRef)}`;
  const who = e.counted.map((c) => c.login).join(", ");
  switch (result.decision) {
    case "approved":
      return { state: "success", description: clip(`approved ${into} by ${who} (${e.counted.length} of ${e.required}, ${e.tier} tier)`) };
    case "not_required":
      return { state: "success", description: clip(`${into}: no approval required (${e.tier} tier)`) };
    case "approval_required": {
      const first = e.blocking[0]?.reason ?? "approval required";
      return { state: "pending", description: clip(`${into}: ${e.tier} tier, ${e.counted.length} of ${e.required} approvals: ${first}`) };
    }
    default: {
      const first = result.problems[0] ?? e.blocking[0]?.reason ?? "the gate could not decide";
      return { state: "failure", description: clip(`deny ${into}: ${first}`) };
    }
  }
}
function failureStatus(head, baseRef, message) {
  return { state: "failure", description: clip(`deny ${head.slice(0, 12)} into ${branchLabel(baseRef)}: ${message.split("\n")[0]}`) };
}
var MAX_PROTECTED_BRANCHES = 50;
function parseProtectedBranches(input) {
  const names = [];
  for (const raw of input.split(/[,\r\n]/)) {
    const item = raw.trim();
    if (item === "") continue;
    const name = item.startsWith("refs/heads/") ? item.slice("refs/heads/".length) : item;
    const bad = name.length === 0 || name.length > 255 || /[\u0000-\u0020\u007f~^:?*[\\]/.test(name) || name.includes("..") || name.includes("@{") || name.includes("//") || name.startsWith("/") || name.endsWith("/") || name.endsWith(".") || name.endsWith(".lock") || name.startsWith("-");
    if (bad) throw new Error(`protected-branches: ${JSON.stringify(item.slice(0, 100))} is not a branch name (exact names only, no globs)`);
    if (!names.includes(name)) names.push(name);
  }
  if (names.length > MAX_PROTECTED_BRANCHES) throw new Error(`protected-branches names ${names.length} branches; at most ${MAX_PROTECTED_BRANCHES}`);
  return names.length > 0 ? names : null;
}
function protectedTarget(pull, configured) {
  const source = configured ? "protected-branches" : "default_branch";
  const targets = configured ? [...configured] : pull.defaultBranch ? [pull.defaultBranch] : [];
  const base = pull.baseRef;
  const listed = targets.join(", ");
  const from = configured ? "the protected-branches input" : "the repository's default branch";
  if (targets.length === 0) {
    return { protected: false, base, targets, source, reason: "no status published: the repository's default branch is unknown and protected-branches is empty" };
  }
  if (base === null || base === "") {
    return { protected: false, base: null, targets, source, reason: `no status published: the pull request's base branch is unknown (protected targets: ${listed})` };
  }
  if (targets.includes(base)) return { protected: true, base, targets, source, reason: `base branch ${base} is a protected target (${from})` };
  return {
    protected: false,
    base,
    targets,
    source,
    reason: `no status published: base branch ${base} is not a protected target (${listed}, ${from}); a status belongs to the head commit, which a pull request into a protected branch may share`
  };
}
var safeText = escapeUnsafe;
function md(text) {
  return safeText(text).replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`);
}
var TITLES = {
  approved: "approved",
  not_required: "no approval required",
  approval_required: "approval required",
  deny: "deny"
};
function latencyText(l) {
  const start = l.start.kind === "review_requested" ? `review requested from ${l.start.reviewer ?? "?"}` : l.start.kind === "ready_for_review" ? "ready for review" : "opened";
  return `${l.seconds}s from ${start} (${l.start.at}) to ${l.satisfiedBy.login}'s approval (review ${l.satisfiedBy.reviewId}, ${l.satisfiedAt})`;
}
function renderGateText(result, extras = {}) {
  const e = result.evaluation;
  const lines = [];
  lines.push(`agent-guard approval-gate: ${TITLES[result.decision]} (${result.repository}#${result.pull.number}, head ${e.headSha.slice(0, 12)}, ${e.tier} tier, ${e.required} required)`);
  lines.push(`  policy: ${safeText(result.policySource.source)}${result.policySource.sha256 ? ` (sha256 ${result.policySource.sha256.slice(0, 16)})` : ""}`);
  if (result.manifestSource) lines.push(`  manifest: ${safeText(result.manifestSource.source)} (sha256 ${result.manifestSource.sha256.slice(0, 16)})`);
  lines.push(`  tier from ${result.tierSource.mode === "git" ? "git" : "the files API"}: ${result.change.files.length} file(s), change verdict ${result.change.verdict}`);
  for (const n of result.tierSource.notes) lines.push(`    - ${safeText(n)}`);
  lines.push("requirements:");
  for (const r of e.requirements) lines.push(`  [${r.status}] ${r.name}: ${safeText(r.reason)}`);
  for (const p of result.problems) lines.push(`  [failed] collection: ${safeText(p)}`);
  if (e.counted.length > 0) {
    lines.push("counted approvals:");
    for (const c of e.counted) lines.push(`  ${c.login}: review ${c.reviewId} of ${c.commitId.slice(0, 12)}${c.countedVia === "identical_rebase" ? " (kept: identical rebase)" : ""}`);
  }
  if (e.rejected.length > 0) {
    lines.push("rejected reviews:");
    for (const r of e.rejected) lines.push(`  ${r.login ?? "(deleted account)"}: review ${r.reviewId} (${r.state}${r.commitId ? ` of ${r.commitId.slice(0, 12)}` : ""}): ${safeText(r.reason)}`);
  }
  for (const c of e.codeowners.filter((p) => p.satisfiedBy.length === 0)) lines.push(`  code owners: ${safeText(c.path)}: ${safeText(c.reason)}`);
  if (e.warnings.length > 0) {
    lines.push("warnings:");
    for (const w of e.warnings) lines.push(`  ${safeText(w)}`);
  }
  for (const n of result.identicalRebase.notes) lines.push(`identical rebase: ${safeText(n)}`);
  if (extras.routing) lines.push(`review requests: ${safeText(extras.routing.note)}`);
  if (extras.latency) lines.push(`approval latency: ${extras.latency.measured ? latencyText(extras.latency.latency) : safeText(extras.latency.reason)}`);
  if (extras.status) {
    const why = extras.status.error ?? extras.status.note;
    lines.push(`status ${GATE_CONTEXT}: ${extras.status.state}${extras.status.published ? `: ${safeText(extras.status.description)}` : ` (not published${why ? `: ${safeText(why)}` : ""})`}`);
  }
  lines.push(`api requests: ${result.counter.total} (${Object.entries(result.counter.byPhase).map(([k, v]) => `${k} ${v}`).join(", ")})`);
  return lines.join("\n");
}
function renderGateMarkdown(result, extras = {}) {
  const e = result.evaluation;
  const icon = result.decision === "approved" || result.decision === "not_required" ? "✅" : result.decision === "approval_required" ? "🟡" : "⛔";
  const out = [];
  out.push(`### ${icon} agent-guard approval gate: ${TITLES[result.decision]}`, "");
  out.push("| | |", "|---|---|");
  out.push(`| pull request | ${md(result.repository)}#${result.pull.number} |`);
  out.push(`| head | \`${e.headSha}\` |`, `| base | ${result.pull.baseRef ? `${md(result.pull.baseRef)} ` : ""}\`${e.baseSha}\` |`);
  out.push(`| tier | ${e.tier} (${result.tierSource.mode === "git" ? "from git" : "from the files API: file kinds unknown, every file treated as high"}) |`);
  out.push(`| approvals required | ${e.required}${result.policy.approvals[e.tier].codeowners ? " + code owners" : ""} |`);
  out.push(`| policy | ${md(result.policySource.source)} \`${result.policySource.sha256.slice(0, 16)}\` |`);
  out.push(`| manifest | ${result.manifestSource ? `${md(result.manifestSource.source)} \`${result.manifestSource.sha256.slice(0, 16)}\`` : "none"} |`);
  if (extras.status) {
    const why = extras.status.error ?? extras.status.note;
    out.push(`| status \`${GATE_CONTEXT}\` | ${extras.status.published ? `${extras.status.state} published: ${md(extras.status.description)}` : `**not published** (${extras.status.state} not posted)${why ? `: ${md(why)}` : ""}`} |`);
  }
  out.push(`| API requests | ${result.counter.total} |`);
  out.push("", "#### Requirements", "", "| requirement | result | why |", "|---|---|---|");
  for (const r of e.requirements) out.push(`| ${r.name} | ${r.status === "passed" ? "✅ passed" : r.status === "failed" ? "❌ failed" : "skipped"} | ${md(r.reason)} |`);
  for (const p of result.problems) out.push(`| collection | ❌ failed | ${md(p)} |`);
  if (e.counted.length > 0) {
    out.push("", "#### Counted approvals", "");
    for (const c of e.counted) out.push(`- **${md(c.login)}**: review ${c.reviewId} of \`${c.commitId.slice(0, 12)}\`${c.countedVia === "identical_rebase" ? " (kept across an identical rebase)" : ""}`);
  }
  if (e.rejected.length > 0) {
    out.push("", "#### Reviews that do not count", "", "| reviewer | review | state | commit | why |", "|---|---|---|---|---|");
    for (const r of e.rejected) out.push(`| ${md(r.login ?? "(deleted account)")} | ${r.reviewId} | ${r.state} | ${r.commitId ? `\`${r.commitId.slice(0, 12)}\`` : "—"} | ${md(r.reason)} |`);
  }
  if (e.codeowners.length > 0) {
    out.push("", "#### Code owners", "", "| path | owners | approved by | why |", "|---|---|---|---|");
    for (const c of e.codeowners.slice(0, 200)) out.push(`| ${md(c.path)} | ${md(c.owners.join(" ") || "—")} | ${md(c.satisfiedBy.join(", ") || "—")} | ${md(c.reason)} |`);
  }
  if (e.warnings.length > 0 || result.tierSource.notes.length > 0 || result.identicalRebase.notes.length > 0) {
    out.push("", "#### Notes", "");
    for (const n of [...result.tierSource.notes, ...result.identicalRebase.notes, ...e.warnings]) out.push(`- ${md(n)}`);
  }
  if (extras.routing) out.push("", `**Review requests:** ${md(extras.routing.note)}`);
  if (extras.latency) out.push("", `**Approval latency:** ${md(extras.latency.measured ? latencyText(extras.latency.latency) : extras.latency.reason)}`);
  return out.join("\n") + "\n";
}
function gateJson(result) {
  const e = result.evaluation;
  return {
    approved: result.decision === "approved" || result.decision === "not_required",
    decision: result.decision,
    required: e.required,
    tier: e.tier,
    repository: result.repository,
    pull_request: result.pull.number,
    head_sha: e.headSha,
    base_sha: e.baseSha,
    counted: e.counted.map((c) => ({ login: c.login, review_id: c.reviewId, commit_id: c.commitId, counted_via: c.countedVia, submitted_at: c.submittedAt ?? null })),
    rejected: e.rejected.map((r) => ({ login: r.login, review_id: r.reviewId, state: r.state, commit_id: r.commitId, code: r.code, reason: r.reason })),
    requirements: e.requirements.map((r) => ({ name: r.name, status: r.status, reason: r.reason })),
    blocking: [...result.problems.map((p) => ({ code: "collection", reason: p })), ...e.blocking],
    codeowners: e.codeowners,
    warnings: e.warnings,
    permissions: result.facts.permissions,
    policy: result.policySource,
    manifest: result.manifestSource,
    base_files_via: result.baseFilesVia,
    tier_source: { mode: result.tierSource.mode, notes: result.tierSource.notes, change_verdict: result.change.verdict, files: result.change.files.length, high_risk_paths: result.facts.highRiskPaths.slice(0, 200) },
    identical_rebase: { applies: result.identicalRebase.applies, proofs: result.facts.identicalRebases ?? [], notes: result.identicalRebase.notes },
    initiators: result.initiators ? {
      looked_up: true,
      start_commits: result.initiators.startCommits,
      runs: result.initiators.runs.map((r) => ({ run_id: r.id, workflow: r.workflow, head_sha: r.headSha, actor: r.actor?.login ?? null, triggering_actor: r.triggeringActor?.login ?? null })),
      logins: [...new Set(result.initiators.initiators.map((i) => i.login))]
    } : { looked_up: false, reason: "read only before reporting approved: who dispatched the task can only remove approvals" },
    ...result.mergeGroup ? {
      merge_group: {
        head_sha: result.mergeGroup.headSha,
        base_sha: result.mergeGroup.baseSha,
        base_branch: result.mergeGroup.baseBranch,
        queue_branch: result.mergeGroup.queueBranch,
        pull_requests: result.mergeGroup.pullRequests,
        same_change: result.mergeGroup.sameChange,
        ...result.mergeGroup.differs ? { differs: result.mergeGroup.differs } : {},
        paths: result.mergeGroup.paths
      }
    } : {},
    api_requests: { total: result.counter.total, by_phase: { ...result.counter.byPhase } }
  };
}

export {
  GATE_CONTEXT,
  statusFor,
  failureStatus,
  parseProtectedBranches,
  protectedTarget,
  safeText,
  renderGateText,
  renderGateMarkdown,
  gateJson
};
