// .npmrc read as npm reads it (npm's `ini` parser, version 6): the expected values below are what that
// parser returns for each text. A looser reading named another registry host than the one npm installs
// from, so the attacks go through the dependency review too.
import { reviewDependencyChange } from '../../../src/core/dependency-review.js';
import { parseNpmrc } from '../../../src/core/formats/ini.js';

const settings = (text: string) => Object.fromEntries(parseNpmrc(text));

describe('.npmrc grammar', () => {
  test.each([
    ['registry=https://a.example/', { registry: 'https://a.example/' }],
    [' registry = https://a.example/ ', { registry: 'https://a.example/' }],
    ['registry=https://a.example/ ; comment', { registry: 'https://a.example/' }],
    ['registry=https://a.example/#fragment', { registry: 'https://a.example/' }],
    ['registry=https://a.example/\\;x\\#y\\\\z\\q', { registry: 'https://a.example/;x#y\\z\\q' }],
    ['registry="https://a.example/" ; c', { registry: '"https://a.example/"' }],
    ['registry="https://a\\u002eexample/"', { registry: 'https://a.example/' }],
    ["registry='https://a.example/'", { registry: 'https://a.example/' }],
    ['"registry"=https://a.example/', { registry: 'https://a.example/' }],
    ['registry : https://a.example/', { 'registry : https://a.example/': 'true' }],
    ['a=b=c', { a: 'b=c' }],
    ['ignore-scripts', { 'ignore-scripts': 'true' }],
    ['ca[]=a\nca[]=b', { ca: 'a\nb' }],
    ['ca=a\nca[]=b\nca=c', { ca: 'a\nb\nc' }],
    ['registry=https://a.example/\nregistry=https://b.example/', { registry: 'https://b.example/' }],
    ['; registry=https://a.example/\n  # also a comment', {}],
    ['[section]\nregistry=https://a.example/', { 'section.registry': 'https://a.example/' }],
    ['[__proto__]\nregistry=https://a.example/\n[x]\ny=1', { 'x.y': '1' }],
    ['__proto__=1\nk=2', { k: '2' }],
    ['\ufeffregistry=https://a.example/\r\nk=1', { registry: 'https://a.example/', k: '1' }],
  ])('%j', (text, expected) => {
    expect(settings(text)).toEqual(expected);
  });
});

describe('attack: an .npmrc registry the guard would read as another host', () => {
  const ALLOW = ['registry.npmjs.org'];
  const registry = (head: string) => reviewDependencyChange('.npmrc', 'registry=https://registry.npmjs.org/\n', head, ALLOW);

  test.each([
    // npm unescapes `\;`: the allowed name is the user part, evil.example the host.
    ['registry=https://registry.npmjs.org\\;@evil.example/\n'],
    // A JSON string: \u0040 is "@".
    ['registry="https://registry.npmjs.org\\u0040evil.example/"\n'],
    // A quoted key is the key.
    ['"registry"=https://evil.example/\n'],
  ])('%j is a registry change to evil.example, outside the allow list', (head) => {
    const f = registry(head);
    // The registry's host is a source: outside the allow list, a deny of dependencies/source-hosts.
    expect(f.map((x) => x.code)).toEqual(['dependency_host_not_allowed', 'npmrc_registry']);
    expect(f[0]!.message).toContain('source host "evil.example" is not in the network allow list');
    expect(f[1]!.message).toContain('host "evil.example" is not in the network allow list');
  });

  test('a comment after the allowed registry changes nothing npm reads', () => {
    expect(registry('registry=https://registry.npmjs.org/ ; the public registry\n')).toEqual([]);
  });
});
