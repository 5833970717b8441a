import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runApprovalGate
} from "./chunks/chunk-MRT2JXV4.js";
import "./chunks/chunk-K4IVVGQM.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-P5UMJ3G7.js";
import "./chunks/chunk-KI65FQTF.js";
import "./chunks/chunk-KQJ42VC7.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-ECWJ52JD.js";
import "./chunks/chunk-6OVQLGLC.js";
import "./chunks/chunk-SKHHSZIX.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/approval-gate.ts
await runApprovalGate(core_exports, process.env);
