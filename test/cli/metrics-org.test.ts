// `agent-guard metrics --org` (the bundled CLI) against the loopback GitHub API: the period's evidence
// artifacts of every repository downloaded into a snapshot, the six metrics over all of them with the
// request count, the snapshot re-read --offline without a request, and a snapshot that no longer
// matches its snapshot.json refused whole. The evidence is what the bundled actions wrote in real runs
// (test/support/evidence-runs.ts), placed in each repository's artifact.

import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_EVIDENCE_ARTIFACT_NAME as EVIDENCE_ARTIFACT_NAME } from '../../src/actions/constants.js';
import { METRICS_HELP } from '../../src/cli/usage.js';
import { REPO_ROOT, runCli } from '../support/cli.js';
import { produceEvidence, type EvidenceRuns } from '../support/evidence-runs.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server.js';
import { isolateProcessGitConfig } from '../support/git-repo.js';
import { writeZip } from '../support/zip.js';

const ORG = 'acme';
let runs: EvidenceRuns;
let restore: () => void;
let fake: FakeGitHub;
let dir: string;
const env = () => ({ GITHUB_TOKEN: 'ghp_metricsorgtest', GITHUB_API_URL: fake.url });
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  restore = isolateProcessGitConfig();
  runs = await produceEvidence();
}, 180_000);
afterAll(async () => {
  await runs?.cleanup();
  restore();
});
beforeEach(async () => {
  fake = await startGitHubServer();
  dir = mkdtempSync(join(tmpdir(), 'agent-guard-metrics-org-'));
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A real run's evidence file, as it would be in `repo`'s artifact. */
function evidenceOf(file: keyof EvidenceRuns['files'], repo: string): string {
  const doc = JSON.parse(readFileSync(runs.files[file], 'utf8')) as { repository?: string; job: { repository: string } };
  doc.job.repository = `${ORG}/${repo}`;
  // The gate's evidence names the pull request's repository beside the job's.
  if (typeof doc.repository === 'string') doc.repository = `${ORG}/${repo}`;
  return JSON.stringify(doc);
}

function upload(repo: string, files: Array<keyof EvidenceRuns['files']>, createdAt = new Date().toISOString()) {
  return fake.addArtifact(`${ORG}/${repo}`, {
    name: EVIDENCE_ARTIFACT_NAME,
    zip: writeZip([...files.map((f) => ({ name: `${f}.json`, data: evidenceOf(f, repo) })), { name: `${files[0]}.json.sigstore.json`, data: '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}' }]),
    created_at: createdAt,
  });
}

async function metrics(args: string[], e: Record<string, string> = env()) {
  const r = await runCli(['metrics', '--org', ORG, '--snapshot', join(dir, 'snap'), ...args], { env: e, timeoutMs: 60_000 });
  return r;
}

describe('agent-guard metrics --org', () => {
  test("downloads the period's artifacts of every repository and reports the six metrics over all of them, with the request count; --offline re-reads the snapshot without a request", async () => {
    fake.addRepo(ORG, 'api');
    fake.addRepo(ORG, 'web');
    fake.addRepo(ORG, 'docs');
    upload('api', ['allowed', 'revoked', 'unrevoked']);
    upload('web', ['denied', 'requested', 'approved']);
    upload('web', ['code'], '2026-01-05T10:00:00Z');

    const online = await metrics(['--since', today(), '--format', 'json']);
    expect(online.stderr).toBe('');
    expect(online.code).toBe(0);
    const m = JSON.parse(online.stdout);
    expect(m.files).toBe(6);
    expect(m.invalid).toEqual([]);
    expect(m.repositories.map((r: { repository: string }) => r.repository)).toEqual([`${ORG}/api`, `${ORG}/web`]);
    expect(m.overall.by_action).toEqual({ 'guard-diff': 2, 'request-capability': 2, 'approval-gate': 2 });
    expect(m.overall.credential_lifetime).toMatchObject({ count: 2, never_revoked: 1 });
    expect(m.overall.denials).toMatchObject({ decisions: 6, denied: 1 });
    expect(m.overall.approval_latency.count).toBe(1);
    expect(m.policy_coverage).toMatchObject({ repositories: 2, with_policy: 2 });
    expect(m.rollback).toMatchObject({ measured: false, reason: expect.stringMatching(/^not measured across an organisation/) });
    // 1 page of repositories, 1 artifact list per repository, 1 download per artifact of the period.
    expect(m.source).toMatchObject({ organisation: ORG, artifact_name: EVIDENCE_ARTIFACT_NAME, artifacts: 2, evidence_files: 6, bundles: 2, download: { requests: 1 + 3 + 2, not_modified: 0, repositories: 3, in_period: 2, downloaded: 2, problems: [], stopped_for_budget: null } });
    expect(m.source.index_sha256).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(m.source.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(fake.countRequests()).toBe(6);

    // What the snapshot records about each artifact: where it came from, when, and every file's digest.
    const index = JSON.parse(readFileSync(join(dir, 'snap', 'snapshot.json'), 'utf8'));
    expect(index).toMatchObject({ organisation: ORG, artifact_name: EVIDENCE_ARTIFACT_NAME, api_url: fake.url });
    for (const a of index.artifacts) {
      expect(a).toMatchObject({ workflow_run_id: expect.any(Number), id: expect.any(Number), digest: a.archive_sha256, downloaded_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
      expect(Object.keys(a.sha256).sort()).toEqual([...a.evidence, ...a.bundles].sort());
    }

    fake.resetLog();
    const offline = await metrics(['--offline', '--since', today(), '--format', 'json'], {});
    expect(offline.stderr).toBe('');
    expect(offline.code).toBe(0);
    const o = JSON.parse(offline.stdout);
    expect(fake.countRequests()).toBe(0);
    expect(o.source.download).toBeNull();
    expect(o.source.index_sha256).toBe(m.source.index_sha256);
    const { source: _a, ...fromOffline } = o;
    const { source: _b, ...fromOnline } = m;
    expect(fromOffline).toEqual(fromOnline);

    const text = await metrics(['--since', today()]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^downloaded now: 3 repositories read, 2 artifact\(s\) in the period \(0 downloaded, 2 already in the snapshot, 0 expired before download\); API requests: 4 \(4 answered 304 from the snapshot's ETags\)$/m);
    expect((await metrics(['--offline'], {})).stdout).toMatch(/^re-read offline: no API requests$/m);
    expect((await metrics(['--offline', '--format', 'markdown'], {})).stdout).toContain('- re\\-read offline: no API requests');
    expect((await metrics(['--offline', '--format', 'html'], {})).stdout).toMatch(/<p class="note">evidence of acme \(artifact agent-guard-evidence\) from the snapshot [^<]*<br>re-read offline: no API requests<\/p>/);
  }, 120_000);

  describe('attack: a snapshot changed after download', () => {
    async function snapshot(): Promise<{ index: { artifacts: Array<{ evidence: string[]; sha256: Record<string, string> }> }; root: string }> {
      fake.addRepo(ORG, 'api');
      upload('api', ['allowed', 'denied']);
      expect((await metrics([])).code).toBe(0);
      const root = join(dir, 'snap');
      return { index: JSON.parse(readFileSync(join(root, 'snapshot.json'), 'utf8')), root };
    }

    test('an evidence file edited in place refuses the whole snapshot (exit 1, no report), naming the file and both digests', async () => {
      const { index, root } = await snapshot();
      const path = index.artifacts[0]!.evidence[1]!;
      const doc = JSON.parse(readFileSync(join(root, path), 'utf8'));
      doc.verdict = 'allow';
      writeFileSync(join(root, path), JSON.stringify(doc));
      const r = await metrics(['--offline'], {});
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^agent-guard metrics --org: .*/snap does not match its snapshot\\.json \\(1 problem\\(s\\)\\), so none of it is read: ${path.replace(/[.]/g, '\\.')}: its digest is sha256:[0-9a-f]{64}, not the ${index.artifacts[0]!.sha256[path]} recorded when it was downloaded\\n$`));
      // Online too: the download does not repair or hide it (the artifact is held already).
      expect((await metrics([])).code).toBe(1);
    });

    test('a file removed, replaced by a link, or an index entry pointing outside its folder: each named; a file the index does not list is not read', async () => {
      const { index, root } = await snapshot();
      const [first, second] = index.artifacts[0]!.evidence as [string, string];
      writeFileSync(join(root, 'evidence', 'planted.json'), evidenceOf('denied', 'api'));
      const clean = JSON.parse((await metrics(['--offline', '--format', 'json'], {})).stdout);
      expect(clean.files).toBe(2);
      unlinkSync(join(root, first));
      const target = join(dir, 'elsewhere.json');
      writeFileSync(target, readFileSync(join(root, second)));
      unlinkSync(join(root, second));
      symlinkSync(target, join(root, second));
      const r = await metrics(['--offline'], {});
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`(2 problem(s)), so none of it is read: ${first}: missing; ${second}: a symbolic link, not the file downloaded`);

      const edited = JSON.parse(readFileSync(join(root, 'snapshot.json'), 'utf8'));
      edited.artifacts[0].evidence = ['evidence/acme/api/../../../elsewhere.json'];
      writeFileSync(join(root, 'snapshot.json'), JSON.stringify(edited));
      const out = await metrics(['--offline'], {});
      expect(out.code).toBe(1);
      expect(out.stderr).toMatch(/"evidence\/acme\/api\/\.\.\/\.\.\/\.\.\/elsewhere\.json" is not a file of its folder evidence\/acme\/api\/\d+\//);
      edited.artifacts[0].evidence = [first];
      delete edited.artifacts[0].sha256[first];
      writeFileSync(join(root, 'snapshot.json'), JSON.stringify(edited));
      expect((await metrics(['--offline'], {})).stderr).toContain(`${first}: snapshot.json records no sha256 digest for it`);
    });
  });

  test('an artifact that could not be downloaded: the report prints, marked incomplete, and the exit code is 1', async () => {
    fake.addRepo(ORG, 'api');
    fake.addRepo(ORG, 'web');
    upload('api', ['allowed']);
    const bad = upload('web', ['denied']);
    bad.zip = writeZip([{ name: 'denied.json', data: evidenceOf('allowed', 'web') }]);
    const r = await metrics([]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^agent-guard metrics: Needs attention\. 1 evidence file\(s\)/);
    expect(r.stdout).toMatch(/^ {2}!! the evidence is incomplete: 1 repositor\(ies\) or artifact\(s\) could not be read$/m);
    expect(r.stdout).toMatch(new RegExp(`^problem: artifact ${bad.data.id} \\(agent-guard-evidence\\) of acme/web: the archive's digest is sha256:`, 'm'));
  });

  test('usage: no token without --offline names --offline; --offline on a folder that is no snapshot; paths or --repo with --org; another organisation; --help', async () => {
    const noToken = await metrics([], { GITHUB_API_URL: fake.url });
    expect(noToken.code).toBe(3);
    expect(noToken.stderr).toMatch(/GITHUB_TOKEN \(or GH_TOKEN\) is not set: metrics --org downloads the period's artifacts through the API first; give --offline to re-read the snapshot in .* without the network/);
    const none = await metrics(['--offline'], {});
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/snap holds no snapshot\.json: it is not a snapshot \(download the evidence into it first\)/);
    expect((await runCli(['metrics', '--org', ORG, '--snapshot', dir, dir], { env: env() })).stderr).toMatch(/--org reads the organisation's snapshot, not evidence paths/);
    expect((await runCli(['metrics', '--org', ORG, '--snapshot', dir, '--repo', dir], { env: env() })).stderr).toMatch(/--repo measures rollback readiness in one clone: it has no meaning with --org/);
    expect((await runCli(['metrics', dir, '--offline'], { env: env() })).stderr).toMatch(/--offline needs --org NAME --snapshot DIR/);
    expect((await metrics(['--offline', '--reserve', '10'], {})).stderr).toMatch(/--reserve limits the download/);
    expect(fake.countRequests()).toBe(0);

    fake.addRepo(ORG, 'api');
    expect((await metrics([])).code).toBe(0);
    const other = await runCli(['metrics', '--org', 'other', '--snapshot', join(dir, 'snap'), '--offline'], { env: {} });
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/holds a snapshot of acme \(artifact agent-guard-evidence\), not of other \(artifact agent-guard-evidence\)/);
    const help = await runCli(['metrics', '--help']);
    expect(help).toMatchObject({ code: 0, stdout: `${METRICS_HELP}\n` });
    expect(METRICS_HELP).toContain(`(default: ${EVIDENCE_ARTIFACT_NAME})`);
  }, 60_000);

  test('the artifact name it downloads by default is the one every action uploads by default', () => {
    const files = ['action.yml', ...readdirSync(join(REPO_ROOT, 'actions')).map((a) => join('actions', a, 'action.yml'))];
    const defaults = files.flatMap((f) => {
      const inputs = (parse(readFileSync(join(REPO_ROOT, f), 'utf8')) as { inputs?: Record<string, { default?: unknown }> }).inputs ?? {};
      return 'evidence-artifact-name' in inputs ? [[f, inputs['evidence-artifact-name'].default]] : [];
    });
    expect(defaults.length).toBeGreaterThanOrEqual(3);
    for (const [f, d] of defaults) expect([f, d]).toEqual([f, EVIDENCE_ARTIFACT_NAME]);
  });

  test('1,000 repositories within the hourly budget, the request count printed', async () => {
    for (let i = 0; i < 1000; i++) {
      const name = `repo-${String(i).padStart(4, '0')}`;
      fake.addRepo(ORG, name);
      if (i % 10 === 0) upload(name, ['allowed', 'revoked', 'approved']);
    }
    const r = await runCli(['metrics', '--org', ORG, '--snapshot', join(dir, 'snap'), '--since', today(), '--format', 'json'], { env: env(), timeoutMs: 200_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout);
    expect(m.files).toBe(300);
    expect(m.repositories).toHaveLength(100);
    // 11 pages of repositories (the 11th empty), one artifact list per repository, one download per artifact.
    expect(m.source.download.requests).toBe(11 + 1000 + 100);
    expect(fake.countRequests()).toBe(m.source.download.requests);
    expect(m.source.download.requests).toBeLessThan(5000);
  }, 240_000);
});
