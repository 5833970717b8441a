// pip.conf read as pip reads it (Python's configparser.RawConfigParser): the expected values below are
// what configparser returns for each text. A reader that ended a value at a comment or blank line, or
// took any indented line as a continuation, named another index than the one pip installs from.
import { reviewDependencyChange } from '../../../src/core/dependency-review.js';
import { parsePipConf } from '../../../src/core/formats/ini.js';

const settings = (text: string) => Object.fromEntries(parsePipConf(text));

describe('pip.conf grammar', () => {
  test.each([
    ['[global]\nindex-url = https://a.example/simple\n', { 'global.index-url': 'https://a.example/simple' }],
    ['[global]\nIndex-URL: https://a.example/simple\n', { 'global.index-url': 'https://a.example/simple' }],
    ['[global]\nindex-url = "https://a.example/simple" ; c\n', { 'global.index-url': '"https://a.example/simple" ; c' }],
    ['[global]\nextra-index-url = https://a.example/\n  https://b.example/\n', { 'global.extra-index-url': 'https://a.example/\nhttps://b.example/' }],
    ['[global]\nextra-index-url = https://a.example/\n  # c\n  https://b.example/\n', { 'global.extra-index-url': 'https://a.example/\nhttps://b.example/' }],
    ['[global]\nextra-index-url = https://a.example/\n\n  https://b.example/\n', { 'global.extra-index-url': 'https://a.example/\n\nhttps://b.example/' }],
    ['[global]\n  index-url = https://a.example/\n  extra-index-url = https://b.example/\n', { 'global.index-url': 'https://a.example/', 'global.extra-index-url': 'https://b.example/' }],
    ['[global] trailing text\nk = v\n', { 'global.k': 'v' }],
    ['[global]\rk = v\r\n  w\r', { 'global.k': 'v\nw' }],
    ['[global]\nk = v \x85\n', { 'global.k': 'v' }],
    ['[DEFAULT]\ntimeout = 5\n', { 'DEFAULT.timeout': '5' }],
  ])('%j', (text, expected) => {
    expect(settings(text)).toEqual(expected);
  });

  test('a file configparser refuses (an option before any section) still shows every option after a header', () => {
    // pip refuses such a file whole; listing what follows can only report more, never less.
    expect(settings('k = v\n[global]\nj = w\n')).toEqual({ 'global.j': 'w' });
  });
});

describe('attack: a pip.conf index the guard would not see', () => {
  const ALLOW = ['pypi.org'];
  const BASE = '[global]\nextra-index-url = https://pypi.org/simple\n';
  test.each([
    // configparser continues a value across an indented comment line and a blank line.
    ['[global]\nextra-index-url = https://pypi.org/simple\n  # mirror\n  https://evil.example/simple\n'],
    ['[global]\nextra-index-url = https://pypi.org/simple\n\n  https://evil.example/simple\n'],
  ])('%j adds evil.example to extra-index-url', (head) => {
    const f = reviewDependencyChange('pip.conf', BASE, head, ALLOW);
    expect(f.map((x) => x.code)).toEqual(['dependency_host_not_allowed', 'python_index']);
    expect(f[0]!.message).toContain('source host "evil.example" is not in the network allow list (first at "global.extra-index-url")');
    expect(f[1]!.message).toContain('"global.extra-index-url"');
    expect(f[1]!.message).toContain('evil.example');
  });

  test('an option indented like the one before it is its own option, not a continuation', () => {
    const f = reviewDependencyChange('pip.conf', '[global]\n  index-url = https://pypi.org/simple\n', '[global]\n  index-url = https://pypi.org/simple\n  extra-index-url = https://evil.example/simple\n', ALLOW);
    expect(f.map((x) => x.code)).toEqual(['dependency_host_not_allowed', 'python_index']);
    expect(f[1]!.message).toContain('"global.extra-index-url"');
  });
});
