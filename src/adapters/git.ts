// Git adapter: computes the change set of a branch with real git, completely and fail-closed
// (DESIGN.md section 2, invariants 1, 2, 3 and 5; ATTACKS.md section 1.2 and section 7 items 20-38).
//
// Rules this file follows everywhere:
// - git runs through `spawn` with an argument array, never a shell, with a scrubbed environment
//   (no inherited GIT_DIR, GIT_CONFIG_PARAMETERS, replace refs, grafts, commit-graph, pagers, prompts)
//   and LC_ALL=C.
// - Only NUL-separated (`-z`) output is parsed when it carries paths; paths are decoded from the raw
//   bytes with a fatal UTF-8 decoder. Invalid UTF-8 is kept in a lossless escaped form and flagged.
// - Every refs given by a caller is validated and resolved to a full object id before it is used as
//   an argument, and `--end-of-options` / `--` separate options from operands.
// - Any non-zero exit, unexpected output, truncated output or "no changes although the trees differ"
//   is a GitError, never an empty result.

import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { resolveSymlinkTarget, symlinkTargetClimbsThroughName } from '../core/paths.js';
import type { ChangeEntry, ChangeStatus, FileKind } from '../core/types.js';
import { sanitizeForMessage } from '../core/text.js';
export { sanitizeForMessage };

// ---------------------------------------------------------------------------------------------
// Errors

export type GitErrorCode =
  | 'GIT_FAILED'
  | 'GIT_NOT_FOUND'
  | 'NOT_A_REPOSITORY'
  | 'INVALID_REF'
  | 'UNKNOWN_REF'
  | 'NO_MERGE_BASE'
  | 'MULTIPLE_MERGE_BASES'
  | 'SHALLOW_REPOSITORY'
  | 'EMPTY_CHANGESET'
  | 'TOO_LARGE'
  | 'UNEXPECTED_OUTPUT'
  | 'UNSUPPORTED_STATUS'
  | 'INVALID_PATH'
  | 'NOT_A_FILE'
  | 'TIMEOUT'
  | 'INVALID_OPTION';

export class GitError extends Error {
  readonly code: GitErrorCode;
  /** How to fix it, when we know. */
  readonly hint?: string;
  /** git's stderr, sanitised (control characters escaped) and truncated. */
  readonly stderr?: string;
  readonly exitCode?: number | null;

  constructor(
    code: GitErrorCode,
    message: string,
    options: { hint?: string; stderr?: string; exitCode?: number | null; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GitError';
    this.code = code;
    if (options.hint !== undefined) this.hint = options.hint;
    if (options.stderr !== undefined) this.stderr = options.stderr;
    if (options.exitCode !== undefined) this.exitCode = options.exitCode;
  }
}

const HINT_FETCH_DEPTH =
  'check out with `actions/checkout` and `fetch-depth: 0` (or run `git fetch --unshallow`), so that the merge base of base and head is present';
const HINT_FETCH_BASE =
  'fetch the base branch and the head commit first (e.g. `git fetch origin <base-branch>`), or check out with `actions/checkout` and `fetch-depth: 0`';

// ---------------------------------------------------------------------------------------------
// Sanitising text that may come from the change under review before it goes into a message

const MAX_STDERR_CHARS = 2000;

/** A caller- or repository-supplied string, quoted for a message. */
function q(text: string): string {
  return `"${sanitizeForMessage(text, 200)}"`;
}

function sanitizeStderr(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.length > 0);
  return sanitizeForMessage(lines.join(' | '), MAX_STDERR_CHARS);
}

// ---------------------------------------------------------------------------------------------
// Path decoding

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

// ---------------------------------------------------------------------------------------------
// Running git

/** Variables git reads that could redirect it to another repository, object store or config. */
const KEEP_GIT_ENV = new Set(['GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM', 'GIT_CONFIG_NOSYSTEM', 'GIT_EXEC_PATH']);

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (key.toUpperCase().startsWith('GIT_') && !KEEP_GIT_ENV.has(key)) continue;
    if (key === 'PAGER' || key === 'LESS' || key === 'LANG' || key === 'LANGUAGE' || key.startsWith('LC_')) continue;
    env[key] = value;
  }
  env.LC_ALL = 'C';
  env.LANG = 'C';
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_ASKPASS = 'false';
  env.SSH_ASKPASS = 'false';
  env.GCM_INTERACTIVE = 'never';
  env.GIT_PAGER = 'cat';
  env.PAGER = 'cat';
  env.GIT_NO_REPLACE_OBJECTS = '1';
  // `<git dir>/info/grafts` rewrites the parents of any commit, as replace refs do, and neither
  // `--no-replace-objects` nor GIT_NO_REPLACE_OBJECTS turns it off: one line written into the checkout
  // by an earlier step (`<base tip> <agent commit>`) moves the merge base onto the agent's own commit
  // and hides everything before it. Point git at a graft file that cannot exist (nothing can be
  // created under /dev/null), so that history is read from the commits themselves.
  env.GIT_GRAFT_FILE = NO_GRAFT_FILE;
  env.GIT_OPTIONAL_LOCKS = '0';
  env.GIT_LITERAL_PATHSPECS = '1';
  return env;
}

/** A graft file path that cannot exist (see gitEnv). */
const NO_GRAFT_FILE = '/dev/null/agent-guard-no-grafts';

/** Options placed before every git subcommand. */
const GLOBAL_ARGS = [
  '--no-pager',
  '--no-replace-objects',
  '--literal-pathspecs',
  '-c',
  'core.quotePath=false',
  '-c',
  'core.fsmonitor=false',
  // The commit-graph file (`objects/info/commit-graph`) is a cache of every commit's parents that git
  // trusts without reading the commits: four bytes changed in it give a commit on the base branch the
  // agent's commit as parent, so the merge base moves and the change set loses the agent's earlier
  // commits. Read parents from the commits themselves.
  '-c',
  'core.commitGraph=false',
  '-c',
  'core.pager=cat',
  '-c',
  'color.ui=false',
  '-c',
  'log.showSignature=false',
];

const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
const DEFAULT_MAX_STDOUT = 64 * 1024 * 1024;
const MAX_STDERR_BYTES = 64 * 1024;

interface ExecOptions {
  /** Written to stdin, then stdin is closed. Without it (and without `stdin: true`) stdin is /dev/null. */
  input?: string | Buffer;
  /** Keep stdin open for `GitProcess.write` / `GitProcess.end`. */
  stdin?: boolean;
  /** Called for every stdout chunk. Throwing kills git and rejects with that error. */
  onStdout: (chunk: Buffer) => void;
  /** Give git this file descriptor as stdout instead of a pipe (`onStdout` is then never called). */
  stdoutFd?: number;
  timeoutMs?: number;
}

interface ExecResult {
  exitCode: number;
  stderr: string;
}

/** A running git process. `done` never rejects unobserved (a no-op handler is attached). */
interface GitProcess {
  write(data: string): void;
  end(): void;
  /** Kill the process; `done` then rejects with `reason`. */
  abort(reason: unknown): void;
  done: Promise<ExecResult>;
}

function describeCommand(args: readonly string[]): string {
  return `git ${args[0] ?? ''}`;
}

async function repoProblem(repo: string): Promise<GitError | null> {
  try {
    const s = await stat(repo);
    if (!s.isDirectory()) {
      return new GitError('NOT_A_REPOSITORY', `Not a directory: ${q(repo)}`, {
        hint: 'pass the path of a git work tree (the directory `actions/checkout` checked out)',
      });
    }
    return null;
  } catch {
    return new GitError('NOT_A_REPOSITORY', `Repository directory does not exist: ${q(repo)}`, {
      hint: 'pass the path of a git work tree (the directory `actions/checkout` checked out)',
    });
  }
}

/** Spawn git in `repo`; stdout goes to `onStdout`; `done` resolves with the exit code and stderr. */
function startGit(repo: string, args: readonly string[], opts: ExecOptions): GitProcess {
  let settled = false;
  let failure: unknown = null;
  const stderrChunks: Buffer[] = [];
  let stderrBytes = 0;
  const wantStdin = opts.stdin === true || opts.input !== undefined;

  const child = spawn('git', [...GLOBAL_ARGS, ...args], {
    cwd: repo,
    env: gitEnv(),
    stdio: [wantStdin ? 'pipe' : 'ignore', opts.stdoutFd ?? 'pipe', 'pipe'],
    windowsHide: true,
  });
  const fail = (err: unknown): void => {
    failure ??= err;
    child.kill('SIGKILL');
  };

  const done = new Promise<ExecResult>((resolve, reject) => {
    const timer = setTimeout(() => fail(new GitError('TIMEOUT', `${describeCommand(args)} timed out in ${q(repo)}`)), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);

    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      if (err.code === 'ENOENT') {
        void repoProblem(repo).then((problem) => {
          reject(
            problem ??
              new GitError('GIT_NOT_FOUND', 'The `git` executable was not found on PATH', {
                hint: 'install git (2.39 or newer) on the runner',
                cause: err,
              }),
          );
        });
        return;
      }
      reject(new GitError('GIT_FAILED', `Could not run ${describeCommand(args)} in ${q(repo)}: ${err.message}`, { cause: err }));
    });

    child.stdout?.on('data', (chunk: Buffer) => {
      if (failure !== null) return;
      try {
        opts.onStdout(chunk);
      } catch (err) {
        fail(err);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderrBytes < MAX_STDERR_BYTES) {
        stderrChunks.push(chunk);
        stderrBytes += chunk.length;
      }
    });

    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      const stderr = Buffer.concat(stderrChunks).toString('utf8');
      if (failure !== null) {
        reject(failure);
        return;
      }
      if (code === null) {
        reject(
          new GitError('GIT_FAILED', `${describeCommand(args)} was killed by signal ${signal ?? 'unknown'} in ${q(repo)}`, {
            stderr: sanitizeStderr(stderr),
            exitCode: null,
          }),
        );
        return;
      }
      resolve({ exitCode: code, stderr });
    });
  });
  done.catch(() => undefined);

  const stdin = wantStdin ? (child.stdin as Writable) : null;
  // git may exit before reading all input (it then reports the problem through its exit code).
  stdin?.on('error', () => undefined);
  if (stdin && opts.input !== undefined) stdin.end(opts.input);

  return {
    write: (data) => {
      if (stdin && failure === null) stdin.write(data);
    },
    end: () => {
      stdin?.end();
    },
    abort: fail,
    done,
  };
}

/** Spawn git, stream stdout to `onStdout`, and resolve with the exit code and stderr. */
function execGit(repo: string, args: readonly string[], opts: ExecOptions): Promise<ExecResult> {
  return startGit(repo, args, opts).done;
}

interface RunResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

/** Run git and collect stdout (bounded). Non-zero exits are returned, not thrown; see `gitFailure`. */
async function runGit(
  repo: string,
  args: readonly string[],
  opts: { input?: string | Buffer; maxStdout?: number; timeoutMs?: number } = {},
): Promise<RunResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  const max = opts.maxStdout ?? DEFAULT_MAX_STDOUT;
  const execOpts: ExecOptions = {
    onStdout: (chunk) => {
      size += chunk.length;
      if (size > max) {
        throw new GitError('TOO_LARGE', `${describeCommand(args)} produced more than ${max} bytes of output in ${q(repo)}`);
      }
      chunks.push(chunk);
    },
  };
  if (opts.input !== undefined) execOpts.input = opts.input;
  if (opts.timeoutMs !== undefined) execOpts.timeoutMs = opts.timeoutMs;
  const result = await execGit(repo, args, execOpts);
  return { stdout: Buffer.concat(chunks), stderr: result.stderr, exitCode: result.exitCode };
}

/** Map a failed git run to a GitError with the most specific code we can tell. */
function gitFailure(repo: string, args: readonly string[], result: { exitCode: number; stderr: string }, what?: string): GitError {
  const stderr = sanitizeStderr(result.stderr);
  const lower = result.stderr.toLowerCase();
  const base = `${what ?? describeCommand(args)} failed (exit ${result.exitCode}) in ${q(repo)}`;
  if (lower.includes('dubious ownership')) {
    return new GitError('NOT_A_REPOSITORY', `${base}: git refuses a repository owned by another user: ${stderr}`, {
      hint: `mark it safe with \`git config --global --add safe.directory <path>\` (actions/checkout does this for its workspace)`,
      stderr,
      exitCode: result.exitCode,
    });
  }
  if (lower.includes('not a git repository')) {
    return new GitError('NOT_A_REPOSITORY', `${base}: not a git repository`, {
      hint: 'run inside the work tree checked out by `actions/checkout`, or pass its path',
      stderr,
      exitCode: result.exitCode,
    });
  }
  return new GitError('GIT_FAILED', stderr ? `${base}: ${stderr}` : base, { stderr, exitCode: result.exitCode });
}

/** Run git, throw on any non-zero exit. */
async function gitOk(
  repo: string,
  args: readonly string[],
  opts: { input?: string | Buffer; maxStdout?: number; what?: string } = {},
): Promise<Buffer> {
  const result = await runGit(repo, args, opts);
  if (result.exitCode !== 0) throw gitFailure(repo, args, result, opts.what);
  return result.stdout;
}

// ---------------------------------------------------------------------------------------------
// Refs and commits

const OID_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const ZERO_OID_RE = /^(?:0{40}|0{64})$/;

function isOid(text: string): boolean {
  return OID_RE.test(text);
}

/**
 * Refuse refs that could be read as options (`-...`), that use git's `:/message` or `:path` index
 * syntax, that are empty, absurdly long, or contain control characters.
 */
function checkRef(ref: string, role: string): void {
  if (typeof ref !== 'string' || ref.length === 0) {
    throw new GitError('INVALID_REF', `The ${role} ref is empty`);
  }
  if (ref.length > 1024) {
    throw new GitError('INVALID_REF', `The ${role} ref is too long (${ref.length} characters)`);
  }
  if (ref.startsWith('-')) {
    throw new GitError('INVALID_REF', `Refusing the ${role} ref ${q(ref)}: it starts with "-" and could be read as an option`);
  }
  if (ref.startsWith(':')) {
    throw new GitError('INVALID_REF', `Refusing the ${role} ref ${q(ref)}: ":" selects index entries or searches commit messages`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(ref)) {
    throw new GitError('INVALID_REF', `Refusing the ${role} ref ${q(ref)}: it contains control characters`);
  }
}

function parseOidOutput(repo: string, args: readonly string[], stdout: Buffer): string {
  const text = stdout.toString('latin1').trim();
  if (!isOid(text)) {
    throw new GitError('UNEXPECTED_OUTPUT', `${describeCommand(args)} printed something that is not an object id in ${q(repo)}: ${q(text)}`);
  }
  return text;
}

/** Resolve `ref` to the full object id (40 or 64 hex digits) of a commit. */
export async function resolveCommit(repo: string, ref: string): Promise<string> {
  return resolveCommitAs(repo, ref, 'given');
}

async function resolveCommitAs(repo: string, ref: string, role: string): Promise<string> {
  checkRef(ref, role);
  if (ZERO_OID_RE.test(ref)) {
    throw new GitError('UNKNOWN_REF', `The ${role} ref ${q(ref)} is the all-zero object id (a new branch or a deleted ref), not a commit`, {
      hint: 'compare against the base branch (merge base), not the push event `before` SHA',
    });
  }
  const args = ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`];
  const result = await runGit(repo, args);
  if (result.exitCode === 0) return parseOidOutput(repo, args, result.stdout);
  const failure = gitFailure(repo, args, result, `resolving the ${role} ref ${q(ref)}`);
  if (failure.code === 'NOT_A_REPOSITORY') throw failure;
  // exit 1: no such object or not a commit (e.g. a tree); exit 128: e.g. `main@{99}` beyond the reflog.
  let shallow = false;
  try {
    shallow = await isShallow(repo);
  } catch {
    // ignore: the unknown ref is the error to report
  }
  const detail = failure.stderr ? `: ${failure.stderr}` : '';
  throw new GitError(
    'UNKNOWN_REF',
    `The ${role} ref ${q(ref)} does not name a commit in ${q(repo)}${shallow ? ' (the repository is a shallow clone)' : ''}${detail}`,
    { hint: HINT_FETCH_BASE, ...(failure.stderr ? { stderr: failure.stderr } : {}), exitCode: result.exitCode },
  );
}

/** True when the repository is a shallow clone (`git rev-parse --is-shallow-repository`). */
export async function isShallow(repo: string): Promise<boolean> {
  const out = (await gitOk(repo, ['rev-parse', '--is-shallow-repository'])).toString('latin1').trim();
  if (out === 'true') return true;
  if (out === 'false') return false;
  throw new GitError('UNEXPECTED_OUTPUT', `git rev-parse --is-shallow-repository printed ${q(out)} in ${q(repo)}`, {
    hint: 'use git 2.39 or newer',
  });
}

/** All best common ancestors of two commits (`git merge-base --all`). Empty when there is none. */
async function mergeBases(repo: string, a: string, b: string): Promise<string[]> {
  const args = ['merge-base', '--all', '--end-of-options', a, b];
  const result = await runGit(repo, args);
  if (result.exitCode === 1 && result.stdout.length === 0 && result.stderr.trim() === '') return [];
  if (result.exitCode !== 0) throw gitFailure(repo, args, result, 'computing the merge base');
  const lines = result.stdout.toString('latin1').split('\n').filter((l) => l.length > 0);
  for (const line of lines) {
    if (!isOid(line)) {
      throw new GitError('UNEXPECTED_OUTPUT', `git merge-base printed ${q(line)} in ${q(repo)}`);
    }
  }
  return lines;
}

/**
 * The merge base of `a` and `b`. Fails with NO_MERGE_BASE when there is none (mentioning shallow
 * history when the repository is shallow), and with MULTIPLE_MERGE_BASES when history has a
 * criss-cross merge: a diff from any single one of several merge bases can miss changes.
 */
export async function mergeBase(repo: string, a: string, b: string): Promise<string> {
  const [ca, cb] = await Promise.all([resolveCommitAs(repo, a, 'first'), resolveCommitAs(repo, b, 'second')]);
  return uniqueMergeBase(repo, ca, cb);
}

async function uniqueMergeBase(repo: string, ca: string, cb: string): Promise<string> {
  const bases = await mergeBases(repo, ca, cb);
  if (bases.length === 0) {
    const shallow = await isShallow(repo);
    if (shallow) {
      throw new GitError(
        'NO_MERGE_BASE',
        `No merge base between ${ca} and ${cb} in ${q(repo)}: the repository is a shallow clone and the common history was not fetched`,
        { hint: HINT_FETCH_DEPTH },
      );
    }
    throw new GitError('NO_MERGE_BASE', `No merge base between ${ca} and ${cb} in ${q(repo)}: the two commits share no history`, {
      hint: 'the head branch must be based on the base branch; rebase it onto the base branch',
    });
  }
  if (bases.length > 1) {
    throw new GitError(
      'MULTIPLE_MERGE_BASES',
      `${ca} and ${cb} have ${bases.length} merge bases in ${q(repo)} (criss-cross merge); a diff from one of them may miss changes`,
      { hint: 'merge the current base branch into the head branch (or rebase onto it) so that there is a single merge base' },
    );
  }
  return bases[0]!;
}

// ---------------------------------------------------------------------------------------------
// Raw diff parsing

// eslint-disable-next-line no-control-regex
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
  throw new GitError('UNEXPECTED_OUTPUT', `git diff printed an entry header that does not parse: ${q(t.slice(0, 200))}`);
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
      throw new GitError('UNSUPPORTED_STATUS', `git diff reported status ${q(l)} (${why}); refusing to guess what changed`);
    }
    const oldMode = modeAt(text, s + 1);
    const newMode = modeAt(text, s + 8);
    if (oldMode === -1 || newMode === -1) {
      throw new GitError('UNEXPECTED_OUTPUT', `git diff printed an unknown file mode: ${q(text.slice(s, e))}`);
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
      throw new GitError('UNEXPECTED_OUTPUT', `git diff printed modes or object ids that contradict status ${String.fromCharCode(letter)}: ${q(text.slice(s, e))}`);
    }
    const pair = status === 'renamed' || status === 'copied';
    if (pair) {
      if (digits === 0 || score > 100) {
        throw new GitError('UNEXPECTED_OUTPUT', `git diff printed a ${String.fromCharCode(letter)} entry without a valid score: ${q(text.slice(s, e))}`);
      }
    } else if (digits > 0) {
      throw new GitError('UNEXPECTED_OUTPUT', `git diff printed a score for status ${String.fromCharCode(letter)}: ${q(text.slice(s, e))}`);
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

// ---------------------------------------------------------------------------------------------
// Blob inspection (symlink targets, LFS pointers, binary content) through `git cat-file --batch`

/** As git decides: a NUL byte within the first 8000 bytes means binary. */
const BINARY_SNIFF_BYTES = 8000;
/** Git LFS pointer files are smaller than 1024 bytes (git-lfs spec). */
const LFS_POINTER_MAX = 1024;
const LFS_PREFIXES = [Buffer.from('version https://git-lfs.github.com/spec/v1'), Buffer.from('version https://hawser.github.com/spec/v1')];
/** PATH_MAX on Linux; a longer symlink target is not something a checkout can create. */
const SYMLINK_TARGET_MAX = 4096;
const DEFAULT_MAX_INSPECT_BYTES = 16 * 1024 * 1024;

/** What the reader found out about one blob (always all four fields: one object shape). */
interface BlobFacts {
  size: number;
  /** Undefined when the blob was larger than the inspection limit and not read. */
  binary: boolean | undefined;
  lfsPointer: boolean;
  /** Raw content (at most 8000 bytes), kept only for blobs that are symlinks on the head side. */
  content: Buffer | undefined;
}

/** At most this many `git cat-file --batch` processes read blob contents in parallel. */
const MAX_READERS = Math.max(1, Math.min(4, availableParallelism()));
/** A further reader is started for every this many blobs to read. */
const BLOBS_PER_READER = 2048;
/** Smallest accepted `maxInspectBytes`: each larger blob costs a process restart. */
const MIN_INSPECT_BYTES = 1024 * 1024;
/** Abort reason used when a reader is restarted to skip a blob (never surfaces). */
const SKIP = Symbol('skip');
/** How often a reader reads what git has written to its spill file so far. */
const SPILL_POLL_MS = 10;
/** A spill file is replaced by a fresh one (a restart) once this much of it was read, so that disk use stays bounded. */
const DEFAULT_SPILL_FILE_MAX_BYTES = 64 * 1024 * 1024;
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
class BlobInspector {
  readonly facts = new Map<string, BlobFacts>();
  readonly symlinks = new Set<string>();
  private readonly requested = new Set<string>();
  private pending: string[] = [];
  private dispatched = 0;
  private rotation = 0;
  private readonly readers: BlobReader[] = [];
  private failure: unknown = null;

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
    this.failure ??= reason;
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
  private error: unknown = null;
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
      this.error = err;
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
          if (this.error !== null) throw this.error;
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
      throw new GitError('UNEXPECTED_OUTPUT', `git cat-file --batch answered out of order: ${q(header)}`);
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
      throw new GitError('UNEXPECTED_OUTPUT', `Object ${expected} is not a readable blob, but the diff says it is a file: ${q(header)}`);
    }
    const symlink = this.owner.symlinks.has(expected);
    if (symlink && size > SYMLINK_TARGET_MAX) {
      throw new GitError('TOO_LARGE', `A symlink in the change has a target of ${size} bytes (blob ${expected}); the limit is ${SYMLINK_TARGET_MAX}`);
    }
    if (!symlink && size > this.owner.maxInspectBytes) {
      // Too large to read: not an LFS pointer (those are < 1024 bytes); binary unknown.
      this.owner.facts.set(expected, { size, binary: undefined, lfsPointer: false, content: undefined });
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
    this.owner.facts.set(this.currentOid, { size: this.size, binary, lfsPointer, content });
    this.index += 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Change set

export interface ChangeSetOptions {
  /**
   * Accept a shallow clone when the merge base is present in it. Default false: a shallow history is
   * a deny (DESIGN.md invariant 2), because git can pick a wrong merge base when history is cut.
   */
  allowShallow?: boolean;
  /** Refuse change sets with more entries than this (TOO_LARGE). Default 250 000. */
  maxEntries?: number;
  /**
   * Head-side blobs larger than this are not read: their `binary` stays undefined (unknown) and
   * `lfsPointer` is false. Default 16 MiB, minimum 1 MiB (each skipped blob restarts a reader).
   */
  maxInspectBytes?: number;
  /**
   * Rename detection limit passed as `-l` (1..10000; git treats 0 as unlimited, which is
   * refused). Default 1000, git's default for `git diff`.
   */
  renameLimit?: number;
  /**
   * How `git cat-file --batch` hands blob contents over: true (default) through an unlinked temporary
   * file read back in large chunks, false through a pipe (which wakes the reader for nearly every
   * blob). The answer is the same either way; a pipe is also used when no temporary file can be made.
   */
  spillToFile?: boolean;
  /**
   * Once this many bytes of a spill file were read, its reader continues in a new file (from the
   * first object not yet read completely), so that disk use stays bounded. Default 64 MiB; at least 1.
   */
  spillFileMaxBytes?: number;
}

export interface ChangeSet {
  /** The resolved base commit (the tip of the base ref, not the merge base). */
  base: string;
  head: string;
  mergeBase: string;
  entries: ChangeEntry[];
  /** Warnings git printed (e.g. that inexact rename detection was skipped). Informational only. */
  warnings: string[];
}

/**
 * The complete change set of `headRef` against `baseRef`: `git diff-tree --raw -z` from their merge
 * base to head (three-dot semantics, so changes that only came from the base branch are excluded).
 *
 * Diff flags and why:
 * - `-M` (rename detection, as plain `git diff`): a rename is one R entry carrying both paths, and the
 *   caller evaluates both sides. Detection only changes how an entry is labelled, never whether a path
 *   appears: an undetected rename is a D plus an A. Inexact detection is bounded by `-l` and git warns
 *   when it gives up (reported in `warnings`).
 * - No copy detection. A copy is reported as what it is for the policy: an A of the destination, and
 *   the untouched source is not an entry (ATTACKS 7.22: do not double-count). `-C` only finds copies
 *   whose source is modified in the same change, so its `previousPath` is a hint no rule could rely
 *   on, and it makes every modified file a similarity source: measured 0.43-0.48 s against 0.14-0.19 s
 *   on a 2 000-file change. `--find-copies-harder` compares each added file with every file of the
 *   base tree: one added file in a 100 000-file repository took 6.5 s (0.03 s without), growing with
 *   repository size, which an agent could trigger at will. The parser still understands C entries.
 * - `-r` (recursive), `--no-abbrev`, `--ignore-submodules=none` (gitlink changes are never hidden by
 *   config or `.gitmodules`), `--no-relative`, `--no-ext-diff --no-textconv`.
 * - The plumbing command `diff-tree` is used instead of `git diff` so that porcelain config
 *   (`diff.relative`, `diff.noprefix`, `diff.renames`, colour, pagers) cannot change the output.
 */
export async function computeChangeSet(repo: string, baseRef: string, headRef: string, opts: ChangeSetOptions = {}): Promise<ChangeSet> {
  checkRef(baseRef, 'base');
  checkRef(headRef, 'head');
  const renameLimit = opts.renameLimit ?? 1000;
  if (!Number.isSafeInteger(renameLimit) || renameLimit < 1 || renameLimit > 10_000) {
    throw new GitError('INVALID_OPTION', `renameLimit must be an integer from 1 to 10000, got ${String(renameLimit)}`);
  }
  const maxInspectBytes = opts.maxInspectBytes ?? DEFAULT_MAX_INSPECT_BYTES;
  if (!Number.isSafeInteger(maxInspectBytes) || maxInspectBytes < MIN_INSPECT_BYTES) {
    throw new GitError('INVALID_OPTION', `maxInspectBytes must be an integer >= ${MIN_INSPECT_BYTES}, got ${String(maxInspectBytes)}`);
  }
  const maxEntries = opts.maxEntries ?? 250_000;
  if (!Number.isSafeInteger(maxEntries) || maxEntries < 0) {
    throw new GitError('INVALID_OPTION', `maxEntries must be a non-negative integer, got ${String(maxEntries)}`);
  }
  const [shallowR, baseR, headR] = await Promise.allSettled([
    isShallow(repo),
    resolveCommitAs(repo, baseRef, 'base'),
    resolveCommitAs(repo, headRef, 'head'),
  ]);
  if (shallowR.status === 'rejected') throw shallowR.reason;
  const shallow = shallowR.value;
  if (shallow && !opts.allowShallow) {
    throw new GitError('SHALLOW_REPOSITORY', `The repository ${q(repo)} is a shallow clone; the change set cannot be established from cut history`, {
      hint: HINT_FETCH_DEPTH,
    });
  }
  if (baseR.status === 'rejected') throw baseR.reason;
  if (headR.status === 'rejected') throw headR.reason;
  const base = baseR.value;
  const head = headR.value;

  const mb = await uniqueMergeBase(repo, base, head);

  // Both operands are full commit ids here (never options), so one rev-parse without --verify is
  // unambiguous. (Without --verify, rev-parse would echo an `--end-of-options` back.)
  const treeArgs = ['rev-parse', `${mb}^{tree}`, `${head}^{tree}`];
  const trees = (await gitOk(repo, treeArgs)).toString('latin1').split('\n').filter((l) => l.length > 0);
  if (trees.length !== 2 || !trees.every(isOid)) {
    throw new GitError('UNEXPECTED_OUTPUT', `git rev-parse printed ${q(trees.join(' '))} for the trees of ${mb} and ${head}`);
  }
  const [mbTree, headTree] = trees as [string, string];

  // Head-side blobs are inspected while the diff is still streaming (see BlobInspector).
  const spillFileMaxBytes = opts.spillFileMaxBytes ?? DEFAULT_SPILL_FILE_MAX_BYTES;
  if (!Number.isSafeInteger(spillFileMaxBytes) || spillFileMaxBytes < 1) {
    throw new GitError('INVALID_OPTION', `spillFileMaxBytes must be a positive integer, got ${String(spillFileMaxBytes)}`);
  }
  const spill = opts.spillToFile === false ? 0 : spillFileMaxBytes;
  const inspector = new BlobInspector(repo, maxInspectBytes, spill);
  const parser = new RawDiffParser({ maxEntries, onEntry: (e) => inspector.want(e) });
  // The head tree's symlinks and action directories (see applyTreeSymlinks, applyActionDirs), listed
  // while the diff runs; the symlinks' targets are read by the same inspector. Awaited (and its
  // failure reported) after the diff.
  const headListing = listHeadTree(repo, head, (link) => {
    inspector.want(link);
    inspector.flush();
  });
  headListing.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  const diffArgs = [
    'diff-tree',
    '-r',
    '--raw',
    '-z',
    '--no-abbrev',
    '-M',
    `-l${renameLimit}`,
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    '--no-relative',
    '--ignore-submodules=none',
    mb,
    head,
    '--',
  ];
  let entries: ChangeEntry[];
  let warnings: string[];
  try {
    const diff = await execGit(repo, diffArgs, {
      onStdout: (chunk) => {
        parser.push(chunk);
        inspector.flush();
      },
    });
    if (diff.exitCode !== 0) throw gitFailure(repo, diffArgs, diff, `git diff-tree ${mb} ${head}`);
    entries = parser.end();
    warnings = diff.stderr
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0)
      .map((l) => sanitizeForMessage(l, 500));

    if (entries.length === 0 && mbTree !== headTree) {
      throw new GitError(
        'EMPTY_CHANGESET',
        `git listed no changes between ${mb} and ${head} in ${q(repo)} although their trees differ (${mbTree} vs ${headTree})`,
        { hint: 'this should not happen; check the git version and the repository integrity (`git fsck`)' },
      );
    }
    if (entries.length > 0 && mbTree === headTree) {
      throw new GitError('UNEXPECTED_OUTPUT', `git listed changes between identical trees (${mbTree}) in ${q(repo)}`);
    }
  } catch (err) {
    inspector.abort(err);
    throw err;
  }
  let tree: TreeFacts;
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

/** A symlink of the head tree, as an entry the blob inspector reads (its target lands in `entry.symlinkTarget`). */
interface TreeSymlink {
  path: string;
  entry: ChangeEntry;
}

/** What one pass over the head tree tells: its symlinks, and the directories that hold an action. */
interface TreeFacts {
  links: TreeSymlink[];
  actionDirs: Set<string>;
}

const SYMLINK_MODE = Buffer.from('120000 ');

/**
 * One pass over a commit's tree (`git ls-tree -r -z`, streamed): its symlinks, each handed to `onLink`
 * as it is found so that its target can be read while the listing goes on, and the directories that
 * hold an action. Nothing else of the listing is kept.
 */
async function listHeadTree(repo: string, commit: string, onLink: (entry: ChangeEntry) => void): Promise<TreeFacts> {
  const links: TreeSymlink[] = [];
  const actionDirs = new Set<string>();
  let rest: Buffer = EMPTY_BUFFER;
  const args = ['ls-tree', '-r', '-z', '--full-tree', commit];
  const take = (buf: Buffer, start: number, end: number): void => {
    // An action's metadata (`<dir>/action.yml` or `.yaml`, not at the root): <dir> holds the action's code.
    if (buf[end - 1] === 0x6c /* "l" */ && (endsWith(buf, end, ACTION_YML) || endsWith(buf, end, ACTION_YAML))) {
      const tab = buf.indexOf(0x09, start);
      if (tab !== -1 && tab < end) {
        const path = decodeGitPath(buf.subarray(tab + 1, end)).text;
        const slash = path.lastIndexOf('/');
        if (slash > 0) actionDirs.add(path.slice(0, slash));
      }
    }
    // `<mode> SP <type> SP <oid> TAB <path>`; most records are not symlinks: compare bytes first.
    if (end - start < 7 || buf[start + 1] !== 0x32 /* "2" of 120000 */ || buf.compare(SYMLINK_MODE, 0, 7, start, start + 7) !== 0) return;
    const record = buf.subarray(start, end);
    const tab = record.indexOf(0x09);
    const header = tab < 0 ? '' : record.toString('latin1', 0, tab);
    const m = /^120000 blob ([0-9a-f]{40}|[0-9a-f]{64})$/.exec(header);
    if (!m) throw new GitError('UNEXPECTED_OUTPUT', `git ls-tree printed an entry that does not parse: ${q(header.slice(0, 200))}`);
    const path = decodeGitPath(record.subarray(tab + 1)).text;
    const entry: ChangeEntry = { status: 'added', path, oldMode: '000000', newMode: '120000', oldKind: 'none', newKind: 'symlink', oldBlob: '', newBlob: m[1]! };
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
      if (rest.length > 1024 * 1024) throw new GitError('UNEXPECTED_OUTPUT', 'git ls-tree printed a record longer than 1 MiB');
    },
  });
  if (result.exitCode !== 0) throw gitFailure(repo, args, result);
  if (rest.length > 0) throw new GitError('UNEXPECTED_OUTPUT', 'git ls-tree output ended in the middle of an entry');
  return { links, actionDirs };
}

const ACTION_YML = Buffer.from('/action.yml');
const ACTION_YAML = Buffer.from('/action.yaml');

function endsWith(buf: Buffer, end: number, suffix: Buffer): boolean {
  return end >= suffix.length && buf.compare(suffix, 0, suffix.length, end - suffix.length, end) === 0;
}

/**
 * Every changed path inside a directory that holds an action (its `action.yml`/`action.yaml` at the
 * head, not at the repository root) is marked with the nearest such directory: workflows that use
 * the action run its code, whatever the file is called.
 */
function applyActionDirs(entries: ChangeEntry[], actionDirs: ReadonlySet<string>): void {
  if (actionDirs.size === 0) return;
  const nearest = (p: string): string | undefined => {
    for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) {
      const dir = p.slice(0, i);
      if (actionDirs.has(dir)) return dir;
    }
    return undefined;
  };
  for (const e of entries) {
    const dir = nearest(e.path) ?? (e.previousPath !== undefined ? nearest(e.previousPath) : undefined);
    if (dir !== undefined) e.actionDir = dir;
  }
}

/**
 * What a change means through the head tree's symlinks (the text of one symlink does not show it):
 * - `linkedFrom`: the paths through which links reach a changed path (`.github/copilot-instructions.md ->
 *   ../docs/guide.md` makes an edit of docs/guide.md an edit of the instructions; `.claude -> config/claude`
 *   makes config/claude/settings.json also .claude/settings.json);
 * - `symlinkVia`: a changed symlink whose target, or a directory on the way to it, is another symlink.
 * Targets are resolved lexically; a target that cannot be (absolute, escaping, `x/..`) reaches nothing
 * here, and a changed symlink with such a target is denied by the evaluation anyway.
 */
function applyTreeSymlinks(entries: ChangeEntry[], treeLinks: readonly TreeSymlink[]): void {
  if (entries.length === 0 || treeLinks.length === 0) return;
  const links = new Map<string, string>();
  for (const l of treeLinks) {
    if (l.entry.symlinkTarget === undefined) throw new GitError('UNEXPECTED_OUTPUT', `Could not read the target of symlink ${q(l.path)}`);
    links.set(l.path, l.entry.symlinkTarget);
  }
  const reaching = new Map<string, string[]>(); // resolved target -> link paths
  for (const [path, target] of links) {
    if (symlinkTargetClimbsThroughName(target)) continue;
    const resolved = resolveSymlinkTarget(path, target);
    if (resolved === null) continue;
    const list = reaching.get(resolved);
    if (list === undefined) reaching.set(resolved, [path]);
    else list.push(path);
  }
  /** The path and every directory above it. */
  const withAncestors = (path: string): string[] => {
    const out = [path];
    for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) out.push(path.slice(0, i));
    return out;
  };
  // Every directory on the way to a reached path: a changed path is walked from its first segment
  // down and left at the first directory no link target lies under (for most paths, the first).
  const stems = new Set<string>();
  for (const a of reaching.keys()) for (let i = a.indexOf('/'); i !== -1; i = a.indexOf('/', i + 1)) stems.add(a.slice(0, i));
  /** Through link l (to directory a), the file p is also at l + the rest of p. */
  const aliasesOf = (p: string, self: string, found: Set<string> | undefined): Set<string> | undefined => {
    for (let i = p.indexOf('/'); ; i = p.indexOf('/', i + 1)) {
      const a = i === -1 ? p : p.slice(0, i);
      const via = reaching.get(a);
      if (via !== undefined) for (const l of via) if (l !== self) (found ??= new Set()).add(l + p.slice(a.length));
      if (i === -1 || !stems.has(a)) return found;
    }
  };
  for (const e of entries) {
    let found = aliasesOf(e.path, e.path, undefined);
    if (e.previousPath !== undefined) found = aliasesOf(e.previousPath, e.path, found);
    if (found !== undefined) e.linkedFrom = [...found].sort();
    if (e.newKind === 'symlink' && e.symlinkTarget !== undefined && !symlinkTargetClimbsThroughName(e.symlinkTarget)) {
      const resolved = resolveSymlinkTarget(e.path, e.symlinkTarget);
      const via = resolved === null ? undefined : withAncestors(resolved).find((a) => a !== e.path && links.has(a));
      if (via !== undefined) e.symlinkVia = via;
    }
  }
}

/** Fill in `symlinkTarget`, `lfsPointer` and `binary` for the head side of every entry that has a blob. */
async function applyBlobFacts(repo: string, entries: ChangeEntry[], facts: Map<string, BlobFacts>, maxInspectBytes: number, spill: number): Promise<void> {
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
      throw new GitError('UNEXPECTED_OUTPUT', `Blob ${e.newBlob} of ${q(e.path)} was not inspected`);
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
  }
}

// ---------------------------------------------------------------------------------------------
// Reading files from a commit (base-commit reads for policy and manifests)

/** Refuse anything but a canonical repository-relative path (git's `<rev>:<path>` treats `./` and `../` relative to the cwd). */
function checkRepoPath(path: string): void {
  const bad = (why: string): never => {
    throw new GitError('INVALID_PATH', `Refusing to read ${q(path)}: ${why}`);
  };
  if (typeof path !== 'string' || path.length === 0) bad('empty path');
  if (path.length > 4096) bad('path too long');
  if (path.includes('\0')) bad('NUL byte in path');
  if (path.startsWith('/')) bad('absolute path');
  if (path.endsWith('/')) bad('trailing slash');
  for (const segment of path.split('/')) {
    if (segment === '') bad('empty path segment');
    if (segment === '.' || segment === '..') bad('"." or ".." segment');
  }
}

export interface ReadFileOptions {
  /** Larger files are refused with TOO_LARGE. Default 10 MiB. */
  maxBytes?: number;
}

/**
 * The content of `path` at `commit` (for example the policy at the base commit), or null when the path
 * does not exist there. Errors when the path names anything but a regular or executable file: a
 * directory, a submodule, or a symlink (which is never followed).
 */
export async function readFileAtCommit(repo: string, commit: string, path: string, opts: ReadFileOptions = {}): Promise<Buffer | null> {
  checkRepoPath(path);
  const sha = await resolveCommitAs(repo, commit, 'commit');
  const args = ['ls-tree', '-z', '-l', '--full-tree', '--end-of-options', sha, '--', path];
  const listing = await gitOk(repo, args, { what: `listing ${q(path)} at ${sha}` });
  const records = listing.length === 0 ? [] : listing.subarray(0, listing.length - (listing[listing.length - 1] === 0 ? 1 : 0)).toString('binary').split('\0');
  if (listing.length > 0 && listing[listing.length - 1] !== 0) {
    throw new GitError('UNEXPECTED_OUTPUT', `git ls-tree output for ${q(path)} is not NUL-terminated`);
  }
  const wantedBytes = Buffer.from(path, 'utf8');
  let match: { mode: string; type: string; oid: string; size: string } | null = null;
  for (const record of records) {
    const tab = record.indexOf('\t');
    if (tab === -1) throw new GitError('UNEXPECTED_OUTPUT', `git ls-tree printed ${q(record.slice(0, 200))}`);
    const recordPath = Buffer.from(record.slice(tab + 1), 'binary');
    const m = /^([0-7]{6}) (\w+) ([0-9a-f]{40}|[0-9a-f]{64}) +(-|\d+)$/.exec(record.slice(0, tab));
    if (!m) throw new GitError('UNEXPECTED_OUTPUT', `git ls-tree printed ${q(record.slice(0, 200))}`);
    if (recordPath.equals(wantedBytes)) {
      match = { mode: m[1]!, type: m[2]!, oid: m[3]!, size: m[4]! };
    }
  }
  if (match === null) return null;
  if (match.type !== 'blob' || (match.mode !== '100644' && match.mode !== '100755')) {
    const what = match.mode === '120000' ? 'a symlink (not followed)' : match.mode === '160000' ? 'a submodule' : `a ${match.type}`;
    throw new GitError('NOT_A_FILE', `${q(path)} at ${sha} is ${what}, not a regular file`, {
      hint: 'store the file as a regular file in the base branch',
    });
  }
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const size = Number(match.size);
  if (!Number.isSafeInteger(size)) throw new GitError('UNEXPECTED_OUTPUT', `git ls-tree printed a bad size for ${q(path)}`);
  if (size > maxBytes) {
    throw new GitError('TOO_LARGE', `${q(path)} at ${sha} is ${size} bytes; the limit is ${maxBytes}`);
  }
  const content = await gitOk(repo, ['cat-file', 'blob', match.oid], { maxStdout: maxBytes, what: `reading ${q(path)} at ${sha}` });
  if (content.length !== size) {
    throw new GitError('UNEXPECTED_OUTPUT', `Read ${content.length} bytes of ${q(path)} at ${sha}, expected ${size}`);
  }
  return content;
}

// ---------------------------------------------------------------------------------------------
// Branches and remotes

/** The default branch of `origin` from the `refs/remotes/origin/HEAD` symbolic ref, or null. */
export async function defaultBranch(repo: string): Promise<string | null> {
  const args = ['symbolic-ref', '-q', '--end-of-options', 'refs/remotes/origin/HEAD'];
  const result = await runGit(repo, args);
  if (result.exitCode === 1) return null;
  if (result.exitCode !== 0) throw gitFailure(repo, args, result);
  const ref = decodeGitPath(result.stdout).text.replace(/\n$/, '');
  const prefix = 'refs/remotes/origin/';
  if (!ref.startsWith(prefix) || ref.length === prefix.length) return null;
  return ref.slice(prefix.length);
}

/** The checked-out branch (`git symbolic-ref --short -q HEAD`), or null on a detached HEAD. */
export async function currentBranch(repo: string): Promise<string | null> {
  const args = ['symbolic-ref', '--short', '-q', 'HEAD'];
  const result = await runGit(repo, args);
  if (result.exitCode === 1) return null;
  if (result.exitCode !== 0) throw gitFailure(repo, args, result);
  const name = decodeGitPath(result.stdout).text.replace(/\n$/, '');
  return name.length > 0 ? name : null;
}

/** Remove `user:password@` from a URL so that a credential never travels further. */
function redactUrlCredentials(url: string): string {
  return url.replace(/^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)[^/@]*@/, '$1');
}

/** The URL of remote `name` (credentials in it removed), or null when there is no such remote. */
export async function remoteUrl(repo: string, name = 'origin'): Promise<string | null> {
  if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/.test(name)) {
    throw new GitError('INVALID_REF', `Refusing remote name ${q(name)}`);
  }
  const args = ['config', '--null', '--get', `remote.${name}.url`];
  const result = await runGit(repo, args);
  if (result.exitCode === 1) return null;
  if (result.exitCode !== 0) throw gitFailure(repo, args, result);
  const value = result.stdout.toString('utf8').replace(/\0$/, '');
  return redactUrlCredentials(value);
}

// ---------------------------------------------------------------------------------------------
// Commit identities (for approver independence)

export interface GitIdentity {
  name: string;
  email: string;
  /** The name or email bytes were not valid UTF-8 (shown escaped). */
  invalidUtf8?: boolean;
}

export interface CoAuthor extends GitIdentity {
  /** The trailer value as written, e.g. `Jane Doe <jane@example.com>`. */
  raw: string;
}

export interface CommitDetails {
  sha: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  coAuthors: CoAuthor[];
}

export interface CommitRangeInfo {
  base: string;
  head: string;
  commits: CommitDetails[];
  /** Distinct identities over all commits (exact name and email as given). */
  authors: GitIdentity[];
  committers: GitIdentity[];
  coAuthors: CoAuthor[];
}

function parseCoAuthor(value: string): CoAuthor | null {
  const raw = value.trim();
  if (raw.length === 0) return null;
  const m = /^(.*?)\s*<([^<>]*)>\s*$/.exec(raw);
  if (m) return { name: m[1]!.trim(), email: m[2]!.trim(), raw };
  return { name: raw, email: '', raw };
}

function identityKey(i: GitIdentity): string {
  return `${i.name}\u0000${i.email}`;
}

function distinct<T extends GitIdentity>(items: T[]): T[] {
  const seen = new Map<string, T>();
  for (const i of items) if (!seen.has(identityKey(i))) seen.set(identityKey(i), i);
  return [...seen.values()];
}

/**
 * Authors, committers and `Co-authored-by:` co-authors of the commits reachable from `range.head` but
 * not from `range.base` (pass the merge base or the base tip). Identities are returned exactly as
 * recorded (no mailmap: `.mailmap` in the head tree is attacker-controlled). Co-authors come from git's
 * trailer parser and, to be safe, also from any `Co-authored-by:` line elsewhere in the message that
 * names an email the trailers do not.
 */
export async function commitInfo(repo: string, range: { base: string; head: string }, opts: { maxCommits?: number } = {}): Promise<CommitRangeInfo> {
  const [base, head] = await Promise.all([resolveCommitAs(repo, range.base, 'base'), resolveCommitAs(repo, range.head, 'head')]);
  const maxCommits = opts.maxCommits ?? 10_000;
  const countArgs = ['rev-list', '--count', '--end-of-options', head, `^${base}`];
  const count = Number((await gitOk(repo, countArgs)).toString('latin1').trim());
  if (!Number.isSafeInteger(count) || count < 0) throw new GitError('UNEXPECTED_OUTPUT', 'git rev-list --count printed a bad number');
  if (count > maxCommits) {
    throw new GitError('TOO_LARGE', `${count} commits between ${base} and ${head}; the limit is ${maxCommits}`);
  }
  const format = ['%H', '%P', '%an', '%ae', '%cn', '%ce', '%(trailers:key=Co-authored-by,valueonly,unfold,separator=%x1f)', '%B'].join('%n');
  const logArgs = ['log', '-z', '--no-mailmap', '--no-color', `--format=${format}`, '--end-of-options', head, `^${base}`, '--'];
  const out = await gitOk(repo, logArgs, { maxStdout: 256 * 1024 * 1024 });
  const records = out.length === 0 ? [] : splitNul(out);
  if (records.length !== count) {
    throw new GitError('UNEXPECTED_OUTPUT', `git log printed ${records.length} commits, git rev-list counted ${count}`);
  }
  const commits: CommitDetails[] = [];
  for (const record of records) {
    const decoded = decodeGitPath(record);
    const lines = decoded.text.split('\n');
    if (lines.length < 7) throw new GitError('UNEXPECTED_OUTPUT', 'git log printed a truncated commit record');
    const [sha, parents, an, ae, cn, ce, trailers] = lines as [string, string, string, string, string, string, string];
    if (!isOid(sha) || (parents !== '' && !parents.split(' ').every(isOid))) {
      throw new GitError('UNEXPECTED_OUTPUT', `git log printed a malformed commit record starting ${q(lines[0] ?? '')}`);
    }
    const flag = decoded.invalidUtf8 ? { invalidUtf8: true } : {};
    const coAuthors: CoAuthor[] = [];
    for (const value of trailers.split('\x1f')) {
      const c = parseCoAuthor(value);
      if (c) coAuthors.push({ ...c, ...flag });
    }
    const known = new Set(coAuthors.map((c) => c.email.toLowerCase()));
    for (const line of lines.slice(7)) {
      const m = /^[ \t]*co-authored-by[ \t]*:(.*)$/i.exec(line);
      if (!m) continue;
      const c = parseCoAuthor(m[1]!);
      if (c && c.email !== '' && !known.has(c.email.toLowerCase())) {
        known.add(c.email.toLowerCase());
        coAuthors.push({ ...c, ...flag });
      }
    }
    commits.push({
      sha,
      parents: parents === '' ? [] : parents.split(' '),
      author: { name: an, email: ae, ...flag },
      committer: { name: cn, email: ce, ...flag },
      coAuthors: distinct(coAuthors),
    });
  }
  return {
    base,
    head,
    commits,
    authors: distinct(commits.map((c) => c.author)),
    committers: distinct(commits.map((c) => c.committer)),
    coAuthors: distinct(commits.flatMap((c) => c.coAuthors)),
  };
}

function splitNul(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (;;) {
    const nul = buf.indexOf(0, start);
    if (nul === -1) {
      if (start < buf.length) out.push(buf.subarray(start));
      return out;
    }
    out.push(buf.subarray(start, nul));
    start = nul + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Patch identity (keeping an approval across a conflict-free rebase)

/**
 * A stable identifier of the whole patch `base..head` (pass the merge base as `base`), from
 * `git patch-id --verbatim`: the stable (file-order independent) algorithm that, unlike `--stable`,
 * keeps whitespace. `--stable` strips whitespace, so two patches that differ only in indentation
 * (YAML structure, Python blocks, Makefile tabs) would share an id. Line numbers and blob ids are
 * ignored, so a conflict-free rebase keeps the id; any change to content, paths, modes, symlink
 * targets or gitlinks changes it. Binary content is included (`--binary`). The diff is produced with
 * explicit options so that config cannot alter it, and without rename detection so that it does not
 * depend on heuristics. An empty diff is EMPTY_CHANGESET (there is nothing to approve).
 */
export async function patchId(repo: string, base: string, head: string): Promise<string> {
  const [b, h] = await Promise.all([resolveCommitAs(repo, base, 'base'), resolveCommitAs(repo, head, 'head')]);
  const diffArgs = [
    ...GLOBAL_ARGS,
    '-c',
    'diff.suppressBlankEmpty=false',
    '-c',
    'diff.noprefix=false',
    '-c',
    'diff.mnemonicPrefix=false',
    'diff-tree',
    '-r',
    '-p',
    '--binary',
    '--full-index',
    '--no-renames',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    '--no-relative',
    '--ignore-submodules=none',
    '-U3',
    '--inter-hunk-context=0',
    '--diff-algorithm=myers',
    '--indent-heuristic',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    b,
    h,
    '--',
  ];
  const env = gitEnv();
  const diff = spawn('git', diffArgs, { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  const pid = spawn('git', [...GLOBAL_ARGS, 'patch-id', '--verbatim'], { cwd: repo, env, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });

  const collect = (stream: NodeJS.ReadableStream | null, limit: number): Promise<Buffer> =>
    new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let n = 0;
      if (stream === null) {
        resolve(Buffer.alloc(0));
        return;
      }
      stream.on('data', (c: Buffer) => {
        if (n < limit) {
          chunks.push(c);
          n += c.length;
        }
      });
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', () => resolve(Buffer.concat(chunks)));
    });
  const exited = (child: ReturnType<typeof spawn>): Promise<number | null> =>
    new Promise((resolve) => {
      child.on('error', () => resolve(-1));
      child.on('close', (code) => resolve(code));
    });

  pid.stdin!.on('error', () => undefined);
  let diffBytes = 0;
  diff.stdout!.on('data', (c: Buffer) => {
    diffBytes += c.length;
  });
  diff.stdout!.pipe(pid.stdin!);

  const timer = setTimeout(() => {
    diff.kill('SIGKILL');
    pid.kill('SIGKILL');
  }, DEFAULT_TIMEOUT_MS);
  const [diffErr, pidOut, pidErr, diffCode, pidCode] = await Promise.all([
    collect(diff.stderr, MAX_STDERR_BYTES),
    collect(pid.stdout, 1024 * 1024),
    collect(pid.stderr, MAX_STDERR_BYTES),
    exited(diff),
    exited(pid),
  ]);
  clearTimeout(timer);
  if (diffCode !== 0) {
    if (diffCode === -1) {
      const problem = await repoProblem(repo);
      if (problem) throw problem;
    }
    throw gitFailure(repo, ['diff-tree'], { exitCode: diffCode ?? -1, stderr: diffErr.toString('utf8') }, `git diff-tree -p ${b} ${h}`);
  }
  if (pidCode !== 0) {
    throw gitFailure(repo, ['patch-id'], { exitCode: pidCode ?? -1, stderr: pidErr.toString('utf8') }, 'git patch-id --verbatim');
  }
  const lines = pidOut.toString('latin1').split('\n').filter((l) => l.length > 0);
  if (lines.length === 0) {
    if (diffBytes === 0) {
      throw new GitError('EMPTY_CHANGESET', `There is no difference between ${b} and ${h}; there is no patch to identify`);
    }
    throw new GitError('UNEXPECTED_OUTPUT', `git patch-id printed nothing for a ${diffBytes}-byte patch`);
  }
  if (lines.length !== 1) {
    throw new GitError('UNEXPECTED_OUTPUT', `git patch-id split the patch ${b}..${h} into ${lines.length} patches`);
  }
  const id = lines[0]!.split(' ')[0] ?? '';
  if (!isOid(id) || ZERO_OID_RE.test(id)) {
    throw new GitError('UNEXPECTED_OUTPUT', `git patch-id printed ${q(lines[0]!)}`);
  }
  return id;
}
