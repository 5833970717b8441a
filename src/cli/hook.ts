// `agent-guard hook`: the command decision as a PreToolUse hook. Claude Code and Codex send the tool
// call as JSON on stdin, with the shell command in `tool_input.command`; exit 2 blocks the call and
// shows stderr to the agent, exit 0 lets it run. Any other exit code lets the call run, so every path
// here, usage errors and crashes included, ends in 0 (allowed) or 2 (blocked), never anything else.

import { parseArgs } from 'node:util';
import { decideCommandLine, type CommandDecision } from '../core/commands/decide.js';
import { childEnvironment } from '../core/commands/environment.js';
import { decisionRecord } from '../core/commands/record.js';
import { isObj, own, str } from '../core/json.js';
import { guardErrors } from '../core/rules/commands/index.js';
import { oneLine, sanitizeForMessage } from '../core/text.js';
import { appendRecord, GUARD_OPTIONS, GuardConfigError, guardRedactor, loadGuard, recordPath, type GuardValues } from './command-guard.js';
import type { CliIO } from './io.js';
import { HOOK_USAGE } from './usage.js';

export const HOOK_EXIT = Object.freeze({ ALLOW: 0, BLOCK: 2 } as const);

/** The hook input is one small JSON object; anything larger is refused unread. */
export const MAX_HOOK_INPUT_BYTES = 1024 * 1024;

export type ReadInput = () => Promise<Buffer>;

export async function runHook(argv: string[], io: CliIO, readInput: ReadInput = readStdin): Promise<number> {
  let redactor: { redact(text: string): string } = { redact: (t) => t };
  const block = (d: Pick<CommandDecision, 'rule' | 'code' | 'message'>) => {
    io.err(redactor.redact(`agent-guard: ${oneLine(d.message)} [${d.rule} ${d.code}]`));
    return HOOK_EXIT.BLOCK;
  };
  try {
    redactor = guardRedactor(childEnvironment(io.env, []).secrets);
    let values: GuardValues;
    try {
      ({ values } = parseArgs({ args: argv, options: GUARD_OPTIONS, strict: true, allowPositionals: false }));
    } catch (err) {
      return block({ rule: guardErrors.id, code: 'command_config_invalid', message: `${sanitizeForMessage(err instanceof Error ? err.message : String(err))}; usage: ${HOOK_USAGE}` });
    }
    const input = parseHookInput(await readInput());
    if ('problem' in input) return block({ rule: guardErrors.id, code: input.code, message: input.problem });

    let decision: CommandDecision;
    let context;
    try {
      const guard = await loadGuard(values, io);
      context = guard.context;
      decision = decideCommandLine(input.command, guard.scope);
    } catch (err) {
      if (!(err instanceof GuardConfigError)) throw err;
      return block({ rule: guardErrors.id, code: 'command_config_invalid', message: `the policy or manifest could not be read, so nothing is allowed: ${err.message}` });
    }
    const file = recordPath(values, io);
    if (file !== undefined) {
      const record = decisionRecord({ tool: 'hook', time: new Date().toISOString(), cwd: input.cwd ?? io.cwd, commandLine: input.command, runtime: input.runtime, ...context }, decision);
      try {
        await appendRecord(file, record, redactor);
      } catch (err) {
        return block({ rule: guardErrors.id, code: 'command_record_failed', message: `the decision could not be recorded in ${JSON.stringify(file)} (${sanitizeForMessage(err instanceof Error ? err.message : String(err))}), so the command is not allowed` });
      }
    }
    if (decision.decision === 'allow') return HOOK_EXIT.ALLOW;
    return block(decision);
  } catch (err) {
    return block({ rule: guardErrors.id, code: 'command_internal_error', message: `internal error, so the command is not allowed: ${sanitizeForMessage(err instanceof Error ? err.message : String(err))}` });
  }
}

interface HookInput {
  command: string;
  cwd?: string;
  runtime: Record<string, string>;
}

/** The PreToolUse input of Claude Code and Codex: `tool_name` Bash, the command in `tool_input.command`. */
export function parseHookInput(bytes: Buffer): HookInput | { problem: string; code: 'hook_input_invalid' | 'hook_tool_unsupported' } {
  const invalid = (problem: string) => ({ problem: `the hook input ${problem}`, code: 'hook_input_invalid' as const });
  if (bytes.length > MAX_HOOK_INPUT_BYTES) return invalid(`is larger than ${MAX_HOOK_INPUT_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    return invalid('on stdin is not JSON');
  }
  if (!isObj(value)) return invalid('is not a JSON object');
  const event = own(value, 'hook_event_name');
  if (event !== undefined && event !== 'PreToolUse') return invalid(`is for the ${JSON.stringify(sanitizeForMessage(typeof event === 'string' ? event : JSON.stringify(event) ?? 'undefined', 40))} event; register agent-guard hook for PreToolUse`);
  const tool = own(value, 'tool_name');
  if (tool !== 'Bash') {
    return { problem: `agent-guard hook decides shell commands (tool Bash), not ${typeof tool === 'string' ? JSON.stringify(sanitizeForMessage(tool, 80)) : 'a call without tool_name'}: register it with the matcher Bash`, code: 'hook_tool_unsupported' };
  }
  const toolInput = own(value, 'tool_input');
  const command = isObj(toolInput) ? own(toolInput, 'command') : undefined;
  if (typeof command !== 'string') return invalid('has no tool_input.command string');
  const runtime: Record<string, string> = {};
  for (const key of ['session_id', 'tool_use_id', 'turn_id', 'model', 'permission_mode']) {
    const v = str(own(value, key));
    if (v !== undefined) runtime[key] = v.slice(0, 200);
  }
  const cwd = str(own(value, 'cwd'));
  return { command, runtime, ...(cwd !== undefined ? { cwd: cwd.slice(0, 4096) } : {}) };
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
