// Evidence: one JSON document per action run, built here for every action from plain values; it never
// holds a token. The metrics are computed from these files.

import type { GateResult } from './approval-gate.js';
import type { LatencyResult } from './approval-latency.js';
import { GATE_CONTEXT, gateJson, type ProtectedTarget, type RenderExtras } from './approval-report.js';
import type { Evaluation } from './evaluate.js';
import type { Json } from './json.js';

export const EVIDENCE_VERSION = 'agent-guard.evidence/v1';

export interface JobIdentity {
  repository: string | null;
  run_id: string | null;
  run_attempt: string | null;
  workflow: string | null;
  job: string | null;
  actor: string | null;
  event: string | null;
  ref: string | null;
  sha: string | null;
}

export function jobIdentity(env: Record<string, string | undefined>): JobIdentity {
  const v = (k: string) => env[k] ?? null;
  return {
    repository: v('GITHUB_REPOSITORY'),
    run_id: v('GITHUB_RUN_ID'),
    run_attempt: v('GITHUB_RUN_ATTEMPT'),
    workflow: v('GITHUB_WORKFLOW'),
    job: v('GITHUB_JOB'),
    actor: v('GITHUB_ACTOR'),
    event: v('GITHUB_EVENT_NAME'),
    ref: v('GITHUB_REF'),
    sha: v('GITHUB_SHA'),
  };
}

export interface Timings {
  started_at: string;
  finished_at: string;
  duration_ms: number;
}

export function timingsBetween(started: Date, finished: Date): Timings {
  return { started_at: started.toISOString(), finished_at: finished.toISOString(), duration_ms: finished.getTime() - started.getTime() };
}

export interface Denial {
  rule: string;
  code: string;
  message: string;
  path?: string;
  capability?: string;
}

/** Every denial of an evaluation with its rule id: the violations and the reasons of denied files, once each. */
export function evaluationDenials(evaluation: Pick<Evaluation, 'files' | 'violations'>): Denial[] {
  const out: Denial[] = [];
  const seen = new Set<string>();
  const add = (d: Denial) => {
    const key = `${d.rule}\0${d.code}\0${d.path ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(d);
  };
  for (const v of evaluation.violations) add({ rule: v.rule, code: v.code, message: v.message, ...(v.path !== undefined ? { path: v.path } : {}) });
  for (const f of evaluation.files) {
    if (f.decision !== 'deny') continue;
    for (const r of f.reasons) add({ rule: r.rule, code: r.code, message: r.message, path: f.path });
  }
  return out;
}

const COMMIT = /^([0-9a-f]{40}|[0-9a-f]{64})$/;

/** The commit a change landed as, when the event says: a merged pull request, a merge group's head, a push. */
export function mergeCommitFromEvent(eventName: string, payload: unknown): string | null {
  const o = (v: unknown) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  const sha = (v: unknown) => (typeof v === 'string' && COMMIT.test(v) ? v : null);
  const p = o(payload);
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = o(p.pull_request);
    return pr.merged === true ? sha(pr.merge_commit_sha) : null;
  }
  if (eventName === 'merge_group') return sha(o(p.merge_group).head_sha);
  if (eventName === 'push') return sha(p.after);
  return null;
}

export function guardDiffEvidence(evaluation: Evaluation, job: JobIdentity, timings: Timings, mode: string, mergeCommit: string | null = null) {
  return {
    version: EVIDENCE_VERSION,
    action: 'guard-diff',
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
    timings,
  };
}

/** The approval gate's run: what it judged, how, and what it published. */
export interface GateRun {
  result: GateResult;
  event: { name: string; action: string | null; head_sha: string | null };
  extras: RenderExtras;
  where: ProtectedTarget;
}

/** The approval gate's evidence; `run` null when the gate failed before deciding (`error` says why). */
export function approvalGateEvidence(job: JobIdentity, timings: Timings, body: { run: GateRun } | { error: string; status: Json; api_requests: Json }) {
  const head = { version: EVIDENCE_VERSION, action: 'approval-gate', job };
  if (!('run' in body)) return { ...head, decision: 'deny', denials: [{ rule: 'approval-gate/error', code: 'gate_error', message: body.error }], error: body.error, status: body.status, api_requests: body.api_requests, credentials: [], timings };
  const { result, event, extras, where } = body.run;
  const latency: LatencyResult = extras.latency ?? { measured: false, reason: `the gate is not approved (${result.decision})` };
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
    denials: result.decision === 'deny' ? gateDenials(result) : [],
    review_requests: extras.routing ?? null,
    status: { context: GATE_CONTEXT, ...extras.status, protected_target: where },
    api_requests: { total: result.counter.total, by_phase: { ...result.counter.byPhase } },
    credentials: [],
    timings,
  };
}

/** A denying gate's denials: the change's own (with their rule ids) and what the collection found. */
function gateDenials(result: GateResult): Denial[] {
  return [...evaluationDenials(result.change), ...result.problems.map((p) => ({ rule: 'approval-gate/collection', code: 'gate_problem', message: p }))];
}

/** request-capability's refusals as denials: they come from the capability request, not a rule module. */
export function refusalDenials(refusals: readonly { code: string; message: string; capability?: string }[]): Denial[] {
  return refusals.map((r) => ({ rule: `request-capability/${r.code}`, code: r.code, message: r.message, ...(r.capability !== undefined ? { capability: r.capability } : {}) }));
}
