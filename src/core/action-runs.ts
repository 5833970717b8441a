// What an action's metadata runs: every file its `runs` points to, as repository paths. A node action
// runs `main`/`pre`/`post` and whatever sits beside them (a bundle loads its chunks), a Docker action
// builds its `image` Dockerfile, and a composite action's `run:` lines run scripts named through the
// action's path or relative to the workspace. Those files are the action's code, whatever their tier.
// Pure: the text of one action.yml in, paths out.
import { isObj, own, str } from './json.js';
import { parseWorkflowYaml } from './yaml.js';

export interface ActionRuns {
  /** Exact files the action runs. */
  files: string[];
  /** Directories whose every file is the action's code (the directory of a node action's entry points). */
  dirs: string[];
}

const NONE: ActionRuns = Object.freeze({ files: [], dirs: [] });

/** `a/b/../c` to `a/c`; null when the path leaves the repository or is not a plain relative path. */
export function joinRepoPath(dir: string, rel: string): string | null {
  if (rel === '' || rel.startsWith('/') || rel.includes('\\') || rel.includes('\0')) return null;
  const out = dir === '' ? [] : dir.split('/');
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return out.length === 0 ? null : out.join('/');
}

// `${{ github.action_path }}/x`, `$GITHUB_ACTION_PATH/x`, `${GITHUB_ACTION_PATH}/x`: the action's directory.
const ACTION_PATH_REF = /(?:\$\{\{\s*github\.action_path\s*\}\}|\$\{?GITHUB_ACTION_PATH\}?)["']?\/([A-Za-z0-9_./-]+)/g;
// A word that names a script by a relative path (`./x.sh`, `scripts/build.py`, `bin/run`).
const RELATIVE_SCRIPT = /(?:^|[\s;&|(`"'])(\.{1,2}\/[A-Za-z0-9_./-]+|[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_.-]+)*\.(?:sh|bash|zsh|py|js|mjs|cjs|ts|rb|pl|ps1|php|lua))(?=$|[\s;&|)`"'])/g;

/**
 * The files the action at `metadataPath` (`dir/action.yml`, or `action.yml` at the root) runs. An
 * unreadable document runs nothing (GitHub refuses it), so it names nothing.
 */
export function actionRunPaths(metadataPath: string, text: string): ActionRuns {
  const parsed = parseWorkflowYaml(text);
  if (!parsed.ok || !isObj(parsed.value)) return NONE;
  const runs = own(parsed.value, 'runs');
  if (!isObj(runs)) return NONE;
  const slash = metadataPath.lastIndexOf('/');
  const dir = slash === -1 ? '' : metadataPath.slice(0, slash);
  const files = new Set<string>();
  const dirs = new Set<string>();
  const add = (base: string, rel: string | undefined, withDir = false) => {
    if (rel === undefined) return;
    const p = joinRepoPath(base, rel);
    if (p === null) return;
    files.add(p);
    const d = p.lastIndexOf('/');
    if (withDir && d > 0) dirs.add(p.slice(0, d));
  };
  for (const key of ['main', 'pre', 'post']) add(dir, str(own(runs, key)), true);
  const image = str(own(runs, 'image'));
  if (image !== undefined && !image.startsWith('docker://')) add(dir, image);
  const steps = own(runs, 'steps');
  if (Array.isArray(steps)) {
    for (const step of steps) {
      const run = isObj(step) ? str(own(step, 'run')) : undefined;
      if (run === undefined) continue;
      for (const m of run.matchAll(ACTION_PATH_REF)) add(dir, m[1]);
      // A relative path in `run:` is relative to the step's working directory: the workspace, which
      // is this repository when a workflow here uses the action. Both readings are the action's code.
      for (const m of run.replace(ACTION_PATH_REF, ' ').matchAll(RELATIVE_SCRIPT)) {
        add('', m[1]);
        add(dir, m[1]);
      }
    }
  }
  return { files: [...files].sort(), dirs: [...dirs].sort() };
}
