import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  EXIT,
  UsageError
} from "./chunk-S3PUWAI4.js";
import {
  ConfigError,
  parseSource,
  renderMarkdown,
  renderText,
  renderWorkflowReview,
  reviewChange
} from "./chunk-L4TQXMAI.js";
import {
  formatProblem
} from "./chunk-PJTHROFU.js";
import {
  GitError,
  currentBranch,
  defaultBranch,
  remoteUrl,
  resolveCommit
} from "./chunk-YPPLINAK.js";
import {
  FileReadError
} from "./chunk-PFF3JMPW.js";

// src/cli/check.ts
import { parseArgs } from "node:util";
var VERDICT_EXIT = { allow: EXIT.OK, deny: EXIT.DENY, approval_required: EXIT.APPROVAL_REQUIRED };
function repositoryFromRemote(url) {
  const m = /^(?:https?:\/\/[^/]+\/|ssh:\/\/git@[^/]+\/|git@[^:]+:)([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? m[1] : null;
}
async function runCheck(argv, io) {
  const { values } = parseArgs({
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
  const repo = values.repo.startsWith("/") ? values.repo : `${io.cwd}/${values.repo}`;
  try {
    const base = values.base ?? await defaultBaseRef(repo);
    const branch = values.branch ?? (values.head === "HEAD" ? await currentBranch(repo) : await branchOfRef(repo, values.head));
    const remote = values.repository ?? io.env.GITHUB_REPOSITORY ? null : await remoteUrl(repo).catch(() => null);
    const repository = values.repository ?? io.env.GITHUB_REPOSITORY ?? (remote ? repositoryFromRemote(remote) : null) ?? void 0;
    const opts = { repo, base, head: values.head };
    if (values.policy !== void 0) opts.policy = parseSource(values.policy, io.cwd);
    if (values.manifest !== void 0) opts.manifest = parseSource(values.manifest, io.cwd);
    if (branch) opts.branch = branch;
    if (repository) opts.repository = repository;
    const evaluation = await reviewChange(opts, io.cwd);
    if (format === "json") io.out(JSON.stringify(evaluation));
    else if (format === "markdown") io.out(renderMarkdown(evaluation));
    else io.out(renderText(evaluation, { all: values.all }));
    if (format !== "json" && evaluation.workflow_review) io.out(renderWorkflowReview(evaluation, format));
    return VERDICT_EXIT[evaluation.verdict];
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) io.err(formatProblem(p));
      return EXIT.INVALID;
    }
    if (err instanceof GitError) {
      io.err(`agent-guard check: ${err.message}${err.hint ? `. Fix: ${err.hint}` : ""}`);
      return EXIT.INVALID;
    }
    if (err instanceof FileReadError) {
      io.err(formatProblem({ code: "file_read", message: err.message, location: { file: err.file } }));
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

export {
  VERDICT_EXIT,
  repositoryFromRemote,
  runCheck,
  defaultBaseRef
};
