// Approval latency (a metric of the evidence): how long a pull request waited for the approval that
// satisfied the gate. Pure: the adapter supplies the pull request's opening time, its review-request
// and ready-for-review events (issue events API), and the approvals the gate counted.
//
// Definitions:
// - The approval that satisfied the gate is the earliest counted approval (by `submitted_at`) at which
//   the counted approvals submitted so far meet the count and, when code owners are required, cover
//   every code-owned path. Approvals without a parsable time cannot be placed and are skipped.
// - The wait starts at the most recent of: the pull request being opened, it becoming ready for
//   review, or a review being requested from the approver who satisfied the gate (by login; a request
//   to a team cannot be tied to a member and is not used), each taken at or before the approval. The
//   most recent one is used because an earlier request may have been answered with a change request,
//   after which the agent pushed again and the wait started over.

export type WaitStartKind = 'opened' | 'ready_for_review' | 'review_requested';

export interface ReviewWaitEvent {
  kind: 'review_requested' | 'ready_for_review';
  /** ISO-8601 time of the event. */
  at: string;
  /** Login of the user a review was requested from (absent for a team request). */
  reviewer?: string | null;
}

export interface CountedApprovalTime {
  login: string;
  reviewId: number;
  submittedAt?: string | null;
}

export interface LatencyInput {
  /** When the pull request was opened (REST `created_at`). */
  openedAt: string;
  events: readonly ReviewWaitEvent[];
  /** The approvals the gate counted, in any order. */
  approvals: readonly CountedApprovalTime[];
  /** Distinct approvals the tier needs. */
  required: number;
  /** Per code-owned path, the counted approvers that satisfy it (when the code-owner requirement applies). */
  codeownerPaths?: readonly { path: string; satisfiedBy: readonly string[] }[];
}

export interface ApprovalLatency {
  seconds: number;
  start: { kind: WaitStartKind; at: string; reviewer?: string };
  satisfiedAt: string;
  satisfiedBy: { login: string; reviewId: number };
}

export type LatencyResult = { measured: true; latency: ApprovalLatency } | { measured: false; reason: string };

function time(iso: string | null | undefined): number | undefined {
  if (typeof iso !== 'string' || iso.length === 0) return undefined;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : undefined;
}

const fold = (login: string) => login.toLowerCase();

/** The latency from the start of the wait to the approval that satisfied the gate, or why there is none. */
export function approvalLatency(input: LatencyInput): LatencyResult {
  const paths = input.codeownerPaths ?? [];
  if (input.required <= 0 && paths.length === 0) return { measured: false, reason: 'no approval was required' };
  const opened = time(input.openedAt);
  if (opened === undefined) return { measured: false, reason: 'the pull request has no valid opening time' };

  const timed = input.approvals
    .map((a) => ({ a, t: time(a.submittedAt) }))
    .filter((x): x is { a: CountedApprovalTime; t: number } => x.t !== undefined)
    .sort((x, y) => x.t - y.t || x.a.reviewId - y.a.reviewId);
  const skipped = input.approvals.length - timed.length;

  // The shortest prefix of approvals (in time order) that meets every requirement.
  const approvers = new Set<string>();
  let satisfying: { a: CountedApprovalTime; t: number } | undefined;
  for (const x of timed) {
    approvers.add(fold(x.a.login));
    const countMet = approvers.size >= input.required;
    const ownersMet = paths.every((p) => p.satisfiedBy.some((l) => approvers.has(fold(l))));
    if (countMet && ownersMet) {
      satisfying = x;
      break;
    }
  }
  if (!satisfying) {
    return {
      measured: false,
      reason: `the counted approvals do not satisfy the gate${skipped > 0 ? ` (${skipped} approval${skipped === 1 ? '' : 's'} without a submission time)` : ''}`,
    };
  }

  const at = satisfying.t;
  let start: ApprovalLatency['start'] = { kind: 'opened', at: new Date(opened).toISOString() };
  let startTime = opened;
  for (const e of input.events) {
    const t = time(e.at);
    if (t === undefined || t > at || t < startTime) continue;
    if (e.kind === 'ready_for_review') {
      start = { kind: 'ready_for_review', at: new Date(t).toISOString() };
      startTime = t;
    } else if (e.kind === 'review_requested' && e.reviewer && fold(e.reviewer) === fold(satisfying.a.login)) {
      start = { kind: 'review_requested', at: new Date(t).toISOString(), reviewer: e.reviewer };
      startTime = t;
    }
  }
  return {
    measured: true,
    latency: {
      seconds: Math.max(0, Math.round((at - startTime) / 1000)),
      start,
      satisfiedAt: new Date(at).toISOString(),
      satisfiedBy: { login: satisfying.a.login, reviewId: satisfying.a.reviewId },
    },
  };
}
