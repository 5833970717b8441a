// Policy examples: each names a change and the verdict or tier it must get; a policy that gives it
// another fails, with the example's place and the file and rule that decided.

import { parsePolicy } from '../../src/core/policy.js';
import { checkPolicyExamples, readPolicyExamples } from '../../src/core/policy-examples.js';

const DOC = {
  version: 1,
  default_tier: 'high',
  tiers: { low: ['docs/**'], medium: ['src/**'] },
  approvals: { high: { count: 1 }, medium: { count: 1 } },
};

function check(examples: unknown[], doc: Record<string, unknown> = DOC) {
  const full = { ...doc, examples };
  const parsed = parsePolicy(full);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const { examples: list, problems } = readPolicyExamples(full);
  return [...problems, ...checkPolicyExamples(parsed.policy, list)];
}

test('examples that hold give no problem', () => {
  expect(
    check([
      { path: 'docs/guide.md', tier: 'low', verdict: 'allow' },
      { path: '.github/workflows/ci.yml', verdict: 'approval_required', tier: 'high' },
      { path: '.github/agent-policy.yml', verdict: 'deny' },
      { paths: ['src/a.js', 'docs/x.md'], verdict: 'approval_required', tier: 'medium' },
      { path: 'docs/run.sh', status: 'added', executable: true, tier: 'high' },
      { path: 'src/gone.js', status: 'deleted', tier: 'medium' },
    ]),
  ).toEqual([]);
});

test('an example the policy no longer satisfies fails at its place, saying what decided', () => {
  const problems = check([{ path: 'docs/guide.md', tier: 'low' }, { name: 'src is reviewed', path: 'src/a.js', verdict: 'allow', tier: 'low' }]);
  expect(problems).toEqual([
    {
      code: 'policy_example_failed',
      pointer: '/examples/1',
      message: 'example 2 ("src is reviewed"): modified "src/a.js" gets verdict approval_required, not allow and tier medium, not low: "src/a.js" tier rule medium: src/**',
    },
  ]);
});

test('a policy edit that moves a path breaks the example that pinned it', () => {
  const examples = [{ path: 'docs/guide.md', verdict: 'allow' }];
  expect(check(examples)).toEqual([]);
  const edited = { ...DOC, tiers: { medium: ['src/**', 'docs/**'] } };
  expect(check(examples, edited).map((p) => p.code)).toEqual(['policy_example_failed']);
});

test('an example needs exactly one of path and paths, and a verdict or a tier', () => {
  expect(check([{ verdict: 'allow' }, { path: 'a', paths: ['b'], verdict: 'allow' }, { path: 'a' }]).map((p) => [p.pointer, p.message])).toEqual([
    ['/examples/0', 'example 1: give exactly one of path and paths'],
    ['/examples/1', 'example 2: give exactly one of path and paths'],
    ['/examples/2', 'example 3: give the verdict or the tier the change must get'],
  ]);
});

test('the schema refuses unknown keys and values in an example', () => {
  expect(parsePolicy({ ...DOC, examples: [{ path: 'a', verdict: 'maybe' }] }).ok).toBe(false);
  expect(parsePolicy({ ...DOC, examples: [{ path: 'a', tier: 'low', glob: '**' }] }).ok).toBe(false);
});
