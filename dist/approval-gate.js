import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runApprovalGate
} from "./chunks/chunk-52YZAIF3.js";
import "./chunks/chunk-V5MLN3IC.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-QHKYOHGY.js";
import "./chunks/chunk-KA4DRH7A.js";
import "./chunks/chunk-L355VJG7.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-3OLANORU.js";
import "./chunks/chunk-C2KVDZKP.js";
import "./chunks/chunk-ORYNIZFN.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/approval-gate.ts
await runApprovalGate(core_exports, process.env);
