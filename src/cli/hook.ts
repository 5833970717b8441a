// `agent-guard hook`: the command decision as a PreToolUse hook. Claude Code and Codex send the tool
// call as JSON on stdin, with the shell command in `tool_input.command`; exit 2 blocks the call and
// shows stderr to the agent, exit 0 lets it run, and any other exit code lets it run too. GitHub
// Copilot (the coding agent and the CLI) sends `toolName`/`toolArgs` (or, for a PascalCase
// `PreToolUse` entry, snake_case fields with the lower-case tool name `bash`) and blocks only on
// `{"permissionDecision":"deny"}` on stdout with exit 0: a non-zero exit is a failed hook it skips.
// So every path here ends in the runtime's own "blocked" unless the command is allowed.

import { parseArgs } from 'node:util';
import { decideCommandLine, type CommandDecision } from '../core/commands/decide.js';
import { childEnvironment } from '../core/commands/environment.js';
import { commandEvidence, decisionRecord, type CommandRecordContext } from '../core/commands/record.js';
import { jobIdentity } from '../core/evidence.js';
import { isObj, own, str } from '../core/json.js';
import { guardErrors } from '../core/rules/commands/index.js';
import { oneLine, sanitizeForMessage } from '../core/text.js';
import { appendRecord, evidenceDir, evidenceFile, GUARD_OPTIONS, GuardConfigError, guardRedactor, loadGuard, recordPath, TASK_OPTIONS, writeEvidence, type GuardValues, type TaskValues } from './command-guard.js';
import type { CliIO } from './io.js';
import { HOOK_USAGE } from './usage.js';

export const HOOK_EXIT = Object.freeze({ ALLOW: 0, BLOCK: 2 } as const);

/** The hook input is one small JSON object; anything larger is refused unread. */
export const MAX_HOOK_INPUT_BYTES = 1024 * 1024;

export type ReadInput = () => Promise<Buffer>;

/** The runtimes whose hook protocol `--runtime` names; without it the input's shape decides. */
export const HOOK_RUNTIMES = ['claude', 'codex', 'copilot'] as const;
export type HookProtocol = 'exit-code' | 'copilot';

const HOOK_OPTIONS = { ...GUARD_OPTIONS, ...TASK_OPTIONS, runtime: { type: 'string' } } as const;

/** `--runtime copilot` among the arguments, read before (and whether or not) they parse. */
export function asksForCopilot(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--runtime=copilot' || (a === '--runtime' && argv[i + 1] === 'copilot'));
}

/** Copilot's answer that blocks a tool call (on stdout, with exit 0). */
export function copilotDeny(reason: string): string {
  return JSON.stringify({ permissionDecision: 'deny', permissionDecisionReason: reason });
}

export async function runHook(argv: string[], io: CliIO, readInput: ReadInput = readStdin): Promise<number> {
  const started = new Date();
  let redactor: { redact(text: string): string } = { redact: (t) => t };
  // Until the input says otherwise: a usage error with `--runtime copilot` must still block in Copilot.
  let protocol: HookProtocol = asksForCopilot(argv) ? 'copilot' : 'exit-code';
  const block = (d: Pick<CommandDecision, 'rule' | 'code' | 'message'>) => {
    const line = redactor.redact(`agent-guard: ${oneLine(d.message)} [${d.rule} ${d.code}]`);
    io.err(line);
    if (protocol === 'exit-code') return HOOK_EXIT.BLOCK;
    io.out(copilotDeny(line));
    return HOOK_EXIT.ALLOW;
  };
  try {
    redactor = guardRedactor(childEnvironment(io.env, []).secrets);
    let values: GuardValues & TaskValues & { runtime?: string | undefined };
    try {
      ({ values } = parseArgs({ args: argv, options: HOOK_OPTIONS, strict: true, allowPositionals: false }));
    } catch (err) {
      return block({ rule: guardErrors.id, code: 'command_config_invalid', message: `${sanitizeForMessage(err instanceof Error ? err.message : String(err))}; usage: ${HOOK_USAGE}` });
    }
    const known = values.runtime === undefined || (HOOK_RUNTIMES as readonly string[]).includes(values.runtime);
    const input = parseHookInput(await readInput());
    // The input's shape names its runtime; a valid `--runtime` wins (a mismatch is blocked below).
    if ((values.runtime === undefined || !known) && 'format' in input) protocol = input.format === 'copilot' ? 'copilot' : 'exit-code';
    if (!known) {
      return block({ rule: guardErrors.id, code: 'command_config_invalid', message: `--runtime must be ${HOOK_RUNTIMES.join(', ')}, not ${JSON.stringify(sanitizeForMessage(values.runtime!, 40))}` });
    }
    if ('problem' in input) return block({ rule: guardErrors.id, code: input.code, message: input.problem });
    if (values.runtime !== undefined && (values.runtime === 'copilot') !== (input.format === 'copilot')) {
      return block({ rule: guardErrors.id, code: 'hook_input_invalid', message: `the hook input is in ${input.format === 'copilot' ? "Copilot's" : "Claude Code's and Codex's"} format, but --runtime is ${values.runtime}` });
    }
    // Copilot calls a preToolUse hook for every tool: the ones that run no shell command are not ours to decide.
    if (input.command === null) return HOOK_EXIT.ALLOW;

    let decision: CommandDecision;
    let context;
    try {
      const guard = await loadGuard(values, io, new Date(), values);
      context = guard.context;
      decision = decideCommandLine(input.command, guard.scope);
    } catch (err) {
      if (!(err instanceof GuardConfigError)) throw err;
      return block({ rule: guardErrors.id, code: 'command_config_invalid', message: `the policy or manifest could not be read, so nothing is allowed: ${err.message}` });
    }
    const recordContext: CommandRecordContext = { tool: 'hook', time: new Date().toISOString(), cwd: input.cwd ?? io.cwd, commandLine: input.command, runtime: input.runtime, ...context };
    const file = recordPath(values, io);
    const dir = evidenceDir(values, io);
    const failed = (where: string, err: unknown) =>
      block({ rule: guardErrors.id, code: 'command_record_failed', message: `the decision could not be recorded in ${JSON.stringify(where)} (${sanitizeForMessage(err instanceof Error ? err.message : String(err))}), so the command is not allowed` });
    if (file !== undefined) {
      try {
        await appendRecord(file, decisionRecord(recordContext, decision), redactor);
      } catch (err) {
        return failed(file, err);
      }
    }
    if (dir !== undefined) {
      const target = evidenceFile(dir, 'hook', recordContext.time);
      const finished = new Date();
      const timings = { started_at: started.toISOString(), finished_at: finished.toISOString(), duration_ms: finished.getTime() - started.getTime() };
      try {
        await writeEvidence(target, commandEvidence(recordContext, decision, jobIdentity(io.env), timings, null), redactor);
      } catch (err) {
        return failed(target, err);
      }
    }
    if (decision.decision === 'allow') return HOOK_EXIT.ALLOW;
    return block(decision);
  } catch (err) {
    return block({ rule: guardErrors.id, code: 'command_internal_error', message: `internal error, so the command is not allowed: ${sanitizeForMessage(err instanceof Error ? err.message : String(err))}` });
  }
}

interface HookInput {
  format: 'claude' | 'copilot';
  /** The shell command line; null for a Copilot tool that runs none (view, edit, ...). */
  command: string | null;
  cwd?: string;
  runtime: Record<string, string>;
}

type HookProblem = { problem: string; code: 'hook_input_invalid' | 'hook_tool_unsupported'; format?: HookInput['format'] };

/** Copilot's tools that run a command line, and the one of them agent-guard can read. */
const COPILOT_SHELL_TOOLS: ReadonlySet<string> = new Set(['bash', 'powershell']);

/**
 * The PreToolUse input of Claude Code and Codex (`tool_name` Bash, the command in
 * `tool_input.command`), or of GitHub Copilot: `toolName` bash with `toolArgs` (a JSON string or an
 * object) holding `command`, or the snake_case form with the lower-case `tool_name` bash.
 */
export function parseHookInput(bytes: Buffer): HookInput | HookProblem {
  const invalid = (problem: string, format?: HookInput['format']): HookProblem => ({ problem: `the hook input ${problem}`, code: 'hook_input_invalid', ...(format ? { format } : {}) });
  if (bytes.length > MAX_HOOK_INPUT_BYTES) return invalid(`is larger than ${MAX_HOOK_INPUT_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    return invalid('on stdin is not JSON');
  }
  if (!isObj(value)) return invalid('is not a JSON object');
  const runtime: Record<string, string> = {};
  for (const [key, as] of [['session_id', 'session_id'], ['sessionId', 'session_id'], ['tool_use_id', 'tool_use_id'], ['turn_id', 'turn_id'], ['model', 'model'], ['permission_mode', 'permission_mode']] as const) {
    const v = str(own(value, key));
    if (v !== undefined) runtime[as] = v.slice(0, 200);
  }
  const rawCwd = str(own(value, 'cwd'));
  const cwd = rawCwd !== undefined ? { cwd: rawCwd.slice(0, 4096) } : {};
  const event = own(value, 'hook_event_name');
  if (event !== undefined && event !== 'PreToolUse') return invalid(`is for the ${typeof event === 'string' ? JSON.stringify(sanitizeForMessage(event, 40)) : 'another'} event; register agent-guard hook for PreToolUse`);

  // Copilot, camelCase (`preToolUse` entries): toolName and toolArgs.
  const copilotTool = own(value, 'toolName');
  if (typeof copilotTool === 'string' && own(value, 'tool_name') === undefined) {
    let args = own(value, 'toolArgs');
    if (typeof args === 'string') {
      try {
        args = JSON.parse(args);
      } catch {
        return invalid('has toolArgs that are not JSON', 'copilot');
      }
    }
    return copilotCommand(copilotTool, isObj(args) ? own(args, 'command') : undefined, 'toolArgs.command', runtime, cwd);
  }
  const tool = own(value, 'tool_name');
  const toolInput = own(value, 'tool_input');
  const command = isObj(toolInput) ? own(toolInput, 'command') : undefined;
  // Copilot, the VS Code compatible form (`PreToolUse` entries): Copilot's lower-case tool names.
  if (typeof tool === 'string' && /^[a-z_]+$/.test(tool)) return copilotCommand(tool, command, 'tool_input.command', runtime, cwd);
  if (tool !== 'Bash') {
    return { problem: `agent-guard hook decides shell commands (tool Bash), not ${typeof tool === 'string' ? JSON.stringify(sanitizeForMessage(tool, 80)) : 'a call without tool_name'}: register it with the matcher Bash`, code: 'hook_tool_unsupported', format: 'claude' };
  }
  if (typeof command !== 'string') return invalid('has no tool_input.command string', 'claude');
  return { format: 'claude', command, runtime, ...cwd };
}

function copilotCommand(tool: string, command: unknown, where: string, runtime: Record<string, string>, cwd: { cwd?: string }): HookInput | HookProblem {
  if (!COPILOT_SHELL_TOOLS.has(tool)) return { format: 'copilot', command: null, runtime, ...cwd };
  if (tool !== 'bash') {
    return { problem: `agent-guard hook reads POSIX shell command lines (Copilot's bash tool), not ${JSON.stringify(tool)}: its commands are not allowed`, code: 'hook_tool_unsupported', format: 'copilot' };
  }
  if (typeof command !== 'string') return { problem: `the hook input has no ${where} string`, code: 'hook_input_invalid', format: 'copilot' };
  return { format: 'copilot', command, runtime, ...cwd };
}

/** The runtime closes stdin after the JSON; one that never does is blocked after this long, not waited on. */
export const HOOK_INPUT_TIMEOUT_MS = 10_000;

async function readStdin(): Promise<Buffer> {
  const read = (async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += b.length;
      if (size > MAX_HOOK_INPUT_BYTES) return Buffer.alloc(MAX_HOOK_INPUT_BYTES + 1); // refused by its size, unread
      chunks.push(b);
    }
    return Buffer.concat(chunks);
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no end of input on stdin after ${HOOK_INPUT_TIMEOUT_MS / 1000} s`)), HOOK_INPUT_TIMEOUT_MS);
  });
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
    process.stdin.destroy();
  }
}
