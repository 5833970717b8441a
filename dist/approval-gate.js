import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runApprovalGate
} from "./chunks/chunk-MVXHHNQD.js";
import "./chunks/chunk-GB72VLTY.js";
import "./chunks/chunk-72ONKYON.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-MWCR3IEU.js";
import "./chunks/chunk-GP4V23GW.js";
import "./chunks/chunk-4V54Y66D.js";
import "./chunks/chunk-Q57JNUCI.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-6TS3BOHC.js";
import "./chunks/chunk-2BDKF5ZJ.js";
import "./chunks/chunk-K3JWMUNI.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-ORYNIZFN.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/approval-gate.ts
await runApprovalGate(core_exports, process.env);
