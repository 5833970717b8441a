// Runs the BUNDLED command line (`node dist/cli.js ...`) as a user or a workflow would: the bundle
// `npm test` builds once from the current sources (test/support/bundle.ts).

import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundlePath, REPO_ROOT } from './bundle.js';

export { REPO_ROOT };
export const CLI_PATH = bundlePath('cli.js');

export interface CliResult {
  /** Exit code; null when the process was killed (for example by the timeout). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time of the whole process, node start-up included. */
  ms: number;
  /**
   * CPU time (user + system) the process used, node start-up included; null when it did not exit by
   * itself. Unlike `ms` this hardly changes when the machine is busy, so time limits assert on it.
   */
  cpuMs: number | null;
  /** True when the process was killed because it ran longer than `timeoutMs`. */
  timedOut: boolean;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Kill the process after this long (default 15 s). */
  timeoutMs?: number;
  /** Written to the process's stdin, which is then closed. */
  input?: string | Buffer;
}

// Loaded before dist/cli.js with --import: writes process.cpuUsage() to a file when the process exits.
// It prints nothing, so stdout and stderr are exactly the command's own.
const CPU_PROBE =
  'data:text/javascript,import{writeFileSync}from"node:fs";' +
  'process.on("exit",()=>{try{const u=process.cpuUsage();writeFileSync(process.env.AGENT_GUARD_TEST_CPU_FILE,String((u.user+u.system)/1000))}catch{}})';

export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const started = process.hrtime.bigint();
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const cpuFile = join(tmpdir(), `agent-guard-cpu-${randomUUID()}`);
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', CPU_PROBE, CLI_PATH, ...args],
      {
        cwd: opts.cwd ?? REPO_ROOT,
        // A clean environment: no AGENT_GUARD_DEBUG or NODE_OPTIONS from the test runner.
        env: { PATH: process.env.PATH ?? '', ...opts.env, AGENT_GUARD_TEST_CPU_FILE: cpuFile },
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const err = error as (NodeJS.ErrnoException & { killed?: boolean; signal?: NodeJS.Signals | null }) | null;
        let cpuMs: number | null;
        try {
          cpuMs = Number(readFileSync(cpuFile, 'utf8'));
        } catch {
          cpuMs = null;
        }
        rmSync(cpuFile, { force: true });
        resolve({
          code: child.exitCode,
          signal: child.signalCode ?? err?.signal ?? null,
          stdout,
          stderr,
          ms,
          cpuMs,
          timedOut: Boolean(err?.killed) && ms >= timeoutMs,
        });
      },
    );
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}
