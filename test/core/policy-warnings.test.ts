// validate's warnings: policy rules that can never take effect, or that lower files tools load by
// name, each with the pointer of the rule and the reason. Real policies through the real parser.

import { parsePolicy, type Policy } from '../../src/core/policy.js';
import { examplePaths, policyWarnings } from '../../src/core/policy-warnings.js';

function policy(doc: Record<string, unknown>): Policy {
  const r = parsePolicy({ version: 1, ...doc });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.policy;
}

const codes = (p: Policy) => policyWarnings(p).map((w) => `${w.code} ${w.pointer}`);

describe('policyWarnings', () => {
  test('the baseline-like policy and a plain one have none', () => {
    expect(policyWarnings(policy({ default_tier: 'medium', tiers: { low: ['docs/**', '**/*.md', 'src/**', 'test/**'] } }))).toEqual([]);
  });

  test('a low or medium rule on protected paths never lowers them, and says how to exempt one file', () => {
    const p = policy({ tiers: { low: ['.github/workflows/docs.yml', 'docs/**'], medium: ['.github/**'] } });
    const w = policyWarnings(p);
    expect(w.map((x) => `${x.code} ${x.pointer}`)).toEqual(['tier_rule_protected /tiers/low/0', 'tier_rule_protected /tiers/medium/0']);
    expect(w[0]!.message).toContain('protected.exempt');
    expect(w[0]!.message).toContain('always high');
  });

  test("the policy's own protected list shields a path from its own tiers", () => {
    expect(codes(policy({ protected: ['deploy/**'], tiers: { low: ['deploy/notes/**'] } }))).toEqual(['tier_rule_protected /tiers/low/0']);
  });

  test('a directory-wide rule under a dot-directory can never take effect; naming files narrowly is flagged as lowering them', () => {
    const p = policy({ tiers: { low: ['.changeset/**', '.config/lint.json'] } });
    const w = policyWarnings(p);
    expect(w.map((x) => x.code)).toEqual(['tier_rule_never_applies', 'tier_rule_lowers_loaded_file']);
    expect(w[0]!.message).toContain('dot-directory');
  });

  test('a narrow rule that lowers a build script or a dependency manifest says so', () => {
    expect(codes(policy({ tiers: { low: ['**/Makefile', 'package.json'] } }))).toEqual(['tier_rule_lowers_loaded_file /tiers/low/0', 'tier_rule_lowers_loaded_file /tiers/low/1']);
    // At its floor (medium) it lowers nothing.
    expect(codes(policy({ tiers: { medium: ['**/Makefile', 'package.json'] } }))).toEqual([]);
  });

  test('a pattern without "/" names root files only, in tiers, protected and capability paths', () => {
    const p = policy({
      tiers: { low: ['*.md'] },
      protected: { paths: ['*.pem'] },
      capabilities: { write_docs: { paths: ['*.rst', 'docs/**'] } },
    });
    expect(policyWarnings(p, { protectedPointer: '/protected/paths' }).map((w) => `${w.code} ${w.pointer}`)).toEqual([
      'glob_root_only /tiers/low/0',
      'glob_root_only /protected/paths/0',
      'glob_root_only /capabilities/write_docs/paths/0',
    ]);
    expect(policyWarnings(p)[0]!.message).toContain('"**/*.md"');
  });

  test('an exemption of a path outside the built-in set has no effect; one that stays high says why', () => {
    const p = policy({
      default_tier: 'high',
      tiers: { low: ['docs/**'], medium: ['.circleci/config.yml'] },
      protected: { exempt: [
        { path: 'docs/guide.md', reason: 'not protected anyway' },
        { path: '.github/dependabot.yml', reason: 'stays at default_tier high' },
        { path: '.circleci/config.yml', reason: 'lowered to medium' },
        { path: 'AGENTS.md', reason: 'a family, stays high by default_tier' },
      ] },
    });
    expect(codes(p)).toEqual([
      'exempt_not_protected /protected/exempt/0/path',
      'exempt_still_high /protected/exempt/1/path',
      'exempt_still_high /protected/exempt/3/path',
    ]);
  });

  test("an exempt path also in the policy's own protected list stays high", () => {
    const p = policy({ default_tier: 'low', protected: { paths: ['.circleci/**'], exempt: [{ path: '.circleci/config.yml', reason: 'the team reviews it' }] } });
    const w = policyWarnings(p, { protectedPointer: '/protected/paths' });
    expect(w.map((x) => x.code)).toEqual(['exempt_still_high']);
    expect(w[0]!.message).toContain('listed under protected in the policy');
  });
});

describe('examplePaths', () => {
  test('fills wildcards, reads **/ as no and one directory, expands braces', () => {
    expect(examplePaths('docs/**')).toEqual(['docs/x.md']);
    expect(examplePaths('**/*.{md,rst}')).toEqual(['x.md', 'x/x.md', 'x.rst', 'x/x.rst']);
    expect(examplePaths('src/[ab]*.ts')).toEqual(['src/ax.ts']);
    expect(examplePaths('a\\*b')).toEqual([]);
  });
});
