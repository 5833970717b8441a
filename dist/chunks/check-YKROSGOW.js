import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
} from "./chunk-ZSZ7QTMT.js";
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
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
};
