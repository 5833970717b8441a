import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-S2IMISUW.js";
import "./chunks/chunk-V5MLN3IC.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-QHKYOHGY.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-TYQXUCEK.js";
import "./chunks/chunk-LJTE5UMN.js";
import "./chunks/chunk-DUXM36P4.js";
import "./chunks/chunk-ORYNIZFN.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/guard-diff.ts
await runGuardDiff(core_exports, process.env);
