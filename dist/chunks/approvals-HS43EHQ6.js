import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  EXIT,
  UsageError
} from "./chunk-S3PUWAI4.js";
import {
  collectApprovalGate,
  parseRepository
} from "./chunk-RPBKEBE3.js";
import "./chunk-GP4V23GW.js";
import "./chunk-SFDD5CUY.js";
import "./chunk-JHEJOS2K.js";
import "./chunk-Y3I7EUOX.js";
import "./chunk-BC5MZYTJ.js";
import "./chunk-YHIAEXRV.js";
import "./chunk-HMQHJBD5.js";
import "./chunk-QM3FMFE2.js";
import {
  gateJson,
  renderGateText,
  safeText
} from "./chunk-CVI2Q4P5.js";
import {
  GitHubApiError
} from "./chunk-4TXB6WUI.js";
import {
  ConfigError
} from "./chunk-UC545A7V.js";
import "./chunk-UGBVF5CQ.js";
import "./chunk-A76VIHJP.js";
import {
  GitHubClientError,
  createGitHubClient
} from "./chunk-KXPMQ7DQ.js";
import "./chunk-OITVL67J.js";
import "./chunk-4SQGAN2Y.js";
import "./chunk-PFF3JMPW.js";
import {
  formatProblem
} from "./chunk-5S2ND2EP.js";
import "./chunk-EE7EZIWX.js";
import "./chunk-PNJUBMPM.js";
import "./chunk-DIY5OXXZ.js";
import "./chunk-FVZA7SE4.js";
import "./chunk-Q3GSJBK5.js";
import "./chunk-HTLVP5OR.js";
import "./chunk-ERUCQBI4.js";
import "./chunk-5NA3HWDM.js";
import "./chunk-RMNCHNTK.js";
import "./chunk-MPYCKMVQ.js";
import "./chunk-LKLDWFYK.js";

// src/cli/approvals.ts
import { parseArgs } from "node:util";
var DECISION_EXIT = { approved: EXIT.OK, not_required: EXIT.OK, approval_required: EXIT.APPROVAL_REQUIRED, deny: EXIT.DENY };
async function runApprovals(argv, io) {
  const { values } = parseArgs({
    args: argv,
    options: {
      repo: { type: "string" },
      pr: { type: "string" },
      format: { type: "string", default: "text" },
      policy: { type: "string" },
      manifest: { type: "string" },
      checkout: { type: "string" }
    },
    strict: true,
    allowPositionals: false
  });
  const repo = parseRepository(values.repo ?? "");
  if (!repo) throw new UsageError(`--repo must be OWNER/NAME, not ${JSON.stringify(values.repo ?? "")}`);
  if (!/^[1-9][0-9]{0,9}$/.test(values.pr ?? "")) throw new UsageError(`--pr must be a pull request number, not ${JSON.stringify(values.pr ?? "")}`);
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not ${JSON.stringify(values.format)}`);
  const token = io.env.GITHUB_TOKEN ?? "";
  if (!token) throw new UsageError("GITHUB_TOKEN is not set");
  const checkout = values.checkout === void 0 ? void 0 : values.checkout.startsWith("/") ? values.checkout : `${io.cwd}/${values.checkout}`;
  try {
    const client = createGitHubClient({ token, env: io.env, log: { debug: () => void 0, warn: (m) => io.err(safeText(m)) } });
    const result = await collectApprovalGate(client, { ...repo, pullNumber: Number(values.pr) }, {
      ...values.policy !== void 0 ? { policyPath: values.policy } : {},
      ...values.manifest !== void 0 ? { manifestPath: values.manifest } : {},
      ...checkout !== void 0 ? { checkout } : {}
    });
    io.out(values.format === "json" ? JSON.stringify(gateJson(result), null, 2) : renderGateText(result));
    return DECISION_EXIT[result.decision];
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) io.err(safeText(formatProblem(p)));
      return EXIT.INVALID;
    }
    if (err instanceof GitHubClientError) {
      io.err(`agent-guard approvals: ${safeText(err.message)}`);
      return EXIT.INVALID;
    }
    if (err instanceof GitHubApiError) {
      io.err(`agent-guard approvals: deny: ${safeText(err.message)}`);
      return err.status === 404 ? EXIT.INVALID : EXIT.DENY;
    }
    throw err;
  }
}
export {
  DECISION_EXIT,
  runApprovals
};
