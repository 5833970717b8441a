// Source specs and URLs: what a resolved value or dependency spec points at, reduced to a kind and a
// host the way the fetchers read it (the WHATWG parser for http(s), git/ssh rules otherwise, npm's
// shorthands and locator protocols). Pure; never throws.

export type SourceKind = 'http' | 'git' | 'file' | 'exec' | 'credentials' | 'unknown';

export interface Classified {
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

export function redactUrl(spec: string): string {
  return spec.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@?#]*@/i, '$1***@');
}

const HTTPS_MATCH: readonly [string, string] = ['https://', 'https'];
/** Schemes whose URLs name a host to fetch from. */
const NETWORK_SCHEME = /^(https?|ftp|wss?|git|ssh|git\+(ssh|https?))$/i;

/**
 * Classify a resolved value or dependency spec. Returns null for a plain version range or registry
 * reference (nothing to check).
 */
export function classifySource(raw: string): Classified | null {
  const spec = raw.trim();
  // Fast path for the common case, then the general `scheme://`.
  const scheme = spec.startsWith('https://') ? HTTPS_MATCH : /^([a-z][a-z0-9+.-]*):\/\//i.exec(spec);
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
      return source === null ? { kind: 'unknown', spec } : (classifySource(source) ?? { kind: 'registry', spec });
    }
  }
  // scp-like git: git@github.com:user/repo.git
  const scp = /^[\w.-]+@([\w.-]+):(?!\/\/)/.exec(spec);
  if (scp) return { kind: 'git', host: scp[1]!.toLowerCase(), spec };
  return null;
}

/** The part after `name@` of `name@source` or `@scope/name@source`; null when there is no `@`. */
export function afterPackageName(entry: string): string | null {
  const at = entry.indexOf('@', entry.startsWith('@') ? 1 : 0);
  return at < 0 ? null : entry.slice(at + 1);
}

/** Locator protocols that `name@protocol:` may name (a yarn/npm descriptor, never an scp-like git remote). */
const DESCRIPTOR_PROTOCOLS = new Set(['npm', 'workspace', 'patch', 'file', 'link', 'portal', 'exec', 'catalog', 'jsr', 'github', 'gitlab', 'bitbucket', 'gist', 'git', 'http', 'https', 'git+ssh', 'git+https', 'git+http', 'ssh']);
/** Cargo's canonical id of crates.io, whatever protocol reaches it: crates.io, not the GitHub index repository. */
export const CRATES_IO_SOURCE = 'registry+https://github.com/rust-lang/crates.io-index';
const EMBEDDED_URL = /[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;

/** One token: a whole source, a `name@source` descriptor, a `registry+`/`sparse+` id, with any URL inside it. */
function classifyToken(token: string, out: Classified[], depth: number): void {
  const t = token.replace(/^[\w.-]+=(?=.)/, ''); // a locator parameter `key=value`
  if (t === '') return;
  if (t === CRATES_IO_SOURCE) {
    out.push({ kind: 'https', host: 'crates.io', spec: t });
    return;
  }
  const inner = /^(?:registry|sparse)\+(.+)$/i.exec(t);
  let c = classifySource(inner ? inner[1]! : t);
  const scp = /^[\w.-]+@([\w.+-]+):/.exec(t);
  if ((c === null || (scp !== null && DESCRIPTOR_PROTOCOLS.has(scp[1]!.toLowerCase()))) && !t.startsWith('git@')) {
    const after = afterPackageName(t);
    if (after !== null) c = classifySource(after) ?? (scp !== null ? { kind: 'registry', spec: after } : null);
  }
  if (c !== null) out.push(c);
  for (const m of t.matchAll(EMBEDDED_URL)) if (m.index > 0) sourcesInto(m[0], out, depth + 1);
  if (t.includes('%')) {
    let decoded = t;
    try {
      decoded = decodeURIComponent(t);
    } catch {
      /* keep it */
    }
    if (decoded !== t) sourcesInto(decoded, out, depth + 1);
  }
}

function sourcesInto(value: string, out: Classified[], depth: number): void {
  if (depth > 4) {
    out.push({ kind: 'unknown', spec: value });
    return;
  }
  // Delimiters of lists (GOPROXY `a,b|c`, a JSON array), of locator selectors and parameters (`#`, `::`,
  // `&`), of pnpm peer suffixes (`(peer@1)`) and of requirement markers (`;`).
  for (const token of value.split(/[\s,;|"'[\]{}()<>#&]+|::/)) classifyToken(token, out, depth);
}

/**
 * Every host-bearing value inside a value, whatever key it sits under: a URL, a git remote (scp-like
 * `git@host:path` too), a shorthand (`github:u/r`), a `name@source` descriptor, a Cargo source id, and
 * what locator parameters and percent-encoding hide (`__archiveUrl=https%3A%2F%2F...`). Plain ranges,
 * names and hashes give nothing. Pure; never throws.
 */
export function sourcesIn(value: string): Classified[] {
  const out: Classified[] = [];
  sourcesInto(value, out, 0);
  return out;
}
