// Argv patterns: what a capability lets an agent run. A pattern is a list of words, never a shell
// string and never a regular expression. Each word is either a literal, compared with one argument
// exactly (byte for byte, no case folding, no globbing), or `*`:
//   - `*` anywhere but last matches exactly one argument, whatever it is;
//   - `*` as the last word matches zero or more remaining arguments.
// The first word names the program and must be a literal. No other word may contain `*`: `test:*` or
// `--config=*` are refused, so nothing in a pattern is a partial match.

import { CONTROL, hasInvisibleCharacters } from '../text.js';
import { wrapperProblem } from './wrappers.js';

export type ArgvPattern = readonly string[];

export const WILDCARD = '*';
export const MAX_PATTERN_WORDS = 64;
export const MAX_PATTERN_WORD_CHARS = 256;

/** Why a pattern cannot be used, or null. The message names the word. */
export function patternProblem(pattern: unknown): string | null {
  if (!Array.isArray(pattern) || pattern.length === 0) return 'a command pattern is a non-empty list of words';
  if (pattern.length > MAX_PATTERN_WORDS) return `a command pattern has at most ${MAX_PATTERN_WORDS} words`;
  for (const [i, word] of pattern.entries()) {
    if (typeof word !== 'string' || word.length === 0) return `word ${i + 1} is not a non-empty string`;
    if (word.length > MAX_PATTERN_WORD_CHARS) return `word ${i + 1} is longer than ${MAX_PATTERN_WORD_CHARS} characters`;
    if (CONTROL.test(word) || hasInvisibleCharacters(word)) return `word ${i + 1} holds a control or invisible character`;
    if (word !== WILDCARD && word.includes(WILDCARD)) return `word ${i + 1} (${JSON.stringify(word)}) mixes * with text: * stands alone for one argument, or last for the rest`;
  }
  if (pattern[0] === WILDCARD) return 'the first word names the program and cannot be *';
  return wrapperProblem(pattern as string[]);
}

export interface PatternMatch {
  /** Indexes of the arguments a `*` matched (so a wrapper option admitted by a wildcard can be refused). */
  wildcardArgs: number[];
}

/** Whether `argv` matches `pattern` (already linted), and which arguments the wildcards took. */
export function matchPattern(pattern: ArgvPattern, argv: readonly string[]): PatternMatch | null {
  const last = pattern.length - 1;
  const rest = pattern.length > 1 && pattern[last] === WILDCARD;
  const fixed = rest ? last : pattern.length;
  if (rest ? argv.length < fixed : argv.length !== fixed) return null;
  const wildcardArgs: number[] = [];
  for (let i = 0; i < fixed; i++) {
    if (pattern[i] === WILDCARD) wildcardArgs.push(i);
    else if (pattern[i] !== argv[i]) return null;
  }
  if (rest) for (let i = fixed; i < argv.length; i++) wildcardArgs.push(i);
  return { wildcardArgs };
}

/** A pattern as one line for messages and exports: words joined by spaces, each quoted when it needs it. */
export function formatPattern(pattern: ArgvPattern): string {
  return pattern.map((w) => (w === WILDCARD ? w : displayWord(w))).join(' ');
}

/** An argument as a reader would type it: bare when it is plain, else single-quoted. */
export function displayWord(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
