import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  BYPASS_ROLES,
  GATE_CHECK,
  GUARD_DIFF_CHECK,
  renderRulesets
} from "./chunk-VKS6BIBT.js";
import {
  COMMAND_NAMES,
  GUARD_OPTIONS,
  GuardConfigError,
  commandScope,
  loadGuard
} from "./chunk-BEDZ2SHI.js";
import "./chunk-BI7NKPNU.js";
import "./chunk-QOGEQMRH.js";
import {
  EXPORT_USAGE
} from "./chunk-43QKUSSP.js";
import {
  EXIT,
  UsageError
} from "./chunk-S3PUWAI4.js";
import {
  isTable,
  parseToml
} from "./chunk-HMQHJBD5.js";
import "./chunk-CVI2Q4P5.js";
import "./chunk-4TXB6WUI.js";
import "./chunk-UC545A7V.js";
import "./chunk-UGBVF5CQ.js";
import {
  BASE_NAMES
} from "./chunk-A76VIHJP.js";
import "./chunk-N33BQRLE.js";
import "./chunk-4SQGAN2Y.js";
import {
  FileWriteError,
  writeFileNoFollow
} from "./chunk-PFF3JMPW.js";
import {
  grantedCapabilities
} from "./chunk-5S2ND2EP.js";
import {
  WILDCARD,
  displayWord,
  formatPattern
} from "./chunk-EE7EZIWX.js";
import "./chunk-PNJUBMPM.js";
import "./chunk-DIY5OXXZ.js";
import {
  PROTECTED_RULES
} from "./chunk-FVZA7SE4.js";
import {
  BUILTIN_CAPABILITIES
} from "./chunk-Q3GSJBK5.js";
import "./chunk-HTLVP5OR.js";
import {
  oneLine,
  stableJson
} from "./chunk-ERUCQBI4.js";
import {
  parseWorkflowYaml,
  require_dist
} from "./chunk-5NA3HWDM.js";
import "./chunk-RMNCHNTK.js";
import {
  isObj,
  own
} from "./chunk-MPYCKMVQ.js";
import {
  __toESM
} from "./chunk-LKLDWFYK.js";

// src/cli/export.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { parseArgs } from "node:util";

// src/core/exports/target.ts
var EXPORT_TARGETS = ["claude", "codex", "gh-aw", "harden-runner", "copilot"];
function taskView(input) {
  const { policy, manifest } = input;
  const scope = commandScope(policy, manifest);
  if (scope.noTask) throw new ExportError(scope.noTask);
  const capabilities = grantedCapabilities(manifest, policy);
  const paths = /* @__PURE__ */ new Set();
  for (const c of capabilities) if (Object.hasOwn(policy.capabilities, c) && !BUILTIN_CAPABILITIES[c]?.refuseWith) for (const g of policy.capabilities[c].paths) paths.add(g);
  const protectedGlobs = (category) => PROTECTED_RULES.filter((r) => r.category === category).flatMap((r) => expandBraces(r.glob));
  const control = capabilities.includes("modify_policy") ? [] : [.../* @__PURE__ */ new Set([input.policyPath, ...policy.manifests, ...protectedGlobs("agent-guard"), ...protectedGlobs("agent"), ".codex/**"])];
  return {
    capabilities,
    commands: [...scope.granted],
    withheld: [...scope.withheld],
    paths: [...paths],
    hosts: [...manifest.network.allow],
    env: [...scope.env],
    secretFiles: protectedGlobs("secrets"),
    controlFiles: control
  };
}
var ExportError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ExportError";
  }
};
function expandBraces(glob) {
  const m = /^(.*?)\{([^{}]*)\}(.*)$/.exec(glob);
  if (!m) return [glob];
  return m[2].split(",").flatMap((alt) => expandBraces(`${m[1]}${alt}${m[3]}`));
}
function compareOwned(owned) {
  const out = [];
  for (const [where, expected, actual] of owned) {
    if (stableJson(normalise(expected)) === stableJson(normalise(actual))) continue;
    if (Array.isArray(expected) && Array.isArray(actual)) {
      const want = new Set(expected.map((x) => stableJson(x)));
      const have = new Set(actual.map((x) => stableJson(x)));
      const extra = [...have].filter((x) => !want.has(x));
      const missing = [...want].filter((x) => !have.has(x));
      const parts = [...extra.length ? [`has what the manifest does not grant: ${clip(extra.join(", "))}`] : [], ...missing.length ? [`lacks ${clip(missing.join(", "))}`] : []];
      out.push(`${where}: ${parts.join("; ") || "holds duplicates"}`);
    } else {
      out.push(`${where}: expected ${clip(stableJson(expected))}, found ${actual === void 0 ? "nothing" : clip(stableJson(actual))}`);
    }
  }
  return out;
}
function normalise(v) {
  if (Array.isArray(v)) return [...v.map(normalise)].sort((a, b) => stableJson(a) < stableJson(b) ? -1 : 1);
  return v;
}
function clip(s) {
  return s.length > 300 ? `${s.slice(0, 300)}...` : s;
}
function readJsonFile(text) {
  if (text === null) return { problem: "the file does not exist" };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { problem: "the file is not JSON" };
  }
}
function hasPreToolUseHook(config, matcher, command) {
  const hooks = isObj(config) ? own(config, "hooks") : void 0;
  const pre = isObj(hooks) ? own(hooks, "PreToolUse") : void 0;
  if (!Array.isArray(pre)) return false;
  return pre.some((m) => {
    const handlers = isObj(m) && own(m, "matcher") === matcher ? own(m, "hooks") : void 0;
    return Array.isArray(handlers) && handlers.some((h) => isObj(h) && own(h, "type") === "command" && own(h, "command") === command);
  });
}
function header(input, target) {
  return `Rendered by \`agent-guard export --target ${target}\` from ${input.source}. Edit the manifest or policy, not this file; \`agent-guard export --check\` reports drift.`;
}

// src/core/exports/claude.ts
var CLAUDE_SETTINGS_PATH = ".claude/settings.json";
var HOOK_TIMEOUT_SECONDS = 30;
function renderClaude(input) {
  const view = taskView(input);
  const notes = [];
  const bash = [];
  for (const g of view.commands) {
    if (g.pattern.some((w) => w.includes(")"))) {
      notes.push(`${formatPattern(g.pattern)}: a word with ")" cannot be written in a Bash(...) rule; left to the hook`);
      continue;
    }
    if (g.pattern.slice(0, -1).includes(WILDCARD)) notes.push(`${formatPattern(g.pattern)}: Claude Code's * inside a rule matches any text, spaces included, not one argument; the hook holds it to one`);
    bash.push(`Bash(${formatPattern(g.pattern)})`);
  }
  const allow = [...bash, ...view.paths.map((g) => `Edit(${relative(g)})`), ...view.hosts.map((h) => `WebFetch(domain:${h})`)];
  const deny = [...view.secretFiles.flatMap((g) => [`Read(${relative(g)})`, `Edit(${relative(g)})`]), ...view.controlFiles.map((g) => `Edit(${relative(g)})`)];
  const hookCommand = `${input.hookCommand} || exit 2`;
  const settings = {
    $schema: "https://json.schemastore.org/claude-code-settings.json",
    permissions: { defaultMode: "dontAsk", disableBypassPermissionsMode: "disable", allow, ask: [], deny },
    hooks: { PreToolUse: [{ matcher: "Bash", hooks: [{ type: "command", command: hookCommand, timeout: HOOK_TIMEOUT_SECONDS }] }] },
    sandbox: { enabled: true, allowUnsandboxedCommands: false, network: { allowedDomains: view.hosts } },
    enableAllProjectMcpServers: false
  };
  notes.push(
    "Claude Code settings have no comments, so the provenance header is not in the file: " + header(input, "claude"),
    "ask is left empty: a task grant is decided before the run, and in CI nobody answers a prompt",
    "Bash allow rules match by prefix and strip wrappers such as timeout and nohup; the agent-guard hook is what holds a command to its exact argv",
    "Read(...) denials stop the Read tool only; a Bash command that reads a secret file is stopped by the hook (cat is not granted), not by the rule",
    "the environment handed to commands is not expressible here; run granted commands through agent-guard exec for an allow-listed environment"
  );
  return {
    target: "claude",
    files: [{ path: CLAUDE_SETTINGS_PATH, content: `${JSON.stringify(settings, null, 2)}
`, drift: (text) => claudeDrift(settings, hookCommand, text) }],
    notes
  };
}
function relative(glob) {
  return `./${glob}`;
}
function claudeDrift(expected, hookCommand, text) {
  const read = readJsonFile(text);
  if ("problem" in read) return [read.problem];
  const actual = read.value;
  if (!isObj(actual)) return [`the file is not a JSON object`];
  const perms = own(actual, "permissions");
  const p = isObj(perms) ? perms : {};
  const sandbox = own(actual, "sandbox");
  const s = isObj(sandbox) ? sandbox : {};
  const net = isObj(own(s, "network")) ? own(s, "network") : {};
  const drift = compareOwned([
    ["permissions.defaultMode", expected.permissions.defaultMode, own(p, "defaultMode")],
    ["permissions.disableBypassPermissionsMode", expected.permissions.disableBypassPermissionsMode, own(p, "disableBypassPermissionsMode")],
    ["permissions.allow", expected.permissions.allow, own(p, "allow")],
    ["permissions.ask", expected.permissions.ask, own(p, "ask") ?? []],
    ["permissions.deny", expected.permissions.deny, own(p, "deny")],
    ["sandbox.enabled", expected.sandbox.enabled, own(s, "enabled")],
    ["sandbox.allowUnsandboxedCommands", expected.sandbox.allowUnsandboxedCommands, own(s, "allowUnsandboxedCommands")],
    ["sandbox.network.allowedDomains", expected.sandbox.network.allowedDomains, own(net, "allowedDomains")]
  ]);
  if (!hasPreToolUseHook(actual, "Bash", hookCommand)) drift.push(`hooks.PreToolUse: no Bash matcher runs ${JSON.stringify(hookCommand)}`);
  return drift;
}

// src/core/exports/codex.ts
var CODEX_CONFIG_PATH = ".codex/config.toml";
var CODEX_HOOKS_PATH = ".codex/hooks.json";
var CODEX_RULES_PATH = ".codex/rules/agent-guard.rules";
var q = (s) => JSON.stringify(s);
function renderCodex(input) {
  const view = taskView(input);
  const notes = [];
  const include = [.../* @__PURE__ */ new Set([...BASE_NAMES, ...COMMAND_NAMES, ...view.env])].map((n) => `^${n}$`);
  const config = {
    sandbox_mode: "workspace-write",
    approval_policy: "never",
    network_access: "false",
    inherit: "all",
    include_only: include,
    ignore_default_excludes: view.env.length > 0 ? "true" : "false",
    hooks: "true"
  };
  const toml = [
    `# ${header(input, "codex")}`,
    `sandbox_mode = ${q(config.sandbox_mode)}`,
    `approval_policy = ${q(config.approval_policy)}`,
    "",
    "[sandbox_workspace_write]",
    `network_access = ${config.network_access}`,
    "",
    "[shell_environment_policy]",
    `inherit = ${q(config.inherit)}`,
    `include_only = [${include.map(q).join(", ")}]`,
    // Codex drops *KEY*, *SECRET* and *TOKEN* names by default; a variable a capability grants by name is kept.
    `ignore_default_excludes = ${config.ignore_default_excludes}`,
    "",
    "[features]",
    `hooks = ${config.hooks}`,
    ""
  ].join("\n");
  if (view.hosts.length > 0) notes.push(`Codex's sandbox network is on or off, not a host list: it is off, so ${view.hosts.join(", ")} cannot be reached from sandboxed commands; give the job an egress firewall (harden-runner) if commands need them`);
  const hookCommand = `${input.hookCommand} || exit 2`;
  const hooks = { hooks: { PreToolUse: [{ matcher: "^Bash$", hooks: [{ type: "command", command: hookCommand, timeout: 30, statusMessage: "agent-guard: checking the command" }] }] } };
  const rules = [
    `# ${header(input, "codex")}`,
    "# Rules decide what leaves the sandbox. No command is allowed out of it here: granted commands run",
    "# inside the sandbox and the agent-guard hook holds them to their exact argv. The commands of the",
    "# policy's capabilities this task is not granted are forbidden."
  ];
  for (const g of view.withheld) {
    const prefix = literalPrefix(g.pattern);
    const clash = view.commands.find((c) => couldMatchPrefix(c.pattern, prefix));
    if (clash) {
      notes.push(`${formatPattern(g.pattern)} (${g.capability}) is not forbidden in the rules: its prefix ${formatPattern(prefix)} would also forbid the granted ${formatPattern(clash.pattern)}; the hook denies it`);
      continue;
    }
    rules.push("", "prefix_rule(", `    pattern = [${prefix.map(q).join(", ")}],`, '    decision = "forbidden",', `    justification = ${q(`capability ${g.capability} is not granted to this task (agent-guard)`)},`, `    match = [[${prefix.map(q).join(", ")}]],`, ")");
  }
  notes.push(
    "prefix rules match a prefix, not an exact argv, and have no one-argument wildcard: a forbidden rule names the literal words before the first *",
    "project .codex/ configuration, rules and hooks load only when the project is trusted in Codex"
  );
  const files = [
    { path: CODEX_CONFIG_PATH, content: toml, drift: (text) => configDrift(config, text) },
    { path: CODEX_HOOKS_PATH, content: `${JSON.stringify(hooks, null, 2)}
`, drift: (text) => hooksDrift(hookCommand, text) },
    { path: CODEX_RULES_PATH, content: `${rules.join("\n")}
`, drift: (text) => exactDrift(`${rules.join("\n")}
`, text) }
  ];
  return { target: "codex", files, notes };
}
function literalPrefix(pattern) {
  const i = pattern.indexOf(WILDCARD);
  return [...i < 0 ? pattern : pattern.slice(0, i)];
}
function couldMatchPrefix(pattern, prefix) {
  const rest = pattern.length > 1 && pattern[pattern.length - 1] === WILDCARD;
  for (let i = 0; i < prefix.length; i++) {
    if (rest && i === pattern.length - 1) return true;
    const w = pattern[i];
    if (w === void 0) return false;
    if (w !== WILDCARD && w !== prefix[i]) return false;
  }
  return true;
}
function table(t, key) {
  const v = t[key];
  return v !== void 0 && isTable(v) ? v : {};
}
function configDrift(expected, text) {
  if (text === null) return [`the file does not exist`];
  const parsed = parseToml(text);
  if (!parsed.ok) return [`the file is not TOML: ${parsed.reason}`];
  const root = parsed.value;
  const env = table(root, "shell_environment_policy");
  return compareOwned([
    ["sandbox_mode", expected.sandbox_mode, root.sandbox_mode],
    ["approval_policy", expected.approval_policy, root.approval_policy],
    ["sandbox_workspace_write.network_access", expected.network_access, table(root, "sandbox_workspace_write").network_access],
    ["shell_environment_policy.inherit", expected.inherit, env.inherit],
    ["shell_environment_policy.include_only", expected.include_only, env.include_only],
    ["shell_environment_policy.ignore_default_excludes", expected.ignore_default_excludes, env.ignore_default_excludes],
    ["features.hooks", expected.hooks, table(root, "features").hooks]
  ]);
}
function hooksDrift(hookCommand, text) {
  const read = readJsonFile(text);
  if ("problem" in read) return [read.problem];
  return hasPreToolUseHook(read.value, "^Bash$", hookCommand) ? [] : [`hooks.PreToolUse has no ^Bash$ matcher running ${JSON.stringify(hookCommand)}`];
}
function exactDrift(expected, text) {
  if (text === null) return ["the file does not exist"];
  return text === expected ? [] : ["the file differs from the rendering (it is rendered whole: render it again)"];
}

// src/core/exports/copilot.ts
var import_yaml = __toESM(require_dist(), 1);
var COPILOT_SETUP_PATH = ".github/workflows/copilot-setup-steps.yml";
var CHECKOUT = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683";
function renderCopilot(input) {
  const view = taskView(input);
  const workflow = {
    name: "Copilot Setup Steps",
    on: { workflow_dispatch: null, pull_request: { paths: [COPILOT_SETUP_PATH] } },
    permissions: {},
    jobs: {
      // Copilot picks the job up by this exact name.
      "copilot-setup-steps": {
        "runs-on": "ubuntu-latest",
        permissions: { contents: "read" },
        steps: [{ uses: CHECKOUT, with: { "persist-credentials": false } }]
      }
    }
  };
  const content = `# ${header(input, "copilot")}
${(0, import_yaml.stringify)(workflow, { nullStr: "", lineWidth: 0 })}`;
  const checklist = [
    `# Copilot coding agent: settings agent-guard cannot write (${input.source})`,
    "",
    "Repository Settings > Copilot > Coding agent:",
    "- [ ] Firewall: enabled.",
    "- [ ] Recommended allowlist: off (it admits package registries and hosts the manifest does not name).",
    view.hosts.length > 0 ? `- [ ] Custom allowlist: exactly ${view.hosts.join(", ")}.` : "- [ ] Custom allowlist: empty (the manifest allows no hosts).",
    view.env.length > 0 ? `- [ ] Secrets and variables of the copilot environment: only ${view.env.join(", ")}.` : "- [ ] Secrets and variables of the copilot environment: none.",
    "- [ ] Copilot setup steps: the workflow above, unchanged apart from the steps that install dependencies.",
    "",
    `Granted commands (enforced only where a hook runs agent-guard): ${view.commands.map((c) => c.pattern.join(" ")).join("; ") || "none"}.`
  ].join("\n");
  return {
    target: "copilot",
    files: [
      { path: COPILOT_SETUP_PATH, content, drift: (text) => setupDrift(text) },
      { path: null, content: `${checklist}
`, drift: () => [] }
    ],
    notes: [
      "the firewall, its allow list and the copilot environment secrets are repository settings with no file: the checklist lists them, --check cannot read them",
      "the firewall applies to processes the agent starts through its Bash tool, not to the setup steps or MCP servers",
      "Copilot has no per-command allow list in a file; Copilot hooks (.github/hooks/*.json) use another input format than agent-guard hook reads"
    ]
  };
}
function setupDrift(text) {
  if (text === null) return ["the file does not exist"];
  const parsed = parseWorkflowYaml(text);
  if (!parsed.ok || !isObj(parsed.value)) return [`the workflow is not a YAML mapping${parsed.ok ? "" : `: ${parsed.reason}`}`];
  const jobs = own(parsed.value, "jobs");
  const job = isObj(jobs) ? own(jobs, "copilot-setup-steps") : void 0;
  if (!isObj(job)) return ["there is no copilot-setup-steps job"];
  return compareOwned([
    ["permissions", {}, own(parsed.value, "permissions") ?? {}],
    ["jobs.copilot-setup-steps.permissions", { contents: "read" }, own(job, "permissions")]
  ]);
}

// src/core/exports/gh-aw.ts
var import_yaml3 = __toESM(require_dist(), 1);
var GH_AW_PATH = ".github/workflows/agent-task.md";
function renderGhAw(input) {
  const view = taskView(input);
  const notes = [];
  const has = (c) => view.capabilities.includes(c);
  const permissions = {};
  if (has("read_repository") || has("write_branch")) permissions.contents = "read";
  if (has("open_pull_request") || has("request_review")) permissions["pull-requests"] = "read";
  if (has("comment")) permissions.issues = "read";
  const bash = [];
  for (const g of view.commands) {
    const p = g.pattern;
    if (p.slice(0, -1).includes(WILDCARD) || p.some((w) => /\s/.test(w))) {
      notes.push(`${formatPattern(p)}: tools.bash has no one-argument wildcard and no quoting; left to the agent-guard hook`);
      continue;
    }
    bash.push(p[p.length - 1] === WILDCARD && p.length > 1 ? `${p.slice(0, -1).join(" ")}:*` : p.join(" "));
  }
  const tools = { bash };
  if (has("write_branch")) tools.edit = null;
  const safeOutputs = {};
  if (has("open_pull_request")) safeOutputs["create-pull-request"] = { "protected-files": "blocked", "allowed-files": view.paths, draft: true };
  if (has("comment")) safeOutputs["add-comment"] = { max: 1 };
  const owned = { permissions, network: { allowed: view.hosts }, tools, "safe-outputs": safeOutputs };
  const frontmatter = { on: { workflow_dispatch: null }, ...owned };
  const body = `<!-- ${header(input, "gh-aw")} -->

Describe the task here.
`;
  const content = `---
${(0, import_yaml3.stringify)(frontmatter, { nullStr: "" })}---

${body}`;
  notes.push(
    "gh-aw has no per-command environment; variables a capability grants are passed by the workflow author through engine env, not here",
    "tools.bash entries are matched by the engine as prefixes (name:* for a family); the agent-guard hook is what holds a command to its argv when the engine runs hooks",
    "on: and the prompt are placeholders the workflow author replaces; --check compares permissions, network, tools and safe-outputs only"
  );
  return { target: "gh-aw", files: [{ path: GH_AW_PATH, content, drift: (text) => ghAwDrift(owned, text) }], notes };
}
function frontmatterOf(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  return m ? `${m[1]}
` : null;
}
function ghAwDrift(expected, text) {
  if (text === null) return ["the file does not exist"];
  const fm = frontmatterOf(text);
  if (fm === null) return ["the workflow has no --- frontmatter"];
  const parsed = parseWorkflowYaml(fm);
  if (!parsed.ok || !isObj(parsed.value)) return [`the frontmatter is not a YAML mapping${parsed.ok ? "" : `: ${parsed.reason}`}`];
  const v = parsed.value;
  const get = (o, ...keys) => keys.reduce((at, k) => isObj(at) ? own(at, k) : void 0, o);
  const pr = expected["safe-outputs"]["create-pull-request"];
  return compareOwned([
    ["permissions", expected.permissions, own(v, "permissions")],
    ["network.allowed", expected.network.allowed, get(v, "network", "allowed")],
    ["tools.bash", expected.tools.bash, get(v, "tools", "bash")],
    ["safe-outputs.create-pull-request.protected-files", pr?.["protected-files"], get(v, "safe-outputs", "create-pull-request", "protected-files")],
    ["safe-outputs.create-pull-request.allowed-files", pr?.["allowed-files"], get(v, "safe-outputs", "create-pull-request", "allowed-files")]
  ]);
}

// src/core/exports/harden-runner.ts
var import_yaml5 = __toESM(require_dist(), 1);
var HARDEN_RUNNER_ACTION = "step-security/harden-runner";
var HARDEN_RUNNER_REF = "b09bb98e06d4d774595224525879c09bc6e98c40";
var GITHUB_ENDPOINTS = Object.freeze(["github.com:443", "api.github.com:443"]);
function endpointsFor(hosts) {
  return [.../* @__PURE__ */ new Set([...GITHUB_ENDPOINTS, ...hosts.map((h) => `${h}:443`)])];
}
function renderHardenRunner(input) {
  const view = taskView(input);
  const endpoints = endpointsFor(view.hosts);
  const step = [{ name: "Harden the runner (egress: the task manifest's hosts only)", uses: `${HARDEN_RUNNER_ACTION}@${HARDEN_RUNNER_REF}`, with: { "egress-policy": "block", "allowed-endpoints": endpoints.join("\n") } }];
  const content = `# ${header(input, "harden-runner")}
# The first step of the agent's job (v2.20.1).
${(0, import_yaml5.stringify)(step, { lineWidth: 0 })}`;
  return {
    target: "harden-runner",
    files: [{ path: null, content, drift: (text) => hardenDrift(endpoints, text) }],
    notes: [
      `${GITHUB_ENDPOINTS.join(" and ")} are added: the job cannot check out or push without them`,
      "endpoints are host:port; the manifest names hosts only, so each is allowed on 443 and no other port",
      "harden-runner filters the whole job, not the agent alone: every step after it gets the same endpoints, and it cannot scope commands or files",
      "the model API the agent runtime calls is not in the manifest; add its endpoint to the step, and --check will report it as drift until the manifest names it"
    ]
  };
}
function hardenDrift(endpoints, text) {
  if (text === null) return ["give the workflow to check with --file"];
  const parsed = parseWorkflowYaml(text);
  if (!parsed.ok) return [`the workflow is not YAML: ${parsed.reason}`];
  const jobs = isObj(parsed.value) ? own(parsed.value, "jobs") : void 0;
  const found = [];
  let steps = 0;
  for (const [jobId, job] of Object.entries(isObj(jobs) ? jobs : {})) {
    const list = isObj(job) ? own(job, "steps") : void 0;
    (Array.isArray(list) ? list : []).forEach((s, i) => {
      const uses = isObj(s) ? own(s, "uses") : void 0;
      if (typeof uses !== "string" || !uses.startsWith(`${HARDEN_RUNNER_ACTION}@`)) return;
      steps++;
      const w = isObj(s) ? own(s, "with") : void 0;
      const raw = isObj(w) ? own(w, "allowed-endpoints") : void 0;
      const listed = typeof raw === "string" ? raw.split(/\s+/).filter(Boolean) : raw;
      found.push(...compareOwned([
        [`jobs.${jobId}.steps[${i}] egress-policy`, "block", isObj(w) ? own(w, "egress-policy") ?? "block" : "block"],
        [`jobs.${jobId}.steps[${i}] allowed-endpoints`, endpoints, listed]
      ]));
    });
  }
  return steps === 0 ? ["no step uses step-security/harden-runner"] : found;
}

// src/core/exports/index.ts
var RENDERERS = {
  claude: renderClaude,
  codex: renderCodex,
  "gh-aw": renderGhAw,
  "harden-runner": renderHardenRunner,
  copilot: renderCopilot
};
function renderTarget(target, input) {
  return RENDERERS[target](input);
}

// src/cli/export.ts
var MAX_CHECKED_FILE_BYTES = 1024 * 1024;
async function runExport(argv, io) {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...GUARD_OPTIONS,
      target: { type: "string" },
      out: { type: "string" },
      file: { type: "string" },
      check: { type: "boolean", default: false },
      "required-check": { type: "string", multiple: true },
      branch: { type: "string", multiple: true },
      "bypass-role": { type: "string", multiple: true }
    },
    strict: true,
    allowPositionals: false
  });
  const target = values.target;
  const isRuleset = target === "ruleset";
  if (target === void 0 || !(isRuleset || EXPORT_TARGETS.includes(target))) throw new UsageError(`--target must be one of ${[...EXPORT_TARGETS, "ruleset"].join(", ")}
usage: ${EXPORT_USAGE}`);
  if (!isRuleset && values.manifest === void 0) throw new UsageError(`--manifest is required: the export renders what one task is granted
usage: ${EXPORT_USAGE}`);
  if (!isRuleset && (values["required-check"] ?? values.branch ?? values["bypass-role"]) !== void 0) throw new UsageError("--required-check, --branch and --bypass-role are options of --target ruleset");
  if (values.check && values.out !== void 0) throw new UsageError("--check and --out exclude each other");
  const roles = values["bypass-role"] ?? ["admin"];
  for (const r of roles) if (!Object.hasOwn(BYPASS_ROLES, r)) throw new UsageError(`--bypass-role must be one of ${Object.keys(BYPASS_ROLES).join(", ")}, not ${JSON.stringify(oneLine(r))}`);
  for (const c of values["required-check"] ?? []) if (c.trim() === "") throw new UsageError("--required-check needs a check name");
  let rendering;
  try {
    const guard = await loadGuard(values, io);
    if (isRuleset) {
      rendering = renderRulesets({
        policy: guard.policy,
        policyPath: guard.policyPath,
        requiredChecks: values["required-check"] ?? [GATE_CHECK, GUARD_DIFF_CHECK],
        branches: values.branch ?? ["~DEFAULT_BRANCH"],
        bypassRoles: roles
      });
    } else {
      const hookArgs = [...values.policy !== void 0 ? ["--policy", values.policy] : [], "--manifest", values.manifest ?? ""].map(displayWord).join(" ");
      rendering = renderTarget(target, {
        policy: guard.policy,
        manifest: guard.manifest,
        policyPath: guard.policyPath,
        hookCommand: `agent-guard hook ${hookArgs}`,
        source: `${guard.context.task?.source ?? values.manifest} (sha256 ${guard.context.task?.sha256.slice(0, 12) ?? "?"}) and ${guard.context.policy?.source ?? "the policy"}`
      });
    }
  } catch (err) {
    if (err instanceof GuardConfigError || err instanceof ExportError) {
      io.err(`agent-guard export: ${oneLine(err.message)}`);
      return EXIT.INVALID;
    }
    throw err;
  }
  const repo = isAbsolute(values.repo) ? values.repo : join(io.cwd, values.repo);
  const abs = (p) => isAbsolute(p) ? p : join(io.cwd, p);
  const primary = rendering.files.find((f) => f.path !== null) ?? rendering.files[0];
  if (values.check) {
    const drift = [];
    let checked = 0;
    for (const f of rendering.files) {
      const where = f === primary && values.file !== void 0 ? abs(values.file) : f.path === null ? null : join(repo, f.path);
      if (where === null && f.drift(null).length === 0) continue;
      const text = where === null ? null : await readFile(where, "utf8").then((t) => Buffer.byteLength(t) > MAX_CHECKED_FILE_BYTES ? null : t, () => null);
      checked++;
      for (const d of f.drift(text)) drift.push(`${oneLine(where ?? `${target}`)}: ${oneLine(d)}`);
    }
    for (const d of drift) io.out(`drift: ${d}`);
    if (drift.length === 0) io.out(`no drift: ${checked === 1 ? "the file matches" : `${checked} files match`} the manifest (${target})`);
    return drift.length === 0 ? EXIT.OK : EXIT.DENY;
  }
  for (const n of rendering.notes) io.err(`note: ${oneLine(n)}`);
  if (values.out !== void 0) {
    const outDir = abs(values.out);
    for (const f of rendering.files) {
      if (f.path === null) {
        io.out(f.content.trimEnd());
        continue;
      }
      try {
        await writeFileNoFollow(join(outDir, f.path), f.content, { untrustedRoot: outDir });
      } catch (err) {
        if (err instanceof FileWriteError) {
          io.err(`agent-guard export: ${oneLine(err.message)}`);
          return EXIT.INVALID;
        }
        throw err;
      }
      io.out(`wrote ${oneLine(join(outDir, f.path))}`);
    }
    return EXIT.OK;
  }
  if (rendering.files.length === 1) io.out(rendering.files[0].content.trimEnd());
  else for (const f of rendering.files) io.out(`==> ${f.path ?? "checklist (not a file)"} <==
${f.content.trimEnd()}
`);
  return EXIT.OK;
}
export {
  runExport
};
