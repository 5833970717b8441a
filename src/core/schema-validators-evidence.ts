// The evidence validator. Run from the sources it is compiled here at first use; `npm run build` replaces
// this module in the bundle by the validator compiled at build time (schema-compiler.ts, scripts/build.mjs).
// Apart from the policy's and manifest's (schema-validators.ts), so only what writes or reads evidence loads it.

import type { ValidateFunction } from 'ajv';
import { createAjv } from './schema-compiler.js';
import { evidenceSchema } from './evidence-schema.js';

let compiled: ValidateFunction | undefined;

export function evidenceValidator(): ValidateFunction {
  compiled ??= createAjv().compile(evidenceSchema);
  return compiled;
}
