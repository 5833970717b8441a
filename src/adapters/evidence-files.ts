// Reads evidence for `metrics`: files, folders (recursively) and downloaded workflow artifacts (zip
// files or the folders `gh run download` makes). Each document is parsed and checked against the
// evidence schema; an invalid one is returned with its name and why, never dropped. Signature bundles
// (*.sigstore.json) and files that are not JSON are counted, not read.

import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvidenceDoc, InvalidFile } from '../core/metrics/compute.js';
import { evidenceProblems } from '../core/evidence-validate.js';
import { readZip, ZipError } from './zip.js';

/** An evidence document larger than this is refused (they are a few KiB). */
export const MAX_EVIDENCE_BYTES = 16 * 1024 * 1024;
const MAX_ZIP_BYTES = 1024 * 1024 * 1024;

export interface EvidenceRead {
  docs: EvidenceDoc[];
  invalid: InvalidFile[];
  /** Files in folders and zips not read: signature bundles and non-JSON files, by reason. */
  skipped: Record<string, number>;
}

const isBundle = (name: string) => name.endsWith('.sigstore.json') || name.endsWith('.sigstore');
const isJson = (name: string) => name.endsWith('.json');

/** One document already read (from a snapshot, say): parsed and checked as a file would be, into `r`. */
export function addEvidence(r: EvidenceRead, file: string, bytes: Buffer): void {
  if (bytes.length > MAX_EVIDENCE_BYTES) return void r.invalid.push({ file, problems: [`${bytes.length} bytes, more than the ${MAX_EVIDENCE_BYTES} allowed`] });
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    return void r.invalid.push({ file, problems: [`not JSON: ${err instanceof Error ? err.message : String(err)}`] });
  }
  const problems = evidenceProblems(doc);
  if (problems.length) r.invalid.push({ file, problems });
  else r.docs.push({ file, doc: doc as Record<string, unknown> });
}

export function readEvidence(paths: readonly string[]): EvidenceRead {
  const r: EvidenceRead = { docs: [], invalid: [], skipped: {} };
  const skip = (why: string) => (r.skipped[why] = (r.skipped[why] ?? 0) + 1);
  const add = (file: string, bytes: Buffer) => addEvidence(r, file, bytes);
  const zip = (file: string) => {
    let entries;
    try {
      const st = lstatSync(file);
      if (st.size > MAX_ZIP_BYTES) throw new ZipError(`${st.size} bytes, more than the ${MAX_ZIP_BYTES} allowed`);
      entries = readZip(readFileSync(file), { maxEntryBytes: MAX_EVIDENCE_BYTES }).filter((e) => (isJson(e.name) && !isBundle(e.name)) || (skip(isBundle(e.name) ? 'signature bundles' : 'not JSON'), false));
    } catch (err) {
      return void r.invalid.push({ file, problems: [`unreadable zip: ${err instanceof Error ? err.message : String(err)}`] });
    }
    for (const e of entries) add(`${file}!${e.name}`, e.data);
  };
  const visit = (path: string, named: boolean) => {
    let st;
    try {
      st = lstatSync(path);
    } catch (err) {
      return void r.invalid.push({ file: path, problems: [`cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`] });
    }
    if (st.isSymbolicLink()) {
      // A link could lead out of the folder or into a loop: a named one is refused, one inside is counted.
      if (named) r.invalid.push({ file: path, problems: ['a symbolic link: give the file it points to'] });
      else skip('symbolic links');
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name), false);
      return;
    }
    if (!st.isFile()) return void (named ? r.invalid.push({ file: path, problems: ['not a regular file'] }) : skip('not regular files'));
    if (path.endsWith('.zip')) return zip(path);
    if (!named && isBundle(path)) return void skip('signature bundles');
    if (!named && !isJson(path)) return void skip('not JSON');
    if (st.size > MAX_EVIDENCE_BYTES) return void r.invalid.push({ file: path, problems: [`${st.size} bytes, more than the ${MAX_EVIDENCE_BYTES} allowed`] });
    try {
      add(path, readFileSync(path));
    } catch (err) {
      r.invalid.push({ file: path, problems: [`cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`] });
    }
  };
  for (const p of paths) visit(p, true);
  return r;
}
