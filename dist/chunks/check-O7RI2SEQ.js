import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
} from "./chunk-TYOQIVZD.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-2MFCBZ7P.js";
import "./chunk-MHGEV2U4.js";
import "./chunk-OHZEQIQB.js";
import "./chunk-WUQBH436.js";
import "./chunk-A76VIHJP.js";
import "./chunk-QM3FMFE2.js";
import "./chunk-MMZAEHJF.js";
import "./chunk-DIY5OXXZ.js";
import "./chunk-4SQGAN2Y.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-HTLVP5OR.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-MPYCKMVQ.js";
import "./chunk-3NVDSH4U.js";
import "./chunk-ERUCQBI4.js";
import "./chunk-LKLDWFYK.js";
export {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
};
