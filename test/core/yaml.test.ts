// The one YAML/JSON loader (src/core/yaml.ts) and the policy and manifest loaders on top of it: a
// document that could mean one thing to the parser and another to the person who reviewed it (aliases,
// tags, YAML 1.1 readings, duplicate keys, hidden or line-splitting characters, huge or deep input) is
// refused. Every refusal is asserted by its code and its FILE:LINE:COLUMN, never just "fails".

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { loadManifest, loadPolicy } from '../../src/adapters/config.js';
import { loadDocument, MAX_DEPTH, MAX_DOCUMENT_BYTES, MAX_PROBLEMS, type LoadResult } from '../../src/core/yaml.js';
import type { Problem } from '../../src/core/types.js';
import { MANIFEST, manifestProblems, POLICY, policyProblems } from '../support/documents.js';

const BAD = join(process.cwd(), 'test', 'fixtures', 'bad');

/** `CODE@LINE:COLUMN` of every problem, in order. */
function where(result: LoadResult): string[] {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.doc.value)}`);
  return result.problems.map(at);
}
function at(p: Problem): string {
  return `${p.code}@${p.location?.line}:${p.location?.column}`;
}
function value(result: LoadResult): unknown {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problems)}`);
  return result.doc.value;
}
const load = (text: string | Buffer, file = 'doc.yml') => loadDocument(text, file);
const fixture = (name: string) => readFileSync(join(BAD, name));

describe('attack: alias bomb (billion laughs)', () => {
  test('the 236-byte, 9^7-leaf document is refused at its first anchor and alias, without expansion', () => {
    const bytes = fixture('manifest/80-alias-bomb.yml');
    expect(bytes.length).toBe(236);
    const started = performance.now();
    const r = load(bytes, 'bomb.yml');
    expect(performance.now() - started).toBeLessThan(200);
    const codes = where(r);
    expect(codes[0]).toBe('yaml_anchor@1:7');
    expect(codes).toContain('yaml_alias@2:8');
    // 6 anchors plus 6 x 9 aliases: each reported once, nothing expanded.
    expect(codes.filter((c) => c.startsWith('yaml_alias@'))).toHaveLength(54);
    expect(codes.filter((c) => c.startsWith('yaml_anchor@'))).toHaveLength(7);
    if (!r.ok) expect(r.problems.every((p) => p.location?.file === 'bomb.yml')).toBe(true);
  });

  test('an alias alone (no anchor in this file) is refused', () => {
    expect(where(load('a: 1\nb: *x\n'))).toEqual(['yaml_alias@2:4']);
  });
});

describe('attack: deep nesting never crashes the process, even parsed twice', () => {
  const flow = (n: number) => `agent_task: ${'['.repeat(n)}${']'.repeat(n)}\n`;

  test('a 20 kB [[[...]]] document parsed twice in one process is refused both times', () => {
    const doc = flow(10_000);
    expect(doc.length).toBeGreaterThan(20_000);
    // `agent_task: ` is 12 columns; the 33rd bracket is column 45.
    for (let i = 0; i < 2; i++) expect(where(load(doc))).toEqual([`yaml_too_deep@1:${12 + MAX_DEPTH + 1}`]);
  });

  test('100 000-deep flow nesting is refused quickly, twice', () => {
    for (let i = 0; i < 2; i++) {
      const started = performance.now();
      expect(where(load(flow(100_000)))).toEqual(['yaml_too_deep@1:45']);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  // A bracket pre-scan alone does not see block nesting, and the parser's own recursion on a 2 kB
  // `- - - ...` line, parsed a second time, aborts Node ("RegExpCompiler Allocation failed").
  test.each([
    ['block sequences', (n: number) => `${'- '.repeat(n)}x\n`, [1000, 100_000]],
    ['explicit keys', (n: number) => `${'? '.repeat(n)}x\n`, [1000, 100_000]],
    // Indentation grows quadratically here, so 300 levels are already 90 kB.
    ['sequences of maps', (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- k:`).join('\n') + ' x\n', [300]],
  ] as const)('deep %s are refused, each size twice in one process', (_name, make, sizes) => {
    for (const n of sizes) {
      for (let i = 0; i < 2; i++) {
        const codes = where(load(make(n)));
        expect(codes).toHaveLength(1);
        expect(codes[0]).toMatch(/^yaml_too_deep@\d+:\d+$/);
      }
    }
    // One level is two columns (`- ` or `? `): the limit is passed on line 1 near column 2 x 34.
    if (_name !== 'sequences of maps') expect(where(load(make(1000)))).toEqual(['yaml_too_deep@1:69']);
  });

  test('the block fixture is refused at the line and column where the limit is passed', () => {
    expect(where(load(fixture('manifest/81-deep-block-nesting.yml')))).toEqual(['yaml_too_deep@3:67']);
    for (let i = 0; i < 2; i++) expect(where(load(fixture('manifest/81-deep-block-sequence.yml')))).toEqual(['yaml_too_deep@1:69']);
  });

  test('32 levels are accepted; 34 are refused (flow and block)', () => {
    const ok = (n: number) => '['.repeat(n - 1) + '1' + ']'.repeat(n - 1);
    expect(load(`a: ${ok(MAX_DEPTH)}\n`).ok).toBe(true);
    expect(load(`${'- '.repeat(MAX_DEPTH)}1\n`).ok).toBe(true);
    expect(where(load(`${'- '.repeat(MAX_DEPTH + 2)}1\n`))[0]).toMatch(/^yaml_too_deep@1:/);
    expect(where(load(`a: ${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}\n`))[0]).toBe(`yaml_too_deep@1:${3 + MAX_DEPTH + 1}`);
    // Indentation-only nesting (no compact notation).
    const indented = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
    expect(load(indented(MAX_DEPTH)).ok).toBe(true);
    expect(where(load(indented(MAX_DEPTH + 2)))[0]).toMatch(/^yaml_too_deep@3[4-5]:/);
  });

  test('brackets inside strings count too (the pre-scan only ever refuses more)', () => {
    expect(where(load(`description: "${'['.repeat(40)}"\n`))).toEqual([`yaml_too_deep@1:${15 + MAX_DEPTH}`]);
  });
});

describe('attack: duplicate keys', () => {
  test('YAML: the second key is refused where it stands', () => {
    expect(where(load('tier: high\ntier: low\n'))).toEqual(['yaml_duplicate_key@2:1']);
    expect(where(load(fixture('manifest/82-duplicate-keys.yml')))).toEqual(['yaml_duplicate_key@8:3']);
  });
  test('quoted and plain spellings of one key are the same key', () => {
    expect(where(load('a: 1\n"a": 2\n'))).toEqual(['yaml_duplicate_key@2:1']);
    expect(where(load("a: 1\n'a': 2\n"))).toEqual(['yaml_duplicate_key@2:1']);
  });
  test('nested and flow maps', () => {
    expect(where(load('x:\n  approval: required\n  approval: none\n'))).toEqual(['yaml_duplicate_key@3:3']);
    expect(where(load('x: {b: 1, b: 2}\n'))).toEqual(['yaml_duplicate_key@1:11']);
  });
  test('JSON: refused too (JSON.parse would silently keep the last)', () => {
    const json = '{"tier":"high","tier":"low"}';
    expect((JSON.parse(json) as { tier: string }).tier).toBe('low');
    expect(where(load(json, 'x.json'))).toEqual(['yaml_duplicate_key@1:16']);
    expect(where(load(fixture('manifest/82-duplicate-keys.json'), 'x.json'))).toEqual(['yaml_duplicate_key@3:3']);
  });
  test('a map of many distinct keys loads in linear time (the parser\'s own check was quadratic: 26k keys took 5 s)', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: 1\n`).join('');
    const time = (text: string) => {
      const started = performance.now();
      expect(load(text).ok).toBe(true);
      return performance.now() - started;
    };
    const small = keys(6_500);
    const large = keys(26_000); // about 250 kB
    expect(Buffer.byteLength(large)).toBeLessThan(MAX_DOCUMENT_BYTES);
    time(small);
    const ts = Math.min(time(small), time(small));
    const tl = Math.min(time(large), time(large));
    // 4 x the keys: about 4-6 x the time when linear, about 14 x with the quadratic check.
    expect(tl / ts).toBeLessThan(10);
  });
});

describe('attack: YAML 1.1 readings (the loader is YAML 1.2 core)', () => {
  test('on/yes/NO/off stay strings and `on:` stays the key "on"', () => {
    expect(value(load('on: NO\nyes: off\ncountry: NO\n'))).toEqual({ on: 'NO', yes: 'off', country: 'NO' });
  });
  test('0777 is 777, 12:30:00 and 2025-01-01 stay strings (no octal, sexagesimal or Date)', () => {
    const v = value(load('a: 0777\nb: 12:30:00\nc: 2025-01-01\nd: 2025-01-01T10:00:00Z\ne: 0o17\n')) as Record<string, unknown>;
    expect(v).toEqual({ a: 777, b: '12:30:00', c: '2025-01-01', d: '2025-01-01T10:00:00Z', e: 15 });
    expect(Object.values(v).some((x) => x instanceof Date)).toBe(false);
  });
  test('a %YAML 1.1 directive does not switch to 1.1 semantics', () => {
    expect(value(load('%YAML 1.1\n---\non: NO\nn: 0777\n'))).toEqual({ on: 'NO', n: 777 });
  });
  // The schema then refuses the type mismatches (fixtures 83-*, located at the key).
  test.each([
    ['83-yaml11-on-key.yml', 'schema_unknown_property@7:1'],
    ['83-yaml11-no-boolean.yml', 'schema_type@9:5'],
    ['83-yaml11-octal.yml', 'schema_type@7:3'],
    ['83-yaml11-timestamp.yml', 'schema_format@7:3'],
    ['83-yaml11-sexagesimal.yml', 'schema_format@7:3'],
  ])('%s is refused by the manifest schema: %s', (name, expected) => {
    const r = loadManifest(fixture(`manifest/${name}`), name);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(at)).toEqual([expected]);
  });
});

describe('attack: tags are refused, whether resolved or not', () => {
  test.each([
    ['a: !!js/function "function () {}"\n', 'yaml_warning@1:4'],
    ['a: !custom x\n', 'yaml_warning@1:4'],
    ['%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n', 'yaml_warning@3:4'],
    ['a: !!binary aGVsbG8=\n', 'yaml_tag@1:13'],
    ['a: !!str 1\n', 'yaml_tag@1:10'],
    ['a: !!int "1"\n', 'yaml_tag@1:10'],
    ['a: !!map {b: 1}\n', 'yaml_tag@1:10'],
    ['!!str k: v\n', 'yaml_tag@1:7'],
  ])('%j -> %s', (text, expected) => {
    expect(where(load(text))).toEqual([expected]);
  });
  test('fixtures', () => {
    expect(where(load(fixture('manifest/85-js-function-tag.yml')))).toEqual(['yaml_warning@6:16']);
    expect(where(load(fixture('manifest/85-custom-tag.yml')))).toEqual(['yaml_warning@2:12']);
    expect(where(load(fixture('manifest/85-binary-tag.yml')))).toEqual(['yaml_tag@6:25']);
  });
  test('the refusal does not depend on the message: the problem is a warning the parser only logs', () => {
    const doc = parseDocument('a: !custom x\n');
    expect(doc.errors).toHaveLength(0);
    expect(doc.warnings.length).toBeGreaterThan(0);
    expect(doc.toJS()).toEqual({ a: 'x' });
  });
});

describe('attack: syntax errors are refused even when toJS() still gives an object', () => {
  test('a: [1, 2 / b: 3', () => {
    const text = 'a: [1, 2\nb: 3\n';
    const doc = parseDocument(text);
    expect(doc.errors.length).toBeGreaterThan(0);
    expect(doc.toJS()).toEqual({ a: [1, 2], b: 3 });
    expect(where(load(text))).toEqual(['yaml_syntax@2:1']);
  });
  test('fixture', () => {
    expect(where(load(fixture('manifest/87-syntax-error.yml')))).toEqual(['yaml_syntax@7:3']);
  });
  test.each([
    ['a: b: c\n', 'yaml_syntax@1:4'],
    ['a:\n\t- b\n', 'yaml_syntax@2:1'],
    ['"unterminated\n', 'yaml_syntax@2:1'],
  ])('%j -> %s', (text, expected) => {
    expect(where(load(text))[0]).toBe(expected);
  });
});

describe('attack: prototype pollution (__proto__ is an own key)', () => {
  test('the loaded object keeps Object.prototype and holds __proto__ as data', () => {
    const v = value(load('__proto__: {polluted: yes}\nsafe: 1\n')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(v, '__proto__')).toBe(true);
    expect(Object.keys(v)).toEqual(['__proto__', 'safe']);
    expect((v as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
  test('constructor/prototype keys are plain data too', () => {
    const v = value(load('constructor: {prototype: {polluted: yes}}\n')) as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(v, 'constructor')).toBe(true);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('attack: numbers (non-finite, beyond 2^53)', () => {
  test.each([
    ['count: .nan\n', 'yaml_number_nonfinite@1:8'],
    ['count: .NaN\n', 'yaml_number_nonfinite@1:8'],
    ['count: .inf\n', 'yaml_number_nonfinite@1:8'],
    ['count: -.Inf\n', 'yaml_number_nonfinite@1:8'],
    ['count: 1e400\n', 'yaml_number_nonfinite@1:8'],
    ['pull_number: 12345678901234567890\n', 'yaml_number_precision@1:14'],
    ['pull_number: 9007199254740993\n', 'yaml_number_precision@1:14'],
    ['pull_number: -9007199254740993\n', 'yaml_number_precision@1:14'],
    ['pull_number: 0x20000000000001\n', 'yaml_number_precision@1:14'],
  ])('%j -> %s', (text, expected) => {
    expect(where(load(text))).toEqual([expected]);
  });
  test('the largest safe integers and quoted IDs are fine', () => {
    expect(value(load('a: 9007199254740991\nb: -9007199254740991\nc: "12345678901234567890"\nd: 1.5\n'))).toEqual({
      a: 9007199254740991,
      b: -9007199254740991,
      c: '12345678901234567890',
      d: 1.5,
    });
  });
  test('the big-integer fixture', () => {
    expect(where(load(fixture('manifest/95-big-integer.yml')))).toEqual(['yaml_number_precision@7:12']);
  });
});

describe('size, documents, encoding', () => {
  test('more than 256 KiB is refused before parsing', () => {
    const big = `a: "${'x'.repeat(MAX_DOCUMENT_BYTES)}"\n`;
    expect(where(load(big))).toEqual(['yaml_too_large@1:1']);
    expect(where(load(Buffer.from(big)))).toEqual(['yaml_too_large@1:1']);
    // Bytes, not characters: 100k three-byte characters are 300 kB.
    expect(where(load(`a: ${'€'.repeat(100_000)}\n`))).toEqual(['yaml_too_large@1:1']);
  });
  test('exactly 256 KiB is accepted', () => {
    const head = 'a: ';
    const text = `${head}${'x'.repeat(MAX_DOCUMENT_BYTES - head.length - 1)}\n`;
    expect(Buffer.byteLength(text)).toBe(MAX_DOCUMENT_BYTES);
    expect(load(text).ok).toBe(true);
  });
  test('several documents are refused at the second one', () => {
    expect(where(load('a: 1\n---\nb: 2\n'))).toEqual(['yaml_multiple_documents@2:1']);
    expect(where(load('a: 1\n...\n---\nb: 2\n'))).toEqual(['yaml_multiple_documents@3:1']);
    expect(where(load(fixture('manifest/multiple-documents.yml')))).toEqual(['yaml_multiple_documents@6:1']);
  });
  test.each([[''], ['\n\n'], ['# only a comment\n'], ['   ']])('empty file %j', (text) => {
    expect(where(load(text))).toEqual(['yaml_empty@1:1']);
  });
  test('a lone `---` or `null` is not a mapping: loaded as null (the schemas refuse it)', () => {
    expect(value(load('---\n'))).toBeNull();
    expect(value(load('null\n'))).toBeNull();
  });
  test('non-UTF-8 bytes are refused', () => {
    expect(where(load(Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a])))).toEqual(['yaml_encoding@1:1']);
    expect(where(load(fixture('manifest/non-utf8.yml')))).toEqual(['yaml_encoding@1:1']);
    // An overlong encoding of "/" and a lone surrogate.
    expect(where(load(Buffer.from([0x61, 0x3a, 0x20, 0xc0, 0xaf])))).toEqual(['yaml_encoding@1:1']);
    expect(where(load(Buffer.from([0x61, 0x3a, 0x20, 0xed, 0xa0, 0x80])))).toEqual(['yaml_encoding@1:1']);
  });
  test('a UTF-8 byte order mark is dropped; positions stay right', () => {
    expect(value(load(Buffer.from('\ufeffa: 1\n', 'utf8')))).toEqual({ a: 1 });
    expect(where(load(Buffer.from('\ufeffa: 1\na: 2\n', 'utf8')))).toEqual(['yaml_duplicate_key@2:1']);
  });
});

describe('anchors, merge keys, non-string keys', () => {
  test.each([
    // Anchors are located at the node that carries them (just after `&name`).
    ['a: &x 1\n', 'yaml_anchor@1:7'],
    ['a: &x {b: 1}\n', 'yaml_anchor@1:7'],
    ['&k a: 1\n', 'yaml_anchor@1:4'],
    ['b:\n  <<: {p: 1}\n', 'yaml_merge_key@2:3'],
    ['1: a\n', 'yaml_key_type@1:1'],
    ['null: a\n', 'yaml_key_type@1:1'],
    ['~: a\n', 'yaml_key_type@1:1'],
    ['true: a\n', 'yaml_key_type@1:1'],
    ['1.5: a\n', 'yaml_key_type@1:1'],
    [': a\n', 'yaml_key_type@1:1'],
    ['? [a]\n: b\n', 'yaml_key_type@1:3'],
    ['? {a: 1}\n: b\n', 'yaml_key_type@1:3'],
    ['{[a]: b}\n', 'yaml_key_type@1:2'],
  ])('%j -> %s', (text, expected) => {
    expect(where(load(text))).toEqual([expected]);
  });
  test('merge key with an alias: both the anchor and the merge key are reported', () => {
    expect(where(load(fixture('manifest/merge-key.yml')))).toEqual(['yaml_anchor@2:3', 'yaml_merge_key@4:3']);
  });
  test('"<<" quoted is an ordinary key under YAML 1.2 core with merge off', () => {
    expect(where(load('"<<": 1\n'))).toEqual(['yaml_merge_key@1:1']);
  });
  test('anchor without any alias', () => {
    expect(where(load(fixture('manifest/anchor-without-alias.yml')))).toEqual(['yaml_anchor@2:3']);
  });
});

describe('JSON through the same loader', () => {
  test('{"version": 1} is a valid policy', () => {
    const r = loadPolicy('{"version": 1}', 'policy.json');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.loaded.value.version).toBe(1);
  });
  test('JSON with duplicate keys is refused at the duplicate', () => {
    const r = loadPolicy('{\n  "version": 1,\n  "version": 1\n}\n', 'policy.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(at)).toEqual(['yaml_duplicate_key@3:3']);
  });
  test('JSON values load exactly', () => {
    expect(value(load('{"a": [1, "2", true, null, {"b": 1.5}], "c": "x\\u0041"}', 'x.json'))).toEqual({ a: [1, '2', true, null, { b: 1.5 }], c: 'xA' });
  });
});

describe('locate(pointer)', () => {
  test('points at a property\'s key, an item, or the nearest located ancestor', () => {
    const r = load('a:\n  b: [x, y]\n  "c/d": {e~f: 1}\n');
    if (!r.ok) throw new Error('unexpected');
    expect(r.doc.locate('/a/b')).toEqual({ file: 'doc.yml', line: 2, column: 3 });
    expect(r.doc.locate('/a/b/1')).toEqual({ file: 'doc.yml', line: 2, column: 10 });
    expect(r.doc.locate('/a/c~1d/e~0f')).toEqual({ file: 'doc.yml', line: 3, column: 11 });
    expect(r.doc.locate('/a/missing/deeper')).toEqual({ file: 'doc.yml', line: 1, column: 1 });
    expect(r.doc.locate('')).toEqual({ file: 'doc.yml', line: 1, column: 1 });
  });
});

describe('problem count is bounded', () => {
  test(`at most ${MAX_PROBLEMS} problems are reported, then how many more there were`, () => {
    const r = load(`a:\n${'  - !t x\n'.repeat(250)}`);
    const codes = where(r);
    expect(codes).toHaveLength(MAX_PROBLEMS + 1);
    expect(codes[0]).toBe('yaml_warning@2:5');
    expect(codes[MAX_PROBLEMS]).toBe('too_many_problems@1:1');
    if (!r.ok) expect(r.problems[MAX_PROBLEMS]!.message).toBe('150 more problems not shown');
  });
  test('the same for problems found while converting (aliases)', () => {
    const r = load(`a: &a x\nb: [${Array(120).fill('*a').join(', ')}]\n`);
    const codes = where(r);
    expect(codes).toHaveLength(MAX_PROBLEMS + 1);
    expect(codes[MAX_PROBLEMS]).toBe('too_many_problems@1:1');
    if (!r.ok) expect(r.problems[MAX_PROBLEMS]!.message).toBe('21 more problems not shown');
  });
});

describe('every bad input is answered quickly and never throws', () => {
  test.each([
    ['aliases', () => `a: &a x\nb: [${Array(60_000).fill('*a').join(', ')}]\n`],
    ['tags', () => 'a:\n' + '  - !t x\n'.repeat(28_000)],
    ['syntax errors', () => 'a: b: c\n'.repeat(30_000)],
    ['brackets', () => '['.repeat(200_000)],
    ['unterminated quote', () => `a: "${'x'.repeat(200_000)}`],
  ])('%s (about 250 kB)', (_name, make) => {
    const text = make();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);
    const started = performance.now();
    const r = load(text);
    // About 0.3-0.9 s on an idle machine; the bound only catches a runaway (the CLI test times the real thing).
    expect(performance.now() - started).toBeLessThan(8000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
  });
});

describe("aliases: 'expand' (GitHub workflow semantics, same loader)", () => {
  const expand = (text: string, opts: Record<string, number> = {}) => loadDocument(text, 'wf.yml', { aliases: 'expand', ...opts });
  test('anchors and aliases are expanded into plain values', () => {
    const r = expand('defaults: &d {runs-on: ubuntu-latest}\njobs:\n  a: *d\n  b: *d\n');
    expect(r.ok && r.doc.value).toEqual({ defaults: { 'runs-on': 'ubuntu-latest' }, jobs: { a: { 'runs-on': 'ubuntu-latest' }, b: { 'runs-on': 'ubuntu-latest' } } });
  });
  test('an alias bomb is refused by the expansion budget', () => {
    const bomb = 'a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    const r = expand(bomb);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => p.code)).toContain('yaml_too_many_aliases');
  });
  test('the node budget holds even with few aliases', () => {
    const r = expand(`a: &a [${Array(200).fill(1).join(',')}]\nb: [*a, *a, *a]\n`, { maxNodes: 500 });
    expect(!r.ok && r.problems[0]!.code).toBe('yaml_too_many_nodes');
  });
  test('a cyclic alias is refused', () => {
    const r = expand('a: &a\n  b: *a\n');
    expect(!r.ok && r.problems.map((p) => p.code)).toContain('yaml_alias_cycle');
  });
  test('merge keys, tags and duplicate keys stay refused', () => {
    expect(!expand('a: &a {x: 1}\nb:\n  <<: *a\n').ok).toBe(true);
    expect(!expand('a: !!str 1\n').ok).toBe(true);
    expect(!expand('a: 1\na: 2\n').ok).toBe(true);
  });
});

describe('attack: characters that split or hide lines', () => {
  test('lone CR: "# note<CR>  denied: [write_branch]" is a comment to the parser and a key to every editor -> invalid at the CR', () => {
    // Accepted, the reviewer's `denied: [write_branch]` would silently not be there.
    const text = `agent_task:\n  subject: ci-agent:pull-request\n  repository: acme/payments-api # pinned\r  denied: [write_branch]\n  capabilities: [write_branch]\n`;
    expect(manifestProblems(text)).toEqual([
      'task.yml:3:41: a carriage return not followed by a line feed (a line break to other readers, not to this parser) is not allowed [yaml_control_character]',
    ]);
  });

  test('CRLF line ends stay valid and locations stay right (line and column of the key)', () => {
    const text = MANIFEST('  network:\n    allow: [evil.example]\n').replace(/\n/g, '\r\n');
    const r = loadManifest(text, 'task.yml');
    expect(r.ok).toBe(true);
    // A schema problem on a CRLF document is located as on the LF one.
    expect(manifestProblems(text.replace('capabilities: [', 'capabilities: 5 #['))).toEqual(manifestProblems(text.replace(/\r\n/g, '\n').replace('capabilities: [', 'capabilities: 5 #[')));
    expect(manifestProblems(text.replace('capabilities: [', 'capabilities: 5 #['))[0]).toMatch(/^task\.yml:5:3: agent_task\.capabilities must be array \[schema_type\]$/);
  });

  test.each([
    ['NUL', '\u0000', 'U+0000'],
    ['ESC (terminal escape sequences)', '\u001b', 'U+001B'],
    ['NEL (a line break in YAML 1.1)', '\u0085', 'U+0085'],
    ['LINE SEPARATOR (a line break in YAML 1.1)', '\u2028', 'U+2028'],
  ])('raw %s in a value: YAML forbids it, the parser kept it -> invalid at the character', (_label, ch, name) => {
    const text = MANIFEST(`  description: "safe${ch}text"\n`);
    expect(manifestProblems(text)).toEqual([`task.yml:7:21: control character ${name} is not allowed [yaml_control_character]`]);
  });

  test('Trojan Source: a bidi override in a policy line reorders what the reviewer sees -> invalid at the character', () => {
    const text = POLICY.replace('high: ["infra/prod/**"]', 'high: ["infra/prod/**"] # \u202e ]"**/dorp/arfni"[ :hgih');
    expect(policyProblems(text)).toEqual([
      'policy.yml:5:29: invisible or bidi character U+202E is not allowed (it hides or reorders text for the reviewer) [yaml_invisible_character]',
    ]);
  });

  test('a BOM after the start of the file (a key "\\ufeffagents") is refused where it is, not as an unknown key', () => {
    expect(policyProblems(`version: 1\n\ufeffagents: []\n`)).toEqual([
      'policy.yml:2:1: invisible or bidi character U+FEFF is not allowed (it hides or reorders text for the reviewer) [yaml_invisible_character]',
    ]);
    // A leading BOM is still fine.
    expect(policyProblems(`\ufeff${POLICY}`)).toEqual([]);
  });
});
