// Errors that mean the command line named something that cannot be used: a policy or manifest that does
// not load, a ref, repository or `REF:PATH` git cannot read, a file that cannot be read. That is invalid
// input (exit 3, saying what is wrong and how to fix it), never an internal error and never exit 0.
// The problem formatter is loaded only on this path: check keeps the configuration modules off its
// start-up path (see loadCheckModules).

import { FileReadError } from '../adapters/files.js';
import { GitError } from '../adapters/git/process.js';
import { ConfigError } from '../app/sources.js';
import { EXIT } from './exit-codes.js';
import type { CliIO } from './io.js';

/** Reports `err` and returns EXIT.INVALID when it is invalid input to `agent-guard <command>`; else null. */
export async function reportInvalidInput(err: unknown, command: string, io: CliIO): Promise<number | null> {
  if (err instanceof ConfigError) {
    const { formatProblem } = await import('../adapters/config.js');
    for (const p of err.problems) io.err(formatProblem(p));
    return EXIT.INVALID;
  }
  if (err instanceof GitError) {
    io.err(`agent-guard ${command}: ${err.message}${err.hint ? `. Fix: ${err.hint}` : ''}`);
    return EXIT.INVALID;
  }
  if (err instanceof FileReadError) {
    const { formatProblem } = await import('../adapters/config.js');
    io.err(formatProblem({ code: 'file_read', message: err.message, location: { file: err.file } }));
    return EXIT.INVALID;
  }
  return null;
}
