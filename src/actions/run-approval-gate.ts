// approval-gate: from a pull_request or pull_request_review event, collect the gate's facts
// (src/app/approval-gate.ts; on merge_group, the queue entry's pull request and git's proof that the
// group changes nothing else, src/app/approval-gate-merge-group.ts), publish the commit status
// `agent-guard/approval-gate` on the head SHA (the group's commit on merge_group),
// request reviews when nobody qualified is asked yet, and write outputs, the job summary and the
// evidence. The step fails when approval is still required or on deny, and passes when approved or
// when no approval is required. The status is published only when the pull request's base branch is a
// protected target (`protected-branches`, default the repository's default branch): a status belongs
// to the head commit, which several pull requests can share. The request budget per configuration is
// in docs/approval-gate.md (each row a test in test/integration/approval-gate-action.test.ts).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileNoFollow } from '../adapters/files.js';
import { formatProblem } from '../adapters/config.js';
import { createGitHubClient, type GitHubClientOptions } from '../adapters/github-client.js';
import { collectApprovalGate } from '../app/approval-gate.js';
import { readTimeline } from '../adapters/github-pulls.js';
import { requestCounter, type GateTarget, type RestClient } from '../adapters/github-rest.js';
import { publishStatus, requestReviews } from '../adapters/github-status.js';
import { parseRepository } from '../core/approval-facts.js';
import {
  failureStatus,
  GATE_CONTEXT,
  parseProtectedBranches,
  protectedTarget,
  renderGateMarkdown,
  renderGateText,
  safeText,
  statusFor,
  type ProtectedTarget,
  type RenderExtras,
} from '../core/approval-report.js';
import { ConfigError } from '../app/config.js';
import type { GateResult } from '../core/approval-gate.js';
import { approvalLatency, type LatencyResult } from '../core/approval-latency.js';
import { approvalGateEvidence, jobIdentity, timingsBetween } from '../core/evidence.js';
import { serializeEvidence } from '../core/evidence-validate.js';
import { ApprovalGateInputs as I, ApprovalGateOutputs as O, ApprovalGateTargetInputs as TI } from './constants.js';
import { EventError } from './event.js';
import type { ActionsCore } from './toolkit.js';
import { evidencePathFor, readEvent } from './toolkit.js';
import { attestStep } from './attest-evidence.js';
import { uploadEvidenceStep } from './upload-evidence.js';
import { Redactor } from '../core/redact.js';
import { obj } from '../core/json.js';
import { gateEventProvenance } from '../core/events.js';
import { mergeGroupRef, type MergeGroupRef } from '../core/approval-merge-group.js';
import { collectMergeGroupGate } from '../app/approval-gate-merge-group.js';

export interface ApprovalGateDeps {
  /** Passed to the GitHub client (tests shrink the waits with `timeUnitMs`). */
  clientOptions?: Pick<GitHubClientOptions, 'retries' | 'rateLimitRetries' | 'maxRetryAfterSeconds' | 'timeUnitMs'>;
  /** The root action collects the evidence file here and uploads it with guard-diff's, in one artifact. */
  collectEvidence?: string[];
}


function boolInput(core: ActionsCore, name: string): boolean {
  const v = (core.getInput(name) || 'true').trim().toLowerCase();
  if (v !== 'true' && v !== 'false') throw new EventError(`input ${name} must be true or false, not ${JSON.stringify(v.slice(0, 20))}`);
  return v === 'true';
}

export interface EventTarget {
  target: GateTarget;
  eventHead: string | null;
  lastPusher: string | null;
  /** The event's base branch and default branch: only for a run that fails before the pull request is read. */
  eventBase: { baseRef: string | null; defaultBranch: string | null };
  /** On merge_group: the group (its head is what the status is published on). */
  mergeGroup?: MergeGroupRef;
}

/** The pull request, and who pushed its head when the event says so (the sender of `synchronize`). */
export function gateTargetFromEvent(eventName: string, payload: unknown, env: Record<string, string | undefined>): EventTarget {
  const p = obj(payload);
  const repo = runRepository(p, env);
  const provenance = gateEventProvenance(eventName, payload, `${repo.owner}/${repo.repo}`);
  if (!provenance.allowed) throw new EventError(provenance.reason);
  if (provenance.subject === 'merge_group') {
    const group = mergeGroupRef(payload);
    const defaultBranch = obj(p.repository).default_branch;
    const eventBase = { baseRef: 'error' in group ? null : group.baseBranch, defaultBranch: typeof defaultBranch === 'string' ? defaultBranch : null };
    if ('error' in group) throw new EventError(group.error);
    return { target: { ...repo, pullNumber: group.pullNumber }, eventHead: group.headSha, lastPusher: null, eventBase, mergeGroup: group };
  }
  if (provenance.subject !== 'pull_request') throw new EventError(`the ${eventName} event names no single pull request`);
  const pr = obj(p.pull_request);
  const number = pr.number;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) throw new EventError(`the ${eventName} event has no pull request number`);
  const head = obj(pr.head).sha;
  const sender = obj(p.sender).login;
  const synchronize = eventName.startsWith('pull_request') && eventName !== 'pull_request_review' && p.action === 'synchronize';
  const baseRef = obj(pr.base).ref;
  const defaultBranch = obj(obj(pr.base).repo).default_branch ?? obj(p.repository).default_branch;
  return {
    target: { ...repo, pullNumber: number },
    eventHead: typeof head === 'string' && /^[0-9a-f]{40}$/.test(head) ? head : null,
    lastPusher: synchronize && typeof sender === 'string' ? sender : null,
    eventBase: { baseRef: typeof baseRef === 'string' ? baseRef : null, defaultBranch: typeof defaultBranch === 'string' ? defaultBranch : null },
  };
}

/** The run's repository: GITHUB_REPOSITORY, else the payload's. */
function runRepository(p: Record<string, unknown>, env: Record<string, string | undefined>): { owner: string; repo: string } {
  const fullName = obj(p.repository).full_name;
  const full = env.GITHUB_REPOSITORY ?? (typeof fullName === 'string' ? fullName : '');
  const repo = parseRepository(full);
  if (!repo) throw new EventError(`GITHUB_REPOSITORY ${JSON.stringify(full.slice(0, 100))} is not OWNER/NAME`);
  return repo;
}

export async function runApprovalGate(core: ActionsCore, env: Record<string, string | undefined>, deps: ApprovalGateDeps = {}): Promise<GateResult | null> {
  const started = new Date();
  core.setOutput(O.Approved, 'false'); // until proven otherwise: a crash never reads as approved
  core.setOutput(O.Decision, 'deny');
  // Never through a link the change made in the work tree.
  const workspaceDir = env.GITHUB_WORKSPACE || undefined;
  const evidencePath = evidencePathFor(core.getInput(I.EvidencePath), env, 'approval-gate-evidence.json');
  let client: RestClient | undefined;
  let target: GateTarget | undefined;
  let eventHead: string | null = null;
  let eventBase: EventTarget['eventBase'] | null = null;
  let publish = true;
  /** The parsed protected-branches input; undefined until parsed (then nothing is published on error). */
  let protectedBranches: string[] | null | undefined;
  // The one redactor: the token (once read) in every form, and credential shapes.
  const redactor = new Redactor();
  const writeEvidence = async (body: Parameters<typeof approvalGateEvidence>[2]) => {
    const document = approvalGateEvidence(jobIdentity(env), timingsBetween(started, new Date()), body);
    await writeFileNoFollow(evidencePath, redactor.redact(serializeEvidence(document)), { ...(workspaceDir ? { untrustedRoot: workspaceDir } : {}) });
    core.setOutput(O.EvidencePath, evidencePath);
  };
  const uploadEvidence = async () => {
    if (deps.collectEvidence) deps.collectEvidence.push(evidencePath);
    else await uploadEvidenceStep(core, env, [evidencePath], { redactor });
  };
  try {
    const token = core.getInput(I.GitHubToken);
    if (!token) throw new EventError('input github-token is empty');
    core.setSecret(token);
    redactor.addSecret(token);
    publish = boolInput(core, I.PublishStatus);
    const route = boolInput(core, I.RequestReviews);
    try {
      protectedBranches = parseProtectedBranches(core.getInput(TI.ProtectedBranches));
    } catch (err) {
      throw new EventError(err instanceof Error ? err.message : String(err));
    }
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const payload = await readEvent(env);
    const from = gateTargetFromEvent(eventName, payload, env);
    target = from.target;
    eventHead = from.eventHead;
    eventBase = from.eventBase;
    client = createGitHubClient({ token, env, log: { debug: (m) => core.debug(m), warn: (m) => core.warning(safeText(m)) }, ...deps.clientOptions });

    const workspace = env.GITHUB_WORKSPACE;
    const checkout = workspace && existsSync(join(workspace, '.git')) ? workspace : undefined;
    const common = {
      ...(core.getInput(I.Policy) ? { policyPath: core.getInput(I.Policy) } : {}),
      ...(core.getInput(I.Manifest) ? { manifestPath: core.getInput(I.Manifest) } : {}),
      ...(checkout ? { checkout } : {}),
      // A pull request into any other base is judged against the default branch's policy.
      protectedBranches: protectedBranches ?? null,
    };
    const group = from.mergeGroup;
    const result: GateResult = group
      ? await collectMergeGroupGate(client, { owner: target.owner, repo: target.repo }, group, common)
      : await collectApprovalGate(client, target, {
          ...common,
          lastPusher: from.lastPusher,
          // GitHub's snapshot of the pull request at event time: its head is the commit judged, and the
          // request to read it is saved. A later push is another event, judged in its own run.
          pullFromEvent: obj(payload).pull_request,
        });

    const extras: RenderExtras = {};
    // A queued pull request was approved to be queued: no latency to measure, nobody to ask.
    if (result.decision === 'approved' && !group) extras.latency = await measureLatency(client, target, result);
    if (route && !group) extras.routing = await requestReviews(client, target, result);
    const status = statusFor(result);
    const where: ProtectedTarget = protectedTarget(result.pull, protectedBranches ?? null);
    extras.status = { ...status, published: false };
    if (!publish) {
      extras.status.note = 'publish-status is false';
    } else if (!where.protected) {
      extras.status.note = where.reason;
    } else {
      try {
        // On a merge group, its commit carries the status the queue waits for.
        await publishStatus(client, target, group ? group.headSha : result.evaluation.headSha, status, runUrl(env));
        extras.status.published = true;
      } catch (err) {
        extras.status.error = err instanceof Error ? err.message : String(err);
        core.warning(`agent-guard: the ${GATE_CONTEXT} status could not be published (${safeText(extras.status.error)}); the step result still reflects the decision`);
      }
    }

    const event = { name: eventName, action: typeof obj(payload).action === 'string' ? (obj(payload).action as string) : null, head_sha: eventHead };
    await writeEvidence({ run: { result, event, extras, where } });
    await attestStep(core, env, evidencePath);
    await uploadEvidence();
    const passed = result.decision === 'approved' || result.decision === 'not_required';
    core.setOutput(O.Approved, passed ? 'true' : 'false');
    core.setOutput(O.Decision, result.decision);
    core.setOutput(O.Required, String(result.evaluation.required));
    core.setOutput(O.Tier, result.evaluation.tier);
    core.info(renderGateText(result, extras));
    await core.summary.addRaw(renderGateMarkdown(result, extras)).write();
    if (!passed) core.setFailed(`agent-guard approval-gate: ${result.decision.replace('_', ' ')}: ${safeText(status.description)}`);
    return result;
  } catch (err) {
    // Whatever was set before the failure (a crash after the decision, e.g. writing the job summary,
    // comes after `approved` was set): a failed step never leaves outputs that read as approved.
    core.setOutput(O.Approved, 'false');
    core.setOutput(O.Decision, 'deny');
    const message =
      err instanceof ConfigError
        ? `invalid configuration at the base commit:\n${err.problems.map((p) => safeText(formatProblem(p))).join('\n')}`
        : safeText(err instanceof Error ? err.message : String(err));
    // Only a pull request into a protected target may publish, judged from the event (the pull request
    // itself may not have been read); with an unparsed protected-branches input, nothing is published.
    const where = eventBase && protectedBranches !== undefined ? protectedTarget(eventBase, protectedBranches) : null;
    let published = false;
    const note = !publish ? 'publish-status is false' : !where ? 'the protected targets are unknown' : !where.protected ? where.reason : !eventHead ? 'the event names no head commit' : undefined;
    if (client && target && eventHead && publish && where?.protected) {
      published = await publishStatus(client, target, eventHead, failureStatus(eventHead, where.base, message), runUrl(env)).then(
        () => true,
        () => false,
      );
    }
    const written = await writeEvidence({
      error: message,
      status: { context: GATE_CONTEXT, state: 'failure', published, ...(note ? { note } : {}), protected_target: where },
      api_requests: client ? { total: requestCounter(client).total } : { total: 0 },
    }).then(
      () => true,
      () => false,
    );
    // The evidence of a denial counts in the metrics as much as an approval's.
    if (written) await uploadEvidence();
    core.setFailed(`agent-guard approval-gate: deny (${message})`);
    return null;
  }
}

function runUrl(env: Record<string, string | undefined>): string | undefined {
  const server = env.GITHUB_SERVER_URL;
  const repo = env.GITHUB_REPOSITORY;
  const run = env.GITHUB_RUN_ID;
  return server && repo && run && /^https?:\/\//.test(server) ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

/**
 * Approval latency. The issue events (review requests, ready for review) can only move the start of
 * the wait later; whether there is a latency at all does not depend on them (an approval with a
 * submission time must satisfy the gate). So they are read only when that holds: exact either way.
 */
async function measureLatency(client: RestClient, target: GateTarget, result: GateResult): Promise<LatencyResult> {
  const input = {
    openedAt: result.pull.createdAt,
    approvals: result.evaluation.counted,
    required: result.evaluation.required,
    codeownerPaths: result.evaluation.codeowners,
  };
  const without = approvalLatency({ ...input, events: [] });
  if (!without.measured) return without;
  const counter = requestCounter(client);
  counter.phase = 'latency';
  try {
    // The collector read them before it reported approved (base-branch changes): no second request.
    const waits = result.waitEvents ?? (await readTimeline(client, target));
    const latency = approvalLatency({ ...input, events: waits.events });
    return waits.complete || !latency.measured ? latency : { measured: false, reason: 'the issue events list is longer than the gate reads' };
  } catch (err) {
    return { measured: false, reason: `issue events could not be read: ${err instanceof Error ? err.message : String(err)}` };
  } finally {
    counter.phase = 'collect';
  }
}
