// Native executables and libraries by their magic bytes: what an operating system loader runs. Pure:
// the git adapter hands over the first bytes of the head blob. A format is named so the reason can say
// what the file is; anything else (images, archives, text) is null.

/** Bytes a caller must read for `nativeFormat` to decide (the longest check reads 8). */
export const NATIVE_MAGIC_BYTES = 64;

const MACHO: ReadonlyMap<number, string> = new Map([
  [0xfeedface, 'Mach-O 32-bit'],
  [0xfeedfacf, 'Mach-O 64-bit'],
  [0xcefaedfe, 'Mach-O 32-bit'],
  [0xcffaedfe, 'Mach-O 64-bit'],
]);

/** The native format of `head` (the first bytes of a file), or null. */
export function nativeFormat(head: Uint8Array): string | null {
  if (head.length >= 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46) {
    const bits = head[4] === 2 ? '64-bit' : head[4] === 1 ? '32-bit' : 'unknown class';
    const type = head.length >= 18 ? elfType(head[5] === 2 ? (head[16]! << 8) | head[17]! : head[16]! | (head[17]! << 8)) : 'object';
    return `ELF ${bits} ${type}`;
  }
  // `MZ` alone begins ordinary text too; a DOS or PE header always has NUL bytes after it.
  if (head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a && head.subarray(2).includes(0)) return peFormat(head);
  if (head.length < 4) return null;
  const be = ((head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!) >>> 0;
  const macho = MACHO.get(be);
  if (macho !== undefined) return macho;
  // 0xcafebabe is also a Java class file: a fat Mach-O has few architectures, a class file's next
  // word is its version (45 and up), so a small count says fat binary.
  if (be === 0xcafebabe || be === 0xcafebabf) {
    if (head.length < 8) return 'Mach-O universal (fat) binary';
    const count = ((head[4]! << 24) | (head[5]! << 16) | (head[6]! << 8) | head[7]!) >>> 0;
    return count > 0 && count < 45 ? 'Mach-O universal (fat) binary' : null;
  }
  // WebAssembly modules run in Node, browsers and wasm runtimes just as native code does.
  if (be === 0x0061736d) return 'WebAssembly module';
  return null;
}

function elfType(t: number): string {
  switch (t) {
    case 1:
      return 'relocatable object';
    case 2:
      return 'executable';
    case 3:
      return 'shared object or PIE executable';
    case 4:
      return 'core file';
    default:
      return 'object';
  }
}

/** `MZ` starts DOS and PE images; the PE header offset at 0x3c says which, when it is within `head`. */
function peFormat(head: Uint8Array): string {
  if (head.length < 0x40) return 'PE/DOS executable (MZ)';
  const off = head[0x3c]! | (head[0x3d]! << 8) | (head[0x3e]! << 16) | (head[0x3f]! << 24);
  if (off >= 0 && off + 4 <= head.length && head[off] === 0x50 && head[off + 1] === 0x45 && head[off + 2] === 0 && head[off + 3] === 0) return 'PE executable or DLL';
  return 'PE/DOS executable (MZ)';
}
