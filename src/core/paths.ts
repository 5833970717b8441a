import { CONTROL, INVISIBLE } from './text.js';

// The one path canonicaliser (trust model rule 3). Git never emits a non-canonical path, so any
// such path is tampered input and is rejected, never "fixed up".

export type PathRejection =
  | 'empty'
  | 'control_character'
  | 'backslash'
  | 'absolute'
  | 'leading_dot_slash'
  | 'empty_segment'
  | 'dot_segment'
  | 'trailing_slash'
  | 'not_nfc'
  | 'invisible_character'
  | 'invalid_utf8'
  | 'too_long';

export type CanonicalPathResult =
  | { ok: true; path: string; folded: string }
  | { ok: false; reason: PathRejection; message: string };

const MAX_PATH_BYTES = 4096;

/** Describe a rejected path for people; the path is JSON-escaped so no raw control text reaches a log. */
function reject(reason: PathRejection, detail: string): CanonicalPathResult {
  return { ok: false, reason, message: detail };
}

/**
 * Case- and compatibility-folded form used only to *raise* a tier: NFKC then full case mapping
 * (lower, upper, lower: 'ß' and 'ẞ' both become 'ss'), final sigma as sigma, re-normalised to NFC.
 * Characters that Unicode full case folding (after NFKC) makes equal fold to the same string (checked
 * for every code point against an independent casefold), and folding a folded string changes nothing. (Upper-then-lower alone left 'ẞ' as 'ß' while 'ß'
 * became 'ss'; and lower-casing picks 'ς' or 'σ' from the neighbouring characters, which in a glob are
 * `*` or `?`, so a folded glob and a folded path could disagree.)
 */
export function foldPath(path: string): string {
  // Printable ASCII folds by lower-casing alone (NFKC and the case round trip change nothing).
  if (PRINTABLE_ASCII.test(path)) return path.toLowerCase();
  return path.normalize('NFKC').toLowerCase().toUpperCase().toLowerCase().replace(/\u03c2/g, '\u03c3').normalize('NFC');
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function canonicalisePath(path: string, opts?: { invalidUtf8?: boolean }): CanonicalPathResult {
  if (opts?.invalidUtf8) return reject('invalid_utf8', 'path is not valid UTF-8');
  if (path.length === 0) return reject('empty', 'path is empty');
  // UTF-8 needs at most 3 bytes per UTF-16 unit, so short strings skip the byte count.
  if (path.length * 3 > MAX_PATH_BYTES && Buffer.byteLength(path, 'utf8') > MAX_PATH_BYTES) return reject('too_long', `path is longer than ${MAX_PATH_BYTES} bytes`);
  // One pass finds whether the path is printable ASCII (the common case: no control, invisible or
  // non-NFC text possible) and whether it has a backslash (0x5c is printable, so none is missed).
  let ascii = true;
  let backslash = false;
  let upper = false;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) ascii = false;
    else if (c === 0x5c) backslash = true;
    else if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  if (!ascii && CONTROL.test(path)) return reject('control_character', 'path contains a control character (newline, tab, escape, ...)');
  if (!ascii && INVISIBLE.test(path)) return reject('invisible_character', 'path contains a bidi control or zero-width character');
  if (backslash) return reject('backslash', 'path contains a backslash');
  if (path.startsWith('/')) return reject('absolute', 'path is absolute (starts with /)');
  if (path.startsWith('./')) return reject('leading_dot_slash', 'path starts with ./');
  if (path.endsWith('/')) return reject('trailing_slash', 'path ends with /');
  // The first empty, "." or ".." segment, left to right (as `path.split('/')` would find it).
  let start = 0;
  for (;;) {
    let end = path.indexOf('/', start);
    if (end === -1) end = path.length;
    const len = end - start;
    if (len === 0) return reject('empty_segment', 'path contains an empty segment (//)');
    if (len <= 2 && path.charCodeAt(start) === 0x2e && (len === 1 || path.charCodeAt(start + 1) === 0x2e)) {
      return reject('dot_segment', `path contains a "${len === 1 ? '.' : '..'}" segment`);
    }
    if (end === path.length) break;
    start = end + 1;
  }
  if (!ascii && path.normalize('NFC') !== path) return reject('not_nfc', 'path is not in Unicode NFC form');
  // Printable ASCII folds by lower-casing alone (see foldPath), and without A-Z it is its own fold.
  return { ok: true, path, folded: !ascii ? foldPath(path) : upper ? path.toLowerCase() : path };
}

/**
 * Resolve a symlink's target relative to the link's directory, within the repository.
 * Returns the repository-relative canonical path, or null when the target escapes the repository
 * (absolute, or too many `..`) or is not canonical once resolved.
 */
export function resolveSymlinkTarget(linkPath: string, target: string): string | null {
  if (target.length === 0 || target.startsWith('/') || target.includes('\\') || CONTROL.test(target)) return null;
  const parts = linkPath.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return null;
      parts.pop();
      continue;
    }
    parts.push(segment);
  }
  if (parts.length === 0) return null; // the repository root itself
  const resolved = parts.join('/');
  return canonicalisePath(resolved).ok ? resolved : null;
}

/**
 * True when a symlink target climbs out of a directory it named itself (`up/../x`). Lexical resolution
 * is exact only if no such named segment is a symlink; when one is (`up -> ../tools`), the file system
 * resolves `up/..` to the parent of `tools`, not to the link's directory, so the target cannot be
 * classified from its text. Leading `..` segments are fine: they climb out of the link's own directory.
 */
export function symlinkTargetClimbsThroughName(target: string): boolean {
  let named = false;
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (named) return true;
    } else named = true;
  }
  return false;
}
