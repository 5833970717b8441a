import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-SLMBTB4Y.js";
import {
  runApprovalGate
} from "./chunks/chunk-UYDCQ7YC.js";
import "./chunks/chunk-LGZNR2SO.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-MFAUEHBA.js";
import "./chunks/chunk-7MWHDOT2.js";
import "./chunks/chunk-QQOVW3NS.js";
import "./chunks/chunk-KQJ42VC7.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-E6PXAEOW.js";
import "./chunks/chunk-JE5KL7PL.js";
import "./chunks/chunk-NTU6IXED.js";
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
