import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-WQ62PN5R.js";
import {
  runApprovalGate
} from "./chunks/chunk-OU6BB5LE.js";
import "./chunks/chunk-QQFGCGZS.js";
import "./chunks/chunk-JHQILVEF.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-T4QOEZRE.js";
import "./chunks/chunk-GP4V23GW.js";
import "./chunks/chunk-DZ577L3F.js";
import "./chunks/chunk-Q57JNUCI.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-V5ZVY5C2.js";
import "./chunks/chunk-6QTTMNPX.js";
import "./chunks/chunk-N4R55G4J.js";
import "./chunks/chunk-BJNFILAY.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-ORYNIZFN.js";
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
