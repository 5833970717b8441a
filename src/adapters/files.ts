// Local file reads with a size cap, refusing anything that is not a regular file (FIFOs, devices,
// directories) so a hostile path cannot hang or exhaust the process.

import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

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

export class FileWriteError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'FileWriteError';
  }
}

/**
 * Write a whole file without following a symbolic link at the file itself, or at any directory between
 * `untrustedRoot` (a work tree checked out from the change under review) and the file: the change
 * decides which of those are links, so an evidence path there could be pointed at `.git/config`, a
 * hook or any file the job can write. Directories above that root belong to the runner. Anything but a
 * regular file at the path (a FIFO, a device, a directory) is refused too.
 */
export async function writeFileNoFollow(file: string, text: string, opts: { untrustedRoot?: string; mode?: number } = {}): Promise<void> {
  const abs = resolve(file);
  if (opts.untrustedRoot !== undefined) {
    const roots = [resolve(opts.untrustedRoot)];
    try {
      roots.push(await realpath(opts.untrustedRoot));
    } catch {
      // A root that does not exist has no links in it.
    }
    for (const root of roots) {
      const rel = relative(root, dirname(abs));
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue;
      let at = root;
      for (const part of rel.split(sep)) {
        at = join(at, part);
        let st;
        try {
          st = await lstat(at);
        } catch {
          break; // does not exist yet: mkdir creates real directories from here on
        }
        if (st.isSymbolicLink()) throw new FileWriteError(file, `refusing to write ${JSON.stringify(file)}: ${JSON.stringify(at)} is a symbolic link inside the checked-out work tree`);
      }
    }
  }
  await mkdir(dirname(abs), { recursive: true });
  let handle;
  try {
    handle = await open(abs, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW | constants.O_NONBLOCK, opts.mode ?? 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileWriteError(file, code === 'ELOOP' ? `refusing to write ${JSON.stringify(file)}: it is a symbolic link` : `cannot write ${JSON.stringify(file)} (${code ?? 'error'})`);
  }
  try {
    if (!(await handle.stat()).isFile()) throw new FileWriteError(file, `refusing to write ${JSON.stringify(file)}: not a regular file`);
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}
