import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
} from "./chunk-LK5L6ERF.js";
import "./chunk-MCEGBNZY.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-GAQUXSCM.js";
import "./chunk-5NFB5RNH.js";
import "./chunk-TU3RSIBQ.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-UY6KSUSX.js";
export {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
};
