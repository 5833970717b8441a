// The `agent-guard` command: the same core as the actions, with local adapters.

import { EXIT } from './exit-codes.js';
import { UsageError, type CliIO } from './io.js';
import { APPROVALS_USAGE, CHECK_USAGE, EXEC_USAGE, EXPORT_USAGE, HOOK_USAGE, VALIDATE_USAGE } from './usage.js';

// Commands load lazily: `check` never pays for the GitHub client, `approvals` never for git.
const COMMANDS: Record<string, { usage: string; run: (argv: string[], io: CliIO) => Promise<number> }> = {
  approvals: { usage: APPROVALS_USAGE, run: async (argv, io) => (await import('./approvals.js')).runApprovals(argv, io) },
  check: { usage: CHECK_USAGE, run: async (argv, io) => (await import('./check.js')).runCheck(argv, io) },
  validate: { usage: VALIDATE_USAGE, run: async (argv, io) => (await import('./validate.js')).runValidate(argv, io) },
  exec: { usage: EXEC_USAGE, run: async (argv, io) => (await import('./exec.js')).runExec(argv, io) },
  // A hook that fails to load must still block: only exit 2 does, in every runtime.
  hook: { usage: HOOK_USAGE, run: (argv, io) => import('./hook.js').then((m) => m.runHook(argv, io), (err) => (io.err(`agent-guard: blocked, the hook could not load: ${String(err)}`), 2)) },
  export: { usage: EXPORT_USAGE, run: async (argv, io) => (await import('./export.js')).runExport(argv, io) },
};

export const USAGE = ['usage:', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`), '', 'exit codes: 0 allow/valid/approved, 1 deny, 2 approval required, 3 invalid input or configuration'].join('\n');

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? EXIT.INVALID : EXIT.OK;
  }
  const cmd = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!cmd) {
    io.err(`agent-guard: unknown command ${JSON.stringify(command)}\n${USAGE}`);
    return EXIT.INVALID;
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
