import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  GATE_CONTEXT,
  gateJson
} from "./chunk-DZ577L3F.js";

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
function guardDiffEvidence(evaluation, job, timings, mode) {
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
    capabilities: evaluation.capabilities,
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
  if (!("run" in body)) return { ...head, decision: "deny", error: body.error, status: body.status, api_requests: body.api_requests, credentials: [], timings };
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
    policy: result.policySource,
    manifest: result.manifestSource,
    decision: result.decision,
    tier: result.evaluation.tier,
    approvals: gateJson(result),
    latency,
    review_requests: extras.routing ?? null,
    status: { context: GATE_CONTEXT, ...extras.status, protected_target: where },
    api_requests: { total: result.counter.total, by_phase: { ...result.counter.byPhase } },
    credentials: [],
    timings
  };
}

export {
  EVIDENCE_VERSION,
  jobIdentity,
  timingsBetween,
  guardDiffEvidence,
  approvalGateEvidence
};
