import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-C2R2E27G.js";
import {
  runApprovalGate
} from "./chunks/chunk-7DL2DQIG.js";
import "./chunks/chunk-NW5G5BJM.js";
import {
  core_exports
} from "./chunks/chunk-G4ZGXVED.js";
import "./chunks/chunk-3X3T54Y7.js";
import "./chunks/chunk-VOBWDR32.js";
import "./chunks/chunk-2ITWNIKS.js";
import "./chunks/chunk-LHTY26KA.js";
import "./chunks/chunk-5IO5ZLMO.js";
import "./chunks/chunk-DHGJJVWP.js";
import "./chunks/chunk-KGAS3U4J.js";
import "./chunks/chunk-CSE7DDEW.js";
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
