#!/usr/bin/env node
// Entry of dist/cli.js.
import { EXIT } from './exit-codes.js';
import type { CliIO } from './io.js';
import { main } from './main.js';

const io: CliIO = {
  out: (line) => process.stdout.write(`${line}\n`),
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
