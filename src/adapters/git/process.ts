// Running git: every git process of the adapter starts here, with a fixed environment and fixed
// options before the subcommand, a timeout, bounded output, and failures mapped to GitError codes.
// git runs through `spawn` with an argument array, never a shell; stdin is /dev/null unless input
// is given; a non-zero exit is returned to the caller (runGit) or thrown (gitOk), never ignored.

import { type ChildProcess, spawn, type StdioOptions } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { childEnvironment, NO_HOME } from '../../core/child-environment.js';
import { sanitizeForMessage } from '../../core/text.js';

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

export const HINT_FETCH_DEPTH =
  'check out with `actions/checkout` and `fetch-depth: 0` (or run `git fetch --unshallow`), so that the merge base of base and head is present';
export const HINT_FETCH_BASE =
  'fetch the base branch and the head commit first (e.g. `git fetch origin <base-branch>`), or check out with `actions/checkout` and `fetch-depth: 0`';

const MAX_STDERR_CHARS = 2000;

/** A caller- or repository-supplied string, quoted for a message. */
export function quoted(text: string): string {
  return `"${sanitizeForMessage(text, 200)}"`;
}

function sanitizeStderr(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.length > 0);
  return sanitizeForMessage(lines.join(' | '), MAX_STDERR_CHARS);
}

/**
 * Everything git gets beyond the allow-list of child-environment.ts; nothing else of the parent's
 * environment reaches it, so no variable an earlier step wrote (GIT_TRACE*, GIT_CONFIG_*, GIT_DIR,
 * GIT_EXEC_PATH, XDG_CONFIG_HOME, proxies) and no secret of the job (INPUT_*, tokens) does.
 */
const GIT_ENV: Readonly<Record<string, string>> = {
  // No system, global or XDG config, and no system or home attributes: only the repository's own
  // config, whose code-running options the fixed arguments and the settings below turn off. trace2
  // reads its targets only from system and global config and the environment, so it stays off.
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_ATTR_NOSYSTEM: '1',
  HOME: NO_HOME,
  LC_ALL: 'C',
  LANG: 'C',
  // No transport of any kind, whatever the repository config allows: a promisor remote written into
  // .git/config would otherwise fetch a missing object through a command of its choice
  // (`remote.<name>.uploadpack`, `ext::`). Only a remote helper of exactly this name could run, and
  // it would have to be on PATH. GIT_NO_LAZY_FETCH (git 2.44 and later) turns the fetch off itself.
  GIT_ALLOW_PROTOCOL: 'agent-guard-no-transport',
  GIT_NO_LAZY_FETCH: '1',
  GIT_TERMINAL_PROMPT: '0',
  GIT_ASKPASS: 'false',
  SSH_ASKPASS: 'false',
  GCM_INTERACTIVE: 'never',
  GIT_PAGER: 'cat',
  PAGER: 'cat',
  GIT_NO_REPLACE_OBJECTS: '1',
  // `<git dir>/info/grafts` rewrites the parents of any commit, as replace refs do, and neither
  // `--no-replace-objects` nor GIT_NO_REPLACE_OBJECTS turns it off: one line written into the checkout
  // by an earlier step (`<base tip> <agent commit>`) moves the merge base onto the agent's own commit
  // and hides everything before it. Point git at a graft file that cannot exist (nothing can be
  // created under /dev/null), so that history is read from the commits themselves.
  GIT_GRAFT_FILE: '/dev/null/agent-guard-no-grafts',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_LITERAL_PATHSPECS: '1',
};

function gitEnv(): NodeJS.ProcessEnv {
  return childEnvironment(process.env, { set: GIT_ENV, platform: process.platform });
}

/**
 * Options placed before every git subcommand. Command-line config outranks the repository's own
 * config and all it includes (which an earlier step can write): the command core.fsmonitor names and
 * the pager are turned off here; external diffs and textconv by each command's diff options. Hooks,
 * filters, credential helpers and ssh commands are never reached by the read-only commands run here,
 * and every transport is off (GIT_ENV).
 */
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

export interface ExecResult {
  exitCode: number;
  stderr: string;
}

/** A running git process. `done` never rejects unobserved (a no-op handler is attached). */
export interface GitProcess {
  write(data: string): void;
  end(): void;
  /** Kill the process; `done` then rejects with `reason`. */
  abort(reason: unknown): void;
  done: Promise<ExecResult>;
}

export function describeCommand(args: readonly string[]): string {
  return `git ${args[0] ?? ''}`;
}

export async function repoProblem(repo: string): Promise<GitError | null> {
  try {
    const s = await stat(repo);
    if (!s.isDirectory()) {
      return new GitError('NOT_A_REPOSITORY', `Not a directory: ${quoted(repo)}`, {
        hint: 'pass the path of a git work tree (the directory `actions/checkout` checked out)',
      });
    }
    return null;
  } catch {
    return new GitError('NOT_A_REPOSITORY', `Repository directory does not exist: ${quoted(repo)}`, {
      hint: 'pass the path of a git work tree (the directory `actions/checkout` checked out)',
    });
  }
}

/**
 * git refuses a work tree owned by another user (a container job running as root on the runner's
 * checkout) unless system, global or command-line config marks it safe, and the first two are not read
 * (GIT_ENV). The directory the caller names is marked safe here, and only that one: the refusal guards
 * against code run through a planted repository's config, and our commands run none of it.
 */
function safeDirectoryArgs(repo: string): string[] {
  try {
    return ['-c', `safe.directory=${realpathSync(repo)}`];
  } catch {
    return []; // no such directory: spawning git there fails and says so
  }
}

/** The one place a git process is spawned: the fixed options first, then `args`. */
function spawnGit(repo: string, args: readonly string[], stdio: StdioOptions, env: NodeJS.ProcessEnv = gitEnv()): ChildProcess {
  return spawn('git', [...GLOBAL_ARGS, ...safeDirectoryArgs(repo), ...args], { cwd: repo, env, stdio, windowsHide: true });
}

/** Spawn git in `repo`; stdout goes to `onStdout`; `done` resolves with the exit code and stderr. */
export function startGit(repo: string, args: readonly string[], opts: ExecOptions): GitProcess {
  let settled = false;
  let failure: Error | null = null;
  const stderrChunks: Buffer[] = [];
  let stderrBytes = 0;
  const wantStdin = opts.stdin === true || opts.input !== undefined;

  const child = spawnGit(repo, args, [wantStdin ? 'pipe' : 'ignore', opts.stdoutFd ?? 'pipe', 'pipe']);
  const fail = (err: unknown): void => {
    failure ??= err instanceof Error ? err : new Error(String(err));
    child.kill('SIGKILL');
  };

  const done = new Promise<ExecResult>((resolve, reject) => {
    const timer = setTimeout(() => fail(new GitError('TIMEOUT', `${describeCommand(args)} timed out in ${quoted(repo)}`)), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);

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
      reject(new GitError('GIT_FAILED', `Could not run ${describeCommand(args)} in ${quoted(repo)}: ${err.message}`, { cause: err }));
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
          new GitError('GIT_FAILED', `${describeCommand(args)} was killed by signal ${signal ?? 'unknown'} in ${quoted(repo)}`, {
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
export function execGit(repo: string, args: readonly string[], opts: ExecOptions): Promise<ExecResult> {
  return startGit(repo, args, opts).done;
}

interface RunResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

/** Run git and collect stdout (bounded). Non-zero exits are returned, not thrown; see `gitFailure`. */
export async function runGit(
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
        throw new GitError('TOO_LARGE', `${describeCommand(args)} produced more than ${max} bytes of output in ${quoted(repo)}`);
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
export function gitFailure(repo: string, args: readonly string[], result: { exitCode: number; stderr: string }, what?: string): GitError {
  const stderr = sanitizeStderr(result.stderr);
  const lower = result.stderr.toLowerCase();
  const base = `${what ?? describeCommand(args)} failed (exit ${result.exitCode}) in ${quoted(repo)}`;
  if (lower.includes('dubious ownership')) {
    return new GitError('NOT_A_REPOSITORY', `${base}: git refuses a repository owned by another user: ${stderr}`, {
      hint: 'pass the top-level directory of the work tree: that directory is trusted whoever owns it, and global git config (safe.directory) is not read',
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
export async function gitOk(
  repo: string,
  args: readonly string[],
  opts: { input?: string | Buffer; maxStdout?: number; what?: string } = {},
): Promise<Buffer> {
  const result = await runGit(repo, args, opts);
  if (result.exitCode !== 0) throw gitFailure(repo, args, result, opts.what);
  return result.stdout;
}

export interface PipeResult {
  /** Exit code of each process: null when killed by a signal, -1 when it could not be run. */
  first: { exitCode: number | null; stderr: string; stdoutBytes: number };
  second: { exitCode: number | null; stderr: string; stdout: Buffer };
}

/**
 * Run `git <first>` with its stdout piped into `git <second>`, both in `repo` and killed after the
 * default timeout. The second's stdout is kept up to `maxStdout` bytes, each stderr up to 64 KiB.
 */
export async function pipeGit(repo: string, first: readonly string[], second: readonly string[], maxStdout: number): Promise<PipeResult> {
  const env = gitEnv();
  const producer = spawnGit(repo, first, ['ignore', 'pipe', 'pipe'], env);
  const consumer = spawnGit(repo, second, ['pipe', 'pipe', 'pipe'], env);

  const collect = (stream: Readable | null, limit: number): Promise<Buffer> =>
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
  const exited = (child: ChildProcess): Promise<number | null> =>
    new Promise((resolve) => {
      child.on('error', () => resolve(-1));
      child.on('close', (code) => resolve(code));
    });

  consumer.stdin!.on('error', () => undefined);
  let stdoutBytes = 0;
  producer.stdout!.on('data', (c: Buffer) => {
    stdoutBytes += c.length;
  });
  producer.stdout!.pipe(consumer.stdin!);

  const timer = setTimeout(() => {
    producer.kill('SIGKILL');
    consumer.kill('SIGKILL');
  }, DEFAULT_TIMEOUT_MS);
  const [firstErr, secondOut, secondErr, firstCode, secondCode] = await Promise.all([
    collect(producer.stderr, MAX_STDERR_BYTES),
    collect(consumer.stdout, maxStdout),
    collect(consumer.stderr, MAX_STDERR_BYTES),
    exited(producer),
    exited(consumer),
  ]);
  clearTimeout(timer);
  return {
    first: { exitCode: firstCode, stderr: firstErr.toString('utf8'), stdoutBytes },
    second: { exitCode: secondCode, stderr: secondErr.toString('utf8'), stdout: secondOut },
  };
}
