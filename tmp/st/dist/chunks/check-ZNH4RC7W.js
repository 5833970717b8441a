import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
} from "./chunk-VHQ4YZII.js";
import "./chunk-DHGJJVWP.js";
import "./chunk-S3PUWAI4.js";
import "./chunk-KGAS3U4J.js";
import "./chunk-CSE7DDEW.js";
import "./chunk-SKHHSZIX.js";
import "./chunk-UY6KSUSX.js";
export {
  VERDICT_EXIT,
  defaultBaseRef,
  repositoryFromRemote,
  runCheck
};
