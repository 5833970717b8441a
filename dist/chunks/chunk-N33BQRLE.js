import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/core/redact.ts
function secretForms(token) {
  const b64 = (s) => Buffer.from(s, "utf8").toString("base64");
  const forms = [
    token,
    b64(token),
    Buffer.from(token, "utf8").toString("base64url"),
    b64(`x-access-token:${token}`),
    Buffer.from(`x-access-token:${token}`, "utf8").toString("base64url"),
    b64(b64(token)),
    encodeURIComponent(token),
    JSON.stringify(token).slice(1, -1)
  ];
  return [...new Set(forms)];
}
var V = `[^\\s"'\\\\<>]`;
var USER = `[^\\s"'\\\\<>/@:]`;
var PASSWORD = `[^\\s"'\\\\<>/@]`;
var TOKEN_VALUE = `[^\\s"'\\\\<>@]`;
var CREDENTIAL_SHAPES = [
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----/g,
  // GitHub tokens: classic (36 characters after the prefix) and the stateless format (dots, dashes).
  /\bgh[pousr]_[A-Za-z0-9_.-]{8,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{8,}/g,
  // JWTs (an App's, a stateless token's body): a base64url JSON header, then a payload.
  /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*)?/g,
  // base64 of `x-access-token:...` (git's basic auth), of gh?_ tokens and of github_pat_ tokens.
  /\beC1hY2Nlc3MtdG9rZW46[A-Za-z0-9+/_-]*={0,2}/g,
  /\bZ2h[wv1zy]X[A-Za-z0-9+/_-]{12,}={0,2}/g,
  /\bZ2l0aHViX3BhdF[A-Za-z0-9+/_-]{12,}={0,2}/g,
  // Basic auth in a URL, `x-access-token:` pairs, Authorization values, Bearer/token/Basic values.
  new RegExp(`(?<keep>\\b[a-z][a-z0-9+.-]*://)${USER}+:${PASSWORD}+(?=@)`, "gi"),
  new RegExp(`(?<keep>\\bx-access-token:)${TOKEN_VALUE}+`, "gi"),
  new RegExp(`(?<keep>\\bauthorization\\s*[:=]\\s*(?:(?:bearer|token|basic)\\s+)?)${V}+`, "gi"),
  new RegExp(`(?<keep>\\b(?:bearer|token|basic)\\s+)(?=${V}*\\d)${V}{16,}`, "gi")
];
function redactCredentialShapes(text) {
  let out = text;
  for (const re of CREDENTIAL_SHAPES) out = out.replace(re, (...args) => `${args[args.length - 1]?.keep ?? ""}***`);
  return out;
}
var MIN_SECRET = 8;
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  /** Add values exactly as given. */
  add(...values) {
    for (const v of values) if (v.length >= MIN_SECRET) this.secrets.add(v);
  }
  /** Add a secret in every form it leaks in (see secretForms), and each of its lines when it has several. */
  addSecret(value) {
    if (value.trim().length < MIN_SECRET) return;
    this.add(...secretForms(value), ...secretForms(value.trim()));
    const lines = value.split(/\r?\n|\r|\\n/).map((l) => l.trim());
    if (lines.length > 1) {
      for (const l of lines) if (l.length >= 16 && !l.startsWith("-----")) this.add(...secretForms(l));
    }
  }
  redact(text) {
    let out = text;
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
    return redactCredentialShapes(out);
  }
};

export {
  secretForms,
  redactCredentialShapes,
  Redactor
};
