// The example policy and seed manifest as an export input, and the runtimes' published schemas when a
// copy is at hand: `../shared/schemas/<file>` beside the repository, or the directory named by
// AGENT_GUARD_TARGET_SCHEMAS. Tests validate against them when present and skip that step quietly
// when not (they are third-party files, not kept in this repository).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ExportInput } from '../../src/core/exports/index.js';
import { REPO_ROOT } from './cli.js';
import { manifestFrom, policyFrom } from './command-scope.js';

export const EXAMPLE_POLICY = readFileSync(join(REPO_ROOT, 'examples/agent-policy.yml'), 'utf8');
export const EXAMPLE_MANIFEST = readFileSync(join(REPO_ROOT, 'examples/seed-manifest.yml'), 'utf8');

export function exportInput(policy = EXAMPLE_POLICY, manifest = EXAMPLE_MANIFEST): ExportInput {
  return {
    policy: policyFrom(policy),
    manifest: manifestFrom(manifest),
    policyPath: '.github/agent-policy.yml',
    hookCommand: 'agent-guard hook --manifest main:.github/agent-tasks/seed.yml',
    source: 'test',
  };
}

// CommonJS interop, as in src/core/schema-validation.ts. The published schemas are draft-07.
type AjvClass = typeof import('ajv').default;
const Ajv = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as AjvClass;
type FormatsPlugin = typeof import('ajv-formats').default;
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as FormatsPlugin;

/** A published JSON Schema by file name, or null when no copy is available. */
export function publishedSchema(file: string): object | null {
  const dirs = [process.env.AGENT_GUARD_TARGET_SCHEMAS, join(REPO_ROOT, '..', 'shared', 'schemas')].filter((d): d is string => !!d);
  for (const dir of dirs) {
    const path = join(dir, file);
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as object;
  }
  return null;
}

/** Errors of `value` against a published draft-07 schema, or [] when the schema is not available. */
export function publishedSchemaErrors(file: string, value: unknown): string[] {
  const schema = publishedSchema(file);
  if (!schema) return [];
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
