// The lockfile machinery every ecosystem's reader shares: a collector of hosts and non-registry
// sources, the source helpers the readers call, and the one review of a lockfile's head against its
// base (hosts outside the allow list, new non-registry sources, unreadable files). Pure.

import { hostAllowed } from '../../hosts.js';
import type { Json } from '../../json.js';
import { parseJsonObject } from '../../formats/json-document.js';
import { stripBom } from '../../formats/lines.js';
import { classifySource, type Classified, type SourceKind } from '../../formats/sources.js';
import { parseToml, isTable, type TomlTable, type TomlValue } from '../../toml.js';
import { quoteValue } from '../../text.js';
import type { Finding } from '../rule.js';
import { lockfileReadable } from './lockfile-readable.js';
import { lockfileSources } from './lockfile-sources.js';
import type { DependencyFileKind, DependencyReviewer, ReviewContext } from './reviewer.js';
import { sourceHosts } from './source-hosts.js';
import { walkHosts, type SourceWalk } from './walk.js';

export interface LockSource {
  kind: SourceKind;
  /** The source as written (credentials redacted), for messages and for matching base against head. */
  spec: string;
  /** Where it was first seen (package key or line). */
  where: string;
}

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

export class Collector {
  readonly hostSites = new Map<string, string>();
  readonly sources = new Map<string, LockSource>();
  error: string | undefined;

  /** A value that must be a source (npm `resolved`, yarn `resolved`, pnpm `tarball`/`repo`). */
  resolved(value: string, where: string, allowRelative = false): void {
    const c = classifySource(value);
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
    const c = classifySource(value);
    if (c !== null) this.record(c, where, withHost);
  }

  record(c: Classified, where: string, withHost = true): void {
    if (withHost && c.host !== undefined && !this.hostSites.has(c.host)) this.hostSites.set(c.host, where);
    if (c.kind === 'https' || c.kind === 'registry' || c.kind === 'local') return;
    this.source({ kind: c.insecure && c.kind === 'git' ? 'http' : c.kind, spec: c.spec }, where);
    if (c.kind === 'credentials' && c.insecure) this.source({ kind: 'http', spec: c.spec }, where);
  }

  /** A host named in the document (the source walk): checked against the allow list, its kind is the reader's concern. */
  host(host: string, where: string): void {
    if (!this.hostSites.has(host)) this.hostSites.set(host, where);
  }

  /** Every host the whole parsed document names, whatever key it sits under (walk.ts). */
  walk(root: unknown, opts?: SourceWalk): void {
    walkHosts(root, (host, where) => this.host(host, where), opts);
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

export const SOURCE_TEXT: Record<SourceKind, string> = {
  http: 'non-TLS source (plain http or git protocol)',
  git: 'git source',
  file: 'local file source',
  exec: 'exec: source (runs a script to build the package)',
  credentials: 'source URL with embedded credentials',
  unknown: 'unrecognised source',
};


/** A value that must be a URL, or else a local path (a uv find-links directory, a Gemfile PATH). */
export function urlOrPath(c: Collector, value: string, where: string): void {
  const k = classifySource(value);
  if (k !== null) c.record(k, where);
  else localPath(c, value, where);
}

/** A local path source: the project itself (`.`) is not one; anything else is a local file source. */
export function localPath(c: Collector, value: string, where: string): void {
  const v = value.trim();
  if (v === '.' || v === './' || v === '') return;
  const k = classifySource(v);
  if (k !== null && k.kind !== 'registry' && k.kind !== 'local') c.record(k, where);
  else c.source({ kind: 'file', spec: v }, where);
}

/** A version-control source named by a plain URL (`https://host/repo.git`): recorded as a git source. */
export function vcsSource(c: Collector, value: string, where: string): void {
  const k = classifySource(value);
  if (k === null) localPath(c, value, where);
  else if (k.kind === 'https' || k.kind === 'http') c.record({ ...k, kind: 'git' }, where);
  else c.record(k, where);
}

/** Where a key of a table is, as its key path (`package[3].source`); the fallback when it cannot be said. */
export type TomlAt = (t: TomlTable, k: string, fallback: string) => string;

/** Parse a TOML lockfile; on failure the collector's error says why and null is returned. */
export function tomlLocked(text: string, c: Collector): { doc: TomlTable; at: TomlAt } | null {
  const r = parseToml(text);
  if (!r.ok) {
    c.error = `not valid TOML: ${r.reason}`;
    return null;
  }
  const at: TomlAt = (t, k, fallback) => r.pathOf(t, k) || fallback;
  return { doc: r.value, at };
}

export function tomlPackages(doc: TomlTable, c: Collector, required: boolean): TomlTable[] {
  const p = doc.package;
  if (p === undefined) return [];
  if (!Array.isArray(p) || !p.every(isTable)) {
    if (required) c.error = '"package" is not an array of tables';
    return [];
  }
  return p;
}


/** Calls `fn` for every string value under a table key (also strings in arrays under it); never throws. */
export function walkToml(root: TomlTable, fn: (table: TomlTable, key: string, value: string) => void, skip?: (t: TomlTable, key: string) => boolean): void {
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


/** Parse a JSON lockfile whose top level is an object; on failure the collector's error says why. */
export function parseJsonDoc(text: string, c: Collector): Json | null {
  const doc = parseJsonObject(text);
  if (typeof doc !== 'string') return doc;
  c.error = doc;
  return null;
}

/** Reads one lockfile format's hosts and sources into the collector (the text has no byte-order mark). */
export type LockfileReader = (text: string, c: Collector) => void;

/** Hosts and sources of a lockfile text, with the size limit and the byte-order mark handled. Never throws. */
export function scanLockfile(read: LockfileReader, text: string): LockfileScan {
  const c = new Collector();
  if (text.length > MAX_LOCKFILE_CHARS) {
    c.error = `the lockfile is ${text.length} characters; the limit is ${MAX_LOCKFILE_CHARS}`;
    return c.result();
  }
  read(stripBom(text), c);
  return c.result();
}

const SOURCE_CODE = {
  http: 'dependency_insecure_source',
  git: 'dependency_git_source',
  file: 'dependency_file_source',
  exec: 'dependency_exec_source',
  credentials: 'dependency_url_credentials',
  unknown: 'dependency_unknown_source',
} as const satisfies Record<SourceKind, (typeof lockfileSources.codes)[number]>;

const UNREADABLE = 'is not UTF-8 text or is too large to read';

/** A reviewer of one lockfile format: its hosts against the allow list, its new non-registry sources. */
export function lockfileReviewer(kind: DependencyFileKind, matches: DependencyReviewer['matches'], read: LockfileReader): DependencyReviewer {
  const reviewer: DependencyReviewer = {
    kind,
    matches,
    review: (base, head, ctx) => reviewLockfile(read, base, head, ctx),
    unreadable: (ctx) => [lockfileReadable.finding('dependency_lockfile_unparseable', 'deny', `${ctx.file} could not be read (it ${UNREADABLE}), so its resolved hosts cannot be checked against the network allow list.`)],
  };
  READERS.set(reviewer, read);
  return reviewer;
}

const READERS = new WeakMap<DependencyReviewer, LockfileReader>();

/** The lockfile reader behind a reviewer, if it reviews a lockfile. */
export function lockfileReaderOf(reviewer: DependencyReviewer | undefined): LockfileReader | undefined {
  return reviewer === undefined ? undefined : READERS.get(reviewer);
}

function reviewLockfile(read: LockfileReader, baseText: string | null, headText: string | null, { file, allow }: ReviewContext): Finding[] {
  const out: Finding[] = [];
  if (headText === null) {
    if (baseText !== null) {
      out.push(lockfileReadable.finding('dependency_lockfile_removed', 'high', `${file} was removed; the next install resolves every dependency afresh, from whatever registry is configured.`));
    }
    return out;
  }
  const head = scanLockfile(read, headText);
  if (head.error !== undefined) {
    out.push(lockfileReadable.finding('dependency_lockfile_unparseable', 'deny', `${file} could not be read (${quoteValue(head.error)}), so its resolved hosts cannot be checked against the network allow list.`));
    return out;
  }
  const base = baseText === null ? null : scanLockfile(read, baseText);
  out.push(...hostFindings(file, head, base, allow, 'resolved host'));
  const baseSources = new Set((base?.sources ?? []).map((s) => `${s.kind}|${s.spec}`));
  for (const s of head.sources) {
    if (baseSources.has(`${s.kind}|${s.spec}`)) continue;
    // A source that cannot be read (no URL, an unknown scheme, a network scheme without `//`) is a deny:
    // what it resolves from cannot be checked against the network allow list.
    out.push(lockfileSources.finding(SOURCE_CODE[s.kind], s.kind === 'unknown' ? 'deny' : 'high', `${file} adds a ${SOURCE_TEXT[s.kind]}: ${quoteValue(s.spec)} (at ${quoteValue(s.where, 120)}).`));
  }
  return out;
}

/**
 * The one source rule (dependencies/source-hosts): each host the head names that is outside the network
 * allow list is a deny, unless the base named it too (then one high finding lists them all).
 */
function hostFindings(file: string, head: LockfileScan, base: LockfileScan | null, allow: readonly string[], noun: string, reportExisting = true): Finding[] {
  const out: Finding[] = [];
  const baseHosts = new Set(base && base.error === undefined ? base.hosts : []);
  const existingOutside: string[] = [];
  for (const host of head.hosts) {
    if (hostAllowed(allow, host)) continue;
    if (baseHosts.has(host)) {
      existingOutside.push(host);
      continue;
    }
    out.push(
      sourceHosts.finding(
        'dependency_host_not_allowed',
        'deny',
        `${file}: dependency confusion: ${noun} ${quoteValue(host)} is not in the network allow list (first at ${quoteValue(head.hostSites.get(host) ?? '', 120)}).`,
      ),
    );
  }
  if (reportExisting && existingOutside.length > 0) {
    const shown = existingOutside.slice(0, 20).map((h) => quoteValue(h)).join(', ');
    const more = existingOutside.length > 20 ? ` and ${existingOutside.length - 20} more` : '';
    out.push(
      sourceHosts.finding(
        'dependency_host_not_allowed_existing',
        'high',
        `${file} still resolves packages from ${shown}${more}, outside the network allow list (already so in the base); extend the allow list or move those packages.`,
      ),
    );
  }
  return out;
}

/**
 * The source rule for a manifest or configuration file: the hosts its source reader finds in the head
 * against those of the base. A host the base already named is not reported again: unlike a lockfile,
 * whose new entries may resolve from it, an unchanged setting changes nothing. A head the reader cannot
 * read gives nothing here: the file's own reviewer reports it (unparseable).
 */
export function reviewSourceHosts(read: LockfileReader, baseText: string | null, headText: string, { file, allow }: ReviewContext): Finding[] {
  const head = scanLockfile(read, headText);
  if (head.error !== undefined) return [];
  return hostFindings(file, head, baseText === null ? null : scanLockfile(read, baseText), allow, 'source host', false);
}
