import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  EXEC_EXIT,
  runExec
} from "./chunk-HCBOKW7U.js";
import "./chunk-K4MBGLQJ.js";
import "./chunk-LO66NZRK.js";
import "./chunk-OQ52ZWOA.js";
import "./chunk-4YB5FWE7.js";
import "./chunk-VDWSB4BZ.js";
import "./chunk-OXAIITRL.js";
import "./chunk-UKA32HD3.js";
import "./chunk-LDZFOXDU.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-TGCXLPGG.js";
import "./chunk-7D23IA5M.js";
import "./chunk-6LEDKEX5.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-UY6KSUSX.js";
export {
  EXEC_EXIT,
  runExec
};
