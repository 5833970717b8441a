import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runApprovalGate
} from "./chunks/chunk-7DL2DQIG.js";
import "./chunks/chunk-NW5G5BJM.js";
import {
  core_exports
} from "./chunks/chunk-G4ZGXVED.js";
import "./chunks/chunk-3X3T54Y7.js";
import "./chunks/chunk-VOBWDR32.js";
import "./chunks/chunk-2ITWNIKS.js";
import "./chunks/chunk-LHTY26KA.js";
import "./chunks/chunk-5IO5ZLMO.js";
import "./chunks/chunk-KGAS3U4J.js";
import "./chunks/chunk-CSE7DDEW.js";
import "./chunks/chunk-SKHHSZIX.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/approval-gate.ts
await runApprovalGate(core_exports, process.env);
