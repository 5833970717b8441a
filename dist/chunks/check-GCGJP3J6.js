import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
} from "./chunk-C5AECPPM.js";
import "./chunk-BMR6LIWW.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-6TS3BOHC.js";
import "./chunk-2BDKF5ZJ.js";
import "./chunk-K3JWMUNI.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-UY6KSUSX.js";
export {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
};
