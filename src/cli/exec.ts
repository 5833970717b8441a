// `agent-guard exec [options] -- CMD ARGS...`: run a command only when a granted capability allows its
// argv, with the environment reduced to an allow-list, and record the decision (and, when it ran, how
// it ended). No shell is involved: the argv is exactly what was decided.
//
// Exit codes, chosen as env(1) and timeout(1) do so they cannot be mistaken for agent-guard's own
// check/validate codes: the command's own code when it ran (128+N when signal N ended it); 126 when
// the command was denied; 127 when it was allowed but could not be started; 125 when agent-guard
// could not decide (bad options, policy, manifest or record file): nothing was run.

import { spawn } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { parseArgs } from 'node:util';
import { decideArgv, type CommandDecision } from '../core/commands/decide.js';
import { childEnvironment } from '../core/commands/environment.js';
import { commandEvidence, decisionRecord, exitRecord, type CommandExit, type CommandRecordContext } from '../core/commands/record.js';
import { jobIdentity } from '../core/evidence.js';
import { guardErrors } from '../core/rules/commands/index.js';
import { oneLine, sanitizeForMessage } from '../core/text.js';
import { appendRecord, evidenceDir, evidenceFile, GUARD_OPTIONS, GuardConfigError, guardRedactor, loadGuard, recordPath, TASK_OPTIONS, writeEvidence, type GuardValues, type TaskValues } from './command-guard.js';
import type { CliIO } from './io.js';
import { EXEC_USAGE } from './usage.js';

export const EXEC_EXIT = Object.freeze({ CANNOT_DECIDE: 125, DENIED: 126, NOT_STARTED: 127 } as const);

export async function runExec(argv: string[], io: CliIO): Promise<number> {
  const started = new Date();
  const dashes = argv.indexOf('--');
  const say = (line: string) => io.err(`agent-guard exec: ${line}`);
  if (dashes < 0 || dashes === argv.length - 1) {
    say(`give the command after --\nusage: ${EXEC_USAGE}`);
    return EXEC_EXIT.CANNOT_DECIDE;
  }
  const command = argv.slice(dashes + 1);
  let values: GuardValues & TaskValues;
  try {
    ({ values } = parseArgs({ args: argv.slice(0, dashes), options: { ...GUARD_OPTIONS, ...TASK_OPTIONS }, strict: true, allowPositionals: false }));
  } catch (err) {
    say(`${sanitizeForMessage(err instanceof Error ? err.message : String(err))}\nusage: ${EXEC_USAGE}`);
    return EXEC_EXIT.CANNOT_DECIDE;
  }
  let guard;
  try {
    guard = await loadGuard(values, io, new Date(), values);
  } catch (err) {
    if (!(err instanceof GuardConfigError)) throw err;
    say(`nothing was run: the policy or manifest could not be read: ${err.message} [${guardErrors.id} command_config_invalid]`);
    return EXEC_EXIT.CANNOT_DECIDE;
  }
  const decision = decideArgv(command, guard.scope);
  const child = childEnvironment(io.env, guard.scope.env);
  const redactor = guardRedactor(child.secrets);
  const context: CommandRecordContext = { tool: 'exec', time: new Date().toISOString(), cwd: io.cwd, envPassed: child.passed, ...guard.context };
  const file = recordPath(values, io);
  const record = async (entry: Record<string, unknown>): Promise<boolean> => {
    if (file === undefined) return true;
    try {
      await appendRecord(file, entry, redactor);
      return true;
    } catch (err) {
      say(`nothing was run: the decision could not be recorded in ${JSON.stringify(file)} (${sanitizeForMessage(err instanceof Error ? err.message : String(err))}) [${guardErrors.id} command_record_failed]`);
      return false;
    }
  };
  if (!(await record(decisionRecord(context, decision)))) return EXEC_EXIT.CANNOT_DECIDE;
  // One evidence document for this run: written with the decision (before anything runs), and again
  // with the exit once the command ended.
  const dir = evidenceDir(values, io);
  const target = dir === undefined ? undefined : evidenceFile(dir, 'exec', context.time);
  const evidence = async (exit: CommandExit | null): Promise<boolean> => {
    if (target === undefined) return true;
    const finished = new Date();
    const timings = { started_at: started.toISOString(), finished_at: finished.toISOString(), duration_ms: finished.getTime() - started.getTime() };
    try {
      await writeEvidence(target, commandEvidence(context, decision, jobIdentity(io.env), timings, exit), redactor);
      return true;
    } catch (err) {
      say(`${exit === null ? 'nothing was run: ' : ''}the evidence could not be written to ${JSON.stringify(target)} (${sanitizeForMessage(err instanceof Error ? err.message : String(err))}) [${guardErrors.id} command_record_failed]`);
      return false;
    }
  };
  if (!(await evidence(null))) return EXEC_EXIT.CANNOT_DECIDE;
  if (decision.decision === 'deny') {
    say(redactor.redact(`${oneLine(decision.message)} [${decision.rule} ${decision.code}]`));
    return EXEC_EXIT.DENIED;
  }
  const outcome = await run(command, child.env, io.cwd);
  await record(exitRecord({ ...context, time: new Date().toISOString() }, command, outcome));
  await evidence({ exitCode: outcome.exitCode, signal: outcome.signal, durationMs: outcome.durationMs, ...(outcome.error !== undefined ? { error: outcome.error } : {}) });
  if (outcome.error !== undefined) {
    say(redactor.redact(`${describe(decision)} could not be started: ${outcome.error}`));
    return outcome.notFound ? EXEC_EXIT.NOT_STARTED : EXEC_EXIT.DENIED;
  }
  if (outcome.signal !== null) return 128 + (osConstants.signals[outcome.signal as NodeJS.Signals] ?? 0);
  return outcome.exitCode ?? EXEC_EXIT.CANNOT_DECIDE;
}

function describe(d: CommandDecision): string {
  return oneLine(JSON.stringify((d.argv ?? []).join(' ')));
}

interface RunOutcome {
  exitCode: number | null;
  signal: string | null;
  durationMs: number;
  error?: string;
  notFound?: boolean;
}

/** Run the argv with no shell, stdio inherited; SIGINT and SIGTERM are passed on while it runs. */
function run(argv: readonly string[], env: Record<string, string>, cwd: string): Promise<RunOutcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), { env, cwd, stdio: 'inherit', shell: false, windowsHide: true });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const done = (o: Omit<RunOutcome, 'durationMs'>) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve({ ...o, durationMs: Date.now() - started });
    };
    child.once('error', (err: NodeJS.ErrnoException) => done({ exitCode: null, signal: null, error: sanitizeForMessage(err.message), notFound: err.code === 'ENOENT' }));
    child.once('exit', (code, signal) => done({ exitCode: code, signal }));
  });
}
