import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  EVIDENCE_VERSION
} from "./chunk-2OZA757D.js";

// src/core/commands/record.ts
var MAX_RECORDED_LINE_CHARS = 4096;
function decidedFields(ctx, d) {
  return {
    decision: d.decision,
    rule: d.rule,
    code: d.code,
    message: d.message,
    argv: d.argv ?? null,
    command_line: ctx.commandLine === void 0 ? null : ctx.commandLine.slice(0, MAX_RECORDED_LINE_CHARS),
    capability: d.capability ?? null,
    pattern: d.pattern ?? null,
    cwd: ctx.cwd
  };
}
function runtimeFields(ctx) {
  return { ...ctx.runtime ? { runtime: ctx.runtime } : {}, ...ctx.envPassed ? { env_passed: ctx.envPassed } : {} };
}
function decisionRecord(ctx, d) {
  return {
    version: 1,
    event: "decision",
    time: ctx.time,
    tool: ctx.tool,
    ...decidedFields(ctx, d),
    policy: ctx.policy,
    task: ctx.task && { source: ctx.task.source, sha256: ctx.task.sha256, subject: ctx.task.subject, task_id: ctx.task.taskId },
    ...runtimeFields(ctx)
  };
}
function exitRecord(ctx, argv, outcome) {
  return {
    version: 1,
    event: "exit",
    time: ctx.time,
    tool: ctx.tool,
    argv: [...argv],
    exit_code: outcome.exitCode,
    signal: outcome.signal,
    duration_ms: outcome.durationMs,
    ...outcome.error ? { error: outcome.error } : {},
    task: ctx.task && { sha256: ctx.task.sha256, task_id: ctx.task.taskId }
  };
}
function commandEvidence(ctx, d, job, timings, exit) {
  return {
    version: EVIDENCE_VERSION,
    action: "command",
    job,
    policy: ctx.policy ?? { source: "not loaded", sha256: "" },
    manifest: ctx.task && { source: ctx.task.source, sha256: ctx.task.sha256 },
    command: {
      tool: ctx.tool,
      ...decidedFields(ctx, d),
      task: ctx.task && { subject: ctx.task.subject, task_id: ctx.task.taskId },
      ...runtimeFields(ctx),
      exit: exit && { exit_code: exit.exitCode, signal: exit.signal, duration_ms: exit.durationMs, ...exit.error !== void 0 ? { error: exit.error } : {} }
    },
    credentials: [],
    timings
  };
}

export {
  decisionRecord,
  exitRecord,
  commandEvidence
};
