// requirements*.txt as pip reads it: logical lines (comments dropped, `\` continuations joined as pip
// joins them, whitespace collapsed, an attached short option's value split off). Pure.
// Hand-written: the grammar is pip's own (pip's req_file module, Python); no package outside pip reads
// it as pip does, and the line rules are few, so they are followed here.

import { PY_LINE_BREAK, PY_SPACE, pyStrip, stripBom } from './lines.js';

/** A short option may carry its value attached (optparse): `-ihttps://host/simple`, `-egit+https://...`. */
function normalise(line: string): string {
  return line.trim().replace(/\s+/g, ' ').replace(/^-([iferc])(?=[^\s=-])/, '-$1 ');
}

/** pip's COMMENT_RE, `(^|\s+)#.*$`, with Python's white space. */
const COMMENT = new RegExp(`(^|[${PY_SPACE}]+)#.*$`, 's');
const COMMENT_AT_START = new RegExp(`^(?:[${PY_SPACE}]+)?#`);

/**
 * The logical lines of a requirements file, in order; none for an absent file. pip's preprocessing,
 * step for step: split with `str.splitlines` (a lone `\r`, `\f` or U+2028 ends a line too), join a line
 * ending in `\` with the next (its backslashes stripped, unless the line is a comment), then drop
 * comments and blank lines.
 */
export function requirementLines(text: string | null): string[] {
  if (text === null) return [];
  const joined: string[] = [];
  let pending: string[] = [];
  const lines = stripBom(text).split(PY_LINE_BREAK);
  // splitlines gives no empty last line for a text ending in a line break.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    const comment = COMMENT_AT_START.test(line);
    if (!line.endsWith('\\') || comment) {
      const l = comment ? ` ${line}` : line;
      if (pending.length > 0) {
        pending.push(l);
        joined.push(pending.join(''));
        pending = [];
      } else joined.push(l);
    } else pending.push(line.replace(/^\\+|\\+$/g, ''));
  }
  if (pending.length > 0) joined.push(pending.join(''));
  const out: string[] = [];
  for (const line of joined) {
    const full = normalise(pyStrip(line.replace(COMMENT, '')));
    if (full !== '') out.push(full);
  }
  return out;
}
