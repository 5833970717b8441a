import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  redactCredentialShapes
} from "./chunk-N33BQRLE.js";
import {
  isNeverMinted
} from "./chunk-Q3GSJBK5.js";

// src/adapters/github-app.ts
var MAX_TOKEN_LIFETIME_SECONDS = 3600;
var CLOCK_SKEW_SECONDS = 120;
var MintError = class extends Error {
  code;
  status;
  installationId;
  issuedAt;
  expiresAt;
  permissions;
  revocation;
  constructor(code, message, status) {
    super(message);
    this.name = "MintError";
    this.code = code;
    if (status !== void 0) this.status = status;
  }
};
function describeApiError(err) {
  const e = err;
  const status = typeof e?.status === "number" && e.status > 0 ? e.status : void 0;
  const raw = typeof e?.message === "string" ? e.message : String(err);
  const message = redactCredentialShapes(raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")).trim().slice(0, 300);
  return status !== void 0 ? { status, message } : { message };
}
function foreignOrigin(client, responseUrl) {
  if (typeof responseUrl !== "string" || responseUrl === "") return null;
  try {
    const base = new URL(client.request.endpoint.DEFAULTS.baseUrl).origin;
    const got = new URL(responseUrl).origin;
    return got === base ? null : got;
  } catch {
    return String(responseUrl).slice(0, 100);
  }
}
function permissionDifferences(asked, returned) {
  if (returned === null || typeof returned !== "object" || Array.isArray(returned)) return ["GitHub returned no permissions object"];
  const got = returned;
  const out = [];
  const names = [.../* @__PURE__ */ new Set([...Object.keys(asked), ...Object.keys(got)])].sort();
  for (const name of names) {
    const a = Object.prototype.hasOwnProperty.call(asked, name) ? asked[name] : void 0;
    const g = Object.prototype.hasOwnProperty.call(got, name) ? got[name] : void 0;
    if (a === g) continue;
    if (a === void 0 && name === "metadata" && g === "read") continue;
    const shown = (v) => typeof v === "string" && /^[a-z_]{1,40}$/.test(v) ? v : JSON.stringify(v)?.slice(0, 40) ?? String(v);
    if (a === void 0) out.push(`${name}: not asked, granted ${shown(g)}${isNeverMinted(name) ? " (never minted)" : ""}`);
    else if (g === void 0) out.push(`${name}: asked ${a}, not granted`);
    else out.push(`${name}: asked ${a}, granted ${shown(g)}`);
  }
  return out;
}
var TOKEN_SHAPE = /^[\x21-\x7e]{16,1024}$/;
function isTokenShaped(value) {
  return TOKEN_SHAPE.test(value);
}
async function findInstallation(appClient, owner, repo) {
  try {
    const { data, url } = await appClient.request("GET /repos/{owner}/{repo}/installation", { owner, repo });
    const foreign = foreignOrigin(appClient, url);
    if (foreign !== null) throw new MintError("installation_lookup_failed", `the installation lookup for ${owner}/${repo} was redirected to another origin (${JSON.stringify(foreign)}): an answer from there is not GitHub's`);
    const id = data.id;
    if (typeof id !== "number" || !Number.isSafeInteger(id) || id <= 0) throw new MintError("installation_lookup_failed", `GitHub returned no valid installation id for ${owner}/${repo}`);
    const account = data.account?.login;
    if (typeof account !== "string" || account.toLowerCase() !== owner.toLowerCase()) {
      throw new MintError("installation_owner_mismatch", `the installation GitHub returned for ${owner}/${repo} belongs to ${typeof account === "string" ? JSON.stringify(account.slice(0, 40)) : "no account"}, not to ${owner}: no token is requested from another owner's installation`);
    }
    return id;
  } catch (err) {
    if (err instanceof MintError) throw err;
    const { status, message } = describeApiError(err);
    if (status === 404) {
      throw new MintError("not_installed", `the GitHub App is not installed on ${owner}/${repo} (or cannot see it): install it on that repository`, status);
    }
    if (status === 401) {
      throw new MintError("app_auth_failed", `GitHub rejected the app's JWT (${message}): check the app-id and private-key inputs`, status);
    }
    throw new MintError("installation_lookup_failed", `looking up the app installation on ${owner}/${repo} failed: ${status ?? "no response"} ${message}`, status);
  }
}
async function mintInstallationToken(deps, req) {
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const names = Object.keys(req.permissions);
  if (names.length === 0) throw new MintError("invalid_request", "no permission asked: an empty token is never minted");
  const never = names.filter(isNeverMinted);
  if (never.length > 0) throw new MintError("invalid_request", `never minted: ${never.join(", ")}`);
  const installationId = await findInstallation(deps.appClient, req.owner, req.repo);
  let data;
  try {
    const res = await deps.appClient.request("POST /app/installations/{installation_id}/access_tokens", {
      installation_id: installationId,
      repositories: [req.repo],
      permissions: { ...req.permissions }
    });
    const foreign = foreignOrigin(deps.appClient, res.url);
    if (foreign !== null) {
      const e = new MintError("mint_failed", `the token request was redirected to another origin (${JSON.stringify(foreign)}): an answer from there is not a GitHub token`);
      const foreignToken = res.data?.token;
      if (typeof foreignToken === "string" && foreignToken.length > 0) deps.mask(foreignToken);
      throw e;
    }
    data = res.data ?? {};
  } catch (err) {
    if (err instanceof MintError) throw err;
    const { status, message } = describeApiError(err);
    const hint = status === 422 ? " (the installation may not have every permission asked, or cannot see the repository)" : "";
    throw new MintError("mint_failed", `GitHub did not mint the token: ${status ?? "no response"} ${message}${hint}`, status);
  }
  const token = data.token;
  const trimmed = typeof token === "string" ? token.trim() : "";
  if (typeof token === "string" && token.length > 0) {
    deps.mask(token);
    for (const part of /* @__PURE__ */ new Set([trimmed, ...token.split(/\r?\n|\r/).map((l) => l.trim())])) if (part.length > 0 && part !== token) deps.mask(part);
  }
  const issuedAt = now();
  const refuse = async (code, message) => {
    const error = new MintError(code, message);
    error.installationId = installationId;
    error.issuedAt = issuedAt.toISOString();
    if (typeof data.expires_at === "string") error.expiresAt = data.expires_at.slice(0, 64);
    if (data.permissions && typeof data.permissions === "object") error.permissions = { ...data.permissions };
    if (typeof token === "string" && TOKEN_SHAPE.test(trimmed)) {
      error.revocation = await revokeInstallationToken(deps.clientForToken(trimmed), now);
      error.message += error.revocation.outcome === "failed" ? `; revoking it FAILED (${error.revocation.detail ?? "unknown"}): it stays valid until it expires` : "; the token was revoked";
    }
    throw error;
  };
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) {
    return refuse("invalid_token", "GitHub returned no usable token");
  }
  const maxLifetime = deps.maxLifetimeSeconds ?? MAX_TOKEN_LIFETIME_SECONDS;
  const skew = deps.clockSkewSeconds ?? CLOCK_SKEW_SECONDS;
  const expiresRaw = data.expires_at;
  const expires = typeof expiresRaw === "string" ? Date.parse(expiresRaw) : NaN;
  if (!Number.isFinite(expires)) {
    return refuse("invalid_expiry", `GitHub returned an expiry that is not a date (${JSON.stringify(expiresRaw)?.slice(0, 64) ?? "none"}): a token without a finite lifetime is refused`);
  }
  const lifetime = (expires - issuedAt.getTime()) / 1e3;
  if (lifetime <= 0) return refuse("invalid_expiry", `the token expires at ${new Date(expires).toISOString()}, which is not in the future (lifetime ${Math.round(lifetime)}s)`);
  if (lifetime > maxLifetime + skew) {
    return refuse("invalid_expiry", `the token expires at ${new Date(expires).toISOString()}, ${Math.round(lifetime)}s from now: more than the ${maxLifetime}s maximum`);
  }
  const differences = permissionDifferences(req.permissions, data.permissions);
  if (differences.length > 0) {
    return refuse("permission_mismatch", `GitHub returned other permissions than asked (${differences.join("; ")})`);
  }
  const wanted = `${req.owner}/${req.repo}`.toLowerCase();
  const repos = Array.isArray(data.repositories) ? data.repositories : null;
  const fullNames = repos?.map((r) => typeof r?.full_name === "string" ? r.full_name : "") ?? [];
  if (data.repository_selection !== "selected" || fullNames.length !== 1 || fullNames[0].toLowerCase() !== wanted) {
    const shown = fullNames.slice(0, 5).map((n) => JSON.stringify(n.slice(0, 140))).join(", ");
    return refuse("repository_mismatch", `the token is not limited to ${req.owner}/${req.repo} (repository_selection ${JSON.stringify(data.repository_selection)}, repositories [${shown}${fullNames.length > 5 ? ", ..." : ""}])`);
  }
  return {
    token,
    installationId,
    repository: fullNames[0],
    permissions: { ...data.permissions },
    issuedAt: issuedAt.toISOString(),
    expiresAt: new Date(expires).toISOString()
  };
}
async function revokeInstallationToken(tokenClient, now = () => /* @__PURE__ */ new Date()) {
  try {
    const { url } = await tokenClient.request("DELETE /installation/token");
    const foreign = foreignOrigin(tokenClient, url);
    if (foreign !== null) {
      return { outcome: "failed", at: now().toISOString(), detail: `the revocation was redirected to another origin (${JSON.stringify(foreign)}), which never saw the token: GitHub did not confirm it` };
    }
    return { outcome: "revoked", at: now().toISOString() };
  } catch (err) {
    const { status, message } = describeApiError(err);
    if (status === 401) return { outcome: "already_invalid", at: now().toISOString(), status, detail: "GitHub no longer accepts the token (expired or already revoked)" };
    return { outcome: "failed", at: now().toISOString(), ...status !== void 0 ? { status } : {}, detail: `${status ?? "no response"} ${message}` };
  }
}

export {
  CLOCK_SKEW_SECONDS,
  MintError,
  isTokenShaped,
  mintInstallationToken,
  revokeInstallationToken
};
