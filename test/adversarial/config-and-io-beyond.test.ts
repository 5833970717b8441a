// Attacks on policy and manifest loading and on the actions' inputs, events and output that ATTACKS.md
// does not list, derived from the same principles (DESIGN.md section 2): a document must mean one thing
// to every reader and to the person who reviewed it, authority files must never be widened by the change,
// nothing untrusted reaches a log line raw, and every doubt is a deny with a located reason.
// Documents go through the real loaders (FILE:LINE:COLUMN asserted); action scenarios run runGuardDiff
// in-process against a real git repository, with a recording @actions/core.

import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, loadManifest, loadPolicy } from '../../src/adapters/config.js';
import { reviewChange } from '../../src/adapters/review-change.js';
import { runGuardDiff } from '../../src/actions/run-guard-diff.js';
import type { ActionsCore } from '../../src/actions/toolkit.js';
import { runValidate } from '../../src/cli/validate.js';
import type { Problem } from '../../src/core/types.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';

const MANIFEST = (extra = '') => `agent_task:
  subject: ci-agent:pull-request
  repository: acme/payments-api
  branch_pattern: agent/*
  capabilities: [read_repository, write_branch, run_tests, open_pull_request]
  denied: [read_secrets, deploy_environment, modify_policy]
${extra}`;

const POLICY = `version: 1
agents: ["*[bot]", "ci-agent"]
default_tier: high
tiers:
  high: ["infra/prod/**"]
  medium: ["src/**"]
  low: ["docs/**", "tasks/**"]
capabilities:
  write_branch:
    paths: ["src/**", "docs/**", "tasks/**"]
subjects:
  "ci-agent:pull-request":
    capabilities: [read_repository, write_branch, run_tests, open_pull_request]
    branches: ["agent/*"]
approvals:
  high: { count: 1 }
`;

/** Every problem as `FILE:LINE:COLUMN: message [code]`. */
const lines = (problems: Problem[]) => problems.map(formatProblem);

function manifestProblems(text: string): string[] {
  const r = loadManifest(text, 'task.yml');
  return r.ok ? [] : lines(r.problems);
}
function policyProblems(text: string): string[] {
  const r = loadPolicy(text, 'policy.yml');
  return r.ok ? [] : lines(r.problems);
}

// ---------------------------------------------------------------------------------------------
// Documents that mean one thing to the loader and another to the reviewer

describe('documents: characters that split or hide lines', () => {
  test('lone CR: "# note<CR>  denied: [write_branch]" is a comment to the parser and a key to every editor -> invalid at the CR', () => {
    // Before: valid, and the reviewer's `denied: [write_branch]` was silently not there.
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

describe('policy globs that lint clean but can never match', () => {
  const INVISIBLE = 'glob contains a bidi control or zero-width character, so it can never match a path [glob_invisible_character]';
  test.each([
    ['zero-width space', 'infra/prod\\u200b/**', INVISIBLE],
    ['right-to-left override', 'infra/prod/**\\u202e', INVISIBLE],
    ['word joiner', 'infra/\\u2060prod/**', INVISIBLE],
    ['line separator', 'infra/prod/**\\u2028', 'glob contains a control character [glob_control_character]'],
  ])('%s written as a YAML escape: the high-tier rule was inert -> glob lint error at the glob', (_label, glob, message) => {
    // Before: valid, and infra/prod/x.tf fell through to the next rule (or default_tier).
    const text = POLICY.replace('high: ["infra/prod/**"]', `high: ["${glob}"]`);
    expect(policyProblems(text)).toEqual([`policy.yml:5:10: "${glob}": ${message}`]);
  });

  test('"*/**/.." and "{**,x}": ".." is refused; a catch-all that only widens a tier stays a policy decision', () => {
    expect(policyProblems(POLICY.replace('low: ["docs/**", "tasks/**"]', 'low: ["*/**/.."]'))).toEqual(['policy.yml:7:9: "*/**/..": glob contains a "." or ".." segment [glob_dot_segment]']);
    expect(policyProblems(POLICY.replace('high: ["infra/prod/**"]', 'high: ["{**,x}"]'))).toEqual([]);
  });
});

describe('problem messages quote the document: one line, no control text', () => {
  test('a subject key holding a newline and a fake "valid policy" line cannot forge output lines', async () => {
    const text = `version: 1\nsubjects:\n  "x\\npolicy.yml: valid policy\\n::error::pwned\\u001b[2J":\n    capabilities: 5\n`;
    const problems = policyProblems(text);
    // Before: `subjects.x<LF>policy.yml: valid policy<LF>::error::pwned<ESC>[2J.capabilities must be array`.
    expect(problems).toEqual([
      'policy.yml:3:3: key "x\\npolicy.yml: valid policy\\n::error::pwned\\u001b[2J" in subjects is not allowed (must match pattern "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$") [schema_key_name]',
      'policy.yml:4:5: subjects.x\\u000apolicy.yml: valid policy\\u000a::error::pwned\\u001b[2J.capabilities must be array [schema_type]',
    ]);
    for (const p of problems) expect(p).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('agent-guard validate', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'agent-guard-validate-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function validate(args: string[]) {
    const out: string[] = [];
    const code = await runValidate(args, { out: (l) => out.push(l), err: (l) => out.push(l), env: {}, cwd: dir });
    return { code, out };
  }

  test('an expired manifest (odd but valid RFC 3339: lower-case t/z, +0530 offset) is invalid, with or without a policy', async () => {
    // Before: "valid manifest" (validate passed no `now`), although every run would refuse it.
    writeFileSync(join(dir, 'policy.yml'), POLICY);
    for (const [name, when] of [
      ['z.yml', '2020-01-01t00:00:00z'],
      ['offset.yml', '2020-01-01T05:29:59+0530'],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, MANIFEST(`  expires_at: "${when}"\n`));
      const alone = await validate(['--manifest', file]);
      expect(alone).toEqual({ code: 3, out: [`${file}:7:3: the manifest expired at ${when} [manifest_expired]`] });
      const withPolicy = await validate(['--policy', join(dir, 'policy.yml'), '--manifest', file]);
      expect(withPolicy.code).toBe(3);
      expect(withPolicy.out).toEqual([`${join(dir, 'policy.yml')}: valid policy`, `${file}:7:3: the manifest expired at ${when} [manifest_expired]`]);
    }
    const future = join(dir, 'future.yml');
    writeFileSync(future, MANIFEST('  expires_at: "2999-01-01T00:00:00Z"\n'));
    expect(await validate(['--manifest', future])).toEqual({ code: 0, out: [`${future}: valid manifest`] });
  });

  test('time zones that Date.parse cannot read exactly (+05, leap second) stay invalid, never "no expiry"', async () => {
    for (const when of ['2020-01-01T00:00:00+05', '2016-12-31T23:59:60Z']) {
      expect(manifestProblems(MANIFEST(`  expires_at: "${when}"\n`))).toEqual(['task.yml:7:3: expires_at is not a valid date-time [invalid_date]']);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The guard-diff action: inputs, events, environment and output

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

describe('guard-diff action', () => {
  let repo: TestRepo;
  let restore: () => void;
  let tmp: string;
  let base: string;
  let head: string;
  let n = 0;

  beforeAll(async () => {
    restore = isolateProcessGitConfig();
    repo = await TestRepo.init();
    await repo.write('.github/agent-policy.yml', POLICY);
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
    // Before: `info agent-guard guard-diff: pull_request #7<LF>::error::injected ...`.
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
    // Before: the repository check was skipped (no run repository known) and the change was judged on.
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
    // Before: the evidence JSON overwrote the link's target.
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
    // tasks/** is low tier and write_branch covers it: before, an agent could rewrite its own next task
    // (add modify_policy, drop denied) as an ordinary allowed low-tier change.
    await repo.checkout('agent/widen', { create: true, from: 'main' });
    await repo.write('tasks/ci-agent.yml', MANIFEST().replace('denied: [read_secrets, deploy_environment, modify_policy]', 'denied: []'));
    const widen = await repo.commit('widen my task');
    await repo.checkout('main');
    const evaluation = await reviewChange({ repo: repo.dir, base, head: widen, manifest: { kind: 'ref', ref: base, path: 'tasks/ci-agent.yml' }, branch: 'agent/widen', repository: 'acme/payments-api' });
    expect(evaluation.verdict).toBe('deny');
    const file = evaluation.files.find((f) => f.path === 'tasks/ci-agent.yml')!;
    expect(file.decision).toBe('deny');
    expect(file.tier).toBe('high');
    expect(file.reasons.join(' ')).toMatch(/policy|manifest/);
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
    const { manifestViolations } = await import('../../src/adapters/config.js');
    const policy = loadPolicy(POLICY, 'policy.yml');
    if (!policy.ok) throw new Error('policy');
    expect(lines(manifestViolations(r.loaded, policy.loaded.value, { repository: 'acme/payments-api' }))).toEqual([
      'task.yml:3:3: the manifest is for repository acme/payments-api.git, but this run is on acme/payments-api [repository_mismatch]',
    ]);
  });
});
