// Key/value configuration formats as flat settings (key -> value): .npmrc, pip.conf, go.env, Java
// properties (gradle and maven wrappers) and yarn 1's .yarnrc. Pure; never throws.
// Hand-written: each file is read by its own tool's reader (npm's `ini` package, Python's configparser,
// cmd/go's env-file lines, java.util.Properties, yarn 1's lexer), and each of those grammars is a few
// line rules, followed here rule for rule: a looser reading (one INI reader for all three) named another
// registry host than the one the tool installs from. Only `ini` is an npm package; it is matched by the
// tests' cases, as configparser is (pip.conf).

import { forEachLine, PY_SPACE, pyStrip, unquote } from './lines.js';

export type Settings = Map<string, string>;

const PY_RSTRIP = new RegExp(`[${PY_SPACE}]+$`);
const PY_NONSPACE = new RegExp(`[^${PY_SPACE}]`);
const PY_OPTION = new RegExp(`^([^\\n]*?)[${PY_SPACE}]*([=:])[${PY_SPACE}]*([^\\n]*)$`);

/**
 * pip.conf as pip reads it: Python's `configparser.RawConfigParser` with its defaults, rule for rule. Lines
 * end at `\n`, `\r` or `\r\n`; a line whose stripped text starts with `#` or `;` is a comment, which
 * does not end a multi-line value, and neither does a blank line; a line indented deeper than its option's
 * line continues the value; `[name]` (text after the `]` ignored) opens a section; an option is split at
 * its first `=` or `:`, its name lower-cased. Values are not unquoted. Keys are `section.option`. What
 * configparser refuses (no section header, duplicates, a line that is neither) makes pip refuse the whole
 * file; here such lines are passed over and the last duplicate kept, so every option still shows.
 */
export function parsePipConf(text: string): Settings {
  const sections = new Map<string, Map<string, string[]>>();
  let cur: Map<string, string[]> | null = null;
  let option: string | null = null;
  let indent = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const stripped = pyStrip(line);
    const comment = stripped.startsWith('#') || stripped.startsWith(';');
    const value = comment ? '' : stripped;
    if (value === '') {
      if (!comment && cur !== null && option !== null) cur.get(option)?.push('');
      continue;
    }
    const level = line.search(PY_NONSPACE);
    if (cur !== null && option !== null && level > indent) {
      cur.get(option)!.push(value);
      continue;
    }
    indent = level;
    const header = /^\[([^\n]+)\]/.exec(value);
    if (header) {
      const name = header[1]!;
      cur = sections.get(name) ?? new Map<string, string[]>();
      sections.set(name, cur);
      option = null;
      continue;
    }
    const m = cur === null ? null : PY_OPTION.exec(value);
    if (m === null || m[1] === '') continue;
    option = m[1]!.replace(PY_RSTRIP, '').toLowerCase();
    cur!.set(option, [pyStrip(m[3]!)]);
  }
  const out: Settings = new Map();
  for (const [name, options] of sections) for (const [key, lines] of options) out.set(`${name}.${key}`, lines.join('\n').replace(PY_RSTRIP, ''));
  return out;
}

/**
 * go.env as go reads it (cmd/go's readEnvFile): lines end at `\n`; a line is used only when it holds `=`
 * and starts with an upper-case ASCII letter (so `#` comments, `[sections]` and indented lines are not
 * settings); the key is everything before the first `=` and the value everything after, untrimmed.
 */
export function parseGoEnv(text: string): Settings {
  const out: Settings = new Map();
  for (const line of text.split('\n')) {
    const i = line.indexOf('=');
    if (i < 0 || line[0]! < 'A' || line[0]! > 'Z') continue;
    out.set(line.slice(0, i), line.slice(i + 1));
  }
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

/**
 * Java properties as `java.util.Properties.load` reads them (the Gradle wrapper does): lines end at `\n`,
 * `\r` or `\r\n`; white space is only space, tab and form feed; `#` and `!` start comments; a line
 * ending in an odd number of `\` continues; the key ends at the first unescaped `=`, `:` or white space.
 */
export function parseProperties(text: string): Settings {
  const out: Settings = new Map();
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/^[ \t\f]+/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!.replace(/^[ \t\f]+/, '');
    let k = 0;
    while (k < line.length && !/[=: \t\f]/.test(line[k]!)) k += line[k] === '\\' ? 2 : 1;
    const key = unescapeProperty(line.slice(0, k));
    const rest = line.slice(k).replace(/^[ \t\f]*[=:]?[ \t\f]*/, '');
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

/**
 * yarn 1 `.yarnrc`: `key value` lines read with yarn's lockfile tokenizer, which is what yarn 1 parses
 * the file with: a double-quoted token ends at the first `"` not escaped (yarn's rule: not preceded by a
 * `\\` that is itself unescaped) and is a JSON string (`\\u0040` is `@`); a bare word ends at `:`, a
 * space or `,`; `#` starts a comment. A line yarn would refuse (an unquoted URL splits at its `:`) keeps
 * its whole remainder as the value, so the setting is still reported.
 */
export function parseYarnrcClassic(text: string): Settings {
  const out: Settings = new Map();
  forEachLine(text, (line) => {
    const key = yarnToken(line, skipSpaces(line, 0));
    if (key === null) return;
    let at = skipSpaces(line, key.end);
    if (line[at] === ':') at = skipSpaces(line, at + 1);
    const value = yarnToken(line, at);
    if (value === null) {
      out.set(key.text, 'true');
      return;
    }
    const rest = skipSpaces(line, value.end);
    const clean = value.ok && (rest >= line.length || line[rest] === '#');
    out.set(key.text, clean ? value.text : unquote(line.slice(at).trim()));
  });
  return out;
}

function skipSpaces(line: string, i: number): number {
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

/** One token of yarn's tokenizer at `i`: its text (a string decoded), where it ends, and whether yarn reads it. */
function yarnToken(line: string, i: number): { text: string; end: number; ok: boolean } | null {
  if (i >= line.length || line[i] === '#') return null;
  if (line[i] === '"') {
    let j = i + 1;
    for (; j < line.length; j++) {
      if (line[j] === '"' && !(line[j - 1] === '\\' && line[j - 2] !== '\\')) {
        j++;
        break;
      }
    }
    try {
      const v: unknown = JSON.parse(line.slice(i, j));
      return { text: String(v), end: j, ok: typeof v === 'string' };
    } catch {
      return { text: line.slice(i, j), end: j, ok: false };
    }
  }
  const num = /^[0-9]+/.exec(line.slice(i));
  if (num) return { text: num[0], end: i + num[0].length, ok: true };
  if (line.startsWith('true', i)) return { text: 'true', end: i + 4, ok: true };
  if (line.startsWith('false', i)) return { text: 'false', end: i + 5, ok: true };
  if (/[a-zA-Z/.-]/.test(line[i]!)) {
    let j = i;
    while (j < line.length && !':, \r\n'.includes(line[j]!)) j++;
    return { text: line.slice(i, j), end: j, ok: true };
  }
  // yarn's tokenizer has no token for anything else: the file does not parse.
  const j = line.indexOf(' ', i);
  return { text: line.slice(i, j < 0 ? line.length : j), end: j < 0 ? line.length : j, ok: false };
}
