// Argv patterns: literal words, * for one argument, a trailing * for the rest; nothing else.
import { formatPattern, matchPattern, patternProblem } from '../../../src/core/commands/patterns.js';
import { parsePolicy } from '../../../src/core/policy.js';

describe('matchPattern', () => {
  test.each([
    [['npm', 'test'], ['npm', 'test'], []],
    [['npx', 'jest', '*'], ['npx', 'jest'], []],
    [['npx', 'jest', '*'], ['npx', 'jest', 'a', 'b'], [2, 3]],
    [['git', 'log', '*', '--oneline'], ['git', 'log', 'main', '--oneline'], [2]],
  ])('%j matches %j (wildcards at %j)', (pattern, argv, wildcardArgs) => {
    expect(matchPattern(pattern, argv)).toEqual({ wildcardArgs });
  });
  test.each([
    [['npm', 'test'], ['npm', 'test', 'x']],
    [['npm', 'test'], ['npm']],
    [['npm', 'test'], ['NPM', 'test']],
    [['npm', 'test'], ['npm', 'test ']],
    [['git', 'log', '*', '--oneline'], ['git', 'log', '--oneline']],
    [['git', 'log', '*', '--oneline'], ['git', 'log', 'a', 'b', '--oneline']],
    [['npx', 'jest', '*'], ['npx']],
  ])('%j does not match %j', (pattern, argv) => {
    expect(matchPattern(pattern, argv)).toBeNull();
  });
});

describe('patternProblem', () => {
  test.each([[[]], [['*']], [['*', 'test']], [['npm', 'test:*']], [['npm', '--config=*']], [['npm', '']], [['npm', 'a\nb']], [['npm', 'a\u202eb']], [Array(65).fill('x')], ['npm test']])('%j is refused', (p) => {
    expect(patternProblem(p)).toEqual(expect.any(String));
  });
  test('a policy with a shell string or a partial glob as a command is refused at its location', () => {
    const r = parsePolicy({ version: 1, capabilities: { run_tests: { commands: [['npm', 'test:*']] } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.objectContaining({ code: 'command_pattern_invalid', pointer: '/capabilities/run_tests/commands/0' })]);
    const s = parsePolicy({ version: 1, capabilities: { run_tests: { commands: ['npm test'] } } });
    expect(s.ok).toBe(false);
  });
  test('a refused capability cannot grant commands or variables', () => {
    const r = parsePolicy({ version: 1, capabilities: { read_secrets: { env: ['AWS_SECRET_ACCESS_KEY'] } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.code).toBe('capability_commands_not_allowed');
  });
});

test('formatPattern quotes words a reader would misread', () => {
  expect(formatPattern(['npx', 'jest', '*'])).toBe('npx jest *');
  expect(formatPattern(['git', 'commit', '-m', "it's done"])).toBe(`git commit -m 'it'\\''s done'`);
});
