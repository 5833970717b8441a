// A merge queue's group as the approval gate judges it. GitHub builds the group's commit on the base
// branch's tip (`base_sha`) from the queued pull request and every pull request ahead of it in the queue,
// and names its branch `gh-readonly-queue/<base>/pr-<N>-<sha>` after the entry it was built for. The gate
// passes the group only when every pull request in it has a qualifying approval of a head whose change is
// exactly the group's (the same paths, modes and blobs from `base_sha`), so the group adds nothing nobody
// approved. This version identifies one pull request per group (the queue entry its branch names): a group
// with pull requests ahead of it shows their changes as paths beyond the entry's, which is a deny. Pure: the
// payload's fields are untrusted strings and checked here; src/app/approval-gate-merge-group.ts reads git.

import { obj, nonEmptyStr as str } from './json.js';

export interface MergeGroupRef {
  /** The group's commit (`merge_group.head_sha`): what the status is published on. */
  headSha: string;
  /** The base branch's tip the group was built on (`merge_group.base_sha`). */
  baseSha: string;
  /** The base branch (`merge_group.base_ref` without refs/heads/). */
  baseBranch: string;
  /** The queue branch (`merge_group.head_ref` without refs/heads/). */
  queueBranch: string;
  /** The pull request the queue entry is for, from the queue branch's name. */
  pullNumber: number;
}

/** What the evidence records of the group. */
export interface MergeGroupJudgement {
  headSha: string;
  baseSha: string;
  baseBranch: string;
  queueBranch: string;
  pullRequests: number[];
  /** The pull request's head whose approval was judged. */
  approvedHead: string;
  /** The group's change equals the pull request's, path by path (mode and blob); false names `differs`. */
  sameChange: boolean;
  differs?: string;
  /** The group's changed paths (git), for the reader. */
  paths: number;
}

const SHA = /^[0-9a-f]{40}$/;
const QUEUE = /^gh-readonly-queue\/(.+)\/pr-([1-9][0-9]{0,9})-([0-9a-f]{40})$/;

const heads = (ref: string | undefined) => (ref !== undefined && ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);

/** The group a merge_group payload names, or why it names none the gate can judge (a deny). */
export function mergeGroupRef(payload: unknown): MergeGroupRef | { error: string } {
  const mg = obj(obj(payload).merge_group);
  const headSha = str(mg.head_sha);
  const baseSha = str(mg.base_sha);
  if (headSha === undefined || !SHA.test(headSha)) return { error: 'the merge_group event has no valid head_sha' };
  if (baseSha === undefined || !SHA.test(baseSha)) return { error: 'the merge_group event has no valid base_sha' };
  const baseBranch = heads(str(mg.base_ref));
  const queueBranch = heads(str(mg.head_ref));
  if (!baseBranch) return { error: 'the merge_group event names no base branch (base_ref refs/heads/...)' };
  if (!queueBranch) return { error: 'the merge_group event names no queue branch (head_ref refs/heads/...)' };
  const m = QUEUE.exec(queueBranch);
  const shown = JSON.stringify(queueBranch.slice(0, 120));
  if (!m) return { error: `the merge queue branch ${shown} is not gh-readonly-queue/<base>/pr-<number>-<sha>: which pull request it is for is unknown` };
  if (m[1] !== baseBranch) return { error: `the merge queue branch ${shown} is not of the group's base branch ${JSON.stringify(baseBranch.slice(0, 120))}` };
  return { headSha, baseSha, baseBranch, queueBranch, pullNumber: Number(m[2]) };
}

/** The problem when the group's change is not the approved head's, naming the first path that differs. */
export function groupDiffers(group: MergeGroupRef, pullNumber: number, approvedHead: string, path: string, inPull: boolean): string {
  const where = `the merge group ${group.headSha.slice(0, 12)} (on ${group.baseBranch} at ${group.baseSha.slice(0, 12)})`;
  const what = inPull
    ? `changes ${JSON.stringify(path)} otherwise than pull request #${pullNumber}'s approved head ${approvedHead.slice(0, 12)} (path, mode or blob): the group's content there was approved by no one (the base branch changed it too, or the group holds another pull request that changes it)`
    : `changes ${JSON.stringify(path)}, which pull request #${pullNumber}'s approved head ${approvedHead.slice(0, 12)} does not change: the group adds a change beyond the pull request (the gate judges one pull request per group: build the queue one pull request at a time)`;
  return `${where} ${what}`;
}
