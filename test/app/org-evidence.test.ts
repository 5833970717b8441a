// Downloading an organisation's evidence artifacts into a snapshot folder, against the loopback GitHub API
// (its artifact list and archive download, the redirect to storage included): the period, expired and
// tampered archives, conditional requests on a second run, the rate-limit reserve, and hostile entry names.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createGitHubClient } from '../../src/adapters/github-client.js';
import { downloadOrgEvidence, readSnapshot, readSnapshotIndex, SnapshotError } from '../../src/app/org-evidence.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server.js';
import { writeZip } from '../support/zip.js';

const ORG = 'acme';
const NAME = 'agent-guard-evidence';
let fake: FakeGitHub;
let dir: string;

const client = () => createGitHubClient({ token: 'ghp_orgevidencetest', baseUrl: fake.url, retries: 0 });
const doc = (repo: string, action: string, at: string) => JSON.stringify({ version: 'agent-guard.evidence/v1', action, job: { repository: `${ORG}/${repo}` }, timings: { started_at: at } });

function artifact(repo: string, createdAt: string, files: Array<{ name: string; data: string }>, extra: { expired?: boolean; digest?: string | null; name?: string } = {}) {
  return fake.addArtifact(`${ORG}/${repo}`, { name: extra.name ?? NAME, zip: writeZip(files), created_at: createdAt, ...extra });
}

beforeEach(async () => {
  fake = await startGitHubServer();
  dir = mkdtempSync(join(tmpdir(), 'agent-guard-org-evidence-'));
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('downloadOrgEvidence', () => {
  test('downloads the period’s artifacts of every repository, keeps bundles apart, says what expired, counts every request', async () => {
    fake.addRepo(ORG, 'api');
    fake.addRepo(ORG, 'web', { archived: true });
    fake.addRepo(ORG, 'empty');
    const a = artifact('api', '2026-11-10T10:00:00Z', [
      { name: 'guard-diff.json', data: doc('api', 'guard-diff', '2026-11-10T09:58:00Z') },
      { name: 'guard-diff.json.sigstore.json', data: '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}' },
      { name: 'README.txt', data: 'not evidence' },
    ]);
    artifact('web', '2026-11-20T10:00:00Z', [{ name: 'evidence/approval-gate.json', data: doc('web', 'approval-gate', '2026-11-20T09:59:00Z') }]);
    artifact('api', '2026-10-01T10:00:00Z', [{ name: 'old.json', data: doc('api', 'guard-diff', '2026-10-01T09:00:00Z') }]);
    artifact('api', '2026-11-15T10:00:00Z', [{ name: 'gone.json', data: '{}' }], { expired: true });
    artifact('api', '2026-11-16T10:00:00Z', [{ name: 'build.json', data: '{}' }], { name: 'build-output' });

    const r = await downloadOrgEvidence(client(), { org: ORG, artifactName: NAME, since: Date.parse('2026-11-01T00:00:00Z'), until: Date.parse('2026-11-30T23:59:59Z'), snapshotDir: dir });
    expect(r).toMatchObject({ repositories: 3, listed: 4, inPeriod: 3, downloaded: 2, reused: 0, files: 2, problems: [], stoppedForBudget: null });
    expect(r.expired).toEqual([{ repository: `${ORG}/api`, id: expect.any(Number), created_at: '2026-11-15T10:00:00Z' }]);
    // 1 page of repositories, 1 artifact list per repository, 1 download per artifact fetched.
    expect(r.requests).toBe(1 + 3 + 2);
    expect(r.requests).toBe(fake.countRequests());
    expect(fake.blobDownloads).toHaveLength(2);
    // The list is filtered by name on the server, not by downloading everything.
    expect(fake.requests.filter((q) => q.operation === 'GET /repos/{owner}/{repo}/actions/artifacts').every((q) => q.query.name === NAME)).toBe(true);

    const index = await readSnapshotIndex(dir);
    const api = index?.artifacts.find((x) => x.id === a.data.id);
    expect(api).toMatchObject({
      repository: `${ORG}/api`,
      digest: a.data.digest,
      evidence: [`evidence/${ORG}/api/${a.data.id}/guard-diff.json`],
      bundles: [`bundles/${ORG}/api/${a.data.id}/guard-diff.json.sigstore.json`],
      skipped: ['README.txt'],
    });
    expect(JSON.parse(readFileSync(join(dir, api!.evidence[0]!), 'utf8')).action).toBe('guard-diff');
    expect(readdirSync(join(dir, 'evidence', ORG)).sort()).toEqual(['api', 'web']);
  });

  test('a second run into the same snapshot downloads nothing again and is answered by 304s', async () => {
    for (const repo of ['a', 'b', 'c']) {
      fake.addRepo(ORG, repo);
      artifact(repo, '2026-11-10T10:00:00Z', [{ name: 'e.json', data: doc(repo, 'guard-diff', '2026-11-10T09:00:00Z') }]);
    }
    const first = await downloadOrgEvidence(client(), { org: ORG, artifactName: NAME, snapshotDir: dir });
    expect(first).toMatchObject({ downloaded: 3, notModified: 0, requests: 1 + 3 + 3 });
    artifact('b', '2026-11-11T10:00:00Z', [{ name: 'e.json', data: doc('b', 'guard-diff', '2026-11-11T09:00:00Z') }]);
    const second = await downloadOrgEvidence(client(), { org: ORG, artifactName: NAME, snapshotDir: dir });
    // The repository list and two artifact lists are unchanged (304); b's list changed and its new artifact is fetched.
    expect(second).toMatchObject({ downloaded: 1, reused: 3, requests: 1 + 3 + 1, notModified: 3 });
    expect((await readSnapshotIndex(dir))?.artifacts).toHaveLength(4);
  });

  test('the rate-limit reserve stops the run with what it got; the next run continues', async () => {
    for (let i = 0; i < 6; i++) {
      fake.addRepo(ORG, `r${i}`);
      artifact(`r${i}`, '2026-11-10T10:00:00Z', [{ name: 'e.json', data: '{}' }]);
    }
    // The loopback API starts with 5,000 remaining and counts down one per request.
    const stopped = await downloadOrgEvidence(client(), { org: ORG, artifactName: NAME, snapshotDir: dir, reserve: 4995, concurrency: 1 });
    expect(stopped.stoppedForBudget).toMatch(/^stopped with 4995 requests left in the rate limit \(the reserve is 4995\); it resets at .*: run again with the same --snapshot to continue$/);
    expect(stopped.downloaded).toBe(2);
    const rest = await downloadOrgEvidence(client(), { org: ORG, artifactName: NAME, snapshotDir: dir, reserve: 0 });
    expect(rest).toMatchObject({ downloaded: 4, reused: 2, stoppedForBudget: null });
  });

  test('a snapshot folder of another organisation is refused', async () => {
    fake.addRepo(ORG, 'a');
    await downloadOrgEvidence(client(), { org: ORG, artifactName: NAME, snapshotDir: dir });
    await expect(downloadOrgEvidence(client(), { org: 'other', artifactName: NAME, snapshotDir: dir })).rejects.toThrow(SnapshotError);
    await expect(downloadOrgEvidence(client(), { org: 'other', artifactName: NAME, snapshotDir: dir })).rejects.toThrow(/holds a snapshot of acme \(artifact agent-guard-evidence\), not of other/);
  });

  test('the index records where each artifact came from and every file’s sha256; readSnapshot returns the listed evidence, checked', async () => {
    fake.addRepo(ORG, 'api');
    const a = artifact('api', '2026-11-10T10:00:00Z', [
      { name: 'guard-diff.json', data: doc('api', 'guard-diff', '2026-11-10T09:58:00Z') },
      { name: 'guard-diff.json.sigstore.json', data: '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}' },
    ]);
    const at = new Date('2026-12-01T12:00:00Z');
    await downloadOrgEvidence(client(), { org: ORG, artifactName: NAME, snapshotDir: dir, apiUrl: fake.url, now: () => at });
    const index = (await readSnapshotIndex(dir))!;
    expect(index.api_url).toBe(fake.url);
    const rec = index.artifacts[0]!;
    const sha = (p: string) => `sha256:${createHash('sha256').update(readFileSync(join(dir, p))).digest('hex')}`;
    expect(rec).toMatchObject({ id: a.data.id, workflow_run_id: (a.data.workflow_run as { id: number }).id, digest: a.data.digest, archive_sha256: a.data.digest, downloaded_at: at.toISOString() });
    expect(rec.sha256).toEqual({ [rec.evidence[0]!]: sha(rec.evidence[0]!), [rec.bundles[0]!]: sha(rec.bundles[0]!) });

    const read = await readSnapshot(dir, { org: 'ACME', artifactName: NAME });
    expect(read.evidence.map((f) => f.file)).toEqual([join(dir, rec.evidence[0]!)]);
    expect(read.bundles).toBe(1);
    expect(read.indexSha256).toBe(`sha256:${createHash('sha256').update(readFileSync(join(dir, 'snapshot.json'))).digest('hex')}`);
    // A changed bundle refuses the snapshot as a changed evidence file does.
    writeFileSync(join(dir, rec.bundles[0]!), '{}');
    await expect(readSnapshot(dir)).rejects.toThrow(new RegExp(`${rec.bundles[0]!.replace(/[.]/g, '\\.')}: its digest is sha256:[0-9a-f]{64}, not the ${rec.sha256[rec.bundles[0]!]}`));
    await expect(readSnapshot(join(dir, 'nowhere'))).rejects.toThrow(SnapshotError);
  });

  test('attack: an index that lists a file or an artifact twice (its runs would count twice) is refused', async () => {
    fake.addRepo(ORG, 'api');
    artifact('api', '2026-11-10T10:00:00Z', [{ name: 'e.json', data: doc('api', 'guard-diff', '2026-11-10T09:58:00Z') }]);
    await downloadOrgEvidence(client(), { org: ORG, artifactName: NAME, snapshotDir: dir });
    const index = JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8'));
    const rec = index.artifacts[0];
    writeFileSync(join(dir, 'snapshot.json'), JSON.stringify({ ...index, artifacts: [{ ...rec, evidence: [rec.evidence[0], rec.evidence[0]] }] }));
    await expect(readSnapshot(dir)).rejects.toThrow(`${rec.evidence[0]}: listed twice in snapshot.json`);
    writeFileSync(join(dir, 'snapshot.json'), JSON.stringify({ ...index, artifacts: [rec, rec] }));
    await expect(readSnapshot(dir)).rejects.toThrow(`artifact ${rec.id} of acme/api: listed twice in snapshot.json`);
  });

  describe('attack: evidence artifacts', () => {
    test('an archive that differs from the digest GitHub lists is not taken; the others are', async () => {
      fake.addRepo(ORG, 'a');
      fake.addRepo(ORG, 'b');
      const bad = artifact('a', '2026-11-10T10:00:00Z', [{ name: 'e.json', data: '{"verdict":"allow"}' }]);
      bad.zip = writeZip([{ name: 'e.json', data: '{"verdict":"deny"}' }]);
      artifact('b', '2026-11-10T10:00:00Z', [{ name: 'e.json', data: '{}' }]);
      const r = await downloadOrgEvidence(client(), { org: ORG, artifactName: NAME, snapshotDir: dir });
      expect(r.downloaded).toBe(1);
      expect(r.problems).toEqual([expect.stringMatching(new RegExp(`^artifact ${bad.data.id} \\(agent-guard-evidence\\) of acme/a: the archive's digest is sha256:[0-9a-f]{64}, not the sha256:[0-9a-f]{64} GitHub lists for it$`))]);
      expect((await readSnapshotIndex(dir))?.artifacts.map((x) => x.repository)).toEqual([`${ORG}/b`]);
    });

    test('entry names cannot leave the snapshot folder or hide as dot files', async () => {
      fake.addRepo(ORG, 'a');
      const a = artifact('a', '2026-11-10T10:00:00Z', [
        { name: '../../../../escape.json', data: '{"n":1}' },
        { name: '/etc/cron.d/x.json', data: '{"n":2}' },
        { name: '.hidden.json', data: '{"n":3}' },
        { name: 'sub/../.hidden.json', data: '{"n":4}' },
      ]);
      const r = await downloadOrgEvidence(client(), { org: ORG, artifactName: NAME, snapshotDir: dir });
      const files = (await readSnapshotIndex(dir))!.artifacts[0]!.evidence;
      expect(r.files).toBe(4);
      expect(files).toEqual([`evidence/${ORG}/a/${a.data.id}/escape.json`, `evidence/${ORG}/a/${a.data.id}/etc__cron.d__x.json`, `evidence/${ORG}/a/${a.data.id}/hidden.json`, `evidence/${ORG}/a/${a.data.id}/sub__.hidden.json`]);
      for (const f of files) expect(resolve(dir, f).startsWith(`${dir}/evidence/`)).toBe(true);
      expect(existsSync(join(dir, '..', 'escape.json'))).toBe(false);
    });

    test('an archive that is not a ZIP is a problem, not evidence', async () => {
      fake.addRepo(ORG, 'a');
      fake.addArtifact(`${ORG}/a`, { name: NAME, zip: Buffer.from('{"not":"zip"}'), created_at: '2026-11-10T10:00:00Z' });
      const r = await downloadOrgEvidence(client(), { org: ORG, artifactName: NAME, snapshotDir: dir });
      expect(r.downloaded).toBe(0);
      expect(r.problems).toEqual([expect.stringMatching(/of acme\/a: not a ZIP archive/)]);
    });
  });
});
