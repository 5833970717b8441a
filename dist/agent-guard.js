import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-3RJ7SJE6.js";
import {
  runApprovalGate
} from "./chunks/chunk-4XECM7H6.js";
import "./chunks/chunk-M2L4I2TU.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-QHKYOHGY.js";
import "./chunks/chunk-VZHIHB4T.js";
import "./chunks/chunk-DTCZ2GLA.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-DGGHYNTF.js";
import "./chunks/chunk-FSJPZDS6.js";
import "./chunks/chunk-E76ZSZUI.js";
import "./chunks/chunk-SKHHSZIX.js";
import "./chunks/chunk-UY6KSUSX.js";

// src/actions/run-agent-guard.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review"]);
async function runAgentGuard(core, env, deps = {}) {
  const evaluation = await runGuardDiff(core, env);
  if (evaluation === null || evaluation.verdict !== "approval_required") return;
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? "")) {
    core.notice(`agent-guard: approval required (${evaluation.tier} tier); it is enforced by the approval gate on the pull request`);
    return;
  }
  await runApprovalGate(core, env, deps);
}

// src/actions/agent-guard.ts
await runAgentGuard(core_exports, process.env);
