import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  CLOCK_SKEW_SECONDS,
  Redactor,
  isTokenShaped,
  revokeInstallationToken,
  secretForms
} from "./chunks/chunk-4PLGILPW.js";
import {
  attestStep
} from "./chunks/chunk-YEVF3YIH.js";
import "./chunks/chunk-XVOKOGOO.js";
import {
  RequestCapabilityState,
  core_exports,
  getState,
  serializeEvidence
} from "./chunks/chunk-ODVCI7TM.js";
import {
  createGitHubClient
} from "./chunks/chunk-OVBNPFZH.js";
import {
  writeFileNoFollow
} from "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-KIJD36VT.js";
import "./chunks/chunk-4SQGAN2Y.js";
import "./chunks/chunk-HTLVP5OR.js";
import "./chunks/chunk-7LDW7BD4.js";
import "./chunks/chunk-LKLDWFYK.js";

// src/actions/run-request-capability-post.ts
import { readFile } from "node:fs/promises";
async function runRequestCapabilityPost(core, env, deps = {}) {
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const redactor = new Redactor();
  const warn = (m) => core.warning(redactor.redact(m));
  const info = (m) => core.info(redactor.redact(m).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " "));
  try {
    const token = core.getState(RequestCapabilityState.Token);
    if (!token) {
      info("agent-guard request-capability: no token was minted; nothing to revoke");
      return { outcome: "nothing_to_revoke" };
    }
    const forms = secretForms(token);
    for (const f of forms) core.setSecret(f);
    redactor.add(...forms, ...token.split(/\s+/));
    const evidencePath = core.getState(RequestCapabilityState.EvidencePath);
    if (!isTokenShaped(token)) {
      warn("agent-guard request-capability: the saved token is not a token (not 16 to 1024 printable characters without spaces); nothing was sent to revoke it");
      return { outcome: "error" };
    }
    const expiresAt = Date.parse(core.getState(RequestCapabilityState.ExpiresAt));
    const at = now();
    if (Number.isFinite(expiresAt) && expiresAt + CLOCK_SKEW_SECONDS * 1e3 <= at.getTime()) {
      info(`agent-guard request-capability: the token expired at ${new Date(expiresAt).toISOString()}; nothing to revoke`);
      await recordRevocation(evidencePath, "expired", null, "expired before the post step ran", warn, redactor, env.GITHUB_WORKSPACE || void 0);
      return { outcome: "expired" };
    }
    const client = createGitHubClient({
      token,
      env,
      log: { debug: (m) => core.debug(redactor.redact(m)), warn },
      ...deps.clientOptions
    });
    const result = await revokeInstallationToken(client, now);
    if (result.outcome === "failed") {
      warn(
        `agent-guard request-capability: could not revoke the token (${result.detail ?? "unknown error"}); it stays valid until ${Number.isFinite(expiresAt) ? new Date(expiresAt).toISOString() : "it expires"}`
      );
    } else if (result.outcome === "already_invalid") {
      info("agent-guard request-capability: the token was already invalid (expired or revoked)");
    } else {
      info(`agent-guard request-capability: token revoked at ${result.at}`);
    }
    await recordRevocation(evidencePath, result.outcome, result.outcome === "failed" ? null : result.at, result.detail, warn, redactor, env.GITHUB_WORKSPACE || void 0);
    return { outcome: result.outcome };
  } catch (err) {
    warn(`agent-guard request-capability: post step error: ${err instanceof Error ? err.message : String(err)}`);
    return { outcome: "error" };
  }
}
async function recordRevocation(path, outcome, at, detail, warn, redactor, untrustedRoot) {
  if (!path) return;
  try {
    const evidence = JSON.parse(await readFile(path, "utf8"));
    const credential = evidence.credentials?.find((c) => c.revocation === "pending");
    if (!credential) return;
    credential.revocation = outcome;
    credential.revoked_at = at;
    if (detail) credential.revocation_detail = detail;
    await writeFileNoFollow(path, redactor.redact(serializeEvidence(evidence)), { mode: 384, ...untrustedRoot ? { untrustedRoot } : {} });
  } catch (err) {
    warn(`agent-guard request-capability: could not record the revocation in the evidence file: ${err instanceof Error ? err.message : String(err)}`);
  }
}

// src/actions/request-capability-post.ts
await runRequestCapabilityPost(core_exports, process.env);
await attestStep(core_exports, process.env, getState(RequestCapabilityState.EvidencePath));
