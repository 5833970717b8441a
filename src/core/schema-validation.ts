// ajv in strict mode with ajv-formats; no coercion, no defaults, nothing removed. A validator that
// cannot be compiled strictly is a bug in our schema and throws at load time.

import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { manifestSchema, policySchema } from './schemas.js';
import type { Problem } from './types.js';

// CommonJS interop: the modules' default export is the constructor / plugin itself or sits on `.default`.
type AjvClass = typeof import('ajv/dist/2020.js').default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ?? Ajv2020Module) as AjvClass;
type FormatsPlugin = typeof import('ajv-formats').default;
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as FormatsPlugin;

export const AJV_OPTIONS = Object.freeze({
  strict: true,
  strictTypes: true,
  strictTuples: true,
  strictRequired: true,
  allErrors: true,
  coerceTypes: false,
  useDefaults: false,
  removeAdditional: false,
  allowUnionTypes: false,
  validateFormats: true,
} as const);

export function createAjv() {
  const ajv = new Ajv2020({ ...AJV_OPTIONS });
  addFormats(ajv);
  return ajv;
}

let compiled: { policy: ValidateFunction; manifest: ValidateFunction } | undefined;
function validators() {
  if (!compiled) {
    const ajv = createAjv();
    compiled = { policy: ajv.compile(policySchema), manifest: ajv.compile(manifestSchema) };
  }
  return compiled;
}

export type SchemaName = 'policy' | 'manifest';

/** Most problems reported for one document (26 000 unknown keys fit in 256 KiB). */
export const MAX_SCHEMA_PROBLEMS = 100;

/** Validate against a schema; problems carry a JSON pointer to the offending node (a key for unknown properties). */
export function validateAgainstSchema(name: SchemaName, value: unknown): Problem[] {
  const validate = validators()[name];
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
