import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  pullRequestBranch
} from "./chunk-5S2ND2EP.js";
import {
  quoteUntrusted
} from "./chunk-ERUCQBI4.js";
import {
  nonEmptyStr,
  obj
} from "./chunk-MPYCKMVQ.js";

// src/actions/event.ts
var EventError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "EventError";
  }
};
var ZERO = /^0+$/;
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var UNSAFE_REF = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
function branchName(value, what) {
  if (value === void 0) return void 0;
  if (UNSAFE_REF.test(value) || value.length > 255) throw new EventError(`${what} is not a usable branch name (control, bidi or zero-width characters, or too long)`);
  return value;
}
function headBranchLabel(pr, env, branch) {
  const label = pullRequestBranch(branch, nonEmptyStr(obj(obj(pr.head).repo).full_name), nonEmptyStr(obj(obj(pr.base).repo).full_name) ?? nonEmptyStr(env.GITHUB_REPOSITORY));
  return branchName(label, "pull_request.head.repo.full_name") ?? label;
}
function refInput(value, what) {
  if (value.startsWith("-") || UNSAFE_REF.test(value) || value.length > 255) {
    throw new EventError(`the ${what} input ${JSON.stringify(value.slice(0, 60)).replace(/[^\x20-\x7e]/g, "?")} is not a commit or ref name (it starts with "-" or holds control characters)`);
  }
  return value;
}
function refsFromEvent(eventName, payload, env, overrides) {
  const p = obj(payload);
  if (overrides.base !== void 0) refInput(overrides.base, "base");
  if (overrides.head !== void 0) refInput(overrides.head, "head");
  const needSha = (value, what) => {
    if (value === void 0 || !SHA.test(value)) throw new EventError(`the ${eventName} event has no valid ${what}`);
    return value;
  };
  let refs;
  switch (eventName) {
    case "pull_request":
    case "pull_request_target":
    case "pull_request_review": {
      const pr = obj(p.pull_request);
      refs = {
        base: needSha(nonEmptyStr(obj(pr.base).sha), "pull_request.base.sha"),
        head: needSha(nonEmptyStr(obj(pr.head).sha), "pull_request.head.sha"),
        // The number is only for the log: anything but a positive integer (a string with a newline and
        // `::error::` in a forged payload) is shown as `?`.
        source: `${eventName} #${typeof pr.number === "number" && Number.isSafeInteger(pr.number) && pr.number > 0 ? pr.number : "?"}`
      };
      const branch = branchName(nonEmptyStr(obj(pr.head).ref), "pull_request.head.ref");
      if (branch) refs.branch = headBranchLabel(pr, env, branch);
      break;
    }
    case "merge_group": {
      const mg = obj(p.merge_group);
      refs = {
        base: needSha(nonEmptyStr(mg.base_sha), "merge_group.base_sha"),
        head: needSha(nonEmptyStr(mg.head_sha), "merge_group.head_sha"),
        source: "merge_group"
      };
      const branch = branchName(nonEmptyStr(mg.head_ref)?.replace(/^refs\/heads\//, ""), "merge_group.head_ref");
      if (branch) refs.branch = branch;
      refs.branchCheck = {
        status: "skipped",
        reason: `this run is a merge group, whose branch${branch ? ` ${quoteUntrusted(branch)}` : ""} is GitHub's merge queue branch, not a task's; the task branch was checked on each pull request's own run, which as a required check must pass before GitHub adds the pull request to the queue`
      };
      break;
    }
    case "push": {
      if (p.deleted === true || typeof p.after === "string" && ZERO.test(p.after)) {
        throw new EventError("the push deleted the branch (event.deleted, or event.after is all zeros): there is no head commit to review");
      }
      const head = needSha(nonEmptyStr(p.after) ?? env.GITHUB_SHA, "after");
      const branch = branchName(nonEmptyStr(p.ref)?.replace(/^refs\/heads\//, "") ?? nonEmptyStr(env.GITHUB_REF_NAME), "the pushed ref");
      const defaultBranch = branchName(nonEmptyStr(obj(p.repository).default_branch), "repository.default_branch");
      if (!defaultBranch) throw new EventError("the push event does not name the repository default branch");
      if (branch === defaultBranch) {
        const before = nonEmptyStr(p.before);
        if (!before || ZERO.test(before) || !SHA.test(before)) throw new EventError("push to the default branch without a previous commit: the change set cannot be established");
        refs = { base: before, head, source: `push to the default branch ${defaultBranch} (base: event.before)` };
      } else {
        refs = { base: `origin/${defaultBranch}`, head, source: `push (base: default branch ${defaultBranch})` };
      }
      if (branch) refs.branch = branch;
      break;
    }
    case "workflow_dispatch":
      if (!overrides.base || !overrides.head) throw new EventError("workflow_dispatch needs the base and head inputs");
      refs = { base: overrides.base, head: overrides.head, source: "workflow_dispatch inputs" };
      if (env.GITHUB_REF_NAME) refs.branch = branchName(env.GITHUB_REF_NAME, "GITHUB_REF_NAME");
      break;
    default:
      if (!overrides.base || !overrides.head) throw new EventError(`event ${JSON.stringify(eventName)} is not supported without the base and head inputs`);
      refs = { base: overrides.base, head: overrides.head, source: `${eventName} with explicit inputs` };
  }
  if (overrides.base) refs.base = overrides.base;
  if (overrides.head) refs.head = overrides.head;
  return refs;
}

export {
  EventError,
  refsFromEvent
};
