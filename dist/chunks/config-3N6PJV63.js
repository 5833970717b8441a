import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  formatProblem,
  loadManifest,
  loadPolicy,
  manifestViolations
} from "./chunk-5S2ND2EP.js";
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
  formatProblem,
  loadManifest,
  loadPolicy,
  manifestViolations
};
