import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-SLMBTB4Y.js";
import "./chunks/chunk-LGZNR2SO.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-MFAUEHBA.js";
import "./chunks/chunk-QQOVW3NS.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-E6PXAEOW.js";
import "./chunks/chunk-JE5KL7PL.js";
import "./chunks/chunk-NTU6IXED.js";
import "./chunks/chunk-SKHHSZIX.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/guard-diff.ts
await runGuardDiff(core_exports, process.env);
