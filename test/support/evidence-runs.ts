// Real evidence for the metrics tests: the bundled actions run as the runner runs them (as the e2e tests
// do) on a temp git repository and against the loopback GitHub server, each writing its evidence file
// into one folder: guard-diff (allowed, landed by a push; denied), request-capability (main and post:
// a revoked token; main only: never revoked) and the approval gate (requested, then approved).

import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestRepo } from './git-repo.js';
import { bot, commit, diffEntry, fakeSha, review, startGitHubServer, user, type FakeGitHub } from './github-server.js';
import { REPO_ROOT, runAction } from './run-action.js';
import { pullRequestEvent, webhookExample } from './webhooks.js';

export const POLICY = `version: 1
agents: ["*[bot]", "ci-agent", "coding-agent"]
default_tier: high
tiers: { high: [".github/**"], low: ["docs/**"] }
capabilities:
  write_branch: { paths: ["src/**", "docs/**"] }
subjects:
  "ci-agent:pull-request":
    capabilities: [read_repository, write_branch, run_tests, open_pull_request]
    branches: ["agent/*"]
    repositories: ["acme/widgets"]
approvals:
  high: { count: 1, reviewers: { users: [alice] } }
`;
export const MANIFEST = `agent_task:
  subject: ci-agent:pull-request
  repository: acme/widgets
  branch_pattern: agent/*
  capabilities: [read_repository, write_branch, run_tests, open_pull_request]
  denied: [read_secrets, deploy_environment, modify_policy]
`;

export interface EvidenceRuns {
  /** The folder every run wrote its evidence into. */
  dir: string;
  repo: TestRepo;
  /** guard-diff runs: the allowed change (landed by a push, then merged into main) and the denied one. */
  allowedHead: string;
  deniedHead: string;
  /** An allowed change merged into main, then edited on main by a human: its revert conflicts. */
  codeHead: string;
  files: Record<'allowed' | 'denied' | 'code' | 'revoked' | 'unrevoked' | 'requested' | 'approved', string>;
  cleanup(): Promise<void>;
}

const APP_ID = 4242;

function mustExist(run: { code: number | null; stdout: string; stderr: string }, path: string): string {
  if (!existsSync(path)) throw new Error(`no evidence at ${path} (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  return path;
}

/** Runs the actions; needs `isolateProcessGitConfig()` in force and a fresh dist/. */
export async function produceEvidence(): Promise<EvidenceRuns> {
  for (const f of ['guard-diff.js', 'request-capability.js', 'request-capability-post.js', 'approval-gate.js']) {
    if (!existsSync(join(REPO_ROOT, 'dist', f))) throw new Error(`dist/${f} is missing: run \`npm run build\``);
  }
  const dir = mkdtempSync(join(tmpdir(), 'agent-guard-evidence-'));
  const repo = await TestRepo.init();
  await repo.write('.github/agent-policy.yml', POLICY);
  await repo.write('.github/agent-tasks/current.yml', MANIFEST);
  await repo.write('src/a.ts', 'export const a = 1;\n');
  await repo.write('docs/guide.md', '# guide\n');
  const base = await repo.commit('base');
  await repo.checkout('agent/docs', { create: true });
  await repo.write('docs/guide.md', '# guide\n\nmore\n');
  const allowedHead = await repo.commit('agent docs change', { author: { name: 'ci-agent', email: 'agent@example.com' } });
  await repo.checkout('agent/policy', { create: true, from: 'main' });
  await repo.write('.github/agent-policy.yml', POLICY.replace('count: 1', 'count: 0'));
  const deniedHead = await repo.commit('agent weakens the policy', { author: { name: 'ci-agent', email: 'agent@example.com' } });
  await repo.checkout('agent/code', { create: true, from: 'main' });
  await repo.write('src/a.ts', 'export const a = 2;\n');
  const codeHead = await repo.commit('agent code change', { author: { name: 'ci-agent', email: 'agent@example.com' } });
  await repo.checkout('main');
  await repo.merge('agent/docs');
  await repo.merge('agent/code');
  // A later human change on the same line: the agent's code change no longer reverts cleanly.
  await repo.write('src/a.ts', 'export const a = 3;\n');
  await repo.commit('human follow-up');

  const files = {} as EvidenceRuns['files'];
  const job = { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/widgets', GITHUB_RUN_ID: '4711', GITHUB_ACTOR: 'ci-agent', GITHUB_WORKFLOW: 'agent' };
  for (const [name, head, branch] of [
    ['allowed', allowedHead, 'agent/docs'],
    ['denied', deniedHead, 'agent/policy'],
    ['code', codeHead, 'agent/code'],
  ] as const) {
    const path = join(dir, `guard-diff-${name}.json`);
    const run = await runAction({
      entry: 'guard-diff.js',
      inputs: { base, head, 'evidence-path': path, manifest: '.github/agent-tasks/current.yml' },
      event: { name: 'push', payload: { ref: `refs/heads/${branch}`, before: base, after: head, repository: { full_name: 'acme/widgets', name: 'widgets', owner: { login: 'acme' }, default_branch: 'main' } } },
      env: { ...job, GITHUB_REF: `refs/heads/${branch}`, GITHUB_SHA: head },
    });
    files[name] = mustExist(run, path);
  }

  const fake = await startGitHubServer();
  try {
    const k = generateKeyPairSync('rsa', { modulusLength: 2048 });
    fake.addRepo('acme', 'widgets', { branches: { main: base } });
    fake.addApp({ id: APP_ID, slug: 'agent-guard', publicKey: k.publicKey.export({ type: 'spki', format: 'pem' }).toString() });
    fake.addInstallation({ id: 777, appId: APP_ID, account: 'acme', repositories: 'all', permissions: { contents: 'write', pull_requests: 'write', workflows: 'write' } });
    const pr = pullRequestEvent({ owner: 'acme', repo: 'widgets', number: 7, baseSha: base, headSha: allowedHead, headRef: 'agent/docs' });
    const inputs = { capabilities: 'write_branch, open_pull_request', 'app-id': String(APP_ID), 'private-key': k.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), manifest: '.github/agent-tasks/current.yml' };
    const env = { ...job, GITHUB_API_URL: fake.url, GITHUB_ACTION: 'token', GITHUB_SHA: allowedHead };
    for (const name of ['revoked', 'unrevoked'] as const) {
      const path = join(dir, `request-capability-${name}.json`);
      const main = await runAction({ entry: 'request-capability.js', inputs: { ...inputs, 'evidence-path': path }, event: { name: 'pull_request', payload: pr }, env });
      mustExist(main, path);
      if (name === 'revoked') await runAction({ entry: 'request-capability-post.js', inputs: { ...inputs, 'evidence-path': path }, state: main.state, env });
      files[name] = path;
    }
  } finally {
    await fake.close();
  }
  const gateServer = await startGitHubServer();
  try {
    await gate(gateServer, dir, files);
  } finally {
    await gateServer.close();
  }
  return { dir, repo, allowedHead, deniedHead, codeHead, files, cleanup: () => repo.cleanup() };
}

/** The gate on a high-tier pull request: opened (reviews requested), then approved by alice. */
async function gate(fake: FakeGitHub, dir: string, files: EvidenceRuns['files']): Promise<void> {
  const REPO = 'acme/widgets';
  const HEAD = fakeSha('metrics-head');
  const BASE = fakeSha('metrics-base');
  const agent = bot('coding-agent');
  const alice = user('alice');
  fake.addRepo('acme', 'widgets', { branches: { main: BASE } });
  fake.addCollaborator(REPO, alice, 'write');
  fake.addUser(agent);
  fake.setFile(REPO, BASE, '.github/agent-policy.yml', POLICY);
  fake.addPull(REPO, 8, {
    user: agent,
    head: { sha: HEAD, ref: 'agent/fix' },
    base: { sha: BASE, ref: 'main' },
    created_at: '2025-01-02T09:00:00Z',
    commits: [commit(REPO, { sha: HEAD, message: 'agent change', author: { name: 'coding-agent[bot]', email: 'agent@example.com', user: agent } })],
    files: [diffEntry(REPO, { filename: '.github/workflows/ci.yml', ref: HEAD })],
  });
  const run = async (name: 'requested' | 'approved', event: { name: string; payload: unknown }) => {
    const path = join(dir, `approval-gate-${name}.json`);
    const r = await runAction({
      entry: 'approval-gate.js',
      inputs: { 'github-token': 'ghs_metrics_gate_token', 'publish-status': 'true', 'request-reviews': 'true', 'evidence-path': path },
      env: { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: name === 'requested' ? '5001' : '5002', GITHUB_SERVER_URL: 'https://github.com' },
      event,
    });
    files[name] = mustExist(r, path);
  };
  const p = pullRequestEvent({ action: 'opened', owner: 'acme', repo: 'widgets', number: 8, baseSha: BASE, headSha: HEAD, headRef: 'agent/fix', author: agent.login });
  p.pull_request = fake.eventPull(REPO, 8, 'pull_request');
  await run('requested', { name: 'pull_request', payload: p });
  const r = review(REPO, 8, { user: alice, state: 'APPROVED', commit_id: HEAD, submitted_at: new Date(Date.now() + 2000).toISOString().replace(/\.\d{3}Z$/, 'Z') });
  fake.pull(REPO, 8).reviews.push(r);
  const e = webhookExample('pull_request_review', 'submitted');
  e.pull_request = fake.eventPull(REPO, 8, 'pull_request_review');
  e.repository = p.repository;
  e.review.id = r.id;
  e.review.state = 'approved';
  e.review.commit_id = HEAD;
  e.review.user.login = 'alice';
  e.sender.login = 'alice';
  await run('approved', { name: 'pull_request_review', payload: e });
}

export const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
