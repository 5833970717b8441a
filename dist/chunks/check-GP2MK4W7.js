import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
} from "./chunk-3YGRSWTV.js";
import "./chunk-EJZQF23H.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-DTDR3NKH.js";
import "./chunk-B72TY5XN.js";
import "./chunk-MPYCKMVQ.js";
import "./chunk-7H6XBJQH.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-UY6KSUSX.js";
export {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
};
