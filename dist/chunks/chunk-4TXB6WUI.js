import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-UC545A7V.js";
import {
  readFileAtCommit,
  resolveCommit
} from "./chunk-UGBVF5CQ.js";
import {
  GitError
} from "./chunk-A76VIHJP.js";
import {
  FileReadError,
  readBoundedFile
} from "./chunk-PFF3JMPW.js";
import {
  loadManifest,
  loadPolicy
} from "./chunk-5S2ND2EP.js";
import {
  BASELINE_POLICY,
  GlobSet,
  GuardPathError,
  compilePolicy,
  lintGlob
} from "./chunk-EE7EZIWX.js";
import {
  DEFAULT_POLICY_PATH
} from "./chunk-FVZA7SE4.js";
import {
  sha256
} from "./chunk-HTLVP5OR.js";
import {
  MAX_DOCUMENT_BYTES
} from "./chunk-RMNCHNTK.js";
import {
  num,
  obj,
  str
} from "./chunk-MPYCKMVQ.js";

// src/adapters/github-rest.ts
var GitHubApiError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
    this.name = "GitHubApiError";
  }
  status;
};
var Counter = class {
  total = 0;
  byPhase = {};
  phase = "collect";
  count() {
    this.total += 1;
    this.byPhase[this.phase] = (this.byPhase[this.phase] ?? 0) + 1;
  }
};
var counters = /* @__PURE__ */ new WeakMap();
function requestCounter(client) {
  const known = counters.get(client);
  if (known) return known;
  const c = new Counter();
  counters.set(client, c);
  client.hook.wrap("request", async (request, options) => {
    const inner = options.request?.fetch ?? globalThis.fetch;
    const counting = (input, init) => {
      c.count();
      return inner(input, init);
    };
    options.request = { ...options.request ?? {}, fetch: counting };
    return request(options);
  });
  return c;
}
async function inPhase(client, phase, work) {
  const counter = requestCounter(client);
  const before = counter.phase;
  counter.phase = phase;
  try {
    return await work();
  } finally {
    counter.phase = before;
  }
}
async function call(client, route, params = {}) {
  try {
    return await client.request(route, params);
  } catch (err) {
    const e = err;
    const status = typeof e.status === "number" ? e.status : void 0;
    const message = typeof e.message === "string" ? e.message.split("\n")[0].slice(0, 300) : String(err);
    throw new GitHubApiError(`${route.replace(/^GET https?:\/\/[^/]+/, "GET ")} failed${status !== void 0 ? ` (HTTP ${status})` : ""}: ${message}`, status);
  }
}
function nextLink(link) {
  if (typeof link !== "string") return void 0;
  for (const part of link.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
    if (m) return m[1];
  }
  return void 0;
}
async function listAll(client, route, params, maxPages) {
  const items = [];
  let res = await call(client, route, { ...params, per_page: 100 });
  for (let page = 1; ; page++) {
    const data = res.data;
    if (!Array.isArray(data)) throw new GitHubApiError(`${route} did not return a list`, res.status);
    items.push(...data);
    const next = nextLink(res.headers.link);
    if (next === void 0) return { items, complete: true };
    if (page >= maxPages) return { items, complete: false };
    res = await call(client, `GET ${next}`);
  }
}

// src/core/codeowners.ts
var CODEOWNERS_LOCATIONS = Object.freeze([".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"]);
var CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;
var CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/u;
var USER = /^@([A-Za-z0-9][A-Za-z0-9_-]{0,99})$/;
var TEAM = /^@([A-Za-z0-9][A-Za-z0-9_-]{0,99})\/([A-Za-z0-9][A-Za-z0-9._-]{0,99})$/;
var EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,63}$/;
function parseOwner(token) {
  let m = TEAM.exec(token);
  if (m) return { kind: "team", org: m[1], slug: m[2], name: `${m[1]}/${m[2]}`, raw: token };
  m = USER.exec(token);
  if (m) return { kind: "user", login: m[1], raw: token };
  if (!token.startsWith("@") && EMAIL.test(token)) return { kind: "email", email: token, raw: token };
  return null;
}
function translateCodeownersPattern(pattern) {
  const fail = (code, message) => ({ ok: false, code, message });
  if (pattern.length === 0) return fail("codeowners_empty_pattern", "empty pattern");
  if (CONTROL.test(pattern)) return fail("codeowners_control_character", "pattern contains a control character");
  if (pattern.startsWith("!")) return fail("codeowners_negation", '"!" negation does not work in CODEOWNERS (GitHub ignores the line)');
  if (/[[\]]/.test(pattern)) return fail("codeowners_character_range", '"[ ]" character ranges do not work in CODEOWNERS (GitHub reports the line as an error)');
  if (pattern.includes("\\")) return fail("codeowners_escape", '"\\" escaping does not work in CODEOWNERS');
  if (pattern.includes("#")) return fail("codeowners_hash", '"#" inside a pattern is ambiguous (it may start a comment)');
  if (/[{}]/.test(pattern)) return fail("codeowners_brace", "braces are literal in CODEOWNERS but would be expanded by the glob engine");
  let anchored = pattern.startsWith("/");
  let body = anchored ? pattern.slice(1) : pattern;
  const directoryOnly = body.endsWith("/");
  if (directoryOnly) body = body.slice(0, -1);
  if (body.length === 0) return fail("codeowners_empty_pattern", "pattern names no path");
  if (body.includes("/")) anchored = true;
  const segments = body.split("/");
  if (segments.some((s) => s === "")) return fail("codeowners_empty_segment", 'pattern contains an empty segment ("//")');
  if (segments.some((s) => s === "." || s === "..")) return fail("codeowners_dot_segment", 'pattern contains a "." or ".." segment, which never matches a path');
  if (!anchored && segments[0] !== "**") segments.unshift("**");
  const last = segments[segments.length - 1];
  if (directoryOnly && last === "**") {
    return fail("codeowners_ambiguous", 'a pattern ending in "**/" has no documented meaning; use "dir/**" or "dir/"');
  }
  const base = segments.join("/");
  const globs = directoryOnly ? [`${base}/**`] : last === "**" || last === "*" ? [base] : [base, `${base}/**`];
  for (const g of globs) {
    const errors = lintGlob(g);
    if (errors.length > 0) return fail("codeowners_untranslatable", `cannot be matched exactly: ${errors.map((e) => e.message).join("; ")}`);
  }
  return { ok: true, globs };
}
var CodeownersFile = class {
  constructor(file, rules, problems) {
    this.file = file;
    this.rules = rules;
    this.problems = problems;
  }
  file;
  rules;
  problems;
  set;
  foldedSet;
  /** The last rule whose pattern matches `path` (a canonical repository path), or null when none does. */
  ownersOf(path) {
    if (!this.set) {
      const set = new GlobSet();
      this.rules.forEach((r, i) => {
        for (const g of r.globs) set.add(g, i);
      });
      this.set = set;
    }
    const hits = this.set.matchAll(path);
    if (hits.length === 0) return null;
    const rule = this.rules[hits[hits.length - 1].value];
    return { line: rule.line, pattern: rule.pattern, owners: [...rule.owners] };
  }
  /** The last rule whose pattern matches `path` when case is ignored on both sides, or null. */
  ownersOfIgnoringCase(path) {
    if (!this.foldedSet) {
      const set = new GlobSet();
      this.rules.forEach((r, i) => {
        for (const g of r.globs) set.add(g.toLowerCase(), i);
      });
      this.foldedSet = set;
    }
    const hits = this.foldedSet.matchAll(path.toLowerCase());
    if (hits.length === 0) return null;
    const rule = this.rules[hits[hits.length - 1].value];
    return { line: rule.line, pattern: rule.pattern, owners: [...rule.owners] };
  }
  /**
   * The rules whose owners a change to `path` needs: GitHub's (case-sensitive, `ownersOf`) and, when
   * another rule decides the path once case is ignored, that one too. Case tricks only ever ADD owners
   * (trust model rule 3): `.GITHUB/actions/x/action.yml` is the same file as `.github/actions/x/action.yml`
   * on a case-insensitive checkout, so `/.github/ @org/security` must approve it, not only the `*` owners.
   */
  matchesOf(path) {
    const exact = this.ownersOf(path);
    const folded = this.ownersOfIgnoringCase(path);
    if (!folded || exact && exact.line === folded.line) return exact ? [exact] : [];
    return exact ? [exact, folded] : [folded];
  }
};
function parseCodeowners(text, opts = {}) {
  const file = opts.file ?? "CODEOWNERS";
  const problems = [];
  const rules = [];
  if (new TextEncoder().encode(text).length >= CODEOWNERS_MAX_BYTES) {
    problems.push({
      code: "codeowners_too_large",
      message: `${file} is 3 MB or larger: GitHub does not load it, so no path has an owner`,
      location: { file }
    });
    return new CodeownersFile(file, rules, problems);
  }
  const lines = (text.startsWith("\uFEFF") ? text.slice(1) : text).split("\n");
  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const trimmed = line.replace(/^[ \t]+|[ \t]+$/g, "");
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const problem = (code, message) => problems.push({ code, message: `line ${lineNo}: ${message} (the line is skipped)`, location: { file, line: lineNo } });
    if (CONTROL.test(trimmed)) {
      problem("codeowners_control_character", "the line contains a control character");
      return;
    }
    const tokens = trimmed.split(/[ \t]+/);
    const commentAt = tokens.findIndex((t, i) => i > 0 && t.startsWith("#"));
    if (commentAt > 0) tokens.length = commentAt;
    const pattern = tokens[0];
    const translation = translateCodeownersPattern(pattern);
    if (!translation.ok) {
      problem(translation.code, `${JSON.stringify(pattern)}: ${translation.message}`);
      return;
    }
    const owners = [];
    for (const token of tokens.slice(1)) {
      const owner = parseOwner(token);
      if (!owner) {
        problem("codeowners_invalid_owner", `${JSON.stringify(token)} is not an owner (expected @user, @org/team or an email address)`);
        return;
      }
      owners.push(owner);
    }
    rules.push({ line: lineNo, pattern, owners, globs: translation.globs });
  });
  return new CodeownersFile(file, rules, problems);
}

// src/adapters/github-contents.ts
async function readContents(client, t, path, ref, maxBytes) {
  let res;
  try {
    res = await call(client, "GET /repos/{owner}/{repo}/contents/{path}", { owner: t.owner, repo: t.repo, path, ref });
  } catch (err) {
    if (err instanceof GitHubApiError && err.status === 404) return { found: false };
    throw err;
  }
  const d = obj(res.data);
  if (Array.isArray(res.data) || d.type !== "file") return { found: "unusable", why: ` is not a regular file (${Array.isArray(res.data) ? "a directory" : String(d.type)})` };
  const size = num(d.size) ?? -1;
  if (size > maxBytes) return { found: "unusable", why: ` is ${size} bytes; the limit is ${maxBytes}` };
  const content = str(d.content);
  if (d.encoding !== "base64" || content === void 0) return { found: "unusable", why: `: the contents API returned no inline content (encoding ${String(d.encoding)})` };
  const bytes = Buffer.from(content.replace(/\s+/g, ""), "base64");
  if (size >= 0 && bytes.length !== size) return { found: "unusable", why: `: decoded ${bytes.length} bytes, the API reported ${size}` };
  return { found: true, bytes };
}

// src/app/config.ts
var unusable = (label, message) => new ConfigError([{ code: "file_read", message, location: { file: label } }]);
function gitReader(dir, commit, name = commit.slice(0, 12), prefetched) {
  const label = (path) => `${name}:${path}`;
  return {
    via: "git",
    repositoryPaths: true,
    label,
    async read(path, maxBytes) {
      try {
        const early = prefetched?.commit === commit && prefetched.maxBytes === maxBytes ? prefetched.reads.get(path) : void 0;
        let bytes;
        if (early === void 0) bytes = await readFileAtCommit(dir, commit, path, { maxBytes });
        else {
          const outcome = await early;
          if (outcome.error !== void 0) throw outcome.error;
          bytes = outcome.content;
        }
        return bytes === null ? { found: false } : { found: true, bytes };
      } catch (err) {
        if (!(err instanceof GitError)) throw err;
        throw unusable(label(path), `${label(path)}: ${err.hint ? `${err.message}. Fix: ${err.hint}` : err.message}`);
      }
    }
  };
}
function apiReader(client, t, ref) {
  const label = (path) => `${ref.slice(0, 12)}:${path}`;
  return {
    via: "api",
    repositoryPaths: true,
    label,
    async read(path, maxBytes) {
      const r = await readContents(client, t, path, ref, maxBytes);
      if (r.found === "unusable") throw unusable(label(path), `${label(path)}${r.why}`);
      return r;
    }
  };
}
function fileReader(cwd) {
  return {
    via: "file",
    repositoryPaths: false,
    label: (path) => path,
    async read(path, maxBytes) {
      try {
        return { found: true, bytes: await readBoundedFile(path.startsWith("/") ? path : `${cwd}/${path}`, maxBytes) };
      } catch (err) {
        if (err instanceof FileReadError) throw unusable(path, err.message);
        throw err;
      }
    }
  };
}
function unwrap(outcome) {
  if (!outcome.ok) throw new ConfigError(outcome.problems);
  return { value: outcome.loaded.value, sha256: outcome.loaded.sha256 };
}
function compileGuarded(policy, opts, manifestPaths) {
  try {
    return compilePolicy(policy, { ...opts, manifestPaths });
  } catch (err) {
    if (err instanceof GuardPathError) throw new ConfigError([{ code: `${err.what}_path`, message: err.message }]);
    throw err;
  }
}
async function loadPolicyWith(reader, opts) {
  const path = opts.path ?? DEFAULT_POLICY_PATH;
  const manifestPaths = opts.manifestPaths ?? [];
  const read = await reader.read(path, MAX_DOCUMENT_BYTES);
  if (!read.found) {
    if (opts.path !== void 0) throw unusable(reader.label(path), "not found");
    const digest2 = sha256(JSON.stringify(BASELINE_POLICY));
    const source = `built-in baseline (no ${DEFAULT_POLICY_PATH} at ${opts.base.slice(0, 12)})`;
    return { policy: BASELINE_POLICY, input: { compiled: compileGuarded(BASELINE_POLICY, {}, manifestPaths), source, sha256: digest2 } };
  }
  const label = reader.label(path);
  const { value, sha256: digest } = unwrap(loadPolicy(read.bytes, label));
  const policyPath = reader.repositoryPaths ? path : DEFAULT_POLICY_PATH;
  return { policy: value, input: { compiled: compileGuarded(value, { policyPath }, manifestPaths), source: label, sha256: digest } };
}
async function loadManifestWith(reader, path) {
  const label = reader.label(path);
  const read = await reader.read(path, MAX_DOCUMENT_BYTES);
  if (!read.found) throw unusable(label, "not found");
  const { value, sha256: digest } = unwrap(loadManifest(read.bytes, label));
  return { manifest: value, source: label, sha256: digest };
}
async function loadCodeownersWith(reader) {
  for (const location of CODEOWNERS_LOCATIONS) {
    let read;
    try {
      read = await reader.read(location, CODEOWNERS_MAX_BYTES - 1);
    } catch (err) {
      if (err instanceof ConfigError) return new CodeownersFile(location, [], err.problems.map((p) => ({ ...p, code: "codeowners_unreadable" })));
      throw err;
    }
    if (read.found) return parseCodeowners(read.bytes.toString("utf8"), { file: location });
  }
  return void 0;
}
async function readerFor(repo, s, cwd, known = {}) {
  return s.kind === "file" ? fileReader(cwd) : gitReader(repo, known.commits?.get(s.ref) ?? await resolveCommit(repo, s.ref), s.ref, known.files);
}
async function loadPolicyFor(repo, baseCommit, source, cwd, manifestPaths = [], known = {}) {
  const reader = source ? await readerFor(repo, source, cwd, known) : gitReader(repo, baseCommit, baseCommit, known.files);
  return loadPolicyWith(reader, { ...source ? { path: source.path } : {}, manifestPaths, base: baseCommit });
}
async function loadManifestFor(repo, source, cwd, known = {}) {
  return loadManifestWith(await readerFor(repo, source, cwd, known), source.path);
}

export {
  GitHubApiError,
  requestCounter,
  inPhase,
  call,
  nextLink,
  listAll,
  gitReader,
  apiReader,
  compileGuarded,
  loadPolicyWith,
  loadManifestWith,
  loadCodeownersWith,
  loadPolicyFor,
  loadManifestFor
};
