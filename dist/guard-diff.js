import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-CTE5KANC.js";
import "./chunks/chunk-WANKGFTE.js";
import "./chunks/chunk-UE7RO6V7.js";
import "./chunks/chunk-NTAQAOPU.js";
import "./chunks/chunk-XVOKOGOO.js";
import {
  core_exports
} from "./chunks/chunk-JOJWFPUF.js";
import "./chunks/chunk-R4SHBYU3.js";
import "./chunks/chunk-OVBNPFZH.js";
import "./chunks/chunk-UKO6CBXQ.js";
import "./chunks/chunk-6AW7V37Z.js";
import "./chunks/chunk-ZN6EYHJV.js";
import "./chunks/chunk-YPPLINAK.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-ZZSKSETH.js";
import "./chunks/chunk-4SQGAN2Y.js";
import "./chunks/chunk-HTLVP5OR.js";
import "./chunks/chunk-7LDW7BD4.js";
import "./chunks/chunk-LKLDWFYK.js";

// src/actions/guard-diff.ts
await runGuardDiff(core_exports, process.env);
