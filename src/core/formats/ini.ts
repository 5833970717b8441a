// Key/value configuration formats as flat settings (key -> value): INI (.npmrc, pip.conf, go.env),
// Java properties (gradle and maven wrappers) and yarn 1's .yarnrc. Pure; never throws.
// Hand-written: each file is read by its own tool's grammar (Python's configparser for pip.conf, Go's
// env lines, java.util.Properties, yarn 1's lexer), readers that are not npm packages, and each grammar
// is a few line rules. `.npmrc` is read by npm with the `ini` package; parseNpmrc follows its grammar
// rule for rule (ini 6), because a looser reading names another host than the one npm installs from.

import { forEachLine, stripBom, unquote } from './lines.js';

export type Settings = Map<string, string>;

/** `.npmrc` (ini): `key=value`, `key[]=value`, `[section]`, comments with ; or #. */
export function parseIni(text: string, opts: { continuation: boolean; lowerKeys: boolean }): Settings {
  const out: Settings = new Map();
  let section = '';
  let lastKey: string | null = null;
  forEachLine(stripBom(text), (line) => {
    const t = line.trim();
    if (t === '' || t.startsWith(';') || t.startsWith('#')) {
      lastKey = null;
      return;
    }
    if (opts.continuation && lastKey !== null && /^[ \t]/.test(line)) {
      out.set(lastKey, `${out.get(lastKey) ?? ''}\n${t}`);
      return;
    }
    const sec = /^\[(.*)\]$/.exec(t);
    if (sec) {
      section = sec[1]!.trim();
      lastKey = null;
      return;
    }
    const m = /^([^=:]+?)\s*(=|:)\s*(.*)$/.exec(t);
    let key: string;
    let value: string;
    if (m && (m[2] === '=' || opts.continuation)) {
      key = m[1]!.trim();
      value = m[3]!;
    } else {
      const eq = t.indexOf('=');
      if (eq < 0) {
        key = t;
        value = 'true';
      } else {
        key = t.slice(0, eq).trim();
        value = t.slice(eq + 1);
      }
    }
    if (opts.lowerKeys) key = key.toLowerCase();
    let isArray = false;
    if (key.endsWith('[]')) {
      key = key.slice(0, -2);
      isArray = true;
    }
    const full = section ? `${section}.${key}` : key;
    const v = unquote(value.trim());
    out.set(full, isArray && out.has(full) ? `${out.get(full)!}\n${v}` : v);
    lastKey = full;
  });
  return out;
}

/**
 * `.npmrc` as npm's `ini` parser reads it: a line is `key=value` or `[section]`, split at the first `=`;
 * lines starting with `;` or `#` are comments. Keys and values are trimmed; a value in double quotes is a
 * JSON string (`\u0040` is `@`), one in single quotes is its inner text (a JSON string again if that is
 * quoted); an unquoted one ends at the first `;` or `#` not escaped, and `\;`, `\#`, `\\` are escapes
 * (any other `\` stays). A key without `=` is `true`; `key[]` lines collect a list; the last of two equal
 * keys wins; `__proto__` is skipped. Keys in a section are `section.key`. Values stay text.
 */
export function parseNpmrc(text: string): Settings {
  const out: Settings = new Map();
  const lists = new Set<string>();
  let section = '';
  let skipSection = false;
  for (const line of text.split(/[\r\n]+/)) {
    if (line === '' || /^\s*[;#]/.test(line) || /^\s*$/.test(line)) continue;
    const m = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/.exec(line);
    if (!m) continue;
    if (m[1] !== undefined) {
      section = npmrcUnsafe(m[1]);
      skipSection = section === '__proto__';
      continue;
    }
    if (skipSection) continue;
    const raw = npmrcUnsafe(m[2]!);
    const isList = raw.length > 2 && raw.endsWith('[]');
    const key = isList ? raw.slice(0, -2) : raw;
    if (key === '__proto__') continue;
    const value = m[3] !== undefined ? npmrcUnsafe(m[4] ?? '') : 'true';
    const full = section ? `${section}.${key}` : key;
    // `key[]` turns the key into a list (keeping a value it had) and appends; a list, once started,
    // keeps collecting even without the brackets, as ini pushes onto the array.
    if (isList || lists.has(full)) {
      out.set(full, out.has(full) ? `${out.get(full)!}\n${value}` : value);
      lists.add(full);
    } else out.set(full, value);
  }
  return out;
}

/** ini's `unsafe`: a key's or value's text as npm reads it. */
function npmrcUnsafe(text: string): string {
  let val = text.trim();
  const quoted = val.length >= 2 ? (val.startsWith('"') && val.endsWith('"')) || (val.startsWith("'") && val.endsWith("'")) : val === '"' || val === "'";
  if (quoted) {
    if (val.startsWith("'")) val = val.slice(1, -1);
    try {
      const parsed: unknown = JSON.parse(val);
      // JSON.parse of the inner text of '...' may give a number or an object; ini keeps it as given.
      return typeof parsed === 'string' ? parsed : typeof parsed === 'object' && parsed !== null ? val : String(parsed);
    } catch {
      return val;
    }
  }
  let out = '';
  let esc = false;
  for (const c of val) {
    if (esc) {
      out += '\\;#'.includes(c) ? c : `\\${c}`;
      esc = false;
    } else if (c === ';' || c === '#') break;
    else if (c === '\\') esc = true;
    else out += c;
  }
  if (esc) out += '\\';
  return out.trim();
}

/** Java properties: `key=value`, `key: value`, `key value`; `\` escapes and line continuations; # and ! comments. */
export function parseProperties(text: string): Settings {
  const out: Settings = new Map();
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!.replace(/^\s+/, '');
    let k = 0;
    while (k < line.length && !/[=:\s]/.test(line[k]!)) k += line[k] === '\\' ? 2 : 1;
    const key = unescapeProperty(line.slice(0, k));
    const rest = line.slice(k).replace(/^\s*[=:]?\s*/, '');
    out.set(key, unescapeProperty(rest));
  }
  return out;
}

function unescapeProperty(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return e === 't' ? '\t' : e === 'n' ? '\n' : e === 'r' ? '\r' : e === 'f' ? '\f' : e;
  });
}

/** yarn 1 `.yarnrc`: `key value` lines, `#` comments. */
export function parseYarnrcClassic(text: string): Settings {
  const out: Settings = new Map();
  forEachLine(text, (line) => {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) return;
    const m = /^("([^"]*)"|\S+)\s+(.*)$/.exec(t);
    if (m) out.set(m[2] ?? m[1]!, unquote(m[3]!));
    else out.set(unquote(t), 'true');
  });
  return out;
}
