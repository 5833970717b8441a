// Path canonicalisation (trust model rule 3): every rejection reason, what is accepted, case and
// compatibility folding (which may only raise a tier), symlink targets, and quoting for logs.

import fc from 'fast-check';
import { canonicalisePath, foldPath, resolveSymlinkTarget, type PathRejection } from '../../src/core/paths.js';
import { hasInvisibleCharacters, quoteUntrusted } from '../../src/core/text.js';

const reason = (path: string, opts?: { invalidUtf8?: boolean }): PathRejection | 'ok' => {
  const r = canonicalisePath(path, opts);
  return r.ok ? 'ok' : r.reason;
};

const CONTROL_OR_SEPARATOR = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

describe('canonicalisePath rejects', () => {
  test.each([
    ['', 'empty'],
    ['docs/a\n.github/workflows/x.yml', 'control_character'],
    ['docs/a\r.md', 'control_character'],
    ['docs/a\tb.md', 'control_character'],
    ['docs/\u001b[31mred.md', 'control_character'],
    ['docs/a\u0000.md', 'control_character'],
    ['docs/a\u007f.md', 'control_character'],
    ['docs/a\u0085.md', 'control_character'], // NEL, C1
    ['docs/a\u009b31m.md', 'control_character'], // CSI, C1
    ['docs/a\u2028.github/workflows/x.yml', 'control_character'], // line separator
    ['docs/a\u2029b.md', 'control_character'], // paragraph separator
    ['docs\\..\\.github\\workflows\\x.yml', 'backslash'],
    ['docs/a\\b.md', 'backslash'],
    ['/etc/passwd', 'absolute'],
    ['/docs/a.md', 'absolute'],
    ['./.github/workflows/ci.yml', 'leading_dot_slash'],
    ['docs//a.md', 'empty_segment'],
    ['docs/./a.md', 'dot_segment'],
    ['docs/../.github/workflows/x.yml', 'dot_segment'],
    ['..', 'dot_segment'],
    ['.', 'dot_segment'],
    ['docs/..', 'dot_segment'],
    ['docs/a.md/', 'trailing_slash'],
    ['docs/', 'trailing_slash'],
    ['docs/e\u0301.md', 'not_nfc'], // e + combining acute: NFD
    ['\u212b.md', 'not_nfc'], // Angstrom sign, NFC is U+00C5
    ['\u212a.md', 'not_nfc'], // Kelvin sign, NFC is K
    ['docs/\u202eexe.md', 'invisible_character'], // RLO (Trojan Source)
    ['docs/\u2066x\u2069.md', 'invisible_character'], // isolates
    ['docs/\u200bx.md', 'invisible_character'], // zero-width space
    ['docs/x\u200d.md', 'invisible_character'], // zero-width joiner
    ['\ufeffdocs/a.md', 'invisible_character'], // BOM
    ['docs/a\u00ad.md', 'invisible_character'], // soft hyphen
    ['docs/a\u2060.md', 'invisible_character'], // word joiner
    ['docs/a\u180e.md', 'invisible_character'], // Mongolian vowel separator
    ['docs/a\u3164.md', 'invisible_character'], // Hangul filler
    ['docs/a\ufe0f.md', 'invisible_character'], // variation selector
    // Found while writing these tests: tag characters (U+E0000-E007F, "ASCII smuggling") and the
    // supplementary variation selectors passed, because the pattern's surrogate escapes never matched.
    ['docs/a\u{e0041}\u{e0042}.md', 'invisible_character'],
    ['docs/a\u{e0001}.md', 'invisible_character'],
    ['docs/a\u{e0100}.md', 'invisible_character'],
    ['docs/a\u{1d173}.md', 'invisible_character'], // musical symbol begin beam (format character)
  ])('%j -> %s', (path, expected) => {
    expect(reason(path)).toBe(expected);
    const r = canonicalisePath(path);
    if (!r.ok) {
      expect(r.message.length).toBeGreaterThan(0);
      // The message never echoes the raw path (it may hold control characters).
      expect(CONTROL_OR_SEPARATOR.test(r.message)).toBe(false);
    }
  });

  test('invalid UTF-8 (flagged by the git adapter)', () => {
    expect(reason('docs/a.md', { invalidUtf8: true })).toBe('invalid_utf8');
  });

  test('too long: more than 4096 bytes, counted in UTF-8', () => {
    expect(reason('a'.repeat(4096))).toBe('ok');
    expect(reason('a'.repeat(4097))).toBe('too_long');
    // 1366 three-byte characters: 1366 UTF-16 units, 4098 bytes.
    expect(reason('\u20ac'.repeat(1366))).toBe('too_long');
    expect(reason('\u20ac'.repeat(1365))).toBe('ok');
  });
});

describe('canonicalisePath accepts', () => {
  test.each([
    'README.md',
    'docs/a.md',
    '.github/workflows/ci.yml',
    'docs/caf\u00e9.md', // NFC é
    'src/\u65e5\u672c\u8a9e.ts',
    'a b/c d.txt',
    'docs/...md',
    'docs/..a/b',
    'docs/a..b',
    '-rf',
    ':colon/semi;colon',
    'docs/a\u00a0b.md', // no-break space is visible
  ])('%j', (path) => {
    const r = canonicalisePath(path);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.path).toBe(path);
      expect(r.folded).toBe(foldPath(path));
    }
  });
});

describe('folding only ever raises: case and compatibility forms collapse onto the protected spelling', () => {
  test.each([
    ['.GITHUB/Workflows/ci.yml', '.github/workflows/ci.yml'],
    ['.github/Workflows/deploy.yml', '.github/workflows/deploy.yml'],
    ['\uff24\uff2f\uff23\uff33/x.md', 'docs/x.md'], // fullwidth DOCS
    ['\uff0egithub/workflows/x.yml', '.github/workflows/x.yml'], // fullwidth full stop
    ['stra\u00dfe.md', 'strasse.md'], // sharp s
    ['\ufb01le.md', 'file.md'], // fi ligature
    ['\u2160.md', 'i.md'], // Roman numeral one
    ['CODEOWNERS', 'codeowners'],
    ['\u0130.md', 'i\u0307.md'], // dotted capital I
    // paths-and-globs pass: capital sharp s folded to "ß" while "ß" folded to "ss"; final sigma was
    // picked by the neighbouring characters (a glob's `*` or `/` decides differently from a letter).
    ['STRA\u1e9eE.md', 'strasse.md'],
    ['\u039a\u03a9\u0394\u0399\u039a\u039f\u03a3/a.yml', '\u03ba\u03c9\u03b4\u03b9\u03ba\u03bf\u03c3/a.yml'],
    ['\u03ba\u03c9\u03b4\u03b9\u03ba\u03bf\u03c2/a.yml', '\u03ba\u03c9\u03b4\u03b9\u03ba\u03bf\u03c3/a.yml'],
    ['*\u03c3', '*\u03c3'],
  ])('%j -> %j', (path, folded) => {
    expect(foldPath(path)).toBe(folded);
    const r = canonicalisePath(path);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.folded).toBe(folded);
  });
});

describe('folding is a fold: idempotent, and case variants fold alike', () => {
  test('folding a folded string changes nothing (every code point of the BMP and the supplementary letters)', () => {
    const bad: string[] = [];
    for (let cp = 0; cp < 0x20000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const f = foldPath(`x${String.fromCodePoint(cp)}y`);
      if (foldPath(f) !== f) bad.push(cp.toString(16));
    }
    expect(bad).toEqual([]);
  });
  test.each([
    ['\u00df', '\u1e9e', 'SS', 'ss'], // sharp s, capital sharp s
    ['\u03c3', '\u03c2', '\u03a3'], // sigma, final sigma, capital sigma
    ['k', 'K', '\u212a'], // Kelvin sign
    ['\u00e5', '\u00c5', '\u212b'], // Angstrom sign
    ['fi', 'FI', '\ufb01'], // ligature
    ['i', 'I', '\u0131'], // dotless i folds onto i (raising only)
  ])('%j and its variants fold alike, also between letters', (...forms) => {
    const folds = new Set(forms.flatMap((f) => [foldPath(f), foldPath(`a${f}b`).slice(1, -1), foldPath(`*${f}/`).slice(1, -1)]));
    expect(folds.size).toBe(1);
  });
});

describe('resolveSymlinkTarget', () => {
  test.each([
    ['docs/link', '../.github/workflows/x.yml', '.github/workflows/x.yml'],
    ['a/b/link', '../../x', 'x'],
    ['a/link', 'b/c', 'a/b/c'],
    ['a/link', './b', 'a/b'],
    ['a/link', '.', 'a'],
    ['link', 'README.md', 'README.md'],
  ])('%s -> %j stays in the repository: %j', (link, target, expected) => {
    expect(resolveSymlinkTarget(link, target)).toBe(expected);
  });

  test.each([
    ['docs/link', '../../etc/passwd'],
    ['link', '/etc/passwd'],
    ['link', '..'],
    ['a/link', '..'], // the repository root itself
    ['a/link', 'b/../../..'],
    ['a/link', 'b/../../../x'],
    ['a/link', '..\\..\\x'],
    ['a/link', 'b\nc'],
    ['a/link', ''],
    ['a/link', 'b\u202ec'],
    ['a/link', 'e\u0301'],
    ['link', '../repo-sibling/secret'],
  ])('%s -> %j escapes or is not canonical: null', (link, target) => {
    expect(resolveSymlinkTarget(link, target)).toBeNull();
  });
});

describe('quoteUntrusted', () => {
  test.each([
    ['x\n::add-mask::deny\n::stop-commands::pwn', '"x\\n::add-mask::deny\\n::stop-commands::pwn"'],
    ['a\u001b[31m', '"a\\u001b[31m"'],
    ['a\u0085b', '"a\\u0085b"'],
    ['a\u2028b', '"a\\u2028b"'],
    ['a\u202eb', '"a\\u202eb"'],
    ['a\u200bb', '"a\\u200bb"'],
    ['a\u{e0041}b', '"a\\udb40\\udc41b"'],
    ['caf\u00e9', '"caf\u00e9"'],
  ])('%j -> %s', (text, expected) => {
    expect(quoteUntrusted(text)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties

const FRAGMENTS = [
  'a', 'B', 'docs', '.github', 'workflows', 'x.yml', '/', '/', '/', '.', '..', '\\', ' ', '-', '~',
  '\n', '\r', '\t', '\u0000', '\u001b', '\u007f', '\u0085', '\u009f', '\u2028', '\u202e', '\u2066', '\u200b', '\u200d', '\ufeff',
  '\u00ad', 'e\u0301', '\u00e9', '\u212b', '\u00c5', '\uff24', '\u00df', '\u0130', '\u{e0041}', '\u{1f600}', '\ud800', '\udc00',
];
const pathLike = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }) },
);

describe('properties (fast-check)', () => {
  test('canonicalisePath never throws; an accepted path is clean, canonical and NFC', () => {
    fc.assert(
      fc.property(pathLike, (path) => {
        const r = canonicalisePath(path);
        if (!r.ok) return true;
        expect(r.path).toBe(path);
        expect(CONTROL_OR_SEPARATOR.test(path)).toBe(false);
        expect(hasInvisibleCharacters(path)).toBe(false);
        expect(path.includes('\\')).toBe(false);
        expect(path.startsWith('/')).toBe(false);
        expect(path.endsWith('/')).toBe(false);
        const segments = path.split('/');
        expect(segments.includes('..')).toBe(false);
        expect(segments.includes('.')).toBe(false);
        expect(segments.includes('')).toBe(false);
        expect(path.normalize('NFC')).toBe(path);
        expect(r.folded).toBe(foldPath(path));
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  test('resolveSymlinkTarget returns null or a canonical repository path', () => {
    fc.assert(
      fc.property(pathLike, pathLike, (link, target) => {
        const resolved = resolveSymlinkTarget(link.length > 0 ? link : 'l', target);
        if (resolved === null) return true;
        expect(canonicalisePath(resolved).ok).toBe(true);
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  test('quoteUntrusted round-trips through JSON and leaves no raw control or invisible character', () => {
    fc.assert(
      fc.property(pathLike, (text) => {
        const quoted = quoteUntrusted(text);
        expect(CONTROL_OR_SEPARATOR.test(quoted)).toBe(false);
        expect(hasInvisibleCharacters(quoted)).toBe(false);
        expect(JSON.parse(quoted)).toBe(text);
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
