import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  commandEvidence,
  decisionRecord
} from "./chunk-KTAKCU7W.js";
import {
  GUARD_OPTIONS,
  GuardConfigError,
  TASK_OPTIONS,
  appendRecord,
  childEnvironment,
  decideCommandLine,
  evidenceDir,
  evidenceFile,
  guardErrors,
  guardRedactor,
  loadGuard,
  recordPath,
  writeEvidence
} from "./chunk-BEDZ2SHI.js";
import {
  HOOK_USAGE
} from "./chunk-43QKUSSP.js";
import {
  jobIdentity
} from "./chunk-2OZA757D.js";
import {
  oneLine,
  sanitizeForMessage
} from "./chunk-ERUCQBI4.js";
import {
  isObj,
  own,
  str
} from "./chunk-MPYCKMVQ.js";

// src/cli/hook.ts
import { parseArgs } from "node:util";
var HOOK_EXIT = Object.freeze({ ALLOW: 0, BLOCK: 2 });
var MAX_HOOK_INPUT_BYTES = 1024 * 1024;
var HOOK_RUNTIMES = ["claude", "codex", "copilot"];
var HOOK_OPTIONS = { ...GUARD_OPTIONS, ...TASK_OPTIONS, runtime: { type: "string" } };
function asksForCopilot(argv) {
  return argv.some((a, i) => a === "--runtime=copilot" || a === "--runtime" && argv[i + 1] === "copilot");
}
function copilotDeny(reason) {
  return JSON.stringify({ permissionDecision: "deny", permissionDecisionReason: reason });
}
async function runHook(argv, io, readInput = readStdin) {
  const started = /* @__PURE__ */ new Date();
  let redactor = { redact: (t) => t };
  let protocol = asksForCopilot(argv) ? "copilot" : "exit-code";
  const block = (d) => {
    const line = redactor.redact(`agent-guard: ${oneLine(d.message)} [${d.rule} ${d.code}]`);
    io.err(line);
    if (protocol === "exit-code") return HOOK_EXIT.BLOCK;
    io.out(copilotDeny(line));
    return HOOK_EXIT.ALLOW;
  };
  try {
    redactor = guardRedactor(childEnvironment(io.env, []).secrets);
    let values;
    try {
      ({ values } = parseArgs({ args: argv, options: HOOK_OPTIONS, strict: true, allowPositionals: false }));
    } catch (err) {
      return block({ rule: guardErrors.id, code: "command_config_invalid", message: `${sanitizeForMessage(err instanceof Error ? err.message : String(err))}; usage: ${HOOK_USAGE}` });
    }
    const known = values.runtime === void 0 || HOOK_RUNTIMES.includes(values.runtime);
    const input = parseHookInput(await readInput());
    if ((values.runtime === void 0 || !known) && "format" in input) protocol = input.format === "copilot" ? "copilot" : "exit-code";
    if (!known) {
      return block({ rule: guardErrors.id, code: "command_config_invalid", message: `--runtime must be ${HOOK_RUNTIMES.join(", ")}, not ${JSON.stringify(sanitizeForMessage(values.runtime, 40))}` });
    }
    if ("problem" in input) return block({ rule: guardErrors.id, code: input.code, message: input.problem });
    if (values.runtime !== void 0 && values.runtime === "copilot" !== (input.format === "copilot")) {
      return block({ rule: guardErrors.id, code: "hook_input_invalid", message: `the hook input is in ${input.format === "copilot" ? "Copilot's" : "Claude Code's and Codex's"} format, but --runtime is ${values.runtime}` });
    }
    if (input.command === null) return HOOK_EXIT.ALLOW;
    let decision;
    let context;
    try {
      const guard = await loadGuard(values, io, /* @__PURE__ */ new Date(), values);
      context = guard.context;
      decision = decideCommandLine(input.command, guard.scope);
    } catch (err) {
      if (!(err instanceof GuardConfigError)) throw err;
      return block({ rule: guardErrors.id, code: "command_config_invalid", message: `the policy or manifest could not be read, so nothing is allowed: ${err.message}` });
    }
    const recordContext = { tool: "hook", time: (/* @__PURE__ */ new Date()).toISOString(), cwd: input.cwd ?? io.cwd, commandLine: input.command, runtime: input.runtime, ...context };
    const file = recordPath(values, io);
    const dir = evidenceDir(values, io);
    const failed = (where, err) => block({ rule: guardErrors.id, code: "command_record_failed", message: `the decision could not be recorded in ${JSON.stringify(where)} (${sanitizeForMessage(err instanceof Error ? err.message : String(err))}), so the command is not allowed` });
    if (file !== void 0) {
      try {
        await appendRecord(file, decisionRecord(recordContext, decision), redactor);
      } catch (err) {
        return failed(file, err);
      }
    }
    if (dir !== void 0) {
      const target = evidenceFile(dir, "hook", recordContext.time);
      const finished = /* @__PURE__ */ new Date();
      const timings = { started_at: started.toISOString(), finished_at: finished.toISOString(), duration_ms: finished.getTime() - started.getTime() };
      try {
        await writeEvidence(target, commandEvidence(recordContext, decision, jobIdentity(io.env), timings, null), redactor);
      } catch (err) {
        return failed(target, err);
      }
    }
    if (decision.decision === "allow") return HOOK_EXIT.ALLOW;
    return block(decision);
  } catch (err) {
    return block({ rule: guardErrors.id, code: "command_internal_error", message: `internal error, so the command is not allowed: ${sanitizeForMessage(err instanceof Error ? err.message : String(err))}` });
  }
}
var COPILOT_SHELL_TOOLS = /* @__PURE__ */ new Set(["bash", "powershell"]);
function parseHookInput(bytes) {
  const invalid = (problem, format) => ({ problem: `the hook input ${problem}`, code: "hook_input_invalid", ...format ? { format } : {} });
  if (bytes.length > MAX_HOOK_INPUT_BYTES) return invalid(`is larger than ${MAX_HOOK_INPUT_BYTES} bytes`);
  let value;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch {
    return invalid("on stdin is not JSON");
  }
  if (!isObj(value)) return invalid("is not a JSON object");
  const runtime = {};
  for (const [key, as] of [["session_id", "session_id"], ["sessionId", "session_id"], ["tool_use_id", "tool_use_id"], ["turn_id", "turn_id"], ["model", "model"], ["permission_mode", "permission_mode"]]) {
    const v = str(own(value, key));
    if (v !== void 0) runtime[as] = v.slice(0, 200);
  }
  const rawCwd = str(own(value, "cwd"));
  const cwd = rawCwd !== void 0 ? { cwd: rawCwd.slice(0, 4096) } : {};
  const event = own(value, "hook_event_name");
  if (event !== void 0 && event !== "PreToolUse") return invalid(`is for the ${typeof event === "string" ? JSON.stringify(sanitizeForMessage(event, 40)) : "another"} event; register agent-guard hook for PreToolUse`);
  const copilotTool = own(value, "toolName");
  if (typeof copilotTool === "string" && own(value, "tool_name") === void 0) {
    let args = own(value, "toolArgs");
    if (typeof args === "string") {
      try {
        args = JSON.parse(args);
      } catch {
        return invalid("has toolArgs that are not JSON", "copilot");
      }
    }
    return copilotCommand(copilotTool, isObj(args) ? own(args, "command") : void 0, "toolArgs.command", runtime, cwd);
  }
  const tool = own(value, "tool_name");
  const toolInput = own(value, "tool_input");
  const command = isObj(toolInput) ? own(toolInput, "command") : void 0;
  if (typeof tool === "string" && /^[a-z_]+$/.test(tool)) return copilotCommand(tool, command, "tool_input.command", runtime, cwd);
  if (tool !== "Bash") {
    return { problem: `agent-guard hook decides shell commands (tool Bash), not ${typeof tool === "string" ? JSON.stringify(sanitizeForMessage(tool, 80)) : "a call without tool_name"}: register it with the matcher Bash`, code: "hook_tool_unsupported", format: "claude" };
  }
  if (typeof command !== "string") return invalid("has no tool_input.command string", "claude");
  return { format: "claude", command, runtime, ...cwd };
}
function copilotCommand(tool, command, where, runtime, cwd) {
  if (!COPILOT_SHELL_TOOLS.has(tool)) return { format: "copilot", command: null, runtime, ...cwd };
  if (tool !== "bash") {
    return { problem: `agent-guard hook reads POSIX shell command lines (Copilot's bash tool), not ${JSON.stringify(tool)}: its commands are not allowed`, code: "hook_tool_unsupported", format: "copilot" };
  }
  if (typeof command !== "string") return { problem: `the hook input has no ${where} string`, code: "hook_input_invalid", format: "copilot" };
  return { format: "copilot", command, runtime, ...cwd };
}
var HOOK_INPUT_TIMEOUT_MS = 1e4;
async function readStdin() {
  const read = (async () => {
    const chunks = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += b.length;
      if (size > MAX_HOOK_INPUT_BYTES) return Buffer.alloc(MAX_HOOK_INPUT_BYTES + 1);
      chunks.push(b);
    }
    return Buffer.concat(chunks);
  })();
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no end of input on stdin after ${HOOK_INPUT_TIMEOUT_MS / 1e3} s`)), HOOK_INPUT_TIMEOUT_MS);
  });
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
    process.stdin.destroy();
  }
}

export {
  HOOK_EXIT,
  MAX_HOOK_INPUT_BYTES,
  HOOK_RUNTIMES,
  asksForCopilot,
  copilotDeny,
  runHook,
  parseHookInput,
  HOOK_INPUT_TIMEOUT_MS
};
