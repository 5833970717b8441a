import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  checkManifestAgainstPolicy,
  grantedCapabilities,
  loadManifest,
  loadPolicy,
  sha256
} from "./chunk-56M6AEYA.js";
import {
  BASELINE_POLICY,
  DEFAULT_POLICY_PATH,
  GuardPathError,
  MAX_DOCUMENT_BYTES,
  PROTECTED_RULES,
  canonicalisePath,
  compilePolicy,
  foldPath,
  hostAllowed,
  maxTier,
  parseWorkflowYaml,
  quoteUntrusted,
  quoteValue,
  resolveSymlinkTarget,
  sanitizeForMessage,
  stableJson,
  symlinkTargetClimbsThroughName,
  tierRank
} from "./chunk-HIH5H5C6.js";
import {
  readBoundedFile
} from "./chunk-PFF3JMPW.js";

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
    failure ??= err;
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

// src/core/sha.ts
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function isSha(text) {
  return typeof text === "string" && SHA.test(text);
}

// src/adapters/git/raw-diff.ts
var FATAL_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeGitPath(bytes) {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return { text: bytes.toString("latin1"), invalidUtf8: false };
  try {
    return { text: FATAL_UTF8.decode(bytes), invalidUtf8: false };
  } catch {
    return { text: escapeInvalidUtf8(bytes), invalidUtf8: true };
  }
}
function utf8SequenceLength(lead) {
  if (lead < 128) return 1;
  if (lead >= 194 && lead <= 223) return 2;
  if (lead >= 224 && lead <= 239) return 3;
  if (lead >= 240 && lead <= 244) return 4;
  return 0;
}
function escapeInvalidUtf8(bytes) {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 92) {
      out += "\\\\";
      i += 1;
      continue;
    }
    const len = utf8SequenceLength(b);
    if (len === 1) {
      out += String.fromCharCode(b);
      i += 1;
      continue;
    }
    if (len > 1 && i + len <= bytes.length) {
      try {
        out += FATAL_UTF8.decode(bytes.subarray(i, i + len));
        i += len;
        continue;
      } catch {
      }
    }
    out += `\\x${b.toString(16).padStart(2, "0")}`;
    i += 1;
  }
  return out;
}
var NON_ASCII_RE = /[^\u0000-\u007f]/;
var ZERO_40 = "0".repeat(40);
var ZERO_64 = "0".repeat(64);
var EMPTY_BUFFER = Buffer.alloc(0);
function statusOf(letter) {
  switch (letter) {
    case 65:
      return "added";
    case 77:
      return "modified";
    case 68:
      return "deleted";
    case 82:
      return "renamed";
    case 67:
      return "copied";
    case 84:
      return "type_changed";
    default:
      return void 0;
  }
}
var MODES = ["000000", "100644", "100755", "120000", "160000"];
var KINDS = ["none", "regular", "executable", "symlink", "gitlink"];
function modeAt(text, p) {
  let v = 0;
  for (let i = 0; i < 6; i++) v = v * 8 + (text.charCodeAt(p + i) - 48);
  switch (v) {
    case 0:
      return 0;
    case 33188:
      return 1;
    case 33261:
      return 2;
    case 40960:
      return 3;
    case 57344:
      return 4;
    default:
      return -1;
  }
}
var RAW_HEADER_RE = /:[0-7]{6} [0-7]{6} (?:[0-9a-f]{40} [0-9a-f]{40}|[0-9a-f]{64} [0-9a-f]{64}) [A-Z][0-9]{0,3}/y;
function malformedHeader(text, s, e) {
  const t = text.slice(s, e);
  if (t.startsWith("::")) {
    throw new GitError("UNEXPECTED_OUTPUT", "git diff printed a combined (merge) diff entry; only two-tree diffs are supported");
  }
  throw new GitError("UNEXPECTED_OUTPUT", `git diff printed an entry header that does not parse: ${quoted(t.slice(0, 200))}`);
}
var RawDiffParser = class {
  entries = [];
  /** Bytes after the last NUL of the previous chunk. */
  rest = EMPTY_BUFFER;
  maxEntries;
  onEntry;
  // The pending header (valid while `inRecord`), kept in fields rather than an object per record.
  inRecord = false;
  hStatus = "modified";
  hPair = false;
  /** Indexes into MODES / KINDS. */
  hOldMode = 0;
  hNewMode = 0;
  hOldBlob = "";
  hNewBlob = "";
  hScore = -1;
  /** The first path of a rename or copy (decoded), once read. */
  hFirst = null;
  hFirstInvalid = false;
  /** Set by `decodePath`: the last decoded path was not valid UTF-8. */
  lastInvalid = false;
  constructor(options = {}) {
    this.maxEntries = options.maxEntries ?? Number.POSITIVE_INFINITY;
    this.onEntry = options.onEntry;
  }
  push(chunk) {
    const text = this.rest.length === 0 ? chunk.toString("latin1") : Buffer.concat([this.rest, chunk]).toString("latin1");
    let start = 0;
    let nul = text.indexOf("\0", start);
    while (nul !== -1) {
      this.field(text, start, nul);
      start = nul + 1;
      nul = text.indexOf("\0", start);
    }
    this.rest = start >= text.length ? EMPTY_BUFFER : Buffer.from(text.slice(start), "latin1");
    if (this.rest.length > 1024 * 1024) {
      throw new GitError("UNEXPECTED_OUTPUT", "git diff printed a field longer than 1 MiB without a NUL terminator");
    }
  }
  end() {
    if (this.rest.length > 0 || this.inRecord) {
      throw new GitError("UNEXPECTED_OUTPUT", "git diff output ended in the middle of an entry (truncated output)");
    }
    return this.entries;
  }
  /** One NUL-terminated field: `text` from `start` to `end` (exclusive). */
  field(text, start, end) {
    if (!this.inRecord) {
      this.parseHeader(text, start, end);
      this.inRecord = true;
      return;
    }
    if (end === start) {
      throw new GitError("UNEXPECTED_OUTPUT", "git diff printed an empty path");
    }
    const path = this.decodePath(text.slice(start, end));
    if (this.hPair) {
      if (this.hFirst === null) {
        this.hFirst = path;
        this.hFirstInvalid = this.lastInvalid;
        return;
      }
      this.emit(path, this.lastInvalid || this.hFirstInvalid, this.hFirst);
    } else {
      this.emit(path, this.lastInvalid, void 0);
    }
    this.inRecord = false;
    this.hFirst = null;
  }
  /** Decode a path held as a latin1 string (one char per byte); sets `lastInvalid`. */
  decodePath(raw) {
    if (!NON_ASCII_RE.test(raw)) {
      this.lastInvalid = false;
      return raw;
    }
    const decoded = decodeGitPath(Buffer.from(raw, "latin1"));
    this.lastInvalid = decoded.invalidUtf8;
    return decoded.text;
  }
  /**
   * Parse the header `:oldmode newmode oldoid newoid STATUS[score]` at `text[s..e)` into the pending
   * fields: the shape is checked in place by RAW_HEADER_RE (no substring per field), then the checks
   * below; it runs once per changed file.
   */
  parseHeader(text, s, e) {
    RAW_HEADER_RE.lastIndex = s;
    if (!RAW_HEADER_RE.test(text) || RAW_HEADER_RE.lastIndex !== e) malformedHeader(text, s, e);
    const n = e - s;
    const len = text.charCodeAt(s + 55) === 32 ? 40 : 64;
    const second = 16 + len;
    const pos = second + len + 1;
    const letter = text.charCodeAt(s + pos);
    const digits = n - pos - 1;
    let score = 0;
    for (let i = pos + 1; i < n; i++) score = score * 10 + (text.charCodeAt(s + i) - 48);
    const status = statusOf(letter);
    if (status === void 0) {
      const l = String.fromCharCode(letter);
      const why = l === "U" ? "unmerged" : l === "X" ? "unknown change type (a git bug)" : l === "B" ? "broken pair" : "not understood";
      throw new GitError("UNSUPPORTED_STATUS", `git diff reported status ${quoted(l)} (${why}); refusing to guess what changed`);
    }
    const oldMode = modeAt(text, s + 1);
    const newMode = modeAt(text, s + 8);
    if (oldMode === -1 || newMode === -1) {
      throw new GitError("UNEXPECTED_OUTPUT", `git diff printed an unknown file mode: ${quoted(text.slice(s, e))}`);
    }
    const zero = len === 40 ? ZERO_40 : ZERO_64;
    const oldAbsent = oldMode === 0;
    const newAbsent = newMode === 0;
    const oldZero = text.startsWith(zero, s + 15);
    const newZero = text.startsWith(zero, s + second);
    const consistent = status === "added" ? oldAbsent && oldZero && !newAbsent && !newZero : status === "deleted" ? !oldAbsent && !oldZero && newAbsent && newZero : !oldAbsent && !newAbsent && !oldZero && !newZero;
    if (!consistent) {
      throw new GitError("UNEXPECTED_OUTPUT", `git diff printed modes or object ids that contradict status ${String.fromCharCode(letter)}: ${quoted(text.slice(s, e))}`);
    }
    const pair = status === "renamed" || status === "copied";
    if (pair) {
      if (digits === 0 || score > 100) {
        throw new GitError("UNEXPECTED_OUTPUT", `git diff printed a ${String.fromCharCode(letter)} entry without a valid score: ${quoted(text.slice(s, e))}`);
      }
    } else if (digits > 0) {
      throw new GitError("UNEXPECTED_OUTPUT", `git diff printed a score for status ${String.fromCharCode(letter)}: ${quoted(text.slice(s, e))}`);
    }
    this.hStatus = status;
    this.hPair = pair;
    this.hOldMode = oldMode;
    this.hNewMode = newMode;
    this.hOldBlob = oldZero ? zero : text.slice(s + 15, s + 15 + len);
    this.hNewBlob = newZero ? zero : text.slice(s + second, s + second + len);
    this.hScore = pair ? score : -1;
    this.hFirst = null;
  }
  /** Add the entry of the pending header; `invalid`: a path of it was not valid UTF-8. */
  emit(path, invalid, previous) {
    if (this.entries.length >= this.maxEntries) {
      throw new GitError("TOO_LARGE", `The change set has more than ${this.maxEntries} entries`, {
        hint: "split the change into smaller pull requests, or raise `maxEntries`"
      });
    }
    const entry = {
      status: this.hStatus,
      path,
      oldMode: MODES[this.hOldMode],
      newMode: MODES[this.hNewMode],
      oldKind: KINDS[this.hOldMode],
      newKind: KINDS[this.hNewMode],
      oldBlob: this.hOldBlob,
      newBlob: this.hNewBlob
    };
    if (previous !== void 0) entry.previousPath = previous;
    if (this.hScore !== -1) entry.score = this.hScore;
    if (invalid) entry.invalidUtf8 = true;
    this.entries.push(entry);
    this.onEntry?.(entry);
  }
};

// src/adapters/git/reads.ts
var ZERO_OID_RE = /^(?:0{40}|0{64})$/;
function checkRef(ref, role) {
  if (typeof ref !== "string" || ref.length === 0) {
    throw new GitError("INVALID_REF", `The ${role} ref is empty`);
  }
  if (ref.length > 1024) {
    throw new GitError("INVALID_REF", `The ${role} ref is too long (${ref.length} characters)`);
  }
  if (ref.startsWith("-")) {
    throw new GitError("INVALID_REF", `Refusing the ${role} ref ${quoted(ref)}: it starts with "-" and could be read as an option`);
  }
  if (ref.startsWith(":")) {
    throw new GitError("INVALID_REF", `Refusing the ${role} ref ${quoted(ref)}: ":" selects index entries or searches commit messages`);
  }
  if (/[\u0000-\u001f\u007f]/.test(ref)) {
    throw new GitError("INVALID_REF", `Refusing the ${role} ref ${quoted(ref)}: it contains control characters`);
  }
}
function parseOidOutput(repo, args, stdout) {
  const text = stdout.toString("latin1").trim();
  if (!isSha(text)) {
    throw new GitError("UNEXPECTED_OUTPUT", `${describeCommand(args)} printed something that is not an object id in ${quoted(repo)}: ${quoted(text)}`);
  }
  return text;
}
async function resolveCommit(repo, ref) {
  return resolveCommitAs(repo, ref, "given");
}
async function resolveCommitAs(repo, ref, role) {
  checkRef(ref, role);
  if (ZERO_OID_RE.test(ref)) {
    throw new GitError("UNKNOWN_REF", `The ${role} ref ${quoted(ref)} is the all-zero object id (a new branch or a deleted ref), not a commit`, {
      hint: "compare against the base branch (merge base), not the push event `before` SHA"
    });
  }
  const args = ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`];
  const result = await runGit(repo, args);
  if (result.exitCode === 0) return parseOidOutput(repo, args, result.stdout);
  const failure = gitFailure(repo, args, result, `resolving the ${role} ref ${quoted(ref)}`);
  if (failure.code === "NOT_A_REPOSITORY") throw failure;
  let shallow = false;
  try {
    shallow = await isShallow(repo);
  } catch {
  }
  const detail = failure.stderr ? `: ${failure.stderr}` : "";
  throw new GitError(
    "UNKNOWN_REF",
    `The ${role} ref ${quoted(ref)} does not name a commit in ${quoted(repo)}${shallow ? " (the repository is a shallow clone)" : ""}${detail}`,
    { hint: HINT_FETCH_BASE, ...failure.stderr ? { stderr: failure.stderr } : {}, exitCode: result.exitCode }
  );
}
async function isShallow(repo) {
  const out = (await gitOk(repo, ["rev-parse", "--is-shallow-repository"])).toString("latin1").trim();
  if (out === "true") return true;
  if (out === "false") return false;
  throw new GitError("UNEXPECTED_OUTPUT", `git rev-parse --is-shallow-repository printed ${quoted(out)} in ${quoted(repo)}`, {
    hint: "use git 2.39 or newer"
  });
}
async function mergeBases(repo, a, b) {
  const args = ["merge-base", "--all", "--end-of-options", a, b];
  const result = await runGit(repo, args);
  if (result.exitCode === 1 && result.stdout.length === 0 && result.stderr.trim() === "") return [];
  if (result.exitCode !== 0) throw gitFailure(repo, args, result, "computing the merge base");
  const lines = result.stdout.toString("latin1").split("\n").filter((l) => l.length > 0);
  for (const line of lines) {
    if (!isSha(line)) {
      throw new GitError("UNEXPECTED_OUTPUT", `git merge-base printed ${quoted(line)} in ${quoted(repo)}`);
    }
  }
  return lines;
}
async function mergeBase(repo, a, b) {
  const [ca, cb] = await Promise.all([resolveCommitAs(repo, a, "first"), resolveCommitAs(repo, b, "second")]);
  return uniqueMergeBase(repo, ca, cb);
}
async function uniqueMergeBase(repo, ca, cb) {
  const bases = await mergeBases(repo, ca, cb);
  if (bases.length === 0) {
    const shallow = await isShallow(repo);
    if (shallow) {
      throw new GitError(
        "NO_MERGE_BASE",
        `No merge base between ${ca} and ${cb} in ${quoted(repo)}: the repository is a shallow clone and the common history was not fetched`,
        { hint: HINT_FETCH_DEPTH }
      );
    }
    throw new GitError("NO_MERGE_BASE", `No merge base between ${ca} and ${cb} in ${quoted(repo)}: the two commits share no history`, {
      hint: "the head branch must be based on the base branch; rebase it onto the base branch"
    });
  }
  if (bases.length > 1) {
    throw new GitError(
      "MULTIPLE_MERGE_BASES",
      `${ca} and ${cb} have ${bases.length} merge bases in ${quoted(repo)} (criss-cross merge); a diff from one of them may miss changes`,
      { hint: "merge the current base branch into the head branch (or rebase onto it) so that there is a single merge base" }
    );
  }
  return bases[0];
}
function checkRepoPath(path) {
  const bad = (why) => {
    throw new GitError("INVALID_PATH", `Refusing to read ${quoted(path)}: ${why}`);
  };
  if (typeof path !== "string" || path.length === 0) bad("empty path");
  if (path.length > 4096) bad("path too long");
  if (path.includes("\0")) bad("NUL byte in path");
  if (path.startsWith("/")) bad("absolute path");
  if (path.endsWith("/")) bad("trailing slash");
  for (const segment of path.split("/")) {
    if (segment === "") bad("empty path segment");
    if (segment === "." || segment === "..") bad('"." or ".." segment');
  }
}
async function readFileAtCommit(repo, commit, path, opts = {}) {
  checkRepoPath(path);
  const sha = await resolveCommitAs(repo, commit, "commit");
  const args = ["ls-tree", "-z", "-l", "--full-tree", "--end-of-options", sha, "--", path];
  const listing = await gitOk(repo, args, { what: `listing ${quoted(path)} at ${sha}` });
  const records = listing.length === 0 ? [] : listing.subarray(0, listing.length - (listing[listing.length - 1] === 0 ? 1 : 0)).toString("binary").split("\0");
  if (listing.length > 0 && listing[listing.length - 1] !== 0) {
    throw new GitError("UNEXPECTED_OUTPUT", `git ls-tree output for ${quoted(path)} is not NUL-terminated`);
  }
  const wantedBytes = Buffer.from(path, "utf8");
  let match = null;
  for (const record of records) {
    const tab = record.indexOf("	");
    if (tab === -1) throw new GitError("UNEXPECTED_OUTPUT", `git ls-tree printed ${quoted(record.slice(0, 200))}`);
    const recordPath = Buffer.from(record.slice(tab + 1), "binary");
    const m = /^([0-7]{6}) (\w+) ([0-9a-f]{40}|[0-9a-f]{64}) +(-|\d+)$/.exec(record.slice(0, tab));
    if (!m) throw new GitError("UNEXPECTED_OUTPUT", `git ls-tree printed ${quoted(record.slice(0, 200))}`);
    if (recordPath.equals(wantedBytes)) {
      match = { mode: m[1], type: m[2], oid: m[3], size: m[4] };
    }
  }
  if (match === null) return null;
  if (match.type !== "blob" || match.mode !== "100644" && match.mode !== "100755") {
    const what = match.mode === "120000" ? "a symlink (not followed)" : match.mode === "160000" ? "a submodule" : `a ${match.type}`;
    throw new GitError("NOT_A_FILE", `${quoted(path)} at ${sha} is ${what}, not a regular file`, {
      hint: "store the file as a regular file in the base branch"
    });
  }
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const size = Number(match.size);
  if (!Number.isSafeInteger(size)) throw new GitError("UNEXPECTED_OUTPUT", `git ls-tree printed a bad size for ${quoted(path)}`);
  if (size > maxBytes) {
    throw new GitError("TOO_LARGE", `${quoted(path)} at ${sha} is ${size} bytes; the limit is ${maxBytes}`);
  }
  const content = await gitOk(repo, ["cat-file", "blob", match.oid], { maxStdout: maxBytes, what: `reading ${quoted(path)} at ${sha}` });
  if (content.length !== size) {
    throw new GitError("UNEXPECTED_OUTPUT", `Read ${content.length} bytes of ${quoted(path)} at ${sha}, expected ${size}`);
  }
  return content;
}
async function gitOutputOrNull(repo, args) {
  const result = await runGit(repo, args);
  if (result.exitCode === 1) return null;
  if (result.exitCode !== 0) throw gitFailure(repo, args, result);
  return result.stdout;
}
async function defaultBranch(repo) {
  const stdout = await gitOutputOrNull(repo, ["symbolic-ref", "-q", "--end-of-options", "refs/remotes/origin/HEAD"]);
  if (stdout === null) return null;
  const ref = decodeGitPath(stdout).text.replace(/\n$/, "");
  const prefix = "refs/remotes/origin/";
  if (!ref.startsWith(prefix) || ref.length === prefix.length) return null;
  return ref.slice(prefix.length);
}
async function currentBranch(repo) {
  const stdout = await gitOutputOrNull(repo, ["symbolic-ref", "--short", "-q", "HEAD"]);
  if (stdout === null) return null;
  const name = decodeGitPath(stdout).text.replace(/\n$/, "");
  return name.length > 0 ? name : null;
}
function redactUrlCredentials(url) {
  return url.replace(/^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)[^/@]*@/, "$1");
}
async function remoteUrl(repo, name = "origin") {
  if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/.test(name)) {
    throw new GitError("INVALID_REF", `Refusing remote name ${quoted(name)}`);
  }
  const stdout = await gitOutputOrNull(repo, ["config", "--null", "--get", `remote.${name}.url`]);
  if (stdout === null) return null;
  const value = stdout.toString("utf8").replace(/\0$/, "");
  return redactUrlCredentials(value);
}

// src/adapters/review-change.ts
import { existsSync } from "node:fs";

// src/core/classify.ts
var memos = /* @__PURE__ */ new WeakMap();
var reasonTexts = /* @__PURE__ */ new WeakMap();
function classifyPath(path, compiled, folded = foldPath(path)) {
  const exactHits = compiled.tierRules.matchAll(path);
  const foldedHits = path === folded ? compiled.foldedVariantTierRules.matchAll(path) : compiled.foldedTierRules.matchAll(folded);
  if (exactHits.length > 1 || foldedHits.length > 1) return build(exactHits, foldedHits, compiled.policy.defaultTier);
  let memo = memos.get(compiled);
  if (memo === void 0) memos.set(compiled, memo = /* @__PURE__ */ new Map());
  let inner = memo.get(exactHits);
  if (inner === void 0) memo.set(exactHits, inner = /* @__PURE__ */ new Map());
  let c = inner.get(foldedHits);
  if (c === void 0) {
    c = freeze(build(exactHits, foldedHits, compiled.policy.defaultTier));
    reasonTexts.set(c, c.reasons.join("; "));
    inner.set(foldedHits, c);
  }
  return c;
}
function classificationReason(c) {
  return reasonTexts.get(c) ?? c.reasons.join("; ");
}
function build(exactHits, foldedHits, defaultTier) {
  const exact = exactHits.map((m) => m.value);
  const foldedMatches = foldedHits.map((m) => m.value);
  const reasons = [];
  let tier = defaultTier;
  if (exact.length > 0) {
    tier = exact.reduce((t, m) => maxTier(t, m.tier), "low");
    const top = exact.find((m) => m.tier === tier);
    reasons.push(describe(top));
  } else {
    reasons.push(`no tier rule names this path: default_tier ${tier}`);
  }
  const foldedOnly = foldedMatches.filter((f) => !exact.some((e) => e.glob === f.glob));
  const topFolded = foldedOnly.reduce((best, f) => best === void 0 || maxTier(best.tier, f.tier) !== best.tier ? f : best, void 0);
  if (topFolded && maxTier(tier, topFolded.tier) === topFolded.tier) {
    tier = topFolded.tier;
    reasons.push(`case/Unicode variant of a ${topFolded.tier}-tier path: ${describe(topFolded)}`);
  }
  return {
    tier,
    matches: exact,
    foldedMatches: foldedOnly,
    protected: exact.some((m) => m.source === "protected") || foldedOnly.some((m) => m.source === "protected"),
    guardFile: exact.some((m) => m.guard === true) || foldedOnly.some((m) => m.guard === true),
    reasons
  };
}
function freeze(c) {
  Object.freeze(c.matches);
  Object.freeze(c.foldedMatches);
  Object.freeze(c.reasons);
  return Object.freeze(c);
}
function describe(m) {
  return m.source === "protected" ? `protected path (${m.glob}): ${m.why ?? "always high"}` : `tier rule ${m.tier}: ${m.glob}`;
}

// src/core/evaluate.ts
function evaluateChange(facts, policyInput, manifestInput) {
  const compiled = policyInput.compiled;
  const policy = compiled.policy;
  const manifest = manifestInput?.manifest ?? null;
  const violations = [];
  const granted = manifest ? grantedCapabilities(manifest, policy) : [];
  const used = /* @__PURE__ */ new Set();
  const branchSkipped = facts.branchCheck?.status === "skipped" ? facts.branchCheck.reason : null;
  if (manifest) {
    for (const p of checkManifestAgainstPolicy(manifest, policy, {
      ...facts.repository !== void 0 ? { repository: facts.repository } : {},
      ...facts.branch !== void 0 ? { branch: facts.branch } : {},
      ...branchSkipped !== null ? { branchCheck: "skipped" } : {},
      ...facts.now !== void 0 ? { now: facts.now } : {}
    })) {
      violations.push({ code: p.code, message: p.message });
    }
    if (branchSkipped === null && facts.branch === void 0 && manifest.branchPattern !== void 0) {
      violations.push({ code: "branch_unknown", message: "the branch of the change is unknown, so branch_pattern cannot be checked (pass --branch)" });
    }
    if (facts.repository === void 0) {
      violations.push({ code: "repository_unknown", message: "the repository of the change is unknown, so the manifest's repository cannot be checked (pass --repository OWNER/NAME)" });
    }
  }
  const ctx = {
    facts,
    compiled,
    manifest,
    granted,
    grantsModifyPolicy: granted.includes("modify_policy"),
    used,
    violations,
    coverage: /* @__PURE__ */ new Map()
  };
  const files = facts.entries.map((entry) => evaluateEntry(entry, ctx));
  let tier = "low";
  for (const f of files) tier = maxTier(tier, f.tier);
  let verdict = "allow";
  if (violations.length > 0 || files.some((f) => f.decision === "deny")) verdict = "deny";
  else if (files.some((f) => f.decision === "approval_required")) verdict = "approval_required";
  const approvalsRequired = verdict === "approval_required" ? policy.approvals[tier].count : 0;
  const usedList = [...used].sort();
  const denied = files.filter((f) => f.decision === "deny").length;
  const summary = verdict === "deny" ? `deny: ${denied} file(s) denied, ${violations.filter((v) => v.code !== "file_denied").length} task violation(s)` : verdict === "approval_required" ? `approval required: ${tier} tier, ${approvalsRequired} independent approval(s) of ${facts.head.slice(0, 12)}` : `allow: ${files.length} file(s), highest tier ${tier}`;
  return {
    verdict,
    tier,
    base: facts.base,
    head: facts.head,
    merge_base: facts.mergeBase,
    branch: facts.branch ?? null,
    repository: facts.repository ?? null,
    policy: { source: policyInput.source, sha256: policyInput.sha256, baseline: policy.origin === "baseline" },
    manifest: manifestInput ? { source: manifestInput.source, sha256: manifestInput.sha256 } : null,
    files,
    violations,
    capabilities: { granted, used: usedList, unused: granted.filter((c) => !used.has(c)) },
    network_allow: manifest ? [...manifest.network.allow] : [],
    approvals_required: approvalsRequired,
    notes: [
      ...policy.origin === "baseline" ? ["no repository policy: the built-in baseline policy applies"] : [],
      ...manifest === null ? ["no task manifest: capability coverage and task checks were not evaluated"] : [],
      ...manifest !== null && branchSkipped !== null ? [`branch checks skipped (the manifest's branch_pattern and the subject's branches): ${branchSkipped}`] : [],
      // The quick start run on the default branch itself: say why nothing was checked.
      ...facts.entries.length === 0 && facts.mergeBase === facts.head ? ["the head is already contained in the base: there is no change to check (check out the branch to review, or pass --head)"] : []
    ],
    summary
  };
}
function kindOf(entry) {
  return entry.newKind !== "none" ? entry.newKind : entry.oldKind;
}
var INVALID_UTF8 = Object.freeze({ invalidUtf8: true });
var NO_FINDINGS = Object.freeze([]);
var NO_LINKS = Object.freeze([]);
var SYMLINK_DIRECTORY_PROBE = "x";
var GUARD_FILE_DENIAL = "changes the policy or a task manifest, which only a task granted modify_policy may do (authority never comes from the change)";
function raise(tier, reasons, t, why) {
  reasons.push(why);
  return tierRank(t) > tierRank(tier) ? t : tier;
}
function evaluateEntry(entry, ctx) {
  const { compiled, manifest } = ctx;
  const policy = compiled.policy;
  const reasons = [];
  const denies = [];
  let tier = "low";
  const renamed = entry.status === "renamed" && entry.previousPath !== void 0;
  let capability = null;
  for (let k = 0; k < (renamed ? 2 : 1); k++) {
    const raw = k === 0 ? entry.path : entry.previousPath;
    const canon = canonicalisePath(raw, entry.invalidUtf8 ? INVALID_UTF8 : void 0);
    if (!canon.ok) {
      denies.push(`path ${quoteUntrusted(raw)} is rejected: ${canon.message}`);
      tier = "high";
      continue;
    }
    const c = classifyPath(canon.path, compiled, canon.folded);
    const text = classificationReason(c);
    tier = raise(tier, reasons, c.tier, renamed ? `${raw === entry.path ? "new" : "old"} path: ${text}` : text);
    if (c.guardFile && !ctx.grantsModifyPolicy) denies.push(GUARD_FILE_DENIAL);
    if (manifest) {
      const cover = coveringCapability(canon.path, ctx, manifest);
      if (cover.capability !== null) {
        capability ??= cover.capability;
        ctx.used.add(cover.capability);
        if (cover.tier) tier = raise(tier, reasons, cover.tier, cover.reason);
      } else {
        denies.push(cover.why);
      }
    }
  }
  if (entry.newKind === "symlink") {
    const target = entry.symlinkTarget;
    const resolved = target === void 0 ? null : resolveSymlinkTarget(entry.path, target);
    if (target === void 0) denies.push("symlink target could not be read");
    else if (entry.symlinkVia !== void 0) {
      denies.push(`symlink target ${quoteUntrusted(target)} goes through another symlink (${quoteUntrusted(entry.symlinkVia)}), so it resolves somewhere else than its text says`);
    } else if (symlinkTargetClimbsThroughName(target)) {
      denies.push(`symlink target ${quoteUntrusted(target)} climbs out of a directory it names ("x/.."): if that directory is itself a symlink, the link resolves somewhere else than its text says`);
    } else if (resolved === null) denies.push(`symlink points outside the repository (${quoteUntrusted(target)})`);
    else {
      const t = classifyPath(resolved, compiled);
      const under = t.protected ? t : classifyPath(`${resolved}/${SYMLINK_DIRECTORY_PROBE}`, compiled);
      const linkTier = c0(entry.path, compiled);
      if (t.protected) {
        const between = linkBetweenProtected(entry.path, t, compiled);
        const kind = between.ok ? ctx.facts.headKinds?.get(resolved) : void 0;
        if (between.ok && kind === "file") {
          tier = raise(
            tier,
            reasons,
            "high",
            `symlink between two protected files (${between.categories.join(", ")}): ${quoteUntrusted(entry.path)} -> ${quoteUntrusted(resolved)}, a protected file at the head; the link widens nothing (both paths are protected, and later edits of the target are judged at its protected tier)`
          );
        } else {
          const why = between.ok ? targetKindProblem(kind) : between.why;
          denies.push(`symlink points into a protected path (${quoteUntrusted(resolved)}): ${why}`);
        }
      } else if (under.protected) denies.push(`symlink points into a protected path (${quoteUntrusted(resolved)}, a directory of protected files)`);
      else if (tierRank(linkTier) === 0) denies.push(`a symlink in a low-tier path (${quoteUntrusted(resolved)}) would let later steps read another file`);
      else if (tierRank(t.tier) < tierRank(linkTier)) {
        denies.push(`a symlink at a ${linkTier}-tier path to a ${t.tier}-tier path (${quoteUntrusted(resolved)}): later ${t.tier}-tier changes to the target would change this ${linkTier}-tier file`);
      } else tier = raise(tier, reasons, "high", `symlink to ${quoteUntrusted(resolved)}`);
    }
  }
  for (const alias of entry.linkedFrom ?? NO_LINKS) {
    const t = c0(alias, compiled);
    if (tierRank(t) > tierRank(tier)) tier = raise(tier, reasons, t, `through a symlink this file is also the ${t}-tier path ${quoteUntrusted(alias)}, so this change changes it`);
  }
  if (entry.actionDir !== void 0) {
    tier = raise(tier, reasons, "high", `part of the action in ${quoteUntrusted(entry.actionDir + "/")} (it has an action.yml): workflows that use the action run this code`);
  }
  if (entry.oldKind === "symlink" && entry.newKind !== "symlink" && entry.newKind !== "none") tier = raise(tier, reasons, "high", "symlink replaced by a file");
  if (entry.newKind === "gitlink" || entry.oldKind === "gitlink") tier = raise(tier, reasons, "high", "submodule (gitlink) change: fetches and pins code from elsewhere");
  if (entry.status === "type_changed") tier = raise(tier, reasons, "high", `type change ${entry.oldKind} -> ${entry.newKind}`);
  if (entry.newKind === "executable" && entry.oldKind !== "executable") {
    tier = raise(tier, reasons, "high", entry.oldKind === "none" ? "new executable file" : "file becomes executable (mode change)");
  }
  if (entry.lfsPointer) tier = raise(tier, reasons, "high", "Git LFS pointer: content is stored outside the repository and hidden from review");
  if (entry.binary) tier = raise(tier, reasons, "medium", "binary content: content rules cannot see inside it");
  const findings = ctx.facts.findings;
  if (findings !== void 0 && findings.size > 0) {
    for (const f of findings.get(entry.path) ?? NO_FINDINGS) {
      if (f.severity === "deny") denies.push(`${f.message} [${f.code}]`);
      else tier = raise(tier, reasons, "high", `${f.message} [${f.code}]`);
    }
  }
  let decision;
  if (denies.length > 0) {
    decision = "deny";
    for (const d of denies) ctx.violations.push({ code: "file_denied", path: entry.path, message: d });
  } else decision = policy.approvals[tier].count > 0 ? "approval_required" : "allow";
  const result = {
    path: entry.path,
    status: entry.status,
    kind: kindOf(entry),
    tier,
    capability,
    decision,
    reasons: denies.length > 0 ? [...denies, ...reasons] : reasons
  };
  if (entry.previousPath !== void 0) result.previous_path = entry.previousPath;
  return result;
}
var RULE_BY_GLOB = new Map(PROTECTED_RULES.map((r) => [r.glob, r]));
var GIT_DIRECTORY_GLOBS = /* @__PURE__ */ new Set([".git", ".git/**"]);
var ONLY_BETWEEN_PROTECTED_FILES = "a symlink into the protected set is allowed only between two protected files of the same kind (CLAUDE.md -> AGENTS.md)";
function linkBetweenProtected(linkPath, target, compiled) {
  const to = protectedCategories(target);
  if ("why" in to) return { ok: false, why: `the target is ${to.why}` };
  const canon = canonicalisePath(linkPath);
  if (!canon.ok) return { ok: false, why: `the link's own path is rejected: ${canon.message}` };
  const own2 = classifyPath(canon.path, compiled, canon.folded);
  if (!own2.protected) return { ok: false, why: `the link's own path is not protected, and ${ONLY_BETWEEN_PROTECTED_FILES}` };
  const link = protectedCategories(own2);
  if ("why" in link) return { ok: false, why: `the link's own path is ${link.why}` };
  const shared = link.categories.filter((c) => to.categories.includes(c));
  if (shared.length === 0) {
    const list = (c) => c.length > 0 ? c.join(", ") : "a case or Unicode variant only";
    return { ok: false, why: `the link's path (${list(link.categories)}) and its target (${list(to.categories)}) are protected for different reasons, and ${ONLY_BETWEEN_PROTECTED_FILES}` };
  }
  return { ok: true, categories: shared };
}
function protectedCategories(c) {
  const all = [...c.matches, ...c.foldedMatches].filter((m) => m.source === "protected");
  if (all.some((m) => m.guard === true)) return { why: "the policy or a task manifest (a guard file)" };
  if (all.some((m) => GIT_DIRECTORY_GLOBS.has(m.glob))) return { why: "in the repository's .git directory (hooks, and the checkout's config with its credentials)" };
  if (all.some((m) => RULE_BY_GLOB.get(m.glob)?.category === "agent-guard" && RULE_BY_GLOB.get(m.glob)?.why === m.why)) {
    return { why: "agent-guard's own configuration (a policy or manifest path)" };
  }
  const categories = /* @__PURE__ */ new Set();
  for (const m of c.matches) {
    if (m.source !== "protected") continue;
    const rule = RULE_BY_GLOB.get(m.glob);
    categories.add(rule !== void 0 && rule.why === m.why ? rule.category : "policy");
  }
  return { categories: [...categories].sort() };
}
function targetKindProblem(kind) {
  switch (kind) {
    case "not_a_file":
      return `in the head commit the target is not a regular file (a directory, a symlink or a submodule), and ${ONLY_BETWEEN_PROTECTED_FILES}`;
    case "missing":
      return `the target does not exist in the head commit (a dangling link), and ${ONLY_BETWEEN_PROTECTED_FILES}`;
    default:
      return `what the target is in the head commit was not established, and ${ONLY_BETWEEN_PROTECTED_FILES}`;
  }
}
function protectedLinkTarget(entry, compiled) {
  if (entry.newKind !== "symlink" || entry.symlinkTarget === void 0 || entry.symlinkVia !== void 0 || entry.invalidUtf8) return null;
  if (symlinkTargetClimbsThroughName(entry.symlinkTarget)) return null;
  const resolved = resolveSymlinkTarget(entry.path, entry.symlinkTarget);
  if (resolved === null) return null;
  const t = classifyPath(resolved, compiled);
  return t.protected && linkBetweenProtected(entry.path, t, compiled).ok ? resolved : null;
}
function c0(path, compiled) {
  const canon = canonicalisePath(path);
  return canon.ok ? classifyPath(canon.path, compiled).tier : "high";
}
function coveringCapability(path, ctx, manifest) {
  const hits = ctx.compiled.capabilityPaths.matchAll(path);
  if (hits.length > 1) return coverageOf(hits, ctx, manifest);
  let c = ctx.coverage.get(hits);
  if (c === void 0) ctx.coverage.set(hits, c = coverageOf(hits, ctx, manifest));
  return c;
}
function coverageOf(hits, ctx, manifest) {
  const covering = hits.map((m) => m.value);
  const hit = ctx.granted.find((g) => covering.includes(g));
  if (hit) {
    const tier = ctx.compiled.policy.capabilities[hit]?.tier;
    return { capability: hit, tier, reason: `capability ${hit} is ${tier} tier` };
  }
  const deniedNeeded = covering.filter((c) => manifest.denied.includes(c));
  if (deniedNeeded.length > 0) return { capability: null, why: `needs capability ${deniedNeeded.join(" or ")}, which the manifest denies` };
  if (covering.length > 0) return { capability: null, why: `needs capability ${covering.join(" or ")}, which the task was not granted` };
  return { capability: null, why: "no capability in the policy covers this path" };
}

// src/core/toml.ts
var TomlError = class extends Error {
};
var SCALAR_END = /* @__PURE__ */ new Set([32, 9, 10, 13, 44, 93, 125, 35]);
var MAX_DEPTH = 128;
var SCALAR = /^(true|false|[+-]?(inf|nan)|[+-]?[0-9][0-9A-Za-z_:.+-]*|\d{4}-\d{2}-\d{2} [0-9][0-9A-Za-z_:.+-]*)$/;
function parseToml(input) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  const root = {};
  const lines = /* @__PURE__ */ new WeakMap();
  const closed = /* @__PURE__ */ new WeakSet();
  const headerDefined = /* @__PURE__ */ new WeakSet();
  const tableArrays = /* @__PURE__ */ new WeakSet();
  let pos = 0;
  let line = 1;
  const fail = (why) => {
    throw new TomlError(`line ${line}, column ${column()}: ${why}`);
  };
  const column = () => {
    const at = Math.min(pos, text.length);
    return [...text.slice(text.lastIndexOf("\n", at - 1) + 1, at)].length + 1;
  };
  const setLine = (t, key2) => {
    let m = lines.get(t);
    if (!m) lines.set(t, m = /* @__PURE__ */ new Map());
    m.set(key2, line);
  };
  const peek = () => text[pos];
  const skipWs = () => {
    let ch = text.charCodeAt(pos);
    while (ch === 32 || ch === 9) ch = text.charCodeAt(++pos);
  };
  const skipComment = () => {
    if (text[pos] === "#") while (pos < text.length && text[pos] !== "\n") pos++;
  };
  const endOfLine = () => {
    skipWs();
    skipComment();
    if (pos >= text.length) return;
    if (text[pos] === "\r" && text[pos + 1] === "\n") pos++;
    if (text[pos] !== "\n") fail(`unexpected ${JSON.stringify(text[pos])} after a value`);
    pos++;
    line++;
  };
  const skipAll = () => {
    for (; ; ) {
      skipWs();
      skipComment();
      if (text[pos] === "\r" && text[pos + 1] === "\n") pos++;
      if (text[pos] === "\n") {
        pos++;
        line++;
        continue;
      }
      return;
    }
  };
  const hex = (n) => {
    const h = text.slice(pos, pos + n);
    if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(h)) fail("invalid unicode escape");
    pos += n;
    const cp = parseInt(h, 16);
    if (cp > 1114111 || cp >= 55296 && cp <= 57343) fail("escape is not a Unicode scalar value");
    return String.fromCodePoint(cp);
  };
  const escape = () => {
    const e = text[pos++];
    switch (e) {
      case "b":
        return "\b";
      case "t":
        return "	";
      case "n":
        return "\n";
      case "f":
        return "\f";
      case "r":
        return "\r";
      case "e":
        return "\x1B";
      case '"':
        return '"';
      case "\\":
        return "\\";
      case "x":
        return hex(2);
      case "u":
        return hex(4);
      case "U":
        return hex(8);
    }
    return fail(`invalid escape \\${e ?? ""}`);
  };
  const basicString = () => {
    if (text.startsWith('"""', pos)) {
      pos += 3;
      if (text[pos] === "\r" && text[pos + 1] === "\n") pos++;
      if (text[pos] === "\n") {
        pos++;
        line++;
      }
      let out2 = "";
      for (; ; ) {
        if (pos >= text.length) fail("unterminated multi-line string");
        if (text.startsWith('"""', pos)) {
          let n = 3;
          while (text[pos + n] === '"' && n < 5) n++;
          out2 += '"'.repeat(n - 3);
          pos += n;
          return out2;
        }
        const ch = text[pos];
        if (ch === "\\") {
          pos++;
          let p = pos;
          while (text[p] === " " || text[p] === "	") p++;
          if (text[p] === "\n" || text[p] === "\r" && text[p + 1] === "\n") {
            pos = p;
            while (pos < text.length && /[ \t\r\n]/.test(text[pos])) {
              if (text[pos] === "\n") line++;
              pos++;
            }
            continue;
          }
          out2 += escape();
          continue;
        }
        if (ch === "\n") line++;
        out2 += ch;
        pos++;
      }
    }
    pos++;
    let out = "";
    let start = pos;
    for (; ; ) {
      const ch = text.charCodeAt(pos);
      if (Number.isNaN(ch) || ch === 10 || ch === 13) fail("unterminated string");
      if (ch === 34) {
        out += text.slice(start, pos++);
        return out;
      }
      if (ch === 92) {
        out += text.slice(start, pos++);
        out += escape();
        start = pos;
      } else pos++;
    }
  };
  const literalString = () => {
    if (text.startsWith("'''", pos)) {
      pos += 3;
      if (text[pos] === "\r" && text[pos + 1] === "\n") pos++;
      if (text[pos] === "\n") {
        pos++;
        line++;
      }
      const start2 = pos;
      const end = text.indexOf("'''", pos);
      if (end < 0) fail("unterminated multi-line literal string");
      let n = 3;
      while (text[end + n] === "'" && n < 5) n++;
      const out = text.slice(start2, end + n - 3);
      for (const ch of out) if (ch === "\n") line++;
      pos = end + n;
      return out;
    }
    pos++;
    const start = pos;
    while (pos < text.length && text[pos] !== "'" && text[pos] !== "\n") pos++;
    if (text[pos] !== "'") fail("unterminated literal string");
    return text.slice(start, pos++);
  };
  const key = () => {
    const parts = [];
    for (; ; ) {
      skipWs();
      const ch = peek();
      if (ch === '"') {
        if (text.startsWith('"""', pos)) fail("a key cannot be a multi-line string");
        parts.push(basicString());
      } else if (ch === "'") {
        if (text.startsWith("'''", pos)) fail("a key cannot be a multi-line string");
        parts.push(literalString());
      } else {
        const start = pos;
        for (let k = text.charCodeAt(pos); k >= 48 && k <= 57 || k >= 65 && k <= 90 || k >= 97 && k <= 122 || k === 95 || k === 45; k = text.charCodeAt(++pos)) ;
        if (pos === start) fail(`expected a key, found ${JSON.stringify(ch ?? "end of file")}`);
        parts.push(text.slice(start, pos));
      }
      skipWs();
      if (peek() !== ".") return parts;
      pos++;
    }
  };
  let depth = 0;
  const value = () => {
    const ch = peek();
    if (ch === '"') return basicString();
    if (ch === "'") return literalString();
    if (ch === "[" || ch === "{") {
      if (depth >= MAX_DEPTH) fail(`arrays and inline tables nested more than ${MAX_DEPTH} deep`);
      depth++;
      const v = ch === "[" ? array() : inlineTable();
      depth--;
      return v;
    }
    return scalar(ch);
  };
  const array = () => {
    pos++;
    const arr = [];
    for (; ; ) {
      skipAll();
      if (peek() === "]") {
        pos++;
        return arr;
      }
      arr.push(value());
      skipAll();
      if (peek() === ",") {
        pos++;
        continue;
      }
      if (peek() === "]") {
        pos++;
        return arr;
      }
      fail('expected "," or "]" in an array');
    }
  };
  const inlineTable = () => {
    pos++;
    const t = {};
    skipAll();
    if (peek() === "}") {
      pos++;
      closed.add(t);
      return t;
    }
    for (; ; ) {
      skipAll();
      if (peek() === "}") {
        pos++;
        break;
      }
      keyValue(t, true);
      skipAll();
      if (peek() === ",") {
        pos++;
        continue;
      }
      if (peek() === "}") {
        pos++;
        break;
      }
      fail('expected "," or "}" in an inline table');
    }
    closed.add(t);
    return t;
  };
  const scalar = (ch) => {
    const start = pos;
    const scan = () => {
      while (pos < text.length && !SCALAR_END.has(text.charCodeAt(pos))) pos++;
    };
    scan();
    if (/^\d{4}-\d{2}-\d{2}$/.test(text.slice(start, pos)) && text[pos] === " " && /\d/.test(text[pos + 1] ?? "")) {
      pos++;
      scan();
    }
    const raw = text.slice(start, pos);
    if (!SCALAR.test(raw)) fail(`unrecognised value ${JSON.stringify(raw.slice(0, 40) || (ch ?? "end of file"))}`);
    return raw;
  };
  const keyValue = (t, inline) => {
    const parts = key();
    skipWs();
    if (peek() !== "=") fail('expected "=" after a key');
    pos++;
    skipWs();
    let target = t;
    for (const p of parts.slice(0, -1)) {
      const existing = Object.hasOwn(target, p) ? target[p] : void 0;
      if (existing === void 0) {
        const n = {};
        put(target, p, n);
        setLine(target, p);
        target = n;
      } else if (isTable(existing) && !closed.has(existing) && !headerDefined.has(existing)) target = existing;
      else if (isTable(existing) && !inline && !closed.has(existing)) target = existing;
      else fail(`key ${JSON.stringify(parts.join("."))} extends a value defined before`);
    }
    const last = parts[parts.length - 1];
    if (Object.hasOwn(target, last)) fail(`duplicate key ${JSON.stringify(parts.join("."))}`);
    setLine(target, last);
    put(target, last, value());
  };
  const header = () => {
    const array2 = text.startsWith("[[", pos);
    pos += array2 ? 2 : 1;
    const parts = key();
    if (array2 ? !text.startsWith("]]", pos) : peek() !== "]") fail("unterminated table header");
    pos += array2 ? 2 : 1;
    const where = line;
    let t = root;
    for (const p of parts.slice(0, -1)) {
      const existing2 = Object.hasOwn(t, p) ? t[p] : void 0;
      if (existing2 === void 0) {
        const n = {};
        put(t, p, n);
        lineFor(t, p, where);
        t = n;
      } else if (Array.isArray(existing2) && tableArrays.has(existing2)) t = existing2[existing2.length - 1];
      else if (isTable(existing2) && !closed.has(existing2)) t = existing2;
      else fail(`table [${parts.join(".")}] extends a value defined before`);
    }
    const last = parts[parts.length - 1];
    const existing = Object.hasOwn(t, last) ? t[last] : void 0;
    if (array2) {
      const n = {};
      if (existing === void 0) {
        const arr = [n];
        tableArrays.add(arr);
        put(t, last, arr);
      } else if (Array.isArray(existing) && tableArrays.has(existing)) existing.push(n);
      else fail(`[[${parts.join(".")}]] redefines a value defined before`);
      lineFor(t, last, where);
      current = n;
      endOfLine();
      return;
    }
    if (existing === void 0) {
      const n = {};
      put(t, last, n);
      lineFor(t, last, where);
      headerDefined.add(n);
      current = n;
    } else if (isTable(existing) && !closed.has(existing) && !headerDefined.has(existing)) {
      headerDefined.add(existing);
      current = existing;
    } else fail(`table [${parts.join(".")}] is defined twice`);
    endOfLine();
  };
  const lineFor = (t, k, n) => {
    let m = lines.get(t);
    if (!m) lines.set(t, m = /* @__PURE__ */ new Map());
    if (!m.has(k)) m.set(k, n);
  };
  let current = root;
  try {
    while (pos < text.length) {
      skipWs();
      const ch = peek();
      if (ch === void 0) break;
      if (ch === "#" || ch === "\n" || ch === "\r") {
        endOfLine();
        continue;
      }
      if (ch === "[") {
        header();
        continue;
      }
      keyValue(current, false);
      endOfLine();
    }
  } catch (err) {
    if (err instanceof TomlError) return { ok: false, reason: err.message };
    throw err;
  }
  return { ok: true, value: root, lineOf: (t, k) => lines.get(t)?.get(k) };
}
function put(t, k, v) {
  if (k === "__proto__") Object.defineProperty(t, k, { value: v, writable: true, enumerable: true, configurable: true });
  else t[k] = v;
}
function isTable(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/core/workflow-review.ts
function workflowFileKind(path) {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf("/") + 1);
  if (/^\.github\/workflows\/.+\.ya?ml$/.test(lower)) return "workflow";
  if (base === "action.yml" || base === "action.yaml") return "action";
  return null;
}
function isWorkflowFile(path) {
  return workflowFileKind(path) !== null;
}
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function own(o, key) {
  return Object.hasOwn(o, key) ? o[key] : void 0;
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function scalarText(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return void 0;
}
function deepStrings(v, out = []) {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) for (const x of v) deepStrings(x, out);
  else if (isObj(v))
    for (const k of Object.keys(v)) {
      out.push(k);
      deepStrings(v[k], out);
    }
  return out;
}
function oneLine(text, max = 60) {
  const first = text.trim().split("\n")[0] ?? "";
  return first.length > max ? `${first.slice(0, max)}...` : first;
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
  const on = own(root, "on");
  if (typeof on === "string") out.set(on.trim().toLowerCase(), null);
  else if (Array.isArray(on)) {
    for (const t of on) if (typeof t === "string") out.set(t.trim().toLowerCase(), null);
  } else if (isObj(on)) for (const k of Object.keys(on)) out.set(k.trim().toLowerCase(), on[k]);
  return out;
}
function stepLabel(step) {
  const id = scalarText(own(step, "id"));
  if (id) return id;
  const name = scalarText(own(step, "name"));
  if (name) return name;
  const uses = str(own(step, "uses"));
  if (uses) return uses;
  const run = str(own(step, "run"));
  if (run) return oneLine(run);
  return "";
}
function readSteps(v) {
  if (!Array.isArray(v)) return [];
  const out = [];
  v.forEach((s, i) => {
    if (isObj(s)) out.push({ index: i + 1, label: stepLabel(s), value: s });
  });
  return out;
}
var ACTION_JOB = "";
function buildModel(path, kind, text) {
  const parsed = parseWorkflowYaml(text);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (!isObj(root)) return { ok: false, reason: "the top level is not a mapping" };
  if (kind === "action") {
    const runs = own(root, "runs");
    if (!isObj(runs)) return { ok: false, reason: 'there is no "runs" mapping' };
    const steps = readSteps(own(runs, "steps"));
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
    jobList.push({ id, value: job, steps: readSteps(own(job, "steps")) });
  }
  const privileged = [...triggers.keys()].filter((t) => PRIVILEGED_TRIGGERS.has(t));
  return { ok: true, model: { kind, path, root, triggers, jobs: jobList, privileged } };
}
function fileLabel(m) {
  return `${m.kind === "action" ? "action" : "workflow"} ${quoteValue(m.path)}`;
}
function jobLabel(m, job) {
  return m.kind === "action" ? `${fileLabel(m)} (runs)` : `${fileLabel(m)} job ${quoteValue(job.id)}`;
}
function stepWhere(m, job, step) {
  const label = step.label ? ` (${quoteValue(oneLine(step.label))})` : "";
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
  "status"
]);
var EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
function expressionBodies(text) {
  return [...text.matchAll(EXPRESSION)].map(
    (m) => (m[1] ?? "").toLowerCase().replace(/\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]/g, (_s, a, b) => `.${a ?? b ?? ""}`).replace(/\s+/g, "")
  );
}
function envExpressionNames(text) {
  const found = [];
  for (const body of expressionBodies(text)) for (const ref of body.matchAll(/(?<![\w.])env\.([\w-]+)/g)) found.push(ref[1]);
  return found;
}
function untrustedExpressions(text) {
  const found = [];
  for (const body of expressionBodies(text)) {
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
var SPOOFABLE_CONDITION = /github\s*\.\s*(triggering_)?actor|\bactor\b|label|\[bot\]|\bbots?\b|dependabot|renovate|copilot|\.login\b|author_association/i;
var HEAD_REF = /head|refs\/pull|github\s*\.\s*event\s*\.\s*(pull_request|workflow_run|issue|number)/i;
var HEAD_REPO = /head|github\s*\.\s*event\s*\.\s*(pull_request|workflow_run)/i;
var SCRIPT_HEAD_CHECKOUT = /\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|pull|switch|merge)\b[^\n]*(refs\/pull|pull\/|head)/i;
var REMOTE_SCRIPT = /\b(curl|wget)\b[^\n|]*\|\s*(sudo\s+)?(-E\s+)?(ba|z|da)?sh\b|\b(bash|sh)\s+<\(\s*(curl|wget)\b/i;
var HTTP_DOWNLOAD = /\b(?:curl|wget)\b[^\n]*?\b(http:\/\/(?!(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(?:[:/\s'"]|$))[\w-]+(?:\.[\w-]+)+[^\s'"|;&)]*)/gi;
var RUNS_DOWNLOAD = /\bchmod\s+(?:[ugoa]*\+[rw]*x|[0-7]*[1357][0-7]{0,2}\b)|\b(?:dpkg|rpm)\s+(?:-\w*\s+)*-\w*i|\bsudo\s+install\b/i;
var STATUS_WRITE = /\/statuses\/|\/check-runs\b|createCommitStatus|checks\.(create|update)\b|\bgh\s+api\b[^\n]*\b(statuses|check-runs)\b/i;
var ENV_WRITE = /GITHUB_ENV|GITHUB_PATH|core\.exportVariable|core\.addPath/g;
var SECURITY_TOOLS = /agent-guard|guard-diff|approval-gate|request-capability|codeql|zizmor|scorecard|harden-runner|dependency-review|trivy|semgrep|gitleaks|trufflehog|snyk|grype|anchore|osv-scanner|actionlint|secret-scan|security-scan/gi;
var SCRIPT_INPUTS = {
  "actions/github-script": ["script"],
  "azure/cli": ["inlinescript"],
  "azure/powershell": ["inlinescript"],
  "appleboy/ssh-action": ["script"],
  "nick-fields/retry": ["command"],
  "cypress-io/github-action": ["command", "build", "start"]
};
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
function inputValue(withArgs, lowerName) {
  const key = Object.keys(withArgs).find((k) => k.toLowerCase() === lowerName);
  return key === void 0 ? void 0 : { name: key, value: withArgs[key] };
}
function savesCache(name, withArgs) {
  if (name === "actions/cache" || name === "actions/cache/save") return true;
  if (!name.startsWith("actions/setup-")) return false;
  const cache = inputValue(withArgs, "cache");
  const text = cache === void 0 ? void 0 : scalarText(cache.value)?.trim().toLowerCase();
  if (name === "actions/setup-go") return text !== "false";
  return text !== void 0 && text !== "" && text !== "false";
}
function normalisedDir(path) {
  const dir = path.trim().replace(/^(\.\/+)+/, "").replace(/\/+$/, "");
  if (dir === "." || dir.includes("${{") || dir.includes("\\") || dir.startsWith("/")) return "";
  if (dir.split("/").some((seg) => seg === ".." || seg === "." || seg === "")) return "";
  return dir;
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
function inputExpressionNames(text) {
  const out = [];
  for (const body of expressionBodies(text)) {
    for (const ref of body.matchAll(/(?<![\w.])inputs(\.[\w-]+)?/g)) out.push(ref[1] === void 0 ? "inputs" : ref[1].slice(1));
  }
  return out;
}
var SAFE_INPUT_TYPES = /* @__PURE__ */ new Set(["boolean", "number"]);
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
    const s = v.trim().toLowerCase();
    if (s === "read-all") return { writeAll: false, writes: [] };
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
function collectFacts(m, other) {
  const facts = [];
  const add = (key, code, message, coveredBy) => facts.push(coveredBy ? { key, code, message, coveredBy } : { key, code, message });
  const file = fileLabel(m);
  const otherPinned = /* @__PURE__ */ new Map();
  if (other) {
    for (const u of allUses(other)) if (usesPinning(u) === "pinned") otherPinned.set(actionName(u), actionRef(u));
  }
  const callerInputs = callerInputScope();
  if (m.kind === "workflow") {
    for (const [trigger] of m.triggers) {
      const why = DANGEROUS_TRIGGERS[trigger];
      if (why) add(`trigger|${trigger}`, "workflow_dangerous_trigger", `${file} adds the ${trigger} trigger, which ${why}.`);
    }
    const env = own(m.root, "env");
    if (env !== void 0 && deepStrings(env).some((s) => s.includes("ACTIONS_ALLOW_UNSECURE_COMMANDS"))) {
      add("insecure|", "workflow_insecure_commands", `${file} sets ACTIONS_ALLOW_UNSECURE_COMMANDS in its env, which re-enables the set-env and add-path workflow commands (environment injection from any log line).`);
    }
  }
  for (const job of m.jobs) {
    const where = jobLabel(m, job);
    const j = job.value;
    const jid = job.id;
    if (m.kind === "workflow") {
      const perms = effectivePermissions(m, job);
      const from = perms.source === "workflow" ? " (set at the workflow level)" : "";
      if (perms.source === "default") {
        const otherJob = other?.jobs.find((o) => o.id === jid);
        const removed = other && otherJob && effectivePermissions(other, otherJob).source !== "default";
        add(
          `permdefault|${jid}`,
          removed ? "workflow_permissions_removed" : "workflow_permissions_default",
          removed ? `${where}: the permissions block was removed, so the repository's default GITHUB_TOKEN permissions apply (write-all on older repositories and organisations).` : `${where} has no permissions block (nor has the workflow), so the repository's default GITHUB_TOKEN permissions apply (write-all on older repositories and organisations); set explicit, minimal permissions.`
        );
      } else if (perms.writeAll) {
        add(`permwriteall|${jid}`, "workflow_permissions_write_all", `${where} gets write-all GITHUB_TOKEN permissions${from}.`);
      } else {
        for (const scope of perms.writes) {
          const note = scope.toLowerCase() === "id-token" ? " (OIDC: the job can mint tokens that cloud providers and registries exchange for credentials)" : PERMISSION_SCOPES.includes(scope.toLowerCase()) ? "" : " (unknown scope)";
          add(
            `permwrite|${jid}|${scope.toLowerCase()}`,
            "workflow_permission_write",
            `${where} gets ${quoteValue(scope)}${note}: write on the GITHUB_TOKEN${from}.`,
            [`permwriteall|${jid}`]
          );
        }
      }
      const secrets = own(j, "secrets");
      if (typeof secrets === "string" && secrets.trim().toLowerCase() === "inherit") {
        add(`inherit|${jid}`, "workflow_secrets_inherit", `${where} passes every secret to the called workflow (secrets: inherit); pass only the secrets it needs.`);
      }
      const jobUses = str(own(j, "uses"));
      if (jobUses !== void 0) usesFacts(jobUses, `${where} calls ${quoteValue(jobUses)}`, jid);
      if ([...deepStrings(own(m.root, "env")), ...deepStrings(j)].some((t) => secretReferences(t).includes("secrets"))) {
        add(`allsecrets|${jid}`, "workflow_all_secrets", `${where} reads the whole secrets context (toJSON(secrets) or a computed secrets[...] index), so every secret of the repository and environment reaches the job and whatever it runs; name only the secrets it needs.`);
      }
      if (runsOnSelfHosted(j)) {
        add(`selfhosted|${jid}`, "workflow_self_hosted_runner", `${where} runs on a self-hosted runner; code from a pull request can persist on it and reach its network.`);
      }
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
      const credentialed = [{ what: "container", value: container }];
      if (isObj(services)) for (const k of Object.keys(services)) credentialed.push({ what: `service ${quoteValue(k)}`, value: services[k] });
      for (const { what, value } of credentialed) {
        const creds = isObj(value) ? own(value, "credentials") : void 0;
        const password = isObj(creds) ? scalarText(own(creds, "password")) : void 0;
        if (password !== void 0 && password.trim() !== "" && !password.includes("${{")) {
          add(
            `hardcred|${jid}|${what}`,
            "workflow_hardcoded_credentials",
            `${where} ${what} sets credentials.password to a literal string, so a registry password is committed to the repository (readable by anyone who can read it, and kept in its history); use \${{ secrets.NAME }} and rotate the committed password.`
          );
        }
      }
      for (const image of images) {
        if (!imagePinned(image)) {
          add(`image|${jid}|${image.trim()}`, "workflow_unpinned_image", `${where} uses container image ${quoteValue(image)}, which is not pinned by digest (@sha256:...).`);
        }
      }
      if (continueOnError(own(j, "continue-on-error"))) {
        add(`coe|${jid}`, "workflow_continue_on_error", `${where} sets continue-on-error: ${quoteValue(scalarText(own(j, "continue-on-error")) ?? own(j, "continue-on-error"))}, so its failure no longer fails the run.`);
      }
      const cond = scalarText(own(j, "if"));
      if (cond !== void 0) unsoundContainsFacts(jid, where, cond);
      if (cond !== void 0 && SPOOFABLE_CONDITION.test(cond)) {
        add(
          `actorif|${jid}||${cond.trim()}`,
          "workflow_spoofable_condition",
          `${where} runs only if: ${quoteValue(cond)}; conditions on the actor, bots or labels are spoofable, and a skipped job reports success to required checks.`
        );
      }
    } else {
      const image = str(own(j, "image"));
      if (image !== void 0 && image.trim().toLowerCase().startsWith("docker://") && !imagePinned(image)) {
        add(`image||${image.trim()}`, "workflow_unpinned_image", `${where} runs container image ${quoteValue(image)}, which is not pinned by digest (@sha256:...).`);
      }
    }
    if (deepStrings(m.kind === "action" ? j : { env: own(j, "env"), steps: own(j, "steps") }).some((s) => s.includes("ACTIONS_ALLOW_UNSECURE_COMMANDS"))) {
      add(`insecure|${jid}`, "workflow_insecure_commands", `${where} sets ACTIONS_ALLOW_UNSECURE_COMMANDS, which re-enables the set-env and add-path workflow commands (environment injection from any log line).`);
    }
    for (const step of job.steps) stepFacts(job, step);
    if (m.privileged.length > 0) headCodeFacts(job);
  }
  return facts;
  function headCheckout(step) {
    const s = step.value;
    const uses = str(own(s, "uses"));
    if (uses !== void 0 && actionName(uses) === "actions/checkout") {
      const withArgs = isObj(own(s, "with")) ? own(s, "with") : {};
      const ref = scalarText(own(withArgs, "ref"));
      const repo = scalarText(own(withArgs, "repository"));
      const path = scalarText(own(withArgs, "path"))?.trim() ?? "";
      const dir = normalisedDir(path);
      if (ref !== void 0 && HEAD_REF.test(ref) || repo !== void 0 && HEAD_REPO.test(repo)) return { action: true, ref, repo, dir };
      return null;
    }
    const run = scalarText(own(s, "run"));
    if (run !== void 0 && SCRIPT_HEAD_CHECKOUT.test(run)) return { action: false, dir: "" };
    return null;
  }
  function headCodeFacts(job) {
    const jid = job.id;
    const first = job.steps.findIndex((st) => headCheckout(st) !== null);
    if (first < 0) return;
    const checkout = job.steps[first];
    const headDirs = [];
    for (const step of job.steps.slice(first)) {
      const hc = headCheckout(step);
      const where = stepWhere(m, job, step);
      if (hc?.action) {
        const withArgs = isObj(own(step.value, "with")) ? own(step.value, "with") : {};
        const persist = scalarText(own(withArgs, "persist-credentials"))?.trim().toLowerCase();
        if (persist !== "false") {
          add(
            `persistcreds|${jid}|${hc.ref ?? ""}|${hc.repo ?? ""}`,
            "workflow_checkout_persists_token",
            `${where} checks out the pull request's code without persist-credentials: false, so the GITHUB_TOKEN of this ${m.privileged.join(", ")} run is left in .git/config, readable by any code from the pull request that the job runs (zizmor artipacked).`
          );
        }
      }
      const uses = str(own(step.value, "uses"));
      const local = uses?.trim().replace(/^(\.\/+)+/, "");
      const weird = local !== void 0 && local.split("/").some((seg) => seg === ".." || seg === "." || seg.includes("\\"));
      const fromHead = local !== void 0 && headDirs.some((d) => d === "" || weird || local === d || local.startsWith(`${d}/`));
      if (uses !== void 0 && uses.trim().startsWith("./") && fromHead) {
        add(
          `localaction|${jid}|${uses.trim()}`,
          "workflow_privileged_local_action",
          `${where} runs the local action ${quoteValue(uses)} after ${stepWhere(m, job, checkout)} checked out the pull request's code; in a ${m.privileged.join(", ")} workflow that runs the pull request's own action code with secrets and a write token.`
        );
      }
      if (hc) headDirs.push(hc.dir);
    }
    const texts = [];
    if (m.kind === "workflow") texts.push(...deepStrings(own(m.root, "env")));
    texts.push(...deepStrings(own(job.value, "env")));
    for (const step of job.steps.slice(first)) texts.push(...deepStrings(step.value));
    const secrets = /* @__PURE__ */ new Set();
    for (const t of texts) for (const ref of secretReferences(t)) secrets.add(ref);
    for (const secret of secrets) {
      add(
        `headsecret|${jid}|${secret}`,
        "workflow_secret_after_head_checkout",
        `${jobLabel(m, job)} reads ${quoteValue(`\${{ ${secret} }}`)} in or after ${stepWhere(m, job, checkout)}, which checks out the pull request's code in a ${m.privileged.join(", ")} workflow; code from the pull request that runs in this job can read it. Move the secret to a separate job that does not run pull request code.`
      );
    }
  }
  function callerInputScope() {
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
  function unsoundContainsFacts(jid, where, cond) {
    for (const { haystack, needle } of unsoundContains(cond)) {
      add(
        `unsoundcontains|${jid}|${needle.toLowerCase()}|${haystack}`,
        "workflow_unsound_contains",
        `${where} runs only if: ${quoteValue(cond)}; contains() with the string ${quoteValue(haystack)} as its first argument is a substring test, so any ${quoteValue(needle)} that is part of that string passes too (refs/heads/mai for refs/heads/main), and a guard on it is bypassable (zizmor unsound-contains). Use contains(fromJSON('[...]'), ${needle.replace(/[^\w.*-]/g, "")}) or == comparisons.`
      );
    }
  }
  function envValueFor(job, step, name) {
    for (const env of [own(step, "env"), own(job.value, "env"), m.kind === "workflow" ? own(m.root, "env") : void 0]) {
      if (!isObj(env)) continue;
      const key = Object.keys(env).find((k) => k.toLowerCase() === name);
      if (key !== void 0) return scalarText(env[key]);
    }
    return void 0;
  }
  function usesFacts(uses, what, jid) {
    const pin = usesPinning(uses);
    if (pin === "unpinned") {
      const name = actionName(uses);
      const previous = otherPinned.get(name);
      if (previous !== void 0) {
        add(
          `unpinned|${jid}|${uses.trim()}`,
          "workflow_uses_unpinned_from_sha",
          `${what}: it was pinned to commit ${quoteValue(previous)} and now follows the mutable ref ${quoteValue(actionRef(uses))}, which its owner (or whoever steals their token) can move (tj-actions); pin a full 40-character commit SHA.`
        );
      } else {
        add(`unpinned|${jid}|${uses.trim()}`, "workflow_unpinned_uses", `${what}, which is not pinned to a full 40-character commit SHA; a tag or branch can be moved to malicious code (tj-actions).`);
      }
    }
  }
  function stepFacts(job, step) {
    const jid = job.id;
    const where = stepWhere(m, job, step);
    const s = step.value;
    const uses = str(own(s, "uses"));
    const name = uses !== void 0 ? actionName(uses) : "";
    const withArgs = isObj(own(s, "with")) ? own(s, "with") : {};
    if (uses !== void 0) {
      usesFacts(uses, `${where} uses ${quoteValue(uses)}`, jid);
      if (m.privileged.length > 0 && name === "actions/checkout") {
        const ref = scalarText(own(withArgs, "ref"));
        const repo = scalarText(own(withArgs, "repository"));
        const hit = ref !== void 0 && HEAD_REF.test(ref) || repo !== void 0 && HEAD_REPO.test(repo);
        if (hit) {
          const detail = [ref !== void 0 ? `ref: ${quoteValue(ref)}` : "", repo !== void 0 ? `repository: ${quoteValue(repo)}` : ""].filter(Boolean).join(", ");
          add(
            `headcheckout|${jid}|${ref ?? ""}|${repo ?? ""}`,
            "workflow_privileged_checkout",
            `${where} checks out the pull request's code (${detail}) in a workflow triggered by ${m.privileged.join(", ")}, which has secrets and a write token (Scorecard Dangerous-Workflow, "pwn request").`
          );
        }
      }
      if (m.triggers.has("workflow_run") && /download-artifact/.test(name)) {
        add(`artifact|${jid}|${name}`, "workflow_untrusted_artifact", `${where} downloads artifacts in a workflow_run workflow; artifacts of the triggering run are attacker-controlled and must not be trusted (recompute, never consume a verdict).`);
      }
    }
    const scripts = [];
    const run = scalarText(own(s, "run"));
    if (run !== void 0) scripts.push({ field: "run", text: run });
    for (const input of Object.hasOwn(SCRIPT_INPUTS, name) ? SCRIPT_INPUTS[name] : []) {
      const found = inputValue(withArgs, input);
      const text = found === void 0 ? void 0 : scalarText(found.value);
      if (text !== void 0) scripts.push({ field: input, text });
    }
    if (uses !== void 0 && isAgentAction(name)) {
      for (const input of Object.keys(withArgs)) {
        const text = deepStrings(withArgs[input]).join("\n");
        const exprs = new Set(untrustedExpressions(text));
        for (const envName of new Set(envExpressionNames(text))) {
          const value = envValueFor(job, s, envName);
          if (value !== void 0) for (const expr of untrustedExpressions(value)) exprs.add(expr);
        }
        for (const expr of exprs) {
          add(
            `prompt|${jid}|${input.toLowerCase()}|${expr}`,
            "workflow_prompt_injection",
            `${where} passes ${quoteValue(`\${{ ${expr} }}`)} into the ${quoteValue(input)} input of the AI agent action ${quoteValue(name)}; that text is attacker-controlled, so anyone who can open an issue or pull request can instruct an agent that holds this job's token and secrets (prompt injection, PromptPwnd).`
          );
        }
      }
    }
    if (uses !== void 0 && m.privileged.length > 0 && savesCache(name, withArgs)) {
      add(
        `cache|${jid}|${name}`,
        "workflow_cache_poisoning",
        `${where} uses ${quoteValue(name)}, which saves a cache, in a workflow triggered by ${m.privileged.join(", ")}; those runs save into the default branch's cache scope, which release and other privileged workflows restore, so anything attacker-controlled in this job can poison it (zizmor cache-poisoning, Clinejection).`
      );
    }
    for (const { field, text } of scripts) {
      const seen = /* @__PURE__ */ new Set();
      for (const expr of untrustedExpressions(text)) {
        if (seen.has(expr)) continue;
        seen.add(expr);
        add(
          `inject|${jid}|${expr}`,
          "workflow_script_injection",
          `${where} interpolates ${quoteValue(`\${{ ${expr} }}`)} into its ${field}: script; that text is attacker-controlled (titles, bodies, branch names, commit messages), so it is script injection. Pass it through env: and quote it.`
        );
      }
      for (const envName of new Set(envExpressionNames(text))) {
        const value = envValueFor(job, s, envName);
        if (value === void 0) continue;
        for (const expr of new Set(untrustedExpressions(value))) {
          add(
            `inject|${jid}|env.${envName}|${expr}`,
            "workflow_script_injection",
            `${where} interpolates ${quoteValue(`\${{ env.${envName} }}`)} into its ${field}: script, and that variable is set from ${quoteValue(`\${{ ${expr} }}`)}, attacker-controlled text, so it is script injection. Read it in the script as a shell variable ("$NAME"), not as an expression.`
          );
        }
      }
      if (callerInputs !== null) {
        const via = /* @__PURE__ */ new Map();
        for (const name2 of inputExpressionNames(text)) if (!via.has(name2)) via.set(name2, "");
        for (const envName of new Set(envExpressionNames(text))) {
          const value = envValueFor(job, s, envName);
          if (value !== void 0) {
            for (const name2 of inputExpressionNames(value)) if (!via.has(name2)) via.set(name2, envName);
          }
        }
        for (const [name2, envName] of via) {
          if (callerInputs.safe.has(name2)) continue;
          const expr = name2 === "inputs" ? "inputs" : `inputs.${name2}`;
          const how = envName === "" ? `interpolates ${quoteValue(`\${{ ${expr} }}`)}` : `interpolates ${quoteValue(`\${{ env.${envName} }}`)}, which is set from ${quoteValue(`\${{ ${expr} }}`)},`;
          add(
            `inputinject|${jid}|${envName === "" ? "" : `env.${envName}`}|${name2}`,
            "workflow_input_injection",
            `${where} ${how} into its ${field}: script; ${callerInputs.who}, so it is script injection whenever a caller passes untrusted text (zizmor template-injection). Pass it through env: (for example NAME: \${{ ${expr} }}) and read "$NAME" in the script.`
          );
        }
      }
      const writes = /* @__PURE__ */ new Set();
      for (const w of text.matchAll(ENV_WRITE)) writes.add(w[0]);
      for (const w of writes) {
        add(`ghenv|${jid}|${w}`, "workflow_github_env", `${where} writes to ${w} in its ${field}: script; later steps then run with attacker-influenced environment variables or PATH (zizmor github-env).`);
      }
      if (REMOTE_SCRIPT.test(text)) {
        add(`curlsh|${jid}|${step.label}`, "workflow_remote_script", `${where} pipes a downloaded script into a shell in its ${field}: script (unpinned remote code).`);
      }
      for (const line of text.split("\n")) {
        for (const dl of line.matchAll(HTTP_DOWNLOAD)) {
          if (!REMOTE_SCRIPT.test(line) && !RUNS_DOWNLOAD.test(text)) continue;
          const url = dl[1];
          add(
            `insecureurl|${jid}|${url}`,
            "workflow_insecure_download",
            `${where} downloads ${quoteValue(url)} over plain http:// and runs or installs it in its ${field}: script; anyone on the network path can replace it with their own code. Use https:// and check a pinned checksum.`
          );
        }
      }
      if (STATUS_WRITE.test(text)) {
        add(`status|${jid}|${step.label}`, "workflow_sets_commit_status", `${where} creates or updates commit statuses or check runs in its ${field}: script; any writer can post a passing status for a required check.`);
      }
      if (m.privileged.length > 0 && SCRIPT_HEAD_CHECKOUT.test(text)) {
        add(
          `headcheckout|${jid}|script|${step.label}`,
          "workflow_privileged_checkout",
          `${where} fetches or checks out pull request code in its ${field}: script in a workflow triggered by ${m.privileged.join(", ")}, which has secrets and a write token (Scorecard Dangerous-Workflow).`
        );
      }
    }
    if (continueOnError(own(s, "continue-on-error"))) {
      add(`coe|${jid}|${step.label}`, "workflow_continue_on_error", `${where} sets continue-on-error: ${quoteValue(scalarText(own(s, "continue-on-error")) ?? own(s, "continue-on-error"))}, so its failure no longer fails the job.`);
    }
    const cond = scalarText(own(s, "if"));
    if (cond !== void 0) unsoundContainsFacts(jid, where, cond);
    if (cond !== void 0 && SPOOFABLE_CONDITION.test(cond)) {
      add(
        `actorif|${jid}|${step.label}|${cond.trim()}`,
        "workflow_spoofable_condition",
        `${where} runs only if: ${quoteValue(cond)}; conditions on the actor, bots or labels are spoofable (github.actor is whoever acted last).`
      );
    }
  }
}
function continueOnError(v) {
  if (v === void 0 || v === null || v === false) return false;
  if (typeof v === "string" && v.trim().toLowerCase() === "false") return false;
  return true;
}
function runsOnSelfHosted(job) {
  const runsOn = own(job, "runs-on");
  const labels = deepStrings(runsOn);
  if (labels.some((l) => l.trim().toLowerCase() === "self-hosted")) return true;
  if (labels.some((l) => l.includes("${{"))) {
    const strategy = own(job, "strategy");
    if (isObj(strategy) && deepStrings(own(strategy, "matrix")).some((l) => l.trim().toLowerCase() === "self-hosted")) return true;
  }
  return false;
}
function allUses(m) {
  const out = [];
  for (const job of m.jobs) {
    const ju = str(own(job.value, "uses"));
    if (ju !== void 0 && m.kind === "workflow") out.push(ju);
    for (const step of job.steps) {
      const u = str(own(step.value, "uses"));
      if (u !== void 0) out.push(u);
    }
  }
  return out;
}
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
function environmentName(job) {
  const env = own(job, "environment");
  if (env === void 0 || env === null) return void 0;
  if (typeof env === "string") return env;
  if (isObj(env) && typeof env.name === "string") return env.name;
  return stableJson(env);
}
var ACTION_RUNS_KEYS = ["using", "main", "pre", "post", "pre-if", "post-if", "image", "entrypoint", "pre-entrypoint", "post-entrypoint", "args", "env"];
function changeFindings(base, head) {
  const out = [];
  const add = (code, message) => out.push({ key: "", code, message });
  const file = fileLabel(head);
  if (head.kind === "workflow" && base) {
    for (const [trigger, config] of head.triggers) {
      if (!DANGEROUS_TRIGGERS[trigger] || !base.triggers.has(trigger)) continue;
      const before = base.triggers.get(trigger);
      if (stableJson(before ?? null) !== stableJson(config ?? null)) {
        add("workflow_trigger_changed", `${file} changes the filters of its ${trigger} trigger from ${quoteValue(before ?? null)} to ${quoteValue(config ?? null)}; check that it does not now run on more events.`);
      }
    }
  }
  const headJobs = new Map(head.jobs.map((j) => [j.id, j]));
  if (base) {
    for (const bj of base.jobs) {
      const hj = headJobs.get(bj.id);
      const tools = securityTools(bj, base.kind);
      if (!hj) {
        if (head.kind === "workflow") {
          const t = tools.size > 0 ? ` It ran ${[...tools].join(", ")}.` : "";
          add("workflow_job_removed", `${jobLabel(base, bj)} was removed; if it is a required or security check, it no longer runs (a missing required check stays pending, an optional one silently disappears).${t}`);
        }
        continue;
      }
      const headTools = securityTools(hj, head.kind);
      const lost = [...tools].filter((t) => !headTools.has(t));
      if (lost.length > 0) {
        add("workflow_security_step_removed", `${jobLabel(head, hj)} no longer runs ${lost.map((t) => quoteValue(t)).join(", ")}; a security or guard step was removed or replaced (for example by "run: exit 0"), so the check can pass without checking anything.`);
      }
      if (head.kind === "workflow") {
        const ifBefore = scalarText(own(bj.value, "if"));
        const ifAfter = scalarText(own(hj.value, "if"));
        if (ifAfter !== void 0 && ifAfter !== ifBefore && !SPOOFABLE_CONDITION.test(ifAfter)) {
          add("workflow_job_condition", `${jobLabel(head, hj)} now runs only if: ${quoteValue(ifAfter)}${ifBefore === void 0 ? "" : ` (was ${quoteValue(ifBefore)})`}; a skipped job reports success to required checks.`);
        }
      }
    }
  }
  if (head.kind === "workflow") {
    const baseJobs = new Map((base?.jobs ?? []).map((j) => [j.id, j]));
    for (const hj of head.jobs) {
      const bj = baseJobs.get(hj.id);
      const envBefore = bj ? environmentName(bj.value) : void 0;
      const envAfter = environmentName(hj.value);
      if (envBefore === envAfter) continue;
      add(
        "workflow_environment_changed",
        envAfter === void 0 ? `${jobLabel(head, hj)} no longer uses environment ${quoteValue(envBefore)}; its protection rules and required reviewers no longer apply.` : envBefore === void 0 ? `${jobLabel(head, hj)} now uses environment ${quoteValue(envAfter)}; the job gets that environment's secrets.` : `${jobLabel(head, hj)} changes its environment from ${quoteValue(envBefore)} to ${quoteValue(envAfter)}; the job gets that environment's secrets and protection rules.`
      );
    }
  }
  if (base) {
    const basePins = /* @__PURE__ */ new Map();
    for (const u of allUses(base)) {
      if (usesPinning(u) !== "pinned" || u.trim().toLowerCase().startsWith("docker://")) continue;
      const set = basePins.get(actionName(u)) ?? /* @__PURE__ */ new Set();
      set.add(actionRef(u).toLowerCase());
      basePins.set(actionName(u), set);
    }
    const reported = /* @__PURE__ */ new Set();
    for (const u of allUses(head)) {
      if (usesPinning(u) !== "pinned" || u.trim().toLowerCase().startsWith("docker://")) continue;
      const name = actionName(u);
      const ref = actionRef(u).toLowerCase();
      const before = basePins.get(name);
      if (!before || before.has(ref) || reported.has(`${name}@${ref}`)) continue;
      reported.add(`${name}@${ref}`);
      add("workflow_uses_repinned", `${file} moves ${quoteValue(name)} from commit ${quoteValue([...before].join(", "))} to ${quoteValue(ref)}; check the new commit is on the action's own repository (impostor commits from forks resolve too) and review its diff.`);
    }
  }
  if (head.kind === "action") {
    const hr = head.jobs[0].value;
    const br = base?.jobs[0]?.value ?? {};
    for (const key of ACTION_RUNS_KEYS) {
      const before = own(br, key);
      const after = own(hr, key);
      if (stableJson(before ?? null) === stableJson(after ?? null)) continue;
      if (after === void 0) {
        if (base) add("action_runs_changed", `${file} removes runs.${key} (was ${quoteValue(before)}).`);
        continue;
      }
      add("action_runs_changed", `${file} ${before === void 0 ? "sets" : "changes"} runs.${key} ${before === void 0 ? "" : `from ${quoteValue(before)} `}to ${quoteValue(after)}; this changes what code the action runs.`);
    }
  }
  return out;
}
var MAX_FINDINGS_PER_FILE = 200;
function diffFacts(base, head) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of base) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
  const baseKeys = new Set(counts.keys());
  const out = [];
  for (const f of head) {
    const n = counts.get(f.key) ?? 0;
    if (n > 0) {
      counts.set(f.key, n - 1);
      continue;
    }
    if (f.coveredBy?.some((k) => baseKeys.has(k))) continue;
    out.push(f);
  }
  return out;
}
function reviewWorkflowChange(path, baseText, headText) {
  const detected = workflowFileKind(path);
  const kind = detected ?? "workflow";
  const file = fileLabel({ kind, path });
  if (detected === null && baseText === null) return [];
  if (detected === null) {
    return [
      {
        code: "workflow_removed",
        severity: "high",
        message: `${quoteValue(path)} is not a workflow or action metadata path, so the workflow or action it replaces (renamed or moved here) no longer runs as one; if it was a required or security check, that check disappears.`
      }
    ];
  }
  if (headText === null) {
    if (baseText === null) return [];
    const base2 = buildModel(path, kind, baseText);
    if (kind === "action") {
      return [{ code: "action_removed", severity: "high", message: `${file} was removed; workflows that use it will fail or pick up another copy.` }];
    }
    let detail = "";
    if (base2.ok) {
      const tools = /* @__PURE__ */ new Set();
      for (const j of base2.model.jobs) for (const t of securityTools(j, kind)) tools.add(t);
      const jobs = base2.model.jobs.map((j) => quoteValue(j.id)).join(", ");
      detail = ` Its jobs (${jobs}) no longer run${tools.size > 0 ? `, including ${[...tools].join(", ")}` : ""}.`;
    }
    return [
      {
        code: "workflow_removed",
        severity: "high",
        message: `${file} was removed.${detail} If it was a required or security check (a security scan, the guard), that check disappears.`
      }
    ];
  }
  if (baseText !== null && baseText === headText) return [];
  const head = buildModel(path, kind, headText);
  if (!head.ok) {
    return [
      {
        code: "workflow_unparseable",
        severity: "high",
        message: `${file} could not be parsed, so it was not reviewed (${quoteValue(head.reason)}). GitHub may run it differently or not at all; a guard workflow that does not run leaves its check pending.`
      }
    ];
  }
  const baseModel = baseText === null ? null : buildModel(path, kind, baseText);
  const base = baseModel && baseModel.ok ? baseModel.model : null;
  const headFacts = collectFacts(head.model, base);
  const baseFacts = base ? collectFacts(base, null) : [];
  const facts = [...diffFacts(baseFacts, headFacts), ...changeFindings(base, head.model)];
  const findings = facts.map((f) => ({ code: f.code, severity: "high", message: f.message }));
  if (findings.length > MAX_FINDINGS_PER_FILE) {
    const extra = findings.length - MAX_FINDINGS_PER_FILE;
    findings.length = MAX_FINDINGS_PER_FILE;
    findings.push({ code: "workflow_findings_truncated", severity: "high", message: `${file}: ${extra} more findings were not listed.` });
  }
  return findings;
}

// src/core/dependency-review.ts
var TEST_RUNNER_CONFIG = /^(jest|vitest|vite|playwright|cypress|karma|ava|mocha)\.config\.(js|cjs|mjs|ts|cts|mts|json)$|^karma\.conf\.(js|cjs|ts)$|^\.mocharc\.(js|cjs|json|ya?ml)$/;
function dependencyFileKind(path) {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf("/") + 1);
  switch (base) {
    case "package-lock.json":
    case "npm-shrinkwrap.json":
      return "npm-lock";
    case "yarn.lock":
      return "yarn-lock";
    case "pnpm-lock.yaml":
      return "pnpm-lock";
    case "package.json":
      return "package-json";
    case ".npmrc":
      return "npmrc";
    case ".yarnrc.yml":
    case ".yarnrc.yaml":
      return "yarnrc-yml";
    case ".yarnrc":
      return "yarnrc";
    case "pip.conf":
    case "pip.ini":
      return "pip-conf";
    case "uv.toml":
      return "uv-toml";
    case "pyproject.toml":
      return "pyproject";
    case "gradle-wrapper.properties":
    case "maven-wrapper.properties":
      return "wrapper-properties";
    case "bun.lock":
      return "bun-lock";
    case "bun.lockb":
      return "bun-lockb";
    case "uv.lock":
      return "uv-lock";
    case "poetry.lock":
      return "poetry-lock";
    case "pipfile.lock":
      return "pipfile-lock";
    case "cargo.lock":
      return "cargo-lock";
    case "gemfile.lock":
    case "gems.locked":
      return "gemfile-lock";
    case "composer.lock":
      return "composer-lock";
    case "composer.json":
      return "composer-json";
    case "go.mod":
    case "go.work":
      return "go-mod";
    case "go.env":
      return "go-env";
    case "bunfig.toml":
      return "bunfig";
  }
  if (lower === ".github/dependabot.yml" || lower === ".github/dependabot.yaml") return "dependabot";
  if ((base === "config.toml" || base === "config") && /(^|\/)\.cargo\/config(\.toml)?$/.test(lower)) return "cargo-config";
  if (/requirements.*\.(txt|in)$|^constraints.*\.txt$/.test(base) || /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(lower)) return "requirements";
  if (TEST_RUNNER_CONFIG.test(base)) return "test-runner-config";
  return null;
}
function isDependencyFile(path) {
  return dependencyFileKind(path) !== null;
}
var SHORTHAND_HOSTS = {
  github: "github.com",
  gitlab: "gitlab.com",
  bitbucket: "bitbucket.org",
  gist: "gist.github.com"
};
var authorityCache = /* @__PURE__ */ new Map();
function parseAuthority(scheme, authority) {
  let perScheme = authorityCache.get(scheme);
  if (perScheme === void 0) {
    perScheme = /* @__PURE__ */ new Map();
    authorityCache.set(scheme, perScheme);
  }
  const cached = perScheme.get(authority);
  if (cached !== void 0) return cached;
  let result = null;
  if (scheme !== "http" && scheme !== "https" && (authority.includes("\\") || authority.indexOf("@") !== authority.lastIndexOf("@"))) {
    const last = authority.lastIndexOf("@");
    result = last >= 0 ? { host: `***@${authority.slice(last + 1).toLowerCase()}`, userinfo: true } : { host: authority.toLowerCase(), userinfo: false };
    perScheme.set(authority, result);
    return result;
  }
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at) : "";
  let hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  let host;
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    host = close > 0 ? hostPort.slice(0, close + 1) : hostPort;
  } else {
    const colon = hostPort.indexOf(":");
    host = colon >= 0 ? hostPort.slice(0, colon) : hostPort;
  }
  if (scheme === "http" || scheme === "https") {
    try {
      hostPort = new URL(`${scheme}://${authority}/`).hostname;
      host = hostPort;
    } catch {
    }
  }
  host = host.toLowerCase().replace(/\.$/, "");
  if (host.length > 0) {
    const credentials = userinfo.length > 0 && (userinfo.includes(":") || scheme === "http" || scheme === "https" || /^git\+https?$/.test(scheme));
    result = { host, userinfo: credentials };
  }
  if (perScheme.size > 1e4) perScheme.clear();
  perScheme.set(authority, result);
  return result;
}
function redactUrl(spec) {
  return spec.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@?#]*@/i, "$1***@");
}
var HTTPS_MATCH = ["https://", "https"];
var NETWORK_SCHEME = /^(https?|ftp|wss?|git|ssh|git\+(ssh|https?))$/i;
function classify(raw) {
  const spec = raw.trim();
  const scheme = spec.startsWith("https://") ? HTTPS_MATCH : /^([a-z][a-z0-9+.-]*):\/\//i.exec(spec);
  if (scheme) {
    const s = scheme[1].toLowerCase();
    const rest = spec.slice(scheme[0].length);
    let end = rest.length;
    for (let i = 0; i < rest.length; i++) {
      const ch = rest.charCodeAt(i);
      if (ch === 47 || ch === 63 || ch === 35) {
        end = i;
        break;
      }
    }
    if (s === "file" || s === "git+file") return { kind: "file", spec };
    const auth = parseAuthority(s, rest.slice(0, end));
    if (!auth) {
      let host = "";
      if (s === "http" || s === "https") {
        try {
          host = new URL(spec).hostname.toLowerCase().replace(/\.$/, "");
        } catch {
        }
      }
      return host ? { kind: "unknown", host, spec: redactUrl(spec) } : { kind: "unknown", spec: redactUrl(spec) };
    }
    const shown = auth.userinfo ? redactUrl(spec) : spec;
    if (auth.userinfo) return { kind: "credentials", host: auth.host, spec: shown, insecure: s === "http" || s === "git" || s === "git+http" };
    if (s === "https") return { kind: "https", host: auth.host, spec: shown };
    if (s === "http") return { kind: "http", host: auth.host, spec: shown, insecure: true };
    if (/^(git|git\+ssh|ssh|git\+https|git\+http)$/.test(s)) return { kind: "git", host: auth.host, spec: shown, insecure: s === "git" || s === "git+http" };
    return { kind: "unknown", host: auth.host, spec: shown };
  }
  const proto = /^([a-z][a-z0-9+.-]*):/i.exec(spec);
  if (proto && NETWORK_SCHEME.test(proto[1])) {
    let host;
    try {
      host = new URL(spec).hostname.toLowerCase().replace(/\.$/, "") || void 0;
    } catch {
    }
    return host === void 0 ? { kind: "unknown", spec: redactUrl(spec) } : { kind: "unknown", host, spec: redactUrl(spec) };
  }
  if (/^[\\/]{2}/.test(spec)) return { kind: "unknown", spec };
  if (proto) {
    const p = proto[1].toLowerCase();
    const shorthand = SHORTHAND_HOSTS[p];
    if (shorthand) return { kind: "git", host: shorthand, spec };
    if (p === "file" || p === "portal") return { kind: "file", spec };
    if (p === "link") return { kind: "local", spec };
    if (p === "exec") return { kind: "exec", spec };
    if (p === "npm" || p === "workspace" || p === "catalog" || p === "jsr") return { kind: "registry", spec };
    if (p === "patch") {
      const inner = spec.slice(6).split("#")[0] ?? "";
      let decoded = inner;
      try {
        decoded = decodeURIComponent(inner);
      } catch {
      }
      const source = afterPackageName(decoded);
      return source === null ? { kind: "unknown", spec } : classify(source) ?? { kind: "registry", spec };
    }
  }
  const scp = /^[\w.-]+@([\w.-]+):(?!\/\/)/.exec(spec);
  if (scp) return { kind: "git", host: scp[1].toLowerCase(), spec };
  return null;
}
function afterPackageName(entry) {
  const at = entry.indexOf("@", entry.startsWith("@") ? 1 : 0);
  return at < 0 ? null : entry.slice(at + 1);
}
var MAX_LOCKFILE_CHARS = 256 * 1024 * 1024;
var Collector = class {
  hostSites = /* @__PURE__ */ new Map();
  sources = /* @__PURE__ */ new Map();
  error;
  /** A value that must be a source (npm `resolved`, yarn `resolved`, pnpm `tarball`/`repo`). */
  resolved(value, where, allowRelative = false) {
    const c = classify(value);
    if (c === null) {
      if (allowRelative) return;
      this.source({ kind: "unknown", spec: value }, where);
      return;
    }
    this.record(c, where);
  }
  /**
   * A spec that may be a plain range (ignored) or a non-registry source (recorded). `withHost` false for
   * what a package asked for (a yarn entry header), as opposed to where it was fetched from.
   */
  spec(value, where, withHost = true) {
    const c = classify(value);
    if (c !== null) this.record(c, where, withHost);
  }
  record(c, where, withHost = true) {
    if (withHost && c.host !== void 0 && !this.hostSites.has(c.host)) this.hostSites.set(c.host, where);
    if (c.kind === "https" || c.kind === "registry" || c.kind === "local") return;
    this.source({ kind: c.insecure && c.kind === "git" ? "http" : c.kind, spec: c.spec }, where);
    if (c.kind === "credentials" && c.insecure) this.source({ kind: "http", spec: c.spec }, where);
  }
  source(s, where) {
    const key = `${s.kind}|${s.spec}`;
    if (!this.sources.has(key)) this.sources.set(key, { ...s, where });
  }
  result() {
    const sources = [...this.sources.values()];
    const problems = sources.map((s) => `${SOURCE_TEXT[s.kind]}: ${quoteValue(s.spec)} (at ${quoteValue(s.where, 120)})`);
    if (this.error !== void 0) problems.unshift(this.error);
    const scan = { hosts: [...this.hostSites.keys()].sort(), problems, sources, hostSites: this.hostSites };
    if (this.error !== void 0) scan.error = this.error;
    return scan;
  }
};
var SOURCE_TEXT = {
  http: "non-TLS source (plain http or git protocol)",
  git: "git source",
  file: "local file source",
  exec: "exec: source (runs a script to build the package)",
  credentials: "source URL with embedded credentials",
  unknown: "unrecognised source"
};
function scanNpmLock(text, c) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    c.error = `not valid JSON: ${err.message.split("\n")[0]}`;
    return;
  }
  if (!isObj2(doc)) {
    c.error = "the top level is not a JSON object";
    return;
  }
  const packages = doc.packages;
  if (packages !== void 0) {
    if (!isObj2(packages)) c.error = '"packages" is not an object';
    else
      for (const key of Object.keys(packages)) {
        const entry = packages[key];
        if (!isObj2(entry)) continue;
        const where = key === "" ? "(root)" : key;
        const resolved = entry.resolved;
        if (resolved === void 0) continue;
        if (typeof resolved !== "string") {
          c.source({ kind: "unknown", spec: stableJson(resolved) }, where);
          continue;
        }
        c.resolved(resolved, where, entry.link === true);
      }
  }
  const stack = [{ deps: doc.dependencies, prefix: "" }];
  while (stack.length > 0) {
    const { deps, prefix } = stack.pop();
    if (!isObj2(deps)) continue;
    for (const name of Object.keys(deps)) {
      const entry = deps[name];
      if (!isObj2(entry)) continue;
      const where = `${prefix}${name}`;
      if (typeof entry.resolved === "string") c.resolved(entry.resolved, where, true);
      if (typeof entry.version === "string") c.spec(entry.version, where);
      if (entry.dependencies !== void 0) stack.push({ deps: entry.dependencies, prefix: `${where} > ` });
    }
  }
}
function forEachLine(text, fn) {
  let start = 0;
  let n = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    n++;
    fn(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end), n);
    start = end + 1;
  }
}
function unquote(s) {
  const t = s.trim();
  if (t.length >= 2 && (t.startsWith('"') && t.endsWith('"') || t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  return t;
}
function scanYarnLock(text, c) {
  let pending = [];
  const flush = () => {
    for (const p of pending) c.spec(p.value, p.where, false);
    pending = [];
  };
  forEachLine(text, (line, n) => {
    if (line.length === 0 || line.startsWith("#")) return;
    const first = line.charCodeAt(0);
    if (first !== 32 && first !== 9) {
      flush();
      if (!line.endsWith(":") || line.startsWith("__metadata")) return;
      for (const part of line.slice(0, -1).split(",")) {
        const source = afterPackageName(unquote(part));
        if (source !== null) pending.push({ value: source, where: `line ${n}` });
      }
      return;
    }
    let t = line.trim();
    const quotedKey = /^(["'])([^"']*)\1(?=[:\s]|$)/.exec(t);
    if (quotedKey) t = quotedKey[2] + t.slice(quotedKey[0].length);
    if (t.startsWith("resolved")) {
      pending = [];
      const m = /^resolved:?\s+(.+)$/.exec(t);
      if (m) c.resolved(unquote(m[1]), `line ${n}`);
    } else if (t.startsWith("resolution:")) {
      pending = [];
      const entry = unquote(t.slice("resolution:".length));
      const source = afterPackageName(entry);
      if (source === null) c.source({ kind: "unknown", spec: entry }, `line ${n}`);
      else {
        const k = classify(source);
        if (k === null) c.source({ kind: "unknown", spec: entry }, `line ${n}`);
        else c.record(k, `line ${n}`);
      }
    }
  });
  flush();
}
var PNPM_PAIR = /('[^']*'|"[^"]*"|[\w@./-]+)\s*:\s*('[^']*'|"[^"]*"|[^,}\s]+)/g;
var PNPM_GIT_HOST_PATH = /^(github\.com|gitlab\.com|bitbucket\.org|codeload\.github\.com)\//i;
var PNPM_SKIP_KEYS = /* @__PURE__ */ new Set(["deprecated", "integrity", "checksum", "homepage", "funding"]);
function pnpmPair(c, key, raw, where) {
  const value = unquote(raw);
  if (value === "" || PNPM_SKIP_KEYS.has(key)) return;
  if (key === "tarball" || key === "repo") c.resolved(value, where);
  else if (PNPM_GIT_HOST_PATH.test(value)) c.record({ kind: "git", host: value.slice(0, value.indexOf("/")).toLowerCase(), spec: value }, where);
  else c.spec(value, where);
}
function scanPnpmLock(text, c) {
  forEachLine(text, (line, n) => {
    const colon = line.indexOf(":");
    if (colon < 0) return;
    const t = line.trim();
    if (t.startsWith("#")) return;
    const where = `line ${n}`;
    if (t.endsWith(":")) {
      const key2 = unquote(t.slice(0, -1));
      if (PNPM_GIT_HOST_PATH.test(key2)) c.record({ kind: "git", host: key2.slice(0, key2.indexOf("/")).toLowerCase(), spec: key2 }, where);
      else {
        const source = afterPackageName(key2.startsWith("/") ? key2.slice(1) : key2);
        if (source !== null) c.spec(source, where);
      }
      return;
    }
    const m = /^(-\s+)?('[^']*'|"[^"]*"|[^\s:'"][^:]*?):\s+(.*)$/.exec(t);
    if (!m) return;
    const key = unquote(m[2]);
    const rest = m[3].trim();
    if (rest.startsWith("{")) {
      for (const p of rest.matchAll(PNPM_PAIR)) pnpmPair(c, unquote(p[1]), p[2], where);
    } else pnpmPair(c, key, rest, where);
  });
}
function urlOrPath(c, value, where) {
  const k = classify(value);
  if (k !== null) c.record(k, where);
  else localPath(c, value, where);
}
function localPath(c, value, where) {
  const v = value.trim();
  if (v === "." || v === "./" || v === "") return;
  const k = classify(v);
  if (k !== null && k.kind !== "registry" && k.kind !== "local") c.record(k, where);
  else c.source({ kind: "file", spec: v }, where);
}
function vcsSource(c, value, where) {
  const k = classify(value);
  if (k === null) localPath(c, value, where);
  else if (k.kind === "https" || k.kind === "http") c.record({ ...k, kind: "git" }, where);
  else c.record(k, where);
}
function tomlLocked(text, c) {
  const r = parseToml(text);
  if (!r.ok) {
    c.error = `not valid TOML: ${r.reason}`;
    return null;
  }
  const at = (t, k, fallback) => {
    const n = r.lineOf(t, k);
    return n === void 0 ? fallback : `line ${n}`;
  };
  return { doc: r.value, at };
}
function tomlPackages(doc, c, required) {
  const p = doc.package;
  if (p === void 0) return [];
  if (!Array.isArray(p) || !p.every(isTable)) {
    if (required) c.error = '"package" is not an array of tables';
    return [];
  }
  return p;
}
var CRATES_IO_SOURCE = "registry+https://github.com/rust-lang/crates.io-index";
function cargoSource(c, src, where) {
  if (src === CRATES_IO_SOURCE) {
    c.record({ kind: "https", host: "crates.io", spec: src }, where);
    return;
  }
  const m = /^(registry|sparse)\+(.*)$/.exec(src);
  if (m) {
    const k = classify(m[2]);
    if (k === null) c.source({ kind: "unknown", spec: src }, where);
    else c.record(k, where);
    return;
  }
  if (/^git\+/i.test(src)) c.resolved(src, where);
  else c.source({ kind: "unknown", spec: src }, where);
}
function scanCargoLock(text, c) {
  const parsed = tomlLocked(text, c);
  if (parsed === null) return;
  const { doc, at } = parsed;
  const tables = [...tomlPackages(doc, c, true)];
  if (isTable(doc.patch) && Array.isArray(doc.patch.unused)) tables.push(...doc.patch.unused.filter(isTable));
  for (const pkg of tables) {
    const where = at(pkg, "source", typeof pkg.name === "string" ? pkg.name : "package");
    if (pkg.source !== void 0) {
      if (typeof pkg.source === "string") cargoSource(c, pkg.source, where);
      else c.source({ kind: "unknown", spec: JSON.stringify(pkg.source) }, where);
    }
    if (Array.isArray(pkg.dependencies)) {
      for (const d of pkg.dependencies) {
        const m = typeof d === "string" ? /\(([^()]+)\)\s*$/.exec(d) : null;
        if (m) cargoSource(c, m[1], at(pkg, "dependencies", where));
      }
    }
  }
}
function scanUvLock(text, c) {
  const parsed = tomlLocked(text, c);
  if (parsed === null) return;
  const { doc, at } = parsed;
  tomlPackages(doc, c, true);
  walkToml(doc, (t, key, value) => {
    const where = at(t, key, key);
    if (key === "registry" || key === "url" || key === "index") urlOrPath(c, value, where);
    else if (key === "git") vcsSource(c, value, where);
    else if (key === "path" || key === "directory") localPath(c, value, where);
    else if (key === "editable" || key === "virtual") localPath(c, value, where);
  });
}
function walkToml(root, fn, skip) {
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x !== "string") stack.push(x);
      continue;
    }
    if (typeof v === "string") continue;
    for (const key of Object.keys(v)) {
      const x = v[key];
      if (skip?.(v, key)) continue;
      if (typeof x === "string") fn(v, key, x);
      else if (Array.isArray(x)) {
        for (const y of x) if (typeof y === "string") fn(v, key, y);
        stack.push(x);
      } else stack.push(x);
    }
  }
}
function scanPoetryLock(text, c) {
  const parsed = tomlLocked(text, c);
  if (parsed === null) return;
  const { doc, at } = parsed;
  for (const pkg of tomlPackages(doc, c, true)) {
    const src = pkg.source;
    const name = typeof pkg.name === "string" ? pkg.name : "package";
    if (src !== void 0) {
      if (!isTable(src) || typeof src.url !== "string") {
        c.source({ kind: "unknown", spec: JSON.stringify(src) }, at(pkg, "source", name));
      } else {
        const type = typeof src.type === "string" ? src.type.toLowerCase() : "";
        const where = at(src, "url", name);
        if (type === "git") vcsSource(c, src.url, where);
        else if (type === "file" || type === "directory") localPath(c, src.url, where);
        else if (type === "legacy" || type === "url" || type === "pypi" || type === "") c.resolved(src.url, where);
        else c.source({ kind: "unknown", spec: `${type} ${src.url}` }, where);
      }
    }
  }
  walkToml(
    doc,
    (t, key, value) => {
      const where = at(t, key, key);
      if (key === "url") urlOrPath(c, value, where);
      else if (key === "git") vcsSource(c, value, where);
      else if (key === "path" || key === "directory") localPath(c, value, where);
    },
    (t, key) => key === "source" && isTable(t.source) && Object.hasOwn(t, "name")
  );
}
function parseJsonDoc(text, c) {
  try {
    const v = JSON.parse(text);
    if (isObj2(v)) return v;
    c.error = "the top level is not a JSON object";
  } catch (err) {
    c.error = `not valid JSON: ${err.message.split("\n")[0]}`;
  }
  return null;
}
function scanPipfileLock(text, c) {
  const doc = parseJsonDoc(text, c);
  if (doc === null) return;
  const meta = doc._meta;
  if (!isObj2(meta)) {
    c.error = '"_meta" is missing or not an object';
    return;
  }
  if (meta.sources !== void 0) {
    if (!Array.isArray(meta.sources)) c.error = '"_meta.sources" is not an array';
    else
      meta.sources.forEach((s, i) => {
        const where = `_meta.sources[${i}]`;
        if (!isObj2(s) || typeof s.url !== "string") c.source({ kind: "unknown", spec: stableJson(s) }, where);
        else c.resolved(s.url, where);
      });
  }
  for (const category of Object.keys(doc)) {
    if (category === "_meta") continue;
    const pkgs = doc[category];
    if (!isObj2(pkgs)) continue;
    for (const name of Object.keys(pkgs)) {
      const p = pkgs[name];
      if (!isObj2(p)) continue;
      const where = `${category}.${name}`;
      for (const vcs of ["git", "hg", "svn", "bzr"]) if (typeof p[vcs] === "string") vcsSource(c, p[vcs], where);
      if (typeof p.file === "string") urlOrPath(c, p.file, where);
      if (typeof p.path === "string") localPath(c, p.path, where);
    }
  }
}
function scanComposerLock(text, c) {
  const doc = parseJsonDoc(text, c);
  if (doc === null) return;
  for (const list of ["packages", "packages-dev"]) {
    const pkgs = doc[list];
    if (pkgs === void 0) continue;
    if (!Array.isArray(pkgs)) {
      c.error = `"${list}" is not an array`;
      return;
    }
    pkgs.forEach((p, i) => {
      if (!isObj2(p)) return;
      const where = typeof p.name === "string" ? `${list}: ${p.name}` : `${list}[${i}]`;
      for (const field of ["dist", "source"]) {
        const d = p[field];
        if (d === void 0 || d === null) continue;
        if (!isObj2(d) || typeof d.url !== "string") {
          c.source({ kind: "unknown", spec: stableJson(d) }, `${where} ${field}`);
          continue;
        }
        if (d.type === "path") localPath(c, d.url, `${where} ${field}`);
        else urlOrPath(c, d.url, `${where} ${field}`);
        if (Array.isArray(d.mirrors)) {
          for (const m of d.mirrors) if (isObj2(m) && typeof m.url === "string") urlOrPath(c, m.url, `${where} ${field} mirror`);
        }
      }
      if (typeof p["notification-url"] === "string") c.resolved(p["notification-url"], `${where} notification-url`);
    });
  }
}
function scanBunLock(text, c) {
  const json = stripJsonc(text);
  if (typeof json !== "string") {
    c.error = json.error;
    return;
  }
  const doc = parseJsonDoc(json, c);
  if (doc === null) return;
  const packages = doc.packages;
  if (packages === void 0) return;
  if (!isObj2(packages)) {
    c.error = '"packages" is not an object';
    return;
  }
  for (const key of Object.keys(packages)) {
    const entry = packages[key];
    if (!Array.isArray(entry) || typeof entry[0] !== "string") {
      c.error = `packages[${JSON.stringify(key)}] is not a [name@resolution, ...] tuple`;
      return;
    }
    const ident = entry[0];
    const source = afterPackageName(ident);
    if (source === null) {
      c.source({ kind: "unknown", spec: ident }, key);
      continue;
    }
    c.spec(source, key);
    if (entry.length === 4 && typeof entry[1] === "string" && entry[1] !== "") c.resolved(entry[1], key);
    else if (entry.length === 4 && typeof entry[1] !== "string" && entry[1] !== void 0 && !isObj2(entry[1])) c.source({ kind: "unknown", spec: stableJson(entry[1]) }, key);
  }
}
function stripJsonc(text) {
  const blank = [];
  const stack = [];
  let pendingComma = -1;
  let i = 0;
  const n = text.length;
  let line = 1;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 10) line++;
    if (ch === 34) {
      const start = i;
      i++;
      while (i < n && text.charCodeAt(i) !== 34) {
        const d = text.charCodeAt(i);
        if (d === 10) return { error: `unterminated string at line ${line}` };
        i += d === 92 ? 2 : 1;
      }
      if (i >= n) return { error: `unterminated string at line ${line}` };
      i++;
      pendingComma = -1;
      const top = stack[stack.length - 1];
      if (top?.obj && top.expectKey) {
        let k;
        try {
          k = JSON.parse(text.slice(start, i));
        } catch {
          return { error: `invalid string at line ${line}` };
        }
        if (top.keys.has(k)) return { error: `duplicate key ${JSON.stringify(k).slice(0, 120)} at line ${line}` };
        top.keys.add(k);
        top.expectKey = false;
      }
      continue;
    }
    if (ch === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
      const block = text.charCodeAt(i + 1) === 42;
      const end = block ? text.indexOf("*/", i + 2) : text.indexOf("\n", i);
      if (block && end < 0) return { error: `unterminated comment at line ${line}` };
      const stop = block ? end + 2 : end < 0 ? n : end;
      for (let j = i; j < stop; j++) if (text.charCodeAt(j) === 10) line++;
      blank.push([i, stop]);
      i = stop;
      continue;
    }
    if (ch === 123 || ch === 91) {
      stack.push({ obj: ch === 123, keys: /* @__PURE__ */ new Set(), expectKey: ch === 123 });
      pendingComma = -1;
    } else if (ch === 125 || ch === 93) {
      if (pendingComma >= 0) blank.push([pendingComma, pendingComma + 1]);
      pendingComma = -1;
      stack.pop();
    } else if (ch === 44) {
      pendingComma = i;
      const top = stack[stack.length - 1];
      if (top?.obj) top.expectKey = true;
    } else if (ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13) pendingComma = -1;
    i++;
  }
  if (blank.length === 0) return text;
  blank.sort((x, y) => x[0] - y[0]);
  const parts = [];
  let last = 0;
  for (const [from, to] of blank) {
    parts.push(text.slice(last, from), " ");
    last = to;
  }
  parts.push(text.slice(last));
  return parts.join("");
}
var GEMFILE_SECTIONS = /* @__PURE__ */ new Set(["GIT", "GEM", "PATH", "PLUGIN SOURCE", "PLATFORMS", "DEPENDENCIES", "RUBY VERSION", "BUNDLED WITH", "CHECKSUMS"]);
function scanGemfileLock(text, c) {
  let section = "";
  forEachLine(text, (line, n) => {
    if (c.error !== void 0 || line.trim() === "") return;
    if (/^(<{7}|={7}|>{7})/.test(line)) {
      c.error = `merge-conflict marker at line ${n}`;
      return;
    }
    if (!/^\s/.test(line)) {
      section = line.trim();
      return;
    }
    const m = /^ {2}remote: (.*)$/.exec(line);
    if (!m) {
      if (/^\s*remote\s*:/.test(line)) c.error = `a "remote:" line at line ${n} is not indented by two spaces as Bundler reads it`;
      return;
    }
    const value = m[1].trim();
    const where = `line ${n}`;
    if (section === "GEM" || section === "PLUGIN SOURCE") urlOrPath(c, value, where);
    else if (section === "GIT") vcsSource(c, value, where);
    else if (section === "PATH") localPath(c, value, where);
    else c.error = `a "remote:" at line ${n} in ${GEMFILE_SECTIONS.has(section) ? "the" : "an unknown"} section ${JSON.stringify(section)}`;
  });
}
function lockfileHosts(path, text) {
  const c = new Collector();
  const kind = dependencyFileKind(path);
  if (text.length > MAX_LOCKFILE_CHARS) {
    c.error = `the lockfile is ${text.length} characters; the limit is ${MAX_LOCKFILE_CHARS}`;
    return c.result();
  }
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  if (kind === "npm-lock") scanNpmLock(body, c);
  else if (kind === "yarn-lock") scanYarnLock(body, c);
  else if (kind === "pnpm-lock") scanPnpmLock(body, c);
  else if (kind === "bun-lock") scanBunLock(body, c);
  else if (kind === "cargo-lock") scanCargoLock(body, c);
  else if (kind === "uv-lock") scanUvLock(body, c);
  else if (kind === "poetry-lock") scanPoetryLock(body, c);
  else if (kind === "pipfile-lock") scanPipfileLock(body, c);
  else if (kind === "composer-lock") scanComposerLock(body, c);
  else if (kind === "gemfile-lock") scanGemfileLock(body, c);
  else c.error = `${quoteValue(path)} is not a supported lockfile`;
  return c.result();
}
function isObj2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var CAP_PER_CODE = 20;
function finish(file, findings) {
  const ordered = [...findings.filter((f) => f.severity === "deny"), ...findings.filter((f) => f.severity !== "deny")];
  const counts = /* @__PURE__ */ new Map();
  const out = [];
  const dropped = /* @__PURE__ */ new Map();
  for (const f of ordered) {
    const n = (counts.get(f.code) ?? 0) + 1;
    counts.set(f.code, n);
    if (n <= CAP_PER_CODE) out.push(f);
    else {
      const d = dropped.get(f.code) ?? { ...f, n: 0 };
      d.n++;
      if (f.severity === "deny") d.severity = "deny";
      dropped.set(f.code, d);
    }
  }
  for (const [code, d] of dropped) out.push({ code, severity: d.severity, message: `${file}: ${d.n} more ${code} findings not listed.` });
  return out;
}
function hostNote(value, allow) {
  const c = classify(value);
  if (!c || c.host === void 0) return "";
  const notes = [];
  if (c.insecure) notes.push("over plain http, without TLS");
  if (!hostAllowed(allow, c.host)) notes.push(`host ${quoteValue(c.host)} is not in the network allow list`);
  return notes.length > 0 ? ` (${notes.join("; ")})` : "";
}
function reviewLockfile(file, path, baseText, headText, allow) {
  const out = [];
  if (headText === null) {
    if (baseText !== null) {
      out.push({ code: "dependency_lockfile_removed", severity: "high", message: `${file} was removed; the next install resolves every dependency afresh, from whatever registry is configured.` });
    }
    return out;
  }
  const head = lockfileHosts(path, headText);
  if (head.error !== void 0) {
    out.push({
      code: "dependency_lockfile_unparseable",
      severity: "deny",
      message: `${file} could not be read (${quoteValue(head.error)}), so its resolved hosts cannot be checked against the network allow list.`
    });
    return out;
  }
  const base = baseText === null ? null : lockfileHosts(path, baseText);
  const baseHosts = new Set(base && base.error === void 0 ? base.hosts : []);
  const existingOutside = [];
  for (const host of head.hosts) {
    if (hostAllowed(allow, host)) continue;
    if (baseHosts.has(host)) {
      existingOutside.push(host);
      continue;
    }
    out.push({
      code: "dependency_host_not_allowed",
      severity: "deny",
      message: `${file}: dependency confusion: resolved host ${quoteValue(host)} is not in the network allow list (first at ${quoteValue(head.hostSites.get(host) ?? "", 120)}).`
    });
  }
  if (existingOutside.length > 0) {
    const shown = existingOutside.slice(0, 20).map((h) => quoteValue(h)).join(", ");
    const more = existingOutside.length > 20 ? ` and ${existingOutside.length - 20} more` : "";
    out.push({
      code: "dependency_host_not_allowed_existing",
      severity: "high",
      message: `${file} still resolves packages from ${shown}${more}, outside the network allow list (already so in the base); extend the allow list or move those packages.`
    });
  }
  const baseSources = new Set((base?.sources ?? []).map((s) => `${s.kind}|${s.spec}`));
  for (const s of head.sources) {
    if (baseSources.has(`${s.kind}|${s.spec}`)) continue;
    out.push({ code: SOURCE_CODE[s.kind], severity: s.kind === "unknown" ? "deny" : "high", message: `${file} adds a ${SOURCE_TEXT[s.kind]}: ${quoteValue(s.spec)} (at ${quoteValue(s.where, 120)}).` });
  }
  return out;
}
function bunLockbFinding(file) {
  return {
    code: "dependency_lockfile_binary",
    severity: "deny",
    message: `${file} is Bun's binary lockfile, which cannot be read, so the hosts it resolves packages from cannot be checked against the network allow list. Switch to the text lockfile (Bun 1.2 or later): run \`bun install --save-text-lockfile --frozen-lockfile --lockfile-only\`, commit bun.lock and delete bun.lockb.`
  };
}
var SOURCE_CODE = {
  http: "dependency_insecure_source",
  git: "dependency_git_source",
  file: "dependency_file_source",
  exec: "dependency_exec_source",
  credentials: "dependency_url_credentials",
  unknown: "dependency_unknown_source"
};
var LIFECYCLE_SCRIPTS = /* @__PURE__ */ new Set([
  "preinstall",
  "install",
  "postinstall",
  "prepare",
  "preprepare",
  "postprepare",
  "prepack",
  "pack",
  "postpack",
  "prepublish",
  "prepublishonly",
  "publish",
  "postpublish",
  "preuninstall",
  "uninstall",
  "postuninstall",
  "preversion",
  "version",
  "postversion",
  "dependencies",
  "predependencies",
  "postdependencies",
  "preshrinkwrap",
  "shrinkwrap",
  "postshrinkwrap"
]);
var DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
var SCRIPT_CALL = /(?:^|[\s;&|()`'"])(?:npm|pnpm|yarn|bun)(?:\s+--?[\w-]+(?:=\S+)?)*\s+(?:run(?:-script)?\s+(?:--?[\w-]+(?:=\S+)?\s+)*)?([\w:.@/-]+)/g;
var SCRIPT_LIST_CALL = /(?:^|[\s;&|()`'"])(?:npm-run-all|run-s|run-p)\s+([^;&|]+)/g;
function scriptsRunAutomatically(scripts, isRoot, callees) {
  const reached = /* @__PURE__ */ new Map();
  const queue = [];
  for (const name of Object.keys(scripts)) {
    if (!isRoot(name)) continue;
    reached.set(name, name);
    queue.push(name);
  }
  while (queue.length > 0) {
    const name = queue.shift();
    for (const callee of callees(scripts[name])) {
      if (!Object.hasOwn(scripts, callee) || reached.has(callee)) continue;
      reached.set(callee, reached.get(name));
      queue.push(callee);
    }
  }
  return reached;
}
function newOrChangedScripts(reached, scripts, baseScripts) {
  const out = [];
  for (const [name, root] of reached) {
    const value = scripts[name];
    const inBase = Object.hasOwn(baseScripts, name);
    if (inBase && stableJson(baseScripts[name]) === stableJson(value)) continue;
    out.push({ name, root, value, verb: inBase ? "changes" : "adds" });
  }
  return out;
}
function npmAutoScripts(scripts) {
  return scriptsRunAutomatically(
    scripts,
    (name) => LIFECYCLE_SCRIPTS.has(name.toLowerCase()),
    (value) => {
      if (typeof value !== "string") return [];
      const names = [];
      for (const m of value.matchAll(SCRIPT_CALL)) names.push(m[1]);
      for (const m of value.matchAll(SCRIPT_LIST_CALL)) for (const arg of m[1].split(/\s+/)) if (arg && !arg.startsWith("-")) names.push(arg);
      return names.flatMap((n) => [n, `pre${n}`, `post${n}`]);
    }
  );
}
var TEST_RUNNER_KEYS = /\b(globalSetup|globalTeardown|setupFiles|setupFilesAfterEnv|setupFilesAfterEach|testEnvironment|testRunner|runner|transform|reporters|watchPlugins|snapshotResolver|preset|resolver|moduleLoader|testSequencer|testResultsProcessor|dependencyExtractor|prettierPath|haste|plugins|globalSetupFile|webServer|require|loader|import|node-option|nodeArguments)\b/;
var CODE_RUNNING_KEYS = Object.freeze({
  husky: "husky (v4) runs these commands as git hooks",
  "simple-git-hooks": "simple-git-hooks installs these commands as git hooks",
  "lint-staged": "lint-staged runs these commands on every commit",
  "pre-commit": "the pre-commit package runs these scripts as a git hook",
  precommit: "the pre-commit package runs these scripts as a git hook",
  "pre-push": "the pre-push package runs these scripts as a git hook",
  prepush: "the pre-push package runs these scripts as a git hook",
  gitHooks: "yorkie runs these commands as git hooks",
  ghooks: "ghooks runs these commands as git hooks",
  "git-hooks": "these commands run as git hooks",
  mocha: "mocha loads the modules it names (require, reporter, ui) before any test",
  ava: "ava loads the modules it names (require, extensions) before any test",
  nyc: "nyc loads the modules it names (require) into every test process",
  c8: "c8 configuration applies to every test process",
  babel: "babel loads these plugins and presets (code) on every build and test",
  eslintConfig: "eslint loads these plugins and parsers (code)",
  prettier: "prettier loads these plugins (code)",
  stylelint: "stylelint loads these plugins (code)",
  xo: "xo loads these plugins (code)",
  trustedDependencies: "bun runs the install scripts of these dependencies"
});
var PNPM_SCRIPT_KEYS = ["onlyBuiltDependencies", "onlyBuiltDependenciesFile", "neverBuiltDependencies", "ignoredBuiltDependencies", "packageExtensions", "patchedDependencies"];
function parseJsonObject(text) {
  try {
    const v = JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
    return isObj2(v) ? v : "the top level is not a JSON object";
  } catch (err) {
    return `not valid JSON: ${err.message.split("\n")[0]}`;
  }
}
function stringEntries(v, prefix, out) {
  if (typeof v === "string") out.set(prefix, v);
  else if (isObj2(v)) for (const k of Object.keys(v)) stringEntries(v[k], prefix ? `${prefix}.${k}` : k, out);
  return out;
}
var GITHUB_SHORTHAND = /^[^@\s/.:][^\s/:]*\/[^\s/:]+(#.*)?$/;
function dependencySourceText(spec) {
  const s = spec.trim();
  if (/^npm:/i.test(s)) return "an npm alias that installs a differently named package";
  const c = classify(s);
  if (c) {
    if (c.kind === "registry") return null;
    if (c.kind === "https") return "a tarball URL";
    if (c.kind === "local") return "a link to a local directory";
    return SOURCE_TEXT[c.kind];
  }
  if (GITHUB_SHORTHAND.test(s)) return "a GitHub repository (user/repo shorthand)";
  if (/^(\.{1,2}\/|\/|~\/)/.test(s)) return "a local path";
  return null;
}
function reviewPackageJson(file, baseText, headText, allow) {
  const out = [];
  if (headText === null) return out;
  const head = parseJsonObject(headText);
  if (typeof head === "string") {
    return [{ code: "package_json_unparseable", severity: "high", message: `${file} could not be parsed (${quoteValue(head)}), so its scripts and dependencies were not reviewed.` }];
  }
  const parsedBase = baseText === null ? {} : parseJsonObject(baseText);
  const base = typeof parsedBase === "string" ? {} : parsedBase;
  const add = (code, message) => out.push({ code, severity: "high", message });
  const scripts = isObj2(head.scripts) ? head.scripts : {};
  const baseScripts = isObj2(base.scripts) ? base.scripts : {};
  for (const { name, root: lifecycle, value, verb } of newOrChangedScripts(npmAutoScripts(scripts), scripts, baseScripts)) {
    const script = `scripts.${quoteValue(name).slice(1, -1)} = ${quoteValue(value)}`;
    add(
      "package_lifecycle_script",
      name === lifecycle ? `${file} ${verb} the lifecycle script ${script}; npm runs it automatically (install-time code execution, as in the Nx and Cline payloads).` : `${file} ${verb} ${script}, which the lifecycle script ${quoteValue(lifecycle)} runs; so it runs automatically on install too.`
    );
  }
  if (head.bin !== void 0 && stableJson(head.bin) !== stableJson(base.bin)) {
    const headBins = typeof head.bin === "string" ? /* @__PURE__ */ new Map([["bin", head.bin]]) : stringEntries(head.bin, "bin", /* @__PURE__ */ new Map());
    const baseBins = typeof base.bin === "string" ? /* @__PURE__ */ new Map([["bin", base.bin]]) : stringEntries(base.bin, "bin", /* @__PURE__ */ new Map());
    for (const [key, value] of headBins) {
      if (baseBins.get(key) === value) continue;
      add("package_bin", `${file} ${baseBins.has(key) ? "changes" : "adds"} the executable ${quoteValue(key)} = ${quoteValue(value)}; it is linked onto PATH for scripts and dependants.`);
    }
    if (headBins.size === 0) add("package_bin", `${file} sets bin = ${quoteValue(head.bin)}.`);
  }
  const specs = (doc) => {
    const m = /* @__PURE__ */ new Map();
    for (const field of DEPENDENCY_FIELDS) {
      const deps = doc[field];
      if (isObj2(deps)) {
        for (const name of Object.keys(deps)) if (typeof deps[name] === "string") m.set(`${field}.${name}`, deps[name]);
      }
    }
    stringEntries(doc.overrides, "overrides", m);
    stringEntries(doc.resolutions, "resolutions", m);
    if (isObj2(doc.pnpm)) stringEntries(doc.pnpm.overrides, "pnpm.overrides", m);
    return m;
  };
  const baseSpecs = specs(base);
  for (const [key, value] of specs(head)) {
    if (baseSpecs.get(key) === value) continue;
    const what = dependencySourceText(value);
    if (what === null) continue;
    const host = classify(value)?.host ?? (GITHUB_SHORTHAND.test(value.trim()) ? "github.com" : void 0);
    const outside = host !== void 0 && !hostAllowed(allow, host);
    out.push({
      code: "package_dependency_source",
      severity: outside ? "deny" : "high",
      message: `${file} sets ${quoteValue(key)} = ${quoteValue(redactUrl(value))}: ${what}, not a version from the registry${hostNote(value, allow) || (outside ? ` (host ${quoteValue(host)} is not in the network allow list)` : "")}.`
    });
  }
  if (head.packageManager !== void 0 && stableJson(head.packageManager) !== stableJson(base.packageManager)) {
    add("package_manager_changed", `${file} sets packageManager = ${quoteValue(head.packageManager)}; corepack downloads and runs that package manager${typeof head.packageManager === "string" ? hostNote(head.packageManager.replace(/^[^@]+@/, ""), allow) : ""}.`);
  }
  for (const key of Object.keys(head)) {
    if (!Object.hasOwn(CODE_RUNNING_KEYS, key)) continue;
    if (stableJson(head[key]) === stableJson(base[key])) continue;
    add("package_tool_config", `${file} ${Object.hasOwn(base, key) ? "changes" : "sets"} ${quoteValue(key)} = ${quoteValue(head[key])}; ${CODE_RUNNING_KEYS[key]} (the package.json form of a protected configuration file).`);
  }
  const pnpmHead = isObj2(head.pnpm) ? head.pnpm : {};
  const pnpmBase = isObj2(base.pnpm) ? base.pnpm : {};
  for (const key of PNPM_SCRIPT_KEYS) {
    if (!Object.hasOwn(pnpmHead, key) || stableJson(pnpmHead[key]) === stableJson(pnpmBase[key])) continue;
    add("package_tool_config", `${file} ${Object.hasOwn(pnpmBase, key) ? "changes" : "sets"} pnpm.${key} = ${quoteValue(pnpmHead[key])}; it decides which dependencies run install scripts or how they are patched.`);
  }
  const jestHeadAll = isObj2(head.jest) ? head.jest : {};
  const jestBaseAll = isObj2(base.jest) ? base.jest : {};
  for (const key of Object.keys(jestHeadAll)) {
    if (!TEST_RUNNER_KEYS.test(key)) continue;
    if (stableJson(jestHeadAll[key]) === stableJson(jestBaseAll[key])) continue;
    add("test_runner_setup", `${file} sets jest.${quoteValue(key).slice(1, -1)} = ${quoteValue(jestHeadAll[key])}; the test runner loads that code.`);
  }
  return out;
}
var COMPOSER_EVENTS = /* @__PURE__ */ new Set([
  "pre-install-cmd",
  "post-install-cmd",
  "pre-update-cmd",
  "post-update-cmd",
  "pre-status-cmd",
  "post-status-cmd",
  "pre-archive-cmd",
  "post-archive-cmd",
  "pre-autoload-dump",
  "post-autoload-dump",
  "post-root-package-install",
  "post-create-project-cmd",
  "pre-operations-exec",
  "pre-dependencies-solving",
  "post-dependencies-solving",
  "pre-package-install",
  "post-package-install",
  "pre-package-update",
  "post-package-update",
  "pre-package-uninstall",
  "post-package-uninstall",
  "init",
  "command",
  "pre-file-download",
  "post-file-download",
  "pre-command-run",
  "pre-pool-create"
]);
var COMPOSER_SCRIPT_COMMANDS = /* @__PURE__ */ new Set(["php", "composer", "putenv", "additional_args"]);
function composerAutoScripts(scripts) {
  return scriptsRunAutomatically(
    scripts,
    (name) => COMPOSER_EVENTS.has(name),
    (value) => (Array.isArray(value) ? value : [value]).flatMap((command) => {
      const ref = typeof command === "string" ? /^@([^\s]+)/.exec(command.trim()) : null;
      return ref && !COMPOSER_SCRIPT_COMMANDS.has(ref[1]) ? [ref[1]] : [];
    })
  );
}
function composerRepositories(doc) {
  const out = /* @__PURE__ */ new Map();
  const repos = doc.repositories;
  if (Array.isArray(repos)) repos.forEach((r, i) => out.set(`repositories[${i}]`, r));
  else if (isObj2(repos)) for (const k of Object.keys(repos)) out.set(`repositories.${k}`, repos[k]);
  else if (repos !== void 0) out.set("repositories", repos);
  return out;
}
function composerConfigWhy(key) {
  if (key === "allow-plugins") return { code: "composer_plugins", why: "composer runs the code of the plugins it allows on every install and update" };
  if (["secure-http", "disable-tls", "cafile", "capath"].includes(key)) return { code: "composer_tls", why: "changes whether downloads use TLS and how it is verified" };
  if (["http-basic", "bearer", "github-oauth", "gitlab-oauth", "gitlab-token", "bitbucket-oauth", "forgejo-token"].includes(key)) {
    return { code: "composer_auth", why: "registry credentials (committed, and sent to the hosts they name)", redact: true };
  }
  if (["github-domains", "gitlab-domains", "use-github-api", "github-protocols"].includes(key)) return { code: "composer_setting", why: "changes which hosts composer treats as GitHub or GitLab and sends their credentials to" };
  return null;
}
function reviewComposerJson(file, baseText, headText, allow) {
  if (headText === null) return [];
  const head = parseJsonObject(headText);
  if (typeof head === "string") {
    return [{ code: "composer_json_unparseable", severity: "high", message: `${file} could not be parsed (${quoteValue(head)}), so its scripts and repositories were not reviewed.` }];
  }
  const parsedBase = baseText === null ? {} : parseJsonObject(baseText);
  const base = typeof parsedBase === "string" ? {} : parsedBase;
  const out = [];
  const add = (code, message) => out.push({ code, severity: "high", message });
  const scripts = isObj2(head.scripts) ? head.scripts : {};
  const baseScripts = isObj2(base.scripts) ? base.scripts : {};
  for (const { name, root: event, value, verb } of newOrChangedScripts(composerAutoScripts(scripts), scripts, baseScripts)) {
    const how = name === event ? `composer runs it on the ${quoteValue(event)} event` : `the ${quoteValue(event)} event runs it through "@${quoteValue(name).slice(1, -1)}"`;
    add("composer_script", `${file} ${verb} the script scripts.${quoteValue(name).slice(1, -1)} = ${quoteValue(value)}; ${how} (install-time code execution).`);
  }
  if (head.scripts !== void 0 && !isObj2(head.scripts) && stableJson(head.scripts) !== stableJson(base.scripts)) {
    add("composer_script", `${file} sets scripts = ${quoteValue(head.scripts)}, which is not an object of scripts.`);
  }
  const repos = composerRepositories(head);
  const baseRepos = composerRepositories(base);
  for (const [key, value] of repos) {
    if (baseRepos.has(key) && stableJson(baseRepos.get(key)) === stableJson(value)) continue;
    const url = isObj2(value) && typeof value.url === "string" ? hostNote(value.url, allow) : "";
    const disables = value === false || isObj2(value) && value["packagist.org"] === false;
    const why = disables ? "composer no longer looks packages up there" : `composer looks packages up there before packagist.org, and the first repository that has a package name wins (dependency confusion)${url}`;
    add("composer_repository", `${file} ${baseRepos.has(key) ? "changes" : "sets"} ${quoteValue(key)} to ${quoteValue(redactedRepository(value))}: ${why}.`);
  }
  for (const [key, value] of baseRepos) {
    if (repos.has(key)) continue;
    add("composer_repository", `${file} removes ${quoteValue(key)} (was ${quoteValue(redactedRepository(value))}): the packages it served now resolve from the remaining repositories (packagist.org by default), where anyone may publish the same names.`);
  }
  const config = isObj2(head.config) ? head.config : {};
  const baseConfig = isObj2(base.config) ? base.config : {};
  for (const key of Object.keys(config)) {
    if (stableJson(config[key]) === stableJson(baseConfig[key])) continue;
    const c = composerConfigWhy(key);
    if (c === null) continue;
    const shown = c.redact ? "(redacted: credentials are committed)" : quoteValue(config[key]);
    add(c.code, `${file} ${Object.hasOwn(baseConfig, key) ? "changes" : "sets"} config.${quoteValue(key).slice(1, -1)} = ${shown}: ${c.why}.`);
  }
  return out;
}
function redactedRepository(value) {
  if (!isObj2(value) || typeof value.url !== "string") return value;
  return { ...value, url: redactUrl(value.url) };
}
function parseIni(text, opts) {
  const out = /* @__PURE__ */ new Map();
  let section = "";
  let lastKey = null;
  forEachLine(text.charCodeAt(0) === 65279 ? text.slice(1) : text, (line) => {
    const t = line.trim();
    if (t === "" || t.startsWith(";") || t.startsWith("#")) {
      lastKey = null;
      return;
    }
    if (opts.continuation && lastKey !== null && /^[ \t]/.test(line)) {
      out.set(lastKey, `${out.get(lastKey) ?? ""}
${t}`);
      return;
    }
    const sec = /^\[(.*)\]$/.exec(t);
    if (sec) {
      section = sec[1].trim();
      lastKey = null;
      return;
    }
    const m = /^([^=:]+?)\s*(=|:)\s*(.*)$/.exec(t);
    let key;
    let value;
    if (m && (m[2] === "=" || opts.continuation)) {
      key = m[1].trim();
      value = m[3];
    } else {
      const eq = t.indexOf("=");
      if (eq < 0) {
        key = t;
        value = "true";
      } else {
        key = t.slice(0, eq).trim();
        value = t.slice(eq + 1);
      }
    }
    if (opts.lowerKeys) key = key.toLowerCase();
    let isArray = false;
    if (key.endsWith("[]")) {
      key = key.slice(0, -2);
      isArray = true;
    }
    const full = section ? `${section}.${key}` : key;
    const v = unquote(value.trim());
    out.set(full, isArray && out.has(full) ? `${out.get(full)}
${v}` : v);
    lastKey = full;
  });
  return out;
}
function parseProperties(text) {
  const out = /* @__PURE__ */ new Map();
  const lines = text.replace(/^\ufeff/, "").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/^\s+/, "");
    if (line === "" || line.startsWith("#") || line.startsWith("!")) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].replace(/^\s+/, "");
    let k = 0;
    while (k < line.length && !/[=:\s]/.test(line[k])) k += line[k] === "\\" ? 2 : 1;
    const key = unescapeProperty(line.slice(0, k));
    const rest = line.slice(k).replace(/^\s*[=:]?\s*/, "");
    out.set(key, unescapeProperty(rest));
  }
  return out;
}
function unescapeProperty(s) {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return e === "t" ? "	" : e === "n" ? "\n" : e === "r" ? "\r" : e === "f" ? "\f" : e;
  });
}
function tomlSettings(text) {
  const r = parseToml(text);
  if (!r.ok) return r.reason;
  const out = /* @__PURE__ */ new Map();
  flattenTomlValue(r.value, out);
  return out;
}
function tomlKeySegment(key) {
  return key === "" || /[.[\]"]/.test(key) ? JSON.stringify(key) : key;
}
function flattenTomlValue(root, out) {
  const stack = [[root, ""]];
  while (stack.length > 0) {
    const [value, prefix] = stack.pop();
    if (typeof value === "string") out.set(prefix, value);
    else if (Array.isArray(value)) {
      if (value.every((v) => typeof v === "string")) out.set(prefix, JSON.stringify(value));
      else for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${prefix}[${i}]`]);
    } else {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        stack.push([value[k], prefix === "" ? tomlKeySegment(k) : `${prefix}.${tomlKeySegment(k)}`]);
      }
    }
  }
}
function reviewTomlSettings(file, code, baseText, headText, classify2) {
  const head = tomlSettings(headText ?? "");
  if (typeof head === "string") {
    return [{ code: `${code}_unparseable`, severity: "high", message: `${file} could not be parsed as TOML (${quoteValue(head)}), so its settings were not reviewed.` }];
  }
  const base = tomlSettings(baseText ?? "");
  return reviewSettings(file, typeof base === "string" ? /* @__PURE__ */ new Map() : base, head, classify2, true);
}
function reviewSettings(file, base, head, classify2, reportRemovals) {
  const out = [];
  for (const [key, value] of head) {
    const before = base.get(key);
    if (before === value) continue;
    const c = classify2(key, value, before);
    if (!c) continue;
    const shown = c.redact ? redacted(value) : quoteValue(value);
    out.push({ code: c.code, severity: "high", message: `${file} ${before === void 0 ? "sets" : "changes"} ${quoteValue(key)} to ${shown}: ${c.why}.` });
  }
  if (reportRemovals) {
    for (const [key, before] of base) {
      if (head.has(key)) continue;
      const c = classify2(key, void 0, before);
      if (!c) continue;
      out.push({ code: c.code, severity: "high", message: `${file} removes ${quoteValue(key)} (was ${c.redact ? redacted(before) : quoteValue(before)}): ${c.why}.` });
    }
  }
  return out;
}
function redacted(value) {
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(value.trim())) return quoteValue(value.trim());
  return `(redacted: a literal ${value.length}-character credential is committed)`;
}
function npmrcClassifier(allow) {
  return (key, value, before) => {
    const k = key.toLowerCase().replace(/(?<=[a-z])_(?=[a-z])/g, "-");
    const last = k.slice(k.lastIndexOf(":") + 1);
    if (value === void 0) {
      if (last === "ignore-scripts" && before?.trim().toLowerCase() === "true") {
        return { code: "npmrc_ignore_scripts", why: "install scripts of every dependency run again" };
      }
      return null;
    }
    if (/(^|:)_?(authtoken|auth|password|_password)$/.test(k) || /:_/.test(k) || last === "username" || last === "certfile" || last === "keyfile" || last === "email") {
      return { code: "npmrc_auth", why: "registry credentials decide where installs authenticate (a token sent to an attacker host leaks)", redact: /auth|password/.test(last) };
    }
    if (last === "registry") return { code: "npmrc_registry", why: `every install now resolves packages there (dependency confusion)${hostNote(value, allow)}` };
    if (k === "node-options") return { code: "npmrc_node_options", why: "Node runs with these options in every npm script (--require runs code before every npm run and npm test)" };
    if (k === "script-shell" || k === "shell") return { code: "npmrc_script_shell", why: "npm runs every script through this program" };
    if (k === "ignore-scripts") {
      if (value.trim().toLowerCase() === "true") return null;
      return { code: "npmrc_ignore_scripts", why: "install scripts of every dependency run" };
    }
    if (["git", "node-gyp", "editor", "browser", "viewer", "onload-script", "init-module", "prefix", "globalconfig", "userconfig", "npm-path"].includes(k)) {
      return { code: "npmrc_executable", why: "npm runs or loads this file" };
    }
    if (["strict-ssl", "ca", "cafile", "cert", "key", "https-proxy", "proxy", "noproxy", "replace-registry-host"].includes(last)) {
      if (last === "strict-ssl" && value.trim().toLowerCase() === "true") return null;
      return { code: "npmrc_tls", why: "changes how registry connections are made or verified" };
    }
    return { code: "npmrc_setting", why: "npm configuration applies to every install and script" };
  };
}
function flattenYarnrc(value) {
  const out = /* @__PURE__ */ new Map();
  if (!isObj2(value)) return out;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (key === "npmScopes" && isObj2(v)) {
      for (const scope of Object.keys(v)) {
        const s = v[scope];
        if (isObj2(s)) for (const k of Object.keys(s)) out.set(`npmScopes.${scope}.${k}`, typeof s[k] === "string" ? s[k] : stableJson(s[k]));
        else out.set(`npmScopes.${scope}`, stableJson(s));
      }
    } else out.set(key, typeof v === "string" ? v : stableJson(v));
  }
  return out;
}
function yarnrcClassifier(allow) {
  return (key, value, before) => {
    const last = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
    if (value === void 0) {
      if (last === "enablescripts" && before?.trim() === "false") return { code: "yarnrc_setting", why: "install scripts of dependencies run again" };
      return null;
    }
    if (last === "yarnpath" || last === "yarn-path") return { code: "yarnrc_yarn_path", why: "yarn executes that JavaScript file for every command" };
    if (last === "npmregistryserver" || last === "npmpublishregistry" || last === "registry") {
      return { code: "yarnrc_registry", why: `packages now resolve from there (dependency confusion)${hostNote(value, allow)}` };
    }
    if (last === "plugins") return { code: "yarnrc_plugins", why: "yarn loads and runs these plugins on every command" };
    if (/authtoken|authident|_auth|password/.test(last)) return { code: "yarnrc_auth", why: "registry credentials", redact: true };
    return { code: "yarnrc_setting", why: "yarn configuration applies to every install" };
  };
}
function parseYarnrcClassic(text) {
  const out = /* @__PURE__ */ new Map();
  forEachLine(text, (line) => {
    const t = line.trim();
    if (t === "" || t.startsWith("#")) return;
    const m = /^("([^"]*)"|\S+)\s+(.*)$/.exec(t);
    if (m) out.set(m[2] ?? m[1], unquote(m[3]));
    else out.set(unquote(t), "true");
  });
  return out;
}
function pythonClassifier(allow) {
  return (key, value, before) => {
    const k = key.toLowerCase().replace(/_/g, "-");
    if (value === void 0) {
      if (/require-hashes/.test(k) && before !== void 0) return { code: "python_setting", why: "hash checking of downloaded packages is no longer required" };
      return null;
    }
    if (/\[\d+\]\.(url|index-url|find-links)$/.test(k) || /(^|\.)(index-url|extra-index-url|index|find-links|python-install-mirror|pypy-install-mirror)$/.test(k)) {
      return { code: "python_index", why: `packages now resolve from there (dependency confusion)${firstUrlNote(value, allow)}` };
    }
    if (/trusted-host|allow-insecure-host/.test(k)) return { code: "python_trusted_host", why: "TLS verification is switched off for that host" };
    return { code: "python_setting", why: "installer configuration applies to every install" };
  };
}
function firstUrlNote(value, allow) {
  const url = /(?:git\+)?https?:\/\/[^\s"',\]]+/.exec(value);
  return url ? hostNote(url[0].replace(/^git\+/, ""), allow) : "";
}
function reviewRequirements(file, baseText, headText, allow) {
  const normalise = (line) => line.trim().replace(/\s+/g, " ").replace(/^-([iferc])(?=[^\s=-])/, "-$1 ");
  const logical = (text) => {
    if (text === null) return [];
    const out2 = [];
    let acc = "";
    for (const raw of text.replace(/^\ufeff/, "").split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, "");
      if (line.endsWith("\\")) {
        acc += line.slice(0, -1);
        continue;
      }
      const full = normalise(acc + line);
      acc = "";
      if (full !== "") out2.push(full);
    }
    if (acc.trim() !== "") out2.push(normalise(acc));
    return out2;
  };
  const before = new Set(logical(baseText));
  const headLines = logical(headText);
  const out = [];
  const add = (code, key, value, why) => out.push({ code, severity: "high", message: `${file} adds ${quoteValue(key)} ${quoteValue(value)}: ${why}.` });
  for (const line of headLines) {
    if (before.has(line)) continue;
    const opt = /^(-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|-e|--editable|-r|--requirement|-c|--constraint|--[\w-]+)(?:\s*=\s*|\s+|$)(.*)$/.exec(line);
    if (opt) {
      const name = opt[1];
      const value = opt[2] ?? "";
      if (/^(-i|--index-url|--extra-index-url|-f|--find-links)$/.test(name)) {
        add("python_index", name, value, `pip now resolves packages from there (dependency confusion)${firstUrlNote(value, allow)}`);
      } else if (name === "--trusted-host") add("python_trusted_host", name, value, "pip switches off TLS verification for that host");
      else if (name === "-e" || name === "--editable") {
        if (/^(git|hg|svn|bzr)\+/i.test(value)) add("python_vcs_source", name, value, `an editable install from version control runs its build code${firstUrlNote(value, allow)}`);
        else if (/:\/\//.test(value)) add("python_direct_source", name, value, `an editable install from a URL${firstUrlNote(value, allow)}`);
      } else if (/^(-r|--requirement|-c|--constraint)$/.test(name)) {
        if (/:\/\//.test(value)) add("python_direct_source", name, value, `includes requirements from a URL${firstUrlNote(value, allow)}`);
        else if (dependencyFileKind(value) !== "requirements") {
          add("python_unreviewed_include", name, value, "pip applies every option and source in that file, whose name is not one this review reads (requirements*.txt, requirements/*.txt, constraints*.txt), so its index URLs and sources are not checked");
        }
      } else if (!/^--(hash|pre|prefer-binary|only-binary|require-hashes)$/.test(name)) {
        add("python_setting", name, value, "changes how pip installs every requirement");
      }
      continue;
    }
    const vcs = /(^|\s|@\s*)((git|hg|svn|bzr)\+[^\s;]+)/i.exec(line);
    if (vcs) {
      add("python_vcs_source", "requirement", line, `installs from version control, not the index, and runs its build code${firstUrlNote(vcs[2], allow)}`);
      continue;
    }
    const url = /(^|@\s*)((https?|file|ftp):\/\/[^\s;]+|file:[^\s;]+)/i.exec(line);
    if (url) add("python_direct_source", "requirement", line, `installs from a direct URL, not the index${firstUrlNote(url[2], allow)}`);
  }
  if (before.has("--require-hashes") && !headLines.includes("--require-hashes")) {
    out.push({ code: "python_setting", severity: "high", message: `${file} removes "--require-hashes": downloaded packages are no longer hash-checked.` });
  }
  return out;
}
function pyprojectClassifier(allow) {
  const py = pythonClassifier(allow);
  return (key, value, before) => {
    const k = key.toLowerCase();
    if (k.startsWith("build-system.") || /^tool\.hatch\..*hooks/.test(k) || /^tool\.setuptools\.cmdclass/.test(k)) {
      if (value === void 0) return null;
      return { code: "python_build_backend", why: "the build backend and its requirements run when the project is built or installed" };
    }
    if (/^tool\.(poetry|pdm)\.source\[\d+\]\./.test(k) || /^tool\.uv\.index\[\d+\]\./.test(k)) {
      if (value === void 0) return null;
      if (/\.url$/.test(k)) return { code: "python_index", why: `packages now resolve from there (dependency confusion)${firstUrlNote(value, allow)}` };
      return { code: "python_setting", why: "changes a package index definition (its name, priority or scope)" };
    }
    if (k.startsWith("tool.uv.sources.") || /^tool\.poetry\.(group\.[^.]+\.)?(dev-)?dependencies\./.test(k) || /^tool\.pdm\.dev-dependencies/.test(k)) {
      if (value === void 0) return null;
      if (/git/.test(k) || /\bgit\s*=|git\+|\.git\b/.test(value)) return { code: "python_vcs_source", why: `installs from version control, not the index${firstUrlNote(value, allow)}` };
      if (/(^|\.)url$|:\/\//.test(k + value)) return { code: "python_direct_source", why: `installs from a direct URL, not the index${firstUrlNote(value, allow)}` };
      if (/(^|\.)path$|\bpath\s*=/.test(k + value)) return { code: "python_direct_source", why: "installs from a local path" };
      return null;
    }
    if (k.startsWith("tool.uv.")) {
      if (!/index|find-links|mirror|insecure|trusted|require-hashes/.test(k)) return null;
      return py(key.slice("tool.uv.".length), value, before);
    }
    if (/^(project\.(dependencies|optional-dependencies)|dependency-groups)/.test(k) && value !== void 0) {
      const refs = (v) => new Set((v ?? "").match(/(git|hg|svn|bzr)\+[^\s"',\]]+|(https?|file):\/\/[^\s"',\]]+/gi) ?? []);
      const beforeRefs = refs(before);
      const added = [...refs(value)].filter((r) => !beforeRefs.has(r));
      if (added.length === 0) return null;
      if (added.some((r) => /^(git|hg|svn|bzr)\+/i.test(r))) return { code: "python_vcs_source", why: `a dependency now installs from version control${firstUrlNote(added.join(" "), allow)}` };
      return { code: "python_direct_source", why: `a dependency now installs from a direct URL${firstUrlNote(added.join(" "), allow)}` };
    }
    return null;
  };
}
function cargoClassifier(allow) {
  return (key, value) => {
    if (value === void 0) return null;
    const k = key.toLowerCase();
    if (/^build\.(rustc-wrapper|rustc-workspace-wrapper|rustc|rustdoc)$/.test(k)) return { code: "cargo_rustc_wrapper", why: "cargo runs this program for every compilation (toolchain hijack)" };
    if (/^(target\..+|host(\..+)?)\.(runner|linker|ar)$/.test(k)) return { code: "cargo_runner", why: "cargo runs this program to link or run every binary and test" };
    if (/^(registries|registry|source|patch)(\.|$)/.test(k)) return { code: "cargo_registry", why: `crates now resolve from a different registry or source (dependency confusion)${firstUrlNote(value, allow)}` };
    return { code: "cargo_setting", why: "cargo configuration applies to every build" };
  };
}
function wrapperClassifier(allow) {
  return (key, value) => {
    if (/^(distributionurl|wrapperurl)$/i.test(key)) {
      if (value === void 0) return { code: "wrapper_setting", why: "the wrapper no longer names its distribution" };
      return { code: "wrapper_distribution_url", why: `the wrapper downloads and runs the build tool from there (toolchain hijack)${hostNote(value, allow)}` };
    }
    return { code: "wrapper_setting", why: value === void 0 ? "a wrapper setting (such as the distribution checksum) was removed" : "changes how the wrapper downloads or verifies the build tool" };
  };
}
function reviewTestRunnerConfig(file, baseText, headText) {
  if (headText === null) return [];
  const lines = (text) => new Set((text ?? "").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ""));
  const before = lines(baseText);
  const out = [];
  for (const line of lines(headText)) {
    if (before.has(line)) continue;
    const m = TEST_RUNNER_KEYS.exec(line);
    if (m) out.push({ code: "test_runner_setup", severity: "high", message: `${file} sets ${quoteValue(m[1])} (${quoteValue(line)}); the test runner loads that code, so a test-only change executes it.` });
  }
  if (out.length === 0) {
    out.push({ code: "test_runner_config_changed", severity: "high", message: `${file} changed; test runner configuration is code the runner executes before any test.` });
  }
  return out;
}
function goTokens(line) {
  const out = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (line.startsWith("//", i)) break;
    if (ch === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === "\\" ? 2 : 1;
      if (j >= line.length) return null;
      try {
        out.push(JSON.parse(line.slice(i, j + 1)));
      } catch {
        return null;
      }
      i = j + 1;
    } else if (ch === "`") {
      const j = line.indexOf("`", i + 1);
      if (j < 0) return null;
      out.push(line.slice(i + 1, j));
      i = j + 1;
    } else if ("()[]{},".includes(ch)) {
      out.push(ch);
      i++;
    } else {
      let j = i;
      while (j < line.length && !/[\s"`()[\]{},]/.test(line[j]) && !line.startsWith("//", j)) j++;
      out.push(line.slice(i, j));
      i = j;
    }
  }
  return out;
}
function readGoMod(text) {
  const out = [];
  const toolchains = [];
  let block = null;
  let error = null;
  forEachLine(text.charCodeAt(0) === 65279 ? text.slice(1) : text, (line, n) => {
    if (error !== null) return;
    const tokens = goTokens(line);
    if (tokens === null) {
      error = `line ${n} has an unterminated string`;
      return;
    }
    if (tokens.length === 0) return;
    if (block !== null) {
      if (tokens.length === 1 && tokens[0] === ")") {
        block = null;
        return;
      }
      if (block !== "replace") return;
    } else {
      if (tokens[tokens.length - 1] === "(" && tokens.length === 2) {
        block = tokens[0];
        return;
      }
      if ((tokens[0] === "go" || tokens[0] === "toolchain") && tokens.length === 2) {
        toolchains.push({ verb: tokens[0], value: tokens[1], line: n });
        return;
      }
      if (tokens[0] !== "replace") return;
      tokens.shift();
    }
    const arrow = tokens.indexOf("=>");
    const left = arrow < 0 ? [] : tokens.slice(0, arrow);
    const right = arrow < 0 ? [] : tokens.slice(arrow + 1);
    if (left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
      error = `line ${n} is not a replace directive go can read ("old [version] => new [version]")`;
      return;
    }
    out.push({ old: left.join(" "), to: right[0], version: right[1] ?? "", line: n });
  });
  if (error !== null) return error;
  if (block !== null) return `the ${JSON.stringify(block)} block is never closed`;
  return { replaces: out, toolchains };
}
function goLocalPath(p) {
  return p === "." || p === ".." || /^(\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(p);
}
function reviewGoMod(file, baseText, headText, allow) {
  if (headText === null) return [];
  const head = readGoMod(headText);
  if (typeof head === "string") {
    return [{ code: "go_mod_unparseable", severity: "deny", message: `${file} could not be read (${quoteValue(head)}), so its replace directives cannot be checked against the network allow list.` }];
  }
  const parsedBase = baseText === null ? null : readGoMod(baseText);
  const base = parsedBase === null || typeof parsedBase === "string" ? { replaces: [], toolchains: [] } : parsedBase;
  const before = new Set(base.replaces.map((r) => `${r.old}
${r.to}
${r.version}`));
  const out = reviewGoToolchains(file, base.toolchains, head.toolchains);
  for (const r of head.replaces) {
    if (before.has(`${r.old}
${r.to}
${r.version}`)) continue;
    const what = `${file} line ${r.line}: replace ${quoteValue(r.old)} => ${quoteValue(r.version ? `${r.to} ${r.version}` : r.to)}`;
    if (goLocalPath(r.to)) {
      out.push({ code: "go_replace_local", severity: "high", message: `${what}: the build uses the code in that local directory instead of the module.` });
      continue;
    }
    const c = classify(`https://${r.to}`);
    if (c === null || c.host === void 0 || c.kind !== "https" || !/^[^/@:]+\.[^/@:]+(\/|$)/.test(r.to)) {
      out.push({ code: "go_replace_unrecognised", severity: "deny", message: `${what}: the replacement is neither a local directory nor a module path that starts with a host.` });
    } else if (!hostAllowed(allow, c.host)) {
      out.push({ code: "go_replace_host_not_allowed", severity: "deny", message: `${what}: dependency confusion: module host ${quoteValue(c.host)} is not in the network allow list.` });
    } else {
      out.push({ code: "go_replace", severity: "high", message: `${what}: the build uses another module's code in place of this one.` });
    }
  }
  return out;
}
function goVersionKey(v) {
  const m = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+)|(alpha|beta|rc)(\d+))?$/.exec(v);
  if (!m) return null;
  const kind = m[3] !== void 0 ? 4 : m[4] === "rc" ? 3 : m[4] === "beta" ? 2 : m[4] === "alpha" ? 1 : 0;
  return [Number(m[1]), Number(m[2] ?? 0), kind, Number(m[3] ?? m[5] ?? 0)];
}
function goVersionAbove(v, than) {
  const key = goVersionKey(v);
  if (key === null) return true;
  return than.every((t) => {
    const other = goVersionKey(t);
    if (other === null) return true;
    for (let i = 0; i < key.length; i++) if (key[i] !== other[i]) return key[i] > other[i];
    return false;
  });
}
function reviewGoToolchains(file, base, head) {
  const out = [];
  for (const t of head) {
    const before = base.filter((b) => b.verb === t.verb).map((b) => b.value);
    if (before.includes(t.value)) continue;
    if (t.verb === "toolchain" && t.value === "default") continue;
    if (t.verb === "go" && before.length > 0 && !goVersionAbove(t.value, before)) continue;
    const was = before.length === 0 ? "new" : `was ${before.map((b) => quoteValue(b)).join(", ")}`;
    const what = t.verb === "go" ? "go 1.21 and later download and run a toolchain at least this new when the installed one is older" : "go 1.21 and later download and run this toolchain when it is newer than the installed one";
    out.push({
      code: "go_toolchain",
      severity: "high",
      message: `${file} line ${t.line}: ${t.verb} ${quoteValue(t.value)} (${was}): ${what} (GOTOOLCHAIN=auto, the default), so it changes the compiler that builds and tests the code.`
    });
  }
  return out;
}
function goEnvClassifier(allow) {
  return (key, value) => {
    const k = key.toUpperCase();
    if (!/^(GOPROXY|GONOPROXY|GOPRIVATE|GONOSUMDB|GONOSUMCHECK|GOSUMDB|GOINSECURE|GOFLAGS|GOTOOLCHAIN|GOAUTH|GOVCS)$/.test(k)) {
      return value === void 0 ? null : { code: "go_env_setting", why: "go reads this for every build" };
    }
    if (k === "GOPROXY") {
      const notes = (value ?? "").split(/[,|]/).map((u) => hostNote(u.trim(), allow)).filter((x) => x !== "");
      return { code: "go_env_proxy", why: `modules now resolve from there (dependency confusion)${notes.join("")}` };
    }
    if (k === "GOSUMDB" || k === "GONOSUMDB" || k === "GONOSUMCHECK" || k === "GOINSECURE") {
      return { code: "go_env_checksum", why: "changes which modules are verified against the checksum database or fetched without TLS" };
    }
    if (k === "GONOPROXY" || k === "GOPRIVATE") return { code: "go_env_proxy", why: "modules matching these patterns are fetched directly from their hosts, bypassing the proxy and the checksum database" };
    return { code: "go_env_setting", why: "changes how go fetches modules or which toolchain it downloads and runs" };
  };
}
function bunfigClassifier(allow) {
  return (key, value) => {
    if (value === void 0) return null;
    const k = key.toLowerCase();
    const last = k.slice(k.lastIndexOf(".") + 1);
    if (/^install\.(registry|scopes)(\.|$)/.test(k) && /(token|password|username)$/.test(last)) return { code: "bunfig_auth", why: "registry credentials", redact: true };
    if (/^install\.(registry|scopes)(\.|$)/.test(k)) {
      const credentials = /^[a-z][a-z0-9+.-]*:\/\/[^/@?#]*@/i.test(value.trim());
      return { code: "bunfig_registry", why: `packages now resolve from there (dependency confusion)${hostNote(value, allow)}${credentials ? " (the URL carries credentials)" : ""}`, redact: credentials };
    }
    if (last === "preload") return { code: "bunfig_preload", why: "bun loads these modules before every script, test or run" };
    if (/^run\.(shell|bun)$/.test(k)) return { code: "bunfig_executable", why: "bun runs scripts through this program" };
    if (/^install\.(ca|cafile)$/.test(k)) return { code: "bunfig_tls", why: "changes how registry connections are verified" };
    return { code: "bunfig_setting", why: "bun configuration applies to every install, run and test" };
  };
}
function dependabotRegistries(value) {
  const out = /* @__PURE__ */ new Map();
  if (!isObj2(value) || !isObj2(value.registries)) return out;
  for (const name of Object.keys(value.registries)) {
    const r = value.registries[name];
    if (!isObj2(r)) out.set(`registries.${name}`, stableJson(r));
    else for (const k of Object.keys(r)) out.set(`registries.${name}.${k}`, typeof r[k] === "string" ? r[k] : stableJson(r[k]));
  }
  return out;
}
function dependabotClassifier(allow) {
  return (key, value) => {
    if (value === void 0) return null;
    const last = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
    if (/^(password|token|key|username)$/.test(last)) return { code: "dependabot_registry_auth", why: "dependabot sends these credentials to the registry", redact: true };
    if (last === "url") {
      const credentials = /^[a-z][a-z0-9+.-]*:\/\/[^/@?#]*@/i.test(value.trim());
      return { code: "dependabot_registry", why: `dependabot resolves updates there and sends the registry credentials to it${hostNote(value, allow)}`, redact: credentials };
    }
    if (last === "replaces-base") return { code: "dependabot_registry", why: "every dependency of that ecosystem now resolves from this registry instead of the public one" };
    return { code: "dependabot_registry", why: "changes a registry dependabot uses (and the credentials it sends)" };
  };
}
var LOCKFILE_KINDS = /* @__PURE__ */ new Set(["npm-lock", "yarn-lock", "pnpm-lock", "bun-lock", "uv-lock", "poetry-lock", "pipfile-lock", "cargo-lock", "gemfile-lock", "composer-lock"]);
function reviewUnreadableHead(file, kind) {
  if (kind === "bun-lockb") return [bunLockbFinding(file)];
  const why = "is not UTF-8 text or is too large to read";
  if (LOCKFILE_KINDS.has(kind)) {
    return [{ code: "dependency_lockfile_unparseable", severity: "deny", message: `${file} could not be read (it ${why}), so its resolved hosts cannot be checked against the network allow list.` }];
  }
  if (kind === "go-mod") {
    return [{ code: "go_mod_unparseable", severity: "deny", message: `${file} could not be read (it ${why}), so its replace directives cannot be checked against the network allow list.` }];
  }
  return [];
}
function reviewDependencyChange(path, baseText, headText, allow, opts = {}) {
  const kind = dependencyFileKind(path);
  if (kind === null) return [];
  const file = quoteValue(path);
  if (headText === null && opts.headUnreadable === true) return finish(file, reviewUnreadableHead(file, kind));
  if (baseText === headText) return [];
  let findings;
  switch (kind) {
    case "bun-lockb":
      findings = headText === null ? [] : [bunLockbFinding(file)];
      break;
    case "composer-json":
      findings = reviewComposerJson(file, baseText, headText, allow);
      break;
    case "npm-lock":
    case "yarn-lock":
    case "pnpm-lock":
    case "bun-lock":
    case "uv-lock":
    case "poetry-lock":
    case "pipfile-lock":
    case "cargo-lock":
    case "gemfile-lock":
    case "composer-lock":
      findings = reviewLockfile(file, path, baseText, headText, allow);
      break;
    case "go-mod":
      findings = reviewGoMod(file, baseText, headText, allow);
      break;
    case "go-env":
      findings = reviewSettings(file, parseIni(baseText ?? "", { continuation: false, lowerKeys: false }), parseIni(headText ?? "", { continuation: false, lowerKeys: false }), goEnvClassifier(allow), true);
      break;
    case "bunfig":
      findings = reviewTomlSettings(file, "bunfig", baseText, headText, bunfigClassifier(allow));
      break;
    case "dependabot": {
      if (headText === null) {
        findings = [];
        break;
      }
      const head = parseWorkflowYaml(headText);
      if (!head.ok) {
        findings = [{ code: "dependabot_unparseable", severity: "high", message: `${file} could not be parsed (${quoteValue(head.reason)}), so its registries were not reviewed.` }];
        break;
      }
      const base = baseText === null ? null : parseWorkflowYaml(baseText);
      findings = reviewSettings(file, base?.ok ? dependabotRegistries(base.value) : /* @__PURE__ */ new Map(), dependabotRegistries(head.value), dependabotClassifier(allow), true);
      break;
    }
    case "package-json":
      findings = reviewPackageJson(file, baseText, headText, allow);
      break;
    case "npmrc":
      findings = reviewSettings(file, parseIni(baseText ?? "", { continuation: false, lowerKeys: false }), parseIni(headText ?? "", { continuation: false, lowerKeys: false }), npmrcClassifier(allow), true);
      break;
    case "yarnrc-yml": {
      const parse = (t) => {
        if (t === null || t.trim() === "") return /* @__PURE__ */ new Map();
        const r = parseWorkflowYaml(t);
        return r.ok ? flattenYarnrc(r.value) : r.reason;
      };
      const head = parse(headText);
      if (typeof head === "string") {
        findings = [{ code: "yarnrc_unparseable", severity: "high", message: `${file} could not be parsed (${quoteValue(head)}), so its settings were not reviewed.` }];
        break;
      }
      const base = parse(baseText);
      findings = reviewSettings(file, typeof base === "string" ? /* @__PURE__ */ new Map() : base, head, yarnrcClassifier(allow), true);
      break;
    }
    case "yarnrc":
      findings = reviewSettings(file, parseYarnrcClassic(baseText ?? ""), parseYarnrcClassic(headText ?? ""), yarnrcClassifier(allow), true);
      break;
    case "requirements":
      findings = reviewRequirements(file, baseText, headText, allow);
      break;
    case "pip-conf":
      findings = reviewSettings(file, parseIni(baseText ?? "", { continuation: true, lowerKeys: true }), parseIni(headText ?? "", { continuation: true, lowerKeys: true }), pythonClassifier(allow), true);
      break;
    case "uv-toml":
      findings = reviewTomlSettings(file, "uv_toml", baseText, headText, pythonClassifier(allow));
      break;
    case "pyproject":
      findings = reviewTomlSettings(file, "pyproject", baseText, headText, pyprojectClassifier(allow));
      break;
    case "cargo-config":
      findings = reviewTomlSettings(file, "cargo_config", baseText, headText, cargoClassifier(allow));
      break;
    case "wrapper-properties":
      findings = reviewSettings(file, parseProperties(baseText ?? ""), parseProperties(headText ?? ""), wrapperClassifier(allow), true);
      break;
    case "test-runner-config":
      findings = reviewTestRunnerConfig(file, baseText, headText);
      break;
  }
  return finish(file, findings);
}

// src/adapters/content-review.ts
var MAX_REVIEW_BYTES = 64 * 1024 * 1024;
async function readText(repo, commit, path, findings) {
  try {
    const bytes = await readFileAtCommit(repo, commit, path, { maxBytes: MAX_REVIEW_BYTES });
    if (bytes === null) return null;
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      findings.push({ code: "content_not_utf8", severity: "high", message: "file is not UTF-8 text, so its content cannot be reviewed" });
      return null;
    }
  } catch (err) {
    if (err instanceof GitError && (err.code === "NOT_A_FILE" || err.code === "TOO_LARGE")) {
      findings.push({ code: "content_unreviewable", severity: "high", message: `content cannot be reviewed (${err.code})` });
      return null;
    }
    throw err;
  }
}
async function contentFindings(repo, changes, allowedHosts2) {
  const out = /* @__PURE__ */ new Map();
  for (const e of changes.entries) {
    if (e.invalidUtf8) continue;
    const workflow = isWorkflowFile(e.path) || e.previousPath !== void 0 && isWorkflowFile(e.previousPath);
    const dependency = isDependencyFile(e.path) || e.previousPath !== void 0 && isDependencyFile(e.previousPath);
    if (!workflow && !dependency) continue;
    const findings = [];
    const basePath = e.status === "added" || e.status === "copied" ? null : e.previousPath ?? e.path;
    const baseText = basePath === null || e.oldKind === "symlink" || e.oldKind === "gitlink" ? null : await readText(repo, changes.mergeBase, basePath, findings);
    const headText = e.status === "deleted" || e.newKind === "symlink" || e.newKind === "gitlink" ? null : await readText(repo, changes.head, e.path, findings);
    const headUnreadable = headText === null && e.status !== "deleted" && e.newKind !== "symlink" && e.newKind !== "gitlink";
    if (workflow) findings.push(...reviewWorkflowChange(e.path, baseText, headText));
    if (dependency) findings.push(...reviewDependencyChange(e.path, baseText, headText, allowedHosts2, { headUnreadable }));
    if (findings.length > 0) out.set(e.path, findings);
  }
  return out;
}

// src/adapters/git/blobs.ts
import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
var BINARY_SNIFF_BYTES = 8e3;
var LFS_POINTER_MAX = 1024;
var LFS_PREFIXES = [Buffer.from("version https://git-lfs.github.com/spec/v1"), Buffer.from("version https://hawser.github.com/spec/v1")];
var SYMLINK_TARGET_MAX = 4096;
var DEFAULT_MAX_INSPECT_BYTES = 16 * 1024 * 1024;
var MAX_READERS = Math.max(1, Math.min(4, availableParallelism()));
var BLOBS_PER_READER = 2048;
var MIN_INSPECT_BYTES = 1024 * 1024;
var SKIP = /* @__PURE__ */ Symbol("skip");
var SPILL_POLL_MS = 10;
var DEFAULT_SPILL_FILE_MAX_BYTES = 64 * 1024 * 1024;
var SPILL_READ_BYTES = 1024 * 1024;
function openSpillFile() {
  let dir = null;
  let fd = null;
  try {
    dir = mkdtempSync(join(tmpdir(), "agent-guard-blobs-"));
    const path = join(dir, "cat-file");
    fd = openSync(path, "wx+", 384);
    unlinkSync(path);
    rmdirSync(dir);
    return fd;
  } catch {
    if (fd !== null) closeSync(fd);
    if (dir !== null) {
      try {
        unlinkSync(join(dir, "cat-file"));
      } catch {
      }
      try {
        rmdirSync(dir);
      } catch {
      }
    }
    return null;
  }
}
var BlobInspector = class {
  constructor(repo, maxInspectBytes, spillFileMaxBytes) {
    this.repo = repo;
    this.maxInspectBytes = maxInspectBytes;
    this.spillFileMaxBytes = spillFileMaxBytes;
  }
  repo;
  maxInspectBytes;
  spillFileMaxBytes;
  facts = /* @__PURE__ */ new Map();
  symlinks = /* @__PURE__ */ new Set();
  requested = /* @__PURE__ */ new Set();
  pending = [];
  dispatched = 0;
  rotation = 0;
  readers = [];
  failure = null;
  /** Ask for the head-side blob of `entry`, if it has one. Call `flush` after a batch of calls. */
  want(entry) {
    if (entry.status === "deleted") return;
    const kind = entry.newKind;
    if (kind !== "regular" && kind !== "executable" && kind !== "symlink") return;
    const oid = entry.newBlob;
    if (kind === "symlink") this.symlinks.add(oid);
    if (this.requested.has(oid)) return;
    this.requested.add(oid);
    this.pending.push(oid);
  }
  /** Send the ids asked for since the last flush to a reader. */
  flush() {
    if (this.failure !== null) throw this.failure;
    if (this.pending.length === 0) return;
    const wanted = Math.min(MAX_READERS, 1 + Math.floor(this.dispatched / BLOBS_PER_READER));
    while (this.readers.length < wanted) this.readers.push(new BlobReader(this));
    const reader = this.readers[this.rotation % this.readers.length];
    this.rotation += 1;
    this.dispatched += this.pending.length;
    reader.send(this.pending);
    this.pending = [];
  }
  abort(reason) {
    this.failure ??= reason;
    for (const r of this.readers) r.abort(reason);
  }
  /** Close the inputs, wait for all readers, verify every object was answered. */
  async finish() {
    try {
      this.flush();
      for (const r of this.readers) r.end();
      for (const r of this.readers) await r.finish();
      if (this.failure !== null) throw this.failure;
      return this.facts;
    } catch (err) {
      this.abort(err);
      throw err;
    }
  }
};
var BlobReader = class {
  constructor(owner) {
    this.owner = owner;
    this.proc = this.spawn();
  }
  owner;
  queue = [];
  index = 0;
  proc;
  /** The current process's spill file; null when it writes to a pipe. */
  spill = null;
  timer = null;
  /** An error found while reading a spill file (reported by `finish`). */
  error = null;
  /** A process writing to a spill file failed: use pipes from then on. */
  spillFailed = false;
  ended = false;
  headerText = "";
  inBody = false;
  remaining = 0;
  size = 0;
  needTerminator = false;
  prefix = Buffer.alloc(BINARY_SNIFF_BYTES);
  prefixLen = 0;
  currentOid = "";
  readBuffer = null;
  spawn() {
    const fd = this.owner.spillFileMaxBytes > 0 && !this.spillFailed ? openSpillFile() : null;
    if (fd === null) {
      this.spill = null;
      const proc2 = startGit(this.owner.repo, ["cat-file", "--batch"], {
        stdin: true,
        onStdout: (chunk) => {
          if (proc2 === this.proc) this.onRead(chunk);
        }
      });
      return proc2;
    }
    this.spill = { fd, pos: 0, startIndex: this.index };
    let proc;
    try {
      proc = startGit(this.owner.repo, ["cat-file", "--batch"], { stdin: true, stdoutFd: fd, onStdout: () => void 0 });
    } catch (err) {
      closeSync(fd);
      this.spill = null;
      throw err;
    }
    if (this.timer === null) {
      this.timer = setInterval(() => this.pump(), SPILL_POLL_MS);
    }
    return proc;
  }
  /** Parse what git has written to the spill file since the last read. */
  pump() {
    const spill = this.spill;
    if (spill === null || this.error !== null) return;
    try {
      this.readBuffer ??= Buffer.allocUnsafe(SPILL_READ_BYTES);
      for (; ; ) {
        const n = readSync(spill.fd, this.readBuffer, 0, SPILL_READ_BYTES, spill.pos);
        if (n === 0) return;
        spill.pos += n;
        this.onRead(this.readBuffer.subarray(0, n));
        if (this.spill !== spill) return;
        if (spill.pos > this.owner.spillFileMaxBytes && this.index > spill.startIndex) {
          this.restart();
          return;
        }
      }
    } catch (err) {
      this.error = err;
      this.proc.abort(err);
    }
  }
  closeSpill() {
    if (this.spill !== null) {
      closeSync(this.spill.fd);
      this.spill = null;
    }
  }
  stopTimer() {
    if (this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }
  send(oids) {
    for (const oid of oids) this.queue.push(oid);
    this.proc.write(oids.join("\n") + "\n");
  }
  end() {
    this.ended = true;
    this.proc.end();
  }
  abort(reason) {
    this.stopTimer();
    this.proc.abort(reason);
    this.closeSpill();
  }
  async finish() {
    try {
      for (; ; ) {
        const proc = this.proc;
        let result;
        try {
          result = await proc.done;
        } catch (err) {
          if (this.error !== null) throw this.error;
          if (proc !== this.proc) continue;
          throw err;
        }
        if (this.error !== null) throw this.error;
        if (proc !== this.proc) continue;
        if (result.exitCode !== 0 && this.spill !== null && !this.spillFailed) {
          this.spillFailed = true;
          this.restart();
          continue;
        }
        if (result.exitCode !== 0) throw gitFailure(this.owner.repo, ["cat-file", "--batch"], result);
        if (this.spill !== null) {
          this.pump();
          if (this.error !== null) throw this.error;
          if (proc !== this.proc) continue;
        }
        break;
      }
      if (this.index !== this.queue.length || this.inBody || this.needTerminator || this.headerText.length > 0) {
        throw new GitError("UNEXPECTED_OUTPUT", `git cat-file --batch answered ${this.index} of ${this.queue.length} objects`);
      }
    } finally {
      this.stopTimer();
      this.closeSpill();
    }
  }
  /** Kill the current process and continue with a new one from the next unanswered id. */
  restart() {
    const old = this.proc;
    const oldSpill = this.spill;
    this.proc = this.spawn();
    old.abort(SKIP);
    if (oldSpill !== null) closeSync(oldSpill.fd);
    this.headerText = "";
    this.inBody = false;
    this.needTerminator = false;
    this.remaining = 0;
    this.prefixLen = 0;
    if (this.index < this.queue.length) this.proc.write(this.queue.slice(this.index).join("\n") + "\n");
    if (this.ended) this.proc.end();
  }
  onRead(chunk) {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.needTerminator) {
        if (chunk[pos] !== 10) throw new GitError("UNEXPECTED_OUTPUT", "git cat-file --batch output is out of sync");
        this.needTerminator = false;
        pos += 1;
        this.finishObject();
        continue;
      }
      if (!this.inBody) {
        const nl = chunk.indexOf(10, pos);
        const end = nl === -1 ? chunk.length : nl;
        if (end - pos > 200) throw new GitError("UNEXPECTED_OUTPUT", "git cat-file --batch printed an overlong header");
        const part = chunk.toString("latin1", pos, end);
        const header = this.headerText.length === 0 ? part : this.headerText + part;
        if (header.length > 200) throw new GitError("UNEXPECTED_OUTPUT", "git cat-file --batch printed an overlong header");
        if (nl === -1) {
          this.headerText = header;
          return;
        }
        pos = nl + 1;
        this.headerText = "";
        if (!this.startObject(header)) return;
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - pos);
      if (this.prefixLen < BINARY_SNIFF_BYTES) {
        const copy = Math.min(take, BINARY_SNIFF_BYTES - this.prefixLen);
        chunk.copy(this.prefix, this.prefixLen, pos, pos + copy);
        this.prefixLen += copy;
      }
      pos += take;
      this.remaining -= take;
      if (this.remaining === 0) {
        this.inBody = false;
        this.needTerminator = true;
      }
    }
  }
  /** Parse `<oid> blob <size>`; returns false when the reader was restarted to skip the blob. */
  startObject(header) {
    const expected = this.queue[this.index];
    const n = expected === void 0 ? -1 : expected.length;
    if (expected === void 0 || !header.startsWith(expected) || header.charCodeAt(n) !== 32) {
      throw new GitError("UNEXPECTED_OUTPUT", `git cat-file --batch answered out of order: ${quoted(header)}`);
    }
    if (header.length === n + 8 && header.startsWith("missing", n + 1)) {
      throw new GitError("GIT_FAILED", `Object ${expected} is missing from the repository (incomplete clone?)`, { hint: HINT_FETCH_BASE });
    }
    const digits = header.length - (n + 6);
    let size = digits >= 1 && digits <= 15 && header.startsWith("blob ", n + 1) ? 0 : -1;
    for (let i = n + 6; size !== -1 && i < header.length; i++) {
      const c = header.charCodeAt(i);
      size = c >= 48 && c <= 57 ? size * 10 + (c - 48) : -1;
    }
    if (size < 0 || !Number.isSafeInteger(size)) {
      throw new GitError("UNEXPECTED_OUTPUT", `Object ${expected} is not a readable blob, but the diff says it is a file: ${quoted(header)}`);
    }
    const symlink = this.owner.symlinks.has(expected);
    if (symlink && size > SYMLINK_TARGET_MAX) {
      throw new GitError("TOO_LARGE", `A symlink in the change has a target of ${size} bytes (blob ${expected}); the limit is ${SYMLINK_TARGET_MAX}`);
    }
    if (!symlink && size > this.owner.maxInspectBytes) {
      this.owner.facts.set(expected, { size, binary: void 0, lfsPointer: false, content: void 0 });
      this.index += 1;
      this.restart();
      return false;
    }
    this.currentOid = expected;
    this.size = size;
    this.remaining = size;
    this.prefixLen = 0;
    this.inBody = size > 0;
    this.needTerminator = size === 0;
    return true;
  }
  finishObject() {
    const prefix = this.prefix;
    const len = this.prefixLen;
    let lfsPointer = false;
    if (this.size < LFS_POINTER_MAX && len > 0 && prefix[0] === 118) {
      for (const p of LFS_PREFIXES) {
        if (len >= p.length && prefix.compare(p, 0, p.length, 0, p.length) === 0) lfsPointer = true;
      }
    }
    let binary = false;
    if (len > 256) binary = prefix.subarray(0, len).indexOf(0) !== -1;
    else for (let i = 0; i < len && !binary; i++) binary = prefix[i] === 0;
    const content = this.owner.symlinks.has(this.currentOid) ? Buffer.from(prefix.subarray(0, len)) : void 0;
    this.owner.facts.set(this.currentOid, { size: this.size, binary, lfsPointer, content });
    this.index += 1;
  }
};
async function applyBlobFacts(repo, entries, facts, maxInspectBytes, spill) {
  const missing = entries.filter((e) => e.status !== "deleted" && e.newKind === "symlink" && facts.get(e.newBlob)?.content === void 0);
  if (missing.length > 0) {
    const again = new BlobInspector(repo, maxInspectBytes, spill);
    for (const e of missing) {
      facts.delete(e.newBlob);
      again.want(e);
    }
    for (const [oid, f] of await again.finish()) facts.set(oid, f);
  }
  for (const e of entries) {
    if (e.status === "deleted") continue;
    if (e.newKind !== "regular" && e.newKind !== "executable" && e.newKind !== "symlink") continue;
    const f = facts.get(e.newBlob);
    if (f === void 0) {
      throw new GitError("UNEXPECTED_OUTPUT", `Blob ${e.newBlob} of ${quoted(e.path)} was not inspected`);
    }
    if (e.newKind === "symlink") {
      if (f.content === void 0) {
        throw new GitError("UNEXPECTED_OUTPUT", `Could not read the target of symlink blob ${e.newBlob}`);
      }
      const target = decodeGitPath(f.content);
      e.symlinkTarget = target.text;
      if (target.invalidUtf8) e.invalidUtf8 = true;
      continue;
    }
    e.lfsPointer = f.lfsPointer;
    if (f.binary !== void 0) e.binary = f.binary;
  }
}

// src/adapters/git/tree.ts
var EMPTY_BUFFER2 = Buffer.alloc(0);
var SYMLINK_MODE = Buffer.from("120000 ");
async function listHeadTree(repo, commit, onLink) {
  const links = [];
  const actionDirs = /* @__PURE__ */ new Set();
  let rest = EMPTY_BUFFER2;
  const args = ["ls-tree", "-r", "-z", "--full-tree", commit];
  const take = (buf, start, end) => {
    if (buf[end - 1] === 108 && (endsWith(buf, end, ACTION_YML) || endsWith(buf, end, ACTION_YAML))) {
      const tab2 = buf.indexOf(9, start);
      if (tab2 !== -1 && tab2 < end) {
        const path2 = decodeGitPath(buf.subarray(tab2 + 1, end)).text;
        const slash = path2.lastIndexOf("/");
        if (slash > 0) actionDirs.add(path2.slice(0, slash));
      }
    }
    if (end - start < 7 || buf[start + 1] !== 50 || buf.compare(SYMLINK_MODE, 0, 7, start, start + 7) !== 0) return;
    const record = buf.subarray(start, end);
    const tab = record.indexOf(9);
    const header = tab < 0 ? "" : record.toString("latin1", 0, tab);
    const m = /^120000 blob ([0-9a-f]{40}|[0-9a-f]{64})$/.exec(header);
    if (!m) throw new GitError("UNEXPECTED_OUTPUT", `git ls-tree printed an entry that does not parse: ${quoted(header.slice(0, 200))}`);
    const path = decodeGitPath(record.subarray(tab + 1)).text;
    const entry = { status: "added", path, oldMode: "000000", newMode: "120000", oldKind: "none", newKind: "symlink", oldBlob: "", newBlob: m[1] };
    links.push({ path, entry });
    onLink(entry);
  };
  const result = await execGit(repo, args, {
    onStdout: (chunk) => {
      const buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let nul = buf.indexOf(0, start); nul !== -1; nul = buf.indexOf(0, start)) {
        take(buf, start, nul);
        start = nul + 1;
      }
      rest = start >= buf.length ? EMPTY_BUFFER2 : Buffer.from(buf.subarray(start));
      if (rest.length > 1024 * 1024) throw new GitError("UNEXPECTED_OUTPUT", "git ls-tree printed a record longer than 1 MiB");
    }
  });
  if (result.exitCode !== 0) throw gitFailure(repo, args, result);
  if (rest.length > 0) throw new GitError("UNEXPECTED_OUTPUT", "git ls-tree output ended in the middle of an entry");
  return { links, actionDirs };
}
var ACTION_YML = Buffer.from("/action.yml");
var ACTION_YAML = Buffer.from("/action.yaml");
function endsWith(buf, end, suffix) {
  return end >= suffix.length && buf.compare(suffix, 0, suffix.length, end - suffix.length, end) === 0;
}
function applyActionDirs(entries, actionDirs) {
  if (actionDirs.size === 0) return;
  const nearest = (p) => {
    for (let i = p.lastIndexOf("/"); i > 0; i = p.lastIndexOf("/", i - 1)) {
      const dir = p.slice(0, i);
      if (actionDirs.has(dir)) return dir;
    }
    return void 0;
  };
  for (const e of entries) {
    const dir = nearest(e.path) ?? (e.previousPath !== void 0 ? nearest(e.previousPath) : void 0);
    if (dir !== void 0) e.actionDir = dir;
  }
}
function applyTreeSymlinks(entries, treeLinks) {
  if (entries.length === 0 || treeLinks.length === 0) return;
  const links = /* @__PURE__ */ new Map();
  for (const l of treeLinks) {
    if (l.entry.symlinkTarget === void 0) throw new GitError("UNEXPECTED_OUTPUT", `Could not read the target of symlink ${quoted(l.path)}`);
    links.set(l.path, l.entry.symlinkTarget);
  }
  const reaching = /* @__PURE__ */ new Map();
  for (const [path, target] of links) {
    if (symlinkTargetClimbsThroughName(target)) continue;
    const resolved = resolveSymlinkTarget(path, target);
    if (resolved === null) continue;
    const list = reaching.get(resolved);
    if (list === void 0) reaching.set(resolved, [path]);
    else list.push(path);
  }
  const withAncestors = (path) => {
    const out = [path];
    for (let i = path.lastIndexOf("/"); i > 0; i = path.lastIndexOf("/", i - 1)) out.push(path.slice(0, i));
    return out;
  };
  const stems = /* @__PURE__ */ new Set();
  for (const a of reaching.keys()) for (let i = a.indexOf("/"); i !== -1; i = a.indexOf("/", i + 1)) stems.add(a.slice(0, i));
  const aliasesOf = (p, self, found) => {
    for (let i = p.indexOf("/"); ; i = p.indexOf("/", i + 1)) {
      const a = i === -1 ? p : p.slice(0, i);
      const via = reaching.get(a);
      if (via !== void 0) {
        for (const l of via) if (l !== self) (found ??= /* @__PURE__ */ new Set()).add(l + p.slice(a.length));
      }
      if (i === -1 || !stems.has(a)) return found;
    }
  };
  for (const e of entries) {
    let found = aliasesOf(e.path, e.path, void 0);
    if (e.previousPath !== void 0) found = aliasesOf(e.previousPath, e.path, found);
    if (found !== void 0) e.linkedFrom = [...found].sort();
    if (e.newKind === "symlink" && e.symlinkTarget !== void 0 && !symlinkTargetClimbsThroughName(e.symlinkTarget)) {
      const resolved = resolveSymlinkTarget(e.path, e.symlinkTarget);
      const via = resolved === null ? void 0 : withAncestors(resolved).find((a) => a !== e.path && links.has(a));
      if (via !== void 0) e.symlinkVia = via;
    }
  }
}

// src/adapters/git/change-set.ts
async function computeChangeSet(repo, baseRef, headRef, opts = {}) {
  checkRef(baseRef, "base");
  checkRef(headRef, "head");
  const renameLimit = opts.renameLimit ?? 1e3;
  if (!Number.isSafeInteger(renameLimit) || renameLimit < 1 || renameLimit > 1e4) {
    throw new GitError("INVALID_OPTION", `renameLimit must be an integer from 1 to 10000, got ${String(renameLimit)}`);
  }
  const maxInspectBytes = opts.maxInspectBytes ?? DEFAULT_MAX_INSPECT_BYTES;
  if (!Number.isSafeInteger(maxInspectBytes) || maxInspectBytes < MIN_INSPECT_BYTES) {
    throw new GitError("INVALID_OPTION", `maxInspectBytes must be an integer >= ${MIN_INSPECT_BYTES}, got ${String(maxInspectBytes)}`);
  }
  const maxEntries = opts.maxEntries ?? 25e4;
  if (!Number.isSafeInteger(maxEntries) || maxEntries < 0) {
    throw new GitError("INVALID_OPTION", `maxEntries must be a non-negative integer, got ${String(maxEntries)}`);
  }
  const [shallowR, baseR, headR] = await Promise.allSettled([
    isShallow(repo),
    resolveCommitAs(repo, baseRef, "base"),
    resolveCommitAs(repo, headRef, "head")
  ]);
  if (shallowR.status === "rejected") throw shallowR.reason;
  const shallow = shallowR.value;
  if (shallow && !opts.allowShallow) {
    throw new GitError("SHALLOW_REPOSITORY", `The repository ${quoted(repo)} is a shallow clone; the change set cannot be established from cut history`, {
      hint: HINT_FETCH_DEPTH
    });
  }
  if (baseR.status === "rejected") throw baseR.reason;
  if (headR.status === "rejected") throw headR.reason;
  const base = baseR.value;
  const head = headR.value;
  const mb = await uniqueMergeBase(repo, base, head);
  const treeArgs = ["rev-parse", `${mb}^{tree}`, `${head}^{tree}`];
  const trees = (await gitOk(repo, treeArgs)).toString("latin1").split("\n").filter((l) => l.length > 0);
  if (trees.length !== 2 || !trees.every(isSha)) {
    throw new GitError("UNEXPECTED_OUTPUT", `git rev-parse printed ${quoted(trees.join(" "))} for the trees of ${mb} and ${head}`);
  }
  const [mbTree, headTree] = trees;
  const spillFileMaxBytes = opts.spillFileMaxBytes ?? DEFAULT_SPILL_FILE_MAX_BYTES;
  if (!Number.isSafeInteger(spillFileMaxBytes) || spillFileMaxBytes < 1) {
    throw new GitError("INVALID_OPTION", `spillFileMaxBytes must be a positive integer, got ${String(spillFileMaxBytes)}`);
  }
  const spill = opts.spillToFile === false ? 0 : spillFileMaxBytes;
  const inspector = new BlobInspector(repo, maxInspectBytes, spill);
  const parser = new RawDiffParser({ maxEntries, onEntry: (e) => inspector.want(e) });
  const headListing = listHeadTree(repo, head, (link) => {
    inspector.want(link);
    inspector.flush();
  });
  headListing.catch(() => void 0);
  const diffArgs = [
    "diff-tree",
    "-r",
    "--raw",
    "-z",
    "--no-abbrev",
    "-M",
    `-l${renameLimit}`,
    "--no-ext-diff",
    "--no-textconv",
    "--no-color",
    "--no-relative",
    "--ignore-submodules=none",
    mb,
    head,
    "--"
  ];
  let entries;
  let warnings;
  try {
    const diff = await execGit(repo, diffArgs, {
      onStdout: (chunk) => {
        parser.push(chunk);
        inspector.flush();
      }
    });
    if (diff.exitCode !== 0) throw gitFailure(repo, diffArgs, diff, `git diff-tree ${mb} ${head}`);
    entries = parser.end();
    warnings = diff.stderr.split("\n").map((l) => l.trim()).filter((l) => l.length > 0).map((l) => sanitizeForMessage(l, 500));
    if (entries.length === 0 && mbTree !== headTree) {
      throw new GitError(
        "EMPTY_CHANGESET",
        `git listed no changes between ${mb} and ${head} in ${quoted(repo)} although their trees differ (${mbTree} vs ${headTree})`,
        { hint: "this should not happen; check the git version and the repository integrity (`git fsck`)" }
      );
    }
    if (entries.length > 0 && mbTree === headTree) {
      throw new GitError("UNEXPECTED_OUTPUT", `git listed changes between identical trees (${mbTree}) in ${quoted(repo)}`);
    }
  } catch (err) {
    inspector.abort(err);
    throw err;
  }
  let tree;
  try {
    tree = await headListing;
  } catch (err) {
    inspector.abort(err);
    throw err;
  }
  const facts = await inspector.finish();
  await applyBlobFacts(repo, [...entries, ...tree.links.map((l) => l.entry)], facts, maxInspectBytes, spill);
  applyTreeSymlinks(entries, tree.links);
  applyActionDirs(entries, tree.actionDirs);
  return { base, head, mergeBase: mb, entries, warnings };
}

// src/adapters/review-change.ts
var ConfigError = class extends Error {
  constructor(problems) {
    super(problems.map((p) => p.message).join("; "));
    this.problems = problems;
    this.name = "ConfigError";
  }
  problems;
};
function parseSource(arg, cwd) {
  const asFile = arg.startsWith("/") ? arg : `${cwd}/${arg}`;
  if (existsSync(asFile)) return { kind: "file", path: arg };
  const colon = arg.indexOf(":");
  if (colon > 0 && colon < arg.length - 1) return { kind: "ref", ref: arg.slice(0, colon), path: arg.slice(colon + 1) };
  throw new ConfigError([{ code: "file_read", message: `${arg}: file not found (use FILE or REF:PATH)`, location: { file: arg } }]);
}
function describeSource(s) {
  return s.kind === "file" ? s.path : `${s.ref}:${s.path}`;
}
async function readSource(repo, s, cwd) {
  if (s.kind === "file") return readBoundedFile(s.path.startsWith("/") ? s.path : `${cwd}/${s.path}`, MAX_DOCUMENT_BYTES);
  return readFileAtCommit(repo, await resolveCommit(repo, s.ref), s.path, { maxBytes: MAX_DOCUMENT_BYTES });
}
function unwrap(outcome) {
  if (!outcome.ok) throw new ConfigError(outcome.problems);
  return { value: outcome.loaded.value, sha256: outcome.loaded.sha256 };
}
async function loadPolicyFor(repo, baseCommit, source, cwd, manifestPaths = []) {
  const s = source ?? { kind: "ref", ref: baseCommit, path: DEFAULT_POLICY_PATH };
  const bytes = await readSource(repo, s, cwd);
  if (bytes === null) {
    if (source !== void 0) throw new ConfigError([{ code: "file_read", message: "not found", location: { file: describeSource(s) } }]);
    const digest2 = sha256(JSON.stringify(BASELINE_POLICY));
    return { policy: BASELINE_POLICY, input: { compiled: compileGuarded(BASELINE_POLICY, {}, manifestPaths), source: `built-in baseline (no ${DEFAULT_POLICY_PATH} at ${baseCommit.slice(0, 12)})`, sha256: digest2 } };
  }
  const { value, sha256: digest } = unwrap(loadPolicy(bytes, describeSource(s)));
  const policyPath = s.kind === "ref" ? s.path : DEFAULT_POLICY_PATH;
  return { policy: value, input: { compiled: compileGuarded(value, { policyPath }, manifestPaths), source: describeSource(s), sha256: digest } };
}
function compileGuarded(policy, opts, manifestPaths) {
  try {
    return compilePolicy(policy, { ...opts, manifestPaths });
  } catch (err) {
    if (err instanceof GuardPathError) throw new ConfigError([{ code: `${err.what}_path`, message: err.message }]);
    throw err;
  }
}
async function loadManifestFor(repo, source, cwd) {
  const bytes = await readSource(repo, source, cwd);
  if (bytes === null) throw new ConfigError([{ code: "file_read", message: "not found", location: { file: describeSource(source) } }]);
  const { value, sha256: digest } = unwrap(loadManifest(bytes, describeSource(source)));
  return { manifest: value, source: describeSource(source), sha256: digest };
}
async function reviewChange(opts, cwd = process.cwd()) {
  const started = Date.now();
  let baseCommit;
  try {
    baseCommit = await resolveCommit(opts.repo, opts.base);
  } catch (err) {
    if (err instanceof GitError) return gitDenial(err, opts);
    throw err;
  }
  const pending = computeChangeSet(opts.repo, baseCommit, opts.head).then(
    (changes) => ({ changes }),
    (error) => ({ error })
  );
  const { policy, input } = await loadPolicyFor(opts.repo, baseCommit, opts.policy, cwd, opts.manifest?.kind === "ref" ? [opts.manifest.path] : []);
  const manifest = opts.manifest ? await loadManifestFor(opts.repo, opts.manifest, cwd) : null;
  try {
    const outcome = await pending;
    if ("error" in outcome) throw outcome.error;
    const changes = outcome.changes;
    const findings = await contentFindings(opts.repo, changes, allowedHosts(policy, manifest));
    const headKinds = await linkTargetKinds(opts.repo, changes.head, changes.entries, input.compiled);
    const evaluation = evaluateChange(
      {
        base: changes.base,
        head: changes.head,
        mergeBase: changes.mergeBase,
        entries: changes.entries,
        findings,
        headKinds,
        ...opts.branch !== void 0 ? { branch: opts.branch } : {},
        ...opts.branchCheck !== void 0 ? { branchCheck: opts.branchCheck } : {},
        ...opts.repository !== void 0 ? { repository: opts.repository } : {},
        now: opts.now ?? /* @__PURE__ */ new Date()
      },
      input,
      manifest
    );
    return { ...evaluation, notes: [...opts.notes ?? [], ...evaluation.notes], timings: { total_ms: Date.now() - started } };
  } catch (err) {
    if (err instanceof GitError) return gitDenial(err, opts, input, manifest);
    throw err;
  }
}
var MAX_LINK_TARGET_LOOKUPS = 32;
async function linkTargetKinds(repo, head, entries, compiled) {
  const targets = /* @__PURE__ */ new Set();
  for (const e of entries) {
    if (e.newKind !== "symlink") continue;
    const t = protectedLinkTarget(e, compiled);
    if (t !== null) targets.add(t);
  }
  const kinds = /* @__PURE__ */ new Map();
  for (const path of [...targets].slice(0, MAX_LINK_TARGET_LOOKUPS)) {
    const kind = await headPathKind(repo, head, path);
    if (kind !== void 0) kinds.set(path, kind);
  }
  return kinds;
}
async function headPathKind(repo, commit, path) {
  try {
    return await readFileAtCommit(repo, commit, path) === null ? "missing" : "file";
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    return err.code === "NOT_A_FILE" ? "not_a_file" : void 0;
  }
}
function allowedHosts(policy, manifest) {
  return manifest ? manifest.manifest.network.allow : policy.network.allow;
}
function gitDenial(err, opts, policy, manifest) {
  const message = err.hint ? `${err.message}. Fix: ${err.hint}` : err.message;
  return {
    verdict: "deny",
    tier: "high",
    base: opts.base,
    head: opts.head,
    merge_base: "",
    branch: opts.branch ?? null,
    repository: opts.repository ?? null,
    policy: policy ? { source: policy.source, sha256: policy.sha256, baseline: policy.compiled.policy.origin === "baseline" } : { source: "not loaded", sha256: "", baseline: false },
    manifest: manifest ? { source: manifest.source, sha256: manifest.sha256 } : null,
    files: [],
    violations: [{ code: err.code, message }],
    capabilities: { granted: [], used: [], unused: [] },
    network_allow: [],
    approvals_required: 0,
    notes: [],
    summary: `deny: the change set could not be established (${err.code})`
  };
}

export {
  evaluateChange,
  parseToml,
  isTable,
  BASE_NAMES,
  childEnvironment,
  GitError,
  quoted,
  repoProblem,
  gitFailure,
  pipeGit,
  isSha,
  ZERO_OID_RE,
  resolveCommit,
  resolveCommitAs,
  isShallow,
  mergeBase,
  readFileAtCommit,
  defaultBranch,
  currentBranch,
  remoteUrl,
  contentFindings,
  computeChangeSet,
  ConfigError,
  parseSource,
  loadPolicyFor,
  compileGuarded,
  loadManifestFor,
  reviewChange
};
