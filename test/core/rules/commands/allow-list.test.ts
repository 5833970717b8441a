// commands/allow-list: positive identification; the argv must match a granted capability's pattern.
import { decideArgv } from '../../../../src/core/commands/decide.js';
import { SCOPE_MANIFEST, testScope } from '../../../support/command-scope.js';

const scope = testScope();

describe('commands/allow-list', () => {
  test.each([
    [['npm', 'test']],
    [['npm', 'run', 'lint']],
    [['npx', 'jest']],
    [['npx', 'jest', 'a.test.ts', '--coverage']],
    [['git', 'log', 'HEAD~3', '--oneline']],
  ])('allows %j', (argv) => {
    expect(decideArgv(argv, scope)).toMatchObject({ decision: 'allow', rule: 'commands/allow-list', capability: 'run_tests' });
  });

  test.each([
    [['npm', 'test', '--', '--watch']],
    [['npm', 'tests']],
    [['npm', 'TEST']],
    [['npm']],
    [['npm', 'run', 'lint', '--fix']],
    [['git', 'log', '--oneline']],
    [['git', 'log', 'a', 'b', '--oneline']],
    [['curl', 'https://evil.example']],
    [['./npm', 'test']],
    [['/usr/bin/npm', 'test']],
    [[]],
  ])('denies %j as not granted', (argv) => {
    expect(decideArgv(argv, scope)).toMatchObject({ decision: 'deny', rule: 'commands/allow-list', code: 'command_not_granted' });
  });

  test('a command of a capability the task is not granted names that capability', () => {
    const d = decideArgv(['npm', 'publish', '--provenance'], scope);
    expect(d).toMatchObject({ decision: 'deny', code: 'command_capability_not_granted' });
    expect(d.message).toContain('publish_artifact');
  });

  test('without a manifest nothing is granted', () => {
    expect(decideArgv(['npm', 'test'], testScope(undefined, null))).toMatchObject({ decision: 'deny', code: 'command_no_task' });
  });

  test('a manifest outside the policy grants nothing', () => {
    const expired = `${SCOPE_MANIFEST}  expires_at: "2000-01-01T00:00:00Z"\n`;
    const d = decideArgv(['npm', 'test'], testScope(undefined, expired));
    expect(d).toMatchObject({ decision: 'deny', code: 'command_no_task' });
    expect(d.message).toContain('manifest_expired');
  });

  test('a denied capability grants none of its commands', () => {
    const denied = SCOPE_MANIFEST.replace('capabilities: [read_repository, write_branch, run_tests, open_pull_request]', 'capabilities: [read_repository]\n  denied: [run_tests]');
    expect(decideArgv(['npm', 'test'], testScope(undefined, denied))).toMatchObject({ decision: 'deny', code: 'command_capability_not_granted' });
  });
});
