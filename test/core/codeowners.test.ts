// CODEOWNERS: GitHub's lookup order, parsing, pattern translation into the one glob engine, and owner
// logins. A real file of a large project (argocd's, with the changed paths of 11k commits) is checked
// when ../shared/data (test data kept beside the repository, not in it) is present; else it is skipped.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  CODEOWNERS_LOCATIONS,
  CODEOWNERS_MAX_BYTES,
  codeownersLocation,
  parseCodeowners,
  parseOwner,
  translateCodeownersPattern,
  type CodeownersFile,
} from '../../src/core/codeowners.js';
import { isAgentIdentity, loginMatches, sameLogin } from '../../src/core/logins.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sharedData = resolve(repoRoot, '../shared/data');
const argoCodeowners = resolve(sharedData, 'argocd-CODEOWNERS');
const argoHistory = resolve(sharedData, 'argocd-changed-paths.jsonl.gz');

const owners = (file: CodeownersFile, path: string) => file.ownersOf(path)?.owners.map((o) => o.raw) ?? null;
const lineOf = (file: CodeownersFile, path: string) => file.ownersOf(path)?.line ?? null;

describe('CODEOWNERS_LOCATIONS', () => {
  test("GitHub's lookup order: .github/, root, docs/; the first found wins", () => {
    expect(CODEOWNERS_LOCATIONS).toEqual(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']);
    expect(codeownersLocation(['docs/CODEOWNERS', 'CODEOWNERS'])).toBe('CODEOWNERS');
    expect(codeownersLocation(['docs/CODEOWNERS', '.github/CODEOWNERS', 'CODEOWNERS'])).toBe('.github/CODEOWNERS');
    expect(codeownersLocation(['src/CODEOWNERS'])).toBeUndefined();
  });
});

describe('parsing', () => {
  test('comments, blank lines, inline comments, tabs, CRLF and a BOM', () => {
    const f = parseCodeowners('\uFEFF# comment\r\n\r\n   # indented comment\n*\t@global  # inline comment @ignored\r\n*.js @js-owner #This is an inline comment.\n');
    expect(f.problems).toEqual([]);
    expect(f.rules.map((r) => [r.line, r.pattern, r.owners.map((o) => o.raw)])).toEqual([
      [4, '*', ['@global']],
      [5, '*.js', ['@js-owner']],
    ]);
  });

  test('owners: @user, @org/team, email; anything else makes the line invalid', () => {
    expect(parseOwner('@octocat')).toEqual({ kind: 'user', login: 'octocat', raw: '@octocat' });
    expect(parseOwner('@octo-org/octocats')).toEqual({ kind: 'team', org: 'octo-org', slug: 'octocats', name: 'octo-org/octocats', raw: '@octo-org/octocats' });
    expect(parseOwner('docs@example.com')).toEqual({ kind: 'email', email: 'docs@example.com', raw: 'docs@example.com' });
    for (const bad of ['octocat', '@', '@org/', '@org/team/x', '@-x/', 'not-an-email@', '@a b']) expect(parseOwner(bad)).toBeNull();
    const f = parseCodeowners('*.go docs@example.com\n*.txt @octo-org/octocats\n*.md @ok owner-without-at\n');
    expect(f.rules.map((r) => r.line)).toEqual([1, 2]);
    expect(f.problems).toHaveLength(1);
    expect(f.problems[0]).toMatchObject({ code: 'codeowners_invalid_owner', location: { file: 'CODEOWNERS', line: 3 } });
    expect(f.problems[0]!.message).toContain('line 3');
  });

  test('a pattern with no owners un-owns what it matches (GitHub docs: /apps/github)', () => {
    const f = parseCodeowners('/apps/ @octocat\n/apps/github\n');
    expect(f.problems).toEqual([]);
    expect(owners(f, 'apps/web/index.js')).toEqual(['@octocat']);
    expect(f.ownersOf('apps/github/x.js')).toEqual({ line: 2, pattern: '/apps/github', owners: [] });
    expect(owners(f, 'other/x.js')).toBeNull();
  });

  test('the last matching line wins, even when an earlier line is more specific', () => {
    const f = parseCodeowners('/apps/github @doctocat\n/apps/ @octocat\n*.js @js\n');
    expect(owners(f, 'apps/github/a.js')).toEqual(['@js']);
    expect(lineOf(f, 'apps/github/a.py')).toBe(2);
    expect(owners(f, 'apps/github/a.py')).toEqual(['@octocat']);
    const g = parseCodeowners('/apps/ @octocat\n/apps/github @doctocat\n');
    expect(owners(g, 'apps/github/a.py')).toEqual(['@doctocat']);
    expect(owners(g, 'apps/web/a.py')).toEqual(['@octocat']);
  });

  test.each([
    ['!docs/** @x', 'codeowners_negation'],
    ['*.[ch] @x', 'codeowners_character_range'],
    ['Python/ceval*.[ch] @x', 'codeowners_character_range'],
    ['\\#notes.md @x', 'codeowners_escape'],
    ['path\\ with\\ space @x', 'codeowners_escape'],
    ['docs#x @x', 'codeowners_hash'],
    ['{src,lib}/** @x', 'codeowners_brace'],
    ['docs//x @x', 'codeowners_empty_segment'],
    ['docs/../.github @x', 'codeowners_dot_segment'],
    ['/ @x', 'codeowners_empty_pattern'],
    ['docs/**/ @x', 'codeowners_ambiguous'],
    ['+(a|b) @x', 'codeowners_untranslatable'],
    ['docs/\u0007 @x', 'codeowners_control_character'],
  ])('%j is reported and skipped (%s)', (line, code) => {
    const f = parseCodeowners(`* @all\n${line}\n`);
    expect(f.problems.map((p) => p.code)).toEqual([code]);
    expect(f.problems[0]!.location?.line).toBe(2);
    expect(f.rules).toHaveLength(1);
  });

  test('a file of 3 MB or more is not loaded at all, as on GitHub', () => {
    const big = '* @a\n'.padEnd(CODEOWNERS_MAX_BYTES, '#');
    const f = parseCodeowners(big);
    expect(f.rules).toEqual([]);
    expect(f.problems.map((p) => p.code)).toEqual(['codeowners_too_large']);
    expect(f.ownersOf('x')).toBeNull();
  });
});

describe('pattern translation into the one glob engine', () => {
  test.each([
    ['*', ['**/*']],
    ['*.js', ['**/*.js', '**/*.js/**']],
    ['/docs/', ['docs/**']],
    ['apps/', ['**/apps/**']],
    ['docs/*', ['docs/*']],
    ['/build/logs/', ['build/logs/**']],
    ['**/logs', ['**/logs', '**/logs/**']],
    ['/docs/**', ['docs/**']],
    ['**', ['**']],
    ['Makefile', ['**/Makefile', '**/Makefile/**']],
    ['/README.md', ['README.md', 'README.md/**']],
    ['foo/bar', ['foo/bar', 'foo/bar/**']],
    ['/*', ['*']],
  ])('%j -> %j', (pattern, globs) => {
    expect(translateCodeownersPattern(pattern)).toEqual({ ok: true, globs });
  });

  // Expected matches from GitHub's documentation and gitignore rules (written out here, not computed).
  const cases: [string, Record<string, boolean>][] = [
    ['*', { 'a.js': true, 'x/y/z.md': true, '.github/workflows/ci.yml': true }],
    ['*.js', { 'a.js': true, 'src/deep/a.js': true, 'a.jsx': false, 'a.js.map': false }],
    ['/build/logs/', { 'build/logs/a.log': true, 'build/logs/x/y.log': true, 'build/logs': false, 'src/build/logs/a.log': false }],
    ['docs/*', { 'docs/getting-started.md': true, 'docs/build-app/troubleshooting.md': false, 'x/docs/a.md': false, docs: false }],
    ['apps/', { 'apps/a.js': true, 'x/y/apps/a/b.js': true, apps: false, 'myapps/a.js': false }],
    ['/docs/', { 'docs/a.md': true, 'docs/x/y.md': true, 'src/docs/a.md': false }],
    ['**/logs', { 'build/logs/a': true, 'scripts/logs/x/y': true, 'deeply/nested/logs/z': true, 'logs/a': true, logs: true, 'catalogs/a': false }],
    ['foo', { foo: true, 'foo.txt': false, 'foo/bar': true, 'bar/foo': true, 'bar/foo/baz': true, 'bar/baz': false }],
    ['/foo', { foo: true, 'foo/bar': true, 'bar/foo': false }],
    ['foo/', { foo: false, 'foo/bar': true, 'bar/foo/baz': true }],
    ['foo/bar', { 'foo/bar': true, 'foo/bart': false, 'foo/bar/baz': true, 'baz/foo/bar': false }],
    ['f*', { foo: true, 'foo/bar': true, 'bar/foo': true, 'bar/baz': false, xfoo: false }],
    ['/*', { foo: true, 'foo/bar': false }],
    ['foo/*.txt', { 'foo/bar.txt': true, 'foo/bar/baz.txt': false, 'qux/foo/bar.txt': false }],
    ['foo/*/baz', { 'foo/bar/baz': true, 'foo/bar/baz/qux': true, 'foo/baz': false }],
    ['f?o', { foo: true, fo: false, fooo: false }],
    ['foo/**/bar', { 'foo/bar': true, 'foo/q/bar/baz': true, 'qux/foo/bar': false }],
    ['foo/bar/**', { 'foo/bar': false, 'foo/bar/baz': true, 'foo/bar/baz/qux': true }],
    ['*.md', { 'README.md': true, 'docs/README.MD': false }],
    ['.github/', { '.github/workflows/ci.yml': true, 'sub/.github/x': true }],
  ];
  test.each(cases)('%j matches as GitHub documents', (pattern, paths) => {
    const f = parseCodeowners(`${pattern} @owner\n`);
    expect(f.problems).toEqual([]);
    const actual = Object.fromEntries(Object.keys(paths).map((p) => [p, f.ownersOf(p) !== null]));
    expect(actual).toEqual(paths);
  });

  test('paths are case-sensitive', () => {
    const f = parseCodeowners('/Docs/ @a\n');
    expect(owners(f, 'Docs/x.md')).toEqual(['@a']);
    expect(owners(f, 'docs/x.md')).toBeNull();
  });
});

describe('GitHub docs example file', () => {
  const example = [
    '*       @global-owner1 @global-owner2',
    '*.js    @js-owner #This is an inline comment.',
    '*.go docs@example.com',
    '*.txt @octo-org/octocats',
    '/build/logs/ @doctocat',
    'docs/*  docs@example.com',
    'apps/ @octocat',
    '/docs/ @doctocat',
    '/scripts/ @doctocat @octocat',
    '**/logs @octocat',
    '/apps/ @octocat',
    '/apps/github',
  ].join('\n');
  const f = parseCodeowners(example, { file: '.github/CODEOWNERS' });

  test('parses without problems', () => {
    expect(f.problems).toEqual([]);
    expect(f.file).toBe('.github/CODEOWNERS');
  });
  test.each([
    ['src/index.ts', ['@global-owner1', '@global-owner2']],
    ['src/index.js', ['@js-owner']],
    ['cmd/main.go', ['docs@example.com']],
    ['notes/a.txt', ['@octo-org/octocats']],
    ['build/logs/out.txt', ['@octocat']], // line 10 (**/logs) comes after line 5
    ['docs/getting-started.md', ['@doctocat']], // line 8 after line 6
    ['scripts/deploy.sh', ['@doctocat', '@octocat']],
    ['deeply/nested/logs/x.log', ['@octocat']],
    ['apps/github/readme.md', []],
    ['apps/web/readme.md', ['@octocat']],
  ])('%s -> %j', (path, expected) => {
    expect(owners(f, path)).toEqual(expected);
  });
});

const describeIfShared = existsSync(argoCodeowners) ? describe : describe.skip;

describeIfShared('a real file: argocd-CODEOWNERS', () => {
  const text = existsSync(argoCodeowners) ? readFileSync(argoCodeowners, 'utf8') : '';
  const f = parseCodeowners(text, { file: 'CODEOWNERS' });
  const A = '@argoproj/argocd-approvers';

  test('parses without problems', () => {
    expect(f.problems).toEqual([]);
    expect(f.rules.length).toBe(35);
  });

  test.each([
    ['controller/appcontroller.go', 2, [A]],
    ['docs/index.md', 5, [A, '@argoproj/argocd-approvers-docs']],
    ['docs/operator-manual/rbac.md', 47, [A, '@argoproj/argocd-approvers-docs', '@argoproj/argocd-approvers-cli']],
    ['README.md', 7, [A, '@argoproj/argocd-approvers-docs']],
    ['ui/README.md', 50, [A, '@argoproj/argocd-approvers-ui']],
    ['pkg/README.md', 2, [A]],
    ['.github/workflows/ci-build.yaml', 11, [A, '@argoproj/argocd-approvers-ci']],
    ['Makefile', 16, [A, '@argoproj/argocd-approvers-ci']],
    ['test/container/Dockerfile', 17, [A, '@argoproj/argocd-approvers-ci']],
    ['test/e2e/fixture/Dockerfile.dev', 18, [A, '@argoproj/argocd-approvers-ci']],
    ['hack/test.sh', 33, [A, '@argoproj/argocd-approvers-ci']],
    ['hack/gen-docs/main.go', 34, [A]],
    ['hack/git-ask-pass.sh', 40, [A]],
    ['cmd/argocd/commands/app.go', 44, [A, '@argoproj/argocd-approvers-cli']],
    ['cmd/main.go', 45, [A, '@argoproj/argocd-approvers-cli']],
    ['cmd/argocd-server/commands/root.go', 2, [A]],
    ['renovate-presets/commons.json5', 29, [A, '@argoproj/argocd-approvers-ci']],
    ['ui-test/src/test.ts', 51, [A, '@argoproj/argocd-approvers-ui']],
    ['Tiltfile', 20, [A, '@argoproj/argocd-approvers-ci']],
    ['sub/Tiltfile', 2, [A]],
  ])('%s -> line %i', (path, line, expected) => {
    expect(lineOf(f, path)).toBe(line);
    expect(owners(f, path)).toEqual(expected);
  });

  const describeIfHistory = existsSync(argoHistory) ? describe : describe.skip;
  describeIfHistory('every path of 11k real commits', () => {
    test('has an owner, and agrees with a naive last-match oracle', () => {
      const paths = new Set<string>();
      for (const line of gunzipSync(readFileSync(argoHistory)).toString('utf8').split('\n')) {
        if (!line) continue;
        for (const file of (JSON.parse(line) as { files: { path: string }[] }).files) paths.add(file.path);
      }
      expect(paths.size).toBeGreaterThan(1000);
      // Oracle for this file's pattern shapes only: literal names, `*` inside a name, `/**` and `/` endings.
      const oracle = (path: string): number | null => {
        let hit: number | null = null;
        for (const r of f.rules) {
          let p = r.pattern;
          const anchored = p.startsWith('/');
          if (anchored) p = p.slice(1);
          const segs = path.split('/');
          let ok: boolean;
          if (p === '**') ok = true;
          else if (p.endsWith('/**') || p.endsWith('/')) ok = path.startsWith(p.replace(/\/\*\*$|\/$/, '') + '/');
          else if (anchored) ok = path === p || path.startsWith(p + '/');
          else {
            const name = new RegExp(`^${p.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`);
            ok = segs.some((s) => name.test(s));
          }
          if (ok) hit = r.line;
        }
        return hit;
      };
      let checked = 0;
      for (const p of paths) {
        const line = lineOf(f, p);
        expect(line).not.toBeNull();
        if (line !== oracle(p)) throw new Error(`${p}: engine says line ${line}, oracle says ${oracle(p)}`);
        checked++;
      }
      expect(checked).toBe(paths.size);
    });
  });
});

describe('logins', () => {
  test('loginMatches: `*` is the only wildcard, brackets are literal, case-insensitive', () => {
    expect(loginMatches('*[bot]', 'dependabot[bot]')).toBe(true);
    expect(loginMatches('*[bot]', 'Renovate[BOT]')).toBe(true);
    expect(loginMatches('*[bot]', 'bot')).toBe(false);
    expect(loginMatches('*[bot]', 'b')).toBe(false);
    expect(loginMatches('Copilot', 'copilot')).toBe(true);
    expect(loginMatches('ci-*-agent', 'ci-x-agent')).toBe(true);
    expect(loginMatches('ci-*-agent', 'ci-agent')).toBe(false);
    expect(loginMatches('a*b*c', 'abc')).toBe(true);
    expect(loginMatches('a*b*c', 'axxbyyc')).toBe(true);
    expect(loginMatches('a*b*c', 'acb')).toBe(false);
    expect(loginMatches('*', 'anyone')).toBe(true);
    expect(loginMatches('a?c', 'abc')).toBe(false);
    expect(loginMatches('a.c', 'abc')).toBe(false);
    expect(loginMatches('', 'x')).toBe(false);
    expect(loginMatches('ab*ba', 'aba')).toBe(false);
  });

  test('loginMatches stays fast on hostile patterns', () => {
    const start = Date.now();
    const pattern = '*a'.repeat(100) + '*b';
    const login = 'a'.repeat(200);
    for (let i = 0; i < 1000; i++) loginMatches(pattern, login);
    expect(Date.now() - start).toBeLessThan(1000);
  });

  test('sameLogin is case-insensitive and never matches empty', () => {
    expect(sameLogin('OctoCat', 'octocat')).toBe(true);
    expect(sameLogin('', '')).toBe(false);
    expect(sameLogin(undefined, 'x')).toBe(false);
  });

  test.each([
    [{ login: 'Copilot', type: 'Bot' }, 'type Bot'],
    [{ login: 'Copilot' }, 'Copilot'],
    [{ login: 'COPILOT', type: 'User' }, 'Copilot'],
    [{ login: 'github-actions[bot]' }, '[bot]'],
    [{ login: 'github-actions', type: 'User' }, 'known agent'],
    [{ login: 'copilot-swe-agent' }, 'known agent'],
    [{ login: 'Dependabot' }, 'known agent'],
    [{ login: 'renovate' }, 'known agent'],
    [{ login: 'acme', type: 'Organization' }, 'organization'],
    [{ login: 'ghost', type: 'Mannequin' }, 'Mannequin'],
    [{ login: 'ci-agent', type: 'User' }, 'policy'],
  ])('isAgentIdentity(%j) mentions %s', (user, fragment) => {
    expect(isAgentIdentity(user, ['*[bot]', 'ci-agent'])).toContain(fragment);
  });

  test('a human is not an agent', () => {
    expect(isAgentIdentity({ login: 'octocat', type: 'User' }, ['*[bot]', 'Copilot'])).toBeNull();
    expect(isAgentIdentity({ login: 'robotics-fan' }, ['*[bot]'])).toBeNull();
  });
});
