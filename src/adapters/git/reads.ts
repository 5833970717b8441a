// Reads of one fact each: a ref resolved to a commit, the merge base, whether history is shallow, a
// file at a commit (authority comes from the base commit), the default and current branch, a remote
// URL. Every ref given by a caller is checked and resolved to a full object id before git sees it as
// an operand, and `--end-of-options` / `--` separate options from operands.

import { isSha } from '../../core/sha.js';
import { describeCommand, GitError, gitFailure, gitOk, HINT_FETCH_BASE, HINT_FETCH_DEPTH, quoted, runGit } from './process.js';
import { decodeGitPath } from './raw-diff.js';

/** The all-zero id (a ref that does not exist yet, in push events). */
export const ZERO_OID_RE = /^(?:0{40}|0{64})$/;

/**
 * Refuse refs that could be read as options (`-...`), that use git's `:/message` or `:path` index
 * syntax, that are empty, absurdly long, or contain control characters.
 */
export function checkRef(ref: string, role: string): void {
  if (typeof ref !== 'string' || ref.length === 0) {
    throw new GitError('INVALID_REF', `The ${role} ref is empty`);
  }
  if (ref.length > 1024) {
    throw new GitError('INVALID_REF', `The ${role} ref is too long (${ref.length} characters)`);
  }
  if (ref.startsWith('-')) {
    throw new GitError('INVALID_REF', `Refusing the ${role} ref ${quoted(ref)}: it starts with "-" and could be read as an option`);
  }
  if (ref.startsWith(':')) {
    throw new GitError('INVALID_REF', `Refusing the ${role} ref ${quoted(ref)}: ":" selects index entries or searches commit messages`);
  }
   
  if (/[\u0000-\u001f\u007f]/.test(ref)) {
    throw new GitError('INVALID_REF', `Refusing the ${role} ref ${quoted(ref)}: it contains control characters`);
  }
}

function parseOidOutput(repo: string, args: readonly string[], stdout: Buffer): string {
  const text = stdout.toString('latin1').trim();
  if (!isSha(text)) {
    throw new GitError('UNEXPECTED_OUTPUT', `${describeCommand(args)} printed something that is not an object id in ${quoted(repo)}: ${quoted(text)}`);
  }
  return text;
}

/** Resolve `ref` to the full object id (40 or 64 hex digits) of a commit. */
export async function resolveCommit(repo: string, ref: string): Promise<string> {
  return resolveCommitAs(repo, ref, 'given');
}

/**
 * Object ids already resolved to commits, by repository. An object id names fixed content, so one that
 * was a commit stays one: `check` resolves the base commit for the change set, the policy and each
 * manifest, and asks git once. Bounded (cleared when full).
 */
const knownCommits = new Map<string, Set<string>>();
const KNOWN_COMMITS_MAX = 10_000;

function rememberCommit(repo: string, oid: string): void {
  let known = knownCommits.get(repo);
  if (known === undefined || known.size >= KNOWN_COMMITS_MAX) knownCommits.set(repo, (known = new Set()));
  known.add(oid);
}

export async function resolveCommitAs(repo: string, ref: string, role: string): Promise<string> {
  checkRef(ref, role);
  if (knownCommits.get(repo)?.has(ref)) return ref;
  const oid = await resolveUncached(repo, ref, role);
  rememberCommit(repo, oid);
  return oid;
}

/** What resolveRefsAndTrees finds. */
export interface ResolvedRefs {
  shallow: boolean;
  base: string;
  head: string;
  baseTree: string;
  headTree: string;
  /** The commits of the extra refs, in the order given. */
  extra: string[];
  /**
   * Every merge base of base and head (`git merge-base --all`): one id in the common case, none when
   * the two share no history, several after a criss-cross merge.
   */
  mergeBases: string[];
}

/**
 * Whether the repository is shallow, `base` and `head` resolved to commits, their trees, each of
 * `extra` (the refs policy and manifest are read at) resolved to a commit, and their merge bases, from
 * one `git rev-parse`. Null when that call fails or prints anything else than the lines expected: the
 * caller then asks one fact at a time, which also says precisely what is wrong.
 */
export async function resolveRefsAndTrees(repo: string, base: string, head: string, extra: readonly string[] = []): Promise<ResolvedRefs | null> {
  checkRef(base, 'base');
  checkRef(head, 'head');
  if (ZERO_OID_RE.test(base) || ZERO_OID_RE.test(head)) return null;
  // A ref with ".." in it is a range of its own (or odd enough): one fact at a time then.
  if (base.includes('..') || head.includes('..')) return null;
  for (const ref of extra) {
    try {
      checkRef(ref, 'given');
    } catch {
      return null;
    }
    if (ZERO_OID_RE.test(ref)) return null;
  }
  // Without --verify, rev-parse takes several arguments (and would echo `--end-of-options`, so there is
  // none: checkRef refused a leading "-"). Ranges (`a..b`), a path named like the argument, or an unknown
  // ref print something other than one id each, or fail: then the slow path decides. The last argument,
  // the symmetric difference `B...H`, prints H, B and `^M` for each merge base M: the merge bases
  // `git merge-base --all B H` prints (the same computation in git), without a process of its own.
  const args = [
    'rev-parse',
    '--is-shallow-repository',
    `${base}^{commit}`,
    `${head}^{commit}`,
    `${base}^{tree}`,
    `${head}^{tree}`,
    ...extra.map((r) => `${r}^{commit}`),
    `${base}^{commit}...${head}^{commit}`,
  ];
  const result = await runGit(repo, args);
  if (result.exitCode !== 0) return null;
  const lines = result.stdout.toString('latin1').split('\n');
  const fixed = 5 + extra.length;
  if (lines.length < fixed + 3 || lines[lines.length - 1] !== '' || (lines[0] !== 'true' && lines[0] !== 'false')) return null;
  const oids = lines.slice(1, fixed);
  if (!oids.every(isSha)) return null;
  const [baseOid, headOid, baseTree, headTree, ...extraOids] = oids as [string, string, string, string, ...string[]];
  // The range's own lines: head, base, then the merge bases, each marked `^`.
  if (lines[fixed] !== headOid || lines[fixed + 1] !== baseOid) return null;
  const mergeBases: string[] = [];
  for (const line of lines.slice(fixed + 2, -1)) {
    if (line[0] !== '^' || !isSha(line.slice(1))) return null;
    mergeBases.push(line.slice(1));
  }
  for (const oid of [baseOid, headOid, ...extraOids]) rememberCommit(repo, oid);
  return { shallow: lines[0] === 'true', base: baseOid, head: headOid, baseTree, headTree, extra: extraOids, mergeBases };
}

async function resolveUncached(repo: string, ref: string, role: string): Promise<string> {
  if (ZERO_OID_RE.test(ref)) {
    throw new GitError('UNKNOWN_REF', `The ${role} ref ${quoted(ref)} is the all-zero object id (a new branch or a deleted ref), not a commit`, {
      hint: 'compare against the base branch (merge base), not the push event `before` SHA',
    });
  }
  const args = ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`];
  const result = await runGit(repo, args);
  if (result.exitCode === 0) return parseOidOutput(repo, args, result.stdout);
  const failure = gitFailure(repo, args, result, `resolving the ${role} ref ${quoted(ref)}`);
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
    `The ${role} ref ${quoted(ref)} does not name a commit in ${quoted(repo)}${shallow ? ' (the repository is a shallow clone)' : ''}${detail}`,
    { hint: HINT_FETCH_BASE, ...(failure.stderr ? { stderr: failure.stderr } : {}), exitCode: result.exitCode },
  );
}

/** True when the repository is a shallow clone (`git rev-parse --is-shallow-repository`). */
export async function isShallow(repo: string): Promise<boolean> {
  const out = (await gitOk(repo, ['rev-parse', '--is-shallow-repository'])).toString('latin1').trim();
  if (out === 'true') return true;
  if (out === 'false') return false;
  throw new GitError('UNEXPECTED_OUTPUT', `git rev-parse --is-shallow-repository printed ${quoted(out)} in ${quoted(repo)}`, {
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
    if (!isSha(line)) {
      throw new GitError('UNEXPECTED_OUTPUT', `git merge-base printed ${quoted(line)} in ${quoted(repo)}`);
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

export async function uniqueMergeBase(repo: string, ca: string, cb: string): Promise<string> {
  const bases = await mergeBases(repo, ca, cb);
  if (bases.length === 0) {
    const shallow = await isShallow(repo);
    if (shallow) {
      throw new GitError(
        'NO_MERGE_BASE',
        `No merge base between ${ca} and ${cb} in ${quoted(repo)}: the repository is a shallow clone and the common history was not fetched`,
        { hint: HINT_FETCH_DEPTH },
      );
    }
    throw new GitError('NO_MERGE_BASE', `No merge base between ${ca} and ${cb} in ${quoted(repo)}: the two commits share no history`, {
      hint: 'the head branch must be based on the base branch; rebase it onto the base branch',
    });
  }
  if (bases.length > 1) {
    throw new GitError(
      'MULTIPLE_MERGE_BASES',
      `${ca} and ${cb} have ${bases.length} merge bases in ${quoted(repo)} (criss-cross merge); a diff from one of them may miss changes`,
      { hint: 'merge the current base branch into the head branch (or rebase onto it) so that there is a single merge base' },
    );
  }
  return bases[0]!;
}

// ---------------------------------------------------------------------------------------------
// Reading files from a commit (base-commit reads for policy and manifests)

/** Refuse anything but a canonical repository-relative path (git's `<rev>:<path>` treats `./` and `../` relative to the cwd). */
function checkRepoPath(path: string): void {
  const bad = (why: string): never => {
    throw new GitError('INVALID_PATH', `Refusing to read ${quoted(path)}: ${why}`);
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

/** `git ls-tree` of `paths` (none inside another) at `sha`: each entry listed, by its path's bytes. */
async function listPaths(repo: string, sha: string, paths: readonly string[], into: Map<string, { mode: string; type: string; oid: string; size: string }>): Promise<void> {
  const args = ['ls-tree', '-z', '-l', '--full-tree', '--end-of-options', sha, '--', ...paths];
  const what = paths.length === 1 ? `listing ${quoted(paths[0]!)} at ${sha}` : `listing ${paths.map(quoted).join(', ')} at ${sha}`;
  const listing = await gitOk(repo, args, { what });
  const records = listing.length === 0 ? [] : listing.subarray(0, listing.length - (listing[listing.length - 1] === 0 ? 1 : 0)).toString('binary').split('\0');
  if (listing.length > 0 && listing[listing.length - 1] !== 0) {
    throw new GitError('UNEXPECTED_OUTPUT', `git ls-tree output for ${paths.map(quoted).join(', ')} is not NUL-terminated`);
  }
  for (const record of records) {
    const tab = record.indexOf('\t');
    if (tab === -1) throw new GitError('UNEXPECTED_OUTPUT', `git ls-tree printed ${quoted(record.slice(0, 200))}`);
    const m = /^([0-7]{6}) (\w+) ([0-9a-f]{40}|[0-9a-f]{64}) +(-|\d+)$/.exec(record.slice(0, tab));
    if (!m) throw new GitError('UNEXPECTED_OUTPUT', `git ls-tree printed ${quoted(record.slice(0, 200))}`);
    into.set(record.slice(tab + 1), { mode: m[1]!, type: m[2]!, oid: m[3]!, size: m[4]! });
  }
}

/**
 * The content of `path` at `commit` (for example the policy at the base commit), or null when the path
 * does not exist there. Errors when the path names anything but a regular or executable file: a
 * directory, a submodule, or a symlink (which is never followed).
 */
export async function readFileAtCommit(repo: string, commit: string, path: string, opts: ReadFileOptions = {}): Promise<Buffer | null> {
  const [read] = await readFilesAtCommit(repo, commit, [path], opts);
  if (read!.error !== undefined) throw read!.error;
  return read!.content;
}

/** One path's outcome in readFilesAtCommit: its content (null: not there), or the error readFileAtCommit would throw. */
export type FileAtCommit = { content: Buffer | null; error?: undefined } | { content?: undefined; error: GitError };

/**
 * readFileAtCommit for several paths at one commit, with one `ls-tree` and one `cat-file --batch`
 * (policy and manifest at the base commit: two processes instead of four). Each path's outcome is its
 * own: one path that is a symlink or too large does not hide what the others hold. Failures of the
 * commit or of git itself throw.
 */
export async function readFilesAtCommit(repo: string, commit: string, paths: readonly string[], opts: ReadFileOptions = {}): Promise<FileAtCommit[]> {
  for (const path of paths) checkRepoPath(path);
  const sha = await resolveCommitAs(repo, commit, 'commit');
  // ls-tree lists the entries inside a directory named with a path below it, not the directory's own
  // entry: a path and one below it are listed by separate runs, so each is listed as it would be alone.
  const groups: string[][] = [];
  for (const path of new Set(paths)) {
    const nested = (other: string) => other.startsWith(`${path}/`) || path.startsWith(`${other}/`);
    const group = groups.find((g) => !g.some(nested));
    if (group === undefined) groups.push([path]);
    else group.push(path);
  }
  const listed = new Map<string, { mode: string; type: string; oid: string; size: string }>(); // by the path's bytes (binary string)
  await Promise.all(groups.map((group) => listPaths(repo, sha, group, listed)));
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const outcomes: FileAtCommit[] = [];
  const wanted: { index: number; path: string; oid: string; size: number }[] = [];
  for (const path of paths) {
    const match = listed.get(Buffer.from(path, 'utf8').toString('binary'));
    if (match === undefined) {
      outcomes.push({ content: null });
      continue;
    }
    if (match.type !== 'blob' || (match.mode !== '100644' && match.mode !== '100755')) {
      const what = match.mode === '120000' ? 'a symlink (not followed)' : match.mode === '160000' ? 'a submodule' : `a ${match.type}`;
      outcomes.push({
        error: new GitError('NOT_A_FILE', `${quoted(path)} at ${sha} is ${what}, not a regular file`, { hint: 'store the file as a regular file in the base branch' }),
      });
      continue;
    }
    const size = Number(match.size);
    if (!Number.isSafeInteger(size)) throw new GitError('UNEXPECTED_OUTPUT', `git ls-tree printed a bad size for ${quoted(path)}`);
    if (size > maxBytes) {
      outcomes.push({ error: new GitError('TOO_LARGE', `${quoted(path)} at ${sha} is ${size} bytes; the limit is ${maxBytes}`) });
      continue;
    }
    wanted.push({ index: outcomes.length, path, oid: match.oid, size });
    outcomes.push({ content: null }); // replaced below
  }
  if (wanted.length === 0) return outcomes;
  // `<oid> blob <size>\n<content>\n` per object, in the order asked.
  const expected = wanted.reduce((n, w) => n + w.oid.length + 20 + w.size + 2, 0);
  const batchWhat = wanted.length === 1 ? `reading ${quoted(wanted[0]!.path)} at ${sha}` : `reading ${wanted.map((w) => quoted(w.path)).join(', ')} at ${sha}`;
  const out = await gitOk(repo, ['cat-file', '--batch'], { input: wanted.map((w) => `${w.oid}\n`).join(''), maxStdout: expected, what: batchWhat });
  let at = 0;
  for (const w of wanted) {
    const nl = out.indexOf(0x0a, at);
    const header = nl === -1 ? '' : out.toString('latin1', at, nl);
    if (header !== `${w.oid} blob ${w.size}`) {
      throw new GitError('UNEXPECTED_OUTPUT', `Read ${quoted(header.slice(0, 200))} for ${quoted(w.path)} at ${sha}, expected a blob of ${w.size} bytes`);
    }
    const end = nl + 1 + w.size;
    if (end + 1 > out.length || out[end] !== 0x0a) {
      throw new GitError('UNEXPECTED_OUTPUT', `Read ${Math.max(0, Math.min(out.length, end) - nl - 1)} bytes of ${quoted(w.path)} at ${sha}, expected ${w.size}`);
    }
    outcomes[w.index] = { content: Buffer.from(out.subarray(nl + 1, end)) };
    at = end + 1;
  }
  if (at !== out.length) throw new GitError('UNEXPECTED_OUTPUT', `git cat-file printed ${out.length - at} bytes more than asked at ${sha}`);
  return outcomes;
}

// ---------------------------------------------------------------------------------------------
// Branches and remotes

/** The output of a git run whose exit code 1 means "not there" (null); any other failure throws. */
async function gitOutputOrNull(repo: string, args: readonly string[]): Promise<Buffer | null> {
  const result = await runGit(repo, args);
  if (result.exitCode === 1) return null;
  if (result.exitCode !== 0) throw gitFailure(repo, args, result);
  return result.stdout;
}

/** The default branch of `origin` from the `refs/remotes/origin/HEAD` symbolic ref, or null. */
export async function defaultBranch(repo: string): Promise<string | null> {
  const stdout = await gitOutputOrNull(repo, ['symbolic-ref', '-q', '--end-of-options', 'refs/remotes/origin/HEAD']);
  if (stdout === null) return null;
  const ref = decodeGitPath(stdout).text.replace(/\n$/, '');
  const prefix = 'refs/remotes/origin/';
  if (!ref.startsWith(prefix) || ref.length === prefix.length) return null;
  return ref.slice(prefix.length);
}

/** The checked-out branch (`git symbolic-ref --short -q HEAD`), or null on a detached HEAD. */
export async function currentBranch(repo: string): Promise<string | null> {
  const stdout = await gitOutputOrNull(repo, ['symbolic-ref', '--short', '-q', 'HEAD']);
  if (stdout === null) return null;
  const name = decodeGitPath(stdout).text.replace(/\n$/, '');
  return name.length > 0 ? name : null;
}

/** Remove `user:password@` from a URL so that a credential never travels further. */
function redactUrlCredentials(url: string): string {
  return url.replace(/^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)[^/@]*@/, '$1');
}

/** The URL of remote `name` (credentials in it removed), or null when there is no such remote. */
export async function remoteUrl(repo: string, name = 'origin'): Promise<string | null> {
  if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/.test(name)) {
    throw new GitError('INVALID_REF', `Refusing remote name ${quoted(name)}`);
  }
  const stdout = await gitOutputOrNull(repo, ['config', '--null', '--get', `remote.${name}.url`]);
  if (stdout === null) return null;
  const value = stdout.toString('utf8').replace(/\0$/, '');
  return redactUrlCredentials(value);
}
