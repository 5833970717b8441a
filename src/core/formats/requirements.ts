// requirements*.txt as pip reads it: logical lines (lines split and `\` continuations joined as pip's
// preprocess does, then comments dropped, whitespace collapsed, an attached short option's value split
// off). Pure.
// Hand-written: the grammar is pip's own (pip's req_file module, Python); no package outside pip reads
// it as pip does, and the line rules are few, so they are followed here.

import { stripBom } from './lines.js';

/** A short option may carry its value attached (optparse): `-ihttps://host/simple`, `-egit+https://...`. */
function normalise(line: string): string {
  return line.trim().replace(/\s+/g, ' ').replace(/^-([iferc])(?=[^\s=-])/, '-$1 ');
}

const PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** pip's COMMENT_RE, `(^|\s+)#.*$`: `match` tests it at the start of a line, `sub` removes it anywhere. */
const COMMENT_AT_START = /^\s*#/;
const COMMENT = /(^|\s+)#.*$/;

/**
 * The logical lines of a requirements file, in order, as pip's preprocess makes them: lines split as
 * str.splitlines splits them, joined where a line ends in `\` (its backslashes stripped from both ends,
 * as `line.strip("\\")` does; a comment line ends a continuation), then comments removed. None for an
 * absent file.
 */
export function requirementLines(text: string | null): string[] {
  if (text === null) return [];
  const joined: string[] = [];
  let pending: string[] = [];
  for (let line of stripBom(text).split(PY_LINE_BREAK)) {
    const comment = COMMENT_AT_START.test(line);
    if (!line.endsWith('\\') || comment) {
      if (comment) line = ` ${line}`;
      if (pending.length > 0) {
        pending.push(line);
        joined.push(pending.join(''));
        pending = [];
      } else joined.push(line);
    } else pending.push(line.replace(/^\\+|\\+$/g, ''));
  }
  if (pending.length > 0) joined.push(pending.join(''));
  const out: string[] = [];
  for (const line of joined) {
    const full = normalise(line.replace(COMMENT, ''));
    if (full !== '') out.push(full);
  }
  return out;
}
