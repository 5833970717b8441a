import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  CLOCK_SKEW_SECONDS,
  isTokenShaped,
  revokeInstallationToken
} from "./chunks/chunk-HYWAOB4O.js";
import {
  attestStep
} from "./chunks/chunk-ZJ6ANMJP.js";
import "./chunks/chunk-NA6P7EFP.js";
import "./chunks/chunk-BBHO34IG.js";
import {
  parseTransportSettings,
  transportVariables,
  uploadEvidenceStep
} from "./chunks/chunk-TLCN7R4O.js";
import {
  core_exports,
  getState
} from "./chunks/chunk-3EQGL3HR.js";
import {
  serializeEvidence
} from "./chunks/chunk-S6BVWRSJ.js";
import {
  RequestCapabilityState,
  RequestCapabilityTransportInputs,
  RequestCapabilityTransportState
} from "./chunks/chunk-OEKITCD2.js";
import {
  createGitHubClient
} from "./chunks/chunk-KXPMQ7DQ.js";
import "./chunks/chunk-OITVL67J.js";
import {
  Redactor,
  secretForms
} from "./chunks/chunk-N33BQRLE.js";
import "./chunks/chunk-4SQGAN2Y.js";
import {
  writeFileNoFollow
} from "./chunks/chunk-PFF3JMPW.js";
import "./chunks/chunk-Q3GSJBK5.js";
import "./chunks/chunk-HTLVP5OR.js";
import "./chunks/chunk-ERUCQBI4.js";
import "./chunks/chunk-MPYCKMVQ.js";
import "./chunks/chunk-LKLDWFYK.js";

// src/actions/run-request-capability-post.ts
import { readFile } from "node:fs/promises";
var TITLE = "agent-guard: token not revoked";
async function runRequestCapabilityPost(core, env, deps = {}) {
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const redactor = new Redactor();
  const warn = (m) => core.warning(redactor.redact(m));
  const info = (m) => core.info(redactor.redact(m).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " "));
  const optOut = core.getInput(RequestCapabilityTransportInputs.FailOnRevokeError).trim().toLowerCase();
  if (optOut !== "" && optOut !== "true" && optOut !== "false") warn(`agent-guard request-capability: fail-on-revoke-error is ${JSON.stringify(optOut.slice(0, 20))}, not true or false: treated as true`);
  const failOnError = optOut !== "false";
  const notRevoked = (message, outcome) => {
    core.error(redactor.redact(message), { title: TITLE });
    if (failOnError) core.setFailed(redactor.redact("agent-guard request-capability: the token could not be revoked (see the error above); set fail-on-revoke-error: false to pass anyway"));
    return { outcome, failed: failOnError };
  };
  const evidencePath2 = core.getState(RequestCapabilityState.EvidencePath);
  const untrustedRoot = env.GITHUB_WORKSPACE || void 0;
  let token = "";
  try {
    token = core.getState(RequestCapabilityState.Token);
    if (!token) {
      info("agent-guard request-capability: no token was minted; nothing to revoke");
      return { outcome: "nothing_to_revoke", failed: false };
    }
    const forms = secretForms(token);
    for (const f of forms) core.setSecret(f);
    redactor.add(...forms, ...token.split(/\s+/));
    if (!isTokenShaped(token)) {
      return notRevoked("agent-guard request-capability: the saved token is not a token (not 16 to 1024 printable characters without spaces); nothing was sent to revoke it", "error");
    }
    const expiresAt = Date.parse(core.getState(RequestCapabilityState.ExpiresAt));
    const at = now();
    if (Number.isFinite(expiresAt) && expiresAt + CLOCK_SKEW_SECONDS * 1e3 <= at.getTime()) {
      info(`agent-guard request-capability: the token expired at ${new Date(expiresAt).toISOString()}; nothing to revoke`);
      await recordRevocation(evidencePath2, "expired", null, "expired before the post step ran", warn, redactor, untrustedRoot);
      return { outcome: "expired", failed: false };
    }
    const until = Number.isFinite(expiresAt) ? new Date(expiresAt).toISOString() : "it expires";
    const transport2 = parseTransportSettings(core.getState(RequestCapabilityTransportState.Transport));
    if (transport2 === null) {
      const detail = "the main step recorded no transport (API URL, proxy, certificates) in the state: nothing was sent";
      await recordRevocation(evidencePath2, "failed", null, detail, warn, redactor, untrustedRoot);
      return notRevoked(`agent-guard request-capability: could not revoke the token (${detail}); it stays valid until ${until}`, "error");
    }
    const changed = transportVariables(env);
    if (changed.length > 0) info(`agent-guard request-capability: ignoring ${changed.join(", ")} from the environment; the post step uses the transport the main step recorded`);
    const client = createGitHubClient({
      token,
      env,
      baseUrl: transport2.apiUrl,
      transport: { proxy: transport2.proxy, ca: transport2.ca },
      log: { debug: (m) => core.debug(redactor.redact(m)), warn },
      ...deps.clientOptions
    });
    const result = await revokeInstallationToken(client, now);
    await recordRevocation(evidencePath2, result.outcome, result.outcome === "failed" ? null : result.at, result.detail, warn, redactor, untrustedRoot);
    if (result.outcome === "failed") return notRevoked(`agent-guard request-capability: could not revoke the token (${result.detail ?? "unknown error"}); it stays valid until ${until}`, "failed");
    if (result.outcome === "already_invalid") info("agent-guard request-capability: the token was already invalid (expired or revoked)");
    else info(`agent-guard request-capability: token revoked at ${result.at}`);
    return { outcome: result.outcome, failed: false };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (token) await recordRevocation(evidencePath2, "failed", null, `post step error: ${message}`, warn, redactor, untrustedRoot);
    return token ? notRevoked(`agent-guard request-capability: post step error, the token may not be revoked: ${message}`, "error") : (warn(`agent-guard request-capability: post step error: ${message}`), { outcome: "error", failed: false });
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
var evidencePath = getState(RequestCapabilityState.EvidencePath);
var transport = parseTransportSettings(getState(RequestCapabilityTransportState.Transport));
await attestStep(core_exports, process.env, evidencePath, transport ? { transport: { proxy: transport.proxy, ca: transport.ca }, apiUrl: transport.apiUrl } : {});
if (evidencePath) {
  const redactor = new Redactor();
  redactor.addSecret(getState(RequestCapabilityState.Token));
  await uploadEvidenceStep(core_exports, process.env, [evidencePath], { redactor });
}
