// What the head side of a change holds: symlink targets, LFS pointers and binary content, read from
// `git cat-file --batch` while the diff is still being parsed. Memory stays bounded whatever the blob
// sizes (only the first 8000 bytes of a blob are kept), and every asked-for object must be answered.

import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATIVE_MAGIC_BYTES, nativeFormat } from '../../core/native-binary.js';
import type { ChangeEntry } from '../../core/types.js';
import { type ExecResult, GitError, type GitProcess, gitFailure, HINT_FETCH_BASE, quoted, startGit } from './process.js';
import { decodeGitPath } from './raw-diff.js';

/** As git decides: a NUL byte within the first 8000 bytes means binary. */
const BINARY_SNIFF_BYTES = 8000;
/** Git LFS pointer files are smaller than 1024 bytes (git-lfs spec). */
const LFS_POINTER_MAX = 1024;
const LFS_PREFIXES = [Buffer.from('version https://git-lfs.github.com/spec/v1'), Buffer.from('version https://hawser.github.com/spec/v1')];
/** PATH_MAX on Linux; a longer symlink target is not something a checkout can create. */
const SYMLINK_TARGET_MAX = 4096;
export const DEFAULT_MAX_INSPECT_BYTES = 16 * 1024 * 1024;

/** What the reader found out about one blob (always all five fields: one object shape). */
export interface BlobFacts {
  size: number;
  /** Undefined when the blob was larger than the inspection limit and not read. */
  binary: boolean | undefined;
  lfsPointer: boolean;
  /** Raw content (at most 8000 bytes), kept only for blobs that are symlinks on the head side. */
  content: Buffer | undefined;
  /** The native executable or library format its first bytes show (core/native-binary.ts), if any. */
  native: string | undefined;
}

/** At most this many `git cat-file --batch` processes read blob contents in parallel. */
const MAX_READERS = Math.max(1, Math.min(4, availableParallelism()));
/** A further reader is started for every this many blobs to read. */
const BLOBS_PER_READER = 2048;
/** Smallest accepted `maxInspectBytes`: each larger blob costs a process restart. */
export const MIN_INSPECT_BYTES = 1024 * 1024;
/** Abort reason used when a reader is restarted to skip a blob (never surfaces). */
const SKIP = Symbol('skip');
/** How often a reader reads what git has written to its spill file so far. */
const SPILL_POLL_MS = 10;
/** A spill file is replaced by a fresh one (a restart) once this much of it was read, so that disk use stays bounded. */
export const DEFAULT_SPILL_FILE_MAX_BYTES = 64 * 1024 * 1024;
const SPILL_READ_BYTES = 1024 * 1024;

/**
 * A new, already unlinked temporary file opened for reading and writing, or null when none can be
 * created (the caller then uses a pipe). Created exclusively (`wx`, mode 0600) in a fresh private
 * directory, and unlinked at once: nothing is left behind whatever happens to this process, and no
 * other process can open it by name.
 */
function openSpillFile(): number | null {
  let dir: string | null = null;
  let fd: number | null = null;
  try {
    dir = mkdtempSync(join(tmpdir(), 'agent-guard-blobs-'));
    const path = join(dir, 'cat-file');
    fd = openSync(path, 'wx+', 0o600);
    unlinkSync(path);
    rmdirSync(dir);
    return fd;
  } catch {
    if (fd !== null) closeSync(fd);
    if (dir !== null) {
      try {
        unlinkSync(join(dir, 'cat-file'));
      } catch {
        // not created
      }
      try {
        rmdirSync(dir);
      } catch {
        // best effort: an empty directory in the temporary directory
      }
    }
    return null;
  }
}

/**
 * Reads head-side blobs while the diff is still being parsed, through `git cat-file --batch`
 * (one process; up to four for large change sets). Object ids are written in batches; answers are
 * matched strictly in order per process. Only the first 8000 bytes of each blob are kept (the rest is
 * counted and dropped), so memory stays bounded whatever the blob sizes. A blob larger than
 * `maxInspectBytes` is not streamed through: its reader is killed and restarted after it (sizes come
 * in the `--batch` header, so no separate `--batch-check` pass is needed).
 *
 * `git cat-file --batch` writes every blob with separate unbuffered writes (`--buffer` does not change
 * that for blob contents), so through a pipe the reader wakes up for nearly every object: 77 500 small
 * blobs took 0.75-0.8 s through two pipes against 0.45-0.55 s through two files. By default git
 * therefore writes to an unlinked temporary file (a "spill file") that the reader reads back in
 * 1 MiB reads every 10 ms and once git has exited; the parser and its checks are the same (an
 * oversized blob is noticed at the next read, so at most what git writes in that time is copied). A
 * spill file is replaced by a new one once 64 MiB of it were read and an object was completed in it
 * (disk use stays bounded; the new process starts at the first object not read completely), and a
 * pipe is used when no temporary file can be created.
 */
export class BlobInspector {
  readonly facts = new Map<string, BlobFacts>();
  readonly symlinks = new Set<string>();
  private readonly requested = new Set<string>();
  private pending: string[] = [];
  private dispatched = 0;
  private rotation = 0;
  private readonly readers: BlobReader[] = [];
  private failure: Error | null = null;

  constructor(
    readonly repo: string,
    readonly maxInspectBytes: number,
    /** Spill file size after which a reader moves to a new file; 0: use pipes. */
    readonly spillFileMaxBytes: number,
  ) {}

  /** Ask for the head-side blob of `entry`, if it has one. Call `flush` after a batch of calls. */
  want(entry: ChangeEntry): void {
    if (entry.status === 'deleted') return;
    const kind = entry.newKind;
    if (kind !== 'regular' && kind !== 'executable' && kind !== 'symlink') return;
    const oid = entry.newBlob;
    if (kind === 'symlink') this.symlinks.add(oid);
    if (this.requested.has(oid)) return;
    this.requested.add(oid);
    this.pending.push(oid);
  }

  /** Send the ids asked for since the last flush to a reader. */
  flush(): void {
    if (this.failure !== null) throw this.failure;
    if (this.pending.length === 0) return;
    const wanted = Math.min(MAX_READERS, 1 + Math.floor(this.dispatched / BLOBS_PER_READER));
    while (this.readers.length < wanted) this.readers.push(new BlobReader(this));
    const reader = this.readers[this.rotation % this.readers.length]!;
    this.rotation += 1;
    this.dispatched += this.pending.length;
    reader.send(this.pending);
    this.pending = [];
  }

  abort(reason: unknown): void {
    this.failure ??= asError(reason);
    for (const r of this.readers) r.abort(reason);
  }

  /** Close the inputs, wait for all readers, verify every object was answered. */
  async finish(): Promise<Map<string, BlobFacts>> {
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
}

/** A spill file and how far it has been read. */
interface Spill {
  fd: number;
  /** Bytes read (and parsed) so far. */
  pos: number;
  /** `index` when this file's process was started (to tell whether it made progress). */
  startIndex: number;
}

/**
 * One `git cat-file --batch` process (restarted to skip oversized blobs, or to start a new spill
 * file) and its output parser.
 */
class BlobReader {
  private readonly queue: string[] = [];
  private index = 0;
  private proc: GitProcess;
  /** The current process's spill file; null when it writes to a pipe. */
  private spill: Spill | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** An error found while reading a spill file (reported by `finish`). */
  private error: Error | null = null;
  /** A process writing to a spill file failed: use pipes from then on. */
  private spillFailed = false;
  private ended = false;
  private headerText = '';
  private inBody = false;
  private remaining = 0;
  private size = 0;
  private needTerminator = false;
  private readonly prefix = Buffer.alloc(BINARY_SNIFF_BYTES);
  private prefixLen = 0;
  private currentOid = '';
  private readBuffer: Buffer | null = null;

  constructor(private readonly owner: BlobInspector) {
    this.proc = this.spawn();
  }

  private spawn(): GitProcess {
    const fd = this.owner.spillFileMaxBytes > 0 && !this.spillFailed ? openSpillFile() : null;
    if (fd === null) {
      this.spill = null;
      const proc: GitProcess = startGit(this.owner.repo, ['cat-file', '--batch'], {
        stdin: true,
        onStdout: (chunk) => {
          if (proc === this.proc) this.onRead(chunk);
        },
      });
      return proc;
    }
    this.spill = { fd, pos: 0, startIndex: this.index };
    let proc: GitProcess;
    try {
      proc = startGit(this.owner.repo, ['cat-file', '--batch'], { stdin: true, stdoutFd: fd, onStdout: () => undefined });
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
  private pump(): void {
    const spill = this.spill;
    if (spill === null || this.error !== null) return;
    try {
      this.readBuffer ??= Buffer.allocUnsafe(SPILL_READ_BYTES);
      for (;;) {
        const n = readSync(spill.fd, this.readBuffer, 0, SPILL_READ_BYTES, spill.pos);
        if (n === 0) return;
        spill.pos += n;
        this.onRead(this.readBuffer.subarray(0, n));
        if (this.spill !== spill) return; // restarted past an oversized blob
        if (spill.pos > this.owner.spillFileMaxBytes && this.index > spill.startIndex) {
          // Continue in a fresh file from the first unanswered object (possibly this partial one).
          this.restart();
          return;
        }
      }
    } catch (err) {
      this.error = asError(err);
      this.proc.abort(err);
    }
  }

  private closeSpill(): void {
    if (this.spill !== null) {
      closeSync(this.spill.fd);
      this.spill = null;
    }
  }

  private stopTimer(): void {
    if (this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  send(oids: string[]): void {
    for (const oid of oids) this.queue.push(oid);
    this.proc.write(oids.join('\n') + '\n');
  }

  end(): void {
    this.ended = true;
    this.proc.end();
  }

  private throwIfFailed(): void {
    if (this.error !== null) throw this.error;
  }

  abort(reason: unknown): void {
    this.stopTimer();
    this.proc.abort(reason);
    this.closeSpill();
  }

  async finish(): Promise<void> {
    try {
      for (;;) {
        const proc = this.proc;
        let result: ExecResult;
        try {
          result = await proc.done;
        } catch (err) {
          if (this.error !== null) throw this.error;
          if (proc !== this.proc) continue; // restarted past an oversized blob
          throw err;
        }
        if (this.error !== null) throw this.error;
        if (proc !== this.proc) continue;
        if (result.exitCode !== 0 && this.spill !== null && !this.spillFailed) {
          // git could not finish writing its spill file (say, the temporary directory is full): go on
          // through a pipe from the first object not read completely. A failure of git itself fails
          // there again, and is reported then.
          this.spillFailed = true;
          this.restart();
          continue;
        }
        if (result.exitCode !== 0) throw gitFailure(this.owner.repo, ['cat-file', '--batch'], result);
        if (this.spill !== null) {
          // git has exited: everything it wrote is in the file. Reading it may restart the reader.
          this.pump();
          this.throwIfFailed(); // pump() may have recorded a failure
          if (proc !== this.proc) continue;
        }
        break;
      }
      if (this.index !== this.queue.length || this.inBody || this.needTerminator || this.headerText.length > 0) {
        throw new GitError('UNEXPECTED_OUTPUT', `git cat-file --batch answered ${this.index} of ${this.queue.length} objects`);
      }
    } finally {
      this.stopTimer();
      this.closeSpill();
    }
  }

  /** Kill the current process and continue with a new one from the next unanswered id. */
  private restart(): void {
    const old = this.proc;
    const oldSpill = this.spill;
    this.proc = this.spawn();
    old.abort(SKIP);
    if (oldSpill !== null) closeSync(oldSpill.fd);
    this.headerText = '';
    this.inBody = false;
    this.needTerminator = false;
    this.remaining = 0;
    this.prefixLen = 0;
    if (this.index < this.queue.length) this.proc.write(this.queue.slice(this.index).join('\n') + '\n');
    if (this.ended) this.proc.end();
  }

  private onRead(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.needTerminator) {
        if (chunk[pos] !== 0x0a) throw new GitError('UNEXPECTED_OUTPUT', 'git cat-file --batch output is out of sync');
        this.needTerminator = false;
        pos += 1;
        this.finishObject();
        continue;
      }
      if (!this.inBody) {
        const nl = chunk.indexOf(0x0a, pos);
        const end = nl === -1 ? chunk.length : nl;
        if (end - pos > 200) throw new GitError('UNEXPECTED_OUTPUT', 'git cat-file --batch printed an overlong header');
        const part = chunk.toString('latin1', pos, end);
        const header = this.headerText.length === 0 ? part : this.headerText + part;
        if (header.length > 200) throw new GitError('UNEXPECTED_OUTPUT', 'git cat-file --batch printed an overlong header');
        if (nl === -1) {
          this.headerText = header;
          return;
        }
        pos = nl + 1;
        this.headerText = '';
        if (!this.startObject(header)) return; // restarted: the rest of this chunk is stale
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
  private startObject(header: string): boolean {
    const expected = this.queue[this.index];
    const n = expected === undefined ? -1 : expected.length;
    if (expected === undefined || !header.startsWith(expected) || header.charCodeAt(n) !== 0x20) {
      throw new GitError('UNEXPECTED_OUTPUT', `git cat-file --batch answered out of order: ${quoted(header)}`);
    }
    // The rest is `missing` or `blob <size>` (1 to 15 decimal digits).
    if (header.length === n + 8 && header.startsWith('missing', n + 1)) {
      throw new GitError('GIT_FAILED', `Object ${expected} is missing from the repository (incomplete clone?)`, { hint: HINT_FETCH_BASE });
    }
    const digits = header.length - (n + 6);
    let size = digits >= 1 && digits <= 15 && header.startsWith('blob ', n + 1) ? 0 : -1;
    for (let i = n + 6; size !== -1 && i < header.length; i++) {
      const c = header.charCodeAt(i);
      size = c >= 0x30 && c <= 0x39 ? size * 10 + (c - 0x30) : -1;
    }
    if (size < 0 || !Number.isSafeInteger(size)) {
      throw new GitError('UNEXPECTED_OUTPUT', `Object ${expected} is not a readable blob, but the diff says it is a file: ${quoted(header)}`);
    }
    const symlink = this.owner.symlinks.has(expected);
    if (symlink && size > SYMLINK_TARGET_MAX) {
      throw new GitError('TOO_LARGE', `A symlink in the change has a target of ${size} bytes (blob ${expected}); the limit is ${SYMLINK_TARGET_MAX}`);
    }
    if (!symlink && size > this.owner.maxInspectBytes) {
      // Too large to read: not an LFS pointer (those are < 1024 bytes); binary unknown.
      this.owner.facts.set(expected, { size, binary: undefined, lfsPointer: false, content: undefined, native: undefined });
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

  private finishObject(): void {
    const prefix = this.prefix;
    const len = this.prefixLen;
    let lfsPointer = false;
    if (this.size < LFS_POINTER_MAX && len > 0 && prefix[0] === 0x76 /* "v" */) {
      for (const p of LFS_PREFIXES) {
        if (len >= p.length && prefix.compare(p, 0, p.length, 0, p.length) === 0) lfsPointer = true;
      }
    }
    // A NUL byte in the first 8000 bytes (short prefixes are scanned here; long ones natively).
    let binary = false;
    if (len > 256) binary = prefix.subarray(0, len).indexOf(0) !== -1;
    else for (let i = 0; i < len && !binary; i++) binary = prefix[i] === 0;
    // Keep the bytes of symlink blobs (their target); the prefix buffer is reused for the next object.
    const content = this.owner.symlinks.has(this.currentOid) ? Buffer.from(prefix.subarray(0, len)) : undefined;
    // Native code always has NUL bytes in its header, so only binary blobs are looked at.
    const native = binary ? (nativeFormat(prefix.subarray(0, Math.min(len, NATIVE_MAGIC_BYTES))) ?? undefined) : undefined;
    this.owner.facts.set(this.currentOid, { size: this.size, binary, lfsPointer, content, native });
    this.index += 1;
  }
}

/** Fill in `symlinkTarget`, `lfsPointer` and `binary` for the head side of every entry that has a blob. */
export async function applyBlobFacts(repo: string, entries: ChangeEntry[], facts: Map<string, BlobFacts>, maxInspectBytes: number, spill: number): Promise<void> {
  // A blob first seen as a regular file and read before a later entry used it as a symlink has no
  // kept content: read those again (rare).
  const missing = entries.filter((e) => e.status !== 'deleted' && e.newKind === 'symlink' && facts.get(e.newBlob)?.content === undefined);
  if (missing.length > 0) {
    const again = new BlobInspector(repo, maxInspectBytes, spill);
    for (const e of missing) {
      facts.delete(e.newBlob);
      again.want(e);
    }
    for (const [oid, f] of await again.finish()) facts.set(oid, f);
  }
  for (const e of entries) {
    if (e.status === 'deleted') continue;
    if (e.newKind !== 'regular' && e.newKind !== 'executable' && e.newKind !== 'symlink') continue;
    const f = facts.get(e.newBlob);
    if (f === undefined) {
      throw new GitError('UNEXPECTED_OUTPUT', `Blob ${e.newBlob} of ${quoted(e.path)} was not inspected`);
    }
    if (e.newKind === 'symlink') {
      if (f.content === undefined) {
        throw new GitError('UNEXPECTED_OUTPUT', `Could not read the target of symlink blob ${e.newBlob}`);
      }
      const target = decodeGitPath(f.content);
      e.symlinkTarget = target.text;
      if (target.invalidUtf8) e.invalidUtf8 = true;
      continue;
    }
    e.lfsPointer = f.lfsPointer;
    if (f.binary !== undefined) e.binary = f.binary;
    if (f.native !== undefined) e.nativeFormat = f.native;
  }
}

/** A failure as an Error (a thrown non-Error is wrapped, so what is rethrown has a message and a stack). */
function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
