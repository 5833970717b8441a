import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-WQ62PN5R.js";
import "./chunks/chunk-QQFGCGZS.js";
import "./chunks/chunk-JHQILVEF.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-DZ577L3F.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-V5ZVY5C2.js";
import "./chunks/chunk-6QTTMNPX.js";
import "./chunks/chunk-N4R55G4J.js";
import "./chunks/chunk-BJNFILAY.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-ORYNIZFN.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/guard-diff.ts
await runGuardDiff(core_exports, process.env);
