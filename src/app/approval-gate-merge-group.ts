// The approval gate on a merge queue's group (`merge_group`): each of the group's pull requests (the
// queue entry its branch names, and those ahead of it that the group's merge commits name, each verified
// against the API), read from the API and judged as the gate judges any pull request but against the
// group's base (`base_sha`: the policy there, the change from there); then git's proof that the group's
// commit changes exactly what those approved heads change from the same base: the same paths, modes and
// old and new blobs, no path changed by two of them. Anything not established (no checkout holding the
// commits, a group not built on its base, a pull request into another branch) throws, which the action
// reports as a deny. What is judged and what is left out: src/core/approval-merge-group.ts.

import { gateDecision, type GateResult } from '../core/approval-gate.js';
import { firstDifferingPath, groupDiffers, groupMerges, MAX_GROUP_PULLS, sharedPath, type GroupCommit, type MergeGroupJudgement, type MergeGroupRef } from '../core/approval-merge-group.js';
import { obj, str } from '../core/json.js';
import type { ChangeEntry } from '../core/types.js';
import { computeChangeSet } from '../adapters/git/change-set.js';
import { GitError, gitOk } from '../adapters/git/process.js';
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

/** The group's first-parent commits from its base, oldest first. */
async function firstParents(dir: string, group: MergeGroupRef): Promise<GroupCommit[]> {
  const out = await gitOk(dir, ['log', '--first-parent', '--reverse', '--format=%H %P%x1f%s%x1e', `${group.baseSha}..${group.headSha}`], { maxStdout: 4 * 1024 * 1024 });
  return out
    .toString('utf8')
    .split('\x1e')
    .map((r) => r.trim())
    .filter((r) => r.length > 0)
    .map((r) => {
      const [ids = '', subject = ''] = r.split('\x1f');
      const [sha = '', ...parents] = ids.trim().split(' ');
      return { sha, parents, subject };
    });
}

const passed = (d: string) => d === 'approved' || d === 'not_required';

export async function collectMergeGroupGate(client: RestClient, repo: { owner: string; repo: string }, group: MergeGroupRef, opts: Omit<CollectOptions, 'pullFromEvent' | 'lastPusher'>): Promise<GateResult & { mergeGroup: MergeGroupJudgement }> {
  const at = `merge group ${group.headSha.slice(0, 12)}`;
  const dir = opts.checkout;
  if (!dir) throw new MergeGroupError(`the ${at} is judged with git: check the repository out with fetch-depth: 0 (no checkout at the workspace root)`);
  const holds = await checkoutHolds(dir, group.baseSha, group.headSha);
  if (!holds.ok) throw new MergeGroupError(`the ${at} is judged with git, and the checkout cannot be used: ${holds.why}`);
  const built = await mergeBase(dir, group.baseSha, group.headSha).catch((err: unknown) => (err instanceof GitError ? err.message : String(err)));
  if (built !== group.baseSha) throw new MergeGroupError(`the ${at} is not built on its base ${group.baseSha.slice(0, 12)} (${built.slice(0, 200)})`);

  // The pull requests: those ahead that a merge commit names, then the queue entry itself.
  const merges = groupMerges(await firstParents(dir, group));
  const numbers = [...new Set([...merges.map((m) => m.number), group.pullNumber])];
  if (numbers.length > MAX_GROUP_PULLS) throw new MergeGroupError(`the ${at} names ${numbers.length} pull requests; the gate judges at most ${MAX_GROUP_PULLS} in one group`);

  requestCounter(client).phase = 'collect'; // counted from the first request
  const judged: { number: number; result: GateResult }[] = [];
  const problems: string[] = [];
  for (const n of numbers) {
    // Judged against the group's base: the pull request's own counts are relative to its own base.
    const raw = obj((await call(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: n })).data);
    const baseRef = str(obj(raw.base).ref);
    if (baseRef !== group.baseBranch) throw new MergeGroupError(`pull request #${n} of the ${at} targets ${JSON.stringify(baseRef ?? null)}, not the group's base branch ${group.baseBranch}`);
    if (str(raw.state) !== 'open') throw new MergeGroupError(`pull request #${n} of the ${at} is ${JSON.stringify(str(raw.state) ?? 'in an unknown state')}, not open`);
    const merge = merges.find((m) => m.number === n);
    const apiHead = str(obj(raw.head).sha) ?? '';
    if (merge && merge.mergedHead !== apiHead) {
      throw new MergeGroupError(`commit ${merge.commit.slice(0, 12)} of the ${at} names pull request #${n} and merges ${merge.mergedHead.slice(0, 12)}, but that pull request's head is ${apiHead.slice(0, 12) || '(none)'}`);
    }
    const pull = { ...raw, base: { ...obj(raw.base), sha: group.baseSha }, commits: undefined, changed_files: undefined };
    const result = await collectApprovalGate(client, { ...repo, pullNumber: n }, { ...opts, pullFromEvent: pull });
    judged.push({ number: n, result });
  }
  // The queue entry's result carries the evidence; every other pull request must pass on its own.
  const main = judged[judged.length - 1]!.result;
  for (const { number, result } of judged.slice(0, -1)) {
    for (const p of result.problems) problems.push(`pull request #${number} in the ${at}: ${p}`);
    if (result.problems.length === 0 && !passed(result.decision)) {
      problems.push(`pull request #${number} in the ${at} is not approved (${result.decision.replace('_', ' ')}): ${result.evaluation.blocking[0]?.reason ?? 'no reason given'}`);
    }
  }
  const pulls = judged.map(({ number, result }) => ({ number, head: result.facts.headSha, decision: result.decision }));
  main.tierSource.notes.unshift(`merge group ${group.headSha.slice(0, 12)} on ${group.baseBranch} at ${group.baseSha.slice(0, 12)} (${group.queueBranch}): pull requests ${pulls.map((p) => `#${p.number} at ${p.head.slice(0, 12)}`).join(', ')}, each judged against the group's base`);

  // The group's change from its base must be the union of the approved heads' changes from the same base, exactly.
  let groupEntries: ChangeEntry[] = [];
  let differs: string | undefined;
  try {
    groupEntries = (await computeChangeSet(dir, group.baseSha, group.headSha)).entries;
    const perPull: { number: number; entries: ChangeEntry[] }[] = [];
    for (const p of pulls) perPull.push({ number: p.number, entries: (await computeChangeSet(dir, group.baseSha, p.head)).entries });
    const paths = (entries: readonly ChangeEntry[]) => entries.flatMap((e) => (e.previousPath !== undefined ? [e.path, e.previousPath] : [e.path]));
    differs = sharedPath(
      group,
      perPull.map((p) => ({ number: p.number, paths: paths(p.entries) })),
    );
    if (differs === undefined) {
      const path = firstDifferingPath(
        perPull.flatMap((p) => p.entries),
        groupEntries,
      );
      if (path !== undefined) differs = groupDiffers(group, pulls, path, perPull.find((p) => paths(p.entries).includes(path))?.number);
    }
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    differs = `the ${at} and its pull requests' heads could not be compared with git (${err.code}: ${err.message.slice(0, 200)}): the checkout (fetch-depth: 0) must hold every pull request's head`;
  }
  if (differs) problems.push(differs);
  main.problems.push(...problems);
  const mergeGroup: MergeGroupJudgement = {
    headSha: group.headSha,
    baseSha: group.baseSha,
    baseBranch: group.baseBranch,
    queueBranch: group.queueBranch,
    pullRequests: pulls,
    sameChange: differs === undefined,
    ...(differs ? { differs } : {}),
    paths: groupEntries.length,
  };
  return { ...main, decision: gateDecision(main.problems, main.evaluation), mergeGroup };
}
