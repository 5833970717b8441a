import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runApprovalGate
} from "./chunks/chunk-WWTXJG3Q.js";
import "./chunks/chunk-VSVH6BX3.js";
import "./chunks/chunk-RPBKEBE3.js";
import "./chunks/chunk-GP4V23GW.js";
import "./chunks/chunk-SFDD5CUY.js";
import "./chunks/chunk-TAEBDJXM.js";
import "./chunks/chunk-JHEJOS2K.js";
import "./chunks/chunk-Y3I7EUOX.js";
import "./chunks/chunk-BC5MZYTJ.js";
import "./chunks/chunk-YHIAEXRV.js";
import "./chunks/chunk-HMQHJBD5.js";
import "./chunks/chunk-QM3FMFE2.js";
import "./chunks/chunk-2OZA757D.js";
import "./chunks/chunk-CVI2Q4P5.js";
import "./chunks/chunk-4TXB6WUI.js";
import "./chunks/chunk-UC545A7V.js";
import "./chunks/chunk-UGBVF5CQ.js";
import "./chunks/chunk-A76VIHJP.js";
import "./chunks/chunk-ZJ6ANMJP.js";
import "./chunks/chunk-NA6P7EFP.js";
import "./chunks/chunk-BBHO34IG.js";
import "./chunks/chunk-TLCN7R4O.js";
import {
  core_exports
} from "./chunks/chunk-3EQGL3HR.js";
import "./chunks/chunk-S6BVWRSJ.js";
import "./chunks/chunk-OEKITCD2.js";
import "./chunks/chunk-KXPMQ7DQ.js";
import "./chunks/chunk-OITVL67J.js";
import "./chunks/chunk-N33BQRLE.js";
import "./chunks/chunk-4SQGAN2Y.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-5S2ND2EP.js";
import "./chunks/chunk-EE7EZIWX.js";
import "./chunks/chunk-PNJUBMPM.js";
import "./chunks/chunk-DIY5OXXZ.js";
import "./chunks/chunk-FVZA7SE4.js";
import "./chunks/chunk-Q3GSJBK5.js";
import "./chunks/chunk-HTLVP5OR.js";
import "./chunks/chunk-ERUCQBI4.js";
import "./chunks/chunk-5NA3HWDM.js";
import "./chunks/chunk-RMNCHNTK.js";
import "./chunks/chunk-MPYCKMVQ.js";
import "./chunks/chunk-LKLDWFYK.js";

// src/actions/approval-gate.ts
await runApprovalGate(core_exports, process.env);
