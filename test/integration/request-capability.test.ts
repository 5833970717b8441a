// request-capability against the loopback GitHub API server (test/support/github-server.ts), with an
// RSA key generated at test time: installation lookup, minting, checks of what GitHub returned,
// revocation, failures (5xx, secondary rate limits, mismatches, bad expiries). The adapters first,
// then the main and post steps in-process with a recording @actions/core and a real git checkout.

import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionsCore } from '../../src/actions/toolkit.js';
import { gitHubApprovalVerifier } from '../../src/actions/request-capability-approvals.js';
import { runRequestCapability, type RequestCapabilityDeps } from '../../src/actions/run-request-capability.js';
import { runRequestCapabilityPost } from '../../src/actions/run-request-capability-post.js';
import { MintError, mintInstallationToken, permissionDifferences, revokeInstallationToken, type MintDeps } from '../../src/adapters/github-app.js';
import { apiBaseUrl, createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../../src/adapters/github-client.js';
import { evaluateApprovals } from '../../src/core/approvals.js';
import { approvalCheckFromEvaluation, type ApprovalQuery } from '../../src/core/capability-request.js';
import { parsePolicy } from '../../src/core/policy.js';
import { isolateProcessGitConfig, makeTempDir, TestRepo } from '../support/git-repo.js';
import { commit, diffEntry, fakeSha, review, startGitHubServer, user, type FakeGitHub, type GitHubReview, type GitHubUser, type InstallationState } from '../support/github-server.js';

const APP_ID = 4242;
const INSTALLATION = 777;
const FAST: Pick<GitHubClientOptions, 'timeUnitMs'> = { timeUnitMs: 1 };

let privateKey: string;
let publicKey: string;
let otherPrivateKey: string;
let fake: FakeGitHub;
let restoreGit: () => void;

beforeAll(() => {
  restoreGit = isolateProcessGitConfig();
  const a = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const b = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // GitHub hands out PKCS#1 keys ("BEGIN RSA PRIVATE KEY"): use that form.
  privateKey = a.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  publicKey = a.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  otherPrivateKey = b.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
});
afterAll(() => restoreGit());

async function startFake(opts: Parameters<typeof startGitHubServer>[0] = {}): Promise<void> {
  fake = await startGitHubServer(opts);
  fake.addRepo('acme', 'widgets', { branches: { main: 'f'.repeat(40) } });
  fake.addRepo('acme', 'other');
  fake.addApp({ id: APP_ID, slug: 'agent-guard', publicKey });
}

function install(permissions: InstallationState['permissions'] = { contents: 'write', pull_requests: 'write', issues: 'write', workflows: 'write', administration: 'write', checks: 'write' }) {
  return fake.addInstallation({ id: INSTALLATION, appId: APP_ID, account: 'acme', repositories: 'all', permissions });
}

beforeEach(async () => {
  await startFake();
});

afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

const appClient = (key = privateKey, extra: Partial<GitHubClientOptions> = {}) => createGitHubClient({ app: { appId: APP_ID, privateKey: key }, baseUrl: fake.url, ...FAST, ...extra });
const tokenClient = (token: string) => createGitHubClient({ token, baseUrl: fake.url, ...FAST });

function deps(over: Partial<MintDeps> = {}): MintDeps & { masked: string[] } {
  const masked: string[] = [];
  return { appClient: appClient(), clientForToken: tokenClient, mask: (s) => masked.push(s), masked, ...over };
}

/** Rewrites the body GitHub returned for the access-token request (what a misbehaving server or a MITM would send). */
function rewriteMint(client: GitHubClient, edit: (data: Record<string, unknown>) => void): GitHubClient {
  client.hook.after('request', (response, options) => {
    if (String(options.url).includes('/access_tokens')) edit(response.data as Record<string, unknown>);
  });
  return client;
}

const ops = () => fake.requests.map((r) => `${r.operation} ${r.auth.kind} ${r.status}`);
const issued = () => [...fake.state.tokens.values()];

async function expectMintError(p: Promise<unknown>): Promise<MintError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(MintError);
    return err as MintError;
  }
  throw new Error('expected a MintError');
}

describe('github-client', () => {
  it('uses GITHUB_API_URL from the environment it is given, and refuses http to a remote host', () => {
    expect(apiBaseUrl({ GITHUB_API_URL: 'https://ghe.example.com/api/v3/' })).toBe('https://ghe.example.com/api/v3');
    expect(apiBaseUrl({})).toBe('https://api.github.com');
    expect(apiBaseUrl({ GITHUB_API_URL: fake.url })).toBe(fake.url);
    expect(() => apiBaseUrl({ GITHUB_API_URL: 'http://evil.example.com' })).toThrow(/https/);
    expect(() => apiBaseUrl({ GITHUB_API_URL: 'https://user:pw@api.github.com' })).toThrow(/credentials/);
    expect(() => createGitHubClient({ env: {} })).toThrow(/exactly one/);
  });

  it('talks to GITHUB_API_URL and retries 5xx, logging route templates only', async () => {
    const logs: string[] = [];
    const gh = createGitHubClient({ token: 'ghp_0123456789abcdef0123', env: { GITHUB_API_URL: fake.url }, ...FAST, log: { debug: (m) => logs.push(m), warn: (m) => logs.push(m) } });
    fake.failNext({ status: 503, pathPattern: '/repos/{owner}/{repo}', count: 2 });
    const { data } = await gh.rest.repos.get({ owner: 'acme', repo: 'widgets' });
    expect(data.full_name).toBe('acme/widgets');
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}' })).toBe(3);
    expect(logs.join('\n')).not.toContain('ghp_0123456789abcdef0123');
  });
});

describe('minting', () => {
  it('finds the installation and mints for one repository with exactly the permissions asked: 2 API calls, token masked first', async () => {
    install();
    const d = deps();
    const t0 = Date.now();
    const minted = await mintInstallationToken(d, { owner: 'acme', repo: 'widgets', permissions: { contents: 'write', pull_requests: 'write' } });
    const ms = Date.now() - t0;
    expect(ops()).toEqual(['GET /repos/{owner}/{repo}/installation jwt 200', 'POST /app/installations/{installation_id}/access_tokens jwt 201']);
    expect(fake.requests[1]?.body).toEqual({ repositories: ['widgets'], permissions: { contents: 'write', pull_requests: 'write' } });
    expect(d.masked).toEqual([minted.token]);
    expect(minted).toMatchObject({ installationId: INSTALLATION, repository: 'acme/widgets', permissions: { contents: 'write', pull_requests: 'write', metadata: 'read' } });
    const lifetime = (Date.parse(minted.expiresAt) - Date.parse(minted.issuedAt)) / 1000;
    expect(lifetime).toBeGreaterThan(3500);
    expect(lifetime).toBeLessThanOrEqual(3600);
    const [tok] = issued();
    expect(tok).toMatchObject({ token: minted.token, repositories: ['acme/widgets'], repositorySelection: 'selected', permissions: { contents: 'write', pull_requests: 'write', metadata: 'read' } });
    // Measured for the report: API calls and wall time of one mint against the loopback server.
    console.log(`mint: ${fake.requests.length} API calls, ${ms} ms`);

    // The token works for that repository only, then revocation kills it.
    await expect(tokenClient(minted.token).rest.repos.get({ owner: 'acme', repo: 'widgets' })).resolves.toMatchObject({ status: 200 });
    await expect(tokenClient(minted.token).rest.repos.get({ owner: 'acme', repo: 'other' })).rejects.toMatchObject({ status: 404 });
    expect(await revokeInstallationToken(tokenClient(minted.token))).toMatchObject({ outcome: 'revoked' });
    expect(tok?.revoked).toBe(true);
    expect(await revokeInstallationToken(tokenClient(minted.token))).toMatchObject({ outcome: 'already_invalid', status: 401 });
  });

  it('retries 5xx during the mint', async () => {
    install();
    fake.failNext({ status: 502, pathPattern: '/app/installations/{installation_id}/access_tokens', count: 2 });
    const minted = await mintInstallationToken(deps(), { owner: 'acme', repo: 'widgets', permissions: { contents: 'write' } });
    expect(minted.permissions).toEqual({ contents: 'write', metadata: 'read' });
    expect(fake.requests.filter((r) => r.injected).map((r) => r.status)).toEqual([502, 502]);
    expect(fake.countRequests({ method: 'POST' })).toBe(3);
    expect(issued()).toHaveLength(1);
  });

  it('gives up after a bounded number of 5xx retries, with nothing minted', async () => {
    install();
    fake.failNext({ status: 500, pathPattern: '/app/installations/{installation_id}/access_tokens', count: 10 });
    const err = await expectMintError(mintInstallationToken(deps(), { owner: 'acme', repo: 'widgets', permissions: { contents: 'write' } }));
    expect(err).toMatchObject({ code: 'mint_failed', status: 500 });
    expect(fake.countRequests({ method: 'POST' })).toBe(4); // 1 + 3 retries
    expect(issued()).toHaveLength(0);
  });

  it('waits retry-after on a secondary rate limit during the mint and the installation lookup, then succeeds', async () => {
    install();
    const warnings: string[] = [];
    const client = appClient(privateKey, { log: { debug: () => undefined, warn: (m) => warnings.push(m) } });
    fake.rateLimitNext({ kind: 'secondary', retryAfterSeconds: 3, pathPattern: '/repos/{owner}/{repo}/installation' });
    fake.rateLimitNext({ kind: 'secondary', retryAfterSeconds: 2, pathPattern: '/app/installations/{installation_id}/access_tokens', status: 429 });
    const d = deps({ appClient: client });
    const minted = await mintInstallationToken(d, { owner: 'acme', repo: 'widgets', permissions: { pull_requests: 'write' } });
    expect(minted.permissions).toEqual({ pull_requests: 'write', metadata: 'read' });
    expect(fake.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 403', 'GET 200', 'POST 429', 'POST 201']);
    expect(warnings).toEqual([expect.stringMatching(/secondary rate limit on GET \/repos\/\{owner\}\/\{repo\}\/installation: retrying after 3s/), expect.stringMatching(/secondary rate limit on POST .*access_tokens: retrying after 2s/)]);
    expect(warnings.join('\n')).not.toContain(minted.token);
  });

  it('does not retry a secondary rate limit forever, nor one that asks for a long wait', async () => {
    install();
    fake.rateLimitNext({ kind: 'secondary', retryAfterSeconds: 1, pathPattern: '/app/installations/{installation_id}/access_tokens', count: 5 });
    await expect(mintInstallationToken(deps(), { owner: 'acme', repo: 'widgets', permissions: { contents: 'read' } })).rejects.toMatchObject({ code: 'mint_failed', status: 403 });
    expect(fake.countRequests({ method: 'POST' })).toBe(3); // 1 + 2 retries
    fake.resetLog();
    fake.rateLimitNext({ kind: 'secondary', retryAfterSeconds: 3600, pathPattern: '/app/installations/{installation_id}/access_tokens' });
    await expect(mintInstallationToken(deps(), { owner: 'acme', repo: 'widgets', permissions: { contents: 'read' } })).rejects.toMatchObject({ code: 'mint_failed' });
    expect(fake.countRequests({ method: 'POST' })).toBe(1);
    expect(issued()).toHaveLength(0);
  });

  it('explains a missing installation, a wrong key and permissions the installation lacks', async () => {
    await expect(mintInstallationToken(deps(), { owner: 'acme', repo: 'widgets', permissions: { contents: 'write' } })).rejects.toMatchObject({ code: 'not_installed', message: expect.stringContaining('not installed on acme/widgets') });
    install({ contents: 'read' });
    await expect(mintInstallationToken(deps({ appClient: appClient(otherPrivateKey) }), { owner: 'acme', repo: 'widgets', permissions: { contents: 'read' } })).rejects.toMatchObject({ code: 'app_auth_failed', status: 401 });
    await expect(mintInstallationToken(deps(), { owner: 'acme', repo: 'widgets', permissions: { contents: 'write' } })).rejects.toMatchObject({ code: 'mint_failed', status: 422 });
    expect(issued()).toHaveLength(0);
  });

  it('never asks for an empty or a never-minted permission set, whatever the caller passes', async () => {
    install();
    await expect(mintInstallationToken(deps(), { owner: 'acme', repo: 'widgets', permissions: {} })).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(mintInstallationToken(deps(), { owner: 'acme', repo: 'widgets', permissions: { contents: 'write', workflows: 'write' } })).rejects.toMatchObject({ code: 'invalid_request' });
    expect(fake.requests).toHaveLength(0);
  });

  describe('permissions GitHub returns must equal those asked (more or fewer): revoke and refuse', () => {
    it.each([
      ['more (a never-minted one)', (p: Record<string, unknown>) => (p.workflows = 'write'), 'workflows: not asked, granted write (never minted)'],
      ['more (an ordinary one)', (p: Record<string, unknown>) => (p.issues = 'write'), 'issues: not asked, granted write'],
      ['fewer', (p: Record<string, unknown>) => delete p.pull_requests, 'pull_requests: asked write, not granted'],
      ['another level', (p: Record<string, unknown>) => (p.contents = 'read'), 'contents: asked write, granted read'],
      ['metadata: write', (p: Record<string, unknown>) => (p.metadata = 'write'), 'metadata: not asked, granted write'],
    ])('%s', async (_what, edit, difference) => {
      install();
      const d = deps({ appClient: rewriteMint(appClient(), (data) => edit(data.permissions as Record<string, unknown>)) });
      const err = await expectMintError(mintInstallationToken(d, { owner: 'acme', repo: 'widgets', permissions: { contents: 'write', pull_requests: 'write' } }));
      expect(err.code).toBe('permission_mismatch');
      expect(err.message).toContain(difference);
      expect(err.message).toContain('the token was revoked');
      expect(err.revocation).toMatchObject({ outcome: 'revoked' });
      expect(issued()[0]?.revoked).toBe(true);
      expect(d.masked).toEqual([issued()[0]?.token]);
      expect(err.message).not.toContain(issued()[0]!.token);
    });

    it('metadata: read, which GitHub adds to every token, is not a difference', () => {
      expect(permissionDifferences({ contents: 'write' }, { contents: 'write', metadata: 'read' })).toEqual([]);
      expect(permissionDifferences({ contents: 'write' }, { contents: 'write' })).toEqual([]);
      expect(permissionDifferences({ contents: 'write' }, null)).toEqual(['GitHub returned no permissions object']);
    });
  });

  it('a token not limited to the one repository is revoked and refused', async () => {
    install();
    const d = deps({ appClient: rewriteMint(appClient(), (data) => (data.repository_selection = 'all')) });
    await expect(mintInstallationToken(d, { owner: 'acme', repo: 'widgets', permissions: { contents: 'read' } })).rejects.toMatchObject({ code: 'repository_mismatch', revocation: { outcome: 'revoked' } });
    expect(issued()[0]?.revoked).toBe(true);
  });
});

describe("attack: an installation of another owner", () => {
  it('an installation lookup answered with another account\'s installation is refused before any token request', async () => {
    install();
    const client = appClient();
    client.hook.after('request', (response, options) => {
      if (String(options.url).endsWith('/installation')) (response.data as { account: { login: string } }).account.login = 'evil';
    });
    await expect(mintInstallationToken(deps({ appClient: client }), { owner: 'acme', repo: 'widgets', permissions: { contents: 'read' } })).rejects.toMatchObject({
      code: 'installation_owner_mismatch',
      message: expect.stringContaining('belongs to "evil", not to acme: no token is requested from another owner\'s installation'),
    });
    expect(ops()).toEqual(['GET /repos/{owner}/{repo}/installation jwt 200']);
    expect(issued()).toHaveLength(0);
  });
});

describe('a token whose lifetime is above the maximum, NaN or negative is revoked and refused', () => {
  it('above the maximum (the server hands out two-hour tokens)', async () => {
    await fake.close();
    await startFake({ tokenTtlSeconds: 7200 });
    install();
    const err = await expectMintError(mintInstallationToken(deps(), { owner: 'acme', repo: 'widgets', permissions: { contents: 'write' } }));
    expect(err).toMatchObject({ code: 'invalid_expiry', revocation: { outcome: 'revoked' } });
    expect(err.message).toMatch(/more than the 3600s maximum/);
    expect(issued()[0]?.revoked).toBe(true);
  });

  it('negative (already expired when issued)', async () => {
    await fake.close();
    await startFake({ tokenTtlSeconds: -60 });
    install();
    const err = await expectMintError(mintInstallationToken(deps(), { owner: 'acme', repo: 'widgets', permissions: { contents: 'write' } }));
    expect(err).toMatchObject({ code: 'invalid_expiry' });
    expect(err.message).toMatch(/not in the future/);
    // GitHub no longer accepts an expired token: the revocation says so.
    expect(err.revocation?.outcome).toBe('already_invalid');
  });

  it.each([
    ['NaN', 'NaN'],
    ['not a date', 'tomorrow'],
    ['missing', undefined],
    ['a number', 1e15],
    ['far future', '9999-12-31T23:59:59Z'],
    ['the epoch', '1970-01-01T00:00:00Z'],
  ])('expires_at %s', async (_what, value) => {
    install();
    const d = deps({ appClient: rewriteMint(appClient(), (data) => (value === undefined ? delete data.expires_at : (data.expires_at = value))) });
    const err = await expectMintError(mintInstallationToken(d, { owner: 'acme', repo: 'widgets', permissions: { contents: 'write' } }));
    expect(err).toMatchObject({ code: 'invalid_expiry', revocation: { outcome: 'revoked' } });
    expect(issued()[0]?.revoked).toBe(true);
  });

  it('a local clock behind GitHub by less than the tolerance is fine', async () => {
    install();
    const behind = () => new Date(Date.now() - 60_000);
    await expect(mintInstallationToken(deps({ now: behind }), { owner: 'acme', repo: 'widgets', permissions: { contents: 'write' } })).resolves.toMatchObject({ installationId: INSTALLATION });
  });
});

describe('revocation', () => {
  it('retries 5xx, then reports failure without throwing', async () => {
    install();
    const minted = await mintInstallationToken(deps(), { owner: 'acme', repo: 'widgets', permissions: { contents: 'write' } });
    fake.failNext({ status: 503, pathPattern: '/installation/token', count: 2 });
    expect(await revokeInstallationToken(tokenClient(minted.token))).toMatchObject({ outcome: 'revoked' });
    expect(fake.countRequests({ method: 'DELETE' })).toBe(3);

    const again = await mintInstallationToken(deps(), { owner: 'acme', repo: 'widgets', permissions: { contents: 'write' } });
    fake.failNext({ status: 500, pathPattern: '/installation/token', count: 10 });
    const r = await revokeInstallationToken(tokenClient(again.token));
    expect(r).toMatchObject({ outcome: 'failed', status: 500 });
    expect(r.detail).not.toContain(again.token);
  });

  it('a refused token whose revocation fails says so (it stays valid until it expires)', async () => {
    install();
    fake.failNext({ status: 500, pathPattern: '/installation/token', count: 10 });
    const d = deps({ appClient: rewriteMint(appClient(), (data) => ((data.permissions as Record<string, string>).checks = 'write')) });
    const err = await expectMintError(mintInstallationToken(d, { owner: 'acme', repo: 'widgets', permissions: { contents: 'write' } }));
    expect(err).toMatchObject({ code: 'permission_mismatch', revocation: { outcome: 'failed' } });
    expect(err.message).toMatch(/revoking it FAILED .* it stays valid until it expires/);
  });
});

// ---------------------------------------------------------------------------------------------
// The main and post steps in-process.

const POLICY = `version: 1
agents: ["*[bot]", "ci-agent"]
default_tier: high
tiers:
  high: [".github/**"]
  low: ["docs/**"]
capabilities:
  write_branch: { paths: ["src/**"] }
  modify_policy: { paths: [".github/**"], tier: high }
subjects:
  "ci-agent:pull-request":
    capabilities: [read_repository, write_branch, run_tests, open_pull_request, request_review, modify_policy]
    branches: ["agent/*"]
    repositories: ["acme/widgets"]
approvals:
  high: { count: 1 }
`;
const MANIFEST = `agent_task:
  subject: ci-agent:pull-request
  repository: acme/widgets
  branch_pattern: agent/*
  capabilities: [read_repository, write_branch, run_tests, open_pull_request, modify_policy]
  denied: [read_secrets]
`;
// The agent's branch widens its own manifest: that must change nothing.
const WIDENED = MANIFEST.replace('open_pull_request, modify_policy]', 'open_pull_request, modify_policy, request_review]');

interface Recorded {
  core: ActionsCore;
  outputs: Record<string, string>;
  state: Record<string, string>;
  log: string[];
  summary: string[];
  secrets: string[];
  failed: string[];
}

function recordingCore(inputs: Record<string, string>, state: Record<string, string> = {}): Recorded {
  const r: Recorded = { core: undefined as unknown as ActionsCore, outputs: {}, state: { ...state }, log: [], summary: [], secrets: [], failed: [] };
  const summary = {
    addRaw(text: string) {
      r.summary.push(text);
      return summary;
    },
    async write() {
      return summary;
    },
  };
  r.core = {
    getInput: (name: string) => inputs[name] ?? '',
    setOutput: (name: string, value: unknown) => void (r.outputs[name] = String(value)),
    saveState: (name: string, value: unknown) => void (r.state[name] = String(value)),
    getState: (name: string) => r.state[name] ?? '',
    setSecret: (s: string) => void r.secrets.push(s),
    setFailed: (m: string | Error) => void r.failed.push(String(m)),
    info: (m: string) => void r.log.push(`info ${m}`),
    debug: (m: string) => void r.log.push(`debug ${m}`),
    warning: (m: string | Error) => void r.log.push(`warning ${String(m)}`),
    error: (m: string | Error) => void r.log.push(`error ${String(m)}`),
    notice: (m: string | Error) => void r.log.push(`notice ${String(m)}`),
    summary,
  } as unknown as ActionsCore;
  return r;
}

interface Checkout {
  dir: string;
  base: string;
  head: string;
  cleanup(): Promise<void>;
}

async function makeCheckout(): Promise<Checkout> {
  const origin = await TestRepo.init();
  await origin.write('.github/agent-policy.yml', POLICY);
  await origin.write('.github/agent-tasks/current.yml', MANIFEST);
  await origin.write('src/a.ts', 'export const a = 1;\n');
  const base = await origin.commit('base');
  await origin.checkout('agent/fix', { create: true });
  await origin.write('.github/agent-tasks/current.yml', WIDENED);
  await origin.write('src/a.ts', 'export const a = 2;\n');
  const head = await origin.commit('agent change');
  await origin.checkout('main');
  const clone = await origin.clone();
  await clone.git('checkout', '-q', '--detach', head); // the work tree is the head, as in a pull_request run
  return {
    dir: clone.dir,
    base,
    head,
    cleanup: async () => {
      await clone.cleanup();
      await origin.cleanup();
    },
  };
}

let checkout: Checkout;
beforeAll(async () => {
  checkout = await makeCheckout();
});
afterAll(async () => {
  await checkout.cleanup();
});

function prEvent(over: { headRepo?: string } = {}) {
  return {
    action: 'synchronize',
    pull_request: {
      number: 7,
      head: { sha: checkout.head, ref: 'agent/fix', repo: { full_name: over.headRepo ?? 'acme/widgets' } },
      base: { sha: checkout.base, ref: 'main', repo: { full_name: 'acme/widgets' } },
    },
    repository: { full_name: 'acme/widgets', default_branch: 'main' },
  };
}

function runnerEnv(event: unknown, eventName = 'pull_request'): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'agent-guard-rc-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  return {
    GITHUB_API_URL: fake.url,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: checkout.dir,
    GITHUB_SHA: checkout.head,
    GITHUB_RUN_ID: '1001',
    GITHUB_ACTION: 'token',
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
  };
}

const INPUTS = (over: Record<string, string> = {}) => ({
  capabilities: 'write_branch, open_pull_request',
  'app-id': String(APP_ID),
  'private-key': privateKey,
  manifest: '.github/agent-tasks/current.yml',
  ...over,
});

/** Every place but the token output and the token state must be free of every form of the token. */
function expectNoTokenLeak(r: Recorded, token: string, evidencePath: string | null) {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const forms = [token, b64(token), Buffer.from(token).toString('base64url'), b64(`x-access-token:${token}`), b64(b64(token)), encodeURIComponent(token), token.slice(4, 24)];
  const places: Record<string, string> = {
    log: r.log.join('\n'),
    summary: r.summary.join('\n'),
    failed: r.failed.join('\n'),
    outputs: JSON.stringify(Object.entries(r.outputs).filter(([k]) => k !== 'token')),
    state: JSON.stringify(Object.entries(r.state).filter(([k]) => k !== 'token')),
    evidence: evidencePath ? readFileSync(evidencePath, 'utf8') : '',
  };
  for (const [where, text] of Object.entries(places)) for (const f of forms) expect(`${where}: ${text.includes(f)}`).toBe(`${where}: false`);
}

async function main(inputs: Record<string, string>, env: Record<string, string>, d: RequestCapabilityDeps = {}) {
  const r = recordingCore(inputs);
  const result = await runRequestCapability(r.core, env, { clientOptions: FAST, ...d });
  return { r, result };
}

describe('the main and post steps (in-process)', () => {
  it('grants, hands the token to the output and state only, and the post step revokes it', async () => {
    install();
    const env = runnerEnv(prEvent());
    const { r, result } = await main(INPUTS(), env);
    expect(r.failed).toEqual([]);
    expect(result).toMatchObject({ decision: 'grant', permissions: { contents: 'write', pull_requests: 'write', metadata: 'read' } });
    const token = r.outputs.token!;
    expect(token).toMatch(/^ghs_/);
    expect(r.secrets[0]).toBe(token); // masked first
    expect(Object.keys(r.state).sort()).toEqual(['evidence-path', 'expires-at', 'token', 'transport']);
    expect(r.state.token).toBe(token);
    expect(JSON.parse(r.outputs.permissions!)).toEqual({ contents: 'write', metadata: 'read', pull_requests: 'write' });
    expect(r.outputs['expires-at']).toBe(r.state['expires-at']);
    const evidence = JSON.parse(readFileSync(result.evidencePath!, 'utf8'));
    expect(evidence).toMatchObject({
      action: 'request-capability',
      verdict: 'granted',
      base: checkout.base,
      head: checkout.head,
      branch: 'agent/fix',
      policy: { source: expect.stringContaining('.github/agent-policy.yml'), baseline: false },
      manifest: { source: expect.stringContaining(checkout.base) },
      credentials: [{ repository: 'acme/widgets', installation_id: INSTALLATION, revocation: 'pending', revoked_at: null, expires_at: r.outputs['expires-at'] }],
    });
    expectNoTokenLeak(r, token, result.evidencePath);

    // Post, as after a failed job (post-if: always()): same state, revokes.
    const post = recordingCore({}, r.state);
    expect(await runRequestCapabilityPost(post.core, env, { clientOptions: FAST })).toEqual({ outcome: 'revoked', failed: false });
    expect(issued().find((t) => t.token === token)?.revoked).toBe(true);
    const after = JSON.parse(readFileSync(result.evidencePath!, 'utf8'));
    expect(after.credentials[0]).toMatchObject({ revocation: 'revoked', revoked_at: expect.any(String) });
    expect(post.failed).toEqual([]);
    expectNoTokenLeak({ ...post, state: {} }, token, result.evidencePath);
  });

  it('workflow_dispatch on the default branch (the example workflow): authority from origin/main, no branch rule, grant', async () => {
    install();
    const dispatch = { ref: 'refs/heads/main', inputs: { task: 'fix the widget' }, repository: { full_name: 'acme/widgets', default_branch: 'main' } };
    const env = { ...runnerEnv(dispatch, 'workflow_dispatch'), GITHUB_SHA: checkout.base, GITHUB_REF_NAME: 'main' };
    const { r, result } = await main(INPUTS(), env);
    expect(r.failed).toEqual([]);
    expect(result.decision).toBe('grant');
    const evidence = JSON.parse(readFileSync(result.evidencePath!, 'utf8'));
    expect(evidence).toMatchObject({ base: checkout.base, head: checkout.base, branch: null, event: { name: 'workflow_dispatch', provenance: { trusted: true } } });
    expectNoTokenLeak(r, r.outputs.token!, result.evidencePath);
    // Without the default branch in the payload there is nowhere to read authority from.
    const bare = await main(INPUTS(), { ...runnerEnv({}, 'workflow_dispatch'), GITHUB_SHA: checkout.base });
    expect(bare.result.refusals).toEqual([expect.objectContaining({ code: 'unsupported_event' })]);
  });

  it('an invalid manifest is reported at FILE:LINE:COLUMN, together with refusals of single capabilities', async () => {
    install();
    const { result } = await main(INPUTS({ capabilities: 'write_branch, secrets', manifest: '.github/agent-policy.yml' }), runnerEnv(prEvent()));
    expect(result.refusals[0]?.code).toBe('never_minted');
    expect(new Set(result.refusals.slice(1).map((x) => x.code))).toEqual(new Set(['invalid_configuration']));
    expect(result.refusals[1]?.message).toMatch(/\.github\/agent-policy\.yml:\d+:\d+: /);
    const missing = await main(INPUTS({ manifest: '.github/agent-tasks/nope.yml' }), runnerEnv(prEvent()));
    expect(missing.result.refusals).toEqual([expect.objectContaining({ code: 'invalid_configuration', message: expect.stringContaining('not found') })]);
  });

  it('reads the manifest from the base commit: a capability the head adds to its own manifest is refused', async () => {
    install();
    const { r, result } = await main(INPUTS({ capabilities: 'request_review' }), runnerEnv(prEvent()));
    expect(result.decision).toBe('refuse');
    expect(result.refusals).toEqual([expect.objectContaining({ code: 'not_in_manifest', capability: 'request_review' })]);
    expect(r.failed).toEqual([expect.stringContaining('refused')]);
    expect(r.outputs.token).toBeUndefined();
    expect(r.state).toEqual({});
    expect(issued()).toHaveLength(0);
    expect(fake.requests).toHaveLength(0); // refused before any API call
  });

  it('a high-tier capability needs an approval of this head and this manifest', async () => {
    install();
    const queries: ApprovalQuery[] = [];
    const policy = parsePolicy({ version: 1, approvals: { high: { count: 1 } } });
    if (!policy.ok) throw new Error('policy');
    // A verifier built on the approval core; `approvedManifest` is the digest the approval was given with.
    const verifier = (approvedHead: string, approvedManifest: string | null) => async (q: ApprovalQuery) => {
      queries.push(q);
      const facts = {
        headSha: q.headSha,
        baseSha: q.baseSha,
        tier: 'high' as const,
        highRiskPaths: [],
        pullRequest: { number: 7, author: { login: 'ci-agent', type: 'User' }, createdAt: '2026-01-01T00:00:00Z' },
        ...(approvedManifest ? { manifest: { sha256: approvedManifest } } : {}),
        reviews: [{ id: 1, user: { login: 'alice', type: 'User' }, state: 'APPROVED', commitId: approvedHead }],
        commits: [],
        permissions: { alice: 'write' as const },
        listsComplete: { reviews: true, commits: true, files: true },
      };
      return approvalCheckFromEvaluation(facts, evaluateApprovals(facts, policy.policy));
    };
    const env = runnerEnv(prEvent());
    const inputs = INPUTS({ capabilities: 'modify_policy' });

    const none = await main(inputs, env);
    expect(none.result.refusals).toEqual([expect.objectContaining({ code: 'approval_required', message: expect.stringContaining('cannot verify approvals') })]);

    const digest = (await import('node:crypto')).createHash('sha256').update(MANIFEST).digest('hex');
    const staleHead = await main(inputs, env, { verifyApproval: verifier(checkout.base, digest) });
    expect(staleHead.result.refusals.map((x) => x.code)).toEqual(['approval_required']);
    const otherManifest = await main(inputs, env, { verifyApproval: verifier(checkout.head, 'e'.repeat(64)) });
    expect(otherManifest.result.refusals.map((x) => x.code)).toEqual(['approval_mismatch']);
    expect(issued()).toHaveLength(0);

    const ok = await main(inputs, env, { verifyApproval: verifier(checkout.head, digest) });
    expect(ok.result).toMatchObject({ decision: 'grant', permissions: { contents: 'write', metadata: 'read' } });
    expect(queries.at(-1)).toMatchObject({ repository: 'acme/widgets', baseSha: checkout.base, headSha: checkout.head, manifestSha256: digest, capabilities: ['modify_policy'] });
    expect(JSON.parse(readFileSync(ok.result.evidencePath!, 'utf8')).approvals).toMatchObject({ approved: true, approvers: ['alice'] });
  });

  it('a pull request from a fork gets no token, and no API call is made', async () => {
    install();
    const { result } = await main(INPUTS(), runnerEnv(prEvent({ headRepo: 'mallory/widgets' })));
    expect(result.refusals).toEqual([expect.objectContaining({ code: 'untrusted_provenance' })]);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses with guidance when the checkout is missing or shallow', async () => {
    install();
    const empty = makeTempDir('agent-guard-empty-');
    const { result } = await main(INPUTS(), { ...runnerEnv(prEvent()), GITHUB_WORKSPACE: empty });
    expect(result.refusals).toEqual([expect.objectContaining({ code: 'checkout_missing', fix: expect.stringContaining('fetch-depth: 0') })]);

    // A default actions/checkout (fetch-depth 1) of the head: the base commit is not there.
    const shallow = await (await TestRepo.open(checkout.dir, false)).cloneShallow({ depth: 1 });
    try {
      const s = await main(INPUTS(), { ...runnerEnv(prEvent()), GITHUB_WORKSPACE: shallow.dir });
      expect(s.result.refusals).toEqual([expect.objectContaining({ code: 'checkout_missing' })]);
    } finally {
      await shallow.cleanup();
    }
  });

  it('refuses to run where outputs and state would go to the log', async () => {
    install();
    const env = runnerEnv(prEvent());
    delete (env as Record<string, string | undefined>).GITHUB_STATE;
    const { result } = await main(INPUTS(), env);
    expect(result.refusals[0]?.message).toMatch(/GITHUB_OUTPUT or GITHUB_STATE/);
    expect(fake.requests).toHaveLength(0);
  });

  it('post: a revocation failure is an error annotation, recorded as not revoked, fails the post step, and leaks nothing', async () => {
    install();
    const env = runnerEnv(prEvent());
    fake.failNext({ status: 500, pathPattern: '/installation/token', count: 10 });
    const { r, result } = await main(INPUTS(), env);
    expect(result.decision).toBe('grant');
    const token = r.outputs.token!;
    const post = recordingCore({}, r.state);
    expect(await runRequestCapabilityPost(post.core, env, { clientOptions: FAST })).toEqual({ outcome: 'failed', failed: true });
    expect(post.failed).toEqual([expect.stringMatching(/the token could not be revoked/)]);
    expect(post.log).toEqual(expect.arrayContaining([expect.stringMatching(/^error agent-guard request-capability: could not revoke the token \(500 /)]));
    expectNoTokenLeak({ ...post, state: {} }, token, result.evidencePath);
    expect(JSON.parse(readFileSync(result.evidencePath!, 'utf8')).credentials[0]).toMatchObject({ revocation: 'failed', revoked_at: null });
  });

  it('post: nothing to revoke, or already expired: no API call', async () => {
    const env = runnerEnv(prEvent());
    expect(await runRequestCapabilityPost(recordingCore({}).core, env)).toEqual({ outcome: 'nothing_to_revoke', failed: false });
    const expired = recordingCore({}, { token: 'ghs_0123456789abcdefghijklmnopqrstuvwxyz', 'expires-at': new Date(Date.now() - 10 * 60_000).toISOString(), 'evidence-path': '' });
    expect(await runRequestCapabilityPost(expired.core, env)).toEqual({ outcome: 'expired', failed: false });
    expect(fake.requests).toHaveLength(0);
  });
});

// ---------------------------------------------------------------------------------------------
// High-tier capabilities with approval-gate's rules: gitHubApprovalVerifier against the loopback server.

describe('with the real verifier: modify_policy needs an independent approval of the exact head and manifest', () => {
  const ciAgent = user('ci-agent');
  const alice = user('alice'); // write
  const dave = user('dave'); // read
  const APPROVAL_TOKEN = 'ghs_approval_reader_0123456789abcdef';
  let digest: string;

  beforeAll(async () => {
    digest = (await import('node:crypto')).createHash('sha256').update(MANIFEST).digest('hex');
  });

  beforeEach(() => {
    install();
    fake.addCollaborator('acme/widgets', alice, 'write');
    fake.addCollaborator('acme/widgets', dave, 'read');
    fake.addUser(ciAgent);
  });

  let clock = 0;
  const approval = (n: number, u: GitHubUser, sha: string): GitHubReview => review('acme/widgets', n, { user: u, state: 'APPROVED', commit_id: sha, submitted_at: new Date(Date.UTC(2026, 0, 1, 12, 0, clock++)).toISOString().replace(/\.\d{3}Z$/, 'Z') });

  function openPull(n: number, reviews: GitHubReview[], base: { sha: string; ref: string } = { sha: checkout.base, ref: 'main' }) {
    return fake.addPull('acme/widgets', n, {
      user: ciAgent,
      head: { sha: checkout.head, ref: `agent/fix-${n}` },
      base,
      created_at: '2026-01-01T00:00:00Z',
      commits: [commit('acme/widgets', { sha: checkout.head, message: 'agent change', author: { name: 'ci-agent', email: 'ci-agent@example.com', user: ciAgent } })],
      files: [diffEntry('acme/widgets', { filename: '.github/agent-tasks/current.yml', ref: checkout.head }), diffEntry('acme/widgets', { filename: 'src/a.ts', ref: checkout.head })],
      reviews,
    });
  }

  async function request(env: Record<string, string>, over: Record<string, string> = {}) {
    const r = recordingCore(INPUTS({ capabilities: 'modify_policy', 'github-token': APPROVAL_TOKEN, ...over }));
    const result = await runRequestCapability(r.core, env, { clientOptions: FAST, verifyApproval: gitHubApprovalVerifier(r.core, env, { clientOptions: FAST }) });
    const evidence = result.evidencePath ? JSON.parse(readFileSync(result.evidencePath, 'utf8')) : null;
    for (const text of [r.log.join('\n'), r.summary.join('\n'), r.failed.join('\n'), result.evidencePath ? readFileSync(result.evidencePath, 'utf8') : '']) {
      expect(text.includes(APPROVAL_TOKEN)).toBe(false);
    }
    return { r, result, evidence };
  }

  it('minted when an independent write-permission human approved the exact head SHA with the same manifest digest', async () => {
    openPull(7, [approval(7, alice, checkout.head)]);
    const { r, result, evidence } = await request(runnerEnv(prEvent()));
    expect(r.failed).toEqual([]);
    expect(result).toMatchObject({ decision: 'grant', permissions: { contents: 'write', metadata: 'read' } });
    expect(evidence.approvals).toMatchObject({ approved: true, headSha: checkout.head, manifestSha256: digest, approvers: ['alice'], reason: expect.stringMatching(/^pull request #7: approved by alice/) });
    // The pull request and its facts (the checkout gives policy, manifest and tier with git), then the mint.
    expect(fake.requests.map((q) => q.operation)).toEqual([
      'GET /repos/{owner}/{repo}/pulls/{pull_number}',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      'GET /repos/{owner}/{repo}/compare/{basehead}',
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
      // Whether the base branch changed after the approval (a retargeted pull request needs a new one).
      'GET /repos/{owner}/{repo}/issues/{issue_number}/timeline',
      // Who dispatched a run on the merge base (the task's initiator never approves it).
      'GET /repos/{owner}/{repo}/actions/runs',
      'GET /repos/{owner}/{repo}/installation',
      'POST /app/installations/{installation_id}/access_tokens',
    ]);
    expectNoTokenLeak(r, r.outputs.token!, result.evidencePath);
  });

  it('refused when the approval is of another SHA', async () => {
    openPull(7, [approval(7, alice, fakeSha('an-earlier-head'))]);
    const { result, evidence } = await request(runnerEnv(prEvent()));
    expect(result.decision).toBe('refuse');
    expect(result.refusals).toEqual([expect.objectContaining({ code: 'approval_required', message: expect.stringMatching(/modify_policy is high tier and are not approved: pull request #7: 0 of 1 required qualified approval/) })]);
    expect(evidence.approvals).toMatchObject({ approved: false, approvers: [] });
    expect(issued()).toHaveLength(0);
  });

  it('refused when the approval is from the agent (or from a read-only human)', async () => {
    openPull(7, [approval(7, ciAgent, checkout.head), approval(7, dave, checkout.head)]);
    const { result } = await request(runnerEnv(prEvent()));
    expect(result.refusals.map((x) => x.code)).toEqual(['approval_required']);
    expect(issued()).toHaveLength(0);
  });

  it('refused when there is no approval, and when the github-token input is empty', async () => {
    openPull(7, []);
    const missing = await request(runnerEnv(prEvent()));
    expect(missing.result.refusals).toEqual([expect.objectContaining({ code: 'approval_required', message: expect.stringContaining('0 of 1 required qualified approval') })]);
    const noToken = await request(runnerEnv(prEvent()), { 'github-token': '' });
    expect(noToken.result.refusals).toEqual([expect.objectContaining({ code: 'approval_required', message: expect.stringContaining('the github-token input is empty') })]);
    expect(issued()).toHaveLength(0);
  });

  it('refused when the pull request targets a branch other than the default branch (its base policy may be the agent\'s)', async () => {
    openPull(7, [approval(7, alice, checkout.head)], { sha: checkout.base, ref: 'agent/loose' });
    const { result } = await request(runnerEnv(prEvent()));
    expect(result.refusals).toEqual([expect.objectContaining({ code: 'approval_required', message: expect.stringMatching(/pull request #7 targets agent\/loose, not the default branch main/) })]);
  });

  it("a pull request event's approvals never stand for another repository's token (the same number there is another pull request)", async () => {
    openPull(7, [approval(7, alice, checkout.head)]);
    const r = recordingCore(INPUTS({ capabilities: 'modify_policy', 'github-token': APPROVAL_TOKEN }));
    const verify = gitHubApprovalVerifier(r.core, runnerEnv(prEvent()), { clientOptions: FAST });
    const check = await verify({ repository: 'acme/other', baseSha: checkout.base, headSha: checkout.head, manifestSha256: digest, capabilities: ['modify_policy'] });
    expect(check).toMatchObject({ approved: false, approvers: [] });
    expect(check.reason).toMatch(/the pull_request event's pull request #7 belongs to acme\/widgets, not acme\/other: its approvals do not count for another repository/);
    expect(fake.requests).toHaveLength(0);
    // The same query for the event's own repository (in another case) is looked up and approved.
    const own = await verify({ repository: 'ACME/Widgets', baseSha: checkout.base, headSha: checkout.head, manifestSha256: digest, capabilities: ['modify_policy'] });
    expect(own).toMatchObject({ approved: true, approvers: ['alice'] });
  });

  it('workflow_dispatch: the pull request is found by head SHA (commits/{sha}/pulls); minted when approved', async () => {
    openPull(7, [approval(7, alice, checkout.head)]);
    const dispatch = { ref: 'refs/heads/main', repository: { full_name: 'acme/widgets', default_branch: 'main' } };
    const { result, evidence } = await request({ ...runnerEnv(dispatch, 'workflow_dispatch'), GITHUB_SHA: checkout.head, GITHUB_REF_NAME: 'main' });
    expect(result.decision).toBe('grant');
    expect(evidence.approvals).toMatchObject({ approved: true, headSha: checkout.head, manifestSha256: digest });
    expect(fake.requests[0]?.operation).toBe('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls');
  });

  it('workflow_dispatch, two-PR attack: an approval on a second pull request with the same head into agent/loose does not count', async () => {
    openPull(7, []);
    openPull(8, [approval(8, alice, checkout.head)], { sha: checkout.base, ref: 'agent/loose' });
    const dispatch = { ref: 'refs/heads/main', repository: { full_name: 'acme/widgets', default_branch: 'main' } };
    const { result } = await request({ ...runnerEnv(dispatch, 'workflow_dispatch'), GITHUB_SHA: checkout.head, GITHUB_REF_NAME: 'main' });
    expect(result.refusals).toEqual([expect.objectContaining({ code: 'approval_required', message: expect.stringMatching(/pull request #7: 0 of 1 required/) })]);
    expect(result.refusals[0]!.message).not.toContain('#8');
    // With no pull request into the default branch at all, nothing can approve.
    fake.repo('acme/widgets').pulls.delete(7);
    const none = await request({ ...runnerEnv(dispatch, 'workflow_dispatch'), GITHUB_SHA: checkout.head, GITHUB_REF_NAME: 'main' });
    expect(none.result.refusals[0]!.message).toMatch(/no open pull request of acme\/widgets into its default branch has the head/);
    expect(issued()).toHaveLength(0);
  });
});
