import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runApprovalGate
} from "./chunks/chunk-ZCID2NGY.js";
import "./chunks/chunk-TKUQLUCA.js";
import {
  core_exports
} from "./chunks/chunk-G4ZGXVED.js";
import "./chunks/chunk-46VG4S5Z.js";
import "./chunks/chunk-GH55FGAN.js";
import "./chunks/chunk-2ITWNIKS.js";
import "./chunks/chunk-LHTY26KA.js";
import "./chunks/chunk-5IO5ZLMO.js";
import "./chunks/chunk-WI7T23LF.js";
import "./chunks/chunk-2J3FK3H7.js";
import "./chunks/chunk-A46LI23J.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-ORYNIZFN.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/approval-gate.ts
await runApprovalGate(core_exports, process.env);
