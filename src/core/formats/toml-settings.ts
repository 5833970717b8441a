// TOML configuration files as flat settings (key -> value), for the settings reviewers. Pure.

import type { Settings } from './ini.js';
import { parseToml, type TomlTable, type TomlValue } from '../toml.js';


/**
 * A TOML configuration file (bunfig.toml, uv.toml, pyproject.toml, .cargo/config.toml) as settings, read
 * with the strict reader the TOML lockfiles use (toml.ts), or why it cannot be read. One reader per
 * format: a construct a lenient reader mis-read (a quoted `#`, a multi-line string, an escape) could
 * hide a registry change behind a value the tool reads differently.
 *
 * Keys are dotted paths: tables nest as `a.b`, and an array holding tables as `a[0].b`, whether it was
 * written `[[a]]` or `a = [{ b = ... }]` (the same value to the tools, so the same key here). An array of
 * plain values is one setting, its JSON text. Strings are their decoded value; numbers, booleans and dates
 * their source text. A key segment that could be read as a path (holding `.`, `[`, `]` or `"`, or empty)
 * is written as a JSON string, so `"a.b" = 1` and `a.b = 1`, distinct to the tools, stay distinct here.
 */
export function tomlSettings(text: string): Settings | string {
  const r = parseToml(text);
  if (!r.ok) return r.reason;
  const out: Settings = new Map();
  flattenTomlValue(r.value, out);
  return out;
}

function tomlKeySegment(key: string): string {
  return key === '' || /[.[\]"]/.test(key) ? JSON.stringify(key) : key;
}

/** Depth-first, in the file's order; with an explicit stack, since header and dotted-key nesting is unbounded. */
function flattenTomlValue(root: TomlTable, out: Settings): void {
  const stack: [TomlValue, string][] = [[root, '']];
  while (stack.length > 0) {
    const [value, prefix] = stack.pop()!;
    if (typeof value === 'string') out.set(prefix, value);
    else if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string')) out.set(prefix, JSON.stringify(value));
      else for (let i = value.length - 1; i >= 0; i--) stack.push([value[i]!, `${prefix}[${i}]`]);
    } else {
      // An empty table configures nothing: it adds no setting.
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        stack.push([value[k]!, prefix === '' ? tomlKeySegment(k) : `${prefix}.${tomlKeySegment(k)}`]);
      }
    }
  }
}
