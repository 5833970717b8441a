import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  runGuardDiff
} from "./chunks/chunk-5YVUFUK5.js";
import {
  runApprovalGate
} from "./chunks/chunk-WWTXJG3Q.js";
import "./chunks/chunk-VSVH6BX3.js";
import "./chunks/chunk-RPBKEBE3.js";
import "./chunks/chunk-GP4V23GW.js";
import "./chunks/chunk-SFDD5CUY.js";
import "./chunks/chunk-TAEBDJXM.js";
import "./chunks/chunk-JHEJOS2K.js";
import "./chunks/chunk-Y3I7EUOX.js";
import "./chunks/chunk-BC5MZYTJ.js";
import "./chunks/chunk-YHIAEXRV.js";
import "./chunks/chunk-HMQHJBD5.js";
import "./chunks/chunk-QM3FMFE2.js";
import "./chunks/chunk-2OZA757D.js";
import "./chunks/chunk-CVI2Q4P5.js";
import "./chunks/chunk-4TXB6WUI.js";
import "./chunks/chunk-UC545A7V.js";
import "./chunks/chunk-UGBVF5CQ.js";
import "./chunks/chunk-A76VIHJP.js";
import "./chunks/chunk-ZJ6ANMJP.js";
import "./chunks/chunk-NA6P7EFP.js";
import "./chunks/chunk-BBHO34IG.js";
import {
  uploadEvidenceStep
} from "./chunks/chunk-TLCN7R4O.js";
import {
  core_exports
} from "./chunks/chunk-3EQGL3HR.js";
import "./chunks/chunk-S6BVWRSJ.js";
import "./chunks/chunk-OEKITCD2.js";
import "./chunks/chunk-KXPMQ7DQ.js";
import "./chunks/chunk-OITVL67J.js";
import "./chunks/chunk-N33BQRLE.js";
import "./chunks/chunk-4SQGAN2Y.js";
import "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-5S2ND2EP.js";
import "./chunks/chunk-EE7EZIWX.js";
import "./chunks/chunk-PNJUBMPM.js";
import "./chunks/chunk-DIY5OXXZ.js";
import "./chunks/chunk-FVZA7SE4.js";
import "./chunks/chunk-Q3GSJBK5.js";
import "./chunks/chunk-HTLVP5OR.js";
import "./chunks/chunk-ERUCQBI4.js";
import "./chunks/chunk-5NA3HWDM.js";
import "./chunks/chunk-RMNCHNTK.js";
import "./chunks/chunk-MPYCKMVQ.js";
import "./chunks/chunk-LKLDWFYK.js";

// src/actions/run-agent-guard.ts
var GATE_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "merge_group"]);
async function runAgentGuard(core, env, deps = {}) {
  const evidence = [];
  try {
    await guardThenGate(core, env, { ...deps, collectEvidence: evidence });
  } finally {
    if (evidence.length) await uploadEvidenceStep(core, env, evidence);
  }
}
async function guardThenGate(core, env, deps) {
  const evaluation = await runGuardDiff(core, env, { collectEvidence: deps.collectEvidence });
  if (evaluation === null || evaluation.verdict === "deny") return;
  if (!GATE_EVENTS.has(env.GITHUB_EVENT_NAME ?? "")) {
    if (evaluation.verdict === "allow") return;
    core.notice(`agent-guard: approval required (${evaluation.tier} tier); it is enforced by the approval gate on the pull request`);
    return;
  }
  await runApprovalGate(core, env, deps);
}

// src/actions/agent-guard.ts
await runAgentGuard(core_exports, process.env);
