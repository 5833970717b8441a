import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-7K6LJMZY.js";
import {
  runApprovalGate
} from "./chunks/chunk-OQXXMOSL.js";
import "./chunks/chunk-53TPVNB4.js";
import {
  core_exports
} from "./chunks/chunk-3FUQ7SR4.js";
import "./chunks/chunk-P5UMJ3G7.js";
import "./chunks/chunk-2SPI5ISP.js";
import "./chunks/chunk-KQJ42VC7.js";
import "./chunks/chunk-2RF3VTIS.js";
import "./chunks/chunk-CKZXZKGB.js";
import "./chunks/chunk-QEJZBJQY.js";
import "./chunks/chunk-BK6DTAX2.js";
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
