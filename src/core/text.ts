// Untrusted text on its way into a message, a log line, a summary or a file we keep. One character set
// for every sink: C0/C1 controls, DEL, line and paragraph separators, and every invisible or
// formatting code point (bidi controls, zero-width, BOM, tag characters used for "ASCII smuggling",
// variation selectors, fillers). A reader must see what the text is, and no line can forge another.

/** C0/C1 controls and DEL, and the Unicode line and paragraph separators (line breaks to many readers). */
export const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
/** Format characters (\p{Cf}) and the other invisible letters, fillers and variation selectors. */
// The class holds variation selectors on purpose: each must be found on its own, not as part of a sequence.
/* eslint-disable no-misleading-character-class */
export const INVISIBLE =
  /[\p{Cf}\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\u{e0000}-\u{e0fff}]/u;
const UNSAFE = new RegExp(`${CONTROL.source}|${INVISIBLE.source}`, 'gu');
/* eslint-enable no-misleading-character-class */

/** True when the text holds a bidi control or an invisible code point. */
export function hasInvisibleCharacters(text: string): boolean {
  return INVISIBLE.test(text);
}

/** Every unsafe code point as `\uXXXX` (astral ones as their two UTF-16 units), everything else as is. */
export function escapeUnsafe(text: string): string {
  return String(text).replace(UNSAFE, (c) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}

/** Text for one line of a log or a message, unquoted: nothing in it can start a new line. */
export function oneLine(text: string): string {
  return escapeUnsafe(text);
}

/** JSON-quoted and escaped: the form untrusted strings (paths, branch names, values) take in reasons. */
export function quoteUntrusted(text: string): string {
  return escapeUnsafe(JSON.stringify(text));
}

/** At most `max` UTF-16 units, never splitting a surrogate pair; `marker` says text was cut. */
export function clip(text: string, max: number, marker = '...[truncated]'): string {
  if (text.length <= max) return text;
  let cut = max;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut)}${marker}`;
}

/** Escaped, then clipped: for free text (stderr, API messages) quoted inside one of our messages. */
export function sanitizeForMessage(text: string, max = 300): string {
  return clip(escapeUnsafe(text), max);
}

export const MAX_VALUE_CHARS = 200;

/** Stable JSON (sorted keys) of a JSON-like value; cycles are refused before values get here. */
export function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const o = value as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
    .join(',')}}`;
}

/**
 * A value as it may appear in a message: strings as themselves, anything else as stable JSON; clipped to
 * `max` characters, then quoted and escaped, so nothing untrusted reaches a log raw.
 */
export function quoteValue(value: unknown, max = MAX_VALUE_CHARS): string {
  const text = typeof value === 'string' ? value : stableJson(value);
  return text.length > max ? `${quoteUntrusted(clip(text, max, ''))}...(truncated)` : quoteUntrusted(text);
}
