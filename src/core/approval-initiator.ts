// Who started the agent's task, from GitHub's record of the runs, not from a hand-written field alone. In
// the README's two-job flow a person dispatches the agent's workflow (workflow_dispatch) on the default
// branch; its publish job branches from that commit, pushes and opens the pull request. The run's head
// SHA is therefore the commit the change starts from: the merge base, or (after the branch was updated
// with a merge of its base) a parent of one of the change's commits outside the change. Whoever GitHub
// records as the run's `actor` or `triggering_actor` (a re-run's) started the task and never approves it.
// Pure: src/adapters/github-pulls.ts lists the runs (GET /repos/{o}/{r}/actions/runs?event=workflow_dispatch
// &head_sha=...); every run that cannot be read, or names nobody, is a problem (the gate denies).

import type { AccountFact } from './approvals.js';
import { num, obj, str } from './json.js';

/** One workflow run as the runs list gives it, the fields that decide. */
export interface DispatchRunFact {
  id: number;
  event: string;
  headSha: string;
  /** The workflow file (`path`), for the reader. */
  workflow: string | null;
  actor: AccountFact | null;
  triggeringActor: AccountFact | null;
}

/** A login that started the task, and the run that says so. */
export interface InitiatorFact {
  login: string;
  id?: number;
  runId: number;
  role: 'actor' | 'triggering_actor';
  /** The commit the run was dispatched on. */
  headSha: string;
  workflow: string | null;
}

/** The runs of one start commit as the adapter read them, or why they could not be read. */
export interface DispatchLookup {
  sha: string;
  /** Null when the list could not be read. */
  runs: unknown[] | null;
  /** Every run on the commit was read (not cut at the page cap). */
  complete: boolean;
  /** The HTTP status and message of a failed read. */
  error?: { status?: number; message: string };
}

export interface InitiatorDecision {
  /** The commits the change starts from, each looked up. */
  startCommits: string[];
  runs: DispatchRunFact[];
  initiators: InitiatorFact[];
  /** Reasons the initiators are not established: each makes the gate deny. */
  problems: string[];
}

const SHA = /^[0-9a-f]{40}$/;
/** More start commits than this is not an ordinary branch: the initiators are then not established. */
export const MAX_START_COMMITS = 5;

/** An account of an API answer (`actor`, `triggering_actor`, a timeline event's actor); null without a login. */
export function accountFact(v: unknown): AccountFact | null {
  const u = obj(v);
  const login = str(u.login);
  if (!login) return null;
  const id = num(u.id);
  return { login, type: str(u.type) ?? null, ...(id !== undefined && Number.isSafeInteger(id) && id > 0 ? { id } : {}) };
}

export function dispatchRunFact(raw: unknown): DispatchRunFact {
  const r = obj(raw);
  return {
    id: num(r.id) ?? -1,
    event: str(r.event) ?? '',
    headSha: (str(r.head_sha) ?? '').toLowerCase(),
    workflow: str(r.path) ?? null,
    actor: accountFact(r.actor),
    triggeringActor: accountFact(r.triggering_actor),
  };
}

/**
 * The commits the change starts from: the merge base, then the parents of each root of the change (a
 * listed commit none of whose parents is listed: after a merge of the base into the branch, the first
 * commit's parent is no longer the merge base), in order, without repeats. The base commits a merge
 * brought in are not start commits. `commits` are the comparison's REST commit objects (`sha`,
 * `parents[].sha`).
 */
export function startCommits(mergeBase: string | null, commits: readonly unknown[]): string[] {
  const listed = new Set(commits.map((c) => (str(obj(c).sha) ?? '').toLowerCase()));
  const out: string[] = [];
  const add = (sha: string | undefined) => {
    const s = (sha ?? '').toLowerCase();
    if (SHA.test(s) && !listed.has(s) && !out.includes(s)) out.push(s);
  };
  add(mergeBase ?? undefined);
  for (const c of commits) {
    const parents = (Array.isArray(obj(c).parents) ? (obj(c).parents as unknown[]) : []).map((p) => (str(obj(p).sha) ?? '').toLowerCase());
    if (parents.some((p) => listed.has(p))) continue;
    for (const p of parents) add(p);
  }
  return out;
}

/** What a failed read of the runs means, naming the permission that reads them. */
export function unreadableRuns(sha: string, error: { status?: number; message: string }): string {
  const permission = error.status === 403 || error.status === 404 ? ': the token needs `actions: read` (add it to the job\'s permissions)' : '';
  return (
    `the workflow_dispatch runs on ${sha.slice(0, 12)} (the commit the change starts from) could not be read (${error.message})${permission}; ` +
    "who dispatched the agent's task is unknown, and their approval must not count"
  );
}

/**
 * The initiators: the actor and triggering actor of every workflow_dispatch run on a start commit.
 * A run the filter should not have returned (another event or commit) is not one of them. A list that
 * could not be read, was cut, or a run that names nobody is a problem, and so are too many start commits.
 */
export function decideInitiators(starts: readonly string[], lookups: readonly DispatchLookup[]): InitiatorDecision {
  const problems: string[] = [];
  const runs: DispatchRunFact[] = [];
  const initiators: InitiatorFact[] = [];
  if (starts.length === 0) problems.push("the commit the change starts from (its merge base) is unknown: who dispatched the agent's task cannot be looked up");
  if (starts.length > MAX_START_COMMITS) {
    problems.push(`the change starts from ${starts.length} commits outside it (at most ${MAX_START_COMMITS} are looked up): who dispatched the agent's task is not established`);
  }
  for (const sha of starts.slice(0, MAX_START_COMMITS)) {
    const lookup = lookups.find((l) => l.sha.toLowerCase() === sha);
    if (!lookup) {
      problems.push(`the workflow_dispatch runs on ${sha.slice(0, 12)} were not looked up: who dispatched the agent's task is unknown`);
      continue;
    }
    if (lookup.runs === null) {
      problems.push(unreadableRuns(sha, lookup.error ?? { message: 'no answer' }));
      continue;
    }
    if (!lookup.complete) problems.push(`more workflow_dispatch runs on ${sha.slice(0, 12)} exist than the gate reads: who dispatched the agent's task is not established`);
    for (const raw of lookup.runs) {
      const run = dispatchRunFact(raw);
      if (run.event !== 'workflow_dispatch' || run.headSha !== sha) continue;
      runs.push(run);
      const people: [AccountFact | null, InitiatorFact['role']][] = [
        [run.actor, 'actor'],
        [run.triggeringActor, 'triggering_actor'],
      ];
      if (people.every(([a]) => a === null)) problems.push(`workflow_dispatch run ${run.id} on ${sha.slice(0, 12)} names no actor: who started it is unknown`);
      for (const [a, role] of people) {
        if (!a) continue;
        if (initiators.some((i) => i.runId === run.id && i.login.toLowerCase() === a.login.toLowerCase())) continue;
        initiators.push({ login: a.login, ...(a.id !== undefined && a.id !== null ? { id: a.id } : {}), runId: run.id, role, headSha: sha, workflow: run.workflow });
      }
    }
  }
  return { startCommits: [...starts], runs, initiators, problems };
}
