import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  EventError,
  refsFromEvent
} from "./chunk-TAEBDJXM.js";
import {
  reviewChange
} from "./chunk-JHEJOS2K.js";
import {
  renderWorkflowReview,
  workflowAnnotations
} from "./chunk-Y3I7EUOX.js";
import {
  displayPath,
  renderMarkdown,
  renderText
} from "./chunk-BC5MZYTJ.js";
import {
  reasonLine
} from "./chunk-QM3FMFE2.js";
import {
  guardDiffEvidence,
  jobIdentity,
  mergeCommitFromEvent,
  timingsBetween
} from "./chunk-2OZA757D.js";
import {
  parseProtectedBranches
} from "./chunk-CVI2Q4P5.js";
import {
  ConfigError
} from "./chunk-UC545A7V.js";
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
  GuardDiffInputs,
  GuardDiffOutputs,
  Modes
} from "./chunk-OEKITCD2.js";
import {
  Redactor
} from "./chunk-N33BQRLE.js";
import {
  FileWriteError,
  writeFileNoFollow
} from "./chunk-PFF3JMPW.js";
import {
  formatProblem
} from "./chunk-5S2ND2EP.js";

// src/actions/run-guard-diff.ts
import { isAbsolute, join } from "node:path";
async function runGuardDiff(core, env, deps = {}) {
  const started = /* @__PURE__ */ new Date();
  const modeInput = core.getInput(GuardDiffInputs.Mode) || "enforce";
  const mode = Modes.includes(modeInput) ? modeInput : "enforce";
  const fail = (message) => mode === "audit" ? core.warning(`audit mode: ${message}`) : core.setFailed(message);
  core.setOutput(GuardDiffOutputs.Verdict, "deny");
  try {
    if (!Modes.includes(modeInput)) throw new ConfigError([{ code: "input", message: `input mode must be enforce or audit, not ${JSON.stringify(modeInput)}` }]);
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const repoInput = core.getInput(GuardDiffInputs.RepositoryPath);
    const repo = repoInput ? isAbsolute(repoInput) ? repoInput : join(workspace, repoInput) : workspace;
    const eventName = env.GITHUB_EVENT_NAME ?? "";
    const overrides = {};
    if (core.getInput(GuardDiffInputs.Base)) overrides.base = core.getInput(GuardDiffInputs.Base);
    if (core.getInput(GuardDiffInputs.Head)) overrides.head = core.getInput(GuardDiffInputs.Head);
    const payload = await readEvent(env);
    const refs = refsFromEvent(eventName, payload, env, overrides);
    const retarget = overrides.base ? null : protectedBaseFor(eventName, payload, core.getInput(GuardDiffInputs.ProtectedBranches));
    if (retarget) {
      refs.base = retarget.base;
      refs.source += ` (${retarget.note})`;
    }
    core.info(`agent-guard guard-diff: ${refs.source}: base ${displayPath(refs.base)}, head ${displayPath(refs.head)}`);
    const opts = { repo, base: refs.base, head: refs.head };
    const policyPath = core.getInput(GuardDiffInputs.Policy);
    if (policyPath) opts.policy = { kind: "ref", ref: refs.base, path: policyPath };
    const manifestPath = core.getInput(GuardDiffInputs.Manifest);
    if (manifestPath) opts.manifest = { kind: "ref", ref: refs.base, path: manifestPath };
    if (refs.branch) opts.branch = refs.branch;
    if (refs.branchCheck) opts.branchCheck = refs.branchCheck;
    if (retarget) opts.notes = [retarget.note];
    if (env.GITHUB_REPOSITORY) opts.repository = env.GITHUB_REPOSITORY;
    if (manifestPath && !/^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/.test(env.GITHUB_REPOSITORY ?? "")) {
      throw new EventError("GITHUB_REPOSITORY is not set to OWNER/NAME, so the manifest's repository cannot be checked");
    }
    const evaluation = await reviewChange(opts, repo);
    const finished = /* @__PURE__ */ new Date();
    const evidencePath = evidencePathFor(core.getInput(GuardDiffInputs.EvidencePath), env, "guard-diff-evidence.json");
    try {
      await writeFileNoFollow(
        evidencePath,
        // Through the one redactor (credential shapes: this step holds no secret of its own).
        new Redactor().redact(serializeEvidence(guardDiffEvidence(evaluation, jobIdentity(env), timingsBetween(started, finished), mode, mergeCommitFromEvent(eventName, payload)))),
        { untrustedRoot: repo }
      );
    } catch (err) {
      if (err instanceof FileWriteError) throw new ConfigError([{ code: "evidence_path", message: `evidence-path: ${err.message}` }]);
      throw err;
    }
    await attestStep(core, env, evidencePath);
    if (deps.collectEvidence) deps.collectEvidence.push(evidencePath);
    else await uploadEvidenceStep(core, env, [evidencePath]);
    core.setOutput(GuardDiffOutputs.Verdict, evaluation.verdict);
    core.setOutput(GuardDiffOutputs.Tier, evaluation.tier);
    core.setOutput(GuardDiffOutputs.RequiredCapabilities, JSON.stringify(evaluation.capabilities.used));
    core.setOutput(GuardDiffOutputs.UnusedCapabilities, JSON.stringify(evaluation.capabilities.unused));
    core.setOutput(GuardDiffOutputs.EvidencePath, evidencePath);
    core.setOutput(GuardDiffOutputs.AllowedEndpoints, allowedEndpoints(evaluation));
    core.info(renderText(evaluation) + renderWorkflowReview(evaluation, "text"));
    for (const f of evaluation.files) {
      if (f.decision === "deny") core.error(f.reasons[0] !== void 0 ? reasonLine(f.reasons[0]) : "denied", { title: "agent-guard: denied", file: f.path });
    }
    for (const v of evaluation.violations.filter((x) => x.path === void 0)) core.error(v.message, { title: `agent-guard: ${v.code}` });
    for (const a of workflowAnnotations(evaluation)) core[a.level](a.message, a.startLine === void 0 ? { title: a.title, file: a.file } : { title: a.title, file: a.file, startLine: a.startLine });
    await core.summary.addRaw(renderMarkdown(evaluation) + renderWorkflowReview(evaluation, "markdown")).write();
    if (evaluation.verdict === "deny") fail(`agent-guard: ${evaluation.summary}`);
    return evaluation;
  } catch (err) {
    const message = err instanceof ConfigError ? `invalid configuration:
${err.problems.map(formatProblem).join("\n")}` : err instanceof EventError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    core.setOutput(GuardDiffOutputs.Verdict, "deny");
    fail(`agent-guard: deny (${message})`);
    return null;
  }
}
function protectedBaseFor(eventName, payload, input) {
  if (!eventName.startsWith("pull_request")) return null;
  const p = payload ?? {};
  const defaultBranch = p.pull_request?.base?.repo?.default_branch ?? p.repository?.default_branch;
  const baseRef = p.pull_request?.base?.ref;
  if (typeof defaultBranch !== "string" || typeof baseRef !== "string") throw new EventError(`the ${eventName} event does not name the base branch and the default branch`);
  const protectedBranches = parseProtectedBranches(input) ?? [defaultBranch];
  if (protectedBranches.includes(baseRef)) return null;
  if (!/^[A-Za-z0-9._/-]{1,200}$/.test(defaultBranch) || defaultBranch.includes("..")) throw new EventError("the default branch name in the event is not usable");
  return {
    base: `origin/${defaultBranch}`,
    note: `the pull request targets ${JSON.stringify(baseRef.slice(0, 100))}, not a protected branch: judged against the default branch ${defaultBranch}, whose policy governs what this head may become`
  };
}
function allowedEndpoints(evaluation) {
  return evaluation.network_allow.map((h) => `${h}:443`).join(" ");
}

export {
  runGuardDiff
};
