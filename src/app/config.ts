// The one configuration loader: policy, task manifest and CODEOWNERS, read through a BaseReader (git
// at a commit, the contents API at a SHA, or a local file) and parsed with the project's loaders. Every
// entry (guard-diff, check, the approval gate, request-capability) loads its configuration here, so a
// document means the same wherever it is read; an unusable one is a ConfigError with located problems.

import { CODEOWNERS_LOCATIONS, CODEOWNERS_MAX_BYTES, CodeownersFile, parseCodeowners } from '../core/codeowners.js';
import { sha256 } from '../core/digest.js';
import type { ManifestInput, PolicyInput } from '../core/evaluate.js';
import { BASELINE_POLICY, compilePolicy, GuardPathError, type CompiledPolicy, type Policy } from '../core/policy.js';
import { DEFAULT_POLICY_PATH } from '../core/protected.js';
import { MAX_DOCUMENT_BYTES } from '../core/yaml.js';
import { loadManifest, loadPolicy, type LoadOutcome } from '../adapters/config.js';
import { FileReadError, readBoundedFile } from '../adapters/files.js';
import { readContents } from '../adapters/github-contents.js';
import type { GateTarget, RestClient } from '../adapters/github-rest.js';
import { GitError } from '../adapters/git/process.js';
import { readFileAtCommit, resolveCommit } from '../adapters/git/reads.js';
import { ConfigError, type DocumentSource, type KnownReads, type PrefetchedFiles } from './sources.js';

// Light enough for `check` to load before the rest (see sources.ts); exported here as before.
export { ConfigError, describeSource, parseSource, prefetchFiles, type DocumentSource, type KnownReads, type PrefetchedFiles } from './sources.js';

export type FileRead = { found: true; bytes: Buffer } | { found: false };

/**
 * Where configuration is read from. `read` returns `found: false` when the path does not exist there,
 * and throws a ConfigError when it is anything but a regular file (a directory, symlink, submodule) or
 * too large.
 */
export interface BaseReader {
  readonly via: 'git' | 'api' | 'file';
  /** Paths are repository paths (git, API), so a policy read here guards its own path. */
  readonly repositoryPaths: boolean;
  /** How a document read from `path` is named in sources and problems. */
  label(path: string): string;
  read(path: string, maxBytes: number): Promise<FileRead>;
}

/** A file that cannot be used, located at `label`; `message` says why (naming it where a reader needs that). */
const unusable = (label: string, message: string): ConfigError => new ConfigError([{ code: 'file_read', message, location: { file: label } }]);


/** `git` at `commit` (no request); `name` is how the commit is written in labels (default its short SHA). */
export function gitReader(dir: string, commit: string, name = commit.slice(0, 12), prefetched?: PrefetchedFiles): BaseReader {
  const label = (path: string) => `${name}:${path}`;
  return {
    via: 'git',
    repositoryPaths: true,
    label,
    async read(path, maxBytes) {
      try {
        const early = prefetched?.commit === commit && prefetched.maxBytes === maxBytes ? prefetched.reads.get(path) : undefined;
        let bytes: Buffer | null;
        if (early === undefined) bytes = await readFileAtCommit(dir, commit, path, { maxBytes });
        else {
          const outcome = await early;
          if (outcome.error !== undefined) throw outcome.error;
          bytes = outcome.content;
        }
        return bytes === null ? { found: false } : { found: true, bytes };
      } catch (err) {
        if (!(err instanceof GitError)) throw err;
        throw unusable(label(path), `${label(path)}: ${err.hint ? `${err.message}. Fix: ${err.hint}` : err.message}`);
      }
    },
  };
}

/** The contents API at `ref` (a SHA): one request a path. */
export function apiReader(client: RestClient, t: Pick<GateTarget, 'owner' | 'repo'>, ref: string): BaseReader {
  const label = (path: string) => `${ref.slice(0, 12)}:${path}`;
  return {
    via: 'api',
    repositoryPaths: true,
    label,
    async read(path, maxBytes) {
      const r = await readContents(client, t, path, ref, maxBytes);
      if (r.found === 'unusable') throw unusable(label(path), `${label(path)}${r.why}`);
      return r;
    },
  };
}

/** Local files (relative to `cwd`), named as given. A file named on purpose must exist: a missing one is a ConfigError. */
export function fileReader(cwd: string): BaseReader {
  return {
    via: 'file',
    repositoryPaths: false,
    label: (path) => path,
    async read(path, maxBytes) {
      try {
        return { found: true, bytes: await readBoundedFile(path.startsWith('/') ? path : `${cwd}/${path}`, maxBytes) };
      } catch (err) {
        if (err instanceof FileReadError) throw unusable(path, err.message);
        throw err;
      }
    },
  };
}

function unwrap<T>(outcome: LoadOutcome<T>): { value: T; sha256: string } {
  if (!outcome.ok) throw new ConfigError(outcome.problems);
  return { value: outcome.loaded.value, sha256: outcome.loaded.sha256 };
}

/** compilePolicy with the manifest paths the run reads as guard files; a bad one is a configuration error. */
export function compileGuarded(policy: Policy, opts: { policyPath?: string }, manifestPaths: readonly string[]): CompiledPolicy {
  try {
    return compilePolicy(policy, { ...opts, manifestPaths });
  } catch (err) {
    if (err instanceof GuardPathError) throw new ConfigError([{ code: `${err.what}_path`, message: err.message }]);
    throw err;
  }
}

export interface PolicyLoad {
  policy: Policy;
  input: PolicyInput;
}

export interface PolicyLoadOptions {
  /** A path named on purpose: it must exist. Omitted: the default path, else the built-in baseline. */
  path?: string;
  /** Repository paths of the manifests this run reads; a change to one is a self-widening attempt. */
  manifestPaths?: readonly string[];
  /** The base commit, for the note that the baseline applies. */
  base: string;
}

export async function loadPolicyWith(reader: BaseReader, opts: PolicyLoadOptions): Promise<PolicyLoad> {
  const path = opts.path ?? DEFAULT_POLICY_PATH;
  const manifestPaths = opts.manifestPaths ?? [];
  const read = await reader.read(path, MAX_DOCUMENT_BYTES);
  if (!read.found) {
    if (opts.path !== undefined) throw unusable(reader.label(path), 'not found');
    // No policy in the repository: the built-in baseline applies, and the output says so.
    const digest = sha256(JSON.stringify(BASELINE_POLICY));
    const source = `built-in baseline (no ${DEFAULT_POLICY_PATH} at ${opts.base.slice(0, 12)})`;
    return { policy: BASELINE_POLICY, input: { compiled: compileGuarded(BASELINE_POLICY, {}, manifestPaths), source, sha256: digest } };
  }
  const label = reader.label(path);
  const { value, sha256: digest } = unwrap(loadPolicy(read.bytes, label));
  const policyPath = reader.repositoryPaths ? path : DEFAULT_POLICY_PATH;
  return { policy: value, input: { compiled: compileGuarded(value, { policyPath }, manifestPaths), source: label, sha256: digest } };
}

export async function loadManifestWith(reader: BaseReader, path: string): Promise<ManifestInput> {
  const label = reader.label(path);
  const read = await reader.read(path, MAX_DOCUMENT_BYTES);
  if (!read.found) throw unusable(label, 'not found');
  const { value, sha256: digest } = unwrap(loadManifest(read.bytes, label));
  return { manifest: value, source: label, sha256: digest };
}

/** CODEOWNERS at the first location GitHub would use; undefined when there is none. */
export async function loadCodeownersWith(reader: BaseReader): Promise<CodeownersFile | undefined> {
  for (const location of CODEOWNERS_LOCATIONS) {
    let read: FileRead;
    try {
      read = await reader.read(location, CODEOWNERS_MAX_BYTES - 1);
    } catch (err) {
      // Too large, not a file, or not inline: GitHub would not use it as we read it. Fail closed.
      if (err instanceof ConfigError) return new CodeownersFile(location, [], err.problems.map((p) => ({ ...p, code: 'codeowners_unreadable' })));
      throw err;
    }
    if (read.found) return parseCodeowners(read.bytes.toString('utf8'), { file: location });
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Documents named on a command line or in an input (sources.ts): read through the reader for each

/** The reader for a source; a REF that names no commit is a GitError (the caller says how to fix it). */
export async function readerFor(repo: string, s: DocumentSource, cwd: string, known: KnownReads = {}): Promise<BaseReader> {
  return s.kind === 'file' ? fileReader(cwd) : gitReader(repo, known.commits?.get(s.ref) ?? (await resolveCommit(repo, s.ref)), s.ref, known.files);
}

/** The policy for a change whose base is `baseCommit`: from `source`, else the base commit's own. */
export async function loadPolicyFor(
  repo: string,
  baseCommit: string,
  source: DocumentSource | undefined,
  cwd: string,
  manifestPaths: readonly string[] = [],
  known: KnownReads = {},
): Promise<PolicyLoad> {
  // The base commit's own policy is named by its full SHA, as `agent-guard check` has always printed it.
  const reader = source ? await readerFor(repo, source, cwd, known) : gitReader(repo, baseCommit, baseCommit, known.files);
  return loadPolicyWith(reader, { ...(source ? { path: source.path } : {}), manifestPaths, base: baseCommit });
}

export async function loadManifestFor(repo: string, source: DocumentSource, cwd: string, known: KnownReads = {}): Promise<ManifestInput> {
  return loadManifestWith(await readerFor(repo, source, cwd, known), source.path);
}
