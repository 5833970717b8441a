// Evidence: one JSON document per action run (DESIGN section 3). Built from plain values; never holds
// a token. The metrics are computed from these files.

import type { Evaluation } from './evaluate.js';

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

export function guardDiffEvidence(evaluation: Evaluation, job: JobIdentity, timings: Timings, mode: string) {
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
    capabilities: evaluation.capabilities,
    // What the reader must know about how the verdict was reached (the baseline policy applied, no
    // manifest, branch checks skipped on a merge group).
    notes: evaluation.notes,
    approvals: null,
    credentials: [],
    timings,
  };
}
