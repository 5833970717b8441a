// The one TOML reader: smol-toml (conformant: it passes the official toml-test suite), wrapped so that
// every caller gets plain objects, arrays and strings. Numbers, booleans and dates become text (the
// reviewers compare values, never compute with them); keys such as `__proto__` stay plain own keys.
// Duplicate keys, redefined tables and anything else TOML refuses are errors, never skipped: a file it
// cannot read fails closed in the caller. Nesting of inline values is bounded (a line of 5 000 `[`
// is refused, not a stack overflow). Errors name the line and column.

import { parse, TomlDate, TomlError } from 'smol-toml';

export type TomlValue = string | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export type TomlResult = { ok: true; value: TomlTable; pathOf: (table: TomlTable, key: string) => string } | { ok: false; reason: string };

const MAX_DEPTH = 128;

export function parseToml(input: string): TomlResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let raw: unknown;
  try {
    raw = parse(text, { maxDepth: MAX_DEPTH, integersAsBigInt: 'asNeeded' });
  } catch (err) {
    if (err instanceof TomlError) {
      const why = err.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
      const line = text.split(/\r?\n/)[err.line - 1] ?? '';
      const near = [...line].slice(Math.max(0, err.column - 1), err.column + 39).join('');
      return { ok: false, reason: `line ${err.line}, column ${err.column}: ${why}${near === '' ? '' : ` near ${JSON.stringify(near)}`}` };
    }
    return { ok: false, reason: `not readable as TOML: ${(err as Error).message.split('\n')[0]}` };
  }
  const paths = new WeakMap<TomlTable, string>();
  const value = convert(raw, paths);
  if (!isTable(value)) return { ok: false, reason: 'the document is not a table' };
  return { ok: true, value, pathOf: (t, key) => { const p = paths.get(t) ?? ''; return p === '' ? key : `${p}.${key}`; } };
}

/** Plain values with an explicit stack: header nesting (`[a.b.c...]`) is unbounded. */
function convert(root: unknown, paths: WeakMap<TomlTable, string>): TomlValue {
  const scalar = (v: unknown): string | null => {
    if (typeof v === 'string') return v;
    if (v instanceof TomlDate) return v.toISOString();
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
    return null;
  };
  const make = (v: unknown, path: string): TomlValue => {
    const s = scalar(v);
    if (s !== null) return s;
    if (Array.isArray(v)) return [];
    const t: TomlTable = {};
    paths.set(t, path);
    return t;
  };
  const out = make(root, '');
  const stack: [unknown, TomlValue, string][] = [[root, out, '']];
  while (stack.length > 0) {
    const [src, dst, path] = stack.pop()!;
    if (Array.isArray(src)) {
      src.forEach((x, i) => {
        const child = make(x, `${path}[${i}]`);
        (dst as TomlValue[]).push(child);
        if (typeof child !== 'string') stack.push([x, child, `${path}[${i}]`]);
      });
    } else if (typeof src === 'object' && src !== null && !(src instanceof TomlDate)) {
      for (const key of Object.keys(src)) {
        const x = (src as Record<string, unknown>)[key];
        const p = path === '' ? key : `${path}.${key}`;
        const child = make(x, p);
        Object.defineProperty(dst, key, { value: child, enumerable: true, writable: true, configurable: true });
        if (typeof child !== 'string') stack.push([x, child, p]);
      }
    }
  }
  return out;
}

export function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
