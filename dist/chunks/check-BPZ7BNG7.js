import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
} from "./chunk-CXONVPZ7.js";
import "./chunk-AC3USPEQ.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-CRZN3KFY.js";
import "./chunk-56M6AEYA.js";
import "./chunk-HIH5H5C6.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-UY6KSUSX.js";
export {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
};
