// Where configuration comes from, in a module that loads nothing heavy (no YAML, no policy code), so
// `agent-guard check` can parse its sources and start git reading them before the configuration and
// evaluation modules load. config.ts re-exports all of it.

import { existsSync } from 'node:fs';
import { readFilesAtCommit, type FileAtCommit } from '../adapters/git/reads.js';
import type { Problem } from '../core/types.js';

/** The policy or manifest is unusable: exit 3 (or deny) with located problems. */
export class ConfigError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message).join('; '));
    this.name = 'ConfigError';
  }
}

/**
 * Documents at one commit asked of git together (policy and manifest at the base: one ls-tree and one
 * cat-file instead of two each); a gitReader at that commit takes a path's outcome from here.
 */
export interface PrefetchedFiles {
  commit: string;
  maxBytes: number;
  reads: ReadonlyMap<string, Promise<FileAtCommit>>;
}

export function prefetchFiles(dir: string, commit: string, paths: readonly string[], maxBytes: number): PrefetchedFiles {
  const all = readFilesAtCommit(dir, commit, paths, { maxBytes });
  all.catch(() => undefined); // each read below rethrows it
  return { commit, maxBytes, reads: new Map(paths.map((p, i) => [p, all.then((outcomes) => outcomes[i]!)])) };
}

// ---------------------------------------------------------------------------------------------------
// Documents named on a command line or in an input: a local file, or REF:PATH read through git

/** Where to read a policy or manifest from. `ref` reads through git, never from the work tree. */
export type DocumentSource = { kind: 'file'; path: string } | { kind: 'ref'; ref: string; path: string };

/** Parse a `--policy`/`--manifest` argument: an existing file, else `REF:PATH`. */
export function parseSource(arg: string, cwd: string): DocumentSource {
  const asFile = arg.startsWith('/') ? arg : `${cwd}/${arg}`;
  if (existsSync(asFile)) return { kind: 'file', path: arg };
  const colon = arg.indexOf(':');
  if (colon > 0 && colon < arg.length - 1) return { kind: 'ref', ref: arg.slice(0, colon), path: arg.slice(colon + 1) };
  throw new ConfigError([{ code: 'file_read', message: `${arg}: file not found (use FILE or REF:PATH)`, location: { file: arg } }]);
}

export function describeSource(s: DocumentSource): string {
  return s.kind === 'file' ? s.path : `${s.ref}:${s.path}`;
}

/** What a caller knows already: commits its refs resolved to (one rev-parse), documents being read. */
export interface KnownReads {
  commits?: ReadonlyMap<string, string>;
  files?: PrefetchedFiles;
}
