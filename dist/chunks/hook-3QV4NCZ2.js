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
} from "./chunk-NWW27IF5.js";
import "./chunk-WMGLSJFV.js";
import "./chunk-JLIPOXDR.js";
import "./chunk-OQ52ZWOA.js";
import "./chunk-4YB5FWE7.js";
import "./chunk-JHQILVEF.js";
import "./chunk-DZ577L3F.js";
import "./chunk-DIONJQ3P.js";
import "./chunk-V5ZVY5C2.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-6QTTMNPX.js";
import "./chunk-N4R55G4J.js";
import "./chunk-BJNFILAY.js";
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
