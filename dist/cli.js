#!/usr/bin/env node
import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  APPROVALS_HELP,
  APPROVALS_USAGE,
  CHECK_HELP,
  CHECK_USAGE,
  COVERAGE_HELP,
  COVERAGE_USAGE,
  EVIDENCE_HELP,
  EVIDENCE_USAGE,
  EXEC_HELP,
  EXEC_USAGE,
  EXPORT_HELP,
  EXPORT_USAGE,
  HOOK_HELP,
  HOOK_USAGE,
  METRICS_HELP,
  METRICS_USAGE,
  SELFTEST_HELP,
  SELFTEST_USAGE,
  SIMULATE_HELP,
  SIMULATE_USAGE,
  VALIDATE_HELP,
  VALIDATE_USAGE,
  VERIFY_HELP,
  VERIFY_USAGE
} from "./chunks/chunk-43QKUSSP.js";
import {
  EXIT,
  UsageError
} from "./chunks/chunk-S3PUWAI4.js";
import "./chunks/chunk-LKLDWFYK.js";

// src/cli/main.ts
var COMMANDS = {
  approvals: { usage: APPROVALS_USAGE, help: APPROVALS_HELP, run: async (argv, io2) => (await import("./chunks/approvals-HS43EHQ6.js")).runApprovals(argv, io2) },
  check: { usage: CHECK_USAGE, help: CHECK_HELP, run: async (argv, io2) => (await import("./chunks/check-HYLWTP5L.js")).runCheck(argv, io2) },
  validate: { usage: VALIDATE_USAGE, help: VALIDATE_HELP, run: async (argv, io2) => (await import("./chunks/validate-KS2MLUUP.js")).runValidate(argv, io2) },
  exec: { usage: EXEC_USAGE, help: EXEC_HELP, run: async (argv, io2) => (await import("./chunks/exec-Y7NX7C53.js")).runExec(argv, io2) },
  // A hook that fails to load must still block: only exit 2 does, in every runtime. Exit 0 allows, so
  // `--help` is not answered with exit 0 here: the hook sees it as an argument.
  hook: {
    usage: HOOK_USAGE,
    help: HOOK_HELP,
    ownsHelpFlag: true,
    run: (argv, io2) => import("./chunks/hook-DWDPFCO3.js").then(
      (m) => m.runHook(argv, io2),
      (err) => {
        const message = `agent-guard: blocked, the hook could not load: ${String(err)}`;
        io2.err(message);
        if (!argv.some((a, i) => a === "--runtime=copilot" || a === "--runtime" && argv[i + 1] === "copilot")) return 2;
        io2.out(JSON.stringify({ permissionDecision: "deny", permissionDecisionReason: message }));
        return 0;
      }
    )
  },
  simulate: { usage: SIMULATE_USAGE, help: SIMULATE_HELP, run: async (argv, io2) => (await import("./chunks/simulate-VAI22EU7.js")).runSimulate(argv, io2) },
  metrics: { usage: METRICS_USAGE, help: METRICS_HELP, run: async (argv, io2) => (await import("./chunks/metrics-ZROK3542.js")).runMetrics(argv, io2) },
  export: { usage: EXPORT_USAGE, help: EXPORT_HELP, run: async (argv, io2) => (await import("./chunks/export-KD5GWMMR.js")).runExport(argv, io2) },
  coverage: { usage: COVERAGE_USAGE, help: COVERAGE_HELP, run: async (argv, io2) => (await import("./chunks/coverage-RGCYP2TE.js")).runCoverage(argv, io2) },
  evidence: { usage: EVIDENCE_USAGE, help: EVIDENCE_HELP, run: async (argv, io2) => (await import("./chunks/evidence-2IFPOTDH.js")).runEvidence(argv, io2) },
  verify: { usage: VERIFY_USAGE, help: VERIFY_HELP, run: async (argv, io2) => (await import("./chunks/verify-KQOHN7L2.js")).runVerify(argv, io2) },
  selftest: { usage: SELFTEST_USAGE, help: SELFTEST_HELP, run: async (argv, io2) => (await import("./chunks/selftest-KJHFV46X.js")).runSelftestCommand(argv, io2) }
};
function usageOf(commands) {
  return [
    "usage:",
    ...Object.values(commands).map((c) => `  ${c.usage}`),
    "",
    "`agent-guard COMMAND --help` (or `agent-guard help COMMAND`) describes a command's options.",
    "exit codes: 0 allow/valid/approved, 1 deny, 2 approval required, 3 invalid input or configuration"
  ].join("\n");
}
var USAGE = usageOf(COMMANDS);
var isHelp = (arg) => arg === "--help" || arg === "-h";
function commandNamed(commands, name) {
  return Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : void 0;
}
function asksForHelp(args) {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some(isHelp);
}
function main(argv, io2) {
  return dispatch(COMMANDS, argv, io2);
}
async function dispatch(commands, argv, io2) {
  const usage = usageOf(commands);
  const [command, ...rest] = argv;
  if (command === void 0 || isHelp(command) || command === "help") {
    const topic = command === "help" && rest[0] !== void 0 ? commandNamed(commands, rest[0]) : void 0;
    if (command === "help" && rest[0] !== void 0 && !topic) {
      io2.err(`agent-guard: unknown command ${JSON.stringify(rest[0])}
${usage}`);
      return EXIT.INVALID;
    }
    io2.out(topic ? topic.help : usage);
    return command === void 0 ? EXIT.INVALID : EXIT.OK;
  }
  const cmd = commandNamed(commands, command);
  if (!cmd) {
    io2.err(`agent-guard: unknown command ${JSON.stringify(command)}
${usage}`);
    return EXIT.INVALID;
  }
  if (!cmd.ownsHelpFlag && asksForHelp(rest)) {
    io2.out(cmd.help);
    return EXIT.OK;
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
