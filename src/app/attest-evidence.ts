// Signs an evidence document that was just written: marks it as signed (naming its bundle), writes it,
// signs the exact bytes (subjects: the file's sha256 and the head commit), writes the bundle next to it
// and stores the attestation. When signing is unavailable the document is rewritten as unsigned, with
// the reason, so no file claims a signature it does not have; the caller applies the user's choice.

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { writeFileNoFollow } from '../adapters/files.js';
import { AttestationsUnavailableError, storeAttestation, type AttestationsClient } from '../adapters/github-attestations.js';
import { signDsse, SigningConfigError, signingEndpoints, SigningUnavailableError, type SigningEndpoints } from '../adapters/sigstore-sign.js';
import type { Fetch } from '../adapters/sigstore-http.js';
import type { IdentityProvider } from '@sigstore/sign';
import { evidenceStatement, INTOTO_PAYLOAD_TYPE, PREDICATE_TYPE } from '../core/attestation/statement.js';
import { isObj } from '../core/json.js';
import { oneLine } from '../core/text.js';

export const ATTEST_UNAVAILABLE = ['fail', 'unsigned'] as const;
export type AttestUnavailable = (typeof ATTEST_UNAVAILABLE)[number];

export interface AttestRequest {
  evidencePath: string;
  /** The work tree: never written through a link in it. */
  untrustedRoot?: string;
  /** The attest-sigstore input. */
  sigstore: string;
  serverUrl: string;
  visibility: string | null;
  repository: string;
  identity: IdentityProvider;
  /** How Fulcio, Rekor and the TSA are reached (sigstore-sign.ts; default direct, Node's bundled roots). */
  fetch?: Fetch;
  /** null: sign, keep the bundle, store nothing (no token). */
  client: AttestationsClient | null;
  retries?: number;
}

export interface AttestOutcome {
  signed: boolean;
  instance: string | null;
  bundlePath: string | null;
  attestationId: string | null;
  /** Why the evidence is unsigned, or why the signed bundle was not stored. */
  problem: string | null;
  evidenceSha256: string | null;
}

/** Throws SigningConfigError on a configuration mistake; every other failure is an outcome. */
export async function attestEvidence(req: AttestRequest): Promise<AttestOutcome> {
  let endpoints: SigningEndpoints | null = null;
  let unavailable: string | null = null;
  try {
    endpoints = signingEndpoints(req.sigstore, req.serverUrl, req.visibility);
  } catch (err) {
    if (!(err instanceof SigningUnavailableError)) throw err;
    unavailable = err.message;
  }
  const bundlePath = `${req.evidencePath}.sigstore.json`;
  const doc = await readDocument(req.evidencePath);
  const mode = (await stat(req.evidencePath)).mode & 0o777;
  const write = async (text: string) => writeFileNoFollow(req.evidencePath, text, { mode, ...(req.untrustedRoot ? { untrustedRoot: req.untrustedRoot } : {}) });
  const markUnsigned = async (reason: string): Promise<AttestOutcome> => {
    doc.signature = { status: 'unsigned', reason };
    await write(JSON.stringify(doc, null, 2) + '\n');
    return { signed: false, instance: endpoints?.instance ?? null, bundlePath: null, attestationId: null, problem: reason, evidenceSha256: null };
  };
  if (!endpoints) return markUnsigned(unavailable ?? 'no Sigstore instance');

  // Said before signing, so the signed bytes say it; rewritten as unsigned if signing then fails.
  doc.signature = { status: 'signed', instance: endpoints.instance, bundle: basename(bundlePath), predicate_type: PREDICATE_TYPE };
  const text = JSON.stringify(doc, null, 2) + '\n';
  await write(text);
  const bytes = Buffer.from(text);
  const statement = evidenceStatement(bytes, basename(req.evidencePath));
  let bundle: Record<string, unknown>;
  try {
    bundle = await signDsse(Buffer.from(JSON.stringify(statement)), INTOTO_PAYLOAD_TYPE, { endpoints, identity: req.identity, ...(req.fetch ? { fetch: req.fetch } : {}), ...(req.retries !== undefined ? { retries: req.retries } : {}) });
  } catch (err) {
    if (err instanceof SigningUnavailableError || err instanceof SigningConfigError) return markUnsigned(err.message);
    return markUnsigned(`signing failed: ${oneLine(err instanceof Error ? err.message : String(err)).slice(0, 300)}`);
  }
  await writeFileNoFollow(bundlePath, JSON.stringify(bundle) + '\n', { mode, ...(req.untrustedRoot ? { untrustedRoot: req.untrustedRoot } : {}) });
  const evidenceSha256 = statement.subject[0]?.digest.sha256 ?? null;
  const signed = { signed: true, instance: endpoints.instance, bundlePath, evidenceSha256 };
  if (!req.client) return { ...signed, attestationId: null, problem: 'not stored: no token to store the attestation with (attest-github-token is empty); the bundle file is the only copy' };
  try {
    return { ...signed, attestationId: await storeAttestation(req.client, req.repository, bundle), problem: null };
  } catch (err) {
    const why = err instanceof AttestationsUnavailableError ? err.message : oneLine(err instanceof Error ? err.message : String(err)).slice(0, 300);
    return { ...signed, attestationId: null, problem: `not stored: ${why}; the bundle file is the only copy` };
  }
}

async function readDocument(path: string): Promise<Record<string, unknown>> {
  const doc: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (!isObj(doc)) throw new Error(`${path}: the evidence is not a JSON object`);
  return doc;
}
