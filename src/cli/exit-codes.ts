/** Exit codes of the `agent-guard` CLI, shared by every command. */
export const EXIT = Object.freeze({
  /** allow / valid / approved (or approval not required) */
  OK: 0,
  /** deny */
  DENY: 1,
  /** approval required */
  APPROVAL_REQUIRED: 2,
  /** invalid input or configuration (including usage errors) */
  INVALID: 3,
} as const);
