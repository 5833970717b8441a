import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  redactCredentialShapes
} from "./chunk-N33BQRLE.js";
import {
  isNeverMinted
} from "./chunk-ORYNIZFN.js";

// src/core/transport.ts
var PROXY_FIX = "name the proxy in the `proxy` input of this step (a literal or a repository variable, never ${{ env.* }}, which an earlier step can set), or remove the variable";
var CA_FIX = "pass the certificate in the `ca-certificates` input of this step (PEM, e.g. from a repository variable), or remove the variable";
var NEVER_FIX = "remove it from the job (an earlier step may have written it to GITHUB_ENV); no input can allow it";
var HARMLESS_NODE = /* @__PURE__ */ new Set(["NODE_ENV", "NODE_AUTH_TOKEN", "NODE_NO_WARNINGS", "NODE_PENDING_DEPRECATION", "NODE_DISABLE_COLORS", "NODE_VERSION", "NODE_PATH"]);
var HARMLESS_NODE_OPTION = /^--(?:max-old-space-size|max-semi-space-size)=\d{1,7}$|^--(?:no-warnings|enable-source-maps|trace-warnings|no-deprecation|trace-deprecation)$|^--disable-warning=[A-Za-z0-9_-]{1,60}$|^--unhandled-rejections=(?:strict|throw|warn|none|warn-with-error-code)$/;
var PROXY_VARIABLE = /^(?:https?_proxy|all_proxy|node_use_env_proxy)$/i;
var CA_VARIABLE = /^(?:NODE_EXTRA_CA_CERTS|NODE_USE_SYSTEM_CA|SSL_CERT_FILE|SSL_CERT_DIR)$/;
function variableProblem(name, value, inputs) {
  if (value === "") return null;
  if (PROXY_VARIABLE.test(name)) {
    return inputs.proxy ? null : { variable: name, message: `${name} is set in the environment: a proxy named there would see the App's JWT and the minted token`, fix: PROXY_FIX };
  }
  if (CA_VARIABLE.test(name)) {
    return inputs.ca ? null : { variable: name, message: `${name} is set in the environment: a certificate named there would let whoever holds its key answer for the GitHub API`, fix: CA_FIX };
  }
  if (name === "NODE_TLS_REJECT_UNAUTHORIZED") {
    return value === "1" ? null : { variable: name, message: `${name}=${JSON.stringify(value.slice(0, 20))} is set in the environment: TLS certificates would not be verified, and the App's JWT and the token would go to whoever answers`, fix: NEVER_FIX };
  }
  if (name === "NODE_OPTIONS") {
    const bad = value.split(/\s+/).filter((flag) => flag !== "" && !HARMLESS_NODE_OPTION.test(flag));
    return bad.length === 0 ? null : { variable: name, message: `NODE_OPTIONS carries ${bad.slice(0, 3).map((b) => JSON.stringify(b.slice(0, 60))).join(", ")}: options beyond memory limits and warnings can load code into this step or change how it trusts TLS`, fix: NEVER_FIX };
  }
  if (/^NODE_/.test(name)) {
    return HARMLESS_NODE.has(name) ? null : { variable: name, message: `${name} is set in the environment and is not one of the Node.js variables known not to change this step's network, trust or code`, fix: NEVER_FIX };
  }
  if (/^(?:OPENSSL_|SSL)/i.test(name)) {
    return { variable: name, message: `${name} is set in the environment: OpenSSL configuration can load modules into this step, change the trusted certificates or write TLS keys`, fix: NEVER_FIX };
  }
  return null;
}
function checkApiUrl(env) {
  const raw = (env.GITHUB_API_URL ?? "").trim().replace(/\/+$/, "") || "https://api.github.com";
  const server = (env.GITHUB_SERVER_URL ?? "").trim().replace(/\/+$/, "");
  const bad = (message) => ({
    ok: false,
    problem: { variable: "GITHUB_API_URL", message, fix: "run on a runner whose GITHUB_API_URL is the API of its GITHUB_SERVER_URL (a self-hosted runner's environment may set either)" }
  });
  let api;
  try {
    api = new URL(raw);
  } catch {
    return bad(`GITHUB_API_URL ${JSON.stringify(raw.slice(0, 100))} is not a URL`);
  }
  const loopback = (u) => ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname);
  if (server === "") return { ok: true, apiUrl: raw };
  let srv;
  try {
    srv = new URL(server);
  } catch {
    return bad(`GITHUB_SERVER_URL ${JSON.stringify(server.slice(0, 100))} is not a URL, so GITHUB_API_URL cannot be checked against it`);
  }
  const expected = srv.origin === "https://github.com" ? ["https://api.github.com"] : /\.ghe\.com$/i.test(srv.hostname) ? [`https://api.${srv.hostname}`] : loopback(srv) ? [raw] : [`${srv.origin}/api/v3`];
  if (!expected.includes(raw) || loopback(api) && !loopback(srv)) {
    return bad(`GITHUB_API_URL ${JSON.stringify(raw.slice(0, 100))} is not the API of GITHUB_SERVER_URL ${JSON.stringify(srv.origin.slice(0, 100))} (expected ${expected[0]}): the App's JWT and the token would go elsewhere`);
  }
  return { ok: true, apiUrl: raw };
}
function transportVariables(env) {
  return Object.keys(env).sort().filter((name) => variableProblem(name, env[name] ?? "", { proxy: false, ca: false }) !== null);
}
var PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
function decideTransport(inputs, env) {
  const problems = [];
  const ignored = [];
  const secrets = [];
  const proxyInput = inputs.proxy.trim();
  const caInput = inputs.caCertificates.trim();
  let proxy = null;
  if (proxyInput !== "") {
    let url = null;
    try {
      url = new URL(proxyInput);
    } catch {
    }
    if (url === null || !["http:", "https:"].includes(url.protocol) || url.pathname.replace(/\/$/, "") !== "" || url.search || url.hash) {
      problems.push({ variable: "proxy", message: "the proxy input is not an http(s) URL of a proxy (scheme, host and port only)", fix: "e.g. proxy: http://proxy.internal:3128" });
    } else {
      if (url.password) secrets.push(url.password, decodeURIComponent(url.password));
      proxy = url.href.replace(/\/$/, "");
    }
  }
  const ca = caInput === "" ? [] : caInput.replace(/\r\n?/g, "\n").match(PEM_BLOCK) ?? [];
  if (caInput !== "" && (ca.length === 0 || caInput.replace(/\r\n?/g, "\n").replace(PEM_BLOCK, "").trim() !== "")) {
    problems.push({ variable: "ca-certificates", message: "the ca-certificates input is not a list of PEM certificates (-----BEGIN CERTIFICATE----- blocks, nothing else)", fix: "paste the CA certificate(s) in PEM form" });
  }
  for (const name of Object.keys(env).sort()) {
    const value = env[name] ?? "";
    const problem = variableProblem(name, value, { proxy: proxyInput !== "", ca: caInput !== "" });
    if (problem) problems.push(problem);
    else if (value !== "" && (PROXY_VARIABLE.test(name) || CA_VARIABLE.test(name))) ignored.push(name);
  }
  const api = checkApiUrl(env);
  if (!api.ok) problems.push(api.problem);
  if (problems.length > 0 || !api.ok) return { ok: false, problems };
  return { ok: true, settings: { apiUrl: api.apiUrl, proxy, ca }, ignored, secrets };
}
function parseTransportSettings(text) {
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  const o = v;
  if (!o || typeof o.apiUrl !== "string" || !(o.proxy === null || typeof o.proxy === "string") || !Array.isArray(o.ca) || !o.ca.every((c) => typeof c === "string" && /^-----BEGIN CERTIFICATE-----[\s\S]*-----END CERTIFICATE-----$/.test(c))) return null;
  return { apiUrl: o.apiUrl, proxy: o.proxy, ca: [...o.ca] };
}

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
  transportVariables,
  decideTransport,
  parseTransportSettings,
  CLOCK_SKEW_SECONDS,
  MintError,
  isTokenShaped,
  mintInstallationToken,
  revokeInstallationToken
};
