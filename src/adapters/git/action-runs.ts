// The files each action of the head commit runs (its action.yml's `runs`, src/core/action-runs.ts),
// marked on the changed entries they are: `ChangeEntry.actionRuns` names the actions. One ls-tree for
// which metadata files exist; each version of one is read and parsed once. The root action counts
// (its `runs.main` is often dist/).
import type { ActionRuns } from '../../core/action-runs.js';
import type { ChangeEntry } from '../../core/types.js';
import { GitError, gitOk, quoted } from './process.js';

/** Larger metadata is refused, as the policy reader refuses it: an action the guard cannot read fails closed. */
const MAX_ACTION_BYTES = 1024 * 1024;
/** Parsed `runs` by metadata blob id: a replay of many commits reads each version of an action.yml once. */
const parsed = new Map<string, ActionRuns>();
const MAX_CACHED = 4096;

export async function applyActionRuns(repo: string, head: string, entries: ChangeEntry[], actionDirs: ReadonlySet<string>): Promise<void> {
  if (entries.length === 0) return;
  const candidates = ['', ...actionDirs].flatMap((d) => (d === '' ? ['action.yml', 'action.yaml'] : [`${d}/action.yml`, `${d}/action.yaml`]));
  const wanted = new Set(candidates);
  const listing = await gitOk(repo, ['ls-tree', '-z', '-l', '--full-tree', '--end-of-options', head, '--', ...candidates], { what: `listing actions at ${head}` });
  const byFile = new Map<string, string[]>();
  const byDir = new Map<string, string[]>();
  const note = (m: Map<string, string[]>, key: string, action: string) => {
    const list = m.get(key);
    if (list === undefined) m.set(key, [action]);
    else if (!list.includes(action)) list.push(action);
  };
  for (const record of listing.toString('utf8').split('\0')) {
    if (record.length === 0) continue;
    const tab = record.indexOf('\t');
    const m = /^([0-7]{6}) (\w+) ([0-9a-f]{40}|[0-9a-f]{64}) +(-|\d+)$/.exec(tab === -1 ? '' : record.slice(0, tab));
    if (!m) throw new GitError('UNEXPECTED_OUTPUT', `git ls-tree printed ${quoted(record.slice(0, 200))}`);
    const metadata = record.slice(tab + 1);
    if (!wanted.has(metadata)) continue;
    // GitHub does not follow a symlinked action.yml into the tree; a symlink's own rules make it high.
    if (m[2] !== 'blob' || m[1] === '120000') continue;
    if (Number(m[4]) > MAX_ACTION_BYTES) throw new GitError('TOO_LARGE', `${quoted(metadata)} at ${head} is ${m[4]} bytes; an action's metadata is read up to ${MAX_ACTION_BYTES}`);
    let runs = parsed.get(`${m[3]!}:${metadata}`);
    if (runs === undefined) {
      const text = await gitOk(repo, ['cat-file', 'blob', m[3]!], { maxStdout: MAX_ACTION_BYTES, what: `reading ${quoted(metadata)} at ${head}` });
      // Loaded here, not above: it brings the YAML parser, and the change set's modules stay light
      // enough for `check` to start git before the rest loads (few changes hold an action.yml).
      const { actionRunPaths } = await import('../../core/action-runs.js');
      runs = actionRunPaths(metadata, text.toString('utf8'));
      if (parsed.size >= MAX_CACHED) parsed.clear();
      // The paths depend on where the metadata sits: key by blob and path.
      parsed.set(`${m[3]!}:${metadata}`, runs);
    }
    for (const f of runs.files) note(byFile, f, metadata);
    for (const d of runs.dirs) note(byDir, d, metadata);
  }
  if (byFile.size === 0 && byDir.size === 0) return;
  const actionsOf = (p: string): string[] => {
    const out = [...(byFile.get(p) ?? [])];
    for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) for (const a of byDir.get(p.slice(0, i)) ?? []) if (!out.includes(a)) out.push(a);
    return out;
  };
  for (const e of entries) {
    const actions = [...new Set([...actionsOf(e.path), ...(e.previousPath !== undefined ? actionsOf(e.previousPath) : [])])];
    if (actions.length > 0) e.actionRuns = actions;
  }
}
