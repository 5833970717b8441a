import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runApprovalGate
} from "./chunks/chunk-XJLAN4YH.js";
import "./chunks/chunk-6ZNJDST4.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-UA4DBADI.js";
import "./chunks/chunk-C7RJPUYU.js";
import "./chunks/chunk-2ITWNIKS.js";
import "./chunks/chunk-Q57JNUCI.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-CRZN3KFY.js";
import "./chunks/chunk-56M6AEYA.js";
import "./chunks/chunk-HIH5H5C6.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-ORYNIZFN.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/approval-gate.ts
await runApprovalGate(core_exports, process.env);
