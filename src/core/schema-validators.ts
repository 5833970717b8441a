// The policy, manifest and evidence validators. Run from the sources (tests, scripts) they are compiled here at
// first use; `npm run build` replaces this module in the bundle by the same validators compiled at build
// time (schema-compiler.ts, scripts/build.mjs), so a check loads code instead of compiling schemas.

import type { ValidateFunction } from 'ajv';
import { createAjv } from './schema-compiler.js';
import { evidenceSchema } from './evidence-schema.js';
import { manifestSchema, policySchema } from './schemas.js';

let compiled: { policy: ValidateFunction; manifest: ValidateFunction; evidence: ValidateFunction } | undefined;

export function schemaValidators(): { policy: ValidateFunction; manifest: ValidateFunction; evidence: ValidateFunction } {
  if (!compiled) {
    const ajv = createAjv();
    compiled = { policy: ajv.compile(policySchema), manifest: ajv.compile(manifestSchema), evidence: ajv.compile(evidenceSchema) };
  }
  return compiled;
}
