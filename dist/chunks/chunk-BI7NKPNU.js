import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  reportInvalidInput
} from "./chunk-QOGEQMRH.js";
import {
  EXIT,
  UsageError
} from "./chunk-S3PUWAI4.js";
import {
  parseSource,
  startReview
} from "./chunk-UC545A7V.js";
import {
  currentBranch,
  decodeGitPath,
  defaultBranch,
  remoteUrl,
  resolveCommit
} from "./chunk-UGBVF5CQ.js";
import {
  GitError,
  gitFailure,
  runGit
} from "./chunk-A76VIHJP.js";
import {
  oneLine,
  quoteUntrusted
} from "./chunk-ERUCQBI4.js";

// src/cli/check.ts
import { parseArgs } from "node:util";

// src/adapters/git/work-tree.ts
async function workTreeChanges(repo, max = 5) {
  const bare = await runGit(repo, ["rev-parse", "--is-bare-repository"]);
  if (bare.exitCode !== 0) throw gitFailure(repo, ["rev-parse", "--is-bare-repository"], bare);
  if (bare.stdout.toString("utf8").trim() === "true") return null;
  const names = await runGit(repo, ["config", "--null", "--name-only", "--get-regexp", "^filter\\."]);
  const off = [];
  if (names.exitCode === 0) {
    for (const key of names.stdout.toString("utf8").split("\0")) {
      const m = /^(filter\..+)\.(?:clean|smudge|process)$/i.exec(key);
      if (m) off.push("-c", `${m[1]}.clean=`, "-c", `${m[1]}.smudge=`, "-c", `${m[1]}.process=`, "-c", `${m[1]}.required=false`);
    }
  } else if (names.exitCode !== 1) throw gitFailure(repo, ["config", "--get-regexp", "^filter\\."], names);
  const args = [...off, "status", "--porcelain=v1", "-z", "--untracked-files=normal", "--ignore-submodules=none", "--no-renames"];
  const status = await runGit(repo, args);
  if (status.exitCode !== 0) throw gitFailure(repo, ["status", "--porcelain"], status);
  const entries = splitNul(status.stdout).filter((e) => e.length > 3);
  return { paths: entries.slice(0, max).map((e) => decodeGitPath(e.subarray(3)).text), count: entries.length };
}
function splitNul(buf) {
  const out = [];
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0) {
      out.push(buf.subarray(start, i));
      start = i + 1;
    }
  }
  if (start < buf.length) out.push(buf.subarray(start));
  return out;
}

// src/cli/check.ts
function loadCheckModules() {
  return Promise.all([import("./review-change-533QYDXP.js"), import("./config-3N6PJV63.js"), import("./report-QMTVL4OL.js"), import("./render-AFYDE3YC.js")]).then(
    ([review, config, report, workflows]) => ({ reviewChange: review.reviewChange, formatProblem: config.formatProblem, renderMarkdown: report.renderMarkdown, renderText: report.renderText, renderWorkflowReview: workflows.renderWorkflowReview })
  );
}
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
  let loading;
  const modules = () => loading ??= loadCheckModules();
  const guard = (p) => {
    p.catch(() => void 0);
    return p;
  };
  const baseP = guard(values.base !== void 0 ? Promise.resolve(values.base) : defaultBaseRef(repo));
  const branchP = guard(values.branch !== void 0 ? Promise.resolve(values.branch) : values.head === "HEAD" ? currentBranch(repo) : branchOfRef(repo, values.head));
  const remoteP = values.repository ?? io.env.GITHUB_REPOSITORY ? Promise.resolve(null) : remoteUrl(repo).catch(() => null);
  const workTree = values.head === "HEAD" ? guard(workTreeChanges(repo)) : void 0;
  try {
    const base = await baseP;
    const branch = await branchP;
    const remote = await remoteP;
    const repository = values.repository ?? io.env.GITHUB_REPOSITORY ?? (remote ? repositoryFromRemote(remote) : null) ?? void 0;
    const opts = { repo, base, head: values.head };
    if (values.policy !== void 0) opts.policy = parseSource(values.policy, io.cwd);
    if (values.manifest !== void 0) opts.manifest = parseSource(values.manifest, io.cwd);
    if (branch) opts.branch = branch;
    if (repository) opts.repository = repository;
    const started = startReview(opts);
    started.catch(() => void 0);
    const { reviewChange, renderMarkdown, renderText, renderWorkflowReview } = await modules();
    const evaluation = await reviewChange(opts, io.cwd, started);
    if (format === "json") io.out(JSON.stringify(evaluation));
    else if (format === "markdown") io.out(renderMarkdown(evaluation));
    else io.out(renderText(evaluation, { all: values.all }));
    if (format !== "json" && evaluation.workflow_review) io.out(renderWorkflowReview(evaluation, format));
    if (workTree !== void 0) await noteWorkTree(workTree, io);
    return VERDICT_EXIT[evaluation.verdict];
  } catch (err) {
    const invalid = await reportInvalidInput(err, "check", io);
    if (invalid !== null) return invalid;
    throw err;
  }
}
async function noteWorkTree(status, io) {
  let changes;
  try {
    changes = await status;
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    io.err(`note: the work tree's status could not be read (${oneLine(err.message)}): uncommitted changes, if any, were not reviewed`);
    return;
  }
  if (changes === null || changes.count === 0) return;
  const shown = changes.paths.map((p) => quoteUntrusted(p)).join(", ");
  const more = changes.count > changes.paths.length ? `, and ${changes.count - changes.paths.length} more` : "";
  io.err(
    `note: ${changes.count} uncommitted change${changes.count === 1 ? "" : "s"} in the work tree (${shown}${more}) ${changes.count === 1 ? "is" : "are"} not in the reviewed commit: check judges commits (HEAD), so commit them and run check again to have them judged`
  );
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
  loadCheckModules,
  VERDICT_EXIT,
  repositoryFromRemote,
  runCheck,
  defaultBaseRef
};
