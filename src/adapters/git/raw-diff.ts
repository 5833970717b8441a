// Reading `git diff --raw -z --no-abbrev` output into change entries, and decoding the raw bytes of
// a path. Only NUL-separated output is parsed; anything not understood (an unknown status or mode,
// ids that contradict the status, a truncated record) is a GitError, never a guess. Paths are
// decoded with a fatal UTF-8 decoder; invalid UTF-8 is kept in a lossless escaped form and flagged.

import type { ChangeEntry, ChangeStatus, FileKind } from '../../core/types.js';
import { GitError, quoted } from './process.js';

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface DecodedPath {
  text: string;
  invalidUtf8: boolean;
}

/**
 * Decode raw path bytes as UTF-8. `ignoreBOM` keeps a leading U+FEFF (the default decoder would
 * silently drop it and hide a zero-width character). When the bytes are not valid UTF-8 the result is
 * a lossless escaped form: valid sequences are kept, `\` becomes `\\`, every invalid byte becomes
 * `\xNN`; `invalidUtf8` is then true and later code denies the path.
 */
export function decodeGitPath(bytes: Buffer): DecodedPath {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return { text: bytes.toString('latin1'), invalidUtf8: false };
  try {
    return { text: FATAL_UTF8.decode(bytes), invalidUtf8: false };
  } catch {
    return { text: escapeInvalidUtf8(bytes), invalidUtf8: true };
  }
}

function utf8SequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function escapeInvalidUtf8(bytes: Buffer): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x5c) {
      out += '\\\\';
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
        // fall through: escape the lead byte
      }
    }
    out += `\\x${b.toString(16).padStart(2, '0')}`;
    i += 1;
  }
  return out;
}

 
const NON_ASCII_RE = /[^\u0000-\u007f]/;
const ZERO_40 = '0'.repeat(40);
const ZERO_64 = '0'.repeat(64);
const EMPTY_BUFFER = Buffer.alloc(0);

/** Status letter (char code) -> status. */
function statusOf(letter: number): ChangeStatus | undefined {
  switch (letter) {
    case 0x41: return 'added';
    case 0x4d: return 'modified';
    case 0x44: return 'deleted';
    case 0x52: return 'renamed';
    case 0x43: return 'copied';
    case 0x54: return 'type_changed';
    default: return undefined;
  }
}

/** The file modes git prints, and the kind of each (indexed by `modeAt`). */
const MODES = ['000000', '100644', '100755', '120000', '160000'] as const;
const KINDS: readonly FileKind[] = ['none', 'regular', 'executable', 'symlink', 'gitlink'];

/** Index in MODES of the six octal digits at `p` (already checked to be octal), or -1 if unknown. */
function modeAt(text: string, p: number): number {
  let v = 0;
  for (let i = 0; i < 6; i++) v = v * 8 + (text.charCodeAt(p + i) - 0x30);
  switch (v) {
    case 0: return 0;
    case 0o100644: return 1;
    case 0o100755: return 2;
    case 0o120000: return 3;
    case 0o160000: return 4;
    default: return -1;
  }
}

/**
 * A whole raw diff header, `:oldmode newmode oldoid newoid STATUS[score]`, with both ids of one length
 * (matched in place with `lastIndex`, which must then be the end of the field).
 */
const RAW_HEADER_RE = /:[0-7]{6} [0-7]{6} (?:[0-9a-f]{40} [0-9a-f]{40}|[0-9a-f]{64} [0-9a-f]{64}) [A-Z][0-9]{0,3}/y;

function malformedHeader(text: string, s: number, e: number): never {
  const t = text.slice(s, e);
  if (t.startsWith('::')) {
    throw new GitError('UNEXPECTED_OUTPUT', 'git diff printed a combined (merge) diff entry; only two-tree diffs are supported');
  }
  throw new GitError('UNEXPECTED_OUTPUT', `git diff printed an entry header that does not parse: ${quoted(t.slice(0, 200))}`);
}

/**
 * Incremental parser for `git diff --raw -z --no-abbrev` output:
 * `:oldmode newmode oldsha newsha STATUS[score]\0path\0[newpath\0]`.
 * Anything it does not understand is an error (fail closed), including a truncated last record.
 * Works on latin1 strings (one char per byte, lossless) for speed, reading headers in place (it runs
 * once per changed file); paths with bytes >= 0x80 are re-encoded to bytes and decoded as UTF-8.
 */
export class RawDiffParser {
  readonly entries: ChangeEntry[] = [];
  /** Bytes after the last NUL of the previous chunk. */
  private rest: Buffer = EMPTY_BUFFER;
  private readonly maxEntries: number;
  private readonly onEntry: ((entry: ChangeEntry) => void) | undefined;
  // The pending header (valid while `inRecord`), kept in fields rather than an object per record.
  private inRecord = false;
  private hStatus: ChangeStatus = 'modified';
  private hPair = false;
  /** Indexes into MODES / KINDS. */
  private hOldMode = 0;
  private hNewMode = 0;
  private hOldBlob = '';
  private hNewBlob = '';
  private hScore = -1;
  /** The first path of a rename or copy (decoded), once read. */
  private hFirst: string | null = null;
  private hFirstInvalid = false;
  /** Set by `decodePath`: the last decoded path was not valid UTF-8. */
  private lastInvalid = false;

  constructor(options: { maxEntries?: number; onEntry?: (entry: ChangeEntry) => void } = {}) {
    this.maxEntries = options.maxEntries ?? Number.POSITIVE_INFINITY;
    this.onEntry = options.onEntry;
  }

  push(chunk: Buffer): void {
    // One flat string per chunk (a concatenated string would be a rope, slow to index character by character).
    const text = this.rest.length === 0 ? chunk.toString('latin1') : Buffer.concat([this.rest, chunk]).toString('latin1');
    let start = 0;
    let nul = text.indexOf('\0', start);
    while (nul !== -1) {
      this.field(text, start, nul);
      start = nul + 1;
      nul = text.indexOf('\0', start);
    }
    this.rest = start >= text.length ? EMPTY_BUFFER : Buffer.from(text.slice(start), 'latin1');
    if (this.rest.length > 1024 * 1024) {
      throw new GitError('UNEXPECTED_OUTPUT', 'git diff printed a field longer than 1 MiB without a NUL terminator');
    }
  }

  end(): ChangeEntry[] {
    if (this.rest.length > 0 || this.inRecord) {
      throw new GitError('UNEXPECTED_OUTPUT', 'git diff output ended in the middle of an entry (truncated output)');
    }
    return this.entries;
  }

  /** One NUL-terminated field: `text` from `start` to `end` (exclusive). */
  private field(text: string, start: number, end: number): void {
    if (!this.inRecord) {
      this.parseHeader(text, start, end);
      this.inRecord = true;
      return;
    }
    if (end === start) {
      throw new GitError('UNEXPECTED_OUTPUT', 'git diff printed an empty path');
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
      this.emit(path, this.lastInvalid, undefined);
    }
    this.inRecord = false;
    this.hFirst = null;
  }

  /** Decode a path held as a latin1 string (one char per byte); sets `lastInvalid`. */
  private decodePath(raw: string): string {
    if (!NON_ASCII_RE.test(raw)) {
      this.lastInvalid = false;
      return raw;
    }
    const decoded = decodeGitPath(Buffer.from(raw, 'latin1'));
    this.lastInvalid = decoded.invalidUtf8;
    return decoded.text;
  }

  /**
   * Parse the header `:oldmode newmode oldoid newoid STATUS[score]` at `text[s..e)` into the pending
   * fields: the shape is checked in place by RAW_HEADER_RE (no substring per field), then the checks
   * below; it runs once per changed file.
   */
  private parseHeader(text: string, s: number, e: number): void {
    RAW_HEADER_RE.lastIndex = s;
    if (!RAW_HEADER_RE.test(text) || RAW_HEADER_RE.lastIndex !== e) malformedHeader(text, s, e);
    const n = e - s;
    const len = text.charCodeAt(s + 55) === 0x20 ? 40 : 64;
    const second = 16 + len;
    const pos = second + len + 1;
    const letter = text.charCodeAt(s + pos);
    const digits = n - pos - 1;
    let score = 0;
    for (let i = pos + 1; i < n; i++) score = score * 10 + (text.charCodeAt(s + i) - 0x30);

    const status = statusOf(letter);
    if (status === undefined) {
      const l = String.fromCharCode(letter);
      const why = l === 'U' ? 'unmerged' : l === 'X' ? 'unknown change type (a git bug)' : l === 'B' ? 'broken pair' : 'not understood';
      throw new GitError('UNSUPPORTED_STATUS', `git diff reported status ${quoted(l)} (${why}); refusing to guess what changed`);
    }
    const oldMode = modeAt(text, s + 1);
    const newMode = modeAt(text, s + 8);
    if (oldMode === -1 || newMode === -1) {
      throw new GitError('UNEXPECTED_OUTPUT', `git diff printed an unknown file mode: ${quoted(text.slice(s, e))}`);
    }
    const zero = len === 40 ? ZERO_40 : ZERO_64;
    const oldAbsent = oldMode === 0;
    const newAbsent = newMode === 0;
    const oldZero = text.startsWith(zero, s + 15);
    const newZero = text.startsWith(zero, s + second);
    const consistent =
      status === 'added'
        ? oldAbsent && oldZero && !newAbsent && !newZero
        : status === 'deleted'
          ? !oldAbsent && !oldZero && newAbsent && newZero
          : !oldAbsent && !newAbsent && !oldZero && !newZero;
    if (!consistent) {
      throw new GitError('UNEXPECTED_OUTPUT', `git diff printed modes or object ids that contradict status ${String.fromCharCode(letter)}: ${quoted(text.slice(s, e))}`);
    }
    const pair = status === 'renamed' || status === 'copied';
    if (pair) {
      if (digits === 0 || score > 100) {
        throw new GitError('UNEXPECTED_OUTPUT', `git diff printed a ${String.fromCharCode(letter)} entry without a valid score: ${quoted(text.slice(s, e))}`);
      }
    } else if (digits > 0) {
      throw new GitError('UNEXPECTED_OUTPUT', `git diff printed a score for status ${String.fromCharCode(letter)}: ${quoted(text.slice(s, e))}`);
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
  private emit(path: string, invalid: boolean, previous: string | undefined): void {
    if (this.entries.length >= this.maxEntries) {
      throw new GitError('TOO_LARGE', `The change set has more than ${this.maxEntries} entries`, {
        hint: 'split the change into smaller pull requests, or raise `maxEntries`',
      });
    }
    const entry: ChangeEntry = {
      status: this.hStatus,
      path,
      oldMode: MODES[this.hOldMode]!,
      newMode: MODES[this.hNewMode]!,
      oldKind: KINDS[this.hOldMode]!,
      newKind: KINDS[this.hNewMode]!,
      oldBlob: this.hOldBlob,
      newBlob: this.hNewBlob,
    };
    if (previous !== undefined) entry.previousPath = previous;
    if (this.hScore !== -1) entry.score = this.hScore;
    if (invalid) entry.invalidUtf8 = true;
    this.entries.push(entry);
    this.onEntry?.(entry);
  }
}

/** Parse a complete `git diff --raw -z --no-abbrev` output. */
export function parseRawDiff(output: Buffer): ChangeEntry[] {
  const parser = new RawDiffParser();
  parser.push(output);
  return parser.end();
}
