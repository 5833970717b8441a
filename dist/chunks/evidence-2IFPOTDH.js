import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  ORG_EVIDENCE_OPTIONS,
  downloadForCli,
  downloadJson,
  orgEvidenceArgs,
  parseDay,
  renderDownloadText,
  runEvidence
} from "./chunk-G27YQN5S.js";
import "./chunk-I7ZOVLF6.js";
import "./chunk-43QKUSSP.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-OEKITCD2.js";
import "./chunk-KXPMQ7DQ.js";
import "./chunk-OITVL67J.js";
import "./chunk-EE7EZIWX.js";
import "./chunk-PNJUBMPM.js";
import "./chunk-DIY5OXXZ.js";
import "./chunk-FVZA7SE4.js";
import "./chunk-Q3GSJBK5.js";
import "./chunk-ERUCQBI4.js";
import "./chunk-5NA3HWDM.js";
import "./chunk-RMNCHNTK.js";
import "./chunk-MPYCKMVQ.js";
import "./chunk-LKLDWFYK.js";
export {
  ORG_EVIDENCE_OPTIONS,
  downloadForCli,
  downloadJson,
  orgEvidenceArgs,
  parseDay,
  renderDownloadText,
  runEvidence
};
