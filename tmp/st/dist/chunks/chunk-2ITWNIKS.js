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

export {
  isObj,
  obj,
  own,
  str,
  nonEmptyStr,
  num
};
