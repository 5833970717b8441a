import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  gateEventProvenance
} from "./chunk-VSVH6BX3.js";
import {
  EventError
} from "./chunk-XRSO45NP.js";
import {
  approvalGateEvidence,
  jobIdentity,
  timingsBetween
} from "./chunk-CUZNRT7Q.js";
import {
  attestStep
} from "./chunk-LS4HX2DV.js";
import {
  ApprovalGateInputs,
  ApprovalGateOutputs,
  ApprovalGateTargetInputs,
  evidencePathFor,
  readEvent
} from "./chunk-MG6WJRIL.js";
import {
  serializeEvidence
} from "./chunk-OE2SQ2YI.js";
import {
  collectApprovalGate,
  lookupPermissions,
  parseRepository,
  readTimeline,
  reviewCandidates
} from "./chunk-NR7ABLGN.js";
import {
  foldLogin
} from "./chunk-GP4V23GW.js";
import {
  GATE_CONTEXT,
  failureStatus,
  parseProtectedBranches,
  protectedTarget,
  renderGateMarkdown,
  renderGateText,
  safeText,
  statusFor
} from "./chunk-NFDKX6D7.js";
import {
  createGitHubClient
} from "./chunk-X4AYT3YW.js";
import {
  ConfigError,
  GitHubApiError,
  requestCounter
} from "./chunk-2MFCBZ7P.js";
import {
  formatProblem
} from "./chunk-OHZEQIQB.js";
import {
  writeFileNoFollow
} from "./chunk-PFF3JMPW.js";
import {
  obj
} from "./chunk-MPYCKMVQ.js";

// src/actions/run-approval-gate.ts
import { existsSync } from "node:fs";
import { join } from "node:path";

// src/adapters/github-status.ts
async function publishStatus(client, t, sha, status, targetUrl) {
  const counter = requestCounter(client);
  const phase = counter.phase;
  counter.phase = "publish";
  try {
    await client.request("POST /repos/{owner}/{repo}/statuses/{sha}", {
      owner: t.owner,
      repo: t.repo,
      sha,
      state: status.state,
      context: GATE_CONTEXT,
      description: status.description,
      ...targetUrl ? { target_url: targetUrl } : {}
    });
  } catch (err) {
    const e = err;
    throw new GitHubApiError(`POST /repos/{owner}/{repo}/statuses/{sha} failed (HTTP ${e.status ?? "?"}): ${String(e.message ?? err).split("\n")[0]}`, e.status);
  } finally {
    counter.phase = phase;
  }
}
async function requestReviews(client, t, result) {
  const none = (outcome, note, excluded = []) => ({ outcome, users: [], teams: [], excluded, note });
  if (result.decision !== "approval_required") return none("not_needed", `no review request: the decision is ${result.decision}`);
  const counter = requestCounter(client);
  const phase = counter.phase;
  counter.phase = "route";
  try {
    const facts = result.facts;
    const rule = result.policy.approvals[facts.tier];
    const names = [...rule.reviewers.users];
    if (rule.codeowners && facts.codeowners && facts.codeowners.problems.length === 0) {
      for (const p of facts.highRiskPaths) for (const o of facts.codeowners.matchesOf(p).flatMap((m) => m.owners)) if (o.kind === "user") names.push(o.login);
    }
    const looked = await lookupPermissions(client, t, names, [], { permissions: facts.permissions, teamMembers: facts.teamMembers ?? {}, warnings: [] });
    const candidates = reviewCandidates({ ...facts, permissions: looked.permissions, teamMembers: looked.teamMembers }, result.policy);
    const requestedUsers = new Set(result.pull.requestedUsers.map(foldLogin));
    const requestedTeams = new Set(result.pull.requestedTeams.map((s) => s.toLowerCase()));
    const ownTeams = candidates.teams.map((team) => team.split("/")).filter((parts) => parts.length === 2 && parts[0].toLowerCase() === t.owner.toLowerCase()).map((parts) => parts[1]);
    const already = [
      ...candidates.users.filter((u) => requestedUsers.has(foldLogin(u))),
      ...ownTeams.filter((s) => requestedTeams.has(s.toLowerCase())).map((s) => `@${t.owner}/${s}`)
    ];
    if (already.length > 0) {
      return { ...none("already_requested", `already requested: ${already.join(", ")}`, candidates.excluded) };
    }
    const users = candidates.users;
    const teams = ownTeams;
    if (users.length === 0 && teams.length === 0) {
      const why = candidates.source === "none" ? "the policy names no reviewers for this tier and code owners are not required" : "every named reviewer is excluded";
      return none("no_candidates", `nobody to request: ${why}`, candidates.excluded);
    }
    try {
      await client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
        owner: t.owner,
        repo: t.repo,
        pull_number: t.pullNumber,
        reviewers: users,
        team_reviewers: teams
      });
    } catch (err) {
      const e = err;
      return { outcome: "failed", users, teams, excluded: candidates.excluded, note: `the review request failed (HTTP ${e.status ?? "?"}): ${String(e.message ?? err).split("\n")[0]}` };
    }
    const who = [...users, ...teams.map((s) => `@${t.owner}/${s}`)].join(", ");
    return { outcome: "requested", users, teams, excluded: candidates.excluded, note: `requested reviews from ${who} (${candidates.source})` };
  } catch (err) {
    return none("failed", `review routing failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    counter.phase = phase;
  }
}

// src/core/approval-latency.ts
function time(iso) {
  if (typeof iso !== "string" || iso.length === 0) return void 0;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : void 0;
}
var fold = (login) => login.toLowerCase();
function approvalLatency(input) {
  const paths = input.codeownerPaths ?? [];
  if (input.required <= 0 && paths.length === 0) return { measured: false, reason: "no approval was required" };
  const opened = time(input.openedAt);
  if (opened === void 0) return { measured: false, reason: "the pull request has no valid opening time" };
  const timed = input.approvals.map((a) => ({ a, t: time(a.submittedAt) })).filter((x) => x.t !== void 0).sort((x, y) => x.t - y.t || x.a.reviewId - y.a.reviewId);
  const skipped = input.approvals.length - timed.length;
  const approvers = /* @__PURE__ */ new Set();
  let satisfying;
  for (const x of timed) {
    approvers.add(fold(x.a.login));
    const countMet = approvers.size >= input.required;
    const ownersMet = paths.every((p) => p.satisfiedBy.some((l) => approvers.has(fold(l))));
    if (countMet && ownersMet) {
      satisfying = x;
      break;
    }
  }
  if (!satisfying) {
    return {
      measured: false,
      reason: `the counted approvals do not satisfy the gate${skipped > 0 ? ` (${skipped} approval${skipped === 1 ? "" : "s"} without a submission time)` : ""}`
    };
  }
  const at = satisfying.t;
  let start = { kind: "opened", at: new Date(opened).toISOString() };
  let startTime = opened;
  for (const e of input.events) {
    const t = time(e.at);
    if (t === void 0 || t > at || t < startTime) continue;
    if (e.kind === "ready_for_review") {
      start = { kind: "ready_for_review", at: new Date(t).toISOString() };
      startTime = t;
    } else if (e.kind === "review_requested" && e.reviewer && fold(e.reviewer) === fold(satisfying.a.login)) {
      start = { kind: "review_requested", at: new Date(t).toISOString(), reviewer: e.reviewer };
      startTime = t;
    }
  }
  return {
    measured: true,
    latency: {
      seconds: Math.max(0, Math.round((at - startTime) / 1e3)),
      start,
      satisfiedAt: new Date(at).toISOString(),
      satisfiedBy: { login: satisfying.a.login, reviewId: satisfying.a.reviewId }
    }
  };
}

// src/actions/run-approval-gate.ts
function boolInput(core, name) {
  const v = (core.getInput(name) || "true").trim().toLowerCase();
  if (v !== "true" && v !== "false") throw new EventError(`input ${name} must be true or false, not ${JSON.stringify(v.slice(0, 20))}`);
  return v === "true";
}
function gateTargetFromEvent(eventName, payload, env) {
  const p = obj(payload);
  const repo = runRepository(p, env);
  const provenance = gateEventProvenance(eventName, payload, `${repo.owner}/${repo.repo}`);
  if (!provenance.allowed) throw new EventError(provenance.reason);
  if (provenance.subject !== "pull_request") throw new EventError(`the ${eventName} event names no single pull request`);
  const pr = obj(p.pull_request);
  const number = pr.number;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1) throw new EventError(`the ${eventName} event has no pull request number`);
  const head = obj(pr.head).sha;
  const sender = obj(p.sender).login;
  const synchronize = eventName.startsWith("pull_request") && eventName !== "pull_request_review" && p.action === "synchronize";
  const baseRef = obj(pr.base).ref;
  const defaultBranch = obj(obj(pr.base).repo).default_branch ?? obj(p.repository).default_branch;
  return {
    target: { ...repo, pullNumber: number },
    eventHead: typeof head === "string" && /^[0-9a-f]{40}$/.test(head) ? head : null,
    lastPusher: synchronize && typeof sender === "string" ? sender : null,
    eventBase: { baseRef: typeof baseRef === "string" ? baseRef : null, defaultBranch: typeof defaultBranch === "string" ? defaultBranch : null }
  };
}
function runRepository(p, env) {
  const fullName = obj(p.repository).full_name;
  const full = env.GITHUB_REPOSITORY ?? (typeof fullName === "string" ? fullName : "");
  const repo = parseRepository(full);
  if (!repo) throw new EventError(`GITHUB_REPOSITORY ${JSON.stringify(full.slice(0, 100))} is not OWNER/NAME`);
  return repo;
}
async function runApprovalGate(core, env, deps = {}) {
  const started = /* @__PURE__ */ new Date();
  core.setOutput(ApprovalGateOutputs.Approved, "false");
  core.setOutput(ApprovalGateOutputs.Decision, "deny");
  const workspaceDir = env.GITHUB_WORKSPACE || void 0;
  const evidencePath = evidencePathFor(core.getInput(ApprovalGateInputs.EvidencePath), env, "approval-gate-evidence.json");
  let client;
  let target;
  let eventHead = null;
  let eventBase = null;
  let publish = true;
  let protectedBranches;
  const writeEvidence = async (body) => {
    const document = approvalGateEvidence(jobIdentity(env), timingsBetween(started, /* @__PURE__ */ new Date()), body);
    await writeFileNoFollow(evidencePath, serializeEvidence(document), { ...workspaceDir ? { untrustedRoot: workspaceDir } : {} });
    core.setOutput(ApprovalGateOutputs.EvidencePath, evidencePath);
  };
  try {
    const token = core.getInput(ApprovalGateInputs.GitHubToken);
    if (!token) throw new EventError("input github-token is empty");
    core.setSecret(token);
    publish = boolInput(core, ApprovalGateInputs.PublishStatus);
    const route = boolInput(core, ApprovalGateInputs.RequestReviews);
    try {
      protectedBranches = parseProtectedBranches(core.getInput(ApprovalGateTargetInputs.ProtectedBranches));
    } catch (err) {
      throw new EventError(err instanceof Error ? err.message : String(err));
    }
    const eventName = env.GITHUB_EVENT_NAME ?? "";
    const payload = await readEvent(env);
    const from = gateTargetFromEvent(eventName, payload, env);
    target = from.target;
    eventHead = from.eventHead;
    eventBase = from.eventBase;
    client = createGitHubClient({ token, env, log: { debug: (m) => core.debug(m), warn: (m) => core.warning(safeText(m)) }, ...deps.clientOptions });
    const workspace = env.GITHUB_WORKSPACE;
    const checkout = workspace && existsSync(join(workspace, ".git")) ? workspace : void 0;
    const result = await collectApprovalGate(client, target, {
      ...core.getInput(ApprovalGateInputs.Policy) ? { policyPath: core.getInput(ApprovalGateInputs.Policy) } : {},
      ...core.getInput(ApprovalGateInputs.Manifest) ? { manifestPath: core.getInput(ApprovalGateInputs.Manifest) } : {},
      ...checkout ? { checkout } : {},
      lastPusher: from.lastPusher,
      // A pull request into any other base is judged against the default branch's policy.
      protectedBranches: protectedBranches ?? null,
      // GitHub's snapshot of the pull request at event time: its head is the commit judged, and the
      // request to read it is saved. A later push is another event, judged in its own run.
      pullFromEvent: obj(payload).pull_request
    });
    const extras = {};
    if (result.decision === "approved") extras.latency = await measureLatency(client, target, result);
    if (route) extras.routing = await requestReviews(client, target, result);
    const status = statusFor(result);
    const where = protectedTarget(result.pull, protectedBranches ?? null);
    extras.status = { ...status, published: false };
    if (!publish) {
      extras.status.note = "publish-status is false";
    } else if (!where.protected) {
      extras.status.note = where.reason;
    } else {
      try {
        await publishStatus(client, target, result.evaluation.headSha, status, runUrl(env));
        extras.status.published = true;
      } catch (err) {
        extras.status.error = err instanceof Error ? err.message : String(err);
        core.warning(`agent-guard: the ${GATE_CONTEXT} status could not be published (${safeText(extras.status.error)}); the step result still reflects the decision`);
      }
    }
    const event = { name: eventName, action: typeof obj(payload).action === "string" ? obj(payload).action : null, head_sha: eventHead };
    await writeEvidence({ run: { result, event, extras, where } });
    await attestStep(core, env, evidencePath);
    const passed = result.decision === "approved" || result.decision === "not_required";
    core.setOutput(ApprovalGateOutputs.Approved, passed ? "true" : "false");
    core.setOutput(ApprovalGateOutputs.Decision, result.decision);
    core.setOutput(ApprovalGateOutputs.Required, String(result.evaluation.required));
    core.setOutput(ApprovalGateOutputs.Tier, result.evaluation.tier);
    core.info(renderGateText(result, extras));
    await core.summary.addRaw(renderGateMarkdown(result, extras)).write();
    if (!passed) core.setFailed(`agent-guard approval-gate: ${result.decision.replace("_", " ")}: ${safeText(status.description)}`);
    return result;
  } catch (err) {
    core.setOutput(ApprovalGateOutputs.Approved, "false");
    core.setOutput(ApprovalGateOutputs.Decision, "deny");
    const message = err instanceof ConfigError ? `invalid configuration at the base commit:
${err.problems.map((p) => safeText(formatProblem(p))).join("\n")}` : safeText(err instanceof Error ? err.message : String(err));
    const where = eventBase && protectedBranches !== void 0 ? protectedTarget(eventBase, protectedBranches) : null;
    let published = false;
    const note = !publish ? "publish-status is false" : !where ? "the protected targets are unknown" : !where.protected ? where.reason : !eventHead ? "the event names no head commit" : void 0;
    if (client && target && eventHead && publish && where?.protected) {
      published = await publishStatus(client, target, eventHead, failureStatus(eventHead, where.base, message), runUrl(env)).then(
        () => true,
        () => false
      );
    }
    await writeEvidence({
      error: message,
      status: { context: GATE_CONTEXT, state: "failure", published, ...note ? { note } : {}, protected_target: where },
      api_requests: client ? { total: requestCounter(client).total } : { total: 0 }
    }).catch(() => void 0);
    core.setFailed(`agent-guard approval-gate: deny (${message})`);
    return null;
  }
}
function runUrl(env) {
  const server = env.GITHUB_SERVER_URL;
  const repo = env.GITHUB_REPOSITORY;
  const run = env.GITHUB_RUN_ID;
  return server && repo && run && /^https?:\/\//.test(server) ? `${server}/${repo}/actions/runs/${run}` : void 0;
}
async function measureLatency(client, target, result) {
  const input = {
    openedAt: result.pull.createdAt,
    approvals: result.evaluation.counted,
    required: result.evaluation.required,
    codeownerPaths: result.evaluation.codeowners
  };
  const without = approvalLatency({ ...input, events: [] });
  if (!without.measured) return without;
  const counter = requestCounter(client);
  counter.phase = "latency";
  try {
    const waits = result.waitEvents ?? await readTimeline(client, target);
    const latency = approvalLatency({ ...input, events: waits.events });
    return waits.complete || !latency.measured ? latency : { measured: false, reason: "the issue events list is longer than the gate reads" };
  } catch (err) {
    return { measured: false, reason: `issue events could not be read: ${err instanceof Error ? err.message : String(err)}` };
  } finally {
    counter.phase = "collect";
  }
}

export {
  runApprovalGate
};
