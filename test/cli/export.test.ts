// `agent-guard export` as a process through the BUNDLED dist/cli.js: render, write, and --check for drift
// (exit 0 none, 1 drift, 3 invalid input). Assumes dist/ is fresh (`npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { makeTempDir } from '../support/git-repo.js';

const EXAMPLE = ['--policy', 'examples/agent-policy.yml', '--manifest', 'examples/seed-manifest.yml'];
let dir: string;
beforeEach(() => {
  dir = makeTempDir('agent-guard-export-');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('agent-guard export', () => {
  test.each(['claude', 'codex', 'copilot'])('%s: written with --out, then --check finds no drift; an edit is drift', async (target) => {
    const wrote = await runCli(['export', '--target', target, ...EXAMPLE, '--out', dir]);
    expect(wrote.code).toBe(0);
    expect(wrote.stderr).toMatch(/^note: /m);
    const clean = await runCli(['export', '--target', target, ...EXAMPLE, '--repo', dir, '--check']);
    expect(clean).toMatchObject({ code: 0, stdout: expect.stringMatching(/^no drift: /) });
    const first = wrote.stdout.split('\n').find((l) => l.startsWith('wrote '))!.slice('wrote '.length);
    writeFileSync(first, readFileSync(first, 'utf8').replace(/workspace-write|dontAsk|contents: read/, (m) => ({ 'workspace-write': 'danger-full-access', dontAsk: 'bypassPermissions', 'contents: read': 'contents: write' })[m]!));
    const drifted = await runCli(['export', '--target', target, ...EXAMPLE, '--repo', dir, '--check']);
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toMatch(/^drift: /m);
  });

  test('gh-aw and harden-runner check the workflow named by --file', async () => {
    const md = join(dir, 'task.md');
    writeFileSync(md, (await runCli(['export', '--target', 'gh-aw', ...EXAMPLE])).stdout);
    expect((await runCli(['export', '--target', 'gh-aw', ...EXAMPLE, '--check', '--file', md])).code).toBe(0);
    writeFileSync(md, readFileSync(md, 'utf8').replace('    - npm test\n', '    - ":*"\n'));
    expect((await runCli(['export', '--target', 'gh-aw', ...EXAMPLE, '--check', '--file', md])).code).toBe(1);
    const step = (await runCli(['export', '--target', 'harden-runner', ...EXAMPLE])).stdout;
    const wf = join(dir, 'agent.yml');
    writeFileSync(wf, `on: workflow_dispatch\njobs:\n  agent:\n    runs-on: ubuntu-latest\n    steps:\n${step.split('\n').filter((l) => !l.startsWith('#')).map((l) => `      ${l}`).join('\n')}\n`);
    expect((await runCli(['export', '--target', 'harden-runner', ...EXAMPLE, '--check', '--file', wf])).code).toBe(0);
    expect((await runCli(['export', '--target', 'harden-runner', ...EXAMPLE, '--check'])).code).toBe(1);
  });

  test.each([
    ['no target', ['export', ...EXAMPLE]],
    ['an unknown target', ['export', '--target', 'cursor', ...EXAMPLE]],
    ['no manifest', ['export', '--target', 'claude', '--policy', 'examples/agent-policy.yml']],
  ])('%s is invalid input (exit 3)', async (_, args) => {
    expect((await runCli(args)).code).toBe(3);
  });

  test('a manifest outside the policy is invalid input (exit 3): it grants nothing to render', async () => {
    const m = join(dir, 'm.yml');
    writeFileSync(m, 'agent_task:\n  subject: nobody\n  repository: payments-api\n  capabilities: [run_tests]\n');
    const r = await runCli(['export', '--target', 'claude', '--policy', 'examples/agent-policy.yml', '--manifest', m]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('unknown_subject');
  });
  test('ruleset: from the policy alone, written with --out and checked for drift; its options belong to it', async () => {
    const wrote = await runCli(['export', '--target', 'ruleset', '--policy', 'examples/agent-policy.yml', '--out', dir, '--required-check', 'guard', '--bypass-role', 'maintain']);
    expect(wrote.code).toBe(0);
    expect(wrote.stderr).toMatch(/^note: create each with: gh api --method POST repos\/OWNER\/REPO\/rulesets/m);
    const push = JSON.parse(readFileSync(join(dir, 'rulesets/agent-guard-high-tier-paths.json'), 'utf8'));
    expect(push.bypass_actors).toEqual([{ actor_id: 2, actor_type: 'RepositoryRole', bypass_mode: 'always' }]);
    const same = ['export', '--target', 'ruleset', '--policy', 'examples/agent-policy.yml', '--repo', dir, '--check', '--required-check', 'guard', '--bypass-role', 'maintain'];
    expect((await runCli(same)).code).toBe(0);
    expect((await runCli(same.slice(0, -2))).code).toBe(1);
    expect(await runCli(['export', '--target', 'ruleset', '--policy', 'examples/agent-policy.yml', '--bypass-role', 'write'])).toMatchObject({ code: 3, stderr: expect.stringMatching(/--bypass-role must be one of maintain, admin/) });
    expect(await runCli(['export', '--target', 'claude', ...EXAMPLE, '--branch', 'main'])).toMatchObject({ code: 3, stderr: expect.stringMatching(/options of --target ruleset/) });
  });
});
