import { classifyPath } from '../../src/core/classify.js';
import { evaluateChange, protectedLinkTarget, type ChangeFacts, type HeadPathKind, type ManifestInput } from '../../src/core/evaluate.js';
import { parseManifest, type Manifest } from '../../src/core/manifest.js';
import { BASELINE_POLICY, compilePolicy, parsePolicy, type Policy } from '../../src/core/policy.js';
import type { ChangeEntry, ContentFinding } from '../../src/core/types.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);
const SHA_M = 'c'.repeat(40);

function policyOf(raw: unknown): Policy {
  const r = parsePolicy(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.policy;
}
function manifestOf(raw: unknown): Manifest {
  const r = parseManifest(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.manifest;
}

const POLICY = policyOf({
  version: 1,
  agents: ['*[bot]', 'ci-agent'],
  default_tier: 'high',
  tiers: { high: ['infra/prod/**', '**/*.tf'], medium: ['package.json', '**/package-lock.json', 'src/**'], low: ['docs/**', '**/*.md', 'test/**'] },
  manifests: ['.github/agent-tasks/**'],
  capabilities: {
    write_branch: { paths: ['src/**', 'test/**', 'docs/**', 'package.json', 'package-lock.json', 'scripts/**', '.npmrc'] },
    modify_policy: { paths: ['.github/**', 'CODEOWNERS'], tier: 'high' },
  },
  subjects: {
    'ci-agent:pull-request': { capabilities: ['read_repository', 'write_branch', 'run_tests', 'open_pull_request'], branches: ['agent/*'] },
    'ci-agent:maintenance': { capabilities: ['read_repository', 'write_branch', 'modify_policy'], branches: ['agent/*'] },
  },
  approvals: { high: { count: 1, codeowners: true }, medium: { count: 0 } },
  network: { allow: ['registry.npmjs.org', 'package-registry.internal'] },
});

const SEED: Manifest = manifestOf({
  agent_task: {
    subject: 'ci-agent:pull-request',
    repository: 'payments-api',
    branch_pattern: 'agent/*',
    capabilities: ['read_repository', 'write_branch', 'run_tests', 'open_pull_request'],
    denied: ['read_secrets', 'deploy_environment', 'modify_policy'],
    network: { allow: ['package-registry.internal'], deny_default: true },
  },
});

function entry(path: string, over: Partial<ChangeEntry> = {}): ChangeEntry {
  return { status: 'modified', path, oldMode: '100644', newMode: '100644', oldKind: 'regular', newKind: 'regular', oldBlob: '1'.repeat(40), newBlob: '2'.repeat(40), ...over };
}

function run(entries: ChangeEntry[], opts: { manifest?: Manifest | null; policy?: Policy; findings?: Map<string, ContentFinding[]>; branch?: string } = {}) {
  const policy = opts.policy ?? POLICY;
  const manifest = opts.manifest === undefined ? SEED : opts.manifest;
  const m: ManifestInput | null = manifest ? { manifest, source: 'manifest.yml', sha256: 'm'.repeat(64) } : null;
  return evaluateChange(
    { base: SHA_A, head: SHA_B, mergeBase: SHA_M, entries, branch: opts.branch ?? 'agent/fix-1', repository: 'acme/payments-api', ...(opts.findings ? { findings: opts.findings } : {}) },
    { compiled: compilePolicy(policy), source: 'policy.yml', sha256: 'p'.repeat(64) },
    m,
  );
}

describe('classifyPath', () => {
  const compiled = compilePolicy(POLICY);
  test('highest tier wins: protected over low directory rule (docs/.npmrc)', () => {
    const c = classifyPath('docs/.npmrc', compiled);
    expect(c.tier).toBe('high');
    expect(c.protected).toBe(true);
  });
  test('default_tier for a path no rule names', () => {
    expect(classifyPath('lib/x.go', compiled)).toMatchObject({ tier: 'high', matches: [] });
  });
  test('case variants escalate', () => {
    expect(classifyPath('.GITHUB/workflows/ci.yml', compiled).tier).toBe('high');
    expect(classifyPath('.github/Workflows/deploy.yml', compiled).tier).toBe('high');
    expect(classifyPath('DOCS/readme.txt', compiled).tier).toBe('high'); // default high, folding cannot lower it
  });
  test('fullwidth and compatibility forms fold into the protected set', () => {
    expect(classifyPath('\uff0egithub/workflows/x.yml', compiled).tier).toBe('high');
  });
  test('folding never lowers: a low rule matched only by the folded path keeps the exact tier', () => {
    const p = policyOf({ version: 1, default_tier: 'medium', tiers: { low: ['docs/**'] } });
    expect(classifyPath('Docs/a.txt', compilePolicy(p)).tier).toBe('medium');
  });
  test('policy path and manifests are protected', () => {
    expect(classifyPath('.github/agent-policy.yml', compiled).tier).toBe('high');
    expect(classifyPath('.github/agent-tasks/t.yml', compiled).protected).toBe(true);
  });
});

describe('evaluateChange', () => {
  test('low-tier docs change inside the grant is allowed', () => {
    const e = run([entry('docs/guide.md')]);
    expect(e.verdict).toBe('allow');
    expect(e.files[0]).toMatchObject({ tier: 'low', capability: 'write_branch', decision: 'allow' });
    expect(e.capabilities).toEqual({ granted: ['read_repository', 'write_branch', 'run_tests', 'open_pull_request'], used: ['write_branch'], unused: ['read_repository', 'run_tests', 'open_pull_request'] });
  });

  test('a path outside every granted capability is denied with the reason', () => {
    const e = run([entry('infra/prod/main.tf')]);
    expect(e.verdict).toBe('deny');
    expect(e.files[0]!.reasons[0]!.message).toMatch(/no capability in the policy covers this path/);
  });

  test('a path needing a denied capability names it', () => {
    const e = run([entry('.github/workflows/ci.yml')]);
    expect(e.verdict).toBe('deny');
    expect(e.files[0]!.reasons[0]!.message).toMatch(/needs capability modify_policy, which the manifest denies/);
  });

  test('rename of a workflow into docs evaluates the old path too', () => {
    const e = run([entry('docs/deploy-notes.md', { status: 'renamed', previousPath: '.github/workflows/deploy.yml', score: 100 })]);
    expect(e.verdict).toBe('deny');
    expect(e.files[0]).toMatchObject({ path: 'docs/deploy-notes.md', previous_path: '.github/workflows/deploy.yml', tier: 'high' });
  });

  test('a workflow renamed into docs with modify_policy granted: approval required, not allow', () => {
    const manifest = manifestOf({ agent_task: { subject: 'ci-agent:maintenance', repository: 'payments-api', branch_pattern: 'agent/*', capabilities: ['write_branch', 'modify_policy'] } });
    const e = run([entry('docs/deploy-notes.md', { status: 'renamed', previousPath: '.github/workflows/deploy.yml' })], { manifest });
    expect(e.verdict).toBe('approval_required');
    expect(e.tier).toBe('high');
    expect(e.approvals_required).toBe(1);
  });

  test('editing the policy or a manifest is a hard deny without modify_policy', () => {
    const e = run([entry('.github/agent-tasks/current.yml')]);
    expect(e.verdict).toBe('deny');
    expect(e.files[0]!.reasons.map((r) => r.message).join(' ')).toMatch(/only a task granted modify_policy/);
  });

  test.each([
    ['docs/a\n.github/workflows/x.yml', /control character/],
    ['./.github/workflows/ci.yml', /starts with \.\//],
    ['docs\\..\\.github\\workflows\\x.yml', /backslash/],
    ['docs//a.md', /empty segment/],
    ['docs/a.md/', /ends with/],
    ['docs/\u202eevil.md', /bidi/],
  ])('non-canonical path %j is denied', (path, why) => {
    const e = run([entry(path)]);
    expect(e.verdict).toBe('deny');
    expect(e.files[0]!.reasons[0]!.message).toMatch(why);
  });

  test('invalid UTF-8 is denied', () => {
    expect(run([entry('docs/x', { invalidUtf8: true })]).verdict).toBe('deny');
  });

  test('a file turned into a symlink outside the repository is denied', () => {
    const e = run([entry('docs/readme.md', { status: 'type_changed', newKind: 'symlink', newMode: '120000', symlinkTarget: '/home/runner/.config/gh/hosts.yml' })]);
    expect(e.verdict).toBe('deny');
    expect(e.files[0]!.reasons.map((r) => r.message).join(' ')).toMatch(/outside the repository/);
  });

  test('a symlink into a protected file is denied', () => {
    const e = run([entry('docs/link.md', { status: 'added', oldKind: 'none', oldMode: '000000', newKind: 'symlink', newMode: '120000', symlinkTarget: '../.env.production' })]);
    expect(e.verdict).toBe('deny');
    expect(e.files[0]!.reasons.map((r) => r.message).join(' ')).toMatch(/protected path/);
  });

  test('a symlink in a low-tier location is denied even to a harmless target', () => {
    const e = run([entry('docs/link.md', { status: 'added', oldKind: 'none', newKind: 'symlink', symlinkTarget: '../src/app.ts' })]);
    expect(e.verdict).toBe('deny');
  });

  test('chmod +x with no content change escalates to high', () => {
    const e = run([entry('scripts/deploy.sh', { oldMode: '100644', newMode: '100755', newKind: 'executable', oldBlob: '3'.repeat(40), newBlob: '3'.repeat(40) })]);
    expect(e.files[0]).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(e.files[0]!.reasons.map((r) => r.message).join(' ')).toMatch(/becomes executable/);
  });

  test('submodules, LFS pointers and binaries escalate', () => {
    expect(run([entry('src/vendor', { status: 'added', oldKind: 'none', newKind: 'gitlink', newMode: '160000' })]).files[0]!.tier).toBe('high');
    expect(run([entry('src/model.bin', { lfsPointer: true })]).files[0]!.tier).toBe('high');
    expect(run([entry('docs/logo.png', { binary: true })]).files[0]!.tier).toBe('medium');
  });

  test('content findings: deny denies, high raises', () => {
    const findings = new Map<string, ContentFinding[]>([
      ['package-lock.json', [{ code: 'lockfile_new_host', severity: 'deny', message: 'dependency confusion: evil.example' }]],
      ['package.json', [{ code: 'package_lifecycle_script', severity: 'high', message: 'new postinstall' }]],
    ]);
    const e = run([entry('package-lock.json'), entry('package.json')], { findings });
    expect(e.files.map((f) => [f.decision, f.tier])).toEqual([
      ['deny', 'medium'],
      ['approval_required', 'high'],
    ]);
    expect(e.verdict).toBe('deny');
  });

  test('task checks: wrong branch, unknown branch, repository mismatch', () => {
    expect(run([entry('docs/a.md')], { branch: 'main' }).violations.map((v) => v.code)).toContain('branch_mismatch');
    const e = evaluateChange(
      { base: SHA_A, head: SHA_B, mergeBase: SHA_M, entries: [entry('docs/a.md')], repository: 'acme/other' },
      { compiled: compilePolicy(POLICY), source: 'p', sha256: 'p' },
      { manifest: SEED, source: 'm', sha256: 'm' },
    );
    expect(e.violations.map((v) => v.code).sort()).toEqual(['branch_unknown', 'repository_mismatch']);
    expect(e.verdict).toBe('deny');
  });

  test('without a manifest, the baseline decides by tier alone and says so', () => {
    const e = run([entry('src/app.ts'), entry('.github/workflows/ci.yml')], { manifest: null, policy: BASELINE_POLICY });
    expect(e.verdict).toBe('approval_required');
    expect(e.policy.baseline).toBe(true);
    expect(e.files[0]).toMatchObject({ tier: 'medium', decision: 'allow', capability: null });
    expect(e.notes).toEqual(['no repository policy: the built-in baseline policy applies', 'no task manifest: capability coverage and task checks were not evaluated']);
  });

  test('a copy only evaluates its destination', () => {
    const e = run([entry('docs/ci-copy.yml', { status: 'copied', previousPath: '.github/workflows/ci.yml', oldKind: 'regular' })]);
    expect(e.files[0]).toMatchObject({ decision: 'allow', tier: 'low' });
  });

  test('an empty change set is allowed at low tier (identical trees)', () => {
    expect(run([])).toMatchObject({ verdict: 'allow', tier: 'low', files: [] });
  });
});

describe('shared classifications and per-directory caches never change a result', () => {
  // Paths that share directories and rules (the memoised case), differ only in case (folded rules),
  // need two rules at once (not memoised), or are renamed between such directories.
  const dirs = ['docs', 'docs/api', 'Docs', 'src', 'src/lib', 'infra/prod', 'scripts', '.github/workflows', 'DOCS/x', 'test'];
  const names = ['guide.md', 'main.tf', 'app.ts', 'README.MD', 'package-lock.json', '.npmrc', 'deploy.sh', 'ci.yml', 'AGENTS.md', 'x.prompt.md'];
  function entries(): ChangeEntry[] {
    const out: ChangeEntry[] = [];
    let i = 0;
    for (const d of dirs) {
      for (const n of names) {
        const path = `${d}/${n}`;
        const k = i++ % 9;
        if (k === 0) out.push(entry(path, { status: 'renamed', previousPath: `${dirs[(i + 3) % dirs.length]}/${n}`, score: 100 }));
        else if (k === 1) out.push(entry(path, { newMode: '100755', newKind: 'executable' }));
        else if (k === 2) out.push(entry(path, { binary: true, lfsPointer: false }));
        else if (k === 3) out.push(entry(path, { lfsPointer: true, binary: false }));
        else if (k === 4) out.push(entry(path, { status: 'added', oldKind: 'none', oldMode: '000000', newKind: 'symlink', newMode: '120000', symlinkTarget: `../${names[i % names.length]}` }));
        else if (k === 5) out.push(entry(path, { status: 'deleted', newKind: 'none', newMode: '000000' }));
        else out.push(entry(path));
      }
    }
    return out;
  }
  const evaluate = (es: ChangeEntry[], compiled: ReturnType<typeof compilePolicy>, manifest: Manifest | null) =>
    evaluateChange(
      { base: SHA_A, head: SHA_B, mergeBase: SHA_M, entries: es, branch: 'agent/fix-1', repository: 'acme/payments-api' },
      { compiled, source: 'policy.yml', sha256: 'p'.repeat(64) },
      manifest ? { manifest, source: 'manifest.yml', sha256: 'm'.repeat(64) } : null,
    );

  test.each([
    ['with a manifest', SEED],
    ['without a manifest', null],
  ])('a whole change set evaluates each file exactly as that file alone with a fresh policy (%s)', (_name, manifest) => {
    const all = entries();
    const compiled = compilePolicy(POLICY);
    const first = evaluate(all, compiled, manifest);
    // The same compiled policy again (every cache warm), and in reverse order (other cache paths).
    expect(evaluate(all, compiled, manifest).files).toEqual(first.files);
    expect(evaluate([...all].reverse(), compiled, manifest).files).toEqual([...first.files].reverse());
    all.forEach((e, i) => {
      expect(evaluate([e], compilePolicy(POLICY), manifest).files[0]).toEqual(first.files[i]);
    });
    // Reasons are per file: changing one list never changes another.
    first.files[0]!.reasons.push({ rule: 'x', code: 'x', message: 'x' });
    expect(first.files.filter((f) => f.reasons.some((r) => r.message === 'x'))).toHaveLength(1);
  });

  test('classifyPath shares one frozen result between paths matched by the same rules, equal to a fresh one', () => {
    const compiled = compilePolicy(POLICY);
    const a = classifyPath('docs/a.txt', compiled);
    const b = classifyPath('docs/deeper/b.txt', compiled);
    expect(b).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.reasons) && Object.isFrozen(a.matches)).toBe(true);
    expect(classifyPath('docs/a.txt', compilePolicy(POLICY))).toEqual(a);
    // Case variants fold into other rules: a different result, and still the fresh one.
    const upper = classifyPath('DOCS/a.txt', compiled);
    expect(upper).not.toBe(a);
    expect(upper).toEqual(classifyPath('DOCS/a.txt', compilePolicy(POLICY)));
    // Two rules at once (protected .npmrc inside docs/**) are not shared, and still correct.
    const npmrc = classifyPath('docs/.npmrc', compiled);
    expect(npmrc.matches.map((m) => m.glob)).toEqual(['**/.npmrc', 'docs/**']);
    expect(npmrc.tier).toBe('high');
  });
});

describe('renderText: the files a person needs', () => {
  test('every denied, approval-required and high-tier file, the first 100 allowed medium-tier files and a count; low-tier allowed hidden; --all lists all', async () => {
    const { renderText, TEXT_MEDIUM_ALLOWED_SHOWN } = await import('../../src/core/report.js');
    const medium = Array.from({ length: 250 }, (_, i) => entry(`lib/m${i}.go`));
    const e = run([...medium, entry('docs/a.md'), entry('.github/workflows/ci.yml')], { manifest: null, policy: BASELINE_POLICY });
    expect(e.files.filter((f) => f.decision === 'allow' && f.tier === 'medium')).toHaveLength(250);
    const text = renderText(e);
    const listed = text.split('\n').filter((l) => /^ {2}(allow|approval_required|deny) /.test(l));
    expect(listed.filter((l) => l.includes('lib/m'))).toHaveLength(TEXT_MEDIUM_ALLOWED_SHOWN);
    expect(listed.some((l) => l.includes('.github/workflows/ci.yml'))).toBe(true);
    expect(listed.some((l) => l.includes('docs/a.md'))).toBe(false);
    expect(text).toContain(`  ...and ${250 - TEXT_MEDIUM_ALLOWED_SHOWN} more allowed medium-tier file(s) (--all lists them; --format json has every file)`);
    const all = renderText(e, { all: true }).split('\n').filter((l) => /^ {2}(allow|approval_required|deny) /.test(l));
    expect(all).toHaveLength(252);
    // The heading says files were hidden only when some were.
    expect(text).toContain('files (101 of 252, low-tier allowed files hidden):');
    expect(renderText(e, { all: true })).toContain('files (252 of 252):');
    const none = renderText(run([entry('.github/workflows/ci.yml')], { manifest: null, policy: BASELINE_POLICY }));
    expect(none).toContain('files (1 of 1):');
  });
});

describe('an empty change because the head is already in the base', () => {
  test('allow with zero files, and a note that says why nothing was checked', () => {
    const e = evaluateChange(
      { base: SHA_A, head: SHA_A, mergeBase: SHA_A, entries: [], repository: 'acme/payments-api' },
      { compiled: compilePolicy(BASELINE_POLICY), source: 'baseline', sha256: 'p'.repeat(64) },
      null,
    );
    expect(e.verdict).toBe('allow');
    expect(e.files).toEqual([]);
    expect(e.notes).toContain('the head is already contained in the base: there is no change to check (check out the branch to review, or pass --head)');
  });
});

describe('branch checks skipped on a merge group (branchCheck)', () => {
  const QUEUE = 'gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64';
  const REASON = "this run is a merge group, whose branch is GitHub's merge queue branch, not a task's; the task branch was checked on each pull request's own run";
  const evaluate = (facts: Partial<ChangeFacts>, manifest: Manifest | null = SEED) =>
    evaluateChange(
      { base: SHA_A, head: SHA_B, mergeBase: SHA_M, entries: [entry('docs/a.md')], repository: 'acme/payments-api', ...facts },
      { compiled: compilePolicy(POLICY), source: 'policy.yml', sha256: 'p'.repeat(64) },
      manifest ? { manifest, source: 'manifest.yml', sha256: 'm'.repeat(64) } : null,
    );

  test('the queue branch fails branch_pattern and the subject\'s branches when the checks apply (the name alone skips nothing)', () => {
    const e = evaluate({ branch: QUEUE });
    expect(e.violations.map((v) => v.code)).toEqual(['branch_mismatch', 'branch_mismatch']);
    expect(e.verdict).toBe('deny');
    expect(evaluate({ branch: QUEUE, branchCheck: { status: 'applies' } }).verdict).toBe('deny');
  });

  test('skipped: no branch_mismatch, the branch still recorded, and a note that says why and where the branch was checked', () => {
    const e = evaluate({ branch: QUEUE, branchCheck: { status: 'skipped', reason: REASON } });
    expect(e.violations).toEqual([]);
    expect(e.verdict).toBe('allow');
    expect(e.branch).toBe(QUEUE);
    expect(e.notes).toEqual([`branch checks skipped (the manifest's branch_pattern and the subject's branches): ${REASON}`]);
  });

  test('skipped without a branch: no branch_unknown either', () => {
    const e = evaluate({ branchCheck: { status: 'skipped', reason: REASON } });
    expect(e.violations).toEqual([]);
    expect(evaluate({}).violations.map((v) => v.code)).toEqual(['branch_unknown']);
  });

  test('skipped: every other check applies to the change (paths, capabilities, repository, expiry, the manifest\'s own pattern)', () => {
    const skipped = { branch: QUEUE, branchCheck: { status: 'skipped' as const, reason: REASON } };
    const outside = evaluateChange(
      { base: SHA_A, head: SHA_B, mergeBase: SHA_M, entries: [entry('infra/prod/main.tf'), entry('.github/workflows/ci.yml')], repository: 'acme/payments-api', ...skipped },
      { compiled: compilePolicy(POLICY), source: 'policy.yml', sha256: 'p'.repeat(64) },
      { manifest: SEED, source: 'manifest.yml', sha256: 'm'.repeat(64) },
    );
    expect(outside.files.map((f) => f.decision)).toEqual(['deny', 'deny']);
    expect(outside.verdict).toBe('deny');
    expect(evaluate({ ...skipped, repository: 'acme/other' }).violations.map((v) => v.code)).toEqual(['repository_mismatch']);
    expect(evaluate({ ...skipped, now: new Date('2031-01-01T00:00:00Z') }, { ...SEED, expiresAt: '2030-01-01T00:00:00Z' }).violations.map((v) => v.code)).toEqual(['manifest_expired']);
    expect(evaluate(skipped, { ...SEED, branchPattern: 'release/*' }).violations.map((v) => v.code)).toEqual(['branch_pattern_outside_ceiling']);
  });

  test('without a manifest there are no branch checks to skip: no note', () => {
    const e = evaluate({ branch: QUEUE, branchCheck: { status: 'skipped', reason: REASON } }, null);
    expect(e.notes.some((n) => n.startsWith('branch checks skipped'))).toBe(false);
  });
});

describe('symlinks between two protected files', () => {
  const link = (path: string, target: string, over: Partial<ChangeEntry> = {}) =>
    entry(path, { status: 'added', oldKind: 'none', oldMode: '000000', newKind: 'symlink', newMode: '120000', symlinkTarget: target, ...over });
  const FILE = new Map<string, HeadPathKind>([['AGENTS.md', 'file']]);
  const judge = (entries: ChangeEntry[], headKinds?: ReadonlyMap<string, HeadPathKind>, policy: Policy = POLICY) =>
    evaluateChange(
      { base: SHA_A, head: SHA_B, mergeBase: SHA_M, entries, ...(headKinds ? { headKinds } : {}) },
      { compiled: compilePolicy(policy, { manifestPaths: ['.github/agent-tasks/task.yml'] }), source: 'policy.yml', sha256: 'p'.repeat(64) },
      null,
    );
  const reasons = (e: ReturnType<typeof judge>, i = 0) => e.files[i]!.reasons.map((r) => r.message).join(' | ');

  test.each([
    ['CLAUDE.md', 'AGENTS.md'],
    ['GEMINI.md', 'AGENTS.md'],
    ['.github/copilot-instructions.md', '../AGENTS.md'],
  ])('%s -> %s, a protected file at the head: high tier and an approval, not a deny', (path, target) => {
    const e = judge([link(path, target)], FILE);
    expect(e.files[0]).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(reasons(e)).toMatch(/symlink between two protected files \(agent\): ".*" -> "AGENTS\.md", a protected file at the head; the link widens nothing/);
    expect(e.verdict).toBe('approval_required');
    expect(protectedLinkTarget(link(path, target), compilePolicy(POLICY))).toBe('AGENTS.md');
  });

  test('the same link when the head does not show a regular file at the target: denied (a directory, missing, or not established)', () => {
    const cases: Array<[HeadPathKind | undefined, RegExp]> = [
      ['not_a_file', /not a regular file \(a directory, a symlink or a submodule\)/],
      ['missing', /does not exist in the head commit \(a dangling link\)/],
      [undefined, /was not established/],
    ];
    for (const [kind, why] of cases) {
      const e = judge([link('CLAUDE.md', 'AGENTS.md')], kind ? new Map([['AGENTS.md', kind]]) : new Map());
      expect(e.files[0]!.decision).toBe('deny');
      expect(reasons(e)).toMatch(/symlink points into a protected path \("AGENTS\.md"\)/);
      expect(reasons(e)).toMatch(why);
    }
    // No head facts at all (the files API, a caller that never looked): denied.
    expect(judge([link('CLAUDE.md', 'AGENTS.md')]).files[0]!.decision).toBe('deny');
  });

  test('kept denies: a target in .git, the policy or a manifest, other protected kinds, and links from unprotected paths', () => {
    const kinds = new Map<string, HeadPathKind>([
      ['.git/hooks/pre-commit', 'file'],
      ['.github/agent-policy.yml', 'file'],
      ['.github/agent-tasks/task.yml', 'file'],
      ['.npmrc', 'file'],
      ['AGENTS.md', 'file'],
      ['.github/copilot-instructions.md', 'file'],
    ]);
    const cases: Array<[ChangeEntry, RegExp]> = [
      [link('.githooks/pre-commit', '../.git/hooks/pre-commit'), /the target is in the repository's \.git directory/],
      [link('.github/copilot-instructions.md', 'agent-policy.yml'), /the target is the policy or a task manifest/],
      [link('.github/copilot-instructions.md', 'agent-tasks/task.yml'), /the target is the policy or a task manifest/],
      [link('.github/agent-tasks/other.yml', '../copilot-instructions.md'), /the link's own path is the policy or a task manifest/],
      [link('.npmrc', 'AGENTS.md'), /the link's path \(package-manager\) and its target \(agent\) are protected for different reasons/],
      [link('CLAUDE.md', '.npmrc'), /the link's path \(agent\) and its target \(package-manager\) are protected for different reasons/],
      [link('docs/guide.md', '../AGENTS.md'), /the link's own path is not protected/],
      // Claude.md is a member of the agent-instruction family (identified, so protected as agent); a
      // variant no family names is protected only through folding.
      [link('.NPMRC', '.npmrc'), /the link's path \(a case or Unicode variant only\)/],
    ];
    for (const [e0, why] of cases) {
      const e = judge([e0], kinds);
      expect([e0.path, e.files[0]!.decision]).toEqual([e0.path, 'deny']);
      expect(reasons(e)).toMatch(/symlink points into a protected path/);
      expect(reasons(e)).toMatch(why);
      expect(protectedLinkTarget(e0, compilePolicy(POLICY, { manifestPaths: ['.github/agent-tasks/task.yml'] }))).toBeNull();
    }
  });

  test('kept denies that come first: a directory of protected files, a chain, a climb, outside the repository', () => {
    const kinds = new Map<string, HeadPathKind>([['AGENTS.md', 'file'], ['.claude', 'not_a_file']]);
    const cases: Array<[ChangeEntry, RegExp]> = [
      [link('CLAUDE.md', '.claude'), /symlink points into a protected path \("\.claude", a directory of protected files\)/],
      [link('CLAUDE.md', 'GEMINI.md', { symlinkVia: 'GEMINI.md' }), /goes through another symlink \("GEMINI\.md"\)/],
      [link('.github/copilot-instructions.md', 'x/../../AGENTS.md'), /climbs out of a directory it names/],
      [link('CLAUDE.md', '../AGENTS.md'), /symlink points outside the repository/],
      [link('CLAUDE.md', '/work/AGENTS.md'), /symlink points outside the repository/],
    ];
    for (const [e0, why] of cases) {
      const e = judge([e0], kinds);
      expect([e0.path, e.files[0]!.decision]).toEqual([e0.path, 'deny']);
      expect(reasons(e)).toMatch(why);
      expect(protectedLinkTarget(e0, compilePolicy(POLICY))).toBeNull();
    }
  });

  test('the policy\'s own protected list is a kind of its own: links within it are high, links between it and a built-in kind are denied', () => {
    const policy = policyOf({ version: 1, protected: ['SECURITY.md', 'docs/security/**'], approvals: { high: { count: 1 } } });
    const kinds = new Map<string, HeadPathKind>([['docs/security/policy.md', 'file'], ['AGENTS.md', 'file']]);
    expect(judge([link('SECURITY.md', 'docs/security/policy.md')], kinds, policy).files[0]).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(reasons(judge([link('SECURITY.md', 'docs/security/policy.md')], kinds, policy))).toMatch(/symlink between two protected files \(policy\)/);
    expect(judge([link('SECURITY.md', 'AGENTS.md')], kinds, policy).files[0]!.decision).toBe('deny');
  });
});
