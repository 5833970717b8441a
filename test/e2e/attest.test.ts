// The bundled guard-diff (dist/guard-diff.js run as the runner runs it) with `attest: true`: it signs
// at a loopback Fulcio and timestamp authority (@sigstore/mock), stores the attestation through the
// loopback GitHub API, and the bundled `agent-guard verify` accepts the result offline.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';
import { startSigstore, type SigstoreServer } from '../support/sigstore-server.js';

let repo: TestRepo;
let restore: () => void;
let sigstore: SigstoreServer;
let github: FakeGitHub;
let dir: string;

beforeAll(async () => {
  restore = isolateProcessGitConfig();
  github = await startGitHubServer();
  github.addRepo('acme', 'api');
  dir = mkdtempSync(join(tmpdir(), 'ag-attest-e2e-'));
});
afterAll(async () => {
  await repo?.cleanup();
  restore();
  await sigstore?.close();
  await github.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the bundled guard-diff signs and stores its evidence; the bundled verify accepts it', async () => {
  repo = await TestRepo.init();
  await repo.write('src/app.ts', 'export const x = 1;\n');
  const base = await repo.commit('base');
  await repo.write('docs/guide.md', '# guide\n');
  const head = await repo.commit('docs');
  sigstore = await startSigstore({ repository: 'acme/api', workflowPath: '.github/workflows/agent.yml', sha: head });
  const evidence = join(dir, 'guard-diff-evidence.json');
  const run = await runAction({
    entry: 'guard-diff.js',
    inputs: { base, head, 'evidence-path': evidence, attest: 'true', 'attest-sigstore': `fulcio=${sigstore.fulcioURL},tsa=${sigstore.tsaURL}`, 'attest-github-token': 'ghs_e2e_attest_token' },
    event: { name: 'workflow_dispatch', payload: {} },
    env: { GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/api', GITHUB_API_URL: github.url, GITHUB_SERVER_URL: 'https://github.com', ...sigstore.oidcEnv },
  });
  expect(run.stdout).toMatch(/evidence signed \(custom, sha256 [0-9a-f]{64}\); bundle .*; attestation \d+ stored/);
  expect(run.outputs).toMatchObject({ verdict: 'allow', attestation: 'signed', 'attestation-bundle': `${evidence}.sigstore.json` });
  expect(run.code).toBe(0);
  expect(github.repo('acme/api').attestations).toHaveLength(1);
  github.assertNoViolations();

  writeFileSync(join(dir, 'root.json'), JSON.stringify(sigstore.trustedRoot));
  const v = await runCli(['verify', evidence, '--trusted-root', join(dir, 'root.json'), '--repo', 'acme/api', '--workflow', '.github/workflows/agent.yml', '--merged', head], { cwd: repo.dir });
  expect(v.stdout).toMatch(/^verified: guard-diff-evidence\.json$/m);
  expect(v.code).toBe(0);
});
