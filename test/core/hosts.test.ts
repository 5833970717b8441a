import { lockfileHosts, reviewDependencyChange } from '../../src/core/dependency-review.js';
import { hostAllowed, hostMatches, hostProblem } from '../../src/core/hosts.js';

const ALLOW = ['registry.npmjs.org', '*.github.com', 'github.com'];
const v1 = (dep: Record<string, unknown>) => JSON.stringify({ name: 'r', lockfileVersion: 1, requires: true, dependencies: { x: { version: '1.0.0', ...dep } } });
const denies = (text: string, path = 'package-lock.json') =>
  reviewDependencyChange(path, null, text, ALLOW)
    .filter((f) => f.severity === 'deny')
    .map((f) => f.code);

describe('hosts outside the allow list', () => {
  test('a network scheme without "//" in a v1 lockfile resolves to its WHATWG host (npm fetches https:evil.example/x.tgz)', () => {
    for (const r of ['https:evil.example/x.tgz', 'https:/evil.example/x.tgz', 'https:\\\\evil.example\\x.tgz', 'HTTPS:evil.example/x.tgz', 'https:///evil.example/x.tgz']) {
      const scan = lockfileHosts('package-lock.json', v1({ resolved: r }));
      expect([r, scan.hosts]).toEqual([r, ['evil.example']]);
      expect(scan.sources.map((s) => s.kind)).toEqual(['unknown']);
      expect(denies(v1({ resolved: r }))).toContain('dependency_host_not_allowed');
    }
    // The same in a v1 `version` (where npm 6 writes a tarball URL).
    expect(lockfileHosts('package-lock.json', v1({ version: 'https:evil.example/x.tgz' })).hosts).toEqual(['evil.example']);
  });

  test('a scheme-relative or UNC resolved value in a v1 lockfile is an unknown source, not a relative path', () => {
    for (const r of ['//evil.example/x.tgz', '\\\\evil.example\\share\\x.tgz']) {
      expect(lockfileHosts('package-lock.json', v1({ resolved: r })).sources.map((s) => s.kind)).toEqual(['unknown']);
    }
  });

  test('an unreadable resolved source is a deny (dependency_unknown_source), not only an approval', () => {
    for (const r of ['//evil.example/x.tgz', 'https:evil.example/x.tgz', 's3://bucket/x.tgz', 'not a url']) {
      const codes = denies(JSON.stringify({ name: 'r', lockfileVersion: 3, packages: { '': {}, 'node_modules/x': { version: '1.0.0', resolved: r } } }));
      expect([r, codes]).toEqual([r, expect.arrayContaining(['dependency_unknown_source'])]);
    }
  });

  test('a wildcard covers only plain hostnames: no percent-encoded, backslash or "@" prefix before the domain', () => {
    expect(hostMatches('*.github.com', 'evil.example%23.github.com')).toBe(false);
    expect(hostMatches('*.github.com', 'evil.example\\.github.com')).toBe(false);
    expect(hostMatches('*.github.com', 'a@evil.example@github.com')).toBe(false);
    expect(hostMatches('*.github.com', 'Codeload.GitHub.com.')).toBe(true);
    const scan = 'git+ssh://git@evil.example%23.github.com/x.git';
    expect(denies(v1({ resolved: scan }))).toContain('dependency_host_not_allowed');
    // WHATWG refuses %2f in a host; the manual fallback keeps it, and it is covered by nothing.
    expect(denies(v1({ resolved: 'https://evil.example%2f.registry.npmjs.org/x.tgz' }))).toContain('dependency_host_not_allowed');
  });

  test('a git URL whose authority git/curl and WHATWG read differently (two "@", a backslash) names no allowed host, and no credentials', () => {
    for (const r of ['git+https://a@evil.example@github.com/x.git', 'git+https://evil.example\\@github.com/x.git', 'git+ssh://u:secret@evil.example@github.com/x.git']) {
      const findings = reviewDependencyChange('package-lock.json', null, v1({ resolved: r }), ALLOW);
      expect([r, findings.filter((f) => f.severity === 'deny').map((f) => f.code)]).toEqual([r, ['dependency_host_not_allowed']]);
      expect(JSON.stringify(findings)).not.toContain('secret');
    }
  });

  test('https authority tricks resolve as WHATWG (and npm) read them', () => {
    const host = (r: string) => lockfileHosts('package-lock.json', v1({ resolved: r })).hosts;
    expect(host('https://registry.npmjs.org@evil.example/x.tgz')).toEqual(['evil.example']);
    expect(host('https://registry.npmjs.org\\@evil.example/x.tgz')).toEqual(['registry.npmjs.org']); // the backslash ends the host
    expect(host('https://evil.example\\@registry.npmjs.org/x.tgz')).toEqual(['evil.example']);
    expect(host('https://%65vil.example/x.tgz')).toEqual(['evil.example']);
    expect(host('https://registry\u3002npmjs\uff0eorg/x.tgz')).toEqual(['registry.npmjs.org']);
    expect(host('http://2130706433/x.tgz')).toEqual(['127.0.0.1']);
    expect(host('http://0x7f.1/x.tgz')).toEqual(['127.0.0.1']);
    expect(host('https://REGISTRY.npmjs.org.:8443/x.tgz')).toEqual(['registry.npmjs.org']);
  });

  test('allow-list entries: no bare or single-label wildcard, no IDN text, no trailing dot; a wildcard never covers its apex or a lookalike', () => {
    for (const bad of ['*', '*.com', '**.example.com', 'a.*.example.com', 'registry.npmjs.org.', 'registry\u3002npmjs.org', 'exa mple.com', '[::1]']) {
      expect([bad, hostProblem(bad)]).not.toEqual([bad, null]);
    }
    expect(hostAllowed(['*.example.com'], 'example.com')).toBe(false);
    expect(hostAllowed(['*.example.com'], 'evilexample.com')).toBe(false);
    expect(hostAllowed(['*.example.com'], 'example.com.evil.io')).toBe(false);
    expect(hostAllowed(['*.example.com'], 'a.b.example.com')).toBe(true);
  });
});
