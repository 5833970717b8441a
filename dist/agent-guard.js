import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-BOE3M6MU.js";
import {
  runApprovalGate
} from "./chunks/chunk-ZCID2NGY.js";
import "./chunks/chunk-TKUQLUCA.js";
import {
  core_exports
} from "./chunks/chunk-G4ZGXVED.js";
import "./chunks/chunk-46VG4S5Z.js";
import "./chunks/chunk-GH55FGAN.js";
import "./chunks/chunk-2ITWNIKS.js";
import "./chunks/chunk-LHTY26KA.js";
import "./chunks/chunk-5IO5ZLMO.js";
import "./chunks/chunk-6EJIA7BJ.js";
import "./chunks/chunk-WI7T23LF.js";
import "./chunks/chunk-2J3FK3H7.js";
import "./chunks/chunk-A46LI23J.js";
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
