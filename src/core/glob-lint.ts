// Glob lint and brace expansion: what a policy glob may be (trust model rule 4), decided before any
// glob is compiled. glob.ts compiles only globs that pass here, with the same fixed options.

import { braceExpand, type MinimatchOptions } from 'minimatch';
import { foldPath } from './paths.js';
import { hasInvisibleCharacters } from './text.js';

/**
 * Fixed matcher options. `dot: true` so `**` sees `.github`; no negation, comments or extglobs (they
 * widen or silently disable rules); no `matchBase` (it changes what slash-free patterns mean);
 * `optimizationLevel: 0` so a pattern is matched as written (level 1 folds `docs/..` into nothing);
 * POSIX platform so `\` never becomes a separator.
 */
export const GLOB_OPTIONS: Readonly<MinimatchOptions> = Object.freeze({
  dot: true,
  nonegate: true,
  nocomment: true,
  noext: true,
  nocase: false,
  matchBase: false,
  nonull: false,
  optimizationLevel: 0,
  platform: 'linux',
  windowsPathsNoEscape: false,
  preserveMultipleSlashes: true,
});

/** Most alternatives one pattern may expand to. minimatch silently truncates at 100 000; we refuse far earlier. */
export const MAX_BRACE_EXPANSIONS = 64;
export const MAX_GLOB_LENGTH = 512;

export interface GlobLintError {
  code: string;
  message: string;
}

// C0/C1 controls, DEL and the line/paragraph separators, as for paths (paths.ts).
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
const EXTGLOB = /[!?+*@]\(/;

/**
 * How the engine would read the braces of a pattern, without expanding them (linear time): the number
 * of alternatives (Infinity past `limit`), or why the braces are refused.
 *
 * Only one brace form is accepted, the one whose expansion is plain: `{` opens a group of at least two
 * comma-separated alternatives (which may nest) closed by its own `}`. For that form the count is exact
 * (the sum over a group's alternatives, the product along a sequence). Everything else brace-expansion
 * reads in ways a reader cannot predict, and an earlier counter that treated them as literal text was
 * wrong by any factor: `{{a,b}}` is two alternatives (`{a}` and `{b}`), `x{a},b}` is `xa}` and `xb`, and
 * `${a,b}` is literal. A lint that undercounts lets a 117-character pattern reach the 100 000
 * alternatives minimatch keeps (dropping the rest without an error) and take over a second to compile.
 */
export function braceShape(pattern: string, limit = MAX_BRACE_EXPANSIONS): { count: number } | { problem: string } {
  let pos = 0;
  let problem: string | null = null;
  // sequence := (literal | group)* ; group := '{' sequence (',' sequence)+ '}'
  const parseSequence = (inGroup: boolean): number => {
    let product = 1;
    while (pos < pattern.length && problem === null) {
      const c = pattern[pos];
      if (c === '}') {
        if (inGroup) return product;
        problem = 'a "}" closes no brace group (braces are only for alternatives such as "{a,b}")';
        return product;
      }
      if (c === ',' && inGroup) return product;
      if (c === '{') {
        if (pos > 0 && pattern[pos - 1] === '$') {
          problem = '"${" is not expanded by the glob engine (it stays literal)';
          return product;
        }
        pos++;
        let sum = parseSequence(true);
        let alternatives = 1;
        while (problem === null && pos < pattern.length && pattern[pos] === ',') {
          pos++;
          sum += parseSequence(true);
          alternatives++;
        }
        if (problem !== null) return product;
        if (pos >= pattern.length) {
          problem = 'a "{" is never closed';
          return product;
        }
        pos++; // the group's `}`
        if (alternatives < 2) {
          problem = 'a brace group needs at least two alternatives ("{a,b}"); "{a}" is read in surprising ways (a literal, or a group around inner groups)';
          return product;
        }
        product = Math.min(product * sum, Number.MAX_SAFE_INTEGER);
        continue;
      }
      pos++;
    }
    return product;
  };
  const n = parseSequence(false);
  if (problem !== null) return { problem };
  return { count: n > limit ? Infinity : n };
}

/**
 * Count brace alternatives without expanding (so a hostile pattern costs linear time). Exact for the
 * brace form `lintGlob` accepts (see `braceShape`); Infinity when the count passes `limit` or the braces
 * are of a form the lint refuses.
 */
export function countBraceExpansions(pattern: string, limit = MAX_BRACE_EXPANSIONS): number {
  const shape = braceShape(pattern, limit);
  return 'count' in shape ? shape.count : Infinity;
}

/**
 * The brace alternatives of a linted glob, as minimatch expands them (bounded: never more than the lint
 * allows). Memoised (frozen): a policy glob is expanded by the lint, the policy lint and the compiled set.
 */
const expansions = new Map<string, readonly string[]>();
const EXPANSIONS_MAX = 20_000;

export function expandBraces(glob: string): readonly string[] {
  let expanded = expansions.get(glob);
  if (expanded === undefined) {
    if (expansions.size >= EXPANSIONS_MAX) expansions.clear();
    expanded = Object.freeze(braceExpand(glob, { ...GLOB_OPTIONS, braceExpandMax: MAX_BRACE_EXPANSIONS + 1 }));
    expansions.set(glob, expanded);
  }
  return expanded;
}

/** Lint results by glob: a policy's globs are linted when parsed and by every set holding them. Callers get a copy. */
const lintCache = new Map<string, readonly GlobLintError[]>();
const LINT_CACHE_MAX = 20_000;

/** Lint one glob. An empty result means the glob is acceptable. */
export function lintGlob(glob: unknown): GlobLintError[] {
  if (typeof glob !== 'string') return [{ code: 'glob_type', message: 'a glob must be a string' }];
  let cached = lintCache.get(glob);
  if (cached === undefined) {
    if (lintCache.size >= LINT_CACHE_MAX) lintCache.clear();
    cached = Object.freeze(lintUncached(glob).map((e) => Object.freeze(e)));
    lintCache.set(glob, cached);
  }
  return [...cached];
}

function lintUncached(glob: string): GlobLintError[] {
  const errors: GlobLintError[] = [];
  const add = (code: string, message: string) => errors.push({ code, message });
  if (glob.length === 0) {
    add('glob_empty', 'empty glob never matches anything');
    return errors;
  }
  if (glob.length > MAX_GLOB_LENGTH) add('glob_too_long', `glob is longer than ${MAX_GLOB_LENGTH} characters`);
  if (CONTROL.test(glob)) add('glob_control_character', 'glob contains a control character');
  // A canonical path never holds a bidi or zero-width character (paths.ts rejects them), so a glob with
  // one can never match: `infra/prod\u200b/**` reads as a high-tier rule and protects nothing.
  if (hasInvisibleCharacters(glob)) add('glob_invisible_character', 'glob contains a bidi control or zero-width character, so it can never match a path');
  if (glob.startsWith('!')) add('glob_negation', 'negated globs ("!...") are not supported: they match everything else');
  if (glob.startsWith('#')) add('glob_comment', 'a glob starting with "#" is a comment to minimatch and would never match');
  if (glob.includes('\\')) add('glob_backslash', 'backslash is not allowed in globs (escape or Windows separator)');
  if (glob.startsWith('/')) add('glob_absolute', 'globs are relative to the repository root: remove the leading "/"');
  if (glob.startsWith('./')) add('glob_dot_slash', 'remove the leading "./"');
  if (EXTGLOB.test(glob)) add('glob_extglob', 'extglob syntax ("+(...)", "@(...)", "!(...)", ...) is not supported');
  if (/\{[^{},]*\.\.[^{},]*\}/.test(glob)) add('glob_brace_range', 'brace ranges ("{a..z}") are not supported');
  const braces = /\{[^{},]*\.\.[^{},]*\}/.test(glob) ? null : braceShape(glob);
  if (braces !== null && 'problem' in braces) add('glob_brace_form', braces.problem);
  const segments = glob.split('/');
  if (segments.some((s, i) => s === '' && !(i === segments.length - 1 && segments.length > 1))) {
    add('glob_empty_segment', 'glob contains an empty segment ("//")');
  }
  if (glob.endsWith('/')) add('glob_trailing_slash', 'remove the trailing "/" (use "dir/**" for a directory)');
  if (segments.some((s) => s === '.' || s === '..')) add('glob_dot_segment', 'glob contains a "." or ".." segment');
  if (glob.normalize('NFC') !== glob) add('glob_not_nfc', 'glob is not in Unicode NFC form');
  if (braces !== null && 'count' in braces && !Number.isFinite(braces.count)) {
    add('glob_brace_explosion', `brace expansion produces more than ${MAX_BRACE_EXPANSIONS} patterns`);
  } else if (errors.length === 0) {
    // Every alternative must itself be clean (braces can hide `..` or an empty segment), and the engine
    // must expand the pattern into exactly the alternatives counted, none of them holding a brace.
    const alternatives = expandBraces(glob);
    if (braces !== null && 'count' in braces && alternatives.length > braces.count) {
      add('glob_brace_form', `brace expansion gives ${alternatives.length} patterns where ${braces.count} were counted`);
    }
    for (const alt of alternatives) {
      const altSegments = alt.split('/');
      if (alt === '' || altSegments.some((s) => s === '' || s === '.' || s === '..')) {
        add('glob_bad_alternative', `brace alternative ${JSON.stringify(alt)} is empty or has an empty, "." or ".." segment`);
        break;
      }
      if (/[{}]/.test(alt)) {
        add('glob_brace_form', `brace alternative ${JSON.stringify(alt)} still holds a brace`);
        break;
      }
    }
  }
  return errors;
}

/**
 * `lintGlob`, plus what only the policy's path globs need. A policy author's reading of a glob comes from
 * somewhere (GitHub's `paths:` filters, CODEOWNERS, a shell), and tier rules are also matched on the
 * case-folded path against the folded glob (classify.ts), so these are refused too:
 * - `**` inside a segment (`**.tf`, `docs/**.md`, `a**`): GitHub's path filters read `**.tf` as every
 *   .tf file at any depth, minimatch as `*.tf` at the root only; a high rule would quietly cover one directory;
 * - `?`: one character to minimatch, but "zero or one of the preceding character" in GitHub's path
 *   filters (their cheat sheet's `*.jsx?` is `.js` or `.jsx`); `high: ["**\/*.jsx?"]` named neither;
 * - a class that depends on case (`[[:upper:]]`, a negated class with a letter, `[!a]`): folding maps `A`
 *   onto `a`, so the folded rule would miss the case variants of the paths the rule matches, and a
 *   case variant could not raise the tier;
 * - a glob whose folded form is not a valid glob itself (`｛a｝` folds to `{a}`): its folded rule
 *   could not be compiled, so its case variants would not be caught.
 */
export function lintPolicyGlob(glob: unknown): GlobLintError[] {
  const errors = lintGlob(glob);
  if (errors.length > 0 || typeof glob !== 'string') return errors;
  const add = (code: string, message: string) => errors.push({ code, message });
  const segments = expandBraces(glob).flatMap((alt) => alt.split('/'));
  if (segments.some((s) => s !== '**' && s.includes('**'))) {
    add('glob_double_star_in_segment', '"**" only crosses directories as a whole segment; here it is a single "*" (write "**/*.tf", not "**.tf")');
  }
  if (glob.includes('?')) {
    add('glob_question_mark', '"?" is one character here but "zero or one of the preceding character" in GitHub\'s path filters ("*.jsx?"); list the names with braces ("*.{js,jsx}")');
  }
  for (const s of segments) {
    const problem = caseDependentClass(s);
    if (problem !== null) {
      add('glob_case_class', `${problem}: tier rules are also matched case-insensitively (folded), which such a class cannot be`);
      break;
    }
  }
  const folded = foldPath(glob);
  if (folded !== glob && lintGlob(folded).length > 0) {
    add('glob_fold', `the case-folded glob ${JSON.stringify(folded)} is not a valid glob, so case variants of the paths it names could not be caught`);
  }
  return errors;
}

/** Why a character class in `segment` depends on case, or null. Classes are read as minimatch reads them. */
function caseDependentClass(segment: string): string | null {
  for (let i = segment.indexOf('['); i !== -1; i = segment.indexOf('[', i + 1)) {
    let j = i + 1;
    const negated = segment[j] === '!' || segment[j] === '^';
    if (negated) j++;
    const start = j;
    let body = '';
    let closed = false;
    while (j < segment.length) {
      if (segment[j] === ']' && j > start) {
        closed = true;
        break;
      }
      const posix = segment.startsWith('[:', j) ? segment.indexOf(':]', j + 2) : -1;
      if (posix !== -1) {
        const name = segment.slice(j + 2, posix);
        if (name === 'upper' || name === 'lower') return `the character class [:${name}:] depends on case`;
        j = posix + 2;
        continue;
      }
      body += segment[j];
      j++;
    }
    if (!closed) continue; // a `[` without its `]` is literal
    if (negated && (/\p{Cased}/u.test(body) || foldPath(body) !== body)) {
      return `the negated class ${JSON.stringify(segment.slice(i, j + 1))} names letters`;
    }
    i = j;
  }
  return null;
}
