import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  RawDiffParser,
  checkRef,
  decodeGitPath,
  isShallow,
  readFileAtCommit,
  readFilesAtCommit,
  resolveCommit,
  resolveCommitAs,
  resolveRefsAndTrees,
  uniqueMergeBase
} from "./chunk-MHGEV2U4.js";
import {
  changeSet,
  evaluateChange,
  loadManifest,
  loadPolicy,
  protectedLinkTarget
} from "./chunk-OHZEQIQB.js";
import {
  displayPath,
  md
} from "./chunk-WUQBH436.js";
import {
  GitError,
  HINT_FETCH_BASE,
  HINT_FETCH_DEPTH,
  execGit,
  gitFailure,
  gitOk,
  quoted,
  startGit
} from "./chunk-A76VIHJP.js";
import {
  BASELINE_POLICY,
  DEFAULT_POLICY_PATH,
  GlobSet,
  GuardPathError,
  MAX_DOCUMENT_BYTES,
  MAX_FINDINGS_PER_FILE,
  compilePolicy,
  defineRule,
  hostAllowed,
  lintGlob,
  parseWorkflowYaml,
  resolveSymlinkTarget,
  reviewWorkflowFile,
  reviewedFileKind,
  symlinkTargetClimbsThroughName
} from "./chunk-MMZAEHJF.js";
import {
  isSha
} from "./chunk-4SQGAN2Y.js";
import {
  FileReadError,
  readBoundedFile
} from "./chunk-PFF3JMPW.js";
import {
  sha256
} from "./chunk-HTLVP5OR.js";
import {
  isObj,
  num,
  obj,
  own,
  str
} from "./chunk-MPYCKMVQ.js";
import {
  quoteValue,
  sanitizeForMessage,
  stableJson
} from "./chunk-ERUCQBI4.js";

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

// src/app/config.ts
import { existsSync } from "node:fs";

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
var ConfigError = class extends Error {
  constructor(problems) {
    super(problems.map((p) => p.message).join("; "));
    this.problems = problems;
    this.name = "ConfigError";
  }
  problems;
};
var unusable = (label, message) => new ConfigError([{ code: "file_read", message, location: { file: label } }]);
function prefetchFiles(dir, commit, paths, maxBytes) {
  const all = readFilesAtCommit(dir, commit, paths, { maxBytes });
  all.catch(() => void 0);
  return { commit, maxBytes, reads: new Map(paths.map((p, i) => [p, all.then((outcomes) => outcomes[i])])) };
}
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
function parseSource(arg, cwd) {
  const asFile = arg.startsWith("/") ? arg : `${cwd}/${arg}`;
  if (existsSync(asFile)) return { kind: "file", path: arg };
  const colon = arg.indexOf(":");
  if (colon > 0 && colon < arg.length - 1) return { kind: "ref", ref: arg.slice(0, colon), path: arg.slice(colon + 1) };
  throw new ConfigError([{ code: "file_read", message: `${arg}: file not found (use FILE or REF:PATH)`, location: { file: arg } }]);
}
function describeSource(s) {
  return s.kind === "file" ? s.path : `${s.ref}:${s.path}`;
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

// src/core/formats/jsonc.ts
function stripJsonc(text) {
  const blank = [];
  const stack = [];
  let pendingComma = -1;
  let i = 0;
  const n = text.length;
  let line = 1;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 10) line++;
    if (ch === 34) {
      const start = i;
      i++;
      while (i < n && text.charCodeAt(i) !== 34) {
        const d = text.charCodeAt(i);
        if (d === 10) return { error: `unterminated string at line ${line}` };
        i += d === 92 ? 2 : 1;
      }
      if (i >= n) return { error: `unterminated string at line ${line}` };
      i++;
      pendingComma = -1;
      const top = stack[stack.length - 1];
      if (top?.obj && top.expectKey) {
        let k;
        try {
          k = JSON.parse(text.slice(start, i));
        } catch {
          return { error: `invalid string at line ${line}` };
        }
        if (top.keys.has(k)) return { error: `duplicate key ${JSON.stringify(k).slice(0, 120)} at line ${line}` };
        top.keys.add(k);
        top.expectKey = false;
      }
      continue;
    }
    if (ch === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
      const block = text.charCodeAt(i + 1) === 42;
      const end = block ? text.indexOf("*/", i + 2) : text.indexOf("\n", i);
      if (block && end < 0) return { error: `unterminated comment at line ${line}` };
      const stop = block ? end + 2 : end < 0 ? n : end;
      for (let j = i; j < stop; j++) if (text.charCodeAt(j) === 10) line++;
      blank.push([i, stop]);
      i = stop;
      continue;
    }
    if (ch === 123 || ch === 91) {
      stack.push({ obj: ch === 123, keys: /* @__PURE__ */ new Set(), expectKey: ch === 123 });
      pendingComma = -1;
    } else if (ch === 125 || ch === 93) {
      if (pendingComma >= 0) blank.push([pendingComma, pendingComma + 1]);
      pendingComma = -1;
      stack.pop();
    } else if (ch === 44) {
      pendingComma = i;
      const top = stack[stack.length - 1];
      if (top?.obj) top.expectKey = true;
    } else if (ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13) pendingComma = -1;
    i++;
  }
  if (blank.length === 0) return text;
  blank.sort((x, y) => x[0] - y[0]);
  const parts = [];
  let last = 0;
  for (const [from, to] of blank) {
    parts.push(text.slice(last, from), " ");
    last = to;
  }
  parts.push(text.slice(last));
  return parts.join("");
}

// src/core/formats/sources.ts
var SHORTHAND_HOSTS = {
  github: "github.com",
  gitlab: "gitlab.com",
  bitbucket: "bitbucket.org",
  gist: "gist.github.com"
};
var authorityCache = /* @__PURE__ */ new Map();
function parseAuthority(scheme, authority) {
  let perScheme = authorityCache.get(scheme);
  if (perScheme === void 0) {
    perScheme = /* @__PURE__ */ new Map();
    authorityCache.set(scheme, perScheme);
  }
  const cached = perScheme.get(authority);
  if (cached !== void 0) return cached;
  let result = null;
  if (scheme !== "http" && scheme !== "https" && (authority.includes("\\") || authority.indexOf("@") !== authority.lastIndexOf("@"))) {
    const last = authority.lastIndexOf("@");
    result = last >= 0 ? { host: `***@${authority.slice(last + 1).toLowerCase()}`, userinfo: true } : { host: authority.toLowerCase(), userinfo: false };
    perScheme.set(authority, result);
    return result;
  }
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at) : "";
  let hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  let host;
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    host = close > 0 ? hostPort.slice(0, close + 1) : hostPort;
  } else {
    const colon = hostPort.indexOf(":");
    host = colon >= 0 ? hostPort.slice(0, colon) : hostPort;
  }
  if (scheme === "http" || scheme === "https") {
    try {
      hostPort = new URL(`${scheme}://${authority}/`).hostname;
      host = hostPort;
    } catch {
    }
  }
  host = host.toLowerCase().replace(/\.$/, "");
  if (host.length > 0) {
    const credentials = userinfo.length > 0 && (userinfo.includes(":") || scheme === "http" || scheme === "https" || /^git\+https?$/.test(scheme));
    result = { host, userinfo: credentials };
  }
  if (perScheme.size > 1e4) perScheme.clear();
  perScheme.set(authority, result);
  return result;
}
function redactUrl(spec) {
  return spec.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@?#]*@/i, "$1***@");
}
var HTTPS_MATCH = ["https://", "https"];
var NETWORK_SCHEME = /^(https?|ftp|wss?|git|ssh|git\+(ssh|https?))$/i;
function classifySource(raw) {
  const spec = raw.trim();
  const scheme = spec.startsWith("https://") ? HTTPS_MATCH : /^([a-z][a-z0-9+.-]*):\/\//i.exec(spec);
  if (scheme) {
    const s = scheme[1].toLowerCase();
    const rest = spec.slice(scheme[0].length);
    let end = rest.length;
    for (let i = 0; i < rest.length; i++) {
      const ch = rest.charCodeAt(i);
      if (ch === 47 || ch === 63 || ch === 35) {
        end = i;
        break;
      }
    }
    if (s === "file" || s === "git+file") return { kind: "file", spec };
    const auth = parseAuthority(s, rest.slice(0, end));
    if (!auth) {
      let host = "";
      if (s === "http" || s === "https") {
        try {
          host = new URL(spec).hostname.toLowerCase().replace(/\.$/, "");
        } catch {
        }
      }
      return host ? { kind: "unknown", host, spec: redactUrl(spec) } : { kind: "unknown", spec: redactUrl(spec) };
    }
    const shown = auth.userinfo ? redactUrl(spec) : spec;
    if (auth.userinfo) return { kind: "credentials", host: auth.host, spec: shown, insecure: s === "http" || s === "git" || s === "git+http" };
    if (s === "https") return { kind: "https", host: auth.host, spec: shown };
    if (s === "http") return { kind: "http", host: auth.host, spec: shown, insecure: true };
    if (/^(git|git\+ssh|ssh|git\+https|git\+http)$/.test(s)) return { kind: "git", host: auth.host, spec: shown, insecure: s === "git" || s === "git+http" };
    return { kind: "unknown", host: auth.host, spec: shown };
  }
  const proto = /^([a-z][a-z0-9+.-]*):/i.exec(spec);
  if (proto && NETWORK_SCHEME.test(proto[1])) {
    let host;
    try {
      host = new URL(spec).hostname.toLowerCase().replace(/\.$/, "") || void 0;
    } catch {
    }
    return host === void 0 ? { kind: "unknown", spec: redactUrl(spec) } : { kind: "unknown", host, spec: redactUrl(spec) };
  }
  if (/^[\\/]{2}/.test(spec)) return { kind: "unknown", spec };
  if (proto) {
    const p = proto[1].toLowerCase();
    const shorthand = SHORTHAND_HOSTS[p];
    if (shorthand) return { kind: "git", host: shorthand, spec };
    if (p === "file" || p === "portal") return { kind: "file", spec };
    if (p === "link") return { kind: "local", spec };
    if (p === "exec") return { kind: "exec", spec };
    if (p === "npm" || p === "workspace" || p === "catalog" || p === "jsr") return { kind: "registry", spec };
    if (p === "patch") {
      const inner = spec.slice(6).split("#")[0] ?? "";
      let decoded = inner;
      try {
        decoded = decodeURIComponent(inner);
      } catch {
      }
      const source = afterPackageName(decoded);
      return source === null ? { kind: "unknown", spec } : classifySource(source) ?? { kind: "registry", spec };
    }
  }
  const scp = /^[\w.-]+@([\w.-]+):(?!\/\/)/.exec(spec);
  if (scp) return { kind: "git", host: scp[1].toLowerCase(), spec };
  return null;
}
function afterPackageName(entry) {
  const at = entry.indexOf("@", entry.startsWith("@") ? 1 : 0);
  return at < 0 ? null : entry.slice(at + 1);
}

// src/core/formats/lines.ts
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function forEachLine(text, fn) {
  let start = 0;
  let n = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    n++;
    fn(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end), n);
    start = end + 1;
  }
}
function unquote(s) {
  const t = s.trim();
  if (t.length >= 2 && (t.startsWith('"') && t.endsWith('"') || t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  return t;
}

// src/core/formats/json-document.ts
function parseJsonObject(text) {
  try {
    const v = JSON.parse(stripBom(text));
    return isObj(v) ? v : "the top level is not a JSON object";
  } catch (err) {
    return `not valid JSON: ${err.message.split("\n")[0]}`;
  }
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed2 = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed2 = parsed2 ? parsed2 + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed2;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed2 += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed2 += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed2 += "\b";
        else if (c === 116)
          parsed2 += "	";
        else if (c === 110)
          parsed2 += "\n";
        else if (c === 102)
          parsed2 += "\f";
        else if (c === 114)
          parsed2 += "\r";
        else if (c === 101)
          parsed2 += "\x1B";
        else if (c === 34)
          parsed2 += '"';
        else if (c === 92)
          parsed2 += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed2 = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed2.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed2;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed2.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed2.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed2.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/core/toml.ts
var MAX_DEPTH = 128;
function parseToml(input) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  let raw;
  try {
    raw = parse(text, { maxDepth: MAX_DEPTH, integersAsBigInt: "asNeeded" });
  } catch (err) {
    if (err instanceof TomlError) {
      const why = err.message.split("\n")[0].replace(/^Invalid TOML document: /, "");
      const line = text.split(/\r?\n/)[err.line - 1] ?? "";
      const near = [...line].slice(Math.max(0, err.column - 1), err.column + 39).join("");
      return { ok: false, reason: `line ${err.line}, column ${err.column}: ${why}${near === "" ? "" : ` near ${JSON.stringify(near)}`}` };
    }
    return { ok: false, reason: `not readable as TOML: ${err.message.split("\n")[0]}` };
  }
  const paths = /* @__PURE__ */ new WeakMap();
  const value = convert(raw, paths);
  if (!isTable(value)) return { ok: false, reason: "the document is not a table" };
  return { ok: true, value, pathOf: (t, key) => {
    const p = paths.get(t) ?? "";
    return p === "" ? key : `${p}.${key}`;
  } };
}
function convert(root, paths) {
  const scalar = (v) => {
    if (typeof v === "string") return v;
    if (v instanceof TomlDate) return v.toISOString();
    if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
    return null;
  };
  const make = (v, path) => {
    const s = scalar(v);
    if (s !== null) return s;
    if (Array.isArray(v)) return [];
    const t = {};
    paths.set(t, path);
    return t;
  };
  const out = make(root, "");
  const stack = [[root, out, ""]];
  while (stack.length > 0) {
    const [src, dst, path] = stack.pop();
    if (Array.isArray(src)) {
      src.forEach((x, i) => {
        const child = make(x, `${path}[${i}]`);
        dst.push(child);
        if (typeof child !== "string") stack.push([x, child, `${path}[${i}]`]);
      });
    } else if (typeof src === "object" && src !== null && !(src instanceof TomlDate)) {
      for (const key of Object.keys(src)) {
        const x = src[key];
        const p = path === "" ? key : `${path}.${key}`;
        const child = make(x, p);
        Object.defineProperty(dst, key, { value: child, enumerable: true, writable: true, configurable: true });
        if (typeof child !== "string") stack.push([x, child, p]);
      }
    }
  }
  return out;
}
function isTable(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/core/rules/dependencies/lockfile-readable.ts
var lockfileReadable = defineRule({
  id: "dependencies/lockfile-readable",
  codes: ["dependency_lockfile_unparseable", "dependency_lockfile_binary", "dependency_lockfile_removed"],
  summary: "A lockfile that cannot be read (invalid, binary, too large) is a deny, since its sources cannot be checked; a removed lockfile is high.",
  fix: "Commit a lockfile the tool itself wrote, in its text format."
});

// src/core/rules/dependencies/lockfile-sources.ts
var lockfileSources = defineRule({
  id: "dependencies/lockfile-sources",
  codes: ["dependency_insecure_source", "dependency_git_source", "dependency_file_source", "dependency_exec_source", "dependency_url_credentials", "dependency_unknown_source"],
  summary: "A new lockfile source that is not a registry download over TLS (plain http, git, a local file, exec:, a URL with credentials) is high; one that cannot be read is a deny.",
  fix: "Resolve the package from the registry, or have the source approved."
});

// src/core/rules/dependencies/source-hosts.ts
var sourceHosts = defineRule({
  id: "dependencies/source-hosts",
  codes: ["dependency_host_not_allowed", "dependency_host_not_allowed_existing"],
  summary: "A dependency source host outside the network allow list, new in the head, is a deny (dependency confusion); one already in the base is reported once per file as high.",
  fix: "Resolve the package from an allowed registry, or add its host to the network allow list of the policy."
});

// src/core/rules/dependencies/lockfile.ts
var MAX_LOCKFILE_CHARS = 256 * 1024 * 1024;
var Collector = class {
  hostSites = /* @__PURE__ */ new Map();
  sources = /* @__PURE__ */ new Map();
  error;
  /** A value that must be a source (npm `resolved`, yarn `resolved`, pnpm `tarball`/`repo`). */
  resolved(value, where, allowRelative = false) {
    const c = classifySource(value);
    if (c === null) {
      if (allowRelative) return;
      this.source({ kind: "unknown", spec: value }, where);
      return;
    }
    this.record(c, where);
  }
  /**
   * A spec that may be a plain range (ignored) or a non-registry source (recorded). `withHost` false for
   * what a package asked for (a yarn entry header), as opposed to where it was fetched from.
   */
  spec(value, where, withHost = true) {
    const c = classifySource(value);
    if (c !== null) this.record(c, where, withHost);
  }
  record(c, where, withHost = true) {
    if (withHost && c.host !== void 0 && !this.hostSites.has(c.host)) this.hostSites.set(c.host, where);
    if (c.kind === "https" || c.kind === "registry" || c.kind === "local") return;
    this.source({ kind: c.insecure && c.kind === "git" ? "http" : c.kind, spec: c.spec }, where);
    if (c.kind === "credentials" && c.insecure) this.source({ kind: "http", spec: c.spec }, where);
  }
  source(s, where) {
    const key = `${s.kind}|${s.spec}`;
    if (!this.sources.has(key)) this.sources.set(key, { ...s, where });
  }
  result() {
    const sources = [...this.sources.values()];
    const problems = sources.map((s) => `${SOURCE_TEXT[s.kind]}: ${quoteValue(s.spec)} (at ${quoteValue(s.where, 120)})`);
    if (this.error !== void 0) problems.unshift(this.error);
    const scan = { hosts: [...this.hostSites.keys()].sort(), problems, sources, hostSites: this.hostSites };
    if (this.error !== void 0) scan.error = this.error;
    return scan;
  }
};
var SOURCE_TEXT = {
  http: "non-TLS source (plain http or git protocol)",
  git: "git source",
  file: "local file source",
  exec: "exec: source (runs a script to build the package)",
  credentials: "source URL with embedded credentials",
  unknown: "unrecognised source"
};
function urlOrPath(c, value, where) {
  const k = classifySource(value);
  if (k !== null) c.record(k, where);
  else localPath(c, value, where);
}
function localPath(c, value, where) {
  const v = value.trim();
  if (v === "." || v === "./" || v === "") return;
  const k = classifySource(v);
  if (k !== null && k.kind !== "registry" && k.kind !== "local") c.record(k, where);
  else c.source({ kind: "file", spec: v }, where);
}
function vcsSource(c, value, where) {
  const k = classifySource(value);
  if (k === null) localPath(c, value, where);
  else if (k.kind === "https" || k.kind === "http") c.record({ ...k, kind: "git" }, where);
  else c.record(k, where);
}
function tomlLocked(text, c) {
  const r = parseToml(text);
  if (!r.ok) {
    c.error = `not valid TOML: ${r.reason}`;
    return null;
  }
  const at = (t, k, fallback) => r.pathOf(t, k) || fallback;
  return { doc: r.value, at };
}
function tomlPackages(doc, c, required) {
  const p = doc.package;
  if (p === void 0) return [];
  if (!Array.isArray(p) || !p.every(isTable)) {
    if (required) c.error = '"package" is not an array of tables';
    return [];
  }
  return p;
}
function walkToml(root, fn, skip) {
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x !== "string") stack.push(x);
      continue;
    }
    if (typeof v === "string") continue;
    for (const key of Object.keys(v)) {
      const x = v[key];
      if (skip?.(v, key)) continue;
      if (typeof x === "string") fn(v, key, x);
      else if (Array.isArray(x)) {
        for (const y of x) if (typeof y === "string") fn(v, key, y);
        stack.push(x);
      } else stack.push(x);
    }
  }
}
function parseJsonDoc(text, c) {
  const doc = parseJsonObject(text);
  if (typeof doc !== "string") return doc;
  c.error = doc;
  return null;
}
function scanLockfile(read, text) {
  const c = new Collector();
  if (text.length > MAX_LOCKFILE_CHARS) {
    c.error = `the lockfile is ${text.length} characters; the limit is ${MAX_LOCKFILE_CHARS}`;
    return c.result();
  }
  read(stripBom(text), c);
  return c.result();
}
var SOURCE_CODE = {
  http: "dependency_insecure_source",
  git: "dependency_git_source",
  file: "dependency_file_source",
  exec: "dependency_exec_source",
  credentials: "dependency_url_credentials",
  unknown: "dependency_unknown_source"
};
var UNREADABLE = "is not UTF-8 text or is too large to read";
function lockfileReviewer(kind, matches, read) {
  const reviewer = {
    kind,
    matches,
    review: (base, head, ctx) => reviewLockfile(read, base, head, ctx),
    unreadable: (ctx) => [lockfileReadable.finding("dependency_lockfile_unparseable", "deny", `${ctx.file} could not be read (it ${UNREADABLE}), so its resolved hosts cannot be checked against the network allow list.`)]
  };
  READERS.set(reviewer, read);
  return reviewer;
}
var READERS = /* @__PURE__ */ new WeakMap();
function reviewLockfile(read, baseText, headText, { file, allow }) {
  const out = [];
  if (headText === null) {
    if (baseText !== null) {
      out.push(lockfileReadable.finding("dependency_lockfile_removed", "high", `${file} was removed; the next install resolves every dependency afresh, from whatever registry is configured.`));
    }
    return out;
  }
  const head = scanLockfile(read, headText);
  if (head.error !== void 0) {
    out.push(lockfileReadable.finding("dependency_lockfile_unparseable", "deny", `${file} could not be read (${quoteValue(head.error)}), so its resolved hosts cannot be checked against the network allow list.`));
    return out;
  }
  const base = baseText === null ? null : scanLockfile(read, baseText);
  const baseHosts = new Set(base && base.error === void 0 ? base.hosts : []);
  const existingOutside = [];
  for (const host of head.hosts) {
    if (hostAllowed(allow, host)) continue;
    if (baseHosts.has(host)) {
      existingOutside.push(host);
      continue;
    }
    out.push(
      sourceHosts.finding(
        "dependency_host_not_allowed",
        "deny",
        `${file}: dependency confusion: resolved host ${quoteValue(host)} is not in the network allow list (first at ${quoteValue(head.hostSites.get(host) ?? "", 120)}).`
      )
    );
  }
  if (existingOutside.length > 0) {
    const shown = existingOutside.slice(0, 20).map((h) => quoteValue(h)).join(", ");
    const more = existingOutside.length > 20 ? ` and ${existingOutside.length - 20} more` : "";
    out.push(
      sourceHosts.finding(
        "dependency_host_not_allowed_existing",
        "high",
        `${file} still resolves packages from ${shown}${more}, outside the network allow list (already so in the base); extend the allow list or move those packages.`
      )
    );
  }
  const baseSources = new Set((base?.sources ?? []).map((s) => `${s.kind}|${s.spec}`));
  for (const s of head.sources) {
    if (baseSources.has(`${s.kind}|${s.spec}`)) continue;
    out.push(lockfileSources.finding(SOURCE_CODE[s.kind], s.kind === "unknown" ? "deny" : "high", `${file} adds a ${SOURCE_TEXT[s.kind]}: ${quoteValue(s.spec)} (at ${quoteValue(s.where, 120)}).`));
  }
  return out;
}

// src/core/rules/dependencies/reviewer.ts
function byName(...names) {
  const set = new Set(names);
  return (_p, base) => set.has(base);
}
function hostNote(value, allow) {
  const c = classifySource(value);
  if (!c || c.host === void 0) return "";
  const notes = [];
  if (c.insecure) notes.push("over plain http, without TLS");
  if (!hostAllowed(allow, c.host)) notes.push(`host ${quoteValue(c.host)} is not in the network allow list`);
  return notes.length > 0 ? ` (${notes.join("; ")})` : "";
}
function firstUrlNote(value, allow) {
  const url = /(?:git\+)?https?:\/\/[^\s"',\]]+/.exec(value);
  return url ? hostNote(url[0].replace(/^git\+/, ""), allow) : "";
}

// src/core/formats/toml-settings.ts
function tomlSettings(text) {
  const r = parseToml(text);
  if (!r.ok) return r.reason;
  const out = /* @__PURE__ */ new Map();
  flattenTomlValue(r.value, out);
  return out;
}
function tomlKeySegment(key) {
  return key === "" || /[.[\]"]/.test(key) ? JSON.stringify(key) : key;
}
function flattenTomlValue(root, out) {
  const stack = [[root, ""]];
  while (stack.length > 0) {
    const [value, prefix] = stack.pop();
    if (typeof value === "string") out.set(prefix, value);
    else if (Array.isArray(value)) {
      if (value.every((v) => typeof v === "string")) out.set(prefix, JSON.stringify(value));
      else for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${prefix}[${i}]`]);
    } else {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        stack.push([value[k], prefix === "" ? tomlKeySegment(k) : `${prefix}.${tomlKeySegment(k)}`]);
      }
    }
  }
}

// src/core/rules/dependencies/settings.ts
function reviewSettings(rule, file, base, head, classify) {
  const out = [];
  for (const [key, value] of head) {
    const before = base.get(key);
    if (before === value) continue;
    const c = classify(key, value, before);
    if (!c) continue;
    const shown = c.redact ? redacted(value) : quoteValue(value);
    out.push(rule.finding(c.code, "high", `${file} ${before === void 0 ? "sets" : "changes"} ${quoteValue(key)} to ${shown}: ${c.why}.`));
  }
  for (const [key, before] of base) {
    if (head.has(key)) continue;
    const c = classify(key, void 0, before);
    if (!c) continue;
    out.push(rule.finding(c.code, "high", `${file} removes ${quoteValue(key)} (was ${c.redact ? redacted(before) : quoteValue(before)}): ${c.why}.`));
  }
  return out;
}
function reviewTomlSettings(rule, unparseable, file, baseText, headText, classify) {
  const head = tomlSettings(headText ?? "");
  if (typeof head === "string") return [rule.finding(unparseable, "high", `${file} could not be parsed as TOML (${quoteValue(head)}), so its settings were not reviewed.`)];
  const base = tomlSettings(baseText ?? "");
  return reviewSettings(rule, file, typeof base === "string" ? /* @__PURE__ */ new Map() : base, head, classify);
}
function redacted(value) {
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(value.trim())) return quoteValue(value.trim());
  return `(redacted: a literal ${value.length}-character credential is committed)`;
}

// src/core/rules/dependencies/bun.ts
var bun = defineRule({
  id: "dependencies/bun",
  codes: ["bunfig_registry", "bunfig_auth", "bunfig_preload", "bunfig_executable", "bunfig_tls", "bunfig_setting", "bunfig_unparseable"],
  summary: "New or changed bunfig.toml settings are high: registries redirect installs, preload modules run before every script and test, credentials are redacted.",
  fix: "Have the change approved; keep registries and preloads out of an agent change."
});
function scanBunLock(text, c) {
  const json = stripJsonc(text);
  if (typeof json !== "string") {
    c.error = json.error;
    return;
  }
  const doc = parseJsonDoc(json, c);
  if (doc === null) return;
  const packages = doc.packages;
  if (packages === void 0) return;
  if (!isObj(packages)) {
    c.error = '"packages" is not an object';
    return;
  }
  for (const key of Object.keys(packages)) {
    const entry = packages[key];
    if (!Array.isArray(entry) || typeof entry[0] !== "string") {
      c.error = `packages[${JSON.stringify(key)}] is not a [name@resolution, ...] tuple`;
      return;
    }
    const ident = entry[0];
    const source = afterPackageName(ident);
    if (source === null) {
      c.source({ kind: "unknown", spec: ident }, key);
      continue;
    }
    c.spec(source, key);
    if (entry.length === 4 && typeof entry[1] === "string" && entry[1] !== "") c.resolved(entry[1], key);
    else if (entry.length === 4 && typeof entry[1] !== "string" && entry[1] !== void 0 && !isObj(entry[1])) c.source({ kind: "unknown", spec: stableJson(entry[1]) }, key);
  }
}
function bunfigClassifier(allow) {
  return (key, value) => {
    if (value === void 0) return null;
    const k = key.toLowerCase();
    const last = k.slice(k.lastIndexOf(".") + 1);
    if (/^install\.(registry|scopes)(\.|$)/.test(k) && /(token|password|username)$/.test(last)) return { code: "bunfig_auth", why: "registry credentials", redact: true };
    if (/^install\.(registry|scopes)(\.|$)/.test(k)) {
      const credentials = /^[a-z][a-z0-9+.-]*:\/\/[^/@?#]*@/i.test(value.trim());
      return { code: "bunfig_registry", why: `packages now resolve from there (dependency confusion)${hostNote(value, allow)}${credentials ? " (the URL carries credentials)" : ""}`, redact: credentials };
    }
    if (last === "preload") return { code: "bunfig_preload", why: "bun loads these modules before every script, test or run" };
    if (/^run\.(shell|bun)$/.test(k)) return { code: "bunfig_executable", why: "bun runs scripts through this program" };
    if (/^install\.(ca|cafile)$/.test(k)) return { code: "bunfig_tls", why: "changes how registry connections are verified" };
    return { code: "bunfig_setting", why: "bun configuration applies to every install, run and test" };
  };
}
function bunLockbFinding(file) {
  return lockfileReadable.finding(
    "dependency_lockfile_binary",
    "deny",
    `${file} is Bun's binary lockfile, which cannot be read, so the hosts it resolves packages from cannot be checked against the network allow list. Switch to the text lockfile (Bun 1.2 or later): run \`bun install --save-text-lockfile --frozen-lockfile --lockfile-only\`, commit bun.lock and delete bun.lockb.`
  );
}
var BUN_REVIEWERS = [
  lockfileReviewer("bun-lock", byName("bun.lock"), scanBunLock),
  {
    kind: "bun-lockb",
    matches: byName("bun.lockb"),
    // A deleted bun.lockb is no finding: nothing is left to resolve from.
    review: (_base, head, { file }) => head === null ? [] : [bunLockbFinding(file)],
    unreadable: ({ file }) => [bunLockbFinding(file)]
  },
  { kind: "bunfig", matches: byName("bunfig.toml"), review: (base, head, { file, allow }) => reviewTomlSettings(bun, "bunfig_unparseable", file, base, head, bunfigClassifier(allow)) }
];

// src/core/rules/dependencies/cargo.ts
var cargo = defineRule({
  id: "dependencies/cargo",
  codes: ["cargo_rustc_wrapper", "cargo_runner", "cargo_registry", "cargo_setting", "cargo_config_unparseable"],
  summary: "New or changed .cargo/config.toml settings are high: wrappers, runners and linkers run on every build, registries and source replacement redirect crates.",
  fix: "Have the change approved; keep toolchain wrappers and registries out of an agent change."
});
var CRATES_IO_SOURCE = "registry+https://github.com/rust-lang/crates.io-index";
function cargoSource(c, src, where) {
  if (src === CRATES_IO_SOURCE) {
    c.record({ kind: "https", host: "crates.io", spec: src }, where);
    return;
  }
  const m = /^(registry|sparse)\+(.*)$/.exec(src);
  if (m) {
    const k = classifySource(m[2]);
    if (k === null) c.source({ kind: "unknown", spec: src }, where);
    else c.record(k, where);
    return;
  }
  if (/^git\+/i.test(src)) c.resolved(src, where);
  else c.source({ kind: "unknown", spec: src }, where);
}
function scanCargoLock(text, c) {
  const parsed2 = tomlLocked(text, c);
  if (parsed2 === null) return;
  const { doc, at } = parsed2;
  const tables = [...tomlPackages(doc, c, true)];
  if (isTable(doc.patch) && Array.isArray(doc.patch.unused)) tables.push(...doc.patch.unused.filter(isTable));
  for (const pkg of tables) {
    const where = at(pkg, "source", typeof pkg.name === "string" ? pkg.name : "package");
    if (pkg.source !== void 0) {
      if (typeof pkg.source === "string") cargoSource(c, pkg.source, where);
      else c.source({ kind: "unknown", spec: JSON.stringify(pkg.source) }, where);
    }
    if (Array.isArray(pkg.dependencies)) {
      for (const d of pkg.dependencies) {
        const m = typeof d === "string" ? /\(([^()]+)\)\s*$/.exec(d) : null;
        if (m) cargoSource(c, m[1], at(pkg, "dependencies", where));
      }
    }
  }
}
function cargoClassifier(allow) {
  return (key, value) => {
    if (value === void 0) return null;
    const k = key.toLowerCase();
    if (/^build\.(rustc-wrapper|rustc-workspace-wrapper|rustc|rustdoc)$/.test(k)) return { code: "cargo_rustc_wrapper", why: "cargo runs this program for every compilation (toolchain hijack)" };
    if (/^(target\..+|host(\..+)?)\.(runner|linker|ar)$/.test(k)) return { code: "cargo_runner", why: "cargo runs this program to link or run every binary and test" };
    if (/^(registries|registry|source|patch)(\.|$)/.test(k)) return { code: "cargo_registry", why: `crates now resolve from a different registry or source (dependency confusion)${firstUrlNote(value, allow)}` };
    return { code: "cargo_setting", why: "cargo configuration applies to every build" };
  };
}
var CARGO_REVIEWERS = [
  lockfileReviewer("cargo-lock", byName("cargo.lock"), scanCargoLock),
  {
    kind: "cargo-config",
    matches: (p, base) => (base === "config.toml" || base === "config") && /(^|\/)\.cargo\/config(\.toml)?$/.test(p),
    review: (base, head, { file, allow }) => reviewTomlSettings(cargo, "cargo_config_unparseable", file, base, head, cargoClassifier(allow))
  }
];

// src/core/rules/dependencies/scripts.ts
function scriptsRunAutomatically(scripts, isRoot, callees) {
  const reached = /* @__PURE__ */ new Map();
  const queue = [];
  for (const name of Object.keys(scripts)) {
    if (!isRoot(name)) continue;
    reached.set(name, name);
    queue.push(name);
  }
  while (queue.length > 0) {
    const name = queue.shift();
    for (const callee of callees(scripts[name])) {
      if (!Object.hasOwn(scripts, callee) || reached.has(callee)) continue;
      reached.set(callee, reached.get(name));
      queue.push(callee);
    }
  }
  return reached;
}
function newOrChangedScripts(reached, scripts, baseScripts) {
  const out = [];
  for (const [name, root] of reached) {
    const value = scripts[name];
    const inBase = Object.hasOwn(baseScripts, name);
    if (inBase && stableJson(baseScripts[name]) === stableJson(value)) continue;
    out.push({ name, root, value, verb: inBase ? "changes" : "adds" });
  }
  return out;
}

// src/core/rules/dependencies/composer.ts
var composer = defineRule({
  id: "dependencies/composer",
  codes: ["composer_script", "composer_repository", "composer_plugins", "composer_tls", "composer_auth", "composer_setting", "composer_json_unparseable"],
  summary: "composer.json scripts run on install events, package repositories (looked up before packagist.org), and plugin, TLS and credential settings are high when new, changed or removed.",
  fix: "Have the change approved; keep repositories and install-time scripts out of an agent change."
});
function scanComposerLock(text, c) {
  const doc = parseJsonDoc(text, c);
  if (doc === null) return;
  for (const list of ["packages", "packages-dev"]) {
    const pkgs = doc[list];
    if (pkgs === void 0) continue;
    if (!Array.isArray(pkgs)) {
      c.error = `"${list}" is not an array`;
      return;
    }
    pkgs.forEach((p, i) => {
      if (!isObj(p)) return;
      const where = typeof p.name === "string" ? `${list}: ${p.name}` : `${list}[${i}]`;
      for (const field of ["dist", "source"]) {
        const d = p[field];
        if (d === void 0 || d === null) continue;
        if (!isObj(d) || typeof d.url !== "string") {
          c.source({ kind: "unknown", spec: stableJson(d) }, `${where} ${field}`);
          continue;
        }
        if (d.type === "path") localPath(c, d.url, `${where} ${field}`);
        else urlOrPath(c, d.url, `${where} ${field}`);
        if (Array.isArray(d.mirrors)) {
          for (const m of d.mirrors) if (isObj(m) && typeof m.url === "string") urlOrPath(c, m.url, `${where} ${field} mirror`);
        }
      }
      if (typeof p["notification-url"] === "string") c.resolved(p["notification-url"], `${where} notification-url`);
    });
  }
}
var COMPOSER_EVENTS = /* @__PURE__ */ new Set([
  "pre-install-cmd",
  "post-install-cmd",
  "pre-update-cmd",
  "post-update-cmd",
  "pre-status-cmd",
  "post-status-cmd",
  "pre-archive-cmd",
  "post-archive-cmd",
  "pre-autoload-dump",
  "post-autoload-dump",
  "post-root-package-install",
  "post-create-project-cmd",
  "pre-operations-exec",
  "pre-dependencies-solving",
  "post-dependencies-solving",
  "pre-package-install",
  "post-package-install",
  "pre-package-update",
  "post-package-update",
  "pre-package-uninstall",
  "post-package-uninstall",
  "init",
  "command",
  "pre-file-download",
  "post-file-download",
  "pre-command-run",
  "pre-pool-create"
]);
var COMPOSER_SCRIPT_COMMANDS = /* @__PURE__ */ new Set(["php", "composer", "putenv", "additional_args"]);
function composerAutoScripts(scripts) {
  return scriptsRunAutomatically(
    scripts,
    (name) => COMPOSER_EVENTS.has(name),
    (value) => (Array.isArray(value) ? value : [value]).flatMap((command) => {
      const ref = typeof command === "string" ? /^@([^\s]+)/.exec(command.trim()) : null;
      return ref && !COMPOSER_SCRIPT_COMMANDS.has(ref[1]) ? [ref[1]] : [];
    })
  );
}
function composerRepositories(doc) {
  const out = /* @__PURE__ */ new Map();
  const repos = doc.repositories;
  if (Array.isArray(repos)) repos.forEach((r, i) => out.set(`repositories[${i}]`, r));
  else if (isObj(repos)) for (const k of Object.keys(repos)) out.set(`repositories.${k}`, repos[k]);
  else if (repos !== void 0) out.set("repositories", repos);
  return out;
}
function composerConfigWhy(key) {
  if (key === "allow-plugins") return { code: "composer_plugins", why: "composer runs the code of the plugins it allows on every install and update" };
  if (["secure-http", "disable-tls", "cafile", "capath"].includes(key)) return { code: "composer_tls", why: "changes whether downloads use TLS and how it is verified" };
  if (["http-basic", "bearer", "github-oauth", "gitlab-oauth", "gitlab-token", "bitbucket-oauth", "forgejo-token"].includes(key)) {
    return { code: "composer_auth", why: "registry credentials (committed, and sent to the hosts they name)", redact: true };
  }
  if (["github-domains", "gitlab-domains", "use-github-api", "github-protocols"].includes(key)) return { code: "composer_setting", why: "changes which hosts composer treats as GitHub or GitLab and sends their credentials to" };
  return null;
}
function reviewComposerJson(file, baseText, headText, allow) {
  if (headText === null) return [];
  const head = parseJsonObject(headText);
  if (typeof head === "string") {
    return [composer.finding("composer_json_unparseable", "high", `${file} could not be parsed (${quoteValue(head)}), so its scripts and repositories were not reviewed.`)];
  }
  const parsedBase = baseText === null ? {} : parseJsonObject(baseText);
  const base = typeof parsedBase === "string" ? {} : parsedBase;
  const out = [];
  const add = (code, message) => out.push(composer.finding(code, "high", message));
  const scripts = isObj(head.scripts) ? head.scripts : {};
  const baseScripts = isObj(base.scripts) ? base.scripts : {};
  for (const { name, root: event, value, verb } of newOrChangedScripts(composerAutoScripts(scripts), scripts, baseScripts)) {
    const how = name === event ? `composer runs it on the ${quoteValue(event)} event` : `the ${quoteValue(event)} event runs it through "@${quoteValue(name).slice(1, -1)}"`;
    add("composer_script", `${file} ${verb} the script scripts.${quoteValue(name).slice(1, -1)} = ${quoteValue(value)}; ${how} (install-time code execution).`);
  }
  if (head.scripts !== void 0 && !isObj(head.scripts) && stableJson(head.scripts) !== stableJson(base.scripts)) {
    add("composer_script", `${file} sets scripts = ${quoteValue(head.scripts)}, which is not an object of scripts.`);
  }
  const repos = composerRepositories(head);
  const baseRepos = composerRepositories(base);
  for (const [key, value] of repos) {
    if (baseRepos.has(key) && stableJson(baseRepos.get(key)) === stableJson(value)) continue;
    const url = isObj(value) && typeof value.url === "string" ? hostNote(value.url, allow) : "";
    const disables = value === false || isObj(value) && value["packagist.org"] === false;
    const why = disables ? "composer no longer looks packages up there" : `composer looks packages up there before packagist.org, and the first repository that has a package name wins (dependency confusion)${url}`;
    add("composer_repository", `${file} ${baseRepos.has(key) ? "changes" : "sets"} ${quoteValue(key)} to ${quoteValue(redactedRepository(value))}: ${why}.`);
  }
  for (const [key, value] of baseRepos) {
    if (repos.has(key)) continue;
    add("composer_repository", `${file} removes ${quoteValue(key)} (was ${quoteValue(redactedRepository(value))}): the packages it served now resolve from the remaining repositories (packagist.org by default), where anyone may publish the same names.`);
  }
  const config = isObj(head.config) ? head.config : {};
  const baseConfig = isObj(base.config) ? base.config : {};
  for (const key of Object.keys(config)) {
    if (stableJson(config[key]) === stableJson(baseConfig[key])) continue;
    const c = composerConfigWhy(key);
    if (c === null) continue;
    const shown = c.redact ? "(redacted: credentials are committed)" : quoteValue(config[key]);
    add(c.code, `${file} ${Object.hasOwn(baseConfig, key) ? "changes" : "sets"} config.${quoteValue(key).slice(1, -1)} = ${shown}: ${c.why}.`);
  }
  return out;
}
function redactedRepository(value) {
  if (!isObj(value) || typeof value.url !== "string") return value;
  return { ...value, url: redactUrl(value.url) };
}
var COMPOSER_REVIEWERS = [
  lockfileReviewer("composer-lock", byName("composer.lock"), scanComposerLock),
  { kind: "composer-json", matches: byName("composer.json"), review: (base, head, { file, allow }) => reviewComposerJson(file, base, head, allow) }
];

// src/core/rules/dependencies/dependabot.ts
var dependabot = defineRule({
  id: "dependencies/dependabot",
  codes: ["dependabot_registry", "dependabot_registry_auth", "dependabot_unparseable"],
  summary: "New, changed or removed dependabot registries (URLs, replaces-base, credentials) are high.",
  fix: "Have the change approved; keep dependabot registries as the base has them."
});
function dependabotRegistries(value) {
  const out = /* @__PURE__ */ new Map();
  if (!isObj(value) || !isObj(value.registries)) return out;
  for (const name of Object.keys(value.registries)) {
    const r = value.registries[name];
    if (!isObj(r)) out.set(`registries.${name}`, stableJson(r));
    else for (const k of Object.keys(r)) out.set(`registries.${name}.${k}`, typeof r[k] === "string" ? r[k] : stableJson(r[k]));
  }
  return out;
}
function dependabotClassifier(allow) {
  return (key, value) => {
    if (value === void 0) return null;
    const last = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
    if (/^(password|token|key|username)$/.test(last)) return { code: "dependabot_registry_auth", why: "dependabot sends these credentials to the registry", redact: true };
    if (last === "url") {
      const credentials = /^[a-z][a-z0-9+.-]*:\/\/[^/@?#]*@/i.test(value.trim());
      return { code: "dependabot_registry", why: `dependabot resolves updates there and sends the registry credentials to it${hostNote(value, allow)}`, redact: credentials };
    }
    if (last === "replaces-base") return { code: "dependabot_registry", why: "every dependency of that ecosystem now resolves from this registry instead of the public one" };
    return { code: "dependabot_registry", why: "changes a registry dependabot uses (and the credentials it sends)" };
  };
}
function reviewDependabot(file, baseText, headText, allow) {
  if (headText === null) return [];
  const head = parseWorkflowYaml(headText);
  if (!head.ok) return [dependabot.finding("dependabot_unparseable", "high", `${file} could not be parsed (${quoteValue(head.reason)}), so its registries were not reviewed.`)];
  const base = baseText === null ? null : parseWorkflowYaml(baseText);
  return reviewSettings(dependabot, file, base?.ok ? dependabotRegistries(base.value) : /* @__PURE__ */ new Map(), dependabotRegistries(head.value), dependabotClassifier(allow));
}
var DEPENDABOT_REVIEWERS = [
  { kind: "dependabot", matches: (p) => p === ".github/dependabot.yml" || p === ".github/dependabot.yaml", review: (base, head, { file, allow }) => reviewDependabot(file, base, head, allow) }
];

// src/core/formats/ini.ts
function parseIni(text, opts) {
  const out = /* @__PURE__ */ new Map();
  let section = "";
  let lastKey = null;
  forEachLine(stripBom(text), (line) => {
    const t = line.trim();
    if (t === "" || t.startsWith(";") || t.startsWith("#")) {
      lastKey = null;
      return;
    }
    if (opts.continuation && lastKey !== null && /^[ \t]/.test(line)) {
      out.set(lastKey, `${out.get(lastKey) ?? ""}
${t}`);
      return;
    }
    const sec = /^\[(.*)\]$/.exec(t);
    if (sec) {
      section = sec[1].trim();
      lastKey = null;
      return;
    }
    const m = /^([^=:]+?)\s*(=|:)\s*(.*)$/.exec(t);
    let key;
    let value;
    if (m && (m[2] === "=" || opts.continuation)) {
      key = m[1].trim();
      value = m[3];
    } else {
      const eq = t.indexOf("=");
      if (eq < 0) {
        key = t;
        value = "true";
      } else {
        key = t.slice(0, eq).trim();
        value = t.slice(eq + 1);
      }
    }
    if (opts.lowerKeys) key = key.toLowerCase();
    let isArray = false;
    if (key.endsWith("[]")) {
      key = key.slice(0, -2);
      isArray = true;
    }
    const full = section ? `${section}.${key}` : key;
    const v = unquote(value.trim());
    out.set(full, isArray && out.has(full) ? `${out.get(full)}
${v}` : v);
    lastKey = full;
  });
  return out;
}
function parseProperties(text) {
  const out = /* @__PURE__ */ new Map();
  const lines = text.replace(/^\ufeff/, "").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/^\s+/, "");
    if (line === "" || line.startsWith("#") || line.startsWith("!")) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].replace(/^\s+/, "");
    let k = 0;
    while (k < line.length && !/[=:\s]/.test(line[k])) k += line[k] === "\\" ? 2 : 1;
    const key = unescapeProperty(line.slice(0, k));
    const rest = line.slice(k).replace(/^\s*[=:]?\s*/, "");
    out.set(key, unescapeProperty(rest));
  }
  return out;
}
function unescapeProperty(s) {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return e === "t" ? "	" : e === "n" ? "\n" : e === "r" ? "\r" : e === "f" ? "\f" : e;
  });
}
function parseYarnrcClassic(text) {
  const out = /* @__PURE__ */ new Map();
  forEachLine(text, (line) => {
    const t = line.trim();
    if (t === "" || t.startsWith("#")) return;
    const m = /^("([^"]*)"|\S+)\s+(.*)$/.exec(t);
    if (m) out.set(m[2] ?? m[1], unquote(m[3]));
    else out.set(unquote(t), "true");
  });
  return out;
}

// src/core/formats/go-mod.ts
function goTokens(line) {
  const out = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (line.startsWith("//", i)) break;
    if (ch === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === "\\" ? 2 : 1;
      if (j >= line.length) return null;
      try {
        out.push(JSON.parse(line.slice(i, j + 1)));
      } catch {
        return null;
      }
      i = j + 1;
    } else if (ch === "`") {
      const j = line.indexOf("`", i + 1);
      if (j < 0) return null;
      out.push(line.slice(i + 1, j));
      i = j + 1;
    } else if ("()[]{},".includes(ch)) {
      out.push(ch);
      i++;
    } else {
      let j = i;
      while (j < line.length && !/[\s"`()[\]{},]/.test(line[j]) && !line.startsWith("//", j)) j++;
      out.push(line.slice(i, j));
      i = j;
    }
  }
  return out;
}
function readGoMod(text) {
  const out = [];
  const toolchains = [];
  let block = null;
  let error = null;
  forEachLine(stripBom(text), (line, n) => {
    if (error !== null) return;
    const tokens = goTokens(line);
    if (tokens === null) {
      error = `line ${n} has an unterminated string`;
      return;
    }
    if (tokens.length === 0) return;
    if (block !== null) {
      if (tokens.length === 1 && tokens[0] === ")") {
        block = null;
        return;
      }
      if (block !== "replace") return;
    } else {
      if (tokens[tokens.length - 1] === "(" && tokens.length === 2) {
        block = tokens[0];
        return;
      }
      if ((tokens[0] === "go" || tokens[0] === "toolchain") && tokens.length === 2) {
        toolchains.push({ verb: tokens[0], value: tokens[1], line: n });
        return;
      }
      if (tokens[0] !== "replace") return;
      tokens.shift();
    }
    const arrow = tokens.indexOf("=>");
    const left = arrow < 0 ? [] : tokens.slice(0, arrow);
    const right = arrow < 0 ? [] : tokens.slice(arrow + 1);
    if (left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
      error = `line ${n} is not a replace directive go can read ("old [version] => new [version]")`;
      return;
    }
    out.push({ old: left.join(" "), to: right[0], version: right[1] ?? "", line: n });
  });
  if (error !== null) return error;
  if (block !== null) return `the ${JSON.stringify(block)} block is never closed`;
  return { replaces: out, toolchains };
}
function goLocalPath(p) {
  return p === "." || p === ".." || /^(\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(p);
}
function goVersionKey(v) {
  const m = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+)|(alpha|beta|rc)(\d+))?$/.exec(v);
  if (!m) return null;
  const kind = m[3] !== void 0 ? 4 : m[4] === "rc" ? 3 : m[4] === "beta" ? 2 : m[4] === "alpha" ? 1 : 0;
  return [Number(m[1]), Number(m[2] ?? 0), kind, Number(m[3] ?? m[5] ?? 0)];
}
function goVersionAbove(v, than) {
  const key = goVersionKey(v);
  if (key === null) return true;
  return than.every((t) => {
    const other = goVersionKey(t);
    if (other === null) return true;
    for (let i = 0; i < key.length; i++) if (key[i] !== other[i]) return key[i] > other[i];
    return false;
  });
}

// src/core/rules/dependencies/go.ts
var go = defineRule({
  id: "dependencies/go",
  codes: ["go_mod_unparseable", "go_replace", "go_replace_local", "go_replace_unrecognised", "go_toolchain", "go_env_proxy", "go_env_checksum", "go_env_setting"],
  summary: "New replace directives (module paths are identities fetched through GOPROXY, not hosts), raised go and toolchain lines in go.mod / go.work, and go.env settings that change where modules come from or which toolchain runs are high.",
  fix: "Have the change approved; keep module sources and toolchains as the base has them."
});
function reviewGoMod(file, baseText, headText) {
  if (headText === null) return [];
  const head = readGoMod(headText);
  if (typeof head === "string") {
    return [go.finding("go_mod_unparseable", "deny", `${file} could not be read (${quoteValue(head)}), so its replace directives cannot be checked against the network allow list.`)];
  }
  const parsedBase = baseText === null ? null : readGoMod(baseText);
  const base = parsedBase === null || typeof parsedBase === "string" ? { replaces: [], toolchains: [] } : parsedBase;
  const before = new Set(base.replaces.map((r) => `${r.old}
${r.to}
${r.version}`));
  const out = reviewGoToolchains(file, base.toolchains, head.toolchains);
  for (const r of head.replaces) {
    if (before.has(`${r.old}
${r.to}
${r.version}`)) continue;
    const what = `${file} line ${r.line}: replace ${quoteValue(r.old)} => ${quoteValue(r.version ? `${r.to} ${r.version}` : r.to)}`;
    if (goLocalPath(r.to)) {
      out.push(go.finding("go_replace_local", "high", `${what}: the build uses the code in that local directory instead of the module.`));
      continue;
    }
    if (!/^[^/@:\\]+\.[^/@:\\]+(\/[^@\\]*)?$/.test(r.to)) {
      out.push(go.finding("go_replace_unrecognised", "deny", `${what}: the replacement is neither a local directory nor a module path.`));
    } else {
      out.push(go.finding("go_replace", "high", `${what}: the build uses another module's code in place of this one (fetched through the module proxy like every module).`));
    }
  }
  return out;
}
function reviewGoToolchains(file, base, head) {
  const out = [];
  for (const t of head) {
    const before = base.filter((b) => b.verb === t.verb).map((b) => b.value);
    if (before.includes(t.value)) continue;
    if (t.verb === "toolchain" && t.value === "default") continue;
    if (t.verb === "go" && before.length > 0 && !goVersionAbove(t.value, before)) continue;
    const was = before.length === 0 ? "new" : `was ${before.map((b) => quoteValue(b)).join(", ")}`;
    const what = t.verb === "go" ? "go 1.21 and later download and run a toolchain at least this new when the installed one is older" : "go 1.21 and later download and run this toolchain when it is newer than the installed one";
    out.push(go.finding("go_toolchain", "high", `${file} line ${t.line}: ${t.verb} ${quoteValue(t.value)} (${was}): ${what} (GOTOOLCHAIN=auto, the default), so it changes the compiler that builds and tests the code.`));
  }
  return out;
}
function goEnvClassifier(allow) {
  return (key, value) => {
    const k = key.toUpperCase();
    if (!/^(GOPROXY|GONOPROXY|GOPRIVATE|GONOSUMDB|GONOSUMCHECK|GOSUMDB|GOINSECURE|GOFLAGS|GOTOOLCHAIN|GOAUTH|GOVCS)$/.test(k)) {
      return value === void 0 ? null : { code: "go_env_setting", why: "go reads this for every build" };
    }
    if (k === "GOPROXY") {
      const notes = (value ?? "").split(/[,|]/).map((u) => hostNote(u.trim(), allow)).filter((x) => x !== "");
      return { code: "go_env_proxy", why: `modules now resolve from there (dependency confusion)${notes.join("")}` };
    }
    if (k === "GOSUMDB" || k === "GONOSUMDB" || k === "GONOSUMCHECK" || k === "GOINSECURE") {
      return { code: "go_env_checksum", why: "changes which modules are verified against the checksum database or fetched without TLS" };
    }
    if (k === "GONOPROXY" || k === "GOPRIVATE") return { code: "go_env_proxy", why: "modules matching these patterns are fetched directly from their hosts, bypassing the proxy and the checksum database" };
    return { code: "go_env_setting", why: "changes how go fetches modules or which toolchain it downloads and runs" };
  };
}
var INI = { continuation: false, lowerKeys: false };
var GO_REVIEWERS = [
  {
    kind: "go-mod",
    matches: byName("go.mod", "go.work"),
    review: (base, head, { file }) => reviewGoMod(file, base, head),
    unreadable: ({ file }) => [go.finding("go_mod_unparseable", "deny", `${file} could not be read (it is not UTF-8 text or is too large to read), so its replace directives cannot be checked against the network allow list.`)]
  },
  { kind: "go-env", matches: byName("go.env"), review: (base, head, { file, allow }) => reviewSettings(go, file, parseIni(base ?? "", INI), parseIni(head ?? "", INI), goEnvClassifier(allow)) }
];

// src/core/rules/dependencies/linked-content.ts
var linkedContent = defineRule({
  id: "dependencies/linked-content",
  codes: ["dependency_link_not_followed"],
  summary: "A lockfile or dependency manifest that is a symlink is reviewed through its in-repository target; a link that leaves the repository, names another link or cannot be read is a deny.",
  fix: "Commit the file itself at that path, not a symlink."
});

// src/core/rules/dependencies/test-runners.ts
var testRunners = defineRule({
  id: "dependencies/test-runners",
  codes: ["test_runner_setup", "test_runner_config_changed"],
  summary: "A changed test runner configuration is high, naming each new option that loads code (globalSetup, setupFiles, transform, reporters, ...).",
  fix: "Have the change approved, or keep setup code out of the runner configuration."
});
var TEST_RUNNER_KEYS = /\b(globalSetup|globalTeardown|setupFiles|setupFilesAfterEnv|setupFilesAfterEach|testEnvironment|testRunner|runner|transform|reporters|watchPlugins|snapshotResolver|preset|resolver|moduleLoader|testSequencer|testResultsProcessor|dependencyExtractor|prettierPath|haste|plugins|globalSetupFile|webServer|require|loader|import|node-option|nodeArguments)\b/;
var TEST_RUNNER_CONFIG = /^(jest|vitest|vite|playwright|cypress|karma|ava|mocha)\.config\.(js|cjs|mjs|ts|cts|mts|json)$|^karma\.conf\.(js|cjs|ts)$|^\.mocharc\.(js|cjs|json|ya?ml)$/;
function reviewTestRunnerConfig(file, baseText, headText) {
  if (headText === null) return [];
  const lines = (text) => new Set((text ?? "").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ""));
  const before = lines(baseText);
  const out = [];
  for (const line of lines(headText)) {
    if (before.has(line)) continue;
    const m = TEST_RUNNER_KEYS.exec(line);
    if (m) out.push(testRunners.finding("test_runner_setup", "high", `${file} sets ${quoteValue(m[1])} (${quoteValue(line)}); the test runner loads that code, so a test-only change executes it.`));
  }
  if (out.length === 0) {
    out.push(testRunners.finding("test_runner_config_changed", "high", `${file} changed; test runner configuration is code the runner executes before any test.`));
  }
  return out;
}
var TEST_RUNNER_REVIEWER = {
  kind: "test-runner-config",
  matches: (_p, base) => TEST_RUNNER_CONFIG.test(base),
  review: (base, head, { file }) => reviewTestRunnerConfig(file, base, head)
};

// src/core/rules/dependencies/npm.ts
var npm = defineRule({
  id: "dependencies/npm",
  codes: [
    "package_lifecycle_script",
    "package_bin",
    "package_dependency_source",
    "package_manager_changed",
    "package_tool_config",
    "package_json_unparseable",
    "npmrc_auth",
    "npmrc_registry",
    "npmrc_node_options",
    "npmrc_script_shell",
    "npmrc_ignore_scripts",
    "npmrc_executable",
    "npmrc_tls",
    "npmrc_setting"
  ],
  summary: "package.json scripts npm runs on install, bin links, non-registry dependency sources, packageManager and code-loading tool keys, and .npmrc settings (registries, credentials, shells, node options) are high when new or changed.",
  fix: "Have the change approved; keep registries and install-time code out of an agent change."
});
function scanNpmLock(text, c) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    c.error = `not valid JSON: ${err.message.split("\n")[0]}`;
    return;
  }
  if (!isObj(doc)) {
    c.error = "the top level is not a JSON object";
    return;
  }
  const packages = doc.packages;
  if (packages !== void 0) {
    if (!isObj(packages)) c.error = '"packages" is not an object';
    else
      for (const key of Object.keys(packages)) {
        const entry = packages[key];
        if (!isObj(entry)) continue;
        const where = key === "" ? "(root)" : key;
        const resolved = entry.resolved;
        if (resolved === void 0) continue;
        if (typeof resolved !== "string") {
          c.source({ kind: "unknown", spec: stableJson(resolved) }, where);
          continue;
        }
        c.resolved(resolved, where, entry.link === true);
      }
  }
  const stack = [{ deps: doc.dependencies, prefix: "" }];
  while (stack.length > 0) {
    const { deps, prefix } = stack.pop();
    if (!isObj(deps)) continue;
    for (const name of Object.keys(deps)) {
      const entry = deps[name];
      if (!isObj(entry)) continue;
      const where = `${prefix}${name}`;
      if (typeof entry.resolved === "string") c.resolved(entry.resolved, where, true);
      if (typeof entry.version === "string") c.spec(entry.version, where);
      if (entry.dependencies !== void 0) stack.push({ deps: entry.dependencies, prefix: `${where} > ` });
    }
  }
}
var LIFECYCLE_SCRIPTS = /* @__PURE__ */ new Set([
  "preinstall",
  "install",
  "postinstall",
  "prepare",
  "preprepare",
  "postprepare",
  "prepack",
  "pack",
  "postpack",
  "prepublish",
  "prepublishonly",
  "publish",
  "postpublish",
  "preuninstall",
  "uninstall",
  "postuninstall",
  "preversion",
  "version",
  "postversion",
  "dependencies",
  "predependencies",
  "postdependencies",
  "preshrinkwrap",
  "shrinkwrap",
  "postshrinkwrap"
]);
var DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
var SCRIPT_CALL = /(?:^|[\s;&|()`'"])(?:npm|pnpm|yarn|bun)(?:\s+--?[\w-]+(?:=\S+)?)*\s+(?:run(?:-script)?\s+(?:--?[\w-]+(?:=\S+)?\s+)*)?([\w:.@/-]+)/g;
var SCRIPT_LIST_CALL = /(?:^|[\s;&|()`'"])(?:npm-run-all|run-s|run-p)\s+([^;&|]+)/g;
function npmAutoScripts(scripts) {
  return scriptsRunAutomatically(
    scripts,
    (name) => LIFECYCLE_SCRIPTS.has(name.toLowerCase()),
    (value) => {
      if (typeof value !== "string") return [];
      const names = [];
      for (const m of value.matchAll(SCRIPT_CALL)) names.push(m[1]);
      for (const m of value.matchAll(SCRIPT_LIST_CALL)) for (const arg of m[1].split(/\s+/)) if (arg && !arg.startsWith("-")) names.push(arg);
      return names.flatMap((n) => [n, `pre${n}`, `post${n}`]);
    }
  );
}
var CODE_RUNNING_KEYS = Object.freeze({
  husky: "husky (v4) runs these commands as git hooks",
  "simple-git-hooks": "simple-git-hooks installs these commands as git hooks",
  "lint-staged": "lint-staged runs these commands on every commit",
  "pre-commit": "the pre-commit package runs these scripts as a git hook",
  precommit: "the pre-commit package runs these scripts as a git hook",
  "pre-push": "the pre-push package runs these scripts as a git hook",
  prepush: "the pre-push package runs these scripts as a git hook",
  gitHooks: "yorkie runs these commands as git hooks",
  ghooks: "ghooks runs these commands as git hooks",
  "git-hooks": "these commands run as git hooks",
  mocha: "mocha loads the modules it names (require, reporter, ui) before any test",
  ava: "ava loads the modules it names (require, extensions) before any test",
  nyc: "nyc loads the modules it names (require) into every test process",
  c8: "c8 configuration applies to every test process",
  babel: "babel loads these plugins and presets (code) on every build and test",
  eslintConfig: "eslint loads these plugins and parsers (code)",
  prettier: "prettier loads these plugins (code)",
  stylelint: "stylelint loads these plugins (code)",
  xo: "xo loads these plugins (code)",
  trustedDependencies: "bun runs the install scripts of these dependencies"
});
var PNPM_SCRIPT_KEYS = ["onlyBuiltDependencies", "onlyBuiltDependenciesFile", "neverBuiltDependencies", "ignoredBuiltDependencies", "packageExtensions", "patchedDependencies"];
function stringEntries(v, prefix, out) {
  if (typeof v === "string") out.set(prefix, v);
  else if (isObj(v)) for (const k of Object.keys(v)) stringEntries(v[k], prefix ? `${prefix}.${k}` : k, out);
  return out;
}
var GITHUB_SHORTHAND = /^[^@\s/.:][^\s/:]*\/[^\s/:]+(#.*)?$/;
function dependencySourceText(spec) {
  const s = spec.trim();
  if (/^npm:/i.test(s)) return "an npm alias that installs a differently named package";
  const c = classifySource(s);
  if (c) {
    if (c.kind === "registry") return null;
    if (c.kind === "https") return "a tarball URL";
    if (c.kind === "local") return "a link to a local directory";
    return SOURCE_TEXT[c.kind];
  }
  if (GITHUB_SHORTHAND.test(s)) return "a GitHub repository (user/repo shorthand)";
  if (/^(\.{1,2}\/|\/|~\/)/.test(s)) return "a local path";
  return null;
}
function reviewPackageJson(file, baseText, headText, allow) {
  const out = [];
  if (headText === null) return out;
  const head = parseJsonObject(headText);
  if (typeof head === "string") {
    return [npm.finding("package_json_unparseable", "high", `${file} could not be parsed (${quoteValue(head)}), so its scripts and dependencies were not reviewed.`)];
  }
  const parsedBase = baseText === null ? {} : parseJsonObject(baseText);
  const base = typeof parsedBase === "string" ? {} : parsedBase;
  const add = (code, message) => out.push(npm.finding(code, "high", message));
  const scripts = isObj(head.scripts) ? head.scripts : {};
  const baseScripts = isObj(base.scripts) ? base.scripts : {};
  for (const { name, root: lifecycle, value, verb } of newOrChangedScripts(npmAutoScripts(scripts), scripts, baseScripts)) {
    const script = `scripts.${quoteValue(name).slice(1, -1)} = ${quoteValue(value)}`;
    add(
      "package_lifecycle_script",
      name === lifecycle ? `${file} ${verb} the lifecycle script ${script}; npm runs it automatically (install-time code execution, as in the Nx and Cline payloads).` : `${file} ${verb} ${script}, which the lifecycle script ${quoteValue(lifecycle)} runs; so it runs automatically on install too.`
    );
  }
  if (head.bin !== void 0 && stableJson(head.bin) !== stableJson(base.bin)) {
    const headBins = typeof head.bin === "string" ? /* @__PURE__ */ new Map([["bin", head.bin]]) : stringEntries(head.bin, "bin", /* @__PURE__ */ new Map());
    const baseBins = typeof base.bin === "string" ? /* @__PURE__ */ new Map([["bin", base.bin]]) : stringEntries(base.bin, "bin", /* @__PURE__ */ new Map());
    for (const [key, value] of headBins) {
      if (baseBins.get(key) === value) continue;
      add("package_bin", `${file} ${baseBins.has(key) ? "changes" : "adds"} the executable ${quoteValue(key)} = ${quoteValue(value)}; it is linked onto PATH for scripts and dependants.`);
    }
    if (headBins.size === 0) add("package_bin", `${file} sets bin = ${quoteValue(head.bin)}.`);
  }
  const specs = (doc) => {
    const m = /* @__PURE__ */ new Map();
    for (const field of DEPENDENCY_FIELDS) {
      const deps = doc[field];
      if (isObj(deps)) {
        for (const name of Object.keys(deps)) if (typeof deps[name] === "string") m.set(`${field}.${name}`, deps[name]);
      }
    }
    stringEntries(doc.overrides, "overrides", m);
    stringEntries(doc.resolutions, "resolutions", m);
    if (isObj(doc.pnpm)) stringEntries(doc.pnpm.overrides, "pnpm.overrides", m);
    return m;
  };
  const baseSpecs = specs(base);
  for (const [key, value] of specs(head)) {
    if (baseSpecs.get(key) === value) continue;
    const what = dependencySourceText(value);
    if (what === null) continue;
    const host = classifySource(value)?.host ?? (GITHUB_SHORTHAND.test(value.trim()) ? "github.com" : void 0);
    const outside = host !== void 0 && !hostAllowed(allow, host);
    out.push(
      npm.finding(
        "package_dependency_source",
        outside ? "deny" : "high",
        `${file} sets ${quoteValue(key)} = ${quoteValue(redactUrl(value))}: ${what}, not a version from the registry${hostNote(value, allow) || (outside ? ` (host ${quoteValue(host)} is not in the network allow list)` : "")}.`
      )
    );
  }
  if (head.packageManager !== void 0 && stableJson(head.packageManager) !== stableJson(base.packageManager)) {
    add("package_manager_changed", `${file} sets packageManager = ${quoteValue(head.packageManager)}; corepack downloads and runs that package manager${typeof head.packageManager === "string" ? hostNote(head.packageManager.replace(/^[^@]+@/, ""), allow) : ""}.`);
  }
  for (const key of Object.keys(head)) {
    if (!Object.hasOwn(CODE_RUNNING_KEYS, key)) continue;
    if (stableJson(head[key]) === stableJson(base[key])) continue;
    add("package_tool_config", `${file} ${Object.hasOwn(base, key) ? "changes" : "sets"} ${quoteValue(key)} = ${quoteValue(head[key])}; ${CODE_RUNNING_KEYS[key]} (the package.json form of a protected configuration file).`);
  }
  const pnpmHead = isObj(head.pnpm) ? head.pnpm : {};
  const pnpmBase = isObj(base.pnpm) ? base.pnpm : {};
  for (const key of PNPM_SCRIPT_KEYS) {
    if (!Object.hasOwn(pnpmHead, key) || stableJson(pnpmHead[key]) === stableJson(pnpmBase[key])) continue;
    add("package_tool_config", `${file} ${Object.hasOwn(pnpmBase, key) ? "changes" : "sets"} pnpm.${key} = ${quoteValue(pnpmHead[key])}; it decides which dependencies run install scripts or how they are patched.`);
  }
  const jestHeadAll = isObj(head.jest) ? head.jest : {};
  const jestBaseAll = isObj(base.jest) ? base.jest : {};
  for (const key of Object.keys(jestHeadAll)) {
    if (!TEST_RUNNER_KEYS.test(key)) continue;
    if (stableJson(jestHeadAll[key]) === stableJson(jestBaseAll[key])) continue;
    out.push(testRunners.finding("test_runner_setup", "high", `${file} sets jest.${quoteValue(key).slice(1, -1)} = ${quoteValue(jestHeadAll[key])}; the test runner loads that code.`));
  }
  return out;
}
function npmrcClassifier(allow) {
  return (key, value, before) => {
    const k = key.toLowerCase().replace(/(?<=[a-z])_(?=[a-z])/g, "-");
    const last = k.slice(k.lastIndexOf(":") + 1);
    if (value === void 0) {
      if (last === "ignore-scripts" && before?.trim().toLowerCase() === "true") {
        return { code: "npmrc_ignore_scripts", why: "install scripts of every dependency run again" };
      }
      return null;
    }
    if (/(^|:)_?(authtoken|auth|password|_password)$/.test(k) || /:_/.test(k) || last === "username" || last === "certfile" || last === "keyfile" || last === "email") {
      return { code: "npmrc_auth", why: "registry credentials decide where installs authenticate (a token sent to an attacker host leaks)", redact: /auth|password/.test(last) };
    }
    if (last === "registry") return { code: "npmrc_registry", why: `every install now resolves packages there (dependency confusion)${hostNote(value, allow)}` };
    if (k === "node-options") return { code: "npmrc_node_options", why: "Node runs with these options in every npm script (--require runs code before every npm run and npm test)" };
    if (k === "script-shell" || k === "shell") return { code: "npmrc_script_shell", why: "npm runs every script through this program" };
    if (k === "ignore-scripts") {
      if (value.trim().toLowerCase() === "true") return null;
      return { code: "npmrc_ignore_scripts", why: "install scripts of every dependency run" };
    }
    if (["git", "node-gyp", "editor", "browser", "viewer", "onload-script", "init-module", "prefix", "globalconfig", "userconfig", "npm-path"].includes(k)) {
      return { code: "npmrc_executable", why: "npm runs or loads this file" };
    }
    if (["strict-ssl", "ca", "cafile", "cert", "key", "https-proxy", "proxy", "noproxy", "replace-registry-host"].includes(last)) {
      if (last === "strict-ssl" && value.trim().toLowerCase() === "true") return null;
      return { code: "npmrc_tls", why: "changes how registry connections are made or verified" };
    }
    return { code: "npmrc_setting", why: "npm configuration applies to every install and script" };
  };
}
var INI2 = { continuation: false, lowerKeys: false };
var NPM_REVIEWERS = [
  lockfileReviewer("npm-lock", byName("package-lock.json", "npm-shrinkwrap.json"), scanNpmLock),
  { kind: "package-json", matches: byName("package.json"), review: (base, head, { file, allow }) => reviewPackageJson(file, base, head, allow) },
  { kind: "npmrc", matches: byName(".npmrc"), review: (base, head, { file, allow }) => reviewSettings(npm, file, parseIni(base ?? "", INI2), parseIni(head ?? "", INI2), npmrcClassifier(allow)) }
];

// src/core/rules/dependencies/pnpm.ts
var PNPM_PAIR = /('[^']*'|"[^"]*"|[\w@./-]+)\s*:\s*('[^']*'|"[^"]*"|[^,}\s]+)/g;
var PNPM_GIT_HOST_PATH = /^(github\.com|gitlab\.com|bitbucket\.org|codeload\.github\.com)\//i;
var PNPM_SKIP_KEYS = /* @__PURE__ */ new Set(["deprecated", "integrity", "checksum", "homepage", "funding"]);
function pnpmPair(c, key, raw, where) {
  const value = unquote(raw);
  if (value === "" || PNPM_SKIP_KEYS.has(key)) return;
  if (key === "tarball" || key === "repo") c.resolved(value, where);
  else if (PNPM_GIT_HOST_PATH.test(value)) c.record({ kind: "git", host: value.slice(0, value.indexOf("/")).toLowerCase(), spec: value }, where);
  else c.spec(value, where);
}
function scanPnpmLock(text, c) {
  forEachLine(text, (line, n) => {
    const colon = line.indexOf(":");
    if (colon < 0) return;
    const t = line.trim();
    if (t.startsWith("#")) return;
    const where = `line ${n}`;
    if (t.endsWith(":")) {
      const key2 = unquote(t.slice(0, -1));
      if (PNPM_GIT_HOST_PATH.test(key2)) c.record({ kind: "git", host: key2.slice(0, key2.indexOf("/")).toLowerCase(), spec: key2 }, where);
      else {
        const source = afterPackageName(key2.startsWith("/") ? key2.slice(1) : key2);
        if (source !== null) c.spec(source, where);
      }
      return;
    }
    const m = /^(-\s+)?('[^']*'|"[^"]*"|[^\s:'"][^:]*?):\s+(.*)$/.exec(t);
    if (!m) return;
    const key = unquote(m[2]);
    const rest = m[3].trim();
    if (rest.startsWith("{")) {
      for (const p of rest.matchAll(PNPM_PAIR)) pnpmPair(c, unquote(p[1]), p[2], where);
    } else pnpmPair(c, key, rest, where);
  });
}
var PNPM_REVIEWERS = [lockfileReviewer("pnpm-lock", byName("pnpm-lock.yaml"), scanPnpmLock)];

// src/core/formats/requirements.ts
function normalise(line) {
  return line.trim().replace(/\s+/g, " ").replace(/^-([iferc])(?=[^\s=-])/, "-$1 ");
}
function requirementLines(text) {
  if (text === null) return [];
  const out = [];
  let acc = "";
  for (const raw of stripBom(text).split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, "");
    if (line.endsWith("\\")) {
      acc += line.slice(0, -1);
      continue;
    }
    const full = normalise(acc + line);
    acc = "";
    if (full !== "") out.push(full);
  }
  if (acc.trim() !== "") out.push(normalise(acc));
  return out;
}

// src/core/rules/dependencies/python.ts
var python = defineRule({
  id: "dependencies/python",
  codes: [
    "python_index",
    "python_trusted_host",
    "python_vcs_source",
    "python_direct_source",
    "python_unreviewed_include",
    "python_setting",
    "python_build_backend",
    "uv_toml_unparseable",
    "pyproject_unparseable"
  ],
  summary: "New package indexes, trusted hosts, VCS and direct-URL requirements, unreviewed requirement includes, build backends and installer settings in requirements files, pip.conf, uv.toml and pyproject.toml are high.",
  fix: "Have the change approved; install from the allowed index by version."
});
function isRequirementsPath(lowerPath, base) {
  return /requirements.*\.(txt|in)$|^constraints.*\.txt$/.test(base) || /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(lowerPath);
}
function scanUvLock(text, c) {
  const parsed2 = tomlLocked(text, c);
  if (parsed2 === null) return;
  const { doc, at } = parsed2;
  tomlPackages(doc, c, true);
  walkToml(doc, (t, key, value) => {
    const where = at(t, key, key);
    if (key === "registry" || key === "url" || key === "index") urlOrPath(c, value, where);
    else if (key === "git") vcsSource(c, value, where);
    else if (key === "path" || key === "directory") localPath(c, value, where);
    else if (key === "editable" || key === "virtual") localPath(c, value, where);
  });
}
function scanPoetryLock(text, c) {
  const parsed2 = tomlLocked(text, c);
  if (parsed2 === null) return;
  const { doc, at } = parsed2;
  for (const pkg of tomlPackages(doc, c, true)) {
    const src = pkg.source;
    const name = typeof pkg.name === "string" ? pkg.name : "package";
    if (src !== void 0) {
      if (!isTable(src) || typeof src.url !== "string") {
        c.source({ kind: "unknown", spec: JSON.stringify(src) }, at(pkg, "source", name));
      } else {
        const type = typeof src.type === "string" ? src.type.toLowerCase() : "";
        const where = at(src, "url", name);
        if (type === "git") vcsSource(c, src.url, where);
        else if (type === "file" || type === "directory") localPath(c, src.url, where);
        else if (type === "legacy" || type === "url" || type === "pypi" || type === "") c.resolved(src.url, where);
        else c.source({ kind: "unknown", spec: `${type} ${src.url}` }, where);
      }
    }
  }
  walkToml(
    doc,
    (t, key, value) => {
      const where = at(t, key, key);
      if (key === "url") urlOrPath(c, value, where);
      else if (key === "git") vcsSource(c, value, where);
      else if (key === "path" || key === "directory") localPath(c, value, where);
    },
    (t, key) => key === "source" && isTable(t.source) && Object.hasOwn(t, "name")
  );
}
function scanPipfileLock(text, c) {
  const doc = parseJsonDoc(text, c);
  if (doc === null) return;
  const meta = doc._meta;
  if (!isObj(meta)) {
    c.error = '"_meta" is missing or not an object';
    return;
  }
  if (meta.sources !== void 0) {
    if (!Array.isArray(meta.sources)) c.error = '"_meta.sources" is not an array';
    else
      meta.sources.forEach((s, i) => {
        const where = `_meta.sources[${i}]`;
        if (!isObj(s) || typeof s.url !== "string") c.source({ kind: "unknown", spec: stableJson(s) }, where);
        else c.resolved(s.url, where);
      });
  }
  for (const category of Object.keys(doc)) {
    if (category === "_meta") continue;
    const pkgs = doc[category];
    if (!isObj(pkgs)) continue;
    for (const name of Object.keys(pkgs)) {
      const p = pkgs[name];
      if (!isObj(p)) continue;
      const where = `${category}.${name}`;
      for (const vcs of ["git", "hg", "svn", "bzr"]) if (typeof p[vcs] === "string") vcsSource(c, p[vcs], where);
      if (typeof p.file === "string") urlOrPath(c, p.file, where);
      if (typeof p.path === "string") localPath(c, p.path, where);
    }
  }
}
function pythonClassifier(allow) {
  return (key, value, before) => {
    const k = key.toLowerCase().replace(/_/g, "-");
    if (value === void 0) {
      if (/require-hashes/.test(k) && before !== void 0) return { code: "python_setting", why: "hash checking of downloaded packages is no longer required" };
      return null;
    }
    if (/\[\d+\]\.(url|index-url|find-links)$/.test(k) || /(^|\.)(index-url|extra-index-url|index|find-links|python-install-mirror|pypy-install-mirror)$/.test(k)) {
      return { code: "python_index", why: `packages now resolve from there (dependency confusion)${firstUrlNote(value, allow)}` };
    }
    if (/trusted-host|allow-insecure-host/.test(k)) return { code: "python_trusted_host", why: "TLS verification is switched off for that host" };
    return { code: "python_setting", why: "installer configuration applies to every install" };
  };
}
function reviewRequirements(file, baseText, headText, allow) {
  const before = new Set(requirementLines(baseText));
  const headLines = requirementLines(headText);
  const out = [];
  const add = (code, key, value, why) => out.push(python.finding(code, "high", `${file} adds ${quoteValue(key)} ${quoteValue(value)}: ${why}.`));
  for (const line of headLines) {
    if (before.has(line)) continue;
    const opt = /^(-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|-e|--editable|-r|--requirement|-c|--constraint|--[\w-]+)(?:\s*=\s*|\s+|$)(.*)$/.exec(line);
    if (opt) {
      const name = opt[1];
      const value = opt[2] ?? "";
      if (/^(-i|--index-url|--extra-index-url|-f|--find-links)$/.test(name)) {
        add("python_index", name, value, `pip now resolves packages from there (dependency confusion)${firstUrlNote(value, allow)}`);
      } else if (name === "--trusted-host") add("python_trusted_host", name, value, "pip switches off TLS verification for that host");
      else if (name === "-e" || name === "--editable") {
        if (/^(git|hg|svn|bzr)\+/i.test(value)) add("python_vcs_source", name, value, `an editable install from version control runs its build code${firstUrlNote(value, allow)}`);
        else if (/:\/\//.test(value)) add("python_direct_source", name, value, `an editable install from a URL${firstUrlNote(value, allow)}`);
      } else if (/^(-r|--requirement|-c|--constraint)$/.test(name)) {
        if (/:\/\//.test(value)) add("python_direct_source", name, value, `includes requirements from a URL${firstUrlNote(value, allow)}`);
        else if (!isRequirementsPath(value.toLowerCase(), value.toLowerCase().slice(value.lastIndexOf("/") + 1))) {
          add("python_unreviewed_include", name, value, "pip applies every option and source in that file, whose name is not one this review reads (requirements*.txt, requirements/*.txt, constraints*.txt), so its index URLs and sources are not checked");
        }
      } else if (!/^--(hash|pre|prefer-binary|only-binary|require-hashes)$/.test(name)) {
        add("python_setting", name, value, "changes how pip installs every requirement");
      }
      continue;
    }
    const vcs = /(^|\s|@\s*)((git|hg|svn|bzr)\+[^\s;]+)/i.exec(line);
    if (vcs) {
      add("python_vcs_source", "requirement", line, `installs from version control, not the index, and runs its build code${firstUrlNote(vcs[2], allow)}`);
      continue;
    }
    const url = /(^|@\s*)((https?|file|ftp):\/\/[^\s;]+|file:[^\s;]+)/i.exec(line);
    if (url) add("python_direct_source", "requirement", line, `installs from a direct URL, not the index${firstUrlNote(url[2], allow)}`);
  }
  if (before.has("--require-hashes") && !headLines.includes("--require-hashes")) {
    out.push(python.finding("python_setting", "high", `${file} removes "--require-hashes": downloaded packages are no longer hash-checked.`));
  }
  return out;
}
function pyprojectClassifier(allow) {
  const py = pythonClassifier(allow);
  return (key, value, before) => {
    const k = key.toLowerCase();
    if (k.startsWith("build-system.") || /^tool\.hatch\..*hooks/.test(k) || /^tool\.setuptools\.cmdclass/.test(k)) {
      if (value === void 0) return null;
      return { code: "python_build_backend", why: "the build backend and its requirements run when the project is built or installed" };
    }
    if (/^tool\.(poetry|pdm)\.source\[\d+\]\./.test(k) || /^tool\.uv\.index\[\d+\]\./.test(k)) {
      if (value === void 0) return null;
      if (/\.url$/.test(k)) return { code: "python_index", why: `packages now resolve from there (dependency confusion)${firstUrlNote(value, allow)}` };
      return { code: "python_setting", why: "changes a package index definition (its name, priority or scope)" };
    }
    if (k.startsWith("tool.uv.sources.") || /^tool\.poetry\.(group\.[^.]+\.)?(dev-)?dependencies\./.test(k) || /^tool\.pdm\.dev-dependencies/.test(k)) {
      if (value === void 0) return null;
      if (/git/.test(k) || /\bgit\s*=|git\+|\.git\b/.test(value)) return { code: "python_vcs_source", why: `installs from version control, not the index${firstUrlNote(value, allow)}` };
      if (/(^|\.)url$|:\/\//.test(k + value)) return { code: "python_direct_source", why: `installs from a direct URL, not the index${firstUrlNote(value, allow)}` };
      if (/(^|\.)path$|\bpath\s*=/.test(k + value)) return { code: "python_direct_source", why: "installs from a local path" };
      return null;
    }
    if (k.startsWith("tool.uv.")) {
      if (!/index|find-links|mirror|insecure|trusted|require-hashes/.test(k)) return null;
      return py(key.slice("tool.uv.".length), value, before);
    }
    if (/^(project\.(dependencies|optional-dependencies)|dependency-groups)/.test(k) && value !== void 0) {
      const refs = (v) => new Set((v ?? "").match(/(git|hg|svn|bzr)\+[^\s"',\]]+|(https?|file):\/\/[^\s"',\]]+/gi) ?? []);
      const beforeRefs = refs(before);
      const added = [...refs(value)].filter((r) => !beforeRefs.has(r));
      if (added.length === 0) return null;
      if (added.some((r) => /^(git|hg|svn|bzr)\+/i.test(r))) return { code: "python_vcs_source", why: `a dependency now installs from version control${firstUrlNote(added.join(" "), allow)}` };
      return { code: "python_direct_source", why: `a dependency now installs from a direct URL${firstUrlNote(added.join(" "), allow)}` };
    }
    return null;
  };
}
var PIP_INI = { continuation: true, lowerKeys: true };
var PYTHON_REVIEWERS = [
  { kind: "requirements", matches: isRequirementsPath, review: (base, head, { file, allow }) => reviewRequirements(file, base, head, allow) },
  { kind: "pip-conf", matches: byName("pip.conf", "pip.ini"), review: (base, head, { file, allow }) => reviewSettings(python, file, parseIni(base ?? "", PIP_INI), parseIni(head ?? "", PIP_INI), pythonClassifier(allow)) },
  { kind: "uv-toml", matches: byName("uv.toml"), review: (base, head, { file, allow }) => reviewTomlSettings(python, "uv_toml_unparseable", file, base, head, pythonClassifier(allow)) },
  { kind: "pyproject", matches: byName("pyproject.toml"), review: (base, head, { file, allow }) => reviewTomlSettings(python, "pyproject_unparseable", file, base, head, pyprojectClassifier(allow)) },
  lockfileReviewer("uv-lock", byName("uv.lock"), scanUvLock),
  lockfileReviewer("poetry-lock", byName("poetry.lock"), scanPoetryLock),
  lockfileReviewer("pipfile-lock", byName("pipfile.lock"), scanPipfileLock)
];

// src/core/rules/dependencies/ruby.ts
var GEMFILE_SECTIONS = /* @__PURE__ */ new Set(["GIT", "GEM", "PATH", "PLUGIN SOURCE", "PLATFORMS", "DEPENDENCIES", "RUBY VERSION", "BUNDLED WITH", "CHECKSUMS"]);
function scanGemfileLock(text, c) {
  let section = "";
  forEachLine(text, (line, n) => {
    if (c.error !== void 0 || line.trim() === "") return;
    if (/^(<{7}|={7}|>{7})/.test(line)) {
      c.error = `merge-conflict marker at line ${n}`;
      return;
    }
    if (!/^\s/.test(line)) {
      section = line.trim();
      return;
    }
    const m = /^ {2}remote: (.*)$/.exec(line);
    if (!m) {
      if (/^\s*remote\s*:/.test(line)) c.error = `a "remote:" line at line ${n} is not indented by two spaces as Bundler reads it`;
      return;
    }
    const value = m[1].trim();
    const where = `line ${n}`;
    if (section === "GEM" || section === "PLUGIN SOURCE") urlOrPath(c, value, where);
    else if (section === "GIT") vcsSource(c, value, where);
    else if (section === "PATH") localPath(c, value, where);
    else c.error = `a "remote:" at line ${n} in ${GEMFILE_SECTIONS.has(section) ? "the" : "an unknown"} section ${JSON.stringify(section)}`;
  });
}
var RUBY_REVIEWERS = [lockfileReviewer("gemfile-lock", byName("gemfile.lock", "gems.locked"), scanGemfileLock)];

// src/core/rules/dependencies/wrappers.ts
var wrappers = defineRule({
  id: "dependencies/wrappers",
  codes: ["wrapper_distribution_url", "wrapper_setting"],
  summary: "A new or changed wrapper distribution URL (the build tool the wrapper downloads and runs) or checksum setting is high.",
  fix: "Have the change approved; take the distribution from the official host with its checksum."
});
function wrapperClassifier(allow) {
  return (key, value) => {
    if (/^(distributionurl|wrapperurl)$/i.test(key)) {
      if (value === void 0) return { code: "wrapper_setting", why: "the wrapper no longer names its distribution" };
      return { code: "wrapper_distribution_url", why: `the wrapper downloads and runs the build tool from there (toolchain hijack)${hostNote(value, allow)}` };
    }
    return { code: "wrapper_setting", why: value === void 0 ? "a wrapper setting (such as the distribution checksum) was removed" : "changes how the wrapper downloads or verifies the build tool" };
  };
}
var WRAPPER_REVIEWERS = [
  {
    kind: "wrapper-properties",
    matches: byName("gradle-wrapper.properties", "maven-wrapper.properties"),
    review: (base, head, { file, allow }) => reviewSettings(wrappers, file, parseProperties(base ?? ""), parseProperties(head ?? ""), wrapperClassifier(allow))
  }
];

// src/core/rules/dependencies/yarn.ts
var yarn = defineRule({
  id: "dependencies/yarn",
  codes: ["yarnrc_yarn_path", "yarnrc_registry", "yarnrc_plugins", "yarnrc_auth", "yarnrc_setting", "yarnrc_unparseable"],
  summary: "New or changed .yarnrc.yml / .yarnrc settings are high: yarnPath and plugins run code on every command, registries redirect every install, credentials are redacted.",
  fix: "Have the change approved; keep registries and yarn binaries out of an agent change."
});
function scanYarnLock(text, c) {
  let pending = [];
  const flush = () => {
    for (const p of pending) c.spec(p.value, p.where, false);
    pending = [];
  };
  forEachLine(text, (line, n) => {
    if (line.length === 0 || line.startsWith("#")) return;
    const first = line.charCodeAt(0);
    if (first !== 32 && first !== 9) {
      flush();
      if (!line.endsWith(":") || line.startsWith("__metadata")) return;
      for (const part of line.slice(0, -1).split(",")) {
        const source = afterPackageName(unquote(part));
        if (source !== null) pending.push({ value: source, where: `line ${n}` });
      }
      return;
    }
    let t = line.trim();
    const quotedKey = /^(["'])([^"']*)\1(?=[:\s]|$)/.exec(t);
    if (quotedKey) t = quotedKey[2] + t.slice(quotedKey[0].length);
    if (t.startsWith("resolved")) {
      pending = [];
      const m = /^resolved:?\s+(.+)$/.exec(t);
      if (m) c.resolved(unquote(m[1]), `line ${n}`);
    } else if (t.startsWith("resolution:")) {
      pending = [];
      const entry = unquote(t.slice("resolution:".length));
      const source = afterPackageName(entry);
      if (source === null) c.source({ kind: "unknown", spec: entry }, `line ${n}`);
      else {
        const k = classifySource(source);
        if (k === null) c.source({ kind: "unknown", spec: entry }, `line ${n}`);
        else c.record(k, `line ${n}`);
      }
    }
  });
  flush();
}
function flattenYarnrc(value) {
  const out = /* @__PURE__ */ new Map();
  if (!isObj(value)) return out;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (key === "npmScopes" && isObj(v)) {
      for (const scope of Object.keys(v)) {
        const s = v[scope];
        if (isObj(s)) for (const k of Object.keys(s)) out.set(`npmScopes.${scope}.${k}`, typeof s[k] === "string" ? s[k] : stableJson(s[k]));
        else out.set(`npmScopes.${scope}`, stableJson(s));
      }
    } else out.set(key, typeof v === "string" ? v : stableJson(v));
  }
  return out;
}
function yarnrcClassifier(allow) {
  return (key, value, before) => {
    const last = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
    if (value === void 0) {
      if (last === "enablescripts" && before?.trim() === "false") return { code: "yarnrc_setting", why: "install scripts of dependencies run again" };
      return null;
    }
    if (last === "yarnpath" || last === "yarn-path") return { code: "yarnrc_yarn_path", why: "yarn executes that JavaScript file for every command" };
    if (last === "npmregistryserver" || last === "npmpublishregistry" || last === "registry") {
      return { code: "yarnrc_registry", why: `packages now resolve from there (dependency confusion)${hostNote(value, allow)}` };
    }
    if (last === "plugins") return { code: "yarnrc_plugins", why: "yarn loads and runs these plugins on every command" };
    if (/authtoken|authident|_auth|password/.test(last)) return { code: "yarnrc_auth", why: "registry credentials", redact: true };
    return { code: "yarnrc_setting", why: "yarn configuration applies to every install" };
  };
}
function reviewYarnrcYml(file, baseText, headText, allow) {
  const parse2 = (t) => {
    if (t === null || t.trim() === "") return /* @__PURE__ */ new Map();
    const r = parseWorkflowYaml(t);
    return r.ok ? flattenYarnrc(r.value) : r.reason;
  };
  const head = parse2(headText);
  if (typeof head === "string") return [yarn.finding("yarnrc_unparseable", "high", `${file} could not be parsed (${quoteValue(head)}), so its settings were not reviewed.`)];
  const base = parse2(baseText);
  return reviewSettings(yarn, file, typeof base === "string" ? /* @__PURE__ */ new Map() : base, head, yarnrcClassifier(allow));
}
var YARN_REVIEWERS = [
  lockfileReviewer("yarn-lock", byName("yarn.lock"), scanYarnLock),
  { kind: "yarnrc-yml", matches: byName(".yarnrc.yml", ".yarnrc.yaml"), review: (base, head, { file, allow }) => reviewYarnrcYml(file, base, head, allow) },
  { kind: "yarnrc", matches: byName(".yarnrc"), review: (base, head, { file, allow }) => reviewSettings(yarn, file, parseYarnrcClassic(base ?? ""), parseYarnrcClassic(head ?? ""), yarnrcClassifier(allow)) }
];

// src/core/rules/dependencies/index.ts
var DEPENDENCY_REVIEWERS = Object.freeze([
  ...NPM_REVIEWERS,
  ...YARN_REVIEWERS,
  ...PNPM_REVIEWERS,
  ...BUN_REVIEWERS,
  ...PYTHON_REVIEWERS,
  ...CARGO_REVIEWERS,
  ...GO_REVIEWERS,
  ...RUBY_REVIEWERS,
  ...COMPOSER_REVIEWERS,
  ...WRAPPER_REVIEWERS,
  ...DEPENDABOT_REVIEWERS,
  TEST_RUNNER_REVIEWER
]);
var DEPENDENCY_RULES = Object.freeze({
  id: "dependencies",
  title: "Dependencies",
  doc: "Runs on every changed lockfile, dependency manifest and package-manager, registry or toolchain configuration file (matched case-insensitively), comparing the head text with the base text at the same path. Lockfiles are parsed for every source they resolve from; configuration files are read as settings.",
  rules: [sourceHosts, lockfileSources, lockfileReadable, linkedContent, npm, yarn, bun, python, cargo, go, composer, wrappers, dependabot, testRunners]
});
function reviewerFor(path) {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf("/") + 1);
  return DEPENDENCY_REVIEWERS.find((r) => r.matches(lower, base));
}
function isDependencyFile(path) {
  return reviewerFor(path) !== void 0;
}
function reviewDependencyChange(path, baseText, headText, allow, opts = {}) {
  const reviewer = reviewerFor(path);
  if (reviewer === void 0) return [];
  const ctx = { path, file: quoteValue(path), allow };
  if (headText === null && opts.headUnreadable === true) return finish(ctx.file, reviewer.unreadable?.(ctx) ?? []);
  if (baseText === headText) return [];
  return finish(ctx.file, reviewer.review(baseText, headText, ctx));
}
var CAP_PER_CODE = 20;
function finish(file, findings) {
  const ordered = [...findings.filter((f) => f.severity === "deny"), ...findings.filter((f) => f.severity !== "deny")];
  const counts = /* @__PURE__ */ new Map();
  const out = [];
  const dropped = /* @__PURE__ */ new Map();
  for (const f of ordered) {
    const n = (counts.get(f.code) ?? 0) + 1;
    counts.set(f.code, n);
    if (n <= CAP_PER_CODE) out.push(f);
    else {
      const d = dropped.get(f.code) ?? { ...f, n: 0 };
      d.n++;
      if (f.severity === "deny") d.severity = "deny";
      dropped.set(f.code, d);
    }
  }
  for (const [code, d] of dropped) out.push({ rule: d.rule, code, severity: d.severity, message: `${file}: ${d.n} more ${code} findings not listed.` });
  return out;
}

// src/core/workflow-review.ts
function workflowFileKind(path) {
  const kind = reviewedFileKind(path);
  return kind === "dependabot" ? null : kind;
}
function isWorkflowFile(path) {
  return workflowFileKind(path) !== null;
}
function reviewsWorkflowFile(path) {
  return reviewedFileKind(path) !== null;
}

// src/adapters/content-review.ts
var MAX_REVIEW_BYTES = 64 * 1024 * 1024;
async function readText(read, commit, path, oid, findings) {
  try {
    const bytes = await read(commit, path, oid);
    if (bytes === null) return null;
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      findings.push({ code: "content_not_utf8", severity: "high", message: "file is not UTF-8 text, so its content cannot be reviewed" });
      return null;
    }
  } catch (err) {
    if (err instanceof GitError && (err.code === "NOT_A_FILE" || err.code === "TOO_LARGE")) {
      findings.push({ code: "content_unreviewable", severity: "high", message: `content cannot be reviewed (${err.code})` });
      return null;
    }
    throw err;
  }
}
var readable = (kind) => kind !== "symlink" && kind !== "gitlink";
async function dependencyFindings(repo, changes, e, allowedHosts2, read) {
  const findings = [];
  const file = quoteValue(e.path);
  const samePathBase = e.status === "added" || e.status === "copied" || e.status === "renamed" || !readable(e.oldKind) ? null : await readText(read, changes.mergeBase, e.path, e.oldBlob, findings);
  let headText = null;
  let headUnreadable = false;
  if (e.status !== "deleted" && e.newKind === "symlink") {
    const target = e.symlinkTarget === void 0 ? null : resolveSymlinkTarget(e.path, e.symlinkTarget);
    if (target === null) {
      const what = e.symlinkTarget === void 0 ? "its target was not established" : `its target ${quoteValue(e.symlinkTarget)} is outside the repository`;
      return [linkedContent.finding("dependency_link_not_followed", "deny", `${file} is a symlink and ${what}, so what its tool reads cannot be reviewed.`)];
    }
    try {
      headText = await readText(gitRead(repo), changes.head, target, "", findings);
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
    }
    if (headText === null) {
      return [linkedContent.finding("dependency_link_not_followed", "deny", `${file} is a symlink to ${quoteValue(target)}, which is not a readable text file in the head commit, so what its tool reads cannot be reviewed.`)];
    }
  } else if (e.status !== "deleted" && e.newKind !== "gitlink") {
    headText = await readText(read, changes.head, e.path, e.newBlob, findings);
    headUnreadable = headText === null;
  }
  if (isDependencyFile(e.path)) findings.push(...reviewDependencyChange(e.path, samePathBase, headText, allowedHosts2, { headUnreadable }));
  if (e.status === "renamed" && e.previousPath !== void 0 && e.previousPath !== e.path && isDependencyFile(e.previousPath) && readable(e.oldKind)) {
    const oldText = await readText(read, changes.mergeBase, e.previousPath, e.oldBlob, findings);
    findings.push(...reviewDependencyChange(e.previousPath, oldText, null, allowedHosts2));
  }
  return findings;
}
var gitRead = (repo) => (commit, path) => readFileAtCommit(repo, commit, path, { maxBytes: MAX_REVIEW_BYTES });
async function contentFindings(repo, changes, allowedHosts2, read = gitRead(repo), options = {}) {
  const out = /* @__PURE__ */ new Map();
  for (const e of changes.entries) {
    if (e.invalidUtf8) continue;
    const workflow = reviewsWorkflowFile(e.path) || e.previousPath !== void 0 && reviewsWorkflowFile(e.previousPath);
    const dependency = isDependencyFile(e.path) || e.previousPath !== void 0 && isDependencyFile(e.previousPath);
    if (!workflow && !dependency) continue;
    const findings = [];
    if (workflow) {
      const basePath = e.status === "added" || e.status === "copied" ? null : e.previousPath ?? e.path;
      const baseText = basePath === null || !readable(e.oldKind) ? null : await readText(read, changes.mergeBase, basePath, e.oldBlob, findings);
      const headText = e.status === "deleted" || !readable(e.newKind) ? null : await readText(read, changes.head, e.path, e.newBlob, findings);
      const review = reviewWorkflowFile(e.path, baseText, headText, { deny: options.workflowDeny ?? [], allowedUses: options.workflowAllowedUses });
      options.workflowReviews?.set(e.path, review);
      findings.push(...review.introduced);
    }
    if (dependency) findings.push(...await dependencyFindings(repo, changes, e, allowedHosts2, read));
    if (findings.length > 0) out.set(e.path, findings);
  }
  return out;
}

// src/core/rules/workflows/render.ts
function withWorkflowReview(evaluation, reviews) {
  const out = [];
  for (const f of evaluation.files) {
    const r = reviews.get(f.path);
    if (r === void 0 || r.introduced.length === 0 && r.existing.length === 0) continue;
    const entry = { path: f.path, introduced: r.introduced, existing: r.existing.slice(0, MAX_FINDINGS_PER_FILE) };
    if (r.existing.length > MAX_FINDINGS_PER_FILE) entry.existing_omitted = r.existing.length - MAX_FINDINGS_PER_FILE;
    out.push(entry);
  }
  if (out.length > 0) evaluation.workflow_review = out;
  return evaluation;
}
function locationText(f) {
  const w = f.where;
  if (w === void 0) return "";
  const parts = [];
  if (w.job !== void 0) parts.push(`job ${JSON.stringify(w.job)}`);
  if (w.step !== void 0) parts.push(`step ${JSON.stringify(w.step)}`);
  if (w.line !== void 0) parts.push(`line ${w.line}`);
  return parts.join(" ");
}
function textLine(f) {
  const at = locationText(f);
  return `      - [${f.rule}]${f.severity === "deny" ? " DENY" : ""}${at ? ` ${at}` : ""}: ${f.message}`;
}
function mdLine(f) {
  const at = locationText(f);
  return `- \`${f.rule}\`${f.severity === "deny" ? " **deny**" : ""}${at ? ` (${md(at)})` : ""}: ${md(f.message)}`;
}
function renderWorkflowReview(evaluation, format) {
  const reviews = evaluation.workflow_review ?? [];
  if (reviews.length === 0) return "";
  const out = [];
  if (format === "text") {
    out.push("", "workflow review:");
    for (const r of reviews) {
      out.push(`  ${displayPath(r.path)}`);
      out.push(`    introduced by this change (${r.introduced.length}):`);
      for (const f of r.introduced) out.push(textLine(f));
      if (r.existing.length > 0) {
        out.push(`    already there (${r.existing.length + (r.existing_omitted ?? 0)}; not decided by this change):`);
        for (const f of r.existing) out.push(textLine(f));
        if (r.existing_omitted) out.push(`      ...and ${r.existing_omitted} more`);
      }
    }
    return out.join("\n");
  }
  out.push("", "#### Workflow review");
  for (const r of reviews) {
    out.push("", `**\`${displayPath(r.path).replace(/`/g, "'")}\`**`, "", `Introduced by this change (${r.introduced.length}):`, "");
    for (const f of r.introduced) out.push(mdLine(f));
    if (r.existing.length > 0) {
      out.push("", `<details><summary>Already there (${r.existing.length + (r.existing_omitted ?? 0)}), not decided by this change</summary>`, "");
      for (const f of r.existing) out.push(mdLine(f));
      if (r.existing_omitted) out.push(`- …and ${r.existing_omitted} more`);
      out.push("", "</details>");
    }
  }
  return out.join("\n") + "\n";
}
function workflowAnnotations(evaluation, max = 50) {
  const out = [];
  for (const r of evaluation.workflow_review ?? []) {
    for (const f of r.introduced) {
      const a = { level: f.severity === "deny" ? "error" : "warning", message: f.message, title: `agent-guard: ${f.rule}`, file: r.path };
      if (f.where?.line !== void 0) a.startLine = f.where.line;
      out.push(a);
    }
  }
  return out.slice(0, max);
}

// src/adapters/git/blobs.ts
import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

// src/core/native-binary.ts
var NATIVE_MAGIC_BYTES = 64;
var MACHO = /* @__PURE__ */ new Map([
  [4277009102, "Mach-O 32-bit"],
  [4277009103, "Mach-O 64-bit"],
  [3472551422, "Mach-O 32-bit"],
  [3489328638, "Mach-O 64-bit"]
]);
function nativeFormat(head) {
  if (head.length >= 4 && head[0] === 127 && head[1] === 69 && head[2] === 76 && head[3] === 70) {
    const bits = head[4] === 2 ? "64-bit" : head[4] === 1 ? "32-bit" : "unknown class";
    const type = head.length >= 18 ? elfType(head[5] === 2 ? head[16] << 8 | head[17] : head[16] | head[17] << 8) : "object";
    return `ELF ${bits} ${type}`;
  }
  if (head.length >= 2 && head[0] === 77 && head[1] === 90 && head.subarray(2).includes(0)) return peFormat(head);
  if (head.length < 4) return null;
  const be = (head[0] << 24 | head[1] << 16 | head[2] << 8 | head[3]) >>> 0;
  const macho = MACHO.get(be);
  if (macho !== void 0) return macho;
  if (be === 3405691582 || be === 3405691583) {
    if (head.length < 8) return "Mach-O universal (fat) binary";
    const count = (head[4] << 24 | head[5] << 16 | head[6] << 8 | head[7]) >>> 0;
    return count > 0 && count < 45 ? "Mach-O universal (fat) binary" : null;
  }
  if (be === 6386541) return "WebAssembly module";
  return null;
}
function elfType(t) {
  switch (t) {
    case 1:
      return "relocatable object";
    case 2:
      return "executable";
    case 3:
      return "shared object or PIE executable";
    case 4:
      return "core file";
    default:
      return "object";
  }
}
function peFormat(head) {
  if (head.length < 64) return "PE/DOS executable (MZ)";
  const off = head[60] | head[61] << 8 | head[62] << 16 | head[63] << 24;
  if (off >= 0 && off + 4 <= head.length && head[off] === 80 && head[off + 1] === 69 && head[off + 2] === 0 && head[off + 3] === 0) return "PE executable or DLL";
  return "PE/DOS executable (MZ)";
}

// src/adapters/git/blobs.ts
var BINARY_SNIFF_BYTES = 8e3;
var LFS_POINTER_MAX = 1024;
var LFS_PREFIXES = [Buffer.from("version https://git-lfs.github.com/spec/v1"), Buffer.from("version https://hawser.github.com/spec/v1")];
var SYMLINK_TARGET_MAX = 4096;
var DEFAULT_MAX_INSPECT_BYTES = 16 * 1024 * 1024;
var MAX_READERS = Math.max(1, Math.min(4, availableParallelism()));
var BLOBS_PER_READER = 2048;
var MIN_INSPECT_BYTES = 1024 * 1024;
var SKIP = /* @__PURE__ */ Symbol("skip");
var SPILL_POLL_MS = 10;
var DEFAULT_SPILL_FILE_MAX_BYTES = 64 * 1024 * 1024;
var SPILL_READ_BYTES = 1024 * 1024;
function openSpillFile() {
  let dir = null;
  let fd = null;
  try {
    dir = mkdtempSync(join(tmpdir(), "agent-guard-blobs-"));
    const path = join(dir, "cat-file");
    fd = openSync(path, "wx+", 384);
    unlinkSync(path);
    rmdirSync(dir);
    return fd;
  } catch {
    if (fd !== null) closeSync(fd);
    if (dir !== null) {
      try {
        unlinkSync(join(dir, "cat-file"));
      } catch {
      }
      try {
        rmdirSync(dir);
      } catch {
      }
    }
    return null;
  }
}
var BlobInspector = class {
  constructor(repo, maxInspectBytes, spillFileMaxBytes) {
    this.repo = repo;
    this.maxInspectBytes = maxInspectBytes;
    this.spillFileMaxBytes = spillFileMaxBytes;
  }
  repo;
  maxInspectBytes;
  spillFileMaxBytes;
  facts = /* @__PURE__ */ new Map();
  symlinks = /* @__PURE__ */ new Set();
  requested = /* @__PURE__ */ new Set();
  pending = [];
  dispatched = 0;
  rotation = 0;
  readers = [];
  failure = null;
  /** Ask for the head-side blob of `entry`, if it has one. Call `flush` after a batch of calls. */
  want(entry) {
    if (entry.status === "deleted") return;
    const kind = entry.newKind;
    if (kind !== "regular" && kind !== "executable" && kind !== "symlink") return;
    const oid = entry.newBlob;
    if (kind === "symlink") this.symlinks.add(oid);
    if (this.requested.has(oid)) return;
    this.requested.add(oid);
    this.pending.push(oid);
  }
  /** Send the ids asked for since the last flush to a reader. */
  flush() {
    if (this.failure !== null) throw this.failure;
    if (this.pending.length === 0) return;
    const wanted = Math.min(MAX_READERS, 1 + Math.floor(this.dispatched / BLOBS_PER_READER));
    while (this.readers.length < wanted) this.readers.push(new BlobReader(this));
    const reader = this.readers[this.rotation % this.readers.length];
    this.rotation += 1;
    this.dispatched += this.pending.length;
    reader.send(this.pending);
    this.pending = [];
  }
  abort(reason) {
    this.failure ??= asError(reason);
    for (const r of this.readers) r.abort(reason);
  }
  /** Close the inputs, wait for all readers, verify every object was answered. */
  async finish() {
    try {
      this.flush();
      for (const r of this.readers) r.end();
      for (const r of this.readers) await r.finish();
      if (this.failure !== null) throw this.failure;
      return this.facts;
    } catch (err) {
      this.abort(err);
      throw err;
    }
  }
};
var BlobReader = class {
  constructor(owner) {
    this.owner = owner;
    this.proc = this.spawn();
  }
  owner;
  queue = [];
  index = 0;
  proc;
  /** The current process's spill file; null when it writes to a pipe. */
  spill = null;
  timer = null;
  /** An error found while reading a spill file (reported by `finish`). */
  error = null;
  /** A process writing to a spill file failed: use pipes from then on. */
  spillFailed = false;
  ended = false;
  headerText = "";
  inBody = false;
  remaining = 0;
  size = 0;
  needTerminator = false;
  prefix = Buffer.alloc(BINARY_SNIFF_BYTES);
  prefixLen = 0;
  currentOid = "";
  readBuffer = null;
  spawn() {
    const fd = this.owner.spillFileMaxBytes > 0 && !this.spillFailed ? openSpillFile() : null;
    if (fd === null) {
      this.spill = null;
      const proc2 = startGit(this.owner.repo, ["cat-file", "--batch"], {
        stdin: true,
        onStdout: (chunk) => {
          if (proc2 === this.proc) this.onRead(chunk);
        }
      });
      return proc2;
    }
    this.spill = { fd, pos: 0, startIndex: this.index };
    let proc;
    try {
      proc = startGit(this.owner.repo, ["cat-file", "--batch"], { stdin: true, stdoutFd: fd, onStdout: () => void 0 });
    } catch (err) {
      closeSync(fd);
      this.spill = null;
      throw err;
    }
    if (this.timer === null) {
      this.timer = setInterval(() => this.pump(), SPILL_POLL_MS);
    }
    return proc;
  }
  /** Parse what git has written to the spill file since the last read. */
  pump() {
    const spill = this.spill;
    if (spill === null || this.error !== null) return;
    try {
      this.readBuffer ??= Buffer.allocUnsafe(SPILL_READ_BYTES);
      for (; ; ) {
        const n = readSync(spill.fd, this.readBuffer, 0, SPILL_READ_BYTES, spill.pos);
        if (n === 0) return;
        spill.pos += n;
        this.onRead(this.readBuffer.subarray(0, n));
        if (this.spill !== spill) return;
        if (spill.pos > this.owner.spillFileMaxBytes && this.index > spill.startIndex) {
          this.restart();
          return;
        }
      }
    } catch (err) {
      this.error = asError(err);
      this.proc.abort(err);
    }
  }
  closeSpill() {
    if (this.spill !== null) {
      closeSync(this.spill.fd);
      this.spill = null;
    }
  }
  stopTimer() {
    if (this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }
  send(oids) {
    for (const oid of oids) this.queue.push(oid);
    this.proc.write(oids.join("\n") + "\n");
  }
  end() {
    this.ended = true;
    this.proc.end();
  }
  throwIfFailed() {
    if (this.error !== null) throw this.error;
  }
  abort(reason) {
    this.stopTimer();
    this.proc.abort(reason);
    this.closeSpill();
  }
  async finish() {
    try {
      for (; ; ) {
        const proc = this.proc;
        let result;
        try {
          result = await proc.done;
        } catch (err) {
          if (this.error !== null) throw this.error;
          if (proc !== this.proc) continue;
          throw err;
        }
        if (this.error !== null) throw this.error;
        if (proc !== this.proc) continue;
        if (result.exitCode !== 0 && this.spill !== null && !this.spillFailed) {
          this.spillFailed = true;
          this.restart();
          continue;
        }
        if (result.exitCode !== 0) throw gitFailure(this.owner.repo, ["cat-file", "--batch"], result);
        if (this.spill !== null) {
          this.pump();
          this.throwIfFailed();
          if (proc !== this.proc) continue;
        }
        break;
      }
      if (this.index !== this.queue.length || this.inBody || this.needTerminator || this.headerText.length > 0) {
        throw new GitError("UNEXPECTED_OUTPUT", `git cat-file --batch answered ${this.index} of ${this.queue.length} objects`);
      }
    } finally {
      this.stopTimer();
      this.closeSpill();
    }
  }
  /** Kill the current process and continue with a new one from the next unanswered id. */
  restart() {
    const old = this.proc;
    const oldSpill = this.spill;
    this.proc = this.spawn();
    old.abort(SKIP);
    if (oldSpill !== null) closeSync(oldSpill.fd);
    this.headerText = "";
    this.inBody = false;
    this.needTerminator = false;
    this.remaining = 0;
    this.prefixLen = 0;
    if (this.index < this.queue.length) this.proc.write(this.queue.slice(this.index).join("\n") + "\n");
    if (this.ended) this.proc.end();
  }
  onRead(chunk) {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.needTerminator) {
        if (chunk[pos] !== 10) throw new GitError("UNEXPECTED_OUTPUT", "git cat-file --batch output is out of sync");
        this.needTerminator = false;
        pos += 1;
        this.finishObject();
        continue;
      }
      if (!this.inBody) {
        const nl = chunk.indexOf(10, pos);
        const end = nl === -1 ? chunk.length : nl;
        if (end - pos > 200) throw new GitError("UNEXPECTED_OUTPUT", "git cat-file --batch printed an overlong header");
        const part = chunk.toString("latin1", pos, end);
        const header = this.headerText.length === 0 ? part : this.headerText + part;
        if (header.length > 200) throw new GitError("UNEXPECTED_OUTPUT", "git cat-file --batch printed an overlong header");
        if (nl === -1) {
          this.headerText = header;
          return;
        }
        pos = nl + 1;
        this.headerText = "";
        if (!this.startObject(header)) return;
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - pos);
      if (this.prefixLen < BINARY_SNIFF_BYTES) {
        const copy = Math.min(take, BINARY_SNIFF_BYTES - this.prefixLen);
        chunk.copy(this.prefix, this.prefixLen, pos, pos + copy);
        this.prefixLen += copy;
      }
      pos += take;
      this.remaining -= take;
      if (this.remaining === 0) {
        this.inBody = false;
        this.needTerminator = true;
      }
    }
  }
  /** Parse `<oid> blob <size>`; returns false when the reader was restarted to skip the blob. */
  startObject(header) {
    const expected = this.queue[this.index];
    const n = expected === void 0 ? -1 : expected.length;
    if (expected === void 0 || !header.startsWith(expected) || header.charCodeAt(n) !== 32) {
      throw new GitError("UNEXPECTED_OUTPUT", `git cat-file --batch answered out of order: ${quoted(header)}`);
    }
    if (header.length === n + 8 && header.startsWith("missing", n + 1)) {
      throw new GitError("GIT_FAILED", `Object ${expected} is missing from the repository (incomplete clone?)`, { hint: HINT_FETCH_BASE });
    }
    const digits = header.length - (n + 6);
    let size = digits >= 1 && digits <= 15 && header.startsWith("blob ", n + 1) ? 0 : -1;
    for (let i = n + 6; size !== -1 && i < header.length; i++) {
      const c = header.charCodeAt(i);
      size = c >= 48 && c <= 57 ? size * 10 + (c - 48) : -1;
    }
    if (size < 0 || !Number.isSafeInteger(size)) {
      throw new GitError("UNEXPECTED_OUTPUT", `Object ${expected} is not a readable blob, but the diff says it is a file: ${quoted(header)}`);
    }
    const symlink = this.owner.symlinks.has(expected);
    if (symlink && size > SYMLINK_TARGET_MAX) {
      throw new GitError("TOO_LARGE", `A symlink in the change has a target of ${size} bytes (blob ${expected}); the limit is ${SYMLINK_TARGET_MAX}`);
    }
    if (!symlink && size > this.owner.maxInspectBytes) {
      this.owner.facts.set(expected, { size, binary: void 0, lfsPointer: false, content: void 0, native: void 0 });
      this.index += 1;
      this.restart();
      return false;
    }
    this.currentOid = expected;
    this.size = size;
    this.remaining = size;
    this.prefixLen = 0;
    this.inBody = size > 0;
    this.needTerminator = size === 0;
    return true;
  }
  finishObject() {
    const prefix = this.prefix;
    const len = this.prefixLen;
    let lfsPointer = false;
    if (this.size < LFS_POINTER_MAX && len > 0 && prefix[0] === 118) {
      for (const p of LFS_PREFIXES) {
        if (len >= p.length && prefix.compare(p, 0, p.length, 0, p.length) === 0) lfsPointer = true;
      }
    }
    let binary = false;
    if (len > 256) binary = prefix.subarray(0, len).indexOf(0) !== -1;
    else for (let i = 0; i < len && !binary; i++) binary = prefix[i] === 0;
    const content = this.owner.symlinks.has(this.currentOid) ? Buffer.from(prefix.subarray(0, len)) : void 0;
    const native = binary ? nativeFormat(prefix.subarray(0, Math.min(len, NATIVE_MAGIC_BYTES))) ?? void 0 : void 0;
    this.owner.facts.set(this.currentOid, { size: this.size, binary, lfsPointer, content, native });
    this.index += 1;
  }
};
async function applyBlobFacts(repo, entries, facts, maxInspectBytes, spill) {
  const missing = entries.filter((e) => e.status !== "deleted" && e.newKind === "symlink" && facts.get(e.newBlob)?.content === void 0);
  if (missing.length > 0) {
    const again = new BlobInspector(repo, maxInspectBytes, spill);
    for (const e of missing) {
      facts.delete(e.newBlob);
      again.want(e);
    }
    for (const [oid, f] of await again.finish()) facts.set(oid, f);
  }
  for (const e of entries) {
    if (e.status === "deleted") continue;
    if (e.newKind !== "regular" && e.newKind !== "executable" && e.newKind !== "symlink") continue;
    const f = facts.get(e.newBlob);
    if (f === void 0) {
      throw new GitError("UNEXPECTED_OUTPUT", `Blob ${e.newBlob} of ${quoted(e.path)} was not inspected`);
    }
    if (e.newKind === "symlink") {
      if (f.content === void 0) {
        throw new GitError("UNEXPECTED_OUTPUT", `Could not read the target of symlink blob ${e.newBlob}`);
      }
      const target = decodeGitPath(f.content);
      e.symlinkTarget = target.text;
      if (target.invalidUtf8) e.invalidUtf8 = true;
      continue;
    }
    e.lfsPointer = f.lfsPointer;
    if (f.binary !== void 0) e.binary = f.binary;
    if (f.native !== void 0) e.nativeFormat = f.native;
  }
}
function asError(value) {
  return value instanceof Error ? value : new Error(String(value));
}

// src/adapters/git/tree.ts
var EMPTY_BUFFER = Buffer.alloc(0);
var SYMLINK_MODE = Buffer.from("120000 ");
async function listHeadTree(repo, commit, onLink) {
  const links = [];
  const actionDirs = /* @__PURE__ */ new Set();
  let actionMetadata = false;
  let rest = EMPTY_BUFFER;
  const args = ["ls-tree", "-r", "-z", "--full-tree", commit];
  const take = (buf, start, end) => {
    if (buf[end - 1] === 108 && (endsWith(buf, end, ACTION_YML) || endsWith(buf, end, ACTION_YAML))) {
      const before = buf[end - (endsWith(buf, end, ACTION_YML) ? ACTION_YML.length : ACTION_YAML.length) - 1];
      if (before === 9 || before === 47) actionMetadata = true;
      const tab2 = before === 47 ? buf.indexOf(9, start) : -1;
      if (tab2 !== -1 && tab2 < end) {
        const path2 = decodeGitPath(buf.subarray(tab2 + 1, end)).text;
        const slash = path2.lastIndexOf("/");
        if (slash > 0) actionDirs.add(path2.slice(0, slash));
      }
    }
    if (end - start < 7 || buf[start + 1] !== 50 || buf.compare(SYMLINK_MODE, 0, 7, start, start + 7) !== 0) return;
    const record = buf.subarray(start, end);
    const tab = record.indexOf(9);
    const header = tab < 0 ? "" : record.toString("latin1", 0, tab);
    const m = /^120000 blob ([0-9a-f]{40}|[0-9a-f]{64})$/.exec(header);
    if (!m) throw new GitError("UNEXPECTED_OUTPUT", `git ls-tree printed an entry that does not parse: ${quoted(header.slice(0, 200))}`);
    const path = decodeGitPath(record.subarray(tab + 1)).text;
    const entry = { status: "added", path, oldMode: "000000", newMode: "120000", oldKind: "none", newKind: "symlink", oldBlob: "", newBlob: m[1] };
    links.push({ path, entry });
    onLink(entry);
  };
  const result = await execGit(repo, args, {
    onStdout: (chunk) => {
      const buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let nul = buf.indexOf(0, start); nul !== -1; nul = buf.indexOf(0, start)) {
        take(buf, start, nul);
        start = nul + 1;
      }
      rest = start >= buf.length ? EMPTY_BUFFER : Buffer.from(buf.subarray(start));
      if (rest.length > 1024 * 1024) throw new GitError("UNEXPECTED_OUTPUT", "git ls-tree printed a record longer than 1 MiB");
    }
  });
  if (result.exitCode !== 0) throw gitFailure(repo, args, result);
  if (rest.length > 0) throw new GitError("UNEXPECTED_OUTPUT", "git ls-tree output ended in the middle of an entry");
  return { links, actionDirs, actionMetadata };
}
var ACTION_YML = Buffer.from("action.yml");
var ACTION_YAML = Buffer.from("action.yaml");
function endsWith(buf, end, suffix) {
  return end >= suffix.length && buf.compare(suffix, 0, suffix.length, end - suffix.length, end) === 0;
}
function applyActionDirs(entries, actionDirs) {
  if (actionDirs.size === 0) return;
  const nearest = (p) => {
    for (let i = p.lastIndexOf("/"); i > 0; i = p.lastIndexOf("/", i - 1)) {
      const dir = p.slice(0, i);
      if (actionDirs.has(dir)) return dir;
    }
    return void 0;
  };
  for (const e of entries) {
    const dir = nearest(e.path) ?? (e.previousPath !== void 0 ? nearest(e.previousPath) : void 0);
    if (dir !== void 0) e.actionDir = dir;
  }
}
function applyTreeSymlinks(entries, treeLinks) {
  if (entries.length === 0 || treeLinks.length === 0) return;
  const links = /* @__PURE__ */ new Map();
  for (const l of treeLinks) {
    if (l.entry.symlinkTarget === void 0) throw new GitError("UNEXPECTED_OUTPUT", `Could not read the target of symlink ${quoted(l.path)}`);
    links.set(l.path, l.entry.symlinkTarget);
  }
  const reaching = /* @__PURE__ */ new Map();
  for (const [path, target] of links) {
    if (symlinkTargetClimbsThroughName(target)) continue;
    const resolved = resolveSymlinkTarget(path, target);
    if (resolved === null) continue;
    const list = reaching.get(resolved);
    if (list === void 0) reaching.set(resolved, [path]);
    else list.push(path);
  }
  const withAncestors = (path) => {
    const out = [path];
    for (let i = path.lastIndexOf("/"); i > 0; i = path.lastIndexOf("/", i - 1)) out.push(path.slice(0, i));
    return out;
  };
  const stems = /* @__PURE__ */ new Set();
  for (const a of reaching.keys()) for (let i = a.indexOf("/"); i !== -1; i = a.indexOf("/", i + 1)) stems.add(a.slice(0, i));
  const aliasesOf = (p, self, found) => {
    for (let i = p.indexOf("/"); ; i = p.indexOf("/", i + 1)) {
      const a = i === -1 ? p : p.slice(0, i);
      const via = reaching.get(a);
      if (via !== void 0) {
        for (const l of via) if (l !== self) (found ??= /* @__PURE__ */ new Set()).add(l + p.slice(a.length));
      }
      if (i === -1 || !stems.has(a)) return found;
    }
  };
  for (const e of entries) {
    let found = aliasesOf(e.path, e.path, void 0);
    if (e.previousPath !== void 0) found = aliasesOf(e.previousPath, e.path, found);
    if (found !== void 0) e.linkedFrom = [...found].sort();
    if (e.newKind === "symlink" && e.symlinkTarget !== void 0 && !symlinkTargetClimbsThroughName(e.symlinkTarget)) {
      const resolved = resolveSymlinkTarget(e.path, e.symlinkTarget);
      const via = resolved === null ? void 0 : withAncestors(resolved).find((a) => a !== e.path && links.has(a));
      if (via !== void 0) e.symlinkVia = via;
    }
  }
}

// src/core/action-runs.ts
var NONE = Object.freeze({ files: [], dirs: [] });
function joinRepoPath(dir, rel) {
  if (rel === "" || rel.startsWith("/") || rel.includes("\\") || rel.includes("\0")) return null;
  const out = dir === "" ? [] : dir.split("/");
  for (const seg of rel.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return out.length === 0 ? null : out.join("/");
}
var ACTION_PATH_REF = /(?:\$\{\{\s*github\.action_path\s*\}\}|\$\{?GITHUB_ACTION_PATH\}?)["']?\/([A-Za-z0-9_./-]+)/g;
var RELATIVE_SCRIPT = /(?:^|[\s;&|(`"'])(\.{1,2}\/[A-Za-z0-9_./-]+|[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_.-]+)*\.(?:sh|bash|zsh|py|js|mjs|cjs|ts|rb|pl|ps1|php|lua))(?=$|[\s;&|)`"'])/g;
function actionRunPaths(metadataPath, text) {
  const parsed2 = parseWorkflowYaml(text);
  if (!parsed2.ok || !isObj(parsed2.value)) return NONE;
  const runs = own(parsed2.value, "runs");
  if (!isObj(runs)) return NONE;
  const slash = metadataPath.lastIndexOf("/");
  const dir = slash === -1 ? "" : metadataPath.slice(0, slash);
  const files = /* @__PURE__ */ new Set();
  const dirs = /* @__PURE__ */ new Set();
  const add = (base, rel, withDir = false) => {
    if (rel === void 0) return;
    const p = joinRepoPath(base, rel);
    if (p === null) return;
    files.add(p);
    const d = p.lastIndexOf("/");
    if (withDir && d > 0) dirs.add(p.slice(0, d));
  };
  for (const key of ["main", "pre", "post"]) add(dir, str(own(runs, key)), true);
  const image = str(own(runs, "image"));
  if (image !== void 0 && !image.startsWith("docker://")) add(dir, image);
  const steps = own(runs, "steps");
  if (Array.isArray(steps)) {
    for (const step of steps) {
      const run = isObj(step) ? str(own(step, "run")) : void 0;
      if (run === void 0) continue;
      for (const m of run.matchAll(ACTION_PATH_REF)) add(dir, m[1]);
      for (const m of run.replace(ACTION_PATH_REF, " ").matchAll(RELATIVE_SCRIPT)) {
        add("", m[1]);
        add(dir, m[1]);
      }
    }
  }
  return { files: [...files].sort(), dirs: [...dirs].sort() };
}

// src/adapters/git/action-runs.ts
var MAX_ACTION_BYTES = 1024 * 1024;
var parsed = /* @__PURE__ */ new Map();
var MAX_CACHED = 4096;
async function applyActionRuns(repo, head, entries, actionDirs) {
  if (entries.length === 0) return;
  const candidates = ["", ...actionDirs].flatMap((d) => d === "" ? ["action.yml", "action.yaml"] : [`${d}/action.yml`, `${d}/action.yaml`]);
  const wanted = new Set(candidates);
  const listing = await gitOk(repo, ["ls-tree", "-z", "-l", "--full-tree", "--end-of-options", head, "--", ...candidates], { what: `listing actions at ${head}` });
  const byFile = /* @__PURE__ */ new Map();
  const byDir = /* @__PURE__ */ new Map();
  const note = (m, key, action) => {
    const list = m.get(key);
    if (list === void 0) m.set(key, [action]);
    else if (!list.includes(action)) list.push(action);
  };
  for (const record of listing.toString("utf8").split("\0")) {
    if (record.length === 0) continue;
    const tab = record.indexOf("	");
    const m = /^([0-7]{6}) (\w+) ([0-9a-f]{40}|[0-9a-f]{64}) +(-|\d+)$/.exec(tab === -1 ? "" : record.slice(0, tab));
    if (!m) throw new GitError("UNEXPECTED_OUTPUT", `git ls-tree printed ${quoted(record.slice(0, 200))}`);
    const metadata = record.slice(tab + 1);
    if (!wanted.has(metadata)) continue;
    if (m[2] !== "blob" || m[1] === "120000") continue;
    if (Number(m[4]) > MAX_ACTION_BYTES) throw new GitError("TOO_LARGE", `${quoted(metadata)} at ${head} is ${m[4]} bytes; an action's metadata is read up to ${MAX_ACTION_BYTES}`);
    let runs = parsed.get(`${m[3]}:${metadata}`);
    if (runs === void 0) {
      const text = await gitOk(repo, ["cat-file", "blob", m[3]], { maxStdout: MAX_ACTION_BYTES, what: `reading ${quoted(metadata)} at ${head}` });
      runs = actionRunPaths(metadata, text.toString("utf8"));
      if (parsed.size >= MAX_CACHED) parsed.clear();
      parsed.set(`${m[3]}:${metadata}`, runs);
    }
    for (const f of runs.files) note(byFile, f, metadata);
    for (const d of runs.dirs) note(byDir, d, metadata);
  }
  if (byFile.size === 0 && byDir.size === 0) return;
  const actionsOf = (p) => {
    const out = [...byFile.get(p) ?? []];
    for (let i = p.lastIndexOf("/"); i > 0; i = p.lastIndexOf("/", i - 1)) for (const a of byDir.get(p.slice(0, i)) ?? []) if (!out.includes(a)) out.push(a);
    return out;
  };
  for (const e of entries) {
    const actions = [.../* @__PURE__ */ new Set([...actionsOf(e.path), ...e.previousPath !== void 0 ? actionsOf(e.previousPath) : []])];
    if (actions.length > 0) e.actionRuns = actions;
  }
}

// src/adapters/git/change-set.ts
async function computeChangeSet(repo, baseRef, headRef, opts = {}) {
  checkRef(baseRef, "base");
  checkRef(headRef, "head");
  const renameLimit = opts.renameLimit ?? 1e3;
  if (!Number.isSafeInteger(renameLimit) || renameLimit < 1 || renameLimit > 1e4) {
    throw new GitError("INVALID_OPTION", `renameLimit must be an integer from 1 to 10000, got ${String(renameLimit)}`);
  }
  const maxInspectBytes = opts.maxInspectBytes ?? DEFAULT_MAX_INSPECT_BYTES;
  if (!Number.isSafeInteger(maxInspectBytes) || maxInspectBytes < MIN_INSPECT_BYTES) {
    throw new GitError("INVALID_OPTION", `maxInspectBytes must be an integer >= ${MIN_INSPECT_BYTES}, got ${String(maxInspectBytes)}`);
  }
  const maxEntries = opts.maxEntries ?? 25e4;
  if (!Number.isSafeInteger(maxEntries) || maxEntries < 0) {
    throw new GitError("INVALID_OPTION", `maxEntries must be a non-negative integer, got ${String(maxEntries)}`);
  }
  const fast = opts.resolved ?? await resolveRefsAndTrees(repo, baseRef, headRef);
  if (fast?.shallow && !opts.allowShallow) throw shallowRefusal(repo);
  const refs = fast ?? await resolveOneByOne(repo, baseRef, headRef, opts.allowShallow === true);
  const { base, head } = refs;
  const mb = await uniqueMergeBase(repo, base, head);
  const knownTree = mb === base ? refs.baseTree : mb === head ? refs.headTree : void 0;
  const treesP = knownTree !== void 0 && refs.headTree !== void 0 ? Promise.resolve([knownTree, refs.headTree]) : readTrees(repo, mb, head);
  treesP.catch(() => void 0);
  const spillFileMaxBytes = opts.spillFileMaxBytes ?? DEFAULT_SPILL_FILE_MAX_BYTES;
  if (!Number.isSafeInteger(spillFileMaxBytes) || spillFileMaxBytes < 1) {
    throw new GitError("INVALID_OPTION", `spillFileMaxBytes must be a positive integer, got ${String(spillFileMaxBytes)}`);
  }
  const spill = opts.spillToFile === false ? 0 : spillFileMaxBytes;
  const inspector = new BlobInspector(repo, maxInspectBytes, spill);
  const parser = new RawDiffParser({ maxEntries, onEntry: (e) => inspector.want(e) });
  const headListing = listHeadTree(repo, head, (link) => {
    inspector.want(link);
    inspector.flush();
  });
  headListing.catch(() => void 0);
  const diffArgs = [
    "diff-tree",
    "-r",
    "--raw",
    "-z",
    "--no-abbrev",
    "-M",
    `-l${renameLimit}`,
    "--no-ext-diff",
    "--no-textconv",
    "--no-color",
    "--no-relative",
    "--ignore-submodules=none",
    mb,
    head,
    "--"
  ];
  let entries;
  let warnings;
  try {
    const diff = await execGit(repo, diffArgs, {
      onStdout: (chunk) => {
        parser.push(chunk);
        inspector.flush();
      }
    });
    if (diff.exitCode !== 0) throw gitFailure(repo, diffArgs, diff, `git diff-tree ${mb} ${head}`);
    entries = parser.end();
    warnings = diff.stderr.split("\n").map((l) => l.trim()).filter((l) => l.length > 0).map((l) => sanitizeForMessage(l, 500));
    const [mbTree, headTree] = await treesP;
    if (entries.length === 0 && mbTree !== headTree) {
      throw new GitError(
        "EMPTY_CHANGESET",
        `git listed no changes between ${mb} and ${head} in ${quoted(repo)} although their trees differ (${mbTree} vs ${headTree})`,
        { hint: "this should not happen; check the git version and the repository integrity (`git fsck`)" }
      );
    }
    if (entries.length > 0 && mbTree === headTree) {
      throw new GitError("UNEXPECTED_OUTPUT", `git listed changes between identical trees (${mbTree}) in ${quoted(repo)}`);
    }
  } catch (err) {
    inspector.abort(err);
    throw err;
  }
  let tree;
  try {
    tree = await headListing;
  } catch (err) {
    inspector.abort(err);
    throw err;
  }
  const facts = await inspector.finish();
  await applyBlobFacts(repo, [...entries, ...tree.links.map((l) => l.entry)], facts, maxInspectBytes, spill);
  applyTreeSymlinks(entries, tree.links);
  applyActionDirs(entries, tree.actionDirs);
  if (tree.actionMetadata) await applyActionRuns(repo, head, entries, tree.actionDirs);
  return { base, head, mergeBase: mb, entries, warnings };
}
async function resolveOneByOne(repo, baseRef, headRef, allowShallow) {
  const [shallowR, baseR, headR] = await Promise.allSettled([isShallow(repo), resolveCommitAs(repo, baseRef, "base"), resolveCommitAs(repo, headRef, "head")]);
  if (shallowR.status === "rejected") throw shallowR.reason;
  if (shallowR.value && !allowShallow) throw shallowRefusal(repo);
  if (baseR.status === "rejected") throw baseR.reason;
  if (headR.status === "rejected") throw headR.reason;
  return { base: baseR.value, head: headR.value };
}
function shallowRefusal(repo) {
  return new GitError("SHALLOW_REPOSITORY", `The repository ${quoted(repo)} is a shallow clone; the change set cannot be established from cut history`, {
    hint: HINT_FETCH_DEPTH
  });
}
async function readTrees(repo, a, b) {
  const trees = (await gitOk(repo, ["rev-parse", `${a}^{tree}`, `${b}^{tree}`])).toString("latin1").split("\n").filter((l) => l.length > 0);
  if (trees.length !== 2 || !trees.every(isSha)) {
    throw new GitError("UNEXPECTED_OUTPUT", `git rev-parse printed ${quoted(trees.join(" "))} for the trees of ${a} and ${b}`);
  }
  return trees;
}

// src/app/review-change.ts
async function reviewChange(opts, cwd = process.cwd()) {
  const started = Date.now();
  const docRefs = [...new Set([opts.policy, opts.manifest].flatMap((s) => s?.kind === "ref" ? [s.ref] : []))];
  const resolved = await resolveRefsAndTrees(opts.repo, opts.base, opts.head, docRefs).catch(() => null);
  let baseCommit;
  if (resolved !== null) baseCommit = resolved.base;
  else {
    try {
      baseCommit = await resolveCommit(opts.repo, opts.base);
    } catch (err) {
      if (err instanceof GitError) return gitDenial(err, opts);
      throw err;
    }
  }
  const known = knownReads(opts, baseCommit, resolved === null ? void 0 : new Map(docRefs.map((r, i) => [r, resolved.extra[i]])));
  const pending = computeChangeSet(opts.repo, baseCommit, opts.head, resolved === null ? {} : { resolved }).then(
    (changes) => ({ changes }),
    (error) => ({ error })
  );
  const { policy, input } = await loadPolicyFor(opts.repo, baseCommit, opts.policy, cwd, opts.manifest?.kind === "ref" ? [opts.manifest.path] : [], known);
  const manifest = opts.manifest ? await loadManifestFor(opts.repo, opts.manifest, cwd, known) : null;
  try {
    const outcome = await pending;
    if ("error" in outcome) throw outcome.error;
    const context = {
      ...opts.branch !== void 0 ? { branch: opts.branch } : {},
      ...opts.branchCheck !== void 0 ? { branchCheck: opts.branchCheck } : {},
      ...opts.repository !== void 0 ? { repository: opts.repository } : {},
      now: opts.now ?? /* @__PURE__ */ new Date()
    };
    const evaluation = await reviewChangeSet(opts.repo, outcome.changes, { policy, input, manifest }, context);
    return { ...evaluation, notes: [...opts.notes ?? [], ...evaluation.notes], timings: { total_ms: Date.now() - started } };
  } catch (err) {
    if (err instanceof GitError) return gitDenial(err, opts, input, manifest);
    throw err;
  }
}
function knownReads(opts, baseCommit, commits) {
  if (commits === void 0) return {};
  const at = (s, fallback) => s === void 0 ? fallback === void 0 ? void 0 : { commit: baseCommit, path: fallback } : s.kind === "ref" ? { commit: commits.get(s.ref), path: s.path } : void 0;
  const policy = at(opts.policy, DEFAULT_POLICY_PATH);
  const manifest = at(opts.manifest, void 0);
  if (policy === void 0 || manifest === void 0 || policy.commit !== manifest.commit || policy.path === manifest.path) return { commits };
  return { commits, files: prefetchFiles(opts.repo, policy.commit, [policy.path, manifest.path], MAX_DOCUMENT_BYTES) };
}
async function reviewCommits(repo, base, head, config, context) {
  const changes = await computeChangeSet(repo, base, head);
  return { changes, evaluation: await reviewChangeSet(repo, changes, config, context) };
}
async function reviewChangeSet(repo, changes, config, context) {
  const workflowReviews = /* @__PURE__ */ new Map();
  const findings = await contentFindings(repo, changes, allowedHosts(config), void 0, { workflowDeny: config.input.compiled.policy.workflows?.deny ?? [], workflowAllowedUses: config.input.compiled.policy.workflows?.allowedUses, workflowReviews });
  const headKinds = await linkTargetKinds(repo, changes.head, changes.entries, config.input);
  const evaluation = evaluateChange(
    { base: changes.base, head: changes.head, mergeBase: changes.mergeBase, entries: changes.entries, findings, headKinds, ...context },
    config.input,
    config.manifest
  );
  return withWorkflowReview(evaluation, workflowReviews);
}
var MAX_LINK_TARGET_LOOKUPS = 32;
async function linkTargetKinds(repo, head, entries, input) {
  const targets = /* @__PURE__ */ new Set();
  for (const e of entries) {
    if (e.newKind !== "symlink") continue;
    const t = protectedLinkTarget(e, input.compiled);
    if (t !== null) targets.add(t);
  }
  const kinds = /* @__PURE__ */ new Map();
  for (const path of [...targets].slice(0, MAX_LINK_TARGET_LOOKUPS)) {
    const kind = await headPathKind(repo, head, path);
    if (kind !== void 0) kinds.set(path, kind);
  }
  return kinds;
}
async function headPathKind(repo, commit, path) {
  try {
    return await readFileAtCommit(repo, commit, path) === null ? "missing" : "file";
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    return err.code === "NOT_A_FILE" ? "not_a_file" : void 0;
  }
}
function allowedHosts(config) {
  return config.manifest ? config.manifest.manifest.network.allow : config.policy.network.allow;
}
function gitDenial(err, opts, policy, manifest) {
  const message = err.hint ? `${err.message}. Fix: ${err.hint}` : err.message;
  return {
    verdict: "deny",
    tier: "high",
    base: opts.base,
    head: opts.head,
    merge_base: "",
    branch: opts.branch ?? null,
    repository: opts.repository ?? null,
    policy: policy ? { source: policy.source, sha256: policy.sha256, baseline: policy.compiled.policy.origin === "baseline" } : { source: "not loaded", sha256: "", baseline: false },
    manifest: manifest ? { source: manifest.source, sha256: manifest.sha256 } : null,
    files: [],
    violations: [{ rule: changeSet.id, code: err.code, message }],
    capabilities: { granted: [], used: [], unused: [] },
    network_allow: [],
    approvals_required: 0,
    notes: [],
    summary: `deny: the change set could not be established (${err.code})`
  };
}

export {
  GitHubApiError,
  requestCounter,
  inPhase,
  call,
  nextLink,
  listAll,
  DEFAULT_MAX_INSPECT_BYTES,
  DEFAULT_SPILL_FILE_MAX_BYTES,
  BlobInspector,
  applyBlobFacts,
  applyActionDirs,
  applyTreeSymlinks,
  applyActionRuns,
  computeChangeSet,
  ConfigError,
  gitReader,
  apiReader,
  compileGuarded,
  loadPolicyWith,
  loadManifestWith,
  loadCodeownersWith,
  parseSource,
  describeSource,
  loadPolicyFor,
  loadManifestFor,
  parseToml,
  isTable,
  isDependencyFile,
  isWorkflowFile,
  MAX_REVIEW_BYTES,
  contentFindings,
  renderWorkflowReview,
  workflowAnnotations,
  reviewChange,
  reviewCommits,
  linkTargetKinds
};
/*! Bundled license information:

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)
*/
