// The evidence validator: every action checks its document against the evidence schema before writing
// it, and `metrics` checks every file it reads (an invalid one is reported by name, never skipped
// silently). The validator is precompiled at build time with the policy's and manifest's.

import { schemaValidators } from './schema-validators.js';

/** The schema problems of one evidence document ("/pointer: message"), at most `max`; empty when valid. */
export function evidenceProblems(doc: unknown, max = 5): string[] {
  const validate = schemaValidators().evidence;
  if (validate(doc)) return [];
  return (validate.errors ?? []).slice(0, max).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
}

export class InvalidEvidenceError extends Error {
  constructor(readonly action: string, readonly problems: string[]) {
    super(`the ${action} evidence does not match schemas/evidence.schema.json (${problems.join('; ')}): it is not written`);
    this.name = 'InvalidEvidenceError';
  }
}

/** The document serialized for writing, or InvalidEvidenceError when it does not match the schema. */
export function serializeEvidence(doc: object): string {
  const problems = evidenceProblems(doc);
  const action = (doc as { action?: unknown }).action;
  if (problems.length > 0) throw new InvalidEvidenceError(typeof action === 'string' ? action : 'unknown', problems);
  return JSON.stringify(doc, null, 2) + '\n';
}
