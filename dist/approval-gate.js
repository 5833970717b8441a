import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runApprovalGate
} from "./chunks/chunk-OQXXMOSL.js";
import "./chunks/chunk-53TPVNB4.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-P5UMJ3G7.js";
import "./chunks/chunk-2SPI5ISP.js";
import "./chunks/chunk-KQJ42VC7.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-QEJZBJQY.js";
import "./chunks/chunk-BK6DTAX2.js";
import "./chunks/chunk-SKHHSZIX.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/approval-gate.ts
await runApprovalGate(core_exports, process.env);
