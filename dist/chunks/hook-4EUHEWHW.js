import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  HOOK_EXIT,
  HOOK_INPUT_TIMEOUT_MS,
  HOOK_RUNTIMES,
  MAX_HOOK_INPUT_BYTES,
  asksForCopilot,
  copilotDeny,
  parseHookInput,
  runHook
} from "./chunk-CM6TXMEP.js";
import "./chunk-LNBGSHN4.js";
import "./chunk-BUCDKJ44.js";
import "./chunk-QZDP4TBP.js";
import "./chunk-6N3B7P4Z.js";
import "./chunk-LK5L6ERF.js";
import "./chunk-MCEGBNZY.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-GAQUXSCM.js";
import "./chunk-5NFB5RNH.js";
import "./chunk-TU3RSIBQ.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-UY6KSUSX.js";
export {
  HOOK_EXIT,
  HOOK_INPUT_TIMEOUT_MS,
  HOOK_RUNTIMES,
  MAX_HOOK_INPUT_BYTES,
  asksForCopilot,
  copilotDeny,
  parseHookInput,
  runHook
};
