import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-P3TVIIQX.js";
import {
  runApprovalGate
} from "./chunks/chunk-FASMNADV.js";
import "./chunks/chunk-4X4X626B.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-XL5V6DNR.js";
import "./chunks/chunk-S7IJ47P7.js";
import "./chunks/chunk-2ITWNIKS.js";
import "./chunks/chunk-Q57JNUCI.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-EEUBKD6L.js";
import "./chunks/chunk-XW73TX6A.js";
import "./chunks/chunk-EIHNFJUJ.js";
import "./chunks/chunk-SKHHSZIX.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/run-agent-guard.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review"]);
async function runAgentGuard(core, env, deps = {}) {
  const evaluation = await runGuardDiff(core, env);
  if (evaluation === null || evaluation.verdict === "deny") return;
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? "")) {
    if (evaluation.verdict === "allow") return;
    core.notice(`agent-guard: approval required (${evaluation.tier} tier); it is enforced by the approval gate on the pull request`);
    return;
  }
  await runApprovalGate(core, env, deps);
}

// src/actions/agent-guard.ts
await runAgentGuard(core_exports, process.env);
