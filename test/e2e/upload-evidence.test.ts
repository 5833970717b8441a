// The bundled actions (dist/*.js run as the runner runs them) with `upload-evidence: true` upload their
// evidence through the loopback results service: guard-diff at once, request-capability's refusal from
// the main step. @actions/artifact is loaded from its own chunk only then.

import { readFileSync } from 'node:fs';
import { readZip } from '../../src/adapters/zip.js';
import { startArtifactServer, type ArtifactServer } from '../support/artifact-server.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';

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
