// Validation of the policy and the manifest against their JSON Schemas (ajv, strict, see
// schema-compiler.ts), with every error turned into a problem that names where it is.

import type { ErrorObject } from 'ajv';
import { schemaValidators } from './schema-validators.js';
import type { Problem } from './types.js';

export { AJV_OPTIONS, createAjv } from './schema-compiler.js';

export type SchemaName = 'policy' | 'manifest';

/** Most problems reported for one document (26 000 unknown keys fit in 256 KiB). */
export const MAX_SCHEMA_PROBLEMS = 100;

/** Validate against a schema; problems carry a JSON pointer to the offending node (a key for unknown properties). */
export function validateAgainstSchema(name: SchemaName, value: unknown): Problem[] {
  const validate = schemaValidators()[name];
  if (validate(value)) return [];
  const useful = (validate.errors ?? []).filter(isUseful);
  const problems = useful.slice(0, MAX_SCHEMA_PROBLEMS).map((e) => toProblem(name, e));
  if (useful.length > MAX_SCHEMA_PROBLEMS) {
    const more = useful.length - MAX_SCHEMA_PROBLEMS;
    problems.push({ code: 'too_many_problems', message: `${more} more problem${more === 1 ? '' : 's'} not shown`, pointer: '' });
  }
  return problems;
}

// `if/then`-style wrapper errors add nothing a person can act on.
function isUseful(e: ErrorObject): boolean {
  return e.keyword !== 'if' && e.keyword !== 'propertyNames';
}

function toProblem(name: SchemaName, e: ErrorObject): Problem {
  const at = e.instancePath || '';
  // The instance path holds the document's own keys: a key with a newline or ESC must not reach a log raw.
  const where = at === '' ? `the ${name}` : escapeNonAscii(at.slice(1).replace(/\//g, '.'));
  if (e.propertyName !== undefined) {
    return {
      code: 'schema_key_name',
      message: `key ${asciiQuote(e.propertyName)} in ${where} is not allowed (${e.message ?? 'invalid name'})`,
      pointer: `${at}/${escapeKey(e.propertyName)}`,
    };
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      return {
        code: 'schema_unknown_property',
        message: `unknown property ${asciiQuote(key)} in ${where}`,
        pointer: `${at}/${escapeKey(key)}`,
      };
    }
    case 'required':
      return {
        code: 'schema_missing_property',
        message: `${where} is missing required property ${JSON.stringify((e.params as { missingProperty: string }).missingProperty)}`,
        pointer: at,
      };
    case 'pattern':
      return { code: 'schema_pattern', message: `${where} has an invalid value (${describePattern(e)})`, pointer: at };
    case 'enum':
      return {
        code: 'schema_enum',
        message: `${where} must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`,
        pointer: at,
      };
    default:
      return { code: `schema_${e.keyword}`, message: `${where} ${e.message ?? 'is invalid'}`, pointer: at };
  }
}

function describePattern(e: ErrorObject): string {
  const pattern = String((e.params as { pattern: string }).pattern);
  return `must match ${pattern}`;
}

function escapeKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Quote a key with every non-ASCII character escaped, so a homoglyph (`t\u0456er`) is visible as such. */
export function asciiQuote(text: string): string {
  return escapeNonAscii(JSON.stringify(text));
}

function escapeNonAscii(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
