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
} from "./chunk-BEO3WROP.js";
import "./chunk-BURFTZ7D.js";
import "./chunk-RCF63O2U.js";
import "./chunk-BQJOJHLI.js";
import "./chunk-J6KVL7TU.js";
import "./chunk-UE7RO6V7.js";
import "./chunk-R4SHBYU3.js";
import "./chunk-3H7XKS25.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-UKO6CBXQ.js";
import "./chunk-6AW7V37Z.js";
import "./chunk-ZN6EYHJV.js";
import "./chunk-YPPLINAK.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-ZZSKSETH.js";
import "./chunk-4SQGAN2Y.js";
import "./chunk-HTLVP5OR.js";
import "./chunk-7LDW7BD4.js";
import "./chunk-LKLDWFYK.js";
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
