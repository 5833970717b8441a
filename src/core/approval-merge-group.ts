// A merge queue's group as the approval gate judges it. GitHub builds the group's commit on the base
// branch's tip (`base_sha`) from the queued pull request and every pull request ahead of it in the queue,
// and names its branch `gh-readonly-queue/<base>/pr-<N>-<sha>` after the entry it was built for. The gate
// passes the group only when every pull request in it has a qualifying approval of a head whose change is
// exactly the group's (the same paths, modes and blobs from `base_sha`), so the group adds nothing nobody
// approved. The group's pull requests: the queue entry its branch names, and each pull request ahead of it
// that a first-parent merge commit of the group names (`Merge pull request #K`, the queue's merge method
// `merge`), verified against the API (K's head must be that commit's second parent). Pull requests ahead
// that a squash or rebase group merged are not identified: their changes are paths beyond the named ones,
// a deny. Pure: the payload's fields and commit subjects are untrusted strings, checked here;
// src/app/approval-gate-merge-group.ts reads git and the API.

import { obj, nonEmptyStr as str } from './json.js';
import type { ChangeEntry } from './types.js';

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
  /** The group's pull requests, oldest first, with the head judged and the decision on it. */
  pullRequests: { number: number; head: string; decision: string }[];
  /** The group's change equals its pull requests' changes, path by path (mode and blob); false names `differs`. */
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

const where = (group: MergeGroupRef) => `the merge group ${group.headSha.slice(0, 12)} (on ${group.baseBranch} at ${group.baseSha.slice(0, 12)})`;
const listHeads = (pulls: readonly { number: number; head: string }[]) => pulls.map((p) => `#${p.number} at ${p.head.slice(0, 12)}`).join(', ');

/**
 * The problem when the group's change is not its pull requests' approved heads' changes, naming the
 * first path that differs; `owner` is the pull request that changes that path, if one does.
 */
export function groupDiffers(group: MergeGroupRef, pulls: readonly { number: number; head: string }[], path: string, owner: number | undefined): string {
  const what =
    owner !== undefined
      ? `changes ${JSON.stringify(path)} otherwise than pull request #${owner}'s approved head (path, mode or blob): the group's content there was approved by no one (the base branch changed it too since that head's merge base, or an unidentified pull request in the group changes it)`
      : `changes ${JSON.stringify(path)}, which none of its pull requests' approved heads (${listHeads(pulls)}) changes: the group adds a change beyond them (a pull request ahead in the queue is identified only by a merge commit "Merge pull request #K"; with the squash or rebase merge method, build the queue one pull request at a time)`;
  return `${where(group)} ${what}`;
}

/** One first-parent commit of the group (`git log --first-parent base..head`). */
export interface GroupCommit {
  sha: string;
  parents: string[];
  subject: string;
}

/** A first-parent merge commit of the group that names a pull request, and the head it merged. */
export interface GroupMerge {
  number: number;
  /** Its second parent: the head the queue merged, which must be the pull request's head. */
  mergedHead: string;
  commit: string;
}

/** More pull requests than this in one group are not judged (each costs a full judgement). */
export const MAX_GROUP_PULLS = 10;

const MERGE_SUBJECT = /^Merge pull request #([1-9][0-9]{0,9})(?= from |$)/;

/** The pull requests the group's first-parent merge commits name, oldest first, each once. */
export function groupMerges(commits: readonly GroupCommit[]): GroupMerge[] {
  const out: GroupMerge[] = [];
  for (const c of commits) {
    const m = MERGE_SUBJECT.exec(c.subject);
    if (!m || c.parents.length !== 2 || !SHA.test(c.parents[1]!)) continue;
    const number = Number(m[1]);
    if (!out.some((o) => o.number === number)) out.push({ number, mergedHead: c.parents[1]!, commit: c.sha });
  }
  return out;
}

/** A path two pull requests of the group both change: what the group holds there is a merge nobody approved. */
export function sharedPath(group: MergeGroupRef, perPull: readonly { number: number; paths: readonly string[] }[]): string | undefined {
  const seen = new Map<string, number>();
  for (const p of perPull) {
    for (const path of new Set(p.paths)) {
      const other = seen.get(path);
      if (other !== undefined && other !== p.number) {
        return `${where(group)}: pull requests #${other} and #${p.number} both change ${JSON.stringify(path)}, so the group's content there is a merge of both that neither approval covers`;
      }
      seen.set(path, p.number);
    }
  }
  return undefined;
}

/** A change entry as one comparable line: status, both paths, both modes, both blobs. */
const entryKey = (e: ChangeEntry) => [e.status, e.previousPath ?? '', e.path, e.oldMode, e.newMode, e.oldBlob, e.newBlob].join('\u0000');

/**
 * The first path (in path order) where the group's change and the pull requests' changes differ: a path
 * only one side changes, or changes otherwise (status, mode or blob). Undefined when they are the same.
 */
export function firstDifferingPath(pulls: readonly ChangeEntry[], group: readonly ChangeEntry[]): string | undefined {
  const byPath = (entries: readonly ChangeEntry[]) => {
    const m = new Map<string, string[]>();
    for (const e of entries) for (const p of e.previousPath !== undefined ? [e.path, e.previousPath] : [e.path]) m.set(p, [...(m.get(p) ?? []), entryKey(e)].sort());
    return m;
  };
  const a = byPath(pulls);
  const b = byPath(group);
  for (const path of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    if ((a.get(path) ?? []).join('\n') !== (b.get(path) ?? []).join('\n')) return path;
  }
  return undefined;
}
