// Readers for JSON-like values parsed from untrusted input (REST bodies, event payloads, parsed YAML,
// TOML or JSON files). Each answers "what is here, if it has this type" and never throws, so a
// caller decides what a missing or mistyped field means (usually: a problem, and so a deny).

export type Json = Record<string, unknown>;

/** A plain object (not null, not an array). */
export function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The object itself, or an empty one for anything else: for reading optional nested fields. */
export function obj(v: unknown): Json {
  return isObj(v) ? v : {};
}

/** An own property only: `__proto__`, `constructor` and friends from the prototype never answer. */
export function own(o: Json, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A string with at least one character. */
export function nonEmptyStr(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** A finite number. */
export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Any scalar as text (YAML reads `continue-on-error: true` and `if: true` as scalars). */
export function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Every string in a value, keys included, depth first. */
export function deepStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) deepStrings(x, out);
  else if (isObj(v))
    for (const k of Object.keys(v)) {
      out.push(k);
      deepStrings(v[k], out);
    }
  return out;
}
