import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  EXEC_EXIT,
  runExec
} from "./chunk-S7G7IF5I.js";
import "./chunk-LNBGSHN4.js";
import "./chunk-BUCDKJ44.js";
import "./chunk-QZDP4TBP.js";
import "./chunk-6N3B7P4Z.js";
import "./chunk-LK5L6ERF.js";
import "./chunk-MCEGBNZY.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-GAQUXSCM.js";
import "./chunk-5NFB5RNH.js";
import "./chunk-TU3RSIBQ.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-ORYNIZFN.js";
import "./chunk-UY6KSUSX.js";
export {
  EXEC_EXIT,
  runExec
};
