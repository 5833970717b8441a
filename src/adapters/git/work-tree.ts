// What the work tree holds beyond the checked-out commit (`git status`), for `check`'s note that it
// judges commits only. Read with the guard's git environment; the clean and process commands of every
// filter driver the repository config names are turned off, so no configured program runs.

import { decodeGitPath } from './raw-diff.js';
import { gitFailure, runGit } from './process.js';

export interface WorkTreeChanges {
  /** Paths changed, staged or untracked (ignored files left out), at most `max` of them. */
  paths: string[];
  /** How many in all. */
  count: number;
}

/** The work tree's uncommitted changes, or null for a repository without a work tree (bare). */
export async function workTreeChanges(repo: string, max = 5): Promise<WorkTreeChanges | null> {
  const bare = await runGit(repo, ['rev-parse', '--is-bare-repository']);
  if (bare.exitCode !== 0) throw gitFailure(repo, ['rev-parse', '--is-bare-repository'], bare);
  if (bare.stdout.toString('utf8').trim() === 'true') return null;
  const names = await runGit(repo, ['config', '--null', '--name-only', '--get-regexp', '^filter\\.']);
  const off: string[] = [];
  // Exit 1: no filter configured.
  if (names.exitCode === 0) {
    for (const key of names.stdout.toString('utf8').split('\0')) {
      const m = /^(filter\..+)\.(?:clean|smudge|process)$/i.exec(key);
      if (m) off.push('-c', `${m[1]}.clean=`, '-c', `${m[1]}.smudge=`, '-c', `${m[1]}.process=`, '-c', `${m[1]}.required=false`);
    }
  } else if (names.exitCode !== 1) throw gitFailure(repo, ['config', '--get-regexp', '^filter\\.'], names);
  const args = [...off, 'status', '--porcelain=v1', '-z', '--untracked-files=normal', '--ignore-submodules=none', '--no-renames'];
  const status = await runGit(repo, args);
  if (status.exitCode !== 0) throw gitFailure(repo, ['status', '--porcelain'], status);
  const entries = splitNul(status.stdout).filter((e) => e.length > 3);
  return { paths: entries.slice(0, max).map((e) => decodeGitPath(e.subarray(3)).text), count: entries.length };
}

function splitNul(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0) {
      out.push(buf.subarray(start, i));
      start = i + 1;
    }
  }
  if (start < buf.length) out.push(buf.subarray(start));
  return out;
}
