// The entries of a zip file (a downloaded workflow artifact): stored or deflated, no zip64, every size
// bounded. Reads the central directory, the one authoritative list. A malformed archive is an error
// that says what is wrong; nothing is extracted to disk.

import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  data: Buffer;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Every file entry of `zip` (directories left out) whose name `want` accepts, each at most `maxEntryBytes`. */
export function zipEntries(zip: Buffer, want: (name: string) => boolean, maxEntryBytes: number): ZipEntry[] {
  // The end record is in the last 22 + 65535 bytes (its comment is at most 64 KiB).
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('not a zip file (no end of central directory record)');
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  let p = zip.readUInt32LE(end + 16);
  if (count === 0xffff || p === 0xffffffff) throw new ZipError('zip64 archives are not supported');
  if (p + size > end) throw new ZipError('the central directory lies outside the file');
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || zip.readUInt32LE(p) !== CENTRAL) throw new ZipError(`central directory entry ${i + 1} is malformed`);
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const uncompressed = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/') || !want(name)) continue;
    if (flags & 1) throw new ZipError(`${name}: encrypted entries are not supported`);
    if (uncompressed > maxEntryBytes) throw new ZipError(`${name}: ${uncompressed} bytes, more than the ${maxEntryBytes} allowed`);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) throw new ZipError(`${name}: the local header is missing`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + compressed > zip.length) throw new ZipError(`${name}: the data runs past the end of the file`);
    const raw = zip.subarray(start, start + compressed);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) {
      try {
        data = inflateRawSync(raw, { maxOutputLength: maxEntryBytes + 1 });
      } catch (err) {
        throw new ZipError(`${name}: does not inflate (${err instanceof Error ? err.message : String(err)})`);
      }
    } else throw new ZipError(`${name}: compression method ${method} is not supported (only stored and deflate)`);
    if (data.length !== uncompressed) throw new ZipError(`${name}: ${data.length} bytes inflated, the directory says ${uncompressed}`);
    out.push({ name, data });
  }
  return out;
}
