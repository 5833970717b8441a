import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
} from "./chunk-QNS3E46H.js";
import "./chunk-6EJIA7BJ.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-WI7T23LF.js";
import "./chunk-2J3FK3H7.js";
import "./chunk-A46LI23J.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-UY6KSUSX.js";
export {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
};
