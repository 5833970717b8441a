// The `agent-guard` command: the same core as the actions, with local adapters.

import { EXIT } from './exit-codes.js';
import { UsageError, type CliIO } from './io.js';
import { METRICS_HELP, METRICS_USAGE } from './usage.js';
import { APPROVALS_HELP, APPROVALS_USAGE, CHECK_HELP, CHECK_USAGE, COVERAGE_HELP, COVERAGE_USAGE, EVIDENCE_HELP, EVIDENCE_USAGE, EXEC_HELP, EXEC_USAGE, EXPORT_HELP, EXPORT_USAGE, HOOK_HELP, HOOK_USAGE, SELFTEST_HELP, SELFTEST_USAGE, SIMULATE_HELP, SIMULATE_USAGE, VALIDATE_HELP, VALIDATE_USAGE, VERIFY_HELP, VERIFY_USAGE } from './usage.js';

export interface Command {
  usage: string;
  /** Printed by `COMMAND --help` and `help COMMAND`, with exit 0. */
  help: string;
  /**
   * The command gets `--help`/`-h` among its arguments like any other and answers them itself. For a
   * command whose exit 0 means "allowed" (a hook), where exit 0 because of its arguments would let a
   * call through; `help COMMAND` still prints `help`.
   */
  ownsHelpFlag?: true;
  run: (argv: string[], io: CliIO) => Promise<number>;
}

// Commands load lazily: `check` never pays for the GitHub client, `approvals` never for git.
const COMMANDS: Record<string, Command> = {
  approvals: { usage: APPROVALS_USAGE, help: APPROVALS_HELP, run: async (argv, io) => (await import('./approvals.js')).runApprovals(argv, io) },
  check: { usage: CHECK_USAGE, help: CHECK_HELP, run: async (argv, io) => (await import('./check.js')).runCheck(argv, io) },
  validate: { usage: VALIDATE_USAGE, help: VALIDATE_HELP, run: async (argv, io) => (await import('./validate.js')).runValidate(argv, io) },
  exec: { usage: EXEC_USAGE, help: EXEC_HELP, run: async (argv, io) => (await import('./exec.js')).runExec(argv, io) },
  // A hook that fails to load must still block: only exit 2 does, in every runtime. Exit 0 allows, so
  // `--help` is not answered with exit 0 here: the hook sees it as an argument.
  hook: {
    usage: HOOK_USAGE,
    help: HOOK_HELP,
    ownsHelpFlag: true,
    run: (argv, io) =>
      import('./hook.js').then(
        (m) => m.runHook(argv, io),
        (err) => {
          const message = `agent-guard: blocked, the hook could not load: ${String(err)}`;
          io.err(message);
          // Copilot skips a hook that exits non-zero: it blocks only on a deny answer with exit 0.
          if (!argv.some((a, i) => a === '--runtime=copilot' || (a === '--runtime' && argv[i + 1] === 'copilot'))) return 2;
          io.out(JSON.stringify({ permissionDecision: 'deny', permissionDecisionReason: message }));
          return 0;
        },
      ),
  },
  simulate: { usage: SIMULATE_USAGE, help: SIMULATE_HELP, run: async (argv, io) => (await import('./simulate.js')).runSimulate(argv, io) },
  metrics: { usage: METRICS_USAGE, help: METRICS_HELP, run: async (argv, io) => (await import('./metrics.js')).runMetrics(argv, io) },
  export: { usage: EXPORT_USAGE, help: EXPORT_HELP, run: async (argv, io) => (await import('./export.js')).runExport(argv, io) },
  coverage: { usage: COVERAGE_USAGE, help: COVERAGE_HELP, run: async (argv, io) => (await import('./coverage.js')).runCoverage(argv, io) },
  evidence: { usage: EVIDENCE_USAGE, help: EVIDENCE_HELP, run: async (argv, io) => (await import('./evidence.js')).runEvidence(argv, io) },
  verify: { usage: VERIFY_USAGE, help: VERIFY_HELP, run: async (argv, io) => (await import('./verify.js')).runVerify(argv, io) },
  selftest: { usage: SELFTEST_USAGE, help: SELFTEST_HELP, run: async (argv, io) => (await import('./selftest.js')).runSelftestCommand(argv, io) },
};

function usageOf(commands: Record<string, Command>): string {
  return [
    'usage:',
    ...Object.values(commands).map((c) => `  ${c.usage}`),
    '',
    "`agent-guard COMMAND --help` (or `agent-guard help COMMAND`) describes a command's options.",
    'exit codes: 0 allow/valid/approved, 1 deny, 2 approval required, 3 invalid input or configuration',
  ].join('\n');
}

export const USAGE = usageOf(COMMANDS);

const isHelp = (arg: string | undefined): boolean => arg === '--help' || arg === '-h';

function commandNamed(commands: Record<string, Command>, name: string): Command | undefined {
  return Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
}

/** `--help` or `-h` among a command's arguments (before a `--`), wherever it stands. */
function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some(isHelp);
}

export function main(argv: string[], io: CliIO): Promise<number> {
  return dispatch(COMMANDS, argv, io);
}

/** Runs the command `argv` names from `commands` (exported so a test can give its own table). */
export async function dispatch(commands: Record<string, Command>, argv: string[], io: CliIO): Promise<number> {
  const usage = usageOf(commands);
  const [command, ...rest] = argv;
  if (command === undefined || isHelp(command) || command === 'help') {
    // `help COMMAND` is that command's help; a bare `agent-guard` is a usage error (exit 3) that says how to use it.
    const topic = command === 'help' && rest[0] !== undefined ? commandNamed(commands, rest[0]) : undefined;
    if (command === 'help' && rest[0] !== undefined && !topic) {
      io.err(`agent-guard: unknown command ${JSON.stringify(rest[0])}\n${usage}`);
      return EXIT.INVALID;
    }
    io.out(topic ? topic.help : usage);
    return command === undefined ? EXIT.INVALID : EXIT.OK;
  }
  const cmd = commandNamed(commands, command);
  if (!cmd) {
    io.err(`agent-guard: unknown command ${JSON.stringify(command)}\n${usage}`);
    return EXIT.INVALID;
  }
  // Asked for help, a command prints it and does nothing else (no git, no token, no files read).
  if (!cmd.ownsHelpFlag && asksForHelp(rest)) {
    io.out(cmd.help);
    return EXIT.OK;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    // A crash is never success: usage errors and unexpected failures both exit 3 with one clear line.
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`agent-guard ${command}: ${message}`);
    } else {
      io.err(`agent-guard ${command}: internal error: ${message}`);
      if (io.env.AGENT_GUARD_DEBUG) io.err(String((err as Error).stack));
    }
    return EXIT.INVALID;
  }
}
