import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-S3PUWAI4.js";
import {
  ConfigError
} from "./chunk-UC545A7V.js";
import {
  GitError
} from "./chunk-A76VIHJP.js";
import {
  FileReadError
} from "./chunk-PFF3JMPW.js";

// src/cli/invalid-input.ts
async function reportInvalidInput(err, command, io) {
  if (err instanceof ConfigError) {
    const { formatProblem } = await import("./config-3N6PJV63.js");
    for (const p of err.problems) io.err(formatProblem(p));
    return EXIT.INVALID;
  }
  if (err instanceof GitError) {
    io.err(`agent-guard ${command}: ${err.message}${err.hint ? `. Fix: ${err.hint}` : ""}`);
    return EXIT.INVALID;
  }
  if (err instanceof FileReadError) {
    const { formatProblem } = await import("./config-3N6PJV63.js");
    io.err(formatProblem({ code: "file_read", message: err.message, location: { file: err.file } }));
    return EXIT.INVALID;
  }
  return null;
}

export {
  reportInvalidInput
};
