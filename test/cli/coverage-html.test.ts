// `agent-guard coverage --format html`: the bundled CLI writes the self-contained coverage page.
import { runCli } from '../support/cli.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startGitHubServer();
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

test('coverage --format html prints one page with the verdict, the repositories and the request count', async () => {
  for (const [i, name] of ['enrolled', 'bare'].entries()) {
    fake.addRepo('acme', name, { branches: { main: String(i + 1).repeat(40) } });
    fake.setFile(`acme/${name}`, 'main', 'README.md', '# x\n');
  }
  fake.setFile('acme/enrolled', 'main', '.github/agent-policy.yml', 'version: 1\n');
  fake.requireChecksByRuleset('acme/enrolled', 'main', ['agent-guard/approval-gate']);
  const r = await runCli(['coverage', '--org', 'acme', '--format', 'html'], { env: { GITHUB_TOKEN: 'ghp_coveragehtml', GITHUB_API_URL: fake.url } });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(r.stdout).toContain('<title>agent-guard coverage: acme</title>');
  expect(r.stdout).toContain('<strong>1 of 2 repositories that must be enrolled are not</strong>');
  expect(r.stdout).toContain(`<div class="k">API requests</div><div class="v">${fake.countRequests()}</div>`);
  expect(r.stdout).toContain('<td><code>acme/bare</code></td><td>not enrolled</td>');
  expect(r.stdout).not.toMatch(/<script/i);
});
