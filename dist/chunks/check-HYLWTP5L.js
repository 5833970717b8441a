import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  VERDICT_EXIT,
  defaultBaseRef,
  loadCheckModules,
  repositoryFromRemote,
  runCheck
} from "./chunk-BI7NKPNU.js";
import "./chunk-QOGEQMRH.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-UC545A7V.js";
import "./chunk-UGBVF5CQ.js";
import "./chunk-A76VIHJP.js";
import "./chunk-4SQGAN2Y.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-FVZA7SE4.js";
import "./chunk-ERUCQBI4.js";
import "./chunk-RMNCHNTK.js";
import "./chunk-LKLDWFYK.js";
export {
  VERDICT_EXIT,
  defaultBaseRef,
  loadCheckModules,
  repositoryFromRemote,
  runCheck
};
