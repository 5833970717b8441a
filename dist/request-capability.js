import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  MintError,
  mintInstallationToken,
  revokeInstallationToken
} from "./chunks/chunk-HYWAOB4O.js";
import {
  MINTING_EVENTS,
  eventProvenance,
  isWritePermission
} from "./chunks/chunk-VSVH6BX3.js";
import {
  collectApprovalGate,
  evaluateApprovals,
  parseRepository
} from "./chunks/chunk-RPBKEBE3.js";
import "./chunks/chunk-GP4V23GW.js";
import "./chunks/chunk-SFDD5CUY.js";
import {
  EventError,
  refsFromEvent
} from "./chunks/chunk-TAEBDJXM.js";
import "./chunks/chunk-JHEJOS2K.js";
import "./chunks/chunk-Y3I7EUOX.js";
import "./chunks/chunk-BC5MZYTJ.js";
import "./chunks/chunk-YHIAEXRV.js";
import "./chunks/chunk-HMQHJBD5.js";
import "./chunks/chunk-QM3FMFE2.js";
import {
  EVIDENCE_VERSION,
  jobIdentity,
  refusalDenials
} from "./chunks/chunk-2OZA757D.js";
import "./chunks/chunk-CVI2Q4P5.js";
import {
  loadManifestFor,
  loadPolicyFor
} from "./chunks/chunk-4TXB6WUI.js";
import {
  ConfigError
} from "./chunks/chunk-UC545A7V.js";
import {
  mergeBase,
  resolveCommit
} from "./chunks/chunk-UGBVF5CQ.js";
import {
  GitError
} from "./chunks/chunk-A76VIHJP.js";
import {
  decideTransport,
  evidencePathFor,
  readEvent,
  uploadEvidenceStep
} from "./chunks/chunk-TLCN7R4O.js";
import {
  core_exports
} from "./chunks/chunk-3EQGL3HR.js";
import {
  serializeEvidence
} from "./chunks/chunk-S6BVWRSJ.js";
import {
  RequestCapabilityApprovalInputs,
  RequestCapabilityInputs,
  RequestCapabilityOutputs,
  RequestCapabilityState,
  RequestCapabilityTransportInputs,
  RequestCapabilityTransportState
} from "./chunks/chunk-OEKITCD2.js";
import {
  GitHubClientError,
  createGitHubClient
} from "./chunks/chunk-KXPMQ7DQ.js";
import "./chunks/chunk-OITVL67J.js";
import {
  Redactor,
  secretForms
} from "./chunks/chunk-N33BQRLE.js";
import "./chunks/chunk-4SQGAN2Y.js";
import {
  writeFileNoFollow
} from "./chunks/chunk-PFF3JMPW.js";
import {
  checkManifestAgainstPolicy,
  formatProblem
} from "./chunks/chunk-5S2ND2EP.js";
import "./chunks/chunk-EE7EZIWX.js";
import "./chunks/chunk-PNJUBMPM.js";
import {
  maxTier
} from "./chunks/chunk-DIY5OXXZ.js";
import "./chunks/chunk-FVZA7SE4.js";
import {
  BUILTIN_CAPABILITIES,
  isNeverMinted
} from "./chunks/chunk-Q3GSJBK5.js";
import "./chunks/chunk-HTLVP5OR.js";
import "./chunks/chunk-ERUCQBI4.js";
import "./chunks/chunk-5NA3HWDM.js";
import "./chunks/chunk-RMNCHNTK.js";
import {
  obj
} from "./chunks/chunk-MPYCKMVQ.js";
import "./chunks/chunk-LKLDWFYK.js";

// src/actions/request-capability-approvals.ts
import { isAbsolute, join } from "node:path";

// src/core/capability-request.ts
var MAX_REQUESTED_CAPABILITIES = 32;
var CAPABILITY_NAME = /^[a-z][a-z0-9_]{0,63}$/;
var REPO_OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
var REPO_NAME = /^[A-Za-z0-9._-]{1,100}$/;
var PERMISSION_FORM = /^([A-Za-z_]+)\s*(?:[:=]\s*([A-Za-z]+))?$/;
function splitList(input) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const raw of input.split(/[,\r\n]/)) {
    const item = raw.trim();
    if (item.length === 0 || seen.has(item)) continue;
    seen.add(item);
    out.push(item);
  }
  return out;
}
var NEVER_MINTED_WHY = {
  workflows: "without it GitHub refuses pushes that create or change .github/workflows: that refusal is a free server-side backstop",
  administration: "it changes branch protection, rulesets and repository settings, which is how required checks are switched off",
  secrets: "secrets are never handed to an agent",
  actions: "actions: write re-runs, cancels and changes workflows and their settings",
  checks: "check runs are how required checks pass: an agent must never write them",
  statuses: "commit statuses are how required checks pass: an agent must never write them",
  environments: "environments hold deployment protection rules and secrets",
  deployments: "deployments belong to a job in an environment with required reviewers",
  repository_hooks: "webhooks send repository events to arbitrary URLs",
  members: "organization membership is never an agent task"
};
function neverMintedRefusal(permission, asked) {
  const why = NEVER_MINTED_WHY[permission] ?? (permission.startsWith("organization_") ? "organization permissions reach beyond one repository" : "it is on the never-minted list");
  return {
    code: "never_minted",
    message: `${JSON.stringify(asked)} asks for the ${permission} permission, which agent-guard never mints, whatever is asked (${why})`,
    fix: "ask for the narrowest capability that does the job; a human does what needs this permission"
  };
}
function parseCapabilitiesInput(input) {
  const names = [];
  const refusals = [];
  const items = splitList(input);
  if (items.length === 0) {
    refusals.push({ code: "empty_request", message: "the capabilities input names no capability", fix: `name one or more of: ${Object.keys(BUILTIN_CAPABILITIES).join(", ")}` });
  }
  if (items.length > MAX_REQUESTED_CAPABILITIES) {
    refusals.push({ code: "too_many_capabilities", message: `the capabilities input names ${items.length} items; at most ${MAX_REQUESTED_CAPABILITIES} are accepted` });
    return { names, refusals };
  }
  for (const item of items) {
    const perm = PERMISSION_FORM.exec(item);
    const permission = perm?.[1]?.toLowerCase();
    if (permission !== void 0 && isNeverMinted(permission)) {
      refusals.push(neverMintedRefusal(permission, item));
      continue;
    }
    if (CAPABILITY_NAME.test(item)) {
      names.push(item);
      continue;
    }
    if (perm && perm[2] !== void 0) {
      refusals.push({
        code: "raw_permission",
        message: `${JSON.stringify(item)} is a permission, not a capability: agents ask for capabilities and agent-guard maps them to permissions`,
        fix: `ask for one of: ${Object.keys(BUILTIN_CAPABILITIES).join(", ")}`
      });
      continue;
    }
    refusals.push({ code: "invalid_input", message: `${JSON.stringify(item.slice(0, 80))} is not a capability name (lower case letters, digits and _)` });
  }
  return { names, refusals };
}
function parseRepositoryInput(input, currentRepository) {
  const items = splitList(input.replace(/\s+/g, "\n"));
  if (items.length > 1) {
    return {
      ok: false,
      refusal: {
        code: "multiple_repositories",
        message: `the repository input names ${items.length} repositories; a token is only ever minted for one`,
        fix: "use one request-capability step per repository, each with its own manifest"
      }
    };
  }
  const value = items[0] ?? currentRepository;
  const [owner, name, ...rest] = value.includes("/") ? value.split("/") : [currentRepository.split("/")[0] ?? "", value];
  if (rest.length > 0 || owner === void 0 || name === void 0 || !REPO_OWNER.test(owner) || !REPO_NAME.test(name) || name === "." || name === "..") {
    return { ok: false, refusal: { code: "invalid_repository", message: `${JSON.stringify(value.slice(0, 140))} is not a repository (OWNER/NAME or NAME)` } };
  }
  return { ok: true, repository: `${owner}/${name}` };
}
function provenanceFromEvent(eventName, payload, repository) {
  const e = eventProvenance(eventName, payload, repository);
  return { trusted: e.allowed, event: e.event, root: e.root, reason: e.reason, writers: e.writers };
}
function confirmWriters(p, permissions) {
  if (!p.trusted || !p.writers || p.writers.length === 0) return p;
  for (const w of p.writers) {
    const got = Object.prototype.hasOwnProperty.call(permissions, w.login) ? permissions[w.login] : void 0;
    if (!isWritePermission(got)) {
      return { ...p, trusted: false, reason: `${p.reason}; but ${w.role} ${w.login} has ${got === void 0 ? "no permission GitHub would confirm" : `${got} permission`}, not write` };
    }
  }
  return { ...p, reason: `${p.reason}; ${p.writers.map((w) => `${w.role} ${w.login} has write permission`).join(", ")}` };
}
function provenanceRefusal(p) {
  return {
    code: "untrusted_provenance",
    message: `untrusted provenance: ${p.reason}; no token is minted for this run`,
    fix: `mint only on ${Object.keys(MINTING_EVENTS).join(", ")} or a workflow_run of one of them, from branches of the repository itself`
  };
}
function approvalCheckFromEvaluation(facts, evaluation) {
  const approved = evaluation.decision === "approved";
  const reason = approved ? `approved by ${evaluation.counted.map((c) => c.login).join(", ")} (${evaluation.counted.length} of ${evaluation.required})` : evaluation.blocking.map((b) => b.reason).join("; ") || `decision ${evaluation.decision}`;
  return {
    approved,
    headSha: evaluation.headSha || null,
    manifestSha256: facts.manifest?.sha256 ?? null,
    approvers: evaluation.counted.map((c) => c.login),
    reason
  };
}
var own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function capabilityTier(name, policy, table = BUILTIN_CAPABILITIES) {
  const fromPolicy = own(policy.capabilities, name) ? policy.capabilities[name]?.tier : void 0;
  const fromTable = own(table, name) ? table[name]?.tier : void 0;
  if (fromPolicy && fromTable) return maxTier(fromPolicy, fromTable);
  return fromPolicy ?? fromTable ?? null;
}
function highTierCapabilities(names, policy, table = BUILTIN_CAPABILITIES) {
  return names.filter((n) => capabilityTier(n, policy, table) === "high");
}
var LEVEL_RANK = { read: 1, write: 2 };
function pinRepository(entry, owner) {
  return entry.includes("/") || owner === "" ? entry : `${owner}/${entry}`;
}
function pinToOwner(policy, manifest, owner) {
  const subjects = Object.fromEntries(Object.entries(policy.subjects).map(([name, subject]) => [name, { ...subject, repositories: subject.repositories.map((r) => pinRepository(r, owner)) }]));
  return { policy: { ...policy, subjects }, manifest: { ...manifest, repository: pinRepository(manifest.repository, owner) } };
}
function decideCapabilityRequest(req) {
  const table = req.table ?? BUILTIN_CAPABILITIES;
  const refusals = [];
  const refuse = (r) => refusals.push(r);
  const owner = req.currentRepository.split("/")[0] ?? "";
  const { policy, manifest } = pinToOwner(req.policy, req.manifest, owner);
  if (!req.provenance.trusted) refuse(provenanceRefusal(req.provenance));
  const subject = own(policy.subjects, manifest.subject) ? policy.subjects[manifest.subject] : void 0;
  if (req.repository.toLowerCase() !== req.currentRepository.toLowerCase()) {
    if (!subject || subject.repositories.length === 0) {
      refuse({
        code: "repository_not_allowed",
        message: `the token would be for ${req.repository}, not for this run's repository ${req.currentRepository || "(unknown)"}, and the policy subject ${JSON.stringify(manifest.subject)} lists no repositories`,
        fix: `list ${req.repository} under subjects.${manifest.subject}.repositories in the policy, or mint in a workflow of ${req.repository}`
      });
    }
  }
  for (const p of checkManifestAgainstPolicy(manifest, policy, { repository: req.repository, ...req.branch !== void 0 ? { branch: req.branch } : {}, now: req.now })) {
    refuse({ code: "manifest_invalid", message: `the manifest is not valid for this request: ${p.message}${p.pointer ? ` (at ${p.pointer})` : ""} [${p.code}]` });
  }
  const capabilities = [];
  const union = {};
  for (const name of req.capabilities) {
    const builtin = own(table, name) ? table[name] : void 0;
    const defined = builtin !== void 0 || own(policy.capabilities, name);
    if (!defined) {
      refuse({ code: "unknown_capability", capability: name, message: `capability ${name} is not built in and not defined by the policy`, fix: `ask for one of: ${Object.keys(table).join(", ")}` });
      continue;
    }
    if (builtin?.refuseWith) {
      refuse({ code: "not_a_token_permission", capability: name, message: `capability ${name} is not a token permission and is never approximated by one`, fix: builtin.refuseWith });
      continue;
    }
    if (manifest.denied.includes(name)) {
      refuse({ code: "denied_by_manifest", capability: name, message: `capability ${name} is denied by the task manifest` });
    } else if (!manifest.capabilities.includes(name)) {
      refuse({ code: "not_in_manifest", capability: name, message: `capability ${name} is not granted by the task manifest (it grants: ${manifest.capabilities.join(", ") || "nothing"})`, fix: "add it to the manifest in the base branch (a reviewed change), or ask for less" });
    } else if (subject && !subject.capabilities.includes(name)) {
      refuse({ code: "outside_ceiling", capability: name, message: `capability ${name} is outside subject ${manifest.subject}'s ceiling (${subject.capabilities.join(", ") || "none"})` });
    }
    const permissions2 = {};
    let neverMinted = false;
    for (const [perm, level] of Object.entries(builtin?.permissions ?? {})) {
      if (isNeverMinted(perm)) {
        refuse({ ...neverMintedRefusal(perm, name), capability: name });
        neverMinted = true;
        continue;
      }
      if (level !== "read" && level !== "write") {
        refuse({ code: "never_minted", capability: name, message: `capability ${name} maps ${perm} to level ${JSON.stringify(level)}; only read and write are minted` });
        neverMinted = true;
        continue;
      }
      permissions2[perm] = level;
      const prev = union[perm];
      if (prev === void 0 || LEVEL_RANK[level] > LEVEL_RANK[prev]) union[perm] = level;
    }
    if (!neverMinted) capabilities.push({ name, tier: capabilityTier(name, policy, table), permissions: permissions2 });
  }
  if (req.capabilities.length > 0 && refusals.every((r) => r.code !== "never_minted" && r.code !== "not_a_token_permission" && r.code !== "unknown_capability") && Object.keys(union).length === 0) {
    refuse({
      code: "no_token_permission",
      message: `${req.capabilities.join(", ")} ${req.capabilities.length === 1 ? "needs" : "need"} no token permission: no token is minted`,
      fix: "drop this step: the job can do this without a token (test results are reported by the workflow, not by an agent token)"
    });
  }
  const highTier = highTierCapabilities(req.capabilities, policy, table);
  if (highTier.length > 0) {
    const what = `${highTier.join(", ")} ${highTier.length === 1 ? "is" : "are"} high tier`;
    const a = req.approval;
    if (!a) {
      refuse({
        code: "approval_required",
        message: `${what} and need an independent approval of head ${req.headSha.slice(0, 12)} and manifest ${req.manifestSha256.slice(0, 12)}: ${req.approvalUnavailable ?? "no approval check is available"}`,
        fix: "have an independent human approve the exact head commit, or ask only for lower-tier capabilities"
      });
    } else if (!a.approved) {
      refuse({ code: "approval_required", message: `${what} and are not approved: ${a.reason}`, fix: "have an independent human approve the exact head commit" });
    } else {
      if (!a.headSha || a.headSha.toLowerCase() !== req.headSha.toLowerCase()) {
        refuse({
          code: "approval_mismatch",
          message: `${what}: the approval is of head ${a.headSha ? a.headSha.slice(0, 12) : "(none)"}, but this run's head is ${req.headSha.slice(0, 12)}; an approval of another commit is not an approval of this one`,
          fix: "have the approver review the current head commit"
        });
      }
      if (!a.manifestSha256 || a.manifestSha256.toLowerCase() !== req.manifestSha256.toLowerCase()) {
        refuse({
          code: "approval_mismatch",
          message: `${what}: the approval was given for manifest ${a.manifestSha256 ? a.manifestSha256.slice(0, 12) : "(unknown)"}, but this request's manifest is ${req.manifestSha256.slice(0, 12)}`,
          fix: "have the approver approve again with the current manifest"
        });
      }
    }
  }
  const granted = refusals.length === 0;
  const permissions = {};
  if (granted) for (const k of Object.keys(union).sort()) permissions[k] = union[k];
  return { decision: granted ? "grant" : "refuse", repository: req.repository, permissions, capabilities, highTier, refusals };
}

// src/actions/request-capability-approvals.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);
var MAX_CANDIDATE_PULLS = 3;
var text = (v) => typeof v === "string" && v.length > 0 ? v : void 0;
var sameName = (a, b) => a !== void 0 && b !== void 0 && a.toLowerCase() === b.toLowerCase();
function notApproved(reason, headSha = null) {
  return { approved: false, headSha, manifestSha256: null, approvers: [], reason };
}
async function candidatePulls(client, repo, query, eventName, payload) {
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const pr = obj(obj(payload).pull_request);
    const n = pr.number;
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 1) return { numbers: [], fromEvent: true, why: `the ${eventName} event names no pull request` };
    const owner = text(obj(obj(pr.base).repo).full_name);
    if (!sameName(owner, query.repository)) {
      return { numbers: [], fromEvent: true, why: `the ${eventName} event's pull request #${n} belongs to ${owner ?? "an unknown repository"}, not ${query.repository}: its approvals do not count for another repository` };
    }
    return { numbers: [n], fromEvent: true, why: "" };
  }
  const res = await client.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { owner: repo.owner, repo: repo.repo, commit_sha: query.headSha, per_page: 100 });
  const list = Array.isArray(res.data) ? res.data : [];
  const numbers = [];
  for (const raw of list) {
    const p = obj(raw);
    const head = obj(p.head);
    const base = obj(p.base);
    const baseRepo = obj(base.repo);
    const ok = p.state === "open" && text(head.sha) === query.headSha && sameName(text(obj(head.repo).full_name), query.repository) && sameName(text(baseRepo.full_name), query.repository) && text(base.ref) !== void 0 && text(base.ref) === text(baseRepo.default_branch);
    if (ok && typeof p.number === "number") numbers.push(p.number);
  }
  numbers.sort((a, b) => a - b);
  return {
    numbers: numbers.slice(0, MAX_CANDIDATE_PULLS),
    fromEvent: false,
    why: `no open pull request of ${query.repository} into its default branch has the head ${query.headSha.slice(0, 12)}`
  };
}
function gitHubApprovalVerifier(core, env, opts = {}) {
  return async (query) => {
    try {
      const repo = parseRepository(query.repository);
      if (!repo) return notApproved(`${JSON.stringify(query.repository)} is not OWNER/NAME`);
      let client = opts.client;
      if (!client) {
        const token = core.getInput(RequestCapabilityApprovalInputs.GitHubToken);
        if (!token) return notApproved("the github-token input is empty: approvals cannot be looked up");
        const decided = query.transport ? { ok: true, settings: query.transport } : decideTransport({ proxy: core.getInput(RequestCapabilityTransportInputs.Proxy), caCertificates: core.getInput(RequestCapabilityTransportInputs.CaCertificates) }, env);
        if (!decided.ok) return notApproved(`approvals are not looked up: ${decided.problems.map((p) => p.message).join("; ")}`);
        const t = decided.settings;
        client = createGitHubClient({ token, env, baseUrl: t.apiUrl, transport: { proxy: t.proxy, ca: t.ca }, log: { debug: (m) => core.debug(m), warn: () => void 0 }, ...opts.clientOptions });
      }
      const eventName = env.GITHUB_EVENT_NAME ?? "";
      const payload = await readEvent(env);
      const { numbers, fromEvent, why } = await candidatePulls(client, repo, query, eventName, payload);
      if (numbers.length === 0) return notApproved(why);
      const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
      const pathInput = core.getInput(RequestCapabilityInputs.RepositoryPath);
      const checkout = pathInput ? isAbsolute(pathInput) ? pathInput : join(workspace, pathInput) : workspace;
      const policyPath = core.getInput(RequestCapabilityInputs.Policy);
      const manifestPath = core.getInput(RequestCapabilityInputs.Manifest);
      const reasons = [];
      let bound = null;
      for (const n of numbers) {
        const gate = await collectApprovalGate(client, { ...repo, pullNumber: n }, { ...policyPath ? { policyPath } : {}, ...manifestPath ? { manifestPath } : {}, checkout });
        const pr = `pull request #${n}`;
        bound = gate.facts.headSha;
        if (!gate.pull.baseRef || gate.pull.baseRef !== gate.pull.defaultBranch) {
          reasons.push(`${pr} targets ${gate.pull.baseRef ?? "an unknown branch"}, not the default branch ${gate.pull.defaultBranch ?? "(unknown)"}: only approvals of pull requests into the default branch count`);
          continue;
        }
        if (gate.facts.headSha !== query.headSha) {
          reasons.push(`${pr} is at head ${gate.facts.headSha.slice(0, 12)}, not ${query.headSha.slice(0, 12)}`);
          continue;
        }
        if (fromEvent && gate.facts.baseSha !== query.baseSha) {
          reasons.push(`${pr} now has base ${gate.facts.baseSha.slice(0, 12)}, not the event's ${query.baseSha.slice(0, 12)}: re-run on the current event`);
          continue;
        }
        if (gate.problems.length > 0) {
          reasons.push(`${pr}: ${gate.problems.join("; ")}`);
          continue;
        }
        const check = approvalCheckFromEvaluation(gate.facts, evaluateApprovals({ ...gate.facts, tier: "high" }, gate.policy));
        if (check.approved) return { ...check, reason: `${pr}: ${check.reason}` };
        reasons.push(`${pr}: ${check.reason}`);
      }
      return notApproved(reasons.join("; "), bound);
    } catch (err) {
      const message = err instanceof ConfigError ? err.problems.map((p) => formatProblem(p)).join("; ") : err instanceof Error ? err.message.split("\n")[0] : String(err);
      return notApproved(`approvals could not be verified: ${message}`);
    }
  };
}

// src/actions/run-request-capability.ts
import { createPrivateKey } from "node:crypto";
import { isAbsolute as isAbsolute2, join as join2 } from "node:path";

// src/core/token-scope.ts
function contentsScopeNote(granted, capabilities, policy, repository) {
  if (granted.contents !== "write") return null;
  const writers = capabilities.filter((c) => c.permissions.contents === "write").map((c) => {
    const paths = policy.capabilities[c.name]?.paths ?? [];
    return paths.length > 0 ? `${c.name} (policy paths ${paths.slice(0, 5).join(", ")}${paths.length > 5 ? ", ..." : ""})` : c.name;
  });
  return `token scope: contents: write${writers.length > 0 ? ` (from ${writers.join("; ")})` : ""} lets this token push any path of ${repository} to any branch no ruleset protects: a GitHub token cannot be limited by path. The paths are enforced on the change, not by the token: require guard-diff as a check on the default branch, and restrict the protected and high-tier paths with a push ruleset (agent-guard export --target ruleset)`;
}

// src/actions/run-request-capability.ts
var Refused = class extends Error {
  constructor(refusals) {
    super(refusals.map((r) => r.message).join("; "));
    this.refusals = refusals;
  }
  refusals;
};
var CHECKOUT_FIX = "check out the repository before this step with actions/checkout, fetch-depth: 0 and persist-credentials: false (the policy and manifest are read from the base commit with git)";
var APPROVAL_NOT_WIRED = "this version of request-capability cannot verify approvals, so it never mints high-tier capabilities";
async function runRequestCapability(core, env, deps = {}) {
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const started = now();
  const redactor = new Redactor();
  const say = {
    // core.info does not escape: one line, no control characters (workflow-command injection).
    info: (m) => core.info(redactor.redact(m).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")),
    warning: (m) => core.warning(redactor.redact(m)),
    error: (m, title) => core.error(redactor.redact(m), { title }),
    failed: (m) => core.setFailed(redactor.redact(m))
  };
  const clientLog = { debug: (m) => core.debug(redactor.redact(m)), warn: (m) => say.warning(m) };
  const privateKey = core.getInput(RequestCapabilityInputs.PrivateKey);
  redactor.addSecret(privateKey);
  const approvalToken = core.getInput(RequestCapabilityApprovalInputs.GitHubToken);
  if (approvalToken) redactor.addSecret(approvalToken);
  const workspaceDir = env.GITHUB_WORKSPACE || void 0;
  const evidencePath = evidencePathFor(core.getInput(RequestCapabilityInputs.EvidencePath), env, `request-capability-${(env.GITHUB_ACTION ?? "step").replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 100)}.json`);
  const evidence = {
    version: EVIDENCE_VERSION,
    action: "request-capability",
    job: jobIdentity(env),
    event: { name: env.GITHUB_EVENT_NAME ?? "", provenance: null },
    base: null,
    head: null,
    branch: null,
    policy: null,
    manifest: null,
    verdict: "refused",
    requested: { capabilities: [], repository: null },
    capabilities: [],
    permissions: {},
    refusals: [],
    approvals: null,
    credentials: [],
    timings: { started_at: started.toISOString(), finished_at: started.toISOString(), duration_ms: 0 }
  };
  const mask = (secret) => {
    core.setSecret(secret);
    const forms = secretForms(secret);
    redactor.add(...forms);
    for (const f of forms.slice(1)) core.setSecret(f);
  };
  let transport = null;
  let scopeNote = null;
  let decision;
  let minted = null;
  let refusals;
  let early = [];
  try {
    if (!env.GITHUB_OUTPUT || !env.GITHUB_STATE) {
      throw new Refused([{ code: "invalid_input", message: "GITHUB_OUTPUT or GITHUB_STATE is not set: outputs and state would be printed to the log, token included", fix: "run on a GitHub Actions runner 2.297 or newer" }]);
    }
    const parsed = parseCapabilitiesInput(core.getInput(RequestCapabilityInputs.Capabilities));
    evidence.requested.capabilities = parsed.names;
    early = parsed.refusals;
    const currentRepository = env.GITHUB_REPOSITORY ?? "";
    const inputRefusals = [];
    if (!/^[^/\s]+\/[^/\s]+$/.test(currentRepository)) inputRefusals.push({ code: "invalid_input", message: "GITHUB_REPOSITORY is not set to OWNER/NAME" });
    const repo = parseRepositoryInput(core.getInput(RequestCapabilityInputs.Repository), currentRepository);
    if (!repo.ok) inputRefusals.push(repo.refusal);
    else evidence.requested.repository = repo.repository;
    const appId = core.getInput(RequestCapabilityInputs.AppId).trim();
    if (!/^(?:\d{1,12}|Iv[0-9A-Za-z.]{1,40})$/.test(appId)) inputRefusals.push({ code: "invalid_input", message: "the app-id input must be the GitHub App's numeric id (or its client id)" });
    if (!/-----BEGIN (?:RSA )?PRIVATE KEY-----/.test(privateKey)) inputRefusals.push({ code: "invalid_input", message: "the private-key input is not a PEM private key", fix: "pass the GitHub App private key from a secret: private-key: ${{ secrets.APP_PRIVATE_KEY }}" });
    else {
      const problem = unusableAppKey(privateKey);
      if (problem) inputRefusals.push({ code: "invalid_input", message: `the private-key input is a PEM block, but ${problem}`, fix: "paste the .pem file GitHub generated for the App into the secret as it is (line breaks kept; CRLF and literal \\n are fine)" });
    }
    const transportDecision = decideTransport({ proxy: core.getInput(RequestCapabilityTransportInputs.Proxy), caCertificates: core.getInput(RequestCapabilityTransportInputs.CaCertificates) }, env);
    if (!transportDecision.ok) {
      for (const p of transportDecision.problems) inputRefusals.push({ code: "untrusted_environment", message: p.message, fix: p.fix });
    } else {
      transport = transportDecision.settings;
      for (const secret of transportDecision.secrets) mask(secret);
      if (transportDecision.ignored.length > 0) say.info(`agent-guard request-capability: ignoring ${transportDecision.ignored.join(", ")} from the environment; the transport comes from this step's inputs`);
    }
    const manifestPath = core.getInput(RequestCapabilityInputs.Manifest);
    if (!manifestPath) inputRefusals.push({ code: "invalid_input", message: "the manifest input is required: capabilities are only granted by a task manifest", fix: "name the task manifest, e.g. manifest: .github/agent-tasks/current.yml" });
    if (inputRefusals.length > 0 || !repo.ok) throw new Refused([...parsed.refusals, ...inputRefusals]);
    const eventName = env.GITHUB_EVENT_NAME ?? "";
    const payload = await readEvent(env);
    let provenance = provenanceFromEvent(eventName, payload, currentRepository);
    if (provenance.trusted && provenance.writers && provenance.writers.length > 0) {
      provenance = confirmWriters(provenance, await writerPermissions(provenance.writers, currentRepository, approvalToken, clientOptionsFor(transport, env, clientLog, deps.clientOptions)));
    }
    evidence.event.provenance = provenance;
    if (!provenance.trusted) throw new Refused([...parsed.refusals, provenanceRefusal(provenance)]);
    const refs = requestRefs(eventName, payload, env);
    evidence.head = refs.head;
    if (refs.branch !== void 0) evidence.branch = refs.branch;
    say.info(`agent-guard request-capability: ${refs.source}; ${provenance.reason}`);
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const pathInput = core.getInput(RequestCapabilityInputs.RepositoryPath);
    const checkout = pathInput ? isAbsolute2(pathInput) ? pathInput : join2(workspace, pathInput) : workspace;
    let baseCommit;
    try {
      baseCommit = await resolveCommit(checkout, refs.base);
    } catch (err) {
      if (err instanceof GitError) {
        throw new Refused([{ code: "checkout_missing", message: `the base commit ${JSON.stringify(refs.base)} cannot be read from the checkout at ${JSON.stringify(checkout)} (${err.code}: ${err.message})`, fix: CHECKOUT_FIX }]);
      }
      throw err;
    }
    evidence.base = baseCommit;
    if (eventName === "workflow_run") await requireRunHeadOnBranch(checkout, refs.head, payload);
    const policyPath = core.getInput(RequestCapabilityInputs.Policy);
    const { policy, input: policyInput } = await loadPolicyFor(checkout, baseCommit, policyPath ? { kind: "ref", ref: baseCommit, path: policyPath } : void 0, checkout);
    evidence.policy = { source: policyInput.source, sha256: policyInput.sha256, baseline: policy.origin === "baseline" };
    const manifest = await loadManifestFor(checkout, { kind: "ref", ref: baseCommit, path: manifestPath }, checkout);
    evidence.manifest = { source: manifest.source, sha256: manifest.sha256 };
    const highTier = highTierCapabilities(parsed.names, policy);
    let approval = null;
    if (highTier.length > 0 && deps.verifyApproval) {
      approval = await deps.verifyApproval({ repository: repo.repository, baseSha: baseCommit, headSha: refs.head, manifestSha256: manifest.sha256, capabilities: highTier, transport });
      evidence.approvals = approval;
    }
    decision = decideCapabilityRequest({
      capabilities: parsed.names,
      repository: repo.repository,
      currentRepository,
      policy,
      manifest: manifest.manifest,
      manifestSha256: manifest.sha256,
      headSha: refs.head,
      ...refs.branch !== void 0 ? { branch: refs.branch } : {},
      provenance,
      now: now(),
      approval,
      ...deps.verifyApproval ? {} : { approvalUnavailable: APPROVAL_NOT_WIRED }
    });
    evidence.capabilities = decision.capabilities;
    refusals = [...parsed.refusals, ...decision.refusals];
    if (decision.decision === "refuse" || refusals.length > 0) throw new Refused(refusals);
    const [owner, name] = repo.repository.split("/");
    const clientEnv = clientOptionsFor(transport, env, clientLog, deps.clientOptions);
    const appClient = createGitHubClient({ ...clientEnv, app: { appId, privateKey } });
    try {
      minted = await mintInstallationToken(
        { appClient, clientForToken: (token) => createGitHubClient({ ...clientEnv, token }), mask, now },
        { owner, repo: name, permissions: decision.permissions }
      );
    } catch (err) {
      if (!(err instanceof MintError)) throw err;
      if (err.issuedAt !== void 0) {
        evidence.credentials.push({
          kind: "github_app_installation_token",
          app_id: appId,
          installation_id: err.installationId ?? null,
          repository: repo.repository,
          permissions: err.permissions ?? {},
          issued_at: err.issuedAt,
          expires_at: err.expiresAt !== void 0 && Number.isFinite(Date.parse(err.expiresAt)) ? new Date(Date.parse(err.expiresAt)).toISOString() : null,
          revoked_at: err.revocation && err.revocation.outcome !== "failed" ? err.revocation.at : null,
          revocation: err.revocation?.outcome ?? "failed",
          ...err.revocation?.detail ? { revocation_detail: err.revocation.detail } : {}
        });
      }
      throw new Refused([{ code: "mint_failed", message: `no token (${err.code}): ${err.message}` }]);
    }
    const credential = {
      kind: "github_app_installation_token",
      app_id: appId,
      installation_id: minted.installationId,
      repository: minted.repository,
      permissions: minted.permissions,
      issued_at: minted.issuedAt,
      expires_at: minted.expiresAt,
      revoked_at: null,
      revocation: "pending"
    };
    evidence.credentials.push(credential);
    try {
      core.saveState(RequestCapabilityState.Token, minted.token);
      core.saveState(RequestCapabilityState.ExpiresAt, minted.expiresAt);
      core.saveState(RequestCapabilityState.EvidencePath, evidencePath);
      core.saveState(RequestCapabilityTransportState.Transport, JSON.stringify(transport));
      core.setOutput(RequestCapabilityOutputs.Token, minted.token);
      core.setOutput(RequestCapabilityOutputs.ExpiresAt, redactor.redact(minted.expiresAt));
      core.setOutput(RequestCapabilityOutputs.Permissions, redactor.redact(JSON.stringify(Object.fromEntries(Object.entries(minted.permissions).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)))));
    } catch (err) {
      const token = minted.token;
      minted = null;
      const revocation = await revokeInstallationToken(createGitHubClient({ ...clientEnv, token }), now);
      credential.revocation = revocation.outcome;
      credential.revoked_at = revocation.outcome === "failed" ? null : revocation.at;
      if (revocation.detail) credential.revocation_detail = revocation.detail;
      const what = err instanceof Error ? err.message.split("\n")[0] : String(err);
      throw new Refused([
        {
          code: "internal_error",
          message: `the token could not be handed to the post step and the output (${what}), so it is not handed out: ${revocation.outcome === "failed" ? `revoking it FAILED (${revocation.detail ?? "unknown"}): it stays valid until ${credential.expires_at}` : "it was revoked"}`,
          fix: "run on a GitHub Actions runner, whose GITHUB_STATE and GITHUB_OUTPUT files the step can write"
        }
      ]);
    }
    evidence.verdict = "granted";
    evidence.permissions = minted.permissions;
    say.info(
      `agent-guard request-capability: granted ${decision.capabilities.map((c) => c.name).join(", ")} on ${minted.repository}: ${describePermissions(minted.permissions)}; expires ${minted.expiresAt}; revoked by the post step at job end`
    );
    scopeNote = contentsScopeNote(minted.permissions, decision.capabilities, policy, minted.repository);
    if (scopeNote) say.info(`agent-guard request-capability: ${scopeNote}`);
  } catch (err) {
    refusals = err instanceof Refused ? err.refusals : [...early, ...explain(err)];
    evidence.refusals = refusals;
  }
  const finished = now();
  evidence.timings = { started_at: started.toISOString(), finished_at: finished.toISOString(), duration_ms: finished.getTime() - started.getTime() };
  let evidenceWritten = evidencePath;
  try {
    await writeFileNoFollow(evidencePath, redactor.redact(serializeEvidence({ ...evidence, denials: refusalDenials(refusals) })), { mode: 384, ...workspaceDir ? { untrustedRoot: workspaceDir } : {} });
    core.setOutput(RequestCapabilityOutputs.EvidencePath, redactor.redact(evidencePath));
  } catch (err) {
    evidenceWritten = null;
    say.warning(`agent-guard request-capability: could not write the evidence file: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    await core.summary.addRaw(redactor.redact(renderSummary(evidence, refusals, scopeNote))).write();
  } catch {
  }
  if (minted === null) {
    for (const r of refusals) say.error(`${r.message}${r.fix ? `. Fix: ${r.fix}` : ""}`, `agent-guard: ${r.code}`);
    say.failed(`agent-guard request-capability: refused (${refusals.length} reason${refusals.length === 1 ? "" : "s"}; see the errors above)`);
    if (evidenceWritten) await uploadEvidenceStep(core, env, [evidenceWritten], { redactor });
    return { decision: "refuse", refusals, evidencePath: evidenceWritten };
  }
  return { decision: "grant", refusals: [], evidencePath: evidenceWritten, expiresAt: minted.expiresAt, permissions: minted.permissions };
}
function clientOptionsFor(transport, env, log, extra) {
  return { env, baseUrl: transport.apiUrl, transport: { proxy: transport.proxy, ca: transport.ca }, ...log ? { log } : {}, ...extra };
}
function unusableAppKey(pem) {
  let key;
  try {
    key = createPrivateKey(pem.replace(/\\n/g, "\n"));
  } catch (err) {
    const code = err.code;
    return `not a private key that can be read (${typeof code === "string" && /^[A-Z0-9_]{1,60}$/.test(code) ? code : "unreadable"}): its line breaks may have been lost or it was cut short`;
  }
  return key.asymmetricKeyType === "rsa" ? null : `a key of type ${String(key.asymmetricKeyType).slice(0, 20)}; a GitHub App key is RSA`;
}
async function writerPermissions(writers, repository, token, clientOptions) {
  const out = {};
  const repo = parseRepository(repository);
  if (!token || !repo) return out;
  const client = createGitHubClient({ ...clientOptions, token });
  for (const w of writers) {
    try {
      const res = await client.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { ...repo, username: w.login });
      const permission = res.data.permission;
      if (typeof permission === "string") out[w.login] = permission;
    } catch {
    }
  }
  return out;
}
function explain(err) {
  return err instanceof ConfigError ? err.problems.map((p) => ({ code: "invalid_configuration", message: `invalid configuration: ${formatProblem(p)}` })) : err instanceof EventError ? [{ code: "unsupported_event", message: err.message, fix: "run on pull_request, push, merge_group, workflow_run or workflow_dispatch" }] : err instanceof GitHubClientError ? [{ code: "invalid_input", message: err.message }] : [{ code: "internal_error", message: `internal error: ${err instanceof Error ? err.message : String(err)}` }];
}
function refuseUnprotectedBase(eventName, payload) {
  const p = payload ?? {};
  const defaultBranch = p.repository?.default_branch;
  let base;
  if (eventName.startsWith("pull_request")) base = p.pull_request?.base?.ref;
  else if (eventName === "merge_group") base = typeof p.merge_group?.base_ref === "string" ? p.merge_group.base_ref.replace(/^refs\/heads\//, "") : void 0;
  else return;
  if (typeof defaultBranch !== "string" || typeof base !== "string" || base !== defaultBranch) {
    throw new EventError(
      `capability requests are only served for changes into the default branch (${typeof defaultBranch === "string" ? defaultBranch : "unknown"}); this ${eventName} targets ${typeof base === "string" ? JSON.stringify(base.slice(0, 100)) : "an unknown branch"}, whose base commit the agent may control`
    );
  }
}
function requestRefs(eventName, payload, env) {
  if (["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "push", "merge_group"].includes(eventName)) {
    refuseUnprotectedBase(eventName, payload);
    return refsFromEvent(eventName === "pull_request_review_comment" ? "pull_request_review" : eventName, payload, env, {});
  }
  const p = payload ?? {};
  const defaultBranch = typeof p.repository?.default_branch === "string" ? p.repository.default_branch : "";
  if (!/^[A-Za-z0-9._/-]{1,200}$/.test(defaultBranch) || defaultBranch.includes("..")) {
    throw new EventError(`the ${eventName || "unknown"} event does not name the repository's default branch, where the policy and manifest are read from`);
  }
  const head = eventName === "workflow_run" ? p.workflow_run?.head_sha : env.GITHUB_SHA;
  if (typeof head !== "string" || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head)) throw new EventError(`the ${eventName} event names no head commit`);
  const refs = refsFromEvent(eventName, payload, env, { base: `origin/${defaultBranch}`, head });
  delete refs.branch;
  const payloadRef = payload?.ref;
  const runRef = eventName === "workflow_run" ? headBranchRef(p.workflow_run) : typeof payloadRef === "string" && payloadRef.startsWith("refs/") ? payloadRef : env.GITHUB_REF;
  if (runRef === void 0 || runRef === "") {
    throw new EventError(
      eventName === "workflow_run" ? "the workflow_run event names no head branch of the triggering run: the manifest's branch rules cannot be applied" : `the ${eventName || "unknown"} run names no ref (GITHUB_REF is empty): the manifest's branch rules cannot be applied`
    );
  }
  if (runRef !== `refs/heads/${defaultBranch}`) refs.branch = runRef.replace(/^refs\/heads\//, "");
  return refs;
}
async function requireRunHeadOnBranch(checkout, head, payload) {
  const branch = (headBranchRef(payload?.workflow_run) ?? "").replace(/^refs\/heads\//, "");
  let why = "it is not on that branch";
  try {
    const [h, tip] = await Promise.all([resolveCommit(checkout, head), resolveCommit(checkout, `refs/remotes/origin/${branch}`)]);
    if (h === tip || await mergeBase(checkout, h, tip) === h) return;
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    why = `the checkout has no branch of that name with it (${err.code})`;
  }
  throw new Refused([
    {
      code: "unsupported_event",
      message: `the triggering run's head ${head.slice(0, 12)} is not on the branch ${JSON.stringify(branch.slice(0, 100))}: ${why}. A run of a tag push names its tag as its head branch, so the manifest's branch rules cannot be applied`,
      fix: "run agent tasks from branches, not tags; check out with fetch-depth: 0 so that the branch is there"
    }
  ]);
}
function headBranchRef(run) {
  const b = run?.head_branch;
  return typeof b === "string" && b.length > 0 ? `refs/heads/${b}` : void 0;
}
function describePermissions(p) {
  return Object.entries(p).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, v]) => `${k}: ${v}`).join(", ");
}
var esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
function renderSummary(e, refusals, scopeNote) {
  const lines = [];
  if (e.verdict === "granted") {
    const c = e.credentials[0];
    lines.push(`### agent-guard request-capability: granted`, "");
    lines.push(`Token for \`${esc(c?.repository ?? "")}\`, expires ${esc(c?.expires_at ?? "")}, revoked at job end.`, "");
    lines.push("| capability | permissions |", "|---|---|");
    for (const cap of e.capabilities) lines.push(`| \`${cap.name}\` | ${esc(describePermissions(cap.permissions)) || "none"} |`);
    if (scopeNote) lines.push("", `**Token scope:** ${esc(scopeNote.replace(/^token scope: /, ""))}.`);
  } else {
    lines.push(`### agent-guard request-capability: refused`, "");
    for (const r of refusals) lines.push(`- **${r.code}**: ${esc(r.message)}${r.fix ? `. Fix: ${esc(r.fix)}` : ""}`);
  }
  lines.push("");
  return lines.join("\n");
}

// src/actions/request-capability.ts
await runRequestCapability(core_exports, process.env, { verifyApproval: gitHubApprovalVerifier(core_exports, process.env) });
