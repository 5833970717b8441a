// CODEOWNERS, read as GitHub reads it, matched with the project's one glob engine (rule 4: no second
// glob engine). Pure: the caller fetches the file text from the BASE commit, trying
// CODEOWNERS_LOCATIONS in order.
//
// Syntax (https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners):
// - one rule a line: a gitignore-style pattern, then zero or more owners separated by spaces or tabs;
//   `@user`, `@org/team` or an email address. A pattern with no owners un-owns what it matches.
// - blank lines and lines whose first non-blank character is `#` are ignored; an owner-position token
//   that starts with `#` starts an inline comment (`*.js @js-owner # comment`).
// - the LAST matching rule wins; paths are case-sensitive; a file over 3 MB is not loaded at all.
//   (The gate also applies the rule that matches once case is ignored, when it is another one: see
//   `matchesOf`. Case variants can only add owners.)
// - gitignore features GitHub documents as not working: `\` escaping (also of a leading `#`), `!`
//   negation, `[ ]` character ranges. GitHub skips invalid lines; so do we, and each one is reported
//   as a Problem with its line number.
//
// Translation to globs (what GitHub documents, and what the widely used hmarr/codeowners matcher
// implements for the cases the documentation leaves open):
//   `/x` or a pattern with a `/` before its end  -> anchored at the root
//   a pattern with no `/` except a trailing one -> at any depth (`**/` is prefixed)
//   trailing `/`                                 -> everything below that directory (`x/**`)
//   last segment `*` (`docs/*`)                  -> direct children only
//   last segment `**` (`docs/**`)                -> everything below
//   any other last segment (`x`, `*.js`, `**/logs`) -> the file itself or everything below a
//                                                  directory of that name (`g` and `g/**`)
// `*` and `?` never cross `/`; `**` as a whole segment crosses any number of directories.
// Patterns our glob engine cannot express with exactly GitHub's meaning are problems, not guesses:
// braces (literal to GitHub, expanded by minimatch), `#` inside a pattern, `..`/`.`/empty segments,
// a directory-only `**/` ending, and anything `lintGlob` refuses.

import { GlobSet, lintGlob } from './glob.js';
import type { Problem } from './types.js';

/** Where GitHub looks for the file, in order; the first one found wins. */
export const CODEOWNERS_LOCATIONS: readonly string[] = Object.freeze(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']);

/** GitHub does not load a CODEOWNERS file of 3 MB or more. */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;

/** The location GitHub would use, given the locations that exist at the base commit. */
export function codeownersLocation(existing: Iterable<string>): string | undefined {
  const present = new Set(existing);
  return CODEOWNERS_LOCATIONS.find((l) => present.has(l));
}

export type CodeOwner =
  | { kind: 'user'; login: string; raw: string }
  | { kind: 'team'; org: string; slug: string; /** `org/slug` */ name: string; raw: string }
  | { kind: 'email'; email: string; raw: string };

export interface CodeownersRule {
  /** 1-based line number in the file. */
  line: number;
  pattern: string;
  owners: CodeOwner[];
  /** The globs the pattern was translated into (any of them matching means the rule matches). */
  globs: string[];
}

export interface CodeownersMatch {
  line: number;
  pattern: string;
  /** Empty when the last matching rule names no owners (the path is explicitly un-owned). */
  owners: CodeOwner[];
}

export type PatternTranslation = { ok: true; globs: string[] } | { ok: false; code: string; message: string };

const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/u;
const USER = /^@([A-Za-z0-9][A-Za-z0-9_-]{0,99})$/;
const TEAM = /^@([A-Za-z0-9][A-Za-z0-9_-]{0,99})\/([A-Za-z0-9][A-Za-z0-9._-]{0,99})$/;
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,63}$/;

/** Parse one owner token, or null when it is not a valid owner. */
export function parseOwner(token: string): CodeOwner | null {
  let m = TEAM.exec(token);
  if (m) return { kind: 'team', org: m[1]!, slug: m[2]!, name: `${m[1]!}/${m[2]!}`, raw: token };
  m = USER.exec(token);
  if (m) return { kind: 'user', login: m[1]!, raw: token };
  if (!token.startsWith('@') && EMAIL.test(token)) return { kind: 'email', email: token, raw: token };
  return null;
}

/** Translate one CODEOWNERS pattern into globs for `GlobSet`, or say why it cannot be done exactly. */
export function translateCodeownersPattern(pattern: string): PatternTranslation {
  const fail = (code: string, message: string): PatternTranslation => ({ ok: false, code, message });
  if (pattern.length === 0) return fail('codeowners_empty_pattern', 'empty pattern');
  if (CONTROL.test(pattern)) return fail('codeowners_control_character', 'pattern contains a control character');
  if (pattern.startsWith('!')) return fail('codeowners_negation', '"!" negation does not work in CODEOWNERS (GitHub ignores the line)');
  if (/[[\]]/.test(pattern)) return fail('codeowners_character_range', '"[ ]" character ranges do not work in CODEOWNERS (GitHub reports the line as an error)');
  if (pattern.includes('\\')) return fail('codeowners_escape', '"\\" escaping does not work in CODEOWNERS');
  if (pattern.includes('#')) return fail('codeowners_hash', '"#" inside a pattern is ambiguous (it may start a comment)');
  if (/[{}]/.test(pattern)) return fail('codeowners_brace', 'braces are literal in CODEOWNERS but would be expanded by the glob engine');

  let anchored = pattern.startsWith('/');
  let body = anchored ? pattern.slice(1) : pattern;
  const directoryOnly = body.endsWith('/');
  if (directoryOnly) body = body.slice(0, -1);
  if (body.length === 0) return fail('codeowners_empty_pattern', 'pattern names no path');
  // gitignore: a slash anywhere but at the end anchors the pattern at the root.
  if (body.includes('/')) anchored = true;
  const segments = body.split('/');
  if (segments.some((s) => s === '')) return fail('codeowners_empty_segment', 'pattern contains an empty segment ("//")');
  if (segments.some((s) => s === '.' || s === '..')) return fail('codeowners_dot_segment', 'pattern contains a "." or ".." segment, which never matches a path');
  if (!anchored && segments[0] !== '**') segments.unshift('**');
  const last = segments[segments.length - 1]!;
  if (directoryOnly && last === '**') {
    return fail('codeowners_ambiguous', 'a pattern ending in "**/" has no documented meaning; use "dir/**" or "dir/"');
  }
  const base = segments.join('/');
  const globs = directoryOnly ? [`${base}/**`] : last === '**' || last === '*' ? [base] : [base, `${base}/**`];
  for (const g of globs) {
    const errors = lintGlob(g);
    if (errors.length > 0) return fail('codeowners_untranslatable', `cannot be matched exactly: ${errors.map((e) => e.message).join('; ')}`);
  }
  return { ok: true, globs };
}

/** A parsed CODEOWNERS file. `ownersOf` answers with the last matching rule. */
export class CodeownersFile {
  private set: GlobSet<number> | undefined;
  private foldedSet: GlobSet<number> | undefined;

  constructor(
    /** The location it was read from (for messages). */
    readonly file: string,
    readonly rules: readonly CodeownersRule[],
    /** Invalid or untranslatable lines (skipped), or a file-level problem. Empty for a clean file. */
    readonly problems: readonly Problem[],
  ) {}

  /** The last rule whose pattern matches `path` (a canonical repository path), or null when none does. */
  ownersOf(path: string): CodeownersMatch | null {
    if (!this.set) {
      const set = new GlobSet<number>();
      this.rules.forEach((r, i) => {
        for (const g of r.globs) set.add(g, i);
      });
      this.set = set;
    }
    const hits = this.set.matchAll(path);
    if (hits.length === 0) return null;
    // Globs were added rule by rule, and matchAll keeps insertion order: the last hit is the last rule.
    const rule = this.rules[hits[hits.length - 1]!.value]!;
    return { line: rule.line, pattern: rule.pattern, owners: [...rule.owners] };
  }

  /** The last rule whose pattern matches `path` when case is ignored on both sides, or null. */
  ownersOfIgnoringCase(path: string): CodeownersMatch | null {
    if (!this.foldedSet) {
      const set = new GlobSet<number>();
      this.rules.forEach((r, i) => {
        for (const g of r.globs) set.add(g.toLowerCase(), i);
      });
      this.foldedSet = set;
    }
    const hits = this.foldedSet.matchAll(path.toLowerCase());
    if (hits.length === 0) return null;
    const rule = this.rules[hits[hits.length - 1]!.value]!;
    return { line: rule.line, pattern: rule.pattern, owners: [...rule.owners] };
  }

  /**
   * The rules whose owners a change to `path` needs: GitHub's (case-sensitive, `ownersOf`) and, when
   * another rule decides the path once case is ignored, that one too. Case tricks only ever ADD owners
   * (trust model rule 3): `.GITHUB/actions/x/action.yml` is the same file as `.github/actions/x/action.yml`
   * on a case-insensitive checkout, so `/.github/ @org/security` must approve it, not only the `*` owners.
   */
  matchesOf(path: string): CodeownersMatch[] {
    const exact = this.ownersOf(path);
    const folded = this.ownersOfIgnoringCase(path);
    if (!folded || (exact && exact.line === folded.line)) return exact ? [exact] : [];
    return exact ? [exact, folded] : [folded];
  }
}

/** Parse CODEOWNERS text. Never throws; every skipped line is a Problem with its line number. */
export function parseCodeowners(text: string, opts: { file?: string } = {}): CodeownersFile {
  const file = opts.file ?? 'CODEOWNERS';
  const problems: Problem[] = [];
  const rules: CodeownersRule[] = [];
  if (new TextEncoder().encode(text).length >= CODEOWNERS_MAX_BYTES) {
    problems.push({
      code: 'codeowners_too_large',
      message: `${file} is 3 MB or larger: GitHub does not load it, so no path has an owner`,
      location: { file },
    });
    return new CodeownersFile(file, rules, problems);
  }
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split('\n');
  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const trimmed = line.replace(/^[ \t]+|[ \t]+$/g, '');
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const problem = (code: string, message: string) =>
      problems.push({ code, message: `line ${lineNo}: ${message} (the line is skipped)`, location: { file, line: lineNo } });
    if (CONTROL.test(trimmed)) {
      problem('codeowners_control_character', 'the line contains a control character');
      return;
    }
    const tokens = trimmed.split(/[ \t]+/);
    const commentAt = tokens.findIndex((t, i) => i > 0 && t.startsWith('#'));
    if (commentAt > 0) tokens.length = commentAt;
    const pattern = tokens[0]!;
    const translation = translateCodeownersPattern(pattern);
    if (!translation.ok) {
      problem(translation.code, `${JSON.stringify(pattern)}: ${translation.message}`);
      return;
    }
    const owners: CodeOwner[] = [];
    for (const token of tokens.slice(1)) {
      const owner = parseOwner(token);
      if (!owner) {
        problem('codeowners_invalid_owner', `${JSON.stringify(token)} is not an owner (expected @user, @org/team or an email address)`);
        return;
      }
      owners.push(owner);
    }
    rules.push({ line: lineNo, pattern, owners, globs: translation.globs });
  });
  return new CodeownersFile(file, rules, problems);
}
