// `agent-guard hook` and `exec` hold the repository and branch they run in to the manifest's
// (`--repository`, default GITHUB_REPOSITORY; `--branch`), as the BUNDLED dist/cli.js: a task manifest
// for one repository grants nothing in another.

import { join } from 'node:path';
import { REPO_ROOT, runCli } from '../support/cli.js';

const EXAMPLE = ['--policy', join(REPO_ROOT, 'examples/agent-policy.yml'), '--manifest', join(REPO_ROOT, 'examples/seed-manifest.yml')];
const input = (command: string) => JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command } });

describe("agent-guard hook and exec check the manifest's repository and branch", () => {
  test("the manifest's repository and a branch its pattern admits: allowed", async () => {
    const r = await runCli(['hook', ...EXAMPLE, '--repository', 'acme/payments-api', '--branch', 'agent/fix-1'], { input: input('npm test') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test('another repository grants nothing', async () => {
    const r = await runCli(['hook', ...EXAMPLE, '--repository', 'acme/other'], { input: input('npm test') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('repository_mismatch');
    expect(r.stderr).toContain('[commands/allow-list command_no_task]');
  });

  test('GITHUB_REPOSITORY is the default', async () => {
    const r = await runCli(['hook', ...EXAMPLE], { input: input('npm test'), env: { GITHUB_REPOSITORY: 'acme/other' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('repository_mismatch');
  });

  test('a branch outside branch_pattern grants nothing', async () => {
    const r = await runCli(['hook', ...EXAMPLE, '--repository', 'acme/payments-api', '--branch', 'main'], { input: input('npm test') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('branch_mismatch');
  });

  test('exec denies (126) in another repository and runs nothing', async () => {
    const r = await runCli(['exec', ...EXAMPLE, '--repository', 'acme/other', '--', 'npm', 'test']);
    expect(r.code).toBe(126);
    expect(r.stderr).toContain('repository_mismatch');
  });
});
