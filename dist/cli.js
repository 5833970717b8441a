#!/usr/bin/env node
import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  GitHubApiError,
  collectApprovalGate,
  gateJson,
  parseRepository,
  renderGateText,
  safeText
} from "./chunks/chunk-33OSOBFJ.js";
import {
  GitHubClientError,
  createGitHubClient
} from "./chunks/chunk-RDJLEGAZ.js";
import {
  renderMarkdown,
  renderText
} from "./chunks/chunk-CH4XSUIT.js";
import {
  ConfigError,
  FileReadError,
  MAX_DOCUMENT_BYTES,
  currentBranch,
  defaultBranch,
  formatProblem,
  loadManifest,
  loadPolicy,
  manifestViolations,
  parseSource,
  readBoundedFile,
  remoteUrl,
  resolveCommit,
  reviewChange
} from "./chunks/chunk-FCBGDJNY.js";
import "./chunks/chunk-AZ5JDDF3.js";

// src/cli/exit-codes.ts
var EXIT = Object.freeze({
  /** allow / valid / approved (or approval not required) */
  OK: 0,
  /** deny */
  DENY: 1,
  /** approval required */
  APPROVAL_REQUIRED: 2,
  /** invalid input or configuration (including usage errors) */
  INVALID: 3
});

// src/cli/io.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

// src/cli/approvals.ts
import { parseArgs } from "node:util";
var APPROVALS_USAGE = "agent-guard approvals --repo OWNER/NAME --pr N [--format text|json] [--policy PATH] [--manifest PATH] [--checkout DIR]  (GITHUB_TOKEN, GITHUB_API_URL)";
var DECISION_EXIT = { approved: EXIT.OK, not_required: EXIT.OK, approval_required: EXIT.APPROVAL_REQUIRED, deny: EXIT.DENY };
async function runApprovals(argv, io2) {
  const { values } = parseArgs({
    args: argv,
    options: {
      repo: { type: "string" },
      pr: { type: "string" },
      format: { type: "string", default: "text" },
      policy: { type: "string" },
      manifest: { type: "string" },
      checkout: { type: "string" }
    },
    strict: true,
    allowPositionals: false
  });
  const repo = parseRepository(values.repo ?? "");
  if (!repo) throw new UsageError(`--repo must be OWNER/NAME, not ${JSON.stringify(values.repo ?? "")}`);
  if (!/^[1-9][0-9]{0,9}$/.test(values.pr ?? "")) throw new UsageError(`--pr must be a pull request number, not ${JSON.stringify(values.pr ?? "")}`);
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not ${JSON.stringify(values.format)}`);
  const token = io2.env.GITHUB_TOKEN ?? "";
  if (!token) throw new UsageError("GITHUB_TOKEN is not set");
  const checkout = values.checkout === void 0 ? void 0 : values.checkout.startsWith("/") ? values.checkout : `${io2.cwd}/${values.checkout}`;
  try {
    const client = createGitHubClient({ token, env: io2.env, log: { debug: () => void 0, warn: (m) => io2.err(safeText(m)) } });
    const result = await collectApprovalGate(client, { ...repo, pullNumber: Number(values.pr) }, {
      ...values.policy !== void 0 ? { policyPath: values.policy } : {},
      ...values.manifest !== void 0 ? { manifestPath: values.manifest } : {},
      ...checkout !== void 0 ? { checkout } : {}
    });
    io2.out(values.format === "json" ? JSON.stringify(gateJson(result), null, 2) : renderGateText(result));
    return DECISION_EXIT[result.decision];
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) io2.err(safeText(formatProblem(p)));
      return EXIT.INVALID;
    }
    if (err instanceof GitHubClientError) {
      io2.err(`agent-guard approvals: ${safeText(err.message)}`);
      return EXIT.INVALID;
    }
    if (err instanceof GitHubApiError) {
      io2.err(`agent-guard approvals: deny: ${safeText(err.message)}`);
      return err.status === 404 ? EXIT.INVALID : EXIT.DENY;
    }
    throw err;
  }
}

// src/cli/check.ts
import { parseArgs as parseArgs2 } from "node:util";
var CHECK_USAGE = "agent-guard check [--repo DIR] [--base REF] [--head REF] [--policy FILE|REF:PATH] [--manifest FILE|REF:PATH] [--branch NAME] [--repository OWNER/NAME] [--format text|json|markdown] [--all]";
var VERDICT_EXIT = { allow: EXIT.OK, deny: EXIT.DENY, approval_required: EXIT.APPROVAL_REQUIRED };
function repositoryFromRemote(url) {
  const m = /^(?:https?:\/\/[^/]+\/|ssh:\/\/git@[^/]+\/|git@[^:]+:)([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? m[1] : null;
}
async function runCheck(argv, io2) {
  const { values } = parseArgs2({
    args: argv,
    options: {
      repo: { type: "string", default: "." },
      base: { type: "string" },
      head: { type: "string", default: "HEAD" },
      policy: { type: "string" },
      manifest: { type: "string" },
      branch: { type: "string" },
      repository: { type: "string" },
      format: { type: "string", default: "text" },
      all: { type: "boolean", default: false }
    },
    strict: true,
    allowPositionals: false
  });
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "markdown") throw new UsageError(`--format must be text, json or markdown, not ${JSON.stringify(format)}`);
  const repo = values.repo.startsWith("/") ? values.repo : `${io2.cwd}/${values.repo}`;
  try {
    const base = values.base ?? await defaultBaseRef(repo);
    const branch = values.branch ?? (values.head === "HEAD" ? await currentBranch(repo) : await branchOfRef(repo, values.head));
    const remote = await remoteUrl(repo).catch(() => null);
    const repository = values.repository ?? io2.env.GITHUB_REPOSITORY ?? (remote ? repositoryFromRemote(remote) : null) ?? void 0;
    const opts = { repo, base, head: values.head };
    if (values.policy !== void 0) opts.policy = parseSource(values.policy, io2.cwd);
    if (values.manifest !== void 0) opts.manifest = parseSource(values.manifest, io2.cwd);
    if (branch) opts.branch = branch;
    if (repository) opts.repository = repository;
    const evaluation = await reviewChange(opts, io2.cwd);
    if (format === "json") io2.out(JSON.stringify(evaluation));
    else if (format === "markdown") io2.out(renderMarkdown(evaluation));
    else io2.out(renderText(evaluation, { all: values.all }));
    return VERDICT_EXIT[evaluation.verdict];
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) io2.err(formatProblem(p));
      return EXIT.INVALID;
    }
    throw err;
  }
}
async function defaultBaseRef(repo) {
  const d = await defaultBranch(repo).catch(() => null);
  if (d) {
    const remoteRef = d.startsWith("origin/") || d.startsWith("refs/") ? d : `origin/${d}`;
    if (await resolveCommit(repo, remoteRef).then(() => true, () => false)) return remoteRef;
    return d;
  }
  return "main";
}
async function branchOfRef(repo, ref) {
  void repo;
  if (/^[0-9a-f]{40}$/.test(ref) || /^[0-9a-f]{64}$/.test(ref)) return null;
  return ref.replace(/^refs\/heads\//, "").replace(/^origin\//, "");
}

// src/cli/validate.ts
import { parseArgs as parseArgs3 } from "node:util";
var VALIDATE_USAGE = "agent-guard validate [--policy FILE] [--manifest FILE]... [--format text|json]";
async function runValidate(argv, io2) {
  const { values } = parseArgs3({
    args: argv,
    options: {
      policy: { type: "string" },
      manifest: { type: "string", multiple: true },
      format: { type: "string", default: "text" }
    },
    strict: true,
    allowPositionals: false
  });
  const format = values.format;
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json, not ${JSON.stringify(format)}`);
  const manifests = values.manifest ?? [];
  if (values.policy === void 0 && manifests.length === 0) throw new UsageError(`nothing to validate: give --policy and/or --manifest
usage: ${VALIDATE_USAGE}`);
  const reports = [];
  let policy;
  let policyValid = true;
  if (values.policy !== void 0) {
    const outcome = await read(values.policy, (bytes) => loadPolicy(bytes, values.policy));
    if (outcome.ok) policy = outcome.loaded.value;
    else policyValid = false;
    reports.push(report(values.policy, "policy", outcome));
  }
  for (const file of manifests) {
    const outcome = await read(file, (bytes) => loadManifest(bytes, file));
    const r = report(file, "manifest", outcome);
    if (outcome.ok && policy) {
      r.problems.push(...manifestViolations(outcome.loaded, policy));
      r.valid = r.problems.length === 0;
    }
    reports.push(r);
  }
  const valid = policyValid && reports.every((r) => r.valid);
  if (format === "json") {
    io2.out(
      JSON.stringify(
        {
          valid,
          files: reports.map((r) => ({
            ...r,
            problems: r.problems.map((p) => ({ file: p.location?.file ?? r.file, line: p.location?.line ?? null, column: p.location?.column ?? null, code: p.code, message: p.message }))
          }))
        },
        null,
        2
      )
    );
  } else {
    for (const r of reports) {
      if (r.valid) io2.out(`${r.file}: valid ${r.kind}`);
      for (const p of r.problems) io2.out(formatProblem(p));
    }
    if (values.policy !== void 0 && !policyValid && manifests.length > 0) io2.out("manifests were not checked against the policy, because the policy is invalid");
  }
  return valid ? EXIT.OK : EXIT.INVALID;
}
async function read(file, parse) {
  try {
    return parse(await readBoundedFile(file, MAX_DOCUMENT_BYTES));
  } catch (err) {
    if (err instanceof FileReadError) return { ok: false, problems: [{ code: "file_read", message: err.message, location: { file, line: 1, column: 1 } }] };
    throw err;
  }
}
function report(file, kind, outcome) {
  return outcome.ok ? { file, kind, valid: true, sha256: outcome.loaded.sha256, problems: [] } : { file, kind, valid: false, problems: outcome.problems };
}

// src/cli/main.ts
var COMMANDS = {
  approvals: { usage: APPROVALS_USAGE, run: runApprovals },
  check: { usage: CHECK_USAGE, run: runCheck },
  validate: { usage: VALIDATE_USAGE, run: runValidate }
};
var USAGE = ["usage:", ...Object.values(COMMANDS).map((c) => `  ${c.usage}`), "", "exit codes: 0 allow/valid/approved, 1 deny, 2 approval required, 3 invalid input or configuration"].join("\n");
async function main(argv, io2) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    io2.out(USAGE);
    return command === void 0 ? EXIT.INVALID : EXIT.OK;
  }
  const cmd = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : void 0;
  if (!cmd) {
    io2.err(`agent-guard: unknown command ${JSON.stringify(command)}
${USAGE}`);
    return EXIT.INVALID;
  }
  try {
    return await cmd.run(rest, io2);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof UsageError || err.code?.startsWith("ERR_PARSE_ARGS")) {
      io2.err(`agent-guard ${command}: ${message}`);
    } else {
      io2.err(`agent-guard ${command}: internal error: ${message}`);
      if (io2.env.AGENT_GUARD_DEBUG) io2.err(String(err.stack));
    }
    return EXIT.INVALID;
  }
}

// src/cli/bin.ts
var io = {
  out: (line) => process.stdout.write(`${line}
`),
  err: (line) => process.stderr.write(`${line}
`),
  env: process.env,
  cwd: process.cwd()
};
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`agent-guard: internal error: ${err instanceof Error ? err.message : String(err)}
`);
    process.exitCode = EXIT.INVALID;
  }
);
