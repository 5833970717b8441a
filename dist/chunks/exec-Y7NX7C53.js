import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  EXEC_EXIT,
  runExec
} from "./chunk-RTEERFMV.js";
import "./chunk-KTAKCU7W.js";
import "./chunk-BEDZ2SHI.js";
import "./chunk-BI7NKPNU.js";
import "./chunk-QOGEQMRH.js";
import "./chunk-43QKUSSP.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-2OZA757D.js";
import "./chunk-CVI2Q4P5.js";
import "./chunk-4TXB6WUI.js";
import "./chunk-UC545A7V.js";
import "./chunk-UGBVF5CQ.js";
import "./chunk-A76VIHJP.js";
import "./chunk-N33BQRLE.js";
import "./chunk-4SQGAN2Y.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-5S2ND2EP.js";
import "./chunk-EE7EZIWX.js";
import "./chunk-PNJUBMPM.js";
import "./chunk-DIY5OXXZ.js";
import "./chunk-FVZA7SE4.js";
import "./chunk-Q3GSJBK5.js";
import "./chunk-HTLVP5OR.js";
import "./chunk-ERUCQBI4.js";
import "./chunk-5NA3HWDM.js";
import "./chunk-RMNCHNTK.js";
import "./chunk-MPYCKMVQ.js";
import "./chunk-LKLDWFYK.js";
export {
  EXEC_EXIT,
  runExec
};
