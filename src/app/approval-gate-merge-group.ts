// The approval gate on a merge queue's group (`merge_group`): the queue entry's pull request, read from
// the API and judged as the gate judges any pull request but against the group's base (`base_sha`: the
// policy there, the change from there), and then git's proof that the group's commit changes exactly what
// that pull request's approved head changes from the same base: the same paths, modes and old and new
// blobs. Anything not established (no checkout holding the commits, a group not built on its base, a
// pull request into another branch) throws, which the action reports as a deny. See
// src/core/approval-merge-group.ts for what is judged and what this version leaves out.

import { firstDifference } from '../core/approval-facts.js';
import { gateDecision, type GateResult } from '../core/approval-gate.js';
import { groupDiffers, type MergeGroupJudgement, type MergeGroupRef } from '../core/approval-merge-group.js';
import { obj, str } from '../core/json.js';
import type { ChangeEntry } from '../core/types.js';
import { computeChangeSet } from '../adapters/git/change-set.js';
import { GitError } from '../adapters/git/process.js';
import { mergeBase } from '../adapters/git/reads.js';
import { call, requestCounter, type RestClient } from '../adapters/github-rest.js';
import { checkoutHolds } from './approval-gate-git.js';
import { collectApprovalGate, type CollectOptions } from './approval-gate.js';

/** A merge group the gate cannot judge: a deny, with what is missing. */
export class MergeGroupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeGroupError';
  }
}

export async function collectMergeGroupGate(client: RestClient, repo: { owner: string; repo: string }, group: MergeGroupRef, opts: Omit<CollectOptions, 'pullFromEvent' | 'lastPusher'>): Promise<GateResult & { mergeGroup: MergeGroupJudgement }> {
  const at = `merge group ${group.headSha.slice(0, 12)}`;
  const dir = opts.checkout;
  if (!dir) throw new MergeGroupError(`the ${at} is judged with git: check the repository out with fetch-depth: 0 (no checkout at the workspace root)`);
  const holds = await checkoutHolds(dir, group.baseSha, group.headSha);
  if (!holds.ok) throw new MergeGroupError(`the ${at} is judged with git, and the checkout cannot be used: ${holds.why}`);
  const built = await mergeBase(dir, group.baseSha, group.headSha).catch((err: unknown) => (err instanceof GitError ? err.message : String(err)));
  if (built !== group.baseSha) throw new MergeGroupError(`the ${at} is not built on its base ${group.baseSha.slice(0, 12)} (${built.slice(0, 200)})`);

  // The queue entry's pull request, judged against the group's base: its own counts are relative to its own base.
  requestCounter(client).phase = 'collect'; // counted from the first request
  const n = group.pullNumber;
  const raw = obj((await call(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: n })).data);
  const baseRef = str(obj(raw.base).ref);
  if (baseRef !== group.baseBranch) throw new MergeGroupError(`pull request #${n} of the ${at} targets ${JSON.stringify(baseRef ?? null)}, not the group's base branch ${group.baseBranch}`);
  if (str(raw.state) !== 'open') throw new MergeGroupError(`pull request #${n} of the ${at} is ${JSON.stringify(str(raw.state) ?? 'in an unknown state')}, not open`);
  const pull = { ...raw, base: { ...obj(raw.base), sha: group.baseSha }, commits: undefined, changed_files: undefined };
  const result = await collectApprovalGate(client, { ...repo, pullNumber: n }, { ...opts, pullFromEvent: pull });
  const head = result.facts.headSha;
  result.tierSource.notes.unshift(`merge group ${group.headSha.slice(0, 12)} on ${group.baseBranch} at ${group.baseSha.slice(0, 12)} (${group.queueBranch}): pull request #${n} at ${head.slice(0, 12)}, judged against the group's base`);

  // The group's change from its base must be the approved head's change from the same base, exactly.
  let groupEntries: ChangeEntry[] = [];
  let differs: string | undefined;
  try {
    groupEntries = (await computeChangeSet(dir, group.baseSha, group.headSha)).entries;
    const pullEntries = (await computeChangeSet(dir, group.baseSha, head)).entries;
    const path = firstDifference(pullEntries, groupEntries);
    if (path !== undefined) {
      const inPull = pullEntries.some((e) => e.path === path || e.previousPath === path);
      differs = groupDiffers(group, n, head, path, inPull);
    }
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    differs = `the ${at} and pull request #${n}'s head ${head.slice(0, 12)} could not be compared with git (${err.code}: ${err.message.slice(0, 200)}): the checkout (fetch-depth: 0) must hold the pull request's head`;
  }
  if (differs) result.problems.push(differs);
  const mergeGroup: MergeGroupJudgement = {
    headSha: group.headSha,
    baseSha: group.baseSha,
    baseBranch: group.baseBranch,
    queueBranch: group.queueBranch,
    pullRequests: [n],
    approvedHead: head,
    sameChange: differs === undefined,
    ...(differs ? { differs } : {}),
    paths: groupEntries.length,
  };
  return { ...result, decision: gateDecision(result.problems, result.evaluation), mergeGroup };
}
