import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
} from "./chunk-3H7XKS25.js";
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
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
};
