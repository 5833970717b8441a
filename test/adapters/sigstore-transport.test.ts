// The signer's transport: the OIDC token request, Fulcio, the timestamp authority and Rekor are reached
// over the fetch handed in (github-client.ts transportFetch, the one the API clients use), never over
// what the process environment names. A loopback Sigstore (@sigstore/mock, test/support/sigstore-
// server.ts) and real CONNECT proxies (test/support/http-proxy.ts) show where each connection went;
// every bundle is verified against the instance's trusted root.

import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bundleFromJSON } from '@sigstore/bundle';
import { RekorWitness } from '@sigstore/sign';
import { transportFetch } from '../../src/adapters/github-client.js';
import { FulcioTransportSigner, RekorTransportWitness, SigstoreHttpError } from '../../src/adapters/sigstore-http.js';
import { actionsIdentity, signDsse, signingEndpoints } from '../../src/adapters/sigstore-sign.js';
import { parseTrustedRoot, verifyDsseBundle } from '../../src/adapters/sigstore-verify.js';
import { evidenceStatement, INTOTO_PAYLOAD_TYPE } from '../../src/core/attestation/statement.js';
import { startHttpProxy, type HttpProxy } from '../support/http-proxy.js';
import { REPO_ROOT } from '../support/bundle.js';
import { startSigstore, type SigstoreServer } from '../support/sigstore-server.js';

const HEAD = 'c'.repeat(40);
const statement = Buffer.from(JSON.stringify(evidenceStatement(Buffer.from('{"version":"agent-guard.evidence/v1"}\n'), 'evidence.json')));
let sigstore: SigstoreServer;
let planted: HttpProxy;
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'NO_PROXY', 'no_proxy'];
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  sigstore = await startSigstore({ repository: 'acme/api', sha: HEAD });
  planted = await startHttpProxy();
});
afterAll(async () => {
  await sigstore.close();
  await planted.close();
});
beforeEach(() => {
  planted.records.length = 0;
  sigstore.requests.length = 0;
  // What an earlier step wrote to GITHUB_ENV: every proxy variable names the attacker's proxy.
  for (const v of PROXY_VARIABLES) saved[v] = process.env[v];
  for (const v of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY']) process.env[v] = planted.url;
  delete process.env.NO_PROXY;
  delete process.env.no_proxy;
});
afterEach(() => {
  for (const v of PROXY_VARIABLES) {
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  }
});

const endpoints = (s: SigstoreServer, rekor = false) => signingEndpoints(rekor ? `fulcio=${s.fulcioURL},rekor=${s.rekorURL}` : `fulcio=${s.fulcioURL},tsa=${s.tsaURL}`, 'https://github.com', null);
const host = (url: string) => new URL(url).host;

describe('signing never takes a proxy from the environment', () => {
  test('by default (a direct connection): the OIDC token, Fulcio and the TSA are reached directly, the planted proxy sees nothing', async () => {
    const bundle = await signDsse(statement, INTOTO_PAYLOAD_TYPE, { endpoints: endpoints(sigstore), identity: actionsIdentity(sigstore.oidcEnv), retries: 0 });
    expect(sigstore.requests).toEqual(['GET /oidc/token', 'POST /api/v2/signingCert', 'POST /api/v1/timestamp']);
    expect(planted.records).toEqual([]);
    expect(verifyDsseBundle(bundle, parseTrustedRoot(sigstore.trustedRoot)).signer.sourceRepositoryURI).toBe('https://github.com/acme/api');
  });

  test('@sigstore/sign\'s own clients, by contrast, send the OIDC token through that proxy (why the signer has clients of its own)', async () => {
    // The control, in a process started with the planted variables (as the post step is after a
    // GITHUB_ENV write): @sigstore/sign's FulcioSigner and TSAWitness, whose agent reads the proxy
    // variables when it loads.
    const token = await actionsIdentity(sigstore.oidcEnv).getToken();
    const script = `const { FulcioSigner, TSAWitness, DSSEBundleBuilder } = require('@sigstore/sign');
      const signer = new FulcioSigner({ identityProvider: { getToken: async () => process.env.T }, fulcioBaseURL: process.env.U, retry: 0 });
      new DSSEBundleBuilder({ signer, witnesses: [new TSAWitness({ tsaBaseURL: process.env.U, retry: 0 })] }).create({ data: Buffer.from('{}'), type: 'application/vnd.in-toto+json' }).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); });`;
    // Asynchronously: the proxy and the Sigstore answer from this process.
    const child = spawn(process.execPath, ['-e', script], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', HTTP_PROXY: planted.url, HTTPS_PROXY: planted.url, T: token, U: sigstore.url } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(planted.records.map((r) => `${r.method} ${r.target}`)).toEqual([`POST ${sigstore.url}/api/v2/signingCert`, `POST ${sigstore.url}/api/v1/timestamp`]);
  });

  test('over an explicit proxy (the step\'s proxy input): every request goes through it, the planted one sees nothing', async () => {
    const chosen = await startHttpProxy({ credentials: { user: 'ci', password: 'proxy-secret' } });
    try {
      const fetch = transportFetch({ proxy: chosen.urlWithCredentials });
      const bundle = await signDsse(statement, INTOTO_PAYLOAD_TYPE, { endpoints: endpoints(sigstore), identity: actionsIdentity(sigstore.oidcEnv, fetch), fetch, retries: 0 });
      expect(sigstore.requests).toEqual(['GET /oidc/token', 'POST /api/v2/signingCert', 'POST /api/v1/timestamp']);
      expect(chosen.records.length).toBeGreaterThan(0);
      expect(chosen.records.every((r) => r.method === 'CONNECT' && r.target === host(sigstore.url) && r.allowed)).toBe(true);
      expect(planted.records).toEqual([]);
      verifyDsseBundle(bundle, parseTrustedRoot(sigstore.trustedRoot));
    } finally {
      await chosen.close();
    }
  });

  test('an explicit proxy that is down: signing fails (no fallback to a direct connection) and says so', async () => {
    const dead = await startHttpProxy();
    await dead.close();
    const fetch = transportFetch({ proxy: dead.url });
    await expect(signDsse(statement, INTOTO_PAYLOAD_TYPE, { endpoints: endpoints(sigstore), identity: actionsIdentity(sigstore.oidcEnv, fetch), fetch, retries: 0 })).rejects.toThrow(/the OIDC token service did not answer/);
    expect(sigstore.requests).toEqual([]);
    expect(planted.records).toEqual([]);
  });
});

describe('Fulcio answers that are not a certificate', () => {
  /** A Fulcio that answers each request with the next of `answers` (status, JSON body). */
  async function scripted(answers: [number, unknown][]): Promise<{ url: string; hits: number; close(): Promise<void> }> {
    const state = { url: '', hits: 0, close: async () => undefined as void };
    const server = createServer((req, res) => {
      req.resume();
      const [status, body] = answers[Math.min(state.hits++, answers.length - 1)]!;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    state.close = () => new Promise<void>((r) => server.close(() => r()));
    return state;
  }
  const token = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'repo:acme/api:ref:refs/heads/main' })).toString('base64url')}.c2lnbmF0dXJlLXNlY3JldA`;
  const identity = { getToken: async () => token };

  test('a 5xx is retried, a 4xx is not; the error names the status and the server\'s message, never the OIDC token', async () => {
    const flaky = await scripted([
      [503, { message: 'busy' }],
      [400, { message: 'the token was refused' }],
    ]);
    try {
      const signer = new FulcioTransportSigner(flaky.url, identity, { fetch: transportFetch(), timeoutMs: 5000, retries: 3, backoffMs: 1 });
      const err = await signer.sign(Buffer.from('x')).then(() => new Error('signed'), (e: unknown) => e as Error);
      expect(flaky.hits).toBe(2);
      expect(err).toBeInstanceOf(SigstoreHttpError);
      expect(err.message).toBe(`POST ${flaky.url}/api/v2/signingCert answered 400: the token was refused`);
      expect(err.message).not.toContain(token.split('.')[1]!);
    } finally {
      await flaky.close();
    }
  });

  test('a 2xx without a certificate chain is an error, and a token that is not a JWT is refused without being quoted', async () => {
    const empty = await scripted([[201, { signedCertificateEmbeddedSct: { chain: { certificates: [] } } }]]);
    try {
      await expect(new FulcioTransportSigner(empty.url, identity, { fetch: transportFetch(), timeoutMs: 5000, retries: 0 }).sign(Buffer.from('x'))).rejects.toThrow(/Fulcio answered without a certificate chain/);
      const opaque = 'opaque-oidc-secret-not-a-jwt';
      const err = await new FulcioTransportSigner(empty.url, { getToken: async () => opaque }, { fetch: transportFetch(), timeoutMs: 5000, retries: 0 }).sign(Buffer.from('x')).then(() => new Error('signed'), (e: unknown) => e as Error);
      expect(err.message).toBe('the OIDC token is not a JWT with a JSON payload');
      expect(empty.hits).toBe(1);
    } finally {
      await empty.close();
    }
  });
});

describe('the Rekor witness', () => {
  // The mock log stores the proposed entry as the body (real Rekor stores its own canonical form), so a
  // bundle with its entry does not verify offline; the witness is checked against @sigstore/sign's
  // RekorWitness instead: the same proposed entry (byte for byte, so the same body) and the same
  // transparency-log entry from the answer.
  test('proposes the entry @sigstore/sign\'s RekorWitness proposes, and maps the answer as it does', async () => {
    const signed = await signDsse(statement, INTOTO_PAYLOAD_TYPE, { endpoints: endpoints(sigstore, true), identity: actionsIdentity(sigstore.oidcEnv), retries: 0 });
    expect(sigstore.requests).toEqual(['GET /oidc/token', 'POST /api/v2/signingCert', 'POST /api/v1/log/entries']);
    expect(planted.records).toEqual([]);
    const bundle = bundleFromJSON(signed);
    const material = bundle.verificationMaterial.content;
    const der = material.$case === 'certificate' ? material.certificate.rawBytes : null;
    expect(der).not.toBeNull();
    const pem = `-----BEGIN CERTIFICATE-----\n${Buffer.from(der!).toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
    expect(bundle.verificationMaterial.tlogEntries).toEqual([expect.objectContaining({ kindVersion: { kind: 'dsse', version: '0.0.1' } })]);
    // The same envelope and certificate to both witnesses.
    const ours = (await new RekorTransportWitness(sigstore.rekorURL, { fetch: transportFetch(), timeoutMs: 10_000, retries: 0 }).testify(bundle.content, pem)).tlogEntries![0]!;
    const theirs = (await new RekorWitness({ rekorBaseURL: sigstore.rekorURL, retry: 0 }).testify(bundle.content, pem)).tlogEntries[0]!;
    expect(Buffer.from(ours.canonicalizedBody).toString('utf8')).toBe(Buffer.from(theirs.canonicalizedBody).toString('utf8'));
    expect(Buffer.from(ours.logId.keyId).equals(Buffer.from(theirs.logId.keyId))).toBe(true);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    expect(ours.inclusionPromise?.signedEntryTimestamp.length).toBeGreaterThan(0);
    expect(ours.inclusionProof?.hashes.length).toBe(theirs.inclusionProof?.hashes.length);
  });
});
