import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  nonEmptyStr,
  obj
} from "./chunk-MPYCKMVQ.js";

// src/core/events.ts
var MINTING_EVENTS = Object.freeze({
  push: { asRoot: true, why: "only someone with write access can push to the repository" },
  create: { asRoot: true, why: "only someone with write access can create a branch or tag" },
  workflow_dispatch: { asRoot: true, why: "only someone with write access can dispatch a workflow" },
  repository_dispatch: { asRoot: true, why: "only a token with write access to the repository can send a repository dispatch" },
  schedule: { asRoot: true, why: "GitHub starts it on the default branch's schedule" },
  merge_group: { actions: ["checks_requested"], asRoot: true, why: "only someone who may merge can queue a pull request, and GitHub builds the group" },
  pull_request: {
    actions: ["opened", "synchronize", "reopened", "ready_for_review"],
    headInRepository: true,
    asRoot: true,
    why: "its head is a branch of the repository, which only someone with write access can push"
  },
  // Its run's head repository is the base even for a fork's pull request, so as a root it is opaque.
  pull_request_target: {
    actions: ["opened", "synchronize", "reopened", "ready_for_review"],
    headInRepository: true,
    asRoot: false,
    why: "its head is a branch of the repository, which only someone with write access can push"
  },
  pull_request_review: {
    actions: ["submitted"],
    headInRepository: true,
    senderCanWrite: true,
    asRoot: true,
    why: "anyone can review a pull request of a public repository: only a review by someone with write permission (looked up) counts"
  }
});
var sameName = (a, b) => a !== void 0 && b !== void 0 && a.toLowerCase() === b.toLowerCase();
var shown = (v) => typeof v === "string" && /^[A-Za-z0-9_./()-]{1,140}$/.test(v) ? v : JSON.stringify(typeof v === "string" ? v.slice(0, 60) : v ?? null);
function refused(event, root, reason) {
  return { allowed: false, event, root, reason, writers: [] };
}
var LISTED = Object.keys(MINTING_EVENTS).join(", ");
function notListed(what, rule) {
  if (!rule) return `the event ${what} is not one that may mint a token (allowed: ${LISTED}, workflow_run of one of them)`;
  return `the event ${what} is not one that may mint a token (allowed actions: ${(rule.actions ?? []).join(", ")})`;
}
function eventProvenance(eventName, payload, repository) {
  const p = obj(payload);
  const event = eventName || "(none)";
  const payloadRepo = nonEmptyStr(obj(p.repository).full_name);
  if (payloadRepo !== void 0 && !sameName(payloadRepo, repository)) {
    return refused(event, event, `the ${event} event is of ${shown(payloadRepo)}, not of this run's repository ${shown(repository)}`);
  }
  if (eventName === "workflow_run") return workflowRunProvenance(p, repository);
  const rule = Object.prototype.hasOwnProperty.call(MINTING_EVENTS, eventName) ? MINTING_EVENTS[eventName] : void 0;
  if (!rule) return refused(event, event, notListed(shown(event), void 0));
  const action = p.action;
  if (rule.actions && (typeof action !== "string" || !rule.actions.includes(action))) {
    return refused(event, event, notListed(`${event}.${typeof action === "string" ? shown(action) : "(no action)"}`, rule));
  }
  const writers = [];
  let where = repository;
  if (rule.headInRepository) {
    const pr = obj(p.pull_request);
    const n = typeof pr.number === "number" && Number.isSafeInteger(pr.number) ? `#${pr.number}` : "#?";
    if (Object.keys(pr).length === 0) return refused(event, event, `the ${event} event has no pull_request`);
    const head = nonEmptyStr(obj(obj(pr.head).repo).full_name);
    const base = nonEmptyStr(obj(obj(pr.base).repo).full_name) ?? repository;
    if (head === void 0) return refused(event, event, `pull request ${n} of the ${event} event has no head repository (a deleted fork)`);
    if (!sameName(head, base) || !sameName(base, repository)) return refused(event, event, `pull request ${n} of the ${event} event comes from the fork ${shown(head)}`);
    where = `pull request ${n} from a branch of ${repository}`;
  }
  if (rule.senderCanWrite) {
    const login = nonEmptyStr(obj(p.sender).login) ?? nonEmptyStr(obj(obj(p.review).user).login);
    if (login === void 0) return refused(event, event, `the ${event} event names no sender, whose write permission it needs`);
    writers.push({ login, role: eventName === "pull_request_review" ? "the reviewer" : "the sender" });
  }
  return { allowed: true, event, root: event, reason: `${event}${typeof action === "string" ? `.${action}` : ""}: ${rule.why} (${where})`, writers };
}
function workflowRunProvenance(p, repository) {
  const event = "workflow_run";
  const run = obj(p.workflow_run);
  if (Object.keys(run).length === 0) return refused(event, event, "the workflow_run event has no workflow_run");
  if (p.action !== "completed" && p.action !== "requested" && p.action !== "in_progress") {
    return refused(event, event, `the event workflow_run.${typeof p.action === "string" ? shown(p.action) : "(no action)"} is not one that may mint a token (allowed actions: completed, requested, in_progress)`);
  }
  const trigger = nonEmptyStr(run.event);
  const root = trigger ?? "(none)";
  const head = nonEmptyStr(obj(run.head_repository).full_name);
  const runRepo = nonEmptyStr(obj(run.repository).full_name) ?? repository;
  if (head === void 0) return refused(event, root, "the workflow_run event does not name the triggering run's head repository");
  if (!sameName(runRepo, repository)) return refused(event, root, `the triggering run is of ${shown(runRepo)}, not of ${shown(repository)}`);
  if (!sameName(head, repository)) return refused(event, root, `the triggering run (${shown(root)}) came from the fork ${shown(head)}`);
  if (trigger === void 0) return refused(event, root, "the triggering run names no event, so the root of the chain is unknown");
  if (trigger === "workflow_run") {
    return refused(event, root, "the triggering run was itself started by a workflow_run, whose root event this payload cannot establish");
  }
  const rule = Object.prototype.hasOwnProperty.call(MINTING_EVENTS, trigger) ? MINTING_EVENTS[trigger] : void 0;
  if (!rule) return refused(event, root, `the triggering run was started by the event ${shown(trigger)}, which may not mint a token (allowed: ${LISTED})`);
  if (!rule.asRoot) return refused(event, root, `the triggering run was started by the event ${shown(trigger)}, whose origin a workflow_run payload cannot establish`);
  const writers = [];
  if (rule.senderCanWrite) {
    const login = nonEmptyStr(obj(run.triggering_actor).login) ?? nonEmptyStr(obj(run.actor).login);
    if (login === void 0) return refused(event, root, `the triggering run (${trigger}) names no triggering actor, whose write permission it needs`);
    writers.push({ login, role: `the triggering actor of the ${trigger} run` });
  }
  return { allowed: true, event, root, reason: `workflow_run of a ${trigger} run of ${repository}: ${rule.why}`, writers };
}
var GATE_EVENTS = Object.freeze({
  pull_request: {
    actions: ["opened", "synchronize", "reopened", "ready_for_review", "edited"],
    subject: "pull_request",
    why: "a change of the pull request (a push, a reopening, a retargeted base)"
  },
  pull_request_target: {
    actions: ["opened", "synchronize", "reopened", "ready_for_review", "edited"],
    subject: "pull_request",
    why: "a change of the pull request, in the base repository's workflow"
  },
  pull_request_review: { actions: ["submitted", "dismissed", "edited"], subject: "pull_request", why: "a review was submitted, dismissed or edited" },
  merge_group: { actions: ["checks_requested"], subject: "merge_group", why: "GitHub built a merge queue group and asks for its checks" }
});
function gateEventProvenance(eventName, payload, repository) {
  const p = obj(payload);
  const event = eventName || "(none)";
  const listed = Object.entries(GATE_EVENTS).map(([name, r]) => `${name} (${r.actions.join(", ")})`).join("; ");
  const rule = Object.prototype.hasOwnProperty.call(GATE_EVENTS, eventName) ? GATE_EVENTS[eventName] : void 0;
  if (!rule) return { allowed: false, event, reason: `the approval gate does not run on the event ${shown(event)} (allowed: ${listed})` };
  const action = p.action;
  if (typeof action !== "string" || !rule.actions.includes(action)) {
    return { allowed: false, event, reason: `the approval gate does not run on the event ${event}.${typeof action === "string" ? shown(action) : "(no action)"} (allowed actions: ${rule.actions.join(", ")})` };
  }
  const payloadRepo = nonEmptyStr(obj(p.repository).full_name);
  if (payloadRepo !== void 0 && !sameName(payloadRepo, repository)) {
    return { allowed: false, event, reason: `the ${event} event is of ${shown(payloadRepo)}, not of this run's repository ${shown(repository)}` };
  }
  return { allowed: true, event, subject: rule.subject, reason: `${event}.${action}: ${rule.why}` };
}
function isWritePermission(permission) {
  return permission === "admin" || permission === "maintain" || permission === "write";
}

export {
  MINTING_EVENTS,
  eventProvenance,
  gateEventProvenance,
  isWritePermission
};
