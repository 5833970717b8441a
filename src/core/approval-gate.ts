// The approval gate's result, and the one rule that joins collection to decision: the collector
// gathers facts phase by phase, each phase adding the problems it found (a list that shifted, a
// head that moved, an unreadable answer); any problem makes the gate deny, whatever the core decided.

import type { ReviewWaitEvent } from './approval-latency.js';
import type { PullInfo } from './approval-facts.js';
import type { InitiatorDecision } from './approval-initiator.js';
import type { MergeGroupJudgement } from './approval-merge-group.js';
import type { ApprovalDecision, ApprovalEvaluation, ApprovalFacts } from './approvals.js';
import type { Evaluation } from './evaluate.js';
import type { Policy } from './policy.js';

export interface ApiRequestCounter {
  /** HTTP requests sent, retries included. */
  readonly total: number;
  /** Requests per phase (collect, permissions, latency, publish, ...). */
  readonly byPhase: Readonly<Record<string, number>>;
  /** The phase the next requests are counted in. */
  phase: string;
}

/** What one collection phase found: its facts, and the problems that make the gate deny. */
export interface PhaseResult<T> {
  facts: T;
  problems: string[];
  /** How the facts were obtained, for the reader (not a reason to deny). */
  notes: string[];
}

export interface GateResult {
  /** The gate's decision: the core's, or deny when the collection found a reason to. */
  decision: ApprovalDecision;
  evaluation: ApprovalEvaluation;
  /** Reasons found while collecting that make the result a deny (inconsistent lists, unreadable files). */
  problems: string[];
  repository: string;
  pull: PullInfo;
  facts: ApprovalFacts;
  policy: Policy;
  policySource: { source: string; sha256: string; baseline: boolean };
  manifestSource: { source: string; sha256: string } | null;
  /** How the tier was computed. */
  tierSource: { mode: 'git' | 'files_api'; notes: string[] };
  /** Where the policy, manifest and CODEOWNERS were read at the base commit. */
  baseFilesVia: 'git' | 'contents_api';
  change: Evaluation;
  identicalRebase: { applies: boolean; notes: string[] };
  counter: ApiRequestCounter;
  /**
   * The pull request's issue events, when the collector read them (only before reporting approved: an
   * approval submitted before the last change of the base branch does not count). The action reuses
   * them for the approval latency.
   */
  waitEvents?: { events: ReviewWaitEvent[]; complete: boolean };
  /** Who dispatched a run on a commit the change starts from, when the collector looked (only before reporting approved). */
  initiators?: InitiatorDecision;
  /** On merge_group: the group and whether its change is the judged pull request's. */
  mergeGroup?: MergeGroupJudgement;
}

/** Any problem found while collecting means deny; otherwise the core's decision stands. */
export function gateDecision(problems: readonly string[], evaluation: Pick<ApprovalEvaluation, 'decision'>): ApprovalDecision {
  return problems.length > 0 ? 'deny' : evaluation.decision;
}

/** The last change of the base branch: null when there was none, '' (unknown, rejects every approval) when one has no valid time. */
export function lastBaseChange(times: readonly string[]): string | null {
  if (times.length === 0) return null;
  let last: { at: string; t: number } | undefined;
  for (const at of times) {
    const t = Date.parse(at);
    if (!Number.isFinite(t)) return '';
    if (!last || t > last.t) last = { at, t };
  }
  return last!.at;
}
