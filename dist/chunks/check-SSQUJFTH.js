import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
} from "./chunk-AHUGF2OF.js";
import "./chunk-EEUBKD6L.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-XW73TX6A.js";
import "./chunk-EIHNFJUJ.js";
import "./chunk-SKHHSZIX.js";
import "./chunk-UY6KSUSX.js";
export {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
};
