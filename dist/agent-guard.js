import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-XNVQ6LIY.js";
import {
  runApprovalGate
} from "./chunks/chunk-634AE64Y.js";
import "./chunks/chunk-QGOIQ3WI.js";
import "./chunks/chunk-UE7RO6V7.js";
import "./chunks/chunk-YEVF3YIH.js";
import "./chunks/chunk-XVOKOGOO.js";
import {
  core_exports
} from "./chunks/chunk-ODVCI7TM.js";
import "./chunks/chunk-KZWA4I2E.js";
import "./chunks/chunk-GP4V23GW.js";
import "./chunks/chunk-IIPR7T2I.js";
import "./chunks/chunk-R4SHBYU3.js";
import "./chunks/chunk-OVBNPFZH.js";
import "./chunks/chunk-L4TQXMAI.js";
import "./chunks/chunk-PJTHROFU.js";
import "./chunks/chunk-PYCTWVWR.js";
import "./chunks/chunk-YPPLINAK.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-KIJD36VT.js";
import "./chunks/chunk-4SQGAN2Y.js";
import "./chunks/chunk-HTLVP5OR.js";
import "./chunks/chunk-7LDW7BD4.js";
import "./chunks/chunk-LKLDWFYK.js";

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
