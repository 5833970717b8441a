import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-QYNBE64C.js";
import "./chunks/chunk-4BMWKTTK.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-YLK2EBZ5.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-EJZQF23H.js";
import "./chunks/chunk-DTDR3NKH.js";
import "./chunks/chunk-B72TY5XN.js";
import "./chunks/chunk-MPYCKMVQ.js";
import "./chunks/chunk-7H6XBJQH.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-ORYNIZFN.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/guard-diff.ts
await runGuardDiff(core_exports, process.env);
