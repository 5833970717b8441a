import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  quoteUntrusted,
  sanitizeForMessage
} from "./chunk-ERUCQBI4.js";

// src/adapters/git/process.ts
import { spawn } from "node:child_process";
import { realpathSync } from "node:fs";
import { stat } from "node:fs/promises";

// src/core/child-environment.ts
var BASE_NAMES = [
  "PATH",
  "HOME",
  "TMPDIR",
  "TMP",
  "TEMP",
  "TZ",
  "LANG",
  "LANGUAGE",
  "LC_ALL",
  "LC_CTYPE",
  "LC_COLLATE",
  "LC_MESSAGES",
  "LC_NUMERIC",
  "LC_TIME"
];
var WINDOWS_NAMES = ["SYSTEMROOT", "WINDIR", "SYSTEMDRIVE", "COMSPEC", "PATHEXT"];
var NO_HOME = "/dev/null/agent-guard-no-home";
var NEVER_INHERITED = [
  /^INPUT_/i,
  /^ACTIONS_/i,
  /^GIT_/i,
  /TOKEN|SECRET|PASS|CREDENTIAL|PRIVATE|KEY|AUTH|COOKIE|SESSION|(?:^|_)PAT(?:_|$)/i,
  /PROXY|(?:^|_)(?:SSL|TLS|CA)(?:_|$)|CA_?CERT|CA_?BUNDLE|CAINFO|CAPATH/i,
  /^(?:LD_|DYLD_)|^NODE_OPTIONS$|^BASH_ENV$|^ENV$/i,
  /^GITHUB_(?:ENV|OUTPUT|STATE|PATH|STEP_SUMMARY)$/i
];
var VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var RUNNER_CHANNELS = [/^INPUT_/i, /^ACTIONS_/i, /^GITHUB_(?:ENV|OUTPUT|STATE|PATH|STEP_SUMMARY)$/i];
function neverInherited(name) {
  return NEVER_INHERITED.some((re) => re.test(name));
}
function childEnvironment(parent, options = {}) {
  const windows = options.platform === "win32";
  const key = (name) => windows ? name.toUpperCase() : name;
  const inherit = options.inherit ?? [];
  const granted = options.granted ?? [];
  for (const name of inherit) {
    if (!VARIABLE_NAME.test(name) || neverInherited(name)) {
      throw new Error(`Refusing to pass the variable ${quoteUntrusted(name)} to a child process: it could carry a secret or change what the child trusts`);
    }
  }
  for (const name of granted) {
    if (!VARIABLE_NAME.test(name) || RUNNER_CHANNELS.some((re) => re.test(name))) {
      throw new Error(`Refusing to grant the variable ${quoteUntrusted(name)} to a child process: it is one of the runner's own channels`);
    }
  }
  const allowed = new Set([...BASE_NAMES, ...windows ? WINDOWS_NAMES : [], ...inherit, ...granted].map(key));
  const set = options.set ?? {};
  const fixed = new Set(Object.keys(set).map(key));
  const env = {};
  const taken = /* @__PURE__ */ new Set();
  for (const [name, value] of Object.entries(parent)) {
    const k = key(name);
    if (value === void 0 || !allowed.has(k) || fixed.has(k) || taken.has(k)) continue;
    taken.add(k);
    env[name] = value;
  }
  for (const [name, value] of Object.entries(set)) env[name] = value;
  return env;
}

// src/adapters/git/process.ts
var GitError = class extends Error {
  code;
  /** How to fix it, when we know. */
  hint;
  /** git's stderr, sanitised (control characters escaped) and truncated. */
  stderr;
  exitCode;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "GitError";
    this.code = code;
    if (options.hint !== void 0) this.hint = options.hint;
    if (options.stderr !== void 0) this.stderr = options.stderr;
    if (options.exitCode !== void 0) this.exitCode = options.exitCode;
  }
};
var HINT_FETCH_DEPTH = "check out with `actions/checkout` and `fetch-depth: 0` (or run `git fetch --unshallow`), so that the merge base of base and head is present";
var HINT_FETCH_BASE = "fetch the base branch and the head commit first (e.g. `git fetch origin <base-branch>`), or check out with `actions/checkout` and `fetch-depth: 0`";
var MAX_STDERR_CHARS = 2e3;
function quoted(text) {
  return `"${sanitizeForMessage(text, 200)}"`;
}
function sanitizeStderr(stderr) {
  const lines = stderr.split("\n").map((l) => l.trimEnd()).filter((l) => l.length > 0);
  return sanitizeForMessage(lines.join(" | "), MAX_STDERR_CHARS);
}
var GIT_ENV = {
  // No system, global or XDG config, and no system or home attributes: only the repository's own
  // config, whose code-running options the fixed arguments and the settings below turn off. trace2
  // reads its targets only from system and global config and the environment, so it stays off.
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_ATTR_NOSYSTEM: "1",
  HOME: NO_HOME,
  LC_ALL: "C",
  LANG: "C",
  // No transport of any kind, whatever the repository config allows: a promisor remote written into
  // .git/config would otherwise fetch a missing object through a command of its choice
  // (`remote.<name>.uploadpack`, `ext::`). Only a remote helper of exactly this name could run, and
  // it would have to be on PATH. GIT_NO_LAZY_FETCH (git 2.44 and later) turns the fetch off itself.
  GIT_ALLOW_PROTOCOL: "agent-guard-no-transport",
  GIT_NO_LAZY_FETCH: "1",
  GIT_TERMINAL_PROMPT: "0",
  GIT_ASKPASS: "false",
  SSH_ASKPASS: "false",
  GCM_INTERACTIVE: "never",
  GIT_PAGER: "cat",
  PAGER: "cat",
  GIT_NO_REPLACE_OBJECTS: "1",
  // `<git dir>/info/grafts` rewrites the parents of any commit, as replace refs do, and neither
  // `--no-replace-objects` nor GIT_NO_REPLACE_OBJECTS turns it off: one line written into the checkout
  // by an earlier step (`<base tip> <agent commit>`) moves the merge base onto the agent's own commit
  // and hides everything before it. Point git at a graft file that cannot exist (nothing can be
  // created under /dev/null), so that history is read from the commits themselves.
  GIT_GRAFT_FILE: "/dev/null/agent-guard-no-grafts",
  GIT_OPTIONAL_LOCKS: "0",
  GIT_LITERAL_PATHSPECS: "1"
};
function gitEnv() {
  return childEnvironment(process.env, { set: GIT_ENV, platform: process.platform });
}
var GLOBAL_ARGS = [
  "--no-pager",
  "--no-replace-objects",
  "--literal-pathspecs",
  "-c",
  "core.quotePath=false",
  "-c",
  "core.fsmonitor=false",
  // The commit-graph file (`objects/info/commit-graph`) is a cache of every commit's parents that git
  // trusts without reading the commits: four bytes changed in it give a commit on the base branch the
  // agent's commit as parent, so the merge base moves and the change set loses the agent's earlier
  // commits. Read parents from the commits themselves.
  "-c",
  "core.commitGraph=false",
  "-c",
  "core.pager=cat",
  "-c",
  "color.ui=false",
  "-c",
  "log.showSignature=false"
];
var DEFAULT_TIMEOUT_MS = 10 * 60 * 1e3;
var DEFAULT_MAX_STDOUT = 64 * 1024 * 1024;
var MAX_STDERR_BYTES = 64 * 1024;
function describeCommand(args) {
  return `git ${args[0] ?? ""}`;
}
async function repoProblem(repo) {
  try {
    const s = await stat(repo);
    if (!s.isDirectory()) {
      return new GitError("NOT_A_REPOSITORY", `Not a directory: ${quoted(repo)}`, {
        hint: "pass the path of a git work tree (the directory `actions/checkout` checked out)"
      });
    }
    return null;
  } catch {
    return new GitError("NOT_A_REPOSITORY", `Repository directory does not exist: ${quoted(repo)}`, {
      hint: "pass the path of a git work tree (the directory `actions/checkout` checked out)"
    });
  }
}
function safeDirectoryArgs(repo) {
  try {
    return ["-c", `safe.directory=${realpathSync(repo)}`];
  } catch {
    return [];
  }
}
function spawnGit(repo, args, stdio, env = gitEnv()) {
  return spawn("git", [...GLOBAL_ARGS, ...safeDirectoryArgs(repo), ...args], { cwd: repo, env, stdio, windowsHide: true });
}
function startGit(repo, args, opts) {
  let settled = false;
  let failure = null;
  const stderrChunks = [];
  let stderrBytes = 0;
  const wantStdin = opts.stdin === true || opts.input !== void 0;
  const child = spawnGit(repo, args, [wantStdin ? "pipe" : "ignore", opts.stdoutFd ?? "pipe", "pipe"]);
  const fail = (err) => {
    failure ??= err instanceof Error ? err : new Error(String(err));
    child.kill("SIGKILL");
  };
  const done = new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new GitError("TIMEOUT", `${describeCommand(args)} timed out in ${quoted(repo)}`)), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    child.on("error", (err) => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      if (err.code === "ENOENT") {
        void repoProblem(repo).then((problem) => {
          reject(
            problem ?? new GitError("GIT_NOT_FOUND", "The `git` executable was not found on PATH", {
              hint: "install git (2.39 or newer) on the runner",
              cause: err
            })
          );
        });
        return;
      }
      reject(new GitError("GIT_FAILED", `Could not run ${describeCommand(args)} in ${quoted(repo)}: ${err.message}`, { cause: err }));
    });
    child.stdout?.on("data", (chunk) => {
      if (failure !== null) return;
      try {
        opts.onStdout(chunk);
      } catch (err) {
        fail(err);
      }
    });
    child.stderr.on("data", (chunk) => {
      if (stderrBytes < MAX_STDERR_BYTES) {
        stderrChunks.push(chunk);
        stderrBytes += chunk.length;
      }
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      const stderr = Buffer.concat(stderrChunks).toString("utf8");
      if (failure !== null) {
        reject(failure);
        return;
      }
      if (code === null) {
        reject(
          new GitError("GIT_FAILED", `${describeCommand(args)} was killed by signal ${signal ?? "unknown"} in ${quoted(repo)}`, {
            stderr: sanitizeStderr(stderr),
            exitCode: null
          })
        );
        return;
      }
      resolve({ exitCode: code, stderr });
    });
  });
  done.catch(() => void 0);
  const stdin = wantStdin ? child.stdin : null;
  stdin?.on("error", () => void 0);
  if (stdin && opts.input !== void 0) stdin.end(opts.input);
  return {
    write: (data) => {
      if (stdin && failure === null) stdin.write(data);
    },
    end: () => {
      stdin?.end();
    },
    abort: fail,
    done
  };
}
function execGit(repo, args, opts) {
  return startGit(repo, args, opts).done;
}
async function runGit(repo, args, opts = {}) {
  const chunks = [];
  let size = 0;
  const max = opts.maxStdout ?? DEFAULT_MAX_STDOUT;
  const execOpts = {
    onStdout: (chunk) => {
      size += chunk.length;
      if (size > max) {
        throw new GitError("TOO_LARGE", `${describeCommand(args)} produced more than ${max} bytes of output in ${quoted(repo)}`);
      }
      chunks.push(chunk);
    }
  };
  if (opts.input !== void 0) execOpts.input = opts.input;
  if (opts.timeoutMs !== void 0) execOpts.timeoutMs = opts.timeoutMs;
  const result = await execGit(repo, args, execOpts);
  return { stdout: Buffer.concat(chunks), stderr: result.stderr, exitCode: result.exitCode };
}
function gitFailure(repo, args, result, what) {
  const stderr = sanitizeStderr(result.stderr);
  const lower = result.stderr.toLowerCase();
  const base = `${what ?? describeCommand(args)} failed (exit ${result.exitCode}) in ${quoted(repo)}`;
  if (lower.includes("dubious ownership")) {
    return new GitError("NOT_A_REPOSITORY", `${base}: git refuses a repository owned by another user: ${stderr}`, {
      hint: "pass the top-level directory of the work tree: that directory is trusted whoever owns it, and global git config (safe.directory) is not read",
      stderr,
      exitCode: result.exitCode
    });
  }
  if (lower.includes("not a git repository")) {
    return new GitError("NOT_A_REPOSITORY", `${base}: not a git repository`, {
      hint: "run inside the work tree checked out by `actions/checkout`, or pass its path",
      stderr,
      exitCode: result.exitCode
    });
  }
  return new GitError("GIT_FAILED", stderr ? `${base}: ${stderr}` : base, { stderr, exitCode: result.exitCode });
}
async function gitOk(repo, args, opts = {}) {
  const result = await runGit(repo, args, opts);
  if (result.exitCode !== 0) throw gitFailure(repo, args, result, opts.what);
  return result.stdout;
}
async function pipeGit(repo, first, second, maxStdout) {
  const env = gitEnv();
  const producer = spawnGit(repo, first, ["ignore", "pipe", "pipe"], env);
  const consumer = spawnGit(repo, second, ["pipe", "pipe", "pipe"], env);
  const collect = (stream, limit) => new Promise((resolve) => {
    const chunks = [];
    let n = 0;
    if (stream === null) {
      resolve(Buffer.alloc(0));
      return;
    }
    stream.on("data", (c) => {
      if (n < limit) {
        chunks.push(c);
        n += c.length;
      }
    });
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", () => resolve(Buffer.concat(chunks)));
  });
  const exited = (child) => new Promise((resolve) => {
    child.on("error", () => resolve(-1));
    child.on("close", (code) => resolve(code));
  });
  consumer.stdin.on("error", () => void 0);
  let stdoutBytes = 0;
  producer.stdout.on("data", (c) => {
    stdoutBytes += c.length;
  });
  producer.stdout.pipe(consumer.stdin);
  const timer = setTimeout(() => {
    producer.kill("SIGKILL");
    consumer.kill("SIGKILL");
  }, DEFAULT_TIMEOUT_MS);
  const [firstErr, secondOut, secondErr, firstCode, secondCode] = await Promise.all([
    collect(producer.stderr, MAX_STDERR_BYTES),
    collect(consumer.stdout, maxStdout),
    collect(consumer.stderr, MAX_STDERR_BYTES),
    exited(producer),
    exited(consumer)
  ]);
  clearTimeout(timer);
  return {
    first: { exitCode: firstCode, stderr: firstErr.toString("utf8"), stdoutBytes },
    second: { exitCode: secondCode, stderr: secondErr.toString("utf8"), stdout: secondOut }
  };
}

export {
  BASE_NAMES,
  childEnvironment,
  GitError,
  HINT_FETCH_DEPTH,
  HINT_FETCH_BASE,
  quoted,
  describeCommand,
  repoProblem,
  startGit,
  execGit,
  runGit,
  gitFailure,
  gitOk,
  pipeGit
};
