// The paths-only replay must give every change the verdict, tier and file results one evaluation of
// that change gives (it evaluates each distinct path once, across the whole history).

import fc from 'fast-check';
import { evaluateChange, type PolicyInput } from '../../../src/core/evaluate.js';
import { parseManifest } from '../../../src/core/manifest.js';
import { BASELINE_POLICY, compilePolicy, parsePolicy } from '../../../src/core/policy.js';
import { pathOnlyEntry, type ReplayChange } from '../../../src/core/simulate/history.js';
import { PathReplayer } from '../../../src/core/simulate/paths-replay.js';
import type { ChangeStatus } from '../../../src/core/types.js';

const parsed = parsePolicy({
  version: 1,
  default_tier: 'high',
  tiers: { low: ['docs/**'], medium: ['src/**'], high: ['src/core/**'] },
  manifests: ['.github/agent-tasks/**'],
  capabilities: { write_branch: { paths: ['src/**', 'docs/**'] } },
  subjects: { 'ci-agent:pull-request': { capabilities: ['write_branch'], repositories: ['acme/app'] } },
  approvals: { high: { count: 1 }, medium: { count: 1 } },
});
if (!parsed.ok) throw new Error('test policy is invalid');
const POLICIES: PolicyInput[] = [
  { compiled: compilePolicy(parsed.policy), source: 'p', sha256: '' },
  { compiled: compilePolicy(BASELINE_POLICY), source: 'baseline', sha256: '' },
];
const m = parseManifest({ agent_task: { subject: 'ci-agent:pull-request', repository: 'acme/app', capabilities: ['write_branch'] } });
if (!m.ok) throw new Error('test manifest is invalid');
const MANIFEST = { manifest: m.manifest, source: 'm', sha256: '' };

const PATHS = ['src/a.js', 'src/core/k.ts', 'docs/x.md', 'README.md', '.github/workflows/ci.yml', '.github/agent-policy.yml', '.github/agent-tasks/t.yml', 'AGENTS.md', 'bad//path', 'Src/Core/k.ts', 'package.json'];
const STATUSES: ChangeStatus[] = ['added', 'modified', 'deleted'];
const change = fc.record({
  files: fc.array(fc.record({ status: fc.constantFrom(...STATUSES), path: fc.constantFrom(...PATHS) }), { maxLength: 6 }),
  renamed: fc.option(fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom(...PATHS))),
});

test.each([
  ['without a manifest', null],
  ['with a manifest', MANIFEST],
] as const)('each change gets what one evaluation of it gives (%s)', (_label, manifest) => {
  fc.assert(
    fc.property(fc.array(change, { minLength: 1, maxLength: 12 }), (raw) => {
      const changes: ReplayChange[] = raw.map((c, i) => ({
        id: `c${i}`,
        date: null,
        actor: 'human',
        who: null,
        entries: [...c.files.map((f) => pathOnlyEntry(f.status, f.path)), ...(c.renamed ? [pathOnlyEntry('renamed', c.renamed[1], c.renamed[0])] : [])],
      }));
      for (const policy of POLICIES) {
        const replayer = new PathReplayer(policy, manifest);
        replayer.prime(changes);
        for (const c of changes) {
          const want = evaluateChange({ base: '', head: c.id, mergeBase: '', entries: c.entries, ...(manifest ? { branchCheck: { status: 'skipped' as const, reason: 'r' }, repository: 'acme/app' } : {}) }, policy, manifest);
          const got = replayer.replay(c);
          expect(got.verdict).toBe(want.verdict);
          expect(got.tier).toBe(want.tier);
          expect(got.files).toEqual(want.files);
        }
      }
    }),
    { numRuns: 60 },
  );
});

test('a change the replayer was not primed with is evaluated when it comes', () => {
  const replayer = new PathReplayer(POLICIES[0]!, null);
  const got = replayer.replay({ id: 'x', date: null, actor: 'bot', who: null, entries: [pathOnlyEntry('modified', 'src/core/k.ts')] });
  expect(got).toMatchObject({ verdict: 'approval_required', tier: 'high' });
});
