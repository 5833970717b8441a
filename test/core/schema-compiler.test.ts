// The validators `npm run build` compiles into the bundle (ajv standalone code) decide every document
// exactly as the validators compiled at run time from the same schemas: same verdict, same errors.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { standaloneValidatorCode } from '../../src/core/schema-compiler.js';
import { schemaValidators } from '../../src/core/schema-validators.js';
import { loadDocument } from '../../src/core/yaml.js';
import { DIST_DIR, REPO_ROOT } from '../support/bundle.js';
import { MANIFEST, POLICY } from '../support/documents.js';

type Validate = ((value: unknown) => boolean) & { errors?: unknown };

/** The CommonJS form of the generated code, evaluated with a require() rooted in the repository. */
function precompiled(): { policy: Validate; manifest: Validate } {
  const mod: { exports: { schemaValidators?: () => { policy: Validate; manifest: Validate } } } = { exports: {} };
  const wrapped = runInThisContext(`(function (require, module, exports) {\n${standaloneValidatorCode('cjs')}\n})`) as (r: NodeJS.Require, m: typeof mod, e: typeof mod.exports) => void;
  wrapped(createRequire(join(REPO_ROOT, 'package.json')), mod, mod.exports);
  return mod.exports.schemaValidators!();
}

const doc = (text: string): unknown => {
  const loaded = loadDocument(Buffer.from(text), 'test.yml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.doc.value;
};
const policy = doc(POLICY) as Record<string, unknown>;
const manifest = doc(MANIFEST()) as { agent_task: Record<string, unknown> };

const POLICIES: unknown[] = [
  policy,
  {},
  null,
  [],
  'version: 1',
  { ...policy, version: '1' },
  { ...policy, tiers: { high: ['a'], urgent: ['b'] } },
  { ...policy, tiers: { high: [''] }, agents: ['x', 'x'], default_tier: 'HIGH' },
  { ...policy, capabilities: { 'Bad Name': {}, ok: { paths: 'src/**', tier: 'low', commands: [[]] } } },
  { ...policy, subjects: { __proto__x: { capabilities: [] }, 'a:b': { description: 'x'.repeat(2001) } } },
  { ...policy, approvals: { high: { count: 11, reviewers: { users: ['-bad'], teams: ['org/'] } } }, network: { allow: ['*.ok.example', 'bad host'] } },
  { ...policy, protected: Array.from({ length: 501 }, (_, i) => `p${i}`) },
  { version: 1, tier: 'high', extra: { nested: true } },
];
const MANIFESTS: unknown[] = [
  manifest,
  {},
  { agent_task: {} },
  { agent_task: { ...manifest.agent_task, expires_at: '2026-13-40T99:00:00Z' } },
  { agent_task: { ...manifest.agent_task, expires_at: '2026-12-07T12:00:00Z', initiator: 'someone[bot]' } },
  { agent_task: { ...manifest.agent_task, capabilities: ['a', 'a'], network: { allow: [], deny_default: 'yes' }, task_id: 'has space' } },
  { agent_task: { ...manifest.agent_task, subject: 5, repository: 'a/b/c' }, other: 1 },
];

describe('precompiled schema validators', () => {
  const runtime = schemaValidators();
  const built = precompiled();

  test.each(POLICIES.map((p, i) => [i, p]))('policy %i: same verdict and errors', (_, value) => {
    const expected = runtime.policy(value);
    const expectedErrors = runtime.policy.errors;
    expect(built.policy(value)).toBe(expected);
    expect(built.policy.errors ?? null).toEqual(expectedErrors ?? null);
  });

  test.each(MANIFESTS.map((m, i) => [i, m]))('manifest %i: same verdict and errors', (_, value) => {
    const expected = runtime.manifest(value);
    const expectedErrors = runtime.manifest.errors;
    expect(built.manifest(value)).toBe(expected);
    expect(built.manifest.errors ?? null).toEqual(expectedErrors ?? null);
  });

  test('the corpus holds valid and invalid documents of both kinds', () => {
    expect(POLICIES.filter((p) => runtime.policy(p)).length).toBe(1);
    expect(MANIFESTS.filter((m) => runtime.manifest(m)).length).toBe(2);
  });

  test('the generated code is the same on every build (the bundle is deterministic)', () => {
    expect(standaloneValidatorCode('esm')).toBe(standaloneValidatorCode('esm'));
    expect(standaloneValidatorCode('esm')).toMatch(/export function schemaValidators\(\)/);
  });
});

test('the bundle carries the precompiled validators and no schema compiler', () => {
  const chunks = readdirSync(join(DIST_DIR, 'chunks')).map((f) => readFileSync(join(DIST_DIR, 'chunks', f), 'utf8'));
  // The precompiled validators and ajv's small runtime may land in different chunks (several entries share them).
  expect(chunks.some((c) => c.includes('function schemaValidators()'))).toBe(true);
  expect(chunks.some((c) => c.includes('node_modules/ajv/dist/runtime/'))).toBe(true);
  expect(chunks.filter((c) => c.includes('node_modules/ajv/dist/compile/'))).toEqual([]);
});
