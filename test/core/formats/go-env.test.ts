// go.env read as the go command reads it (cmd/go's readEnvFile): a line counts only when it starts with
// an upper-case ASCII letter and holds `=`; key and value are split at the first `=`, untrimmed.
import { reviewDependencyChange } from '../../../src/core/dependency-review.js';
import { parseGoEnv } from '../../../src/core/formats/ini.js';

const settings = (text: string) => Object.fromEntries(parseGoEnv(text));

describe('go.env grammar', () => {
  test.each([
    ['GOPROXY=https://proxy.golang.org,direct\n', { GOPROXY: 'https://proxy.golang.org,direct' }],
    ['# comment\nGOSUMDB=sum.golang.org\n', { GOSUMDB: 'sum.golang.org' }],
    ['GOPROXY = https://a.example\n', { 'GOPROXY ': ' https://a.example' }],
    ['GOPROXY="https://a.example"\n', { GOPROXY: '"https://a.example"' }],
    ['[section]\nGOPROXY=https://a.example\n', { GOPROXY: 'https://a.example' }],
    ['  GOPROXY=https://a.example\ngoproxy=https://b.example\n', {}],
    ['GOPROXY=https://a.example\r\n', { GOPROXY: 'https://a.example\r' }],
    ['GOPROXY=a\nGOPROXY=b', { GOPROXY: 'b' }],
    ['GOFLAGS=-mod=mod\n', { GOFLAGS: '-mod=mod' }],
  ])('%j', (text, expected) => {
    expect(settings(text)).toEqual(expected);
  });
});

test('attack: a [section] line before GOPROXY does not hide it (go ignores the line, not the setting)', () => {
  const f = reviewDependencyChange('go.env', 'GOPROXY=https://proxy.golang.org,direct\n', '[go]\nGOPROXY=https://evil.example\n', ['proxy.golang.org']);
  expect(f.map((x) => x.code)).toEqual(['dependency_host_not_allowed', 'go_env_proxy']);
  expect(f[0]!.message).toContain('(first at "GOPROXY")');
  expect(f[1]!.message).toContain('"GOPROXY"');
});
