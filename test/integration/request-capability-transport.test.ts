// request-capability's transport, from the bundle (dist/request-capability.js and -post.js run as the
// runner runs them) against the loopback GitHub API: the transport comes from the step's inputs
// (`proxy`, `ca-certificates`) and is recorded for post; the process environment, which an earlier
// step can write through GITHUB_ENV, never routes or trusts anything. Every variable src/core/
// transport.ts refuses stops the step before its first request; a real CONNECT proxy
// (test/support/http-proxy.ts) shows which connections went where; a self-signed loopback HTTPS front
// (certificate made with the openssl CLI) shows what `ca-certificates` trusts.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { startGitHubServer, user, type FakeGitHub } from '../support/github-server.js';
import { startHttpProxy, type HttpProxy } from '../support/http-proxy.js';
import { startSigstore, type SigstoreServer } from '../support/sigstore-server.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { pullRequestEvent, webhookExample } from '../support/webhooks.js';
import { appKeyPair, agentChangeRepo } from '../support/mint-fixture.js';

const APP_ID = 4242;
const POLICY = `version: 1
agents: ["ci-agent"]
capabilities:
  write_branch: { paths: ["src/**"] }
subjects:
  "ci-agent:pull-request":
    capabilities: [read_repository, write_branch, open_pull_request]
    branches: ["agent/*"]
    repositories: ["acme/widgets"]
`;
const MANIFEST = `agent_task:
  subject: ci-agent:pull-request
  repository: acme/widgets
  branch_pattern: agent/*
  capabilities: [read_repository, write_branch, open_pull_request]
`;

let privateKey: string;
let publicKey: string;
let repo: TestRepo;
let base: string;
let head: string;
let fake: FakeGitHub;
let restoreGit: () => void;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  restoreGit = isolateProcessGitConfig();
  ({ privateKey, publicKey } = appKeyPair());
  ({ repo, base, head } = await agentChangeRepo(POLICY, MANIFEST));
});
afterAll(async () => {
  await repo.cleanup();
  restoreGit();
});

beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets');
  fake.addApp({ id: APP_ID, slug: 'agent-guard', publicKey });
  fake.addInstallation({ id: 777, appId: APP_ID, account: 'acme', repositories: 'all', permissions: { contents: 'write', pull_requests: 'write' } });
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  fake.assertNoViolations();
  await fake.close();
});

async function proxy(opts: Parameters<typeof startHttpProxy>[0] = {}): Promise<HttpProxy> {
  const p = await startHttpProxy(opts);
  cleanups.push(() => p.close());
  return p;
}

const INPUTS = (over: Record<string, string> = {}) => ({
  capabilities: 'write_branch, open_pull_request',
  'app-id': String(APP_ID),
  'private-key': privateKey,
  manifest: '.github/agent-tasks/current.yml',
  ...over,
});

function runnerEnv(extra: Record<string, string> = {}, apiUrl = fake.url): Record<string, string> {
  return { GITHUB_API_URL: apiUrl, GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/widgets', GITHUB_RUN_ID: '4711', GITHUB_ACTION: 'token', GITHUB_SHA: head, ...extra };
}

function main(opts: { inputs?: Record<string, string>; env?: Record<string, string>; apiUrl?: string } = {}): Promise<ActionRun> {
  return runAction({
    entry: 'request-capability.js',
    inputs: opts.inputs ?? INPUTS(),
    event: { name: 'pull_request', payload: pullRequestEvent({ owner: 'acme', repo: 'widgets', number: 7, baseSha: base, headSha: head, headRef: 'agent/fix' }) },
    env: runnerEnv(opts.env, opts.apiUrl),
  });
}

/** The post step with main's state; `env` is what steps between main and post wrote to GITHUB_ENV. */
function post(state: Record<string, string>, opts: { inputs?: Record<string, string>; env?: Record<string, string>; apiUrl?: string } = {}): Promise<ActionRun> {
  return runAction({ entry: 'request-capability-post.js', inputs: opts.inputs ?? INPUTS(), state, env: runnerEnv(opts.env, opts.apiUrl) });
}

const evidenceOf = (run: ActionRun): Record<string, unknown> => JSON.parse(readFileSync(run.outputs['evidence-path']!, 'utf8')) as Record<string, unknown>;

/** `secret` (raw, base64, URL-encoded) appears nowhere the runner shows or keeps, but the named state and ::add-mask::. */
function expectOnlyMasked(run: ActionRun, secret: string, allowedState: string[], evidencePath = run.outputs['evidence-path']) {
  const forms = [secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)];
  const evidence = evidencePath && existsSync(evidencePath) ? readFileSync(evidencePath, 'utf8') : '';
  const places: Record<string, string> = {
    stdout: run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    state: JSON.stringify(Object.entries(run.state).filter(([k]) => !allowedState.includes(k))),
    evidence,
  };
  for (const [where, text] of Object.entries(places)) for (const f of forms) expect(`${where}: ${text.includes(f)}`).toBe(`${where}: false`);
}

const host = (url: string) => new URL(url).host;

/** http://127.0.0.1:PORT where nothing listens (a port just given up). */
async function unreachable(): Promise<string> {
  const server = createHttpServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((r) => server.close(() => r()));
  return `http://127.0.0.1:${port}`;
}

describe('a transport variable in the environment refuses the step before any request', () => {
  // Each one src/core/transport.ts refuses, with a value that would take effect were it honoured. The
  // proxy ones name a live recording proxy, which must see nothing either.
  const cases: [string, (p: HttpProxy) => string][] = [
    ['HTTPS_PROXY', (p) => p.url],
    ['https_proxy', (p) => p.url],
    ['HTTP_PROXY', (p) => p.url],
    ['http_proxy', (p) => p.url],
    ['ALL_PROXY', (p) => p.url],
    ['NODE_USE_ENV_PROXY', () => '1'],
    ['NODE_EXTRA_CA_CERTS', () => '/etc/hostname'],
    ['NODE_USE_SYSTEM_CA', () => '1'],
    ['SSL_CERT_FILE', () => '/etc/hostname'],
    ['SSL_CERT_DIR', () => '/tmp'],
    ['NODE_TLS_REJECT_UNAUTHORIZED', () => '0'],
    ['NODE_OPTIONS', () => '--use-openssl-ca'],
    ['OPENSSL_CONF', () => '/dev/null'],
    ['SSLKEYLOGFILE', () => '/tmp/agent-guard-test-keylog'],
    ['NODE_DEBUG', () => 'tls'],
  ];
  test.each(cases)('%s', async (name, value) => {
    const listening = await proxy();
    const run = await main({ env: { [name]: value(listening) } });
    expect(run.code).toBe(1);
    expect(run.outputs.token).toBeUndefined();
    expect(run.state).toEqual({});
    expect(run.commands).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^::error title=agent-guard%3A untrusted_environment::[^\\n]*${name}`))]));
    expect(fake.requests).toEqual([]);
    expect(listening.records).toEqual([]);
    expect(evidenceOf(run)).toMatchObject({ verdict: 'refused', credentials: [], refusals: [expect.objectContaining({ code: 'untrusted_environment' })] });
  });

  test('NO_PROXY and harmless Node variables change no route and refuse nothing', async () => {
    const run = await main({ env: { NO_PROXY: '*', no_proxy: '127.0.0.1', NODE_ENV: 'production', NODE_OPTIONS: '--max-old-space-size=4096' } });
    expect(run.code).toBe(0);
    expect(run.outputs.token).toMatch(/^ghs_/);
  });

  test('a proxy variable beside the proxy input is ignored: the input carries every request, the variable\'s proxy sees none', async () => {
    const chosen = await proxy();
    const planted = await proxy();
    const run = await main({ inputs: INPUTS({ proxy: chosen.url }), env: { HTTPS_PROXY: planted.url, HTTP_PROXY: planted.url } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ignoring HTTPS_PROXY, HTTP_PROXY from the environment; the transport comes from this step's inputs/);
    expect(planted.records).toEqual([]);
    expect(chosen.records.length).toBeGreaterThan(0);
  });
});

describe('the proxy input', () => {
  test('routes main and post through the proxy, and post reuses it from the state', async () => {
    // The API URL names a port nothing listens on; only the proxy knows the way to the server.
    const nowhere = await unreachable();
    const p = await proxy({ route: { [host(nowhere)]: host(fake.url) } });
    const run = await main({ inputs: INPUTS({ proxy: p.url }), apiUrl: nowhere });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.state.transport!)).toEqual({ apiUrl: nowhere, proxy: p.url, ca: [] });
    const mainTunnels = p.records.length;
    expect(mainTunnels).toBeGreaterThan(0);
    expect(p.records.every((r) => r.method === 'CONNECT' && r.target === host(nowhere))).toBe(true);
    expect(fake.requests.map((r) => r.operation)).toEqual(['GET /repos/{owner}/{repo}/installation', 'POST /app/installations/{installation_id}/access_tokens']);

    // The post step gets no proxy input of its own: the recorded transport is what it uses.
    const after = await post(run.state, { inputs: {}, apiUrl: nowhere });
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/token revoked at /);
    expect(p.records.length).toBeGreaterThan(mainTunnels);
    expect(p.records.slice(mainTunnels).every((r) => r.method === 'CONNECT' && r.target === host(nowhere))).toBe(true);
    expect(fake.requests.at(-1)).toMatchObject({ operation: 'DELETE /installation/token', status: 204 });
  });

  test('the reviewer lookup of a pull_request_review event (github-token) goes through the proxy too', async () => {
    const nowhere = await unreachable();
    const p = await proxy({ route: { [host(nowhere)]: host(fake.url) } });
    fake.addCollaborator('acme/widgets', user('alice'), 'write');
    const payload = webhookExample('pull_request_review', 'submitted');
    for (const r of [payload.repository, payload.pull_request.base.repo, payload.pull_request.head.repo]) Object.assign(r, { full_name: 'acme/widgets', name: 'widgets', default_branch: 'main' }, { owner: { ...r.owner, login: 'acme' } });
    Object.assign(payload.pull_request, { number: 7 });
    Object.assign(payload.pull_request.base, { sha: base, ref: 'main' });
    Object.assign(payload.pull_request.head, { sha: head, ref: 'agent/fix' });
    payload.review.state = 'commented';
    payload.review.user.login = 'alice';
    payload.sender.login = 'alice';
    const run = await runAction({
      entry: 'request-capability.js',
      inputs: INPUTS({ proxy: p.url, 'github-token': 'ghs_review_reader_token_0123456789' }),
      event: { name: 'pull_request_review', payload },
      env: runnerEnv({}, nowhere),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/the reviewer alice has write permission/);
    expect(fake.requests.map((r) => r.operation)[0]).toBe('GET /repos/{owner}/{repo}/collaborators/{username}/permission');
  });

  test('proxy credentials authenticate at the proxy and are masked: never in logs, outputs, the summary or the evidence', async () => {
    const credentials = { user: 'agent-ci', password: 'Pr0xy-pass/w0rd:for+tests' };
    const p = await proxy({ credentials });
    const run = await main({ inputs: INPUTS({ proxy: p.urlWithCredentials }) });
    expect(run.code).toBe(0);
    const basic = `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`;
    expect(p.records.length).toBeGreaterThan(0);
    expect(p.records.every((r) => r.allowed && r.authorization === basic)).toBe(true);
    // Masked for the runner (raw and URL-encoded, as it appears in the input), and kept only in the
    // recorded transport, which post needs (GITHUB_STATE, like the token).
    // (A workflow command escapes % as %25; the runner unescapes it.)
    const command = (s: string) => `::add-mask::${s.replace(/%/g, '%25')}`;
    expect(run.commands).toEqual(expect.arrayContaining([command(credentials.password), command(encodeURIComponent(credentials.password))]));
    expectOnlyMasked(run, credentials.password, ['transport']);
    const after = await post(run.state, { inputs: {} });
    expect(after.code).toBe(0);
    expect(p.records.filter((r) => !r.allowed)).toEqual([]);
    expectOnlyMasked(after, credentials.password, [], run.outputs['evidence-path']);
  });

  test('wrong proxy credentials: the proxy refuses, nothing is minted, and the credentials appear nowhere', async () => {
    const p = await proxy({ credentials: { user: 'agent-ci', password: 'the-right-one' } });
    const wrong = `http://agent-ci:${encodeURIComponent('Wr0ng-pass/for+tests')}@127.0.0.1:${p.port}`;
    const run = await main({ inputs: INPUTS({ proxy: wrong }) });
    expect(run.code).toBe(1);
    expect(p.records.length).toBeGreaterThan(0);
    expect(p.records.every((r) => !r.allowed)).toBe(true);
    expect(fake.requests).toEqual([]);
    expect(fake.state.tokens.size).toBe(0);
    expectOnlyMasked(run, 'Wr0ng-pass/for+tests', []);
  }, 60_000);

  test('a proxy input that is not a proxy URL refuses the step, naming the input', async () => {
    const run = await main({ inputs: INPUTS({ proxy: 'http://127.0.0.1:3128/some/path' }) });
    expect(run.code).toBe(1);
    expect(run.commands).toEqual(expect.arrayContaining([expect.stringMatching(/untrusted_environment::the proxy input is not an http\(s\) URL of a proxy/)]));
    expect(fake.requests).toEqual([]);
  });
});

describe('between main and post: what the environment says then is ignored', () => {
  test('a proxy written to GITHUB_ENV after main (dead or listening) sees nothing; post revokes directly, as main recorded', async () => {
    const run = await main();
    expect(run.code).toBe(0);
    expect(JSON.parse(run.state.transport!)).toEqual({ apiUrl: fake.url, proxy: null, ca: [] });
    const planted = await proxy();
    const dead = await proxy();
    await dead.close();
    const after = await post(run.state, { env: { HTTPS_PROXY: `http://127.0.0.1:${dead.port}`, HTTP_PROXY: planted.url, ALL_PROXY: planted.url, NODE_USE_ENV_PROXY: '1' } });
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/ignoring ALL_PROXY, HTTPS_PROXY, HTTP_PROXY, NODE_USE_ENV_PROXY from the environment; the post step uses the transport the main step recorded/);
    expect(after.stdout).toMatch(/token revoked at /);
    expect(planted.records).toEqual([]);
    expect([...fake.state.tokens.values()][0]?.revoked).toBe(true);
  });

  test('the recorded proxy died: post does not fall back to a direct connection; the token is an error, recorded as not revoked', async () => {
    const p = await proxy();
    const run = await main({ inputs: INPUTS({ proxy: p.url }) });
    expect(run.code).toBe(0);
    await p.close();
    const before = fake.requests.length;
    const after = await post(run.state);
    expect(after.code).toBe(1);
    expect(after.commands).toEqual(expect.arrayContaining([expect.stringMatching(/^::error title=agent-guard%3A token not revoked::agent-guard request-capability: could not revoke the token/)]));
    expect(fake.requests.length).toBe(before);
    expect([...fake.state.tokens.values()][0]?.revoked).toBe(false);
    expect((evidenceOf(run).credentials as Record<string, unknown>[])[0]).toMatchObject({ revocation: 'failed', revoked_at: null });
  }, 60_000);
});

describe('the attest step of post signs over the recorded transport too', () => {
  // Signing sends the job's OIDC token (to the runner's token service, then to Fulcio): a proxy a step
  // after main wrote to GITHUB_ENV must see none of it. @sigstore/sign's own clients would have taken it
  // (test/adapters/sigstore-transport.test.ts), and so would Node 24's global fetch with NODE_USE_ENV_PROXY.
  let sigstore: SigstoreServer;
  beforeAll(async () => {
    sigstore = await startSigstore({ repository: 'acme/widgets', sha: head });
  });
  afterAll(async () => sigstore.close());

  const attestInputs = () => INPUTS({ attest: 'true', 'attest-sigstore': `fulcio=${sigstore.fulcioURL},tsa=${sigstore.tsaURL}`, 'attest-github-token': 'ghs_attest_store_token_0123456789' });
  const PLANTED = (p: HttpProxy) => ({ HTTPS_PROXY: p.url, HTTP_PROXY: p.url, ALL_PROXY: p.url, NODE_USE_ENV_PROXY: '1' });

  test.each([
    ['direct', false],
    ['through the proxy input', true],
  ])('main %s; proxy variables written after main: the OIDC token, Fulcio, the TSA and the attestations API never reach them', async (_how, viaProxy) => {
    const chosen = await proxy();
    const planted = await proxy();
    sigstore.requests.length = 0;
    const run = await main({ inputs: viaProxy ? INPUTS({ proxy: chosen.url }) : INPUTS() });
    expect(run.code).toBe(0);
    const mainTunnels = chosen.records.length;
    const after = await post(run.state, { inputs: attestInputs(), env: { ...PLANTED(planted), ...sigstore.oidcEnv } });
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
    expect(after.outputs).toMatchObject({ attestation: 'signed', 'attestation-id': expect.stringMatching(/^\d+$/) });
    expect(sigstore.requests).toEqual(['GET /oidc/token', 'POST /api/v2/signingCert', 'POST /api/v1/timestamp']);
    expect(fake.requests.map((r) => r.operation).slice(-2)).toEqual(['DELETE /installation/token', 'POST /repos/{owner}/{repo}/attestations']);
    expect(planted.records).toEqual([]);
    const tunnels = chosen.records.slice(mainTunnels).map((r) => r.target);
    if (viaProxy) expect(new Set(tunnels)).toEqual(new Set([host(fake.url), host(sigstore.url)]));
    else expect(tunnels).toEqual([]);
  });
});

describe('the grant says what contents: write means (a token cannot be limited by path)', () => {
  test('write_branch: the log line and the summary say the token reaches every path, and name guard-diff and the push ruleset', async () => {
    const run = await main();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^agent-guard request-capability: token scope: contents: write \(from write_branch \(policy paths src\/\*\*\)\) lets this token push any path of acme\/widgets to any branch no ruleset protects: a GitHub token cannot be limited by path\. .*require guard-diff as a check on the default branch, and restrict the protected and high-tier paths with a push ruleset \(agent-guard export --target ruleset\)$/m,
    );
    expect(run.summary).toMatch(/\*\*Token scope:\*\* contents: write \(from write_branch \(policy paths src\/\*\*\)\) lets this token push any path of acme\/widgets/);
  });

  test('open_pull_request alone (no contents: write): no such line', async () => {
    const run = await main({ inputs: INPUTS({ capabilities: 'open_pull_request' }) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.permissions!)).toEqual({ metadata: 'read', pull_requests: 'write' });
    expect(run.stdout).not.toMatch(/token scope/);
    expect(run.summary).not.toMatch(/Token scope/);
  });
});

describe('fail-on-revoke-error', () => {
  // The revocation fails at GitHub (a primary rate limit longer than the client waits): immediate, no retries.
  test.each([
    ['true', 1, false],
    ['', 1, false],
    ['false', 0, false],
    ['FALSE', 0, false],
    ['no', 1, true],
  ])('%j: post exits %d', async (value, code, warned) => {
    const run = await main();
    expect(run.code).toBe(0);
    fake.rateLimitNext({ kind: 'primary', retryAfterSeconds: 3600, pathPattern: '/installation/token' });
    const after = await post(run.state, { inputs: INPUTS({ 'fail-on-revoke-error': value }) });
    expect(after.code).toBe(code);
    expect(after.commands).toEqual(expect.arrayContaining([expect.stringMatching(/^::error title=agent-guard%3A token not revoked::/)]));
    expect(after.commands.some((c) => /^::warning::agent-guard request-capability: fail-on-revoke-error is "no", not true or false: treated as true/.test(c))).toBe(warned);
    expect((evidenceOf(run).credentials as Record<string, unknown>[])[0]).toMatchObject({ revocation: 'failed', revoked_at: null });
  });
});

// ---------------------------------------------------------------------------------------------
// ca-certificates: a loopback HTTPS front (a self-signed certificate for 127.0.0.1) before the API.

const OPENSSL = spawnSync('openssl', ['version'], { encoding: 'utf8' }).status === 0;
if (!OPENSSL) console.warn('request-capability-transport: the openssl CLI is not on PATH; the ca-certificates tests are skipped');

(OPENSSL ? describe : describe.skip)(`the ca-certificates input${OPENSSL ? '' : ' (SKIPPED: no openssl CLI on PATH to make the certificate)'}`, () => {
  let dir: string;
  let cert: string;
  let key: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'agent-guard-tls-'));
    const made = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=agent-guard loopback test', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) throw new Error(`openssl could not make the test certificate: ${made.stderr}`);
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    key = readFileSync(join(dir, 'key.pem'), 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** https://127.0.0.1:PORT in front of the loopback API; `requests` counts the HTTP requests it got. */
  async function tlsFront(): Promise<{ url: string; requests: number }> {
    const target = new URL(fake.url);
    const front = { url: '', requests: 0 };
    const server: HttpsServer = createHttpsServer({ cert, key }, (req, res) => {
      front.requests += 1;
      const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      req.pipe(upstream);
    });
    server.on('tlsClientError', () => undefined);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
    front.url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return front;
  }

  test('without it the self-signed server is refused: no request gets through TLS, nothing is minted', async () => {
    const front = await tlsFront();
    const run = await main({ apiUrl: front.url });
    expect(run.code).toBe(1);
    expect(run.outputs.token).toBeUndefined();
    expect(front.requests).toBe(0);
    expect(fake.requests).toEqual([]);
  }, 60_000);

  test('with it the server is trusted for main and, from the state, for post', async () => {
    const front = await tlsFront();
    const run = await main({ apiUrl: front.url, inputs: INPUTS({ 'ca-certificates': cert }) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.state.transport!)).toEqual({ apiUrl: front.url, proxy: null, ca: [cert.trim()] });
    expect(front.requests).toBe(2);
    const after = await post(run.state, { inputs: {}, apiUrl: front.url });
    expect(after.code).toBe(0);
    expect(front.requests).toBe(3);
    expect([...fake.state.tokens.values()][0]?.revoked).toBe(true);
  });

  test('the same certificate named by NODE_EXTRA_CA_CERTS (which Node would honour) refuses the step', async () => {
    const front = await tlsFront();
    const file = join(dir, 'extra.pem');
    writeFileSync(file, cert);
    const run = await main({ apiUrl: front.url, env: { NODE_EXTRA_CA_CERTS: file } });
    expect(run.code).toBe(1);
    expect(run.commands).toEqual(expect.arrayContaining([expect.stringMatching(/untrusted_environment::NODE_EXTRA_CA_CERTS is set in the environment/)]));
    expect(front.requests).toBe(0);
  });
});
