// guard-diff's orchestration, shared by `agent-guard check` and the guard-diff action: read the policy
// and manifest from the base commit (or an explicit file), compute the change set with git, run the
// content reviewers on the blobs that need them, and hand plain facts to the pure core.

import { existsSync } from 'node:fs';
import { sha256 } from '../core/digest.js';
import { evaluateChange, protectedLinkTarget, type BranchCheck, type Evaluation, type HeadPathKind, type ManifestInput, type PolicyInput } from '../core/evaluate.js';
import { BASELINE_POLICY, compilePolicy, GuardPathError, type CompiledPolicy, type Policy } from '../core/policy.js';
import { DEFAULT_POLICY_PATH } from '../core/protected.js';
import type { ChangeEntry, ContentFinding, Problem } from '../core/types.js';
import type { Manifest } from '../core/manifest.js';
import { contentFindings } from './content-review.js';
import { loadManifest, loadPolicy, type LoadOutcome } from './config.js';
import { readBoundedFile } from './files.js';
import { computeChangeSet, type ChangeSet } from './git/change-set.js';
import { GitError } from './git/process.js';
import { readFileAtCommit, resolveCommit } from './git/reads.js';
import { MAX_DOCUMENT_BYTES } from '../core/yaml.js';

/** Where to read a policy or manifest from. `ref` reads through git, never from the work tree. */
export type DocumentSource = { kind: 'file'; path: string } | { kind: 'ref'; ref: string; path: string };

export interface ReviewOptions {
  repo: string;
  base: string;
  head: string;
  /** Omitted: `<base>:.github/agent-policy.yml`, else the built-in baseline. */
  policy?: DocumentSource;
  manifest?: DocumentSource;
  branch?: string;
  /**
   * Whether the branch checks apply (absent: they do). The guard-diff action skips them on a merge
   * group, with the reason; `agent-guard check` never does.
   */
  branchCheck?: BranchCheck;
  repository?: string;
  now?: Date;
  /** Facts about how the run was set up that the reader must see (added to the evaluation's notes). */
  notes?: string[];
}

/** The policy or manifest is unusable: exit 3 with located problems. */
export class ConfigError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message).join('; '));
    this.name = 'ConfigError';
  }
}

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

async function readSource(repo: string, s: DocumentSource, cwd: string): Promise<Buffer | null> {
  if (s.kind === 'file') return readBoundedFile(s.path.startsWith('/') ? s.path : `${cwd}/${s.path}`, MAX_DOCUMENT_BYTES);
  return readFileAtCommit(repo, await resolveCommit(repo, s.ref), s.path, { maxBytes: MAX_DOCUMENT_BYTES });
}

function unwrap<T>(outcome: LoadOutcome<T>): { value: T; sha256: string } {
  if (!outcome.ok) throw new ConfigError(outcome.problems);
  return { value: outcome.loaded.value, sha256: outcome.loaded.sha256 };
}

/** `manifestPaths`: repository paths of the manifests this run reads; a change to one is a self-widening attempt. */
export async function loadPolicyFor(repo: string, baseCommit: string, source: DocumentSource | undefined, cwd: string, manifestPaths: readonly string[] = []): Promise<{ policy: Policy; input: PolicyInput }> {
  const s = source ?? { kind: 'ref', ref: baseCommit, path: DEFAULT_POLICY_PATH };
  const bytes = await readSource(repo, s, cwd);
  if (bytes === null) {
    if (source !== undefined) throw new ConfigError([{ code: 'file_read', message: 'not found', location: { file: describeSource(s) } }]);
    // No policy in the repository: the built-in baseline applies, and the output says so.
    const digest = sha256(JSON.stringify(BASELINE_POLICY));
    return { policy: BASELINE_POLICY, input: { compiled: compileGuarded(BASELINE_POLICY, {}, manifestPaths), source: `built-in baseline (no ${DEFAULT_POLICY_PATH} at ${baseCommit.slice(0, 12)})`, sha256: digest } };
  }
  const { value, sha256: digest } = unwrap(loadPolicy(bytes, describeSource(s)));
  const policyPath = s.kind === 'ref' ? s.path : DEFAULT_POLICY_PATH;
  return { policy: value, input: { compiled: compileGuarded(value, { policyPath }, manifestPaths), source: describeSource(s), sha256: digest } };
}

/** compilePolicy with the manifest paths the run reads as guard files; a bad one is a configuration error. */
export function compileGuarded(policy: Policy, opts: { policyPath?: string }, manifestPaths: readonly string[]) {
  try {
    return compilePolicy(policy, { ...opts, manifestPaths });
  } catch (err) {
    if (err instanceof GuardPathError) throw new ConfigError([{ code: `${err.what}_path`, message: err.message }]);
    throw err;
  }
}

export async function loadManifestFor(repo: string, source: DocumentSource, cwd: string): Promise<ManifestInput> {
  const bytes = await readSource(repo, source, cwd);
  if (bytes === null) throw new ConfigError([{ code: 'file_read', message: 'not found', location: { file: describeSource(source) } }]);
  const { value, sha256: digest } = unwrap(loadManifest(bytes, describeSource(source)));
  return { manifest: value as Manifest, source: describeSource(source), sha256: digest };
}

/**
 * Review a change. Git failures become a deny evaluation (fail closed, with the fix in the message);
 * configuration problems throw ConfigError.
 */
export async function reviewChange(opts: ReviewOptions, cwd = process.cwd()): Promise<Evaluation> {
  const started = Date.now();
  let baseCommit: string;
  try {
    baseCommit = await resolveCommit(opts.repo, opts.base);
  } catch (err) {
    if (err instanceof GitError) return gitDenial(err, opts);
    throw err;
  }
  // The change set does not depend on the policy or the manifest: git computes it while they load.
  // Its outcome is only looked at after them, so a configuration problem is still reported first.
  const pending: Promise<{ changes: ChangeSet } | { error: unknown }> = computeChangeSet(opts.repo, baseCommit, opts.head).then(
    (changes) => ({ changes }),
    (error: unknown) => ({ error }),
  );
  const { policy, input } = await loadPolicyFor(opts.repo, baseCommit, opts.policy, cwd, opts.manifest?.kind === 'ref' ? [opts.manifest.path] : []);
  const manifest = opts.manifest ? await loadManifestFor(opts.repo, opts.manifest, cwd) : null;
  try {
    const outcome = await pending;
    if ('error' in outcome) throw outcome.error;
    const changes = outcome.changes;
    const findings = await contentFindings(opts.repo, changes, allowedHosts(policy, manifest), { workflowDeny: policy.workflows?.deny ?? [] });
    const headKinds = await linkTargetKinds(opts.repo, changes.head, changes.entries, input.compiled);
    const evaluation = evaluateChange(
      {
        base: changes.base,
        head: changes.head,
        mergeBase: changes.mergeBase,
        entries: changes.entries,
        findings,
        headKinds,
        ...(opts.branch !== undefined ? { branch: opts.branch } : {}),
        ...(opts.branchCheck !== undefined ? { branchCheck: opts.branchCheck } : {}),
        ...(opts.repository !== undefined ? { repository: opts.repository } : {}),
        now: opts.now ?? new Date(),
      },
      input,
      manifest,
    );
    return { ...evaluation, notes: [...(opts.notes ?? []), ...evaluation.notes], timings: { total_ms: Date.now() - started } } as Evaluation;
  } catch (err) {
    if (err instanceof GitError) return gitDenial(err, opts, input, manifest);
    throw err;
  }
}

/** At most this many distinct link targets are looked up; a link to any other is denied (its target unknown). */
const MAX_LINK_TARGET_LOOKUPS = 32;

/**
 * What the head commit holds at the targets of changed symlinks between two protected paths
 * (CLAUDE.md -> AGENTS.md): such a link is judged high only when its target is a regular file there.
 * Nearly every change has none, and so costs nothing here.
 */
async function linkTargetKinds(repo: string, head: string, entries: readonly ChangeEntry[], compiled: CompiledPolicy): Promise<Map<string, HeadPathKind>> {
  const targets = new Set<string>();
  for (const e of entries) {
    if (e.newKind !== 'symlink') continue;
    const t = protectedLinkTarget(e, compiled);
    if (t !== null) targets.add(t);
  }
  const kinds = new Map<string, HeadPathKind>();
  for (const path of [...targets].slice(0, MAX_LINK_TARGET_LOOKUPS)) {
    const kind = await headPathKind(repo, head, path);
    if (kind !== undefined) kinds.set(path, kind);
  }
  return kinds;
}

/** A regular file, something else, or nothing at `path` in `commit`; undefined when git cannot say (the link is then denied). */
async function headPathKind(repo: string, commit: string, path: string): Promise<HeadPathKind | undefined> {
  try {
    return (await readFileAtCommit(repo, commit, path)) === null ? 'missing' : 'file';
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    // NOT_A_FILE: a directory, a symlink or a submodule. Anything else (a path git refuses, a file
    // too large to read): unknown.
    return err.code === 'NOT_A_FILE' ? 'not_a_file' : undefined;
  }
}

/** Lockfile hosts are checked against the task's allow list when there is a task, else the policy's. */
function allowedHosts(policy: Policy, manifest: ManifestInput | null): string[] {
  return manifest ? manifest.manifest.network.allow : policy.network.allow;
}

function gitDenial(err: GitError, opts: ReviewOptions, policy?: PolicyInput, manifest?: ManifestInput | null): Evaluation {
  const message = err.hint ? `${err.message}. Fix: ${err.hint}` : err.message;
  return {
    verdict: 'deny',
    tier: 'high',
    base: opts.base,
    head: opts.head,
    merge_base: '',
    branch: opts.branch ?? null,
    repository: opts.repository ?? null,
    policy: policy ? { source: policy.source, sha256: policy.sha256, baseline: policy.compiled.policy.origin === 'baseline' } : { source: 'not loaded', sha256: '', baseline: false },
    manifest: manifest ? { source: manifest.source, sha256: manifest.sha256 } : null,
    files: [],
    violations: [{ code: err.code, message }],
    capabilities: { granted: [], used: [], unused: [] },
    network_allow: [],
    approvals_required: 0,
    notes: [],
    summary: `deny: the change set could not be established (${err.code})`,
  };
}

export type { ContentFinding };
