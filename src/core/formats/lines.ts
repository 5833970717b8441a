// Line-grammar helpers shared by the format readers: iterate a large text's lines without an array of
// them, strip one level of quotes, drop a byte-order mark; Python's white space, strip() and line breaks.

/** Python's white space (`str.isspace`, `\s` in a str pattern), which differs from JavaScript's, as a class body. */
export const PY_SPACE = '\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const PY_STRIP = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');

/** Python's `str.strip()`. */
export function pyStrip(text: string): string {
  return text.replace(PY_STRIP, '');
}

/** Where Python's `str.splitlines` ends a line (pip splits requirements files with it). */
export const PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

/** The text without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Iterate the lines of a large text without building an array of them. */
export function forEachLine(text: string, fn: (line: string, lineNo: number) => void): void {
  let start = 0;
  let n = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    n++;
    fn(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end), n);
    start = end + 1;
  }
}

export function unquote(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")))) return t.slice(1, -1);
  return t;
}
