import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  EXEC_EXIT,
  runExec
} from "./chunk-BV3LAKBX.js";
import "./chunk-BURFTZ7D.js";
import "./chunk-OYINLGQS.js";
import "./chunk-BQJOJHLI.js";
import "./chunk-4PLGILPW.js";
import "./chunk-UE7RO6V7.js";
import "./chunk-R4SHBYU3.js";
import "./chunk-ZSZ7QTMT.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-L4TQXMAI.js";
import "./chunk-PJTHROFU.js";
import "./chunk-PYCTWVWR.js";
import "./chunk-YPPLINAK.js";
import "./chunk-PFF3JMPW.js";
import "./chunk-KIJD36VT.js";
import "./chunk-4SQGAN2Y.js";
import "./chunk-HTLVP5OR.js";
import "./chunk-7LDW7BD4.js";
import "./chunk-LKLDWFYK.js";
export {
  EXEC_EXIT,
  runExec
};
