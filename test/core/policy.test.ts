// Policy parsing: glob lint through the policy located at the list item,
// the semantic checks a schema cannot express, and the documented examples.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadManifest, loadPolicy, manifestViolations } from '../../src/adapters/config.js';
import { MAX_BRACE_EXPANSIONS } from '../../src/core/glob.js';
import { BASELINE_POLICY, parsePolicy, type Policy } from '../../src/core/policy.js';
import type { Problem } from '../../src/core/types.js';

const ROOT = process.cwd();
const read = (rel: string) => readFileSync(join(ROOT, rel));
const at = (p: Problem) => `${p.code}@${p.location?.line}:${p.location?.column}`;

function refused(text: string | Buffer, file = 'policy.yml'): Problem[] {
  const r = loadPolicy(text, file);
  if (r.ok) throw new Error('expected the policy to be refused');
  return r.problems;
}
function accepted(text: string | Buffer, file = 'policy.yml'): Policy {
  const r = loadPolicy(text, file);
  if (!r.ok) throw new Error(`expected a valid policy, got:\n${r.problems.map(formatProblem).join('\n')}`);
  return r.loaded.value;
}
/** A policy whose tiers.low list has `glob` as its second item (line 6, column 7). */
const withLowGlob = (glob: string) => `version: 1\ntiers:\n  high: ["infra/**"]\n  low:\n    - docs/**\n    - ${JSON.stringify(glob)}\n`;

describe('glob lint through the policy, located at the list item', () => {
  test.each([
    ['!src/**', 'glob_negation'],
    ['!src/secrets/**', 'glob_negation'],
    ['#secrets/**', 'glob_comment'],
    ['docs/../**', 'glob_dot_segment'],
    ['./docs/**', 'glob_dot_slash'],
    ['+(docs|.github)/**', 'glob_extglob'],
    ['@(docs)/**', 'glob_extglob'],
    ['!(docs)/**', 'glob_negation'],
    ['docs\\..\\.github\\workflows\\x.yml', 'glob_backslash'],
    ['docs//a.md', 'glob_empty_segment'],
    ['/abs/**', 'glob_absolute'],
    ['docs/', 'glob_trailing_slash'],
    ['{docs,..}/x', 'glob_bad_alternative'],
    ['{docs,}/x', 'glob_bad_alternative'],
    ['src/{1..9}', 'glob_brace_range'],
    ['docs/a\u0007', 'glob_control_character'],
    ['docs/e\u0301', 'glob_not_nfc'],
    ['{a,b}'.repeat(17), 'glob_brace_explosion'],
    // paths-and-globs pass: brace forms that expand unlike their count, `**` inside a segment, classes
    // that depend on case (tier rules are matched folded too).
    ['{{a,b,c,d,e,f,g,h}}'.repeat(6), 'glob_brace_form'],
    ['x{a},b}', 'glob_brace_form'],
    ['**.tf', 'glob_double_star_in_segment'],
    ['infra/**.tf', 'glob_double_star_in_segment'],
    ['[!a]*', 'glob_case_class'],
    ['[[:upper:]]*', 'glob_case_class'],
    ['**/*.jsx?', 'glob_question_mark'],
  ])('%j -> %s at 6:7', (glob, code) => {
    const problems = refused(withLowGlob(glob));
    expect(problems.map(at)).toContain(`${code}@6:7`);
    expect(problems.every((p) => p.location?.line === 6 && p.location.column === 7)).toBe(true);
    expect(problems.find((p) => p.code === code)!.pointer).toBe('/tiers/low/1');
  });

  test('an empty glob is refused by the schema (minLength) at the item', () => {
    expect(refused(withLowGlob('')).map(at)).toEqual(['schema_minLength@6:7']);
  });

  test('flow-style lists are located at the item too', () => {
    const problems = refused('version: 1\ntiers:\n  high: ["infra/**", "!src/**"]\n');
    expect(problems.map(at)).toEqual(['glob_negation@3:22']);
    expect(formatProblem(problems[0]!)).toBe('policy.yml:3:22: "!src/**": negated globs ("!...") are not supported: they match everything else [glob_negation]');
  });

  test('braces are legal in a policy (policies are trusted), but bounded', () => {
    expect(accepted(withLowGlob('{docs,.github}/**')).tiers.low).toEqual(['docs/**', '{docs,.github}/**']);
    expect(MAX_BRACE_EXPANSIONS).toBe(64);
    // 2^6 = 64 alternatives: at the limit. 2^7 = 128: over it.
    expect(accepted(withLowGlob('{a,b}'.repeat(6))).tiers.low).toHaveLength(2);
    expect(refused(withLowGlob('{a,b}'.repeat(7))).map(at)).toEqual(['glob_brace_explosion@6:7']);
    // {a,b} x 17 = 131 072 alternatives, past minimatch's silent 100 000 cap.
    const problems = refused(withLowGlob('{a,b}'.repeat(17)), 'p.yml');
    expect(problems.map(formatProblem)).toEqual([
      `p.yml:6:7: ${JSON.stringify('{a,b}'.repeat(17))}: brace expansion produces more than 64 patterns [glob_brace_explosion]`,
    ]);
  });

  test('globs are linted everywhere a policy holds them', () => {
    const problems = refused(
      [
        'version: 1',
        'protected: ["!x"]',
        'manifests: ["#m"]',
        'capabilities:',
        '  write_branch: { paths: ["docs/../**"] }',
        'subjects:',
        '  "ci-agent:pr":',
        '    capabilities: [write_branch]',
        '    branches: ["agent//x"]',
        '',
      ].join('\n'),
    );
    expect(problems.map(at).sort()).toEqual(['glob_comment@3:13', 'glob_dot_segment@5:27', 'glob_empty_segment@9:16', 'glob_negation@2:13'].sort());
  });

  test('the bad-glob fixtures in the corpus', () => {
    const cases: [string, string][] = [
      ['09-dot-dot-glob.yml', 'glob_dot_segment@7:7'],
      ['10-extglob.yml', 'glob_extglob@7:7'],
      ['12-negated-glob.yml', 'glob_negation@7:7'],
      ['13-comment-glob.yml', 'glob_comment@7:7'],
      ['13-empty-glob.yml', 'schema_minLength@7:7'],
      ['16-brace-explosion.yml', 'glob_brace_explosion@7:7'],
      ['17-backslash-glob.yml', 'glob_backslash@7:7'],
      ['18-double-slash-glob.yml', 'glob_empty_segment@7:7'],
      ['18-trailing-slash-glob.yml', 'glob_trailing_slash@7:7'],
      ['18-absolute-glob.yml', 'glob_absolute@7:7'],
    ];
    for (const [name, expected] of cases) expect(refused(read(`test/fixtures/bad/policy/${name}`), name).map(at)).toContain(expected);
  });
});

describe('policy semantics', () => {
  test('a subject naming an unknown capability', () => {
    const problems = refused('version: 1\nsubjects:\n  "ci-agent:pull-request":\n    capabilities: [read_repository, write_everything]\n');
    expect(problems.map(at)).toEqual(['unknown_capability@4:37']);
    expect(problems[0]!.message).toMatch(/^subject "ci-agent:pull-request" names unknown capability "write_everything"/);
    expect(problems[0]!.pointer).toBe('/subjects/ci-agent:pull-request/capabilities/1');
  });

  test('a capability the policy defines itself is known', () => {
    const p = accepted('version: 1\ncapabilities:\n  touch_infra: { paths: ["infra/**"], tier: high }\nsubjects:\n  s: { capabilities: [touch_infra] }\n');
    expect(p.subjects.s!.capabilities).toEqual(['touch_infra']);
    expect(p.capabilities.touch_infra).toEqual({ name: 'touch_infra', paths: ['infra/**'], tier: 'high', environments: [], commands: [], env: [] });
  });

  test('subject names that are Object.prototype members stay plain data', () => {
    const p = accepted('version: 1\nsubjects:\n  constructor: { capabilities: [read_repository] }\n  toString: { capabilities: [] }\n');
    expect(Object.keys(p.subjects)).toEqual(['constructor', 'toString']);
    expect(Object.getPrototypeOf(p.subjects)).toBe(Object.prototype);
  });

  test('__proto__ as a subject name is refused at its key', () => {
    expect(refused(read('test/fixtures/bad/policy/proto-subject.yml')).map(at)).toEqual(['schema_key_name@3:3']);
  });

  test('approvals.high.count 0 (also -0)', () => {
    expect(refused('version: 1\napprovals:\n  high: { count: 0 }\n').map(at)).toEqual(['approvals_high_zero@3:11']);
    expect(refused('version: 1\napprovals:\n  high: { count: -0 }\n').map(at)).toEqual(['approvals_high_zero@3:11']);
  });

  test('codeowners with count 0', () => {
    const problems = refused('version: 1\napprovals:\n  high: { count: 1 }\n  low: { count: 0, codeowners: true }\n');
    expect(problems.map(at)).toEqual(['approvals_inconsistent@4:10']);
    expect(problems[0]!.message).toBe('approvals.low: codeowners requires at least one approval (count is 0)');
  });

  test('low count above medium, medium above high', () => {
    expect(refused('version: 1\napprovals:\n  high: { count: 2 }\n  medium: { count: 1 }\n  low: { count: 2 }\n').map(at)).toEqual(['approvals_inconsistent@5:10']);
    expect(refused('version: 1\napprovals:\n  high: { count: 1 }\n  medium: { count: 2 }\n').map(at)).toEqual(['approvals_inconsistent@4:13']);
    // An omitted high rule defaults to one approval, so medium 2 is above it.
    expect(refused('version: 1\napprovals:\n  medium: { count: 2 }\n').map(at)).toEqual(['approvals_inconsistent@3:13']);
  });

  test('an omitted approvals.high still needs one human', () => {
    const p = accepted('version: 1\n');
    expect(p.approvals.high.count).toBe(1);
    expect(p.approvals.medium.count).toBe(0);
    expect(p.defaultTier).toBe('high');
    expect(p.origin).toBe('policy');
  });

  test.each([
    ['"*.com"', 'invalid_host', /at least two labels/],
    ['"*"', 'invalid_host', /wildcard is only allowed as a leading/],
    ['"*.*.example.com"', 'schema_pattern', null],
    ['"a..example.com"', 'invalid_host', /not a valid hostname/],
    ['"-a.example.com"', 'schema_pattern', null],
    ['"a-.example.com"', 'invalid_host', /not a valid hostname/],
    ['"exa_mple.com"', 'schema_pattern', null],
    ['"https://example.com"', 'schema_pattern', null],
    ['"example.com."', 'invalid_host', /not a valid hostname/],
    [`"${'a'.repeat(64)}.com"`, 'invalid_host', /not a valid hostname/],
  ])('network host %s -> %s at the item', (host, code, message) => {
    const problems = refused(`version: 1\nnetwork:\n  allow:\n    - registry.npmjs.org\n    - ${host}\n`);
    expect(problems.map(at)).toEqual([`${code}@5:7`]);
    if (message) expect(problems[0]!.message).toMatch(message);
  });

  test('valid hosts and wildcards', () => {
    expect(accepted('version: 1\nnetwork:\n  allow: [registry.npmjs.org, "*.pkg.example.com", LOCALHOST, 10.0.0.1]\n').network.allow).toHaveLength(4);
  });

  test('capabilities that can never be a token permission cannot grant paths', () => {
    expect(refused('version: 1\ncapabilities:\n  read_secrets: { paths: ["**"] }\n').map(at)).toEqual(['capability_paths_not_allowed@3:19']);
  });

  test('the policy corpus: codes and locations', () => {
    const cases: [string, string[]][] = [
      ['90-homoglyph-key.yml', ['schema_unknown_property@7:5']],
      ['92-coercion-count-string.yml', ['schema_type@3:11']],
      ['92-coercion-codeowners-string.yml', ['schema_type@3:21']],
      ['92-coercion-paths-string.yml', ['schema_type@3:19']],
      ['94-nan-count.yml', ['yaml_number_nonfinite@3:18']],
      ['94-inf-count.yml', ['yaml_number_nonfinite@3:18']],
      ['unknown-capability.yml', ['unknown_capability@4:37']],
      ['approvals-high-zero.yml', ['approvals_high_zero@3:11']],
      ['codeowners-count-zero.yml', ['approvals_inconsistent@4:13']],
      ['approvals-low-above-medium.yml', ['approvals_inconsistent@5:10']],
      ['invalid-host.yml', ['invalid_host@3:31']],
    ];
    for (const [name, expected] of cases) expect(refused(read(`test/fixtures/bad/policy/${name}`), name).map(at)).toEqual(expected);
  });

  test('parsePolicy refuses non-objects', () => {
    for (const v of [null, [], 'version: 1', 1, undefined]) {
      const r = parsePolicy(v);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]!.code).toBe('schema_type');
    }
  });

  test('the built-in baseline is frozen and needs a human for high risk', () => {
    expect(Object.isFrozen(BASELINE_POLICY)).toBe(true);
    expect(BASELINE_POLICY.origin).toBe('baseline');
    expect(BASELINE_POLICY.approvals.high.count).toBeGreaterThanOrEqual(1);
  });
});

describe('documented examples', () => {
  test('the reference policy (test/fixtures/design-policy.yml) is valid', () => {
    const p = accepted(read('test/fixtures/design-policy.yml'), 'design-policy.yml');
    expect(p.defaultTier).toBe('high');
    expect(p.agents).toEqual(['*[bot]', 'Copilot', 'ci-agent']);
    expect(p.tiers.high).toEqual(['.github/**', 'infra/prod/**', '**/*.tf']);
    expect(p.subjects['ci-agent:pull-request']).toEqual({
      name: 'ci-agent:pull-request',
      capabilities: ['read_repository', 'write_branch', 'run_tests', 'open_pull_request'],
      branches: ['agent/*'],
      repositories: [],
    });
    expect(p.approvals.high).toMatchObject({ count: 1, codeowners: true });
    expect(p.approvals.medium).toMatchObject({ count: 1, codeowners: false });
    expect(p.approvals.low.count).toBe(0);
    expect(p.capabilities.deploy_environment).toEqual({ name: 'deploy_environment', paths: [], tier: 'high', environments: ['staging'], commands: [], env: [] });
    expect(p.network.allow).toEqual(['registry.npmjs.org']);
  });

  test('the reference policy is still the design document\'s example, where that document is beside the repository', () => {
    // The design document is kept beside the repository, not in it; without it there is nothing to compare.
    const design = join(ROOT, '..', 'shared', 'DESIGN.md');
    if (!existsSync(design)) return;
    const text = readFileSync(design, 'utf8');
    const start = text.indexOf('```yaml', text.indexOf('### Policy'));
    const block = text.slice(text.indexOf('\n', start) + 1, text.indexOf('```', start + 7));
    expect(read('test/fixtures/design-policy.yml').toString('utf8')).toBe(block);
  });

  test('examples/agent-policy.yml is valid', () => {
    const p = accepted(read('examples/agent-policy.yml'), 'examples/agent-policy.yml');
    expect(Object.keys(p.subjects)).toEqual(['ci-agent:pull-request', 'ci-agent:maintenance', 'docs-bot:pull-request']);
  });

  test('the seed manifest is valid as written and valid against examples/agent-policy.yml', () => {
    const policy = accepted(read('examples/agent-policy.yml'));
    const m = loadManifest(read('examples/seed-manifest.yml'), 'examples/seed-manifest.yml');
    if (!m.ok) throw new Error(m.problems.map(formatProblem).join('\n'));
    expect(m.loaded.value).toEqual({
      subject: 'ci-agent:pull-request',
      repository: 'payments-api',
      branchPattern: 'agent/*',
      capabilities: ['read_repository', 'write_branch', 'run_tests', 'open_pull_request'],
      denied: ['read_secrets', 'deploy_environment', 'modify_policy'],
      network: { allow: ['package-registry.internal', 'security-scanner.internal'], denyDefault: true },
    });
    expect(manifestViolations(m.loaded, policy)).toEqual([]);
    expect(manifestViolations(m.loaded, policy, { repository: 'acme/payments-api', branch: 'agent/fix-123', now: new Date('2026-01-01T00:00:00Z') })).toEqual([]);
  });

  test('the seed manifest is not within the reference policy (its network hosts are not allowed there)', () => {
    const policy = accepted(read('test/fixtures/design-policy.yml'));
    const m = loadManifest(read('examples/seed-manifest.yml'), 'seed.yml');
    if (!m.ok) throw new Error('unexpected');
    expect(manifestViolations(m.loaded, policy).map(at)).toEqual(['network_host_not_allowed@8:13', 'network_host_not_allowed@8:40']);
  });

  test('the other example manifests are valid against examples/agent-policy.yml', () => {
    const policy = accepted(read('examples/agent-policy.yml'));
    for (const f of ['examples/manifest-docs.yml', 'examples/manifest-maintenance.yml']) {
      const m = loadManifest(read(f), f);
      if (!m.ok) throw new Error(m.problems.map(formatProblem).join('\n'));
      expect(manifestViolations(m.loaded, policy)).toEqual([]);
    }
  });
});
