import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  MAX_EVIDENCE_BYTES,
  evidenceProblems
} from "./chunk-S6BVWRSJ.js";
import {
  DEFAULT_EVIDENCE_ARTIFACT_NAME,
  UploadEvidenceInputs,
  UploadEvidenceOutputs
} from "./chunk-OEKITCD2.js";
import {
  Redactor,
  redactCredentialShapes
} from "./chunk-N33BQRLE.js";
import {
  oneLine
} from "./chunk-ERUCQBI4.js";

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
function proxyVariables(env) {
  return Object.keys(env).sort().filter((name) => PROXY_VARIABLE.test(name) && (env[name] ?? "").trim() !== "");
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

// src/actions/upload-evidence.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename } from "node:path";

// src/adapters/github-artifact.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
var ArtifactUploadError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ArtifactUploadError";
  }
};
var NAME_FORBIDDEN = /["<>|*?:\\/\r\n]/;
function artifactNameProblem(name) {
  if (name === "") return "it is empty";
  if (NAME_FORBIDDEN.test(name)) return 'it holds one of " : < > | * ? \\ / or a line break';
  if (name.length > 256) return "it is longer than 256 characters";
  return null;
}
var scrub = (text) => redactCredentialShapes(oneLine(text)).replace(/([?&](?:sig|sv|se|sp|skoid|sktid)=)[^&\s]+/gi, "$1***").slice(0, 400);
async function uploadArtifact(name, files, opts) {
  const bad = artifactNameProblem(name);
  if (bad) throw new ArtifactUploadError(`the artifact name ${JSON.stringify(name.slice(0, 80))} cannot be used: ${bad}`);
  const missing = ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL"].filter((v) => !process.env[v]);
  if (missing.length) throw new ArtifactUploadError(`${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not set: artifacts can be uploaded only from a GitHub Actions job (not from a container step or a local run)`);
  if (files.length === 0) throw new ArtifactUploadError("no files to upload");
  const dir = await mkdtemp(join(opts.tempDir, "agent-guard-artifact-"));
  try {
    const paths = [];
    for (const f of files) {
      if (f.name === "" || f.name.includes("/") || f.name.includes("\\") || f.name === "." || f.name === "..") throw new ArtifactUploadError(`${JSON.stringify(f.name)} is not a file name`);
      const path = join(dir, f.name);
      await writeFile(path, f.bytes, { mode: 384, flag: "wx" });
      paths.push(path);
    }
    let lib;
    try {
      lib = await import("./artifact-BSMNEFVT.js");
    } catch (err) {
      throw new ArtifactUploadError(`@actions/artifact could not be loaded: ${scrub(err instanceof Error ? err.message : String(err))}`);
    }
    let result;
    try {
      result = await new lib.DefaultArtifactClient().uploadArtifact(name, paths, dir, opts.retentionDays === void 0 ? {} : { retentionDays: opts.retentionDays });
    } catch (err) {
      const message = scrub(err instanceof Error ? err.message : String(err));
      const hint = /already exists|\(409\)/i.test(message) ? " (artifact names are unique in a workflow run: give each step that uploads evidence in this run its own evidence-artifact-name)" : "";
      const where = /^Failed to (CreateArtifact|FinalizeArtifact)/.exec(message)?.[1];
      const what = where ? `${where} at the results service failed` : err instanceof lib.GHESNotSupportedError ? "GitHub Enterprise Server does not support this artifact upload" : "uploading the archive to the signed storage URL failed";
      throw new ArtifactUploadError(`${what}: ${where ? message.slice(`Failed to ${where}: `.length) : message}${hint}`);
    }
    if (typeof result.id !== "number" || !Number.isSafeInteger(result.id) || result.id <= 0) throw new ArtifactUploadError(`the results service finalized the artifact without an id (${JSON.stringify(result.id)})`);
    if (typeof result.digest !== "string" || !/^[0-9a-f]{64}$/.test(result.digest)) throw new ArtifactUploadError("the upload reported no sha256 digest of the archive");
    return { id: result.id, digest: `sha256:${result.digest}`, size: result.size ?? 0 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// src/actions/upload-evidence.ts
var TITLE = "agent-guard: evidence not uploaded";
var MAX_RETENTION_DAYS = 90;
var NotUploaded = class extends Error {
};
async function uploadEvidenceStep(core, env, evidencePaths, deps = {}) {
  const say = (m) => oneLine(m).slice(0, 600);
  const upload = (core.getInput(UploadEvidenceInputs.Upload) || "false").trim();
  if (upload === "false") return null;
  const redactor = deps.redactor ?? new Redactor();
  try {
    if (upload !== "true") throw new NotUploaded(`input ${UploadEvidenceInputs.Upload} must be true or false, not ${JSON.stringify(upload.slice(0, 50))}`);
    const name = (core.getInput(UploadEvidenceInputs.ArtifactName) || DEFAULT_EVIDENCE_ARTIFACT_NAME).trim();
    const nameProblem = artifactNameProblem(name);
    if (nameProblem) throw new NotUploaded(`input ${UploadEvidenceInputs.ArtifactName} ${JSON.stringify(name.slice(0, 80))} cannot name an artifact: ${nameProblem}`);
    const retentionInput = core.getInput(UploadEvidenceInputs.RetentionDays).trim();
    if (retentionInput !== "" && !/^[1-9][0-9]{0,2}$/.test(retentionInput)) throw new NotUploaded(`input ${UploadEvidenceInputs.RetentionDays} must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}, not ${JSON.stringify(retentionInput.slice(0, 20))}`);
    const retentionDays = retentionInput === "" ? void 0 : Number(retentionInput);
    if (retentionDays !== void 0 && retentionDays > MAX_RETENTION_DAYS) throw new NotUploaded(`input ${UploadEvidenceInputs.RetentionDays} is ${retentionDays}: GitHub keeps artifacts at most ${MAX_RETENTION_DAYS} days`);
    const routed = proxyVariables(process.env);
    if (routed.length) throw new NotUploaded(`the environment sets ${routed.join(", ")}, which would route the artifact upload (and its runtime token) through a proxy an earlier step may have chosen; unset it for this step`);
    const paths = evidencePaths.filter((p) => p !== "");
    if (paths.length === 0) throw new NotUploaded("no evidence file was written by this step");
    const files = [];
    for (const path of paths) {
      const bytes = await readEvidence(path);
      const text = bytes.toString("utf8");
      let doc;
      try {
        doc = JSON.parse(text);
      } catch (err) {
        throw new NotUploaded(`${path} is not JSON (${err instanceof Error ? err.message : String(err)})`);
      }
      const problems = evidenceProblems(doc);
      if (problems.length) throw new NotUploaded(`${path} does not match schemas/evidence.schema.json (${problems.join("; ")})`);
      if (redactor.redact(text) !== text) throw new NotUploaded(`${path} holds text the redactor removes (a secret of this step or a credential-shaped string): it was changed after it was written`);
      const base = basename(path);
      const taken = new Set(files.map((f) => f.name));
      files.push({ name: taken.has(base) ? `${files.length + 1}-${base}` : base, bytes });
    }
    const uploaded = await uploadArtifact(name, files, { ...retentionDays !== void 0 ? { retentionDays } : {}, tempDir: env.RUNNER_TEMP || tmpdir() });
    core.setOutput(UploadEvidenceOutputs.ArtifactId, String(uploaded.id));
    core.setOutput(UploadEvidenceOutputs.ArtifactDigest, uploaded.digest);
    core.info(
      `agent-guard: evidence uploaded as the artifact ${name} (id ${uploaded.id}, ${uploaded.digest}, ${uploaded.size} bytes): ${files.map((f) => f.name).join(", ")}; kept ${retentionDays === void 0 ? "for the repository's retention" : `${retentionDays} day(s)`}`
    );
    return uploaded;
  } catch (err) {
    const why = err instanceof NotUploaded || err instanceof ArtifactUploadError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    const message = say(redactor.redact(`agent-guard: the evidence was not uploaded as an artifact: ${why}`));
    core.setOutput(UploadEvidenceOutputs.ArtifactId, "");
    core.setOutput(UploadEvidenceOutputs.ArtifactDigest, "");
    core.error(message, { title: TITLE });
    core.setFailed(message);
    return null;
  }
}
async function readEvidence(path) {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    const code = err.code;
    throw new NotUploaded(`${path} cannot be read (${code === "ELOOP" ? "it is a symbolic link" : code === "ENOENT" ? "it does not exist" : code ?? "error"})`);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new NotUploaded(`${path} is not a regular file`);
    if (st.size > MAX_EVIDENCE_BYTES) throw new NotUploaded(`${path} is ${st.size} bytes, more than the ${MAX_EVIDENCE_BYTES} allowed`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

// src/actions/toolkit.ts
import { readFile } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { isAbsolute, join as join2 } from "node:path";
function evidencePathFor(input, env, fileName) {
  if (input) return isAbsolute(input) ? input : join2(env.GITHUB_WORKSPACE || process.cwd(), input);
  return join2(env.RUNNER_TEMP || tmpdir2(), "agent-guard", fileName);
}
async function readEvent(env) {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  return JSON.parse(await readFile(path, "utf8"));
}

export {
  evidencePathFor,
  readEvent,
  transportVariables,
  decideTransport,
  parseTransportSettings,
  uploadEvidenceStep
};
