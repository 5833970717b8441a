import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/core/json.ts
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function obj(v) {
  return isObj(v) ? v : {};
}
function own(o, key) {
  return Object.hasOwn(o, key) ? o[key] : void 0;
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function nonEmptyStr(v) {
  return typeof v === "string" && v.length > 0 ? v : void 0;
}
function num(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}
function scalarText(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return void 0;
}
function deepStrings(v, out = []) {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) for (const x of v) deepStrings(x, out);
  else if (isObj(v))
    for (const k of Object.keys(v)) {
      out.push(k);
      deepStrings(v[k], out);
    }
  return out;
}

export {
  isObj,
  obj,
  own,
  str,
  nonEmptyStr,
  num,
  scalarText,
  deepStrings
};
