// The policy and manifest JSON Schemas and the ajv set-up: closed, bounded, strict, no coercion, and no
// pattern that can backtrack; and what the policy loader adds on top (glob lint, one-line messages).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { AJV_OPTIONS, asciiQuote, createAjv, MAX_SCHEMA_PROBLEMS, validateAgainstSchema, type SchemaName } from '../../src/core/schema-validation.js';
import { manifestSchema, policySchema } from '../../src/core/schemas.js';
import { loadDocument } from '../../src/core/yaml.js';
import { POLICY as SMALL_POLICY, policyProblems } from '../support/documents.js';

type AjvClass = typeof import('ajv/dist/2020.js').default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ?? Ajv2020Module) as AjvClass;

const SCHEMAS = { policy: policySchema, manifest: manifestSchema } as const;
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

// ---------------------------------------------------------------------------------------------------
// Schema lint: walks a schema and lists every rule it breaks.

const SUBSCHEMA_MAPS = ['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas'];
const SUBSCHEMA_ONE = ['additionalProperties', 'items', 'propertyNames', 'contains', 'not', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

/** True when the regex source has a group that contains a quantifier (or an alternation) and is itself repeated by `*`, `+` or `{`. */
export function hasNestedQuantifier(source: string): boolean {
  const stack: { quantified: boolean; alternation: boolean }[] = [{ quantified: false, alternation: false }];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === '(') {
      stack.push({ quantified: false, alternation: false });
      continue;
    }
    if (c === '|') {
      stack[stack.length - 1]!.alternation = true;
      continue;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{') {
      stack[stack.length - 1]!.quantified = true;
      continue;
    }
    if (c === ')') {
      const group = stack.pop()!;
      const next = source[i + 1];
      const repeated = next === '*' || next === '+' || next === '{';
      if (repeated && (group.quantified || group.alternation)) return true;
      if (group.quantified) stack[stack.length - 1]!.quantified = true;
    }
  }
  return false;
}

function lintSchema(schema: Json, at = '#'): string[] {
  const issues: string[] = [];
  const visit = (node: Json, path: string): void => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    const type = node.type;
    if (Array.isArray(type)) issues.push(`${path}: union type`);
    const isObject = type === 'object' || 'properties' in node || 'additionalProperties' in node;
    if (isObject) {
      const ap = node.additionalProperties;
      if (ap === false) {
        // closed
      } else if (typeof ap === 'object' && ap !== null) {
        // A map: keys must be constrained and counted.
        if (!('propertyNames' in node)) issues.push(`${path}: map without propertyNames`);
        if (typeof node.maxProperties !== 'number') issues.push(`${path}: map without maxProperties`);
      } else {
        issues.push(`${path}: object is not closed (additionalProperties: ${JSON.stringify(ap)})`);
      }
      if (['allOf', 'anyOf', 'oneOf'].some((k) => k in node) && node.unevaluatedProperties !== false) {
        issues.push(`${path}: composition without unevaluatedProperties: false`);
      }
      for (const key of Object.keys((node.properties as Record<string, Json>) ?? {})) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) issues.push(`${path}/properties: key ${JSON.stringify(key)} is not ASCII identifier-like`);
      }
      for (const key of (node.required as string[]) ?? []) {
        if (!Object.prototype.hasOwnProperty.call(node.properties ?? {}, key)) issues.push(`${path}: required ${key} is not a property`);
      }
    }
    if (type === 'string') {
      if (typeof node.maxLength !== 'number') issues.push(`${path}: string without maxLength`);
    }
    if (type === 'array') {
      if (typeof node.maxItems !== 'number') issues.push(`${path}: array without maxItems`);
      if (!('items' in node)) issues.push(`${path}: array without items`);
    }
    // A oneOf of typed branches (protected: a list, or paths plus exempt) is typed by its branches.
    const typedBranches = Array.isArray(node.oneOf) && node.oneOf.every((b) => typeof b === 'object' && b !== null && !Array.isArray(b) && typeof b.type === 'string');
    if (type === undefined && !('const' in node) && !('enum' in node) && !typedBranches && path !== at) issues.push(`${path}: no type`);
    if ('pattern' in node) {
      const p = typeof node.pattern === 'string' ? node.pattern : JSON.stringify(node.pattern);
      if (!p.startsWith('^') || !p.endsWith('$') || p.endsWith('\\$')) issues.push(`${path}: pattern ${p} is not anchored`);
      if (hasNestedQuantifier(p)) issues.push(`${path}: pattern ${p} has a nested quantifier`);
      try {
        new RegExp(p, 'u');
      } catch {
        issues.push(`${path}: pattern ${p} is not a valid unicode regex`);
      }
    }
    for (const k of SUBSCHEMA_MAPS) {
      const m = node[k];
      if (m && typeof m === 'object' && !Array.isArray(m)) for (const [name, sub] of Object.entries(m)) visit(sub, `${path}/${k}/${name}`);
    }
    for (const k of SUBSCHEMA_ONE) if (node[k] && typeof node[k] === 'object') visit(node[k], `${path}/${k}`);
    for (const k of SUBSCHEMA_LISTS) if (Array.isArray(node[k])) node[k].forEach((sub, i) => visit(sub, `${path}/${k}/${i}`));
  };
  visit(schema, at);
  return issues;
}

/** Every `pattern` in a schema with its path. */
function patterns(schema: Json, path = '#'): { path: string; pattern: string }[] {
  const out: { path: string; pattern: string }[] = [];
  const visit = (node: Json, p: string) => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${p}/${i}`));
    if (typeof node.pattern === 'string') out.push({ path: p, pattern: node.pattern });
    for (const [k, v] of Object.entries(node)) if (k !== 'pattern') visit(v, `${p}/${k}`);
  };
  visit(schema, path);
  return out;
}

const asJson = (s: unknown) => JSON.parse(JSON.stringify(s)) as Json;

describe('schema lint', () => {
  test.each(Object.keys(SCHEMAS) as SchemaName[])('the %s schema is closed, bounded, ASCII-keyed and has only safe, anchored patterns', (name) => {
    expect(lintSchema(asJson(SCHEMAS[name]))).toEqual([]);
  });

  test('the lint catches what it claims to', () => {
    const bad = {
      type: 'object',
      properties: {
        a: { type: 'string' },
        b: { type: 'array', items: { type: 'string', maxLength: 1 } },
        c: { type: 'string', maxLength: 9, pattern: '^(a+)+$' },
        d: { type: 'string', maxLength: 9, pattern: '[a-z]+' },
        e: { type: 'object', properties: {} },
        f: { type: 'object', additionalProperties: { type: 'integer' } },
        'tі': { type: 'integer' },
        g: { type: 'string', maxLength: 9, pattern: '^(a|ab)*$' },
      },
      additionalProperties: false,
    };
    expect(lintSchema(asJson(bad))).toEqual([
      '#/properties: key "tі" is not ASCII identifier-like',
      '#/properties/a: string without maxLength',
      '#/properties/b: array without maxItems',
      '#/properties/c: pattern ^(a+)+$ has a nested quantifier',
      '#/properties/d: pattern [a-z]+ is not anchored',
      '#/properties/e: object is not closed (additionalProperties: undefined)',
      '#/properties/f: map without propertyNames',
      '#/properties/f: map without maxProperties',
      '#/properties/g: pattern ^(a|ab)*$ has a nested quantifier',
    ]);
  });

  test.each([
    ['^(a+)+$', true],
    ['^(a*)*$', true],
    ['^(a|a)*$', true],
    ['^(?:[a-z]+\\.)+com$', true],
    ['^([a-z]{1,3}){2,}$', true],
    ['^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$', false],
    ['^[a-z][a-z0-9_]{0,63}$', false],
    ['^[(a+)]+$', false],
    ['^\\(a+\\)+$', false],
  ])('nested quantifier check: %s -> %s', (p, expected) => {
    expect(hasNestedQuantifier(p)).toBe(expected);
  });

  test('an unanchored pattern would accept a traversal (why anchoring matters)', () => {
    expect(new RegExp('[a-z]+', 'u').test('../../.github/x')).toBe(true);
    expect(new RegExp('^[a-z]+$', 'u').test('../../.github/x')).toBe(false);
  });
});

describe('attack: ReDoS: every schema pattern answers adversarial input in bounded time', () => {
  const all = [...patterns(asJson(policySchema), 'policy'), ...patterns(asJson(manifestSchema), 'manifest')];
  const units = ['a', 'A', '0', '-', '.', '_', '/', ':', '*', 'a.', 'a-', 'a/', 'a:', '[bot]', 'a*', '#'];
  const tails = ['!', '\u0000', ' ', '/', '', '\u0456'];

  test('there are patterns to test', () => {
    expect(all.length).toBeGreaterThanOrEqual(10);
  });

  test.each(all.map((p) => [p.path, p.pattern]))('%s %s', (_path, pattern) => {
    const re = new RegExp(pattern, 'u');
    let worst = 0;
    for (const unit of units) {
      for (const tail of tails) {
        const body = unit.repeat(Math.ceil(30 / unit.length)).slice(0, 30 - tail.length);
        const value = body + tail;
        const started = performance.now();
        re.test(value);
        worst = Math.max(worst, performance.now() - started);
      }
    }
    expect(worst).toBeLessThan(50);
  });

  test('end to end: a 30-character adversarial value is refused by the schema, fast', () => {
    validateAgainstSchema('manifest', {}); // compile first: only validation is timed
    const started = performance.now();
    const problems = validateAgainstSchema('manifest', {
      agent_task: { subject: `${'a:'.repeat(14)}a!`, repository: `${'a'.repeat(29)}!`, capabilities: [`${'a_'.repeat(14)}a!`] },
    });
    expect(performance.now() - started).toBeLessThan(200);
    expect(problems.map((p) => `${p.code} ${p.pointer}`).sort()).toEqual([
      'schema_pattern /agent_task/capabilities/0',
      'schema_pattern /agent_task/repository',
      'schema_pattern /agent_task/subject',
    ]);
  });
});

describe('ajv strict mode and formats', () => {
  const typo = {
    type: 'object',
    properties: { expires_at: { type: 'string', format: 'date-time', maxLength: 64 } },
    additionalProperty: false, // the typo: should be additionalProperties
  };

  test('createAjv() refuses to compile a schema with a typo\'d keyword', () => {
    expect(() => createAjv().compile(typo)).toThrow(/strict mode: unknown keyword: "additionalProperty"/);
  });

  test('strict mode without ajv-formats refuses an unknown format', () => {
    const bare = new Ajv2020({ strict: true });
    expect(() => bare.compile({ type: 'string', format: 'date-time' })).toThrow(/unknown format "date-time"/);
  });

  test('why strict matters: with strict:false both mistakes are silently ignored and garbage validates', () => {
    const loose = new Ajv2020({ strict: false, logger: false });
    const validate = loose.compile(typo);
    expect(validate({ expires_at: 'not-a-date', approval: 'none' })).toBe(true);
  });

  test('createAjv() with the correct schema checks the format and closes the object', () => {
    const { additionalProperty: _typo, ...fixed } = typo;
    const validate = createAjv().compile({ ...fixed, additionalProperties: false });
    expect(validate({ expires_at: '2030-01-01T00:00:00Z' })).toBe(true);
    expect(validate({ expires_at: '2025-13-45T99:99:99Z' })).toBe(false);
    expect(validate({ expires_at: 'not-a-date' })).toBe(false);
    expect(validate({ expires_at: '2030-01-01T00:00:00' })).toBe(false); // no time zone
    expect(validate({ expires_at: '2030-01-01T00:00:00Z', approval: 'none' })).toBe(false);
  });

  test('the options: strict, no coercion, no defaults, nothing removed', () => {
    expect(AJV_OPTIONS).toMatchObject({ strict: true, coerceTypes: false, useDefaults: false, removeAdditional: false, allowUnionTypes: true, validateFormats: true });
    // Union types are there for the evidence schema's nullable fields; the policy and manifest use none.
    expect(JSON.stringify(policySchema)).not.toMatch(/"type":\[/);
    expect(JSON.stringify(manifestSchema)).not.toMatch(/"type":\[/);
    expect(Object.isFrozen(AJV_OPTIONS)).toBe(true);
  });

  test('both schemas compile under createAjv() (strict)', () => {
    const ajv = createAjv();
    expect(() => ajv.compile(policySchema)).not.toThrow();
    expect(() => ajv.compile(manifestSchema)).not.toThrow();
  });
});

const MANIFEST = () => ({
  agent_task: {
    subject: 'ci-agent:pull-request',
    repository: 'payments-api',
    branch_pattern: 'agent/*',
    capabilities: ['read_repository', 'write_branch'],
  },
});
const codesAt = (problems: { code: string; pointer?: string }[]) => problems.map((p) => `${p.code} ${p.pointer}`);

describe('attack: type coercion (there is none)', () => {
  type Task = Record<string, unknown>;
  const cases: [string, (t: Task) => void, string][] = [
    ['capabilities: "write_branch"', (t) => (t.capabilities = 'write_branch'), 'schema_type /agent_task/capabilities'],
    ['deny_default: "false"', (t) => (t.network = { deny_default: 'false' }), 'schema_type /agent_task/network/deny_default'],
    ['deny_default: null', (t) => (t.network = { deny_default: null }), 'schema_type /agent_task/network/deny_default'],
    ['task_id: 12345', (t) => (t.task_id = 12345), 'schema_type /agent_task/task_id'],
    ['denied: "read_secrets"', (t) => (t.denied = 'read_secrets'), 'schema_type /agent_task/denied'],
  ];
  test.each(cases)('manifest %s -> %s', (_label, mutate, expected) => {
    const value = MANIFEST() as unknown as { agent_task: Task };
    mutate(value.agent_task);
    const before = JSON.stringify(value);
    expect(codesAt(validateAgainstSchema('manifest', value))).toEqual([expected]);
    expect(JSON.stringify(value)).toBe(before); // nothing coerced or defaulted in place
  });

  test.each([
    [{ high: { count: '1' } }, 'schema_type /approvals/high/count'],
    [{ high: { count: 1, codeowners: 'false' } }, 'schema_type /approvals/high/codeowners'],
    [{ high: { count: true } }, 'schema_type /approvals/high/count'],
    [{ high: { count: 1.5 } }, 'schema_type /approvals/high/count'],
    [{ high: { count: [1] } }, 'schema_type /approvals/high/count'],
    [{ high: { count: NaN } }, 'schema_type /approvals/high/count'],
    [{ high: { count: Infinity } }, 'schema_type /approvals/high/count'],
    [{ high: { count: 11 } }, 'schema_maximum /approvals/high/count'],
    [{ high: { count: -1 } }, 'schema_minimum /approvals/high/count'],
  ])('policy approvals %j -> %s', (approvals, expected) => {
    const value = { version: 1, approvals };
    const before = JSON.stringify(value);
    expect(codesAt(validateAgainstSchema('policy', value))).toEqual([expected]);
    expect(JSON.stringify(value)).toBe(before);
  });

  test('paths: "**" is not turned into ["**"]', () => {
    expect(codesAt(validateAgainstSchema('policy', { version: 1, capabilities: { write_branch: { paths: '**' } } }))).toEqual(['schema_type /capabilities/write_branch/paths']);
  });

  test('version must be the number 1, not "1"', () => {
    expect(codesAt(validateAgainstSchema('policy', { version: '1' }))).toEqual(['schema_const /version']);
    expect(codesAt(validateAgainstSchema('policy', { version: 2 }))).toEqual(['schema_const /version']);
  });
});

describe('attack: unknown, look-alike and prototype keys (closed schemas)', () => {
  test('__proto__ as an own key is an unknown property (policy root and agent_task); nothing polluted', () => {
    for (const text of ['{"version": 1, "__proto__": {"isAdmin": true}}', 'version: 1\n__proto__: {isAdmin: true}\n']) {
      const r = loadDocument(text, 'p');
      if (!r.ok) throw new Error('load failed');
      expect(codesAt(validateAgainstSchema('policy', r.doc.value))).toEqual(['schema_unknown_property /__proto__']);
    }
    const m = JSON.parse('{"agent_task": {"subject": "a", "repository": "b", "capabilities": [], "__proto__": {"requires_approval": false}}}') as unknown;
    expect(codesAt(validateAgainstSchema('manifest', m))).toEqual(['schema_unknown_property /agent_task/__proto__']);
    expect(({} as { isAdmin?: unknown; requires_approval?: unknown }).isAdmin).toBeUndefined();
    expect(({} as { requires_approval?: unknown }).requires_approval).toBeUndefined();
  });

  test('__proto__ as a subject name is refused by the key pattern (it would replace the subjects table\'s prototype)', () => {
    const r = loadDocument('version: 1\nsubjects:\n  __proto__: {capabilities: [read_repository]}\n', 'p');
    if (!r.ok) throw new Error('load failed');
    expect(codesAt(validateAgainstSchema('policy', r.doc.value))).toEqual(['schema_key_name /subjects/__proto__']);
    expect(codesAt(validateAgainstSchema('manifest', { agent_task: { subject: '__proto__', repository: 'r', capabilities: [] } }))).toEqual([
      'schema_pattern /agent_task/subject',
    ]);
  });

  test('unknown property approval: none', () => {
    const m = MANIFEST() as unknown as { agent_task: Record<string, unknown> };
    m.agent_task.approval = 'none';
    const problems = validateAgainstSchema('manifest', m);
    expect(codesAt(problems)).toEqual(['schema_unknown_property /agent_task/approval']);
    expect(problems[0]!.message).toBe('unknown property "approval" in agent_task');
  });

  test('homoglyph key t\\u0456er (Cyrillic) next to tier: refused, and the message shows the escape', () => {
    const value = { version: 1, capabilities: { write_branch: { tier: 'low', 't\u0456er': 'high' } } };
    expect(Object.keys(value.capabilities.write_branch)).toHaveLength(2);
    const problems = validateAgainstSchema('policy', value);
    expect(codesAt(problems)).toEqual(['schema_unknown_property /capabilities/write_branch/t\u0456er']);
    expect(problems[0]!.message).toBe('unknown property "t\\u0456er" in capabilities.write_branch');
    expect(asciiQuote('t\u0456er')).toBe('"t\\u0456er"');
  });

  test('map keys (capability and subject names) are ASCII only', () => {
    expect(codesAt(validateAgainstSchema('policy', { version: 1, subjects: { 'ci-\u0430gent': { capabilities: [] } } }))).toEqual(['schema_key_name /subjects/ci-\u0430gent']);
    expect(codesAt(validateAgainstSchema('policy', { version: 1, capabilities: { 'writ\u0435_branch': {} } }))).toEqual(['schema_key_name /capabilities/writ\u0435_branch']);
  });

  test('every nested object is closed', () => {
    const probes: [SchemaName, unknown, string][] = [
      ['policy', { version: 1, tiers: { critical: [] } }, '/tiers/critical'],
      ['policy', { version: 1, approvals: { high: { count: 1, bypass: true } } }, '/approvals/high/bypass'],
      ['policy', { version: 1, approvals: { high: { count: 1, reviewers: { bots: [] } } } }, '/approvals/high/reviewers/bots'],
      ['policy', { version: 1, network: { deny: [] } }, '/network/deny'],
      ['policy', { version: 1, subjects: { s: { capabilities: [], admin: true } } }, '/subjects/s/admin'],
      ['policy', { version: 1, capabilities: { x: { paths: [], approval: 'none' } } }, '/capabilities/x/approval'],
      ['manifest', { agent_task: { subject: 's', repository: 'r', capabilities: [], network: { allow_all: true } } }, '/agent_task/network/allow_all'],
      ['manifest', { agent_task: { subject: 's', repository: 'r', capabilities: [] }, paths: ['**'] }, '/paths'],
    ];
    for (const [name, value, pointer] of probes) expect(codesAt(validateAgainstSchema(name, value))).toEqual([`schema_unknown_property ${pointer}`]);
  });
});

describe('attack: numbers and IDs', () => {
  test('a numeric ID is refused where a string is required', () => {
    const m = MANIFEST() as unknown as { agent_task: Record<string, unknown> };
    // A number beyond 2^53 on purpose: an ID that JSON readers would silently round.
    // eslint-disable-next-line no-loss-of-precision
    m.agent_task.task_id = 12345678901234567890;
    expect(codesAt(validateAgainstSchema('manifest', m))).toEqual(['schema_type /agent_task/task_id']);
  });
  test('-0 is accepted as 0 by minimum: 0 (then the semantic checks treat it as 0)', () => {
    expect(validateAgainstSchema('policy', { version: 1, approvals: { medium: { count: -0 } } })).toEqual([]);
  });
});

describe('bounds', () => {
  test.each([
    ['policy', { version: 1, agents: Array.from({ length: 101 }, (_, i) => `a${i}`) }, 'schema_maxItems /agents'],
    ['policy', { version: 1, tiers: { low: ['x'.repeat(513)] } }, 'schema_maxLength /tiers/low/0'],
    ['policy', { version: 1, capabilities: { x: { description: 'd'.repeat(2001) } } }, 'schema_maxLength /capabilities/x/description'],
    ['manifest', { agent_task: { subject: 's', repository: 'r', capabilities: ['read_repository', 'read_repository'] } }, 'schema_uniqueItems /agent_task/capabilities'],
  ] as const)('%s %#: %s', (name, value, expected) => {
    expect(codesAt(validateAgainstSchema(name, value))).toContain(expected);
  });
});

describe('problem count is bounded', () => {
  test(`at most ${MAX_SCHEMA_PROBLEMS} schema problems, then how many more there were`, () => {
    const value = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${i}`, 1]));
    const problems = validateAgainstSchema('manifest', value);
    expect(problems).toHaveLength(MAX_SCHEMA_PROBLEMS + 1);
    expect(problems[MAX_SCHEMA_PROBLEMS]).toEqual({ code: 'too_many_problems', message: '51 more problems not shown', pointer: '' });
  });
});

describe('generated schemas/*.schema.json', () => {
  test.each(Object.keys(SCHEMAS) as SchemaName[])('schemas/%s.schema.json matches src/core/schemas.ts', (name) => {
    const file = readFileSync(join(process.cwd(), 'schemas', `${name}.schema.json`), 'utf8');
    expect(JSON.parse(file)).toEqual(asJson(SCHEMAS[name]));
    expect(file).toBe(`${JSON.stringify(SCHEMAS[name], null, 2)}\n`);
  });
});

describe('examples validate against the schemas', () => {
  test.each([
    ['policy', 'examples/agent-policy.yml'],
    ['manifest', 'examples/seed-manifest.yml'],
    ['manifest', 'examples/manifest-docs.yml'],
    ['manifest', 'examples/manifest-maintenance.yml'],
  ] as const)('%s %s', (name, file) => {
    const r = loadDocument(readFileSync(join(process.cwd(), file)), file);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(validateAgainstSchema(name, r.doc.value)).toEqual([]);
  });
});

describe('attack: policy globs that lint clean but can never match', () => {
  const INVISIBLE = 'glob contains a bidi control or zero-width character, so it can never match a path [glob_invisible_character]';
  test.each([
    ['zero-width space', 'infra/prod\\u200b/**', INVISIBLE],
    ['right-to-left override', 'infra/prod/**\\u202e', INVISIBLE],
    ['word joiner', 'infra/\\u2060prod/**', INVISIBLE],
    ['line separator', 'infra/prod/**\\u2028', 'glob contains a control character [glob_control_character]'],
  ])('%s written as a YAML escape would make the high-tier rule inert -> glob lint error at the glob', (_label, glob, message) => {
    // Accepted, infra/prod/x.tf would fall through to the next rule (or default_tier).
    const text = SMALL_POLICY.replace('high: ["infra/prod/**"]', `high: ["${glob}"]`);
    expect(policyProblems(text)).toEqual([`policy.yml:5:10: "${glob}": ${message}`]);
  });

  test('"*/**/.." and "{**,x}": ".." is refused; a catch-all that only widens a tier stays a policy decision', () => {
    expect(policyProblems(SMALL_POLICY.replace('low: ["docs/**", "tasks/**"]', 'low: ["*/**/.."]'))).toEqual(['policy.yml:7:9: "*/**/..": glob contains a "." or ".." segment [glob_dot_segment]']);
    expect(policyProblems(SMALL_POLICY.replace('high: ["infra/prod/**"]', 'high: ["{**,x}"]'))).toEqual([]);
  });
});

describe('attack: problem messages that forge output lines', () => {
  test('a subject key holding a newline and a fake "valid policy" line cannot forge output lines', async () => {
    const text = `version: 1\nsubjects:\n  "x\\npolicy.yml: valid policy\\n::error::pwned\\u001b[2J":\n    capabilities: 5\n`;
    const problems = policyProblems(text);
    // Quoted raw, the message would read `subjects.x<LF>policy.yml: valid policy<LF>::error::pwned<ESC>[2J.capabilities must be array`.
    expect(problems).toEqual([
      'policy.yml:3:3: key "x\\npolicy.yml: valid policy\\n::error::pwned\\u001b[2J" in subjects is not allowed (must match pattern "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$") [schema_key_name]',
      'policy.yml:4:5: subjects.x\\u000apolicy.yml: valid policy\\u000a::error::pwned\\u001b[2J.capabilities must be array [schema_type]',
    ]);
    for (const p of problems) expect(p).not.toMatch(/[\u0000-\u001f]/);
  });
});
