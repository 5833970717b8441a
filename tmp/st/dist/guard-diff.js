import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-C2R2E27G.js";
import "./chunks/chunk-NW5G5BJM.js";
import {
  core_exports
} from "./chunks/chunk-G4ZGXVED.js";
import "./chunks/chunk-3X3T54Y7.js";
import "./chunks/chunk-2ITWNIKS.js";
import "./chunks/chunk-5IO5ZLMO.js";
import "./chunks/chunk-DHGJJVWP.js";
import "./chunks/chunk-KGAS3U4J.js";
import "./chunks/chunk-CSE7DDEW.js";
import "./chunks/chunk-SKHHSZIX.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/guard-diff.ts
await runGuardDiff(core_exports, process.env);
