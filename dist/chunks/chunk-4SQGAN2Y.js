import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/core/sha.ts
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var SHA_ANY_CASE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
function isSha(text) {
  return typeof text === "string" && SHA.test(text);
}
function isShaAnyCase(text) {
  return typeof text === "string" && SHA_ANY_CASE.test(text);
}

export {
  isSha,
  isShaAnyCase
};
