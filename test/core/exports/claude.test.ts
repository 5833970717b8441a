// Claude Code settings: the documented permission rule forms, the hook entry, drift.
import { CLAUDE_SETTINGS_PATH, renderClaude } from '../../../src/core/exports/claude.js';
import { exportInput, publishedSchemaErrors } from '../../support/exports.js';

const rendering = renderClaude(exportInput());
const file = rendering.files[0]!;
const settings = JSON.parse(file.content);
// The documented rule forms: Tool or Tool(specifier) for the tools Claude Code names.
const RULE = /^(Bash|Edit|Read|WebFetch|Write)\([^)]+\)$/;

describe('export --target claude', () => {
  test('one file, .claude/settings.json, valid against the published schema when available', () => {
    expect(rendering.files.map((f) => f.path)).toEqual([CLAUDE_SETTINGS_PATH]);
    expect(publishedSchemaErrors('claude-code-settings.json', settings)).toEqual([]);
  });

  test('granted commands, paths and hosts are allow rules; dontAsk denies the rest', () => {
    expect(settings.permissions.defaultMode).toBe('dontAsk');
    expect(settings.permissions.allow).toEqual(expect.arrayContaining(['Bash(npm test)', 'Bash(npm run lint)', 'Bash(npx jest *)', 'Edit(./src/**)', 'WebFetch(domain:package-registry.internal)']));
    for (const r of [...settings.permissions.allow, ...settings.permissions.deny]) expect(r).toMatch(RULE);
    expect(settings.permissions.allow.some((r: string) => r.startsWith('Bash(npm publish'))).toBe(false);
  });

  test("secret files are denied to Read, the agent's own controls to Edit", () => {
    expect(settings.permissions.deny).toEqual(expect.arrayContaining(['Read(./**/.env)', 'Read(./**/.env.*)', 'Edit(./.github/agent-policy.yml)', 'Edit(./.github/agent-tasks/**)', 'Edit(./**/.claude/**)']));
  });

  test('the PreToolUse hook runs agent-guard hook on Bash, and a failure to start it still blocks', () => {
    expect(settings.hooks.PreToolUse).toEqual([{ matcher: 'Bash', hooks: [{ type: 'command', command: 'agent-guard hook --manifest main:.github/agent-tasks/seed.yml || exit 2', timeout: 30 }] }]);
  });

  test('the sandbox allows the manifest hosts only', () => {
    expect(settings.sandbox).toEqual({ enabled: true, allowUnsandboxedCommands: false, network: { allowedDomains: ['package-registry.internal', 'security-scanner.internal'] } });
  });

  describe('drift', () => {
    const mutate = (f: (s: typeof settings) => void) => {
      const s = JSON.parse(file.content);
      f(s);
      return JSON.stringify(s);
    };
    test('the rendering itself has none; order and other keys do not count', () => {
      expect(file.drift(file.content)).toEqual([]);
      expect(file.drift(mutate((s) => { s.permissions.allow.reverse(); s.model = 'opus'; }))).toEqual([]);
    });
    test.each([
      ['an added allow rule', (s: typeof settings) => s.permissions.allow.push('Bash(curl *)'), /permissions.allow: has what the manifest does not grant: "Bash\(curl \*\)"/],
      ['a removed deny rule', (s: typeof settings) => s.permissions.deny.shift(), /permissions.deny: lacks/],
      ['bypass mode', (s: typeof settings) => { s.permissions.defaultMode = 'bypassPermissions'; }, /defaultMode/],
      ['the hook removed', (s: typeof settings) => { s.hooks.PreToolUse = []; }, /hooks.PreToolUse/],
      ['the hook command changed', (s: typeof settings) => { s.hooks.PreToolUse[0].hooks[0].command = 'true'; }, /hooks.PreToolUse/],
      ['a host added to the sandbox', (s: typeof settings) => s.sandbox.network.allowedDomains.push('evil.example'), /allowedDomains/],
    ])('%s', (_, f, message) => {
      expect(file.drift(mutate(f)).join('\n')).toMatch(message);
    });
    test('a missing or unreadable file', () => {
      expect(file.drift(null)).toEqual(['the file does not exist']);
      expect(file.drift('{')).toEqual(['the file is not JSON']);
    });
  });

  test('a one-argument wildcard inside a pattern is noted as wider in Claude Code', () => {
    const policy = `version: 1\ncapabilities:\n  run_tests:\n    commands:\n      - [git, log, "*", --oneline]\nsubjects:\n  s:\n    capabilities: [run_tests]\n`;
    const r = renderClaude(exportInput(policy, 'agent_task:\n  subject: s\n  repository: r\n  capabilities: [run_tests]\n'));
    expect(JSON.parse(r.files[0]!.content).permissions.allow).toEqual(['Bash(git log * --oneline)']);
    expect(r.notes.join('\n')).toContain('not one argument');
  });
});
