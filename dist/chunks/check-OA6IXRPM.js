import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
} from "./chunk-UKA32HD3.js";
import "./chunk-LDZFOXDU.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-TGCXLPGG.js";
import "./chunk-7D23IA5M.js";
import "./chunk-6LEDKEX5.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-UY6KSUSX.js";
export {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
};
