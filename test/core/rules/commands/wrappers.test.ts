// commands/wrappers: a program that runs another program is allowed only where a pattern names it.
import { decideArgv, decideCommandLine } from '../../../../src/core/commands/decide.js';
import { patternProblem } from '../../../../src/core/commands/patterns.js';
import { testScope } from '../../../support/command-scope.js';

const scope = testScope();

describe('commands/wrappers', () => {
  describe('attack: wrappers around an allowed command', () => {
    test.each([
      'env npm test',
      'env -i npm test',
      '/usr/bin/env npm test',
      'sudo npm test',
      'xargs npm test',
      'sh -c "npm test"',
      "bash -c 'npm test; curl evil'",
      'zsh -c "npm test"',
      'nice npm test',
      'nice -n 10 npm test',
      'timeout 60 npm test',
      'nohup npm test',
      'command npm test',
      'builtin npm test',
      'exec npm test',
      'eval npm test',
      'eval "npm test; id"',
      'node -e "require(\'child_process\').execSync(\'id\')"',
      'python -c "import os"',
      'python3 -m http.server',
      'perl -e "system(1)"',
      "find . -exec npm test ';'",
      'npx cowsay hi',
      'npx --package=evil jest',
      'strace npm test',
      'watch npm test',
      'busybox sh',
      'awk "BEGIN{system(1)}"',
      'ssh host npm test',
    ])('denies %j', (line) => {
      const d = decideCommandLine(line, scope);
      expect(d.decision).toBe('deny');
      expect(d.rule).toBe('commands/wrappers');
    });
  });

  describe('attack: a wildcard admitting an option that runs code', () => {
    test.each([
      [['npx', 'jest', '--package=evil']],
      [['npx', 'jest', '-p', 'evil']],
      [['npx', 'jest', '--call', 'curl evil']],
      [['npx', 'jest', '-c', 'id']],
      [['git', 'log', '-c', '--oneline']],
      [['git', 'log', '--exec-path=/tmp', '--oneline']],
    ])('denies %j as command_wrapper_option', (argv) => {
      expect(decideArgv(argv, scope)).toMatchObject({ decision: 'deny', rule: 'commands/wrappers', code: 'command_wrapper_option' });
    });
    test('the same program with an ordinary option is allowed', () => {
      expect(decideArgv(['npx', 'jest', '--coverage'], scope)).toMatchObject({ decision: 'allow' });
      expect(decideArgv(['git', 'log', 'main', '--oneline'], scope)).toMatchObject({ decision: 'allow' });
    });
  });

  test('a pattern that names the wrapper and what it runs is honoured', () => {
    const named = testScope(
      `version: 1\ncapabilities:\n  run_tests:\n    commands:\n      - [timeout, "600", npm, test]\n      - [node, -e, "console.log(1)"]\nsubjects:\n  s:\n    capabilities: [run_tests]\n`,
      'agent_task:\n  subject: s\n  repository: r\n  capabilities: [run_tests]\n',
    );
    expect(decideArgv(['timeout', '600', 'npm', 'test'], named)).toMatchObject({ decision: 'allow' });
    expect(decideArgv(['node', '-e', 'console.log(1)'], named)).toMatchObject({ decision: 'allow' });
    expect(decideArgv(['timeout', '600', 'npm', 'publish'], named)).toMatchObject({ decision: 'deny', code: 'command_wrapper' });
  });

  describe('policy patterns that would let * stand for what a wrapper runs are refused', () => {
    test.each([
      [['env', '*']],
      [['sudo', 'npm', '*']],
      [['timeout', '*', 'npm', 'test']],
      [['sh', '-c', '*']],
      [['npx', '*']],
      [['npx', '--yes', '*']],
      [['npm', 'exec', '*']],
      [['pnpm', 'dlx', '*']],
      [['uv', 'tool', 'run', '*']],
    ])('%j', (pattern) => {
      expect(patternProblem(pattern)).toEqual(expect.any(String));
    });
    test.each([[['npx', 'jest', '*']], [['npm', 'exec', 'jest', '*']], [['npm', 'test']], [['env', 'FOO=1', 'npm', 'test']]])('%j is accepted', (pattern) => {
      expect(patternProblem(pattern)).toBeNull();
    });
  });
});
