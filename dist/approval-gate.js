import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runApprovalGate
} from "./chunks/chunk-UYDCQ7YC.js";
import "./chunks/chunk-LGZNR2SO.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-MFAUEHBA.js";
import "./chunks/chunk-7MWHDOT2.js";
import "./chunks/chunk-QQOVW3NS.js";
import "./chunks/chunk-KQJ42VC7.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-JE5KL7PL.js";
import "./chunks/chunk-NTU6IXED.js";
import "./chunks/chunk-SKHHSZIX.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/approval-gate.ts
await runApprovalGate(core_exports, process.env);
