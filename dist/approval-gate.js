import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runApprovalGate
} from "./chunks/chunk-FASMNADV.js";
import "./chunks/chunk-4X4X626B.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-XL5V6DNR.js";
import "./chunks/chunk-S7IJ47P7.js";
import "./chunks/chunk-2ITWNIKS.js";
import "./chunks/chunk-Q57JNUCI.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-XW73TX6A.js";
import "./chunks/chunk-EIHNFJUJ.js";
import "./chunks/chunk-SKHHSZIX.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/approval-gate.ts
await runApprovalGate(core_exports, process.env);
