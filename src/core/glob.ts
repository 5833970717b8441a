// The one glob engine (trust model rule 4). Every glob the product evaluates comes from the policy,
// is linted (glob-lint.ts) and is compiled here with one fixed set of minimatch options.

import { Minimatch } from 'minimatch';
import { expandBraces, GLOB_OPTIONS, lintGlob, MAX_BRACE_EXPANSIONS } from './glob-lint.js';

export { braceShape, countBraceExpansions, GLOB_OPTIONS, lintGlob, lintPolicyGlob, MAX_BRACE_EXPANSIONS, MAX_GLOB_LENGTH, type GlobLintError } from './glob-lint.js';

/**
 * The minimatch matcher of one brace alternative, built at its first use: most globs of a policy are
 * never asked about a small diff's paths (the index rules them out). Shared by every set holding the
 * same pattern (a tier rule and its folded forms are usually the same text).
 */
class LazyMatcher {
  private mm: Minimatch | null = null;
  constructor(readonly pattern: string, private readonly glob: string) {}

  match(path: string): boolean {
    if (this.mm === null) {
      const mm = new Minimatch(this.pattern, GLOB_OPTIONS);
      if (mm.negate || mm.comment || mm.empty) throw new Error(`glob ${JSON.stringify(this.glob)} does not compile`);
      this.mm = mm;
    }
    return this.mm.match(path);
  }
}

/** A linted glob's alternatives, each with its segments and matcher; built once per distinct glob. */
interface Alternative { segments: string[]; fixedSegments: number; mm: LazyMatcher }
const alternativesCache = new Map<string, readonly Alternative[]>();
const ALTERNATIVES_CACHE_MAX = 20_000;

function alternativesOf(glob: string): readonly Alternative[] {
  let cached = alternativesCache.get(glob);
  if (cached === undefined) {
    const expanded = expandBraces(glob);
    if (expanded.length > MAX_BRACE_EXPANSIONS) throw new Error(`glob ${JSON.stringify(glob)} expands to too many patterns`);
    // Empty, comment and negated alternatives never pass the lint; the matcher checks again when built.
    if (expanded.some((alt) => alt === '')) throw new Error(`glob ${JSON.stringify(glob)} does not compile`);
    cached = expanded.map((alt) => {
      const segments = alt.split('/');
      return { segments, fixedSegments: segments.includes('**') ? -1 : segments.length, mm: new LazyMatcher(alt, glob) };
    });
    if (alternativesCache.size >= ALTERNATIVES_CACHE_MAX) alternativesCache.clear();
    alternativesCache.set(glob, cached);
  }
  return cached;
}

interface CompiledAlternative<T> {
  mm: LazyMatcher;
  value: T;
  glob: string;
  /** Index of the glob (not the alternative) in insertion order. */
  order: number;
  /** Number of path segments the pattern can match when it has no `**`; -1 otherwise. */
  fixedSegments: number;
  /**
   * For patterns indexed by basename extension or prefix (`**\/<last>`): the literal text `<last>`
   * starts and ends with (before its first and after its last wildcard). A basename without them
   * cannot match, so minimatch is not asked; '' when there is none. Minimatch decides every other case.
   */
  basePrefix: string;
  baseSuffix: string;
  /** The result entry reported for this glob, and a one-element result, built once and frozen. */
  hit: GlobMatch<T>;
  single: readonly GlobMatch<T>[];
}

/** One matching glob and its value. Results are shared between calls and frozen: never mutate them. */
export interface GlobMatch<T> {
  readonly value: T;
  readonly glob: string;
}

/** The candidates a directory contributes, for paths with `segments` segments (the basename included). */
interface DirCandidates<T> {
  segments: number;
  list: CompiledAlternative<T>[];
}

/**
 * A set of globs, each carrying a value, indexed so that matching many paths against many globs
 * stays fast. The index only narrows which globs are tried; every candidate is still decided by
 * minimatch with GLOB_OPTIONS, so the index can never change what matches (a differential test
 * checks this against plain minimatch):
 * - fully literal patterns: by exact path;
 * - patterns with leading literal or `*` directories: a trie over those segments;
 * - patterns starting with `**`: by basename (`**\/name`), by extension (`**\/*.ext`), by the first
 *   two characters of a literal basename prefix (`**\/jest.config.*`), or by a literal directory
 *   segment somewhere in the path (`**\/.claude/**`); the rest are tried for every path.
 * The candidates that depend only on the directory part of a path (the trie, directory segments, the
 * rest) are gathered per directory and kept for the two directories looked up last: paths in a diff
 * come sorted, so files of one directory follow each other (and a rename alternates two directories).
 */
export class GlobSet<T> {
  private readonly exact = new Map<string, CompiledAlternative<T>[]>();
  private readonly trie: TrieNode<T> = newNode();
  private readonly byBasename = new Map<string, CompiledAlternative<T>[]>();
  private readonly bySuffix = new Map<string, CompiledAlternative<T>[]>();
  private readonly byBasenamePrefix = new Map<string, CompiledAlternative<T>[]>();
  private readonly byDirSegment = new Map<string, CompiledAlternative<T>[]>();
  private readonly anywhere: CompiledAlternative<T>[] = [];
  /** Candidates for paths without a `/`. */
  private rootCandidates: DirCandidates<T> | null = null;
  /** The two directories (the path up to its last `/`) looked up last, most recent first, and their candidates. */
  private dirA: string | null = null;
  private candidatesA: DirCandidates<T> | null = null;
  private dirB: string | null = null;
  private candidatesB: DirCandidates<T> | null = null;
  /**
   * Necessary conditions for a hit in the keyed maps, checked before a key is sliced and hashed: the
   * lengths of `exact`, `byBasename` and `bySuffix` keys, and the first two characters of
   * `byBasenamePrefix` keys (as `c0 * 65536 + c1`).
   */
  private readonly exactLengths = new Set<number>();
  private readonly basenameLengths = new Set<number>();
  private readonly suffixLengths = new Set<number>();
  private readonly prefixCodes = new Set<number>();
  private count = 0;

  /** Add a glob. It must have passed `lintGlob`; this throws otherwise (a bug, not user input). */
  add(glob: string, value: T): void {
    const errors = lintGlob(glob);
    if (errors.length > 0) throw new Error(`unlinted glob ${JSON.stringify(glob)}: ${errors[0]!.message}`);
    this.rootCandidates = null;
    this.dirA = null;
    this.candidatesA = null;
    this.dirB = null;
    this.candidatesB = null;
    const order = this.count++;
    const hit: GlobMatch<T> = Object.freeze({ value, glob });
    const single = Object.freeze([hit]);
    for (const { segments, fixedSegments, mm } of alternativesOf(glob)) {
      this.index(segments, { mm, value, glob, order, fixedSegments, basePrefix: '', baseSuffix: '', hit, single });
    }
  }

  private index(segments: string[], compiled: CompiledAlternative<T>): void {
    if (!segments.some(isMagic)) {
      const key = segments.join('/');
      this.exactLengths.add(key.length);
      push(this.exact, key, compiled);
      return;
    }
    // Leading directories that are literal or exactly `*` go into the trie.
    let depth = 0;
    while (depth < segments.length - 1 && (!isMagic(segments[depth]!) || segments[depth] === '*')) depth++;
    if (depth > 0) {
      let node = this.trie;
      for (const s of segments.slice(0, depth)) {
        const key = s === '*' ? STAR : s;
        let next = node.children.get(key);
        if (!next) node.children.set(key, (next = newNode()));
        node = next;
      }
      node.entries.push(compiled);
      return;
    }
    const last = segments[segments.length - 1]!;
    let lead = 0;
    while (lead < segments.length - 1 && segments[lead] === '**') lead++;
    if (lead > 0 && lead === segments.length - 1) {
      if (!isMagic(last)) {
        this.basenameLengths.add(last.length);
        return push(this.byBasename, last, compiled);
      }
      const prefix = /^[^*?[\]{}]*/.exec(last)![0];
      const suffix = /[^*?[\]{}]*$/.exec(last)![0];
      if (/^\*\.[^*?[\]{}]+$/.test(last)) {
        const key = suffixKey(last.slice(1));
        this.suffixLengths.add(key.length);
        return push(this.bySuffix, key, { ...compiled, baseSuffix: suffix });
      }
      if (prefix.length >= 2) {
        this.prefixCodes.add(prefix.charCodeAt(0) * 65536 + prefix.charCodeAt(1));
        return push(this.byBasenamePrefix, prefix.slice(0, 2), { ...compiled, basePrefix: prefix, baseSuffix: suffix });
      }
    }
    if (lead > 0 && lead < segments.length - 1 && !isMagic(segments[lead]!)) {
      return push(this.byDirSegment, segments[lead]!, compiled);
    }
    if (segments.length === 1) {
      // A slash-free pattern only ever matches a root-level path.
      this.trie.entries.push(compiled);
      return;
    }
    this.anywhere.push(compiled);
  }

  /**
   * Every glob that matches `path`, with its value, in the order the globs were added. The returned
   * array and its entries are shared and frozen.
   */
  matchAll(path: string): readonly GlobMatch<T>[] {
    const slash = path.lastIndexOf('/');
    const dir = slash === -1 ? (this.rootCandidates ??= this.dirCandidates(path)) : this.cachedDir(path, slash);
    const n = dir.segments;
    // Allocated at the first hit (most paths have none).
    let hits: CompiledAlternative<T>[] | undefined;
    if (this.exactLengths.has(path.length)) hits = testList(this.exact.get(path), path, n, hits);
    hits = testList(dir.list, path, n, hits);
    const baseLength = path.length - slash - 1;
    let base: string | null = null;
    if (this.basenameLengths.has(baseLength)) hits = testList(this.byBasename.get((base ??= path.slice(slash + 1))), path, n, hits);
    if (this.bySuffix.size > 0) {
      const dot = path.lastIndexOf('.');
      // Keys are the last extension; patterns with multi-dot extensions (`*.d.ts`) are keyed by their last one too.
      if (dot > slash && this.suffixLengths.has(path.length - dot)) {
        hits = testBasenameList(this.bySuffix.get(path.slice(dot)), path, (base ??= path.slice(slash + 1)), n, hits);
      }
    }
    if (baseLength >= 2 && this.prefixCodes.has(path.charCodeAt(slash + 1) * 65536 + path.charCodeAt(slash + 2))) {
      base ??= path.slice(slash + 1);
      hits = testBasenameList(this.byBasenamePrefix.get(base.slice(0, 2)), path, base, n, hits);
    }
    if (hits === undefined) return NO_MATCHES;
    if (hits.length === 1) return hits[0]!.single;
    hits.sort(byOrder);
    // One glob can hit through several brace alternatives: report it once.
    const out: GlobMatch<T>[] = [];
    let last = -1;
    for (const h of hits) {
      if (h.order === last) continue;
      last = h.order;
      out.push(h.hit);
    }
    return out.length === 1 ? hits[0]!.single : out;
  }

  private cachedDir(path: string, slash: number): DirCandidates<T> {
    const a = this.dirA;
    if (a !== null && slash === a.length && path.startsWith(a)) return this.candidatesA!;
    const b = this.dirB;
    let candidates: DirCandidates<T>;
    let dir: string;
    if (b !== null && slash === b.length && path.startsWith(b)) {
      candidates = this.candidatesB!;
      dir = b;
    } else {
      candidates = this.dirCandidates(path);
      dir = path.slice(0, slash);
    }
    this.dirB = a;
    this.candidatesB = this.candidatesA;
    this.dirA = dir;
    this.candidatesA = candidates;
    return candidates;
  }

  /** The candidates that depend only on the directory part of `path` (its segments but the last). */
  private dirCandidates(path: string): DirCandidates<T> {
    const segments = path.split('/');
    const n = segments.length;
    const list: CompiledAlternative<T>[] = [];
    walkTrie(this.trie, segments, 0, list);
    if (this.byDirSegment.size > 0) {
      for (let i = 0; i < n - 1; i++) {
        const s = segments[i]!;
        // A repeated directory name would add the same list twice; skip repeats.
        if (segments.indexOf(s) === i) addFitting(this.byDirSegment.get(s), n, list);
      }
    }
    addFitting(this.anywhere, n, list);
    return { segments: n, list };
  }

  get size(): number {
    return this.count;
  }
}

const NO_MATCHES: readonly never[] = Object.freeze([]);

/** Add the candidates of `l` that can match a path of `n` segments. */
function addFitting<T>(l: readonly CompiledAlternative<T>[] | undefined, n: number, list: CompiledAlternative<T>[]): void {
  if (l !== undefined) for (const c of l) if (c.fixedSegments === -1 || c.fixedSegments === n) list.push(c);
}

/** The trie entries on the way along the directory segments of `segments` (literal and `*` children). */
function walkTrie<T>(node: TrieNode<T>, segments: string[], i: number, list: CompiledAlternative<T>[]): void {
  addFitting(node.entries, segments.length, list);
  if (i >= segments.length - 1 || node.children.size === 0) return;
  const literal = node.children.get(segments[i]!);
  if (literal) walkTrie(literal, segments, i + 1, list);
  const star = node.children.get(STAR);
  if (star) walkTrie(star, segments, i + 1, list);
}

function byOrder(a: { order: number }, b: { order: number }): number {
  return a.order - b.order;
}

/** Add the candidates of `list` that match `path` (of `n` segments) to `hits`, allocating it at the first. */
function testList<T>(
  list: readonly CompiledAlternative<T>[] | undefined,
  path: string,
  n: number,
  hits: CompiledAlternative<T>[] | undefined,
): CompiledAlternative<T>[] | undefined {
  if (list === undefined) return hits;
  for (const c of list) if ((c.fixedSegments === -1 || c.fixedSegments === n) && c.mm.match(path)) (hits ??= []).push(c);
  return hits;
}

/** `testList` for the basename buckets: skips candidates whose literal prefix or suffix `base` lacks. */
function testBasenameList<T>(
  list: readonly CompiledAlternative<T>[] | undefined,
  path: string,
  base: string,
  n: number,
  hits: CompiledAlternative<T>[] | undefined,
): CompiledAlternative<T>[] | undefined {
  if (list === undefined) return hits;
  for (const c of list) {
    if (c.fixedSegments !== -1 && c.fixedSegments !== n) continue;
    if (!base.startsWith(c.basePrefix) || !base.endsWith(c.baseSuffix)) continue;
    if (c.mm.match(path)) (hits ??= []).push(c);
  }
  return hits;
}

/** Trie key for a segment that is exactly `*` (a path segment can never contain a NUL). */
const STAR = '\u0000*';

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  entries: CompiledAlternative<T>[];
}
function newNode<T>(): TrieNode<T> {
  return { children: new Map(), entries: [] };
}
function push<T>(map: Map<string, CompiledAlternative<T>[]>, key: string, c: CompiledAlternative<T>): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}
function isMagic(segment: string): boolean {
  return /[*?[\]{}]/.test(segment);
}
function suffixKey(ext: string): string {
  return ext.slice(ext.lastIndexOf('.'));
}

/** Match one path against one linted glob (convenience for small, one-off checks such as branch names). */
export function globMatches(glob: string, subject: string): boolean {
  const set = new GlobSet<true>();
  set.add(glob, true);
  return set.matchAll(subject).length > 0;
}
