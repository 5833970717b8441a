// The raw diff parser and path decoding on hand-made `git diff --raw -z` output: every status and
// both id lengths parse; anything unexpected is an error.

import { GitError } from '../../../src/adapters/git/process.js';
import { decodeGitPath, parseRawDiff, RawDiffParser } from '../../../src/adapters/git/raw-diff.js';
import { ZERO } from '../../support/git-fixtures.js';

describe('raw diff parser (fail closed on anything unexpected)', () => {
  const oid = (c: string): string => c.repeat(40);
  const rec = (...fields: string[]): Buffer => Buffer.from(fields.map((f) => `${f}\0`).join(''), 'latin1');

  test('parses every status and is independent of chunk boundaries', () => {
    const out = Buffer.concat([
      rec(`:000000 100644 ${ZERO} ${oid('a')} A`, 'new'),
      rec(`:100644 100755 ${oid('b')} ${oid('b')} M`, 'mode'),
      rec(`:100644 000000 ${oid('c')} ${ZERO} D`, 'gone'),
      rec(`:100644 100644 ${oid('d')} ${oid('e')} R087`, 'old', 'new2'),
      rec(`:100644 100644 ${oid('d')} ${oid('d')} C100`, 'src', 'dst'),
      rec(`:100644 120000 ${oid('e')} ${oid('f')} T`, 'typ'),
      rec(`:100644 100644 ${'1'.repeat(64)} ${'2'.repeat(64)} M`, 'sha256'),
    ]);
    const whole = parseRawDiff(out);
    expect(whole.map((e) => [e.status, e.previousPath, e.path, e.score])).toEqual([
      ['added', undefined, 'new', undefined],
      ['modified', undefined, 'mode', undefined],
      ['deleted', undefined, 'gone', undefined],
      ['renamed', 'old', 'new2', 87],
      ['copied', 'src', 'dst', 100],
      ['type_changed', undefined, 'typ', undefined],
      ['modified', undefined, 'sha256', undefined],
    ]);
    const p = new RawDiffParser();
    for (let i = 0; i < out.length; i++) p.push(out.subarray(i, i + 1));
    expect(p.end()).toEqual(whole);
  });

  test.each([
    ['unmerged status U', rec(`:100644 100644 ${oid('a')} ${oid('b')} U`, 'x'), 'UNSUPPORTED_STATUS'],
    ['unknown status X', rec(`:100644 100644 ${oid('a')} ${oid('b')} X`, 'x'), 'UNSUPPORTED_STATUS'],
    ['truncated record', Buffer.from(`:000000 100644 ${ZERO} ${oid('a')} A\0pa`, 'latin1'), 'UNEXPECTED_OUTPUT'],
    ['rename missing its second path', rec(`:100644 100644 ${oid('a')} ${oid('a')} R100`, 'old'), 'UNEXPECTED_OUTPUT'],
    ['combined diff', rec(`::100644 100644 100644 ${oid('a')} ${oid('b')} ${oid('c')} MM`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['unknown mode', rec(`:100664 100644 ${oid('a')} ${oid('b')} M`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['abbreviated ids', rec(`:100644 100644 aaaaaaa bbbbbbb M`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['add with an old blob', rec(`:000000 100644 ${oid('a')} ${oid('b')} A`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['rename without score', rec(`:100644 100644 ${oid('a')} ${oid('a')} R`, 'a', 'b'), 'UNEXPECTED_OUTPUT'],
    ['empty path', rec(`:000000 100644 ${ZERO} ${oid('a')} A`, ''), 'UNEXPECTED_OUTPUT'],
    ['mixed id lengths', rec(`:100644 100644 ${oid('a')} ${'b'.repeat(64)} M`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['upper-case hex', rec(`:100644 100644 ${oid('A')} ${oid('b')} M`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['four-digit score', rec(`:100644 100644 ${oid('a')} ${oid('a')} R1000`, 'a', 'b'), 'UNEXPECTED_OUTPUT'],
    ['score above 100', rec(`:100644 100644 ${oid('a')} ${oid('a')} R101`, 'a', 'b'), 'UNEXPECTED_OUTPUT'],
    ['trailing garbage', rec(`:100644 100644 ${oid('a')} ${oid('b')} M x`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['lower-case status', rec(`:100644 100644 ${oid('a')} ${oid('b')} m`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['quoted non -z output', Buffer.from(`:000000 100644 ${ZERO} ${oid('a')} A\t"\\303\\251"\n`, 'latin1'), 'UNEXPECTED_OUTPUT'],
  ])('%s is an error', (_name, input, code) => {
    let caught: unknown;
    try {
      parseRawDiff(input);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(GitError);
    expect((caught as GitError).code).toBe(code);
  });

  test('invalid UTF-8 on either side of a rename flags the entry; a clean rename after it is not flagged', () => {
    const bad = Buffer.from([0x64, 0x6f, 0x63, 0x73, 0x2f, 0xff]); // "docs/\xff"
    const out = Buffer.concat([
      Buffer.from(`:100644 100644 ${oid('a')} ${oid('a')} R100\0`, 'latin1'),
      bad,
      Buffer.from('\0new-name\0', 'latin1'),
      Buffer.from(`:100644 100644 ${oid('b')} ${oid('b')} R100\0old-name\0`, 'latin1'),
      bad,
      Buffer.from('\0', 'latin1'),
      rec(`:100644 100644 ${oid('c')} ${oid('c')} R100`, 'clean-old', 'clean-new'),
      rec(`:000000 100644 ${ZERO} ${oid('d')} A`, 'caf\xc3\xa9.md'),
    ]);
    expect(parseRawDiff(out).map((e) => [e.previousPath, e.path, e.invalidUtf8])).toEqual([
      ['docs/\\xff', 'new-name', true],
      ['old-name', 'docs/\\xff', true],
      ['clean-old', 'clean-new', undefined],
      [undefined, 'café.md', undefined],
    ]);
  });

  test('decodeGitPath is lossless for invalid UTF-8 and keeps a BOM', () => {
    expect(decodeGitPath(Buffer.from('a/é.md'))).toEqual({ text: 'a/é.md', invalidUtf8: false });
    expect(decodeGitPath(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: '\uFEFFa', invalidUtf8: false });
    expect(decodeGitPath(Buffer.from([0x61, 0x5c, 0xff]))).toEqual({ text: 'a\\\\\\xff', invalidUtf8: true });
    // Overlong encoding of "/" and a lone surrogate are invalid.
    expect(decodeGitPath(Buffer.from([0xc0, 0xaf]))).toEqual({ text: '\\xc0\\xaf', invalidUtf8: true });
    expect(decodeGitPath(Buffer.from([0xed, 0xa0, 0x80]))).toEqual({ text: '\\xed\\xa0\\x80', invalidUtf8: true });
  });
});
