// Real temporary git repositories for tests. No mocks: every helper runs git.
//
// Isolation: every git process gets GIT_CONFIG_GLOBAL=/dev/null and GIT_CONFIG_NOSYSTEM=1 (the
// machine's config never leaks in), a scrubbed GIT_* environment, fixed dates (reproducible SHAs),
// and each repository sets user.name/user.email and disables signing.
//
// Paths may be given as strings or as Buffers of raw bytes (for names that are not valid UTF-8).

import { spawn } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { appendFile, chmod, mkdir, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type RawPath = string | Buffer;

/** Process environment for test git runs: isolated from the machine's global and system config. */
export function isolatedGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.toUpperCase().startsWith('GIT_')) continue;
    env[k] = v;
  }
  return {
    ...env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.com',
    GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z',
    LC_ALL: 'C',
    ...extra,
  };
}

/**
 * Make `process.env` itself isolated for the duration of a test file, so that code under test that
 * inherits the environment (the git adapter) also ignores the machine's config. Returns a restore
 * function for `afterAll`.
 */
export function isolateProcessGitConfig(): () => void {
  const saved = { global: process.env.GIT_CONFIG_GLOBAL, nosystem: process.env.GIT_CONFIG_NOSYSTEM };
  process.env.GIT_CONFIG_GLOBAL = '/dev/null';
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  return () => {
    if (saved.global === undefined) delete process.env.GIT_CONFIG_GLOBAL;
    else process.env.GIT_CONFIG_GLOBAL = saved.global;
    if (saved.nosystem === undefined) delete process.env.GIT_CONFIG_NOSYSTEM;
    else process.env.GIT_CONFIG_NOSYSTEM = saved.nosystem;
  };
}

export interface GitRunOptions {
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Do not throw on a non-zero exit. */
  allowFailure?: boolean;
}

export interface GitRunResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/** Run git in `cwd` with the isolated environment; throws with stderr on failure unless allowed. */
export function runGit(cwd: string, args: string[], opts: GitRunOptions = {}): Promise<GitRunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: isolatedGitEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
    child.on('close', (code) => {
      const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? -1 };
      if (result.code !== 0 && !opts.allowFailure) {
        reject(new Error(`git ${args.join(' ')} failed (${result.code}) in ${cwd}: ${result.stderr}`));
      } else {
        resolve(result);
      }
    });
  });
}

function toBuf(p: RawPath): Buffer {
  return typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
}

export function makeTempDir(prefix = 'agent-guard-git-'): string {
  // realpath: macOS /var -> /private/var, so paths compare equal to what git prints.
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

export interface CommitOptions {
  author?: { name: string; email: string };
  committer?: { name: string; email: string };
  /** ISO date for author and committer. */
  date?: string;
  allowEmpty?: boolean;
}

export class TestRepo {
  private constructor(
    readonly dir: string,
    private readonly ownsDir: string,
  ) {}

  /** `git init` with branch `main`, identity and signing config set in the repository. */
  static async init(opts: { dir?: string; bare?: boolean; objectFormat?: 'sha1' | 'sha256' } = {}): Promise<TestRepo> {
    const dir = opts.dir ?? makeTempDir();
    const extra = [...(opts.bare ? ['--bare'] : []), ...(opts.objectFormat ? [`--object-format=${opts.objectFormat}`] : [])];
    await runGit(dir, ['init', '-q', '-b', 'main', ...extra, '.']);
    const repo = new TestRepo(dir, opts.dir === undefined ? dir : '');
    await repo.configure();
    return repo;
  }

  /** Wrap an existing directory (e.g. a clone) and configure it. */
  static async open(dir: string, owned = true): Promise<TestRepo> {
    const repo = new TestRepo(dir, owned ? dir : '');
    await repo.configure();
    return repo;
  }

  /** Repository-local settings, appended to the config file in one write (no process per key). */
  private async configure(): Promise<void> {
    const gitDir = (await runGit(this.dir, ['rev-parse', '--absolute-git-dir'])).stdout.toString('utf8').trim();
    const config = [
      '[user]',
      '\tname = Test Author',
      '\temail = author@example.com',
      '[commit]',
      '\tgpgsign = false',
      '[tag]',
      '\tgpgsign = false',
      '[core]',
      '\tautocrlf = false',
      '\tsymlinks = true',
      '\tfileMode = true',
      '[advice]',
      '\tdetachedHead = false',
      '[merge]',
      '\tff = true',
      '[protocol "file"]',
      '\tallow = always',
      '',
    ].join('\n');
    await appendFile(join(gitDir, 'config'), config);
  }

  /** Run git here; returns stdout as a trimmed string. */
  async git(...args: string[]): Promise<string> {
    return (await runGit(this.dir, args)).stdout.toString('utf8').trim();
  }

  run(args: string[], opts: GitRunOptions = {}): Promise<GitRunResult> {
    return runGit(this.dir, args, opts);
  }

  /** Absolute path (as raw bytes) of a repository-relative path. */
  abs(path: RawPath): Buffer {
    return Buffer.concat([Buffer.from(this.dir + '/', 'utf8'), toBuf(path)]);
  }

  private async ensureParent(path: RawPath): Promise<void> {
    const bytes = toBuf(path);
    const slash = bytes.lastIndexOf(0x2f);
    if (slash > 0) await mkdir(this.abs(bytes.subarray(0, slash)), { recursive: true });
  }

  /** Write a file in the work tree (parents created). `executable` sets mode 0755. */
  async write(path: RawPath, content: string | Buffer, opts: { executable?: boolean } = {}): Promise<void> {
    await this.ensureParent(path);
    const abs = this.abs(path);
    await rm(abs, { force: true, recursive: true });
    await writeFile(abs, content);
    await chmod(abs, opts.executable ? 0o755 : 0o644);
  }

  /** Create (or replace) a symlink in the work tree. */
  async symlink(path: RawPath, target: string | Buffer): Promise<void> {
    await this.ensureParent(path);
    const abs = this.abs(path);
    await rm(abs, { force: true, recursive: true });
    await symlink(target, abs);
  }

  async chmod(path: RawPath, executable: boolean): Promise<void> {
    await chmod(this.abs(path), executable ? 0o755 : 0o644);
  }

  async remove(path: RawPath): Promise<void> {
    await unlink(this.abs(path));
  }

  /** `git mv` (paths must be valid UTF-8 here). */
  async mv(from: string, to: string): Promise<void> {
    await this.ensureParent(to);
    await this.git('mv', '--', from, to);
  }

  /** Stage everything in the work tree (additions, modifications, deletions, modes, symlinks). */
  async addAll(): Promise<void> {
    await this.git('add', '-A', '--', '.');
  }

  /** Stage a gitlink (submodule pointer) without a submodule checkout. */
  async addGitlink(path: string, sha: string): Promise<void> {
    await mkdir(join(this.dir, path), { recursive: true });
    await this.git('update-index', '--add', '--cacheinfo', `160000,${sha},${path}`);
  }

  /** Stage everything and commit; returns the new commit SHA. */
  async commit(message: string, opts: CommitOptions = {}): Promise<string> {
    await this.addAll();
    return this.commitIndex(message, opts);
  }

  /** Commit the index as it is (no `add`); returns the new commit SHA. */
  async commitIndex(message: string, opts: CommitOptions = {}): Promise<string> {
    const env: Record<string, string> = {};
    if (opts.author) {
      env.GIT_AUTHOR_NAME = opts.author.name;
      env.GIT_AUTHOR_EMAIL = opts.author.email;
    }
    if (opts.committer) {
      env.GIT_COMMITTER_NAME = opts.committer.name;
      env.GIT_COMMITTER_EMAIL = opts.committer.email;
    }
    if (opts.date) {
      env.GIT_AUTHOR_DATE = opts.date;
      env.GIT_COMMITTER_DATE = opts.date;
    }
    await runGit(this.dir, ['commit', '-q', '--no-verify', '-F', '-', ...(opts.allowEmpty ? ['--allow-empty'] : [])], {
      input: message,
      env,
    });
    return this.rev('HEAD');
  }

  /**
   * Commit many files at once with `git fast-import` (one process, no work tree): `files` are added or
   * replaced on top of `parent` and the result is stored as `refs/heads/<branch>`. Returns the SHA.
   * Paths must not need fast-import quoting (no LF, no leading `"`).
   */
  async importCommit(branch: string, parent: string, files: Array<[string, string | Buffer]>, message = 'import'): Promise<string> {
    const parentSha = await this.rev(parent);
    const parts: Buffer[] = [
      Buffer.from(`commit refs/heads/${branch}\ncommitter Test Committer <committer@example.com> 1735689600 +0000\n`),
      Buffer.from(`data ${Buffer.byteLength(message)}\n${message}\nfrom ${parentSha}\n`),
    ];
    for (const [path, content] of files) {
      if (path.includes('\n') || path.startsWith('"')) throw new Error(`importCommit cannot take the path ${JSON.stringify(path)}`);
      const data = typeof content === 'string' ? Buffer.from(content) : content;
      parts.push(Buffer.from(`M 100644 inline ${path}\ndata ${data.length}\n`), data, Buffer.from('\n'));
    }
    parts.push(Buffer.from('\ndone\n'));
    await runGit(this.dir, ['fast-import', '--quiet', '--done', '--force'], { input: Buffer.concat(parts) });
    return this.rev(`refs/heads/${branch}`);
  }

  /** Full SHA of a revision. */
  async rev(ref: string): Promise<string> {
    return this.git('rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`);
  }

  async branch(name: string, from = 'HEAD'): Promise<void> {
    await this.git('branch', '--end-of-options', name, from);
  }

  /** Check out a branch; with `create`, create it at `from` (default HEAD) first. */
  async checkout(name: string, opts: { create?: boolean; from?: string } = {}): Promise<void> {
    if (opts.create) await this.git('checkout', '-q', '-b', name, opts.from ?? 'HEAD');
    else await this.git('checkout', '-q', name);
  }

  /** Merge `ref` into the current branch with a merge commit. Returns the merge commit SHA. */
  async merge(ref: string, message = `Merge ${ref}`): Promise<string> {
    await this.git('merge', '-q', '--no-ff', '--no-edit', '-m', message, ref);
    return this.rev('HEAD');
  }

  /** Rebase the current branch onto `onto`. Returns the new HEAD SHA. */
  async rebase(onto: string): Promise<string> {
    await this.git('rebase', '-q', onto);
    return this.rev('HEAD');
  }

  /** A shallow clone (`file://` so that `--depth` is honoured) of `branch` at `depth`. */
  async cloneShallow(opts: { depth?: number; branch?: string; singleBranch?: boolean } = {}): Promise<TestRepo> {
    const dest = makeTempDir('agent-guard-clone-');
    const args = ['clone', '-q', '--depth', String(opts.depth ?? 1)];
    if (opts.branch) args.push('--branch', opts.branch);
    if (opts.singleBranch ?? true) args.push('--single-branch');
    else args.push('--no-single-branch');
    args.push(`file://${this.dir}`, dest);
    await runGit(this.dir, args);
    return TestRepo.open(dest);
  }

  /** A full clone; `origin/HEAD` is set like `git clone` does. */
  async clone(): Promise<TestRepo> {
    const dest = makeTempDir('agent-guard-clone-');
    await runGit(this.dir, ['clone', '-q', `file://${this.dir}`, dest]);
    return TestRepo.open(dest);
  }

  async cleanup(): Promise<void> {
    if (this.ownsDir) await rm(this.ownsDir, { recursive: true, force: true });
  }
}
