import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-LDSKQBRI.js";
import "./chunks/chunk-V5MLN3IC.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-QHKYOHGY.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-V5IYZM7I.js";
import "./chunks/chunk-3OLANORU.js";
import "./chunks/chunk-C2KVDZKP.js";
import "./chunks/chunk-ORYNIZFN.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/guard-diff.ts
await runGuardDiff(core_exports, process.env);
