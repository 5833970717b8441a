// The approval gate's pull-request facts from the REST API, one reader per phase: the pull request,
// its reviews, its commits and files (pinned to the judged SHAs), and its issue events (base-branch
// changes, review requests). Each returns facts plus the problems it found; nothing here decides.

import { commitFact, pullInfo, reviewFact, type PullInfo } from '../core/approval-facts.js';
import type { PhaseResult } from '../core/approval-gate.js';
import type { CommitFact, ReviewFact } from '../core/approvals.js';
import type { DismissalFact } from '../core/approval-history.js';
import { accountFact, MAX_START_COMMITS, startCommits, type DispatchLookup } from '../core/approval-initiator.js';
import { num, obj, str } from '../core/json.js';
import { call, GitHubApiError, listAll, nextLink, type GateTarget, type RestClient } from './github-rest.js';

const ids = (t: GateTarget) => ({ owner: t.owner, repo: t.repo, pull_number: t.pullNumber });
const SHA1 = /^[0-9a-f]{40}$/;

export interface PullFacts {
  pull: PullInfo;
  head: string;
  base: string;
}

/**
 * The pull request: the event's snapshot when the caller has it (no request; its SHAs are the ones
 * judged), else read. No valid SHA is an error; no author is a problem (it cannot be excluded).
 */
export async function readPull(client: RestClient, t: GateTarget, fromEvent: unknown): Promise<PhaseResult<PullFacts>> {
  let pr: Record<string, unknown>;
  let status: number | undefined;
  if (fromEvent !== undefined) {
    pr = obj(fromEvent);
    if (pr.number !== t.pullNumber) throw new GitHubApiError(`the event's pull request is not #${t.pullNumber}`, undefined);
  } else {
    const res = await call(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}', ids(t));
    pr = obj(res.data);
    status = res.status;
  }
  const where = fromEvent !== undefined ? `the event's pull request #${t.pullNumber}` : `pull request #${t.pullNumber}`;
  const head = str(obj(pr.head).sha) ?? '';
  const base = str(obj(pr.base).sha) ?? '';
  const pull = pullInfo(pr, t.pullNumber);
  if (!SHA1.test(base)) throw new GitHubApiError(`${where} has no valid base SHA`, status);
  if (!SHA1.test(head)) throw new GitHubApiError(`${where} has no valid head SHA`, status);
  const problems: string[] = [];
  // An unknown author cannot be excluded: never read as "nobody is the author".
  if (pull.author.login === '') problems.push(`${where} names no author (no user login): the author cannot be excluded from the approvers`);
  const notes: string[] = [];
  if (fromEvent !== undefined) {
    notes.push(
      `the pull request as the event gives it (head ${head.slice(0, 12)}, base ${base.slice(0, 12)}` +
        (pull.commits === null || pull.changedFiles === null ? "; no commit or file counts: completeness from the comparison and GitHub's list caps" : '') +
        ')',
    );
  }
  return { facts: { pull, head, base }, problems, notes };
}

/** Every review, 100 a page. A review listed twice means the list shifted between pages: incomplete. */
export async function readReviews(client: RestClient, t: GateTarget): Promise<PhaseResult<{ reviews: ReviewFact[]; complete: boolean }>> {
  const list = await listAll(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', ids(t), 50);
  const reviews = list.items.map(reviewFact);
  const problems: string[] = [];
  // e.g. a pending review submitted meanwhile appeared before the cursor: one may have been skipped.
  // The event of that submission re-evaluates.
  const seen = new Set<number>();
  const twice = reviews.find((r) => (seen.has(r.id) ? true : (seen.add(r.id), false)));
  let complete = list.complete;
  if (twice) {
    complete = false;
    problems.push(`review ${twice.id} is listed twice: the list of reviews changed while it was read (one may have been skipped); the next event re-evaluates`);
  }
  return { facts: { reviews, complete }, problems, notes: [] };
}

/** GitHub lists at most 250 commits of a pull request; the gate reads no more than that from the comparison either. */
export const MAX_COMMITS = 250;
/** The comparison shows at most 300 files. */
export const COMPARE_MAX_FILES = 300;
/** GitHub lists at most 3,000 files of a pull request. */
export const PULL_MAX_FILES = 3000;

interface Comparison {
  commits: unknown[];
  /** `total_commits`, or null when the API did not say. */
  totalCommits: number | null;
  /** The first page's files (at most 300), or null when the response had none. */
  files: unknown[] | null;
  /** Every commit of the comparison was read. */
  complete: boolean;
  /** `merge_base_commit.sha`, when valid. */
  mergeBase: string | null;
}

/**
 * `GET /repos/{o}/{r}/compare/{base}...{head}`, 100 commits a page (the files come with the first page).
 * More than MAX_COMMITS commits are not read: the result is incomplete.
 */
async function readComparison(client: RestClient, t: GateTarget, base: string, head: string): Promise<Comparison> {
  const route = 'GET /repos/{owner}/{repo}/compare/{basehead}';
  let res = await call(client, route, { owner: t.owner, repo: t.repo, basehead: `${base}...${head}`, per_page: 100 });
  const first = obj(res.data);
  const firstCommits: unknown = first.commits;
  if (!Array.isArray(firstCommits)) throw new GitHubApiError(`${route} returned no list of commits`, res.status);
  const commits: unknown[] = [...(firstCommits as unknown[])];
  const totalCommits = num(first.total_commits) ?? null;
  const files = Array.isArray(first.files) ? first.files : null;
  const mb = str(obj(first.merge_base_commit).sha);
  const mergeBase = mb !== undefined && SHA1.test(mb) ? mb : null;
  if (totalCommits === null || totalCommits > MAX_COMMITS) return { commits, totalCommits, files, complete: false, mergeBase };
  let next = nextLink(res.headers.link);
  for (let page = 1; next !== undefined && commits.length < totalCommits && page < Math.ceil(MAX_COMMITS / 100); page++) {
    res = await call(client, `GET ${next}`);
    const d = obj(res.data);
    const more: unknown = d.commits;
    if (!Array.isArray(more)) throw new GitHubApiError(`${route} (page ${page + 1}) returned no list of commits`, res.status);
    commits.push(...(more as unknown[]));
    next = nextLink(res.headers.link);
  }
  return { commits, totalCommits, files, complete: commits.length === totalCommits, mergeBase };
}

export interface ChangeLists {
  commits: CommitFact[];
  commitsComplete: boolean;
  /** The files API's entries (only read when `files` was asked for). */
  files: unknown[];
  filesComplete: boolean;
  /** The commits the change starts from (merge base first; see src/core/approval-initiator.ts). */
  startCommits: string[];
}

/**
 * The change's commits and (when `withFiles`) files, in ONE request when the comparison of the two
 * SHAs agrees with the pull request's counts; otherwise from the pull request's own lists, which are
 * checked against the judged head (the files endpoint lists the CURRENT head's files).
 */
export async function readChangeLists(client: RestClient, t: GateTarget, p: PullFacts, withFiles: boolean, comparisonOnly = false): Promise<PhaseResult<ChangeLists>> {
  const { pull, base, head } = p;
  const problems: string[] = [];
  const notes: string[] = [];
  const comparison = await readComparison(client, t, base, head);
  const range = `${base.slice(0, 12)}...${head.slice(0, 12)}`;
  let commitItems: unknown[];
  let commitsComplete: boolean;
  if (comparison.totalCommits !== null && comparison.totalCommits > MAX_COMMITS) {
    commitItems = comparison.commits;
    commitsComplete = false;
    notes.push(`the comparison ${range} has ${comparison.totalCommits} commits; the gate reads at most ${MAX_COMMITS}`);
  } else if (comparison.complete && (pull.commits === null || comparison.totalCommits === pull.commits)) {
    commitItems = comparison.commits;
    commitsComplete = true;
    if (commitItems.length > 0 && !commitItems.some((c) => str(obj(c).sha) === head)) {
      problems.push(`the comparison ${range} does not list the head commit ${head.slice(0, 12)}: the API answered inconsistently; the next event re-evaluates`);
    }
  } else if (comparisonOnly) {
    // Judged against another base than its own: the pull request's lists are not this change's.
    commitItems = comparison.commits;
    commitsComplete = false;
    problems.push(`the comparison ${range} could not be read completely, and the pull request's own commit list is relative to another base`);
  } else {
    notes.push(`the comparison ${range} lists ${comparison.totalCommits ?? 'an unknown number of'} commits, the pull request reports ${pull.commits ?? 'an unknown number'}: commits read from the pull request`);
    // GitHub lists at most 250 commits of a pull request; the last one must be the head we judge.
    const list = await listAll(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', ids(t), 3);
    commitItems = list.items;
    // Without a count (an event payload that has none), a full list may have been cut at GitHub's cap.
    commitsComplete = list.complete && (pull.commits !== null ? list.items.length === pull.commits && list.items.length <= MAX_COMMITS : list.items.length < MAX_COMMITS);
    const last = str(obj(list.items[list.items.length - 1]).sha);
    if (commitsComplete && last !== undefined && last !== head) {
      problems.push(`the last listed commit (${last.slice(0, 12)}) is not the head read first (${head.slice(0, 12)}): the branch moved while the gate read it; the next event re-evaluates`);
    }
  }

  let files: unknown[] = [];
  let filesComplete = true;
  if (withFiles) {
    // The comparison shows at most 300 files: without the pull request's count, only a shorter list is known whole.
    const listed = comparison.files;
    if (listed !== null && (pull.changedFiles !== null ? listed.length === pull.changedFiles : listed.length < COMPARE_MAX_FILES)) {
      files = listed;
    } else if (comparisonOnly) {
      filesComplete = false;
      problems.push(`the comparison ${range} lists ${listed?.length ?? 'no'} files (at most ${COMPARE_MAX_FILES}), and the pull request's own file list is relative to another base: use a checkout (fetch-depth: 0)`);
    } else {
      notes.push(`the comparison ${range} lists ${comparison.files?.length ?? 'no'} files (at most ${COMPARE_MAX_FILES}), the pull request reports ${pull.changedFiles ?? 'an unknown number'}: files read from the pull request`);
      const list = await listAll(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files', ids(t), 30);
      files = list.items;
      filesComplete = list.complete && (pull.changedFiles !== null ? files.length === pull.changedFiles : files.length < PULL_MAX_FILES);
      if (!filesComplete) notes.push(`the files API listed ${files.length} of ${pull.changedFiles ?? 'an unknown number of'} changed files (GitHub lists at most ${PULL_MAX_FILES.toLocaleString('en-US')})`);
      // That endpoint lists the files of the pull request's head NOW, not of the head judged: an agent
      // that pushes after the event would have another head's files judged. So the head must still be
      // the judged one once the list was read (a push and a push back in those moments is not seen;
      // the event of that push back re-evaluates).
      const after = obj((await call(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}', ids(t))).data);
      const now = str(obj(after.head).sha) ?? '(none)';
      if (now !== head) {
        problems.push(
          `the pull request's files were read from its files endpoint, which lists the current head's: the head is now ${now.slice(0, 12)}, not ${head.slice(0, 12)} (the branch moved while the gate read it); the next event re-evaluates`,
        );
      }
    }
  }
  const starts = startCommits(comparison.mergeBase, commitItems);
  return { facts: { commits: commitItems.map(commitFact), commitsComplete, files, filesComplete, startCommits: starts }, problems, notes };
}

// ---------------------------------------------------------------------------------------------------
// The timeline: dismissals (who dismissed which review), force pushes (who pushed the head), base-branch
// changes (before saying approved) and the approval latency's waits

export interface WaitEvents {
  events: { kind: 'review_requested' | 'ready_for_review'; at: string; reviewer?: string | null }[];
  /** `created_at` of each change of the base branch (`base_ref_changed`, `automatic_base_change_succeeded`); '' when it had none. */
  baseChanges: string[];
  /** `review_dismissed` events: who dismissed which review, and what it was before. */
  dismissals: DismissalFact[];
  /** `head_ref_force_pushed` events: who force-pushed the head branch to which commit. */
  forcePushes: { actor: string | null; commitId: string | null; at: string | null }[];
  complete: boolean;
}

const BASE_CHANGE_EVENTS: ReadonlySet<unknown> = new Set(['base_ref_changed', 'automatic_base_change_succeeded']);
/** The timeline lists comments and commits too: 30 pages (3,000 entries) before it is incomplete. */
export const TIMELINE_MAX_PAGES = 30;

/**
 * The pull request's timeline (`GET /repos/{o}/{r}/issues/{n}/timeline`), every page up to
 * TIMELINE_MAX_PAGES: review requests, ready-for-review, base-branch changes, dismissals and force pushes.
 */
export async function readTimeline(client: RestClient, t: GateTarget): Promise<WaitEvents> {
  const list = await listAll(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/timeline', { owner: t.owner, repo: t.repo, issue_number: t.pullNumber }, TIMELINE_MAX_PAGES);
  const events: WaitEvents['events'] = [];
  const baseChanges: string[] = [];
  const dismissals: DismissalFact[] = [];
  const forcePushes: WaitEvents['forcePushes'] = [];
  for (const raw of list.items) {
    const e = obj(raw);
    const at = str(e.created_at);
    if (BASE_CHANGE_EVENTS.has(e.event)) baseChanges.push(at ?? '');
    if (e.event === 'review_dismissed') {
      const d = obj(e.dismissed_review);
      const reviewId = num(d.review_id);
      // A dismissal that names no review cannot be matched: the dismissed review then stands as a change request.
      if (reviewId !== undefined) dismissals.push({ reviewId, actor: accountFact(e.actor), state: (str(d.state) ?? '').toUpperCase(), at: at ?? null });
    } else if (e.event === 'head_ref_force_pushed') {
      forcePushes.push({ actor: accountFact(e.actor)?.login ?? null, commitId: str(e.commit_id) ?? null, at: at ?? null });
    }
    if (!at) continue;
    if (e.event === 'ready_for_review') events.push({ kind: 'ready_for_review', at });
    else if (e.event === 'review_requested') events.push({ kind: 'review_requested', at, reviewer: str(obj(e.requested_reviewer).login) ?? null });
  }
  return { events, baseChanges, dismissals, forcePushes, complete: list.complete };
}

// ---------------------------------------------------------------------------------------------------
// Who dispatched the task: the workflow_dispatch runs on the commits the change starts from

/** A commit with more workflow_dispatch runs than 3 pages (300) is not read further: not established. */
export const DISPATCH_RUNS_MAX_PAGES = 3;

/**
 * `GET /repos/{o}/{r}/actions/runs?event=workflow_dispatch&head_sha=SHA` for each start commit (at most
 * MAX_START_COMMITS; the core says more are not established). A failed read is recorded, not thrown:
 * the core turns it into a deny that names the permission (`actions: read`).
 */
export async function readDispatchRuns(client: RestClient, t: GateTarget, shas: readonly string[]): Promise<DispatchLookup[]> {
  const route = 'GET /repos/{owner}/{repo}/actions/runs';
  const out: DispatchLookup[] = [];
  for (const sha of shas.slice(0, MAX_START_COMMITS)) {
    try {
      let res = await call(client, route, { owner: t.owner, repo: t.repo, event: 'workflow_dispatch', head_sha: sha, per_page: 100 });
      const runs: unknown[] = [];
      let total: number | undefined;
      for (let page = 1; ; page++) {
        const d = obj(res.data);
        if (!Array.isArray(d.workflow_runs)) throw new GitHubApiError(`${route} returned no list of workflow runs`, res.status);
        total ??= num(d.total_count);
        runs.push(...(d.workflow_runs as unknown[]));
        const next = nextLink(res.headers.link);
        if (next === undefined || page >= DISPATCH_RUNS_MAX_PAGES) {
          out.push({ sha, runs, complete: next === undefined && (total === undefined || runs.length >= total) });
          break;
        }
        res = await call(client, `GET ${next}`);
      }
    } catch (err) {
      if (!(err instanceof GitHubApiError)) throw err;
      out.push({ sha, runs: null, complete: false, error: { ...(err.status !== undefined ? { status: err.status } : {}), message: err.message } });
    }
  }
  return out;
}
