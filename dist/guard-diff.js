import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-EZZTRPUY.js";
import "./chunks/chunk-CH4XSUIT.js";
import "./chunks/chunk-V5MLN3IC.js";
import "./chunks/chunk-FCBGDJNY.js";
import {
  core_exports
} from "./chunks/chunk-BRUD72N5.js";
import "./chunks/chunk-AZ5JDDF3.js";

// src/actions/guard-diff.ts
await runGuardDiff(core_exports, process.env);
