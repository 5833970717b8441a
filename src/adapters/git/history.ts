// History facts for approver independence and approval carry-over: who authored, committed and
// co-authored the commits of a range (exactly as recorded, no mailmap), and the patch id of a range.

import { isSha } from '../../core/sha.js';
import { GitError, gitFailure, gitOk, pipeGit, quoted, repoProblem } from './process.js';
import { decodeGitPath } from './raw-diff.js';
import { resolveCommitAs, ZERO_OID_RE } from './reads.js';

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
    if (!isSha(sha) || (parents !== '' && !parents.split(' ').every(isSha))) {
      throw new GitError('UNEXPECTED_OUTPUT', `git log printed a malformed commit record starting ${quoted(lines[0] ?? '')}`);
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
  const { first: diff, second: pid } = await pipeGit(repo, diffArgs, ['patch-id', '--verbatim'], 1024 * 1024);
  if (diff.exitCode !== 0) {
    if (diff.exitCode === -1) {
      const problem = await repoProblem(repo);
      if (problem) throw problem;
    }
    throw gitFailure(repo, ['diff-tree'], { exitCode: diff.exitCode ?? -1, stderr: diff.stderr }, `git diff-tree -p ${b} ${h}`);
  }
  if (pid.exitCode !== 0) {
    throw gitFailure(repo, ['patch-id'], { exitCode: pid.exitCode ?? -1, stderr: pid.stderr }, 'git patch-id --verbatim');
  }
  const diffBytes = diff.stdoutBytes;
  const lines = pid.stdout.toString('latin1').split('\n').filter((l) => l.length > 0);
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
  if (!isSha(id) || ZERO_OID_RE.test(id)) {
    throw new GitError('UNEXPECTED_OUTPUT', `git patch-id printed ${quoted(lines[0]!)}`);
  }
  return id;
}
