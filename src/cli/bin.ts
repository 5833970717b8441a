#!/usr/bin/env node
// Entry of dist/cli.js.
import { EXIT } from './exit-codes.js';
import type { CliIO } from './io.js';
import { main } from './main.js';

// A reader that goes away (`agent-guard check | head`) is not an error of the check: the decision is
// made before anything is printed, so the exit code still reports it; the rest of the report is dropped.
let readerGone = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  readerGone = true;
});

const io: CliIO = {
  out: (line) => {
    if (!readerGone) process.stdout.write(`${line}\n`);
  },
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  cwd: process.cwd(),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`agent-guard: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = EXIT.INVALID;
  },
);
