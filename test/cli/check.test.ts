// `agent-guard check` end to end: the bundled command (test/support/bundle.ts), run as a separate node
// process against real temporary git repositories, exactly as a person (or a workflow step) runs it.
//
// What must hold (the command's contract): exit 0 allow, 1 deny, 2 approval required, 3 invalid input or
// configuration; the policy comes from `<base>:.github/agent-policy.yml` (never from the change), else the
// built-in baseline, and the output says which; base defaults to origin/HEAD, else `main`; branch and
// repository come from the flags, the environment or git, and are checked against the manifest; every
// git failure (shallow clone, unknown ref, no merge base) is a non-zero exit with a fix; a reader that
// goes away does not turn the verdict into a crash.
//
// Every test builds its own repositories (no state shared between tests) and removes them afterwards.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CLI_PATH, runCli, type CliResult } from '../support/cli.js';
import { makeTempDir, TestRepo } from '../support/git-repo.js';

// ---------------------------------------------------------------------------------------------------
// Fixtures

/**
 * src/core/** is high (one approval), the rest of src/** medium and docs low (no approval needed), so
 * the three verdicts come from ordinary edits. infra/prod/** is high and no capability covers it.
 */
const POLICY = `version: 1
agents: ["*[bot]", "ci-agent"]
default_tier: high
tiers:
  high: ["infra/prod/**", "**/*.tf", "src/core/**"]
  medium: ["package.json", "src/**"]
  low: ["docs/**", "**/*.md", "test/**"]
manifests: [".github/agent-tasks/**"]
capabilities:
  write_branch:
    paths: ["src/**", "test/**", "docs/**", "package.json"]
  modify_policy:
    paths: [".github/**"]
    tier: high
subjects:
  "ci-agent:pull-request":
    capabilities: [read_repository, write_branch, run_tests, open_pull_request]
    branches: ["agent/*"]
    repositories: ["acme/widgets"]
approvals:
  high: { count: 1 }
network:
  allow: ["registry.npmjs.org"]
`;

/** The same policy without the low tier for docs: a docs edit falls to default_tier high. */
const STRICT_POLICY = POLICY.replace('low: ["docs/**", "**/*.md", "test/**"]', 'low: ["test/**"]');

const TASK = `agent_task:
  subject: ci-agent:pull-request
  repository: acme/widgets
  branch_pattern: agent/*
  capabilities: [read_repository, write_branch, run_tests, open_pull_request]
  denied: [read_secrets, modify_policy]
  network:
    allow: [registry.npmjs.org]
    deny_default: true
`;

/** A task that may not write: every changed file is outside its grant. */
const READONLY_TASK = TASK.replace('[read_repository, write_branch, run_tests, open_pull_request]', '[read_repository, open_pull_request]');

const TASK_PATH = '.github/agent-tasks/task.yml';
const WORKFLOW = 'name: ci\non: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';

/** The base commit of most tests: a policy, two task manifests, some code and docs. */
const BASE_FILES: Record<string, string> = {
  '.github/agent-policy.yml': POLICY,
  [TASK_PATH]: TASK,
  '.github/agent-tasks/readonly.yml': READONLY_TASK,
  'README.md': '# widgets\n',
  'docs/guide.md': '# guide\n',
  'docs/old-name.md': '# a page that gets renamed\nwith enough text that git sees the rename\n',
  'src/app.ts': 'export const app = 1;\n',
  'src/core/engine.ts': 'export const engine = 1;\n',
};

/** The CLI's git must not read the machine's config either (runCli gives it PATH only). */
const GIT_ISOLATION = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const HEX64 = /^[0-9a-f]{64}$/;

// ---------------------------------------------------------------------------------------------------
// Helpers

/** Cleanups registered by the running test; run (and emptied) after each test. */
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(() => {
  if (!existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run \`npm run build\``);
});
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

function tempDir(): string {
  const dir = makeTempDir('agent-guard-cli-check-');
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A new repository whose `main` has one commit with `files`. */
async function newRepo(files: Record<string, string> = BASE_FILES): Promise<TestRepo> {
  const repo = await TestRepo.init();
  cleanups.push(() => repo.cleanup());
  for (const [path, content] of Object.entries(files)) await repo.write(path, content);
  await repo.commit('base');
  return repo;
}

async function track(repo: Promise<TestRepo>): Promise<TestRepo> {
  const r = await repo;
  cleanups.push(() => r.cleanup());
  return r;
}

/** Create `branch` from `from` (default main), check it out, apply `change`, commit; returns the SHA. */
async function onBranch(repo: TestRepo, branch: string, change: (r: TestRepo) => Promise<void>, from = 'main'): Promise<string> {
  await repo.checkout(branch, { create: true, from });
  await change(repo);
  return repo.commit(`change on ${branch}`);
}

/** `node dist/cli.js check ...` with git isolated from the machine; `cwd` is always explicit. */
function check(args: string[], opts: { cwd: string; env?: Record<string, string> }): Promise<CliResult> {
  return runCli(['check', ...args], { cwd: opts.cwd, env: { ...GIT_ISOLATION, ...opts.env } });
}

/** Explicit repository, base and head (the work tree and cwd then do not matter). */
function range(repo: TestRepo, head: string, base = 'main'): string[] {
  return ['--repo', repo.dir, '--base', base, '--head', head];
}

// The JSON report as the spec describes it (at least these fields).
interface FileReport {
  path: string;
  previous_path?: string;
  status: string;
  kind: string;
  tier: string;
  capability: string | null;
  decision: string;
  reasons: { rule: string; code: string; message: string }[];
}
interface Report {
  verdict: string;
  tier: string;
  base: string;
  head: string;
  branch: string | null;
  repository: string | null;
  policy: { source: string; sha256: string; baseline: boolean };
  manifest: { source: string; sha256: string } | null;
  files: FileReport[];
  violations: Array<{ rule: string; code: string; path?: string; message: string }>;
  capabilities: { granted: string[]; used: string[]; unused: string[] };
  approvals_required: number;
  notes: string[];
  summary: string;
}

const VERDICTS = ['allow', 'approval_required', 'deny'];
const TIERS = ['low', 'medium', 'high'];
const STATUSES = ['added', 'modified', 'deleted', 'renamed', 'copied', 'type_changed'];
const EXIT_OF: Record<string, number> = { allow: 0, deny: 1, approval_required: 2 };

/**
 * `--format json`: exactly one JSON object on stdout, nothing on stderr, every field the spec names with
 * the right type, and the exit code agreeing with the verdict.
 */
function report(r: CliResult): Report {
  expect(r.stderr).toBe('');
  const lines = r.stdout.split('\n').filter((l) => l.length > 0);
  expect(lines).toHaveLength(1);
  const e = JSON.parse(lines[0]!) as Report;
  expect(typeof e).toBe('object');
  expect(VERDICTS).toContain(e.verdict);
  expect(TIERS).toContain(e.tier);
  expect(typeof e.base).toBe('string');
  expect(typeof e.head).toBe('string');
  expect(typeof e.policy.source).toBe('string');
  expect(typeof e.policy.sha256).toBe('string');
  if (e.manifest !== null) {
    expect(Object.keys(e.manifest).sort()).toEqual(['sha256', 'source']);
    expect(typeof e.manifest.source).toBe('string');
    expect(e.manifest.sha256).toMatch(HEX64);
  }
  expect(Array.isArray(e.files)).toBe(true);
  for (const f of e.files) {
    expect(typeof f.path).toBe('string');
    if ('previous_path' in f) expect(typeof f.previous_path).toBe('string');
    expect(STATUSES).toContain(f.status);
    expect(TIERS).toContain(f.tier);
    expect(f.capability === null || typeof f.capability === 'string').toBe(true);
    expect(VERDICTS).toContain(f.decision);
    expect(Array.isArray(f.reasons) && f.reasons.length > 0 && f.reasons.every((x) => typeof x.rule === 'string' && /^[a-z-]+\/[a-z-]+$/.test(x.rule) && typeof x.code === 'string' && typeof x.message === 'string')).toBe(true);
  }
  for (const v of e.violations) {
    expect(typeof v.code).toBe('string');
    expect(typeof v.message).toBe('string');
    if ('path' in v) expect(typeof v.path).toBe('string');
  }
  for (const k of ['granted', 'used', 'unused'] as const) {
    expect(Array.isArray(e.capabilities[k]) && e.capabilities[k].every((c) => typeof c === 'string')).toBe(true);
  }
  expect({ code: r.code, signal: r.signal }).toEqual({ code: EXIT_OF[e.verdict], signal: null });
  return e;
}

function fileOf(e: Report, path: string): FileReport {
  const f = e.files.find((x) => x.path === path);
  if (!f) throw new Error(`no file ${path} in ${JSON.stringify(e.files.map((x) => x.path))}`);
  return f;
}

/** A refusal: the given exit code, nothing on stdout, no stack trace and no "internal error". */
function expectRefusal(r: CliResult, code: number): void {
  expect({ code: r.code, signal: r.signal, stdout: r.stdout }).toEqual({ code, signal: null, stdout: '' });
  expect(r.stderr).not.toMatch(/^ {4}at /m);
  expect(r.stderr).not.toMatch(/internal error/);
}

// ---------------------------------------------------------------------------------------------------

describe('verdicts: exit code, JSON report and reasons', () => {
  test('allow (exit 0): docs edited, added and renamed under a task that grants write_branch', async () => {
    const repo = await newRepo();
    const base = await repo.rev('main');
    const head = await onBranch(repo, 'agent/docs', async (r) => {
      await r.write('docs/guide.md', '# guide\nmore\n');
      await r.write('docs/new.md', '# new\n');
      await r.mv('docs/old-name.md', 'docs/new-name.md');
    });
    const e = report(await check([...range(repo, 'agent/docs'), '--manifest', `main:${TASK_PATH}`, '--repository', 'acme/widgets', '--format', 'json'], { cwd: tempDir() }));

    expect(e).toMatchObject({ verdict: 'allow', tier: 'low', base, head, branch: 'agent/docs', repository: 'acme/widgets', approvals_required: 0, violations: [] });
    // The policy is the base commit's file, named and hashed; the manifest as given on the command line.
    expect(e.policy).toEqual({ source: `${base}:.github/agent-policy.yml`, sha256: sha256(POLICY), baseline: false });
    expect(e.manifest).toEqual({ source: `main:${TASK_PATH}`, sha256: sha256(TASK) });
    expect(e.files.map((f) => f.path).sort()).toEqual(['docs/guide.md', 'docs/new-name.md', 'docs/new.md']);
    expect(fileOf(e, 'docs/guide.md')).toMatchObject({ status: 'modified', tier: 'low', capability: 'write_branch', decision: 'allow', reasons: [{ rule: 'paths/tier-rules', code: 'tier_rule', message: 'tier rule low: docs/**' }] });
    expect(fileOf(e, 'docs/new.md')).toMatchObject({ status: 'added', decision: 'allow' });
    // A rename carries both paths, and both are judged.
    const renamed = fileOf(e, 'docs/new-name.md');
    expect(renamed).toMatchObject({ status: 'renamed', previous_path: 'docs/old-name.md', tier: 'low', capability: 'write_branch', decision: 'allow' });
    expect(renamed.reasons).toEqual([{ rule: 'paths/tier-rules', code: 'tier_rule', message: 'new path: tier rule low: docs/**' }, { rule: 'paths/tier-rules', code: 'tier_rule', message: 'old path: tier rule low: docs/**' }]);
    expect(e.capabilities).toEqual({ granted: ['read_repository', 'write_branch', 'run_tests', 'open_pull_request'], used: ['write_branch'], unused: ['read_repository', 'run_tests', 'open_pull_request'] });
  });

  test('approval required (exit 2): a high-tier path inside the grant needs one approval of the head', async () => {
    const repo = await newRepo();
    const head = await onBranch(repo, 'agent/engine', async (r) => {
      await r.write('src/core/engine.ts', 'export const engine = 2;\n');
      await r.write('src/app.ts', 'export const app = 2;\n');
    });
    const e = report(await check([...range(repo, 'agent/engine'), '--manifest', `main:${TASK_PATH}`, '--repository', 'acme/widgets', '--format', 'json'], { cwd: tempDir() }));

    expect(e).toMatchObject({ verdict: 'approval_required', tier: 'high', head, approvals_required: 1, violations: [] });
    expect(e.summary).toBe(`approval required: high tier, 1 independent approval(s) of ${head.slice(0, 12)}`);
    // The reason names the rule and its pattern; the medium file needs no approval under this policy.
    expect(fileOf(e, 'src/core/engine.ts')).toMatchObject({ tier: 'high', capability: 'write_branch', decision: 'approval_required', reasons: [{ rule: 'paths/tier-rules', code: 'tier_rule', message: 'tier rule high: src/core/**' }] });
    expect(fileOf(e, 'src/app.ts')).toMatchObject({ tier: 'medium', capability: 'write_branch', decision: 'allow', reasons: [{ rule: 'paths/tier-rules', code: 'tier_rule', message: 'tier rule medium: src/**' }] });
    expect(e.capabilities.used).toEqual(['write_branch']);
  });

  test('deny (exit 1): a path no capability covers, and a workflow that needs modify_policy, which the task denies', async () => {
    const repo = await newRepo();
    await onBranch(repo, 'agent/infra', async (r) => {
      await r.write('infra/prod/main.tf', 'resource "x" "y" {}\n');
      await r.write('.github/workflows/ci.yml', WORKFLOW);
      await r.write('src/app.ts', 'export const app = 3;\n');
    });
    const e = report(await check([...range(repo, 'agent/infra'), '--manifest', `main:${TASK_PATH}`, '--repository', 'acme/widgets', '--format', 'json'], { cwd: tempDir() }));

    expect(e).toMatchObject({ verdict: 'deny', tier: 'high', approvals_required: 0 });
    const infra = fileOf(e, 'infra/prod/main.tf');
    expect(infra).toMatchObject({ tier: 'high', capability: null, decision: 'deny' });
    expect(infra.reasons).toEqual([{ rule: 'task/scope', code: 'no_capability', message: 'no capability in the policy covers this path' }, { rule: 'paths/tier-rules', code: 'tier_rule', message: 'tier rule high: infra/prod/**' }]);
    const workflow = fileOf(e, '.github/workflows/ci.yml');
    expect(workflow).toMatchObject({ tier: 'high', capability: null, decision: 'deny' });
    expect(workflow.reasons[0]!.message).toBe('needs capability modify_policy, which the manifest denies');
    expect(workflow.reasons.map((r) => r.message).join(' | ')).toMatch(/protected path \(\.github\/\*\*\)/);
    // Each denial is also a violation naming the path.
    expect(e.violations).toEqual(
      expect.arrayContaining([
        { rule: 'task/scope', code: 'no_capability', path: 'infra/prod/main.tf', message: 'no capability in the policy covers this path' },
        { rule: 'task/scope', code: 'capability_denied', path: '.github/workflows/ci.yml', message: 'needs capability modify_policy, which the manifest denies' },
      ]),
    );
    // The allowed file in the same change is still reported as allowed.
    expect(fileOf(e, 'src/app.ts')).toMatchObject({ decision: 'allow', capability: 'write_branch' });
    // Task violations are those that are not a file's own denial.
    expect(e.summary).toBe(`deny: 2 file(s) denied, ${e.violations.filter((v) => v.path === undefined).length} task violation(s)`);
  });
});

describe('defaults: repository, head, base and policy', () => {
  test('base is origin/HEAD when set (here origin/trunk, not main), run from a subdirectory with no flags', async () => {
    // The remote's default branch is trunk, with a stricter policy than main: a run that took `main`
    // would report another base, another policy and another tier.
    const origin = await newRepo();
    await origin.checkout('trunk', { create: true });
    await origin.write('.github/agent-policy.yml', STRICT_POLICY);
    const trunk = await origin.commit('trunk: stricter policy');
    await origin.git('symbolic-ref', 'HEAD', 'refs/heads/trunk');
    const clone = await track(origin.clone());
    expect(await clone.git('symbolic-ref', 'refs/remotes/origin/HEAD')).toBe('refs/remotes/origin/trunk');
    await clone.branch('main', 'origin/main');
    const head = await onBranch(clone, 'agent/from-trunk', (r) => r.write('docs/guide.md', '# guide\nedited\n'), 'trunk');

    const e = report(await check(['--format', 'json'], { cwd: join(clone.dir, 'docs') }));
    expect(e).toMatchObject({ base: trunk, head, branch: 'agent/from-trunk', verdict: 'approval_required', tier: 'high' });
    expect(e.policy).toEqual({ source: `${trunk}:.github/agent-policy.yml`, sha256: sha256(STRICT_POLICY), baseline: false });
    expect(fileOf(e, 'docs/guide.md').reasons).toEqual([{ rule: 'paths/tier-rules', code: 'default_tier', message: 'no tier rule names this path: default_tier high' }]);
  });

  test('without origin/HEAD the base is main', async () => {
    const repo = await newRepo();
    const main = await repo.rev('main');
    const head = await onBranch(repo, 'agent/no-remote', (r) => r.write('src/app.ts', 'export const app = 4;\n'));
    const e = report(await check(['--format', 'json'], { cwd: repo.dir }));
    expect(e).toMatchObject({ base: main, head, branch: 'agent/no-remote', verdict: 'allow', tier: 'medium' });
    expect(e.policy.source).toBe(`${main}:.github/agent-policy.yml`);

    // A clone whose origin/HEAD was removed falls back to (the local) main as well.
    await repo.checkout('main');
    const clone = await track(repo.clone());
    await clone.git('remote', 'set-head', 'origin', '--delete');
    await clone.git('checkout', '-q', '-b', 'agent/no-remote', 'origin/agent/no-remote');
    const fromClone = report(await check(['--format', 'json'], { cwd: clone.dir }));
    expect(fromClone).toMatchObject({ base: main, head, verdict: 'allow' });
  });

  test('--repo DIR is relative to the working directory, and --head defaults to HEAD', async () => {
    const repo = await newRepo();
    const head = await onBranch(repo, 'agent/relative', (r) => r.write('src/core/engine.ts', 'export const engine = 11;\n'));
    const e = report(await check(['--repo', basename(repo.dir), '--format', 'json'], { cwd: dirname(repo.dir) }));
    expect(e).toMatchObject({ base: await repo.rev('main'), head, branch: 'agent/relative', verdict: 'approval_required', tier: 'high' });
  });

  test('no policy at the base commit: the built-in baseline applies and the output says so', async () => {
    const repo = await newRepo({ 'README.md': '# widgets\n', 'src/app.ts': 'export const app = 1;\n' });
    const main = await repo.rev('main');
    await onBranch(repo, 'agent/baseline', (r) => r.write('src/app.ts', 'export const app = 5;\n'));

    const text = await check([], { cwd: repo.dir });
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain(`  policy: built-in baseline (no .github/agent-policy.yml at ${main.slice(0, 12)})`);
    expect(text.stdout).toContain('  note: no repository policy: the built-in baseline policy applies');

    const e = report(await check(['--format', 'json'], { cwd: repo.dir }));
    expect(e.policy.baseline).toBe(true);
    expect(e.policy.source).toMatch(/^built-in baseline/);
    expect(e.policy.sha256).toMatch(HEX64);
    // The baseline's default tier is medium, with no approval for it.
    expect(fileOf(e, 'src/app.ts')).toMatchObject({ tier: 'medium', decision: 'allow', reasons: [{ rule: 'paths/tier-rules', code: 'default_tier', message: 'no tier rule names this path: default_tier medium' }] });
  });

  test('a policy loosened only in the head commit (and the work tree) is not the one used', async () => {
    const repo = await newRepo();
    const main = await repo.rev('main');
    const loose = POLICY.replace('high: ["infra/prod/**", "**/*.tf", "src/core/**"]', 'high: ["infra/prod/**"]').replace('low: ["docs/**"', 'low: ["src/**", "docs/**"');
    await onBranch(repo, 'agent/loosen', async (r) => {
      await r.write('.github/agent-policy.yml', loose);
      await r.write('src/core/engine.ts', 'export const engine = 6;\n');
    });
    const e = report(await check(['--format', 'json'], { cwd: repo.dir }));
    expect(e.policy).toEqual({ source: `${main}:.github/agent-policy.yml`, sha256: sha256(POLICY), baseline: false });
    // Judged by the base policy: src/core stays high.
    expect(fileOf(e, 'src/core/engine.ts')).toMatchObject({ tier: 'high', reasons: [{ rule: 'paths/tier-rules', code: 'tier_rule', message: 'tier rule high: src/core/**' }] });
    // And changing the policy is itself refused without modify_policy.
    const policyFile = fileOf(e, '.github/agent-policy.yml');
    expect(policyFile).toMatchObject({ tier: 'high', decision: 'deny' });
    expect(policyFile.reasons[0]!.message).toMatch(/changes the policy or a task manifest, which only a task granted modify_policy may do/);
    expect(e.verdict).toBe('deny');
  });

  test('a policy added only in the head commit is not used either: the baseline applies', async () => {
    const repo = await newRepo({ 'README.md': '# widgets\n', 'src/app.ts': 'export const app = 1;\n' });
    await onBranch(repo, 'agent/add-policy', async (r) => {
      await r.write('.github/agent-policy.yml', POLICY);
      await r.write('src/app.ts', 'export const app = 7;\n');
    });
    const e = report(await check(['--format', 'json'], { cwd: repo.dir }));
    expect(e.policy.baseline).toBe(true);
    expect(e.policy.source).toMatch(/^built-in baseline \(no \.github\/agent-policy\.yml at [0-9a-f]{12}\)$/);
    expect(e.policy.sha256).not.toBe(sha256(POLICY));
    expect(fileOf(e, 'src/app.ts').reasons).toEqual([{ rule: 'paths/tier-rules', code: 'default_tier', message: 'no tier rule names this path: default_tier medium' }]);
    expect(fileOf(e, '.github/agent-policy.yml').tier).toBe('high');
    expect(e.verdict).not.toBe('allow');
  });
});

describe('--policy and --manifest: FILE from the filesystem, REF:PATH from a commit', () => {
  test('--policy FILE is read from the filesystem, relative to the working directory', async () => {
    const repo = await newRepo();
    await onBranch(repo, 'agent/docs-file', (r) => r.write('docs/guide.md', '# guide\nfile policy\n'));
    const cwd = tempDir();
    writeFileSync(join(cwd, 'strict.yml'), STRICT_POLICY);

    // Under the base policy docs are low and allowed; under the file they are high.
    const e = report(await check([...range(repo, 'agent/docs-file'), '--policy', 'strict.yml', '--format', 'json'], { cwd }));
    expect(e.policy).toEqual({ source: 'strict.yml', sha256: sha256(STRICT_POLICY), baseline: false });
    expect(e).toMatchObject({ verdict: 'approval_required', tier: 'high' });
    expect(fileOf(e, 'docs/guide.md').reasons).toEqual([{ rule: 'paths/tier-rules', code: 'default_tier', message: 'no tier rule names this path: default_tier high' }]);
    const withBasePolicy = report(await check([...range(repo, 'agent/docs-file'), '--format', 'json'], { cwd }));
    expect(withBasePolicy).toMatchObject({ verdict: 'allow', tier: 'low' });
  });

  test('--policy REF:PATH is read from that commit, never from the work tree', async () => {
    const repo = await newRepo();
    await onBranch(repo, 'policy-store', (r) => r.write('policies/strict.yml', STRICT_POLICY));
    await onBranch(repo, 'agent/docs-ref', (r) => r.write('docs/guide.md', '# guide\nref policy\n'));
    // An untracked, broken file at the same path in the work tree must not be what is read.
    await repo.write('policies/strict.yml', 'version: [broken\n');

    const e = report(await check([...range(repo, 'agent/docs-ref'), '--policy', 'policy-store:policies/strict.yml', '--format', 'json'], { cwd: repo.dir }));
    expect(e.policy).toEqual({ source: 'policy-store:policies/strict.yml', sha256: sha256(STRICT_POLICY), baseline: false });
    expect(e).toMatchObject({ verdict: 'approval_required', tier: 'high' });
  });

  test('--manifest FILE and --manifest REF:PATH', async () => {
    const repo = await newRepo();
    await onBranch(repo, 'agent/manifests', (r) => r.write('src/app.ts', 'export const app = 8;\n'));
    const cwd = tempDir();
    writeFileSync(join(cwd, 'task.yml'), TASK);

    const fromFile = report(await check([...range(repo, 'agent/manifests'), '--manifest', 'task.yml', '--repository', 'acme/widgets', '--format', 'json'], { cwd }));
    expect(fromFile.manifest).toEqual({ source: 'task.yml', sha256: sha256(TASK) });
    expect(fromFile).toMatchObject({ verdict: 'allow', tier: 'medium' });
    expect(fileOf(fromFile, 'src/app.ts').capability).toBe('write_branch');

    // The read-only task at the base commit does not grant write_branch: the same change is denied.
    const fromRef = report(await check([...range(repo, 'agent/manifests'), '--manifest', 'main:.github/agent-tasks/readonly.yml', '--repository', 'acme/widgets', '--format', 'json'], { cwd }));
    expect(fromRef.manifest).toEqual({ source: 'main:.github/agent-tasks/readonly.yml', sha256: sha256(READONLY_TASK) });
    expect(fromRef.verdict).toBe('deny');
    expect(fileOf(fromRef, 'src/app.ts')).toMatchObject({ capability: null, decision: 'deny' });
    expect(fileOf(fromRef, 'src/app.ts').reasons[0]!.message).toBe('needs capability write_branch, which the task was not granted');
    expect(fromRef.capabilities).toEqual({ granted: ['read_repository', 'open_pull_request'], used: [], unused: ['read_repository', 'open_pull_request'] });

    // Without a manifest, coverage is not checked, and the report says so.
    const none = report(await check([...range(repo, 'agent/manifests'), '--format', 'json'], { cwd }));
    expect(none.manifest).toBeNull();
    expect(none.notes).toContain('no task manifest: capability coverage and task checks were not evaluated');
  });

  test('an invalid policy exits 3 with FILE:LINE:COLUMN: message, from a file and at the base commit', async () => {
    const bad = 'version: 1\ntiers:\n  high: ["!src/**"]\n';
    const repo = await newRepo({ ...BASE_FILES, '.github/agent-policy.yml': bad });
    const main = await repo.rev('main');
    await onBranch(repo, 'agent/x', (r) => r.write('src/app.ts', 'x\n'));
    const cwd = tempDir();
    writeFileSync(join(cwd, 'bad.yml'), bad);

    const fromFile = await check([...range(repo, 'agent/x'), '--policy', 'bad.yml'], { cwd });
    expectRefusal(fromFile, 3);
    expect(fromFile.stderr).toMatch(/^bad\.yml:3:10: "!src\/\*\*": negated globs .*\[glob_negation\]$/m);

    const atBase = await check(range(repo, 'agent/x'), { cwd });
    expectRefusal(atBase, 3);
    expect(atBase.stderr).toMatch(new RegExp(`^${main}:\\.github/agent-policy\\.yml:3:10: .*negated globs.*\\[glob_negation\\]$`, 'm'));

    // An invalid manifest is located the same way (here with a valid policy file).
    writeFileSync(join(cwd, 'ok.yml'), POLICY);
    writeFileSync(join(cwd, 'task.yml'), TASK.replace('  denied:', '  bogus: 1\n  denied:'));
    const badTask = await check([...range(repo, 'agent/x'), '--policy', 'ok.yml', '--manifest', 'task.yml'], { cwd });
    expectRefusal(badTask, 3);
    expect(badTask.stderr).toMatch(/^task\.yml:6:3: .+ \[schema_unknown_property\]$/m);
  });

  test('a policy or manifest that does not exist exits 3 and says which', async () => {
    const repo = await newRepo();
    await onBranch(repo, 'agent/y', (r) => r.write('src/app.ts', 'y\n'));
    const cwd = tempDir();

    const missingFile = await check([...range(repo, 'agent/y'), '--policy', 'missing.yml'], { cwd });
    expectRefusal(missingFile, 3);
    expect(missingFile.stderr).toMatch(/missing\.yml: .*file not found.*\[file_read\]/);

    const missingAtRef = await check([...range(repo, 'agent/y'), '--manifest', 'main:.github/agent-tasks/none.yml'], { cwd });
    expectRefusal(missingAtRef, 3);
    expect(missingAtRef.stderr).toMatch(/main:\.github\/agent-tasks\/none\.yml: not found \[file_read\]/);

    // An unknown REF in REF:PATH is invalid input too: named, with the fix, not an "internal error".
    const unknownRef = await check([...range(repo, 'agent/y'), '--policy', 'no-such-ref:policy.yml'], { cwd });
    expectRefusal(unknownRef, 3);
    expect(unknownRef.stderr).toMatch(/^agent-guard check: The given ref "no-such-ref" does not name a commit .*Fix: fetch/m);

    // A directory where a file is expected, on either side.
    const dirAtRef = await check([...range(repo, 'agent/y'), '--policy', 'main:src'], { cwd });
    expectRefusal(dirAtRef, 3);
    expect(dirAtRef.stderr).toMatch(/"src" at [0-9a-f]{40} is a tree, not a regular file/);
    const dirFile = await check([...range(repo, 'agent/y'), '--policy', cwd], { cwd });
    expectRefusal(dirFile, 3);
    expect(dirFile.stderr).toMatch(/not a regular file \[file_read\]/);
  });
});

describe('branch and repository, checked against the manifest', () => {
  test('branch: the checked-out branch, else --head\'s name, else --branch; a mismatch with branch_pattern is a deny', async () => {
    const repo = await newRepo();
    await onBranch(repo, 'feature/login', (r) => r.write('src/app.ts', 'export const login = 1;\n'));
    await repo.branch('agent/login', 'feature/login');
    const task = ['--manifest', `main:${TASK_PATH}`, '--repository', 'acme/widgets', '--format', 'json'];

    // HEAD is feature/login: outside the task's agent/* and the subject's branches.
    const checkedOut = report(await check(task, { cwd: repo.dir }));
    expect(checkedOut).toMatchObject({ verdict: 'deny', branch: 'feature/login' });
    expect(checkedOut.files.every((f) => f.decision === 'allow')).toBe(true);
    expect(checkedOut.violations).toContainEqual({ rule: 'task/branch', code: 'branch_mismatch', message: `branch "feature/login" does not match the manifest's branch_pattern agent/*` });

    // --head names the branch (short or full ref name), whatever is checked out.
    for (const head of ['agent/login', 'refs/heads/agent/login']) {
      const e = report(await check(['--head', head, ...task], { cwd: repo.dir }));
      expect(e).toMatchObject({ verdict: 'allow', branch: 'agent/login', violations: [] });
    }

    // --branch wins over both.
    const flagged = report(await check(['--branch', 'agent/login', ...task], { cwd: repo.dir }));
    expect(flagged).toMatchObject({ verdict: 'allow', branch: 'agent/login', violations: [] });
    const flaggedOut = report(await check(['--head', 'agent/login', '--branch', 'release/1', ...task], { cwd: repo.dir }));
    expect(flaggedOut).toMatchObject({ verdict: 'deny', branch: 'release/1' });
    expect(flaggedOut.violations.map((v) => v.code)).toContain('branch_mismatch');

    // A detached HEAD has no branch: the pattern cannot be checked, which is a deny that says so.
    await repo.git('checkout', '-q', '--detach', 'agent/login');
    const detached = report(await check(task, { cwd: repo.dir }));
    expect(detached).toMatchObject({ verdict: 'deny', branch: null });
    expect(detached.violations).toContainEqual({ rule: 'task/branch', code: 'branch_unknown', message: expect.stringMatching(/branch of the change is unknown.*pass --branch/) });
  });

  test('repository: --repository, else GITHUB_REPOSITORY; a mismatch with the manifest is a deny', async () => {
    const repo = await newRepo();
    await onBranch(repo, 'agent/repo', (r) => r.write('src/app.ts', 'export const r = 1;\n'));
    const args = ['--manifest', `main:${TASK_PATH}`, '--format', 'json'];
    const cwd = repo.dir;

    // Nothing says which repository (the repository has no remote): unknown is a deny that says how to fix it.
    const unknown = report(await check(args, { cwd }));
    expect(unknown).toMatchObject({ verdict: 'deny', repository: null });
    expect(unknown.violations).toEqual([{ rule: 'task/branch', code: 'repository_unknown', message: "the repository of the change is unknown, so the manifest's repository cannot be checked (pass --repository OWNER/NAME)" }]);

    const flag = report(await check(['--repository', 'acme/gadgets', ...args], { cwd }));
    expect(flag).toMatchObject({ verdict: 'deny', repository: 'acme/gadgets' });
    expect(flag.violations).toContainEqual({ rule: 'task/branch', code: 'repository_mismatch', message: 'the manifest is for repository acme/widgets, but this run is on acme/gadgets' });

    const env = report(await check(args, { cwd, env: { GITHUB_REPOSITORY: 'acme/gadgets' } }));
    expect(env).toMatchObject({ verdict: 'deny', repository: 'acme/gadgets' });
    expect(env.violations.map((v) => v.code)).toEqual(['repository_mismatch']);

    const flagOverEnv = report(await check(['--repository', 'acme/widgets', ...args], { cwd, env: { GITHUB_REPOSITORY: 'acme/gadgets' } }));
    expect(flagOverEnv).toMatchObject({ verdict: 'allow', repository: 'acme/widgets', violations: [] });
  });

  test('repository from the origin remote URL (https and scp-like), below GITHUB_REPOSITORY', async () => {
    const repo = await newRepo();
    await onBranch(repo, 'agent/remote', (r) => r.write('src/app.ts', 'export const r = 2;\n'));
    const args = ['--base', 'main', '--manifest', `main:${TASK_PATH}`, '--format', 'json'];
    const cwd = repo.dir;
    await repo.git('remote', 'add', 'origin', 'https://github.com/acme/widgets.git');

    const https = report(await check(args, { cwd }));
    expect(https).toMatchObject({ verdict: 'allow', repository: 'acme/widgets', violations: [] });
    const envFirst = report(await check(args, { cwd, env: { GITHUB_REPOSITORY: 'acme/gadgets' } }));
    expect(envFirst).toMatchObject({ verdict: 'deny', repository: 'acme/gadgets' });

    await repo.git('config', 'remote.origin.url', 'git@github.com:acme/widgets.git');
    const scp = report(await check(args, { cwd }));
    expect(scp).toMatchObject({ verdict: 'allow', repository: 'acme/widgets', violations: [] });

    await repo.git('config', 'remote.origin.url', 'git@github.com:acme/gadgets.git');
    const other = report(await check(args, { cwd }));
    expect(other).toMatchObject({ verdict: 'deny', repository: 'acme/gadgets' });
    expect(other.violations).toContainEqual({ rule: 'task/branch', code: 'repository_mismatch', message: 'the manifest is for repository acme/widgets, but this run is on acme/gadgets' });

    // Credentials in the URL never reach the output.
    await repo.git('config', 'remote.origin.url', 'https://x-access-token:s3cr3t@github.com/acme/widgets');
    const withToken = await check(args, { cwd });
    expect(report(withToken)).toMatchObject({ verdict: 'allow', repository: 'acme/widgets' });
    expect(withToken.stdout).not.toContain('s3cr3t');
  });
});

describe('output formats and usage errors', () => {
  /** docs (low, allowed) and src/app.ts (medium, allowed): allow, highest tier medium. */
  async function mixedChange(): Promise<{ repo: TestRepo; base: string; head: string }> {
    const repo = await newRepo();
    const base = await repo.rev('main');
    const head = await onBranch(repo, 'agent/mixed', async (r) => {
      await r.write('docs/guide.md', '# guide\nmixed\n');
      await r.write('docs/extra.md', '# extra\n');
      await r.write('src/app.ts', 'export const app = 9;\n');
    });
    return { repo, base, head };
  }

  test('text: a summary line, then only the files that matter; --all lists them all', async () => {
    const { repo, base, head } = await mixedChange();
    const r = await check([], { cwd: repo.dir });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('agent-guard: allow: 3 file(s), highest tier medium');
    expect(lines).toContain(`  base ${base}  head ${head}  merge-base ${base}`);
    expect(lines).toContain(`  policy: ${base}:.github/agent-policy.yml (sha256 ${sha256(POLICY).slice(0, 16)})`);
    expect(lines).toContain('  manifest: none');
    expect(lines).toContain('files (1 of 3, low-tier allowed files hidden):');
    expect(r.stdout).toMatch(/^ {2}allow +medium +modified +src\/app\.ts$/m);
    expect(lines).toContain('      - tier rule medium: src/** [paths/tier-rules]');
    expect(r.stdout).not.toContain('docs/guide.md');
    expect(r.stdout).not.toContain('docs/extra.md');

    const all = await check(['--all'], { cwd: repo.dir });
    expect(all.code).toBe(0);
    expect(all.stdout.split('\n')[0]).toBe('agent-guard: allow: 3 file(s), highest tier medium');
    expect(all.stdout).toContain('files (3 of 3):');
    expect(all.stdout).toMatch(/^ {2}allow +low +modified +docs\/guide\.md$/m);
    expect(all.stdout).toMatch(/^ {2}allow +low +added +docs\/extra\.md$/m);
    expect(all.stdout).toContain('      - tier rule low: docs/**');
  });

  test('text: an all-low change is one line about the files; a deny lists its violations', async () => {
    const repo = await newRepo();
    await onBranch(repo, 'agent/low', (r) => r.write('docs/guide.md', '# low\n'));
    const low = await check([], { cwd: repo.dir });
    expect(low.code).toBe(0);
    expect(low.stdout.split('\n')[0]).toBe('agent-guard: allow: 1 file(s), highest tier low');
    expect(low.stdout).toContain('files: 1, all low tier and allowed');
    expect(low.stdout).not.toContain('docs/guide.md');

    await onBranch(repo, 'agent/deny', (r) => r.write('infra/prod/main.tf', 'x\n'));
    const deny = await check(['--manifest', `main:${TASK_PATH}`, '--repository', 'acme/widgets'], { cwd: repo.dir });
    expect(deny.code).toBe(1);
    expect(deny.stdout.split('\n')[0]).toBe('agent-guard: deny: 1 file(s) denied, 0 task violation(s)');
    expect(deny.stdout).toContain(`  manifest: main:${TASK_PATH} (sha256 ${sha256(TASK).slice(0, 16)})`);
    expect(deny.stdout).toContain('violations:\n  no_capability infra/prod/main.tf: no capability in the policy covers this path [task/scope]');
    expect(deny.stdout).toMatch(/^ {2}deny +high +added +infra\/prod\/main\.tf$/m);
    expect(deny.stdout).toContain('capabilities: granted read_repository, write_branch, run_tests, open_pull_request; used none; unused read_repository, write_branch, run_tests, open_pull_request');
  });

  test('markdown: a heading with the verdict and a table of the files, same exit codes', async () => {
    const { repo, base } = await mixedChange();
    const r = await check(['--format', 'markdown'], { cwd: repo.dir });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('### ✅ agent-guard: allow (tier medium)');
    expect(lines).toContain(`| base | \`${base}\` |`);
    expect(lines).toContain('| decision | tier | status | path | capability | why |');
    expect(lines).toContain('|---|---|---|---|---|---|');
    expect(lines).toContain('| allow | medium | modified | `src/app.ts` | — | tier rule medium: src/\\*\\* (`paths/tier-rules`) |');
    expect(lines).toContain('| allow | low | modified | `docs/guide.md` | — | tier rule low: docs/\\*\\* (`paths/tier-rules`) |');

    await onBranch(repo, 'agent/md-deny', (r2) => r2.write('infra/prod/main.tf', 'x\n'));
    const deny = await check(['--format', 'markdown', '--manifest', `main:${TASK_PATH}`], { cwd: repo.dir });
    expect(deny.code).toBe(1);
    expect(deny.stdout.split('\n')[0]).toBe('### ⛔ agent-guard: deny (tier high)');
    expect(deny.stdout).toContain('#### Violations');
    expect(deny.stdout).toContain('- **no\\_capability** `infra/prod/main.tf`: no capability in the policy covers this path (`task/scope`)');
    expect(deny.stdout).toContain('| deny | high | added | `infra/prod/main.tf` | — |');
  });

  test('usage errors exit 3 with a message naming the problem, before any git work', async () => {
    const cwd = tempDir(); // not a repository: nothing is looked at before the arguments are valid

    const xml = await check(['--format', 'xml'], { cwd });
    expectRefusal(xml, 3);
    expect(xml.stderr).toBe('agent-guard check: --format must be text, json or markdown, not "xml"\n');

    const unknownFlag = await check(['--frobnicate'], { cwd });
    expectRefusal(unknownFlag, 3);
    expect(unknownFlag.stderr).toMatch(/^agent-guard check: Unknown option '--frobnicate'/);

    const positional = await check(['main'], { cwd });
    expectRefusal(positional, 3);
    expect(positional.stderr).toMatch(/^agent-guard check: Unexpected argument 'main'/);

    const noValue = await check(['--base'], { cwd });
    expectRefusal(noValue, 3);
    expect(noValue.stderr).toMatch(/^agent-guard check: Option '--base <value>' argument missing/);
  });
});

describe('fail closed: git cannot establish the change set', () => {
  test('a shallow clone is a deny (never exit 0) that says to use fetch-depth: 0', async () => {
    const origin = await newRepo();
    await onBranch(origin, 'agent/shallow', async (r) => {
      await r.write('docs/guide.md', '# one\n');
    });
    await origin.write('docs/guide.md', '# two\n');
    await origin.commit('second commit');
    await origin.checkout('main');
    const clone = await track(origin.cloneShallow({ depth: 1, branch: 'agent/shallow', singleBranch: false }));
    expect(await clone.git('rev-parse', '--is-shallow-repository')).toBe('true');

    const text = await check([], { cwd: clone.dir });
    expect(text.code).toBe(1);
    expect(text.stdout.split('\n')[0]).toBe('agent-guard: deny: the change set could not be established (SHALLOW_REPOSITORY)');
    expect(text.stdout).toMatch(/SHALLOW_REPOSITORY: .*shallow clone.*Fix: .*`fetch-depth: 0`/);

    const e = report(await check(['--format', 'json'], { cwd: clone.dir }));
    expect(e).toMatchObject({ verdict: 'deny', tier: 'high', base: 'origin/main', head: 'HEAD', files: [] });
    expect(e.violations).toEqual([{ rule: 'kinds/change-set', code: 'SHALLOW_REPOSITORY', message: expect.stringContaining('fetch-depth: 0') }]);
  });

  test('an unknown base or head ref is a deny naming the ref, with a fix', async () => {
    const repo = await newRepo();
    await onBranch(repo, 'agent/refs', (r) => r.write('src/app.ts', 'z\n'));

    const base = report(await check(['--base', 'no-such-branch', '--format', 'json'], { cwd: repo.dir }));
    expect(base).toMatchObject({ verdict: 'deny', base: 'no-such-branch' });
    expect(base.violations).toEqual([{ rule: 'kinds/change-set', code: 'UNKNOWN_REF', message: expect.stringMatching(/ref "no-such-branch" does not name a commit.*Fix: fetch the base branch/) }]);

    const head = await check(['--head', 'no-such-head'], { cwd: repo.dir });
    expect(head.code).toBe(1);
    expect(head.stdout).toMatch(/UNKNOWN_REF: The head ref "no-such-head" does not name a commit.*Fix: /);

    // The default base (main, there is no origin) missing is the same deny, not a silent pass.
    await repo.git('branch', '-m', 'main', 'trunk');
    const noMain = await check([], { cwd: repo.dir });
    expect(noMain.code).toBe(1);
    expect(noMain.stdout).toMatch(/UNKNOWN_REF: The given ref "main" does not name a commit/);
  });

  test('unrelated histories (no merge base) are a deny that says so', async () => {
    const repo = await newRepo();
    await repo.git('checkout', '-q', '--orphan', 'agent/orphan');
    await repo.git('rm', '-rq', '--cached', '.');
    await repo.write('src/other.ts', 'export {};\n');
    await repo.git('add', '--', 'src/other.ts');
    await repo.commitIndex('unrelated root');
    await repo.git('clean', '-fdq'); // the old branch's files, untracked now, would be a work-tree note

    const text = await check([], { cwd: repo.dir });
    expect(text.code).toBe(1);
    expect(text.stdout.split('\n')[0]).toBe('agent-guard: deny: the change set could not be established (NO_MERGE_BASE)');
    expect(text.stdout).toMatch(/NO_MERGE_BASE: No merge base between [0-9a-f]{40} and [0-9a-f]{40}.*share no history.*Fix: .*rebase/);
    const e = report(await check(['--format', 'json'], { cwd: repo.dir }));
    expect(e.violations.map((v) => v.code)).toEqual(['NO_MERGE_BASE']);
  });
});

describe('a reader that goes away (`agent-guard check --all | head -1`)', () => {
  interface CutRun {
    code: number | null;
    signal: NodeJS.Signals | null;
    received: number;
    stderr: string;
  }

  /** Run the CLI with stdout piped and destroy the read side as soon as the first chunk arrives. */
  function runAndHangUp(args: string[], cwd: string): Promise<CutRun> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [CLI_PATH, 'check', ...args], {
        cwd,
        env: { PATH: process.env.PATH ?? '', ...GIT_ISOLATION },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let received = 0;
      let stderr = '';
      child.stdout.once('data', (chunk: Buffer) => {
        received = chunk.length;
        child.stdout.destroy();
      });
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (c: string) => {
        stderr += c;
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, received, stderr });
      });
    });
  }

  test('the exit code still reports the verdict and nothing crashes (EPIPE)', async () => {
    const repo = await newRepo();
    // 4000 medium-tier files and one high-tier file: approval required (exit 2, unlike a crash's 1 or 3),
    // and a report far larger than a pipe holds.
    const files: Array<[string, string]> = Array.from({ length: 4000 }, (_, i) => [`src/generated/module-${String(i).padStart(5, '0')}.ts`, `export const m${i} = ${i};\n`]);
    files.push(['src/core/engine.ts', 'export const engine = 10;\n']);
    await repo.importCommit('agent/big', 'main', files, 'a large change');
    const args = ['--repo', repo.dir, '--base', 'main', '--head', 'agent/big'];

    // The premise: read to the end, the text report is large and the verdict is approval_required.
    const full = await runCli(['check', ...args, '--all'], { cwd: repo.dir, env: GIT_ISOLATION });
    expect(full.code).toBe(2);
    expect(full.stdout.split('\n')[0]).toBe(`agent-guard: approval required: high tier, 1 independent approval(s) of ${(await repo.rev('agent/big')).slice(0, 12)}`);
    expect(full.stdout.length).toBeGreaterThan(256 * 1024);

    const [text, json] = await Promise.all([runAndHangUp([...args, '--all'], repo.dir), runAndHangUp([...args, '--format', 'json'], repo.dir)]);
    for (const cut of [text, json]) {
      expect(cut.received).toBeGreaterThan(0);
      expect(cut.received).toBeLessThan(full.stdout.length);
      expect({ code: cut.code, signal: cut.signal }).toEqual({ code: 2, signal: null });
      expect(cut.stderr).not.toMatch(/Unhandled|EPIPE|internal error/);
      expect(cut.stderr).not.toMatch(/^ {4}at /m);
    }
  });
});
