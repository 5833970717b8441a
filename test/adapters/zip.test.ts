// The in-memory ZIP reader of artifact downloads: exact sizes and CRCs, bounded inflation, and the
// archives it refuses, each with a message naming the entry.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { crc32, readZip, ZipError } from '../../src/adapters/zip.js';
import { crc32Bitwise, writeZip } from '../support/zip.js';

const names = (zip: Buffer) => readZip(zip).map((e) => [e.name, e.data.toString('utf8')]);

describe('readZip', () => {
  test('reads deflated and stored entries, with data descriptors and an archive comment; directories left out', () => {
    const zip = writeZip(
      [
        { name: 'evidence/', data: '', method: 0 },
        { name: 'evidence/guard-diff.json', data: '{"action":"guard-diff"}' },
        { name: 'notes.txt', data: 'stored', method: 0 },
      ],
      { comment: 'made by a test' },
    );
    expect(names(zip)).toEqual([
      ['evidence/guard-diff.json', '{"action":"guard-diff"}'],
      ['notes.txt', 'stored'],
    ]);
  });

  test('its CRC-32 agrees with an independent bitwise one', () => {
    for (const s of ['', 'a', 'The quick brown fox', '\u0000\u00ff'.repeat(300)]) expect(crc32(Buffer.from(s, 'latin1'))).toBe(crc32Bitwise(Buffer.from(s, 'latin1')));
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  test('reads an archive made by Info-ZIP when it is installed', () => {
    let dir: string | undefined;
    try {
      execFileSync('zip', ['-v'], { stdio: 'ignore' });
    } catch {
      return; // no zip binary on this machine; the writer's archives are read above
    }
    try {
      dir = mkdtempSync(join(tmpdir(), 'agent-guard-zip-'));
      const text = JSON.stringify({ x: 'y'.repeat(5000) });
      writeFileSync(join(dir, 'a.json'), text);
      execFileSync('zip', ['-q', '-9', 'out.zip', 'a.json'], { cwd: dir });
      expect(readZip(readFileSync(join(dir, 'out.zip'))).map((e) => [e.name, e.data.toString('utf8')])).toEqual([['a.json', text]]);
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('attack: artifact archive', () => {
    test('an entry whose content was changed fails its CRC check', () => {
      const zip = writeZip([{ name: 'e.json', data: '{"verdict":"deny"}', method: 0 }]);
      const at = zip.indexOf('deny');
      zip.write('allo', at, 'latin1');
      expect(() => readZip(zip)).toThrow(/entry "e.json" fails its CRC-32 check/);
    });

    test('an entry that inflates past its declared size is refused, not cut', () => {
      const zip = writeZip([{ name: 'bomb.json', data: 'a'.repeat(100_000) }]);
      // Declare 10 bytes in the central directory: the reader must not trust it.
      const cd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      zip.writeUInt32LE(10, cd + 24);
      expect(() => readZip(zip)).toThrow(/entry "bomb.json" does not inflate/);
    });

    test('the total inflated size is bounded', () => {
      const zip = writeZip([
        { name: 'a.json', data: 'a'.repeat(600) },
        { name: 'b.json', data: 'b'.repeat(600) },
      ]);
      expect(() => readZip(zip, { maxTotalBytes: 1000 })).toThrow(/more than the 1000 bytes allowed/);
      expect(() => readZip(zip, { maxEntryBytes: 500 })).toThrow(/entry "a.json" is 600 bytes, more than the 500 allowed/);
      expect(() => readZip(zip, { maxEntries: 1 })).toThrow(/2 entries, more than the 1 allowed/);
    });

    test('encrypted entries, other compression methods and truncated archives are refused', () => {
      const enc = writeZip([{ name: 's.json', data: '{}' }]);
      enc.writeUInt16LE(0x0809, enc.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
      expect(() => readZip(enc)).toThrow(/entry "s.json" is encrypted/);
      const bz = writeZip([{ name: 'b.json', data: '{}' }]);
      bz.writeUInt16LE(12, bz.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
      expect(() => readZip(bz)).toThrow(/compression method 12/);
      const whole = writeZip([{ name: 'c.json', data: deflateRawSync('x').toString('latin1') }]);
      expect(() => readZip(whole.subarray(0, whole.length - 30))).toThrow(ZipError);
      expect(() => readZip(Buffer.from('{"not":"a zip"}'))).toThrow(/not a ZIP archive/);
    });
  });
});
