// A small strict TOML reader, the one TOML reader of the dependency review: lockfiles (Cargo.lock, uv.lock,
// poetry.lock) and configuration (bunfig.toml, uv.toml, pyproject.toml, .cargo/config.toml). Pure, no
// dependency.
//
// It reads TOML 1.0 (plus the TOML 1.1 relaxations its writers may emit: newlines and a trailing comma in
// inline tables, `\e` and `\xHH` escapes) into plain objects and arrays, decoding strings exactly as the
// package managers' parsers do, so an escaped `\u0040` in a URL is the `@` the tool sees. Anything it
// does not understand is an error, never skipped: a file it cannot read fails closed in the caller.
// Numbers, booleans and dates are kept as their source text (the reviewers never need their values).
// Duplicate keys and redefined tables are errors, as they are for the tools. Where it is laxer than TOML
// (a scalar is checked by its shape only; a table both given by a header and extended by dotted keys is
// merged, which tomllib refuses), the tools refuse the file, and no key is ever dropped or hidden.
// Errors name the line and column where reading stopped.

export type TomlValue = string | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export type TomlResult = { ok: true; value: TomlTable; lineOf: (table: TomlTable, key: string) => number | undefined } | { ok: false; reason: string };

class TomlError extends Error {}

/** Characters that end a number, boolean or date: whitespace, `,` `]` `}` `#`. */
const SCALAR_END = new Set([32, 9, 10, 13, 44, 93, 125, 35]);
/**
 * Deepest nesting of arrays and inline tables. Real files nest a few levels; without a bound a line of
 * 5 000 `[` overflows the stack (a crash, not a refusal). Cargo's toml parser stops at a similar depth.
 */
const MAX_DEPTH = 128;
const SCALAR = /^(true|false|[+-]?(inf|nan)|[+-]?[0-9][0-9A-Za-z_:.+-]*|\d{4}-\d{2}-\d{2} [0-9][0-9A-Za-z_:.+-]*)$/;

export function parseToml(input: string): TomlResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const root: TomlTable = {};
  const lines = new WeakMap<TomlTable, Map<string, number>>();
  /** Tables that may not be reopened by a header: defined by a header, inline, or by dotted keys in a key/value. */
  const closed = new WeakSet<TomlTable>();
  const headerDefined = new WeakSet<TomlTable>();
  /** Arrays made by [[header]] (only these may be appended to by a header). */
  const tableArrays = new WeakSet<TomlValue[]>();
  let pos = 0;
  let line = 1;

  const fail = (why: string): never => {
    throw new TomlError(`line ${line}, column ${column()}: ${why}`);
  };
  /** Column (in characters, from 1) of where the reader stopped, for error messages only. */
  const column = (): number => {
    const at = Math.min(pos, text.length);
    return [...text.slice(text.lastIndexOf('\n', at - 1) + 1, at)].length + 1;
  };
  const setLine = (t: TomlTable, key: string) => {
    let m = lines.get(t);
    if (!m) lines.set(t, (m = new Map()));
    m.set(key, line);
  };
  const peek = () => text[pos];
  const skipWs = () => {
    let ch = text.charCodeAt(pos);
    while (ch === 32 || ch === 9) ch = text.charCodeAt(++pos);
  };
  const skipComment = () => {
    if (text[pos] === '#') while (pos < text.length && text[pos] !== '\n') pos++;
  };
  /** After a value or header: only whitespace, a comment and the end of the line. */
  const endOfLine = () => {
    skipWs();
    skipComment();
    if (pos >= text.length) return;
    if (text[pos] === '\r' && text[pos + 1] === '\n') pos++;
    if (text[pos] !== '\n') fail(`unexpected ${JSON.stringify(text[pos])} after a value`);
    pos++;
    line++;
  };
  /** Whitespace, comments and newlines (inside arrays and relaxed inline tables). */
  const skipAll = () => {
    for (;;) {
      skipWs();
      skipComment();
      if (text[pos] === '\r' && text[pos + 1] === '\n') pos++;
      if (text[pos] === '\n') {
        pos++;
        line++;
        continue;
      }
      return;
    }
  };

  const hex = (n: number): string => {
    const h = text.slice(pos, pos + n);
    if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(h)) fail('invalid unicode escape');
    pos += n;
    const cp = parseInt(h, 16);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) fail('escape is not a Unicode scalar value');
    return String.fromCodePoint(cp);
  };
  const escape = (): string => {
    const e = text[pos++];
    switch (e) {
      case 'b':
        return '\b';
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'f':
        return '\f';
      case 'r':
        return '\r';
      case 'e':
        return '\x1b';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'x':
        return hex(2);
      case 'u':
        return hex(4);
      case 'U':
        return hex(8);
    }
    return fail(`invalid escape \\${e ?? ''}`);
  };

  const basicString = (): string => {
    if (text.startsWith('"""', pos)) {
      pos += 3;
      if (text[pos] === '\r' && text[pos + 1] === '\n') pos++;
      if (text[pos] === '\n') {
        pos++;
        line++;
      }
      let out = '';
      for (;;) {
        if (pos >= text.length) fail('unterminated multi-line string');
        if (text.startsWith('"""', pos)) {
          // Up to two quotes may end the content just before the closing delimiter.
          let n = 3;
          while (text[pos + n] === '"' && n < 5) n++;
          out += '"'.repeat(n - 3);
          pos += n;
          return out;
        }
        const ch = text[pos]!;
        if (ch === '\\') {
          pos++;
          // Line-ending backslash: trim the newline and the whitespace after it.
          let p = pos;
          while (text[p] === ' ' || text[p] === '\t') p++;
          if (text[p] === '\n' || (text[p] === '\r' && text[p + 1] === '\n')) {
            pos = p;
            while (pos < text.length && /[ \t\r\n]/.test(text[pos]!)) {
              if (text[pos] === '\n') line++;
              pos++;
            }
            continue;
          }
          out += escape();
          continue;
        }
        if (ch === '\n') line++;
        out += ch;
        pos++;
      }
    }
    pos++;
    let out = '';
    let start = pos;
    for (;;) {
      const ch = text.charCodeAt(pos);
      if (Number.isNaN(ch) || ch === 10 || ch === 13) fail('unterminated string');
      if (ch === 34) {
        out += text.slice(start, pos++);
        return out;
      }
      if (ch === 92) {
        out += text.slice(start, pos++);
        out += escape();
        start = pos;
      } else pos++;
    }
  };
  const literalString = (): string => {
    if (text.startsWith("'''", pos)) {
      pos += 3;
      if (text[pos] === '\r' && text[pos + 1] === '\n') pos++;
      if (text[pos] === '\n') {
        pos++;
        line++;
      }
      const start = pos;
      const end = text.indexOf("'''", pos);
      if (end < 0) fail('unterminated multi-line literal string');
      let n = 3;
      while (text[end + n] === "'" && n < 5) n++;
      const out = text.slice(start, end + n - 3);
      for (const ch of out) if (ch === '\n') line++;
      pos = end + n;
      return out;
    }
    pos++;
    const start = pos;
    while (pos < text.length && text[pos] !== "'" && text[pos] !== '\n') pos++;
    if (text[pos] !== "'") fail('unterminated literal string');
    return text.slice(start, pos++);
  };

  const key = (): string[] => {
    const parts: string[] = [];
    for (;;) {
      skipWs();
      const ch = peek();
      if (ch === '"') {
        if (text.startsWith('"""', pos)) fail('a key cannot be a multi-line string');
        parts.push(basicString());
      } else if (ch === "'") {
        if (text.startsWith("'''", pos)) fail('a key cannot be a multi-line string');
        parts.push(literalString());
      } else {
        const start = pos;
        for (let k = text.charCodeAt(pos); (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k === 95 || k === 45; k = text.charCodeAt(++pos));
        if (pos === start) fail(`expected a key, found ${JSON.stringify(ch ?? 'end of file')}`);
        parts.push(text.slice(start, pos));
      }
      skipWs();
      if (peek() !== '.') return parts;
      pos++;
    }
  };

  let depth = 0;
  const value = (): TomlValue => {
    const ch = peek();
    if (ch === '"') return basicString();
    if (ch === "'") return literalString();
    if (ch === '[' || ch === '{') {
      if (depth >= MAX_DEPTH) fail(`arrays and inline tables nested more than ${MAX_DEPTH} deep`);
      depth++;
      const v = ch === '[' ? array() : inlineTable();
      depth--;
      return v;
    }
    return scalar(ch);
  };
  const array = (): TomlValue[] => {
    pos++;
    const arr: TomlValue[] = [];
    for (;;) {
      skipAll();
      if (peek() === ']') {
        pos++;
        return arr;
      }
      arr.push(value());
      skipAll();
      if (peek() === ',') {
        pos++;
        continue;
      }
      if (peek() === ']') {
        pos++;
        return arr;
      }
      fail('expected "," or "]" in an array');
    }
  };
  const inlineTable = (): TomlTable => {
    pos++;
    const t: TomlTable = {};
    skipAll();
    if (peek() === '}') {
      pos++;
      closed.add(t);
      return t;
    }
    for (;;) {
      skipAll();
      if (peek() === '}') {
        pos++; // trailing comma (TOML 1.1)
        break;
      }
      keyValue(t, true);
      skipAll();
      if (peek() === ',') {
        pos++;
        continue;
      }
      if (peek() === '}') {
        pos++;
        break;
      }
      fail('expected "," or "}" in an inline table');
    }
    closed.add(t);
    return t;
  };
  /** Numbers, booleans and dates: read to a delimiter; a date and a time may be separated by one space. */
  const scalar = (ch: string | undefined): string => {
    const start = pos;
    const scan = () => {
      while (pos < text.length && !SCALAR_END.has(text.charCodeAt(pos))) pos++;
    };
    scan();
    if (/^\d{4}-\d{2}-\d{2}$/.test(text.slice(start, pos)) && text[pos] === ' ' && /\d/.test(text[pos + 1] ?? '')) {
      pos++;
      scan();
    }
    const raw = text.slice(start, pos);
    if (!SCALAR.test(raw)) fail(`unrecognised value ${JSON.stringify(raw.slice(0, 40) || (ch ?? 'end of file'))}`);
    return raw;
  };

  /** `a.b.c = value` into table t; dotted keys create (and close) intermediate tables. */
  const keyValue = (t: TomlTable, inline: boolean) => {
    const parts = key();
    skipWs();
    if (peek() !== '=') fail('expected "=" after a key');
    pos++;
    skipWs();
    let target = t;
    for (const p of parts.slice(0, -1)) {
      const existing = Object.hasOwn(target, p) ? target[p] : undefined;
      if (existing === undefined) {
        const n: TomlTable = {};
        put(target, p, n);
        setLine(target, p);
        target = n;
      } else if (isTable(existing) && !closed.has(existing) && !headerDefined.has(existing)) target = existing;
      else if (isTable(existing) && !inline && !closed.has(existing)) target = existing;
      else fail(`key ${JSON.stringify(parts.join('.'))} extends a value defined before`);
    }
    const last = parts[parts.length - 1]!;
    if (Object.hasOwn(target, last)) fail(`duplicate key ${JSON.stringify(parts.join('.'))}`);
    setLine(target, last);
    put(target, last, value());
  };

  const header = () => {
    const array = text.startsWith('[[', pos);
    pos += array ? 2 : 1;
    const parts = key();
    if (array ? !text.startsWith(']]', pos) : peek() !== ']') fail('unterminated table header');
    pos += array ? 2 : 1;
    const where = line;
    let t = root;
    for (const p of parts.slice(0, -1)) {
      const existing = Object.hasOwn(t, p) ? t[p] : undefined;
      if (existing === undefined) {
        const n: TomlTable = {};
        put(t, p, n);
        lineFor(t, p, where);
        t = n;
      } else if (Array.isArray(existing) && tableArrays.has(existing)) t = existing[existing.length - 1] as TomlTable;
      else if (isTable(existing) && !closed.has(existing)) t = existing;
      else fail(`table [${parts.join('.')}] extends a value defined before`);
    }
    const last = parts[parts.length - 1]!;
    const existing = Object.hasOwn(t, last) ? t[last] : undefined;
    if (array) {
      const n: TomlTable = {};
      if (existing === undefined) {
        const arr: TomlValue[] = [n];
        tableArrays.add(arr);
        put(t, last, arr);
      } else if (Array.isArray(existing) && tableArrays.has(existing)) existing.push(n);
      else fail(`[[${parts.join('.')}]] redefines a value defined before`);
      lineFor(t, last, where);
      current = n;
      endOfLine();
      return;
    }
    if (existing === undefined) {
      const n: TomlTable = {};
      put(t, last, n);
      lineFor(t, last, where);
      headerDefined.add(n);
      current = n;
    } else if (isTable(existing) && !closed.has(existing) && !headerDefined.has(existing)) {
      headerDefined.add(existing);
      current = existing;
    } else fail(`table [${parts.join('.')}] is defined twice`);
    // After the table is resolved, so that an error in it names the header's line.
    endOfLine();
  };
  const lineFor = (t: TomlTable, k: string, n: number) => {
    let m = lines.get(t);
    if (!m) lines.set(t, (m = new Map()));
    if (!m.has(k)) m.set(k, n);
  };

  let current: TomlTable = root;
  try {
    while (pos < text.length) {
      skipWs();
      const ch = peek();
      if (ch === undefined) break;
      if (ch === '#' || ch === '\n' || ch === '\r') {
        endOfLine();
        continue;
      }
      if (ch === '[') {
        header();
        continue;
      }
      keyValue(current, false);
      endOfLine();
    }
  } catch (err) {
    if (err instanceof TomlError) return { ok: false, reason: err.message };
    throw err;
  }
  return { ok: true, value: root, lineOf: (t, k) => lines.get(t)?.get(k) };
}

/**
 * `t[k] = v` as an own property even for the key `__proto__` (a plain assignment would set the object's
 * prototype instead: the key would vanish from Object.keys and its value would be inherited by every lookup).
 */
function put(t: TomlTable, k: string, v: TomlValue): void {
  if (k === '__proto__') Object.defineProperty(t, k, { value: v, writable: true, enumerable: true, configurable: true });
  else t[k] = v;
}

export function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
