// A file's reason: which rule decided, its code, and what it says. Every reason guard-diff gives for
// a file is one of these, in the JSON output, the evidence and the text and markdown renderings.
import type { Rule } from './rule.js';

export interface FileReason {
  rule: string;
  code: string;
  message: string;
}

/** A reason from `rule`; tsc refuses a code the rule does not declare. */
export function because<C extends string>(rule: Rule<C>, code: C, message: string): FileReason {
  return { rule: rule.id, code, message };
}

/** `[rule] message`, the one-line form of a reason for logs and text output. */
export function reasonLine(r: FileReason): string {
  return `${r.message} [${r.rule}]`;
}
