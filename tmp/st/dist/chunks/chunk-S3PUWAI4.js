import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/cli/exit-codes.ts
var EXIT = Object.freeze({
  /** allow / valid / approved (or approval not required) */
  OK: 0,
  /** deny */
  DENY: 1,
  /** approval required */
  APPROVAL_REQUIRED: 2,
  /** invalid input or configuration (including usage errors) */
  INVALID: 3
});

// src/cli/io.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

export {
  EXIT,
  UsageError
};
