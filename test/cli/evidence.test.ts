// `agent-guard evidence download --org`: the bundled CLI against the loopback GitHub API (every response
// checked against GitHub's OpenAPI description), on a simulated organisation of 1,000 repositories.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVIDENCE_HELP } from '../../src/cli/usage.js';
import { runCli } from '../support/cli.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server.js';
import { writeZip } from '../support/zip.js';

const ORG = 'acme';
let fake: FakeGitHub;
let dir: string;
const env = () => ({ GITHUB_TOKEN: 'ghp_evidencedownloadtest', GITHUB_API_URL: fake.url });

function seed(n: number): void {
  for (let i = 0; i < n; i++) {
    const name = `repo-${String(i).padStart(4, '0')}`;
    fake.addRepo(ORG, name);
    if (i % 10 !== 0) continue;
    for (const [at, action] of [['2026-11-03T08:00:00Z', 'guard-diff'], ['2026-11-04T08:00:00Z', 'approval-gate'], ['2026-09-01T08:00:00Z', 'guard-diff']] as const) {
      const doc = { version: 'agent-guard.evidence/v1', action, job: { repository: `${ORG}/${name}` }, timings: { started_at: at } };
      fake.addArtifact(`${ORG}/${name}`, { name: 'agent-guard-evidence', zip: writeZip([{ name: `${action}.json`, data: JSON.stringify(doc) }]), created_at: at });
    }
  }
}

beforeEach(async () => {
  fake = await startGitHubServer();
  dir = mkdtempSync(join(tmpdir(), 'agent-guard-evidence-cli-'));
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('agent-guard evidence download --org', () => {
  test('1,000 repositories within the hourly budget, the request count printed; a second run is 304s and downloads nothing', async () => {
    seed(1000);
    const snapshot = join(dir, 'snap');
    const args = ['evidence', 'download', '--org', ORG, '--snapshot', snapshot, '--since', '2026-11-01', '--until', '2026-11-30'];
    const first = await runCli([...args, '--format', 'json'], { env: env(), timeoutMs: 110_000 });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const r = JSON.parse(first.stdout);
    expect(r).toMatchObject({ organisation: ORG, repositories: 1000, listed: 300, inPeriod: 200, downloaded: 200, files: 200, problems: [], snapshot_artifacts: 200 });
    // 11 pages of repositories (the 11th empty), one artifact list per repository, one download per artifact of the period.
    expect(r.requests).toBe(11 + 1000 + 200);
    expect(r.requests).toBe(fake.countRequests());
    expect(r.requests).toBeLessThan(5000);
    const index = JSON.parse(readFileSync(join(snapshot, 'snapshot.json'), 'utf8'));
    expect(index.artifacts).toHaveLength(200);
    const one = index.artifacts[0];
    expect(JSON.parse(readFileSync(join(snapshot, one.evidence[0]), 'utf8')).job.repository).toBe(one.repository);

    fake.resetLog();
    const second = await runCli(args, { env: env(), timeoutMs: 110_000 });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('1000 repositories read, 200 artifact(s) in the period: 0 downloaded (0 evidence file(s)), 200 already in the snapshot, 0 expired before download');
    expect(second.stdout).toContain('API requests: 1011 (1011 answered 304 from the snapshot\'s ETags)');
    expect(fake.countRequests()).toBe(1011);
  }, 240_000);

  test('an artifact that could not be read fails the run (exit 1) and is named', async () => {
    fake.addRepo(ORG, 'api');
    const a = fake.addArtifact(`${ORG}/api`, { name: 'agent-guard-evidence', zip: writeZip([{ name: 'e.json', data: '{}' }]), created_at: '2026-11-03T08:00:00Z' });
    a.zip = writeZip([{ name: 'e.json', data: '{"changed":true}' }]);
    const r = await runCli(['evidence', 'download', '--org', ORG, '--snapshot', join(dir, 's')], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`problem: artifact ${a.data.id} \\(agent-guard-evidence\\) of acme/api: the archive's digest is sha256:`));
  });

  test('usage: --help, a missing snapshot folder, a bad date, no token', async () => {
    const help = await runCli(['evidence', '--help'], { env: env() });
    expect(help).toMatchObject({ code: 0, stdout: `${EVIDENCE_HELP}\n` });
    expect((await runCli(['evidence', 'download', '--org', ORG], { env: env() })).stderr).toMatch(/--snapshot DIR is required/);
    const bad = await runCli(['evidence', 'download', '--org', ORG, '--snapshot', dir, '--since', 'last week'], { env: env() });
    expect(bad).toMatchObject({ code: 3 });
    expect(bad.stderr).toMatch(/--since must be a date \(YYYY-MM-DD\) or an ISO 8601 time, not "last week"/);
    expect((await runCli(['evidence', 'download', '--org', ORG, '--snapshot', dir], { env: { GITHUB_API_URL: fake.url } })).stderr).toMatch(/GITHUB_TOKEN \(or GH_TOKEN\) is not set/);
    expect(fake.countRequests()).toBe(0);
  });
});
