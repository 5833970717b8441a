// Diff-aware content review of dependency lockfiles and package-manager, registry and toolchain
// configuration (ATTACKS.md section 1.4, items 39-46 and 52). Pure: inputs are file texts.
//
// Lockfiles: every resolved source URL is reduced to its host and checked against the network allow
// list. A host outside the list that is NEW in head is a deny (dependency confusion); one that was
// already in base is reported once per file as high (the repository's status quo, which the allow
// list should be fixed to cover). Plain http, git, local-file, exec and credential-carrying sources
// are findings themselves (high) when new.
//
// Lockfiles read: package-lock.json / npm-shrinkwrap.json, yarn.lock (v1, berry), pnpm-lock.yaml, bun.lock
// (JSONC), uv.lock, poetry.lock, Cargo.lock (strict TOML, toml.ts), Pipfile.lock, composer.lock (JSON) and
// Gemfile.lock (Bundler's line grammar). A lockfile that cannot be read is a deny, never "no hosts"; so is
// a new or changed bun.lockb, Bun's binary lockfile, which nothing here reads. A local path source is a
// local file source (high when new), except the project's own directory. go.mod and go.work are not
// lockfiles: their new or changed `replace` directives are reviewed on their own (a module path starts
// with its host; outside the allow list it is a deny), and so are their `go` and `toolchain` lines (high:
// GOTOOLCHAIN=auto downloads and runs the toolchain they ask for).
//
// What a lockfile does not name, it cannot redirect: entries resolved through the configured registry
// (yarn berry `npm:` resolutions, pnpm entries with only `integrity`, npm entries without `resolved`)
// carry no host, and we do not invent one (such as registry.yarnpkg.com): their host comes from
// `.npmrc` / `.yarnrc.yml`, whose changes are reviewed here as high.
//
// Configuration files: every new or changed setting that changes where packages come from or what runs
// (registries, install scripts, shells, node options, toolchain wrappers, distribution URLs) is a
// high finding naming the file, the key and the new value (JSON-escaped, truncated to 200 characters;
// credentials are redacted). TOML files are read with the one strict TOML reader (toml.ts); one it
// refuses is a high finding, never "no settings". package.json and composer.json are reviewed for the
// scripts their tool runs on install, composer.json also for its package repositories.

import { hostAllowed } from './hosts.js';
import { isTable, parseToml, type TomlTable, type TomlValue } from './toml.js';
import { parseWorkflowYaml, quoteValue, stableJson, type Finding } from './workflow-review.js';

export type { Finding, FindingSeverity } from './workflow-review.js';

export type DependencyFileKind =
  | 'npm-lock'
  | 'yarn-lock'
  | 'pnpm-lock'
  | 'package-json'
  | 'npmrc'
  | 'yarnrc-yml'
  | 'yarnrc'
  | 'requirements'
  | 'pip-conf'
  | 'uv-toml'
  | 'pyproject'
  | 'cargo-config'
  | 'wrapper-properties'
  | 'test-runner-config'
  | 'bun-lock'
  | 'bun-lockb'
  | 'uv-lock'
  | 'poetry-lock'
  | 'pipfile-lock'
  | 'cargo-lock'
  | 'gemfile-lock'
  | 'composer-lock'
  | 'composer-json'
  | 'go-mod'
  | 'go-env'
  | 'bunfig'
  | 'dependabot';

const TEST_RUNNER_CONFIG = /^(jest|vitest|vite|playwright|cypress|karma|ava|mocha)\.config\.(js|cjs|mjs|ts|cts|mts|json)$|^karma\.conf\.(js|cjs|ts)$|^\.mocharc\.(js|cjs|json|ya?ml)$/;

/** Which reviewer applies to a path (case-insensitive, so case variants are reviewed too), or null. */
export function dependencyFileKind(path: string): DependencyFileKind | null {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  switch (base) {
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return 'npm-lock';
    case 'yarn.lock':
      return 'yarn-lock';
    case 'pnpm-lock.yaml':
      return 'pnpm-lock';
    case 'package.json':
      return 'package-json';
    case '.npmrc':
      return 'npmrc';
    case '.yarnrc.yml':
    case '.yarnrc.yaml':
      return 'yarnrc-yml';
    case '.yarnrc':
      return 'yarnrc';
    case 'pip.conf':
    case 'pip.ini':
      return 'pip-conf';
    case 'uv.toml':
      return 'uv-toml';
    case 'pyproject.toml':
      return 'pyproject';
    case 'gradle-wrapper.properties':
    case 'maven-wrapper.properties':
      return 'wrapper-properties';
    case 'bun.lock':
      return 'bun-lock';
    case 'bun.lockb':
      return 'bun-lockb';
    case 'uv.lock':
      return 'uv-lock';
    case 'poetry.lock':
      return 'poetry-lock';
    case 'pipfile.lock':
      return 'pipfile-lock';
    case 'cargo.lock':
      return 'cargo-lock';
    case 'gemfile.lock':
    case 'gems.locked':
      return 'gemfile-lock';
    case 'composer.lock':
      return 'composer-lock';
    case 'composer.json':
      return 'composer-json';
    case 'go.mod':
    case 'go.work':
      return 'go-mod';
    case 'go.env':
      return 'go-env';
    case 'bunfig.toml':
      return 'bunfig';
  }
  if (lower === '.github/dependabot.yml' || lower === '.github/dependabot.yaml') return 'dependabot';
  if ((base === 'config.toml' || base === 'config') && /(^|\/)\.cargo\/config(\.toml)?$/.test(lower)) return 'cargo-config';
  if (/requirements.*\.(txt|in)$|^constraints.*\.txt$/.test(base) || /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(lower)) return 'requirements';
  if (TEST_RUNNER_CONFIG.test(base)) return 'test-runner-config';
  return null;
}

/** True for the files `reviewDependencyChange` reviews. */
export function isDependencyFile(path: string): boolean {
  return dependencyFileKind(path) !== null;
}

// ---------------------------------------------------------------------------------------------
// Sources: what a resolved value or dependency spec points at

export type SourceKind = 'http' | 'git' | 'file' | 'exec' | 'credentials' | 'unknown';

export interface LockSource {
  kind: SourceKind;
  /** The source as written (credentials redacted), for messages and for matching base against head. */
  spec: string;
  /** Where it was first seen (package key or line). */
  where: string;
}

interface Classified {
  kind: SourceKind | 'registry' | 'https' | 'local';
  host?: string;
  /** Plain-text transport (http:, git:, git+http:). */
  insecure?: boolean;
  spec: string;
}

const SHORTHAND_HOSTS: Record<string, string> = {
  github: 'github.com',
  gitlab: 'gitlab.com',
  bitbucket: 'bitbucket.org',
  gist: 'gist.github.com',
};

type Authority = { host: string; userinfo: boolean } | null;
/** Per scheme: authority text -> parsed host. Lockfiles repeat a handful of authorities many thousand times. */
const authorityCache = new Map<string, Map<string, Authority>>();

/** Host (lower-case, no port, no trailing dot) and whether credentials are present, from `scheme://authority`. */
function parseAuthority(scheme: string, authority: string): Authority {
  let perScheme = authorityCache.get(scheme);
  if (perScheme === undefined) {
    perScheme = new Map();
    authorityCache.set(scheme, perScheme);
  }
  const cached = perScheme.get(authority);
  if (cached !== undefined) return cached;
  let result: { host: string; userinfo: boolean } | null = null;
  // Outside http(s), which every fetcher reads as the WHATWG parser does, a second `@` or a backslash
  // is read differently by different tools (git/curl, ssh, npm): the host is then `***@` and what follows
  // the last `@` (credentials withheld), or the whole authority; neither is a hostname, so no allow-list
  // entry covers it.
  if (scheme !== 'http' && scheme !== 'https' && (authority.includes('\\') || authority.indexOf('@') !== authority.lastIndexOf('@'))) {
    const last = authority.lastIndexOf('@');
    result = last >= 0 ? { host: `***@${authority.slice(last + 1).toLowerCase()}`, userinfo: true } : { host: authority.toLowerCase(), userinfo: false };
    perScheme.set(authority, result);
    return result;
  }
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : '';
  let hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  let host: string;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    host = close > 0 ? hostPort.slice(0, close + 1) : hostPort;
  } else {
    const colon = hostPort.indexOf(':');
    host = colon >= 0 ? hostPort.slice(0, colon) : hostPort;
  }
  if (scheme === 'http' || scheme === 'https') {
    // The WHATWG parser gives the host the way a fetch would see it (IDNA, percent-decoding, IPv4 forms).
    try {
      hostPort = new URL(`${scheme}://${authority}/`).hostname;
      host = hostPort;
    } catch {
      /* keep the manual parse */
    }
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (host.length > 0) {
    const credentials = userinfo.length > 0 && (userinfo.includes(':') || scheme === 'http' || scheme === 'https' || /^git\+https?$/.test(scheme));
    result = { host, userinfo: credentials };
  }
  if (perScheme.size > 10_000) perScheme.clear();
  perScheme.set(authority, result);
  return result;
}

function redactUrl(spec: string): string {
  return spec.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@?#]*@/i, '$1***@');
}

const HTTPS_MATCH: readonly [string, string] = ['https://', 'https'];
/** Schemes whose URLs name a host to fetch from. */
const NETWORK_SCHEME = /^(https?|ftp|wss?|git|ssh|git\+(ssh|https?))$/i;

/**
 * Classify a resolved value or dependency spec. Returns null for a plain version range or registry
 * reference (nothing to check).
 */
function classify(raw: string): Classified | null {
  const spec = raw.trim();
  // Fast path for the common case, then the general `scheme://`.
  const scheme = spec.startsWith('https://') ? HTTPS_MATCH : /^([a-z][a-z0-9+.-]*):\/\//i.exec(spec);
  if (scheme) {
    const s = scheme[1]!.toLowerCase();
    const rest = spec.slice(scheme[0]!.length);
    let end = rest.length;
    for (let i = 0; i < rest.length; i++) {
      const ch = rest.charCodeAt(i);
      if (ch === 47 || ch === 63 || ch === 35) {
        end = i;
        break;
      }
    }
    if (s === 'file' || s === 'git+file') return { kind: 'file', spec };
    const auth = parseAuthority(s, rest.slice(0, end));
    if (!auth) {
      // `https:///evil.example/x`: no authority here, but the WHATWG parser (and npm) skip the extra slash.
      let host = '';
      if (s === 'http' || s === 'https') {
        try {
          host = new URL(spec).hostname.toLowerCase().replace(/\.$/, '');
        } catch {
          /* no host */
        }
      }
      return host ? { kind: 'unknown', host, spec: redactUrl(spec) } : { kind: 'unknown', spec: redactUrl(spec) };
    }
    const shown = auth.userinfo ? redactUrl(spec) : spec;
    if (auth.userinfo) return { kind: 'credentials', host: auth.host, spec: shown, insecure: s === 'http' || s === 'git' || s === 'git+http' };
    if (s === 'https') return { kind: 'https', host: auth.host, spec: shown };
    if (s === 'http') return { kind: 'http', host: auth.host, spec: shown, insecure: true };
    if (/^(git|git\+ssh|ssh|git\+https|git\+http)$/.test(s)) return { kind: 'git', host: auth.host, spec: shown, insecure: s === 'git' || s === 'git+http' };
    return { kind: 'unknown', host: auth.host, spec: shown };
  }
  // A network scheme without `//` (`https:evil.example/x.tgz`, `https:\\evil.example\x.tgz`): npm and the
  // WHATWG parser still read a host there. Never a plain range: an unknown source, with that host.
  const proto = /^([a-z][a-z0-9+.-]*):/i.exec(spec);
  if (proto && NETWORK_SCHEME.test(proto[1]!)) {
    let host: string | undefined;
    try {
      host = new URL(spec).hostname.toLowerCase().replace(/\.$/, '') || undefined;
    } catch {
      /* no host */
    }
    return host === undefined ? { kind: 'unknown', spec: redactUrl(spec) } : { kind: 'unknown', host, spec: redactUrl(spec) };
  }
  // `//host/x` or `\\host\x`: a scheme-relative URL, or a UNC path (a network share on Windows).
  if (/^[\\/]{2}/.test(spec)) return { kind: 'unknown', spec };
  if (proto) {
    const p = proto[1]!.toLowerCase();
    const shorthand = SHORTHAND_HOSTS[p];
    if (shorthand) return { kind: 'git', host: shorthand, spec };
    if (p === 'file' || p === 'portal') return { kind: 'file', spec };
    if (p === 'link') return { kind: 'local', spec }; // a workspace symlink to a directory in the repository
    if (p === 'exec') return { kind: 'exec', spec };
    if (p === 'npm' || p === 'workspace' || p === 'catalog' || p === 'jsr') return { kind: 'registry', spec };
    if (p === 'patch') {
      // patch:name@<url-encoded source>#patchfile -> classify the inner source
      const inner = spec.slice(6).split('#')[0] ?? '';
      let decoded = inner;
      try {
        decoded = decodeURIComponent(inner);
      } catch {
        /* keep encoded */
      }
      const source = afterPackageName(decoded);
      return source === null ? { kind: 'unknown', spec } : (classify(source) ?? { kind: 'registry', spec });
    }
  }
  // scp-like git: git@github.com:user/repo.git
  const scp = /^[\w.-]+@([\w.-]+):(?!\/\/)/.exec(spec);
  if (scp) return { kind: 'git', host: scp[1]!.toLowerCase(), spec };
  return null;
}

/** The part after `name@` of `name@source` or `@scope/name@source`; null when there is no `@`. */
function afterPackageName(entry: string): string | null {
  const at = entry.indexOf('@', entry.startsWith('@') ? 1 : 0);
  return at < 0 ? null : entry.slice(at + 1);
}

// ---------------------------------------------------------------------------------------------
// Lockfile scanning

export interface LockfileScan {
  /** Distinct resolved hosts, lower-case, sorted. */
  hosts: string[];
  /** Human-readable problems: unparseable input, and each plain-http, git, local-file, exec, credential or unknown source. */
  problems: string[];
  /** The non-registry sources behind `problems`, deduplicated by spec. */
  sources: LockSource[];
  /** Where each host was first seen. */
  hostSites: Map<string, string>;
  /** Set when the lockfile could not be read at all (hosts are then unknown). */
  error?: string;
}

export const MAX_LOCKFILE_CHARS = 256 * 1024 * 1024;

class Collector {
  readonly hostSites = new Map<string, string>();
  readonly sources = new Map<string, LockSource>();
  error: string | undefined;

  /** A value that must be a source (npm `resolved`, yarn `resolved`, pnpm `tarball`/`repo`). */
  resolved(value: string, where: string, allowRelative = false): void {
    const c = classify(value);
    if (c === null) {
      if (allowRelative) return;
      this.source({ kind: 'unknown', spec: value }, where);
      return;
    }
    this.record(c, where);
  }

  /**
   * A spec that may be a plain range (ignored) or a non-registry source (recorded). `withHost` false for
   * what a package asked for (a yarn entry header), as opposed to where it was fetched from.
   */
  spec(value: string, where: string, withHost = true): void {
    const c = classify(value);
    if (c !== null) this.record(c, where, withHost);
  }

  record(c: Classified, where: string, withHost = true): void {
    if (withHost && c.host !== undefined && !this.hostSites.has(c.host)) this.hostSites.set(c.host, where);
    if (c.kind === 'https' || c.kind === 'registry' || c.kind === 'local') return;
    this.source({ kind: c.insecure && c.kind === 'git' ? 'http' : c.kind, spec: c.spec }, where);
    if (c.kind === 'credentials' && c.insecure) this.source({ kind: 'http', spec: c.spec }, where);
  }

  source(s: { kind: SourceKind; spec: string }, where: string): void {
    const key = `${s.kind}|${s.spec}`;
    if (!this.sources.has(key)) this.sources.set(key, { ...s, where });
  }

  result(): LockfileScan {
    const sources = [...this.sources.values()];
    const problems = sources.map((s) => `${SOURCE_TEXT[s.kind]}: ${quoteValue(s.spec)} (at ${quoteValue(s.where, 120)})`);
    if (this.error !== undefined) problems.unshift(this.error);
    const scan: LockfileScan = { hosts: [...this.hostSites.keys()].sort(), problems, sources, hostSites: this.hostSites };
    if (this.error !== undefined) scan.error = this.error;
    return scan;
  }
}

const SOURCE_TEXT: Record<SourceKind, string> = {
  http: 'non-TLS source (plain http or git protocol)',
  git: 'git source',
  file: 'local file source',
  exec: 'exec: source (runs a script to build the package)',
  credentials: 'source URL with embedded credentials',
  unknown: 'unrecognised source',
};

function scanNpmLock(text: string, c: Collector): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    c.error = `not valid JSON: ${(err as Error).message.split('\n')[0]}`;
    return;
  }
  if (!isObj(doc)) {
    c.error = 'the top level is not a JSON object';
    return;
  }
  const packages = doc.packages;
  if (packages !== undefined) {
    if (!isObj(packages)) c.error = '"packages" is not an object';
    else
      for (const key of Object.keys(packages)) {
        const entry = packages[key];
        if (!isObj(entry)) continue;
        const where = key === '' ? '(root)' : key;
        const resolved = entry.resolved;
        if (resolved === undefined) continue;
        if (typeof resolved !== 'string') {
          c.source({ kind: 'unknown', spec: stableJson(resolved) }, where);
          continue;
        }
        // Workspace links point at a directory inside the repository.
        c.resolved(resolved, where, entry.link === true);
      }
  }
  // lockfileVersion 1 (and the v2 compatibility section): nested "dependencies".
  const stack: { deps: unknown; prefix: string }[] = [{ deps: doc.dependencies, prefix: '' }];
  while (stack.length > 0) {
    const { deps, prefix } = stack.pop()!;
    if (!isObj(deps)) continue;
    for (const name of Object.keys(deps)) {
      const entry = deps[name];
      if (!isObj(entry)) continue;
      const where = `${prefix}${name}`;
      if (typeof entry.resolved === 'string') c.resolved(entry.resolved, where, true);
      if (typeof entry.version === 'string') c.spec(entry.version, where);
      if (entry.dependencies !== undefined) stack.push({ deps: entry.dependencies, prefix: `${where} > ` });
    }
  }
}

/** Iterate the lines of a large text without building an array of them. */
function forEachLine(text: string, fn: (line: string, lineNo: number) => void): void {
  let start = 0;
  let n = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    n++;
    fn(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end), n);
    start = end + 1;
  }
}

function unquote(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")))) return t.slice(1, -1);
  return t;
}

function scanYarnLock(text: string, c: Collector): void {
  // What an entry header asks for ("c@file:./vendor/c") only counts when the entry has no resolved or
  // resolution line saying where it came from (yarn v1 writes none for local files).
  let pending: { value: string; where: string }[] = [];
  const flush = () => {
    for (const p of pending) c.spec(p.value, p.where, false);
    pending = [];
  };
  forEachLine(text, (line, n) => {
    if (line.length === 0 || line.startsWith('#')) return;
    const first = line.charCodeAt(0);
    if (first !== 32 && first !== 9) {
      flush();
      // Entry header: "name@spec, name@spec2":  (v1) or "name@npm:^1.0.0":  (berry)
      if (!line.endsWith(':') || line.startsWith('__metadata')) return;
      for (const part of line.slice(0, -1).split(',')) {
        const source = afterPackageName(unquote(part));
        if (source !== null) pending.push({ value: source, where: `line ${n}` });
      }
      return;
    }
    // Keys may be quoted: yarn's classic parser and YAML (berry) both read `"resolved" "..."` and
    // `"resolution": ...` as the plain keys.
    let t = line.trim();
    const quotedKey = /^(["'])([^"']*)\1(?=[:\s]|$)/.exec(t);
    if (quotedKey) t = quotedKey[2]! + t.slice(quotedKey[0].length);
    if (t.startsWith('resolved')) {
      // v1: resolved "https://registry.yarnpkg.com/x/-/x-1.0.0.tgz#sha1"
      pending = [];
      const m = /^resolved:?\s+(.+)$/.exec(t);
      if (m) c.resolved(unquote(m[1]!), `line ${n}`);
    } else if (t.startsWith('resolution:')) {
      // berry: resolution: "x@npm:1.0.0" (through the configured registry: no host) or "x@https://host/x.tgz"
      pending = [];
      const entry = unquote(t.slice('resolution:'.length));
      const source = afterPackageName(entry);
      if (source === null) c.source({ kind: 'unknown', spec: entry }, `line ${n}`);
      else {
        const k = classify(source);
        if (k === null) c.source({ kind: 'unknown', spec: entry }, `line ${n}`);
        else c.record(k, `line ${n}`);
      }
    }
  });
  flush();
}

// Flow-mapping pairs; YAML keys may be quoted (`{"tarball": "https://..."}`).
const PNPM_PAIR = /('[^']*'|"[^"]*"|[\w@./-]+)\s*:\s*('[^']*'|"[^"]*"|[^,}\s]+)/g;
const PNPM_GIT_HOST_PATH = /^(github\.com|gitlab\.com|bitbucket\.org|codeload\.github\.com)\//i;
const PNPM_SKIP_KEYS = new Set(['deprecated', 'integrity', 'checksum', 'homepage', 'funding']);

function pnpmPair(c: Collector, key: string, raw: string, where: string): void {
  const value = unquote(raw);
  if (value === '' || PNPM_SKIP_KEYS.has(key)) return;
  if (key === 'tarball' || key === 'repo') c.resolved(value, where);
  else if (PNPM_GIT_HOST_PATH.test(value)) c.record({ kind: 'git', host: value.slice(0, value.indexOf('/')).toLowerCase(), spec: value }, where);
  else c.spec(value, where);
}

function scanPnpmLock(text: string, c: Collector): void {
  forEachLine(text, (line, n) => {
    const colon = line.indexOf(':');
    if (colon < 0) return;
    const t = line.trim();
    if (t.startsWith('#')) return;
    const where = `line ${n}`;
    if (t.endsWith(':')) {
      // A mapping key: package keys "/name@1.0.0", "name@https://...", "github.com/user/repo/sha", "'name@git+https://...'"
      const key = unquote(t.slice(0, -1));
      if (PNPM_GIT_HOST_PATH.test(key)) c.record({ kind: 'git', host: key.slice(0, key.indexOf('/')).toLowerCase(), spec: key }, where);
      else {
        const source = afterPackageName(key.startsWith('/') ? key.slice(1) : key);
        if (source !== null) c.spec(source, where);
      }
      return;
    }
    const m = /^(-\s+)?('[^']*'|"[^"]*"|[^\s:'"][^:]*?):\s+(.*)$/.exec(t);
    if (!m) return;
    const key = unquote(m[2]!);
    const rest = m[3]!.trim();
    if (rest.startsWith('{')) {
      for (const p of rest.matchAll(PNPM_PAIR)) pnpmPair(c, unquote(p[1]!), p[2]!, where);
    } else pnpmPair(c, key, rest, where);
  });
}

// Other ecosystems' lockfiles -----------------------------------------------------------------------
//
// Each reader names the resolved sources the way its tool reads the file (a strict TOML or JSON parse,
// or the tool's own line grammar) and hands every URL to `classify`, the one URL/host reader above.
// A local path source is a `file` source (high when new), except the project's own directory (`.`).

/** A value that must be a URL, or else a local path (a uv find-links directory, a Gemfile PATH). */
function urlOrPath(c: Collector, value: string, where: string): void {
  const k = classify(value);
  if (k !== null) c.record(k, where);
  else localPath(c, value, where);
}

/** A local path source: the project itself (`.`) is not one; anything else is a local file source. */
function localPath(c: Collector, value: string, where: string): void {
  const v = value.trim();
  if (v === '.' || v === './' || v === '') return;
  const k = classify(v);
  if (k !== null && k.kind !== 'registry' && k.kind !== 'local') c.record(k, where);
  else c.source({ kind: 'file', spec: v }, where);
}

/** A version-control source named by a plain URL (`https://host/repo.git`): recorded as a git source. */
function vcsSource(c: Collector, value: string, where: string): void {
  const k = classify(value);
  if (k === null) localPath(c, value, where);
  else if (k.kind === 'https' || k.kind === 'http') c.record({ ...k, kind: 'git' }, where);
  else c.record(k, where);
}

type TomlAt = (t: TomlTable, k: string, fallback: string) => string;

/** Parse a TOML lockfile; on failure the collector's error says why and null is returned. */
function tomlLocked(text: string, c: Collector): { doc: TomlTable; at: TomlAt } | null {
  const r = parseToml(text);
  if (!r.ok) {
    c.error = `not valid TOML: ${r.reason}`;
    return null;
  }
  const at: TomlAt = (t, k, fallback) => {
    const n = r.lineOf(t, k);
    return n === undefined ? fallback : `line ${n}`;
  };
  return { doc: r.value, at };
}

function tomlPackages(doc: TomlTable, c: Collector, required: boolean): TomlTable[] {
  const p = doc.package;
  if (p === undefined) return [];
  if (!Array.isArray(p) || !p.every(isTable)) {
    if (required) c.error = '"package" is not an array of tables';
    return [];
  }
  return p as TomlTable[];
}

/** Cargo's canonical id of crates.io: what Cargo.lock writes for crates.io whatever the protocol. */
const CRATES_IO_SOURCE = 'registry+https://github.com/rust-lang/crates.io-index';

function cargoSource(c: Collector, src: string, where: string): void {
  if (src === CRATES_IO_SOURCE) {
    c.record({ kind: 'https', host: 'crates.io', spec: src }, where);
    return;
  }
  const m = /^(registry|sparse)\+(.*)$/.exec(src);
  if (m) {
    const k = classify(m[2]!);
    if (k === null) c.source({ kind: 'unknown', spec: src }, where);
    else c.record(k, where);
    return;
  }
  // git+https://host/repo?branch=x#sha, git+ssh://..., git+file://... (classify reads the scheme)
  if (/^git\+/i.test(src)) c.resolved(src, where);
  else c.source({ kind: 'unknown', spec: src }, where);
}

function scanCargoLock(text: string, c: Collector): void {
  const parsed = tomlLocked(text, c);
  if (parsed === null) return;
  const { doc, at } = parsed;
  const tables: TomlTable[] = [...tomlPackages(doc, c, true)];
  // [[patch.unused]] entries carry sources too.
  if (isTable(doc.patch) && Array.isArray(doc.patch.unused)) tables.push(...doc.patch.unused.filter(isTable));
  for (const pkg of tables) {
    const where = at(pkg, 'source', typeof pkg.name === 'string' ? pkg.name : 'package');
    if (pkg.source !== undefined) {
      if (typeof pkg.source === 'string') cargoSource(c, pkg.source, where);
      else c.source({ kind: 'unknown', spec: JSON.stringify(pkg.source) }, where);
    }
    // Lockfile version 1: "name version (source)" in dependency lists.
    if (Array.isArray(pkg.dependencies)) {
      for (const d of pkg.dependencies) {
        const m = typeof d === 'string' ? /\(([^()]+)\)\s*$/.exec(d) : null;
        if (m) cargoSource(c, m[1]!, at(pkg, 'dependencies', where));
      }
    }
  }
}

/** uv.lock: every `source`, `sdist`, `wheels` and `requires-dist` location, wherever it appears. */
function scanUvLock(text: string, c: Collector): void {
  const parsed = tomlLocked(text, c);
  if (parsed === null) return;
  const { doc, at } = parsed;
  tomlPackages(doc, c, true);
  walkToml(doc, (t, key, value) => {
    const where = at(t, key, key);
    if (key === 'registry' || key === 'url' || key === 'index') urlOrPath(c, value, where);
    else if (key === 'git') vcsSource(c, value, where);
    else if (key === 'path' || key === 'directory') localPath(c, value, where);
    else if (key === 'editable' || key === 'virtual') localPath(c, value, where);
  });
}

/** Calls `fn` for every string value under a table key (also strings in arrays under it); never throws. */
function walkToml(root: TomlTable, fn: (table: TomlTable, key: string, value: string) => void, skip?: (t: TomlTable, key: string) => boolean): void {
  const stack: TomlValue[] = [root];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x !== 'string') stack.push(x);
      continue;
    }
    if (typeof v === 'string') continue;
    for (const key of Object.keys(v)) {
      const x = v[key]!;
      if (skip?.(v, key)) continue;
      if (typeof x === 'string') fn(v, key, x);
      else if (Array.isArray(x)) {
        for (const y of x) if (typeof y === 'string') fn(v, key, y);
        stack.push(x);
      } else stack.push(x);
    }
  }
}

/** poetry.lock: `[package.source]` by type, and any URL, git or path in the package tables. */
function scanPoetryLock(text: string, c: Collector): void {
  const parsed = tomlLocked(text, c);
  if (parsed === null) return;
  const { doc, at } = parsed;
  for (const pkg of tomlPackages(doc, c, true)) {
    const src = pkg.source;
    const name = typeof pkg.name === 'string' ? pkg.name : 'package';
    if (src !== undefined) {
      if (!isTable(src) || typeof src.url !== 'string') {
        c.source({ kind: 'unknown', spec: JSON.stringify(src) }, at(pkg, 'source', name));
      } else {
        const type = typeof src.type === 'string' ? src.type.toLowerCase() : '';
        const where = at(src, 'url', name);
        if (type === 'git') vcsSource(c, src.url, where);
        else if (type === 'file' || type === 'directory') localPath(c, src.url, where);
        else if (type === 'legacy' || type === 'url' || type === 'pypi' || type === '') c.resolved(src.url, where);
        else c.source({ kind: 'unknown', spec: `${type} ${src.url}` }, where);
      }
    }
  }
  walkToml(
    doc,
    (t, key, value) => {
      const where = at(t, key, key);
      if (key === 'url') urlOrPath(c, value, where);
      else if (key === 'git') vcsSource(c, value, where);
      else if (key === 'path' || key === 'directory') localPath(c, value, where);
    },
    (t, key) => key === 'source' && isTable(t.source) && Object.hasOwn(t, 'name'),
  );
}

function parseJsonDoc(text: string, c: Collector): Obj | null {
  try {
    const v: unknown = JSON.parse(text);
    if (isObj(v)) return v;
    c.error = 'the top level is not a JSON object';
  } catch (err) {
    c.error = `not valid JSON: ${(err as Error).message.split('\n')[0]}`;
  }
  return null;
}

/** Pipfile.lock: `_meta.sources[].url`, and each package's git/hg/svn/bzr, file and path sources. */
function scanPipfileLock(text: string, c: Collector): void {
  const doc = parseJsonDoc(text, c);
  if (doc === null) return;
  const meta = doc._meta;
  if (!isObj(meta)) {
    c.error = '"_meta" is missing or not an object';
    return;
  }
  if (meta.sources !== undefined) {
    if (!Array.isArray(meta.sources)) c.error = '"_meta.sources" is not an array';
    else
      meta.sources.forEach((s, i) => {
        const where = `_meta.sources[${i}]`;
        if (!isObj(s) || typeof s.url !== 'string') c.source({ kind: 'unknown', spec: stableJson(s) }, where);
        else c.resolved(s.url, where);
      });
  }
  for (const category of Object.keys(doc)) {
    if (category === '_meta') continue;
    const pkgs = doc[category];
    if (!isObj(pkgs)) continue;
    for (const name of Object.keys(pkgs)) {
      const p = pkgs[name];
      if (!isObj(p)) continue;
      const where = `${category}.${name}`;
      for (const vcs of ['git', 'hg', 'svn', 'bzr']) if (typeof p[vcs] === 'string') vcsSource(c, p[vcs] as string, where);
      if (typeof p.file === 'string') urlOrPath(c, p.file, where);
      if (typeof p.path === 'string') localPath(c, p.path, where);
    }
  }
}

/** composer.lock: `dist.url` (what composer downloads), `source.url` (its fallback), mirrors, notification URLs. */
function scanComposerLock(text: string, c: Collector): void {
  const doc = parseJsonDoc(text, c);
  if (doc === null) return;
  for (const list of ['packages', 'packages-dev']) {
    const pkgs = doc[list];
    if (pkgs === undefined) continue;
    if (!Array.isArray(pkgs)) {
      c.error = `"${list}" is not an array`;
      return;
    }
    pkgs.forEach((p, i) => {
      if (!isObj(p)) return;
      const where = typeof p.name === 'string' ? `${list}: ${p.name}` : `${list}[${i}]`;
      for (const field of ['dist', 'source']) {
        const d = p[field];
        if (d === undefined || d === null) continue;
        if (!isObj(d) || typeof d.url !== 'string') {
          c.source({ kind: 'unknown', spec: stableJson(d) }, `${where} ${field}`);
          continue;
        }
        if (d.type === 'path') localPath(c, d.url, `${where} ${field}`);
        else urlOrPath(c, d.url, `${where} ${field}`);
        if (Array.isArray(d.mirrors)) for (const m of d.mirrors) if (isObj(m) && typeof m.url === 'string') urlOrPath(c, m.url, `${where} ${field} mirror`);
      }
      if (typeof p['notification-url'] === 'string') c.resolved(p['notification-url'], `${where} notification-url`);
    });
  }
}

/**
 * bun.lock (Bun >= 1.2, JSONC: trailing commas and comments). `packages` entries are tuples whose first
 * element is `name@resolution`; npm entries carry the tarball URL second ("" for the default registry).
 * Duplicate keys are refused: which of two entries Bun keeps is not something to guess.
 */
function scanBunLock(text: string, c: Collector): void {
  const json = stripJsonc(text);
  if (typeof json !== 'string') {
    c.error = json.error;
    return;
  }
  const doc = parseJsonDoc(json, c);
  if (doc === null) return;
  const packages = doc.packages;
  if (packages === undefined) return;
  if (!isObj(packages)) {
    c.error = '"packages" is not an object';
    return;
  }
  for (const key of Object.keys(packages)) {
    const entry = packages[key];
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') {
      c.error = `packages[${JSON.stringify(key)}] is not a [name@resolution, ...] tuple`;
      return;
    }
    const ident = entry[0];
    const source = afterPackageName(ident);
    if (source === null) {
      c.source({ kind: 'unknown', spec: ident }, key);
      continue;
    }
    c.spec(source, key);
    // npm: [ident, registry-or-tarball-url, info, integrity]
    if (entry.length === 4 && typeof entry[1] === 'string' && entry[1] !== '') c.resolved(entry[1], key);
    else if (entry.length === 4 && typeof entry[1] !== 'string' && entry[1] !== undefined && !isObj(entry[1])) c.source({ kind: 'unknown', spec: stableJson(entry[1]) }, key);
  }
}

/**
 * JSONC to JSON: comments and trailing commas become spaces; duplicate keys are an error. The string
 * grammar is JSON's, so JSON.parse decodes escapes afterwards exactly as it would have.
 */
function stripJsonc(text: string): string | { error: string } {
  /** [start, end) ranges replaced by one space: comments and trailing commas, in any order. */
  const blank: [number, number][] = [];
  const stack: { obj: boolean; keys: Set<string>; expectKey: boolean }[] = [];
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
        let k: string;
        try {
          k = JSON.parse(text.slice(start, i)) as string;
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
      const end = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i);
      if (block && end < 0) return { error: `unterminated comment at line ${line}` };
      const stop = block ? end + 2 : end < 0 ? n : end;
      for (let j = i; j < stop; j++) if (text.charCodeAt(j) === 10) line++;
      blank.push([i, stop]);
      i = stop;
      continue;
    }
    if (ch === 123 || ch === 91) {
      stack.push({ obj: ch === 123, keys: new Set(), expectKey: ch === 123 });
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
  const parts: string[] = [];
  let last = 0;
  for (const [from, to] of blank) {
    parts.push(text.slice(last, from), ' ');
    last = to;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

const GEMFILE_SECTIONS = new Set(['GIT', 'GEM', 'PATH', 'PLUGIN SOURCE', 'PLATFORMS', 'DEPENDENCIES', 'RUBY VERSION', 'BUNDLED WITH', 'CHECKSUMS']);

/**
 * Gemfile.lock: `  remote:` lines (exactly two spaces, as Bundler's parser reads them) of the GEM, GIT,
 * PATH and PLUGIN SOURCE sections. A remote anywhere else, indented otherwise, or in a section Bundler
 * does not know, and merge-conflict markers, make the file unreadable (fail closed).
 */
function scanGemfileLock(text: string, c: Collector): void {
  let section = '';
  forEachLine(text, (line, n) => {
    if (c.error !== undefined || line.trim() === '') return;
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
    const value = m[1]!.trim();
    const where = `line ${n}`;
    if (section === 'GEM' || section === 'PLUGIN SOURCE') urlOrPath(c, value, where);
    else if (section === 'GIT') vcsSource(c, value, where);
    else if (section === 'PATH') localPath(c, value, where);
    else c.error = `a "remote:" at line ${n} in ${GEMFILE_SECTIONS.has(section) ? 'the' : 'an unknown'} section ${JSON.stringify(section)}`;
  });
}

/**
 * Resolved hosts of a lockfile (`package-lock.json`, `npm-shrinkwrap.json` v1-v3, `yarn.lock` classic and
 * berry, `pnpm-lock.yaml`, `bun.lock`, `uv.lock`, `poetry.lock`, `Pipfile.lock`, `Cargo.lock`,
 * `Gemfile.lock`, `composer.lock`), plus the non-registry sources as problems. One JSON.parse or one linear line
 * scan: a 50 MB lockfile takes well under a second. Never throws.
 */
export function lockfileHosts(path: string, text: string): LockfileScan {
  const c = new Collector();
  const kind = dependencyFileKind(path);
  if (text.length > MAX_LOCKFILE_CHARS) {
    c.error = `the lockfile is ${text.length} characters; the limit is ${MAX_LOCKFILE_CHARS}`;
    return c.result();
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (kind === 'npm-lock') scanNpmLock(body, c);
  else if (kind === 'yarn-lock') scanYarnLock(body, c);
  else if (kind === 'pnpm-lock') scanPnpmLock(body, c);
  else if (kind === 'bun-lock') scanBunLock(body, c);
  else if (kind === 'cargo-lock') scanCargoLock(body, c);
  else if (kind === 'uv-lock') scanUvLock(body, c);
  else if (kind === 'poetry-lock') scanPoetryLock(body, c);
  else if (kind === 'pipfile-lock') scanPipfileLock(body, c);
  else if (kind === 'composer-lock') scanComposerLock(body, c);
  else if (kind === 'gemfile-lock') scanGemfileLock(body, c);
  else c.error = `${quoteValue(path)} is not a supported lockfile`;
  return c.result();
}

// ---------------------------------------------------------------------------------------------
// Helpers

type Obj = Record<string, unknown>;
function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const CAP_PER_CODE = 20;

/** Deny findings first; at most CAP_PER_CODE findings per code, the rest summarised in one finding of the same code. */
function finish(file: string, findings: Finding[]): Finding[] {
  const ordered = [...findings.filter((f) => f.severity === 'deny'), ...findings.filter((f) => f.severity !== 'deny')];
  const counts = new Map<string, number>();
  const out: Finding[] = [];
  const dropped = new Map<string, Finding & { n: number }>();
  for (const f of ordered) {
    const n = (counts.get(f.code) ?? 0) + 1;
    counts.set(f.code, n);
    if (n <= CAP_PER_CODE) out.push(f);
    else {
      const d = dropped.get(f.code) ?? { ...f, n: 0 };
      d.n++;
      if (f.severity === 'deny') d.severity = 'deny';
      dropped.set(f.code, d);
    }
  }
  for (const [code, d] of dropped) out.push({ code, severity: d.severity, message: `${file}: ${d.n} more ${code} findings not listed.` });
  return out;
}

function hostNote(value: string, allow: readonly string[]): string {
  const c = classify(value);
  if (!c || c.host === undefined) return '';
  const notes: string[] = [];
  if (c.insecure) notes.push('over plain http, without TLS');
  if (!hostAllowed(allow, c.host)) notes.push(`host ${quoteValue(c.host)} is not in the network allow list`);
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

// ---------------------------------------------------------------------------------------------
// Lockfile review

function reviewLockfile(file: string, path: string, baseText: string | null, headText: string | null, allow: readonly string[]): Finding[] {
  const out: Finding[] = [];
  if (headText === null) {
    if (baseText !== null) {
      out.push({ code: 'dependency_lockfile_removed', severity: 'high', message: `${file} was removed; the next install resolves every dependency afresh, from whatever registry is configured.` });
    }
    return out;
  }
  const head = lockfileHosts(path, headText);
  if (head.error !== undefined) {
    out.push({
      code: 'dependency_lockfile_unparseable',
      severity: 'deny',
      message: `${file} could not be read (${quoteValue(head.error)}), so its resolved hosts cannot be checked against the network allow list.`,
    });
    return out;
  }
  const base = baseText === null ? null : lockfileHosts(path, baseText);
  const baseHosts = new Set(base && base.error === undefined ? base.hosts : []);
  const existingOutside: string[] = [];
  for (const host of head.hosts) {
    if (hostAllowed(allow, host)) continue;
    if (baseHosts.has(host)) {
      existingOutside.push(host);
      continue;
    }
    out.push({
      code: 'dependency_host_not_allowed',
      severity: 'deny',
      message: `${file}: dependency confusion: resolved host ${quoteValue(host)} is not in the network allow list (first at ${quoteValue(head.hostSites.get(host) ?? '', 120)}).`,
    });
  }
  if (existingOutside.length > 0) {
    const shown = existingOutside.slice(0, 20).map((h) => quoteValue(h)).join(', ');
    const more = existingOutside.length > 20 ? ` and ${existingOutside.length - 20} more` : '';
    out.push({
      code: 'dependency_host_not_allowed_existing',
      severity: 'high',
      message: `${file} still resolves packages from ${shown}${more}, outside the network allow list (already so in the base); extend the allow list or move those packages.`,
    });
  }
  const baseSources = new Set((base?.sources ?? []).map((s) => `${s.kind}|${s.spec}`));
  for (const s of head.sources) {
    if (baseSources.has(`${s.kind}|${s.spec}`)) continue;
    // A source that cannot be read (no URL, an unknown scheme, a network scheme without `//`) is a deny:
    // what it resolves from cannot be checked against the network allow list.
    out.push({ code: SOURCE_CODE[s.kind], severity: s.kind === 'unknown' ? 'deny' : 'high', message: `${file} adds a ${SOURCE_TEXT[s.kind]}: ${quoteValue(s.spec)} (at ${quoteValue(s.where, 120)}).` });
  }
  return out;
}

/**
 * bun.lockb, Bun's binary lockfile (before Bun 1.2): no reader here, so the hosts it resolves from cannot
 * be checked, which is what the lockfile rule is for. A new or changed one is a deny; Bun >= 1.2 writes
 * the text bun.lock, which is read.
 */
function bunLockbFinding(file: string): Finding {
  return {
    code: 'dependency_lockfile_binary',
    severity: 'deny',
    message:
      `${file} is Bun's binary lockfile, which cannot be read, so the hosts it resolves packages from cannot be checked against the network allow list. ` +
      'Switch to the text lockfile (Bun 1.2 or later): run `bun install --save-text-lockfile --frozen-lockfile --lockfile-only`, commit bun.lock and delete bun.lockb.',
  };
}

const SOURCE_CODE: Record<SourceKind, string> = {
  http: 'dependency_insecure_source',
  git: 'dependency_git_source',
  file: 'dependency_file_source',
  exec: 'dependency_exec_source',
  credentials: 'dependency_url_credentials',
  unknown: 'dependency_unknown_source',
};

// ---------------------------------------------------------------------------------------------
// package.json

/** npm lifecycle scripts: the install-time ones run on `npm install`/`npm ci` (and for git dependencies, prepare/prepack too). */
const LIFECYCLE_SCRIPTS = new Set([
  'preinstall',
  'install',
  'postinstall',
  'prepare',
  'preprepare',
  'postprepare',
  'prepack',
  'pack',
  'postpack',
  'prepublish',
  'prepublishonly',
  'publish',
  'postpublish',
  'preuninstall',
  'uninstall',
  'postuninstall',
  'preversion',
  'version',
  'postversion',
  'dependencies',
  'predependencies',
  'postdependencies',
  'preshrinkwrap',
  'shrinkwrap',
  'postshrinkwrap',
]);
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
/** A script run by name from another script: `npm run x`, `npm run-script x`, `yarn x`, `pnpm run x`, `bun run x`, `npm test`. */
const SCRIPT_CALL = /(?:^|[\s;&|()`'"])(?:npm|pnpm|yarn|bun)(?:\s+--?[\w-]+(?:=\S+)?)*\s+(?:run(?:-script)?\s+(?:--?[\w-]+(?:=\S+)?\s+)*)?([\w:.@/-]+)/g;
/** npm-run-all and its short forms name scripts as arguments. */
const SCRIPT_LIST_CALL = /(?:^|[\s;&|()`'"])(?:npm-run-all|run-s|run-p)\s+([^;&|]+)/g;

/**
 * The scripts a package manager runs without being asked for by name: those `isRoot` names (lifecycle
 * scripts, events) and, transitively, the scripts `callees` finds called from one, each with the root
 * that reaches it.
 */
function scriptsRunAutomatically(scripts: Obj, isRoot: (name: string) => boolean, callees: (value: unknown) => string[]): Map<string, string> {
  const reached = new Map<string, string>();
  const queue: string[] = [];
  for (const name of Object.keys(scripts)) {
    if (!isRoot(name)) continue;
    reached.set(name, name);
    queue.push(name);
  }
  while (queue.length > 0) {
    const name = queue.shift()!;
    for (const callee of callees(scripts[name])) {
      if (!Object.hasOwn(scripts, callee) || reached.has(callee)) continue;
      reached.set(callee, reached.get(name)!);
      queue.push(callee);
    }
  }
  return reached;
}

/** The scripts of `reached` (name -> the root that reaches it) that the head adds or changes against the base. */
function newOrChangedScripts(reached: Map<string, string>, scripts: Obj, baseScripts: Obj): { name: string; root: string; value: unknown; verb: 'adds' | 'changes' }[] {
  const out: { name: string; root: string; value: unknown; verb: 'adds' | 'changes' }[] = [];
  for (const [name, root] of reached) {
    const value = scripts[name];
    const inBase = Object.hasOwn(baseScripts, name);
    if (inBase && stableJson(baseScripts[name]) === stableJson(value)) continue;
    out.push({ name, root, value, verb: inBase ? 'changes' : 'adds' });
  }
  return out;
}

/**
 * npm: the lifecycle scripts and the scripts they run by name (`postinstall: npm run build` makes a
 * changed `build` install-time code), with the `pre`/`post` hooks of each (npm runs them around a
 * script run by name).
 */
function npmAutoScripts(scripts: Obj): Map<string, string> {
  return scriptsRunAutomatically(
    scripts,
    (name) => LIFECYCLE_SCRIPTS.has(name.toLowerCase()),
    (value) => {
      if (typeof value !== 'string') return [];
      const names: string[] = [];
      for (const m of value.matchAll(SCRIPT_CALL)) names.push(m[1]!);
      for (const m of value.matchAll(SCRIPT_LIST_CALL)) for (const arg of m[1]!.split(/\s+/)) if (arg && !arg.startsWith('-')) names.push(arg);
      return names.flatMap((n) => [n, `pre${n}`, `post${n}`]);
    },
  );
}
/** Test-runner options that load code (jest, vitest and friends). */
const TEST_RUNNER_KEYS =
  /\b(globalSetup|globalTeardown|setupFiles|setupFilesAfterEnv|setupFilesAfterEach|testEnvironment|testRunner|runner|transform|reporters|watchPlugins|snapshotResolver|preset|resolver|moduleLoader|testSequencer|testResultsProcessor|dependencyExtractor|prettierPath|haste|plugins|globalSetupFile|webServer|require|loader|import|node-option|nodeArguments)\b/;

/**
 * Top-level package.json keys that configure tools which run commands or load code: the package.json
 * form of protected files (.husky, .simple-git-hooks*, .lintstagedrc*, .mocharc*, .babelrc*), and the
 * lists that let dependencies' install scripts run. A change to one is as high as a change to the file.
 */
const CODE_RUNNING_KEYS: Readonly<Record<string, string>> = Object.freeze({
  husky: 'husky (v4) runs these commands as git hooks',
  'simple-git-hooks': 'simple-git-hooks installs these commands as git hooks',
  'lint-staged': 'lint-staged runs these commands on every commit',
  'pre-commit': 'the pre-commit package runs these scripts as a git hook',
  precommit: 'the pre-commit package runs these scripts as a git hook',
  'pre-push': 'the pre-push package runs these scripts as a git hook',
  prepush: 'the pre-push package runs these scripts as a git hook',
  gitHooks: 'yorkie runs these commands as git hooks',
  ghooks: 'ghooks runs these commands as git hooks',
  'git-hooks': 'these commands run as git hooks',
  mocha: 'mocha loads the modules it names (require, reporter, ui) before any test',
  ava: 'ava loads the modules it names (require, extensions) before any test',
  nyc: 'nyc loads the modules it names (require) into every test process',
  c8: 'c8 configuration applies to every test process',
  babel: 'babel loads these plugins and presets (code) on every build and test',
  eslintConfig: 'eslint loads these plugins and parsers (code)',
  prettier: 'prettier loads these plugins (code)',
  stylelint: 'stylelint loads these plugins (code)',
  xo: 'xo loads these plugins (code)',
  trustedDependencies: 'bun runs the install scripts of these dependencies',
});
/** Keys under package.json "pnpm" that decide which dependencies may run install scripts. */
const PNPM_SCRIPT_KEYS = ['onlyBuiltDependencies', 'onlyBuiltDependenciesFile', 'neverBuiltDependencies', 'ignoredBuiltDependencies', 'packageExtensions', 'patchedDependencies'];

function parseJsonObject(text: string): Obj | string {
  try {
    const v: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return isObj(v) ? v : 'the top level is not a JSON object';
  } catch (err) {
    return `not valid JSON: ${(err as Error).message.split('\n')[0]}`;
  }
}

function stringEntries(v: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (typeof v === 'string') out.set(prefix, v);
  else if (isObj(v)) for (const k of Object.keys(v)) stringEntries(v[k], prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** npm's `user/repo#ref` shorthand: fetched from GitHub. */
const GITHUB_SHORTHAND = /^[^@\s/.:][^\s/:]*\/[^\s/:]+(#.*)?$/;

function dependencySourceText(spec: string): string | null {
  const s = spec.trim();
  if (/^npm:/i.test(s)) return 'an npm alias that installs a differently named package';
  const c = classify(s);
  if (c) {
    if (c.kind === 'registry') return null;
    if (c.kind === 'https') return 'a tarball URL';
    if (c.kind === 'local') return 'a link to a local directory';
    return SOURCE_TEXT[c.kind];
  }
  // GitHub shorthand "user/repo#ref"
  if (GITHUB_SHORTHAND.test(s)) return 'a GitHub repository (user/repo shorthand)';
  if (/^(\.{1,2}\/|\/|~\/)/.test(s)) return 'a local path';
  return null;
}

function reviewPackageJson(file: string, baseText: string | null, headText: string | null, allow: readonly string[]): Finding[] {
  const out: Finding[] = [];
  if (headText === null) return out;
  const head = parseJsonObject(headText);
  if (typeof head === 'string') {
    return [{ code: 'package_json_unparseable', severity: 'high', message: `${file} could not be parsed (${quoteValue(head)}), so its scripts and dependencies were not reviewed.` }];
  }
  const parsedBase = baseText === null ? {} : parseJsonObject(baseText);
  const base: Obj = typeof parsedBase === 'string' ? {} : parsedBase;
  const add = (code: string, message: string) => out.push({ code, severity: 'high', message });

  const scripts = isObj(head.scripts) ? head.scripts : {};
  const baseScripts = isObj(base.scripts) ? base.scripts : {};
  for (const { name, root: lifecycle, value, verb } of newOrChangedScripts(npmAutoScripts(scripts), scripts, baseScripts)) {
    const script = `scripts.${quoteValue(name).slice(1, -1)} = ${quoteValue(value)}`;
    add(
      'package_lifecycle_script',
      name === lifecycle
        ? `${file} ${verb} the lifecycle script ${script}; npm runs it automatically (install-time code execution, as in the Nx and Cline payloads).`
        : `${file} ${verb} ${script}, which the lifecycle script ${quoteValue(lifecycle)} runs; so it runs automatically on install too.`,
    );
  }

  if (head.bin !== undefined && stableJson(head.bin) !== stableJson(base.bin)) {
    const headBins = typeof head.bin === 'string' ? new Map([['bin', head.bin]]) : stringEntries(head.bin, 'bin', new Map());
    const baseBins = typeof base.bin === 'string' ? new Map([['bin', base.bin]]) : stringEntries(base.bin, 'bin', new Map());
    for (const [key, value] of headBins) {
      if (baseBins.get(key) === value) continue;
      add('package_bin', `${file} ${baseBins.has(key) ? 'changes' : 'adds'} the executable ${quoteValue(key)} = ${quoteValue(value)}; it is linked onto PATH for scripts and dependants.`);
    }
    if (headBins.size === 0) add('package_bin', `${file} sets bin = ${quoteValue(head.bin)}.`);
  }

  const specs = (doc: Obj): Map<string, string> => {
    const m = new Map<string, string>();
    for (const field of DEPENDENCY_FIELDS) {
      const deps = doc[field];
      if (isObj(deps)) for (const name of Object.keys(deps)) if (typeof deps[name] === 'string') m.set(`${field}.${name}`, deps[name] as string);
    }
    stringEntries(doc.overrides, 'overrides', m);
    stringEntries(doc.resolutions, 'resolutions', m);
    if (isObj(doc.pnpm)) stringEntries(doc.pnpm.overrides, 'pnpm.overrides', m);
    return m;
  };
  const baseSpecs = specs(base);
  for (const [key, value] of specs(head)) {
    if (baseSpecs.get(key) === value) continue;
    const what = dependencySourceText(value);
    if (what === null) continue;
    // Credentials in the URL (`git+https://user:token@host/...`) never reach the log. A host outside the
    // allow list is a deny, as in a lockfile: without a committed lockfile this is the only place it shows.
    const host = classify(value)?.host ?? (GITHUB_SHORTHAND.test(value.trim()) ? 'github.com' : undefined);
    const outside = host !== undefined && !hostAllowed(allow, host);
    out.push({
      code: 'package_dependency_source',
      severity: outside ? 'deny' : 'high',
      message: `${file} sets ${quoteValue(key)} = ${quoteValue(redactUrl(value))}: ${what}, not a version from the registry${hostNote(value, allow) || (outside ? ` (host ${quoteValue(host)} is not in the network allow list)` : '')}.`,
    });
  }

  if (head.packageManager !== undefined && stableJson(head.packageManager) !== stableJson(base.packageManager)) {
    add('package_manager_changed', `${file} sets packageManager = ${quoteValue(head.packageManager)}; corepack downloads and runs that package manager${typeof head.packageManager === 'string' ? hostNote(head.packageManager.replace(/^[^@]+@/, ''), allow) : ''}.`);
  }

  for (const key of Object.keys(head)) {
    if (!Object.hasOwn(CODE_RUNNING_KEYS, key)) continue;
    if (stableJson(head[key]) === stableJson(base[key])) continue;
    add('package_tool_config', `${file} ${Object.hasOwn(base, key) ? 'changes' : 'sets'} ${quoteValue(key)} = ${quoteValue(head[key])}; ${CODE_RUNNING_KEYS[key]} (the package.json form of a protected configuration file).`);
  }
  const pnpmHead = isObj(head.pnpm) ? head.pnpm : {};
  const pnpmBase = isObj(base.pnpm) ? base.pnpm : {};
  for (const key of PNPM_SCRIPT_KEYS) {
    if (!Object.hasOwn(pnpmHead, key) || stableJson(pnpmHead[key]) === stableJson(pnpmBase[key])) continue;
    add('package_tool_config', `${file} ${Object.hasOwn(pnpmBase, key) ? 'changes' : 'sets'} pnpm.${key} = ${quoteValue(pnpmHead[key])}; it decides which dependencies run install scripts or how they are patched.`);
  }

  const jestHeadAll = isObj(head.jest) ? head.jest : {};
  const jestBaseAll = isObj(base.jest) ? base.jest : {};
  for (const key of Object.keys(jestHeadAll)) {
    if (!TEST_RUNNER_KEYS.test(key)) continue;
    if (stableJson(jestHeadAll[key]) === stableJson(jestBaseAll[key])) continue;
    add('test_runner_setup', `${file} sets jest.${quoteValue(key).slice(1, -1)} = ${quoteValue(jestHeadAll[key])}; the test runner loads that code.`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// composer.json

/**
 * Composer events whose scripts run without being asked for by name: every install and update (and each
 * package installed), every autoload dump (part of every install), project creation, plugin events and
 * Composer 1's solver events. Only the root package's scripts run, and this file is the root package.
 */
const COMPOSER_EVENTS = new Set([
  'pre-install-cmd',
  'post-install-cmd',
  'pre-update-cmd',
  'post-update-cmd',
  'pre-status-cmd',
  'post-status-cmd',
  'pre-archive-cmd',
  'post-archive-cmd',
  'pre-autoload-dump',
  'post-autoload-dump',
  'post-root-package-install',
  'post-create-project-cmd',
  'pre-operations-exec',
  'pre-dependencies-solving',
  'post-dependencies-solving',
  'pre-package-install',
  'post-package-install',
  'pre-package-update',
  'post-package-update',
  'pre-package-uninstall',
  'post-package-uninstall',
  'init',
  'command',
  'pre-file-download',
  'post-file-download',
  'pre-command-run',
  'pre-pool-create',
]);
/** `@php`, `@composer` and `@putenv` are commands, not references to other scripts. */
const COMPOSER_SCRIPT_COMMANDS = new Set(['php', 'composer', 'putenv', 'additional_args']);

/**
 * The scripts that run on an event, each with the event that reaches it: the event scripts themselves and,
 * transitively, the scripts they call as `@name` (a changed `build` runs on install when
 * `post-install-cmd` says `@build`, though its own name is no event).
 */
function composerAutoScripts(scripts: Obj): Map<string, string> {
  return scriptsRunAutomatically(
    scripts,
    (name) => COMPOSER_EVENTS.has(name),
    (value) =>
      (Array.isArray(value) ? value : [value]).flatMap((command) => {
        const ref = typeof command === 'string' ? /^@([^\s]+)/.exec(command.trim()) : null;
        return ref && !COMPOSER_SCRIPT_COMMANDS.has(ref[1]!) ? [ref[1]!] : [];
      }),
  );
}

/** `repositories` by position (a list: earlier entries win) or by name (an object), each as JSON. */
function composerRepositories(doc: Obj): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const repos = doc.repositories;
  if (Array.isArray(repos)) repos.forEach((r, i) => out.set(`repositories[${i}]`, r));
  else if (isObj(repos)) for (const k of Object.keys(repos)) out.set(`repositories.${k}`, repos[k]);
  else if (repos !== undefined) out.set('repositories', repos);
  return out;
}

/** `config` keys that decide what runs on install, how downloads are verified, and which credentials go where. */
function composerConfigWhy(key: string): { code: string; why: string; redact?: boolean } | null {
  if (key === 'allow-plugins') return { code: 'composer_plugins', why: 'composer runs the code of the plugins it allows on every install and update' };
  if (['secure-http', 'disable-tls', 'cafile', 'capath'].includes(key)) return { code: 'composer_tls', why: 'changes whether downloads use TLS and how it is verified' };
  if (['http-basic', 'bearer', 'github-oauth', 'gitlab-oauth', 'gitlab-token', 'bitbucket-oauth', 'forgejo-token'].includes(key)) {
    return { code: 'composer_auth', why: 'registry credentials (committed, and sent to the hosts they name)', redact: true };
  }
  if (['github-domains', 'gitlab-domains', 'use-github-api', 'github-protocols'].includes(key)) return { code: 'composer_setting', why: 'changes which hosts composer treats as GitHub or GitLab and sends their credentials to' };
  return null;
}

/**
 * composer.json: the scripts composer runs on install and update (install-time code execution, as npm's
 * lifecycle scripts), the `repositories` packages are looked up in before packagist.org (dependency
 * confusion: the first repository that has a name wins), and the `config` keys above. New, changed and
 * (for repositories) removed entries are high; the lockfile's hosts are checked in composer.lock.
 */
function reviewComposerJson(file: string, baseText: string | null, headText: string | null, allow: readonly string[]): Finding[] {
  if (headText === null) return [];
  const head = parseJsonObject(headText);
  if (typeof head === 'string') {
    return [{ code: 'composer_json_unparseable', severity: 'high', message: `${file} could not be parsed (${quoteValue(head)}), so its scripts and repositories were not reviewed.` }];
  }
  const parsedBase = baseText === null ? {} : parseJsonObject(baseText);
  const base: Obj = typeof parsedBase === 'string' ? {} : parsedBase;
  const out: Finding[] = [];
  const add = (code: string, message: string) => out.push({ code, severity: 'high', message });

  const scripts = isObj(head.scripts) ? head.scripts : {};
  const baseScripts = isObj(base.scripts) ? base.scripts : {};
  for (const { name, root: event, value, verb } of newOrChangedScripts(composerAutoScripts(scripts), scripts, baseScripts)) {
    const how = name === event ? `composer runs it on the ${quoteValue(event)} event` : `the ${quoteValue(event)} event runs it through "@${quoteValue(name).slice(1, -1)}"`;
    add('composer_script', `${file} ${verb} the script scripts.${quoteValue(name).slice(1, -1)} = ${quoteValue(value)}; ${how} (install-time code execution).`);
  }
  if (head.scripts !== undefined && !isObj(head.scripts) && stableJson(head.scripts) !== stableJson(base.scripts)) {
    add('composer_script', `${file} sets scripts = ${quoteValue(head.scripts)}, which is not an object of scripts.`);
  }

  const repos = composerRepositories(head);
  const baseRepos = composerRepositories(base);
  for (const [key, value] of repos) {
    if (baseRepos.has(key) && stableJson(baseRepos.get(key)) === stableJson(value)) continue;
    const url = isObj(value) && typeof value.url === 'string' ? hostNote(value.url, allow) : '';
    const disables = value === false || (isObj(value) && value['packagist.org'] === false);
    const why = disables
      ? 'composer no longer looks packages up there'
      : `composer looks packages up there before packagist.org, and the first repository that has a package name wins (dependency confusion)${url}`;
    add('composer_repository', `${file} ${baseRepos.has(key) ? 'changes' : 'sets'} ${quoteValue(key)} to ${quoteValue(redactedRepository(value))}: ${why}.`);
  }
  for (const [key, value] of baseRepos) {
    if (repos.has(key)) continue;
    add('composer_repository', `${file} removes ${quoteValue(key)} (was ${quoteValue(redactedRepository(value))}): the packages it served now resolve from the remaining repositories (packagist.org by default), where anyone may publish the same names.`);
  }

  const config = isObj(head.config) ? head.config : {};
  const baseConfig = isObj(base.config) ? base.config : {};
  for (const key of Object.keys(config)) {
    if (stableJson(config[key]) === stableJson(baseConfig[key])) continue;
    const c = composerConfigWhy(key);
    if (c === null) continue;
    const shown = c.redact ? '(redacted: credentials are committed)' : quoteValue(config[key]);
    add(c.code, `${file} ${Object.hasOwn(baseConfig, key) ? 'changes' : 'sets'} config.${quoteValue(key).slice(1, -1)} = ${shown}: ${c.why}.`);
  }
  return out;
}

/** A repository entry as shown in a message: a URL's userinfo is replaced by `***`. */
function redactedRepository(value: unknown): unknown {
  if (!isObj(value) || typeof value.url !== 'string') return value;
  return { ...value, url: redactUrl(value.url) };
}

// ---------------------------------------------------------------------------------------------
// Key/value configuration formats

type Settings = Map<string, string>;

/** `.npmrc` (ini): `key=value`, `key[]=value`, `[section]`, comments with ; or #. */
function parseIni(text: string, opts: { continuation: boolean; lowerKeys: boolean }): Settings {
  const out: Settings = new Map();
  let section = '';
  let lastKey: string | null = null;
  forEachLine(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, (line) => {
    const t = line.trim();
    if (t === '' || t.startsWith(';') || t.startsWith('#')) {
      lastKey = null;
      return;
    }
    if (opts.continuation && lastKey !== null && /^[ \t]/.test(line)) {
      out.set(lastKey, `${out.get(lastKey) ?? ''}\n${t}`);
      return;
    }
    const sec = /^\[(.*)\]$/.exec(t);
    if (sec) {
      section = sec[1]!.trim();
      lastKey = null;
      return;
    }
    const m = /^([^=:]+?)\s*(=|:)\s*(.*)$/.exec(t);
    let key: string;
    let value: string;
    if (m && (m[2] === '=' || opts.continuation)) {
      key = m[1]!.trim();
      value = m[3]!;
    } else {
      const eq = t.indexOf('=');
      if (eq < 0) {
        key = t;
        value = 'true';
      } else {
        key = t.slice(0, eq).trim();
        value = t.slice(eq + 1);
      }
    }
    if (opts.lowerKeys) key = key.toLowerCase();
    let isArray = false;
    if (key.endsWith('[]')) {
      key = key.slice(0, -2);
      isArray = true;
    }
    const full = section ? `${section}.${key}` : key;
    const v = unquote(value.trim());
    out.set(full, isArray && out.has(full) ? `${out.get(full)!}\n${v}` : v);
    lastKey = full;
  });
  return out;
}

/** Java properties: `key=value`, `key: value`, `key value`; `\` escapes and line continuations; # and ! comments. */
function parseProperties(text: string): Settings {
  const out: Settings = new Map();
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!.replace(/^\s+/, '');
    let k = 0;
    while (k < line.length && !/[=:\s]/.test(line[k]!)) k += line[k] === '\\' ? 2 : 1;
    const key = unescapeProperty(line.slice(0, k));
    const rest = line.slice(k).replace(/^\s*[=:]?\s*/, '');
    out.set(key, unescapeProperty(rest));
  }
  return out;
}

function unescapeProperty(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return e === 't' ? '\t' : e === 'n' ? '\n' : e === 'r' ? '\r' : e === 'f' ? '\f' : e;
  });
}

/**
 * A TOML configuration file (bunfig.toml, uv.toml, pyproject.toml, .cargo/config.toml) as settings, read
 * with the strict reader the TOML lockfiles use (toml.ts), or why it cannot be read. One reader per
 * format: a construct a lenient reader mis-read (a quoted `#`, a multi-line string, an escape) could
 * hide a registry change behind a value the tool reads differently.
 *
 * Keys are dotted paths: tables nest as `a.b`, and an array holding tables as `a[0].b`, whether it was
 * written `[[a]]` or `a = [{ b = ... }]` (the same value to the tools, so the same key here). An array of
 * plain values is one setting, its JSON text. Strings are their decoded value; numbers, booleans and dates
 * their source text. A key segment that could be read as a path (holding `.`, `[`, `]` or `"`, or empty)
 * is written as a JSON string, so `"a.b" = 1` and `a.b = 1`, distinct to the tools, stay distinct here.
 */
export function tomlSettings(text: string): Settings | string {
  const r = parseToml(text);
  if (!r.ok) return r.reason;
  const out: Settings = new Map();
  flattenTomlValue(r.value, out);
  return out;
}

function tomlKeySegment(key: string): string {
  return key === '' || /[.[\]"]/.test(key) ? JSON.stringify(key) : key;
}

/** Depth-first, in the file's order; with an explicit stack, since header and dotted-key nesting is unbounded. */
function flattenTomlValue(root: TomlTable, out: Settings): void {
  const stack: [TomlValue, string][] = [[root, '']];
  while (stack.length > 0) {
    const [value, prefix] = stack.pop()!;
    if (typeof value === 'string') out.set(prefix, value);
    else if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string')) out.set(prefix, JSON.stringify(value));
      else for (let i = value.length - 1; i >= 0; i--) stack.push([value[i]!, `${prefix}[${i}]`]);
    } else {
      // An empty table configures nothing: it adds no setting.
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        stack.push([value[k]!, prefix === '' ? tomlKeySegment(k) : `${prefix}.${tomlKeySegment(k)}`]);
      }
    }
  }
}

/**
 * A TOML configuration file's new, changed and removed settings. A head the strict reader refuses is a
 * `<code>_unparseable` finding, never "no settings": the tool may read what the reader could not (or
 * refuse the file, which a change should not do either). A base it refuses counts as empty, so every
 * head setting is reported.
 */
function reviewTomlSettings(file: string, code: string, baseText: string | null, headText: string | null, classify: Classifier): Finding[] {
  const head = tomlSettings(headText ?? '');
  if (typeof head === 'string') {
    return [{ code: `${code}_unparseable`, severity: 'high', message: `${file} could not be parsed as TOML (${quoteValue(head)}), so its settings were not reviewed.` }];
  }
  const base = tomlSettings(baseText ?? '');
  return reviewSettings(file, typeof base === 'string' ? new Map() : base, head, classify, true);
}

/** A classifier turns a changed setting into a finding code and an explanation, or null to skip it. */
type Classifier = (key: string, value: string | undefined, before: string | undefined) => { code: string; why: string; redact?: boolean } | null;

function reviewSettings(file: string, base: Settings, head: Settings, classify: Classifier, reportRemovals: boolean): Finding[] {
  const out: Finding[] = [];
  for (const [key, value] of head) {
    const before = base.get(key);
    if (before === value) continue;
    const c = classify(key, value, before);
    if (!c) continue;
    const shown = c.redact ? redacted(value) : quoteValue(value);
    out.push({ code: c.code, severity: 'high', message: `${file} ${before === undefined ? 'sets' : 'changes'} ${quoteValue(key)} to ${shown}: ${c.why}.` });
  }
  if (reportRemovals) {
    for (const [key, before] of base) {
      if (head.has(key)) continue;
      const c = classify(key, undefined, before);
      if (!c) continue;
      out.push({ code: c.code, severity: 'high', message: `${file} removes ${quoteValue(key)} (was ${c.redact ? redacted(before) : quoteValue(before)}): ${c.why}.` });
    }
  }
  return out;
}

/** Credentials are never echoed: an environment reference is shown, a literal value only by its length. */
function redacted(value: string): string {
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(value.trim())) return quoteValue(value.trim());
  return `(redacted: a literal ${value.length}-character credential is committed)`;
}

// .npmrc ---------------------------------------------------------------------------------------

function npmrcClassifier(allow: readonly string[]): Classifier {
  return (key, value, before) => {
    // npm reads keys with - or _ alike in several places; classify on a normalised form.
    const k = key.toLowerCase().replace(/(?<=[a-z])_(?=[a-z])/g, '-');
    const last = k.slice(k.lastIndexOf(':') + 1);
    if (value === undefined) {
      if (last === 'ignore-scripts' && before?.trim().toLowerCase() === 'true') {
        return { code: 'npmrc_ignore_scripts', why: 'install scripts of every dependency run again' };
      }
      return null;
    }
    if (/(^|:)_?(authtoken|auth|password|_password)$/.test(k) || /:_/.test(k) || last === 'username' || last === 'certfile' || last === 'keyfile' || last === 'email') {
      return { code: 'npmrc_auth', why: 'registry credentials decide where installs authenticate (a token sent to an attacker host leaks)', redact: /auth|password/.test(last) };
    }
    if (last === 'registry') return { code: 'npmrc_registry', why: `every install now resolves packages there (dependency confusion)${hostNote(value, allow)}` };
    if (k === 'node-options') return { code: 'npmrc_node_options', why: 'Node runs with these options in every npm script (--require runs code before every npm run and npm test)' };
    if (k === 'script-shell' || k === 'shell') return { code: 'npmrc_script_shell', why: 'npm runs every script through this program' };
    if (k === 'ignore-scripts') {
      if (value.trim().toLowerCase() === 'true') return null;
      return { code: 'npmrc_ignore_scripts', why: 'install scripts of every dependency run' };
    }
    if (['git', 'node-gyp', 'editor', 'browser', 'viewer', 'onload-script', 'init-module', 'prefix', 'globalconfig', 'userconfig', 'npm-path'].includes(k)) {
      return { code: 'npmrc_executable', why: 'npm runs or loads this file' };
    }
    if (['strict-ssl', 'ca', 'cafile', 'cert', 'key', 'https-proxy', 'proxy', 'noproxy', 'replace-registry-host'].includes(last)) {
      if (last === 'strict-ssl' && value.trim().toLowerCase() === 'true') return null;
      return { code: 'npmrc_tls', why: 'changes how registry connections are made or verified' };
    }
    return { code: 'npmrc_setting', why: 'npm configuration applies to every install and script' };
  };
}

// .yarnrc.yml / .yarnrc ------------------------------------------------------------------------

function flattenYarnrc(value: unknown): Settings {
  const out: Settings = new Map();
  if (!isObj(value)) return out;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (key === 'npmScopes' && isObj(v)) {
      for (const scope of Object.keys(v)) {
        const s = v[scope];
        if (isObj(s)) for (const k of Object.keys(s)) out.set(`npmScopes.${scope}.${k}`, typeof s[k] === 'string' ? (s[k] as string) : stableJson(s[k]));
        else out.set(`npmScopes.${scope}`, stableJson(s));
      }
    } else out.set(key, typeof v === 'string' ? v : stableJson(v));
  }
  return out;
}

function yarnrcClassifier(allow: readonly string[]): Classifier {
  return (key, value, before) => {
    const last = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
    if (value === undefined) {
      if (last === 'enablescripts' && before?.trim() === 'false') return { code: 'yarnrc_setting', why: 'install scripts of dependencies run again' };
      return null;
    }
    if (last === 'yarnpath' || last === 'yarn-path') return { code: 'yarnrc_yarn_path', why: 'yarn executes that JavaScript file for every command' };
    if (last === 'npmregistryserver' || last === 'npmpublishregistry' || last === 'registry') {
      return { code: 'yarnrc_registry', why: `packages now resolve from there (dependency confusion)${hostNote(value, allow)}` };
    }
    if (last === 'plugins') return { code: 'yarnrc_plugins', why: 'yarn loads and runs these plugins on every command' };
    if (/authtoken|authident|_auth|password/.test(last)) return { code: 'yarnrc_auth', why: 'registry credentials', redact: true };
    return { code: 'yarnrc_setting', why: 'yarn configuration applies to every install' };
  };
}

function parseYarnrcClassic(text: string): Settings {
  const out: Settings = new Map();
  forEachLine(text, (line) => {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) return;
    const m = /^("([^"]*)"|\S+)\s+(.*)$/.exec(t);
    if (m) out.set(m[2] ?? m[1]!, unquote(m[3]!));
    else out.set(unquote(t), 'true');
  });
  return out;
}

// Python -----------------------------------------------------------------------------------------

function pythonClassifier(allow: readonly string[]): Classifier {
  return (key, value, before) => {
    const k = key.toLowerCase().replace(/_/g, '-');
    if (value === undefined) {
      if (/require-hashes/.test(k) && before !== undefined) return { code: 'python_setting', why: 'hash checking of downloaded packages is no longer required' };
      return null;
    }
    // [[index]] tables: the url is where packages come from; name, priority and the like are settings.
    if (/\[\d+\]\.(url|index-url|find-links)$/.test(k) || /(^|\.)(index-url|extra-index-url|index|find-links|python-install-mirror|pypy-install-mirror)$/.test(k)) {
      return { code: 'python_index', why: `packages now resolve from there (dependency confusion)${firstUrlNote(value, allow)}` };
    }
    if (/trusted-host|allow-insecure-host/.test(k)) return { code: 'python_trusted_host', why: 'TLS verification is switched off for that host' };
    return { code: 'python_setting', why: 'installer configuration applies to every install' };
  };
}

function firstUrlNote(value: string, allow: readonly string[]): string {
  const url = /(?:git\+)?https?:\/\/[^\s"',\]]+/.exec(value);
  return url ? hostNote(url[0].replace(/^git\+/, ''), allow) : '';
}

/** requirements*.txt: one finding per new option or non-index requirement line. */
function reviewRequirements(file: string, baseText: string | null, headText: string | null, allow: readonly string[]): Finding[] {
  // A short option may carry its value attached (optparse): `-ihttps://host/simple`, `-egit+https://...`.
  const normalise = (line: string): string => line.trim().replace(/\s+/g, ' ').replace(/^-([iferc])(?=[^\s=-])/, '-$1 ');
  const logical = (text: string | null): string[] => {
    if (text === null) return [];
    const out: string[] = [];
    let acc = '';
    for (const raw of text.replace(/^\ufeff/, '').split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, '');
      if (line.endsWith('\\')) {
        // pip joins continued lines as they are (no space): `-\` + `ihttps://...` is `-ihttps://...`.
        acc += line.slice(0, -1);
        continue;
      }
      const full = normalise(acc + line);
      acc = '';
      if (full !== '') out.push(full);
    }
    if (acc.trim() !== '') out.push(normalise(acc));
    return out;
  };
  const before = new Set(logical(baseText));
  const headLines = logical(headText);
  const out: Finding[] = [];
  const add = (code: string, key: string, value: string, why: string) =>
    out.push({ code, severity: 'high', message: `${file} adds ${quoteValue(key)} ${quoteValue(value)}: ${why}.` });
  for (const line of headLines) {
    if (before.has(line)) continue;
    const opt = /^(-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|-e|--editable|-r|--requirement|-c|--constraint|--[\w-]+)(?:\s*=\s*|\s+|$)(.*)$/.exec(line);
    if (opt) {
      const name = opt[1]!;
      const value = opt[2] ?? '';
      if (/^(-i|--index-url|--extra-index-url|-f|--find-links)$/.test(name)) {
        add('python_index', name, value, `pip now resolves packages from there (dependency confusion)${firstUrlNote(value, allow)}`);
      } else if (name === '--trusted-host') add('python_trusted_host', name, value, 'pip switches off TLS verification for that host');
      else if (name === '-e' || name === '--editable') {
        if (/^(git|hg|svn|bzr)\+/i.test(value)) add('python_vcs_source', name, value, `an editable install from version control runs its build code${firstUrlNote(value, allow)}`);
        else if (/:\/\//.test(value)) add('python_direct_source', name, value, `an editable install from a URL${firstUrlNote(value, allow)}`);
      } else if (/^(-r|--requirement|-c|--constraint)$/.test(name)) {
        if (/:\/\//.test(value)) add('python_direct_source', name, value, `includes requirements from a URL${firstUrlNote(value, allow)}`);
        else if (dependencyFileKind(value) !== 'requirements') {
          // pip reads the included file with every option in it (--extra-index-url, -e git+...), but this
          // reviewer only reads files named like requirements*.txt: an included pins.txt is never checked.
          add('python_unreviewed_include', name, value, 'pip applies every option and source in that file, whose name is not one this review reads (requirements*.txt, requirements/*.txt, constraints*.txt), so its index URLs and sources are not checked');
        }
      } else if (!/^--(hash|pre|prefer-binary|only-binary|require-hashes)$/.test(name)) {
        add('python_setting', name, value, 'changes how pip installs every requirement');
      }
      continue;
    }
    const vcs = /(^|\s|@\s*)((git|hg|svn|bzr)\+[^\s;]+)/i.exec(line);
    if (vcs) {
      add('python_vcs_source', 'requirement', line, `installs from version control, not the index, and runs its build code${firstUrlNote(vcs[2]!, allow)}`);
      continue;
    }
    const url = /(^|@\s*)((https?|file|ftp):\/\/[^\s;]+|file:[^\s;]+)/i.exec(line);
    if (url) add('python_direct_source', 'requirement', line, `installs from a direct URL, not the index${firstUrlNote(url[2]!, allow)}`);
  }
  if (before.has('--require-hashes') && !headLines.includes('--require-hashes')) {
    out.push({ code: 'python_setting', severity: 'high', message: `${file} removes "--require-hashes": downloaded packages are no longer hash-checked.` });
  }
  return out;
}

function pyprojectClassifier(allow: readonly string[]): Classifier {
  const py = pythonClassifier(allow);
  return (key, value, before) => {
    const k = key.toLowerCase();
    if (k.startsWith('build-system.') || /^tool\.hatch\..*hooks/.test(k) || /^tool\.setuptools\.cmdclass/.test(k)) {
      if (value === undefined) return null;
      return { code: 'python_build_backend', why: 'the build backend and its requirements run when the project is built or installed' };
    }
    if (/^tool\.(poetry|pdm)\.source\[\d+\]\./.test(k) || /^tool\.uv\.index\[\d+\]\./.test(k)) {
      if (value === undefined) return null;
      if (/\.url$/.test(k)) return { code: 'python_index', why: `packages now resolve from there (dependency confusion)${firstUrlNote(value, allow)}` };
      return { code: 'python_setting', why: 'changes a package index definition (its name, priority or scope)' };
    }
    if (k.startsWith('tool.uv.sources.') || /^tool\.poetry\.(group\.[^.]+\.)?(dev-)?dependencies\./.test(k) || /^tool\.pdm\.dev-dependencies/.test(k)) {
      if (value === undefined) return null;
      if (/git/.test(k) || /\bgit\s*=|git\+|\.git\b/.test(value)) return { code: 'python_vcs_source', why: `installs from version control, not the index${firstUrlNote(value, allow)}` };
      if (/(^|\.)url$|:\/\//.test(k + value)) return { code: 'python_direct_source', why: `installs from a direct URL, not the index${firstUrlNote(value, allow)}` };
      if (/(^|\.)path$|\bpath\s*=/.test(k + value)) return { code: 'python_direct_source', why: 'installs from a local path' };
      return null;
    }
    if (k.startsWith('tool.uv.')) {
      if (!/index|find-links|mirror|insecure|trusted|require-hashes/.test(k)) return null;
      return py(key.slice('tool.uv.'.length), value, before);
    }
    if (/^(project\.(dependencies|optional-dependencies)|dependency-groups)/.test(k) && value !== undefined) {
      const refs = (v: string | undefined) => new Set((v ?? '').match(/(git|hg|svn|bzr)\+[^\s"',\]]+|(https?|file):\/\/[^\s"',\]]+/gi) ?? []);
      const beforeRefs = refs(before);
      const added = [...refs(value)].filter((r) => !beforeRefs.has(r));
      if (added.length === 0) return null;
      if (added.some((r) => /^(git|hg|svn|bzr)\+/i.test(r))) return { code: 'python_vcs_source', why: `a dependency now installs from version control${firstUrlNote(added.join(' '), allow)}` };
      return { code: 'python_direct_source', why: `a dependency now installs from a direct URL${firstUrlNote(added.join(' '), allow)}` };
    }
    return null;
  };
}

// Cargo, wrappers ----------------------------------------------------------------------------------

function cargoClassifier(allow: readonly string[]): Classifier {
  return (key, value) => {
    if (value === undefined) return null;
    const k = key.toLowerCase();
    if (/^build\.(rustc-wrapper|rustc-workspace-wrapper|rustc|rustdoc)$/.test(k)) return { code: 'cargo_rustc_wrapper', why: 'cargo runs this program for every compilation (toolchain hijack)' };
    if (/^(target\..+|host(\..+)?)\.(runner|linker|ar)$/.test(k)) return { code: 'cargo_runner', why: 'cargo runs this program to link or run every binary and test' };
    // [patch.<registry>] in a config file (Cargo >= 1.56) swaps crates for other sources, as in Cargo.toml.
    if (/^(registries|registry|source|patch)(\.|$)/.test(k)) return { code: 'cargo_registry', why: `crates now resolve from a different registry or source (dependency confusion)${firstUrlNote(value, allow)}` };
    return { code: 'cargo_setting', why: 'cargo configuration applies to every build' };
  };
}

function wrapperClassifier(allow: readonly string[]): Classifier {
  return (key, value) => {
    if (/^(distributionurl|wrapperurl)$/i.test(key)) {
      if (value === undefined) return { code: 'wrapper_setting', why: 'the wrapper no longer names its distribution' };
      return { code: 'wrapper_distribution_url', why: `the wrapper downloads and runs the build tool from there (toolchain hijack)${hostNote(value, allow)}` };
    }
    return { code: 'wrapper_setting', why: value === undefined ? 'a wrapper setting (such as the distribution checksum) was removed' : 'changes how the wrapper downloads or verifies the build tool' };
  };
}

// Test runner configuration ---------------------------------------------------------------------------

function reviewTestRunnerConfig(file: string, baseText: string | null, headText: string | null): Finding[] {
  if (headText === null) return [];
  const lines = (text: string | null) => new Set((text ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ''));
  const before = lines(baseText);
  const out: Finding[] = [];
  for (const line of lines(headText)) {
    if (before.has(line)) continue;
    const m = TEST_RUNNER_KEYS.exec(line);
    if (m) out.push({ code: 'test_runner_setup', severity: 'high', message: `${file} sets ${quoteValue(m[1]!)} (${quoteValue(line)}); the test runner loads that code, so a test-only change executes it.` });
  }
  if (out.length === 0) {
    out.push({ code: 'test_runner_config_changed', severity: 'high', message: `${file} changed; test runner configuration is code the runner executes before any test.` });
  }
  return out;
}

// Go: go.mod / go.work replace directives, go.env ---------------------------------------------------

interface GoReplace {
  old: string;
  to: string;
  version: string;
  line: number;
}

/** Tokens of a go.mod line as go's lexer reads them: "interpreted" and `raw` strings unquoted, `//` starts a comment. */
function goTokens(line: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (line.startsWith('//', i)) break;
    if (ch === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
      if (j >= line.length) return null;
      try {
        out.push(JSON.parse(line.slice(i, j + 1)) as string);
      } catch {
        return null;
      }
      i = j + 1;
    } else if (ch === '`') {
      const j = line.indexOf('`', i + 1);
      if (j < 0) return null;
      out.push(line.slice(i + 1, j));
      i = j + 1;
    } else if ('()[]{},'.includes(ch)) {
      out.push(ch);
      i++;
    } else {
      let j = i;
      while (j < line.length && !/[\s"`()[\]{},]/.test(line[j]!) && !line.startsWith('//', j)) j++;
      out.push(line.slice(i, j));
      i = j;
    }
  }
  return out;
}

/** A `go` or `toolchain` line: what GOTOOLCHAIN=auto reads to pick (and download) a toolchain. */
interface GoToolchainLine {
  verb: 'go' | 'toolchain';
  value: string;
  line: number;
}

interface GoModFile {
  replaces: GoReplace[];
  toolchains: GoToolchainLine[];
}

/** The replace, go and toolchain directives of a go.mod or go.work file, or why they cannot be read. */
function readGoMod(text: string): GoModFile | string {
  const out: GoReplace[] = [];
  const toolchains: GoToolchainLine[] = [];
  let block: string | null = null;
  let error: string | null = null;
  forEachLine(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, (line, n) => {
    if (error !== null) return;
    const tokens = goTokens(line);
    if (tokens === null) {
      error = `line ${n} has an unterminated string`;
      return;
    }
    if (tokens.length === 0) return;
    if (block !== null) {
      if (tokens.length === 1 && tokens[0] === ')') {
        block = null;
        return;
      }
      if (block !== 'replace') return;
    } else {
      if (tokens[tokens.length - 1] === '(' && tokens.length === 2) {
        block = tokens[0]!;
        return;
      }
      // go refuses a repeated go or toolchain line (and a block of them); each one is kept, to be safe.
      if ((tokens[0] === 'go' || tokens[0] === 'toolchain') && tokens.length === 2) {
        toolchains.push({ verb: tokens[0], value: tokens[1]!, line: n });
        return;
      }
      if (tokens[0] !== 'replace') return;
      tokens.shift();
    }
    // old [version] => new [version]
    const arrow = tokens.indexOf('=>');
    const left = arrow < 0 ? [] : tokens.slice(0, arrow);
    const right = arrow < 0 ? [] : tokens.slice(arrow + 1);
    if (left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
      error = `line ${n} is not a replace directive go can read ("old [version] => new [version]")`;
      return;
    }
    out.push({ old: left.join(' '), to: right[0]!, version: right[1] ?? '', line: n });
  });
  if (error !== null) return error;
  if (block !== null) return `the ${JSON.stringify(block)} block is never closed`;
  return { replaces: out, toolchains };
}

/** Go reads a replacement as a directory when it is a rooted or ./ ../ relative path. */
function goLocalPath(p: string): boolean {
  return p === '.' || p === '..' || /^(\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(p);
}

/**
 * go.mod and go.work: a new or changed `replace` swaps a module's code for another module's (whose path
 * begins with the host it is fetched from) or for a local directory. Another module on a host outside
 * the network allow list is a deny (dependency confusion); on an allowed host, or a local directory, high.
 */
function reviewGoMod(file: string, baseText: string | null, headText: string | null, allow: readonly string[]): Finding[] {
  if (headText === null) return [];
  const head = readGoMod(headText);
  if (typeof head === 'string') {
    return [{ code: 'go_mod_unparseable', severity: 'deny', message: `${file} could not be read (${quoteValue(head)}), so its replace directives cannot be checked against the network allow list.` }];
  }
  const parsedBase = baseText === null ? null : readGoMod(baseText);
  const base: GoModFile = parsedBase === null || typeof parsedBase === 'string' ? { replaces: [], toolchains: [] } : parsedBase;
  const before = new Set(base.replaces.map((r) => `${r.old}\n${r.to}\n${r.version}`));
  const out: Finding[] = reviewGoToolchains(file, base.toolchains, head.toolchains);
  for (const r of head.replaces) {
    if (before.has(`${r.old}\n${r.to}\n${r.version}`)) continue;
    const what = `${file} line ${r.line}: replace ${quoteValue(r.old)} => ${quoteValue(r.version ? `${r.to} ${r.version}` : r.to)}`;
    if (goLocalPath(r.to)) {
      out.push({ code: 'go_replace_local', severity: 'high', message: `${what}: the build uses the code in that local directory instead of the module.` });
      continue;
    }
    // A module path starts with its host: github.com/acme/x, evil.example/x.
    const c = classify(`https://${r.to}`);
    if (c === null || c.host === undefined || c.kind !== 'https' || !/^[^/@:]+\.[^/@:]+(\/|$)/.test(r.to)) {
      out.push({ code: 'go_replace_unrecognised', severity: 'deny', message: `${what}: the replacement is neither a local directory nor a module path that starts with a host.` });
    } else if (!hostAllowed(allow, c.host)) {
      out.push({ code: 'go_replace_host_not_allowed', severity: 'deny', message: `${what}: dependency confusion: module host ${quoteValue(c.host)} is not in the network allow list.` });
    } else {
      out.push({ code: 'go_replace', severity: 'high', message: `${what}: the build uses another module's code in place of this one.` });
    }
  }
  return out;
}

/**
 * A Go version as go's gover orders it (1.21 < 1.21rc1 < 1.21.0 < 1.21.1), from `1.22.3` or `go1.22.3`;
 * null when it is not one (a custom toolchain name, a typo), which is then reported, never guessed.
 */
function goVersionKey(v: string): number[] | null {
  const m = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+)|(alpha|beta|rc)(\d+))?$/.exec(v);
  if (!m) return null;
  const kind = m[3] !== undefined ? 4 : m[4] === 'rc' ? 3 : m[4] === 'beta' ? 2 : m[4] === 'alpha' ? 1 : 0;
  return [Number(m[1]), Number(m[2] ?? 0), kind, Number(m[3] ?? m[5] ?? 0)];
}

function goVersionAbove(v: string, than: readonly string[]): boolean {
  const key = goVersionKey(v);
  if (key === null) return true;
  return than.every((t) => {
    const other = goVersionKey(t);
    if (other === null) return true;
    for (let i = 0; i < key.length; i++) if (key[i] !== other[i]) return key[i]! > other[i]!;
    return false;
  });
}

/**
 * `go` and `toolchain` lines. With GOTOOLCHAIN=auto (go's default since 1.21), a go line above the installed
 * go, or a toolchain line naming a newer one, makes every go command download that toolchain (the module
 * golang.org/toolchain, through GOPROXY) and run it: a new or raised one changes the compiler that builds
 * and tests the code. A lowered or unchanged line downloads nothing; `toolchain default` names the installed one.
 */
function reviewGoToolchains(file: string, base: readonly GoToolchainLine[], head: readonly GoToolchainLine[]): Finding[] {
  const out: Finding[] = [];
  for (const t of head) {
    const before = base.filter((b) => b.verb === t.verb).map((b) => b.value);
    if (before.includes(t.value)) continue;
    if (t.verb === 'toolchain' && t.value === 'default') continue;
    if (t.verb === 'go' && before.length > 0 && !goVersionAbove(t.value, before)) continue;
    const was = before.length === 0 ? 'new' : `was ${before.map((b) => quoteValue(b)).join(', ')}`;
    const what = t.verb === 'go' ? 'go 1.21 and later download and run a toolchain at least this new when the installed one is older' : 'go 1.21 and later download and run this toolchain when it is newer than the installed one';
    out.push({
      code: 'go_toolchain',
      severity: 'high',
      message: `${file} line ${t.line}: ${t.verb} ${quoteValue(t.value)} (${was}): ${what} (GOTOOLCHAIN=auto, the default), so it changes the compiler that builds and tests the code.`,
    });
  }
  return out;
}

function goEnvClassifier(allow: readonly string[]): Classifier {
  return (key, value) => {
    const k = key.toUpperCase();
    if (!/^(GOPROXY|GONOPROXY|GOPRIVATE|GONOSUMDB|GONOSUMCHECK|GOSUMDB|GOINSECURE|GOFLAGS|GOTOOLCHAIN|GOAUTH|GOVCS)$/.test(k)) {
      return value === undefined ? null : { code: 'go_env_setting', why: 'go reads this for every build' };
    }
    if (k === 'GOPROXY') {
      const notes = (value ?? '')
        .split(/[,|]/)
        .map((u) => hostNote(u.trim(), allow))
        .filter((x) => x !== '');
      return { code: 'go_env_proxy', why: `modules now resolve from there (dependency confusion)${notes.join('')}` };
    }
    if (k === 'GOSUMDB' || k === 'GONOSUMDB' || k === 'GONOSUMCHECK' || k === 'GOINSECURE') {
      return { code: 'go_env_checksum', why: 'changes which modules are verified against the checksum database or fetched without TLS' };
    }
    if (k === 'GONOPROXY' || k === 'GOPRIVATE') return { code: 'go_env_proxy', why: 'modules matching these patterns are fetched directly from their hosts, bypassing the proxy and the checksum database' };
    return { code: 'go_env_setting', why: 'changes how go fetches modules or which toolchain it downloads and runs' };
  };
}

// bunfig.toml, dependabot.yml ------------------------------------------------------------------------

function bunfigClassifier(allow: readonly string[]): Classifier {
  return (key, value) => {
    if (value === undefined) return null;
    const k = key.toLowerCase();
    const last = k.slice(k.lastIndexOf('.') + 1);
    if (/^install\.(registry|scopes)(\.|$)/.test(k) && /(token|password|username)$/.test(last)) return { code: 'bunfig_auth', why: 'registry credentials', redact: true };
    if (/^install\.(registry|scopes)(\.|$)/.test(k)) {
      const credentials = /^[a-z][a-z0-9+.-]*:\/\/[^/@?#]*@/i.test(value.trim());
      return { code: 'bunfig_registry', why: `packages now resolve from there (dependency confusion)${hostNote(value, allow)}${credentials ? ' (the URL carries credentials)' : ''}`, redact: credentials };
    }
    if (last === 'preload') return { code: 'bunfig_preload', why: 'bun loads these modules before every script, test or run' };
    if (/^run\.(shell|bun)$/.test(k)) return { code: 'bunfig_executable', why: 'bun runs scripts through this program' };
    if (/^install\.(ca|cafile)$/.test(k)) return { code: 'bunfig_tls', why: 'changes how registry connections are verified' };
    return { code: 'bunfig_setting', why: 'bun configuration applies to every install, run and test' };
  };
}

/** `registries.<name>.<key>` of a dependabot.yml (the rest of the file is protected as CI configuration). */
function dependabotRegistries(value: unknown): Settings {
  const out: Settings = new Map();
  if (!isObj(value) || !isObj(value.registries)) return out;
  for (const name of Object.keys(value.registries)) {
    const r = value.registries[name];
    if (!isObj(r)) out.set(`registries.${name}`, stableJson(r));
    else for (const k of Object.keys(r)) out.set(`registries.${name}.${k}`, typeof r[k] === 'string' ? (r[k] as string) : stableJson(r[k]));
  }
  return out;
}

function dependabotClassifier(allow: readonly string[]): Classifier {
  return (key, value) => {
    if (value === undefined) return null;
    const last = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
    if (/^(password|token|key|username)$/.test(last)) return { code: 'dependabot_registry_auth', why: 'dependabot sends these credentials to the registry', redact: true };
    if (last === 'url') {
      const credentials = /^[a-z][a-z0-9+.-]*:\/\/[^/@?#]*@/i.test(value.trim());
      return { code: 'dependabot_registry', why: `dependabot resolves updates there and sends the registry credentials to it${hostNote(value, allow)}`, redact: credentials };
    }
    if (last === 'replaces-base') return { code: 'dependabot_registry', why: 'every dependency of that ecosystem now resolves from this registry instead of the public one' };
    return { code: 'dependabot_registry', why: 'changes a registry dependabot uses (and the credentials it sends)' };
  };
}

// ---------------------------------------------------------------------------------------------
// Entry point

export interface DependencyChangeOptions {
  /**
   * The head side exists (added, modified, renamed) but could not be given as text: not UTF-8 (a binary
   * such as bun.lockb) or too large to read. Without it, such a change looks like a deletion (`headText`
   * null). The caller reports the unreadable content itself (high); here a file whose sources must be
   * checked against the allow list (a lockfile, go.mod, bun.lockb) is a deny.
   */
  headUnreadable?: boolean;
}

/** The lockfiles `reviewLockfile` reads. */
const LOCKFILE_KINDS: ReadonlySet<DependencyFileKind> = new Set(['npm-lock', 'yarn-lock', 'pnpm-lock', 'bun-lock', 'uv-lock', 'poetry-lock', 'pipfile-lock', 'cargo-lock', 'gemfile-lock', 'composer-lock']);

/** A head that exists but was not given as text: a deny where the review needs the sources, else nothing more. */
function reviewUnreadableHead(file: string, kind: DependencyFileKind): Finding[] {
  if (kind === 'bun-lockb') return [bunLockbFinding(file)];
  const why = 'is not UTF-8 text or is too large to read';
  if (LOCKFILE_KINDS.has(kind)) {
    return [{ code: 'dependency_lockfile_unparseable', severity: 'deny', message: `${file} could not be read (it ${why}), so its resolved hosts cannot be checked against the network allow list.` }];
  }
  if (kind === 'go-mod') {
    return [{ code: 'go_mod_unparseable', severity: 'deny', message: `${file} could not be read (it ${why}), so its replace directives cannot be checked against the network allow list.` }];
  }
  return [];
}

/**
 * Review one changed dependency, lockfile or package-manager/toolchain configuration file. `baseText` is
 * null for an added file, `headText` null for a deleted one (or, with `opts.headUnreadable`, for a head
 * that could not be read as text); `allow` is the effective network allow list (entries as in hosts.ts:
 * exact hosts or `*.example.com`). Reports what is new or changed in head.
 */
export function reviewDependencyChange(path: string, baseText: string | null, headText: string | null, allow: string[], opts: DependencyChangeOptions = {}): Finding[] {
  const kind = dependencyFileKind(path);
  if (kind === null) return [];
  const file = quoteValue(path);
  if (headText === null && opts.headUnreadable === true) return finish(file, reviewUnreadableHead(file, kind));
  if (baseText === headText) return [];
  let findings: Finding[];
  switch (kind) {
    case 'bun-lockb':
      // A deleted bun.lockb is no finding: nothing is left to resolve from.
      findings = headText === null ? [] : [bunLockbFinding(file)];
      break;
    case 'composer-json':
      findings = reviewComposerJson(file, baseText, headText, allow);
      break;
    case 'npm-lock':
    case 'yarn-lock':
    case 'pnpm-lock':
    case 'bun-lock':
    case 'uv-lock':
    case 'poetry-lock':
    case 'pipfile-lock':
    case 'cargo-lock':
    case 'gemfile-lock':
    case 'composer-lock':
      findings = reviewLockfile(file, path, baseText, headText, allow);
      break;
    case 'go-mod':
      findings = reviewGoMod(file, baseText, headText, allow);
      break;
    case 'go-env':
      findings = reviewSettings(file, parseIni(baseText ?? '', { continuation: false, lowerKeys: false }), parseIni(headText ?? '', { continuation: false, lowerKeys: false }), goEnvClassifier(allow), true);
      break;
    case 'bunfig':
      findings = reviewTomlSettings(file, 'bunfig', baseText, headText, bunfigClassifier(allow));
      break;
    case 'dependabot': {
      if (headText === null) {
        findings = [];
        break;
      }
      const head = parseWorkflowYaml(headText);
      if (!head.ok) {
        findings = [{ code: 'dependabot_unparseable', severity: 'high', message: `${file} could not be parsed (${quoteValue(head.reason)}), so its registries were not reviewed.` }];
        break;
      }
      const base = baseText === null ? null : parseWorkflowYaml(baseText);
      findings = reviewSettings(file, base?.ok ? dependabotRegistries(base.value) : new Map(), dependabotRegistries(head.value), dependabotClassifier(allow), true);
      break;
    }
    case 'package-json':
      findings = reviewPackageJson(file, baseText, headText, allow);
      break;
    case 'npmrc':
      findings = reviewSettings(file, parseIni(baseText ?? '', { continuation: false, lowerKeys: false }), parseIni(headText ?? '', { continuation: false, lowerKeys: false }), npmrcClassifier(allow), true);
      break;
    case 'yarnrc-yml': {
      const parse = (t: string | null): Settings | string => {
        if (t === null || t.trim() === '') return new Map();
        const r = parseWorkflowYaml(t);
        return r.ok ? flattenYarnrc(r.value) : r.reason;
      };
      const head = parse(headText);
      if (typeof head === 'string') {
        findings = [{ code: 'yarnrc_unparseable', severity: 'high', message: `${file} could not be parsed (${quoteValue(head)}), so its settings were not reviewed.` }];
        break;
      }
      const base = parse(baseText);
      findings = reviewSettings(file, typeof base === 'string' ? new Map() : base, head, yarnrcClassifier(allow), true);
      break;
    }
    case 'yarnrc':
      findings = reviewSettings(file, parseYarnrcClassic(baseText ?? ''), parseYarnrcClassic(headText ?? ''), yarnrcClassifier(allow), true);
      break;
    case 'requirements':
      findings = reviewRequirements(file, baseText, headText, allow);
      break;
    case 'pip-conf':
      findings = reviewSettings(file, parseIni(baseText ?? '', { continuation: true, lowerKeys: true }), parseIni(headText ?? '', { continuation: true, lowerKeys: true }), pythonClassifier(allow), true);
      break;
    case 'uv-toml':
      findings = reviewTomlSettings(file, 'uv_toml', baseText, headText, pythonClassifier(allow));
      break;
    case 'pyproject':
      findings = reviewTomlSettings(file, 'pyproject', baseText, headText, pyprojectClassifier(allow));
      break;
    case 'cargo-config':
      findings = reviewTomlSettings(file, 'cargo_config', baseText, headText, cargoClassifier(allow));
      break;
    case 'wrapper-properties':
      findings = reviewSettings(file, parseProperties(baseText ?? ''), parseProperties(headText ?? ''), wrapperClassifier(allow), true);
      break;
    case 'test-runner-config':
      findings = reviewTestRunnerConfig(file, baseText, headText);
      break;
  }
  return finish(file, findings);
}
