import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runApprovalGate
} from "./chunks/chunk-4XECM7H6.js";
import "./chunks/chunk-M2L4I2TU.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-QHKYOHGY.js";
import "./chunks/chunk-VZHIHB4T.js";
import "./chunks/chunk-DTCZ2GLA.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-FSJPZDS6.js";
import "./chunks/chunk-E76ZSZUI.js";
import "./chunks/chunk-SKHHSZIX.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/approval-gate.ts
await runApprovalGate(core_exports, process.env);
