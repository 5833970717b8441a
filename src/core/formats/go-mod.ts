// go.mod and go.work: the directives that change what a build fetches or runs (replace, go, toolchain),
// read with go's lexer rules. Pure; never throws.
// Hand-written: go.mod's grammar is the Go toolchain's own (golang.org/x/mod/modfile), which is Go code,
// and only three directives matter here, so this follows that lexer's token rules (quoted and raw
// strings, `//` comments, parenthesised blocks) for them and refuses a line it cannot tokenise.

import { forEachLine, stripBom } from './lines.js';

export interface GoReplace {
  old: string;
  to: string;
  version: string;
  line: number;
}

/** Tokens of a go.mod line as go's lexer reads them: "interpreted" and `raw` strings unquoted, `//` starts a comment. */
function goTokens(line: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (line.startsWith('//', i)) break;
    if (ch === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
      if (j >= line.length) return null;
      try {
        out.push(JSON.parse(line.slice(i, j + 1)) as string);
      } catch {
        return null;
      }
      i = j + 1;
    } else if (ch === '`') {
      const j = line.indexOf('`', i + 1);
      if (j < 0) return null;
      out.push(line.slice(i + 1, j));
      i = j + 1;
    } else if ('()[]{},'.includes(ch)) {
      out.push(ch);
      i++;
    } else {
      let j = i;
      while (j < line.length && !/[\s"`()[\]{},]/.test(line[j]!) && !line.startsWith('//', j)) j++;
      out.push(line.slice(i, j));
      i = j;
    }
  }
  return out;
}

/** A `go` or `toolchain` line: what GOTOOLCHAIN=auto reads to pick (and download) a toolchain. */
export interface GoToolchainLine {
  verb: 'go' | 'toolchain';
  value: string;
  line: number;
}

export interface GoModFile {
  replaces: GoReplace[];
  toolchains: GoToolchainLine[];
}

/** The replace, go and toolchain directives of a go.mod or go.work file, or why they cannot be read. */
export function readGoMod(text: string): GoModFile | string {
  const out: GoReplace[] = [];
  const toolchains: GoToolchainLine[] = [];
  let block: string | null = null;
  let error: string | null = null;
  forEachLine(stripBom(text), (line, n) => {
    if (error !== null) return;
    const tokens = goTokens(line);
    if (tokens === null) {
      error = `line ${n} has an unterminated string`;
      return;
    }
    if (tokens.length === 0) return;
    if (block !== null) {
      if (tokens.length === 1 && tokens[0] === ')') {
        block = null;
        return;
      }
      if (block !== 'replace') return;
    } else {
      if (tokens[tokens.length - 1] === '(' && tokens.length === 2) {
        block = tokens[0]!;
        return;
      }
      // go refuses a repeated go or toolchain line (and a block of them); each one is kept, to be safe.
      if ((tokens[0] === 'go' || tokens[0] === 'toolchain') && tokens.length === 2) {
        toolchains.push({ verb: tokens[0], value: tokens[1]!, line: n });
        return;
      }
      if (tokens[0] !== 'replace') return;
      tokens.shift();
    }
    // old [version] => new [version]
    const arrow = tokens.indexOf('=>');
    const left = arrow < 0 ? [] : tokens.slice(0, arrow);
    const right = arrow < 0 ? [] : tokens.slice(arrow + 1);
    if (left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
      error = `line ${n} is not a replace directive go can read ("old [version] => new [version]")`;
      return;
    }
    out.push({ old: left.join(' '), to: right[0]!, version: right[1] ?? '', line: n });
  });
  if (error !== null) return error;
  if (block !== null) return `the ${JSON.stringify(block)} block is never closed`;
  return { replaces: out, toolchains };
}

/** Go reads a replacement as a directory when it is a rooted or ./ ../ relative path. */
export function goLocalPath(p: string): boolean {
  return p === '.' || p === '..' || /^(\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(p);
}

/**
 * go.mod and go.work: a new or changed `replace` swaps a module's code for another module's (whose path
 * begins with the host it is fetched from) or for a local directory. Another module on a host outside
 * the network allow list is a deny (dependency confusion); on an allowed host, or a local directory, high.

/**
 * A Go version as go's gover orders it (1.21 < 1.21rc1 < 1.21.0 < 1.21.1), from `1.22.3` or `go1.22.3`;
 * null when it is not one (a custom toolchain name, a typo), which is then reported, never guessed.
 */
function goVersionKey(v: string): number[] | null {
  const m = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+)|(alpha|beta|rc)(\d+))?$/.exec(v);
  if (!m) return null;
  const kind = m[3] !== undefined ? 4 : m[4] === 'rc' ? 3 : m[4] === 'beta' ? 2 : m[4] === 'alpha' ? 1 : 0;
  return [Number(m[1]), Number(m[2] ?? 0), kind, Number(m[3] ?? m[5] ?? 0)];
}

export function goVersionAbove(v: string, than: readonly string[]): boolean {
  const key = goVersionKey(v);
  if (key === null) return true;
  return than.every((t) => {
    const other = goVersionKey(t);
    if (other === null) return true;
    for (let i = 0; i < key.length; i++) if (key[i] !== other[i]) return key[i]! > other[i]!;
    return false;
  });
}

