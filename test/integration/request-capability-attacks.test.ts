// Attacks on request-capability, derived from the trust model ( credentials are
// minted late, narrow and short, for one repository, revoked at job end, and never reach logs, outputs
// other than the token output, files or evidence; a crash is a deny), written the way an agent
// that wants a broader, longer-lived or exfiltrated token would try them. Each test asserts the outcome
// AND the reason. The main and post steps run in-process against the loopback GitHub API
// (test/support/github-server.ts); a small "front" server placed between them plays a misbehaving
// GitHub, proxy or man in the middle (rewritten bodies, redirects to another origin, echoed headers).

import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionsCore } from '../../src/actions/toolkit.js';
import { runRequestCapability, type RequestCapabilityDeps } from '../../src/actions/run-request-capability.js';
import { runRequestCapabilityPost } from '../../src/actions/run-request-capability-post.js';
import type { GitHubClientOptions } from '../../src/adapters/github-client.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { startGitHubServer, type FakeGitHub, type InstallationState } from '../support/github-server.js';
import { appKeyPair } from '../support/mint-fixture.js';

const APP_ID = 4343;
const INSTALLATION = 888;
const FAST: Pick<GitHubClientOptions, 'timeUnitMs'> = { timeUnitMs: 1 };

let privateKey: string;
let publicKey: string;
let fake: FakeGitHub;
let restoreGit: () => void;

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
    capabilities: [read_repository, write_branch, run_tests, open_pull_request, request_review, comment, publish_artifact]
    branches: ["agent/*"]
    repositories: ["acme/widgets"]
approvals:
  high: { count: 1 }
`;
const manifest = (repository: string, capabilities = 'read_repository, write_branch, run_tests, open_pull_request') => `agent_task:
  subject: ci-agent:pull-request
  repository: ${repository}
  branch_pattern: agent/*
  capabilities: [${capabilities}]
  denied: [read_secrets]
`;
const CURRENT = '.github/agent-tasks/current.yml';
const OTHER_REPO = '.github/agent-tasks/other-repo.yml';
const NAME_ONLY = '.github/agent-tasks/name-only.yml';
const EVERYTHING = '.github/agent-tasks/everything.yml';
/** The policy with the subject's repositories as a bare NAME (the run owner's repository). */
const NAME_POLICY = '.github/name-policy.yml';

interface Checkout {
  dir: string;
  base: string;
  head: string;
  /** Tip of `hack`, a branch outside the manifest's branch_pattern. */
  hack: string;
  cleanup(): Promise<void>;
}
let checkout: Checkout;

beforeAll(async () => {
  restoreGit = isolateProcessGitConfig();
  ({ privateKey, publicKey } = appKeyPair());

  const origin = await TestRepo.init();
  await origin.write('.github/agent-policy.yml', POLICY);
  await origin.write(CURRENT, manifest('acme/widgets'));
  await origin.write(OTHER_REPO, manifest('acme/other'));
  await origin.write(NAME_ONLY, manifest('widgets'));
  await origin.write(NAME_POLICY, POLICY.replace('repositories: ["acme/widgets"]', 'repositories: ["widgets"]'));
  await origin.write(EVERYTHING, manifest('acme/widgets', 'read_repository, write_branch, run_tests, open_pull_request, request_review, comment, publish_artifact'));
  await origin.write('src/a.ts', 'export const a = 1;\n');
  const base = await origin.commit('base');
  await origin.checkout('agent/fix', { create: true });
  await origin.write('src/a.ts', 'export const a = 2;\n');
  const head = await origin.commit('agent change');
  await origin.checkout('hack', { create: true, from: 'main' });
  await origin.write('src/a.ts', 'export const a = 3;\n');
  const hack = await origin.commit('outside the task branch');
  await origin.checkout('main');
  const clone = await origin.clone();
  await clone.git('checkout', '-q', '--detach', head);
  checkout = {
    dir: clone.dir,
    base,
    head,
    hack,
    cleanup: async () => {
      await clone.cleanup();
      await origin.cleanup();
    },
  };
});
afterAll(async () => {
  await checkout.cleanup();
  restoreGit();
});

const ALL_PERMISSIONS: InstallationState['permissions'] = {
  contents: 'write',
  pull_requests: 'write',
  issues: 'write',
  packages: 'write',
  workflows: 'write',
  administration: 'write',
  checks: 'write',
  statuses: 'write',
  actions: 'write',
  secrets: 'write',
  environments: 'write',
  deployments: 'write',
  metadata: 'read',
};

beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: 'f'.repeat(40) } });
  fake.addRepo('acme', 'other');
  fake.addApp({ id: APP_ID, slug: 'agent-guard', publicKey, permissions: ALL_PERMISSIONS });
  // One installation on every repository of the owner, with far more than any capability maps to.
  fake.addInstallation({ id: INSTALLATION, appId: APP_ID, account: 'acme', repositories: 'all', permissions: ALL_PERMISSIONS });
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
  for (const s of fronts.splice(0)) await s.close();
});

// ---------------------------------------------------------------------------------------------
// Recording @actions/core, runner environment, events

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
    // ACTIONS_STEP_DEBUG=true: every debug line reaches the log, so every one is recorded.
    debug: (m: string) => void r.log.push(`debug ${m}`),
    warning: (m: string | Error) => void r.log.push(`warning ${String(m)}`),
    error: (m: string | Error) => void r.log.push(`error ${String(m)}`),
    notice: (m: string | Error) => void r.log.push(`notice ${String(m)}`),
    summary,
  } as unknown as ActionsCore;
  return r;
}

function runnerEnv(event: unknown, eventName = 'pull_request', apiUrl = fake.url): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'agent-guard-rcb-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  return {
    GITHUB_API_URL: apiUrl,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: checkout.dir,
    GITHUB_SHA: checkout.head,
    GITHUB_RUN_ID: '2002',
    GITHUB_ACTION: 'token',
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    ACTIONS_STEP_DEBUG: 'true',
  };
}

const REPO_JSON = { full_name: 'acme/widgets', default_branch: 'main' };

function prEvent(over: { headRepo?: string } = {}) {
  return {
    action: 'synchronize',
    pull_request: {
      number: 7,
      head: { sha: checkout.head, ref: 'agent/fix', repo: { full_name: over.headRepo ?? 'acme/widgets' } },
      base: { sha: checkout.base, ref: 'main', repo: { full_name: 'acme/widgets' } },
    },
    repository: REPO_JSON,
  };
}

const INPUTS = (over: Record<string, string> = {}) => ({
  capabilities: 'write_branch, open_pull_request',
  'app-id': String(APP_ID),
  'private-key': privateKey,
  manifest: CURRENT,
  ...over,
});

async function main(inputs: Record<string, string>, env: Record<string, string>, d: RequestCapabilityDeps = {}) {
  const r = recordingCore(inputs);
  const result = await runRequestCapability(r.core, env, { clientOptions: FAST, ...d });
  const evidenceText = result.evidencePath ? readFileSync(result.evidencePath, 'utf8') : '';
  return { r, result, evidenceText, evidence: evidenceText ? JSON.parse(evidenceText) : null };
}

const codes = (refusals: Array<{ code: string }>) => refusals.map((x) => x.code);
const issued = () => [...fake.state.tokens.values()];

/** Every encoded form of a secret that must appear nowhere but the token output and state. */
function forms(secret: string): string[] {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return [secret, b64(secret), Buffer.from(secret).toString('base64url'), b64(`x-access-token:${secret}`), b64(b64(secret)), encodeURIComponent(secret), secret.slice(4, 24)];
}

function expectNowhere(secret: string, places: Record<string, string>) {
  for (const [where, text] of Object.entries(places)) for (const f of forms(secret)) expect(`${where}: ${text.includes(f)}`).toBe(`${where}: false`);
}

function placesOf(r: Recorded, evidenceText: string): Record<string, string> {
  return {
    log: r.log.join('\n'),
    summary: r.summary.join('\n'),
    failed: r.failed.join('\n'),
    outputs: JSON.stringify(Object.entries(r.outputs).filter(([k]) => k !== 'token')),
    state: JSON.stringify(Object.entries(r.state).filter(([k]) => k !== 'token')),
    evidence: evidenceText,
  };
}

/** Nothing happened: refused before any API call, no token exists, no output or state. */
function expectNothingMinted(r: Recorded) {
  expect(fake.requests).toHaveLength(0);
  expect(issued()).toHaveLength(0);
  expect(r.outputs.token).toBeUndefined();
  expect(r.state).toEqual({});
  expect(r.failed).toEqual([expect.stringContaining('refused')]);
}

// ---------------------------------------------------------------------------------------------
// The front server: a misbehaving GitHub, proxy or man in the middle

interface FrontRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: string;
}
type FrontReply = { status: number; headers?: Record<string, string>; body?: string } | { forward: true; rewrite?: (json: Record<string, unknown>) => void };
interface Front {
  url: string;
  seen: FrontRequest[];
  close(): Promise<void>;
}
const fronts: Front[] = [];

async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A loopback server on its own port (another origin) that answers with `handle`, or forwards to `target`. */
async function startFront(handle: (req: FrontRequest) => FrontReply, target = fake.url): Promise<Front> {
  const seen: FrontRequest[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readAll(req);
      const fr: FrontRequest = { method: req.method ?? 'GET', path: req.url ?? '/', authorization: req.headers.authorization ?? null, body };
      seen.push(fr);
      const reply = handle(fr);
      if (!('forward' in reply)) {
        res.writeHead(reply.status, reply.headers ?? {});
        res.end(reply.body ?? '');
        return;
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k)) headers[k] = v;
      const upstream = await fetch(target + fr.path, { method: fr.method, headers, ...(body ? { body } : {}) });
      let text = await upstream.text();
      if (reply.rewrite && text) {
        const json = JSON.parse(text) as Record<string, unknown>;
        reply.rewrite(json);
        text = JSON.stringify(json);
      }
      const out: Record<string, string> = {};
      upstream.headers.forEach((v, k) => {
        if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(k)) out[k] = v;
      });
      res.writeHead(upstream.status, out);
      res.end(text);
    })().catch((err: unknown) => {
      res.writeHead(599);
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const front: Front = { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  fronts.push(front);
  return front;
}

const isMint = (q: FrontRequest) => q.method === 'POST' && q.path.endsWith('/access_tokens');
const json = (status: number, body: unknown) => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) });

// =============================================================================================
// 1. Input tricks: what an agent types into `capabilities` to get more than its task

describe('input tricks on the capabilities input', () => {
  it.each([
    ['constructor', 'unknown_capability'],
    ['__proto__', 'invalid_input'],
    ['toString', 'invalid_input'],
    ['hasOwnProperty', 'invalid_input'],
    ['valueof', 'unknown_capability'],
    ['prototype', 'unknown_capability'],
  ])('an Object prototype key as a capability name (%s) is refused as %s, with no crash and no API call', async (name, code) => {
    const { r, result, evidence } = await main(INPUTS({ capabilities: `write_branch, ${name}` }), runnerEnv(prEvent()));
    expect(result.decision).toBe('refuse');
    expect(codes(result.refusals)).toEqual([code]);
    expect(result.refusals[0]!.message).toContain(name === 'toString' || name === '__proto__' || name === 'hasOwnProperty' ? JSON.stringify(name) : `capability ${name} is not built in`);
    expect(evidence).toMatchObject({ verdict: 'refused', credentials: [] });
    expectNothingMinted(r);
  });

  it.each([
    ['Cyrillic і in write_branch', 'wr\u0456te_branch'],
    ['a zero-width space inside', 'write\u200b_branch'],
    ['fullwidth w', '\uff57rite_branch'],
    ['upper case', 'WRITE_BRANCH'],
    ['title case', 'Write_Branch'],
    ['a hyphen lookalike for _', 'write\u2010branch'],
    ['Cyrillic о in workflows', 'w\u043erkflows'],
  ])('a lookalike capability (%s) is not the capability: refused as invalid_input and the whole request fails', async (_what, name) => {
    const { r, result } = await main(INPUTS({ capabilities: `open_pull_request\n${name}` }), runnerEnv(prEvent()));
    expect(result.decision).toBe('refuse');
    expect(result.refusals).toEqual([expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining('is not a capability name') })]);
    expectNothingMinted(r);
  });

  it('bare permission names (contents, pull_requests, packages, metadata, issues) are not capabilities: unknown_capability', async () => {
    const { r, result } = await main(INPUTS({ capabilities: 'contents, pull_requests, packages, metadata, issues' }), runnerEnv(prEvent()));
    expect(result.refusals.map((x) => [x.code, x.capability])).toEqual([
      ['unknown_capability', 'contents'],
      ['unknown_capability', 'pull_requests'],
      ['unknown_capability', 'packages'],
      ['unknown_capability', 'metadata'],
      ['unknown_capability', 'issues'],
    ]);
    expectNothingMinted(r);
  });

  it.each([
    ['a JSON array', '["write_branch","open_pull_request"]'],
    ['a YAML list', '- write_branch\n- open_pull_request'],
    ['semicolons', 'write_branch;open_pull_request'],
    ['spaces', 'write_branch open_pull_request'],
    ['tabs', 'write_branch\topen_pull_request'],
  ])('list syntax the input does not speak (%s) is refused, never half-parsed into a grant', async (_what, input) => {
    const { r, result } = await main(INPUTS({ capabilities: input }), runnerEnv(prEvent()));
    expect(result.decision).toBe('refuse');
    expect(codes(result.refusals).every((c) => c === 'invalid_input')).toBe(true);
    expect(result.refusals.length).toBeGreaterThan(0);
    expectNothingMinted(r);
  });
});

// =============================================================================================
// 2. Scope tricks: one repository, the run's own

describe('scope: the token is for exactly one repository', () => {
  it('the repository input in another case is the same repository: granted, and the token cannot reach the other repositories the installation covers', async () => {
    const { r, result } = await main(INPUTS({ repository: 'ACME/WIDGETS' }), runnerEnv(prEvent()));
    expect(r.failed).toEqual([]);
    expect(result).toMatchObject({ decision: 'grant', permissions: { contents: 'write', pull_requests: 'write', metadata: 'read' } });
    const mint = fake.requests.find((q) => q.method === 'POST');
    expect(mint?.body).toEqual({ repositories: ['WIDGETS'], permissions: { contents: 'write', pull_requests: 'write' } });
    expect(issued()).toEqual([expect.objectContaining({ repositorySelection: 'selected', repositories: ['acme/widgets'] })]);
    const token = r.outputs.token!;
    const res = await fetch(`${fake.url}/repos/acme/other`, { headers: { authorization: `token ${token}` } });
    expect(res.status).toBe(404);
  });

  it.each([['acme/other'], ['other']])('the repository input naming another repository of the same installation (%s) is refused before any API call', async (input) => {
    const { r, result } = await main(INPUTS({ repository: input }), runnerEnv(prEvent()));
    expect(result.decision).toBe('refuse');
    expect(result.refusals).toEqual([
      expect.objectContaining({ code: 'manifest_invalid', message: expect.stringMatching(/the manifest is for repository acme\/widgets, but this run is on acme\/other \(at \/agent_task\/repository\) \[repository_mismatch\]/) }),
    ]);
    expectNothingMinted(r);
  });

  it('a manifest for another repository than GITHUB_REPOSITORY is refused (repository_mismatch), with and without the repository input pointing there', async () => {
    const own = await main(INPUTS({ manifest: OTHER_REPO }), runnerEnv(prEvent()));
    expect(own.result.refusals.map((x) => x.message).join('\n')).toMatch(/the manifest is for repository acme\/other, but this run is on acme\/widgets \(at \/agent_task\/repository\) \[repository_mismatch\]/);
    expectNothingMinted(own.r);
    const there = await main(INPUTS({ manifest: OTHER_REPO, repository: 'acme/other' }), runnerEnv(prEvent()));
    expect(there.result.decision).toBe('refuse');
    expect(there.result.refusals.map((x) => x.message).join('\n')).toMatch(/repository acme\/other is not one of subject ci-agent:pull-request's repositories/);
    expectNothingMinted(there.r);
  });

  it("attack: a bare NAME in the policy subject and the manifest means the run owner's repository, never the same name under another owner", async () => {
    fake.addRepo('evil', 'widgets');
    fake.addInstallation({ id: INSTALLATION + 1, appId: APP_ID, account: 'evil', repositories: 'all', permissions: ALL_PERMISSIONS });
    const { r, result } = await main(INPUTS({ manifest: NAME_ONLY, policy: NAME_POLICY, repository: 'evil/widgets' }), runnerEnv(prEvent()));
    expect(result.decision).toBe('refuse');
    expect(result.refusals.map((x) => x.message).join('\n')).toMatch(/the manifest is for repository acme\/widgets, but this run is on evil\/widgets/);
    expectNothingMinted(r);
    // The run owner's repository of that name mints.
    const own = await main(INPUTS({ manifest: NAME_ONLY, policy: NAME_POLICY }), runnerEnv(prEvent()));
    expect(own.result.decision).toBe('grant');
    expect(issued()).toEqual([expect.objectContaining({ repositories: ['acme/widgets'] })]);
  });

  it('a NAME-only manifest does not stretch to the same name under another owner (evil/widgets)', async () => {
    fake.addRepo('evil', 'widgets');
    fake.addInstallation({ id: INSTALLATION + 1, appId: APP_ID, account: 'evil', repositories: 'all', permissions: ALL_PERMISSIONS });
    const { r, result } = await main(INPUTS({ manifest: NAME_ONLY, repository: 'evil/widgets' }), runnerEnv(prEvent()));
    expect(result.decision).toBe('refuse');
    // The NAME is pinned to the run's owner (acme/widgets), so the manifest is not for evil/widgets.
    expect(result.refusals).toEqual([expect.objectContaining({ code: 'manifest_invalid', message: expect.stringContaining('the manifest is for repository acme/widgets, but this run is on evil/widgets') })]);
    expectNothingMinted(r);
  });
});

// =============================================================================================
// 3. Event tricks: where the run's code and branch come from

describe('events: the manifest branch rule and provenance hold for every trigger', () => {
  const dispatch = (ref: string) => ({ ref, inputs: {}, repository: REPO_JSON });

  it('workflow_dispatch on a branch outside the manifest branch_pattern is refused (the branch rule is not skipped for dispatches off the default branch)', async () => {
    const env = { ...runnerEnv(dispatch('refs/heads/hack'), 'workflow_dispatch'), GITHUB_SHA: checkout.hack, GITHUB_REF: 'refs/heads/hack', GITHUB_REF_NAME: 'hack' };
    const { r, result, evidence } = await main(INPUTS(), env);
    expect(result.decision).toBe('refuse');
    expect(result.refusals).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'manifest_invalid', message: expect.stringMatching(/branch "hack" does not match the manifest's branch_pattern agent\/\* \(at \/agent_task\/branch_pattern\) \[branch_mismatch\]/) })]),
    );
    expect(evidence.branch).toBe('hack');
    expectNothingMinted(r);
  });

  it('workflow_dispatch on a tag is refused; on an agent branch it is granted under the branch rule', async () => {
    const tag = await main(INPUTS(), { ...runnerEnv(dispatch('refs/tags/v1'), 'workflow_dispatch'), GITHUB_SHA: checkout.hack, GITHUB_REF: 'refs/tags/v1', GITHUB_REF_NAME: 'v1' });
    expect(tag.result.refusals).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'manifest_invalid', message: expect.stringContaining('branch_mismatch') })]));
    expectNothingMinted(tag.r);
    const agent = await main(INPUTS(), { ...runnerEnv(dispatch('refs/heads/agent/fix'), 'workflow_dispatch'), GITHUB_SHA: checkout.head, GITHUB_REF: 'refs/heads/agent/fix', GITHUB_REF_NAME: 'agent/fix' });
    expect(agent.r.failed).toEqual([]);
    expect(agent.result.decision).toBe('grant');
    expect(agent.evidence.branch).toBe('agent/fix');
  });

  it('workflow_run triggered by a run on a same-repository branch outside the pattern is refused (head_branch is the branch rule input)', async () => {
    const wr = (branch: string, sha: string) => ({
      action: 'completed',
      workflow_run: { event: 'push', head_branch: branch, head_sha: sha, head_repository: { full_name: 'acme/widgets' }, repository: { full_name: 'acme/widgets' } },
      repository: REPO_JSON,
    });
    const hack = await main(INPUTS(), { ...runnerEnv(wr('hack', checkout.hack), 'workflow_run'), GITHUB_SHA: checkout.base, GITHUB_REF: 'refs/heads/main' });
    expect(hack.result.refusals).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'manifest_invalid', message: expect.stringContaining('branch "hack" does not match') })]));
    expectNothingMinted(hack.r);
    const agent = await main(INPUTS(), { ...runnerEnv(wr('agent/fix', checkout.head), 'workflow_run'), GITHUB_SHA: checkout.base, GITHUB_REF: 'refs/heads/main' });
    expect(agent.result.decision).toBe('grant');
  });

  it('workflow_run whose triggering run names no branch (null or missing head_branch) is refused: the branch rule has no input', async () => {
    for (const head_branch of [null, undefined, '']) {
      const payload = {
        action: 'completed',
        workflow_run: { event: 'push', head_branch, head_sha: checkout.hack, head_repository: { full_name: 'acme/widgets' }, repository: { full_name: 'acme/widgets' } },
        repository: REPO_JSON,
      };
      const run = await main(INPUTS(), { ...runnerEnv(payload, 'workflow_run'), GITHUB_SHA: checkout.base, GITHUB_REF: 'refs/heads/main' });
      expect(run.result.decision).toBe('refuse');
      expect(run.result.refusals).toEqual([expect.objectContaining({ code: 'unsupported_event', message: expect.stringContaining('names no head branch of the triggering run') })]);
      expectNothingMinted(run.r);
    }
  });

  it('push of a tag, push to a branch outside the pattern, and a merge group are refused by the branch rule (fail closed)', async () => {
    const push = (ref: string, after: string) => ({ ref, before: checkout.base, after, repository: REPO_JSON });
    const tag = await main(INPUTS(), runnerEnv(push('refs/tags/agent/v1', checkout.hack), 'push'));
    expect(tag.result.refusals).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'manifest_invalid', message: expect.stringContaining('branch "refs/tags/agent/v1" does not match') })]));
    expectNothingMinted(tag.r);
    const other = await main(INPUTS(), runnerEnv(push('refs/heads/hack', checkout.hack), 'push'));
    expect(other.result.refusals).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'manifest_invalid', message: expect.stringContaining('branch "hack" does not match') })]));
    expectNothingMinted(other.r);
    const mg = { action: 'checks_requested', merge_group: { base_sha: checkout.base, head_sha: checkout.head, base_ref: 'refs/heads/main', head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc' }, repository: REPO_JSON };
    const queue = await main(INPUTS(), runnerEnv(mg, 'merge_group'));
    expect(queue.result.refusals).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'manifest_invalid', message: expect.stringContaining('gh-readonly-queue/main/pr-7-abc') })]));
    expectNothingMinted(queue.r);
  });

  it('pull_request_target from a fork and issue_comment on a pull request get no token and make no API call', async () => {
    const target = await main(INPUTS(), runnerEnv(prEvent({ headRepo: 'mallory/widgets' }), 'pull_request_target'));
    expect(target.result.refusals).toEqual([expect.objectContaining({ code: 'untrusted_provenance', message: expect.stringContaining('comes from the fork mallory/widgets') })]);
    expectNothingMinted(target.r);
    const comment = await main(INPUTS(), runnerEnv({ issue: { number: 7, pull_request: { url: 'https://api.github.com/repos/acme/widgets/pulls/7' } }, comment: { body: '/mint' }, repository: REPO_JSON }, 'issue_comment'));
    expect(comment.result.refusals).toEqual([expect.objectContaining({ code: 'untrusted_provenance', message: expect.stringContaining('the event issue_comment is not one that may mint a token') })]);
    expectNothingMinted(comment.r);
  });
});

// =============================================================================================
// 4. What GitHub (or something in between) answers

describe('server responses: anything but exactly the token asked for is revoked and refused', () => {
  async function mintThrough(rewrite: (data: Record<string, unknown>) => void) {
    const front = await startFront((q) => (isMint(q) ? { forward: true, rewrite } : { forward: true }));
    return main(INPUTS(), runnerEnv(prEvent(), 'pull_request', front.url));
  }

  function expectRevokedAndRefused(run: Awaited<ReturnType<typeof main>>, code: string, detail: RegExp) {
    expect(run.result.decision).toBe('refuse');
    expect(run.result.refusals).toEqual([expect.objectContaining({ code: 'mint_failed', message: expect.stringMatching(new RegExp(`no token \\(${code}\\): .*${detail.source}.*the token was revoked`)) })]);
    expect(issued()).toHaveLength(1);
    expect(issued()[0]!.revoked).toBe(true);
    expect(run.r.outputs.token).toBeUndefined();
    expect(run.r.state).toEqual({});
    expect(run.evidence.credentials).toEqual([expect.objectContaining({ revocation: 'revoked', revoked_at: expect.any(String) })]);
    expectNowhere(issued()[0]!.token, placesOf(run.r, run.evidenceText));
  }

  it('an extra repository next to the one asked for', async () => {
    const run = await mintThrough((d) => (d.repositories as unknown[]).push({ ...(d.repositories as Array<Record<string, unknown>>)[0], full_name: 'acme/other', name: 'other' }));
    expectRevokedAndRefused(run, 'repository_mismatch', /not limited to acme\/widgets .*"acme\/other"/);
  });

  it('repository_selection "selected" without a repositories list', async () => {
    const run = await mintThrough((d) => delete d.repositories);
    expectRevokedAndRefused(run, 'repository_mismatch', /repositories \[\]/);
  });

  it('a permissions object with an own __proto__ key smuggling workflows: write', async () => {
    const run = await mintThrough((d) => {
      d.permissions = JSON.parse('{"contents":"write","pull_requests":"write","metadata":"read","__proto__":{"workflows":"write"}}');
    });
    expectRevokedAndRefused(run, 'permission_mismatch', /__proto__: not asked/);
  });

  it('a level above write (contents: admin)', async () => {
    const run = await mintThrough((d) => ((d.permissions as Record<string, string>).contents = 'admin'));
    expectRevokedAndRefused(run, 'permission_mismatch', /contents: asked write, granted admin/);
  });

  it.each([
    ['no token at all', (d: Record<string, unknown>) => delete d.token],
    ['an empty token', (d: Record<string, unknown>) => (d.token = '')],
    ['a token with whitespace in it', (d: Record<string, unknown>) => (d.token = `${String(d.token)} extra`)],
  ])('a 201 with %s: refused, nothing handed out', async (_what, edit) => {
    const run = await mintThrough(edit);
    expect(run.result.refusals).toEqual([expect.objectContaining({ code: 'mint_failed', message: expect.stringContaining('no token (invalid_token): GitHub returned no usable token') })]);
    expect(run.r.outputs.token).toBeUndefined();
    expect(run.r.state).toEqual({});
    expectNowhere(issued()[0]!.token, placesOf(run.r, run.evidenceText));
  });

  it.each([
    ['a trailing newline', (t: string) => `${t}\n`],
    ['surrounding spaces', (t: string) => `  ${t} `],
  ])('a 201 whose token has %s: refused, and the token it still is (trimmed) is revoked and masked line by line', async (_what, shape) => {
    const run = await mintThrough((d) => (d.token = shape(String(d.token))));
    expectRevokedAndRefused(run, 'invalid_token', /GitHub returned no usable token/);
    expect(run.r.secrets).toContain(issued()[0]!.token);
  });
});

describe('redirects to another origin', () => {
  const ATTACKER_TOKEN = 'ghs_attackerChosenToken0123456789abcdef';

  async function collector() {
    return startFront((q) => {
      if (q.path.endsWith('/installation')) return json(200, { id: INSTALLATION });
      if (isMint(q)) {
        return json(201, {
          token: ATTACKER_TOKEN,
          expires_at: new Date(Date.now() + 3000_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
          permissions: { contents: 'write', pull_requests: 'write', metadata: 'read' },
          repository_selection: 'selected',
          repositories: [{ full_name: 'acme/widgets' }],
        });
      }
      return { status: 204 };
    });
  }

  it.each([
    ['the mint', isMint],
    ['the installation lookup', (q: FrontRequest) => q.path.endsWith('/installation')],
  ])('%s redirected to another origin: the JWT does not follow, and nothing from that origin is handed out as the token', async (_what, which) => {
    const elsewhere = await collector();
    const front = await startFront((q) => (which(q) ? { status: 307, headers: { location: `${elsewhere.url}${q.path}` } } : { forward: true }));
    const { r, result, evidenceText } = await main(INPUTS(), runnerEnv(prEvent(), 'pull_request', front.url));
    expect(elsewhere.seen.length).toBeGreaterThan(0);
    expect(elsewhere.seen.map((q) => q.authorization)).toEqual(elsewhere.seen.map(() => null));
    expect(result.decision).toBe('refuse');
    expect(result.refusals).toEqual([expect.objectContaining({ code: 'mint_failed', message: expect.stringContaining('redirected to another origin') })]);
    expect(r.outputs.token).toBeUndefined();
    expect(r.state).toEqual({});
    expect(evidenceText).not.toContain(ATTACKER_TOKEN);
  });

  it("a same-origin redirect of the mint to another installation (the JWT follows it) yields another owner's token: revoked and refused by the repository check", async () => {
    fake.addRepo('evil', 'widgets');
    fake.addInstallation({ id: INSTALLATION + 1, appId: APP_ID, account: 'evil', repositories: 'all', permissions: ALL_PERMISSIONS });
    let self = '';
    const front = await startFront((q) =>
      isMint(q) && q.path.includes(`/${INSTALLATION}/`) ? { status: 307, headers: { location: `${self}${q.path.replace(`/${INSTALLATION}/`, `/${INSTALLATION + 1}/`)}` } } : { forward: true },
    );
    self = front.url;
    const { r, result, evidenceText } = await main(INPUTS(), runnerEnv(prEvent(), 'pull_request', front.url));
    expect(front.seen.filter(isMint).map((q) => q.path)).toEqual([`/app/installations/${INSTALLATION}/access_tokens`, `/app/installations/${INSTALLATION + 1}/access_tokens`]);
    expect(issued()).toEqual([expect.objectContaining({ installationId: INSTALLATION + 1, repositories: ['evil/widgets'], revoked: true })]);
    expect(result.refusals).toEqual([expect.objectContaining({ code: 'mint_failed', message: expect.stringMatching(/no token \(repository_mismatch\): the token is not limited to acme\/widgets .*"evil\/widgets".*the token was revoked/) })]);
    expect(r.outputs.token).toBeUndefined();
    expectNowhere(issued()[0]!.token, placesOf(r, evidenceText));
  });

  it('the revocation redirected to another origin is not a revocation: an error annotation, recorded as failed, the post step fails', async () => {
    const elsewhere = await collector();
    const front = await startFront((q) => (q.method === 'DELETE' ? { status: 307, headers: { location: `${elsewhere.url}${q.path}` } } : { forward: true }));
    // The post step uses the API URL main recorded, so main goes through the front as well.
    const env = runnerEnv(prEvent(), 'pull_request', front.url);
    const { r, result } = await main(INPUTS(), env);
    expect(result.decision).toBe('grant');
    const token = r.outputs.token!;
    const post = recordingCore({}, r.state);
    const out = await runRequestCapabilityPost(post.core, env, { clientOptions: FAST });
    expect(elsewhere.seen.map((q) => [q.method, q.authorization])).toEqual([['DELETE', null]]);
    expect(issued()[0]!.revoked).toBe(false);
    expect(out).toEqual({ outcome: 'failed', failed: true });
    expect(post.failed).toEqual([expect.stringContaining('the token could not be revoked')]);
    expect(post.log).toEqual(expect.arrayContaining([expect.stringMatching(/^error agent-guard request-capability: could not revoke the token \(.*redirected to another origin/)]));
    const evidenceText = readFileSync(result.evidencePath!, 'utf8');
    expect(JSON.parse(evidenceText).credentials[0]).toMatchObject({ revocation: 'failed', revoked_at: null });
    expectNowhere(token, { ...placesOf({ ...post, state: {} }, evidenceText) });
  });
});

// =============================================================================================
// 5. Leakage through error bodies and debug logs

describe('leakage: error bodies that echo credentials', () => {
  it('a revocation 500 whose body echoes the Authorization header: an error annotation, and the token reaches neither log nor evidence', async () => {
    const front = await startFront((q) =>
      q.method === 'DELETE' ? { status: 500, headers: { 'content-type': 'text/plain' }, body: `upstream error; request headers: authorization=${q.authorization}` } : { forward: true },
    );
    const env = runnerEnv(prEvent(), 'pull_request', front.url);
    const { r, result } = await main(INPUTS(), env);
    const token = r.outputs.token!;
    const post = recordingCore({}, r.state);
    expect(await runRequestCapabilityPost(post.core, env, { clientOptions: FAST })).toEqual({ outcome: 'failed', failed: true });
    expect(front.seen.filter((q) => q.method === 'DELETE').length).toBeGreaterThan(1); // retried
    expect(front.seen.find((q) => q.method === 'DELETE')!.authorization).toBe(`token ${token}`);
    expect(post.failed).toEqual([expect.stringContaining('the token could not be revoked')]);
    expect(post.log).toEqual(expect.arrayContaining([expect.stringMatching(/^error agent-guard request-capability: could not revoke the token \(500 upstream error/)]));
    const evidenceText = readFileSync(result.evidencePath!, 'utf8');
    expect(JSON.parse(evidenceText).credentials[0]).toMatchObject({ revocation: 'failed', revocation_detail: expect.stringContaining('500 upstream error') });
    expectNowhere(token, placesOf({ ...post, state: {} }, evidenceText));
  });

  it.each([
    ['the mint (422)', isMint, 422],
    ['the installation lookup (401)', (q: FrontRequest) => q.path.endsWith('/installation'), 401],
  ])('%s answering with a body that echoes the app JWT: the JWT reaches no log, summary or evidence', async (_what, which, status) => {
    const front = await startFront((q) => (which(q) ? json(status, { message: `Bad credentials for Authorization: ${q.authorization}`, documentation_url: 'https://docs.github.com/rest' }) : { forward: true }));
    const { r, result, evidenceText } = await main(INPUTS(), runnerEnv(prEvent(), 'pull_request', front.url));
    expect(result.decision).toBe('refuse');
    expect(codes(result.refusals)).toEqual(['mint_failed']);
    expect(result.refusals[0]!.message).toContain('Bad credentials for Authorization');
    const jwt = front.seen.find(which)!.authorization!.replace(/^bearer /i, '');
    expect(jwt).toMatch(/^eyJ/);
    for (const [where, text] of Object.entries(placesOf(r, evidenceText))) {
      expect(`${where}: ${text.includes(jwt)}`).toBe(`${where}: false`);
      expect(`${where}: ${text.includes(jwt.split('.')[2]!)}`).toBe(`${where}: false`); // the signature alone
    }
  });

  it('debug logging on, with 5xx and rate-limit retries on every call: no form of the token or the JWT in any debug line', async () => {
    fake.failNext({ status: 502, pathPattern: '/app/installations/{installation_id}/access_tokens', count: 2 });
    fake.rateLimitNext({ kind: 'secondary', retryAfterSeconds: 1, pathPattern: '/repos/{owner}/{repo}/installation' });
    fake.failNext({ status: 503, pathPattern: '/installation/token', count: 2 });
    const front = await startFront(() => ({ forward: true }));
    const env = runnerEnv(prEvent(), 'pull_request', front.url);
    const { r, result } = await main(INPUTS(), env);
    expect(result.decision).toBe('grant');
    const post = recordingCore({}, r.state);
    expect(await runRequestCapabilityPost(post.core, env, { clientOptions: FAST })).toEqual({ outcome: 'revoked', failed: false });
    const token = r.outputs.token!;
    const jwts = [...new Set(front.seen.filter((q) => q.authorization?.toLowerCase().startsWith('bearer ')).map((q) => q.authorization!.slice(7)))];
    expect(jwts.length).toBeGreaterThan(0);
    const evidenceText = readFileSync(result.evidencePath!, 'utf8');
    const all = { ...placesOf(r, evidenceText), postLog: post.log.join('\n') };
    expectNowhere(token, all);
    for (const jwt of jwts) for (const [where, text] of Object.entries(all)) expect(`${where}: ${text.includes(jwt.split('.')[2]!)}`).toBe(`${where}: false`);
    expect(r.log.some((l) => l.startsWith('debug ') || l.startsWith('warning '))).toBe(true);
  });
});

// =============================================================================================
// 6. The post step: revokes, never mints, never prints; fails only on a token it could not revoke

describe('the evidence file', () => {
  test('an evidence-path that is a symlink in the checked-out work tree is never written through: a warning, the target untouched', async () => {
    const victim = join(mkdtempSync(join(tmpdir(), 'agent-guard-victim-')), 'victim.txt');
    writeFileSync(victim, 'keep me\n');
    const link = join(checkout.dir, 'evidence-link.json');
    symlinkSync(victim, link);
    try {
      const run = await main(INPUTS({ 'evidence-path': 'evidence-link.json' }), runnerEnv(prEvent()));
      expect(run.result.evidencePath).toBeNull();
      expect(run.r.log.join('\n')).toMatch(/could not write the evidence file: refusing to write "[^"]*evidence-link\.json": it is a symbolic link/);
      expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    } finally {
      rmSync(link, { force: true });
    }
  });
});

describe('the post step', () => {
  it("a runner clock a minute ahead of GitHub's does not skip the revocation of a token GitHub still accepts", async () => {
    const { r } = await main(INPUTS(), runnerEnv(prEvent()));
    const expiresAt = Date.parse(r.state['expires-at']!);
    const post = recordingCore({}, r.state);
    // The runner thinks the token expired 60 s ago; GitHub (the fake's real clock) still honours it.
    const out = await runRequestCapabilityPost(post.core, runnerEnv(prEvent()), { clientOptions: FAST, now: () => new Date(expiresAt + 60_000) });
    expect(out).toEqual({ outcome: 'revoked', failed: false });
    expect(issued()[0]!.revoked).toBe(true);
    // Well past any clock skew, nothing is sent.
    fake.resetLog();
    const later = recordingCore({}, r.state);
    expect(await runRequestCapabilityPost(later.core, runnerEnv(prEvent()), { clientOptions: FAST, now: () => new Date(expiresAt + 3600_000) })).toEqual({ outcome: 'expired', failed: false });
    expect(fake.requests).toHaveLength(0);
  });

  it('state replaced with another token (tampering): only a revocation of that token is sent, nothing is minted or printed, the job does not fail', async () => {
    const victim = await main(INPUTS(), runnerEnv(prEvent()));
    const other = await main(INPUTS({ capabilities: 'read_repository' }), runnerEnv(prEvent()));
    fake.resetLog();
    const tampered = { ...victim.r.state, token: other.r.outputs.token! };
    const post = recordingCore({}, tampered);
    expect(await runRequestCapabilityPost(post.core, runnerEnv(prEvent()), { clientOptions: FAST })).toEqual({ outcome: 'revoked', failed: false });
    expect(fake.requests.map((q) => `${q.method} ${q.operation}`)).toEqual(['DELETE DELETE /installation/token']);
    expect(post.failed).toEqual([]);
    expectNowhere(other.r.outputs.token!, { log: post.log.join('\n') });
  });

  it('a state value that is not a token shape (newline, spaces) is never sent as a credential: an error annotation, no API call, a failed post step', async () => {
    for (const bad of ['ghs_first_half_of_it\nsecond_half_0123456', 'token with spaces in it 0123456789']) {
      fake.resetLog();
      const post = recordingCore({}, { token: bad, 'expires-at': new Date(Date.now() + 600_000).toISOString(), 'evidence-path': '' });
      const out = await runRequestCapabilityPost(post.core, runnerEnv(prEvent()), { clientOptions: FAST });
      expect(out).toEqual({ outcome: 'error', failed: true });
      expect(fake.requests).toHaveLength(0);
      expect(post.failed).toHaveLength(1);
      expect(post.log).toEqual([expect.stringMatching(/^error agent-guard request-capability: the saved token is not a token/)]);
      for (const part of bad.split(/\s+/).filter((x) => x.length >= 8)) expect(post.log.join('\n')).not.toContain(part);
    }
  });

  it.each([
    [401, 'already_invalid', false, /^info agent-guard request-capability: the token was already invalid/],
    [404, 'failed', true, /^error agent-guard request-capability: could not revoke the token \(404 /],
  ])('revocation answered %s: outcome %s, failed post step %s', async (status, outcome, failed, line) => {
    const front = await startFront((q) => (q.method === 'DELETE' ? json(status, { message: status === 401 ? 'Bad credentials' : 'Not Found', documentation_url: 'https://docs.github.com/rest' }) : { forward: true }));
    const { r, result } = await main(INPUTS(), runnerEnv(prEvent(), 'pull_request', front.url));
    const post = recordingCore({}, r.state);
    expect(await runRequestCapabilityPost(post.core, runnerEnv(prEvent()), { clientOptions: FAST })).toEqual({ outcome, failed });
    expect(post.failed).toHaveLength(failed ? 1 : 0);
    expect(post.log).toEqual(expect.arrayContaining([expect.stringMatching(line)]));
    expect(front.seen.filter((q) => q.method === 'DELETE')).toHaveLength(1); // 4xx is not retried
    expectNowhere(r.outputs.token!, placesOf({ ...post, state: {} }, readFileSync(result.evidencePath!, 'utf8')));
  });
});

// =============================================================================================
// 7. The never-minted set cannot be reached by adding capabilities up

describe('never-minted arithmetic', () => {
  it('every token capability at once, on an installation holding workflows, administration, checks, statuses, actions and secrets: only contents, issues, packages and pull_requests are asked and granted', async () => {
    const { r, result } = await main(INPUTS({ manifest: EVERYTHING, capabilities: 'read_repository, write_branch, run_tests, open_pull_request, request_review, comment, publish_artifact' }), runnerEnv(prEvent()));
    expect(r.failed).toEqual([]);
    expect(result.decision).toBe('grant');
    const mint = fake.requests.find((q) => q.method === 'POST');
    expect(mint?.body).toEqual({ repositories: ['widgets'], permissions: { contents: 'write', issues: 'write', packages: 'write', pull_requests: 'write' } });
    expect(issued()[0]!.permissions).toEqual({ contents: 'write', issues: 'write', packages: 'write', pull_requests: 'write', metadata: 'read' });
    expect(JSON.parse(r.outputs.permissions!)).toEqual({ contents: 'write', issues: 'write', metadata: 'read', packages: 'write', pull_requests: 'write' });
  });
});
