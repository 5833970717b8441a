// Which events each action runs on (trust model rule 10: allow-lists, in this one place). Minting: an
// event is allowed only when it is listed, with a listed action, and its conditions hold; for
// workflow_run the rule is applied to the triggering run's event (the root), so a chain never launders
// what its root would be refused for. The gate: the events whose payload names the change it judges.
// Every other event is refused with a reason that names it. Pure: the caller looks up the write
// permissions `writers` names before it trusts the event.

import { obj, nonEmptyStr as str } from './json.js';

/** A condition the payload cannot settle: this login must have write permission on the repository. */
export interface WriterCheck {
  login: string;
  /** Who the login is, for the refusal (`the reviewer`, `the triggering actor`). */
  role: string;
}

export interface EventProvenance {
  allowed: boolean;
  /** The event of this run. */
  event: string;
  /** The event that started the chain: the triggering run's event for workflow_run, else `event`. */
  root: string;
  /** Why, in one line; names the event when it is refused. */
  reason: string;
  /** Logins whose write permission must be looked up before the event is trusted (empty when none). */
  writers: WriterCheck[];
}

export interface EventRule {
  /** The payload actions allowed (absent: the event has no action that matters). */
  actions?: readonly string[];
  /** The head must be a branch of the repository itself (not a fork, not a deleted one). */
  headInRepository?: boolean;
  /** The sender (the reviewer) must have write permission, looked up, not read from the payload. */
  senderCanWrite?: boolean;
  /** Allowed as a workflow_run's root event (false where the run's payload cannot tell its origin). */
  asRoot: boolean;
  /** Why the event may mint. */
  why: string;
}

/**
 * The events that may mint, and why each can be caused only by someone with write access (or by GitHub
 * on the repository's own schedule). Anything not listed (issues, comments, discussions, forks, stars,
 * wiki edits, labels, releases, deployments, check and status events, ...) is refused.
 */
export const MINTING_EVENTS: Readonly<Record<string, EventRule>> = Object.freeze({
  push: { asRoot: true, why: 'only someone with write access can push to the repository' },
  create: { asRoot: true, why: 'only someone with write access can create a branch or tag' },
  workflow_dispatch: { asRoot: true, why: 'only someone with write access can dispatch a workflow' },
  repository_dispatch: { asRoot: true, why: 'only a token with write access to the repository can send a repository dispatch' },
  schedule: { asRoot: true, why: "GitHub starts it on the default branch's schedule" },
  merge_group: { actions: ['checks_requested'], asRoot: true, why: 'only someone who may merge can queue a pull request, and GitHub builds the group' },
  pull_request: {
    actions: ['opened', 'synchronize', 'reopened', 'ready_for_review'],
    headInRepository: true,
    asRoot: true,
    why: 'its head is a branch of the repository, which only someone with write access can push',
  },
  // Its run's head repository is the base even for a fork's pull request, so as a root it is opaque.
  pull_request_target: {
    actions: ['opened', 'synchronize', 'reopened', 'ready_for_review'],
    headInRepository: true,
    asRoot: false,
    why: 'its head is a branch of the repository, which only someone with write access can push',
  },
  pull_request_review: {
    actions: ['submitted'],
    headInRepository: true,
    senderCanWrite: true,
    asRoot: true,
    why: 'anyone can review a pull request of a public repository: only a review by someone with write permission (looked up) counts',
  },
});

const sameName = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
const shown = (v: unknown) => (typeof v === 'string' && /^[A-Za-z0-9_./()-]{1,140}$/.test(v) ? v : JSON.stringify(typeof v === 'string' ? v.slice(0, 60) : v ?? null));

function refused(event: string, root: string, reason: string): EventProvenance {
  return { allowed: false, event, root, reason, writers: [] };
}

const LISTED = Object.keys(MINTING_EVENTS).join(', ');

/** The refusal text for an event (or action) that is not listed. */
function notListed(what: string, rule: EventRule | undefined): string {
  if (!rule) return `the event ${what} is not one that may mint a token (allowed: ${LISTED}, workflow_run of one of them)`;
  return `the event ${what} is not one that may mint a token (allowed actions: ${(rule.actions ?? []).join(', ')})`;
}

/**
 * Whether a run of `eventName` with `payload`, in `repository` (OWNER/NAME, GITHUB_REPOSITORY), may be
 * handed a token. `allowed` is true only for a listed event whose conditions the payload meets; the
 * caller must still confirm every entry of `writers`.
 */
export function eventProvenance(eventName: string, payload: unknown, repository: string): EventProvenance {
  const p = obj(payload);
  const event = eventName || '(none)';
  const payloadRepo = str(obj(p.repository).full_name);
  if (payloadRepo !== undefined && !sameName(payloadRepo, repository)) {
    return refused(event, event, `the ${event} event is of ${shown(payloadRepo)}, not of this run's repository ${shown(repository)}`);
  }
  if (eventName === 'workflow_run') return workflowRunProvenance(p, repository);
  const rule = Object.prototype.hasOwnProperty.call(MINTING_EVENTS, eventName) ? MINTING_EVENTS[eventName] : undefined;
  if (!rule) return refused(event, event, notListed(shown(event), undefined));
  const action = p.action;
  if (rule.actions && (typeof action !== 'string' || !rule.actions.includes(action))) {
    return refused(event, event, notListed(`${event}.${typeof action === 'string' ? shown(action) : '(no action)'}`, rule));
  }
  const writers: WriterCheck[] = [];
  let where = repository;
  if (rule.headInRepository) {
    const pr = obj(p.pull_request);
    const n = typeof pr.number === 'number' && Number.isSafeInteger(pr.number) ? `#${pr.number}` : '#?';
    if (Object.keys(pr).length === 0) return refused(event, event, `the ${event} event has no pull_request`);
    const head = str(obj(obj(pr.head).repo).full_name);
    const base = str(obj(obj(pr.base).repo).full_name) ?? repository;
    if (head === undefined) return refused(event, event, `pull request ${n} of the ${event} event has no head repository (a deleted fork)`);
    if (!sameName(head, base) || !sameName(base, repository)) return refused(event, event, `pull request ${n} of the ${event} event comes from the fork ${shown(head)}`);
    where = `pull request ${n} from a branch of ${repository}`;
  }
  if (rule.senderCanWrite) {
    const login = str(obj(p.sender).login) ?? str(obj(obj(p.review).user).login);
    if (login === undefined) return refused(event, event, `the ${event} event names no sender, whose write permission it needs`);
    writers.push({ login, role: eventName === 'pull_request_review' ? 'the reviewer' : 'the sender' });
  }
  return { allowed: true, event, root: event, reason: `${event}${typeof action === 'string' ? `.${action}` : ''}: ${rule.why} (${where})`, writers };
}

/** A workflow_run: the triggering run must be of this repository and its event an allowed root. */
function workflowRunProvenance(p: Record<string, unknown>, repository: string): EventProvenance {
  const event = 'workflow_run';
  const run = obj(p.workflow_run);
  if (Object.keys(run).length === 0) return refused(event, event, 'the workflow_run event has no workflow_run');
  if (p.action !== 'completed' && p.action !== 'requested' && p.action !== 'in_progress') {
    return refused(event, event, `the event workflow_run.${typeof p.action === 'string' ? shown(p.action) : '(no action)'} is not one that may mint a token (allowed actions: completed, requested, in_progress)`);
  }
  const trigger = str(run.event);
  const root = trigger ?? '(none)';
  const head = str(obj(run.head_repository).full_name);
  const runRepo = str(obj(run.repository).full_name) ?? repository;
  if (head === undefined) return refused(event, root, "the workflow_run event does not name the triggering run's head repository");
  if (!sameName(runRepo, repository)) return refused(event, root, `the triggering run is of ${shown(runRepo)}, not of ${shown(repository)}`);
  if (!sameName(head, repository)) return refused(event, root, `the triggering run (${shown(root)}) came from the fork ${shown(head)}`);
  if (trigger === undefined) return refused(event, root, 'the triggering run names no event, so the root of the chain is unknown');
  if (trigger === 'workflow_run') {
    return refused(event, root, 'the triggering run was itself started by a workflow_run, whose root event this payload cannot establish');
  }
  const rule = Object.prototype.hasOwnProperty.call(MINTING_EVENTS, trigger) ? MINTING_EVENTS[trigger] : undefined;
  if (!rule) return refused(event, root, `the triggering run was started by the event ${shown(trigger)}, which may not mint a token (allowed: ${LISTED})`);
  if (!rule.asRoot) return refused(event, root, `the triggering run was started by the event ${shown(trigger)}, whose origin a workflow_run payload cannot establish`);
  const writers: WriterCheck[] = [];
  if (rule.senderCanWrite) {
    const login = str(obj(run.triggering_actor).login) ?? str(obj(run.actor).login);
    if (login === undefined) return refused(event, root, `the triggering run (${trigger}) names no triggering actor, whose write permission it needs`);
    writers.push({ login, role: `the triggering actor of the ${trigger} run` });
  }
  return { allowed: true, event, root, reason: `workflow_run of a ${trigger} run of ${repository}: ${rule.why}`, writers };
}

/** What the approval gate judges on an event: one pull request, or a merge queue's group. */
export type GateSubject = 'pull_request' | 'merge_group';

export interface GateEventRule {
  /** The payload actions the gate runs on. */
  actions: readonly string[];
  subject: GateSubject;
  /** Why the event is one the gate runs on. */
  why: string;
}

/**
 * The events the approval gate runs on: each names, in GitHub's payload, the pull request (or merge
 * group) whose head it judges; the decision itself comes from the API, never from the payload's claims.
 * Anything else (issue_comment, push, workflow_run, labeled, ...) is refused, naming the event.
 */
export const GATE_EVENTS: Readonly<Record<string, GateEventRule>> = Object.freeze({
  pull_request: {
    actions: ['opened', 'synchronize', 'reopened', 'ready_for_review', 'edited'],
    subject: 'pull_request',
    why: 'a change of the pull request (a push, a reopening, a retargeted base)',
  },
  pull_request_target: {
    actions: ['opened', 'synchronize', 'reopened', 'ready_for_review', 'edited'],
    subject: 'pull_request',
    why: 'a change of the pull request, in the base repository\'s workflow',
  },
  pull_request_review: { actions: ['submitted', 'dismissed', 'edited'], subject: 'pull_request', why: 'a review was submitted, dismissed or edited' },
  merge_group: { actions: ['checks_requested'], subject: 'merge_group', why: 'GitHub built a merge queue group and asks for its checks' },
});

export interface GateEventProvenance {
  allowed: boolean;
  event: string;
  subject?: GateSubject;
  /** Why, in one line; names the event (and action) when it is refused. */
  reason: string;
}

/** Whether the approval gate runs on `eventName` with `payload` of `repository` (GITHUB_REPOSITORY). */
export function gateEventProvenance(eventName: string, payload: unknown, repository: string): GateEventProvenance {
  const p = obj(payload);
  const event = eventName || '(none)';
  const listed = Object.entries(GATE_EVENTS)
    .map(([name, r]) => `${name} (${r.actions.join(', ')})`)
    .join('; ');
  const rule = Object.prototype.hasOwnProperty.call(GATE_EVENTS, eventName) ? GATE_EVENTS[eventName] : undefined;
  if (!rule) return { allowed: false, event, reason: `the approval gate does not run on the event ${shown(event)} (allowed: ${listed})` };
  const action = p.action;
  if (typeof action !== 'string' || !rule.actions.includes(action)) {
    return { allowed: false, event, reason: `the approval gate does not run on the event ${event}.${typeof action === 'string' ? shown(action) : '(no action)'} (allowed actions: ${rule.actions.join(', ')})` };
  }
  const payloadRepo = str(obj(p.repository).full_name);
  if (payloadRepo !== undefined && !sameName(payloadRepo, repository)) {
    return { allowed: false, event, reason: `the ${event} event is of ${shown(payloadRepo)}, not of this run's repository ${shown(repository)}` };
  }
  return { allowed: true, event, subject: rule.subject, reason: `${event}.${action}: ${rule.why}` };
}

/** The permission levels (GET /repos/{o}/{r}/collaborators/{u}/permission `permission`) that count as write. */
export function isWritePermission(permission: unknown): boolean {
  return permission === 'admin' || permission === 'maintain' || permission === 'write';
}
