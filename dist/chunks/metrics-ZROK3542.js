import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  md,
  mdCode,
  mdTable
} from "./chunk-E2TUSB34.js";
import {
  SnapshotError,
  downloadForCli,
  orgEvidenceArgs,
  readSnapshot
} from "./chunk-G27YQN5S.js";
import {
  code,
  h,
  renderPage,
  stackedBars,
  table,
  tile,
  trendLines
} from "./chunk-RCWETPTK.js";
import "./chunk-I7ZOVLF6.js";
import {
  METRICS_USAGE
} from "./chunk-43QKUSSP.js";
import {
  EXIT,
  UsageError
} from "./chunk-S3PUWAI4.js";
import "./chunk-BC5MZYTJ.js";
import "./chunk-QM3FMFE2.js";
import {
  GitError,
  gitOk,
  runGit
} from "./chunk-A76VIHJP.js";
import {
  addEvidence,
  readEvidence
} from "./chunk-S6BVWRSJ.js";
import "./chunk-OEKITCD2.js";
import "./chunk-KXPMQ7DQ.js";
import "./chunk-OITVL67J.js";
import "./chunk-EE7EZIWX.js";
import "./chunk-PNJUBMPM.js";
import "./chunk-DIY5OXXZ.js";
import "./chunk-FVZA7SE4.js";
import "./chunk-Q3GSJBK5.js";
import {
  oneLine
} from "./chunk-ERUCQBI4.js";
import "./chunk-5NA3HWDM.js";
import "./chunk-RMNCHNTK.js";
import "./chunk-MPYCKMVQ.js";
import "./chunk-LKLDWFYK.js";

// src/cli/metrics.ts
import { parseArgs } from "node:util";

// src/adapters/rollback.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/core/metrics/compute.ts
var arr = (v) => Array.isArray(v) ? v : [];
var o = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
var t = (v) => typeof v === "string" && Number.isFinite(Date.parse(v)) ? Date.parse(v) : void 0;
var s = (v) => typeof v === "string" && v !== "" ? v : void 0;
function quantile(sorted, q) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}
var KIND = { "guard-diff": "files", "approval-gate": "approvals", "request-capability": "token requests", command: "commands" };
var DENIED = /* @__PURE__ */ new Set(["deny", "refused"]);
function docRepository(d) {
  return s(d.repository) ?? s(o(d.job).repository) ?? "(unknown)";
}
function docTime(d) {
  return t(o(d.timings).started_at);
}
function approvalSeconds(d) {
  const from = t(d.approval_requested_at);
  const to = t(d.approval_decided_at);
  if (from !== void 0 && to !== void 0) return Math.max(0, (to - from) / 1e3);
  const lat = o(d.latency);
  const sec = o(lat.latency).seconds;
  return lat.measured === true && typeof sec === "number" && Number.isFinite(sec) ? Math.max(0, sec) : void 0;
}
var Acc = class {
  runs = 0;
  byAction = {};
  lifetimes = [];
  neverRevoked = [];
  caps = { tasks: 0, granted: 0, needed: 0, used: 0, unused: 0 };
  unusedByName = {};
  byKind = {};
  byRule = {};
  latencies = [];
  coverage = { change_reviews: 0, repository_policy: 0, baseline: 0, with_manifest: 0 };
  add({ file, doc: d }, latency) {
    this.runs++;
    const action = s(d.action) ?? "unknown";
    this.byAction[action] = (this.byAction[action] ?? 0) + 1;
    for (const c of arr(d.credentials).map(o)) {
      const issued = t(c.issued_at);
      const revoked = t(c.revoked_at);
      const end = revoked ?? t(c.expires_at);
      if (revoked === void 0) this.neverRevoked.push(file);
      if (issued !== void 0 && end !== void 0) this.lifetimes.push(Math.max(0, (end - issued) / 1e3));
    }
    if (action === "guard-diff") {
      const c = o(d.capabilities);
      this.caps.tasks++;
      this.caps.granted += arr(c.granted).length;
      this.caps.needed += arr(c.needed ?? c.used).length;
      this.caps.used += arr(c.used).length;
      this.caps.unused += arr(c.unused).length;
      for (const name of arr(c.unused)) if (typeof name === "string") this.unusedByName[name] = (this.unusedByName[name] ?? 0) + 1;
      const policy = d.policy === null ? null : o(d.policy);
      this.coverage.change_reviews++;
      if (policy && policy.baseline !== true && s(policy.source)) this.coverage.repository_policy++;
      else this.coverage.baseline++;
      if (d.manifest !== null && s(o(d.manifest).source)) this.coverage.with_manifest++;
    }
    const decision = s(d.verdict) ?? s(d.decision) ?? s(o(d.command).decision);
    if (decision !== void 0) {
      const kind = KIND[action] ?? action;
      const k = this.byKind[kind] ??= { decisions: 0, denied: 0 };
      k.decisions++;
      if (DENIED.has(decision)) k.denied++;
      const denials = arr(d.denials).map(o);
      const rules = denials.length > 0 ? denials.map((x) => String(x.rule)) : DENIED.has(decision) && s(o(d.command).rule) ? [String(o(d.command).rule)] : [];
      if (DENIED.has(decision)) for (const r of new Set(rules)) this.byRule[r] = (this.byRule[r] ?? 0) + 1;
    }
    if (latency !== void 0) this.latencies.push(latency);
  }
  group(repository) {
    const life = [...this.lifetimes].sort((a, b) => a - b);
    const lat = [...this.latencies].sort((a, b) => a - b);
    const decisions = Object.values(this.byKind).reduce((n, k) => n + k.decisions, 0);
    const denied = Object.values(this.byKind).reduce((n, k) => n + k.denied, 0);
    return {
      repository,
      runs: this.runs,
      by_action: this.byAction,
      credential_lifetime: { count: life.length, median_s: quantile(life, 0.5), max_s: life.length ? life[life.length - 1] : null, never_revoked: this.neverRevoked.length, never_revoked_files: [...this.neverRevoked] },
      capabilities: { ...this.caps, unused_by_name: this.unusedByName },
      denials: { decisions, denied, rate: decisions ? denied / decisions : null, by_kind: this.byKind, by_rule: this.byRule },
      approval_latency: { count: lat.length, median_s: quantile(lat, 0.5), p90_s: quantile(lat, 0.9), max_s: lat.length ? lat[lat.length - 1] : null },
      coverage: { ...this.coverage }
    };
  }
};
function inPeriod(d, period) {
  const at = docTime(d);
  if (period.since !== void 0 && (at === void 0 || at < period.since)) return false;
  if (period.until !== void 0 && (at === void 0 || at > period.until)) return false;
  return true;
}
function rollbackCandidates(docs, period = {}) {
  const seen = /* @__PURE__ */ new Map();
  for (const { doc } of docs) {
    if (doc.action !== "guard-diff" || !inPeriod(doc, period)) continue;
    const c = s(doc.merge_commit);
    if (c && !seen.has(c)) seen.set(c, docRepository(doc));
  }
  return [...seen.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([commit, repository]) => ({ commit, repository }));
}
var ROLLBACK_NOT_MEASURED = "not measured: give --repo DIR (a clone with the default branch) to try each agent change's revert there";
function rollbackFrom(repo, defaultBranch2, baseCommit, checks) {
  const clean = checks.filter((c) => c.outcome === "clean").length;
  const conflicts = checks.filter((c) => c.outcome === "conflicts").length;
  const measured = clean + conflicts;
  return { measured: true, repo, default_branch: defaultBranch2, base_commit: baseCommit, changes: checks.length, clean, conflicts, not_found: checks.length - measured, share: measured ? clean / measured : null, checks };
}
function computeMetrics(docs, invalid, period = {}, rollback = { measured: false, reason: ROLLBACK_NOT_MEASURED }) {
  const all = new Acc();
  const per = /* @__PURE__ */ new Map();
  const approvals = /* @__PURE__ */ new Set();
  let outside = 0;
  const dated = [];
  for (const e of docs) {
    const d = e.doc;
    if (!inPeriod(d, period)) {
      outside++;
      continue;
    }
    const at = docTime(d);
    if (at !== void 0) dated.push({ at, denied: DENIED.has(s(d.verdict) ?? s(d.decision) ?? s(o(d.command).decision) ?? "") });
    const repo = docRepository(d);
    let latency = d.action === "approval-gate" ? approvalSeconds(d) : void 0;
    if (latency !== void 0) {
      const key = `${repo}#${String(d.pull_request)}#${String(d.head)}#${String(d.approval_decided_at ?? o(o(d.latency).latency).satisfiedAt)}`;
      if (approvals.has(key)) latency = void 0;
      else approvals.add(key);
    }
    all.add(e, latency);
    let a = per.get(repo);
    if (!a) per.set(repo, a = new Acc());
    a.add(e, latency);
  }
  const iso = (n) => n === void 0 ? null : new Date(n).toISOString();
  const repositories = [...per.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([r, a]) => a.group(r));
  const reviewed = repositories.filter((g) => g.coverage.change_reviews > 0);
  const withPolicy = reviewed.filter((g) => g.coverage.repository_policy > 0);
  return {
    files: docs.length + invalid.length,
    invalid,
    period: { since: iso(period.since), until: iso(period.until) },
    outside_period: outside,
    overall: all.group("(all)"),
    repositories,
    policy_coverage: { repositories: reviewed.length, with_policy: withPolicy.length, share: reviewed.length ? withPolicy.length / reviewed.length : null, baseline_only: reviewed.filter((g) => g.coverage.repository_policy === 0).map((g) => g.repository) },
    rollback,
    trend: trend(dated)
  };
}
var DAY = 864e5;
function trend(dated) {
  if (dated.length === 0) return { unit: "day", labels: [], runs: [], denied: [] };
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of dated) {
    lo = Math.min(lo, x.at);
    hi = Math.max(hi, x.at);
  }
  const unit = hi - lo > 62 * DAY ? "week" : "day";
  const size = unit === "week" ? 7 * DAY : DAY;
  const start = Math.floor(lo / DAY) * DAY;
  const n = Math.floor((hi - start) / size) + 1;
  const runs = new Array(n).fill(0);
  const denied = new Array(n).fill(0);
  for (const x of dated) {
    const i = Math.floor((x.at - start) / size);
    runs[i]++;
    if (x.denied) denied[i]++;
  }
  const labels = runs.map((_, i) => new Date(start + i * size).toISOString().slice(0, 10));
  return { unit, labels, runs, denied };
}

// src/adapters/rollback.ts
async function defaultBranch(repo, named) {
  await gitOk(repo, ["rev-parse", "--git-dir"], { what: "opening the --repo clone" });
  if (named !== void 0) return named;
  const origin = await runGit(repo, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]);
  if (origin.exitCode === 0) return origin.stdout.toString("utf8").trim().replace(/^refs\/remotes\//, "");
  for (const b of ["main", "master"]) if ((await runGit(repo, ["rev-parse", "--verify", "--quiet", `refs/heads/${b}^{commit}`])).exitCode === 0) return b;
  throw new GitError("GIT_FAILED", `cannot tell the default branch of ${repo}: no origin/HEAD, main or master`, { hint: "give --default-branch NAME" });
}
async function quietConfig(repo) {
  const r = await runGit(repo, ["config", "--name-only", "--get-regexp", "^filter\\."]);
  const drivers = new Set(
    r.stdout.toString("utf8").split("\n").map((k) => /^filter\.(.+)\.[^.]+$/.exec(k)?.[1]).filter((d) => d !== void 0)
  );
  return ["-c", "core.hooksPath=/dev/null", ...[...drivers].flatMap((d) => ["-c", `filter.${d}.smudge=cat`, "-c", `filter.${d}.clean=cat`, "-c", `filter.${d}.process=`, "-c", `filter.${d}.required=false`])];
}
async function measureRollback(repo, candidates, opts = {}) {
  const branch = await defaultBranch(repo, opts.defaultBranch);
  const base = (await gitOk(repo, ["rev-parse", "--verify", `${branch}^{commit}`], { what: `resolving the default branch ${branch}` })).toString("utf8").trim();
  const quiet = await quietConfig(repo);
  const dir = mkdtempSync(join(tmpdir(), "agent-guard-rollback-"));
  const tree = join(dir, "worktree");
  const checks = [];
  try {
    await gitOk(repo, [...quiet, "worktree", "add", "--detach", "--quiet", tree, base], { what: "creating the temporary worktree" });
    for (const { commit, repository } of candidates) {
      if ((await runGit(repo, ["cat-file", "-e", `${commit}^{commit}`])).exitCode !== 0) {
        checks.push({ commit, repository, outcome: "not_found", detail: "the commit is not in this clone" });
        continue;
      }
      if ((await runGit(repo, ["merge-base", "--is-ancestor", commit, base])).exitCode !== 0) {
        checks.push({ commit, repository, outcome: "not_found", detail: `not on ${branch}` });
        continue;
      }
      const parents = (await gitOk(repo, ["rev-list", "--parents", "-n", "1", commit])).toString("utf8").trim().split(" ").length - 1;
      const r = await runGit(tree, [...quiet, "revert", "--no-commit", "--no-edit", ...parents > 1 ? ["-m", "1"] : [], commit]);
      const conflicted = r.exitCode === 0 ? "" : (await runGit(tree, ["diff", "--name-only", "--diff-filter=U"])).stdout.toString("utf8").trim().split("\n").filter(Boolean).slice(0, 5).join(", ");
      checks.push(r.exitCode === 0 ? { commit, repository, outcome: "clean" } : { commit, repository, outcome: "conflicts", detail: conflicted ? `conflicts in ${conflicted}` : r.stderr.trim().split("\n")[0] ?? `git revert exited ${r.exitCode}` });
      await runGit(tree, ["revert", "--quit"]);
      await gitOk(tree, [...quiet, "reset", "--hard", "--quiet", base], { what: "resetting the temporary worktree" });
    }
  } finally {
    await runGit(repo, ["worktree", "remove", "--force", tree]);
    rmSync(dir, { recursive: true, force: true });
    await runGit(repo, ["worktree", "prune"]);
  }
  return rollbackFrom(repo, branch, base, checks);
}

// src/core/report/metrics.ts
function sourceLines(s2) {
  const lines = [
    `evidence of ${s2.organisation} (artifact ${s2.artifact_name}) from the snapshot ${s2.snapshot}: ${s2.artifacts} artifact(s), ${s2.evidence_files} evidence file(s) and ${s2.bundles} bundle(s), each matching the digest in snapshot.json (${s2.index_sha256}); snapshot as of ${s2.updated_at}`
  ];
  const d = s2.download;
  if (d === null) lines.push("re-read offline: no API requests");
  else {
    lines.push(`downloaded now: ${d.repositories} repositories read, ${d.in_period} artifact(s) in the period (${d.downloaded} downloaded, ${d.reused} already in the snapshot, ${d.expired} expired before download); API requests: ${d.requests} (${d.not_modified} answered 304 from the snapshot's ETags)`);
    if (d.stopped_for_budget) lines.push(`incomplete: ${d.stopped_for_budget}`);
    for (const p of d.problems) lines.push(`problem: ${p}`);
  }
  return lines.map(oneLine);
}
function incomplete(m) {
  const d = m.source?.download;
  if (!d || d.problems.length === 0 && d.stopped_for_budget === null && d.expired === 0) return null;
  const parts = [d.stopped_for_budget ? "the download stopped at the rate-limit reserve" : "", d.problems.length ? `${d.problems.length} repositor(ies) or artifact(s) could not be read` : "", d.expired ? `${d.expired} artifact(s) had expired before download` : ""];
  return `the evidence is incomplete: ${parts.filter(Boolean).join("; ")}`;
}
var dur = (s2) => s2 === null ? "—" : s2 < 120 ? `${Math.round(s2)} s` : s2 < 7200 ? `${(s2 / 60).toFixed(1)} min` : s2 < 172800 ? `${(s2 / 3600).toFixed(1)} h` : `${(s2 / 86400).toFixed(1)} d`;
var rate = (r) => r === null ? "—" : `${(100 * r).toFixed(1)}%`;
var sortedRules = (g) => Object.entries(g.denials.by_rule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
var DAY_S = 86400;
function metricsRisks(m) {
  const out = [];
  const g = m.overall;
  const gap = incomplete(m);
  if (gap) out.push({ level: "bad", text: gap });
  if (m.invalid.length) out.push({ level: "bad", text: `${m.invalid.length} evidence file(s) are invalid and were not counted` });
  if (g.credential_lifetime.never_revoked) out.push({ level: "bad", text: `${g.credential_lifetime.never_revoked} credential(s) were never revoked (lifetime counted to expiry)` });
  if (m.rollback.measured && m.rollback.conflicts) out.push({ level: "bad", text: `${m.rollback.conflicts} of ${m.rollback.clean + m.rollback.conflicts} agent change(s) no longer revert cleanly on ${m.rollback.default_branch}` });
  if (m.policy_coverage.baseline_only.length) out.push({ level: "bad", text: `${m.policy_coverage.baseline_only.length} repositor(ies) reviewed under the built-in baseline only: ${m.policy_coverage.baseline_only.slice(0, 3).join(", ")}${m.policy_coverage.baseline_only.length > 3 ? ", …" : ""}` });
  if (g.capabilities.unused) {
    const top2 = Object.entries(g.capabilities.unused_by_name).sort((a, b) => b[1] - a[1])[0];
    out.push({ level: "warn", text: `${g.capabilities.unused} granted capabilit(ies) went unused over ${g.capabilities.tasks} task(s)${top2 ? ` (most often ${top2[0]}, ${top2[1]}×)` : ""}` });
  }
  if (g.approval_latency.p90_s !== null && g.approval_latency.p90_s > DAY_S) out.push({ level: "warn", text: `approval latency p90 is ${dur(g.approval_latency.p90_s)}: agent changes wait more than a day for a human` });
  const top = sortedRules(g)[0];
  if (top) out.push({ level: "warn", text: `most denials come from rule ${top[0]} (${top[1]} run(s))` });
  if (!m.rollback.measured) out.push({ level: "warn", text: `rollback readiness ${m.rollback.reason}` });
  return out;
}
function metricsVerdict(m) {
  const r = metricsRisks(m);
  if (m.files === 0) return { level: "warn", text: "No evidence read" };
  if (r.some((x) => x.level === "bad")) return { level: "bad", text: "Needs attention" };
  if (r.length) return { level: "warn", text: "Healthy, with gaps to close" };
  return { level: "good", text: "Healthy" };
}
function rollbackLine(m) {
  const r = m.rollback;
  if (!r.measured) return r.reason;
  return `${rate(r.share)} revert cleanly on ${r.default_branch} (${r.clean} clean, ${r.conflicts} with conflicts, ${r.not_found} not on the branch or not in the clone, of ${r.changes} agent change(s))`;
}
function coverageLine(m) {
  const c = m.policy_coverage;
  return `${c.with_policy} of ${c.repositories} repositor(ies) reviewed under their own policy (${rate(c.share)})`;
}
function groupLines(g) {
  const kinds = Object.entries(g.denials.by_kind).sort(([a], [b]) => a < b ? -1 : 1).map(([k, v]) => `${k} ${v.denied}/${v.decisions}`).join(", ");
  return [
    `${oneLine(g.repository)}: ${g.runs} run(s) (${Object.entries(g.by_action).map(([a, n]) => `${a} ${n}`).join(", ")})`,
    `  credential lifetime: median ${dur(g.credential_lifetime.median_s)}, max ${dur(g.credential_lifetime.max_s)} over ${g.credential_lifetime.count} credential(s); never revoked: ${g.credential_lifetime.never_revoked}`,
    `  capabilities over ${g.capabilities.tasks} task(s): granted ${g.capabilities.granted}, needed ${g.capabilities.needed}, used ${g.capabilities.used}, unused ${g.capabilities.unused}`,
    `  denied: ${g.denials.denied}/${g.denials.decisions} (${rate(g.denials.rate)})${kinds ? ` [${kinds}]` : ""}${sortedRules(g).length ? `; by rule: ${sortedRules(g).map(([r, n]) => `${oneLine(r)} ${n}`).join(", ")}` : ""}`,
    `  approval latency: median ${dur(g.approval_latency.median_s)}, p90 ${dur(g.approval_latency.p90_s)} over ${g.approval_latency.count} approval(s)`,
    `  policy: ${g.coverage.repository_policy} of ${g.coverage.change_reviews} change review(s) under the repository's policy, ${g.coverage.with_manifest} with a task manifest`
  ];
}
function periodText(m) {
  const { since, until } = m.period;
  return since || until ? `${since ?? "the start"} to ${until ?? "now"} (${m.outside_period} run(s) outside)` : "all time";
}
function skippedText(m) {
  const s2 = Object.entries(m.skipped ?? {});
  return s2.length ? `not read: ${s2.map(([why, n]) => `${n} ${why}`).join(", ")}` : "";
}
function renderMetricsText(m) {
  const v = metricsVerdict(m);
  const lines = [`agent-guard metrics: ${v.text}. ${m.files} evidence file(s), ${m.invalid.length} invalid; period: ${periodText(m)}`];
  if (skippedText(m)) lines.push(skippedText(m));
  if (m.source) lines.push(...sourceLines(m.source));
  for (const r of metricsRisks(m)) lines.push(`  ${r.level === "bad" ? "!!" : "! "} ${oneLine(r.text)}`);
  for (const i of m.invalid) lines.push(`  invalid: ${oneLine(i.file)}: ${oneLine(i.problems.join("; "))}`);
  lines.push(`rollback readiness: ${oneLine(rollbackLine(m))}`, `policy coverage: ${coverageLine(m)}`);
  lines.push(...groupLines(m.overall));
  if (m.repositories.length > 1) for (const g of m.repositories) lines.push(...groupLines(g));
  return lines.join("\n");
}
function renderMetricsMarkdown(m) {
  const v = metricsVerdict(m);
  const g = m.overall;
  const out = [`## agent-guard metrics: ${md(v.text)}`, "", `**${m.files}** evidence file(s), **${m.invalid.length}** invalid; period: ${md(periodText(m))}.${skippedText(m) ? ` ${md(skippedText(m))}.` : ""}`, ""];
  if (m.source) out.push(...sourceLines(m.source).map((l) => `- ${md(l)}`), "");
  const risks = metricsRisks(m);
  if (risks.length) out.push("### Top risks", ...risks.map((r) => `- ${r.level === "bad" ? "**" : ""}${md(r.text)}${r.level === "bad" ? "**" : ""}`), "");
  out.push(
    "### The six metrics",
    ...mdTable(
      ["Metric", "Value"],
      [
        ["Credential lifetime", `median ${dur(g.credential_lifetime.median_s)}, max ${dur(g.credential_lifetime.max_s)} (${g.credential_lifetime.count} credential(s), ${g.credential_lifetime.never_revoked} never revoked)`],
        ["Capabilities per task", `granted ${g.capabilities.granted}, needed ${g.capabilities.needed}, used ${g.capabilities.used}, unused ${g.capabilities.unused} over ${g.capabilities.tasks} task(s)`],
        ["Denied-action rate", `${rate(g.denials.rate)} (${g.denials.denied} of ${g.denials.decisions})`],
        ["Approval latency", `median ${dur(g.approval_latency.median_s)}, p90 ${dur(g.approval_latency.p90_s)} (${g.approval_latency.count} approval(s))`],
        ["Rollback readiness", md(rollbackLine(m))],
        ["Policy coverage", md(coverageLine(m))]
      ]
    ),
    ""
  );
  if (m.repositories.length) {
    out.push(
      "### Per repository",
      ...mdTable(
        ["Repository", "Runs", "Credential lifetime (median / max)", "Never revoked", "Capabilities granted / needed / unused", "Denied", "Approval latency (median / p90)", "Own policy"],
        m.repositories.map((r) => [mdCode(r.repository), String(r.runs), `${dur(r.credential_lifetime.median_s)} / ${dur(r.credential_lifetime.max_s)}`, String(r.credential_lifetime.never_revoked), `${r.capabilities.granted} / ${r.capabilities.needed} / ${r.capabilities.unused}`, `${r.denials.denied}/${r.denials.decisions} (${rate(r.denials.rate)})`, `${dur(r.approval_latency.median_s)} / ${dur(r.approval_latency.p90_s)}`, `${r.coverage.repository_policy}/${r.coverage.change_reviews}`])
      ),
      ""
    );
  }
  const rules = sortedRules(g);
  if (rules.length) out.push("### Denials by rule", ...mdTable(["Rule", "Denied runs"], rules.map(([r, n]) => [mdCode(r), String(n)])), "");
  if (m.invalid.length) out.push("### Invalid evidence files", ...m.invalid.map((i) => `- ${mdCode(i.file)}: ${md(i.problems.join("; "))}`), "");
  return out.join("\n");
}
var NEVER_REVOKED_LISTED = 20;
function renderMetricsHtml(m) {
  const g = m.overall;
  const v = metricsVerdict(m);
  const risks = metricsRisks(m);
  const rb = m.rollback;
  const body = [
    "<h1>agent-guard metrics</h1>",
    `<p class="note">${h(`${m.files} evidence file(s), ${m.invalid.length} invalid; period: ${periodText(m)}${skippedText(m) ? `; ${skippedText(m)}` : ""}`)}</p>`,
    m.source ? `<p class="note">${sourceLines(m.source).map(h).join("<br>")}</p>` : "",
    `<div class="verdict ${v.level}"><strong>${h(v.text)}</strong>${risks.length ? `<ol class="risks">${risks.map((r) => `<li class="${r.level}">${h(r.text)}</li>`).join("")}</ol>` : ""}</div>`,
    '<div class="tiles wide">',
    tile("Credential lifetime (median)", dur(g.credential_lifetime.median_s), `max ${dur(g.credential_lifetime.max_s)}; ${g.credential_lifetime.never_revoked} never revoked`),
    tile("Unused capabilities", g.capabilities.unused, `of ${g.capabilities.granted} granted, ${g.capabilities.needed} needed, over ${g.capabilities.tasks} task(s)`),
    tile("Denied-action rate", rate(g.denials.rate), `${g.denials.denied} of ${g.denials.decisions} decisions`),
    tile("Approval latency (median)", dur(g.approval_latency.median_s), `p90 ${dur(g.approval_latency.p90_s)} over ${g.approval_latency.count} approval(s)`),
    tile("Rollback readiness", rb.measured ? rate(rb.share) : "not measured", rb.measured ? `${rb.clean} clean, ${rb.conflicts} conflicts on ${rb.default_branch}` : "give --repo DIR"),
    tile("Policy coverage", rate(m.policy_coverage.share), `${m.policy_coverage.with_policy} of ${m.policy_coverage.repositories} repositor(ies)`),
    "</div>",
    '<div class="charts">',
    m.trend.labels.length > 1 ? trendLines(`Runs and denied runs per ${m.trend.unit}`, m.trend.labels, [{ label: "runs", color: "#0969da", values: m.trend.runs }, { label: "denied", color: "#cf222e", values: m.trend.denied }]) : "",
    stackedBars("Decisions per kind", Object.entries(g.denials.by_kind).map(([k, o2]) => ({ label: k, parts: [o2.decisions - o2.denied, o2.denied] })), [{ label: "not denied", color: "#2da44e" }, { label: "denied", color: "#cf222e" }]),
    g.capabilities.granted ? stackedBars("Capabilities per repository", m.repositories.filter((r) => r.capabilities.granted).map((r) => ({ label: r.repository, parts: [r.capabilities.used, r.capabilities.unused] })), [{ label: "used", color: "#0969da" }, { label: "granted, unused", color: "#bf8700" }]) : "",
    "</div>",
    "<h2>Per repository</h2>",
    table(
      // The markdown table's columns: twelve narrow ones squeezed the repository names into fragments.
      ["Repository", "Runs", "Credential lifetime (median / max)", "Never revoked", "Capabilities granted / needed / unused", "Denied", "Approval latency (median / p90)", "Own policy"],
      [g, ...m.repositories].map((r) => [code(r.repository), h(r.runs), h(`${dur(r.credential_lifetime.median_s)} / ${dur(r.credential_lifetime.max_s)}`), h(r.credential_lifetime.never_revoked), h(`${r.capabilities.granted} / ${r.capabilities.needed} / ${r.capabilities.unused}`), h(`${r.denials.denied}/${r.denials.decisions} (${rate(r.denials.rate)})`), h(`${dur(r.approval_latency.median_s)} / ${dur(r.approval_latency.p90_s)}`), h(`${r.coverage.repository_policy}/${r.coverage.change_reviews}`)]),
      [1, 2, 3, 4, 5, 6, 7]
    ),
    sortedRules(g).length ? `<h2>Denials by rule</h2>${table(["Rule", "Denied runs"], sortedRules(g).map(([r, n]) => [code(r), h(n)]), [1])}` : "",
    g.credential_lifetime.never_revoked ? `<h2>Credentials never revoked</h2>${table(["Evidence file"], g.credential_lifetime.never_revoked_files.slice(0, NEVER_REVOKED_LISTED).map((f) => [code(f)]))}${g.credential_lifetime.never_revoked_files.length > NEVER_REVOKED_LISTED ? `<p class="note">${h(`and ${g.credential_lifetime.never_revoked_files.length - NEVER_REVOKED_LISTED} more (all of them in --format json)`)}</p>` : ""}` : "",
    rb.measured && rb.checks.length ? `<h2>Rollback checks on ${h(rb.default_branch)}</h2>${table(["Commit", "Repository", "Outcome", "Detail"], rb.checks.map((c) => [code(c.commit.slice(0, 12)), code(c.repository), h(c.outcome), h(c.detail ?? "")]))}` : "",
    m.invalid.length ? `<h2>Invalid evidence files</h2>${table(["File", "Problems"], m.invalid.map((i) => [code(i.file), h(i.problems.join("; "))]))}` : ""
  ].join("\n");
  return renderPage({ title: "agent-guard metrics", body });
}

// src/cli/metrics-org.ts
async function runMetricsOrg(values, format, io) {
  const args = orgEvidenceArgs(values, io.cwd, METRICS_USAGE);
  const offline = values.offline === true;
  if (offline && values.reserve !== void 0) throw new UsageError("--reserve limits the download: it has no meaning with --offline");
  let download = null;
  if (!offline) {
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || "";
    if (!token) throw new UsageError(`GITHUB_TOKEN (or GH_TOKEN) is not set: metrics --org downloads the period's artifacts through the API first; give --offline to re-read the snapshot in ${oneLine(args.snapshot)} without the network`);
    download = await downloadForCli(args, io, "metrics --org");
    if (!download) return EXIT.DENY;
  }
  let snapshot;
  try {
    snapshot = await readSnapshot(args.snapshot, { org: args.org, artifactName: args.artifactName });
  } catch (err) {
    if (!(err instanceof SnapshotError)) throw err;
    io.err(`agent-guard metrics --org: ${oneLine(err.message)}`);
    return EXIT.DENY;
  }
  const read = { docs: [], invalid: [], skipped: {} };
  for (const f of snapshot.evidence) addEvidence(read, f.file, f.bytes);
  const period = {};
  if (args.since !== void 0) period.since = args.since;
  if (args.until !== void 0) period.until = args.until;
  const source = {
    organisation: snapshot.index.organisation,
    artifact_name: snapshot.index.artifact_name,
    snapshot: args.snapshot,
    index_sha256: snapshot.indexSha256,
    updated_at: snapshot.index.updated_at,
    artifacts: snapshot.index.artifacts.length,
    evidence_files: snapshot.evidence.length,
    bundles: snapshot.bundles,
    download: download && {
      requests: download.requests,
      not_modified: download.notModified,
      repositories: download.repositories,
      in_period: download.inPeriod,
      downloaded: download.downloaded,
      reused: download.reused,
      expired: download.expired.length,
      problems: download.problems,
      stopped_for_budget: download.stoppedForBudget
    }
  };
  const rollback = { measured: false, reason: `not measured across an organisation: it reverts each change in a clone of its repository (agent-guard metrics ${oneLine(args.snapshot)}/evidence/OWNER/REPO --repo CLONE)` };
  const report = { ...computeMetrics(read.docs, read.invalid, period, rollback), skipped: read.skipped, source };
  if (format === "json") io.out(JSON.stringify(report, null, 2));
  else if (format === "markdown") io.out(renderMetricsMarkdown(report));
  else if (format === "html") io.out(renderMetricsHtml(report));
  else io.out(renderMetricsText(report));
  for (const i of read.invalid) io.err(`agent-guard metrics: invalid evidence ${oneLine(i.file)}: ${oneLine(i.problems.join("; "))}`);
  if (download && (download.problems.length || download.stoppedForBudget !== null)) return EXIT.DENY;
  return read.invalid.length ? EXIT.INVALID : EXIT.OK;
}

// src/cli/metrics.ts
function parseTime(flag, value, endOfDay) {
  if (value === void 0) return void 0;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(day ? `${value}T00:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || !Number.isFinite(ms)) throw new UsageError(`${flag} must be a date (YYYY-MM-DD) or an ISO time, not ${JSON.stringify(value)}`);
  return day && endOfDay ? ms + 864e5 - 1 : ms;
}
async function runMetrics(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      since: { type: "string" },
      until: { type: "string" },
      repo: { type: "string" },
      "default-branch": { type: "string" },
      format: { type: "string", default: "text" },
      org: { type: "string" },
      snapshot: { type: "string" },
      "artifact-name": { type: "string" },
      reserve: { type: "string" },
      offline: { type: "boolean" }
    },
    strict: true,
    allowPositionals: true
  });
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "markdown" && format !== "html") throw new UsageError(`--format must be text, json, markdown or html, not ${JSON.stringify(format)}`);
  if (values.org !== void 0 || values.snapshot !== void 0) {
    if (positionals.length) throw new UsageError(`--org reads the organisation's snapshot, not evidence paths (${JSON.stringify(oneLine(positionals[0]))}): give one or the other
usage: ${METRICS_USAGE}`);
    if (values.repo !== void 0 || values["default-branch"] !== void 0) throw new UsageError("--repo measures rollback readiness in one clone: it has no meaning with --org (run metrics SNAPSHOT/evidence/OWNER/REPO --repo CLONE)");
    return runMetricsOrg(values, format, io);
  }
  for (const flag of ["artifact-name", "reserve", "offline"]) if (values[flag] !== void 0) throw new UsageError(`--${flag} needs --org NAME --snapshot DIR`);
  if (positionals.length === 0) throw new UsageError(`give at least one evidence file, folder or artifact zip
usage: ${METRICS_USAGE}`);
  if (values["default-branch"] !== void 0 && values.repo === void 0) throw new UsageError("--default-branch needs --repo");
  const period = {};
  const since = parseTime("--since", values.since, false);
  const until = parseTime("--until", values.until, true);
  if (since !== void 0) period.since = since;
  if (until !== void 0) period.until = until;
  if (since !== void 0 && until !== void 0 && since > until) throw new UsageError("--since is after --until");
  const abs = (p) => p.startsWith("/") ? p : `${io.cwd}/${p}`;
  const read = readEvidence(positionals.map(abs));
  let rollback = { measured: false, reason: ROLLBACK_NOT_MEASURED };
  if (values.repo !== void 0) {
    try {
      rollback = await measureRollback(abs(values.repo), rollbackCandidates(read.docs, period), values["default-branch"] !== void 0 ? { defaultBranch: values["default-branch"] } : {});
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
      io.err(`agent-guard metrics: rollback readiness: ${err.message}${err.hint ? `. Fix: ${err.hint}` : ""}`);
      return EXIT.INVALID;
    }
  }
  const result = { ...computeMetrics(read.docs, read.invalid, period, rollback), skipped: read.skipped };
  if (format === "json") io.out(JSON.stringify(result, null, 2));
  else if (format === "markdown") io.out(renderMetricsMarkdown(result));
  else if (format === "html") io.out(renderMetricsHtml(result));
  else io.out(renderMetricsText(result));
  for (const i of read.invalid) io.err(`agent-guard metrics: invalid evidence ${oneLine(i.file)}: ${oneLine(i.problems.join("; "))}`);
  return read.invalid.length ? EXIT.INVALID : EXIT.OK;
}
export {
  runMetrics
};
