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
  value: object;
  /** The key holding the value; a number for an array element. */
  key: string | number;
  parent: Frame | undefined;
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

/** The key path of `key` (or of the frame itself) under a frame. */
function pathOf(frame: Frame, key?: string | number): string {
  const keys: string[] = key === undefined ? [] : [typeof key === 'number' ? `[${key}]` : key];
  for (let f: Frame | undefined = frame; f !== undefined && f.parent !== undefined; f = f.parent) keys.push(typeof f.key === 'number' ? `[${f.key}]` : f.key);
  return keyPath(keys.reverse());
}

/**
 * Walks every value and key of a parsed document (JSON, TOML or YAML as plain objects, arrays and
 * strings) and calls `fn` once for each host, with the key path where it was first named. An explicit stack:
 * documents nest without bound.
 */
export function walkHosts(root: unknown, fn: (host: string, where: string) => void, opts: SourceWalk = {}): void {
  const rewrite = opts.rewrite;
  const inert = opts.inert;
  const visited = opts.shared === true ? new WeakSet<object>() : undefined;
  const found: string[] = [];
  // Each host is reported once, at its first site: the path is built only then.
  const reported = new Set<string>();
  const collect = (host: string) => {
    if (!reported.has(host)) found.push(host);
  };
  /** The hosts of one string (a value or a key), reported at its key path, built only when there is one. */
  const read = (text: string, frame: Frame, key: string | number | undefined) => {
    if (text.indexOf(':') < 0 && text.indexOf('%3') < 0) return;
    found.length = 0;
    hostsOf(rewrite === undefined ? text : rewrite(text), collect);
    if (found.length === 0) return;
    const where = pathOf(frame, key);
    for (const host of found) {
      reported.add(host);
      fn(host, where);
    }
  };
  if (typeof root === 'string') {
    hostsOf(rewrite === undefined ? root : rewrite(root), (host) => fn(host, ''));
    return;
  }
  if (typeof root !== 'object' || root === null) return;
  // Strings are read as their object is visited, in key order; nested objects are pushed in reverse, so
  // they too are met (and a host's first site recorded) in document order.
  const stack: Frame[] = [{ value: root, key: '', parent: undefined }];
  const children: Frame[] = [];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const v = frame.value;
    if (visited !== undefined) {
      if (visited.has(v)) continue;
      visited.add(v);
    }
    children.length = 0;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x === 'string') read(x, frame, i);
        else if (typeof x === 'object' && x !== null) children.push({ value: x, key: i, parent: frame });
      }
    } else {
      // The key holding this object, for an array element the array's key.
      let holder: Frame | undefined = frame;
      while (holder !== undefined && typeof holder.key === 'number') holder = holder.parent;
      const parentKey = holder?.parent === undefined ? undefined : (holder.key as string);
      const o = v as Record<string, unknown>;
      for (const key of Object.keys(o)) {
        if (inert !== undefined && inert(key, parentKey)) continue;
        read(key, frame, key);
        const x = o[key];
        if (typeof x === 'string') read(x, frame, key);
        else if (typeof x === 'object' && x !== null) children.push({ value: x, key, parent: frame });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
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
