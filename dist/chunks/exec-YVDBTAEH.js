import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  EXEC_EXIT,
  runExec
} from "./chunk-BBUKJ7M7.js";
import "./chunk-LNBGSHN4.js";
import "./chunk-O56M46MC.js";
import "./chunk-YMF2ZBPH.js";
import "./chunk-6N3B7P4Z.js";
import "./chunk-3YGRSWTV.js";
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
  EXEC_EXIT,
  runExec
};
