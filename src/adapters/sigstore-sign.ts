// Signs an in-toto statement with a short-lived Sigstore certificate bound to the job's OIDC identity.
// The bundle as @actions/attest builds it (@sigstore/sign's DSSEBundleBuilder; a Fulcio certificate, a
// Rekor entry or an RFC 3161 timestamp) with the same default instances, but the instance is
// configurable (@actions/attest hard-codes https URLs derived from GITHUB_SERVER_URL, so it cannot be
// pointed at a loopback Fulcio/TSA in tests), the OIDC token is read from the environment handed in,
// not from process.env, and every request (the OIDC token's included) goes over the explicit transport
// of the step (sigstore-http.ts): never a proxy or CA store the process environment names.

import { bundleToJSON } from '@sigstore/bundle';
import { DSSEBundleBuilder, type IdentityProvider, type Witness } from '@sigstore/sign';
import { oneLine } from '../core/text.js';
import { transportFetch } from './github-client.js';
import { FulcioTransportSigner, RekorTransportWitness, TimestampTransportWitness, type Fetch, type HttpOptions } from './sigstore-http.js';

export const FULCIO_PUBLIC_GOOD = 'https://fulcio.sigstore.dev';
export const REKOR_PUBLIC_GOOD = 'https://rekor.sigstore.dev';

export interface SigningEndpoints {
  /** 'public-good', 'github' or 'custom': said in messages and the evidence. */
  instance: string;
  fulcioURL: string;
  rekorURL?: string;
  tsaURL?: string;
}

/** Signing is not possible here (no OIDC token, an instance that does not exist, a refused request). */
export class SigningUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningUnavailableError';
  }
}

/** A configuration mistake (a bad URL, an unknown instance): never a fallback, always a failure. */
export class SigningConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningConfigError';
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https, or http on a loopback host only (tests); no credentials, query or fragment. */
export function serviceUrl(what: string, raw: string, allowQuery = false): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SigningConfigError(`${what}: ${JSON.stringify(oneLine(raw).slice(0, 200))} is not a URL`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) throw new SigningConfigError(`${what}: ${JSON.stringify(url.origin)} must use https`);
  if (url.username || url.password || (url.search && !allowQuery) || url.hash) throw new SigningConfigError(`${what}: the URL must not carry credentials, a query or a fragment`);
  return allowQuery ? url.href : url.href.replace(/\/+$/, '');
}

/**
 * The Sigstore instance for `choice`: `public-good` (Fulcio + Rekor, public repositories), `github`
 * (GitHub's Fulcio + timestamp authority, private repositories), `auto` (by the repository's visibility,
 * as @actions/attest does), or explicit `fulcio=URL,tsa=URL,rekor=URL`. GitHub Enterprise Server has no
 * Sigstore instance: there signing is unavailable unless the URLs are given.
 */
export function signingEndpoints(choice: string, serverUrl: string, visibility: string | null): SigningEndpoints {
  const c = choice.trim() || 'auto';
  if (c.includes('=')) {
    const parts = new Map<string, string>();
    for (const item of c.split(/[\s,]+/).filter(Boolean)) {
      const m = /^(fulcio|tsa|rekor)=(.+)$/.exec(item);
      if (!m || parts.has(m[1] as string)) throw new SigningConfigError(`attest-sigstore: ${JSON.stringify(oneLine(item).slice(0, 100))} is not one of fulcio=URL, tsa=URL, rekor=URL (each once)`);
      parts.set(m[1] as string, serviceUrl(`attest-sigstore ${m[1]}`, m[2] as string));
    }
    const fulcioURL = parts.get('fulcio');
    if (!fulcioURL) throw new SigningConfigError('attest-sigstore: fulcio=URL is required');
    if (!parts.has('tsa') && !parts.has('rekor')) throw new SigningConfigError('attest-sigstore: tsa=URL or rekor=URL is required (a signature needs a timestamp)');
    return { instance: 'custom', fulcioURL, ...(parts.has('rekor') ? { rekorURL: parts.get('rekor') } : {}), ...(parts.has('tsa') ? { tsaURL: parts.get('tsa') } : {}) };
  }
  if (!['auto', 'public-good', 'github'].includes(c)) throw new SigningConfigError(`attest-sigstore must be auto, public-good, github or fulcio=URL,tsa=URL, not ${JSON.stringify(oneLine(c).slice(0, 100))}`);
  const instance = c === 'auto' ? (visibility === 'public' ? 'public-good' : 'github') : c;
  if (instance === 'public-good') return { instance, fulcioURL: FULCIO_PUBLIC_GOOD, rekorURL: REKOR_PUBLIC_GOOD };
  let host: string;
  try {
    host = new URL(serverUrl || 'https://github.com').hostname;
  } catch {
    throw new SigningConfigError(`GITHUB_SERVER_URL ${JSON.stringify(oneLine(serverUrl).slice(0, 200))} is not a URL`);
  }
  if (host === 'github.com') host = 'githubapp.com';
  else if (!host.endsWith('.ghe.com')) throw new SigningUnavailableError(`${host} looks like GitHub Enterprise Server, which has no Sigstore instance for artifact attestations`);
  return { instance, fulcioURL: `https://fulcio.${host}`, tsaURL: `https://timestamp.${host}` };
}

/**
 * The job's OIDC token for audience `sigstore` (needs `permissions: id-token: write`), fetched from the
 * runner's token service named in `env` over `fetchImpl` (default: a direct connection that trusts
 * Node's bundled roots only; never the global fetch, which Node 24 routes through HTTPS_PROXY when
 * NODE_USE_ENV_PROXY is set). The token goes to Fulcio only.
 */
export function actionsIdentity(env: Record<string, string | undefined>, fetchImpl: Fetch = transportFetch()): IdentityProvider {
  return {
    async getToken() {
      const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
      const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
      if (!requestUrl || !requestToken) throw new SigningUnavailableError('no OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set (the job needs `permissions: id-token: write`)');
      const url = new URL(serviceUrl('ACTIONS_ID_TOKEN_REQUEST_URL', requestUrl, true));
      url.searchParams.set('audience', 'sigstore');
      let res: Response;
      try {
        res = await fetchImpl(url, { headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
      } catch (err) {
        throw new SigningUnavailableError(`the OIDC token service did not answer: ${oneLine(err instanceof Error ? err.message : String(err)).slice(0, 200)}`);
      }
      if (!res.ok) throw new SigningUnavailableError(`the OIDC token service answered ${res.status}`);
      const body = (await res.json().catch(() => null)) as { value?: unknown } | null;
      if (!body || typeof body.value !== 'string' || body.value.split('.').length !== 3) throw new SigningUnavailableError('the OIDC token service answered without a token');
      return body.value;
    },
  };
}

export interface SignOptions {
  endpoints: SigningEndpoints;
  identity: IdentityProvider;
  /** How Fulcio, Rekor and the TSA are reached; default a direct connection, Node's bundled roots only. */
  fetch?: Fetch;
  timeoutMs?: number;
  retries?: number;
}

/** A Sigstore bundle (v0.3, DSSE envelope) of `payload`, as JSON. */
export async function signDsse(payload: Uint8Array, payloadType: string, opts: SignOptions): Promise<Record<string, unknown>> {
  const http: HttpOptions = { fetch: opts.fetch ?? transportFetch(), timeoutMs: opts.timeoutMs ?? 10_000, retries: opts.retries ?? 3 };
  const signer = new FulcioTransportSigner(opts.endpoints.fulcioURL, opts.identity, http);
  const witnesses: Witness[] = [];
  if (opts.endpoints.rekorURL) witnesses.push(new RekorTransportWitness(opts.endpoints.rekorURL, http));
  if (opts.endpoints.tsaURL) witnesses.push(new TimestampTransportWitness(opts.endpoints.tsaURL, http));
  try {
    const bundle = await new DSSEBundleBuilder({ signer, witnesses }).create({ data: Buffer.from(payload), type: payloadType });
    return bundleToJSON(bundle);
  } catch (err) {
    if (err instanceof SigningUnavailableError) throw err;
    // sigstore-js wraps the identity provider's error; keep ours when it is the cause.
    const cause = (err as { cause?: unknown }).cause;
    if (cause instanceof SigningUnavailableError) throw cause;
    const why = [err, cause].filter((e) => e instanceof Error).map((e) => (e).message).join(': ');
    throw new SigningUnavailableError(`signing with ${opts.endpoints.instance} (${opts.endpoints.fulcioURL}) failed: ${oneLine(why || String(err)).slice(0, 300)}`);
  }
}
