// Local file reads with a size cap, refusing anything that is not a regular file (FIFOs, devices,
// directories) so a hostile path cannot hang or exhaust the process.

import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export class FileReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'FileReadError';
  }
}

export async function readBoundedFile(file: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the type check below then refuses it.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileReadError(file, code === 'ENOENT' ? 'file not found' : `cannot open (${code ?? 'error'})`);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new FileReadError(file, 'not a regular file');
    if (st.size > maxBytes) throw new FileReadError(file, `file is ${st.size} bytes; the limit is ${maxBytes}`);
    const buf = Buffer.alloc(maxBytes + 1);
    const { bytesRead } = await handle.read(buf, 0, maxBytes + 1, 0);
    if (bytesRead > maxBytes) throw new FileReadError(file, `file is larger than ${maxBytes} bytes`);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
