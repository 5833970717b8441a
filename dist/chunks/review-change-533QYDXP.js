import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  linkTargetKinds,
  reviewChange,
  reviewCommits
} from "./chunk-JHEJOS2K.js";
import "./chunk-Y3I7EUOX.js";
import "./chunk-BC5MZYTJ.js";
import "./chunk-YHIAEXRV.js";
import "./chunk-HMQHJBD5.js";
import "./chunk-QM3FMFE2.js";
import "./chunk-4TXB6WUI.js";
import "./chunk-UC545A7V.js";
import "./chunk-UGBVF5CQ.js";
import "./chunk-A76VIHJP.js";
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
  linkTargetKinds,
  reviewChange,
  reviewCommits
};
