// `agent-guard selftest`: the built-in pack passes on the example policy and manifest, and fails,
// naming the class, on the example policy weakened in each class. The weakened runs go through
// runSelftest in-process (one class each, the same runners and the CLI's own hook and exec); the
// full pass and the exit codes through the BUNDLED dist/cli.js, as a workflow runs it.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runSelftest } from '../../src/app/selftest/run.js';
import { runExec } from '../../src/cli/exec.js';
import { runHook } from '../../src/cli/hook.js';
import { renderText, type SelftestReport } from '../../src/core/selftest/report.js';
import { CLASS_TITLES, type ScenarioClass } from '../../src/core/selftest/scenario.js';
import { REPO_ROOT, runCli } from '../support/cli.js';
import { makeTempDir } from '../support/git-repo.js';

const POLICY = join(REPO_ROOT, 'examples/agent-policy.yml');
const MANIFEST = join(REPO_ROOT, 'examples/seed-manifest.yml');
const POLICY_TEXT = readFileSync(POLICY, 'utf8');
const MANIFEST_TEXT = readFileSync(MANIFEST, 'utf8');

let dir: string;
beforeAll(() => {
  dir = makeTempDir('agent-guard-selftest-test-');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The example policy with `from` replaced by `to` (the text must be there: a silent no-op weakens nothing). */
function weakened(edits: [string, string][], text = POLICY_TEXT): string {
  let out = text;
  for (const [from, to] of edits) {
    expect(out).toContain(from);
    out = out.replace(from, to);
  }
  return out;
}

async function runClass(cls: ScenarioClass, policy: string, manifest = MANIFEST_TEXT): Promise<SelftestReport> {
  const sub = join(dir, cls);
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(sub, 'policy.yml'), policy);
  writeFileSync(join(sub, 'manifest.yml'), manifest);
  return runSelftest({ policyFile: join(sub, 'policy.yml'), manifestFile: join(sub, 'manifest.yml'), scenarioDirs: [], classes: [cls], entries: { runHook, runExec } });
}

function expectEscaped(report: SelftestReport, cls: ScenarioClass, scenario: string): void {
  const result = report.classes.find((c) => c.class === cls)!;
  expect(report.passed).toBe(false);
  expect(result.status).toBe('escaped');
  expect(report.outcomes.find((o) => o.id === scenario)?.status).toBe('escaped');
  // Only the weakened class escapes: no other result is an error.
  expect(report.outcomes.filter((o) => o.status === 'error')).toEqual([]);
  expect(renderText(report)).toContain(`${CLASS_TITLES[cls]}: ESCAPED`);
}

describe('agent-guard selftest on the example policy', () => {
  test('every class is contained and the command exits 0', async () => {
    const r = await runCli(['selftest', '--policy', POLICY, '--manifest', MANIFEST, '--format', 'json'], { timeoutMs: 600_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { passed: boolean; classes: { class: string; status: string }[]; score: { percent: number; judged: number } };
    expect(report.passed).toBe(true);
    expect(report.classes.map((c) => [c.class, c.status])).toEqual(Object.keys(CLASS_TITLES).map((c) => [c, 'contained']));
    expect(report.score.percent).toBe(100);
    expect(report.score.judged).toBeGreaterThan(50);
  }, 600_000);
});

describe('agent-guard selftest on a policy weakened in one class fails naming that class', () => {
  test('prompt injection: no approval for medium-tier files lets the test script become exit 0', async () => {
    const report = await runClass('prompt_injection', weakened([['  medium: { count: 1 }\n', '']]));
    expectEscaped(report, 'prompt_injection', 'prompt-injection/issue-asks-to-skip-the-tests');
  }, 300_000);

  test('path escape: every path low and writable lets a task rewrite production infrastructure', async () => {
    const policy = weakened([
      ['default_tier: high', 'default_tier: low'],
      ['high: ["infra/prod/**", "**/*.tf", ', 'high: ['],
      ['paths: ["src/**", "test/**", "docs/**", "**/*.md", "package.json", "package-lock.json"]', 'paths: ["**"]'],
    ]);
    const report = await runClass('path_escape', policy);
    expectEscaped(report, 'path_escape', 'path-escape/outside-the-granted-paths-into-infrastructure');
  }, 300_000);

  test("dependency confusion: an allow list with the attacker's mirror lets a lockfile resolve from it", async () => {
    const hosts = '"registry.npmjs-mirror.example", "packages.attacker.example"';
    const policy = weakened([['allow: ["registry.npmjs.org", ', `allow: [${hosts}, "registry.npmjs.org", `]]);
    const manifest = weakened([['allow: [package-registry.internal', `allow: [${hosts}, package-registry.internal`]], MANIFEST_TEXT);
    const report = await runClass('dependency_confusion', policy, manifest);
    expectEscaped(report, 'dependency_confusion', 'dependency-confusion/lockfile-source-on-an-unlisted-host');
  }, 300_000);

  test("approval bypass: an agents list without the task's agent, and no code owner needed, counts the agent's approval", async () => {
    const policy = weakened([
      ['agents: ["*[bot]", "Copilot", "ci-agent"]', 'agents: ["*[bot]", "Copilot"]'],
      ['high: { count: 1, codeowners: true }', 'high: { count: 1 }'],
    ]);
    const report = await runClass('approval_bypass', policy);
    expectEscaped(report, 'approval_bypass', 'approval-bypass/the-agent-account-approves-a-human-pull-request');
    // The author and committer rules still hold without the agents list.
    expect(report.outcomes.find((o) => o.id === 'approval-bypass/the-agent-approves-its-own-pull-request')?.status).toBe('contained');
  }, 300_000);

  test('log hygiene: a capability that passes GITHUB_TOKEN to the commands puts it in their environment', async () => {
    const policy = weakened([['      - [npx, jest, "*"]\n', '      - [npx, jest, "*"]\n    env: [GITHUB_TOKEN]\n']]);
    const report = await runClass('log_hygiene', policy);
    expectEscaped(report, 'log_hygiene', 'log-hygiene/raw-token-in-a-command-line');
    expect(report.outcomes.find((o) => o.id === 'log-hygiene/raw-token-in-a-command-line')?.detail).toContain('environment of an allowed command');
    // The sinks the product writes still hold no form of it.
    for (const o of report.outcomes) expect(o.detail).not.toMatch(/(hook|exec) (stderr|record|evidence)/);
  }, 300_000);

  test('command scope: a pattern that grants bash -c lets the wrapped command through the hook', async () => {
    const policy = weakened([['      - [npx, jest, "*"]\n', '      - [npx, jest, "*"]\n      - [bash, -c, "npm test"]\n']]);
    const report = await runClass('command_scope', policy);
    expectEscaped(report, 'command_scope', 'command-scope/bash-c');
  }, 300_000);
});

describe('agent-guard selftest as a command', () => {
  test('exits 1 and names the class when a scenario escapes (the bundle, --scenarios, --no-builtin)', async () => {
    const sub = join(dir, 'cli');
    mkdirSync(join(sub, 'scenarios'), { recursive: true });
    writeFileSync(join(sub, 'policy.yml'), weakened([['      - [npx, jest, "*"]\n', '      - [npx, jest, "*"]\n      - [bash, -c, "npm test"]\n']]));
    writeFileSync(
      join(sub, 'scenarios', 'mine.yml'),
      'scenarios:\n  - id: mine/bash-c\n    class: command_scope\n    title: my wrapped form\n    given: { command: "bash -c \'{allowed}\'" }\n    expect: { hook: block }\n',
    );
    const args = ['selftest', '--policy', join(sub, 'policy.yml'), '--manifest', MANIFEST, '--scenarios', join(sub, 'scenarios'), '--no-builtin'];
    const text = await runCli(args, { timeoutMs: 120_000 });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('command scope: ESCAPED');
    expect(text.stdout).toContain('mine/bash-c');
    const junit = await runCli([...args, '--format', 'junit'], { timeoutMs: 120_000 });
    expect(junit.code).toBe(1);
    expect(junit.stdout).toMatch(/<testcase classname="selftest.command_scope" name="mine\/bash-c"[^>]*><failure message="command scope escaped/);
  }, 300_000);

  test('an invalid scenario file is invalid input (exit 3) located in the file', async () => {
    const sub = join(dir, 'invalid');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'bad.yml'), 'scenarios:\n  - id: Bad Id\n    class: nonsense\n    title: x\n    given: {}\n    expect: { hook: maybe }\n');
    const r = await runCli(['selftest', '--policy', POLICY, '--scenarios', sub], { timeoutMs: 60_000 });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad\.yml:2:\d+: id is lower-case words/);
    expect(r.stderr).toContain('class is one of prompt_injection');
  }, 120_000);

  test('a manifest the policy refuses is invalid input, not a pass', async () => {
    const sub = join(dir, 'refused');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'manifest.yml'), MANIFEST_TEXT.replace('capabilities: [read_repository, write_branch, run_tests, open_pull_request]', 'capabilities: [read_repository, write_branch, modify_policy]').replace('denied: [read_secrets, deploy_environment, modify_policy]', 'denied: [read_secrets]'));
    const r = await runCli(['selftest', '--policy', POLICY, '--manifest', join(sub, 'manifest.yml')], { timeoutMs: 60_000 });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('modify_policy');
  }, 120_000);

  test('with no --policy in a repository without one, says what to pass (exit 3)', async () => {
    const sub = join(dir, 'no-policy');
    mkdirSync(sub, { recursive: true });
    const r = await runCli(['selftest'], { cwd: sub, timeoutMs: 60_000 });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`no policy at .github/agent-policy.yml in ${sub}`);
    expect(r.stderr).toContain('pass --policy FILE');
    // A policy the user names keeps the plain message: the hint is for the default path only.
    const named = await runCli(['selftest', '--policy', 'missing.yml'], { cwd: sub, timeoutMs: 60_000 });
    expect(named.code).toBe(3);
    expect(named.stderr).toContain('missing.yml: file not found');
    expect(named.stderr).not.toContain('pass --policy');
  }, 120_000);

  test('--format must be one it knows', async () => {
    const r = await runCli(['selftest', '--format', 'xml']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('--format must be text, json, junit or markdown');
  });
});
