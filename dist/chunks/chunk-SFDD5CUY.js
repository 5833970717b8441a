import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  ZERO_OID_RE,
  resolveCommitAs
} from "./chunk-UGBVF5CQ.js";
import {
  GitError,
  gitFailure,
  pipeGit,
  quoted,
  repoProblem
} from "./chunk-A76VIHJP.js";
import {
  isSha
} from "./chunk-4SQGAN2Y.js";

// src/adapters/git/history.ts
async function patchId(repo, base, head) {
  const [b, h] = await Promise.all([resolveCommitAs(repo, base, "base"), resolveCommitAs(repo, head, "head")]);
  const diffArgs = [
    "-c",
    "diff.suppressBlankEmpty=false",
    "-c",
    "diff.noprefix=false",
    "-c",
    "diff.mnemonicPrefix=false",
    "diff-tree",
    "-r",
    "-p",
    "--binary",
    "--full-index",
    "--no-renames",
    "--no-ext-diff",
    "--no-textconv",
    "--no-color",
    "--no-relative",
    "--ignore-submodules=none",
    "-U3",
    "--inter-hunk-context=0",
    "--diff-algorithm=myers",
    "--indent-heuristic",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    b,
    h,
    "--"
  ];
  const { first: diff, second: pid } = await pipeGit(repo, diffArgs, ["patch-id", "--verbatim"], 1024 * 1024);
  if (diff.exitCode !== 0) {
    if (diff.exitCode === -1) {
      const problem = await repoProblem(repo);
      if (problem) throw problem;
    }
    throw gitFailure(repo, ["diff-tree"], { exitCode: diff.exitCode ?? -1, stderr: diff.stderr }, `git diff-tree -p ${b} ${h}`);
  }
  if (pid.exitCode !== 0) {
    throw gitFailure(repo, ["patch-id"], { exitCode: pid.exitCode ?? -1, stderr: pid.stderr }, "git patch-id --verbatim");
  }
  const diffBytes = diff.stdoutBytes;
  const lines = pid.stdout.toString("latin1").split("\n").filter((l) => l.length > 0);
  if (lines.length === 0) {
    if (diffBytes === 0) {
      throw new GitError("EMPTY_CHANGESET", `There is no difference between ${b} and ${h}; there is no patch to identify`);
    }
    throw new GitError("UNEXPECTED_OUTPUT", `git patch-id printed nothing for a ${diffBytes}-byte patch`);
  }
  if (lines.length !== 1) {
    throw new GitError("UNEXPECTED_OUTPUT", `git patch-id split the patch ${b}..${h} into ${lines.length} patches`);
  }
  const id = lines[0].split(" ")[0] ?? "";
  if (!isSha(id) || ZERO_OID_RE.test(id)) {
    throw new GitError("UNEXPECTED_OUTPUT", `git patch-id printed ${quoted(lines[0])}`);
  }
  return id;
}

export {
  patchId
};
