#!/usr/bin/env node
import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  APPROVALS_USAGE,
  CHECK_USAGE,
  VALIDATE_USAGE
} from "./chunks/chunk-2477YB34.js";
import {
  EXIT,
  UsageError
} from "./chunks/chunk-S3PUWAI4.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/cli/main.ts
var COMMANDS = {
  approvals: { usage: APPROVALS_USAGE, run: async (argv, io2) => (await import("./chunks/approvals-XCTDRCZ3.js")).runApprovals(argv, io2) },
  check: { usage: CHECK_USAGE, run: async (argv, io2) => (await import("./chunks/check-H7RFPHSM.js")).runCheck(argv, io2) },
  validate: { usage: VALIDATE_USAGE, run: async (argv, io2) => (await import("./chunks/validate-W7WK3NUJ.js")).runValidate(argv, io2) }
};
var USAGE = ["usage:", ...Object.values(COMMANDS).map((c) => `  ${c.usage}`), "", "exit codes: 0 allow/valid/approved, 1 deny, 2 approval required, 3 invalid input or configuration"].join("\n");
async function main(argv, io2) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    io2.out(USAGE);
    return command === void 0 ? EXIT.INVALID : EXIT.OK;
  }
  const cmd = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : void 0;
  if (!cmd) {
    io2.err(`agent-guard: unknown command ${JSON.stringify(command)}
${USAGE}`);
    return EXIT.INVALID;
  }
  try {
    return await cmd.run(rest, io2);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof UsageError || err.code?.startsWith("ERR_PARSE_ARGS")) {
      io2.err(`agent-guard ${command}: ${message}`);
    } else {
      io2.err(`agent-guard ${command}: internal error: ${message}`);
      if (io2.env.AGENT_GUARD_DEBUG) io2.err(String(err.stack));
    }
    return EXIT.INVALID;
  }
}

// src/cli/bin.ts
var readerGone = false;
process.stdout.on("error", (err) => {
  if (err.code !== "EPIPE") throw err;
  readerGone = true;
});
var io = {
  out: (line) => {
    if (!readerGone) process.stdout.write(`${line}
`);
  },
  err: (line) => process.stderr.write(`${line}
`),
  env: process.env,
  cwd: process.cwd()
};
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`agent-guard: internal error: ${err instanceof Error ? err.message : String(err)}
`);
    process.exitCode = EXIT.INVALID;
  }
);
