// Attacks on the token's hand-out: ways to end up with a token that is not revoked, is minted for a
// trigger nobody trusted, or reaches the wrong place.
// Every test runs the main (and where it matters the post) step in-process against the loopback GitHub
// API (test/support/github-server.ts) with a real git checkout, and asserts the outcome AND the reason.

import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionsCore } from '../../src/actions/toolkit.js';
import { runRequestCapability } from '../../src/actions/run-request-capability.js';
import { runRequestCapabilityPost } from '../../src/actions/run-request-capability-post.js';
import type { GitHubClientOptions } from '../../src/adapters/github-client.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { startGitHubServer, type FakeGitHub, type InstallationState } from '../support/github-server.js';
import { webhookExample } from '../support/webhooks.js';
import { appKeyPair } from '../support/mint-fixture.js';

const APP_ID = 5151;
const INSTALLATION = 919;
const FAST: Pick<GitHubClientOptions, 'timeUnitMs'> = { timeUnitMs: 1 };
const CURRENT = '.github/agent-tasks/current.yml';

const POLICY = `version: 1
agents: ["*[bot]", "ci-agent"]
default_tier: high
tiers:
  high: [".github/**"]
  low: ["docs/**"]
capabilities:
  write_branch: { paths: ["src/**"] }
subjects:
  "ci-agent:pull-request":
    capabilities: [read_repository, write_branch, run_tests, open_pull_request]
    branches: ["agent/*"]
approvals:
  high: { count: 1 }
`;
const MANIFEST = `agent_task:
  subject: ci-agent:pull-request
  repository: acme/widgets
  branch_pattern: agent/*
  capabilities: [read_repository, write_branch, run_tests, open_pull_request]
  denied: [read_secrets]
`;

let privateKey: string;
let publicKey: string;
let fake: FakeGitHub;
let restoreGit: () => void;
let origin: TestRepo;
let clone: TestRepo;
let base: string;
let head: string;
let tagged: string;

beforeAll(async () => {
  restoreGit = isolateProcessGitConfig();
  ({ privateKey, publicKey } = appKeyPair());
  origin = await TestRepo.init();
  await origin.write('.github/agent-policy.yml', POLICY);
  await origin.write(CURRENT, MANIFEST);
  await origin.write('src/a.ts', 'export const a = 1;\n');
  base = await origin.commit('base');
  await origin.checkout('agent/fix', { create: true });
  await origin.write('src/a.ts', 'export const a = 2;\n');
  head = await origin.commit('agent change');
  // A commit reachable only through the tag agent/v1 (its branch deleted), as a contents: write token can push.
  await origin.checkout('tmp', { create: true, from: 'main' });
  await origin.write('src/a.ts', 'export const a = 3;\n');
  tagged = await origin.commit('only on a tag');
  await origin.git('tag', 'agent/v1');
  await origin.checkout('main');
  await origin.git('branch', '-D', 'tmp');
  clone = await origin.clone();
  await clone.git('checkout', '-q', '--detach', head);
});
afterAll(async () => {
  await clone.cleanup();
  await origin.cleanup();
  restoreGit();
});

const PERMISSIONS: InstallationState['permissions'] = { contents: 'write', pull_requests: 'write', workflows: 'write', administration: 'write', metadata: 'read' };

beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: base } });
  fake.addApp({ id: APP_ID, slug: 'agent-guard', publicKey, permissions: PERMISSIONS });
  fake.addInstallation({ id: INSTALLATION, appId: APP_ID, account: 'acme', repositories: 'all', permissions: PERMISSIONS });
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

// ---------------------------------------------------------------------------------------------
// Harness: a recording @actions/core whose file commands can be made to fail as the real ones do

interface Recorded {
  core: ActionsCore;
  outputs: Record<string, string>;
  state: Record<string, string>;
  log: string[];
  summary: string[];
  secrets: string[];
  failed: string[];
}

/**
 * `failState` / `failOutput`: the real @actions/core throws "Missing file at path: ..." when the
 * GITHUB_STATE or GITHUB_OUTPUT file is gone (and EACCES, ENOSPC... when it cannot be appended to).
 */
function recordingCore(inputs: Record<string, string>, state: Record<string, string> = {}, opts: { failState?: boolean; failOutput?: string } = {}): Recorded {
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
    setOutput: (name: string, value: unknown) => {
      if (opts.failOutput !== undefined && (opts.failOutput === '*' || opts.failOutput === name)) throw new Error('Missing file at path: /home/runner/work/_temp/_runner_file_commands/set_output_0b5e');
      r.outputs[name] = String(value);
    },
    saveState: (name: string, value: unknown) => {
      if (opts.failState) throw new Error('Missing file at path: /home/runner/work/_temp/_runner_file_commands/save_state_0b5e');
      r.state[name] = String(value);
    },
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

function runnerEnv(event: unknown, eventName: string, over: Record<string, string> = {}): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'agent-guard-rch-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  return {
    GITHUB_API_URL: fake.url,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: clone.dir,
    GITHUB_SHA: head,
    GITHUB_RUN_ID: '3003',
    GITHUB_ACTION: 'token',
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    ...over,
  };
}

const REPO_JSON = { full_name: 'acme/widgets', default_branch: 'main' };
const prEvent = () => ({
  action: 'synchronize',
  pull_request: {
    number: 7,
    head: { sha: head, ref: 'agent/fix', repo: { full_name: 'acme/widgets' } },
    base: { sha: base, ref: 'main', repo: { full_name: 'acme/widgets' } },
  },
  repository: REPO_JSON,
});

const INPUTS = (over: Record<string, string> = {}) => ({ capabilities: 'write_branch, open_pull_request', 'app-id': String(APP_ID), 'private-key': privateKey, manifest: CURRENT, ...over });

async function main(r: Recorded, env: Record<string, string>) {
  const result = await runRequestCapability(r.core, env, { clientOptions: FAST });
  const evidenceText = result.evidencePath ? readFileSync(result.evidencePath, 'utf8') : '';
  return { result, evidenceText, evidence: evidenceText ? JSON.parse(evidenceText) : null };
}

const issued = () => [...fake.state.tokens.values()];

function forms(secret: string): string[] {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return [secret, b64(secret), Buffer.from(secret).toString('base64url'), b64(`x-access-token:${secret}`), b64(b64(secret)), encodeURIComponent(secret), secret.slice(4, 24)];
}

function expectNowhere(secret: string, places: Record<string, string>) {
  for (const [where, text] of Object.entries(places)) for (const f of forms(secret)) expect(`${where}: ${text.includes(f)}`).toBe(`${where}: false`);
}

// =============================================================================================
// 1. A token the post step cannot find is never revoked: it must never be handed out

describe('hand-out: the token reaches the output only once the post step can find it', () => {
  it('GITHUB_STATE cannot be written after the mint: the token is revoked at once, never output, and the step fails (it used to succeed with an unrevocable token in the output)', async () => {
    const r = recordingCore(INPUTS(), {}, { failState: true });
    const { result, evidence, evidenceText } = await main(r, runnerEnv(prEvent(), 'pull_request'));
    expect(result.decision).toBe('refuse');
    expect(result.refusals).toEqual([
      expect.objectContaining({
        code: 'internal_error',
        message: expect.stringMatching(/^the token could not be handed to the post step and the output \(Missing file at path: .*save_state_0b5e\), so it is not handed out: it was revoked$/),
      }),
    ]);
    expect(r.failed).toEqual([expect.stringContaining('refused')]);
    expect(r.outputs.token).toBeUndefined();
    expect(issued()).toEqual([expect.objectContaining({ revoked: true })]);
    expect(evidence).toMatchObject({ verdict: 'refused', credentials: [expect.objectContaining({ revocation: 'revoked', revoked_at: expect.any(String) })] });
    expectNowhere(issued()[0]!.token, { log: r.log.join('\n'), summary: r.summary.join('\n'), failed: r.failed.join('\n'), outputs: JSON.stringify(r.outputs), evidence: evidenceText });
  });

  it.each([['token'], ['permissions']])(
    'GITHUB_OUTPUT cannot be written (the %s output) after the state was saved: revoked at once and refused; the post step then finds it already invalid and never fails the job',
    async (which) => {
      const r = recordingCore(INPUTS(), {}, { failOutput: which });
      const env = runnerEnv(prEvent(), 'pull_request');
      const { result, evidence } = await main(r, env);
      expect(result.decision).toBe('refuse');
      expect(result.refusals).toEqual([expect.objectContaining({ code: 'internal_error', message: expect.stringContaining('set_output_0b5e), so it is not handed out: it was revoked') })]);
      expect(r.failed).toHaveLength(1);
      expect(issued()).toEqual([expect.objectContaining({ revoked: true })]);
      expect(evidence.credentials).toEqual([expect.objectContaining({ revocation: 'revoked' })]);
      // The state was written before the output failed: the post step still runs (post-if: always()).
      expect(r.state.token).toBe(issued()[0]!.token);
      const post = recordingCore({}, r.state);
      expect(await runRequestCapabilityPost(post.core, env, { clientOptions: FAST })).toEqual({ outcome: 'already_invalid', failed: false });
      expect(post.failed).toEqual([]);
      // The evidence keeps the main step's revocation (nothing pending is left to overwrite).
      expect(JSON.parse(readFileSync(result.evidencePath!, 'utf8')).credentials).toEqual([expect.objectContaining({ revocation: 'revoked' })]);
    },
  );

  it('the revocation of a token that cannot be handed out fails too: the refusal says it stays valid until its expiry, and the job fails', async () => {
    fake.failNext({ status: 503, pathPattern: '/installation/token', count: 10 });
    const r = recordingCore(INPUTS(), {}, { failState: true });
    const { result, evidence } = await main(r, runnerEnv(prEvent(), 'pull_request'));
    expect(result.refusals).toEqual([expect.objectContaining({ code: 'internal_error', message: expect.stringMatching(/so it is not handed out: revoking it FAILED \(503 .*\): it stays valid until \d{4}-\d\d-\d\dT/) })]);
    expect(r.failed).toHaveLength(1);
    expect(r.outputs.token).toBeUndefined();
    expect(evidence.credentials).toEqual([expect.objectContaining({ revocation: 'failed', revoked_at: null })]);
  });

  it('on a grant, the state is written before the token output (a cancellation between them leaves a token the post step can revoke)', async () => {
    const order: string[] = [];
    const r = recordingCore(INPUTS());
    const { saveState, setOutput } = r.core;
    Object.assign(r.core, {
      saveState: (n: string, v: unknown) => (order.push(`state ${n}`), saveState(n, v)),
      setOutput: (n: string, v: unknown) => (order.push(`output ${n}`), setOutput(n, v)),
    });
    const { result } = await main(r, runnerEnv(prEvent(), 'pull_request'));
    expect(result.decision).toBe('grant');
    expect(order.indexOf('state token')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('state token')).toBeLessThan(order.indexOf('output token'));
  });
});

// =============================================================================================
// 2. Triggers anyone can cause get no token, and chaining through workflow_run does not launder them

describe('provenance: events any GitHub user can cause', () => {
  it('issue_comment on a plain issue (the real webhook payload): untrusted, no API call, no token, though the workflow runs from the default branch', async () => {
    const payload = webhookExample('issue_comment', 'created', (p) => !(p.issue as { pull_request?: unknown }).pull_request);
    payload.repository.full_name = 'acme/widgets';
    payload.repository.default_branch = 'main';
    const r = recordingCore(INPUTS());
    const { result, evidence } = await main(r, runnerEnv(payload, 'issue_comment', { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main' }));
    expect(result.refusals).toEqual([
      expect.objectContaining({ code: 'untrusted_provenance', message: expect.stringMatching(/^untrusted provenance: the event issue_comment is not one that may mint a token \(allowed: push, .*\); no token is minted for this run$/) }),
    ]);
    expect(fake.requests).toHaveLength(0);
    expect(issued()).toHaveLength(0);
    expect(r.state).toEqual({});
    expect(evidence.event.provenance).toMatchObject({ trusted: false, event: 'issue_comment' });
  });

  it.each([
    ['pull_request_target', ', whose origin a workflow_run payload cannot establish'],
    ['issue_comment', ', which may not mint a token'],
  ])('a workflow_run whose triggering run was a %s run on the default branch of the repository itself: untrusted, no API call', async (event, why) => {
    const payload = webhookExample('workflow_run', 'completed');
    Object.assign(payload.workflow_run, { event, head_branch: 'main', head_sha: base, head_repository: { ...payload.workflow_run.head_repository, full_name: 'acme/widgets' }, repository: { ...payload.workflow_run.repository, full_name: 'acme/widgets' } });
    payload.repository.full_name = 'acme/widgets';
    payload.repository.default_branch = 'main';
    const r = recordingCore(INPUTS());
    const { result } = await main(r, runnerEnv(payload, 'workflow_run', { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main' }));
    expect(result.refusals).toEqual([expect.objectContaining({ code: 'untrusted_provenance', message: expect.stringContaining(`the triggering run was started by the event ${event}${why}`) })]);
    expect(fake.requests).toHaveLength(0);
    expect(issued()).toHaveLength(0);
  });

  it('a workflow_run of a workflow_dispatch run on the default branch (the real webhook payload) is still served', async () => {
    const payload = webhookExample('workflow_run', 'completed', (p) => (p.workflow_run as { event?: string }).event === 'workflow_dispatch');
    Object.assign(payload.workflow_run, { head_branch: 'main', head_sha: base, head_repository: { ...payload.workflow_run.head_repository, full_name: 'acme/widgets' }, repository: { ...payload.workflow_run.repository, full_name: 'acme/widgets' } });
    payload.repository.full_name = 'acme/widgets';
    payload.repository.default_branch = 'main';
    const r = recordingCore(INPUTS());
    const { result } = await main(r, runnerEnv(payload, 'workflow_run', { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main' }));
    expect(r.failed).toEqual([]);
    expect(result.decision).toBe('grant');
  });
});

// =============================================================================================
// 3. The App key and the channel it is used over

describe('the App private key and TLS', () => {
  const ecKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  it.each([
    ['CRLF line endings (a secret pasted on Windows)', () => privateKey.replace(/\n/g, '\r\n')],
    ['literal \\n escapes on one line (a secret stored JSON-escaped)', () => privateKey.trim().replace(/\n/g, '\\n')],
    ['PKCS#8 instead of PKCS#1', () => createPkcs8(privateKey)],
  ])('a key with %s is the same key: granted', async (_what, key) => {
    const r = recordingCore(INPUTS({ 'private-key': key() }));
    const { result } = await main(r, runnerEnv(prEvent(), 'pull_request'));
    expect(r.failed).toEqual([]);
    expect(result.decision).toBe('grant');
  });

  it.each([
    ['its line breaks replaced by spaces', () => privateKey.trim().replace(/\n/g, ' '), /^the private-key input is a PEM block, but not a private key that can be read \([A-Z0-9_]+\): its line breaks may have been lost or it was cut short$/],
    ['its body cut short', () => privateKey.slice(0, 400) + '\n-----END RSA PRIVATE KEY-----\n', /^the private-key input is a PEM block, but not a private key that can be read/],
    ['an EC key (PKCS#8)', ecKey, /^the private-key input is a PEM block, but a key of type ec; a GitHub App key is RSA$/],
  ])('a key with %s is refused before any API call, with a clear reason and no key text', async (_what, key, message) => {
    const pem = key();
    const r = recordingCore(INPUTS({ 'private-key': pem }));
    const { result, evidenceText } = await main(r, runnerEnv(prEvent(), 'pull_request'));
    expect(result.refusals).toEqual([expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(message) })]);
    expect(fake.requests).toHaveLength(0);
    const body = pem.split(/\r?\n| /).filter((l) => l.length >= 16 && !l.startsWith('-----'));
    expect(body.length).toBeGreaterThan(0);
    const all = [r.log.join('\n'), r.summary.join('\n'), r.failed.join('\n'), evidenceText].join('\n');
    for (const line of body) expect(all.includes(line)).toBe(false);
  });

  it('TLS certificate verification switched off (NODE_TLS_REJECT_UNAUTHORIZED=0, e.g. set by an earlier step through GITHUB_ENV): refused before the App JWT is made or sent', async () => {
    const r = recordingCore(INPUTS());
    const { result } = await main(r, runnerEnv(prEvent(), 'pull_request', { NODE_TLS_REJECT_UNAUTHORIZED: '0' }));
    expect(result.refusals).toEqual([
      expect.objectContaining({ code: 'untrusted_environment', message: expect.stringMatching(/^NODE_TLS_REJECT_UNAUTHORIZED="0" is set in the environment: TLS certificates would not be verified/), fix: expect.stringContaining('no input can allow it') }),
    ]);
    expect(fake.requests).toHaveLength(0);
    expect(issued()).toHaveLength(0);
    // "1" leaves verification on (the client verifies regardless; any other value refuses, as unexplained).
    const on = recordingCore(INPUTS());
    expect((await main(on, runnerEnv(prEvent(), 'pull_request', { NODE_TLS_REJECT_UNAUTHORIZED: '1' }))).result.decision).toBe('grant');
  });
});

function createPkcs8(pkcs1: string): string {
  return createPrivateKey(pkcs1).export({ type: 'pkcs8', format: 'pem' }).toString();
}

// =============================================================================================
// 4. The branch rule for events whose payload ref is a short name

describe('the branch rule on create events', () => {
  it('a create event for the TAG agent/v1 (which a contents: write token can push at any commit) is held to refs/tags/agent/v1 and refused; no API call', async () => {
    const payload = webhookExample('create', undefined as unknown as string);
    Object.assign(payload, { ref: 'agent/v1', ref_type: 'tag' });
    payload.repository.full_name = 'acme/widgets';
    payload.repository.default_branch = 'main';
    const r = recordingCore(INPUTS());
    const { result, evidence } = await main(r, runnerEnv(payload, 'create', { GITHUB_SHA: head, GITHUB_REF: 'refs/tags/agent/v1' }));
    expect(result.refusals).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'manifest_invalid', message: expect.stringContaining('branch "refs/tags/agent/v1" does not match the manifest\'s branch_pattern agent/*') })]),
    );
    expect(evidence.branch).toBe('refs/tags/agent/v1');
    expect(fake.requests).toHaveLength(0);
    expect(issued()).toHaveLength(0);
    // The branch agent/fix created at the same commit is a task branch: served.
    Object.assign(payload, { ref: 'agent/fix', ref_type: 'branch' });
    const branch = await main(recordingCore(INPUTS()), runnerEnv(payload, 'create', { GITHUB_SHA: head, GITHUB_REF: 'refs/heads/agent/fix' }));
    expect(branch.result.decision).toBe('grant');
  });
});

// =============================================================================================
// 5. workflow_run names a tag-push run's TAG as its head_branch

describe('the branch rule on workflow_run: the head must be on the branch head_branch names', () => {
  const wr = (headBranch: string, headSha: string) => {
    const payload = webhookExample('workflow_run', 'completed', (p) => (p.workflow_run as { event?: string }).event === 'workflow_dispatch');
    Object.assign(payload.workflow_run, {
      event: 'push',
      head_branch: headBranch,
      head_sha: headSha,
      head_repository: { ...payload.workflow_run.head_repository, full_name: 'acme/widgets' },
      repository: { ...payload.workflow_run.repository, full_name: 'acme/widgets' },
    });
    payload.repository.full_name = 'acme/widgets';
    payload.repository.default_branch = 'main';
    return payload;
  };

  it.each([
    ['agent/v1', 'the tag agent/v1 (no such branch): the name would pass branch_pattern agent/*', /the checkout has no branch of that name with it \(UNKNOWN_REF\)/],
    ['main', 'a tag named main: the run would pass for one on the default branch, with no branch rule at all', /it is not on that branch/],
  ])('a run of a tag push whose head_branch is %s (%s) is refused; no API call', async (headBranch, _why, detail) => {
    const r = recordingCore(INPUTS());
    const { result } = await main(r, runnerEnv(wr(headBranch, tagged), 'workflow_run', { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main' }));
    expect(result.refusals).toEqual([
      expect.objectContaining({
        code: 'unsupported_event',
        message: expect.stringMatching(new RegExp(`^the triggering run's head ${tagged.slice(0, 12)} is not on the branch "${headBranch}": ${detail.source}\\. A run of a tag push names its tag as its head branch`)),
      }),
    ]);
    expect(fake.requests).toHaveLength(0);
    expect(issued()).toHaveLength(0);
  });

  it('a run of a push to the task branch is served, also for an older commit of that branch; a run of the default branch too', async () => {
    const tip = await main(recordingCore(INPUTS()), runnerEnv(wr('agent/fix', head), 'workflow_run', { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main' }));
    expect(tip.result.decision).toBe('grant');
    const older = await main(recordingCore(INPUTS()), runnerEnv(wr('agent/fix', base), 'workflow_run', { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main' }));
    expect(older.result.decision).toBe('grant');
    const onMain = await main(recordingCore(INPUTS()), runnerEnv(wr('main', base), 'workflow_run', { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main' }));
    expect(onMain.result.decision).toBe('grant');
  });
});
