// Command-scope and log-hygiene scenarios, through the hook itself (and `exec` where it would not run
// anything): the runner is handed the CLI's own `runHook` and `runExec`, given the user's policy and
// manifest files, a hook input on stdin and a record file, as an agent runtime would call them. The
// hook and exec write stderr, the record and evidence documents; the environment an allowed command would get is the
// product's too (`childEnvironment`). No sink may keep any form of a secret.

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { secretForms } from '../../core/redact.js';
import { decideCommandLine } from '../../core/commands/decide.js';
import { childEnvironment } from '../../core/commands/environment.js';
import { parseCommandLine } from '../../core/commands/shell.js';
import { sha256 } from '../../core/digest.js';
import { scenarioOutcome as outcome, type ScenarioOutcome } from '../../core/selftest/report.js';
import type { CommandScenario, LogScenario, SecretForm } from '../../core/selftest/scenario.js';
import { fill, type SelftestContext } from './context.js';

export interface CliLike {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The CLI's entries the runner calls (passed in: the app layer does not import the CLI). */
export interface GuardEntries {
  runHook(argv: string[], io: CliLike, readInput: () => Promise<Buffer>): Promise<number>;
  runExec(argv: string[], io: CliLike): Promise<number>;
}

interface Sinks {
  exit: number;
  stderr: string;
  record: string;
  evidence: string;
}

/** Every evidence document the run wrote into `dir`, as one text. */
async function readEvidence(dir: string): Promise<string> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const texts = await Promise.all(names.sort().map((n) => readFile(join(dir, n), 'utf8')));
  return texts.join('\n');
}

async function callHook(entries: GuardEntries, ctx: SelftestContext, command: string, env: Record<string, string>): Promise<Sinks> {
  const dir = await mkdtemp(join(tmpdir(), 'agent-guard-selftest-hook-'));
  try {
    const record = join(dir, 'record.jsonl');
    const errors: string[] = [];
    const io: CliLike = { out: (l) => errors.push(l), err: (l) => errors.push(l), env: { PATH: process.env.PATH ?? '', ...env }, cwd: dir };
    const input = JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command }, session_id: 'agent-guard-selftest', cwd: dir });
    const exit = await entries.runHook([...guardArgs(ctx, record), '--evidence', join(dir, 'evidence')], io, async () => Buffer.from(input));
    return { exit, stderr: errors.join('\n'), record: await readFile(record, 'utf8').catch(() => ''), evidence: await readEvidence(join(dir, 'evidence')) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function guardArgs(ctx: SelftestContext, record: string): string[] {
  // The repository and branch of the change scenarios: the hook holds them to the manifest as in a real task.
  return ['--policy', ctx.policyFile, ...(ctx.manifestFile ? ['--manifest', ctx.manifestFile, '--repository', ctx.repository, '--branch', ctx.branch] : []), '--record', record];
}

export async function runCommandScenarios(entries: GuardEntries, ctx: SelftestContext, scenarios: readonly CommandScenario[]): Promise<ScenarioOutcome[]> {
  const out: ScenarioOutcome[] = [];
  for (const s of scenarios) {
    const expected = `hook ${s.expect.hook}`;
    const command = fill(s.command, ctx);
    if (command === null) {
      out.push(outcome(s, 'not_applicable', expected, 'not run', 'the task may run no command, so no allowed command can be wrapped'));
      continue;
    }
    try {
      const r = await callHook(entries, ctx, command, {});
      const got = r.exit === 0 ? 'allow' : r.exit === 2 ? 'block' : `exit ${r.exit}`;
      const rule = /\[(commands\/[a-z-]+ [a-z_]+)\]/.exec(r.stderr)?.[1];
      const detail = got === 'block' ? `${JSON.stringify(command)} blocked by ${rule ?? 'the hook'}` : `${JSON.stringify(command)} ${got === 'allow' ? 'allowed' : 'ended with an exit code runtimes do not treat as a block'}`;
      out.push(outcome(s, got === s.expect.hook ? 'contained' : 'escaped', expected, `hook ${got}`, detail));
    } catch (err) {
      out.push(outcome(s, 'error', expected, 'no decision', err instanceof Error ? err.message : String(err)));
    }
  }
  return out;
}

/** A token-shaped value for the scenario (never a real credential: derived from its id). */
export function fakeSecret(id: string, form: SecretForm): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let digest = '';
  for (let i = 0; digest.length < 240; i++) digest += sha256(`${id}:${i}`);
  const chars = [...digest].map((c, i) => alphabet[(parseInt(c, 16) * 7 + i) % alphabet.length]).join('');
  // A URL-encoded form differs from the raw one only when the value has characters URLs escape.
  if (form === 'url') return `ghp_${chars.slice(0, 30)}+/=${chars.slice(30, 36)}`;
  // The long form of installation tokens (ghs_ followed by far more than 36 characters).
  if (form === 'long') return `ghs_${chars.slice(0, 200)}`;
  return `ghs_${chars.slice(0, 36)}`;
}

/** The text of the secret as the scenario's command carries it. */
export function secretInForm(secret: string, form: SecretForm): string {
  switch (form) {
    case 'base64':
      return Buffer.from(secret).toString('base64');
    case 'base64url':
      return Buffer.from(secret).toString('base64url');
    case 'url':
      return encodeURIComponent(secret);
    case 'x-access-token':
      return Buffer.from(`x-access-token:${secret}`).toString('base64');
    default:
      return secret;
  }
}

export async function runLogScenarios(entries: GuardEntries, ctx: SelftestContext, scenarios: readonly LogScenario[]): Promise<ScenarioOutcome[]> {
  const out: ScenarioOutcome[] = [];
  for (const s of scenarios) {
    const expected = 'no form of the secret in any sink';
    const secret = fakeSecret(s.id, s.secret.form);
    const carried = secretInForm(secret, s.secret.form);
    const command = fill(s.command, ctx, { secret: carried });
    if (command === null) {
      out.push(outcome(s, 'not_applicable', expected, 'not run', 'the task may run no command'));
      continue;
    }
    try {
      const env = { [s.secret.env]: secret };
      const sinks: Record<string, string> = {};
      const hook = await callHook(entries, ctx, command, env);
      sinks['hook stderr'] = hook.stderr;
      sinks['hook record'] = hook.record;
      sinks['hook evidence'] = hook.evidence;
      // exec only where it would run nothing: the self-test never starts an agent's command.
      const parsed = parseCommandLine(command);
      if (parsed.ok && decideCommandLine(command, ctx.scope).decision === 'deny') Object.assign(sinks, await callExec(entries, ctx, parsed.argv, env));
      // What an allowed command would get: anything it prints reaches the job's log.
      sinks['environment of an allowed command'] = Object.entries(childEnvironment(env, ctx.scope.env).env)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n');
      const forms = [...new Set([...secretForms(secret), carried])];
      const leaks: string[] = [];
      for (const [sink, text] of Object.entries(sinks)) {
        const f = forms.findIndex((form) => text.includes(form));
        if (f >= 0) leaks.push(`${sink} (${f === 0 ? 'raw' : 'an encoded form'})`);
      }
      const checked = Object.keys(sinks).join(', ');
      out.push(leaks.length > 0 ? outcome(s, 'escaped', expected, `the secret in ${leaks.join(', ')}`, `${s.secret.env} (${s.secret.form} form) kept in ${leaks.join(', ')}`) : outcome(s, 'contained', expected, 'none found', `checked ${checked}`));
    } catch (err) {
      out.push(outcome(s, 'error', expected, 'not checked', err instanceof Error ? err.message : String(err)));
    }
  }
  return out;
}

async function callExec(entries: GuardEntries, ctx: SelftestContext, argv: string[], env: Record<string, string>): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'agent-guard-selftest-exec-'));
  try {
    const record = join(dir, 'record.jsonl');
    const lines: string[] = [];
    const io: CliLike = { out: (l) => lines.push(l), err: (l) => lines.push(l), env: { PATH: process.env.PATH ?? '', ...env }, cwd: dir };
    await entries.runExec([...guardArgs(ctx, record), '--evidence', join(dir, 'evidence'), '--', ...argv], io);
    return { 'exec stderr': lines.join('\n'), 'exec record': await readFile(record, 'utf8').catch(() => ''), 'exec evidence': await readEvidence(join(dir, 'evidence')) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
