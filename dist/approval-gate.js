import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runApprovalGate
} from "./chunks/chunk-OU6BB5LE.js";
import "./chunks/chunk-QQFGCGZS.js";
import "./chunks/chunk-JHQILVEF.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-T4QOEZRE.js";
import "./chunks/chunk-GP4V23GW.js";
import "./chunks/chunk-DZ577L3F.js";
import "./chunks/chunk-Q57JNUCI.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-6QTTMNPX.js";
import "./chunks/chunk-N4R55G4J.js";
import "./chunks/chunk-BJNFILAY.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-ORYNIZFN.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/approval-gate.ts
await runApprovalGate(core_exports, process.env);
