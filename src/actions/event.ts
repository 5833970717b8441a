// Base, head and branch of the change from the workflow event. For `push` the base is the default
// branch (never `event.before`, which covers only the last push); for `merge_group` the group's base.
// A merge group's branch is GitHub's queue branch, never a task's: there the branch checks are skipped,
// on the event name alone (a push of a branch called `gh-readonly-queue/...` is checked like any other).

import type { BranchCheck } from '../core/evaluate.js';
import { pullRequestBranch } from '../core/manifest.js';
import { quoteUntrusted } from '../core/text.js';
import { type Json, obj, nonEmptyStr as str } from '../core/json.js';

export interface ChangeRefs {
  base: string;
  head: string;
  branch?: string;
  /**
   * Set to skipped on a merge group: `branch` is the queue branch, so the manifest's branch_pattern and
   * the subject's branches do not apply (they were checked on each pull request's own run).
   */
  branchCheck?: BranchCheck;
  /** Why these refs were chosen, for the log. */
  source: string;
}

export class EventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventError';
  }
}

const ZERO = /^0+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;


// Control characters (a newline in a value written to the log starts a workflow command), the line and
// paragraph separators, and bidi / zero-width characters. Git refuses all of them in ref names, so a
// payload or input carrying one was not made by git: refuse it rather than log or match it.
const UNSAFE_REF = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** A branch name from the event or the environment: absent, or usable as text and for matching. */
function branchName(value: string | undefined, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (UNSAFE_REF.test(value) || value.length > 255) throw new EventError(`${what} is not a usable branch name (control, bidi or zero-width characters, or too long)`);
  return value;
}

/** The head branch of a pull request event, labelled for a fork (see pullRequestBranch). */
function headBranchLabel(pr: Json, env: Record<string, string | undefined>, branch: string): string {
  const label = pullRequestBranch(branch, str(obj(obj(pr.head).repo).full_name), str(obj(obj(pr.base).repo).full_name) ?? str(env.GITHUB_REPOSITORY));
  return branchName(label, 'pull_request.head.repo.full_name') ?? label;
}

/** A base/head input: never an option to git (`--upload-pack=...`, `-c core.pager=...`), never control text. */
function refInput(value: string, what: string): string {
  if (value.startsWith('-') || UNSAFE_REF.test(value) || value.length > 255) {
    throw new EventError(`the ${what} input ${JSON.stringify(value.slice(0, 60)).replace(/[^\x20-\x7e]/g, '?')} is not a commit or ref name (it starts with "-" or holds control characters)`);
  }
  return value;
}

export function refsFromEvent(eventName: string, payload: unknown, env: Record<string, string | undefined>, overrides: { base?: string; head?: string }): ChangeRefs {
  const p = obj(payload);
  if (overrides.base !== undefined) refInput(overrides.base, 'base');
  if (overrides.head !== undefined) refInput(overrides.head, 'head');
  const needSha = (value: string | undefined, what: string): string => {
    if (value === undefined || !SHA.test(value)) throw new EventError(`the ${eventName} event has no valid ${what}`);
    return value;
  };
  let refs: ChangeRefs;
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review': {
      const pr = obj(p.pull_request);
      refs = {
        base: needSha(str(obj(pr.base).sha), 'pull_request.base.sha'),
        head: needSha(str(obj(pr.head).sha), 'pull_request.head.sha'),
        // The number is only for the log: anything but a positive integer (a string with a newline and
        // `::error::` in a forged payload) is shown as `?`.
        source: `${eventName} #${typeof pr.number === 'number' && Number.isSafeInteger(pr.number) && pr.number > 0 ? pr.number : '?'}`,
      };
      const branch = branchName(str(obj(pr.head).ref), 'pull_request.head.ref');
      if (branch) refs.branch = headBranchLabel(pr, env, branch);
      break;
    }
    case 'merge_group': {
      const mg = obj(p.merge_group);
      refs = {
        base: needSha(str(mg.base_sha), 'merge_group.base_sha'),
        head: needSha(str(mg.head_sha), 'merge_group.head_sha'),
        source: 'merge_group',
      };
      const branch = branchName(str(mg.head_ref)?.replace(/^refs\/heads\//, ''), 'merge_group.head_ref');
      if (branch) refs.branch = branch;
      refs.branchCheck = {
        status: 'skipped',
        reason:
          `this run is a merge group, whose branch${branch ? ` ${quoteUntrusted(branch)}` : ''} is GitHub's merge queue branch, not a task's; ` +
          "the task branch was checked on each pull request's own run, which as a required check must pass before GitHub adds the pull request to the queue",
      };
      break;
    }
    case 'push': {
      // A push that deletes the branch has no head commit (`after` is all zeros): there is nothing to
      // review, and "0000..." must not reach git as a commit name. Refused with that reason.
      if (p.deleted === true || (typeof p.after === 'string' && ZERO.test(p.after))) {
        throw new EventError('the push deleted the branch (event.deleted, or event.after is all zeros): there is no head commit to review');
      }
      const head = needSha(str(p.after) ?? env.GITHUB_SHA, 'after');
      const branch = branchName(str(p.ref)?.replace(/^refs\/heads\//, '') ?? str(env.GITHUB_REF_NAME), 'the pushed ref');
      const defaultBranch = branchName(str(obj(p.repository).default_branch), 'repository.default_branch');
      if (!defaultBranch) throw new EventError('the push event does not name the repository default branch');
      if (branch === defaultBranch) {
        // A push to the default branch itself: the only base is the previous tip, which must exist.
        const before = str(p.before);
        if (!before || ZERO.test(before) || !SHA.test(before)) throw new EventError('push to the default branch without a previous commit: the change set cannot be established');
        refs = { base: before, head, source: `push to the default branch ${defaultBranch} (base: event.before)` };
      } else {
        refs = { base: `origin/${defaultBranch}`, head, source: `push (base: default branch ${defaultBranch})` };
      }
      if (branch) refs.branch = branch;
      break;
    }
    case 'workflow_dispatch':
      if (!overrides.base || !overrides.head) throw new EventError('workflow_dispatch needs the base and head inputs');
      refs = { base: overrides.base, head: overrides.head, source: 'workflow_dispatch inputs' };
      if (env.GITHUB_REF_NAME) refs.branch = branchName(env.GITHUB_REF_NAME, 'GITHUB_REF_NAME')!;
      break;
    default:
      if (!overrides.base || !overrides.head) throw new EventError(`event ${JSON.stringify(eventName)} is not supported without the base and head inputs`);
      refs = { base: overrides.base, head: overrides.head, source: `${eventName} with explicit inputs` };
  }
  if (overrides.base) refs.base = overrides.base;
  if (overrides.head) refs.head = overrides.head;
  return refs;
}
