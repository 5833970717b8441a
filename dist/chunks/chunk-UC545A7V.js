import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  RawDiffParser,
  checkRef,
  decodeGitPath,
  isShallow,
  readFilesAtCommit,
  resolveCommit,
  resolveCommitAs,
  resolveRefsAndTrees,
  uniqueMergeBase
} from "./chunk-UGBVF5CQ.js";
import {
  GitError,
  HINT_FETCH_BASE,
  HINT_FETCH_DEPTH,
  execGit,
  gitFailure,
  gitOk,
  quoted,
  startGit
} from "./chunk-A76VIHJP.js";
import {
  isSha
} from "./chunk-4SQGAN2Y.js";
import {
  DEFAULT_POLICY_PATH,
  resolveSymlinkTarget,
  symlinkTargetClimbsThroughName
} from "./chunk-FVZA7SE4.js";
import {
  sanitizeForMessage
} from "./chunk-ERUCQBI4.js";
import {
  MAX_DOCUMENT_BYTES
} from "./chunk-RMNCHNTK.js";

// src/adapters/git/blobs.ts
import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

// src/core/native-binary.ts
var NATIVE_MAGIC_BYTES = 64;
var MACHO = /* @__PURE__ */ new Map([
  [4277009102, "Mach-O 32-bit"],
  [4277009103, "Mach-O 64-bit"],
  [3472551422, "Mach-O 32-bit"],
  [3489328638, "Mach-O 64-bit"]
]);
function nativeFormat(head) {
  if (head.length >= 4 && head[0] === 127 && head[1] === 69 && head[2] === 76 && head[3] === 70) {
    const bits = head[4] === 2 ? "64-bit" : head[4] === 1 ? "32-bit" : "unknown class";
    const type = head.length >= 18 ? elfType(head[5] === 2 ? head[16] << 8 | head[17] : head[16] | head[17] << 8) : "object";
    return `ELF ${bits} ${type}`;
  }
  if (head.length >= 2 && head[0] === 77 && head[1] === 90 && head.subarray(2).includes(0)) return peFormat(head);
  if (head.length < 4) return null;
  const be = (head[0] << 24 | head[1] << 16 | head[2] << 8 | head[3]) >>> 0;
  const macho = MACHO.get(be);
  if (macho !== void 0) return macho;
  if (be === 3405691582 || be === 3405691583) {
    if (head.length < 8) return "Mach-O universal (fat) binary";
    const count = (head[4] << 24 | head[5] << 16 | head[6] << 8 | head[7]) >>> 0;
    return count > 0 && count < 45 ? "Mach-O universal (fat) binary" : null;
  }
  if (be === 6386541) return "WebAssembly module";
  return null;
}
function elfType(t) {
  switch (t) {
    case 1:
      return "relocatable object";
    case 2:
      return "executable";
    case 3:
      return "shared object or PIE executable";
    case 4:
      return "core file";
    default:
      return "object";
  }
}
function peFormat(head) {
  if (head.length < 64) return "PE/DOS executable (MZ)";
  const off = head[60] | head[61] << 8 | head[62] << 16 | head[63] << 24;
  if (off >= 0 && off + 4 <= head.length && head[off] === 80 && head[off + 1] === 69 && head[off + 2] === 0 && head[off + 3] === 0) return "PE executable or DLL";
  return "PE/DOS executable (MZ)";
}

// src/adapters/git/blobs.ts
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
    this.failure ??= asError(reason);
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
      this.error = asError(err);
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
  throwIfFailed() {
    if (this.error !== null) throw this.error;
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
          this.throwIfFailed();
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
      this.owner.facts.set(expected, { size, binary: void 0, lfsPointer: false, content: void 0, native: void 0 });
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
    const native = binary ? nativeFormat(prefix.subarray(0, Math.min(len, NATIVE_MAGIC_BYTES))) ?? void 0 : void 0;
    this.owner.facts.set(this.currentOid, { size: this.size, binary, lfsPointer, content, native });
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
    if (f.native !== void 0) e.nativeFormat = f.native;
  }
}
function asError(value) {
  return value instanceof Error ? value : new Error(String(value));
}

// src/adapters/git/tree.ts
var EMPTY_BUFFER = Buffer.alloc(0);
var SYMLINK_MODE = Buffer.from("120000 ");
async function listHeadTree(repo, commit, onLink) {
  const links = [];
  const actionDirs = /* @__PURE__ */ new Set();
  let actionMetadata = false;
  let rest = EMPTY_BUFFER;
  const args = ["ls-tree", "-r", "-z", "--full-tree", commit];
  const take = (buf, start, end) => {
    if (buf[end - 1] === 108 && (endsWith(buf, end, ACTION_YML) || endsWith(buf, end, ACTION_YAML))) {
      const before = buf[end - (endsWith(buf, end, ACTION_YML) ? ACTION_YML.length : ACTION_YAML.length) - 1];
      if (before === 9 || before === 47) actionMetadata = true;
      const tab2 = before === 47 ? buf.indexOf(9, start) : -1;
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
      rest = start >= buf.length ? EMPTY_BUFFER : Buffer.from(buf.subarray(start));
      if (rest.length > 1024 * 1024) throw new GitError("UNEXPECTED_OUTPUT", "git ls-tree printed a record longer than 1 MiB");
    }
  });
  if (result.exitCode !== 0) throw gitFailure(repo, args, result);
  if (rest.length > 0) throw new GitError("UNEXPECTED_OUTPUT", "git ls-tree output ended in the middle of an entry");
  return { links, actionDirs, actionMetadata };
}
var ACTION_YML = Buffer.from("action.yml");
var ACTION_YAML = Buffer.from("action.yaml");
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

// src/adapters/git/action-runs.ts
var MAX_ACTION_BYTES = 1024 * 1024;
var parsed = /* @__PURE__ */ new Map();
var MAX_CACHED = 4096;
async function applyActionRuns(repo, head, entries, actionDirs) {
  if (entries.length === 0) return;
  const candidates = ["", ...actionDirs].flatMap((d) => d === "" ? ["action.yml", "action.yaml"] : [`${d}/action.yml`, `${d}/action.yaml`]);
  const wanted = new Set(candidates);
  const listing = await gitOk(repo, ["ls-tree", "-z", "-l", "--full-tree", "--end-of-options", head, "--", ...candidates], { what: `listing actions at ${head}` });
  const byFile = /* @__PURE__ */ new Map();
  const byDir = /* @__PURE__ */ new Map();
  const note = (m, key, action) => {
    const list = m.get(key);
    if (list === void 0) m.set(key, [action]);
    else if (!list.includes(action)) list.push(action);
  };
  for (const record of listing.toString("utf8").split("\0")) {
    if (record.length === 0) continue;
    const tab = record.indexOf("	");
    const m = /^([0-7]{6}) (\w+) ([0-9a-f]{40}|[0-9a-f]{64}) +(-|\d+)$/.exec(tab === -1 ? "" : record.slice(0, tab));
    if (!m) throw new GitError("UNEXPECTED_OUTPUT", `git ls-tree printed ${quoted(record.slice(0, 200))}`);
    const metadata = record.slice(tab + 1);
    if (!wanted.has(metadata)) continue;
    if (m[2] !== "blob" || m[1] === "120000") continue;
    if (Number(m[4]) > MAX_ACTION_BYTES) throw new GitError("TOO_LARGE", `${quoted(metadata)} at ${head} is ${m[4]} bytes; an action's metadata is read up to ${MAX_ACTION_BYTES}`);
    let runs = parsed.get(`${m[3]}:${metadata}`);
    if (runs === void 0) {
      const text = await gitOk(repo, ["cat-file", "blob", m[3]], { maxStdout: MAX_ACTION_BYTES, what: `reading ${quoted(metadata)} at ${head}` });
      const { actionRunPaths } = await import("./action-runs-2FZQZEFQ.js");
      runs = actionRunPaths(metadata, text.toString("utf8"));
      if (parsed.size >= MAX_CACHED) parsed.clear();
      parsed.set(`${m[3]}:${metadata}`, runs);
    }
    for (const f of runs.files) note(byFile, f, metadata);
    for (const d of runs.dirs) note(byDir, d, metadata);
  }
  if (byFile.size === 0 && byDir.size === 0) return;
  const actionsOf = (p) => {
    const out = [...byFile.get(p) ?? []];
    for (let i = p.lastIndexOf("/"); i > 0; i = p.lastIndexOf("/", i - 1)) for (const a of byDir.get(p.slice(0, i)) ?? []) if (!out.includes(a)) out.push(a);
    return out;
  };
  for (const e of entries) {
    const actions = [.../* @__PURE__ */ new Set([...actionsOf(e.path), ...e.previousPath !== void 0 ? actionsOf(e.previousPath) : []])];
    if (actions.length > 0) e.actionRuns = actions;
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
  const fast = opts.resolved ?? await resolveRefsAndTrees(repo, baseRef, headRef);
  if (fast?.shallow && !opts.allowShallow) throw shallowRefusal(repo);
  const refs = fast ?? await resolveOneByOne(repo, baseRef, headRef, opts.allowShallow === true);
  const { base, head } = refs;
  const mb = fast?.mergeBases.length === 1 ? fast.mergeBases[0] : await uniqueMergeBase(repo, base, head);
  const knownTree = mb === base ? refs.baseTree : mb === head ? refs.headTree : void 0;
  const treesP = knownTree !== void 0 && refs.headTree !== void 0 ? Promise.resolve([knownTree, refs.headTree]) : readTrees(repo, mb, head);
  treesP.catch(() => void 0);
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
    const [mbTree, headTree] = await treesP;
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
  if (tree.actionMetadata) await applyActionRuns(repo, head, entries, tree.actionDirs);
  return { base, head, mergeBase: mb, entries, warnings };
}
async function resolveOneByOne(repo, baseRef, headRef, allowShallow) {
  const [shallowR, baseR, headR] = await Promise.allSettled([isShallow(repo), resolveCommitAs(repo, baseRef, "base"), resolveCommitAs(repo, headRef, "head")]);
  if (shallowR.status === "rejected") throw shallowR.reason;
  if (shallowR.value && !allowShallow) throw shallowRefusal(repo);
  if (baseR.status === "rejected") throw baseR.reason;
  if (headR.status === "rejected") throw headR.reason;
  return { base: baseR.value, head: headR.value };
}
function shallowRefusal(repo) {
  return new GitError("SHALLOW_REPOSITORY", `The repository ${quoted(repo)} is a shallow clone; the change set cannot be established from cut history`, {
    hint: HINT_FETCH_DEPTH
  });
}
async function readTrees(repo, a, b) {
  const trees = (await gitOk(repo, ["rev-parse", `${a}^{tree}`, `${b}^{tree}`])).toString("latin1").split("\n").filter((l) => l.length > 0);
  if (trees.length !== 2 || !trees.every(isSha)) {
    throw new GitError("UNEXPECTED_OUTPUT", `git rev-parse printed ${quoted(trees.join(" "))} for the trees of ${a} and ${b}`);
  }
  return trees;
}

// src/app/sources.ts
import { existsSync } from "node:fs";
var ConfigError = class extends Error {
  constructor(problems) {
    super(problems.map((p) => p.message).join("; "));
    this.problems = problems;
    this.name = "ConfigError";
  }
  problems;
};
function prefetchFiles(dir, commit, paths, maxBytes) {
  const all = readFilesAtCommit(dir, commit, paths, { maxBytes });
  all.catch(() => void 0);
  return { commit, maxBytes, reads: new Map(paths.map((p, i) => [p, all.then((outcomes) => outcomes[i])])) };
}
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

// src/app/review-start.ts
async function startReview(opts) {
  const startedAt = Date.now();
  const docRefs = [...new Set([opts.policy, opts.manifest].flatMap((s) => s?.kind === "ref" ? [s.ref] : []))];
  const resolved = await resolveRefsAndTrees(opts.repo, opts.base, opts.head, docRefs).catch(() => null);
  let baseCommit;
  if (resolved !== null) baseCommit = resolved.base;
  else {
    try {
      baseCommit = await resolveCommit(opts.repo, opts.base);
    } catch (err) {
      if (err instanceof GitError) return { startedAt, error: err };
      throw err;
    }
  }
  const known = knownReads(opts, baseCommit, resolved === null ? void 0 : new Map(docRefs.map((r, i) => [r, resolved.extra[i]])));
  const changes = computeChangeSet(opts.repo, baseCommit, opts.head, resolved === null ? {} : { resolved }).then(
    (c) => ({ changes: c }),
    (error) => ({ error })
  );
  return { startedAt, baseCommit, known, changes };
}
function knownReads(opts, baseCommit, commits) {
  if (commits === void 0) return {};
  const at = (s, fallback) => s === void 0 ? fallback === void 0 ? void 0 : { commit: baseCommit, path: fallback } : s.kind === "ref" ? { commit: commits.get(s.ref), path: s.path } : void 0;
  const policy = at(opts.policy, DEFAULT_POLICY_PATH);
  const manifest = at(opts.manifest, void 0);
  if (policy === void 0 || manifest === void 0 || policy.commit !== manifest.commit || policy.path === manifest.path) return { commits };
  return { commits, files: prefetchFiles(opts.repo, policy.commit, [policy.path, manifest.path], MAX_DOCUMENT_BYTES) };
}

export {
  DEFAULT_MAX_INSPECT_BYTES,
  DEFAULT_SPILL_FILE_MAX_BYTES,
  BlobInspector,
  applyBlobFacts,
  applyActionDirs,
  applyTreeSymlinks,
  applyActionRuns,
  computeChangeSet,
  ConfigError,
  parseSource,
  describeSource,
  startReview
};
