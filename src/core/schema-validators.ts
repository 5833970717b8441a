// The policy and manifest validators. Run from the sources (tests, scripts) they are compiled here at
// first use; `npm run build` replaces this module in the bundle by the same validators compiled at build
// time (schema-compiler.ts, scripts/build.mjs), so a check loads code instead of compiling schemas. The
// evidence validator is its own module (schema-validators-evidence.ts): a check does not load it.

import type { ValidateFunction } from 'ajv';
import { createAjv } from './schema-compiler.js';
import { manifestSchema, policySchema } from './schemas.js';

let compiled: { policy: ValidateFunction; manifest: ValidateFunction } | undefined;

export function schemaValidators(): { policy: ValidateFunction; manifest: ValidateFunction } {
  if (!compiled) {
    const ajv = createAjv();
    compiled = { policy: ajv.compile(policySchema), manifest: ajv.compile(manifestSchema) };
  }
  return compiled;
}
