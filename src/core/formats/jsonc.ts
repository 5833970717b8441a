// JSONC (bun.lock): JSON with comments and trailing commas. Pure.
// Hand-written because Bun's own reader is part of Bun (Zig), not a package, and the npm JSONC readers
// (jsonc-parser; strip-json-comments before JSON.parse) keep the last of two duplicate keys silently.
// The format is JSON plus two things: this blanks comments and trailing commas, refuses duplicate keys,
// and leaves every value to JSON.parse, so strings and numbers are decoded by JSON's own grammar.

/**
 * JSONC to JSON: comments and trailing commas become spaces; duplicate keys are an error. The string
 * grammar is JSON's, so JSON.parse decodes escapes afterwards exactly as it would have.
 */
export function stripJsonc(text: string): string | { error: string } {
  /** [start, end) ranges replaced by one space: comments and trailing commas, in any order. */
  const blank: [number, number][] = [];
  const stack: { obj: boolean; keys: Set<string>; expectKey: boolean }[] = [];
  let pendingComma = -1;
  let i = 0;
  const n = text.length;
  let line = 1;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 10) line++;
    if (ch === 34) {
      const start = i;
      i++;
      while (i < n && text.charCodeAt(i) !== 34) {
        const d = text.charCodeAt(i);
        if (d === 10) return { error: `unterminated string at line ${line}` };
        i += d === 92 ? 2 : 1;
      }
      if (i >= n) return { error: `unterminated string at line ${line}` };
      i++;
      pendingComma = -1;
      const top = stack[stack.length - 1];
      if (top?.obj && top.expectKey) {
        let k: string;
        try {
          k = JSON.parse(text.slice(start, i)) as string;
        } catch {
          return { error: `invalid string at line ${line}` };
        }
        if (top.keys.has(k)) return { error: `duplicate key ${JSON.stringify(k).slice(0, 120)} at line ${line}` };
        top.keys.add(k);
        top.expectKey = false;
      }
      continue;
    }
    if (ch === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
      const block = text.charCodeAt(i + 1) === 42;
      const end = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i);
      if (block && end < 0) return { error: `unterminated comment at line ${line}` };
      const stop = block ? end + 2 : end < 0 ? n : end;
      for (let j = i; j < stop; j++) if (text.charCodeAt(j) === 10) line++;
      blank.push([i, stop]);
      i = stop;
      continue;
    }
    if (ch === 123 || ch === 91) {
      stack.push({ obj: ch === 123, keys: new Set(), expectKey: ch === 123 });
      pendingComma = -1;
    } else if (ch === 125 || ch === 93) {
      if (pendingComma >= 0) blank.push([pendingComma, pendingComma + 1]);
      pendingComma = -1;
      stack.pop();
    } else if (ch === 44) {
      pendingComma = i;
      const top = stack[stack.length - 1];
      if (top?.obj) top.expectKey = true;
    } else if (ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13) pendingComma = -1;
    i++;
  }
  if (blank.length === 0) return text;
  blank.sort((x, y) => x[0] - y[0]);
  const parts: string[] = [];
  let last = 0;
  for (const [from, to] of blank) {
    parts.push(text.slice(last, from), ' ');
    last = to;
  }
  parts.push(text.slice(last));
  return parts.join('');
}
