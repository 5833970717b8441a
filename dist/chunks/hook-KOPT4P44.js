import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  decisionRecord
} from "./chunk-LNBGSHN4.js";
import {
  GUARD_OPTIONS,
  GuardConfigError,
  appendRecord,
  childEnvironment,
  decideCommandLine,
  guardErrors,
  guardRedactor,
  loadGuard,
  recordPath
} from "./chunk-JWIYPQQ4.js";
import {
  HOOK_USAGE
} from "./chunk-6WIQIFBN.js";
import "./chunk-6N3B7P4Z.js";
import {
  isObj,
  own,
  str
} from "./chunk-2ITWNIKS.js";
import "./chunk-CXONVPZ7.js";
import "./chunk-AC3USPEQ.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-CRZN3KFY.js";
import "./chunk-56M6AEYA.js";
import {
  oneLine,
  sanitizeForMessage
} from "./chunk-HIH5H5C6.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-UY6KSUSX.js";

// src/cli/hook.ts
import { parseArgs } from "node:util";
var HOOK_EXIT = Object.freeze({ ALLOW: 0, BLOCK: 2 });
var MAX_HOOK_INPUT_BYTES = 1024 * 1024;
async function runHook(argv, io, readInput = readStdin) {
  let redactor = { redact: (t) => t };
  const block = (d) => {
    io.err(redactor.redact(`agent-guard: ${oneLine(d.message)} [${d.rule} ${d.code}]`));
    return HOOK_EXIT.BLOCK;
  };
  try {
    redactor = guardRedactor(childEnvironment(io.env, []).secrets);
    let values;
    try {
      ({ values } = parseArgs({ args: argv, options: GUARD_OPTIONS, strict: true, allowPositionals: false }));
    } catch (err) {
      return block({ rule: guardErrors.id, code: "command_config_invalid", message: `${sanitizeForMessage(err instanceof Error ? err.message : String(err))}; usage: ${HOOK_USAGE}` });
    }
    const input = parseHookInput(await readInput());
    if ("problem" in input) return block({ rule: guardErrors.id, code: input.code, message: input.problem });
    let decision;
    let context;
    try {
      const guard = await loadGuard(values, io);
      context = guard.context;
      decision = decideCommandLine(input.command, guard.scope);
    } catch (err) {
      if (!(err instanceof GuardConfigError)) throw err;
      return block({ rule: guardErrors.id, code: "command_config_invalid", message: `the policy or manifest could not be read, so nothing is allowed: ${err.message}` });
    }
    const file = recordPath(values, io);
    if (file !== void 0) {
      const record = decisionRecord({ tool: "hook", time: (/* @__PURE__ */ new Date()).toISOString(), cwd: input.cwd ?? io.cwd, commandLine: input.command, runtime: input.runtime, ...context }, decision);
      try {
        await appendRecord(file, record, redactor);
      } catch (err) {
        return block({ rule: guardErrors.id, code: "command_record_failed", message: `the decision could not be recorded in ${JSON.stringify(file)} (${sanitizeForMessage(err instanceof Error ? err.message : String(err))}), so the command is not allowed` });
      }
    }
    if (decision.decision === "allow") return HOOK_EXIT.ALLOW;
    return block(decision);
  } catch (err) {
    return block({ rule: guardErrors.id, code: "command_internal_error", message: `internal error, so the command is not allowed: ${sanitizeForMessage(err instanceof Error ? err.message : String(err))}` });
  }
}
function parseHookInput(bytes) {
  const invalid = (problem) => ({ problem: `the hook input ${problem}`, code: "hook_input_invalid" });
  if (bytes.length > MAX_HOOK_INPUT_BYTES) return invalid(`is larger than ${MAX_HOOK_INPUT_BYTES} bytes`);
  let value;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch {
    return invalid("on stdin is not JSON");
  }
  if (!isObj(value)) return invalid("is not a JSON object");
  const event = own(value, "hook_event_name");
  if (event !== void 0 && event !== "PreToolUse") return invalid(`is for the ${JSON.stringify(sanitizeForMessage(typeof event === "string" ? event : JSON.stringify(event) ?? "undefined", 40))} event; register agent-guard hook for PreToolUse`);
  const tool = own(value, "tool_name");
  if (tool !== "Bash") {
    return { problem: `agent-guard hook decides shell commands (tool Bash), not ${typeof tool === "string" ? JSON.stringify(sanitizeForMessage(tool, 80)) : "a call without tool_name"}: register it with the matcher Bash`, code: "hook_tool_unsupported" };
  }
  const toolInput = own(value, "tool_input");
  const command = isObj(toolInput) ? own(toolInput, "command") : void 0;
  if (typeof command !== "string") return invalid("has no tool_input.command string");
  const runtime = {};
  for (const key of ["session_id", "tool_use_id", "turn_id", "model", "permission_mode"]) {
    const v = str(own(value, key));
    if (v !== void 0) runtime[key] = v.slice(0, 200);
  }
  const cwd = str(own(value, "cwd"));
  return { command, runtime, ...cwd !== void 0 ? { cwd: cwd.slice(0, 4096) } : {} };
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
  HOOK_INPUT_TIMEOUT_MS,
  MAX_HOOK_INPUT_BYTES,
  parseHookInput,
  runHook
};
