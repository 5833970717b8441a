// A loopback Sigstore: @sigstore/mock's Fulcio (with a CT log) and timestamp authority served over HTTP,
// plus the runner's OIDC token service (an unsigned JWT with GitHub's claims: the mock Fulcio decodes,
// it does not verify), and a Rekor transparency log (`rekorURL`; its entries' bodies are the proposed
// entries as sent, not the ones real Rekor stores). `trustedRoot` is the matching trusted root JSON, what `verify --trusted-root`
// reads. Every instance has its own keys, so a second server is "another Sigstore".

import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler } from '@sigstore/mock';

export interface OidcClaims {
  repository: string;
  workflowPath?: string;
  ref?: string;
  sha?: string;
  event?: string;
  [claim: string]: unknown;
}

export interface SigstoreServer {
  url: string;
  fulcioURL: string;
  tsaURL: string;
  rekorURL: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN for the job whose claims `claims` are. */
  oidcEnv: Record<string, string>;
  claims: OidcClaims;
  trustedRoot: Record<string, unknown>;
  /** The trusted root of the Rekor instance: its log and no timestamp authority (as public-good). */
  trustedRootWithRekor: Record<string, unknown>;
  requests: string[];
  close(): Promise<void>;
}

const b64 = (v: ArrayBufferView | Buffer) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
const keys = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });

function jwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.${randomBytes(16).toString('base64url')}`;
}

function claimsFor(c: OidcClaims): Record<string, unknown> {
  const workflow = c.workflowPath ?? '.github/workflows/agent.yml';
  const ref = c.ref ?? 'refs/heads/main';
  const sha = c.sha ?? 'a'.repeat(40);
  const { repository, workflowPath: _w, ref: _r, sha: _s, event, ...rest } = c;
  return {
    iss: 'https://token.actions.githubusercontent.com',
    sub: `repo:${repository}:ref:${ref}`,
    aud: 'sigstore',
    repository,
    repository_owner: repository.split('/')[0],
    ref,
    sha,
    event_name: event ?? 'pull_request',
    workflow: 'agent',
    workflow_ref: `${repository}/${workflow}@${ref}`,
    workflow_sha: sha,
    job_workflow_ref: `${repository}/${workflow}@${ref}`,
    job_workflow_sha: sha,
    san_uri: `https://github.com/${repository}/${workflow}@${ref}`,
    runner_environment: 'github-hosted',
    run_id: '42',
    run_attempt: '1',
    repository_visibility: 'private',
    ...rest,
  };
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startSigstore(claims: OidcClaims): Promise<SigstoreServer> {
  const start = new Date(Date.now() - 60 * 60 * 1000);
  const ctKeys = keys();
  const ctLog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(keys(), ctLog);
  const tsa = await initializeTSA(keys());
  // The mock writes genTime with pkijs, which drops trailing zeros of the milliseconds ("…00.05Z"), and
  // @sigstore/core accepts only three digits or none: one timestamp in ten failed to parse ("invalid
  // time"). Whole seconds keep the mock inside the format real timestamp authorities emit.
  (tsa as unknown as { getCurrentTime: () => Date }).getCurrentTime = () => new Date(Math.floor(Date.now() / 1000) * 1000);
  // Real Fulcio puts the job's workflow URL in the SAN of a GitHub Actions certificate.
  const fulcio = fulcioHandler(ca, { subjectClaim: 'san_uri' });
  const timestamp = tsaHandler(tsa);
  // The log's host is only named in its checkpoints; the port is not known before listening.
  const tlogKeys = keys();
  const rekor = rekorHandler(await initializeTLog('http://127.0.0.1', tlogKeys));
  const requests: string[] = [];
  const state = { claims };
  const oidcToken = randomBytes(12).toString('hex');
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      requests.push(`${req.method} ${path}`);
      const text = await body(req);
      if (req.method === 'GET' && path === '/oidc/token') {
        if (req.headers.authorization !== `Bearer ${oidcToken}`) return void res.writeHead(401).end();
        const aud = new URL(req.url ?? '', 'http://x').searchParams.get('audience');
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: jwt({ ...claimsFor(state.claims), aud }) }));
        return;
      }
      const handler = req.method !== 'POST' ? null : path === fulcio.path ? fulcio : path === timestamp.path ? timestamp : path === rekor.path ? rekor : null;
      if (!handler) return void res.writeHead(404).end();
      const out = await handler.fn(text);
      res.writeHead(out.statusCode, { 'content-type': out.contentType ?? 'text/plain' });
      res.end(typeof out.response === 'string' ? out.response : Buffer.from(out.response.buffer, out.response.byteOffset, out.response.byteLength));
    })().catch((err: unknown) => res.writeHead(599).end(String(err)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const spki = ctKeys.publicKey.export({ format: 'der', type: 'spki' });
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [
      { subject: { organization: 'sigstore.mock', commonName: 'sigstore' }, uri: url, certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] }, validFor: { start: start.toISOString() } },
    ],
    ctlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: spki.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: start.toISOString() } },
        logId: { keyId: b64(ctLog.logID) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: url,
        certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
        validFor: { start: start.toISOString() },
      },
    ],
  };
  const tlogSpki = tlogKeys.publicKey.export({ format: 'der', type: 'spki' });
  const tlog = {
    baseUrl: url,
    hashAlgorithm: 'SHA2_256',
    publicKey: { rawBytes: tlogSpki.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: start.toISOString() } },
    logId: { keyId: createHash('sha256').update(tlogSpki).digest('base64') },
  };
  return {
    url,
    fulcioURL: url,
    tsaURL: url,
    rekorURL: url,
    oidcEnv: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc/token?x=1`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidcToken },
    get claims() {
      return state.claims;
    },
    set claims(c: OidcClaims) {
      state.claims = c;
    },
    trustedRoot,
    trustedRootWithRekor: { ...trustedRoot, tlogs: [tlog], timestampAuthorities: [] },
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
