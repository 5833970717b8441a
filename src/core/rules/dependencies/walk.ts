// The one source walk: every host a parsed lockfile or manifest names, whatever key it sits under and
// whether it is a value or a key (a yarn.lock descriptor, a pnpm package key). A format's reader first
// reads the fields it knows (for their kind: git, file, plain http) and then walks the whole document,
// so a URL moved under a key the reader does not know is still a source. Only keys a format positively
// identifies as metadata nothing is fetched from (funding, homepage, descriptions) are left out. Pure.

import { afterPackageName, classifySource } from '../../formats/sources.js';

/** A URL's scheme and authority anywhere in a text (a locator parameter, an encoded archive URL). */
// The authority runs to the first `/`, `?` or `#` as the URL reader reads it (a `\\` or second `@` in it
// is that reader's concern), or to a character no URL holds unencoded.
const URL_IN_TEXT = /([a-z][a-z0-9+.-]*):\/\/([^/?#\s"'<>]*)/gi;
/** Where a locator parameter starts: yarn's `::`, `#`, `&`, `?` and `=` of `key=value`. */
const PARAMETER_BREAK = /::|[#&?=]/;

/**
 * Calls `fn` with every host named in a string: the whole value (a URL, an scp-like `git@host:path`, a
 * `github:` shorthand), the source after `name@` (`foo@https://...`, yarn's `foo@git@host:x`), URLs in the
 * text, and each locator parameter, also percent-decoded (`::__archiveUrl=https%3A%2F%2F...`,
 * `patch:foo@npm%3A1.0.0#...`). A host can only be named with a `:`, literal or encoded: a string without
 * one (a version, a hash, a package name) is passed over at the cost of two searches.
 */
export function hostsOf(value: string, fn: (host: string) => void): void {
  if (value.indexOf(':') < 0 && value.indexOf('%3') < 0) return;
  // The common case, a registry URL: with no further `:` and nothing encoded it names one host.
  if (value.startsWith('https://') && value.indexOf(':', 8) < 0 && value.indexOf('%') < 0) {
    const host = classifySource(value)?.host;
    if (host !== undefined && host !== '') fn(host);
    return;
  }
  const seen = new Set<string>();
  const report = (host: string | undefined) => {
    if (host === undefined || host === '' || seen.has(host)) return;
    seen.add(host);
    fn(host);
  };
  const read = (text: string, depth: number) => {
    // `name@spec` is read as the spec when the spec is one (`g@github:user/g` is npm's GitHub shorthand,
    // not an scp-like remote on host "github"); otherwise the whole value (`git@github.com:user/r.git`).
    const tail = afterPackageName(text);
    const spec = tail === null || tail === '' ? null : classifySource(tail);
    report(spec === null ? classifySource(text)?.host : spec.host);
    URL_IN_TEXT.lastIndex = 0;
    for (let m = URL_IN_TEXT.exec(text); m !== null; m = URL_IN_TEXT.exec(text)) report(classifySource(`${m[1]}://${m[2]}/`)?.host);
    if (depth > 0 && PARAMETER_BREAK.test(text)) {
      for (const part of text.split(PARAMETER_BREAK)) if (part !== '' && part !== text && part.indexOf(':') >= 0) read(part, depth - 1);
    }
  };
  read(value, 2);
  // Percent-encoded parameters, decoded as their tool decodes them (at most three layers).
  let text = value;
  for (let i = 0; i < 3 && text.indexOf('%') >= 0; i++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(text);
    } catch {
      decoded = text.replace(/%3a/gi, ':').replace(/%2f/gi, '/').replace(/%40/gi, '@');
    }
    if (decoded === text) break;
    text = decoded;
    read(text, 2);
  }
}

/** A key a format identifies as metadata nothing is fetched from; `parentKey` is the key holding its object. */
export type InertKey = (key: string, parentKey: string | undefined) => boolean;

export interface SourceWalk {
  /** Keys (and their whole subtree) not walked. */
  inert?: InertKey;
  /**
   * The document may share nodes (YAML aliases): each object is walked once, so an alias bomb costs its
   * distinct nodes, not its expansion.
   */
  shared?: boolean;
  /** Rewrites a string (value or key) before it is read: a format's canonical ids that spell a host they do not stand for. */
  rewrite?: (value: string) => string;
}

interface Frame {
  value: unknown;
  key: string;
  parent: Frame | undefined;
  /** The key is an object key, itself read for hosts (a yarn descriptor, a pnpm package key). */
  isKey: boolean;
}

/** A key path as a reader finds it again: `package[3].source`, `packages['node_modules/x'].resolved`. */
export function keyPath(keys: readonly string[]): string {
  let out = '';
  for (const k of keys) {
    if (/^\[\d+\]$/.test(k)) out += k;
    else if (/^[A-Za-z_$][\w$-]*$/.test(k)) out += out === '' ? k : `.${k}`;
    else out += `['${k.replace(/[\\']/g, '\\$&')}']`;
  }
  return out;
}

function pathOf(frame: Frame | undefined): string {
  const keys: string[] = [];
  for (let f = frame; f !== undefined && f.parent !== undefined; f = f.parent) keys.push(f.key);
  return keyPath(keys.reverse());
}

/**
 * Walks every value and key of a parsed document (JSON, TOML or YAML as plain objects, arrays and
 * strings) and calls `fn` with each host and the key path where it was named. An explicit stack:
 * documents nest without bound.
 */
export function walkHosts(root: unknown, fn: (host: string, where: string) => void, opts: SourceWalk = {}): void {
  const rewrite = opts.rewrite ?? ((s: string) => s);
  const visited = opts.shared === true ? new WeakSet<object>() : undefined;
  const maybeHost = (s: string) => s.indexOf(':') >= 0 || s.indexOf('%3') >= 0;
  // Children are pushed in reverse, so hosts are met (and their first site recorded) in document order.
  const stack: Frame[] = [{ value: root, key: '', parent: undefined, isKey: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.isKey && maybeHost(frame.key)) hostsOf(rewrite(frame.key), (host) => fn(host, pathOf(frame)));
    const v = frame.value;
    if (typeof v === 'string') {
      if (maybeHost(v)) hostsOf(rewrite(v), (host) => fn(host, pathOf(frame)));
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (visited !== undefined) {
      if (visited.has(v)) continue;
      visited.add(v);
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        const x: unknown = v[i];
        if ((typeof x === 'string' && maybeHost(x)) || (typeof x === 'object' && x !== null)) stack.push({ value: x, key: `[${i}]`, parent: frame, isKey: false });
      }
      continue;
    }
    // The key holding this object, for an array element the array's key.
    let holder: Frame | undefined = frame;
    while (holder !== undefined && holder.key.startsWith('[')) holder = holder.parent;
    const parentKey = holder?.parent === undefined ? undefined : holder.key;
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (opts.inert?.(key, parentKey) === true) continue;
      const x = o[key];
      const isKey = maybeHost(key);
      if (isKey || (typeof x === 'string' && maybeHost(x)) || (typeof x === 'object' && x !== null)) stack.push({ value: x, key, parent: frame, isKey });
    }
  }
}

/** The parts of a document at the given key paths, nested as in the document (so key paths stay true). */
export function pick(doc: unknown, paths: readonly (readonly string[])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    let v: unknown = doc;
    for (const k of path) v = typeof v === 'object' && v !== null && !Array.isArray(v) && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
    if (v === undefined) continue;
    let at = out;
    for (const k of path.slice(0, -1)) {
      if (!Object.hasOwn(at, k)) Object.defineProperty(at, k, { value: {}, enumerable: true, writable: true, configurable: true });
      at = at[k] as Record<string, unknown>;
    }
    Object.defineProperty(at, path[path.length - 1]!, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** An inert-key test from names that are metadata wherever they sit, except under the given parents (dependency maps, where a key is a package name). */
export function inertKeys(names: readonly string[], notUnder: readonly string[] = []): InertKey {
  const set = new Set(names);
  const maps = new Set(notUnder);
  return (key, parentKey) => set.has(key) && (parentKey === undefined || !maps.has(parentKey));
}

/** What a source reader fills: the hosts and where each was first named (lockfile.ts's Collector). */
interface HostSink {
  host(host: string, where: string): void;
  error: string | undefined;
}

/**
 * A source reader for a configuration file read as flat settings: the hosts named by the values of the
 * settings `isSource` picks (registries, indexes, proxies), each at its key, a value split where its tool
 * splits it (GOPROXY's `,` and `|`). A file the settings reader
 * refuses (it returns why) is an error: the file's reviewer reports it.
 */
export function settingSources(parse: (text: string) => Map<string, string> | string, isSource: (key: string) => boolean, split?: RegExp): (text: string, c: HostSink) => void {
  return (text, c) => {
    const settings = parse(text);
    if (typeof settings === 'string') {
      c.error = settings;
      return;
    }
    for (const [key, value] of settings) {
      if (!isSource(key)) continue;
      for (const part of split === undefined ? [value] : value.split(split)) hostsOf(part.trim(), (host) => c.host(host, key));
    }
  };
}
