// Every allowed and denied command, as JSON: one line of the command record (`--record FILE`, appended),
// and one evidence document per decision (`--evidence DIR`, action `command`, the schema of
// src/core/evidence-schema.ts). Redaction happens where they are written, with the values of the
// environment the writer knows.

import { EVIDENCE_VERSION, type JobIdentity, type Timings } from '../evidence.js';
import type { CommandDecision } from './decide.js';

export interface CommandRecordContext {
  tool: 'exec' | 'hook';
  time: string;
  cwd: string;
  policy: { source: string; sha256: string } | null;
  task: { source: string; sha256: string; subject: string; taskId: string | null } | null;
  /** The command line as the runtime sent it (hook only). */
  commandLine?: string;
  /** Identifiers the runtime sent with the hook call. */
  runtime?: Record<string, string>;
  /** Variables the command was given (exec only). */
  envPassed?: string[];
}

export const MAX_RECORDED_LINE_CHARS = 4096;

/** What was decided about one command, in the order both records write it. */
function decidedFields(ctx: CommandRecordContext, d: CommandDecision): Record<string, unknown> {
  return {
    decision: d.decision,
    rule: d.rule,
    code: d.code,
    message: d.message,
    argv: d.argv ?? null,
    command_line: ctx.commandLine === undefined ? null : ctx.commandLine.slice(0, MAX_RECORDED_LINE_CHARS),
    capability: d.capability ?? null,
    pattern: d.pattern ?? null,
    cwd: ctx.cwd,
  };
}

function runtimeFields(ctx: CommandRecordContext): Record<string, unknown> {
  return { ...(ctx.runtime ? { runtime: ctx.runtime } : {}), ...(ctx.envPassed ? { env_passed: ctx.envPassed } : {}) };
}

export function decisionRecord(ctx: CommandRecordContext, d: CommandDecision): Record<string, unknown> {
  return {
    version: 1,
    event: 'decision',
    time: ctx.time,
    tool: ctx.tool,
    ...decidedFields(ctx, d),
    policy: ctx.policy,
    task: ctx.task && { source: ctx.task.source, sha256: ctx.task.sha256, subject: ctx.task.subject, task_id: ctx.task.taskId },
    ...runtimeFields(ctx),
  };
}

export function exitRecord(ctx: CommandRecordContext, argv: readonly string[], outcome: { exitCode: number | null; signal: string | null; durationMs: number; error?: string }): Record<string, unknown> {
  return {
    version: 1,
    event: 'exit',
    time: ctx.time,
    tool: ctx.tool,
    argv: [...argv],
    exit_code: outcome.exitCode,
    signal: outcome.signal,
    duration_ms: outcome.durationMs,
    ...(outcome.error ? { error: outcome.error } : {}),
    task: ctx.task && { sha256: ctx.task.sha256, task_id: ctx.task.taskId },
  };
}

export interface CommandExit {
  exitCode: number | null;
  signal: string | null;
  durationMs: number;
  error?: string;
}

/** The evidence document of one decision (and, for exec, of how the command ended: null until then). */
export function commandEvidence(ctx: CommandRecordContext, d: CommandDecision, job: JobIdentity, timings: Timings, exit: CommandExit | null): Record<string, unknown> {
  return {
    version: EVIDENCE_VERSION,
    action: 'command',
    job,
    policy: ctx.policy ?? { source: 'not loaded', sha256: '' },
    manifest: ctx.task && { source: ctx.task.source, sha256: ctx.task.sha256 },
    command: {
      tool: ctx.tool,
      ...decidedFields(ctx, d),
      task: ctx.task && { subject: ctx.task.subject, task_id: ctx.task.taskId },
      ...runtimeFields(ctx),
      exit: exit && { exit_code: exit.exitCode, signal: exit.signal, duration_ms: exit.durationMs, ...(exit.error !== undefined ? { error: exit.error } : {}) },
    },
    credentials: [],
    timings,
  };
}
