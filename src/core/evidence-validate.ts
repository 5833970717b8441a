// The evidence validator: every action checks its document against the evidence schema before writing
// it, and `metrics` checks every file it reads (an invalid one is reported by name, never skipped
// silently). Compiled once at first use; nullable fields are union types, so unions are allowed here.

import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { evidenceSchema } from './evidence-schema.js';

function interop<T>(module: unknown): T {
  return ((module as { default?: T }).default ?? module) as T;
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const Ajv2020 = interop<typeof import('ajv/dist/2020.js').default>(Ajv2020Module);
    const addFormats = interop<typeof import('ajv-formats').default>(addFormatsModule);
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, coerceTypes: false, useDefaults: false, removeAdditional: false });
    addFormats(ajv);
    compiled = ajv.compile(evidenceSchema);
  }
  return compiled;
}

/** The schema problems of one evidence document ("/pointer: message"), at most `max`; empty when valid. */
export function evidenceProblems(doc: unknown, max = 5): string[] {
  const validate = validator();
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
