// Loading policy and manifest documents: bytes -> hardened YAML -> model, with every problem located
// at FILE:LINE:COLUMN. The only place that joins the YAML loader to the core models.

import { sha256 } from '../core/digest.js';
import { checkManifestAgainstPolicy, parseManifest, type Manifest, type TaskContext } from '../core/manifest.js';
import { parsePolicy, type Policy } from '../core/policy.js';
import type { Problem } from '../core/types.js';
import { loadDocument, type LoadedDocument } from '../core/yaml.js';
import { oneLine } from '../core/text.js';

export interface Loaded<T> {
  value: T;
  sha256: string;
  doc: LoadedDocument;
}
export type LoadOutcome<T> = { ok: true; loaded: Loaded<T> } | { ok: false; problems: Problem[] };

function locateAll(problems: Problem[], doc: LoadedDocument): Problem[] {
  return problems.map((p) => ({ ...p, location: p.location ?? doc.locate(p.pointer ?? '') }));
}

export function loadPolicy(bytes: Buffer | string, label: string): LoadOutcome<Policy> {
  const parsed = loadDocument(bytes, label);
  if (!parsed.ok) return parsed;
  const result = parsePolicy(parsed.doc.value);
  if (!result.ok) return { ok: false, problems: locateAll(result.problems, parsed.doc) };
  return { ok: true, loaded: { value: result.policy, sha256: sha256(bytes), doc: parsed.doc } };
}

export function loadManifest(bytes: Buffer | string, label: string): LoadOutcome<Manifest> {
  const parsed = loadDocument(bytes, label);
  if (!parsed.ok) return parsed;
  const result = parseManifest(parsed.doc.value);
  if (!result.ok) return { ok: false, problems: locateAll(result.problems, parsed.doc) };
  return { ok: true, loaded: { value: result.manifest, sha256: sha256(bytes), doc: parsed.doc } };
}

/** Manifest-against-policy violations, located in the manifest file. */
export function manifestViolations(manifest: Loaded<Manifest>, policy: Policy, ctx: TaskContext = {}): Problem[] {
  return locateAll(checkManifestAgainstPolicy(manifest.value, policy, ctx), manifest.doc);
}

/**
 * `FILE:LINE:COLUMN: message` (the form compilers use, so editors can jump to it). One line, always:
 * messages quote the document's own text, and a newline, ESC or bidi control in it could forge another
 * problem line, a "valid" line or a workflow command, or hide text; those are escaped as `\uXXXX`.
 */
export function formatProblem(p: Problem): string {
  const loc = p.location;
  const where = loc ? `${oneLine(loc.file)}${loc.line !== undefined ? `:${loc.line}:${loc.column ?? 1}` : ''}` : '<input>';
  return `${where}: ${oneLine(p.message)} [${oneLine(p.code)}]`;
}
