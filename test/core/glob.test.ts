import fc from 'fast-check';
import { braceExpand, minimatch } from 'minimatch';
import { countBraceExpansions, GLOB_OPTIONS, GlobSet, lintGlob, lintPolicyGlob, MAX_BRACE_EXPANSIONS } from '../../src/core/glob.js';

const codes = (g: string) => lintGlob(g).map((e) => e.code);

describe('lintGlob', () => {
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
    // An unclosed brace is not a form the lint accepts (see 'brace forms the engine reads in surprising ways').
    expect(countBraceExpansions('a{b')).toBe(Infinity);
    expect(countBraceExpansions('a,b')).toBe(1);
    expect(MAX_BRACE_EXPANSIONS).toBeLessThan(100000);
  });
});

describe('brace forms the engine reads in surprising ways are refused, so the expansion count is exact', () => {
  // Found in the paths-and-globs pass: the counter treated these as literal text, but brace-expansion
  // does not. `{{a,b}}` is two alternatives (`{a}`, `{b}`), so six of `{{a,...,h}}` (117 characters)
  // counted as 1 and expanded to 8^6 = 262 144: minimatch kept the first 100 000 (the rest of the rule
  // silently gone) and compiling them took over a second and 180 MB.
  const bomb = '{{a,b,c,d,e,f,g,h}}'.repeat(6) + '/**';
  test.each([
    [bomb],
    ['x{a},b}/**'], // bash's quirk: `xa}/**` and `xb/**`
    ['docs/${a,b}'], // literal to brace-expansion
    ['{a}'],
    ['{}'],
    ['a{b'],
    ['a}b'],
    ['{a,b'],
    ['{a,{b}}'],
  ])('%j is refused with glob_brace_form', (glob) => {
    expect(codes(glob)).toContain('glob_brace_form');
    expect(() => new GlobSet<string>().add(glob, 'x')).toThrow(/unlinted/);
  });

  test('the refused bomb really is one: the engine expands it past its own cap', () => {
    expect(braceExpand(bomb, GLOB_OPTIONS).length).toBe(100000);
  });

  test('for every accepted pattern, the count is at least what the engine expands, and no alternative keeps a brace (differential)', () => {
    const piece = fc.constantFrom('{', '}', ',', 'a', 'b', '$', '/', '.', '{a,b}', '*');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 10 }), (parts) => {
        const glob = parts.join('');
        if (lintGlob(glob).length > 0) return true;
        const alternatives = braceExpand(glob, GLOB_OPTIONS);
        expect(countBraceExpansions(glob)).toBeGreaterThanOrEqual(alternatives.length);
        for (const alt of alternatives) expect(alt).not.toMatch(/[{}]/);
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  test('nested and chained groups are counted exactly', () => {
    expect(countBraceExpansions('{a,{b,c}}/x')).toBe(3);
    expect(countBraceExpansions('{{a,b},{c,d}}{e,f}')).toBe(8);
    expect(lintGlob('{src,lib}/{a,{b,c}}/**')).toEqual([]);
  });
});

describe('policy globs: what GitHub\'s matchers or case folding would read differently is refused (lintPolicyGlob)', () => {
  // `**` inside a segment is a single `*` to minimatch, while GitHub's `paths:` filters read `**.tf` as
  // every .tf file: `high: ["**.tf"]` covered the root only, so infra/prod/main.tf fell to default_tier.
  test.each(['**.tf', 'docs/**.md', 'a**/b', '**x/y', '{**.tf,x}', 'infra/***'])('%j is refused with glob_double_star_in_segment', (glob) => {
    expect(lintGlob(glob)).toEqual([]); // still a valid glob (CODEOWNERS reads `**.md` as gitignore does: `*.md`)
    expect(lintPolicyGlob(glob).map((e) => e.code)).toContain('glob_double_star_in_segment');
  });
  // GitHub's path filters read `?` as "zero or one of the preceding character": `*.jsx?` is .js or .jsx
  // there, and any 4-character extension starting "jsx" here.
  test.each(['**/*.jsx?', 'src/file?.ts', '?'])('%j is refused with glob_question_mark', (glob) => {
    expect(lintGlob(glob)).toEqual([]);
    expect(lintPolicyGlob(glob).map((e) => e.code)).toContain('glob_question_mark');
  });
  // Tier rules are also matched folded; a class that depends on case cannot be folded.
  test.each(['[[:upper:]]*.yml', 'x/[[:lower:]]', '[!a]x', '[^A-Z]*', 'docs/[!\u00df]'])('%j is refused with glob_case_class', (glob) => {
    expect(lintPolicyGlob(glob).map((e) => e.code)).toContain('glob_case_class');
  });
  test('a glob whose folded form is no glob is refused (its case variants could not be caught)', () => {
    expect(lintPolicyGlob('docs/\uff5bsecret\uff5d/**').map((e) => e.code)).toContain('glob_fold');
  });
  test.each(['**/*.tf', '{**,x}', '[!.]*', '[!0-9_]x', '[A-Z]*.md', '[[:alpha:]]*', 'app/[[]id]/**', '.github/**', 'agent/*'])('%j is accepted', (glob) => {
    expect(lintPolicyGlob(glob)).toEqual([]);
  });
});

describe('GlobSet matches with dot:true and fixed options', () => {
  const set = new GlobSet<string>();
  for (const g of ['**', 'docs/**', '**/*.tf', '**/package-lock.json', '.github/**', '{src,lib}/**/*.ts', 'a/*/b', '*.md']) set.add(g, g);
  const hits = (p: string) => set.matchAll(p).map((m) => m.glob);

  test('catch-all sees dot directories', () => {
    expect(hits('.github/workflows/ci.yml')).toEqual(['**', '.github/**']);
  });
  test('directory rules see dotfiles inside them', () => {
    expect(hits('docs/.npmrc')).toEqual(['**', 'docs/**']);
  });
  test('slash-free patterns do not match basenames (no matchBase)', () => {
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

describe('GlobSet index never changes what matches (differential against plain minimatch)', () => {
  // Small alphabets so that random patterns and paths collide often.
  const seg = fc.constantFrom('a', 'b', '.github', 'src', 'x.md', 'y.ts', '.env.prod', 'jest.config.js', 'A');
  const patSeg = fc.constantFrom('a', 'b', '.github', 'src', '*', '**', '*.md', '*.ts', 'x*', '.env.*', 'jest.config.*', '{a,b}', '?', '[ab]');
  test('random patterns and paths', () => {
    fc.assert(
      fc.property(fc.array(fc.array(patSeg, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }), fc.array(fc.array(seg, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 20 }), (patterns, paths) => {
        const globs = patterns.map((p) => p.join('/')).filter((g) => lintGlob(g).length === 0);
        const set = new GlobSet<number>();
        globs.forEach((g, i) => set.add(g, i));
        for (const p of paths.map((x) => x.join('/'))) {
          const expected = globs.map((g, i) => [g, i] as const).filter(([g]) => braceExpand(g, GLOB_OPTIONS).some((alt) => minimatch(p, alt, GLOB_OPTIONS))).map(([, i]) => i);
          expect(set.matchAll(p).map((m) => m.value)).toEqual(expected);
        }
      }),
      { numRuns: 400 },
    );
  });
  test('edge cases of the index', () => {
    for (const [glob, path] of [
      ['src/**', 'src'],
      ['**', 'a'],
      ['**/a', 'a'],
      ['a/*', 'a/b'],
      ['*', '.env'],
      ['**/.claude/**', 'x/.claude/settings.json'],
      ['**/.claude/**', '.claude/settings.json'],
    ] as const) {
      const set = new GlobSet<string>();
      set.add(glob, glob);
      expect([glob, path, set.matchAll(path).length > 0]).toEqual([glob, path, minimatch(path, glob, GLOB_OPTIONS)]);
    }
  });
});

describe('GlobSet caches (per directory, last directory, key filters) never change what matches', () => {
  const globs = [
    'docs/**',
    '**/*.md',
    '**/*.prompt.md',
    '**/*.d.ts',
    '**/x*.md',
    '**/a*b',
    '**/.env.*',
    '**/jest.config.*',
    '**/.claude/**',
    '**/gradle/wrapper/**',
    '*/x/**',
    'src/*/index.ts',
    'Makefile',
    'docs/CODEOWNERS',
    '**/package-lock.json',
    '.github/**',
    '*.md',
    '{src,lib}/**/*.ts',
  ];
  const dirs = ['', 'docs', 'docs/x', 'src', 'src/a', 'src/a/x', 'lib/.claude', 'a/gradle/wrapper', 'x', 'x/x', '.github/workflows', 'Docs'];
  const names = ['README.md', 'b.prompt.md', 'prompt.md', 'x.d.ts', 'd.ts', 'xy.md', 'x.md', 'ab', 'a.b', 'axb', '.env.prod', '.env', 'jest.config.js', 'jest.config', 'index.ts', 'Makefile', 'CODEOWNERS', 'package-lock.json', 'ci.yml', 'gradle-wrapper.jar'];
  const paths = dirs.flatMap((d) => names.map((n) => (d === '' ? n : `${d}/${n}`)));
  const expected = (p: string) =>
    globs.map((g, i) => [g, i] as const).filter(([g]) => braceExpand(g, GLOB_OPTIONS).some((alt) => minimatch(p, alt, GLOB_OPTIONS))).map(([, i]) => i);

  test('sorted, reversed and repeated queries on one set agree with plain minimatch', () => {
    const set = new GlobSet<number>();
    globs.forEach((g, i) => set.add(g, i));
    const sorted = [...paths].sort();
    for (const order of [sorted, [...sorted].reverse(), sorted, paths]) {
      for (const p of order) expect([p, set.matchAll(p).map((m) => m.value)]).toEqual([p, expected(p)]);
    }
  });

  test('random directories and basenames, queried twice in random order', () => {
    const seg = fc.constantFrom('a', 'x', 'docs', 'src', '.claude', 'gradle', 'wrapper', 'A');
    const base = fc.constantFrom(...names, 'a', 'x', 'docs');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(seg, { maxLength: 4 }), base), { minLength: 1, maxLength: 40 }), (parts) => {
        const set = new GlobSet<number>();
        globs.forEach((g, i) => set.add(g, i));
        const ps = parts.map(([d, b]) => [...d, b].join('/'));
        for (const p of [...ps, ...[...ps].reverse()]) expect(set.matchAll(p).map((m) => m.value)).toEqual(expected(p));
      }),
      { numRuns: 300 },
    );
  });

  test('results are shared and frozen', () => {
    const set = new GlobSet<number>();
    globs.forEach((g, i) => set.add(g, i));
    const one = set.matchAll('docs/guide.txt');
    expect(one).toEqual([{ value: 0, glob: 'docs/**' }]);
    expect(set.matchAll('docs/other.txt')).toBe(one);
    expect(Object.isFrozen(one) && Object.isFrozen(one[0])).toBe(true);
    expect(() => (one as unknown as { value: number }[]).push({ value: 1 })).toThrow();
    expect(Object.isFrozen(set.matchAll('nothing/here.bin'))).toBe(true);
  });

  test('a glob added after matching is seen (the caches are dropped)', () => {
    const set = new GlobSet<string>();
    set.add('docs/**', 'docs');
    expect(set.matchAll('src/app/main.ts').map((m) => m.value)).toEqual([]);
    expect(set.matchAll('src/app/util.ts').map((m) => m.value)).toEqual([]);
    set.add('src/*/main.ts', 'main');
    set.add('**/*.ts', 'ts');
    set.add('src/app/util.ts', 'util');
    expect(set.matchAll('src/app/main.ts').map((m) => m.value)).toEqual(['main', 'ts']);
    expect(set.matchAll('src/app/util.ts').map((m) => m.value)).toEqual(['ts', 'util']);
  });
});
