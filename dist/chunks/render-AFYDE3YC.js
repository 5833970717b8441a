import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  locationText,
  renderWorkflowReview,
  withWorkflowReview,
  workflowAnnotations
} from "./chunk-Y3I7EUOX.js";
import "./chunk-BC5MZYTJ.js";
import "./chunk-QM3FMFE2.js";
import "./chunk-PNJUBMPM.js";
import "./chunk-DIY5OXXZ.js";
import "./chunk-ERUCQBI4.js";
import "./chunk-5NA3HWDM.js";
import "./chunk-RMNCHNTK.js";
import "./chunk-MPYCKMVQ.js";
import "./chunk-LKLDWFYK.js";
export {
  locationText,
  renderWorkflowReview,
  withWorkflowReview,
  workflowAnnotations
};
