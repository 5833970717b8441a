import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  GATE_CONTEXT,
  gateJson
} from "./chunk-CVI2Q4P5.js";

// src/core/evidence.ts
var EVIDENCE_VERSION = "agent-guard.evidence/v1";
function jobIdentity(env) {
  const v = (k) => env[k] ?? null;
  return {
    repository: v("GITHUB_REPOSITORY"),
    run_id: v("GITHUB_RUN_ID"),
    run_attempt: v("GITHUB_RUN_ATTEMPT"),
    workflow: v("GITHUB_WORKFLOW"),
    job: v("GITHUB_JOB"),
    actor: v("GITHUB_ACTOR"),
    event: v("GITHUB_EVENT_NAME"),
    ref: v("GITHUB_REF"),
    sha: v("GITHUB_SHA")
  };
}
function timingsBetween(started, finished) {
  return { started_at: started.toISOString(), finished_at: finished.toISOString(), duration_ms: finished.getTime() - started.getTime() };
}
function evaluationDenials(evaluation) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (d) => {
    const key = `${d.rule}\0${d.code}\0${d.path ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(d);
  };
  for (const v of evaluation.violations) add({ rule: v.rule, code: v.code, message: v.message, ...v.path !== void 0 ? { path: v.path } : {} });
  for (const f of evaluation.files) {
    if (f.decision !== "deny") continue;
    for (const r of f.reasons) add({ rule: r.rule, code: r.code, message: r.message, path: f.path });
  }
  return out;
}
var COMMIT = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
function mergeCommitFromEvent(eventName, payload) {
  const o = (v) => v !== null && typeof v === "object" ? v : {};
  const sha = (v) => typeof v === "string" && COMMIT.test(v) ? v : null;
  const p = o(payload);
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const pr = o(p.pull_request);
    return pr.merged === true ? sha(pr.merge_commit_sha) : null;
  }
  if (eventName === "merge_group") return sha(o(p.merge_group).head_sha);
  if (eventName === "push") return sha(p.after);
  return null;
}
function guardDiffEvidence(evaluation, job, timings, mode, mergeCommit = null) {
  return {
    version: EVIDENCE_VERSION,
    action: "guard-diff",
    mode,
    job,
    base: evaluation.base,
    head: evaluation.head,
    merge_base: evaluation.merge_base,
    branch: evaluation.branch,
    policy: evaluation.policy,
    manifest: evaluation.manifest,
    verdict: evaluation.verdict,
    tier: evaluation.tier,
    files: evaluation.files,
    violations: evaluation.violations,
    // What the change needed is what its files used: the minimum grant for this change.
    capabilities: { ...evaluation.capabilities, needed: [...evaluation.capabilities.used] },
    denials: evaluationDenials(evaluation),
    merge_commit: mergeCommit,
    // What the reader must know about how the verdict was reached (the baseline policy applied, no
    // manifest, branch checks skipped on a merge group).
    notes: evaluation.notes,
    approvals: null,
    credentials: [],
    timings
  };
}
function approvalGateEvidence(job, timings, body) {
  const head = { version: EVIDENCE_VERSION, action: "approval-gate", job };
  if (!("run" in body)) return { ...head, decision: "deny", denials: [{ rule: "approval-gate/error", code: "gate_error", message: body.error }], error: body.error, status: body.status, api_requests: body.api_requests, credentials: [], timings };
  const { result, event, extras, where } = body.run;
  const latency = extras.latency ?? { measured: false, reason: `the gate is not approved (${result.decision})` };
  return {
    ...head,
    repository: result.repository,
    pull_request: result.pull.number,
    event,
    base: result.evaluation.baseSha,
    head: result.evaluation.headSha,
    branch: result.pull.headRef,
    base_branch: result.pull.baseRef,
    // The exemptions the change was judged with (guard-diff's evidence carries them the same way).
    policy: result.change.policy.exempt ? { ...result.policySource, exempt: result.change.policy.exempt } : result.policySource,
    manifest: result.manifestSource,
    decision: result.decision,
    tier: result.evaluation.tier,
    approvals: gateJson(result),
    latency,
    approval_requested_at: latency.measured ? latency.latency.start.at : null,
    approval_decided_at: latency.measured ? latency.latency.satisfiedAt : null,
    denials: result.decision === "deny" ? gateDenials(result) : [],
    review_requests: extras.routing ?? null,
    status: { context: GATE_CONTEXT, ...extras.status, protected_target: where },
    api_requests: { total: result.counter.total, by_phase: { ...result.counter.byPhase } },
    credentials: [],
    timings
  };
}
function gateDenials(result) {
  return [...evaluationDenials(result.change), ...result.problems.map((p) => ({ rule: "approval-gate/collection", code: "gate_problem", message: p }))];
}
function refusalDenials(refusals) {
  return refusals.map((r) => ({ rule: `request-capability/${r.code}`, code: r.code, message: r.message, ...r.capability !== void 0 ? { capability: r.capability } : {} }));
}

export {
  EVIDENCE_VERSION,
  jobIdentity,
  timingsBetween,
  mergeCommitFromEvent,
  guardDiffEvidence,
  approvalGateEvidence,
  refusalDenials
};
