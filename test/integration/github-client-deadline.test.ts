// The GitHub client gives every call a deadline: a connection that never answers fails the call (a step,
// or a post step, is never held until the job's own timeout), with an error that says what and how long.

import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitHubClient, GitHubClientError } from '../../src/adapters/github-client.js';

let server: Server;
let url: string;
const hanging: ServerResponse[] = [];
let requests = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests += 1;
    if (req.url?.startsWith('/repos/acme/hang')) {
      hanging.push(res); // never answered
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 1, full_name: 'acme/ok' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

test('a call that gets no answer fails after the deadline, retries included, and says so', async () => {
  const gh = createGitHubClient({ token: 'ghs_test0123456789abcdef', baseUrl: url, requestTimeoutMs: 300, timeUnitMs: 1, retries: 2 });
  const started = Date.now();
  requests = 0;
  const call = gh.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'hang' });
  await expect(call).rejects.toThrow(GitHubClientError);
  await expect(call).rejects.toThrow(/^GET \/repos\/\{owner\}\/\{repo\}: no answer from the GitHub API within 0\.3s$/);
  expect(Date.now() - started).toBeLessThan(5000);
  expect(requests).toBeGreaterThanOrEqual(1);
});

test('calls that answer in time are unaffected, and each call has its own deadline', async () => {
  const gh = createGitHubClient({ token: 'ghs_test0123456789abcdef', baseUrl: url, requestTimeoutMs: 300, timeUnitMs: 1 });
  for (let i = 0; i < 3; i++) {
    const { data } = await gh.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'ok' });
    expect(data).toMatchObject({ full_name: 'acme/ok' });
    await new Promise((r) => setTimeout(r, 150)); // 3 x 150 ms > one deadline: not shared across calls
  }
});
