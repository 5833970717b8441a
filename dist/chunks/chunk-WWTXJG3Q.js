import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  gateEventProvenance
} from "./chunk-VSVH6BX3.js";
import {
  checkoutHolds,
  collectApprovalGate,
  gateDecision,
  lookupPermissions,
  parseRepository,
  readTimeline,
  reviewCandidates
} from "./chunk-RPBKEBE3.js";
import {
  foldLogin
} from "./chunk-GP4V23GW.js";
import {
  EventError
} from "./chunk-TAEBDJXM.js";
import {
  approvalGateEvidence,
  jobIdentity,
  timingsBetween
} from "./chunk-2OZA757D.js";
import {
  GATE_CONTEXT,
  failureStatus,
  parseProtectedBranches,
  protectedTarget,
  renderGateMarkdown,
  renderGateText,
  safeText,
  statusFor
} from "./chunk-CVI2Q4P5.js";
import {
  GitHubApiError,
  call,
  requestCounter
} from "./chunk-4TXB6WUI.js";
import {
  ConfigError,
  computeChangeSet
} from "./chunk-UC545A7V.js";
import {
  mergeBase
} from "./chunk-UGBVF5CQ.js";
import {
  GitError,
  gitOk
} from "./chunk-A76VIHJP.js";
import {
  attestStep
} from "./chunk-ZJ6ANMJP.js";
import {
  evidencePathFor,
  readEvent,
  uploadEvidenceStep
} from "./chunk-TLCN7R4O.js";
import {
  serializeEvidence
} from "./chunk-S6BVWRSJ.js";
import {
  ApprovalGateInputs,
  ApprovalGateOutputs,
  ApprovalGateTargetInputs
} from "./chunk-OEKITCD2.js";
import {
  createGitHubClient
} from "./chunk-KXPMQ7DQ.js";
import {
  Redactor
} from "./chunk-N33BQRLE.js";
import {
  writeFileNoFollow
} from "./chunk-PFF3JMPW.js";
import {
  formatProblem
} from "./chunk-5S2ND2EP.js";
import {
  nonEmptyStr,
  obj,
  str
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

// src/core/approval-merge-group.ts
var SHA = /^[0-9a-f]{40}$/;
var QUEUE = /^gh-readonly-queue\/(.+)\/pr-([1-9][0-9]{0,9})-([0-9a-f]{40})$/;
var heads = (ref) => ref !== void 0 && ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
function mergeGroupRef(payload) {
  const mg = obj(obj(payload).merge_group);
  const headSha = nonEmptyStr(mg.head_sha);
  const baseSha = nonEmptyStr(mg.base_sha);
  if (headSha === void 0 || !SHA.test(headSha)) return { error: "the merge_group event has no valid head_sha" };
  if (baseSha === void 0 || !SHA.test(baseSha)) return { error: "the merge_group event has no valid base_sha" };
  const baseBranch = heads(nonEmptyStr(mg.base_ref));
  const queueBranch = heads(nonEmptyStr(mg.head_ref));
  if (!baseBranch) return { error: "the merge_group event names no base branch (base_ref refs/heads/...)" };
  if (!queueBranch) return { error: "the merge_group event names no queue branch (head_ref refs/heads/...)" };
  const m = QUEUE.exec(queueBranch);
  const shown = JSON.stringify(queueBranch.slice(0, 120));
  if (!m) return { error: `the merge queue branch ${shown} is not gh-readonly-queue/<base>/pr-<number>-<sha>: which pull request it is for is unknown` };
  if (m[1] !== baseBranch) return { error: `the merge queue branch ${shown} is not of the group's base branch ${JSON.stringify(baseBranch.slice(0, 120))}` };
  return { headSha, baseSha, baseBranch, queueBranch, pullNumber: Number(m[2]) };
}
var where = (group) => `the merge group ${group.headSha.slice(0, 12)} (on ${group.baseBranch} at ${group.baseSha.slice(0, 12)})`;
var listHeads = (pulls) => pulls.map((p) => `#${p.number} at ${p.head.slice(0, 12)}`).join(", ");
function groupDiffers(group, pulls, path, owner) {
  const what = owner !== void 0 ? `changes ${JSON.stringify(path)} otherwise than pull request #${owner}'s approved head (path, mode or blob): the group's content there was approved by no one (the base branch changed it too since that head's merge base, or an unidentified pull request in the group changes it)` : `changes ${JSON.stringify(path)}, which none of its pull requests' approved heads (${listHeads(pulls)}) changes: the group adds a change beyond them (a pull request ahead in the queue is identified only by a merge commit "Merge pull request #K"; with the squash or rebase merge method, build the queue one pull request at a time)`;
  return `${where(group)} ${what}`;
}
var MAX_GROUP_PULLS = 10;
var MERGE_SUBJECT = /^Merge pull request #([1-9][0-9]{0,9})(?= from |$)/;
function groupMerges(commits) {
  const out = [];
  for (const c of commits) {
    const m = MERGE_SUBJECT.exec(c.subject);
    if (!m || c.parents.length !== 2 || !SHA.test(c.parents[1])) continue;
    const number = Number(m[1]);
    if (!out.some((o) => o.number === number)) out.push({ number, mergedHead: c.parents[1], commit: c.sha });
  }
  return out;
}
function sharedPath(group, perPull) {
  const seen = /* @__PURE__ */ new Map();
  for (const p of perPull) {
    for (const path of new Set(p.paths)) {
      const other = seen.get(path);
      if (other !== void 0 && other !== p.number) {
        return `${where(group)}: pull requests #${other} and #${p.number} both change ${JSON.stringify(path)}, so the group's content there is a merge of both that neither approval covers`;
      }
      seen.set(path, p.number);
    }
  }
  return void 0;
}
var entryKey = (e) => [e.status, e.previousPath ?? "", e.path, e.oldMode, e.newMode, e.oldBlob, e.newBlob].join("\0");
function firstDifferingPath(pulls, group) {
  const byPath = (entries) => {
    const m = /* @__PURE__ */ new Map();
    for (const e of entries) for (const p of e.previousPath !== void 0 ? [e.path, e.previousPath] : [e.path]) m.set(p, [...m.get(p) ?? [], entryKey(e)].sort());
    return m;
  };
  const a = byPath(pulls);
  const b = byPath(group);
  for (const path of [.../* @__PURE__ */ new Set([...a.keys(), ...b.keys()])].sort()) {
    if ((a.get(path) ?? []).join("\n") !== (b.get(path) ?? []).join("\n")) return path;
  }
  return void 0;
}

// src/app/approval-gate-merge-group.ts
var MergeGroupError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "MergeGroupError";
  }
};
async function firstParents(dir, group) {
  const out = await gitOk(dir, ["log", "--first-parent", "--reverse", "--format=%H %P%x1f%s%x1e", `${group.baseSha}..${group.headSha}`], { maxStdout: 4 * 1024 * 1024 });
  return out.toString("utf8").split("").map((r) => r.trim()).filter((r) => r.length > 0).map((r) => {
    const [ids = "", subject = ""] = r.split("");
    const [sha = "", ...parents] = ids.trim().split(" ");
    return { sha, parents, subject };
  });
}
var passed = (d) => d === "approved" || d === "not_required";
async function collectMergeGroupGate(client, repo, group, opts) {
  const at = `merge group ${group.headSha.slice(0, 12)}`;
  const dir = opts.checkout;
  if (!dir) throw new MergeGroupError(`the ${at} is judged with git: check the repository out with fetch-depth: 0 (no checkout at the workspace root)`);
  const holds = await checkoutHolds(dir, group.baseSha, group.headSha);
  if (!holds.ok) throw new MergeGroupError(`the ${at} is judged with git, and the checkout cannot be used: ${holds.why}`);
  const built = await mergeBase(dir, group.baseSha, group.headSha).catch((err) => err instanceof GitError ? err.message : String(err));
  if (built !== group.baseSha) throw new MergeGroupError(`the ${at} is not built on its base ${group.baseSha.slice(0, 12)} (${built.slice(0, 200)})`);
  const merges = groupMerges(await firstParents(dir, group));
  const numbers = [.../* @__PURE__ */ new Set([...merges.map((m) => m.number), group.pullNumber])];
  if (numbers.length > MAX_GROUP_PULLS) throw new MergeGroupError(`the ${at} names ${numbers.length} pull requests; the gate judges at most ${MAX_GROUP_PULLS} in one group`);
  requestCounter(client).phase = "collect";
  const judged = [];
  const problems = [];
  for (const n of numbers) {
    const raw = obj((await call(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repo, pull_number: n })).data);
    const baseRef = str(obj(raw.base).ref);
    if (baseRef !== group.baseBranch) throw new MergeGroupError(`pull request #${n} of the ${at} targets ${JSON.stringify(baseRef ?? null)}, not the group's base branch ${group.baseBranch}`);
    if (str(raw.state) !== "open") throw new MergeGroupError(`pull request #${n} of the ${at} is ${JSON.stringify(str(raw.state) ?? "in an unknown state")}, not open`);
    const merge = merges.find((m) => m.number === n);
    const apiHead = str(obj(raw.head).sha) ?? "";
    if (merge && merge.mergedHead !== apiHead) {
      throw new MergeGroupError(`commit ${merge.commit.slice(0, 12)} of the ${at} names pull request #${n} and merges ${merge.mergedHead.slice(0, 12)}, but that pull request's head is ${apiHead.slice(0, 12) || "(none)"}`);
    }
    const pull = { ...raw, base: { ...obj(raw.base), sha: group.baseSha }, commits: void 0, changed_files: void 0 };
    const result = await collectApprovalGate(client, { ...repo, pullNumber: n }, { ...opts, pullFromEvent: pull });
    judged.push({ number: n, result });
  }
  const main = judged[judged.length - 1].result;
  for (const { number, result } of judged.slice(0, -1)) {
    for (const p of result.problems) problems.push(`pull request #${number} in the ${at}: ${p}`);
    if (result.problems.length === 0 && !passed(result.decision)) {
      problems.push(`pull request #${number} in the ${at} is not approved (${result.decision.replace("_", " ")}): ${result.evaluation.blocking[0]?.reason ?? "no reason given"}`);
    }
  }
  const pulls = judged.map(({ number, result }) => ({ number, head: result.facts.headSha, decision: result.decision }));
  main.tierSource.notes.unshift(`merge group ${group.headSha.slice(0, 12)} on ${group.baseBranch} at ${group.baseSha.slice(0, 12)} (${group.queueBranch}): pull requests ${pulls.map((p) => `#${p.number} at ${p.head.slice(0, 12)}`).join(", ")}, each judged against the group's base`);
  let groupEntries = [];
  let differs;
  try {
    groupEntries = (await computeChangeSet(dir, group.baseSha, group.headSha)).entries;
    const perPull = [];
    for (const p of pulls) perPull.push({ number: p.number, entries: (await computeChangeSet(dir, group.baseSha, p.head)).entries });
    const paths = (entries) => entries.flatMap((e) => e.previousPath !== void 0 ? [e.path, e.previousPath] : [e.path]);
    differs = sharedPath(
      group,
      perPull.map((p) => ({ number: p.number, paths: paths(p.entries) }))
    );
    if (differs === void 0) {
      const path = firstDifferingPath(
        perPull.flatMap((p) => p.entries),
        groupEntries
      );
      if (path !== void 0) differs = groupDiffers(group, pulls, path, perPull.find((p) => paths(p.entries).includes(path))?.number);
    }
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    differs = `the ${at} and its pull requests' heads could not be compared with git (${err.code}: ${err.message.slice(0, 200)}): the checkout (fetch-depth: 0) must hold every pull request's head`;
  }
  if (differs) problems.push(differs);
  main.problems.push(...problems);
  const mergeGroup = {
    headSha: group.headSha,
    baseSha: group.baseSha,
    baseBranch: group.baseBranch,
    queueBranch: group.queueBranch,
    pullRequests: pulls,
    sameChange: differs === void 0,
    ...differs ? { differs } : {},
    paths: groupEntries.length
  };
  return { ...main, decision: gateDecision(main.problems, main.evaluation), mergeGroup };
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
  if (provenance.subject === "merge_group") {
    const group = mergeGroupRef(payload);
    const defaultBranch2 = obj(p.repository).default_branch;
    const eventBase = { baseRef: "error" in group ? null : group.baseBranch, defaultBranch: typeof defaultBranch2 === "string" ? defaultBranch2 : null };
    if ("error" in group) throw new EventError(group.error);
    return { target: { ...repo, pullNumber: group.pullNumber }, eventHead: group.headSha, lastPusher: null, eventBase, mergeGroup: group };
  }
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
  const redactor = new Redactor();
  const writeEvidence = async (body) => {
    const document = approvalGateEvidence(jobIdentity(env), timingsBetween(started, /* @__PURE__ */ new Date()), body);
    await writeFileNoFollow(evidencePath, redactor.redact(serializeEvidence(document)), { ...workspaceDir ? { untrustedRoot: workspaceDir } : {} });
    core.setOutput(ApprovalGateOutputs.EvidencePath, evidencePath);
  };
  const uploadEvidence = async () => {
    if (deps.collectEvidence) deps.collectEvidence.push(evidencePath);
    else await uploadEvidenceStep(core, env, [evidencePath], { redactor });
  };
  try {
    const token = core.getInput(ApprovalGateInputs.GitHubToken);
    if (!token) throw new EventError("input github-token is empty");
    core.setSecret(token);
    redactor.addSecret(token);
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
    const common = {
      ...core.getInput(ApprovalGateInputs.Policy) ? { policyPath: core.getInput(ApprovalGateInputs.Policy) } : {},
      ...core.getInput(ApprovalGateInputs.Manifest) ? { manifestPath: core.getInput(ApprovalGateInputs.Manifest) } : {},
      ...checkout ? { checkout } : {},
      // A pull request into any other base is judged against the default branch's policy.
      protectedBranches: protectedBranches ?? null
    };
    const group = from.mergeGroup;
    const result = group ? await collectMergeGroupGate(client, { owner: target.owner, repo: target.repo }, group, common) : await collectApprovalGate(client, target, {
      ...common,
      lastPusher: from.lastPusher,
      // GitHub's snapshot of the pull request at event time: its head is the commit judged, and the
      // request to read it is saved. A later push is another event, judged in its own run.
      pullFromEvent: obj(payload).pull_request
    });
    const extras = {};
    if (result.decision === "approved" && !group) extras.latency = await measureLatency(client, target, result);
    if (route && !group) extras.routing = await requestReviews(client, target, result);
    const status = statusFor(result);
    const where2 = protectedTarget(result.pull, protectedBranches ?? null);
    extras.status = { ...status, published: false };
    if (!publish) {
      extras.status.note = "publish-status is false";
    } else if (!where2.protected) {
      extras.status.note = where2.reason;
    } else {
      try {
        await publishStatus(client, target, group ? group.headSha : result.evaluation.headSha, status, runUrl(env));
        extras.status.published = true;
      } catch (err) {
        extras.status.error = err instanceof Error ? err.message : String(err);
        core.warning(`agent-guard: the ${GATE_CONTEXT} status could not be published (${safeText(extras.status.error)}); the step result still reflects the decision`);
      }
    }
    const event = { name: eventName, action: typeof obj(payload).action === "string" ? obj(payload).action : null, head_sha: eventHead };
    await writeEvidence({ run: { result, event, extras, where: where2 } });
    await attestStep(core, env, evidencePath);
    await uploadEvidence();
    const passed2 = result.decision === "approved" || result.decision === "not_required";
    core.setOutput(ApprovalGateOutputs.Approved, passed2 ? "true" : "false");
    core.setOutput(ApprovalGateOutputs.Decision, result.decision);
    core.setOutput(ApprovalGateOutputs.Required, String(result.evaluation.required));
    core.setOutput(ApprovalGateOutputs.Tier, result.evaluation.tier);
    core.info(renderGateText(result, extras));
    await core.summary.addRaw(renderGateMarkdown(result, extras)).write();
    if (!passed2) core.setFailed(`agent-guard approval-gate: ${result.decision.replace("_", " ")}: ${safeText(status.description)}`);
    return result;
  } catch (err) {
    core.setOutput(ApprovalGateOutputs.Approved, "false");
    core.setOutput(ApprovalGateOutputs.Decision, "deny");
    const message = err instanceof ConfigError ? `invalid configuration at the base commit:
${err.problems.map((p) => safeText(formatProblem(p))).join("\n")}` : safeText(err instanceof Error ? err.message : String(err));
    const where2 = eventBase && protectedBranches !== void 0 ? protectedTarget(eventBase, protectedBranches) : null;
    let published = false;
    const note = !publish ? "publish-status is false" : !where2 ? "the protected targets are unknown" : !where2.protected ? where2.reason : !eventHead ? "the event names no head commit" : void 0;
    if (client && target && eventHead && publish && where2?.protected) {
      published = await publishStatus(client, target, eventHead, failureStatus(eventHead, where2.base, message), runUrl(env)).then(
        () => true,
        () => false
      );
    }
    const written = await writeEvidence({
      error: message,
      status: { context: GATE_CONTEXT, state: "failure", published, ...note ? { note } : {}, protected_target: where2 },
      api_requests: client ? { total: requestCounter(client).total } : { total: 0 }
    }).then(
      () => true,
      () => false
    );
    if (written) await uploadEvidence();
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
