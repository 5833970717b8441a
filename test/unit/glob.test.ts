import { countBraceExpansions, GlobSet, lintGlob, MAX_BRACE_EXPANSIONS } from '../../src/core/glob.js';

const codes = (g: string) => lintGlob(g).map((e) => e.code);

describe('lintGlob (ATTACKS 1.1, items 9-19)', () => {
  test.each([
    ['docs/../**', 'glob_dot_segment'],
    ['!src/secrets/**', 'glob_negation'],
    ['#secrets/**', 'glob_comment'],
    ['', 'glob_empty'],
    ['{a,b}'.repeat(17), 'glob_brace_explosion'],
    ['+(docs|.github)/**', 'glob_extglob'],
    ['@(docs)/**', 'glob_extglob'],
    ['docs\\..\\.github\\workflows\\x.yml', 'glob_backslash'],
    ['docs//a.md', 'glob_empty_segment'],
    ['docs/', 'glob_trailing_slash'],
    ['/docs/**', 'glob_absolute'],
    ['./docs/**', 'glob_dot_slash'],
    ['{docs,..}/x', 'glob_bad_alternative'],
    ['src/{1..9}', 'glob_brace_range'],
  ])('%j is refused with %s', (glob, code) => {
    expect(codes(glob)).toContain(code);
  });

  test.each(['docs/**', '**/*.tf', '.github/**', '{src,lib}/**/*.ts', 'agent/*'])('%j is accepted', (glob) => {
    expect(lintGlob(glob)).toEqual([]);
  });

  test('brace counting is exact and linear', () => {
    expect(countBraceExpansions('{a,b}{c,d}{e,{f,g}}')).toBe(12);
    expect(countBraceExpansions('{a,b}'.repeat(40))).toBe(Infinity);
    expect(countBraceExpansions('a{b')).toBe(1);
    expect(MAX_BRACE_EXPANSIONS).toBeLessThan(100000);
  });
});

describe('GlobSet matches with dot:true and fixed options', () => {
  const set = new GlobSet<string>();
  for (const g of ['**', 'docs/**', '**/*.tf', '**/package-lock.json', '.github/**', '{src,lib}/**/*.ts', 'a/*/b', '*.md']) set.add(g, g);
  const hits = (p: string) => set.matchAll(p).map((m) => m.glob);

  test('catch-all sees dot directories (item 3)', () => {
    expect(hits('.github/workflows/ci.yml')).toEqual(['**', '.github/**']);
  });
  test('directory rules see dotfiles inside them (item 4)', () => {
    expect(hits('docs/.npmrc')).toEqual(['**', 'docs/**']);
  });
  test('slash-free patterns do not match basenames (no matchBase, item 5)', () => {
    expect(hits('x/README.md')).toEqual(['**']);
    expect(hits('README.md')).toEqual(['**', '*.md']);
  });
  test('indexed buckets agree with the glob meaning', () => {
    expect(hits('x/y/main.tf')).toEqual(['**', '**/*.tf']);
    expect(hits('package-lock.json')).toEqual(['**', '**/package-lock.json']);
    expect(hits('lib/x.ts')).toEqual(['**', '{src,lib}/**/*.ts']);
    expect(hits('a/q/b')).toEqual(['**', 'a/*/b']);
  });
  test('case is exact here (folding is the classifier\'s job)', () => {
    expect(hits('.GITHUB/workflows/ci.yml')).toEqual(['**']);
  });
  test('an unlinted glob is a programming error', () => {
    expect(() => set.add('!x', 'x')).toThrow(/unlinted/);
  });
});
