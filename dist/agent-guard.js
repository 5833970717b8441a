import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-BEHLKDRE.js";
import {
  runApprovalGate
} from "./chunks/chunk-6RBSBWOQ.js";
import "./chunks/chunk-VSVH6BX3.js";
import "./chunks/chunk-XRSO45NP.js";
import "./chunks/chunk-CUZNRT7Q.js";
import "./chunks/chunk-LS4HX2DV.js";
import "./chunks/chunk-BBHO34IG.js";
import {
  core_exports
} from "./chunks/chunk-MG6WJRIL.js";
import "./chunks/chunk-OE2SQ2YI.js";
import "./chunks/chunk-NR7ABLGN.js";
import "./chunks/chunk-YBZUBZMZ.js";
import "./chunks/chunk-GP4V23GW.js";
import "./chunks/chunk-NFDKX6D7.js";
import "./chunks/chunk-X4AYT3YW.js";
import "./chunks/chunk-2MFCBZ7P.js";
import "./chunks/chunk-MHGEV2U4.js";
import "./chunks/chunk-OHZEQIQB.js";
import "./chunks/chunk-WUQBH436.js";
import "./chunks/chunk-A76VIHJP.js";
import "./chunks/chunk-QM3FMFE2.js";
import "./chunks/chunk-MMZAEHJF.js";
import "./chunks/chunk-DIY5OXXZ.js";
import "./chunks/chunk-4SQGAN2Y.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-HTLVP5OR.js";
import "./chunks/chunk-ORYNIZFN.js";
import "./chunks/chunk-MPYCKMVQ.js";
import "./chunks/chunk-3NVDSH4U.js";
import "./chunks/chunk-ERUCQBI4.js";
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
