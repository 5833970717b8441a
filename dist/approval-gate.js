import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runApprovalGate
} from "./chunks/chunk-6C6RXPUS.js";
import "./chunks/chunk-POJCK7EZ.js";
import "./chunks/chunk-VDWSB4BZ.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-EZKIZYNA.js";
import "./chunks/chunk-GP4V23GW.js";
import "./chunks/chunk-OXAIITRL.js";
import "./chunks/chunk-Q57JNUCI.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-TGCXLPGG.js";
import "./chunks/chunk-7D23IA5M.js";
import "./chunks/chunk-6LEDKEX5.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-ORYNIZFN.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/approval-gate.ts
await runApprovalGate(core_exports, process.env);
