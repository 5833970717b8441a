import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-IK5KXUDU.js";
import "./chunks/chunk-KIL5UJX6.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-F5YXV72X.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-MCEGBNZY.js";
import "./chunks/chunk-GAQUXSCM.js";
import "./chunks/chunk-5NFB5RNH.js";
import "./chunks/chunk-TU3RSIBQ.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-ORYNIZFN.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/guard-diff.ts
await runGuardDiff(core_exports, process.env);
