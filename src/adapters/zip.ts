// Reads the files of a ZIP archive in memory (GitHub's artifact downloads), from its central directory:
// stored and deflated entries only, every entry's size and CRC-32 checked, the total bounded so an archive
// cannot inflate past what the caller allows. Entry names are returned as data, never used as paths here.
// Written on node:zlib rather than a streaming parser: local headers of streamed archives carry no sizes,
// and a reader that trusts them can be shown a different file list than the central directory's.

import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  data: Buffer;
}

export interface ZipLimits {
  /** Most entries read (default 10,000). */
  maxEntries?: number;
  /** Most bytes one entry may inflate to (default 32 MiB). */
  maxEntryBytes?: number;
  /** Most bytes all entries together may inflate to (default 256 MiB). */
  maxTotalBytes?: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

let table: Uint32Array | undefined;
export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of data) crc = table[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The archive's files (directories left out), in central-directory order. Throws ZipError on anything it cannot read exactly. */
export function readZip(zip: Buffer, limits: ZipLimits = {}): ZipEntry[] {
  const maxEntries = limits.maxEntries ?? 10_000;
  const maxEntryBytes = limits.maxEntryBytes ?? 32 * 1024 * 1024;
  const maxTotalBytes = limits.maxTotalBytes ?? 256 * 1024 * 1024;
  const need = (offset: number, length: number, what: string) => {
    if (offset < 0 || offset + length > zip.length) throw new ZipError(`truncated archive: ${what} at byte ${offset} runs past its end (${zip.length} bytes)`);
  };

  // The end-of-central-directory record: the last 22 bytes, or earlier by the length of a comment.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD && i + 22 + zip.readUInt16LE(i + 20) === zip.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not a ZIP archive (no end-of-central-directory record)');
  const count = zip.readUInt16LE(eocd + 10);
  const cdSize = zip.readUInt32LE(eocd + 12);
  const cdOffset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new ZipError('ZIP64 archives are not read (an evidence artifact is far below 4 GiB)');
  if (zip.readUInt16LE(eocd + 4) !== 0 || zip.readUInt16LE(eocd + 8) !== count) throw new ZipError('multi-disk archives are not read');
  if (count > maxEntries) throw new ZipError(`${count} entries, more than the ${maxEntries} allowed`);
  need(cdOffset, cdSize, 'the central directory');

  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    need(p, 46, `central directory entry ${i + 1}`);
    if (zip.readUInt32LE(p) !== CENTRAL) throw new ZipError(`central directory entry ${i + 1} has a bad signature`);
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressed = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    need(p + 46, nameLength + extraLength + commentLength, `the name of entry ${i + 1}`);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    const label = JSON.stringify(name.slice(0, 200));

    if (flags & 1) throw new ZipError(`entry ${label} is encrypted`);
    if (compressed === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw new ZipError(`entry ${label} needs ZIP64, which is not read`);
    if (name.endsWith('/')) {
      if (size !== 0) throw new ZipError(`directory entry ${label} has content`);
      continue;
    }
    if (size > maxEntryBytes) throw new ZipError(`entry ${label} is ${size} bytes, more than the ${maxEntryBytes} allowed`);
    total += size;
    if (total > maxTotalBytes) throw new ZipError(`the entries inflate to more than the ${maxTotalBytes} bytes allowed`);

    need(localOffset, 30, `the local header of ${label}`);
    if (zip.readUInt32LE(localOffset) !== LOCAL) throw new ZipError(`the local header of ${label} has a bad signature`);
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    need(start, compressed, `the data of ${label}`);
    const raw = zip.subarray(start, start + compressed);
    let data: Buffer;
    if (method === 0) {
      if (compressed !== size) throw new ZipError(`stored entry ${label} has different compressed and uncompressed sizes`);
      data = Buffer.from(raw);
    } else if (method === 8) {
      try {
        // One byte more than declared: an entry that inflates past its declared size is caught, not cut.
        data = inflateRawSync(raw, { maxOutputLength: size + 1 });
      } catch (err) {
        throw new ZipError(`entry ${label} does not inflate: ${(err as Error).message}`);
      }
    } else {
      throw new ZipError(`entry ${label} uses compression method ${method}; only stored (0) and deflated (8) are read`);
    }
    if (data.length !== size) throw new ZipError(`entry ${label} inflates to ${data.length} bytes, not the ${size} its directory entry says`);
    if (crc32(data) !== crc) throw new ZipError(`entry ${label} fails its CRC-32 check`);
    entries.push({ name, data });
  }
  return entries;
}
