// Facts from one pass over the head tree (`git ls-tree -r -z`): its symlinks (whose targets the blob
// reader fills in) and the directories that hold an action, and what they mean for changed paths.

import { resolveSymlinkTarget, symlinkTargetClimbsThroughName } from '../../core/paths.js';
import type { ChangeEntry } from '../../core/types.js';
import { execGit, GitError, gitFailure, quoted } from './process.js';
import { decodeGitPath } from './raw-diff.js';

const EMPTY_BUFFER = Buffer.alloc(0);

/** A symlink of the head tree, as an entry the blob inspector reads (its target lands in `entry.symlinkTarget`). */
interface TreeSymlink {
  path: string;
  entry: ChangeEntry;
}

/** What one pass over the head tree tells: its symlinks, and the directories that hold an action. */
export interface TreeFacts {
  links: TreeSymlink[];
  actionDirs: Set<string>;
  /**
   * Whether any record is named `action.yml` or `action.yaml` (at the root or in a directory, of any mode):
   * when none is, an ls-tree of such paths lists no blob, and action-runs.ts need not run one.
   */
  actionMetadata: boolean;
}

const SYMLINK_MODE = Buffer.from('120000 ');

/**
 * One pass over a commit's tree (`git ls-tree -r -z`, streamed): its symlinks, each handed to `onLink`
 * as it is found so that its target can be read while the listing goes on, and the directories that
 * hold an action. Nothing else of the listing is kept.
 */
export async function listHeadTree(repo: string, commit: string, onLink: (entry: ChangeEntry) => void): Promise<TreeFacts> {
  const links: TreeSymlink[] = [];
  const actionDirs = new Set<string>();
  let actionMetadata = false;
  let rest: Buffer = EMPTY_BUFFER;
  const args = ['ls-tree', '-r', '-z', '--full-tree', commit];
  const take = (buf: Buffer, start: number, end: number): void => {
    // An action's metadata (`action.yml` or `.yaml`): at the root (`<header> TAB action.yml`) it is only
    // noted; in `<dir>/`, <dir> holds the action's code.
    if (buf[end - 1] === 0x6c /* "l" */ && (endsWith(buf, end, ACTION_YML) || endsWith(buf, end, ACTION_YAML))) {
      const before = buf[end - (endsWith(buf, end, ACTION_YML) ? ACTION_YML.length : ACTION_YAML.length) - 1];
      if (before === 0x09 /* TAB */ || before === 0x2f /* "/" */) actionMetadata = true;
      const tab = before === 0x2f ? buf.indexOf(0x09, start) : -1;
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
    if (!m) throw new GitError('UNEXPECTED_OUTPUT', `git ls-tree printed an entry that does not parse: ${quoted(header.slice(0, 200))}`);
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
  return { links, actionDirs, actionMetadata };
}

const ACTION_YML = Buffer.from('action.yml');
const ACTION_YAML = Buffer.from('action.yaml');

function endsWith(buf: Buffer, end: number, suffix: Buffer): boolean {
  return end >= suffix.length && buf.compare(suffix, 0, suffix.length, end - suffix.length, end) === 0;
}

/**
 * Every changed path inside a directory that holds an action (its `action.yml`/`action.yaml` at the
 * head, not at the repository root) is marked with the nearest such directory: workflows that use
 * the action run its code, whatever the file is called.
 */
export function applyActionDirs(entries: ChangeEntry[], actionDirs: ReadonlySet<string>): void {
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
export function applyTreeSymlinks(entries: ChangeEntry[], treeLinks: readonly TreeSymlink[]): void {
  if (entries.length === 0 || treeLinks.length === 0) return;
  const links = new Map<string, string>();
  for (const l of treeLinks) {
    if (l.entry.symlinkTarget === undefined) throw new GitError('UNEXPECTED_OUTPUT', `Could not read the target of symlink ${quoted(l.path)}`);
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
