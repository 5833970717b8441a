#!/usr/bin/env node
// Generates test/support/github-openapi-subset.json: the response schemas of the GitHub REST operations the
// loopback test server (test/support/github-server.ts) implements, taken from GitHub's published OpenAPI
// description as shipped in the installed `@octokit/openapi` package.
//
//   node scripts/gen-openapi-subset.mjs           write the subset
//   node scripts/gen-openapi-subset.mjs --check   exit 1 when the committed subset is stale
//
// Source: generated/api.github.com.json (the non-dereferenced variant). The dereferenced variant exists too,
// but inlining every $ref duplicates large schemas (repository, simple-user ...) dozens of times; instead the
// `#/components/schemas/*` schemas reachable from the selected operations are copied into a local
// `components.schemas` section and every $ref keeps GitHub's own name, so the subset stays small and readable.
//
// OpenAPI 3.0 schema objects are not JSON Schema. The conversion below makes them valid JSON Schema 2020-12
// that Ajv accepts in strict mode:
//   - `nullable: true` becomes a type union (`type: ["string", "null"]`, `null` added to `enum`), or, when the
//     schema has no `type` (a $ref/oneOf/anyOf/allOf), `anyOf: [<schema>, {type: "null"}]`.
//   - `$ref` siblings are dropped (OpenAPI 3.0 ignores them; JSON Schema 2020-12 would apply them).
//   - annotation-only and OpenAPI-only keywords (description, example, discriminator, readOnly, x-* ...) are
//     removed; any other unknown keyword aborts the script so a new GitHub keyword is never silently ignored.
//   - OpenAPI 3.0 boolean `exclusiveMinimum`/`exclusiveMaximum` become the numeric JSON Schema form.
//   - a schema with `properties` but no `type` gets `type: object` (what it describes; strict mode asks for it).
// Output is deterministic: object keys are sorted recursively, arrays keep the source order.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'test/support/github-openapi-subset.json');
const require = createRequire(join(root, 'package.json'));
const pkgJsonPath = require.resolve('@octokit/openapi/package.json');
const pkg = JSON.parse(readFileSync(pkgJsonPath, 'utf8'));
const sourceRel = 'generated/api.github.com.json';
const spec = JSON.parse(readFileSync(join(dirname(pkgJsonPath), sourceRel), 'utf8'));

/** The operations the loopback server implements: "METHOD path" exactly as in GitHub's description. */
const OPERATIONS = [
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'GET /repos/{owner}/{repo}/compare/{basehead}',
  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
  'GET /repos/{owner}/{repo}/contents/{path}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/timeline',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
  'POST /repos/{owner}/{repo}/statuses/{sha}',
  'GET /repos/{owner}/{repo}/commits/{ref}/statuses',
  'POST /repos/{owner}/{repo}/check-runs',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  'GET /repos/{owner}/{repo}/installation',
  'POST /app/installations/{installation_id}/access_tokens',
  'DELETE /installation/token',
  'GET /repos/{owner}/{repo}/rulesets',
  'GET /orgs/{org}/repos',
  'GET /orgs/{org}/properties/values',
  'GET /repos/{owner}/{repo}/rules/branches/{branch}',
  'GET /repos/{owner}/{repo}/branches/{branch}',
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
  'POST /repos/{owner}/{repo}/rulesets',
  'POST /repos/{owner}/{repo}/attestations',
  'GET /repos/{owner}/{repo}/actions/artifacts',
  'GET /repos/{owner}/{repo}/actions/runs',
  'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
];

/** The operations whose JSON request body is kept too: what a rendered request (an exported ruleset) is
 * checked against. Only these: some request schemas (check runs) do not compile in Ajv's strict mode. */
const REQUEST_BODIES = new Set(['POST /repos/{owner}/{repo}/rulesets', 'POST /repos/{owner}/{repo}/attestations']);

/** Error statuses every endpoint can return although most operations do not list them (auth, rate limits,
 * server errors). GitHub sends its basic error body for them. */
const COMMON_ERROR_STATUSES = {
  401: 'requires_authentication',
  403: 'forbidden',
  404: 'not_found',
  422: 'validation_failed',
  429: 'forbidden', // same `basic-error` body as a 403 rate limit
  500: 'internal_error',
  502: 'internal_error',
  503: 'service_unavailable',
};

const KEEP = new Set([
  'type', 'enum', 'const', 'format', 'required', 'properties', 'additionalProperties', 'items', 'allOf', 'anyOf',
  'oneOf', 'not', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength',
  'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
]);
const STRIP = new Set([
  'title', 'description', 'example', 'examples', 'default', 'readOnly', 'writeOnly', 'deprecated',
  'discriminator', 'xml', 'externalDocs',
]);

const COMPONENT_PREFIX = '#/components/schemas/';
const neededComponents = new Set();

function convertSchema(schema, where) {
  if (schema === true || schema === false) return schema;
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) {
    throw new Error(`${where}: not a schema object`);
  }
  if (typeof schema.$ref === 'string') {
    if (!schema.$ref.startsWith(COMPONENT_PREFIX)) throw new Error(`${where}: unsupported $ref ${schema.$ref}`);
    neededComponents.add(schema.$ref.slice(COMPONENT_PREFIX.length));
    return { $ref: schema.$ref };
  }
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable' || STRIP.has(key) || key.startsWith('x-')) continue;
    if (!KEEP.has(key)) throw new Error(`${where}: unknown schema keyword "${key}"`);
    switch (key) {
      case 'properties':
        out.properties = {};
        for (const [name, sub] of Object.entries(value)) {
          out.properties[name] = convertSchema(sub, `${where}.properties.${name}`);
        }
        break;
      case 'items':
      case 'not':
        out[key] = convertSchema(value, `${where}.${key}`);
        break;
      case 'additionalProperties':
        out[key] = typeof value === 'boolean' ? value : convertSchema(value, `${where}.${key}`);
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        out[key] = value.map((sub, i) => convertSchema(sub, `${where}.${key}[${i}]`));
        break;
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        if (typeof value === 'boolean') {
          const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
          if (value && typeof schema[bound] === 'number') out[key] = schema[bound];
        } else {
          out[key] = value;
        }
        break;
      default:
        out[key] = structuredClone(value);
    }
  }
  // A schema with properties and no type describes an object (GitHub's mixins used inside allOf); Ajv's strict
  // mode wants that said.
  if (out.properties !== undefined && out.type === undefined) out.type = 'object';
  if (out.exclusiveMinimum !== undefined && out.minimum === out.exclusiveMinimum) delete out.minimum;
  if (out.exclusiveMaximum !== undefined && out.maximum === out.exclusiveMaximum) delete out.maximum;
  if (schema.nullable === true) return makeNullable(out);
  return out;
}

function makeNullable(s) {
  if (typeof s.type === 'string') {
    s.type = [s.type, 'null'];
    if (Array.isArray(s.enum) && !s.enum.includes(null)) s.enum.push(null);
    return s;
  }
  if (Array.isArray(s.type)) {
    if (!s.type.includes('null')) s.type.push('null');
    if (Array.isArray(s.enum) && !s.enum.includes(null)) s.enum.push(null);
    return s;
  }
  if (Object.keys(s).length === 0) return s; // `{nullable: true}` alone: anything goes
  return { anyOf: [s, { type: 'null' }] };
}

function resolveResponse(response) {
  let r = response;
  while (r && typeof r.$ref === 'string') {
    const name = r.$ref.replace('#/components/responses/', '');
    r = spec.components.responses[name];
    if (!r) throw new Error(`unknown response ${response.$ref}`);
  }
  return r;
}

function responseEntry(response, where) {
  const r = resolveResponse(response);
  const content = r.content ?? {};
  const contentType = 'application/json' in content ? 'application/json' : Object.keys(content).sort()[0];
  if (contentType === undefined) return { contentType: null, schema: null };
  const schema = content[contentType].schema;
  return { contentType, schema: schema ? convertSchema(schema, where) : null };
}

const operations = {};
for (const op of OPERATIONS) {
  const [method, path] = op.split(' ');
  const o = spec.paths[path]?.[method.toLowerCase()];
  if (!o) throw new Error(`operation not found in ${sourceRel}: ${op}`);
  const responses = {};
  for (const [status, response] of Object.entries(o.responses)) {
    responses[status] = responseEntry(response, `${op} ${status}`);
  }
  const body = REQUEST_BODIES.has(op) ? o.requestBody?.content?.['application/json']?.schema : undefined;
  operations[op] = {
    operationId: o.operationId,
    documentationUrl: o.externalDocs?.url ?? null,
    requestBody: body ? convertSchema(body, `${op} requestBody`) : null,
    responses,
  };
}

const commonErrors = {};
for (const [status, name] of Object.entries(COMMON_ERROR_STATUSES)) {
  commonErrors[status] = responseEntry({ $ref: `#/components/responses/${name}` }, `common ${status}`);
}

// Transitive closure of the component schemas referenced so far.
const components = {};
const done = new Set();
for (let pending = [...neededComponents]; pending.length > 0; pending = [...neededComponents].filter((n) => !done.has(n))) {
  for (const name of pending) {
    done.add(name);
    const src = spec.components.schemas[name];
    if (!src) throw new Error(`unknown component schema ${name}`);
    components[name] = convertSchema(src, `components.schemas.${name}`);
  }
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
    return out;
  }
  return value;
}

const subset = sortKeys({
  $comment: `GENERATED by scripts/gen-openapi-subset.mjs from ${pkg.name}@${pkg.version} (${sourceRel}). Do not edit; run \`node scripts/gen-openapi-subset.mjs\`.`,
  source: {
    package: pkg.name,
    version: pkg.version,
    file: sourceRel,
    openapi: spec.openapi,
    apiVersion: spec.info?.version ?? null,
  },
  notes: [
    'Schemas are OpenAPI 3.0 schema objects converted to JSON Schema 2020-12 (nullable -> type unions; annotations and OpenAPI-only keywords removed).',
    'operations[op].responses[status].schema is null when GitHub documents no body for that status.',
    'operations[op].requestBody is the JSON request body schema for the operations that keep one (REQUEST_BODIES), else null.',
    'commonErrors: bodies of error statuses any endpoint may return although an operation does not list them.',
  ],
  operations,
  commonErrors,
  components: { schemas: components },
});

compileAll(subset);

/** Every schema in the subset must compile with Ajv in strict mode (as test/support/github-server.ts does). */
function compileAll(doc) {
  const Ajv2020 = require('ajv/dist/2020.js').default;
  const addFormats = require('ajv-formats').default;
  const ajv = new Ajv2020({ strict: true, strictTypes: true, strictTuples: true, strictRequired: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isSafeInteger(n) });
  for (const container of ['components', 'operations', 'commonErrors']) ajv.addKeyword(container);
  const id = 'https://agent-guard.invalid/github-openapi-subset.json';
  ajv.addSchema({ $id: id, components: doc.components, operations: doc.operations, commonErrors: doc.commonErrors });
  const esc = (s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'));
  const pointers = [];
  for (const [op, o] of Object.entries(doc.operations)) {
    for (const [status, r] of Object.entries(o.responses)) if (r.schema) pointers.push(['operations', op, 'responses', status, 'schema']);
    if (o.requestBody) pointers.push(['operations', op, 'requestBody']);
  }
  for (const status of Object.keys(doc.commonErrors)) pointers.push(['commonErrors', status, 'schema']);
  for (const p of pointers) {
    if (!ajv.getSchema(`${id}#/${p.map(esc).join('/')}`)) throw new Error(`schema does not compile: ${p.join('/')}`);
  }
}

const text = `${JSON.stringify(subset, null, 2)}\n`;
const rel = relative(root, outFile);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outFile, 'utf8');
  } catch {
    /* missing */
  }
  if (current !== text) {
    console.error(`${rel} is stale: run node scripts/gen-openapi-subset.mjs`);
    process.exit(1);
  }
  console.log(`${rel} is up to date (${pkg.name}@${pkg.version})`);
} else {
  writeFileSync(outFile, text);
  console.log(
    `wrote ${rel}: ${Object.keys(operations).length} operations, ${Object.keys(components).length} component schemas, ${text.length} bytes (${pkg.name}@${pkg.version})`,
  );
}
