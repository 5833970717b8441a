// The guard-diff action. Mostly the bundle (dist/guard-diff.js) run as the runner runs it: INPUT_*
// variables, a real pull_request payload from @octokit/webhooks-examples adapted to a real temporary
// repository, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, the evidence file and the exit status. Forged inputs,
// events and output paths run in process (runGuardDiff with a recording @actions/core), where each
// refusal's exact message is cheap to assert.

import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGuardDiff } from '../../src/actions/run-guard-diff.js';
import type { ActionsCore } from '../../src/actions/toolkit.js';
import { loadManifest, loadPolicy, manifestViolations } from '../../src/adapters/config.js';
import { reviewChange } from '../../src/app/review-change.js';
import { MANIFEST, POLICY as SMALL_POLICY, problemLines } from '../support/documents.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { REPO_ROOT, runAction } from '../support/run-action.js';
import { pullRequestEvent, webhookExample, type WebhookPayload } from '../support/webhooks.js';

const POLICY = readFileSync(`${REPO_ROOT}/examples/agent-policy.yml`, 'utf8');
const TASK = `agent_task:
  subject: ci-agent:pull-request
  repository: acme/payments-api
  branch_pattern: agent/*
  capabilities: [read_repository, write_branch, run_tests, open_pull_request]
  denied: [read_secrets, deploy_environment, modify_policy]
  network:
    allow: [registry.npmjs.org, package-registry.internal]
    deny_default: true
`;

// Evidence is validated against the published schema (union types allowed for nullable fields).
// CommonJS interop: the constructor and the plugin are the modules themselves or sit on `.default`.
type AjvClass = typeof import('ajv/dist/2020.js').default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ?? Ajv2020Module) as AjvClass;
type FormatsPlugin = typeof import('ajv-formats').default;
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as FormatsPlugin;
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
addFormats(ajv);
const validateEvidence = ajv.compile(JSON.parse(readFileSync(`${REPO_ROOT}/schemas/evidence.schema.json`, 'utf8')));

let repo: TestRepo;
let restore: () => void;
let base: string;
let n = 0;

beforeAll(async () => {
  if (!existsSync(`${REPO_ROOT}/dist/guard-diff.js`)) throw new Error('dist/guard-diff.js is missing: run `npm run build`');
  restore = isolateProcessGitConfig();
  repo = await TestRepo.init();
  await repo.write('.github/agent-policy.yml', POLICY);
  await repo.write('.github/agent-tasks/current.yml', TASK);
  await repo.write('src/app.ts', 'export const x = 1;\n');
  await repo.write('docs/guide.md', '# guide\n');
  base = await repo.commit('base');
});
afterAll(async () => {
  await repo.cleanup();
  restore();
});

async function pr(change: (r: TestRepo) => Promise<void>, inputs: Record<string, string> = { manifest: '.github/agent-tasks/current.yml' }, env: Record<string, string> = {}) {
  const branch = `agent/e2e-${++n}`;
  await repo.checkout(branch, { create: true, from: 'main' });
  await change(repo);
  const head = await repo.commit(`change ${n}`);
  await repo.checkout('main');
  const payload = pullRequestEvent({ owner: 'acme', repo: 'payments-api', number: 40 + n, baseSha: base, headSha: head, headRef: branch });
  return runAction({
    entry: 'guard-diff.js',
    inputs,
    event: { name: 'pull_request', payload },
    env: { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/payments-api', GITHUB_RUN_ID: '123', GITHUB_ACTOR: 'ci-agent', GITHUB_SHA: head, ...env },
  });
}

test('an allowed change: outputs, summary and evidence', async () => {
  const run = await pr((r) => r.write('docs/guide.md', '# guide\nmore\n'));
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ verdict: 'allow', tier: 'low', 'required-capabilities': '["write_branch"]', 'allowed-endpoints': 'registry.npmjs.org:443 package-registry.internal:443' });
  expect(JSON.parse(run.outputs['unused-capabilities']!)).toEqual(['read_repository', 'run_tests', 'open_pull_request']);
  expect(run.summary).toMatch(/agent-guard: allow/);
  expect(run.summary).toMatch(/\| decision \| tier \| status \| path \|/);
  const evidence = JSON.parse(readFileSync(run.outputs['evidence-path']!, 'utf8'));
  expect(evidence).toMatchObject({ version: 'agent-guard.evidence/v1', action: 'guard-diff', verdict: 'allow', base, job: { repository: 'acme/payments-api', run_id: '123', event: 'pull_request' } });
  expect(evidence.policy.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(evidence.manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(validateEvidence(evidence) ? [] : validateEvidence.errors).toEqual([]);
});

test('a high-risk change inside the grant: approval_required, the step itself passes', async () => {
  const run = await pr((r) => r.write('src/payments/crypto/keys.ts', 'export {}\n'));
  expect(run.outputs.verdict).toBe('approval_required');
  expect(run.outputs.tier).toBe('high');
  expect(run.code).toBe(0);
});

test('a denied change fails the step with an error annotation on the file', async () => {
  const run = await pr((r) => r.write('infra/prod/main.tf', 'x\n'));
  expect(run.code).toBe(1);
  expect(run.outputs.verdict).toBe('deny');
  expect(run.commands.some((c) => c.startsWith('::error') && c.includes('file=infra/prod/main.tf'))).toBe(true);
});

test('audit mode reports a deny but never fails', async () => {
  const run = await pr((r) => r.write('infra/prod/main.tf', 'y\n'), { manifest: '.github/agent-tasks/current.yml', mode: 'audit' });
  expect(run.code).toBe(0);
  expect(run.outputs.verdict).toBe('deny');
  expect(run.commands.some((c) => c.startsWith('::warning') && c.includes('audit mode'))).toBe(true);
});

describe('attack: workflow commands in a path', () => {
  test('a path carrying workflow commands and an output line is denied and never reaches the log raw', async () => {
    const run = await pr((r) => r.write('docs/x\n::add-mask::deny\n::stop-commands::pwn\nverdict=allow', 'x'));
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('deny');
    const lines = run.stdout.split('\n');
    expect(lines.some((l) => l.startsWith('::add-mask::') || l.startsWith('::stop-commands::'))).toBe(false);
    expect(lines.some((l) => l === 'verdict=allow')).toBe(false);
    expect(run.summary).not.toMatch(/\n::add-mask::/);
  });
});

test('a missing or malformed event fails closed', async () => {
  const run = await runAction({ entry: 'guard-diff.js', event: { name: 'pull_request', payload: { pull_request: { base: { sha: 'nope' } } } }, env: { GITHUB_WORKSPACE: repo.dir } });
  expect(run.code).toBe(1);
  expect(run.outputs.verdict).toBe('deny');
  expect(run.stdout).toMatch(/pull_request\.base\.sha/);
});

test('an invalid policy at the base commit fails with FILE:LINE:COLUMN', async () => {
  const broken = await TestRepo.init();
  try {
    await broken.write('.github/agent-policy.yml', 'version: 1\ntiers:\n  high: ["!src/**"]\n');
    const b = await broken.commit('base');
    await broken.checkout('agent/x', { create: true });
    await broken.write('src/a.ts', 'x');
    const h = await broken.commit('head');
    const run = await runAction({
      entry: 'guard-diff.js',
      event: { name: 'pull_request', payload: pullRequestEvent({ owner: 'acme', repo: 'x', number: 1, baseSha: b, headSha: h, headRef: 'agent/x' }) },
      env: { GITHUB_WORKSPACE: broken.dir },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('deny');
    expect(run.stdout).toMatch(/\.github\/agent-policy\.yml:3:10: .*negated globs/);
  } finally {
    await broken.cleanup();
  }
});

describe('attack: a second pull request with the same head into a branch the agent controls', () => {
  test('two-PR attack: a pull request into a branch the agent controls is judged against the default branch', async () => {
    // The agent makes itself a base with a permissive policy, then targets it with the same head it
    // would send to main. The job's check belongs to the head commit, so it must not pass there.
    await repo.checkout('agent/loose', { create: true, from: 'main' });
    await repo.write('.github/agent-policy.yml', POLICY.replace('paths: ["src/**"', 'paths: ["**", "src/**"'));
    const looseBase = await repo.commit('permissive policy');
    await repo.checkout('agent/two-pr', { create: true });
    await repo.write('infra/prod/main.tf', 'resource "x" "y" {}\n');
    const head = await repo.commit('infra change');
    await repo.checkout('main');
    await repo.git('update-ref', 'refs/remotes/origin/main', 'main');
    const payload = pullRequestEvent({ owner: 'acme', repo: 'payments-api', number: 99, baseSha: looseBase, headSha: head, headRef: 'agent/two-pr', baseRef: 'agent/loose' });
    payload.repository.default_branch = 'main';
    payload.pull_request.base.repo.default_branch = 'main';
    const run = await runAction({
      entry: 'guard-diff.js',
      inputs: { manifest: '.github/agent-tasks/current.yml' },
      event: { name: 'pull_request', payload },
      env: { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/payments-api' },
    });
    expect(run.outputs.verdict).toBe('deny');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/not a protected branch: judged against the default branch main/);
    const evidence = JSON.parse(readFileSync(run.outputs['evidence-path']!, 'utf8'));
    expect(evidence.base).toBe(base);
  });
});

/** A real `merge_group` payload (checks_requested) pointed at this repository's commits and queue branch. */
function mergeGroupEvent(opts: { baseSha: string; headSha: string; headRef: string }): WebhookPayload {
  const p = webhookExample('merge_group', 'checks_requested');
  p.merge_group.base_sha = opts.baseSha;
  p.merge_group.head_sha = opts.headSha;
  p.merge_group.base_ref = 'refs/heads/main';
  p.merge_group.head_ref = `refs/heads/${opts.headRef}`;
  p.merge_group.head_commit.id = opts.headSha;
  p.repository.name = 'payments-api';
  p.repository.full_name = 'acme/payments-api';
  p.repository.owner.login = 'acme';
  p.repository.default_branch = 'main';
  return p;
}

/** A real branch `push` payload pointed at this repository. Push examples carry no `action`. */
function pushEvent(opts: { before: string; after: string; ref: string }): WebhookPayload {
  const p = webhookExample('push', undefined as unknown as string, (e) => e.deleted === false && typeof e.ref === 'string' && e.ref.startsWith('refs/heads/'));
  p.ref = opts.ref;
  p.before = opts.before;
  p.after = opts.after;
  p.created = false;
  p.forced = false;
  p.repository.name = 'payments-api';
  p.repository.full_name = 'acme/payments-api';
  p.repository.owner.login = 'acme';
  p.repository.owner.name = 'acme';
  p.repository.default_branch = 'main';
  p.repository.master_branch = 'main';
  return p;
}

describe('the merge queue: a merge group\'s branch is GitHub\'s, never the task\'s', () => {
  /** GitHub's queue branch with the group's commit: the task's change merged onto main. */
  async function queued(change: (r: TestRepo) => Promise<void>): Promise<{ head: string; queue: string }> {
    const prNumber = 200 + ++n;
    const task = `agent/queued-${n}`;
    await repo.checkout(task, { create: true, from: 'main' });
    await change(repo);
    const taskHead = await repo.commit(`task change ${n}`);
    const queue = `gh-readonly-queue/main/pr-${prNumber}-${taskHead}`;
    await repo.checkout(queue, { create: true, from: 'main' });
    const head = await repo.merge(task, `Merge pull request #${prNumber} from acme/${task}`);
    await repo.checkout('main');
    return { head, queue };
  }
  const runGroup = (head: string, queue: string) =>
    runAction({
      entry: 'guard-diff.js',
      inputs: { manifest: '.github/agent-tasks/current.yml' },
      event: { name: 'merge_group', payload: mergeGroupEvent({ baseSha: base, headSha: head, headRef: queue }) },
      env: { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/payments-api', GITHUB_RUN_ID: '456', GITHUB_SHA: head, GITHUB_REF: `refs/heads/${queue}` },
    });

  test('merge_group with a branch_pattern (agent/*) the queue branch does not match: not denied for the branch, and the note says why and where it was checked', async () => {
    const { head, queue } = await queued((r) => r.write('docs/guide.md', '# guide\nqueued\n'));
    const run = await runGroup(head, queue);
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('allow');
    expect(run.stdout).not.toMatch(/branch_mismatch|branch_unknown|does not match the manifest's branch_pattern/);
    const note = /branch checks skipped \(the manifest's branch_pattern and the subject's branches\): this run is a merge group, whose branch "gh-readonly-queue\/main\/pr-\d+-[0-9a-f]{40}" is GitHub's merge queue branch, not a task's; the task branch was checked on each pull request's own run/;
    expect(run.stdout).toMatch(note);
    // The job summary escapes Markdown (`branch\_pattern`): compare its text.
    expect(run.summary.replace(/\\(.)/g, '$1')).toMatch(note);
    const evidence = JSON.parse(readFileSync(run.outputs['evidence-path']!, 'utf8'));
    expect(evidence).toMatchObject({ verdict: 'allow', base, head, branch: queue, violations: [], job: { event: 'merge_group' } });
    expect(validateEvidence(evidence) ? [] : validateEvidence.errors).toEqual([]);
    // The evidence carries the note too: a later reader sees why the branch was not checked.
    expect((evidence.notes as string[]).some((n) => note.test(n))).toBe(true);
  });

  test('merge_group: every other check still applies to the group\'s diff (a path outside the grant is denied)', async () => {
    const { head, queue } = await queued((r) => r.write('infra/prod/main.tf', 'resource "x" "y" {}\n'));
    const run = await runGroup(head, queue);
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('deny');
    expect(run.commands.some((c) => c.startsWith('::error') && c.includes('file=infra/prod/main.tf'))).toBe(true);
    expect(run.stdout).not.toMatch(/branch_mismatch/);
  });

  test('a push of a branch named like a queue branch (gh-readonly-queue/...) is checked like any branch: denied by branch_pattern', async () => {
    const { head, queue } = await queued((r) => r.write('docs/guide.md', '# guide\npushed\n'));
    await repo.git('update-ref', 'refs/remotes/origin/main', 'main');
    const run = await runAction({
      entry: 'guard-diff.js',
      inputs: { manifest: '.github/agent-tasks/current.yml' },
      event: { name: 'push', payload: pushEvent({ before: base, after: head, ref: `refs/heads/${queue}` }) },
      env: { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/payments-api', GITHUB_RUN_ID: '789', GITHUB_SHA: head, GITHUB_REF: `refs/heads/${queue}`, GITHUB_REF_NAME: queue },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('deny');
    expect(run.stdout).toContain(`branch "${queue}" does not match the manifest's branch_pattern agent/*`);
    expect(run.stdout).not.toMatch(/branch checks skipped/);
    const evidence = JSON.parse(readFileSync(run.outputs['evidence-path']!, 'utf8'));
    expect(evidence.violations.map((v: { code: string }) => v.code)).toEqual(['branch_mismatch', 'branch_mismatch']);
  });
});

interface Recorded {
  core: ActionsCore;
  outputs: Record<string, string>;
  log: string[];
  failed: string[];
}

function recordingCore(inputs: Record<string, string>): Recorded {
  const r: Recorded = { core: undefined as unknown as ActionsCore, outputs: {}, log: [], failed: [] };
  const summary = {
    addRaw(text: string) {
      r.log.push(`summary ${text}`);
      return summary;
    },
    async write() {
      return summary;
    },
  };
  r.core = {
    // @actions/core trims inputs.
    getInput: (name: string) => (inputs[name] ?? '').trim(),
    setOutput: (name: string, value: unknown) => void (r.outputs[name] = String(value)),
    saveState: () => undefined,
    getState: () => '',
    setSecret: () => undefined,
    setFailed: (m: string | Error) => void r.failed.push(String(m)),
    info: (m: string) => void r.log.push(`info ${m}`),
    debug: () => undefined,
    warning: (m: string | Error) => void r.log.push(`warning ${String(m)}`),
    error: (m: string | Error) => void r.log.push(`error ${String(m)}`),
    notice: (m: string | Error) => void r.log.push(`notice ${String(m)}`),
    summary,
  } as unknown as ActionsCore;
  return r;
}

/** `core.info` writes its text raw: no line of it may start a workflow command. */
function expectNoInjectedCommand(r: Recorded): void {
  for (const entry of r.log.filter((l) => l.startsWith('info '))) {
    for (const line of entry.slice(5).split(/\r?\n|\r/)) expect(line).not.toMatch(/^\s*::/);
  }
}

describe('attack: forged inputs, events, environment and output paths (in process)', () => {
  let repo: TestRepo;
  let restore: () => void;
  let tmp: string;
  let base: string;
  let head: string;
  let n = 0;

  beforeAll(async () => {
    restore = isolateProcessGitConfig();
    repo = await TestRepo.init();
    await repo.write('.github/agent-policy.yml', SMALL_POLICY);
    await repo.write('.github/agent-tasks/task.yml', MANIFEST());
    await repo.write('tasks/ci-agent.yml', MANIFEST());
    await repo.write('src/app.ts', 'export const a = 1;\n');
    base = await repo.commit('base');
    await repo.checkout('agent/fix', { create: true });
    await repo.write('src/app.ts', 'export const a = 2;\n');
    head = await repo.commit('agent change');
    await repo.checkout('main');
    tmp = mkdtempSync(join(tmpdir(), 'agent-guard-io-'));
  });
  afterAll(async () => {
    await repo.cleanup();
    rmSync(tmp, { recursive: true, force: true });
    restore();
  });

  const pullRequest = (b: unknown, h: unknown, extra: Record<string, unknown> = {}, headRef: unknown = 'agent/fix') => ({
    pull_request: { number: 7, base: { sha: b, ref: 'main', repo: { default_branch: 'main', full_name: 'acme/payments-api' } }, head: { sha: h, ref: headRef, repo: { full_name: 'acme/payments-api' } }, ...extra },
    repository: { default_branch: 'main' },
  });

  async function run(inputs: Record<string, string>, eventName: string, payload: unknown, env: Record<string, string> = {}) {
    const eventPath = join(tmp, `event-${++n}.json`);
    writeFileSync(eventPath, JSON.stringify(payload));
    const r = recordingCore(inputs);
    const evaluation = await runGuardDiff(r.core, {
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/payments-api',
      RUNNER_TEMP: tmp,
      ...env,
    });
    return { ...r, evaluation };
  }

  test('pull_request.number forged as "7\\n::error::..." never reaches the log as a workflow command', async () => {
    // Printed raw, the number would start a line `::error title=guard::all clear` in the log.
    const r = await run({}, 'pull_request', pullRequest(base, head, { number: '7\n::error title=guard::all clear' }));
    expectNoInjectedCommand(r);
    expect(r.log[0]).toBe(`info agent-guard guard-diff: pull_request #?: base ${base}, head ${head}`);
  });

  test('a head ref with a newline and "::" (git cannot make one: a forged payload) is a deny with the reason', async () => {
    const r = await run({ manifest: '.github/agent-tasks/task.yml' }, 'pull_request', pullRequest(base, head, {}, 'agent/x\n::add-mask::deny'));
    expect(r.outputs.verdict).toBe('deny');
    expect(r.failed).toEqual(['agent-guard: deny (pull_request.head.ref is not a usable branch name (control, bidi or zero-width characters, or too long))']);
    expectNoInjectedCommand(r);
  });

  test.each([
    ['--upload-pack=touch /tmp/pwned', 'base'],
    ['-c', 'base'],
    ['--output=/tmp/agent-guard-pwned', 'head'],
  ])('workflow_dispatch %s as the %s input: refused before git, nothing written', async (value, which) => {
    const inputs = which === 'base' ? { base: value, head } : { base, head: value };
    const r = await run(inputs, 'workflow_dispatch', {}, { GITHUB_REF_NAME: 'agent/fix' });
    expect(r.outputs.verdict).toBe('deny');
    expect(r.failed).toHaveLength(1);
    expect(r.failed[0]).toBe(`agent-guard: deny (the ${which} input ${JSON.stringify(value)} is not a commit or ref name (it starts with "-" or holds control characters))`);
    expect(existsSync('/tmp/agent-guard-pwned')).toBe(false);
  });

  test('push with deleted: true (after = 000...0): a deny that says why, not a git error about the base', async () => {
    const r = await run({}, 'push', { ref: 'refs/heads/agent/fix', before: head, after: '0'.repeat(40), deleted: true, forced: false, repository: { default_branch: 'main' } });
    expect(r.outputs.verdict).toBe('deny');
    expect(r.failed).toEqual(['agent-guard: deny (the push deleted the branch (event.deleted, or event.after is all zeros): there is no head commit to review)']);
  });

  test.each([
    ['Audit', 'input mode must be enforce or audit, not \\"Audit\\"'],
    ['audit mode', 'input mode must be enforce or audit, not \\"audit mode\\"'],
  ])('mode %j is not audit: the step fails closed (enforce) and says why', async (mode, why) => {
    const r = await run({ mode }, 'pull_request', pullRequest(base, head));
    expect(r.outputs.verdict).toBe('deny');
    expect(r.failed).toHaveLength(1);
    expect(JSON.stringify(r.failed[0])).toContain(why);
    expect(r.log.filter((l) => l.startsWith('warning'))).toEqual([]);
  });

  test('GITHUB_REPOSITORY unset with a manifest for another repository: a deny, not a silently skipped check', async () => {
    // Without a run repository the check cannot be made; skipping it would let any manifest through.
    const r = await run({ manifest: '.github/agent-tasks/task.yml' }, 'pull_request', pullRequest(base, head), { GITHUB_REPOSITORY: '' });
    expect(r.outputs.verdict).toBe('deny');
    expect(r.failed).toEqual(["agent-guard: deny (GITHUB_REPOSITORY is not set to OWNER/NAME, so the manifest's repository cannot be checked)"]);
    // With it set, the same manifest is checked; case differs from GitHub's spelling and still matches.
    const ok = await run({ manifest: '.github/agent-tasks/task.yml' }, 'pull_request', pullRequest(base, head), { GITHUB_REPOSITORY: 'ACME/Payments-API' });
    expect(ok.outputs.verdict).toBe('allow');
  });

  test('a fork names its branch like the task branch (agent/fix): it is not this repository\'s branch, so branch_pattern denies it', async () => {
    const fork = pullRequest(base, head) as { pull_request: { head: { repo: unknown } } };
    fork.pull_request.head.repo = { full_name: 'mallory/payments-api' };
    const r = await run({ manifest: '.github/agent-tasks/task.yml' }, 'pull_request_target', fork);
    expect(r.outputs.verdict).toBe('deny');
    expect(r.evaluation?.violations.map((v) => v.message).join('\n')).toMatch(/branch "mallory:agent\/fix" does not match the manifest's branch_pattern agent\/\*/);
  });

  test('evidence-path at a symlink (to a file the job can write) is not followed: deny, target untouched', async () => {
    // Followed, the evidence JSON would overwrite the link's target.
    const victim = join(tmp, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    const link = join(tmp, 'evidence-link.json');
    symlinkSync(victim, link);
    const r = await run({ 'evidence-path': link }, 'pull_request', pullRequest(base, head));
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(r.outputs.verdict).toBe('deny');
    expect(r.failed).toEqual([`agent-guard: deny (invalid configuration:\n<input>: evidence-path: refusing to write ${JSON.stringify(link)}: it is a symbolic link [evidence_path])`]);
  });

  test('evidence-path inside the work tree under a directory the change made a symlink (to .git/hooks): deny, nothing written there', async () => {
    await repo.checkout('agent/link', { create: true, from: 'main' });
    await repo.symlink('evidence', '.git/hooks');
    const linkHead = await repo.commit('evidence dir is a link');
    try {
      const r = await run({ 'evidence-path': 'evidence/post-checkout' }, 'pull_request', pullRequest(base, linkHead, {}, 'agent/link'), { GITHUB_WORKSPACE: repo.dir });
      expect(existsSync(join(repo.dir, '.git/hooks/post-checkout'))).toBe(false);
      expect(r.outputs.verdict).toBe('deny');
      expect(r.failed).toEqual([
        `agent-guard: deny (invalid configuration:\n<input>: evidence-path: refusing to write ${JSON.stringify(join(repo.dir, "evidence/post-checkout"))}: ${JSON.stringify(join(repo.dir, 'evidence'))} is a symbolic link inside the checked-out work tree [evidence_path])`,
      ]);
    } finally {
      await repo.checkout('main');
    }
  });

  test('the manifest the run reads, outside the policy\'s manifests list and the built-in set, is a guard file: editing it is a deny', async () => {
    // tasks/** is low tier and write_branch covers it: unguarded, an agent could rewrite its own next
    // task (add modify_policy, drop denied) as an ordinary allowed low-tier change.
    await repo.checkout('agent/widen', { create: true, from: 'main' });
    await repo.write('tasks/ci-agent.yml', MANIFEST().replace('denied: [read_secrets, deploy_environment, modify_policy]', 'denied: []'));
    const widen = await repo.commit('widen my task');
    await repo.checkout('main');
    const evaluation = await reviewChange({ repo: repo.dir, base, head: widen, manifest: { kind: 'ref', ref: base, path: 'tasks/ci-agent.yml' }, branch: 'agent/widen', repository: 'acme/payments-api' });
    expect(evaluation.verdict).toBe('deny');
    const file = evaluation.files.find((f) => f.path === 'tasks/ci-agent.yml')!;
    expect(file.decision).toBe('deny');
    expect(file.tier).toBe('high');
    expect(file.reasons.map((r) => r.message).join(' ')).toMatch(/policy|manifest/);
    // A manifest path that is not a plain path cannot be guarded exactly: refused, never half-guarded.
    await expect(reviewChange({ repo: repo.dir, base, head: widen, manifest: { kind: 'ref', ref: base, path: 'tasks/*.yml' }, branch: 'agent/widen', repository: 'acme/payments-api' })).rejects.toMatchObject({
      name: 'ConfigError',
      problems: [expect.objectContaining({ code: 'manifest_path', message: expect.stringContaining('is not a plain repository path') })],
    });
  });

  test('manifest repository "payments-api.git" (a clone URL habit) is a repository mismatch, located in the manifest', async () => {
    const r = loadManifest(MANIFEST().replace('acme/payments-api', 'acme/payments-api.git'), 'task.yml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const policy = loadPolicy(SMALL_POLICY, 'policy.yml');
    if (!policy.ok) throw new Error('policy');
    expect(problemLines(manifestViolations(r.loaded, policy.loaded.value, { repository: 'acme/payments-api' }))).toEqual([
      'task.yml:3:3: the manifest is for repository acme/payments-api.git, but this run is on acme/payments-api [repository_mismatch]',
    ]);
  });
});
