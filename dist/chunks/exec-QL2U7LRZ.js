import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  EXEC_EXIT,
  runExec
} from "./chunk-YY64E7TW.js";
import "./chunk-WMGLSJFV.js";
import "./chunk-JLIPOXDR.js";
import "./chunk-OQ52ZWOA.js";
import "./chunk-4YB5FWE7.js";
import "./chunk-JHQILVEF.js";
import "./chunk-DZ577L3F.js";
import "./chunk-DIONJQ3P.js";
import "./chunk-V5ZVY5C2.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-6QTTMNPX.js";
import "./chunk-N4R55G4J.js";
import "./chunk-BJNFILAY.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-UY6KSUSX.js";
export {
  EXEC_EXIT,
  runExec
};
