import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runApprovalGate
} from "./chunks/chunk-WZ3TMWTB.js";
import "./chunks/chunk-V5MLN3IC.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-QHKYOHGY.js";
import "./chunks/chunk-BRFV3FJ3.js";
import "./chunks/chunk-DTCZ2GLA.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-LJTE5UMN.js";
import "./chunks/chunk-DUXM36P4.js";
import "./chunks/chunk-ORYNIZFN.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/approval-gate.ts
await runApprovalGate(core_exports, process.env);
