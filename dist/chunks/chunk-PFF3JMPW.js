import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/adapters/files.ts
import { constants } from "node:fs";
import { lstat, mkdir, open, realpath } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var FileReadError = class extends Error {
  constructor(file, message) {
    super(message);
    this.file = file;
    this.name = "FileReadError";
  }
  file;
};
async function readBoundedFile(file, maxBytes) {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = err.code;
    throw new FileReadError(file, code === "ENOENT" ? "file not found" : `cannot open (${code ?? "error"})`);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new FileReadError(file, "not a regular file");
    if (st.size > maxBytes) throw new FileReadError(file, `file is ${st.size} bytes; the limit is ${maxBytes}`);
    const buf = Buffer.alloc(maxBytes + 1);
    const { bytesRead } = await handle.read(buf, 0, maxBytes + 1, 0);
    if (bytesRead > maxBytes) throw new FileReadError(file, `file is larger than ${maxBytes} bytes`);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
var FileWriteError = class extends Error {
  constructor(file, message) {
    super(message);
    this.file = file;
    this.name = "FileWriteError";
  }
  file;
};
async function writeFileNoFollow(file, text, opts = {}) {
  const abs = resolve(file);
  if (opts.untrustedRoot !== void 0) {
    const roots = [resolve(opts.untrustedRoot)];
    try {
      roots.push(await realpath(opts.untrustedRoot));
    } catch {
    }
    for (const root of roots) {
      const rel = relative(root, dirname(abs));
      if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) continue;
      let at = root;
      for (const part of rel.split(sep)) {
        at = join(at, part);
        let st;
        try {
          st = await lstat(at);
        } catch {
          break;
        }
        if (st.isSymbolicLink()) throw new FileWriteError(file, `refusing to write ${JSON.stringify(file)}: ${JSON.stringify(at)} is a symbolic link inside the checked-out work tree`);
      }
    }
  }
  await mkdir(dirname(abs), { recursive: true });
  let handle;
  try {
    handle = await open(abs, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW | constants.O_NONBLOCK, opts.mode ?? 420);
  } catch (err) {
    const code = err.code;
    throw new FileWriteError(file, code === "ELOOP" ? `refusing to write ${JSON.stringify(file)}: it is a symbolic link` : `cannot write ${JSON.stringify(file)} (${code ?? "error"})`);
  }
  try {
    if (!(await handle.stat()).isFile()) throw new FileWriteError(file, `refusing to write ${JSON.stringify(file)}: not a regular file`);
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

export {
  FileReadError,
  readBoundedFile,
  FileWriteError,
  writeFileNoFollow
};
