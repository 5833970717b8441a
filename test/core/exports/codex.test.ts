// Codex: config.toml keys and values as Codex's config schema defines them, hooks.json, prefix rules.
import { couldMatchPrefix, CODEX_CONFIG_PATH, CODEX_HOOKS_PATH, CODEX_RULES_PATH, literalPrefix, renderCodex } from '../../../src/core/exports/codex.js';
import { parseToml } from '../../../src/core/toml.js';
import { exportInput, EXAMPLE_MANIFEST, EXAMPLE_POLICY, publishedSchemaErrors } from '../../support/exports.js';

const rendering = renderCodex(exportInput());
const byPath = (p: string) => rendering.files.find((f) => f.path === p)!;

describe('export --target codex', () => {
  test('config.toml: workspace-write sandbox, no approvals, no network, an allow-listed shell environment', () => {
    const parsed = parseToml(byPath(CODEX_CONFIG_PATH).content);
    if (!parsed.ok) throw new Error(parsed.reason);
    const v = parsed.value as Record<string, any>;
    // The values Codex's published config schema allows for these keys.
    expect(['read-only', 'workspace-write', 'danger-full-access']).toContain(v.sandbox_mode);
    expect(['untrusted', 'on-failure', 'on-request', 'never']).toContain(v.approval_policy);
    expect(v).toMatchObject({ sandbox_mode: 'workspace-write', approval_policy: 'never', sandbox_workspace_write: { network_access: 'false' }, features: { hooks: 'true' } });
    expect(['core', 'all', 'none']).toContain(v.shell_environment_policy.inherit);
    expect(v.shell_environment_policy.include_only).toContain('^PATH$');
    expect(v.shell_environment_policy.include_only).not.toContain('^GITHUB_TOKEN$');
    expect(Object.keys(v).sort()).toEqual(['approval_policy', 'features', 'sandbox_mode', 'sandbox_workspace_write', 'shell_environment_policy']);
  });

  test('hooks.json runs agent-guard hook on Bash, valid against the published hooks schema when available', () => {
    const hooks = JSON.parse(byPath(CODEX_HOOKS_PATH).content);
    expect(hooks.hooks.PreToolUse[0]).toMatchObject({ matcher: '^Bash$', hooks: [{ type: 'command', command: expect.stringMatching(/^agent-guard hook .* \|\| exit 2$/) }] });
    expect(publishedSchemaErrors('codex-hooks.json', hooks)).toEqual([]);
  });

  test('rules: no allow rule (it would leave the sandbox); the commands of capabilities not granted are forbidden', () => {
    const policy = EXAMPLE_POLICY.replace('  modify_policy:', '  publish_artifact:\n    commands:\n      - [npm, publish, --provenance]\n      - [npx, jest, --ci]\n  modify_policy:').replace('request_review, modify_policy]', 'request_review, modify_policy, publish_artifact]');
    const r = renderCodex(exportInput(policy, EXAMPLE_MANIFEST));
    const rules = r.files.find((f) => f.path === CODEX_RULES_PATH)!.content;
    expect(rules).not.toMatch(/decision = "allow"/);
    expect(rules).toContain('pattern = ["npm", "publish", "--provenance"],\n    decision = "forbidden",');
    // Every statement is a prefix_rule call with the documented fields only.
    const calls = rules.split('\n').filter((l) => l !== '' && !l.startsWith('#')).join('\n');
    expect(calls).toMatch(/^(prefix_rule\(\n( {4}(pattern|decision|justification|match|not_match) = .*,\n)+\)\n?)+$/);
    // `npx jest --ci` would forbid argvs the granted `npx jest *` allows: left to the hook, and said.
    expect(rules).not.toContain('"npx", "jest", "--ci"');
    expect(r.notes.join('\n')).toContain('npx jest --ci');
  });

  test('a granted variable is kept, and Codex default excludes are lifted only then', () => {
    const policy = EXAMPLE_POLICY.replace('      - [npx, jest, "*"]', '      - [npx, jest, "*"]\n    env: [NPM_TOKEN]');
    const toml = renderCodex(exportInput(policy)).files[0]!.content;
    expect(toml).toContain('"^NPM_TOKEN$"');
    expect(toml).toContain('ignore_default_excludes = true');
  });

  test('prefix conflicts', () => {
    expect(literalPrefix(['npx', '*', 'build'])).toEqual(['npx']);
    expect(couldMatchPrefix(['npx', 'jest', '*'], ['npx'])).toBe(true);
    expect(couldMatchPrefix(['npm', 'test'], ['npm', 'publish'])).toBe(false);
    expect(couldMatchPrefix(['npm', 'test'], ['npm', 'test', 'x'])).toBe(false);
    expect(couldMatchPrefix(['npm', '*'], ['npm', 'publish', 'x'])).toBe(true);
    expect(couldMatchPrefix(['git', '*', 'x'], ['git', 'log'])).toBe(true);
  });

  describe('drift', () => {
    test('none for the rendering', () => {
      for (const f of rendering.files) expect(f.drift(f.content)).toEqual([]);
    });
    test.each([
      ['sandbox_mode = "workspace-write"', 'sandbox_mode = "danger-full-access"', /sandbox_mode/],
      ['network_access = false', 'network_access = true', /network_access/],
      ['approval_policy = "never"', 'approval_policy = "on-request"', /approval_policy/],
    ])('config.toml: %s -> %s', (from, to, message) => {
      const f = byPath(CODEX_CONFIG_PATH);
      expect(f.drift(f.content.replace(from, to)).join('\n')).toMatch(message);
    });
    test('the rules file is owned whole', () => {
      const f = byPath(CODEX_RULES_PATH);
      expect(f.drift(`${f.content}\nprefix_rule(pattern = ["curl"], decision = "allow")\n`)).toHaveLength(1);
    });
    test('hooks.json without the hook', () => {
      expect(byPath(CODEX_HOOKS_PATH).drift('{"hooks":{}}')).toHaveLength(1);
    });
  });
});
