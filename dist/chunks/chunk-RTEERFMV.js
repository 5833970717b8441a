import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  commandEvidence,
  decisionRecord,
  exitRecord
} from "./chunk-KTAKCU7W.js";
import {
  GUARD_OPTIONS,
  GuardConfigError,
  TASK_OPTIONS,
  appendRecord,
  childEnvironment,
  decideArgv,
  evidenceDir,
  evidenceFile,
  guardErrors,
  guardRedactor,
  loadGuard,
  recordPath,
  writeEvidence
} from "./chunk-BEDZ2SHI.js";
import {
  EXEC_USAGE
} from "./chunk-43QKUSSP.js";
import {
  jobIdentity
} from "./chunk-2OZA757D.js";
import {
  oneLine,
  sanitizeForMessage
} from "./chunk-ERUCQBI4.js";

// src/cli/exec.ts
import { spawn } from "node:child_process";
import { constants as osConstants } from "node:os";
import { parseArgs } from "node:util";
var EXEC_EXIT = Object.freeze({ CANNOT_DECIDE: 125, DENIED: 126, NOT_STARTED: 127 });
async function runExec(argv, io) {
  const started = /* @__PURE__ */ new Date();
  const dashes = argv.indexOf("--");
  const say = (line) => io.err(`agent-guard exec: ${line}`);
  if (dashes < 0 || dashes === argv.length - 1) {
    say(`give the command after --
usage: ${EXEC_USAGE}`);
    return EXEC_EXIT.CANNOT_DECIDE;
  }
  const command = argv.slice(dashes + 1);
  let values;
  try {
    ({ values } = parseArgs({ args: argv.slice(0, dashes), options: { ...GUARD_OPTIONS, ...TASK_OPTIONS }, strict: true, allowPositionals: false }));
  } catch (err) {
    say(`${sanitizeForMessage(err instanceof Error ? err.message : String(err))}
usage: ${EXEC_USAGE}`);
    return EXEC_EXIT.CANNOT_DECIDE;
  }
  let guard;
  try {
    guard = await loadGuard(values, io, /* @__PURE__ */ new Date(), values);
  } catch (err) {
    if (!(err instanceof GuardConfigError)) throw err;
    say(`nothing was run: the policy or manifest could not be read: ${err.message} [${guardErrors.id} command_config_invalid]`);
    return EXEC_EXIT.CANNOT_DECIDE;
  }
  const decision = decideArgv(command, guard.scope);
  const child = childEnvironment(io.env, guard.scope.env);
  const redactor = guardRedactor(child.secrets);
  const context = { tool: "exec", time: (/* @__PURE__ */ new Date()).toISOString(), cwd: io.cwd, envPassed: child.passed, ...guard.context };
  const file = recordPath(values, io);
  const record = async (entry) => {
    if (file === void 0) return true;
    try {
      await appendRecord(file, entry, redactor);
      return true;
    } catch (err) {
      say(`nothing was run: the decision could not be recorded in ${JSON.stringify(file)} (${sanitizeForMessage(err instanceof Error ? err.message : String(err))}) [${guardErrors.id} command_record_failed]`);
      return false;
    }
  };
  if (!await record(decisionRecord(context, decision))) return EXEC_EXIT.CANNOT_DECIDE;
  const dir = evidenceDir(values, io);
  const target = dir === void 0 ? void 0 : evidenceFile(dir, "exec", context.time);
  const evidence = async (exit) => {
    if (target === void 0) return true;
    const finished = /* @__PURE__ */ new Date();
    const timings = { started_at: started.toISOString(), finished_at: finished.toISOString(), duration_ms: finished.getTime() - started.getTime() };
    try {
      await writeEvidence(target, commandEvidence(context, decision, jobIdentity(io.env), timings, exit), redactor);
      return true;
    } catch (err) {
      say(`${exit === null ? "nothing was run: " : ""}the evidence could not be written to ${JSON.stringify(target)} (${sanitizeForMessage(err instanceof Error ? err.message : String(err))}) [${guardErrors.id} command_record_failed]`);
      return false;
    }
  };
  if (!await evidence(null)) return EXEC_EXIT.CANNOT_DECIDE;
  if (decision.decision === "deny") {
    say(redactor.redact(`${oneLine(decision.message)} [${decision.rule} ${decision.code}]`));
    return EXEC_EXIT.DENIED;
  }
  const outcome = await run(command, child.env, io.cwd);
  await record(exitRecord({ ...context, time: (/* @__PURE__ */ new Date()).toISOString() }, command, outcome));
  await evidence({ exitCode: outcome.exitCode, signal: outcome.signal, durationMs: outcome.durationMs, ...outcome.error !== void 0 ? { error: outcome.error } : {} });
  if (outcome.error !== void 0) {
    say(redactor.redact(`${describe(decision)} could not be started: ${outcome.error}`));
    return outcome.notFound ? EXEC_EXIT.NOT_STARTED : EXEC_EXIT.DENIED;
  }
  if (outcome.signal !== null) return 128 + (osConstants.signals[outcome.signal] ?? 0);
  return outcome.exitCode ?? EXEC_EXIT.CANNOT_DECIDE;
}
function describe(d) {
  return oneLine(JSON.stringify((d.argv ?? []).join(" ")));
}
function run(argv, env, cwd) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { env, cwd, stdio: "inherit", shell: false, windowsHide: true });
    const forward = (signal) => () => child.kill(signal);
    const onInt = forward("SIGINT");
    const onTerm = forward("SIGTERM");
    process.on("SIGINT", onInt);
    process.on("SIGTERM", onTerm);
    const done = (o) => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      resolve({ ...o, durationMs: Date.now() - started });
    };
    child.once("error", (err) => done({ exitCode: null, signal: null, error: sanitizeForMessage(err.message), notFound: err.code === "ENOENT" }));
    child.once("exit", (code, signal) => done({ exitCode: code, signal }));
  });
}

export {
  EXEC_EXIT,
  runExec
};
