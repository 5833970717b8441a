// What `exec` and `hook` share: the policy and manifest resolved as `check` resolves them (the policy
// from `<base>:.github/agent-policy.yml` unless given, else the baseline), the command scope they
// grant, and the record of every decision, appended as one JSON line with secrets redacted.

import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { formatProblem } from '../adapters/config.js';
import { FileReadError, writeFileNoFollow } from '../adapters/files.js';
import { GitError } from '../adapters/git/process.js';
import { resolveCommit } from '../adapters/git/reads.js';
import { Redactor, secretForms } from '../core/redact.js';
import { ConfigError, loadManifestFor, loadPolicyFor, parseSource } from '../app/config.js';
import { commandScope, type CommandScope } from '../core/commands/decide.js';
import type { CommandRecordContext } from '../core/commands/record.js';
import type { Manifest } from '../core/manifest.js';
import type { Policy } from '../core/policy.js';
import { DEFAULT_POLICY_PATH } from '../core/protected.js';
import { oneLine } from '../core/text.js';
import { defaultBaseRef } from './check.js';
import type { CliIO } from './io.js';

/** Options every command-guard command takes (node:util parseArgs form). */
export const GUARD_OPTIONS = {
  repo: { type: 'string', default: '.' },
  base: { type: 'string' },
  policy: { type: 'string' },
  manifest: { type: 'string' },
  record: { type: 'string' },
} as const;

/**
 * Where the commands run, for `exec` and `hook`: checked against the manifest's repository and
 * branch_pattern (and the subject's). The repository defaults to GITHUB_REPOSITORY; the branch is
 * checked only when given (an agent job often starts on the default branch and pushes elsewhere).
 */
export const TASK_OPTIONS = {
  repository: { type: 'string' },
  branch: { type: 'string' },
  evidence: { type: 'string' },
} as const;

/** The environment variable that names the evidence directory when `--evidence` is not given. */
export const EVIDENCE_ENV = 'AGENT_GUARD_EVIDENCE_DIR';

export interface GuardValues {
  repo: string;
  base?: string | undefined;
  policy?: string | undefined;
  manifest?: string | undefined;
  record?: string | undefined;
}

/** The values of TASK_OPTIONS. */
export interface TaskValues {
  repository?: string | undefined;
  branch?: string | undefined;
  evidence?: string | undefined;
}

/** The environment variable that names the record file when `--record` is not given. */
export const RECORD_ENV = 'AGENT_GUARD_COMMAND_RECORD';

export interface LoadedGuard {
  policy: Policy;
  manifest: Manifest | null;
  /** The repository path of the policy (the default one when it was read from a file). */
  policyPath: string;
  scope: CommandScope;
  context: Pick<CommandRecordContext, 'policy' | 'task'>;
}

/** The policy, manifest and the scope they grant. Any problem is a GuardConfigError, never a partial scope. */
export async function loadGuard(values: GuardValues, io: CliIO, now = new Date(), task: TaskValues = {}): Promise<LoadedGuard> {
  const repo = isAbsolute(values.repo) ? values.repo : join(io.cwd, values.repo);
  try {
    const policySource = values.policy !== undefined ? parseSource(values.policy, io.cwd) : undefined;
    const manifestSource = values.manifest !== undefined ? parseSource(values.manifest, io.cwd) : undefined;
    // The base commit only matters when the policy is read from the repository's default path.
    const baseCommit = policySource === undefined ? await resolveCommit(repo, values.base ?? (await defaultBaseRef(repo))) : '';
    const manifestPaths = manifestSource?.kind === 'ref' ? [manifestSource.path] : [];
    const { policy, input } = await loadPolicyFor(repo, baseCommit, policySource, io.cwd, manifestPaths);
    const loaded = manifestSource ? await loadManifestFor(repo, manifestSource, io.cwd) : null;
    const manifest: Manifest | null = loaded ? loaded.manifest : null;
    return {
      policy,
      manifest,
      policyPath: policySource?.kind === 'ref' ? policySource.path : DEFAULT_POLICY_PATH,
      scope: commandScope(policy, manifest, { now, ...where(task, io) }),
      context: {
        policy: { source: input.source, sha256: input.sha256 },
        task: loaded && manifest ? { source: loaded.source, sha256: loaded.sha256, subject: manifest.subject, taskId: manifest.taskId ?? null } : null,
      },
    };
  } catch (err) {
    if (err instanceof ConfigError) throw new GuardConfigError(err.problems.map(formatProblem).join('; '));
    if (err instanceof GitError) throw new GuardConfigError(`${oneLine(err.message)}${err.hint ? `. Fix: ${oneLine(err.hint)}` : ''}`);
    if (err instanceof FileReadError) throw new GuardConfigError(`${oneLine(err.file)}: ${oneLine(err.message)}`);
    throw err;
  }
}

function where(values: TaskValues, io: CliIO): { repository?: string; branch?: string } {
  const repository = values.repository ?? (io.env.GITHUB_REPOSITORY || undefined);
  return { ...(repository !== undefined ? { repository } : {}), ...(values.branch !== undefined ? { branch: values.branch } : {}) };
}

export class GuardConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GuardConfigError';
  }
}

/** A redactor that knows every value the record and messages must not show. */
export function guardRedactor(secrets: readonly string[]): Redactor {
  const r = new Redactor();
  for (const s of secrets) r.add(...secretForms(s));
  return r;
}

export function recordPath(values: GuardValues, io: CliIO): string | undefined {
  const file = values.record ?? io.env[RECORD_ENV];
  if (file === undefined || file === '') return undefined;
  return isAbsolute(file) ? file : join(io.cwd, file);
}

/**
 * Append one JSON line, redacted. The file is opened without following a symbolic link and must be a
 * regular file, so a path someone else prepared cannot redirect the record onto another file.
 */
export async function appendRecord(file: string, record: Record<string, unknown>, redactor: Pick<Redactor, 'redact'>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const handle = await open(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o600);
  try {
    if (!(await handle.stat()).isFile()) throw new Error('not a regular file');
    await handle.write(`${redactor.redact(JSON.stringify(record))}\n`);
  } finally {
    await handle.close();
  }
}

/** Where the evidence documents go (`--evidence DIR`, else AGENT_GUARD_EVIDENCE_DIR), or undefined. */
export function evidenceDir(values: TaskValues, io: CliIO): string | undefined {
  const dir = values.evidence ?? io.env[EVIDENCE_ENV];
  if (dir === undefined || dir === '') return undefined;
  return isAbsolute(dir) ? dir : join(io.cwd, dir);
}

/** A file name of its own for each decision: time first, so a listing is in order. */
export function evidenceFile(dir: string, tool: string, time: string): string {
  return join(dir, `command-${time.replace(/[:.]/g, '-')}-${tool}-${process.pid}-${randomBytes(4).toString('hex')}.json`);
}

/**
 * Write one evidence document, never through a symbolic link, mode 0600. The command section (what the
 * agent sent, and the messages about it) is redacted; the job identity is the runner's own variables
 * (GITHUB_REPOSITORY and friends are token-shaped, not secret) and is kept as it is.
 */
export async function writeEvidence(file: string, doc: Record<string, unknown>, redactor: Pick<Redactor, 'redact'>): Promise<void> {
  const command = JSON.parse(redactor.redact(JSON.stringify(doc.command ?? null))) as unknown;
  await writeFileNoFollow(file, `${JSON.stringify({ ...doc, command }, null, 2)}\n`, { mode: 0o600 });
}
