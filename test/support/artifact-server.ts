// A loopback server speaking what @actions/artifact v6 calls to upload one artifact: the results
// service's Twirp JSON methods CreateArtifact and FinalizeArtifact (POST /twirp/github.actions.results
// .api.v1.ArtifactService/METHOD, Bearer ACTIONS_RUNTIME_TOKEN), and the Azure block-blob upload to the
// signed URL CreateArtifact hands out (Put Block, then Put Block List), on the same server. It checks
// what the real services check that a test can get wrong: the token and the run and job backend ids in
// its `scp` claim, names unique per workflow run, the URL's signature, and that FinalizeArtifact's size
// and sha256 are those of the committed blob. Failures are injected per method with Twirp's error
// bodies ({code, msg}) and the HTTP status each code maps to.
//
//   const server = await startArtifactServer();
//   Object.assign(process.env, server.env);   // ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL
//   ... upload ...
//   server.artifacts[0].blob                  // the zip as uploaded

import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const TWIRP_STATUS: Record<string, number> = { invalid_argument: 400, unauthenticated: 401, permission_denied: 403, not_found: 404, already_exists: 409, resource_exhausted: 429, internal: 500, unavailable: 503 };

export interface StoredArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  mimeType: string | null;
  /** RFC 3339 as sent (protobuf Timestamp JSON), or null for the repository's default retention. */
  expiresAt: string | null;
  version: number;
  /** The committed blob (null until Put Block List). */
  blob: Buffer | null;
  finalized: boolean;
  /** `sha256:<hex>` as FinalizeArtifact sent it. */
  hash: string | null;
  size: number | null;
}

export interface InjectedFailure {
  /** A Twirp error code (permission_denied, already_exists, internal, ...). */
  code: string;
  msg: string;
}

export interface ArtifactServer {
  url: string;
  /** The variables @actions/artifact reads (set them on process.env: it reads nowhere else). */
  env: { ACTIONS_RUNTIME_TOKEN: string; ACTIONS_RESULTS_URL: string };
  runBackendId: string;
  jobBackendId: string;
  /** The `sig` of the signed upload URLs (the client must mask it in the log). */
  signature: string;
  artifacts: StoredArtifact[];
  /** Every request as `METHOD path` (query string without the signature). */
  log: string[];
  /** Answer the next calls of a Twirp method with this error (until cleared). */
  fail: Partial<Record<'CreateArtifact' | 'FinalizeArtifact', InjectedFailure>>;
  /** Answer blob uploads with this HTTP status (an Azure error body). */
  failBlob: number | null;
  close(): Promise<void>;
}

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startArtifactServer(): Promise<ArtifactServer> {
  const runBackendId = '9b2b4c2e-1111-4aae-887f-30da475f5f1a';
  const jobBackendId = 'ca395085-2222-526b-2ce8-bdc85f692774';
  // The runtime token is a JWT whose `scp` claim carries the backend ids; the client decodes it unverified.
  const token = `${b64url({ typ: 'JWT', alg: 'RS256' })}.${b64url({ scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`, exp: 4102444800 })}.${randomBytes(32).toString('base64url')}`;
  const sig = randomBytes(16).toString('hex');
  const blocks = new Map<string, Map<string, Buffer>>();
  let nextId = 1000;

  const server: ArtifactServer = {
    url: '',
    env: { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: '' },
    runBackendId,
    jobBackendId,
    signature: sig,
    artifacts: [],
    log: [],
    fail: {},
    failBlob: null,
    close: () => new Promise((resolve) => http.close(() => resolve())),
  };

  const twirpError = (res: ServerResponse, code: string, msg: string) => {
    res.writeHead(TWIRP_STATUS[code] ?? 500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code, msg }));
  };
  const json = (res: ServerResponse, value: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };

  const twirp = (method: string, req: IncomingMessage, res: ServerResponse, raw: Buffer) => {
    if (req.headers.authorization !== `Bearer ${token}`) return twirpError(res, 'unauthenticated', 'the runtime token is missing or wrong');
    if (!String(req.headers['content-type']).startsWith('application/json')) return twirpError(res, 'invalid_argument', 'content-type must be application/json');
    const injected = server.fail[method as keyof ArtifactServer['fail']];
    if (injected) return twirpError(res, injected.code, injected.msg);
    let m: Record<string, unknown>;
    try {
      m = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    } catch {
      return twirpError(res, 'invalid_argument', 'the body is not JSON');
    }
    if (m.workflow_run_backend_id !== runBackendId || m.workflow_job_run_backend_id !== jobBackendId) return twirpError(res, 'permission_denied', 'the backend ids are not those of the token');
    const name = m.name;
    if (typeof name !== 'string' || name === '') return twirpError(res, 'invalid_argument', 'name is required');
    const existing = server.artifacts.find((a) => a.name === name && a.runBackendId === runBackendId);
    if (method === 'CreateArtifact') {
      if (existing) return twirpError(res, 'already_exists', `an artifact with the name ${name} already exists on the workflow run`);
      const mime = m.mime_type;
      const a: StoredArtifact = {
        id: nextId++,
        name,
        runBackendId,
        jobBackendId,
        // google.protobuf.StringValue's JSON form is the bare string.
        mimeType: typeof mime === 'string' ? mime : null,
        expiresAt: typeof m.expires_at === 'string' ? m.expires_at : null,
        version: typeof m.version === 'number' ? m.version : 0,
        blob: null,
        finalized: false,
        hash: null,
        size: null,
      };
      server.artifacts.push(a);
      return json(res, { ok: true, signed_upload_url: `${server.url}/devstoreaccount1/actions-results/${a.id}/${encodeURIComponent(name)}.zip?sv=2023-11-03&se=2099-01-01T00%3A00%3A00Z&sr=b&sp=cw&sig=${sig}` });
    }
    if (method === 'FinalizeArtifact') {
      if (!existing) return twirpError(res, 'not_found', `no artifact named ${name} was created on the workflow run`);
      if (existing.finalized) return twirpError(res, 'already_exists', `the artifact ${name} is finalized already`);
      if (existing.blob === null) return twirpError(res, 'invalid_argument', `nothing was uploaded for the artifact ${name}`);
      const hash = m.hash;
      if (String(m.size) !== String(existing.blob.length)) return twirpError(res, 'invalid_argument', `size ${String(m.size)} is not the ${existing.blob.length} bytes uploaded`);
      const actual = `sha256:${createHash('sha256').update(existing.blob).digest('hex')}`;
      if (typeof hash !== 'string' || hash !== actual) return twirpError(res, 'invalid_argument', `hash ${String(hash)} is not ${actual}`);
      existing.finalized = true;
      existing.hash = hash;
      existing.size = existing.blob.length;
      return json(res, { ok: true, artifact_id: String(existing.id) });
    }
    return twirpError(res, 'not_found', `method ${method} is not served here`);
  };

  const azureError = (res: ServerResponse, status: number, code: string) => {
    res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
    res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
  };

  const blob = (req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer) => {
    const m = /^\/devstoreaccount1\/actions-results\/(\d+)\/[^/]+\.zip$/.exec(url.pathname);
    const a = m ? server.artifacts.find((x) => x.id === Number(m[1])) : undefined;
    if (req.method !== 'PUT' || !a) return azureError(res, 404, 'ResourceNotFound');
    if (url.searchParams.get('sig') !== sig) return azureError(res, 403, 'AuthenticationFailed');
    if (server.failBlob !== null) return azureError(res, server.failBlob, server.failBlob === 403 ? 'AuthorizationFailure' : 'InternalError');
    if (a.finalized) return azureError(res, 409, 'BlobImmutableDueToPolicy');
    const comp = url.searchParams.get('comp');
    const staged = blocks.get(String(a.id)) ?? new Map<string, Buffer>();
    blocks.set(String(a.id), staged);
    const ok = (status: number) => {
      res.writeHead(status, { 'x-ms-request-id': randomBytes(8).toString('hex'), 'x-ms-version': '2023-11-03', 'x-ms-request-server-encrypted': 'true', etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`, 'last-modified': new Date().toUTCString() });
      res.end();
    };
    if (comp === 'block') {
      const id = url.searchParams.get('blockid');
      if (!id) return azureError(res, 400, 'InvalidQueryParameterValue');
      staged.set(id, raw);
      return ok(201);
    }
    if (comp === 'blocklist') {
      const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((x) => x[1]!);
      const parts: Buffer[] = [];
      for (const id of ids) {
        const part = staged.get(id);
        if (!part) return azureError(res, 400, 'InvalidBlockList');
        parts.push(part);
      }
      a.blob = Buffer.concat(parts);
      a.mimeType ??= String(req.headers['x-ms-blob-content-type'] ?? '') || null;
      return ok(201);
    }
    if (comp === null) {
      a.blob = raw;
      return ok(201);
    }
    return azureError(res, 400, 'UnsupportedQueryParameter');
  };

  const http = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const shown = new URLSearchParams(url.searchParams);
      shown.delete('sig');
      server.log.push(`${req.method} ${url.pathname}${[...shown].length ? `?${shown.toString()}` : ''}`);
      const raw = await body(req);
      if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) return twirp(url.pathname.slice(SERVICE.length), req, res, raw);
      return blob(req, res, url, raw);
    })().catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  server.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  server.env.ACTIONS_RESULTS_URL = `${server.url}/`;
  return server;
}
