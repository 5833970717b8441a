import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  EXEC_EXIT,
  runExec
} from "./chunk-OUWSTLSC.js";
import "./chunk-L3ZZHEP3.js";
import "./chunk-KXNLIHNF.js";
import "./chunk-OQ52ZWOA.js";
import "./chunk-4YB5FWE7.js";
import "./chunk-72ONKYON.js";
import "./chunk-4V54Y66D.js";
import "./chunk-C5AECPPM.js";
import "./chunk-BMR6LIWW.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-6TS3BOHC.js";
import "./chunk-2BDKF5ZJ.js";
import "./chunk-K3JWMUNI.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-UY6KSUSX.js";
export {
  EXEC_EXIT,
  runExec
};
