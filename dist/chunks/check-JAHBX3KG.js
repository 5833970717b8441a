import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
} from "./chunk-DIONJQ3P.js";
import "./chunk-V5ZVY5C2.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-6QTTMNPX.js";
import "./chunk-N4R55G4J.js";
import "./chunk-BJNFILAY.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-UY6KSUSX.js";
export {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
};
