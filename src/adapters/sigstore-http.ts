// The network side of signing: a Fulcio signer, a timestamp-authority witness and a Rekor witness that
// implement @sigstore/sign's public Signer and Witness interfaces over a fetch handed in, the one the
// step's GitHub clients use (github-client.ts transportFetch: direct or the one proxy named, Node's
// bundled roots plus the certificates named, verification forced on). @sigstore/sign's own clients
// send through make-fetch-happen, whose agent takes HTTPS_PROXY / HTTP_PROXY from process.env and
// trusts the process's CA store: a proxy (and CA) an earlier step wrote to GITHUB_ENV would see the
// job's OIDC token on its way to Fulcio, and could have a certificate of this workflow issued for a key
// of its own. Here nothing is read from the environment. The bundle is built by @sigstore/sign's
// DSSEBundleBuilder as before; only the three HTTP exchanges are ours, as Sigstore's clients define them
// (Fulcio /api/v2/signingCert, TSA /api/v1/timestamp, Rekor /api/v1/log/entries with a dsse entry).

import { createHash, generateKeyPairSync, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { envelopeToJSON, type TransparencyLogEntry } from '@sigstore/bundle';
import type { IdentityProvider, Signature, SignatureBundle, Signer, VerificationMaterial, Witness } from '@sigstore/sign';
import { oneLine } from '../core/text.js';

export type Fetch = typeof globalThis.fetch;

export interface HttpOptions {
  fetch: Fetch;
  /** Milliseconds per attempt. */
  timeoutMs: number;
  /** Further attempts after a network error, 408, 429 or 5xx. */
  retries: number;
  /** Milliseconds before the first retry (doubled each time). Default 1000. */
  backoffMs?: number;
}

/** An answer that is not 2xx, with the server's message (never the request's credentials). */
export class SigstoreHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly location: string | null = null,
  ) {
    super(message);
    this.name = 'SigstoreHttpError';
  }
}

const retryable = (status: number) => status === 408 || status === 429 || status >= 500;

/** One request with retries; resolves to a 2xx response, else throws SigstoreHttpError or the network error. */
export async function sigstoreRequest(url: string, init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string }, opts: HttpOptions): Promise<Response> {
  let wait = opts.backoffMs ?? 1000;
  for (let attempt = 0; ; attempt++) {
    let res: Response | null = null;
    let failure: unknown;
    try {
      res = await opts.fetch(url, { ...init, headers: { 'user-agent': 'agent-guard', ...init.headers }, signal: AbortSignal.timeout(opts.timeoutMs) });
    } catch (err) {
      failure = err;
    }
    if (res?.ok) return res;
    if (res) failure = await httpError(url, init.method, res);
    if (attempt >= opts.retries || (res && !retryable(res.status))) throw failure;
    await new Promise((r) => setTimeout(r, wait));
    wait *= 2;
  }
}

async function httpError(url: string, method: string, res: Response): Promise<SigstoreHttpError> {
  let message = res.statusText;
  if ((res.headers.get('content-type') ?? '').includes('application/json')) {
    const body = (await res.json().catch(() => null)) as { message?: unknown } | null;
    if (body && typeof body.message === 'string') message = body.message;
  } else {
    await res.body?.cancel().catch(() => undefined);
  }
  return new SigstoreHttpError(res.status, `${method} ${new URL(url).origin}${new URL(url).pathname} answered ${res.status}${message ? `: ${oneLine(message).slice(0, 200)}` : ''}`, res.headers.get('location'));
}

/** The identity Fulcio proves possession for: a verified email, else the token's subject (as sigstore-js). */
function jwtSubject(jwt: string): string {
  let claims: { email?: unknown; email_verified?: unknown; sub?: unknown };
  try {
    claims = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as typeof claims;
  } catch {
    // Never the token itself in the message.
    throw new Error('the OIDC token is not a JWT with a JSON payload');
  }
  if (typeof claims.email === 'string') {
    if (claims.email_verified !== true) throw new Error('the OIDC token names an email its issuer did not verify');
    return claims.email;
  }
  if (typeof claims.sub === 'string' && claims.sub !== '') return claims.sub;
  throw new Error('the OIDC token has no subject');
}

/**
 * Signs with an ephemeral P-256 key and a Fulcio certificate for it: the OIDC token (from `identity`)
 * and a proof of possession (the subject, signed) go to Fulcio; the key never leaves this object.
 */
export class FulcioTransportSigner implements Signer {
  private readonly key: { privateKey: KeyObject; publicKey: KeyObject };
  constructor(
    private readonly fulcioURL: string,
    private readonly identity: IdentityProvider,
    private readonly http: HttpOptions,
  ) {
    this.key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  }

  async sign(data: Buffer): Promise<Signature> {
    const token = await this.identity.getToken();
    const subject = jwtSubject(token);
    const publicKey = this.key.publicKey.export({ format: 'pem', type: 'spki' }).toString('ascii');
    const request = {
      credentials: { oidcIdentityToken: token },
      publicKeyRequest: { publicKey: { algorithm: 'ECDSA', content: publicKey }, proofOfPossession: cryptoSign('sha256', Buffer.from(subject), this.key.privateKey).toString('base64') },
    };
    const res = await sigstoreRequest(`${this.fulcioURL}/api/v2/signingCert`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(request) }, this.http);
    const body = (await res.json()) as { signedCertificateEmbeddedSct?: { chain?: { certificates?: unknown } }; signedCertificateDetachedSct?: { chain?: { certificates?: unknown } } };
    const chain = (body.signedCertificateEmbeddedSct ?? body.signedCertificateDetachedSct)?.chain?.certificates;
    const certificate: unknown = Array.isArray(chain) ? (chain as unknown[])[0] : undefined;
    if (typeof certificate !== 'string' || !certificate.includes('-----BEGIN CERTIFICATE-----')) throw new Error(`${this.fulcioURL}: Fulcio answered without a certificate chain`);
    return { signature: cryptoSign('sha256', data, this.key.privateKey), key: { $case: 'x509Certificate', certificate } };
  }
}

function firstSignature(content: SignatureBundle): Buffer {
  const sig = content.$case === 'dsseEnvelope' ? content.dsseEnvelope.signatures[0]?.sig : content.messageSignature.signature;
  if (!sig) throw new Error('nothing signed to witness');
  return sig;
}

/** An RFC 3161 timestamp of the signature from a timestamp authority. */
export class TimestampTransportWitness implements Witness {
  constructor(
    private readonly tsaURL: string,
    private readonly http: HttpOptions,
  ) {}

  async testify(content: SignatureBundle): Promise<VerificationMaterial> {
    const request = { artifactHash: createHash('sha256').update(firstSignature(content)).digest('base64'), hashAlgorithm: 'sha256' };
    const url = new URL(this.tsaURL).pathname === '/' ? `${this.tsaURL}/api/v1/timestamp` : this.tsaURL;
    const res = await sigstoreRequest(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) }, this.http);
    const signedTimestamp = Buffer.from(await res.arrayBuffer());
    if (signedTimestamp.length === 0) throw new Error(`${this.tsaURL}: the timestamp authority answered with nothing`);
    return { rfc3161Timestamps: [{ signedTimestamp }] };
  }
}

interface RekorEntry {
  body: string;
  integratedTime: number;
  logID: string;
  logIndex: number;
  verification?: { signedEntryTimestamp?: string; inclusionProof?: { logIndex: number; treeSize: number; rootHash: string; hashes: string[]; checkpoint: string } };
}

/** A Rekor (v1 API) entry of kind dsse for a DSSE envelope; an entry that exists already is read back. */
export class RekorTransportWitness implements Witness {
  constructor(
    private readonly rekorURL: string,
    private readonly http: HttpOptions,
  ) {}

  async testify(content: SignatureBundle, publicKey: string): Promise<VerificationMaterial> {
    if (content.$case !== 'dsseEnvelope') throw new Error('only DSSE envelopes are logged');
    const proposed = {
      apiVersion: '0.0.1',
      kind: 'dsse',
      spec: { proposedContent: { envelope: JSON.stringify(envelopeToJSON(content.dsseEnvelope)), verifiers: [Buffer.from(publicKey, 'utf8').toString('base64')] } },
    };
    let res: Response;
    try {
      res = await sigstoreRequest(`${this.rekorURL}/api/v1/log/entries`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(proposed) }, this.http);
    } catch (err) {
      const uuid = err instanceof SigstoreHttpError && err.status === 409 && err.location ? err.location.split('/').pop() : undefined;
      if (!uuid || !/^[0-9a-f]{1,200}$/i.test(uuid)) throw err;
      res = await sigstoreRequest(`${this.rekorURL}/api/v1/log/entries/${uuid}`, { method: 'GET', headers: { accept: 'application/json' } }, this.http);
    }
    const entries = Object.values((await res.json()) as Record<string, RekorEntry>);
    if (entries.length !== 1) throw new Error(`${this.rekorURL}: Rekor answered with ${entries.length} entries, not one`);
    return { tlogEntries: [transparencyLogEntry(entries[0]!)] };
  }
}

function transparencyLogEntry(entry: RekorEntry): TransparencyLogEntry {
  const body = JSON.parse(Buffer.from(entry.body, 'base64').toString('utf8')) as { kind: string; apiVersion: string };
  const proof = entry.verification?.inclusionProof;
  const promise = entry.verification?.signedEntryTimestamp;
  return {
    logIndex: String(entry.logIndex),
    logId: { keyId: Buffer.from(entry.logID, 'hex') },
    integratedTime: String(entry.integratedTime),
    kindVersion: { kind: body.kind, version: body.apiVersion },
    inclusionPromise: promise ? { signedEntryTimestamp: Buffer.from(promise, 'base64') } : undefined,
    inclusionProof: proof
      ? { logIndex: String(proof.logIndex), treeSize: String(proof.treeSize), rootHash: Buffer.from(proof.rootHash, 'hex'), hashes: proof.hashes.map((h) => Buffer.from(h, 'hex')), checkpoint: { envelope: proof.checkpoint } }
      : undefined,
    canonicalizedBody: Buffer.from(entry.body, 'base64'),
  };
}
