// Key/value configuration formats as flat settings (key -> value): INI (.npmrc, pip.conf, go.env),
// Java properties (gradle and maven wrappers) and yarn 1's .yarnrc. Pure; never throws.
// Hand-written: each file is read by its own tool's grammar (Python's configparser for pip.conf, Go's
// env lines, java.util.Properties, yarn 1's lexer), readers that are not npm packages, and each grammar
// is a few line rules. `.npmrc` is the exception:
// npm reads it with the `ini` package, and this reader differs from it (an unquoted value ends at `;`
// or `#` there, `\;` is an escape, a quoted key is unquoted). Every new, changed or removed key is a
// finding either way, so a difference mislabels a setting rather than hiding one.

import { forEachLine, stripBom, unquote } from './lines.js';

export type Settings = Map<string, string>;

/** `.npmrc` (ini): `key=value`, `key[]=value`, `[section]`, comments with ; or #. */
export function parseIni(text: string, opts: { continuation: boolean; lowerKeys: boolean }): Settings {
  const out: Settings = new Map();
  let section = '';
  let lastKey: string | null = null;
  // A lone CR ends a line for npm's ini (`split(/[\r\n]+/)`) and Python's configparser (universal newlines).
  forEachLine(stripBom(text).replace(/\r(?!\n)/g, '\n'), (line) => {
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
