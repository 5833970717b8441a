// `agent-guard coverage --org`: the bundled CLI against the loopback GitHub API (every response checked
// against GitHub's OpenAPI description), on a simulated organisation of 1,000 repositories.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server.js';

const ORG = 'acme';
const POLICY = 'version: 1\n';
const GUARDED = 'on: pull_request\njobs:\n  agent:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/agent-guard/request-capability@v1\n';
const LEAKY = 'on: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n          GH: ${{ secrets[\'DEPLOY_PAT\'] }}\n          T: ${{ secrets.GITHUB_TOKEN }}\n';
const PLAIN = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';

let fake: FakeGitHub;
let dir: string;
const env = () => ({ GITHUB_TOKEN: 'ghp_coveragetesttoken', GITHUB_API_URL: fake.url });

/** Repository i of the organisation: a mix of enrolled, partial, unenrolled, leaky and archived. */
function seed(n: number): void {
  for (let i = 0; i < n; i++) {
    const name = `repo-${String(i).padStart(4, '0')}`;
    const full = `${ORG}/${name}`;
    const kind = i % 10;
    fake.addRepo(ORG, name, { branches: { main: `${(i + 1).toString(16).padStart(40, 'a')}` }, archived: kind === 9 });
    fake.repo(full).properties = { 'agent-guard': kind < 5 ? 'required' : 'optional' };
    fake.setFile(full, 'main', 'README.md', `# ${name}\n`);
    if (kind <= 5) fake.setFile(full, 'main', '.github/agent-policy.yml', POLICY);
    if (kind <= 3) fake.requireChecksByRuleset(full, 'main', ['agent-guard/approval-gate']);
    if (kind === 4) fake.repo(full).protection.set('main', ['guard-diff', 'ci']);
    fake.setFile(full, 'main', '.github/workflows/test.yml', PLAIN);
    if (kind <= 4) fake.setFile(full, 'main', '.github/workflows/agent.yml', GUARDED);
    if (kind === 3 || kind === 7) fake.setFile(full, 'main', '.github/workflows/publish.yml', LEAKY);
  }
}

beforeEach(async () => {
  fake = await startGitHubServer();
  dir = mkdtempSync(join(tmpdir(), 'agent-guard-coverage-'));
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('agent-guard coverage --org', () => {
  test('1,000 repositories within the hourly budget: enrolment per repository, its gaps, and the request count', async () => {
    seed(1000);
    const r = await runCli(['coverage', '--org', ORG, '--format', 'json', '--require-property', 'agent-guard=required'], { env: env(), timeoutMs: 110_000 });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ repositories: 900, archivedSkipped: 100, mustEnroll: 500, enrolled: 400, partial: 200, notEnrolled: 300, unknown: 0, mustEnrollButNot: 100 });
    // Kind 3 has the policy and the check but a publish workflow with long-lived tokens: partial.
    const leaky = report.repositories.find((x: { repository: string }) => x.repository === `${ORG}/repo-0003`);
    expect(leaky).toMatchObject({ enrolment: 'partial', checkRequired: true, credentialSecrets: [{ workflow: '.github/workflows/publish.yml', secrets: ['DEPLOY_PAT', 'NPM_TOKEN'] }] });
    // Kind 4: required by classic branch protection, not a ruleset.
    expect(report.repositories.find((x: { repository: string }) => x.repository === `${ORG}/repo-0004`)).toMatchObject({ enrolment: 'enrolled', checkRequired: true });
    expect(report.repositories.find((x: { repository: string }) => x.repository === `${ORG}/repo-0005`).gaps).toEqual(['no ruleset or branch protection on main requires agent-guard/approval-gate or guard-diff']);
    // Every must-enrol repository that is not enrolled fails the run.
    expect(r.code).toBe(1);
    // The budget: 5,000 requests an hour for a token; the run says how many it used.
    expect(report.requests).toBe(fake.countRequests());
    expect(report.requests).toBeLessThan(5000);
    // 11 + 11 pages of repositories and properties, 3 per live repository, branch protection for the 500 without a
    // ruleset requiring the guard, 3 distinct workflow blobs.
    expect(report.requests).toBe(11 + 11 + 900 * 3 + 500 + 3);
    // Identical workflows across repositories are read once each (blobs by id).
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}' })).toBe(3);
  }, 120_000);

  test('with a cache, a second run is answered by 304s', async () => {
    seed(20);
    const cache = join(dir, 'etags.json');
    const first = await runCli(['coverage', '--org', ORG, '--cache', cache, '--format', 'json'], { env: env() });
    const second = await runCli(['coverage', '--org', ORG, '--cache', cache, '--format', 'json'], { env: env() });
    const a = JSON.parse(first.stdout);
    const b = JSON.parse(second.stdout);
    expect(b.repositories).toEqual(a.repositories);
    expect(a.notModified).toBe(0);
    // Everything but the 404s (six repositories without a policy: a 404 has no ETag) is a 304.
    expect(b.requests - b.notModified).toBe(6);
  });

  test('what cannot be read is unknown, never enrolled; bad input is exit 3', async () => {
    seed(3);
    // A token that may not read rules (403 is not retried).
    fake.failNext({ status: 403, method: 'GET', pathPattern: /rules\/branches/, count: 20 });
    const r = await runCli(['coverage', '--org', ORG, '--format', 'json'], { env: env() });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.summary.unknown).toBeGreaterThan(0);
    expect(report.summary.enrolled).toBe(0);
    expect(r.code).toBe(1);
    expect(await runCli(['coverage', '--org', 'a/b'], { env: env() })).toMatchObject({ code: 3, stderr: expect.stringMatching(/--org must be an organisation login/) });
    expect(await runCli(['coverage', '--org', ORG], { env: { GITHUB_API_URL: fake.url } })).toMatchObject({ code: 3, stderr: expect.stringMatching(/GITHUB_TOKEN/) });
  });

  test('text and markdown name each gap', async () => {
    seed(10);
    const text = await runCli(['coverage', '--org', ORG], { env: env() });
    expect(text.stdout).toMatch(/^coverage of acme: 4 of 9 repositories enrolled/);
    expect(text.stdout).toMatch(/not enrolled.*: acme\/repo-0006\n {2}- no policy on main/);
    expect(text.stdout).toMatch(/API requests: \d+/);
    const md = await runCli(['coverage', '--org', ORG, '--format', 'markdown'], { env: env() });
    expect(md.stdout).toMatch(/^## agent-guard coverage: acme/);
    expect(md.stdout).toMatch(/\| acme\/repo-0003 \| partial \| yes \| version 1 \| yes \| DEPLOY\\_PAT, NPM\\_TOKEN \|/);
  });
});
