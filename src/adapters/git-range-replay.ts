// The change sets of every commit of a range, read in batches for `agent-guard simulate`: one
// `git log` for the commits, one `git diff-tree --stdin` per chunk for their first-parent diffs, one
// blob inspector per chunk for the head-side blobs, and the head tree's symlinks and action
// directories carried from parent to child through the diffs (one `ls-tree` per commit whose parent
// lies outside the range). Each change set is what `computeChangeSet` gives for that one commit.

import { isSha } from '../core/sha.js';
import type { ChangeEntry } from '../core/types.js';
import { applyBlobFacts, BlobInspector, DEFAULT_MAX_INSPECT_BYTES, DEFAULT_SPILL_FILE_MAX_BYTES } from './git/blobs.js';
import type { ChangeSet } from './git/change-set.js';
import { GitError, gitFailure, gitOk, quoted, runGit } from './git/process.js';
import { decodeGitPath, parseRawDiff } from './git/raw-diff.js';
import { resolveCommitAs } from './git/reads.js';
import { applyActionDirs, applyTreeSymlinks } from './git/tree.js';
import { applyActionRuns } from './git/action-runs.js';

export interface RangeCommit {
  sha: string;
  parents: string[];
  /** Author date, ISO 8601. */
  date: string;
  author: { name: string; email: string };
  coAuthors: { name: string; email: string }[];
}

export interface RangeOptions {
  /** Refuse ranges with more commits than this (TOO_LARGE). Default 50 000. */
  maxCommits?: number;
  /** Commits whose diffs are read and inspected together. Default 250. */
  chunk?: number;
  /** Called with a chunk's change sets before `onChange` sees them (to read what they need in one batch). */
  onChunk?: (changes: ChangeSet[]) => Promise<void>;
}

/** What a tree holds that changes the meaning of other paths: symlinks (path -> blob) and action metadata files. */
interface TreeState {
  links: Map<string, string>;
  actionFiles: Set<string>;
}
type TreeSymlinks = Parameters<typeof applyTreeSymlinks>[1];

const FIELD = '\x1f';
const LOG_FORMAT = ['%H', '%P', '%aI', '%an', '%ae', '%(trailers:key=Co-authored-by,valueonly,unfold,separator=%x1e)'].join('%x1f');

/** The commits of `base..head` (reachable from head, not from base), parents before children. */
export async function rangeCommits(repo: string, baseRef: string, headRef: string, opts: RangeOptions = {}): Promise<{ base: string; head: string; commits: RangeCommit[] }> {
  const [base, head] = await Promise.all([resolveCommitAs(repo, baseRef, 'base'), resolveCommitAs(repo, headRef, 'head')]);
  const max = opts.maxCommits ?? 50_000;
  const args = ['log', '-z', '--no-mailmap', '--no-color', '--topo-order', '--reverse', `--format=${LOG_FORMAT}`, '--end-of-options', head, `^${base}`, '--'];
  const out = await gitOk(repo, args, { maxStdout: 512 * 1024 * 1024 });
  const commits: RangeCommit[] = [];
  for (const record of out.length === 0 ? [] : out.toString('latin1').split('\0')) {
    if (record.length === 0) continue;
    const text = decodeGitPath(Buffer.from(record, 'latin1')).text;
    const [sha = '', parents = '', date = '', name = '', email = '', trailers = ''] = text.split(FIELD);
    const parentList = parents === '' ? [] : parents.split(' ');
    if (!isSha(sha) || !parentList.every(isSha)) throw new GitError('UNEXPECTED_OUTPUT', `git log printed a malformed commit record starting ${quoted(text.slice(0, 80))}`);
    const coAuthors = trailers
      .split('\x1e')
      .map((v) => /^\s*(.*?)\s*<([^<>]*)>\s*$/.exec(v))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ name: m[1]!, email: m[2]! }));
    commits.push({ sha, parents: parentList, date, author: { name, email }, coAuthors });
    if (commits.length > max) throw new GitError('TOO_LARGE', `more than ${max} commits between ${base} and ${head}`);
  }
  return { base, head, commits };
}

/**
 * Calls `onChange` for every commit, in order, with its change set against its first parent (a root
 * commit: against the empty tree; a merge: its first-parent diff). Entries carry the blob facts and
 * the head tree's symlinks and action directories, as `computeChangeSet` sets them.
 */
export async function replayCommits(repo: string, commits: readonly RangeCommit[], onChange: (commit: RangeCommit, changes: ChangeSet) => Promise<void>, opts: RangeOptions = {}): Promise<void> {
  const chunk = opts.chunk ?? 250;
  const states = new Map<string, TreeState>();
  const remaining = new Map<string, number>();
  for (const c of commits) if (c.parents[0] !== undefined) remaining.set(c.parents[0], (remaining.get(c.parents[0]) ?? 0) + 1);
  const targets = new Map<string, string>();
  for (let i = 0; i < commits.length; i += chunk) {
    const part = commits.slice(i, i + chunk);
    const diffs = await firstParentDiffs(repo, part);
    // The trees of parents outside the range (or not yet seen), listed once each.
    for (const c of part) {
      const p = c.parents[0];
      if (p !== undefined && !states.has(p) && !part.some((x) => x.sha === p)) states.set(p, await treeState(repo, p));
    }
    const inspector = new BlobInspector(repo, DEFAULT_MAX_INSPECT_BYTES, DEFAULT_SPILL_FILE_MAX_BYTES);
    const linkEntries: ChangeEntry[] = [];
    const asked = new Set<string>();
    const chunkStates: TreeState[] = [];
    for (let k = 0; k < part.length; k++) {
      const c = part[k]!;
      const entries = diffs[k]!;
      for (const e of entries) inspector.want(e);
      const parent = c.parents[0] === undefined ? emptyState() : states.get(c.parents[0]);
      if (parent === undefined) throw new GitError('UNEXPECTED_OUTPUT', `the parent of ${c.sha} was not read before it`);
      const state = advance(parent, entries);
      states.set(c.sha, state);
      chunkStates.push(state);
      for (const [path, oid] of state.links) {
        if (targets.has(oid) || asked.has(oid)) continue;
        asked.add(oid);
        const entry = linkEntry(path, oid);
        linkEntries.push(entry);
        inspector.want(entry);
      }
      inspector.flush();
    }
    const facts = await inspector.finish();
    await applyBlobFacts(repo, [...diffs.flat(), ...linkEntries], facts, DEFAULT_MAX_INSPECT_BYTES, DEFAULT_SPILL_FILE_MAX_BYTES);
    for (const e of linkEntries) targets.set(e.newBlob, e.symlinkTarget!);
    const sets: ChangeSet[] = part.map((c, k) => ({ base: c.parents[0] ?? '', head: c.sha, mergeBase: c.parents[0] ?? '', entries: diffs[k]!, warnings: [] }));
    for (let k = 0; k < part.length; k++) {
      const entries = diffs[k]!;
      const state = chunkStates[k]!;
      applyTreeSymlinks(entries, treeSymlinks(state, targets));
      applyActionDirs(entries, actionDirs(state));
      await applyActionRuns(repo, part[k]!.sha, entries, actionDirs(state));
    }
    await opts.onChunk?.(sets);
    for (let k = 0; k < part.length; k++) {
      const c = part[k]!;
      await onChange(c, sets[k]!);
      // A parent's state is kept only while a child still needs it.
      const p = c.parents[0];
      if (p !== undefined) {
        const left = (remaining.get(p) ?? 1) - 1;
        if (left <= 0) states.delete(p);
        else remaining.set(p, left);
      }
    }
  }
}

/** One `git diff-tree --stdin` for a chunk of commits: each against its first parent (roots against the empty tree). */
async function firstParentDiffs(repo: string, commits: readonly RangeCommit[]): Promise<ChangeEntry[][]> {
  const args = ['diff-tree', '--stdin', '--root', '--always', '-r', '--raw', '-z', '--no-abbrev', '-M', '-l1000', '--no-ext-diff', '--no-textconv', '--no-color', '--no-relative', '--ignore-submodules=none'];
  const input = commits.map((c) => (c.parents[0] === undefined ? c.sha : `${c.sha} ${c.parents[0]}`)).join('\n') + '\n';
  const result = await runGit(repo, args, { input, maxStdout: 1024 * 1024 * 1024 });
  if (result.exitCode !== 0) throw gitFailure(repo, args, result, 'git diff-tree --stdin');
  return splitByCommit(result.stdout, commits);
}

/**
 * Splits `diff-tree --stdin -z` output at its commit headers. A header is a NUL-terminated commit id
 * where a record may start; a record is `:...STATUS` followed by one path, or two for a rename or copy.
 */
function splitByCommit(out: Buffer, commits: readonly RangeCommit[]): ChangeEntry[][] {
  const result: ChangeEntry[][] = [];
  let pos = 0;
  let index = -1;
  let segmentStart = 0;
  const close = (end: number) => {
    if (index >= 0) result.push(end > segmentStart ? parseRawDiff(out.subarray(segmentStart, end)) : []);
  };
  while (pos < out.length) {
    const nul = out.indexOf(0, pos);
    if (nul === -1) throw new GitError('UNEXPECTED_OUTPUT', 'git diff-tree output ended in the middle of a record');
    if (out[pos] === 0x3a /* ":" */) {
      const header = out.toString('latin1', pos, nul);
      const status = header.charAt(header.lastIndexOf(' ') + 1);
      let next = nul + 1;
      for (let paths = status === 'R' || status === 'C' ? 2 : 1; paths > 0; paths--) {
        const end = out.indexOf(0, next);
        if (end === -1) throw new GitError('UNEXPECTED_OUTPUT', 'git diff-tree output ended in the middle of a record');
        next = end + 1;
      }
      pos = next;
      continue;
    }
    const sha = out.toString('latin1', pos, nul);
    close(pos);
    index += 1;
    if (sha !== commits[index]?.sha) throw new GitError('UNEXPECTED_OUTPUT', `git diff-tree printed ${quoted(sha)} where ${commits[index]?.sha ?? 'nothing'} was expected`);
    pos = nul + 1;
    segmentStart = pos;
  }
  close(out.length);
  if (result.length !== commits.length) throw new GitError('UNEXPECTED_OUTPUT', `git diff-tree printed ${result.length} commits of ${commits.length}`);
  return result;
}

function emptyState(): TreeState {
  return { links: new Map(), actionFiles: new Set() };
}

function isActionFile(path: string): boolean {
  return (path.endsWith('/action.yml') || path.endsWith('/action.yaml')) && path.indexOf('/') > 0;
}

/** The child's state from its parent's and the diff between them; the parent's is shared when nothing relevant changed. */
function advance(parent: TreeState, entries: readonly ChangeEntry[]): TreeState {
  let state: TreeState | null = null;
  const own = () => (state ??= { links: new Map(parent.links), actionFiles: new Set(parent.actionFiles) });
  for (const e of entries) {
    const before = e.previousPath ?? e.path;
    const moved = e.status === 'renamed' || e.status === 'deleted';
    if (e.oldKind === 'symlink' && (moved || e.newKind !== 'symlink') && e.status !== 'copied') own().links.delete(before);
    if (e.newKind === 'symlink') own().links.set(e.path, e.newBlob);
    if (isActionFile(before) && moved) own().actionFiles.delete(before);
    if (isActionFile(e.path) && e.newKind !== 'none') own().actionFiles.add(e.path);
  }
  return state ?? parent;
}

const SYMLINK_RECORD = /^120000 blob ([0-9a-f]{40}|[0-9a-f]{64})$/;

/** The symlinks and action files of a commit's tree, from one `git ls-tree -r -z`. */
async function treeState(repo: string, commit: string): Promise<TreeState> {
  const args = ['ls-tree', '-r', '-z', '--full-tree', commit];
  const out = await gitOk(repo, args, { maxStdout: 1024 * 1024 * 1024 });
  const state = emptyState();
  let start = 0;
  for (let nul = out.indexOf(0, start); nul !== -1; nul = out.indexOf(0, start)) {
    const tab = out.indexOf(0x09, start);
    if (tab === -1 || tab > nul) throw new GitError('UNEXPECTED_OUTPUT', 'git ls-tree printed an entry that does not parse');
    const header = out.toString('latin1', start, tab);
    const path = decodeGitPath(out.subarray(tab + 1, nul)).text;
    const link = SYMLINK_RECORD.exec(header);
    if (link) state.links.set(path, link[1]!);
    if (isActionFile(path)) state.actionFiles.add(path);
    start = nul + 1;
  }
  if (start !== out.length) throw new GitError('UNEXPECTED_OUTPUT', 'git ls-tree output ended in the middle of an entry');
  return state;
}

function linkEntry(path: string, oid: string): ChangeEntry {
  return { status: 'added', path, oldMode: '000000', newMode: '120000', oldKind: 'none', newKind: 'symlink', oldBlob: '', newBlob: oid };
}

const symlinkMemo = new WeakMap<TreeState, TreeSymlinks>();
function treeSymlinks(state: TreeState, targets: ReadonlyMap<string, string>): TreeSymlinks {
  let list = symlinkMemo.get(state);
  if (list === undefined) {
    list = [...state.links].map(([path, oid]) => ({ path, entry: { ...linkEntry(path, oid), symlinkTarget: targets.get(oid)! } }));
    symlinkMemo.set(state, list);
  }
  return list;
}

const dirMemo = new WeakMap<TreeState, Set<string>>();
function actionDirs(state: TreeState): Set<string> {
  let dirs = dirMemo.get(state);
  if (dirs === undefined) dirMemo.set(state, (dirs = new Set([...state.actionFiles].map((p) => p.slice(0, p.lastIndexOf('/'))))));
  return dirs;
}

/** Blob ids to read at most this many per `git cat-file --batch` run (bounds the output held at once). */
const BLOBS_PER_READ = 200;

/**
 * Whole blobs by id, read with `git cat-file --batch` (one process per BLOBS_PER_READ ids) for the
 * content review of many commits at once. A blob larger than `maxBytes` is kept as its size only and
 * refused with TOO_LARGE when asked for, as reading it from its commit would be.
 */
export class BlobBatch {
  private readonly blobs = new Map<string, Buffer | number>();

  constructor(
    private readonly repo: string,
    private readonly maxBytes: number,
  ) {}

  async load(oids: Iterable<string>): Promise<void> {
    const wanted = [...new Set(oids)].filter((o) => !this.blobs.has(o) && isSha(o) && !/^0+$/.test(o));
    for (let i = 0; i < wanted.length; i += BLOBS_PER_READ) {
      const part = wanted.slice(i, i + BLOBS_PER_READ);
      // Sizes first, so that a huge blob is never streamed through (its content is not needed).
      const checks = (await gitOk(this.repo, ['cat-file', '--batch-check'], { input: part.join('\n') + '\n' })).toString('latin1').split('\n');
      const small: string[] = [];
      part.forEach((oid, k) => {
        const m = /^([0-9a-f]+) blob (\d+)$/.exec(checks[k] ?? '');
        if (!m || m[1] !== oid) throw new GitError('UNEXPECTED_OUTPUT', `git cat-file --batch-check printed ${quoted(checks[k] ?? '')} for blob ${oid}`);
        const size = Number(m[2]);
        if (size > this.maxBytes) this.blobs.set(oid, size);
        else small.push(oid);
      });
      if (small.length === 0) continue;
      const out = await gitOk(this.repo, ['cat-file', '--batch'], { input: small.join('\n') + '\n', maxStdout: small.length * (this.maxBytes + 128) });
      let pos = 0;
      for (const oid of small) {
        const nl = out.indexOf(0x0a, pos);
        const header = nl === -1 ? '' : out.toString('latin1', pos, nl);
        const m = /^([0-9a-f]+) blob (\d+)$/.exec(header);
        if (!m || m[1] !== oid) throw new GitError('UNEXPECTED_OUTPUT', `git cat-file --batch printed ${quoted(header)} for blob ${oid}`);
        const size = Number(m[2]);
        const start = nl + 1;
        if (start + size + 1 > out.length || out[start + size] !== 0x0a) throw new GitError('UNEXPECTED_OUTPUT', `git cat-file --batch output for blob ${oid} is truncated`);
        this.blobs.set(oid, out.subarray(start, start + size));
        pos = start + size + 1;
      }
    }
  }

  /** A `BlobReader` for contentFindings: every blob it is asked for must have been loaded. */
  read = async (commit: string, path: string, oid: string): Promise<Buffer | null> => {
    const b = this.blobs.get(oid);
    if (b === undefined) throw new GitError('UNEXPECTED_OUTPUT', `blob ${oid} of ${quoted(path)} at ${commit} was not read`);
    if (typeof b === 'number') throw new GitError('TOO_LARGE', `${quoted(path)} at ${commit} is ${b} bytes; the limit is ${this.maxBytes}`);
    return b;
  };

  /** Forget the blobs read so far (after a chunk of commits is reviewed). */
  clear(): void {
    this.blobs.clear();
  }
}
