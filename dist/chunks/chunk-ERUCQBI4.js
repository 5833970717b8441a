import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/core/text.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
var INVISIBLE = /[\p{Cf}\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\u{e0000}-\u{e0fff}]/u;
var UNSAFE = new RegExp(`${CONTROL.source}|${INVISIBLE.source}`, "gu");
function hasInvisibleCharacters(text) {
  return INVISIBLE.test(text);
}
function escapeUnsafe(text) {
  return String(text).replace(UNSAFE, (c) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, "0")}`).join(""));
}
function oneLine(text) {
  return escapeUnsafe(text);
}
function quoteUntrusted(text) {
  return escapeUnsafe(JSON.stringify(text));
}
function clip(text, max, marker = "...[truncated]") {
  if (text.length <= max) return text;
  let cut = max;
  const last = text.charCodeAt(cut - 1);
  if (last >= 55296 && last <= 56319) cut--;
  return `${text.slice(0, cut)}${marker}`;
}
function sanitizeForMessage(text, max = 300) {
  return clip(escapeUnsafe(text), max);
}
var MAX_VALUE_CHARS = 200;
function stableJson(value) {
  if (value === void 0) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  const o = value;
  return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`).join(",")}}`;
}
function quoteValue(value, max = MAX_VALUE_CHARS) {
  const text = typeof value === "string" ? value : stableJson(value);
  return text.length > max ? `${quoteUntrusted(clip(text, max, ""))}...(truncated)` : quoteUntrusted(text);
}

export {
  CONTROL,
  INVISIBLE,
  hasInvisibleCharacters,
  escapeUnsafe,
  oneLine,
  quoteUntrusted,
  sanitizeForMessage,
  stableJson,
  quoteValue
};
