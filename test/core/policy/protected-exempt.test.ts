// protected.exempt in the policy model: exact paths with reasons, never a guard file, refused when it
// could widen beyond the one file it names; the list form of `protected` keeps working.
import { compilePolicy, GuardPathError, parsePolicy } from '../../../src/core/policy.js';

const parse = (protectedValue: unknown, extra: Record<string, unknown> = {}) => parsePolicy({ version: 1, protected: protectedValue, ...extra });
const codes = (r: ReturnType<typeof parsePolicy>) => (r.ok ? [] : r.problems.map((p) => p.code));

describe('protected.exempt', () => {
  test('paths and exemptions parse; the list form is the same as paths', () => {
    const r = parse({ paths: ['infra/**'], exempt: [{ path: '.github/labeler.yml', reason: 'labels only, read by actions/labeler' }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.protected).toEqual(['infra/**']);
    expect(r.policy.protectedExempt).toEqual([{ path: '.github/labeler.yml', reason: 'labels only, read by actions/labeler' }]);
    const list = parse(['infra/**']);
    expect(list.ok && list.policy.protected).toEqual(['infra/**']);
    expect(list.ok && list.policy.protectedExempt).toBeUndefined();
  });

  test('an exemption without a reason is refused by the schema', () => {
    expect(parse({ exempt: [{ path: '.github/labeler.yml' }] }).ok).toBe(false);
    expect(parse({ exempt: [{ path: '.github/labeler.yml', reason: '' }] }).ok).toBe(false);
  });

  test.each(['.github/*.yml', '.github/**', './.github/labeler.yml', '.github/../x', '/etc/passwd', '.github/{a,b}.yml'])('%s is not an exact path and is refused', (path) => {
    expect(codes(parse({ exempt: [{ path, reason: 'because' }] }))).toContain('protected_exempt_path');
  });

  test.each(['.github/agent-policy.yml', '.GitHub/Agent-Policy.yml', 'config/agent-policy.yaml', '.agent/task.yml', '.agent-guard/state.json', 'ops/agent-manifest.yml', 'tasks/fix.agent-task.yml', 'tasks/ci.yml'])(
    "%s is one of the guard's own files and is refused",
    (path) => {
      const r = parse({ exempt: [{ path, reason: 'please' }] }, { manifests: ['tasks/**'] });
      expect(codes(r)).toContain('protected_exempt_guard_file');
      expect(r.ok ? '' : r.problems.map((p) => p.message).join(' ')).toMatch(/can never be exempt/);
    },
  );

  test('the policy path of the run, when not the default, is refused at compile time', () => {
    const r = parse({ exempt: [{ path: 'ops/policy.yml', reason: 'not a guard file at the default path' }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(() => compilePolicy(r.policy, { policyPath: 'ops/policy.yml' })).toThrow(GuardPathError);
    expect(() => compilePolicy(r.policy, { manifestPaths: ['ops/policy.yml'] })).toThrow(/can never be exempt/);
    expect(() => compilePolicy(r.policy)).not.toThrow();
  });

  test('a path listed twice is refused', () => {
    const reason = 'labels only';
    expect(codes(parse({ exempt: [{ path: '.github/labeler.yml', reason }, { path: '.github/labeler.yml', reason }] }))).toContain('protected_exempt_duplicate');
  });
});
