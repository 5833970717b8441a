import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  GitError,
  HINT_FETCH_BASE,
  HINT_FETCH_DEPTH,
  describeCommand,
  gitFailure,
  gitOk,
  quoted,
  runGit
} from "./chunk-A76VIHJP.js";
import {
  isSha
} from "./chunk-4SQGAN2Y.js";

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
function parseRawDiff(output) {
  const parser = new RawDiffParser();
  parser.push(output);
  return parser.end();
}

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
var knownCommits = /* @__PURE__ */ new Map();
var KNOWN_COMMITS_MAX = 1e4;
function rememberCommit(repo, oid) {
  let known = knownCommits.get(repo);
  if (known === void 0 || known.size >= KNOWN_COMMITS_MAX) knownCommits.set(repo, known = /* @__PURE__ */ new Set());
  known.add(oid);
}
async function resolveCommitAs(repo, ref, role) {
  checkRef(ref, role);
  if (knownCommits.get(repo)?.has(ref)) return ref;
  const oid = await resolveUncached(repo, ref, role);
  rememberCommit(repo, oid);
  return oid;
}
async function resolveRefsAndTrees(repo, base, head, extra = []) {
  checkRef(base, "base");
  checkRef(head, "head");
  if (ZERO_OID_RE.test(base) || ZERO_OID_RE.test(head)) return null;
  if (base.includes("..") || head.includes("..")) return null;
  for (const ref of extra) {
    try {
      checkRef(ref, "given");
    } catch {
      return null;
    }
    if (ZERO_OID_RE.test(ref)) return null;
  }
  const args = [
    "rev-parse",
    "--is-shallow-repository",
    `${base}^{commit}`,
    `${head}^{commit}`,
    `${base}^{tree}`,
    `${head}^{tree}`,
    ...extra.map((r) => `${r}^{commit}`),
    `${base}^{commit}...${head}^{commit}`
  ];
  const result = await runGit(repo, args);
  if (result.exitCode !== 0) return null;
  const lines = result.stdout.toString("latin1").split("\n");
  const fixed = 5 + extra.length;
  if (lines.length < fixed + 3 || lines[lines.length - 1] !== "" || lines[0] !== "true" && lines[0] !== "false") return null;
  const oids = lines.slice(1, fixed);
  if (!oids.every(isSha)) return null;
  const [baseOid, headOid, baseTree, headTree, ...extraOids] = oids;
  if (lines[fixed] !== headOid || lines[fixed + 1] !== baseOid) return null;
  const mergeBases2 = [];
  for (const line of lines.slice(fixed + 2, -1)) {
    if (line[0] !== "^" || !isSha(line.slice(1))) return null;
    mergeBases2.push(line.slice(1));
  }
  for (const oid of [baseOid, headOid, ...extraOids]) rememberCommit(repo, oid);
  return { shallow: lines[0] === "true", base: baseOid, head: headOid, baseTree, headTree, extra: extraOids, mergeBases: mergeBases2 };
}
async function resolveUncached(repo, ref, role) {
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
async function listPaths(repo, sha, paths, into) {
  const args = ["ls-tree", "-z", "-l", "--full-tree", "--end-of-options", sha, "--", ...paths];
  const what = paths.length === 1 ? `listing ${quoted(paths[0])} at ${sha}` : `listing ${paths.map(quoted).join(", ")} at ${sha}`;
  const listing = await gitOk(repo, args, { what });
  const records = listing.length === 0 ? [] : listing.subarray(0, listing.length - (listing[listing.length - 1] === 0 ? 1 : 0)).toString("binary").split("\0");
  if (listing.length > 0 && listing[listing.length - 1] !== 0) {
    throw new GitError("UNEXPECTED_OUTPUT", `git ls-tree output for ${paths.map(quoted).join(", ")} is not NUL-terminated`);
  }
  for (const record of records) {
    const tab = record.indexOf("	");
    if (tab === -1) throw new GitError("UNEXPECTED_OUTPUT", `git ls-tree printed ${quoted(record.slice(0, 200))}`);
    const m = /^([0-7]{6}) (\w+) ([0-9a-f]{40}|[0-9a-f]{64}) +(-|\d+)$/.exec(record.slice(0, tab));
    if (!m) throw new GitError("UNEXPECTED_OUTPUT", `git ls-tree printed ${quoted(record.slice(0, 200))}`);
    into.set(record.slice(tab + 1), { mode: m[1], type: m[2], oid: m[3], size: m[4] });
  }
}
async function readFileAtCommit(repo, commit, path, opts = {}) {
  const [read] = await readFilesAtCommit(repo, commit, [path], opts);
  if (read.error !== void 0) throw read.error;
  return read.content;
}
async function readFilesAtCommit(repo, commit, paths, opts = {}) {
  for (const path of paths) checkRepoPath(path);
  const sha = await resolveCommitAs(repo, commit, "commit");
  const groups = [];
  for (const path of new Set(paths)) {
    const nested = (other) => other.startsWith(`${path}/`) || path.startsWith(`${other}/`);
    const group = groups.find((g) => !g.some(nested));
    if (group === void 0) groups.push([path]);
    else group.push(path);
  }
  const listed = /* @__PURE__ */ new Map();
  await Promise.all(groups.map((group) => listPaths(repo, sha, group, listed)));
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const outcomes = [];
  const wanted = [];
  for (const path of paths) {
    const match = listed.get(Buffer.from(path, "utf8").toString("binary"));
    if (match === void 0) {
      outcomes.push({ content: null });
      continue;
    }
    if (match.type !== "blob" || match.mode !== "100644" && match.mode !== "100755") {
      const what = match.mode === "120000" ? "a symlink (not followed)" : match.mode === "160000" ? "a submodule" : `a ${match.type}`;
      outcomes.push({
        error: new GitError("NOT_A_FILE", `${quoted(path)} at ${sha} is ${what}, not a regular file`, { hint: "store the file as a regular file in the base branch" })
      });
      continue;
    }
    const size = Number(match.size);
    if (!Number.isSafeInteger(size)) throw new GitError("UNEXPECTED_OUTPUT", `git ls-tree printed a bad size for ${quoted(path)}`);
    if (size > maxBytes) {
      outcomes.push({ error: new GitError("TOO_LARGE", `${quoted(path)} at ${sha} is ${size} bytes; the limit is ${maxBytes}`) });
      continue;
    }
    wanted.push({ index: outcomes.length, path, oid: match.oid, size });
    outcomes.push({ content: null });
  }
  if (wanted.length === 0) return outcomes;
  const expected = wanted.reduce((n, w) => n + w.oid.length + 20 + w.size + 2, 0);
  const batchWhat = wanted.length === 1 ? `reading ${quoted(wanted[0].path)} at ${sha}` : `reading ${wanted.map((w) => quoted(w.path)).join(", ")} at ${sha}`;
  const out = await gitOk(repo, ["cat-file", "--batch"], { input: wanted.map((w) => `${w.oid}
`).join(""), maxStdout: expected, what: batchWhat });
  let at = 0;
  for (const w of wanted) {
    const nl = out.indexOf(10, at);
    const header = nl === -1 ? "" : out.toString("latin1", at, nl);
    if (header !== `${w.oid} blob ${w.size}`) {
      throw new GitError("UNEXPECTED_OUTPUT", `Read ${quoted(header.slice(0, 200))} for ${quoted(w.path)} at ${sha}, expected a blob of ${w.size} bytes`);
    }
    const end = nl + 1 + w.size;
    if (end + 1 > out.length || out[end] !== 10) {
      throw new GitError("UNEXPECTED_OUTPUT", `Read ${Math.max(0, Math.min(out.length, end) - nl - 1)} bytes of ${quoted(w.path)} at ${sha}, expected ${w.size}`);
    }
    outcomes[w.index] = { content: Buffer.from(out.subarray(nl + 1, end)) };
    at = end + 1;
  }
  if (at !== out.length) throw new GitError("UNEXPECTED_OUTPUT", `git cat-file printed ${out.length - at} bytes more than asked at ${sha}`);
  return outcomes;
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

export {
  decodeGitPath,
  RawDiffParser,
  parseRawDiff,
  ZERO_OID_RE,
  checkRef,
  resolveCommit,
  resolveCommitAs,
  resolveRefsAndTrees,
  isShallow,
  mergeBase,
  uniqueMergeBase,
  readFileAtCommit,
  readFilesAtCommit,
  defaultBranch,
  currentBranch,
  remoteUrl
};
