import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-XNVQ6LIY.js";
import "./chunks/chunk-QGOIQ3WI.js";
import "./chunks/chunk-UE7RO6V7.js";
import "./chunks/chunk-YEVF3YIH.js";
import "./chunks/chunk-XVOKOGOO.js";
import {
  core_exports
} from "./chunks/chunk-ODVCI7TM.js";
import "./chunks/chunk-R4SHBYU3.js";
import "./chunks/chunk-OVBNPFZH.js";
import "./chunks/chunk-L4TQXMAI.js";
import "./chunks/chunk-PJTHROFU.js";
import "./chunks/chunk-PYCTWVWR.js";
import "./chunks/chunk-YPPLINAK.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-KIJD36VT.js";
import "./chunks/chunk-4SQGAN2Y.js";
import "./chunks/chunk-HTLVP5OR.js";
import "./chunks/chunk-7LDW7BD4.js";
import "./chunks/chunk-LKLDWFYK.js";

// src/actions/guard-diff.ts
await runGuardDiff(core_exports, process.env);
