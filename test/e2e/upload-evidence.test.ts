// The bundled actions (dist/*.js run as the runner runs them) with `upload-evidence: true` upload their
// evidence through the loopback results service: guard-diff at once, request-capability's refusal from
// the main step, a minted token's from the post step once its revocation is recorded. @actions/artifact
// is loaded from its own chunk only then.

import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readZip } from '../../src/adapters/zip.js';
import { startArtifactServer, type ArtifactServer } from '../support/artifact-server.js';
import { MANIFEST, POLICY } from '../support/evidence-runs.js';
import { startGitHubServer } from '../support/github-server.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';
import { pullRequestEvent } from '../support/webhooks.js';

let repo: TestRepo;
let restore: () => void;
let server: ArtifactServer;

beforeAll(async () => {
  restore = isolateProcessGitConfig();
  server = await startArtifactServer();
});
afterAll(async () => {
  await repo?.cleanup();
  restore();
  await server.close();
});

test('the bundled guard-diff uploads exactly its evidence file and sets the artifact outputs', async () => {
  repo = await TestRepo.init();
  await repo.write('src/app.ts', 'export const x = 1;\n');
  const base = await repo.commit('base');
  await repo.write('docs/guide.md', '# guide\n');
  const head = await repo.commit('docs');
  const run = await runAction({
    entry: 'guard-diff.js',
    inputs: { base, head, 'upload-evidence': 'true', 'evidence-artifact-name': 'agent-guard-evidence', 'evidence-retention-days': '30' },
    event: { name: 'workflow_dispatch', payload: {} },
    env: { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/api', GITHUB_SERVER_URL: 'https://github.com', ...server.env },
  });
  expect(run.code).toBe(0);
  const a = server.artifacts.find((x) => x.name === 'agent-guard-evidence')!;
  expect(a.finalized).toBe(true);
  const entries = readZip(a.blob!);
  expect(entries.map((e) => e.name)).toEqual(['guard-diff-evidence.json']);
  expect(entries[0]!.data.equals(readFileSync(run.outputs['evidence-path']!))).toBe(true);
  expect(run.outputs).toMatchObject({ verdict: 'allow', 'evidence-artifact-id': String(a.id), 'evidence-artifact-digest': a.hash! });
  expect(run.commands).toContain(`::add-mask::${server.signature}`);
});

test('the bundled request-capability uploads a refusal\'s evidence from its main step, with an error annotation when it cannot', async () => {
  const inputs = { capabilities: 'write_branch', 'app-id': '', 'private-key': '', manifest: '.github/agent-tasks/current.yml', 'upload-evidence': 'true', 'evidence-artifact-name': 'mint' };
  const env = { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/api', GITHUB_SERVER_URL: 'https://github.com', ...server.env };
  const run = await runAction({ entry: 'request-capability.js', inputs, event: { name: 'workflow_dispatch', payload: {} }, env });
  expect(run.code).toBe(1);
  const a = server.artifacts.find((x) => x.name === 'mint')!;
  expect(readZip(a.blob!).map((e) => JSON.parse(e.data.toString('utf8')).verdict)).toEqual(['refused']);
  expect(run.outputs['evidence-artifact-id']).toBe(String(a.id));

  // The same name again in the run: CreateArtifact refuses it, and the annotation says so.
  const again = await runAction({ entry: 'request-capability.js', inputs, event: { name: 'workflow_dispatch', payload: {} }, env });
  expect(again.commands).toContainEqual(expect.stringMatching(/^::error title=agent-guard%3A evidence not uploaded::agent-guard: the evidence was not uploaded as an artifact: CreateArtifact at the results service failed: Received non-retryable error: Failed request: \(409\) Conflict: an artifact with the name mint already exists/));
});

test('the bundled request-capability uploads a minted token\'s evidence from the post step, after the revocation is recorded', async () => {
  const clone = await TestRepo.init();
  const fake = await startGitHubServer();
  try {
    await clone.write('.github/agent-policy.yml', POLICY);
    await clone.write('.github/agent-tasks/current.yml', MANIFEST);
    await clone.write('docs/guide.md', '# guide\n');
    const base = await clone.commit('base');
    await clone.checkout('agent/docs', { create: true });
    await clone.write('docs/guide.md', '# guide\n\nmore\n');
    const head = await clone.commit('agent docs change');
    const k = generateKeyPairSync('rsa', { modulusLength: 2048 });
    fake.addRepo('acme', 'widgets', { branches: { main: base } });
    fake.addApp({ id: 4242, slug: 'agent-guard', publicKey: k.publicKey.export({ type: 'spki', format: 'pem' }).toString() });
    fake.addInstallation({ id: 777, appId: 4242, account: 'acme', repositories: 'all', permissions: { contents: 'write', pull_requests: 'write' } });
    const inputs = { capabilities: 'write_branch, open_pull_request', 'app-id': '4242', 'private-key': k.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), manifest: '.github/agent-tasks/current.yml', 'upload-evidence': 'true', 'evidence-artifact-name': 'minted' };
    const env = { GITHUB_WORKSPACE: clone.dir, GITHUB_REPOSITORY: 'acme/widgets', GITHUB_API_URL: fake.url, GITHUB_ACTION: 'token', GITHUB_SHA: head, ...server.env };
    const event = { name: 'pull_request', payload: pullRequestEvent({ owner: 'acme', repo: 'widgets', number: 7, baseSha: base, headSha: head, headRef: 'agent/docs' }) };
    const main = await runAction({ entry: 'request-capability.js', inputs, event, env });
    expect(main.commands.filter((c) => c.startsWith('::error'))).toEqual([]);
    expect(main.code).toBe(0);
    // Main uploads nothing: the evidence is not final until the post step records the revocation.
    expect(server.artifacts.find((a) => a.name === 'minted')).toBeUndefined();
    const post = await runAction({ entry: 'request-capability-post.js', inputs, state: main.state, env });
    expect(post.code).toBe(0);
    const entries = readZip(server.artifacts.find((a) => a.name === 'minted')!.blob!);
    expect(entries.map((e) => e.name)).toEqual(['request-capability-token.json']);
    expect(entries[0]!.data.equals(readFileSync(main.state['evidence-path']!))).toBe(true);
    const doc = JSON.parse(entries[0]!.data.toString('utf8'));
    expect(doc.credentials).toEqual([expect.objectContaining({ revocation: 'revoked', revoked_at: expect.any(String) })]);
    // The token is in no form in what was uploaded.
    expect(entries[0]!.data.toString('utf8')).not.toContain(main.outputs.token!);
    fake.assertNoViolations();
  } finally {
    await fake.close();
    await clone.cleanup();
  }
});
