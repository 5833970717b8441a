import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/core/document-limits.ts
var MAX_DOCUMENT_BYTES = 256 * 1024;

export {
  MAX_DOCUMENT_BYTES
};
