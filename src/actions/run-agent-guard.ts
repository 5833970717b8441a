// The root action: guard-diff, then, in a pull request or merge queue event, the approval gate, in one
// step. "Just protect my repo". The gate also runs on `allow`: its `agent-guard/approval-gate` status
// (success, no approval required) is what a ruleset requiring that status waits for on every pull
// request, and on a merge queue's group commit.

import type { ActionsCore } from './toolkit.js';
import { runApprovalGate, type ApprovalGateDeps } from './run-approval-gate.js';
import { runGuardDiff } from './run-guard-diff.js';
import { uploadEvidenceStep } from './upload-evidence.js';

// merge_group: the queue waits for the required status on the group's commit (the gate judges the group's pull requests).
const GATE_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'merge_group']);

export async function runAgentGuard(core: ActionsCore, env: Record<string, string | undefined>, deps: ApprovalGateDeps = {}): Promise<void> {
  // Both steps' evidence goes into one artifact (names are unique in a run), uploaded once at the end.
  const evidence: string[] = [];
  try {
    await guardThenGate(core, env, { ...deps, collectEvidence: evidence });
  } finally {
    if (evidence.length) await uploadEvidenceStep(core, env, evidence);
  }
}

async function guardThenGate(core: ActionsCore, env: Record<string, string | undefined>, deps: ApprovalGateDeps & { collectEvidence: string[] }): Promise<void> {
  const evaluation = await runGuardDiff(core, env, { collectEvidence: deps.collectEvidence });
  // guard-diff has failed the step already on deny or on any error.
  if (evaluation === null || evaluation.verdict === 'deny') return;
  if (!GATE_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) {
    if (evaluation.verdict === 'allow') return;
    // Outside a pull request there is no review to count; the approval gate's status on the pull
    // request (a required check) is what blocks the merge.
    core.notice(`agent-guard: approval required (${evaluation.tier} tier); it is enforced by the approval gate on the pull request`);
    return;
  }
  await runApprovalGate(core, env, deps);
}
