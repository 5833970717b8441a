// The bundled request-capability action (dist/request-capability.js, dist/request-capability-post.js)
// run as the runner runs it: INPUT_* variables, real webhook payloads, GITHUB_OUTPUT, GITHUB_STATE
// carried from main to post, GITHUB_STEP_SUMMARY, against the loopback GitHub API server through
// GITHUB_API_URL, with an RSA key generated at test time. Every run is scanned for the token in every
// encoded form: it may appear only in the `token` output, the `token` state, and the runner's own
// `::add-mask::` commands (which the runner consumes and never shows).
//
// Also (by design): the shipped example workflow mints in a separate job that runs
// after the agent job, and the agent job holds no secret.

import { existsSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseYaml } from 'yaml';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { commit, diffEntry, fakeSha, review, startGitHubServer, user, type FakeGitHub, type GitHubReview, type GitHubUser } from '../support/github-server.js';
import { REPO_ROOT, runAction, type ActionRun } from '../support/run-action.js';
import { pullRequestEvent, webhookExample, type WebhookPayload } from '../support/webhooks.js';
import { appKeyPair, agentChangeRepo } from '../support/mint-fixture.js';

const APP_ID = 4242;
const POLICY = `version: 1
agents: ["*[bot]", "ci-agent"]
default_tier: high
tiers: { high: [".github/**"], low: ["docs/**"] }
capabilities:
  write_branch: { paths: ["src/**"] }
subjects:
  "ci-agent:pull-request":
    capabilities: [read_repository, write_branch, run_tests, open_pull_request]
    branches: ["agent/*"]
    repositories: ["acme/widgets"]
approvals:
  high: { count: 1 }
`;
const MANIFEST = `agent_task:
  subject: ci-agent:pull-request
  repository: acme/widgets
  branch_pattern: agent/*
  capabilities: [read_repository, write_branch, run_tests, open_pull_request]
  denied: [read_secrets, deploy_environment, modify_policy]
`;

let privateKey: string;
let publicKey: string;
let repo: TestRepo;
let base: string;
let head: string;
let fake: FakeGitHub;
let restore: () => void;

beforeAll(async () => {
  for (const f of ['request-capability.js', 'request-capability-post.js']) {
    if (!existsSync(`${REPO_ROOT}/dist/${f}`)) throw new Error(`dist/${f} is missing: run \`npm run build\``);
  }
  restore = isolateProcessGitConfig();
  ({ privateKey, publicKey } = appKeyPair());
  ({ repo, base, head } = await agentChangeRepo(POLICY, MANIFEST));
});
afterAll(async () => {
  await repo.cleanup();
  restore();
});

beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets');
  fake.addApp({ id: APP_ID, slug: 'agent-guard', publicKey });
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

const install = (permissions: Record<string, 'read' | 'write'> = { contents: 'write', pull_requests: 'write', workflows: 'write' }) =>
  fake.addInstallation({ id: 777, appId: APP_ID, account: 'acme', repositories: 'all', permissions });

function prPayload(over: (p: WebhookPayload) => void = () => undefined) {
  const p = pullRequestEvent({ owner: 'acme', repo: 'widgets', number: 7, baseSha: base, headSha: head, headRef: 'agent/fix' });
  over(p);
  return p;
}

const INPUTS = (over: Record<string, string> = {}) => ({
  capabilities: 'write_branch, open_pull_request',
  'app-id': String(APP_ID),
  'private-key': privateKey,
  manifest: '.github/agent-tasks/current.yml',
  ...over,
});

function env(apiUrl = fake.url): Record<string, string> {
  return { GITHUB_API_URL: apiUrl, GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/widgets', GITHUB_RUN_ID: '4711', GITHUB_ACTION: 'token', GITHUB_SHA: head };
}

function main(opts: { inputs?: Record<string, string>; payload?: unknown; event?: string; apiUrl?: string } = {}): Promise<ActionRun> {
  return runAction({
    entry: 'request-capability.js',
    inputs: opts.inputs ?? INPUTS(),
    event: { name: opts.event ?? 'pull_request', payload: opts.payload ?? prPayload() },
    env: env(opts.apiUrl),
  });
}

function post(state: Record<string, string>, apiUrl = fake.url, inputs = INPUTS()): Promise<ActionRun> {
  return runAction({ entry: 'request-capability-post.js', inputs, state, env: env(apiUrl) });
}

function forms(token: string): string[] {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return [token, b64(token), Buffer.from(token).toString('base64url'), b64(`x-access-token:${token}`), b64(b64(token)), encodeURIComponent(token), token.slice(4, 24)];
}

/** The token, in any form, appears only in the token output and state and in ::add-mask:: commands. */
function expectNoLeak(run: ActionRun, token: string) {
  const evidencePath = run.outputs['evidence-path'];
  const evidence = evidencePath && existsSync(evidencePath) ? readFileSync(evidencePath, 'utf8') : '';
  const places: Record<string, string> = {
    stdout: run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(Object.entries(run.outputs).filter(([k]) => k !== 'token')),
    state: JSON.stringify(Object.entries(run.state).filter(([k]) => k !== 'token')),
    evidence,
  };
  for (const [where, text] of Object.entries(places)) for (const f of forms(token)) expect(`${where}: ${text.includes(f)}`).toBe(`${where}: false`);
  // The private key's body never appears either.
  const keyLine = privateKey.split('\n')[1]!;
  for (const text of [run.stdout, run.stderr, run.summary, evidence]) expect(text.includes(keyLine)).toBe(false);
  // No deprecated stdout commands that would carry outputs or state.
  expect(run.commands.filter((c) => /^::(set-output|save-state)/.test(c))).toEqual([]);
}

/** A proxy in front of the fake server that rewrites the body of the access-token response. */
async function rewritingProxy(edit: (body: WebhookPayload) => void): Promise<{ url: string; close(): Promise<void> }> {
  const target = new URL(fake.url);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } }, (up) => {
        const body: Buffer[] = [];
        up.on('data', (c: Buffer) => body.push(c));
        up.on('end', () => {
          let text = Buffer.concat(body);
          if (req.url?.endsWith('/access_tokens') && up.statusCode === 201) {
            const json = JSON.parse(text.toString('utf8'));
            edit(json);
            text = Buffer.from(JSON.stringify(json));
          }
          const headers = { ...up.headers, 'content-length': String(text.length) };
          delete headers['transfer-encoding'];
          res.writeHead(up.statusCode ?? 502, headers);
          res.end(text);
        });
      });
      upstream.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('main then post, state carried as the runner carries it', () => {
  test('grants a narrow token, then the post step revokes it', async () => {
    install();
    const run = await main();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const token = run.outputs.token!;
    expect(token).toMatch(/^ghs_/);
    // The very first thing on stdout is the mask.
    expect(run.stdout.split('\n').find((l) => l.startsWith('::'))).toBe(`::add-mask::${token}`);
    expect(Object.keys(run.state).sort()).toEqual(['evidence-path', 'expires-at', 'token', 'transport']);
    expect(JSON.parse(run.outputs.permissions!)).toEqual({ contents: 'write', metadata: 'read', pull_requests: 'write' });
    expect(run.summary).toMatch(/request-capability: granted/);
    expect(run.stdout).toMatch(/granted write_branch, open_pull_request on acme\/widgets: contents: write, metadata: read, pull_requests: write; expires /);
    const [issued] = fake.state.tokens.values();
    expect(issued).toMatchObject({ token, repositories: ['acme/widgets'], permissions: { contents: 'write', pull_requests: 'write', metadata: 'read' }, revoked: false });
    expect(fake.requests.map((r) => r.operation)).toEqual(['GET /repos/{owner}/{repo}/installation', 'POST /app/installations/{installation_id}/access_tokens']);
    expectNoLeak(run, token);

    const p = await post(run.state);
    expect(p.code).toBe(0);
    expect(p.stdout).toMatch(/token revoked at /);
    // Measured for the report: wall time of the bundled main (2 API calls) and post (1 API call) steps.
    console.log(`bundle: main ${run.ms} ms, post ${p.ms} ms`);
    expect(issued?.revoked).toBe(true);
    expect(fake.requests.at(-1)).toMatchObject({ operation: 'DELETE /installation/token', status: 204 });
    const evidence = JSON.parse(readFileSync(run.outputs['evidence-path']!, 'utf8'));
    expect(evidence.credentials).toEqual([
      expect.objectContaining({ repository: 'acme/widgets', issued_at: expect.any(String), expires_at: run.outputs['expires-at'], revocation: 'revoked', revoked_at: expect.any(String) }),
    ]);
    const lifetime = Date.parse(evidence.credentials[0].revoked_at) - Date.parse(evidence.credentials[0].issued_at);
    expect(lifetime).toBeGreaterThanOrEqual(0);
    expect(lifetime).toBeLessThan(60_000);
    expectNoLeak({ ...p, outputs: { 'evidence-path': run.outputs['evidence-path']! }, state: {} }, token);
  });

  test('the post step revokes even when the job failed (post-if: always()), given the state', async () => {
    const action = parseYaml(readFileSync(`${REPO_ROOT}/actions/request-capability/action.yml`, 'utf8'));
    expect(action.runs).toEqual({ using: 'node24', main: '../../dist/request-capability.js', post: '../../dist/request-capability-post.js', 'post-if': 'always()' });
    install();
    const run = await main();
    // ... a later step of the job fails here; the runner still runs post with the saved state.
    const p = await post(run.state);
    expect(p.code).toBe(0);
    expect([...fake.state.tokens.values()][0]?.revoked).toBe(true);
  });

  test('post after an already expired token skips the API (expired by more than the clock-skew tolerance)', async () => {
    const p = await post({ token: 'ghs_expiredexpiredexpiredexpired0123', 'expires-at': new Date(Date.now() - 10 * 60_000).toISOString(), 'evidence-path': '' });
    expect(p.code).toBe(0);
    expect(p.stdout).toMatch(/expired at .*nothing to revoke/);
    expect(fake.requests).toHaveLength(0);
  });

  test('post with nothing minted does nothing', async () => {
    const p = await post({});
    expect(p.code).toBe(0);
    expect(p.stdout).toMatch(/nothing to revoke/);
    expect(fake.requests).toHaveLength(0);
  });

  test('a token the post step cannot revoke is an error, recorded as not revoked, and fails the post step unless the user opts out', async () => {
    install();
    const run = await main();
    const token = run.outputs.token!;
    fake.rateLimitNext({ kind: 'primary', retryAfterSeconds: 3600, pathPattern: '/installation/token' });
    const p = await post(run.state);
    expect(p.code).toBe(1);
    expect(p.commands).toEqual(expect.arrayContaining([expect.stringMatching(/^::error title=agent-guard%3A token not revoked::agent-guard request-capability: could not revoke the token \(403 /)]));
    expectNoLeak({ ...p, outputs: { 'evidence-path': run.outputs['evidence-path']! }, state: {} }, token);
    expect(JSON.parse(readFileSync(run.outputs['evidence-path']!, 'utf8')).credentials[0]).toMatchObject({ revocation: 'failed', revoked_at: null });

    fake.rateLimitNext({ kind: 'primary', retryAfterSeconds: 3600, pathPattern: '/installation/token' });
    const optedOut = await post(run.state, fake.url, INPUTS({ 'fail-on-revoke-error': 'false' }));
    expect(optedOut.code).toBe(0);
    expect(optedOut.commands).toEqual(expect.arrayContaining([expect.stringMatching(/^::error title=agent-guard%3A token not revoked::agent-guard request-capability: could not revoke the token/)]));
  });

  test('the post step uses the transport main recorded, not an API URL changed after main', async () => {
    install();
    const run = await main();
    const moved = await post(run.state, 'http://api.example.invalid');
    expect(moved.code).toBe(0);
    expect(moved.stdout).toMatch(/token revoked at /);
    expect(moved.stdout).not.toMatch(/api\.example\.invalid/);
  });
});

describe('refusals and failures from the bundle leak nothing and explain themselves', () => {
  test('a refused request: exit 1, an error per reason, no API call, no token', async () => {
    install();
    const run = await main({ inputs: INPUTS({ capabilities: 'write_branch, workflows:write, read_secrets, request_review' }) });
    expect(run.code).toBe(1);
    expect(run.outputs.token).toBeUndefined();
    expect(run.state).toEqual({});
    const errors = run.commands.filter((c) => c.startsWith('::error'));
    expect(errors).toEqual([
      expect.stringMatching(/never_minted::"workflows:write" asks for the workflows permission/),
      expect.stringMatching(/not_a_token_permission::capability read_secrets .*Fix: secrets are not a token permission/),
      expect.stringMatching(/not_in_manifest::capability request_review is not granted by the task manifest/),
      expect.stringMatching(/^::error::agent-guard request-capability: refused \(3 reasons/),
    ]);
    expect(fake.requests).toHaveLength(0);
    expect(JSON.parse(readFileSync(run.outputs['evidence-path']!, 'utf8'))).toMatchObject({ verdict: 'refused', credentials: [], refusals: [{ code: 'never_minted' }, { code: 'not_a_token_permission' }, { code: 'not_in_manifest' }] });
  });

  test('GITHUB_STATE set but its file gone (the real @actions/core throws "Missing file at path"): exit 1, the token is revoked and never reaches the output', async () => {
    install();
    const run = await runAction({
      entry: 'request-capability.js',
      inputs: INPUTS(),
      event: { name: 'pull_request', payload: prPayload() },
      env: { ...env(), GITHUB_STATE: `${repo.dir}/.no-such-dir/state` },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.token).toBeUndefined();
    const tokens = [...fake.state.tokens.values()];
    expect(tokens).toEqual([expect.objectContaining({ revoked: true })]);
    expect(run.commands).toEqual(
      expect.arrayContaining([expect.stringMatching(/^::error title=agent-guard%3A internal_error::the token could not be handed to the post step and the output \(Missing file at path: .*\), so it is not handed out: it was revoked/)]),
    );
    expect(JSON.parse(readFileSync(run.outputs['evidence-path']!, 'utf8'))).toMatchObject({ verdict: 'refused', credentials: [{ revocation: 'revoked' }] });
    expectNoLeak(run, tokens[0]!.token);
  });

  test('from the bundle: a fork pull request and a workflow_run from a fork get no token', async () => {
    install();
    const fork = await main({ payload: prPayload((p) => (p.pull_request.head.repo.full_name = 'mallory/widgets')) });
    expect(fork.code).toBe(1);
    expect(fork.commands).toEqual(expect.arrayContaining([expect.stringMatching(/untrusted_provenance::untrusted provenance: pull request #7 of the pull_request event comes from the fork mallory\/widgets/)]));

    const wr = webhookExample('workflow_run', 'completed');
    wr.repository.full_name = 'acme/widgets';
    wr.repository.default_branch = 'main';
    wr.workflow_run.repository.full_name = 'acme/widgets';
    wr.workflow_run.head_repository.full_name = 'mallory/widgets';
    wr.workflow_run.head_sha = head;
    wr.workflow_run.head_branch = 'agent/fix'; // the branch that has that head (a run names its own branch)
    const fromFork = await main({ event: 'workflow_run', payload: wr });
    expect(fromFork.code).toBe(1);
    expect(fromFork.commands).toEqual(expect.arrayContaining([expect.stringMatching(/untrusted_provenance::.*came from the fork mallory\/widgets/)]));
    expect(fake.requests).toHaveLength(0);

    // The same workflow_run from the repository itself mints (policy and manifest from origin/main).
    wr.workflow_run.head_repository.full_name = 'acme/widgets';
    const clone = await repo.clone();
    try {
      const ok = await runAction({ entry: 'request-capability.js', inputs: INPUTS(), event: { name: 'workflow_run', payload: wr }, env: { ...env(), GITHUB_WORKSPACE: clone.dir } });
      expect(ok.code).toBe(0);
      expectNoLeak(ok, ok.outputs.token!);
    } finally {
      await clone.cleanup();
    }
  });

  test('mint failure (the installation lacks a permission): exit 1, nothing minted', async () => {
    install({ contents: 'write' });
    const run = await main();
    expect(run.code).toBe(1);
    expect(run.commands).toEqual(expect.arrayContaining([expect.stringMatching(/mint_failed::no token \(mint_failed\): GitHub did not mint the token: 422 /)]));
    expect(fake.state.tokens.size).toBe(0);
    expect(run.state).toEqual({});
  });

  test('the app is not installed: exit 1 with what to do', async () => {
    const run = await main();
    expect(run.code).toBe(1);
    expect(run.commands).toEqual(expect.arrayContaining([expect.stringMatching(/not installed on acme\/widgets .*install it/)]));
  });

  test('permission mismatch: the token is revoked, the step fails, and the token appears nowhere', async () => {
    install();
    const proxy = await rewritingProxy((body) => (body.permissions.workflows = 'write'));
    try {
      const run = await main({ apiUrl: proxy.url });
      expect(run.code).toBe(1);
      const [issued] = fake.state.tokens.values();
      expect(issued?.revoked).toBe(true);
      expect(run.outputs.token).toBeUndefined();
      expect(run.state).toEqual({});
      expect(run.stdout).toContain(`::add-mask::${issued!.token}`);
      expect(run.commands).toEqual(expect.arrayContaining([expect.stringMatching(/permission_mismatch\): GitHub returned other permissions than asked \(workflows: not asked, granted write \(never minted\)\); the token was revoked/)]));
      const evidence = JSON.parse(readFileSync(run.outputs['evidence-path']!, 'utf8'));
      expect(evidence).toMatchObject({ verdict: 'refused', credentials: [{ revocation: 'revoked', revoked_at: expect.any(String), permissions: { workflows: 'write' } }] });
      expectNoLeak(run, issued!.token);
    } finally {
      await proxy.close();
    }
  });

  test('from the bundle: an expiry beyond one hour is revoked and refused, leaking nothing', async () => {
    install();
    const proxy = await rewritingProxy((body) => (body.expires_at = new Date(Date.now() + 24 * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z')));
    try {
      const run = await main({ apiUrl: proxy.url });
      expect(run.code).toBe(1);
      const [issued] = fake.state.tokens.values();
      expect(issued?.revoked).toBe(true);
      expect(run.commands).toEqual(expect.arrayContaining([expect.stringMatching(/invalid_expiry\): the token expires at .*more than the 3600s maximum/)]));
      expectNoLeak(run, issued!.token);
    } finally {
      await proxy.close();
    }
  });
});

describe('attack: events an outsider can cause, from the bundle (the allow-list of minting events)', () => {
  const READER = 'ghs_e2e_permission_reader_0123456789';
  function reviewPayload(login: string) {
    const p = webhookExample('pull_request_review', 'submitted');
    for (const r of [p.repository, p.pull_request.base.repo, p.pull_request.head.repo]) {
      r.full_name = 'acme/widgets';
      r.name = 'widgets';
      r.owner.login = 'acme';
      r.default_branch = 'main';
    }
    Object.assign(p.pull_request, { number: 7 });
    Object.assign(p.pull_request.base, { sha: base, ref: 'main' });
    Object.assign(p.pull_request.head, { sha: head, ref: 'agent/fix' });
    p.review.state = 'commented';
    p.review.user.login = login;
    p.sender.login = login;
    return p;
  }

  test('a pull_request_review COMMENT by an outsider with no access (the real webhook payload): refused naming the event and the reviewer, no token request', async () => {
    install();
    fake.addUser(user('outsider'));
    const run = await main({ event: 'pull_request_review', payload: reviewPayload('outsider'), inputs: INPUTS({ 'github-token': READER }) });
    expect(run.code).toBe(1);
    expect(run.outputs.token).toBeUndefined();
    expect(run.commands).toEqual(expect.arrayContaining([expect.stringMatching(/untrusted_provenance::untrusted provenance: pull_request_review\.submitted: .*but the reviewer outsider has (none|read) permission, not write/)]));
    expect(fake.requests.map((r) => r.operation)).toEqual(['GET /repos/{owner}/{repo}/collaborators/{username}/permission']);
    expect(fake.state.tokens.size).toBe(0);
  });

  test('the same review by a collaborator with write permission mints', async () => {
    install();
    fake.addCollaborator('acme/widgets', user('alice'), 'write');
    const run = await main({ event: 'pull_request_review', payload: reviewPayload('alice'), inputs: INPUTS({ 'github-token': READER }) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/the reviewer alice has write permission/);
    expectNoLeak(run, run.outputs.token!);
  });

  test('a workflow_run whose triggering run an outsider started (issue_comment): refused naming the root event, no API call', async () => {
    install();
    const wr = webhookExample('workflow_run', 'completed');
    wr.repository.full_name = 'acme/widgets';
    wr.repository.default_branch = 'main';
    Object.assign(wr.workflow_run, { event: 'issue_comment', head_sha: base, head_branch: 'main' });
    wr.workflow_run.repository.full_name = 'acme/widgets';
    wr.workflow_run.head_repository.full_name = 'acme/widgets';
    const run = await main({ event: 'workflow_run', payload: wr });
    expect(run.code).toBe(1);
    expect(run.commands).toEqual(expect.arrayContaining([expect.stringMatching(/untrusted_provenance::untrusted provenance: the triggering run was started by the event issue_comment, which may not mint a token/)]));
    expect(fake.requests).toHaveLength(0);
    const evidence = JSON.parse(readFileSync(run.outputs['evidence-path']!, 'utf8'));
    expect(evidence.event.provenance).toMatchObject({ trusted: false, event: 'workflow_run', root: 'issue_comment' });
  });
});

describe('the agent never shares a job with the minted credential (by design)', () => {
  const text = readFileSync(`${REPO_ROOT}/examples/workflows/request-capability.yml`, 'utf8');
  const wf = parseYaml(text) as { permissions: unknown; jobs: Record<string, { needs?: string | string[]; permissions?: Record<string, string>; steps: WebhookPayload[]; env?: unknown }> };
  const uses = (job: string) => wf.jobs[job]!.steps.map((s) => String(s.uses ?? ''));
  const minting = Object.keys(wf.jobs).filter((j) => uses(j).some((u) => u.includes('/actions/request-capability@')));
  const agentJobs = Object.keys(wf.jobs).filter((j) => !minting.includes(j));

  test('exactly one job mints, and it needs the agent job', () => {
    expect(minting).toEqual(['publish']);
    expect(agentJobs).toEqual(['agent']);
    const needs = wf.jobs.publish!.needs;
    expect(Array.isArray(needs) ? needs : [needs]).toContain('agent');
  });

  test('the agent job holds no secret, no app key and no write permission, and does not persist the checkout token', () => {
    const agentText = JSON.stringify(wf.jobs.agent);
    expect(agentText).not.toMatch(/secrets\./);
    expect(agentText).not.toMatch(/private-key|app-id|APP_ID|PRIVATE_KEY/i);
    expect(agentText).not.toMatch(/secrets: inherit/);
    expect(wf.permissions).toEqual({});
    expect(Object.values(wf.jobs.agent!.permissions ?? {}).every((v) => v === 'read' || v === 'none')).toBe(true);
    const checkout = wf.jobs.agent!.steps.find((s) => String(s.uses).startsWith('actions/checkout@'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });

  test('the minting job reads the app key from secrets, checks out full history, and pins third-party actions by SHA', () => {
    const step = wf.jobs.publish!.steps.find((s) => String(s.uses).includes('/actions/request-capability@'))!;
    expect(step.with['private-key']).toMatch(/^\$\{\{ secrets\.[A-Z_]+ \}\}$/);
    expect(step.with.capabilities).toBe('write_branch, open_pull_request');
    const checkout = wf.jobs.publish!.steps.find((s) => String(s.uses).startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
    for (const job of Object.keys(wf.jobs)) {
      for (const u of uses(job).filter((x) => x && !x.startsWith('agent-guard/'))) expect(u).toMatch(/@[0-9a-f]{40}$/);
    }
    // The token reaches the one step that pushes, through env, never a command line.
    const pushStep = wf.jobs.publish!.steps.find((s) => String(s.run ?? '').includes('git push'))!;
    expect(pushStep.env?.GH_TOKEN).toBe('${{ steps.token.outputs.token }}');
    expect(String(pushStep.run)).not.toContain('steps.token');
  });
});

// ---------------------------------------------------------------------------------------------
// High-tier capabilities from the bundle: the entry wires approval-gate's rules (github-token input).

describe('a high-tier capability (modify_policy) from the bundle needs an independent approval of the exact head', () => {
  const HIGH_POLICY = POLICY.replace('capabilities: [read_repository, write_branch, run_tests, open_pull_request]', 'capabilities: [read_repository, write_branch, run_tests, open_pull_request, modify_policy]').replace(
    'write_branch: { paths: ["src/**"] }',
    'write_branch: { paths: ["src/**"] }\n  modify_policy: { paths: [".github/**"], tier: high }',
  );
  const HIGH_MANIFEST = MANIFEST.replace('open_pull_request]', 'open_pull_request, modify_policy]').replace('deploy_environment, modify_policy]', 'deploy_environment]');
  const APPROVAL_TOKEN = 'ghs_e2e_approval_reader_0123456789';
  const agent = user('ci-agent');
  const alice = user('alice');
  let hr: TestRepo;
  let hbase: string;
  let hhead: string;
  let clock = 0;

  beforeAll(async () => {
    hr = await TestRepo.init();
    await hr.write('.github/agent-policy.yml', HIGH_POLICY);
    await hr.write('.github/agent-tasks/current.yml', HIGH_MANIFEST);
    await hr.write('src/a.ts', 'export const a = 1;\n');
    hbase = await hr.commit('base');
    await hr.checkout('agent/fix', { create: true });
    await hr.write('.github/agent-policy.yml', `${HIGH_POLICY}# tightened by the agent's task\n`);
    hhead = await hr.commit('agent changes the policy');
    await hr.checkout('main');
  });
  afterAll(async () => hr.cleanup());

  beforeEach(() => {
    install();
    fake.addCollaborator('acme/widgets', alice, 'write');
    fake.addUser(agent);
  });

  const approval = (u: GitHubUser, sha: string): GitHubReview =>
    review('acme/widgets', 7, { user: u, state: 'APPROVED', commit_id: sha, submitted_at: new Date(Date.UTC(2026, 0, 1, 12, 0, clock++)).toISOString().replace(/\.\d{3}Z$/, 'Z') });

  function openPull(reviews: GitHubReview[]) {
    fake.addPull('acme/widgets', 7, {
      user: agent,
      head: { sha: hhead, ref: 'agent/fix' },
      base: { sha: hbase, ref: 'main' },
      commits: [commit('acme/widgets', { sha: hhead, message: 'agent changes the policy', author: { name: 'ci-agent', email: 'ci-agent@example.com', user: agent } })],
      files: [diffEntry('acme/widgets', { filename: '.github/agent-policy.yml', ref: hhead })],
      reviews,
    });
  }

  async function ask(): Promise<ActionRun> {
    const payload = pullRequestEvent({ owner: 'acme', repo: 'widgets', number: 7, baseSha: hbase, headSha: hhead, headRef: 'agent/fix' });
    const run = await runAction({
      entry: 'request-capability.js',
      inputs: INPUTS({ capabilities: 'modify_policy', 'github-token': APPROVAL_TOKEN }),
      event: { name: 'pull_request', payload },
      env: { ...env(), GITHUB_WORKSPACE: hr.dir, GITHUB_SHA: hhead },
    });
    const evidencePath = run.outputs['evidence-path'];
    const evidence = evidencePath && existsSync(evidencePath) ? readFileSync(evidencePath, 'utf8') : '';
    for (const text of [run.stdout, run.stderr, run.summary, evidence]) expect(text.includes(APPROVAL_TOKEN)).toBe(false);
    return run;
  }

  test('minted when an independent write-permission human approved the exact head SHA with the same manifest digest', async () => {
    openPull([approval(alice, hhead)]);
    const run = await ask();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.permissions!)).toEqual({ contents: 'write', metadata: 'read' });
    const evidence = JSON.parse(readFileSync(run.outputs['evidence-path']!, 'utf8'));
    const digest = (await import('node:crypto')).createHash('sha256').update(HIGH_MANIFEST).digest('hex');
    expect(evidence.approvals).toMatchObject({ approved: true, headSha: hhead, manifestSha256: digest, approvers: ['alice'] });
    expectNoLeak(run, run.outputs.token!);
    // The approval lookup went through GITHUB_API_URL with the github-token input, not the app.
    expect(fake.requests.filter((q) => q.operation === 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews').map((q) => q.auth.kind)).toEqual(['unknown']);
  });

  test.each([
    ['for another SHA', () => [approval(alice, fakeSha('an-earlier-head'))]],
    ['from the agent', () => [approval(agent, hhead)]],
    ['missing', () => []],
  ])('refused when the approval is %s', async (_what, reviews) => {
    openPull(reviews());
    const run = await ask();
    expect(run.code).toBe(1);
    expect(run.outputs.token).toBeUndefined();
    expect(run.commands).toEqual(expect.arrayContaining([expect.stringMatching(/approval_required::modify_policy is high tier and are not approved: pull request #7: /)]));
    expect(fake.state.tokens.size).toBe(0);
  });
});
