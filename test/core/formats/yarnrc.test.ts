// yarn 1's .yarnrc read with the tokenizer yarn 1 parses it with (its lockfile lexer): quoted tokens are
// JSON strings, bare words end at `:`, a space or `,`, `#` starts a comment. Reading a quoted value as
// plain text named registry.npmjs.org where yarn installs from evil.example.
import { reviewDependencyChange } from '../../../src/core/dependency-review.js';
import { parseYarnrcClassic } from '../../../src/core/formats/ini.js';

const settings = (text: string) => Object.fromEntries(parseYarnrcClassic(text));

describe('.yarnrc grammar', () => {
  test.each([
    ['registry "https://a.example/"\n', { registry: 'https://a.example/' }],
    ['registry "https://a\\u002eexample/" # comment\n', { registry: 'https://a.example/' }],
    ['"registry" "https://a.example/"\n', { registry: 'https://a.example/' }],
    ['registry: "https://a.example/"\n', { registry: 'https://a.example/' }],
    ['--registry "https://a.example/"\n', { '--registry': 'https://a.example/' }],
    ['  yarn-path "./x\\"y.js"\n', { 'yarn-path': './x"y.js' }],
    ['network-timeout 600000\nstrict-ssl false\nignore-scripts\n', { 'network-timeout': '600000', 'strict-ssl': 'false', 'ignore-scripts': 'true' }],
    ['# registry "https://a.example/"\n', {}],
  ])('%j', (text, expected) => {
    expect(settings(text)).toEqual(expected);
  });

  test('a line yarn cannot parse (an unquoted URL splits at its colon) keeps its whole value', () => {
    expect(settings('registry https://evil.example/\n')).toEqual({ registry: 'https://evil.example/' });
  });
});

test('attack: a JSON escape in a quoted .yarnrc registry names the host yarn installs from', () => {
  const f = reviewDependencyChange('.yarnrc', 'registry "https://registry.npmjs.org/"\n', 'registry "https://registry.npmjs.org\\u0040evil.example/"\n', ['registry.npmjs.org']);
  expect(f.map((x) => x.code)).toEqual(['dependency_host_not_allowed', 'yarnrc_registry']);
  expect(f[0]!.message).toContain('source host "evil.example" is not in the network allow list');
  expect(f[1]!.message).toContain('host "evil.example" is not in the network allow list');
});
