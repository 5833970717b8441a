import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  quoteValue,
  stableJson
} from "./chunk-ERUCQBI4.js";
import {
  MAX_WORKFLOW_BYTES,
  MAX_WORKFLOW_DEPTH,
  MAX_WORKFLOW_NODES,
  escapePointer,
  loadDocument
} from "./chunk-5NA3HWDM.js";
import {
  deepStrings,
  isObj,
  num,
  own,
  scalarText,
  str
} from "./chunk-MPYCKMVQ.js";

// src/core/rules/rule.ts
var RULE_ID = /^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/;
function defineRule(doc) {
  if (!RULE_ID.test(doc.id)) throw new Error(`rule id ${JSON.stringify(doc.id)} is not family/name in kebab-case`);
  if (doc.codes.length === 0) throw new Error(`rule ${doc.id} declares no codes`);
  const family = doc.id.slice(0, doc.id.indexOf("/"));
  const codes = Object.freeze([...doc.codes]);
  return Object.freeze({
    id: doc.id,
    family,
    codes,
    summary: doc.summary,
    fix: doc.fix,
    finding(code, severity, message, where) {
      return where === void 0 ? { rule: doc.id, code, severity, message } : { rule: doc.id, code, severity, message, where };
    }
  });
}

// src/core/rules/workflows/model.ts
function reviewedFileKind(path) {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf("/") + 1);
  if (/^\.github\/workflows\/.+\.ya?ml$/.test(lower)) return "workflow";
  if (base === "action.yml" || base === "action.yaml") return "action";
  if (lower === ".github/dependabot.yml" || lower === ".github/dependabot.yaml") return "dependabot";
  return null;
}
var DANGEROUS_TRIGGERS = {
  pull_request_target: "runs the base branch workflow with secrets and a write token for pull requests from anyone, including forks",
  workflow_run: "runs privileged, in the default branch context, after a workflow any pull request can trigger; its artifacts are attacker-controlled",
  issue_comment: "runs with secrets and a write token on comments anyone can post; comment text is attacker-controlled",
  pull_request_review: "runs on reviews; review text is attacker-controlled and the run is head-controlled",
  pull_request_review_comment: "runs on review comments; comment text is attacker-controlled",
  issues: "runs with secrets and a write token on issues anyone can open; titles and bodies are attacker-controlled",
  discussion: "runs with secrets and a write token on discussions anyone can open; their text is attacker-controlled",
  discussion_comment: "runs with secrets and a write token on discussion comments; their text is attacker-controlled"
};
var PRIVILEGED_TRIGGERS = /* @__PURE__ */ new Set(["pull_request_target", "workflow_run", "issue_comment"]);
function readTriggers(root) {
  const out = /* @__PURE__ */ new Map();
  const on2 = own(root, "on");
  if (typeof on2 === "string") out.set(on2.trim().toLowerCase(), null);
  else if (Array.isArray(on2)) {
    for (const t of on2) if (typeof t === "string") out.set(t.trim().toLowerCase(), null);
  } else if (isObj(on2)) for (const k of Object.keys(on2)) out.set(k.trim().toLowerCase(), on2[k]);
  return out;
}
function firstLine(text, max = 60) {
  const first = text.trim().split("\n")[0] ?? "";
  return first.length > max ? `${first.slice(0, max)}...` : first;
}
function stepLabel(step) {
  const id = scalarText(own(step, "id"));
  if (id) return id;
  const name = scalarText(own(step, "name"));
  if (name) return name;
  const uses = str(own(step, "uses"));
  if (uses) return uses;
  const run = str(own(step, "run"));
  if (run) return firstLine(run);
  return "";
}
function readSteps(v, pointer, locate) {
  if (!Array.isArray(v)) return [];
  const out = [];
  v.forEach((s, i) => {
    if (!isObj(s)) return;
    const line = locate(`${pointer}/${i}`);
    out.push(line === void 0 ? { index: i + 1, label: stepLabel(s), value: s } : { index: i + 1, label: stepLabel(s), value: s, line });
  });
  return out;
}
var ACTION_JOB = "";
function buildModel(path, kind, text) {
  const loaded = loadDocument(text, "workflow", { aliases: "expand", maxBytes: MAX_WORKFLOW_BYTES, maxDepth: MAX_WORKFLOW_DEPTH, maxNodes: MAX_WORKFLOW_NODES });
  if (!loaded.ok) {
    const first = loaded.problems[0];
    const at = first.location?.line !== void 0 ? ` at line ${first.location.line}` : "";
    const more = loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more)` : "";
    return { ok: false, reason: `${first.code}: ${first.message}${at}${more}` };
  }
  const root = loaded.doc.value;
  const locate = (pointer) => loaded.doc.locate(pointer).line;
  if (!isObj(root)) return { ok: false, reason: "the top level is not a mapping" };
  if (kind === "dependabot") return { ok: true, model: { kind, path, root, triggers: /* @__PURE__ */ new Map(), jobs: [], privileged: [] } };
  if (kind === "action") {
    const runs = own(root, "runs");
    if (!isObj(runs)) return { ok: false, reason: 'there is no "runs" mapping' };
    const steps = readSteps(own(runs, "steps"), "/runs/steps", locate);
    return { ok: true, model: { kind, path, root, triggers: /* @__PURE__ */ new Map(), jobs: [{ id: ACTION_JOB, value: runs, steps }], privileged: [] } };
  }
  const jobs = own(root, "jobs");
  if (!isObj(jobs)) return { ok: false, reason: 'there is no "jobs" mapping' };
  if (own(root, "on") === void 0) return { ok: false, reason: 'there is no "on" key, so GitHub cannot run it' };
  const triggers = readTriggers(root);
  const jobList = [];
  for (const id of Object.keys(jobs)) {
    const job = jobs[id];
    if (!isObj(job)) return { ok: false, reason: `job ${quoteValue(id)} is not a mapping` };
    const pointer = `/jobs/${escapePointer(id)}`;
    const line = locate(pointer);
    const steps = readSteps(own(job, "steps"), `${pointer}/steps`, locate);
    jobList.push(line === void 0 ? { id, value: job, steps } : { id, value: job, steps, line });
  }
  const privileged = [...triggers.keys()].filter((t) => PRIVILEGED_TRIGGERS.has(t));
  return { ok: true, model: { kind, path, root, triggers, jobs: jobList, privileged } };
}
function fileLabel(m) {
  const what = m.kind === "action" ? "action" : m.kind === "dependabot" ? "Dependabot configuration" : "workflow";
  return `${what} ${quoteValue(m.path)}`;
}
function jobLabel(m, job) {
  return m.kind === "action" ? `${fileLabel(m)} (runs)` : `${fileLabel(m)} job ${quoteValue(job.id)}`;
}
function stepWhere(m, job, step) {
  const label = step.label ? ` (${quoteValue(firstLine(step.label))})` : "";
  return m.kind === "action" ? `${fileLabel(m)} composite step ${step.index}${label}` : `${fileLabel(m)} job ${quoteValue(job.id)} step ${step.index}${label}`;
}
var SHA40 = /^[0-9a-f]{40}$/i;
var DIGEST = /@sha256:[0-9a-f]{64}$/i;
function usesPinning(uses) {
  const u = uses.trim();
  if (u.startsWith("./") || u.startsWith("$/")) return "local";
  if (u.toLowerCase().startsWith("docker://")) return DIGEST.test(u) ? "pinned" : "unpinned";
  const at = u.lastIndexOf("@");
  if (at < 0) return "unpinned";
  return SHA40.test(u.slice(at + 1)) ? "pinned" : "unpinned";
}
function actionName(uses) {
  const u = uses.trim();
  const at = u.lastIndexOf("@");
  return (at < 0 ? u : u.slice(0, at)).toLowerCase();
}
function actionRef(uses) {
  const at = uses.lastIndexOf("@");
  return at < 0 ? "" : uses.slice(at + 1).trim();
}
function imagePinned(image) {
  return DIGEST.test(image.trim());
}
function* usesSteps(m) {
  for (const job of m.jobs) {
    for (const step of job.steps) {
      const uses = str(own(step.value, "uses"));
      if (uses !== void 0) yield { job, step, uses, name: actionName(uses) };
    }
  }
}
function jobUses(m, job) {
  return m.kind === "workflow" ? str(own(job.value, "uses")) : void 0;
}
function* usesSites(m) {
  for (const job of m.jobs) {
    const called = jobUses(m, job);
    if (called !== void 0) yield { job, uses: called, name: actionName(called) };
    for (const step of job.steps) {
      const uses = str(own(step.value, "uses"));
      if (uses !== void 0) yield { job, step, uses, name: actionName(uses) };
    }
  }
}
function allUses(m) {
  return [...usesSites(m)].map((s) => s.uses);
}
function withArgs(step) {
  const w = own(step, "with");
  return isObj(w) ? w : {};
}
function inputValue(args, lowerName) {
  const key = Object.keys(args).find((k) => k.toLowerCase() === lowerName);
  return key === void 0 ? void 0 : { name: key, value: args[key] };
}
function inputText(args, lowerName) {
  const found = inputValue(args, lowerName);
  return found === void 0 ? void 0 : scalarText(found.value)?.trim().toLowerCase();
}
var SCRIPT_INPUTS = {
  "actions/github-script": ["script"],
  "azure/cli": ["inlinescript"],
  "azure/powershell": ["inlinescript"],
  "appleboy/ssh-action": ["script"],
  "nick-fields/retry": ["command"],
  "cypress-io/github-action": ["command", "build", "start"],
  "octokit/graphql-action": ["query"],
  "mikefarah/yq": ["cmd"],
  "jannekem/run-python-script-action": ["script"],
  "pwsh/powershell": ["script"]
};
function stepScripts(step) {
  const out = [];
  const run = scalarText(own(step, "run"));
  if (run !== void 0) out.push({ field: "run", text: run });
  const uses = str(own(step, "uses"));
  const name = uses === void 0 ? "" : actionName(uses);
  const args = withArgs(step);
  for (const input of Object.hasOwn(SCRIPT_INPUTS, name) ? SCRIPT_INPUTS[name] : []) {
    const found = inputValue(args, input);
    const text = found === void 0 ? void 0 : scalarText(found.value);
    if (text !== void 0) out.push({ field: input, text });
  }
  return out;
}
function envValueFor(m, job, step, name) {
  for (const env of [own(step, "env"), own(job.value, "env"), m.kind === "workflow" ? own(m.root, "env") : void 0]) {
    if (!isObj(env)) continue;
    const key = Object.keys(env).find((k) => k.toLowerCase() === name);
    if (key !== void 0) return scalarText(env[key]);
  }
  return void 0;
}
function normalisedDir(path) {
  const dir = path.trim().replace(/^(\.\/+)+/, "").replace(/\/+$/, "");
  if (dir === "." || dir.includes("${{") || dir.includes("\\") || dir.startsWith("/")) return "";
  if (dir.split("/").some((seg) => seg === ".." || seg === "." || seg === "")) return "";
  return dir;
}
var HEAD_REF = /head|refs\/pull|github\s*\.\s*event\s*\.\s*(pull_request|workflow_run|issue|number)/i;
var HEAD_REPO = /head|github\s*\.\s*event\s*\.\s*(pull_request|workflow_run)/i;
var SCRIPT_HEAD_CHECKOUT = /\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|pull|switch|merge)\b[^\n]*(refs\/pull|pull\/|head)/i;
function headCheckout(step) {
  const s = step.value;
  const uses = str(own(s, "uses"));
  if (uses !== void 0 && actionName(uses) === "actions/checkout") {
    const args = withArgs(s);
    const ref = scalarText(own(args, "ref"));
    const repo = scalarText(own(args, "repository"));
    const dir = normalisedDir(scalarText(own(args, "path"))?.trim() ?? "");
    if (ref !== void 0 && HEAD_REF.test(ref) || repo !== void 0 && HEAD_REPO.test(repo)) {
      const out = { action: true, dir };
      if (ref !== void 0) out.ref = ref;
      if (repo !== void 0) out.repo = repo;
      return out;
    }
    return null;
  }
  const run = scalarText(own(s, "run"));
  if (run !== void 0 && SCRIPT_HEAD_CHECKOUT.test(run)) return { action: false, dir: "" };
  return null;
}
function runsOnSelfHosted(job) {
  const labels = deepStrings(own(job, "runs-on"));
  if (labels.some((l) => l.trim().toLowerCase() === "self-hosted")) return true;
  if (labels.some((l) => l.includes("${{"))) {
    const strategy = own(job, "strategy");
    if (isObj(strategy) && deepStrings(own(strategy, "matrix")).some((l) => l.trim().toLowerCase() === "self-hosted")) return true;
  }
  return false;
}
function environmentName(job) {
  const env = own(job, "environment");
  if (env === void 0 || env === null) return void 0;
  if (typeof env === "string") return env;
  if (isObj(env) && typeof env.name === "string") return env.name;
  return stableJson(env);
}
var PUBLISH_ACTIONS = ["pypa/gh-action-pypi-publish", "softprops/action-gh-release", "ncipollo/release-action", "goreleaser/goreleaser-action", "rubygems/release-gem", "changesets/action"];
var PUBLISH_COMMAND = /\b(?:npm|pnpm|yarn)\s+publish\b|\btwine\s+upload\b|\bcargo\s+publish\b|\bgh\s+release\s+(?:create|upload)\b|\bgem\s+push\b|\bdotnet\s+nuget\s+push\b|\bvsce\s+publish\b|\bpoetry\s+publish\b|\buv\s+publish\b/;
function publishes(m, job) {
  if (m.triggers.has("release")) return "it runs on release events";
  const push = m.triggers.get("push");
  if (isObj(push) && own(push, "tags") !== void 0) return "it runs on tag pushes";
  for (const step of job.steps) {
    const uses = str(own(step.value, "uses"));
    if (uses !== void 0 && PUBLISH_ACTIONS.includes(actionName(uses))) return `it publishes with ${quoteValue(actionName(uses))}`;
    const run = scalarText(own(step.value, "run"));
    const hit = run === void 0 ? null : PUBLISH_COMMAND.exec(run);
    if (hit) return `it publishes (${quoteValue(hit[0])})`;
  }
  return null;
}
function* dependabotUpdates(m) {
  if (m.kind !== "dependabot") return;
  const updates = own(m.root, "updates");
  if (!Array.isArray(updates)) return;
  for (const update of updates) {
    if (!isObj(update)) continue;
    const eco = scalarText(own(update, "package-ecosystem")) ?? "";
    const dir = scalarText(own(update, "directory")) ?? JSON.stringify(own(update, "directories") ?? "");
    yield { update, eco, dir };
  }
}

// src/core/rules/workflows/caches/cache-poisoning.ts
var cachePoisoning = defineRule({
  id: "workflows/cache-poisoning",
  codes: ["workflow_cache_poisoning", "workflow_cache_in_release"],
  summary: "A cache (actions/cache, or the built-in cache of setup-* and similar actions) is saved under a privileged trigger, where pull request code can poison the default branch's cache, or restored in a release or tag publishing workflow, which then builds what a poisoned cache holds.",
  fix: "Do not use caches in privileged or publishing workflows: remove the cache step, set the action's cache input off (cache: '', enable-cache: false, package-manager-cache: false), or skip it on tags."
});
function cacheUse(name, args) {
  const text = (input) => inputText(args, input);
  const computed = (input) => scalarText(inputValue(args, input)?.value)?.includes("${{") === true;
  const on2 = (input, dflt) => {
    if (computed(input)) return false;
    const v = text(input);
    return v === void 0 ? dflt : v !== "" && v !== "false";
  };
  switch (name) {
    case "actions/cache":
    case "actions/cache/save":
      return "save";
    case "actions/cache/restore":
      return "restore";
    case "actions/setup-go":
      return on2("cache", true) ? "save" : null;
    case "astral-sh/setup-uv":
      return on2("enable-cache", true) ? "save" : null;
    case "swatinem/rust-cache":
      return text("lookup-only") === "true" ? null : "save";
    case "ruby/setup-ruby":
      return on2("bundler-cache", false) ? "save" : null;
    case "actions/setup-node":
    case "actions/setup-python":
    case "actions/setup-java":
    case "actions/setup-dotnet":
    case "pnpm/action-setup":
    case "gradle/actions/setup-gradle":
      return name === "gradle/actions/setup-gradle" ? text("cache-disabled") === "true" ? null : "save" : on2("cache", false) ? "save" : null;
    default:
      return name.startsWith("actions/setup-") && on2("cache", false) ? "save" : null;
  }
}
function skippedWhenPublishing(step) {
  const cond = scalarText(own(step, "if")) ?? "";
  return /refs\/tags|event_name|github\.ref\b|release/i.test(cond);
}
var cachePoisoningCheck = {
  rule: cachePoisoning,
  facts({ m, emit }) {
    if (m.kind !== "workflow") return;
    for (const job of m.jobs) {
      const release = publishes(m, job);
      for (const step of job.steps) {
        const uses = str(own(step.value, "uses"));
        if (uses === void 0) continue;
        const name = actionName(uses);
        const use = cacheUse(name, withArgs(step.value));
        if (use === null) continue;
        const where = stepWhere(m, job, step);
        if (use === "save" && m.privileged.length > 0) {
          emit(cachePoisoning, "workflow_cache_poisoning", `${where} uses ${quoteValue(name)}, which saves a cache, in a workflow triggered by ${m.privileged.join(", ")}; those runs save into the default branch's cache scope, which release and other privileged workflows restore, so anything attacker-controlled in this job can plant files that a later privileged run restores and executes.`, { job, step, detail: name });
        } else if (release !== null && !skippedWhenPublishing(step.value)) {
          emit(cachePoisoning, "workflow_cache_in_release", `${where} restores a cache with ${quoteValue(name)} in a publishing job (${release}); any workflow with the repository's token (a pull request run included, for its own scope) can write cache entries, so the release would build from whatever a poisoned entry holds.`, { job, step, detail: name });
        }
      }
    }
  }
};

// src/core/rules/workflows/caches/untrusted-artifacts.ts
var untrustedArtifacts = defineRule({
  id: "workflows/untrusted-artifacts",
  codes: ["workflow_untrusted_artifact"],
  summary: "A workflow_run workflow downloads artifacts of the run that triggered it; those were produced by the pull request's code and are attacker-controlled.",
  fix: "Treat downloaded artifacts as data: extract into a temporary directory, never run or source them, and recompute any verdict instead of consuming one."
});
var untrustedArtifactsCheck = {
  rule: untrustedArtifacts,
  facts({ m, emit }) {
    if (!m.triggers.has("workflow_run")) return;
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const uses = str(own(step.value, "uses"));
        const name = uses === void 0 ? "" : actionName(uses);
        if (!/download-artifact/.test(name)) continue;
        emit(untrustedArtifacts, "workflow_untrusted_artifact", `${stepWhere(m, job, step)} downloads artifacts in a workflow_run workflow; artifacts of the triggering run are attacker-controlled and must not be trusted (recompute, never consume a verdict).`, { job, step, detail: name });
      }
    }
  }
};

// src/core/rules/workflows/changes/action-runs.ts
var actionRuns = defineRule({
  id: "workflows/action-runs",
  codes: ["action_runs_changed"],
  summary: "An action's runs: entry (using, main, pre, post, image, entrypoint, args, env) is set or changed, which changes what code every workflow using the action runs.",
  fix: "Review the code the new entry runs as you would the workflows that use the action."
});
var ACTION_RUNS_KEYS = ["using", "main", "pre", "post", "pre-if", "post-if", "image", "entrypoint", "pre-entrypoint", "post-entrypoint", "args", "env"];
var actionRunsCheck = {
  rule: actionRuns,
  change(base, head, emit) {
    if (head.kind !== "action") return;
    const file = fileLabel(head);
    const hr = head.jobs[0].value;
    const br = base?.jobs[0]?.value ?? {};
    for (const key of ACTION_RUNS_KEYS) {
      const before = own(br, key);
      const after = own(hr, key);
      if (stableJson(before ?? null) === stableJson(after ?? null)) continue;
      if (after === void 0) {
        if (base) emit(actionRuns, "action_runs_changed", `${file} removes runs.${key} (was ${quoteValue(before)}).`, { detail: key });
        continue;
      }
      emit(actionRuns, "action_runs_changed", `${file} ${before === void 0 ? "sets" : "changes"} runs.${key} ${before === void 0 ? "" : `from ${quoteValue(before)} `}to ${quoteValue(after)}; this changes what code the action runs.`, { detail: key });
    }
  }
};

// src/core/rules/workflows/changes/environment-changed.ts
var environmentChanged = defineRule({
  id: "workflows/environment-changed",
  codes: ["workflow_environment_changed"],
  summary: "A job starts using, stops using or switches its deployment environment, which decides the secrets it gets and the protection rules (required reviewers, branch filters) it passes.",
  fix: "Check the environment's secrets and protection rules are meant for this job."
});
var environmentChangedCheck = {
  rule: environmentChanged,
  change(base, head, emit) {
    if (head.kind !== "workflow") return;
    const baseJobs = new Map((base?.jobs ?? []).map((j) => [j.id, j]));
    for (const hj of head.jobs) {
      const bj = baseJobs.get(hj.id);
      const before = bj ? environmentName(bj.value) : void 0;
      const after = environmentName(hj.value);
      if (before === after) continue;
      const where = jobLabel(head, hj);
      const message = after === void 0 ? `${where} no longer uses environment ${quoteValue(before)}; its protection rules and required reviewers no longer apply.` : before === void 0 ? `${where} now uses environment ${quoteValue(after)}; the job gets that environment's secrets.` : `${where} changes its environment from ${quoteValue(before)} to ${quoteValue(after)}; the job gets that environment's secrets and protection rules.`;
      emit(environmentChanged, "workflow_environment_changed", message, { job: hj });
    }
  }
};

// src/core/rules/workflows/conditions/conditions.ts
function conditions(m) {
  const out = [];
  for (const job of m.jobs) {
    const jc = m.kind === "workflow" ? scalarText(own(job.value, "if")) : void 0;
    if (jc !== void 0) out.push({ cond: jc, job, where: jobLabel(m, job) });
    for (const step of job.steps) {
      const sc = scalarText(own(step.value, "if"));
      if (sc !== void 0) out.push({ cond: sc, job, step, where: stepWhere(m, job, step) });
    }
  }
  return out;
}

// src/core/rules/workflows/conditions/spoofable-conditions.ts
var spoofableConditions = defineRule({
  id: "workflows/spoofable-conditions",
  codes: ["workflow_spoofable_condition"],
  summary: "A job or step runs only if the actor, a bot name or a label matches; github.actor is whoever acted last and labels are set by writers, so such a guard is spoofable (and a skipped job reports success).",
  fix: "Decide on facts the actor cannot choose (the event's pull_request.user.login together with the head repository, or an environment with required reviewers)."
});
var SPOOFABLE_CONDITION = /github\s*\.\s*(?:triggering_)?actor\b|\bsender\s*\.\s*login\b|\.labels\b|\blabel\s*\.\s*name\b|\bhead_ref\b[^&|]*\b(?:dependabot|renovate)|\b(?:dependabot|renovate)\b[^&|]*\bhead_ref\b/i;
function withoutLiterals(cond) {
  return cond.replace(/'(?:[^']|'')*'/g, "''");
}
var spoofableConditionsCheck = {
  rule: spoofableConditions,
  facts({ m, emit }) {
    for (const c of conditions(m)) {
      if (!SPOOFABLE_CONDITION.test(withoutLiterals(c.cond))) continue;
      const why = c.step ? "conditions on the actor, bots or labels are spoofable (github.actor is whoever acted last)." : "conditions on the actor, bots or labels are spoofable, and a skipped job reports success to required checks.";
      emit(spoofableConditions, "workflow_spoofable_condition", `${c.where} runs only if: ${quoteValue(c.cond)}; ${why}`, { job: c.job, step: c.step, detail: c.cond.trim() });
    }
  }
};

// src/core/rules/workflows/changes/job-conditions.ts
var jobConditions = defineRule({
  id: "workflows/job-conditions",
  codes: ["workflow_job_condition"],
  summary: "A job gets a new or changed if:, and a skipped job reports success to required checks, so a condition can turn a check off.",
  fix: "Keep required checks unconditional; skip work inside the job instead, so it still reports its own result."
});
var jobConditionsCheck = {
  rule: jobConditions,
  change(base, head, emit) {
    if (!base || head.kind !== "workflow") return;
    const baseJobs = new Map(base.jobs.map((j) => [j.id, j]));
    for (const hj of head.jobs) {
      const bj = baseJobs.get(hj.id);
      if (!bj) continue;
      const ifBefore = scalarText(own(bj.value, "if"));
      const ifAfter = scalarText(own(hj.value, "if"));
      if (ifAfter !== void 0 && ifAfter !== ifBefore && !SPOOFABLE_CONDITION.test(ifAfter)) {
        emit(jobConditions, "workflow_job_condition", `${jobLabel(head, hj)} now runs only if: ${quoteValue(ifAfter)}${ifBefore === void 0 ? "" : ` (was ${quoteValue(ifBefore)})`}; a skipped job reports success to required checks.`, { job: hj });
      }
    }
  }
};

// src/core/rules/workflows/changes/removed-checks.ts
var removedChecks = defineRule({
  id: "workflows/removed-checks",
  codes: ["workflow_removed", "action_removed", "workflow_job_removed", "workflow_security_step_removed"],
  summary: "A workflow, action, job or security step (the guard, a scanner) is removed or moved where GitHub no longer runs it, so a required check stays pending or an optional one silently disappears.",
  fix: "Keep required and security checks; replace one only together with its branch protection or ruleset change, reviewed by its owners."
});
var SECURITY_TOOLS = /agent-guard|guard-diff|approval-gate|request-capability|codeql|zizmor|scorecard|harden-runner|dependency-review|trivy|semgrep|gitleaks|trufflehog|snyk|grype|anchore|osv-scanner|actionlint|secret-scan|security-scan/gi;
function securityTools(job, kind) {
  const texts = [];
  const ju = str(own(job.value, "uses"));
  if (ju !== void 0 && kind === "workflow") texts.push(ju);
  for (const step of job.steps) {
    const u = str(own(step.value, "uses"));
    if (u !== void 0) texts.push(actionName(u));
    const r = scalarText(own(step.value, "run"));
    if (r !== void 0) texts.push(r);
  }
  const out = /* @__PURE__ */ new Set();
  for (const t of texts) for (const m of t.matchAll(SECURITY_TOOLS)) out.add(m[0].toLowerCase());
  return out;
}
var removedChecksCheck = {
  rule: removedChecks,
  change(base, head, emit) {
    if (!base) return;
    const headJobs = new Map(head.jobs.map((j) => [j.id, j]));
    for (const bj of base.jobs) {
      const hj = headJobs.get(bj.id);
      const tools = securityTools(bj, base.kind);
      if (!hj) {
        if (head.kind === "workflow") {
          const t = tools.size > 0 ? ` It ran ${[...tools].join(", ")}.` : "";
          emit(removedChecks, "workflow_job_removed", `${jobLabel(base, bj)} was removed; if it is a required or security check, it no longer runs (a missing required check stays pending, an optional one silently disappears).${t}`, { job: { id: bj.id, value: bj.value, steps: [] } });
        }
        continue;
      }
      const headTools = securityTools(hj, head.kind);
      const lost = [...tools].filter((t) => !headTools.has(t));
      if (lost.length > 0) {
        emit(removedChecks, "workflow_security_step_removed", `${jobLabel(head, hj)} no longer runs ${lost.map((t) => quoteValue(t)).join(", ")}; a security or guard step was removed or replaced (for example by "run: exit 0"), so the check can pass without checking anything.`, { job: hj, detail: lost.join(",") });
      }
    }
  }
};

// src/core/rules/workflows/changes/review-errors.ts
var reviewErrors = defineRule({
  id: "workflows/review-errors",
  codes: ["workflow_unparseable", "workflow_findings_truncated"],
  summary: "A workflow, action or Dependabot file that cannot be parsed is not reviewed, and is reported as such (GitHub may run it differently or not at all); past the per-file limit, further findings are counted, not listed.",
  fix: "Make the file valid YAML that GitHub accepts (no duplicate keys, merge keys or tags), then review its findings."
});

// src/core/rules/workflows/check.ts
function looseKey(rule, job, detail) {
  return `${rule.id}|${job}|${detail}`;
}
function collector(out) {
  return (rule, code, message, at = {}) => {
    const job = at.job?.id;
    const step = at.step?.label;
    const loose = looseKey(rule, job ?? "", at.detail ?? "");
    const fact = { rule: rule.id, code, severity: at.severity ?? "high", message, loose, exact: `${loose}|${step ?? ""}` };
    if (job !== void 0) fact.job = job;
    if (step !== void 0) fact.step = step;
    const line = at.step?.line ?? at.job?.line;
    if (line !== void 0) fact.line = line;
    if (at.coveredBy) fact.coveredBy = at.coveredBy;
    out.push(fact);
  };
}
function diffFacts(base, head) {
  const exact = /* @__PURE__ */ new Map();
  const loose = /* @__PURE__ */ new Map();
  for (const f of base) {
    exact.set(f.exact, (exact.get(f.exact) ?? 0) + 1);
    loose.set(f.loose, (loose.get(f.loose) ?? 0) + 1);
  }
  const baseLoose = new Set(loose.keys());
  const take = (f, counts, key) => {
    const n = counts.get(key) ?? 0;
    if (n === 0) return false;
    counts.set(key, n - 1);
    return true;
  };
  const matched = /* @__PURE__ */ new Set();
  for (const f of head) if (take(f, exact, f.exact)) matched.add(f);
  for (const f of matched) loose.set(f.loose, (loose.get(f.loose) ?? 1) - 1);
  for (const f of head) if (!matched.has(f) && take(f, loose, f.loose)) matched.add(f);
  const introduced = [];
  const existing = [];
  for (const f of head) {
    if (matched.has(f) || f.coveredBy?.some((k) => baseLoose.has(k))) existing.push(f);
    else introduced.push(f);
  }
  return { introduced, existing };
}

// src/core/rules/workflows/checkout/artipacked.ts
var artipacked = defineRule({
  id: "workflows/artipacked",
  codes: ["workflow_checkout_persists_token", "workflow_checkout_persists_credentials"],
  summary: "actions/checkout without persist-credentials: false leaves the GITHUB_TOKEN on disk for every later step: reported when the pull request's code is checked out under a privileged trigger, when a later step uploads an artifact, or when a change drops persist-credentials: false.",
  fix: "Add persist-credentials: false to the checkout, and pass a token explicitly to the one step that pushes."
});
function persists(step) {
  return scalarText(own(withArgs(step), "persist-credentials"))?.trim().toLowerCase() !== "false";
}
function wasOff(other, job, step) {
  const oj = other?.jobs.find((j) => j.id === job.id);
  const os = oj?.steps.find((s) => s.label === step.label);
  return os !== void 0 && str(own(os.value, "uses")) !== void 0 && !persists(os.value);
}
var artipackedCheck = {
  rule: artipacked,
  facts({ m, other, emit }) {
    if (m.kind === "dependabot") return;
    for (const job of m.jobs) {
      job.steps.forEach((step, i) => {
        const uses = str(own(step.value, "uses"));
        if (uses === void 0 || actionName(uses) !== "actions/checkout" || !persists(step.value)) return;
        const where = stepWhere(m, job, step);
        const hc = m.privileged.length > 0 ? headCheckout(step) : null;
        if (hc) {
          emit(artipacked, "workflow_checkout_persists_token", `${where} checks out the pull request's code without persist-credentials: false, so the GITHUB_TOKEN of this ${m.privileged.join(", ")} run is left in .git/config, readable by any code from the pull request that the job runs.`, { job, step, detail: `head|${hc.ref ?? ""}|${hc.repo ?? ""}` });
          return;
        }
        const dir = normalisedDir(scalarText(own(withArgs(step.value), "path")) ?? "");
        const upload = job.steps.slice(i + 1).find((s) => actionName(str(own(s.value, "uses")) ?? "") === "actions/upload-artifact");
        if (upload) {
          emit(artipacked, "workflow_checkout_persists_credentials", `${where} checks out without persist-credentials: false and ${stepWhere(m, job, upload)} later uploads an artifact; the persisted GITHUB_TOKEN is in the checkout's git configuration, one path or include-hidden-files away from being in an artifact anyone with read access can download.`, { job, step, detail: `upload|${dir}` });
        } else if (wasOff(other, job, step)) {
          emit(artipacked, "workflow_checkout_persists_credentials", `${where} no longer sets persist-credentials: false, so the GITHUB_TOKEN stays in the checkout's git configuration for every later step (and any tool or dependency it runs).`, { job, step, detail: `dropped|${dir}` });
        }
      });
    }
  }
};

// src/core/rules/workflows/checkout/hardcoded-container-credentials.ts
var hardcodedContainerCredentials = defineRule({
  id: "workflows/hardcoded-container-credentials",
  codes: ["workflow_hardcoded_credentials"],
  summary: "A job or service container sets credentials.password to a literal string, committing a registry password to the repository and its history.",
  fix: "Use ${{ secrets.NAME }} for the password, and rotate the one that was committed."
});
var hardcodedContainerCredentialsCheck = {
  rule: hardcodedContainerCredentials,
  facts({ m, emit }) {
    if (m.kind !== "workflow") return;
    for (const job of m.jobs) {
      const credentialed = [{ what: "container", value: own(job.value, "container") }];
      const services = own(job.value, "services");
      if (isObj(services)) for (const k of Object.keys(services)) credentialed.push({ what: `service ${quoteValue(k)}`, value: services[k] });
      for (const { what, value } of credentialed) {
        const creds = isObj(value) ? own(value, "credentials") : void 0;
        const password = isObj(creds) ? scalarText(own(creds, "password")) : void 0;
        if (password !== void 0 && password.trim() !== "" && !password.includes("${{")) {
          emit(hardcodedContainerCredentials, "workflow_hardcoded_credentials", `${jobLabel(m, job)} ${what} sets credentials.password to a literal string, so a registry password is committed to the repository (readable by anyone who can read it, and kept in its history); use \${{ secrets.NAME }} and rotate the committed password.`, { job, detail: what });
        }
      }
    }
  }
};

// src/core/rules/workflows/expressions.ts
var EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
function rawExpressions(text) {
  return [...text.matchAll(EXPRESSION)].map((m) => m[1] ?? "");
}
function expressionBodies(text) {
  return rawExpressions(text).map(
    (body) => body.toLowerCase().replace(/\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]/g, (_s, a, b) => `.${a ?? b ?? ""}`).replace(/\s+/g, "")
  );
}
var SAFE_EVENT_LEAVES = /* @__PURE__ */ new Set([
  "number",
  "sha",
  "head_sha",
  "id",
  "run_id",
  "run_number",
  "run_attempt",
  "before",
  "after",
  "action",
  "merged",
  "draft",
  "state",
  "private",
  "fork",
  "created_at",
  "updated_at",
  "additions",
  "deletions",
  "changed_files",
  "conclusion",
  "author_association",
  "status"
]);
function envExpressionNames(text) {
  const found = [];
  for (const body of expressionBodies(text)) for (const ref of body.matchAll(/(?<![\w.])env\.([\w-]+)/g)) found.push(ref[1]);
  return found;
}
function untrustedExpressions(text) {
  const found = [];
  for (const raw of expressionBodies(text)) {
    let body = raw;
    for (let prev = ""; prev !== body; ) {
      prev = body;
      body = body.replace(/(?<![\w.])(?:contains|startswith|endswith)\((?:[^()']|'(?:[^']|'')*')*\)/g, "true");
    }
    for (const ref of body.matchAll(/(?<![\w.])github(?:\.[\w*-]+|\[[^\]]*\])*/g)) {
      const path = ref[0];
      const parts = path.split(".");
      if (parts[1] === "head_ref") {
        found.push("github.head_ref");
        continue;
      }
      if (parts.length === 1) {
        found.push(path);
        continue;
      }
      if (parts[1] !== "event") continue;
      const leaf = parts[parts.length - 1] ?? "";
      if (parts.length > 2 && !path.includes("*") && !path.includes("[") && SAFE_EVENT_LEAVES.has(leaf)) continue;
      found.push(path);
    }
  }
  return found;
}
function inputExpressionNames(text) {
  const out = [];
  for (const body of expressionBodies(text)) {
    for (const ref of body.matchAll(/(?<![\w.])inputs(\.[\w-]+)?/g)) out.push(ref[1] === void 0 ? "inputs" : ref[1].slice(1));
  }
  return out;
}
function secretReferences(text) {
  const out = [];
  for (const body of expressionBodies(text)) {
    for (const ref of body.matchAll(/(?<![\w.])secrets\.([\w-]+)/g)) out.push(`secrets.${ref[1]}`);
    if (/(?<![\w.])secrets(?![\w.])/.test(body)) out.push("secrets");
    if (/(?<![\w.])github\.token(?![\w])/.test(body)) out.push("github.token");
  }
  return out;
}
function unsoundContains(cond) {
  const out = [];
  const call = /(?<![\w.])contains\s*\(\s*'((?:[^']|'')*)'\s*,\s*([A-Za-z_][\w-]*(?:\s*\.\s*[\w*-]+|\s*\[[^\]]*\])*)\s*\)/gi;
  for (const c of cond.matchAll(call)) {
    const needle = c[2].replace(/\s+/g, "");
    if (/^(true|false|null)$/i.test(needle)) continue;
    out.push({ haystack: c[1].replace(/''/g, "'"), needle });
  }
  return out;
}
function alwaysTrueCondition(cond) {
  if (cond.includes("${{")) {
    const whole = /^\$\{\{[\s\S]*\}\}$/.test(cond) && rawExpressions(cond).length === 1;
    if (!whole) {
      const rest = cond.replace(EXPRESSION, "");
      return rest.trim() === "" && /\s$/.test(cond) ? "the block scalar leaves a line break outside the ${{ }}, so the condition is a non-empty string" : "text outside the ${{ }} makes the condition a string, and a non-empty string is true";
    }
  }
  const body = cond.includes("${{") ? rawExpressions(cond)[0] ?? "" : cond;
  const fallback = topLevelOrFallback(body);
  if (fallback !== null && truthyLiteral(fallback)) return `its last alternative ${JSON.stringify(fallback)} is a literal that is always true, so the || cannot be false`;
  return null;
}
function topLevelOrFallback(expr) {
  const alternatives = splitTopLevel(expr, "||");
  return alternatives.length < 2 ? null : alternatives[alternatives.length - 1];
}
function truthyLiteral(text) {
  if (/^'(?:[^']|'')+'$/.test(text)) return true;
  if (/^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(text)) return Number(text) !== 0;
  return false;
}
function obfuscatedExpression(body) {
  const b = body.trim();
  if (/fromjson\s*\(\s*tojson\s*\(/i.test(b)) return "fromJSON(toJSON(...)) is a no-op";
  const calls = b.matchAll(/\b(format|fromjson|join|tojson)\s*\(\s*('(?:[^']|'')*'|\d+)(\s*,\s*('(?:[^']|'')*'|\d+))*\s*\)/gi);
  for (const c of calls) {
    if (c[1].toLowerCase() === "fromjson" && c[3] === void 0 && /^'\s*[[{]/.test(c[2])) continue;
    return `${c[1]}(...) with only literal arguments computes a constant`;
  }
  return null;
}
function splitTopLevel(expr, op) {
  const out = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === "'") {
        if (expr[i + 1] === "'") i++;
        else quote = false;
      }
      continue;
    }
    if (c === "'") quote = true;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (depth === 0 && c === op[0] && expr[i + 1] === op[1]) {
      out.push(expr.slice(start, i).trim());
      start = i + 2;
      i++;
    }
  }
  out.push(expr.slice(start).trim());
  return out;
}
function falsyTernaryArm(expr) {
  let e = expr.trim();
  while (e.startsWith("(") && e.endsWith(")") && balanced(e.slice(1, -1))) e = e.slice(1, -1).trim();
  const alternatives = splitTopLevel(e, "||");
  if (alternatives.length < 2) return null;
  for (const alt of alternatives.slice(0, -1)) {
    const conj = splitTopLevel(alt, "&&");
    if (conj.length < 2) continue;
    const arm = conj[conj.length - 1];
    if (/^(?:''|0|0\.0*|false|null)$/i.test(arm)) return arm;
  }
  return null;
}
function balanced(text) {
  let depth = 0;
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "'") quote = text[i + 1] === "'" ? (i++, true) : false;
      continue;
    }
    if (c === "'") quote = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

// src/core/rules/workflows/checkout/runs-code.ts
var CODE_COMMAND = new RegExp(
  String.raw`(?:^|[;&|(]\s*|\bsudo\s+(?:-E\s+)?|\btime\s+)(` + [
    String.raw`npm\s+(?:ci|i|install|run|run-script|test|t|start|exec|rebuild|pack|publish)\b`,
    String.raw`(?:yarn|pnpm|bun)(?:\s|$)`,
    String.raw`npx\s`,
    String.raw`node\s+[^\s-]`,
    String.raw`deno\s+(?:run|task|test)\b`,
    String.raw`python[23]?(?:\.\d+)?\s+(?!-c\b)(?!-m\s+pip\s+install\s+(?!-e\b|\.|-r\b)[A-Za-z])\S`,
    String.raw`pip[23]?\s+install\s+(?:-e\s+|--editable\s+)?(?:\.|-r\s)`,
    String.raw`(?:poetry|pdm|hatch|uv)\s+(?:install|sync|run|build)\b`,
    String.raw`make\b`,
    String.raw`cmake\b`,
    String.raw`cargo\s+(?:build|test|run|check|clippy|bench)\b`,
    String.raw`go\s+(?:build|test|run|generate|vet|install\s+\.)`,
    String.raw`mvn\b`,
    String.raw`gradle\b`,
    String.raw`bundle\s+(?:install|exec)\b`,
    String.raw`rake\b`,
    String.raw`composer\s+(?:install|update|run|run-script)\b`,
    String.raw`dotnet\s+(?:build|test|run|restore|pack)\b`,
    String.raw`(?:pytest|tox|nox|pre-commit)\b`,
    String.raw`docker\s+(?:build|compose|buildx\s+build)\b`,
    String.raw`\.{1,2}\/[\w./-]+`,
    String.raw`(?:ba|z|da)?sh\s+[\w./-]+\.sh\b`,
    String.raw`(?:source|\.)\s+[\w./-]+`
  ].join("|") + ")",
  "m"
);
var CODE_ACTIONS = {
  "docker/build-push-action": null,
  "github/codeql-action/autobuild": null,
  "gradle/gradle-build-action": null,
  "pre-commit/action": null,
  "borales/actions-yarn": null,
  "bahmutov/npm-install": null,
  "cypress-io/github-action": null,
  "goreleaser/goreleaser-action": null,
  "php-actions/composer": null,
  "ruby/setup-ruby": { input: "bundler-cache", value: "true" },
  "pnpm/action-setup": { input: "run_install", value: "true" }
};
function runsCheckedOutCode(step, dirs, sameStep) {
  const uses = str(own(step, "uses"));
  if (uses !== void 0) {
    const name = actionName(uses);
    if (!Object.hasOwn(CODE_ACTIONS, name)) return null;
    const when = CODE_ACTIONS[name];
    if (when && inputText(withArgs(step), when.input) !== when.value) return null;
    return `uses ${quoteValue(name)}, which builds or installs what is in the workspace`;
  }
  const run = scalarText(own(step, "run"));
  if (run === void 0) return null;
  const hit = CODE_COMMAND.exec(run);
  if (!hit) return null;
  if (!sameStep && !dirs.includes("")) {
    const wd = scalarText(own(step, "working-directory"))?.trim().replace(/^(\.\/+)+/, "") ?? "";
    const inDir = dirs.some((d) => wd === d || wd.startsWith(`${d}/`) || run.includes(d));
    if (!inDir) return null;
  }
  return `runs ${quoteValue(firstLine(hit[1].trim() === "" ? run : run.slice(hit.index).trim()))}`;
}

// src/core/rules/workflows/checkout/pwn-request.ts
var pwnRequest = defineRule({
  id: "workflows/pwn-request",
  codes: ["workflow_privileged_checkout", "workflow_privileged_local_action", "workflow_secret_after_head_checkout"],
  summary: "Under a privileged trigger (pull_request_target, workflow_run, issue_comment) a job checks out the pull request's code; when a later step runs code from it (a build, an install, a script, a local action) the pull request runs with secrets and a write token. That full chain is denied by default; the checkout alone, or a secret read after it, needs an approval.",
  fix: "Run the pull request's code in a pull_request workflow without secrets; in the privileged workflow, check out only the base and treat the pull request's artifacts as data."
});
function describeCheckout(hc, step) {
  if (!hc.action) return `runs ${quoteValue(firstLine(scalarText(own(step.value, "run")) ?? ""))}, which fetches the pull request's code`;
  const parts = [hc.ref !== void 0 ? `ref: ${quoteValue(hc.ref)}` : "", hc.repo !== void 0 ? `repository: ${quoteValue(hc.repo)}` : ""].filter(Boolean).join(", ");
  return `checks out the pull request's code (${parts})`;
}
function localActionFromHead(uses, dirs) {
  const local = uses.trim();
  if (!local.startsWith("./")) return false;
  const rel = local.replace(/^(\.\/+)+/, "");
  const weird = rel.split("/").some((seg) => seg === ".." || seg === "." || seg.includes("\\"));
  return dirs.some((d) => d === "" || weird || rel === d || rel.startsWith(`${d}/`));
}
function chainMessage(m, job, checkout, hc, runner, runs) {
  return `${fileLabel(m)} is a pwn request: (1) it is triggered by ${m.privileged.join(", ")}, which runs with secrets and a write token on events anyone can cause; (2) ${jobLabel(m, job)} step ${checkout.index} (${quoteValue(firstLine(checkout.label))}) ${describeCheckout(hc, checkout)}; (3) step ${runner.index} (${quoteValue(firstLine(runner.label))}) ${runs}, so the pull request's code runs with this job's secrets and token.`;
}
function codeRunner(job, from, dir, scriptCheckout) {
  for (let i = from; i < job.steps.length; i++) {
    const step = job.steps[i];
    if (str(own(step.value, "uses"))?.trim().startsWith("./")) continue;
    const runs = runsCheckedOutCode(step.value, [dir], scriptCheckout && i === from);
    if (runs !== null) return { step, runs };
  }
  return null;
}
function privilegedJobFacts(m, job, emit) {
  const checkouts = /* @__PURE__ */ new Map();
  job.steps.forEach((st, i) => {
    const hc = headCheckout(st);
    if (hc) checkouts.set(i, hc);
  });
  if (checkouts.size === 0) return;
  const first = Math.min(...checkouts.keys());
  const checkoutStep = job.steps[first];
  const trig = m.privileged.join(", ");
  const dirs = [];
  job.steps.forEach((step, i) => {
    const where = stepWhere(m, job, step);
    const hc = checkouts.get(i);
    if (hc) {
      const runner = codeRunner(job, hc.action ? i + 1 : i, hc.dir, !hc.action);
      const base = hc.action ? `checkout|${hc.ref ?? ""}|${hc.repo ?? ""}` : `script|${step.label}`;
      if (runner) {
        emit(pwnRequest, "workflow_privileged_checkout", chainMessage(m, job, step, hc, runner.step, runner.runs), { job, step, detail: `${base}|chain`, severity: "deny" });
      } else if (hc.action) {
        emit(pwnRequest, "workflow_privileged_checkout", `${where} ${describeCheckout(hc, step)} in a workflow triggered by ${trig}, which has secrets and a write token ("pwn request").`, { job, step, detail: base });
      } else {
        emit(pwnRequest, "workflow_privileged_checkout", `${where} fetches or checks out pull request code in its run: script in a workflow triggered by ${trig}, which has secrets and a write token.`, { job, step, detail: base });
      }
    }
    const uses = str(own(step.value, "uses"));
    if (i > first && uses !== void 0 && localActionFromHead(uses, dirs)) {
      const checkoutHc = checkouts.get(first);
      emit(pwnRequest, "workflow_privileged_local_action", `${where} runs the local action ${quoteValue(uses)} after ${stepWhere(m, job, checkoutStep)} checked out the pull request's code; in a ${trig} workflow that runs the pull request's own action code with secrets and a write token. ${chainMessage(m, job, checkoutStep, checkoutHc, step, `runs the local action ${quoteValue(uses)} from it`)}`, { job, step, detail: uses.trim(), severity: "deny" });
    }
    if (hc) dirs.push(hc.dir);
  });
  const texts = [];
  if (m.kind === "workflow") texts.push(...deepStrings(own(m.root, "env")));
  texts.push(...deepStrings(own(job.value, "env")));
  for (const step of job.steps.slice(first)) texts.push(...deepStrings(step.value));
  const secrets = /* @__PURE__ */ new Set();
  for (const t of texts) for (const ref of secretReferences(t)) secrets.add(ref);
  for (const secret of secrets) {
    emit(pwnRequest, "workflow_secret_after_head_checkout", `${jobLabel(m, job)} reads ${quoteValue(`\${{ ${secret} }}`)} in or after ${stepWhere(m, job, checkoutStep)}, which checks out the pull request's code in a ${trig} workflow; code from the pull request that runs in this job can read it. Move the secret to a separate job that does not run pull request code.`, { job, step: checkoutStep, detail: secret });
  }
}
var pwnRequestCheck = {
  rule: pwnRequest,
  facts({ m, emit }) {
    if (m.privileged.length === 0) return;
    for (const job of m.jobs) privilegedJobFacts(m, job, emit);
  }
};

// src/core/rules/workflows/checkout/self-hosted-runner.ts
var selfHostedRunner = defineRule({
  id: "workflows/self-hosted-runner",
  codes: ["workflow_self_hosted_runner"],
  summary: "A job runs on a self-hosted runner, where code from a pull request can persist between jobs and reach the runner's network and credentials.",
  fix: "Run untrusted code on GitHub-hosted (ephemeral) runners; keep self-hosted runners for trusted branches, ephemeral and isolated."
});
var selfHostedRunnerCheck = {
  rule: selfHostedRunner,
  facts({ m, emit }) {
    if (m.kind !== "workflow") return;
    for (const job of m.jobs) {
      if (runsOnSelfHosted(job.value)) emit(selfHostedRunner, "workflow_self_hosted_runner", `${jobLabel(m, job)} runs on a self-hosted runner; code from a pull request can persist on it and reach its network.`, { job });
    }
  }
};

// src/core/rules/workflows/conditions/always-true-conditions.ts
var alwaysTrueConditions = defineRule({
  id: "workflows/always-true-conditions",
  codes: ["workflow_always_true_condition"],
  summary: "An if: that looks like a test is always true: ${{ }} with text around it (an if: | block scalar's line break, two fenced expressions joined by &&) is a non-empty string, and a pseudo-ternary a && x || 'y' cannot be false.",
  fix: "Write the condition as one bare expression (if: a && b, or if: |- for a block), and use case() or == instead of && ... || with a literal."
});
var alwaysTrueConditionsCheck = {
  rule: alwaysTrueConditions,
  facts({ m, emit }) {
    for (const c of conditions(m)) {
      const why = alwaysTrueCondition(c.cond);
      if (why === null) continue;
      emit(alwaysTrueConditions, "workflow_always_true_condition", `${c.where} has if: ${quoteValue(c.cond)}, which is always true: ${why}; the ${c.step ? "step" : "job"} runs whatever the condition was meant to test.`, { job: c.job, step: c.step, detail: c.cond.trim() });
    }
  }
};

// src/core/rules/workflows/conditions/continue-on-error.ts
var continueOnError = defineRule({
  id: "workflows/continue-on-error",
  codes: ["workflow_continue_on_error"],
  summary: "A job or step sets continue-on-error (true, or an expression that may be true), so its failure no longer fails the run: a check can pass without passing.",
  fix: "Remove continue-on-error from checks that must pass; allow failures only for explicitly optional jobs."
});
function on(v) {
  if (v === void 0 || v === null || v === false) return false;
  if (typeof v === "string" && v.trim().toLowerCase() === "false") return false;
  return true;
}
var continueOnErrorCheck = {
  rule: continueOnError,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      const jv = own(job.value, "continue-on-error");
      if (m.kind === "workflow" && on(jv)) {
        emit(continueOnError, "workflow_continue_on_error", `${jobLabel(m, job)} sets continue-on-error: ${quoteValue(scalarText(jv) ?? jv)}, so its failure no longer fails the run.`, { job });
      }
      for (const step of job.steps) {
        const sv = own(step.value, "continue-on-error");
        if (on(sv)) emit(continueOnError, "workflow_continue_on_error", `${stepWhere(m, job, step)} sets continue-on-error: ${quoteValue(scalarText(sv) ?? sv)}, so its failure no longer fails the job.`, { job, step, detail: "step" });
      }
    }
  }
};

// src/core/rules/workflows/conditions/unsound-contains.ts
var unsoundContainsRule = defineRule({
  id: "workflows/unsound-contains",
  codes: ["workflow_unsound_contains"],
  summary: "A condition calls contains() with a string as its first argument, a substring test, so any value that is part of the string (refs/heads/mai for refs/heads/main) passes.",
  fix: `Use contains(fromJSON('["a", "b"]'), value) or == comparisons.`
});
var unsoundContainsCheck = {
  rule: unsoundContainsRule,
  facts({ m, emit }) {
    for (const c of conditions(m)) {
      for (const { haystack, needle } of unsoundContains(c.cond)) {
        emit(unsoundContainsRule, "workflow_unsound_contains", `${c.where} runs only if: ${quoteValue(c.cond)}; contains() with the string ${quoteValue(haystack)} as its first argument is a substring test, so any ${quoteValue(needle)} that is part of that string passes too (refs/heads/mai for refs/heads/main), and a guard on it is bypassable. Use contains(fromJSON('[...]'), ${needle.replace(/[^\w.*-]/g, "")}) or == comparisons.`, { job: c.job, step: c.step, detail: `${needle.toLowerCase()}|${haystack}` });
      }
    }
  }
};

// src/core/rules/workflows/dependabot/dependabot-execution.ts
var dependabotExecution = defineRule({
  id: "workflows/dependabot-execution",
  codes: ["dependabot_code_execution"],
  summary: "A Dependabot update sets insecure-external-code-execution: allow, so code from dependency manifests runs during updates with access to the registry credentials Dependabot holds.",
  fix: "Remove insecure-external-code-execution (the default is deny), or set it to deny."
});
var dependabotExecutionCheck = {
  rule: dependabotExecution,
  facts({ m, emit }) {
    for (const { update: u, eco, dir } of dependabotUpdates(m)) {
      const value = scalarText(own(u, "insecure-external-code-execution"))?.trim().toLowerCase();
      if (value !== "allow") continue;
      emit(dependabotExecution, "dependabot_code_execution", `${fileLabel(m)} lets Dependabot run code from ${quoteValue(eco)} manifests in ${quoteValue(dir)} (insecure-external-code-execution: allow); a compromised dependency then runs with Dependabot's registry credentials.`, { detail: `${eco}|${dir}` });
    }
  }
};

// src/core/rules/workflows/injection/github-env.ts
var githubEnv = defineRule({
  id: "workflows/github-env",
  codes: ["workflow_github_env"],
  summary: "In a workflow outsiders trigger (pull_request_target, workflow_run, issue_comment, issues, ...), in an action, or with event text, a script writes to GITHUB_ENV or GITHUB_PATH (or core.exportVariable / core.addPath), so later steps run with an environment or PATH the written text controls.",
  fix: "Pass values between steps as step outputs, and never write event text or downloaded content to GITHUB_ENV or GITHUB_PATH."
});
var ENV_WRITE = /GITHUB_ENV|GITHUB_PATH|core\.exportVariable|core\.addPath/g;
var githubEnvCheck = {
  rule: githubEnv,
  facts({ m, emit }) {
    const triggers = [...m.triggers.keys()].filter((t) => Object.hasOwn(DANGEROUS_TRIGGERS, t));
    const context = m.kind === "action" ? "in an action any workflow can call" : `in a workflow triggered by ${triggers.join(", ")}`;
    for (const job of m.jobs) {
      for (const step of job.steps) {
        for (const { field, text } of stepScripts(step.value)) {
          const eventText = untrustedExpressions(text).length > 0;
          if (m.kind === "workflow" && triggers.length === 0 && !eventText) continue;
          for (const w of new Set([...text.matchAll(ENV_WRITE)].map((x) => x[0]))) {
            emit(githubEnv, "workflow_github_env", `${stepWhere(m, job, step)} writes to ${w} in its ${field}: script; ${eventText ? "with event text in the script" : context}; later steps then run with an environment or PATH that text from the event or the pull request can set.`, { job, step, detail: w });
          }
        }
      }
    }
  }
};

// src/core/rules/workflows/injection/insecure-commands.ts
var insecureCommands = defineRule({
  id: "workflows/insecure-commands",
  codes: ["workflow_insecure_commands"],
  summary: "ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables the set-env and add-path workflow commands, so any line a step prints can set the environment or PATH.",
  fix: "Remove ACTIONS_ALLOW_UNSECURE_COMMANDS and write to GITHUB_ENV / GITHUB_OUTPUT files instead."
});
var NAME = "ACTIONS_ALLOW_UNSECURE_COMMANDS";
var insecureCommandsCheck = {
  rule: insecureCommands,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    if (m.kind === "workflow" && deepStrings(own(m.root, "env")).some((s) => s.includes(NAME))) {
      emit(insecureCommands, "workflow_insecure_commands", `${fileLabel(m)} sets ${NAME} in its env, which re-enables the set-env and add-path workflow commands (environment injection from any log line).`);
    }
    for (const job of m.jobs) {
      const scope = m.kind === "action" ? job.value : { env: own(job.value, "env"), steps: own(job.value, "steps") };
      if (deepStrings(scope).some((s) => s.includes(NAME))) {
        emit(insecureCommands, "workflow_insecure_commands", `${jobLabel(m, job)} sets ${NAME}, which re-enables the set-env and add-path workflow commands (environment injection from any log line).`, { job });
      }
    }
  }
};

// src/core/rules/workflows/injection/prompt-injection.ts
var promptInjection = defineRule({
  id: "workflows/prompt-injection",
  codes: ["workflow_prompt_injection"],
  summary: "Attacker-controlled event text reaches an input (prompt, instructions) of an AI agent action that holds the job's token and secrets.",
  fix: "Do not pass event text to the agent; let it read the issue or pull request itself with a read-only token, and give the job no secrets it does not need."
});
var AGENT_ACTIONS = [
  "anthropics/claude-code-action",
  "anthropics/claude-code-base-action",
  "google-github-actions/run-gemini-cli",
  "google-gemini/gemini-cli-action",
  "openai/codex-action",
  "actions/ai-inference"
];
function isAgentAction(name) {
  return AGENT_ACTIONS.some((a) => name === a || name.startsWith(`${a}/`));
}
var promptInjectionCheck = {
  rule: promptInjection,
  facts({ m, emit }) {
    for (const { job, step, name } of usesSteps(m)) {
      if (!isAgentAction(name)) continue;
      const args = withArgs(step.value);
      for (const input of Object.keys(args)) {
        const text = deepStrings(args[input]).join("\n");
        const exprs = new Set(untrustedExpressions(text));
        for (const envName of new Set(envExpressionNames(text))) {
          const value = envValueFor(m, job, step.value, envName);
          if (value !== void 0) for (const expr of untrustedExpressions(value)) exprs.add(expr);
        }
        for (const expr of exprs) {
          emit(promptInjection, "workflow_prompt_injection", `${stepWhere(m, job, step)} passes ${quoteValue(`\${{ ${expr} }}`)} into the ${quoteValue(input)} input of the AI agent action ${quoteValue(name)}; that text is attacker-controlled, so anyone who can open an issue or pull request can instruct an agent that holds this job's token and secrets (prompt injection).`, { job, step, detail: `${input.toLowerCase()}|${expr}` });
        }
      }
    }
  }
};

// src/core/rules/workflows/injection/template-injection.ts
var templateInjection = defineRule({
  id: "workflows/template-injection",
  codes: ["workflow_script_injection", "workflow_input_injection"],
  summary: "Attacker-controlled text (event titles, bodies, branch names; a caller's inputs) is expanded by ${{ }} into a run: script (any shell, PowerShell too) or a code- or query-evaluating action input such as actions/github-script's script.",
  fix: 'Pass the value through env: (NAME: ${{ ... }}) and read it as a shell variable ("$NAME", $env:NAME) in the script.'
});
var SAFE_INPUT_TYPES = /* @__PURE__ */ new Set(["boolean", "number"]);
function callerInputScope(m) {
  if (m.kind === "action") {
    const using = str(own(m.jobs[0]?.value ?? {}, "using"))?.trim().toLowerCase();
    return using === "composite" ? { who: "a composite action's inputs are whatever the calling workflow passes, often event text (titles, branch names)", safe: /* @__PURE__ */ new Set() } : null;
  }
  if (!m.triggers.has("workflow_call")) return null;
  const safe = /* @__PURE__ */ new Set();
  const config = m.triggers.get("workflow_call");
  const declared = isObj(config) ? own(config, "inputs") : void 0;
  if (isObj(declared))
    for (const k of Object.keys(declared)) {
      const d = declared[k];
      const type = isObj(d) ? str(own(d, "type"))?.trim().toLowerCase() : void 0;
      if (type !== void 0 && SAFE_INPUT_TYPES.has(type)) safe.add(k.toLowerCase());
    }
  return { who: "this workflow has a workflow_call trigger, and a calling workflow may pass event text (titles, branch names) as this input", safe };
}
var templateInjectionCheck = {
  rule: templateInjection,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    const callerInputs = callerInputScope(m);
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        for (const { field, text } of stepScripts(step.value)) {
          for (const expr of new Set(untrustedExpressions(text))) {
            emit(templateInjection, "workflow_script_injection", `${where} interpolates ${quoteValue(`\${{ ${expr} }}`)} into its ${field}: script; that text is attacker-controlled (titles, bodies, branch names, commit messages), so it is script injection. Pass it through env: and quote it.`, { job, step, detail: expr });
          }
          for (const envName of new Set(envExpressionNames(text))) {
            const value = envValueFor(m, job, step.value, envName);
            if (value === void 0) continue;
            for (const expr of new Set(untrustedExpressions(value))) {
              emit(templateInjection, "workflow_script_injection", `${where} interpolates ${quoteValue(`\${{ env.${envName} }}`)} into its ${field}: script, and that variable is set from ${quoteValue(`\${{ ${expr} }}`)}, attacker-controlled text, so it is script injection. Read it in the script as a shell variable ("$NAME"), not as an expression.`, { job, step, detail: `env.${envName}|${expr}` });
            }
          }
          if (callerInputs === null) continue;
          const via = /* @__PURE__ */ new Map();
          for (const name of inputExpressionNames(text)) if (!via.has(name)) via.set(name, "");
          for (const envName of new Set(envExpressionNames(text))) {
            const value = envValueFor(m, job, step.value, envName);
            if (value !== void 0) {
              for (const name of inputExpressionNames(value)) if (!via.has(name)) via.set(name, envName);
            }
          }
          for (const [name, envName] of via) {
            if (callerInputs.safe.has(name)) continue;
            const expr = name === "inputs" ? "inputs" : `inputs.${name}`;
            const how = envName === "" ? `interpolates ${quoteValue(`\${{ ${expr} }}`)}` : `interpolates ${quoteValue(`\${{ env.${envName} }}`)}, which is set from ${quoteValue(`\${{ ${expr} }}`)},`;
            emit(templateInjection, "workflow_input_injection", `${where} ${how} into its ${field}: script; ${callerInputs.who}, so it is script injection whenever a caller passes untrusted text: the value is pasted into the script before the shell reads it. Pass it through env: (for example NAME: \${{ ${expr} }}) and read "$NAME" in the script.`, { job, step, detail: `${envName === "" ? "" : `env.${envName}`}|${name}` });
          }
        }
      }
    }
  }
};

// src/core/rules/workflows/permissions/excessive-permissions.ts
var excessivePermissions = defineRule({
  id: "workflows/excessive-permissions",
  codes: ["workflow_permissions_default", "workflow_permissions_removed", "workflow_permissions_write_all", "workflow_permission_write"],
  summary: "A job gets write scopes on the GITHUB_TOKEN (write-all, a write scope, id-token), or the repository default because no permissions block applies.",
  fix: "Set permissions: on the workflow (contents: read) and grant each job only the write scopes it uses."
});
var PERMISSION_SCOPES = [
  "actions",
  "attestations",
  "checks",
  "contents",
  "deployments",
  "discussions",
  "id-token",
  "issues",
  "models",
  "packages",
  "pages",
  "pull-requests",
  "repository-projects",
  "security-events",
  "statuses"
];
function parsePermissions(v) {
  if (typeof v === "string") {
    if (v.trim().toLowerCase() === "read-all") return { writeAll: false, writes: [] };
    return { writeAll: true, writes: [] };
  }
  if (isObj(v)) {
    const writes = [];
    for (const k of Object.keys(v)) {
      const level = typeof v[k] === "string" ? v[k].trim().toLowerCase() : "";
      if (level !== "read" && level !== "none") writes.push(k);
    }
    return { writeAll: false, writes };
  }
  return { writeAll: true, writes: [] };
}
function effectivePermissions(m, job) {
  if (Object.hasOwn(job.value, "permissions")) return { source: "job", ...parsePermissions(job.value.permissions) };
  if (Object.hasOwn(m.root, "permissions")) return { source: "workflow", ...parsePermissions(m.root.permissions) };
  return { source: "default", writeAll: false, writes: [] };
}
var excessivePermissionsCheck = {
  rule: excessivePermissions,
  facts({ m, other, emit }) {
    if (m.kind !== "workflow") return;
    for (const job of m.jobs) {
      const where = jobLabel(m, job);
      const perms = effectivePermissions(m, job);
      const from = perms.source === "workflow" ? " (set at the workflow level)" : "";
      if (perms.source === "default") {
        const otherJob = other?.jobs.find((o) => o.id === job.id);
        const removed = other && otherJob && effectivePermissions(other, otherJob).source !== "default";
        if (removed) emit(excessivePermissions, "workflow_permissions_removed", `${where}: the permissions block was removed, so the repository's default GITHUB_TOKEN permissions apply (write-all on older repositories and organisations).`, { job, detail: "default" });
        else emit(excessivePermissions, "workflow_permissions_default", `${where} has no permissions block (nor has the workflow), so the repository's default GITHUB_TOKEN permissions apply (write-all on older repositories and organisations); set explicit, minimal permissions.`, { job, detail: "default" });
      } else if (perms.writeAll) {
        emit(excessivePermissions, "workflow_permissions_write_all", `${where} gets write-all GITHUB_TOKEN permissions${from}.`, { job, detail: "write-all" });
      } else {
        for (const scope of perms.writes) {
          const lower = scope.toLowerCase();
          const note = lower === "id-token" ? " (OIDC: the job can mint tokens that cloud providers and registries exchange for credentials)" : PERMISSION_SCOPES.includes(lower) ? "" : " (unknown scope)";
          emit(excessivePermissions, "workflow_permission_write", `${where} gets ${quoteValue(scope)}${note}: write on the GITHUB_TOKEN${from}.`, {
            job,
            detail: `write|${lower}`,
            coveredBy: [looseKey(excessivePermissions, job.id, "write-all")]
          });
        }
      }
    }
  }
};

// src/core/rules/workflows/pinning/forbidden-uses.ts
var forbiddenUses = defineRule({
  id: "workflows/forbidden-uses",
  codes: ["workflow_uses_not_allowed"],
  summary: "With the policy's workflows.allowed_uses set, a uses: names an action, reusable workflow or container image the list does not allow; its code would run with the job's token and secrets without anyone having chosen to trust its owner.",
  fix: "Use an allowed action (or a run: step), or add its owner or repository to workflows.allowed_uses in the policy on the base branch."
});
var OWNER = "[a-z0-9](?:[a-z0-9-]{0,38})";
var REPO = "[a-z0-9_.-]{1,100}";
var ACTION_ENTRY = new RegExp(`^${OWNER}/(?:\\*|${REPO})$`);
var IMAGE_ENTRY = /^docker:\/\/[a-z0-9][a-z0-9._/-]{0,250}(?:\/\*)?$/;
function allowedUsesProblem(entry) {
  if (entry !== entry.trim()) return "has leading or trailing spaces";
  const e = entry.toLowerCase();
  if (e.startsWith("docker://")) return IMAGE_ENTRY.test(e) && !e.includes("//", "docker://".length) ? null : "is not docker://image or docker://prefix/*";
  if (e.includes("@")) return "names a ref; list owners or repositories (pinning is workflows/unpinned-uses' concern)";
  return ACTION_ENTRY.test(e) ? null : "is not owner/*, owner/repo or docker://image";
}
function imageName(uses) {
  let ref = uses.trim().toLowerCase();
  const at = ref.indexOf("@");
  if (at >= 0) ref = ref.slice(0, at);
  const colon = ref.lastIndexOf(":");
  if (colon > ref.lastIndexOf("/") && colon > "docker:".length) ref = ref.slice(0, colon);
  return ref;
}
function allowingEntry(uses, allowed) {
  const u = uses.trim().toLowerCase();
  if (u.startsWith("docker://")) {
    const image = imageName(u);
    return allowed.find((a) => {
      const e = a.trim().toLowerCase();
      return e.endsWith("/*") ? image.startsWith(e.slice(0, -1)) : image === e;
    });
  }
  const at = u.lastIndexOf("@");
  const path = (at < 0 ? u : u.slice(0, at)).split("/");
  const [owner, repo] = path;
  if (owner === void 0 || repo === void 0 || owner === "" || repo === "") return void 0;
  return allowed.find((a) => {
    const e = a.trim().toLowerCase();
    if (e.startsWith("docker://")) return false;
    const [eo, er] = e.split("/");
    return eo === owner && (er === "*" || er === repo);
  });
}
var forbiddenUsesCheck = {
  rule: forbiddenUses,
  facts({ m, emit, policy }) {
    const allowed = policy.allowedUses;
    if (allowed === void 0 || m.kind === "dependabot") return;
    for (const { job, step, uses } of usesSites(m)) {
      const u = uses.trim();
      if (u.startsWith("./") || u.startsWith("$/")) continue;
      if (allowingEntry(u, allowed) !== void 0) continue;
      const where = step === void 0 ? `${jobLabel(m, job)} calls` : `${stepWhere(m, job, step)} uses`;
      const list = allowed.length === 0 ? "which allows nothing but local actions" : `which allows ${allowed.slice(0, 8).map((a) => quoteValue(a)).join(", ")}${allowed.length > 8 ? ` and ${allowed.length - 8} more` : ""}`;
      const detail = u.toLowerCase().startsWith("docker://") ? imageName(u) : actionName(u);
      emit(forbiddenUses, "workflow_uses_not_allowed", `${where} ${quoteValue(u)}, which the policy's workflows.allowed_uses does not allow (${list}); its code would run with this job's token and secrets from an owner nobody chose to trust.`, step === void 0 ? { job, detail, severity: "deny" } : { job, step, detail, severity: "deny" });
    }
  }
};

// src/core/rules/workflows/pinning/obfuscation.ts
var obfuscation = defineRule({
  id: "workflows/obfuscation",
  codes: ["workflow_obfuscated_uses", "workflow_obfuscated_expression"],
  summary: 'A remote uses: path with empty, "." or ".." segments, or an expression that computes a constant (format() or fromJSON() of literals, fromJSON(toJSON(x))), hides what runs from a reader and from the other rules.',
  fix: "Write the action path and the value out plainly (owner/repo/path@sha, github.event.x, the literal itself)."
});
function obfuscatedUses(uses) {
  const u = uses.trim();
  if (u.toLowerCase().startsWith("docker://") || u.startsWith("./") || u.startsWith("$/")) return null;
  const path = u.lastIndexOf("@") < 0 ? u : u.slice(0, u.lastIndexOf("@"));
  if (u.includes("${{")) return "it is computed by an expression";
  const segs = path.split("/");
  if (segs.some((s) => s === "" || s === "." || s === "..")) return 'its path has empty, "." or ".." segments';
  return null;
}
var obfuscationCheck = {
  rule: obfuscation,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    const seen = (job, step, where, value) => {
      const reported = /* @__PURE__ */ new Set();
      for (const text of deepStrings(value)) {
        for (const body of rawExpressions(text)) {
          const why = obfuscatedExpression(body);
          const norm = body.trim();
          if (why === null || reported.has(norm)) continue;
          reported.add(norm);
          emit(obfuscation, "workflow_obfuscated_expression", `${where} has the expression ${quoteValue(`\${{ ${norm} }}`)}: ${why}; write it plainly so a reviewer (and this review) can see what it means.`, { job, step, detail: norm });
        }
      }
    };
    for (const job of m.jobs) {
      const called = jobUses(m, job);
      if (called !== void 0) {
        const why = obfuscatedUses(called);
        if (why) emit(obfuscation, "workflow_obfuscated_uses", `${jobLabel(m, job)} calls ${quoteValue(called)}: ${why}, which hides what runs.`, { job, detail: called.trim() });
      }
      const { steps: _steps, ...jobRest } = job.value;
      seen(job, void 0, jobLabel(m, job), jobRest);
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        const uses = str(own(step.value, "uses"));
        const why = uses === void 0 ? null : obfuscatedUses(uses);
        if (uses !== void 0 && why) emit(obfuscation, "workflow_obfuscated_uses", `${where} uses ${quoteValue(uses)}: ${why}, which hides what runs.`, { job, step, detail: uses.trim() });
        seen(job, step, where, step.value);
      }
    }
  }
};

// src/core/rules/workflows/pinning/repinned-uses.ts
var repinnedUses = defineRule({
  id: "workflows/repinned-uses",
  codes: ["workflow_uses_repinned"],
  summary: "A pinned action moves to another commit; offline the review cannot tell whether the commit is on the action's own repository (impostor commits from forks resolve too) or what changed.",
  fix: "Check the new commit is a release tag of the action's own repository and review the diff between the two commits."
});
function pinsOf(uses) {
  const out = /* @__PURE__ */ new Map();
  for (const u of uses) {
    if (usesPinning(u) !== "pinned" || u.trim().toLowerCase().startsWith("docker://")) continue;
    const set = out.get(actionName(u)) ?? /* @__PURE__ */ new Set();
    set.add(actionRef(u).toLowerCase());
    out.set(actionName(u), set);
  }
  return out;
}
var repinnedUsesCheck = {
  rule: repinnedUses,
  change(base, head, emit) {
    if (!base) return;
    const basePins = pinsOf(allUses(base));
    const reported = /* @__PURE__ */ new Set();
    for (const u of allUses(head)) {
      if (usesPinning(u) !== "pinned" || u.trim().toLowerCase().startsWith("docker://")) continue;
      const name = actionName(u);
      const ref = actionRef(u).toLowerCase();
      const before = basePins.get(name);
      if (!before || before.has(ref) || reported.has(`${name}@${ref}`)) continue;
      reported.add(`${name}@${ref}`);
      emit(repinnedUses, "workflow_uses_repinned", `${fileLabel(head)} moves ${quoteValue(name)} from commit ${quoteValue([...before].join(", "))} to ${quoteValue(ref)}; check the new commit is on the action's own repository (impostor commits from forks resolve too) and review its diff.`, { detail: `${name}@${ref}` });
    }
  }
};

// src/core/rules/workflows/pinning/superfluous-actions.ts
var superfluousActions = defineRule({
  id: "workflows/superfluous-actions",
  codes: ["workflow_superfluous_action"],
  summary: "A third-party action does what a tool already on GitHub's runners does (gh, git, jq, docker, rustup), adding its code and dependencies to what runs with the job's token.",
  fix: "Use the preinstalled tool in a run: step (gh release create, gh pr create, git commit and push, jq, docker run, rustup)."
});
var REPLACEMENTS = {
  "ncipollo/release-action": "gh release create",
  "softprops/action-gh-release": "gh release create",
  "elgohr/github-release-action": "gh release create",
  "svenstaro/upload-release-action": "gh release upload",
  "actions/create-release": "gh release create",
  "actions/upload-release-asset": "gh release upload",
  "peter-evans/create-pull-request": "gh pr create",
  "peter-evans/create-or-update-comment": "gh pr comment / gh issue comment",
  "dacbd/create-issue-action": "gh issue create",
  "actions-ecosystem/action-add-labels": "gh issue edit --add-label",
  "actions-ecosystem/action-remove-labels": "gh issue edit --remove-label",
  "addnab/docker-run-action": "docker run",
  "sergeysova/jq-action": "jq",
  "dtolnay/rust-toolchain": "rustup",
  "actions-rs/toolchain": "rustup",
  "stefanzweifel/git-auto-commit-action": "git commit and git push",
  "endbug/add-and-commit": "git commit and git push"
};
var superfluousActionsCheck = {
  rule: superfluousActions,
  facts({ m, emit }) {
    for (const { job, step, name } of usesSteps(m)) {
      const instead = Object.hasOwn(REPLACEMENTS, name) ? REPLACEMENTS[name] : void 0;
      if (instead === void 0) continue;
      emit(superfluousActions, "workflow_superfluous_action", `${stepWhere(m, job, step)} uses ${quoteValue(name)}, which does what ${quoteValue(instead)} on the runner already does; its code and dependencies run with the job's token for no gain.`, { job, step, detail: name });
    }
  }
};

// src/core/rules/workflows/pinning/unpinned-images.ts
var unpinnedImages = defineRule({
  id: "workflows/unpinned-images",
  codes: ["workflow_unpinned_image"],
  summary: "A job container, service container or docker:// action image is not pinned by digest, so the registry tag decides what runs.",
  fix: "Pin the image by digest (image@sha256:<64 hex>)."
});
var unpinnedImagesCheck = {
  rule: unpinnedImages,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      const where = jobLabel(m, job);
      const j = job.value;
      if (m.kind === "action") {
        const image = str(own(j, "image"));
        if (image !== void 0 && image.trim().toLowerCase().startsWith("docker://") && !imagePinned(image)) {
          emit(unpinnedImages, "workflow_unpinned_image", `${where} runs container image ${quoteValue(image)}, which is not pinned by digest (@sha256:...).`, { job, detail: image.trim() });
        }
        continue;
      }
      if (m.kind !== "workflow") continue;
      const images = [];
      const container = own(j, "container");
      if (typeof container === "string") images.push(container);
      else if (isObj(container) && typeof container.image === "string") images.push(container.image);
      const services = own(j, "services");
      if (isObj(services))
        for (const k of Object.keys(services)) {
          const s = services[k];
          if (isObj(s) && typeof s.image === "string") images.push(s.image);
        }
      for (const image of images) {
        if (!imagePinned(image)) emit(unpinnedImages, "workflow_unpinned_image", `${where} uses container image ${quoteValue(image)}, which is not pinned by digest (@sha256:...).`, { job, detail: image.trim() });
      }
    }
  }
};

// src/core/rules/workflows/pinning/unpinned-tools.ts
var unpinnedTools = defineRule({
  id: "workflows/unpinned-tools",
  codes: ["workflow_tool_latest"],
  summary: 'A tool is fetched at "latest" when the job runs: a version input set to latest (or left to an action whose default is latest), go install / npx / npm of @latest, or a releases/latest download, so a pinned action still runs whatever was published last.',
  fix: "Set the tool's version input (or @version in the command) to an exact release, and verify a checksum where the action does not."
});
var DEFAULTS_TO_LATEST = {
  "aquasecurity/setup-trivy": "version",
  "aquasecurity/trivy-action": "version",
  "1password/load-secrets-action": "version",
  "hashicorp/setup-terraform": "terraform_version",
  "azure/setup-helm": "version",
  "azure/setup-kubectl": "version"
};
var LATEST_VALUES = /* @__PURE__ */ new Set(["latest", "*"]);
var INSTALLS = /\b(?:install|add|npx|bunx|dlx|uvx|exec|run)\b/i;
var AT_LATEST = /[^\s'"`;&|()]+@latest\b/gi;
var LATEST_RELEASE = /https?:\/\/[^\s'"`;&|()]*\/releases\/latest\/download\/[^\s'"`;&|()]*/gi;
function latestInScript(text) {
  const out = [];
  for (const line of text.split("\n")) {
    if (INSTALLS.test(line)) for (const hit of line.matchAll(AT_LATEST)) out.push(hit[0]);
    for (const hit of line.matchAll(LATEST_RELEASE)) out.push(hit[0]);
  }
  return out;
}
var unpinnedToolsCheck = {
  rule: unpinnedTools,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        const uses = str(own(step.value, "uses"));
        if (uses !== void 0) {
          const name = actionName(uses);
          const args = withArgs(step.value);
          const defaultInput = Object.hasOwn(DEFAULTS_TO_LATEST, name) ? DEFAULTS_TO_LATEST[name] : void 0;
          if (defaultInput !== void 0 && inputText(args, defaultInput) === void 0) {
            emit(unpinnedTools, "workflow_tool_latest", `${where} uses ${quoteValue(name)} without a ${defaultInput} input, so it downloads the newest release of its tool on every run; set ${defaultInput} to an exact version.`, { job, step, detail: `${name}|${defaultInput}` });
          }
          for (const key of Object.keys(args)) {
            const lower = key.toLowerCase();
            if (!(lower === "version" || lower.endsWith("-version") || lower.endsWith("_version"))) continue;
            const value = scalarText(args[key])?.trim().toLowerCase();
            if (value === void 0 || !LATEST_VALUES.has(value)) continue;
            emit(unpinnedTools, "workflow_tool_latest", `${where} sets ${quoteValue(key)}: ${quoteValue(value)} on ${quoteValue(name)}, so the tool it installs is whatever was published last, even though the action itself may be pinned; set an exact version.`, { job, step, detail: `${name}|${lower}` });
          }
        }
        for (const { field, text } of stepScripts(step.value)) {
          for (const hit of new Set(latestInScript(text))) {
            emit(unpinnedTools, "workflow_tool_latest", `${where} fetches ${quoteValue(firstLine(hit))} in its ${field}: script, so it runs whatever was published last; name an exact version.`, { job, step, detail: hit.toLowerCase() });
          }
        }
      }
    }
  }
};

// src/core/rules/workflows/pinning/unpinned-uses.ts
var unpinnedUses = defineRule({
  id: "workflows/unpinned-uses",
  codes: ["workflow_unpinned_uses", "workflow_uses_unpinned_from_sha"],
  summary: "An action or reusable workflow is used by a tag or branch, not a full 40-character commit SHA, so whoever can move the ref (its owner, or a thief of their token) chooses the code.",
  fix: "Pin uses: to the full commit SHA of the release (owner/repo@<40 hex> # vX.Y.Z)."
});
var unpinnedUsesCheck = {
  rule: unpinnedUses,
  facts({ m, other, emit }) {
    const otherPinned = /* @__PURE__ */ new Map();
    if (other) {
      for (const u of allUses(other)) if (usesPinning(u) === "pinned") otherPinned.set(actionName(u), actionRef(u));
    }
    const report = (uses, what, at) => {
      if (usesPinning(uses) !== "unpinned") return;
      const previous = otherPinned.get(actionName(uses));
      const detail = uses.trim();
      if (previous !== void 0) {
        emit(unpinnedUses, "workflow_uses_unpinned_from_sha", `${what}: it was pinned to commit ${quoteValue(previous)} and now follows the mutable ref ${quoteValue(actionRef(uses))}, which its owner (or whoever steals their token) can move to other code, and every run then executes what it points to; pin a full 40-character commit SHA.`, { ...at, detail });
      } else {
        emit(unpinnedUses, "workflow_unpinned_uses", `${what}, which is not pinned to a full 40-character commit SHA; a tag or branch can be moved to other code by its owner or whoever steals their token, and every run then executes it with this job's token and secrets.`, { ...at, detail });
      }
    };
    for (const { job, step, uses } of usesSites(m)) {
      if (step === void 0) report(uses, `${jobLabel(m, job)} calls ${quoteValue(uses)}`, { job });
      else report(uses, `${stepWhere(m, job, step)} uses ${quoteValue(uses)}`, { job, step });
    }
  }
};

// src/core/rules/workflows/scripts/adhoc-packages.ts
var adhocPackages = defineRule({
  id: "workflows/adhoc-packages",
  codes: ["workflow_adhoc_install"],
  summary: "A run: script installs named packages outside a locked manifest (npm install x, yarn/pnpm add, gem install, bundle add, pip install x, pipx install, cargo install x), so the newest version of them and their dependencies runs with the job's token.",
  fix: "Add the package to a manifest with a committed lockfile and install with the lockfile command (npm ci, bundle install, pip install -r with hashes, cargo install --locked --version)."
});
var SUBCOMMANDS = {
  npm: /* @__PURE__ */ new Set(["install", "i", "add"]),
  yarn: /* @__PURE__ */ new Set(["add"]),
  pnpm: /* @__PURE__ */ new Set(["add"]),
  bun: /* @__PURE__ */ new Set(["add"]),
  gem: /* @__PURE__ */ new Set(["install"]),
  bundle: /* @__PURE__ */ new Set(["add"]),
  pip: /* @__PURE__ */ new Set(["install"]),
  pipx: /* @__PURE__ */ new Set(["install"]),
  uv: /* @__PURE__ */ new Set(["add", "install"]),
  cargo: /* @__PURE__ */ new Set(["install"])
};
var VALUE_OPTIONS = /* @__PURE__ */ new Set(["-r", "-c", "-e", "--requirement", "--constraint", "--editable", "-t", "--target", "-i", "--index-url", "--extra-index-url", "--prefix", "--registry", "--path", "--root", "--version", "-v", "--tag", "--git", "--branch", "--rev", "--loglevel", "--group", "--extra", "--cache", "--userconfig", "--workspace", "-w", "--filter"]);
function adhocInstalls(text) {
  const out = [];
  for (const line of text.split("\n")) {
    for (const segment of line.split(/&&|\|\||[;|]/)) {
      const words = segment.trim().split(/\s+/).filter((w) => w !== "" && w !== "sudo" && !/^[A-Z_]+=/.test(w));
      let tool = words[0]?.replace(/^.*\//, "") ?? "";
      let i = 1;
      if (tool === "python" || tool === "python3") {
        if (words[1] !== "-m") continue;
        tool = words[2] ?? "";
        i = 3;
      }
      const base = tool.replace(/[23]$/, "");
      while (words[i] === "global" || words[i] === "pip") i++;
      if (!Object.hasOwn(SUBCOMMANDS, base) || !SUBCOMMANDS[base].has(words[i] ?? "")) continue;
      const pinnedVersion = base === "cargo" && words.includes("--locked") && words.includes("--version");
      if (pinnedVersion) continue;
      const pkgs = [];
      for (let j = i + 1; j < words.length; j++) {
        const w = words[j];
        if (VALUE_OPTIONS.has(w)) {
          j++;
          continue;
        }
        if (w.startsWith("-") || w.startsWith(">") || w.startsWith("2>")) continue;
        if (w === "." || /^(?:\.{1,2}\/|\/|~|\$\{?GITHUB_WORKSPACE)/.test(w) || /\.(?:whl|tar\.gz|tgz|gem|zip)$/.test(w)) continue;
        pkgs.push(w.replace(/^['"]|['"]$/g, ""));
      }
      if (pkgs.length > 0) out.push(`${words.slice(0, i + 1).join(" ")} ${pkgs.join(" ")}`);
    }
  }
  return out;
}
var adhocPackagesCheck = {
  rule: adhocPackages,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        for (const { field, text } of stepScripts(step.value)) {
          if (field !== "run") continue;
          for (const cmd of new Set(adhocInstalls(text))) {
            emit(adhocPackages, "workflow_adhoc_install", `${stepWhere(m, job, step)} runs ${quoteValue(cmd)} in its run: script, installing packages outside a locked manifest; what runs is whatever those packages and their dependencies publish next.`, { job, step, detail: cmd });
          }
        }
      }
    }
  }
};

// src/core/rules/workflows/scripts/commit-status.ts
var commitStatus = defineRule({
  id: "workflows/commit-status",
  codes: ["workflow_sets_commit_status"],
  summary: "A script creates or updates commit statuses or check runs; any writer can then post a passing status for a required check.",
  fix: "Let the check's own workflow report its result; require checks by their GitHub App source in branch protection or rulesets."
});
var STATUS_WRITE = /\/statuses\/|\/check-runs\b|createCommitStatus|checks\.(create|update)\b|\bgh\s+api\b[^\n]*\b(statuses|check-runs)\b/i;
var commitStatusCheck = {
  rule: commitStatus,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        for (const { field, text } of stepScripts(step.value)) {
          if (STATUS_WRITE.test(text)) emit(commitStatus, "workflow_sets_commit_status", `${stepWhere(m, job, step)} creates or updates commit statuses or check runs in its ${field}: script; any writer can post a passing status for a required check.`, { job, step });
        }
      }
    }
  }
};

// src/core/rules/workflows/scripts/remote-script.ts
var remoteScript = defineRule({
  id: "workflows/remote-script",
  codes: ["workflow_remote_script"],
  summary: "A script pipes a download into a shell (curl ... | sh, bash <(curl ...)): unpinned remote code runs with the job's token and secrets.",
  fix: "Download a pinned release, check its checksum, then run it; or use a pinned action."
});
var REMOTE_SCRIPT = /\b(curl|wget)\b[^\n|]*\|\s*(sudo\s+)?(-E\s+)?(ba|z|da)?sh\b|\b(bash|sh)\s+<\(\s*(curl|wget)\b/i;
var remoteScriptCheck = {
  rule: remoteScript,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        for (const { field, text } of stepScripts(step.value)) {
          if (REMOTE_SCRIPT.test(text)) emit(remoteScript, "workflow_remote_script", `${stepWhere(m, job, step)} pipes a downloaded script into a shell in its ${field}: script (unpinned remote code).`, { job, step });
        }
      }
    }
  }
};

// src/core/rules/workflows/scripts/insecure-url.ts
var insecureUrl = defineRule({
  id: "workflows/insecure-url",
  codes: ["workflow_insecure_download", "workflow_insecure_url"],
  summary: "Code or packages come over a plaintext scheme (http://, git://) from a named remote host: a download that is run or installed, or a registry, index or repository URL given to an action or package manager, so anyone on the network path can replace it.",
  fix: "Use https:// (or ssh:// for git) and check a pinned checksum for downloads."
});
var HTTP_DOWNLOAD = /\b(?:curl|wget)\b[^\n]*?\b(http:\/\/(?!(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(?:[:/\s'"]|$))[\w-]+(?:\.[\w-]+)+[^\s'"|;&)]*)/gi;
var RUNS_DOWNLOAD = /\bchmod\s+(?:[ugoa]*\+[rw]*x|[0-7]*[1357][0-7]{0,2}\b)|\b(?:dpkg|rpm)\s+(?:-\w*\s+)*-\w*i|\bsudo\s+install\b/i;
var REMOTE_HOST = String.raw`(?!(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(?:[:/\s'"]|$))[\w-]+(?:\.[\w-]+)+[^\s'"|;&)]*`;
var PACKAGE_SOURCE = new RegExp(String.raw`(?:--(?:index-url|extra-index-url|registry|find-links|source|trusted-host)[=\s]+|\b-i\s+|\bgit\s+clone\s+(?:\S+\s+)*?|\bgo\s+get\s+)((?:http|git):\/\/${REMOTE_HOST})`, "gi");
var SOURCE_INPUT = /(?:^|[-_])(?:url|registry|index|repository|repo|mirror|source|server)(?:$|[-_])/i;
var INSECURE_SCHEME = new RegExp(String.raw`^\s*((?:http|git):\/\/${REMOTE_HOST})`, "i");
var insecureUrlCheck = {
  rule: insecureUrl,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        for (const { field, text } of stepScripts(step.value)) {
          for (const line of text.split("\n")) {
            for (const dl of line.matchAll(HTTP_DOWNLOAD)) {
              if (!REMOTE_SCRIPT.test(line) && !RUNS_DOWNLOAD.test(text)) continue;
              const url = dl[1];
              emit(insecureUrl, "workflow_insecure_download", `${where} downloads ${quoteValue(url)} over plain http:// and runs or installs it in its ${field}: script; anyone on the network path can replace it with their own code. Use https:// and check a pinned checksum.`, { job, step, detail: url });
            }
            for (const src of line.matchAll(PACKAGE_SOURCE)) {
              emit(insecureUrl, "workflow_insecure_url", `${where} fetches code or packages from ${quoteValue(src[1])} in its ${field}: script, over a plaintext scheme; use https:// (or ssh:// for git).`, { job, step, detail: src[1] });
            }
          }
        }
        const uses = str(own(step.value, "uses"));
        if (uses === void 0) continue;
        const args = withArgs(step.value);
        for (const key of Object.keys(args)) {
          if (!SOURCE_INPUT.test(key)) continue;
          for (const value of deepStrings(args[key])) {
            const hit = INSECURE_SCHEME.exec(value);
            if (hit) emit(insecureUrl, "workflow_insecure_url", `${where} gives ${quoteValue(actionName(uses))} the ${quoteValue(key)} ${quoteValue(hit[1])}, a plaintext scheme; use https:// (or ssh:// for git).`, { job, step, detail: hit[1] });
          }
        }
      }
    }
  }
};

// src/core/rules/workflows/triggers/dangerous-triggers.ts
var dangerousTriggers = defineRule({
  id: "workflows/dangerous-triggers",
  codes: ["workflow_dangerous_trigger", "workflow_trigger_changed"],
  summary: "A trigger that runs with secrets and a write token on events outsiders cause (pull_request_target, workflow_run, issue_comment, issues, ...) is added, or its filters change.",
  fix: "Use pull_request, or keep the privileged job from reading event text or running the pull request's code."
});
var dangerousTriggersCheck = {
  rule: dangerousTriggers,
  facts({ m, emit }) {
    if (m.kind !== "workflow") return;
    for (const [trigger] of m.triggers) {
      const why = DANGEROUS_TRIGGERS[trigger];
      if (why) emit(dangerousTriggers, "workflow_dangerous_trigger", `${fileLabel(m)} adds the ${trigger} trigger, which ${why}.`, { detail: trigger });
    }
  },
  change(base, head, emit) {
    if (head.kind !== "workflow" || !base) return;
    for (const [trigger, config] of head.triggers) {
      if (!DANGEROUS_TRIGGERS[trigger] || !base.triggers.has(trigger)) continue;
      const before = base.triggers.get(trigger);
      if (stableJson(before ?? null) !== stableJson(config ?? null)) {
        emit(dangerousTriggers, "workflow_trigger_changed", `${fileLabel(head)} changes the filters of its ${trigger} trigger from ${quoteValue(before ?? null)} to ${quoteValue(config ?? null)}; check that it does not now run on more events.`, { detail: trigger });
      }
    }
  }
};

// src/core/rules/workflows/secrets/overprovisioned-secrets.ts
var overprovisionedSecrets = defineRule({
  id: "workflows/overprovisioned-secrets",
  codes: ["workflow_all_secrets"],
  summary: "A job reads the whole secrets context (toJSON(secrets), or a computed secrets[...] index), so every secret of the repository and environment reaches it and whatever it runs. Denied by default.",
  fix: "Name each secret the job needs: ${{ secrets.NAME }}."
});
var overprovisionedSecretsCheck = {
  rule: overprovisionedSecrets,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    const rootEnv = m.kind === "workflow" ? deepStrings(own(m.root, "env")) : [];
    for (const job of m.jobs) {
      if ([...rootEnv, ...deepStrings(job.value)].some((t) => secretReferences(t).includes("secrets"))) {
        emit(overprovisionedSecrets, "workflow_all_secrets", `${jobLabel(m, job)} reads the whole secrets context (toJSON(secrets) or a computed secrets[...] index), so every secret of the repository and environment reaches the job and whatever it runs; name only the secrets it needs.`, { job, severity: "deny" });
      }
    }
  }
};

// src/core/rules/workflows/secrets/secrets-exposed.ts
var secretsExposed = defineRule({
  id: "workflows/secrets-exposed",
  codes: ["workflow_secret_to_log", "workflow_secret_to_artifact"],
  summary: "A script prints a secret in a form the log mask does not match (encoded with base64, rev, xxd, ..., or cut into parts), or a secret reaches an uploaded artifact (a file it was written to, or the checkout's persisted token in .git). Denied by default.",
  fix: "Never print or write secrets; pipe them to the command that needs them (--password-stdin), and upload only build outputs with persist-credentials: false on the checkout."
});
var PRINT = /^\s*(?:echo|printf|Write-Host|Write-Output|console\.log|print|puts|cat\s+<<<)\b/i;
var ENCODE = /\|\s*(?:base64|base32|rev|xxd|od|hexdump|sed|tr|fold|cut|openssl\s+enc|gzip)\b/;
var PARTIAL = /\$\{[A-Za-z_]\w*:-?\d/;
var FILE_WRITE = /(?:>>?|\btee\s+(?:-a\s+)?)\s*("?)([^\s"|;&]+)\1/;
var RUNNER_FILES = /GITHUB_(?:ENV|OUTPUT|STEP_SUMMARY|PATH|STATE)|\/dev\/null|\/dev\/stderr|&\d/;
function secretEnvNames(m, job, step) {
  const out = /* @__PURE__ */ new Set();
  for (const env of [own(step, "env"), own(job.value, "env"), m.kind === "workflow" ? own(m.root, "env") : void 0]) {
    if (!isObj(env)) continue;
    for (const k of Object.keys(env)) {
      const v = scalarText(env[k]);
      if (v !== void 0 && secretReferences(v).some((r) => r !== "github.token")) out.add(k.toLowerCase());
    }
  }
  return out;
}
function secretIn(line, envNames) {
  const direct = secretReferences(line).find((r) => r !== "github.token");
  if (direct !== void 0) return `\${{ ${direct} }}`;
  for (const v of line.matchAll(/\$\{?(?:env:)?([A-Za-z_]\w*)/g)) if (envNames.has(v[1].toLowerCase())) return `$${v[1]}`;
  return null;
}
function uploadPaths(step) {
  const path = scalarText(own(withArgs(step), "path")) ?? "";
  return path.split("\n").map((l) => l.trim().replace(/^\$\{\{\s*github\.workspace\s*\}\}\/?/, "").replace(/^(\.\/+)+/, "")).filter((l) => !l.startsWith("!"));
}
var ROOT = /* @__PURE__ */ new Set(["", ".", "*", "**", "**/*"]);
function uploadsGitDir(step) {
  const lines = uploadPaths(step);
  if (lines.some((l) => /(^|\/)\.git(\/|$)/.test(l))) return true;
  return lines.some((l) => ROOT.has(l)) && inputText(withArgs(step), "include-hidden-files") === "true";
}
function uploadsFile(step, file) {
  const rel = file.replace(/^\$\{?GITHUB_WORKSPACE\}?\//, "").replace(/^(\.\/+)+/, "");
  if (/^[/~$]/.test(rel) || rel.includes("..")) return false;
  const hidden = rel.split("/").some((seg) => seg.startsWith("."));
  if (hidden && inputText(withArgs(step), "include-hidden-files") !== "true") return false;
  return uploadPaths(step).some((p) => ROOT.has(p) || rel === p || rel.startsWith(`${p.replace(/\/+$/, "")}/`));
}
var secretsExposedCheck = {
  rule: secretsExposed,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    for (const job of m.jobs) {
      const written = [];
      let persistedCheckout = null;
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        const uses = str(own(step.value, "uses"));
        const name = uses === void 0 ? "" : actionName(uses);
        if (name === "actions/checkout" && scalarText(own(withArgs(step.value), "persist-credentials"))?.trim().toLowerCase() !== "false") persistedCheckout = where;
        if (name === "actions/upload-artifact") {
          if (persistedCheckout !== null && uploadsGitDir(step.value)) {
            emit(secretsExposed, "workflow_secret_to_artifact", `${where} uploads the checkout's .git directory, where ${persistedCheckout} persisted the GITHUB_TOKEN (no persist-credentials: false), so anyone who can download the artifact gets the token.`, { job, step, detail: "git-dir", severity: "deny" });
          }
          for (const w of written.filter((x) => uploadsFile(step.value, x.file))) {
            emit(secretsExposed, "workflow_secret_to_artifact", `${where} uploads an artifact after ${w.where} wrote ${quoteValue(w.secret)} to ${quoteValue(w.file)}; a secret in a file of the workspace can end up in the artifact, which anyone with read access can download.`, { job, step, detail: `file|${w.file}|${w.secret}`, severity: "deny" });
          }
        }
        const envNames = secretEnvNames(m, job, step.value);
        for (const { field, text } of stepScripts(step.value)) {
          if (field !== "run") continue;
          for (const line of text.split("\n")) {
            if (!PRINT.test(line) || line.includes("::add-mask::")) continue;
            const secret = secretIn(line, envNames);
            if (secret === null) continue;
            const file = FILE_WRITE.exec(line);
            if (file && !RUNNER_FILES.test(file[2])) {
              written.push({ file: file[2], where, secret });
              continue;
            }
            const encoded = ENCODE.test(line);
            const partial = PARTIAL.test(line);
            if (file || !encoded && !partial) continue;
            const how = encoded ? "encoded first, so the log mask no longer matches it" : "only part of it, which the log mask does not match";
            emit(secretsExposed, "workflow_secret_to_log", `${where} prints ${quoteValue(secret)} in its run: script (${quoteValue(firstLine(line, 80))}), ${how}; anyone who can read the run's log can read the secret.`, { job, step, detail: `${secret.toLowerCase()}`, severity: "deny" });
          }
        }
      }
    }
  }
};

// src/core/rules/workflows/secrets/secrets-inherit.ts
var secretsInherit = defineRule({
  id: "workflows/secrets-inherit",
  codes: ["workflow_secrets_inherit"],
  summary: "A reusable workflow call passes every secret of the caller (secrets: inherit).",
  fix: "Pass only the secrets the called workflow needs, by name, under secrets:."
});
var secretsInheritCheck = {
  rule: secretsInherit,
  facts({ m, emit }) {
    if (m.kind !== "workflow") return;
    for (const job of m.jobs) {
      const secrets = own(job.value, "secrets");
      if (typeof secrets === "string" && secrets.trim().toLowerCase() === "inherit") {
        emit(secretsInherit, "workflow_secrets_inherit", `${jobLabel(m, job)} passes every secret to the called workflow (secrets: inherit); pass only the secrets it needs.`, { job });
      }
    }
  }
};

// src/core/rules/workflows/secrets/secrets-outside-env.ts
var secretsOutsideEnv = defineRule({
  id: "workflows/secrets-outside-env",
  codes: ["workflow_secret_outside_environment"],
  summary: "A job reads a secret without an environment: where one is expected (the workflow puts other jobs in environments, or the job publishes), so no environment protection rule (required reviewers, branch filters) guards the secret.",
  fix: "Move the secret into an environment and give the job that environment:."
});
var secretsOutsideEnvCheck = {
  rule: secretsOutsideEnv,
  facts({ m, emit }) {
    if (m.kind !== "workflow") return;
    const environments = m.jobs.some((j) => environmentName(j.value) !== void 0);
    for (const job of m.jobs) {
      if (environmentName(job.value) !== void 0) continue;
      const why = environments ? "other jobs of this workflow use environments" : publishes(m, job);
      if (why === null) continue;
      const names = /* @__PURE__ */ new Set();
      for (const t of deepStrings(job.value)) for (const ref of secretReferences(t)) if (ref.startsWith("secrets.") && ref !== "secrets.github_token") names.add(ref);
      for (const name of names) {
        emit(secretsOutsideEnv, "workflow_secret_outside_environment", `${jobLabel(m, job)} reads ${quoteValue(`\${{ ${name} }}`)} without an environment: (${why}), so no environment protection rule guards it; put it in an environment the job names.`, { job, detail: name });
      }
    }
  }
};

// src/core/rules/workflows/secrets/unredacted-secrets.ts
var unredactedSecrets = defineRule({
  id: "workflows/unredacted-secrets",
  codes: ["workflow_secret_unredacted"],
  summary: "A secret is parsed as structured data (fromJSON(secrets.X).field); the runner masks only whole secret values, so the field is printed in clear.",
  fix: "Store each field as its own secret and read it as ${{ secrets.NAME }}."
});
var FROM_JSON_SECRET = /fromjson\(secrets\.([\w-]+)\)/g;
var unredactedSecretsCheck = {
  rule: unredactedSecrets,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      const names = /* @__PURE__ */ new Set();
      for (const t of deepStrings(job.value)) for (const body of expressionBodies(t)) for (const hit of body.matchAll(FROM_JSON_SECRET)) names.add(hit[1]);
      for (const name of names) {
        emit(unredactedSecrets, "workflow_secret_unredacted", `${jobLabel(m, job)} reads fromJSON(secrets.${name}); parts of a secret are not masked in logs, so the fields it reads can be printed in clear.`, { job, detail: name });
      }
    }
  }
};

// src/core/rules/workflows/checkout/untrusted-checkout-toctou.ts
var untrustedCheckoutToctou = defineRule({
  id: "workflows/untrusted-checkout-toctou",
  codes: ["workflow_checkout_mutable_ref"],
  summary: "A privileged job that waits for an approval (a label, an environment, an author or review check) checks out the pull request by a branch or pull ref, so the author can push other code between the approval and the checkout.",
  fix: "Check out the exact commit that was approved (ref: ${{ github.event.pull_request.head.sha }}), never a branch name or refs/pull/N/head|merge."
});
var GATE_CONDITION = /labels?\b|label\.name|author_association|review\.state|\.permission\b/i;
function approvalGate(m, job) {
  const env = environmentName(job.value);
  if (env !== void 0) return `its environment ${quoteValue(env)} (approved before the job starts)`;
  const cond = scalarText(own(job.value, "if"));
  if (cond !== void 0 && GATE_CONDITION.test(cond)) return `its condition ${quoteValue(cond.trim())}`;
  const prt = m.triggers.get("pull_request_target");
  if (isObj(prt) && deepStrings(own(prt, "types")).some((t) => t.trim().toLowerCase() === "labeled")) return "the pull_request_target labeled event (a maintainer adds the label)";
  return null;
}
function mutableRef(ref) {
  if (ref === void 0) return true;
  return !/sha\b|\bsha\s*\}\}|^[0-9a-f]{40}$/i.test(ref.trim());
}
var untrustedCheckoutToctouCheck = {
  rule: untrustedCheckoutToctou,
  facts({ m, emit }) {
    if (m.privileged.length === 0) return;
    for (const job of m.jobs) {
      const gate = approvalGate(m, job);
      for (const step of job.steps) {
        const stepCond = scalarText(own(step.value, "if"));
        const stepGate = gate ?? (stepCond !== void 0 && GATE_CONDITION.test(stepCond) ? `its condition ${quoteValue(stepCond.trim())}` : null);
        if (stepGate === null) continue;
        const hc = headCheckout(step);
        if (hc === null) continue;
        const ref = hc.action ? hc.ref : void 0;
        if (hc.action && !mutableRef(ref)) continue;
        const what = hc.action ? `checks out ${ref === void 0 ? "the head repository's default branch" : quoteValue(ref)}` : "fetches the pull request by its branch or pull ref in a script";
        emit(untrustedCheckoutToctou, "workflow_checkout_mutable_ref", `${stepWhere(m, job, step)} ${what} after the approval given by ${stepGate}; the author can push between the approval and the checkout, so the code that runs with this ${m.privileged.join(", ")} job's secrets is not the code that was approved.`, { job, step, detail: ref ?? step.label });
      }
    }
  }
};

// src/core/rules/workflows/secrets/use-trusted-publishing.ts
var useTrustedPublishing = defineRule({
  id: "workflows/use-trusted-publishing",
  codes: ["workflow_publish_token", "workflow_publish_no_provenance"],
  summary: "A step publishes a package with a long-lived registry token from secrets (PyPI, npm, RubyGems, crates.io accept the workflow's OIDC identity instead), or runs npm publish with a token and without --provenance.",
  fix: "Configure trusted publishing on the registry, give the job id-token: write and drop the token (npm then adds provenance itself); otherwise add --provenance."
});
var COMMANDS = [
  { re: /\b(?:npm|yarn|pnpm)\s+publish\b/, registry: "npm", vars: ["node_auth_token", "npm_token", "npm_auth_token"] },
  { re: /\btwine\s+upload\b|\b(?:uv|poetry)\s+publish\b/, registry: "PyPI", vars: ["twine_password", "uv_publish_token", "poetry_pypi_token_pypi", "pypi_token"] },
  { re: /\bgem\s+push\b/, registry: "RubyGems", vars: ["gem_host_api_key"] },
  { re: /\bcargo\s+publish\b/, registry: "crates.io", vars: ["cargo_registry_token"] }
];
var ACTIONS = {
  "pypa/gh-action-pypi-publish": { registry: "PyPI", inputs: ["password"] },
  "js-devtools/npm-publish": { registry: "npm", inputs: ["token"] },
  "katyo/publish-crates": { registry: "crates.io", inputs: ["registry-token"] }
};
function tokenSecrets(m, job, step, vars, script) {
  const out = [];
  for (const env of [own(step, "env"), own(job.value, "env"), m.kind === "workflow" ? own(m.root, "env") : void 0]) {
    if (!isObj(env)) continue;
    for (const k of Object.keys(env)) if (vars.includes(k.toLowerCase())) out.push(...deepStrings(env[k]).flatMap(secretReferences));
  }
  for (const hit of script.matchAll(/(?:--token|--password|-p|-u\s+__token__\s+-p)\s*[= ]\s*["']?(\$\{\{[^}]*\}\})/g)) out.push(...secretReferences(hit[1]));
  return out.filter((s) => s !== "github.token");
}
var useTrustedPublishingCheck = {
  rule: useTrustedPublishing,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        const uses = str(own(step.value, "uses"));
        const action = uses === void 0 ? void 0 : Object.hasOwn(ACTIONS, actionName(uses)) ? ACTIONS[actionName(uses)] : void 0;
        if (action !== void 0) {
          for (const input of action.inputs) {
            const found = inputValue(withArgs(step.value), input);
            const secrets = found === void 0 ? [] : deepStrings(found.value).flatMap(secretReferences);
            for (const s of new Set(secrets)) {
              emit(useTrustedPublishing, "workflow_publish_token", `${where} publishes to ${action.registry} with the long-lived token ${quoteValue(`\${{ ${s} }}`)} (input ${quoteValue(found.name)}); ${action.registry} accepts this workflow's OIDC identity instead, a credential that cannot be reused outside the run.`, { job, step, detail: `${action.registry}|${s}` });
            }
          }
        }
        const run = scalarText(own(step.value, "run"));
        if (run === void 0) continue;
        for (const c of COMMANDS) {
          const hit = c.re.exec(run);
          if (!hit) continue;
          const secrets = [...new Set(tokenSecrets(m, job, step.value, c.vars, run))];
          for (const s of secrets) {
            emit(useTrustedPublishing, "workflow_publish_token", `${where} runs ${quoteValue(hit[0])} with the long-lived token ${quoteValue(`\${{ ${s} }}`)}; ${c.registry} accepts this workflow's OIDC identity instead (trusted publishing), a credential that cannot be reused outside the run.`, { job, step, detail: `${c.registry}|${s}` });
          }
          const envText = JSON.stringify([own(step.value, "env") ?? null, own(job.value, "env") ?? null]);
          const provenance = /--provenance\b/.test(run) || /npm_config_provenance"\s*:\s*"?true/i.test(envText);
          if (c.registry === "npm" && /\bnpm\s+publish\b/.test(run) && secrets.length > 0 && !provenance) {
            emit(useTrustedPublishing, "workflow_publish_no_provenance", `${where} runs "npm publish" with a token and without --provenance, so the published package carries no signed link to this commit and workflow run.`, { job, step, detail: "npm" });
          }
        }
      }
    }
  }
};

// src/core/rules/workflows/permissions/github-app.ts
var githubApp = defineRule({
  id: "workflows/github-app",
  codes: ["workflow_app_token_unrevoked", "workflow_app_token_all_repositories", "workflow_app_token_all_permissions"],
  summary: "A GitHub App installation token is minted without revocation at the end of the job, for every repository of the owner, or with every permission of the installation.",
  fix: "Name the repositories (repositories:) and permissions (permission-<scope>: read|write) the step needs, and keep the token revoked after the job."
});
var APP_TOKEN_ACTIONS = /* @__PURE__ */ new Set(["actions/create-github-app-token", "tibdex/github-app-token"]);
var githubAppCheck = {
  rule: githubApp,
  facts({ m, emit }) {
    for (const { job, step, name } of usesSteps(m)) {
      if (!APP_TOKEN_ACTIONS.has(name)) continue;
      const args = withArgs(step.value);
      const where = `${stepWhere(m, job, step)} (${quoteValue(name)})`;
      const tibdex = name === "tibdex/github-app-token";
      if (!tibdex && inputText(args, "skip-token-revoke") === "true" || tibdex && inputText(args, "revoke") === "false") {
        emit(githubApp, "workflow_app_token_unrevoked", `${where} mints an installation token that is not revoked when the job ends, so it stays valid for up to an hour after the step that needed it.`, { job, step, detail: "revoke" });
      }
      const scoped = tibdex ? inputText(args, "repository") !== void 0 || inputText(args, "repositories") !== void 0 : inputText(args, "repositories") !== void 0;
      const scopes = Object.keys(args).filter((k) => k.toLowerCase().startsWith("permission-")).map((k) => k.toLowerCase().slice("permission-".length));
      const orgOnly = scopes.length > 0 && scopes.every((p) => p === "members" || p === "team-discussions" || p.startsWith("organization-") || p.startsWith("organization_"));
      if (inputText(args, "owner") !== void 0 && !scoped && !orgOnly) {
        emit(githubApp, "workflow_app_token_all_repositories", `${where} sets owner: without repositories:, so the token can act on every repository of that owner the App is installed on.`, { job, step, detail: "repositories" });
      }
      const permissions = tibdex ? inputText(args, "permissions") !== void 0 : Object.keys(args).some((k) => k.toLowerCase().startsWith("permission-"));
      if (!permissions) {
        emit(githubApp, "workflow_app_token_all_permissions", `${where} names no permissions, so the token carries every permission the App's installation has, not only what this job uses.`, { job, step, detail: "permissions" });
      }
    }
  }
};

// src/core/rules/workflows/conditions/unsound-ternary.ts
var unsoundTernary = defineRule({
  id: "workflows/unsound-ternary",
  codes: ["workflow_unsound_ternary"],
  summary: "An expression uses a && x || y as a ternary where x is a falsy literal ('', 0, false, null), so it always yields y.",
  fix: "Use case(a, x, y), or invert the test so the arm after && cannot be falsy (!a && y || x)."
});
var unsoundTernaryCheck = {
  rule: unsoundTernary,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    const report = (expr, where, at) => {
      const arm = falsyTernaryArm(expr);
      if (arm === null) return;
      emit(unsoundTernary, "workflow_unsound_ternary", `${where} has ${quoteValue(`\${{ ${expr.trim()} }}`)}: the arm after && is ${arm}, which is falsy, so the || always yields its fallback.`, { ...at, detail: expr.replace(/\s+/g, "") });
    };
    for (const c of conditions(m)) {
      if (c.cond.includes("${{")) continue;
      report(c.cond, c.where, { job: c.job, step: c.step });
    }
    for (const job of m.jobs) {
      for (const step of job.steps) for (const t of deepStrings(step.value)) for (const e of rawExpressions(t)) report(e, stepWhere(m, job, step), { job, step });
      const { steps: _steps, ...rest } = job.value;
      for (const t of deepStrings(rest)) for (const e of rawExpressions(t)) report(e, jobLabel(m, job), { job });
    }
  }
};

// src/core/rules/workflows/injection/output-clobbering.ts
var outputClobbering = defineRule({
  id: "workflows/output-clobbering",
  codes: ["workflow_deprecated_output_command", "workflow_output_from_file"],
  summary: "A step sets outputs with the deprecated ::set-output or ::save-state commands, which any line it prints can repeat, or writes a file's contents to GITHUB_OUTPUT in a privileged workflow, where a line in the file sets any output.",
  fix: 'Write outputs with echo "name=value" >> "$GITHUB_OUTPUT" from values you validated, and use a random heredoc delimiter for multi-line values.'
});
var DEPRECATED = /::(set-output|save-state)\s/;
var FILE_TO_OUTPUT = /(?:\$\(\s*(?:cat|<|jq|head|tail)\b[^)]*\)|\bcat\s+\S+)[^\n]*>>\s*"?\$\{?GITHUB_OUTPUT\b/;
var outputClobberingCheck = {
  rule: outputClobbering,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const run = scalarText(own(step.value, "run"));
        if (run === void 0) continue;
        const dep = DEPRECATED.exec(run);
        if (dep) {
          emit(outputClobbering, "workflow_deprecated_output_command", `${stepWhere(m, job, step)} uses the deprecated ::${dep[1]} command; the runner reads it from everything the step prints, so any printed text (a file, a title, a tool's output) can set or overwrite the value.`, { job, step, detail: dep[1] });
        }
        if (m.privileged.length === 0) continue;
        const hit = FILE_TO_OUTPUT.exec(run);
        if (hit) {
          emit(outputClobbering, "workflow_output_from_file", `${stepWhere(m, job, step)} writes a file's contents to GITHUB_OUTPUT (${quoteValue(firstLine(hit[0], 80))}) in a ${m.privileged.join(", ")} workflow; a name=value line in that file (an artifact or the pull request's code) sets any output later steps trust.`, { job, step, detail: "file" });
        }
      }
    }
  }
};

// src/core/rules/workflows/scripts/misfeature.ts
var misfeature = defineRule({
  id: "workflows/misfeature",
  codes: ["workflow_cmd_shell", "workflow_unknown_shell", "workflow_pip_install_input"],
  summary: "A step runs in the Windows cmd shell or a shell GitHub does not document, whose quoting no reviewer can judge, or actions/setup-python installs packages through its pip-install input, outside any lockfile.",
  fix: "Use bash or pwsh; install Python packages in a run: step from a locked requirements file into a virtual environment."
});
var KNOWN_SHELLS = /* @__PURE__ */ new Set(["bash", "sh", "pwsh", "powershell", "python", "cmd"]);
var misfeatureCheck = {
  rule: misfeature,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    const shell = (value, where, at) => {
      const text = scalarText(value)?.trim();
      if (text === void 0 || text === "" || text.includes("${{")) return;
      const program = (text.split(/\s+/)[0] ?? "").toLowerCase().replace(/\.exe$/, "");
      if (program === "cmd") emit(misfeature, "workflow_cmd_shell", `${where} runs in the cmd shell (${quoteValue(text)}), which has no formal grammar: quoting, and so injection, cannot be judged.`, { ...at, detail: "cmd" });
      else if (!KNOWN_SHELLS.has(program)) emit(misfeature, "workflow_unknown_shell", `${where} runs its scripts with ${quoteValue(text)}, a shell GitHub does not document; what the script does depends on that program.`, { ...at, detail: program });
    };
    const defaultsShell = (o) => {
      const run = isObj(o) ? own(o, "run") : void 0;
      return isObj(run) ? own(run, "shell") : void 0;
    };
    if (m.kind === "workflow") shell(defaultsShell(own(m.root, "defaults")), `${fileLabel(m)} (defaults)`, {});
    for (const job of m.jobs) {
      shell(defaultsShell(own(job.value, "defaults")), `${jobLabel(m, job)} (defaults)`, { job });
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        if (own(step.value, "run") !== void 0) shell(own(step.value, "shell"), where, { job, step });
        const uses = str(own(step.value, "uses"));
        if (uses !== void 0 && actionName(uses) === "actions/setup-python" && inputValue(withArgs(step.value), "pip-install") !== void 0) {
          emit(misfeature, "workflow_pip_install_input", `${where} installs packages with actions/setup-python's pip-install input, into the global environment and outside any lockfile.`, { job, step, detail: "pip-install" });
        }
      }
    }
  }
};

// src/core/rules/workflows/pinning/typosquat-uses.ts
var typosquatUses = defineRule({
  id: "workflows/typosquat-uses",
  codes: ["workflow_typosquat_uses"],
  summary: "A uses: names an action one typo (a missing, doubled, swapped or replaced character) away from a well-known action under a different owner, which may be a look-alike registered to catch the typo.",
  fix: "Correct the owner/repository to the action you meant, pinned by commit SHA."
});
var KNOWN = [
  "actions/checkout",
  "actions/setup-node",
  "actions/setup-python",
  "actions/setup-go",
  "actions/setup-java",
  "actions/setup-dotnet",
  "actions/cache",
  "actions/upload-artifact",
  "actions/download-artifact",
  "actions/github-script",
  "actions/labeler",
  "actions/stale",
  "actions/create-github-app-token",
  "actions/attest-build-provenance",
  "actions/configure-pages",
  "actions/deploy-pages",
  "actions/upload-pages-artifact",
  "actions/dependency-review-action",
  "actions/first-interaction",
  "actions/setup-ruby",
  "ruby/setup-ruby",
  "github/codeql-action",
  "docker/login-action",
  "docker/build-push-action",
  "docker/setup-buildx-action",
  "docker/setup-qemu-action",
  "docker/metadata-action",
  "aws-actions/configure-aws-credentials",
  "aws-actions/amazon-ecr-login",
  "azure/login",
  "google-github-actions/auth",
  "google-github-actions/setup-gcloud",
  "hashicorp/setup-terraform",
  "pypa/gh-action-pypi-publish",
  "codecov/codecov-action",
  "softprops/action-gh-release",
  "peter-evans/create-pull-request",
  "dtolnay/rust-toolchain",
  "swatinem/rust-cache",
  "pnpm/action-setup",
  "oven-sh/setup-bun",
  "astral-sh/setup-uv",
  "golangci/golangci-lint-action",
  "goreleaser/goreleaser-action",
  "gradle/actions",
  "shivammathur/setup-php",
  "subosito/flutter-action",
  "ossf/scorecard-action",
  "step-security/harden-runner",
  "sigstore/cosign-installer",
  "anchore/sbom-action",
  "aquasecurity/trivy-action",
  "changesets/action",
  "denoland/setup-deno",
  "erlef/setup-beam",
  "msys2/setup-msys2",
  "ilammy/msvc-dev-cmd",
  "microsoft/setup-msbuild",
  "mozilla-actions/sccache-action",
  "taiki-e/install-action",
  "jdx/mise-action"
];
var KNOWN_SET = new Set(KNOWN);
function oneTypoApart(a, b) {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
var typosquatUsesCheck = {
  rule: typosquatUses,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    for (const uses of new Set(allUses(m))) {
      if (uses.trim().startsWith("./") || uses.trim().startsWith("$/") || uses.trim().toLowerCase().startsWith("docker://")) continue;
      const slug = actionName(uses).split("/").slice(0, 2).join("/");
      if (KNOWN_SET.has(slug)) continue;
      const owner = slug.split("/")[0];
      const like = KNOWN.find((k) => k.split("/")[0] !== owner && oneTypoApart(slug, k));
      if (like === void 0) continue;
      emit(typosquatUses, "workflow_typosquat_uses", `${fileLabel(m)} uses ${quoteValue(uses.trim())}, one typo away from the well-known ${quoteValue(like)} under a different owner; a look-alike name runs its owner's code with the job's token.`, { detail: slug });
    }
  }
};

// src/core/rules/workflows/dependabot/dependabot-cooldown.ts
var dependabotCooldown = defineRule({
  id: "workflows/dependabot-cooldown",
  codes: ["dependabot_no_cooldown", "dependabot_short_cooldown"],
  summary: "A Dependabot update has no cooldown (or one under 7 days), so it proposes new releases as soon as they appear, before a compromised one is noticed and pulled.",
  fix: "Add cooldown: with default-days: 7 (or more) to the update."
});
var MIN_COOLDOWN_DAYS = 7;
var dependabotCooldownCheck = {
  rule: dependabotCooldown,
  facts({ m, emit }) {
    for (const { update: u, eco, dir } of dependabotUpdates(m)) {
      const what = `${fileLabel(m)} update ${quoteValue(eco)} in ${quoteValue(dir)}`;
      const cooldown = own(u, "cooldown");
      if (!isObj(cooldown)) {
        emit(dependabotCooldown, "dependabot_no_cooldown", `${what} has no cooldown, so a release is proposed the day it is published.`, { detail: `${eco}|${dir}` });
        continue;
      }
      const days = num(own(cooldown, "default-days"));
      if (days === void 0 || days < MIN_COOLDOWN_DAYS) {
        emit(dependabotCooldown, "dependabot_short_cooldown", `${what} has a cooldown of ${days === void 0 ? "no default-days" : `${days} days`}, under ${MIN_COOLDOWN_DAYS}, so releases are proposed before a compromised one is usually noticed.`, { detail: `${eco}|${dir}` });
      }
    }
  }
};

// src/core/rules/workflows/pinning/self-repository.ts
var selfRepository = defineRule({
  id: "workflows/self-repository",
  codes: ["workflow_workspace_relative_uses"],
  summary: "A step uses the local action ./path after an earlier step may have replaced the workspace (a checkout of another ref or repository, a download, a git checkout), so it runs whatever is there then instead of $/path, the action of this repository at the workflow's commit.",
  fix: "Write uses: $/path for actions of this repository."
});
function workspaceReplaced(step) {
  const uses = str(own(step, "uses"));
  if (uses !== void 0) {
    const name = actionName(uses);
    const args = withArgs(step);
    if (name === "actions/checkout" && (own(args, "ref") !== void 0 || own(args, "repository") !== void 0)) return `it checks out ${quoteValue(scalarText(own(args, "repository")) ?? scalarText(own(args, "ref")) ?? "")}`;
    if (name === "actions/download-artifact" || name === "dawidd6/action-download-artifact") return "it downloads artifacts";
    return null;
  }
  const run = scalarText(own(step, "run"));
  if (run !== void 0 && /\bgit\s+(?:checkout|switch|pull|reset|fetch)\b|\bgh\s+pr\s+checkout\b|\b(?:curl|wget)\b[^\n]*(?:\|\s*tar\b|-o\b)|\bunzip\b|\btar\s+-?x/.test(run)) return `it runs ${quoteValue(firstLine(run))}`;
  return null;
}
var selfRepositoryCheck = {
  rule: selfRepository,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    for (const job of m.jobs) {
      let replaced = null;
      for (const step of job.steps) {
        const uses = str(own(step.value, "uses"))?.trim();
        if (replaced !== null && uses?.startsWith("./")) {
          emit(selfRepository, "workflow_workspace_relative_uses", `${stepWhere(m, job, step)} uses ${quoteValue(uses)}, which runs whatever the workspace holds at that path when the step starts, after step ${replaced.step.index} may have changed it (${replaced.why}); write ${quoteValue(`$/${uses.replace(/^(\.\/+)+/, "")}`)} to run this repository's action at the workflow's commit.`, { job, step, detail: uses });
        }
        if (replaced === null) {
          const why = workspaceReplaced(step.value);
          if (why !== null) replaced = { step, why };
        }
      }
    }
  }
};

// src/core/rules/workflows/index.ts
var WORKFLOW_CHECKS = Object.freeze([
  // triggers and permissions
  dangerousTriggersCheck,
  excessivePermissionsCheck,
  githubAppCheck,
  // injection
  templateInjectionCheck,
  promptInjectionCheck,
  githubEnvCheck,
  insecureCommandsCheck,
  outputClobberingCheck,
  // checkout and credentials
  pwnRequestCheck,
  untrustedCheckoutToctouCheck,
  artipackedCheck,
  hardcodedContainerCredentialsCheck,
  selfHostedRunnerCheck,
  // secrets
  overprovisionedSecretsCheck,
  secretsExposedCheck,
  secretsInheritCheck,
  secretsOutsideEnvCheck,
  unredactedSecretsCheck,
  useTrustedPublishingCheck,
  // caches and artifacts
  cachePoisoningCheck,
  untrustedArtifactsCheck,
  // pinning and supply chain
  unpinnedUsesCheck,
  forbiddenUsesCheck,
  typosquatUsesCheck,
  selfRepositoryCheck,
  repinnedUsesCheck,
  unpinnedImagesCheck,
  unpinnedToolsCheck,
  superfluousActionsCheck,
  obfuscationCheck,
  // scripts
  remoteScriptCheck,
  insecureUrlCheck,
  adhocPackagesCheck,
  commitStatusCheck,
  misfeatureCheck,
  // conditions
  spoofableConditionsCheck,
  unsoundContainsCheck,
  alwaysTrueConditionsCheck,
  unsoundTernaryCheck,
  continueOnErrorCheck,
  // the change itself
  removedChecksCheck,
  jobConditionsCheck,
  environmentChangedCheck,
  actionRunsCheck,
  // configuration outside workflows
  dependabotExecutionCheck,
  dependabotCooldownCheck
]);
var BASELINE_DENY = Object.freeze(["workflows/pwn-request", "workflows/overprovisioned-secrets", "workflows/secrets-exposed"]);
var ONLINE_ONLY_CLASSES = Object.freeze([
  { name: "known-vulnerable-actions", why: "needs the GitHub advisory database for the pinned versions" },
  { name: "impostor-commit", why: "needs the action repository to tell whether a pinned commit is on it or only on a fork (workflows/repinned-uses flags every re-pin offline)" },
  { name: "ref-confusion", why: "needs the action repository to tell whether a ref is both a branch and a tag" },
  { name: "stale-action-refs", why: "needs the action repository to tell whether a pinned commit is a release tag" },
  { name: "archived-uses", why: "needs the action repository's archived flag" },
  { name: "ref-version-mismatch", why: "needs the action repository to resolve the version comment of a pinned SHA" }
]);
var WORKFLOW_RULES = Object.freeze({
  id: "workflows",
  title: "Workflow review",
  doc: `Runs on every changed workflow (\`.github/workflows/*.yml\`), action metadata (\`action.yml\`) and Dependabot configuration, comparing base and head: a finding is reported when the change introduces or widens it (keyed by rule, job and step, not by line), and what was already there is listed apart. Every workflow change is high tier; these findings tell the approver what it does. \`workflows/pwn-request\`, \`workflows/overprovisioned-secrets\` and \`workflows/secrets-exposed\` deny when introduced, and a policy can deny more with \`workflows.deny\`. Classes that need the network (${ONLINE_ONLY_CLASSES.map((c) => c.name).join(", ")}) are left to an optional online mode.`,
  rules: [...WORKFLOW_CHECKS.map((c) => c.rule), reviewErrors]
});
var WORKFLOW_RULE_IDS = new Set(WORKFLOW_RULES.rules.map((r) => r.id));
var MAX_FINDINGS_PER_FILE = 200;
function factsOf(m, other, policy) {
  const out = [];
  const emit = collector(out);
  for (const c of WORKFLOW_CHECKS) c.facts?.({ m, other, emit, policy });
  return out;
}
function changesOf(base, head) {
  const out = [];
  const emit = collector(out);
  for (const c of WORKFLOW_CHECKS) c.change?.(base, head, emit);
  return out;
}
function byPosition(facts) {
  return facts.map((f, i) => ({ f, i })).sort((a, b) => (a.f.line ?? 0) - (b.f.line ?? 0) || a.i - b.i).map((x) => x.f);
}
function toFinding(f, deny) {
  const severity = deny.has(f.rule) || f.severity === "deny" ? "deny" : "high";
  const where = {};
  if (f.job !== void 0 && f.job !== "") where.job = f.job;
  if (f.step !== void 0) where.step = f.step;
  if (f.line !== void 0) where.line = f.line;
  const out = { rule: f.rule, code: f.code, severity, message: f.message };
  if (Object.keys(where).length > 0) out.where = where;
  return out;
}
function single(rule, code, message) {
  return { introduced: [{ rule: rule.id, code, severity: "high", message }], existing: [] };
}
function reviewWorkflowFile(path, baseText, headText, options = {}) {
  const detected = reviewedFileKind(path);
  const kind = detected ?? "workflow";
  const file = fileLabel({ kind, path });
  const none = { introduced: [], existing: [] };
  if (detected === null && baseText === null) return none;
  if (detected === null) {
    return single(removedChecks, "workflow_removed", `${quoteValue(path)} is not a workflow or action metadata path, so the workflow or action it replaces (renamed or moved here) no longer runs as one; if it was a required or security check, that check disappears.`);
  }
  if (headText === null) {
    if (baseText === null || kind === "dependabot") return none;
    if (kind === "action") return single(removedChecks, "action_removed", `${file} was removed; workflows that use it will fail or pick up another copy.`);
    const base2 = buildModel(path, kind, baseText);
    let detail = "";
    if (base2.ok) {
      const tools = /* @__PURE__ */ new Set();
      for (const j of base2.model.jobs) for (const t of securityTools(j, kind)) tools.add(t);
      const jobs = base2.model.jobs.map((j) => quoteValue(j.id)).join(", ");
      detail = ` Its jobs (${jobs}) no longer run${tools.size > 0 ? `, including ${[...tools].join(", ")}` : ""}.`;
    }
    return single(removedChecks, "workflow_removed", `${file} was removed.${detail} If it was a required or security check (a security scan, the guard), that check disappears.`);
  }
  if (baseText !== null && baseText === headText) return none;
  const head = buildModel(path, kind, headText);
  if (!head.ok) {
    return single(reviewErrors, "workflow_unparseable", `${file} could not be parsed, so it was not reviewed (${quoteValue(head.reason)}). GitHub may run it differently or not at all; a guard workflow that does not run leaves its check pending.`);
  }
  const baseModel = baseText === null ? null : buildModel(path, kind, baseText);
  const base = baseModel && baseModel.ok ? baseModel.model : null;
  const policy = options.allowedUses === void 0 ? {} : { allowedUses: options.allowedUses };
  const diff = diffFacts(base ? factsOf(base, null, policy) : [], factsOf(head.model, base, policy));
  const deny = new Set(options.deny ?? []);
  const introduced = byPosition([...diff.introduced, ...changesOf(base, head.model)]).map((f) => toFinding(f, deny));
  const existing = byPosition(diff.existing).map((f) => ({ ...toFinding(f, deny), severity: "high" }));
  if (introduced.length > MAX_FINDINGS_PER_FILE) {
    const extra = introduced.length - MAX_FINDINGS_PER_FILE;
    const denied = introduced.slice(MAX_FINDINGS_PER_FILE).filter((f) => f.severity === "deny");
    introduced.length = MAX_FINDINGS_PER_FILE;
    introduced.push(...denied);
    introduced.push({ rule: reviewErrors.id, code: "workflow_findings_truncated", severity: "high", message: `${file}: ${extra - denied.length} more findings were not listed.` });
  }
  return { introduced, existing };
}

export {
  defineRule,
  reviewedFileKind,
  allowedUsesProblem,
  WORKFLOW_RULE_IDS,
  MAX_FINDINGS_PER_FILE,
  reviewWorkflowFile
};
