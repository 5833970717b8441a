// The approval gate's evidence names the policy's protected.exempt entries (path and reason), as
// guard-diff's does: the gate in process against the loopback GitHub server, its evidence file checked
// against the evidence schema.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runApprovalGate } from '../../src/actions/run-approval-gate.js';
import { evidenceProblems } from '../../src/core/evidence-validate.js';
import { bot, commit, diffEntry, fakeSha, startGitHubServer, type FakeGitHub } from '../support/github-server.js';
import { recordingCore } from '../support/recording-core.js';
import { pullRequestEvent } from '../support/webhooks.js';

const REPO = 'acme/widgets';
const HEAD = fakeSha('exempt-head');
const BASE = fakeSha('exempt-base');
const agent = bot('coding-agent');
const REASON = 'label rules only: actions/labeler reads it, nothing runs it';
const POLICY = `version: 1
agents: ["*[bot]"]
default_tier: medium
protected:
  exempt:
    - { path: .github/labeler.yml, reason: "${REASON}" }
approvals:
  high: { count: 1 }
`;

let fake: FakeGitHub;
let dir: string;
beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: BASE } });
  fake.addUser(agent);
  fake.setFile(REPO, BASE, '.github/agent-policy.yml', POLICY);
  dir = mkdtempSync(join(tmpdir(), 'agent-guard-gate-exempt-'));
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

async function gate(files: string[]) {
  fake.addPull(REPO, 5, {
    user: agent,
    head: { sha: HEAD, ref: 'agent/labels' },
    base: { sha: BASE, ref: 'main' },
    created_at: '2025-01-02T09:00:00Z',
    reviews: [],
    commits: [commit(REPO, { sha: HEAD, message: 'labels', author: { name: 'coding-agent[bot]', email: '1+coding-agent[bot]@users.noreply.github.com', user: agent } })],
    files: files.map((filename) => diffEntry(REPO, { filename, ref: HEAD })),
  });
  const payload = pullRequestEvent({ action: 'opened', owner: 'acme', repo: 'widgets', number: 5, baseSha: BASE, headSha: HEAD, headRef: 'agent/labels', baseRef: 'main', author: agent.login });
  for (const r of [payload.repository, payload.pull_request.base.repo, payload.pull_request.head.repo]) if (r) r.default_branch = 'main';
  payload.pull_request = fake.eventPull(REPO, 5, 'pull_request');
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  const rec = recordingCore({ 'github-token': 'ghs_gate_exempt_token', 'publish-status': 'true' });
  await runApprovalGate(rec.core, { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: REPO, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_RUN_ID: '9', GITHUB_SERVER_URL: 'https://github.com', RUNNER_TEMP: dir }, { clientOptions: { timeUnitMs: 1 } });
  return { rec, evidence: JSON.parse(readFileSync(rec.outputs['evidence-path']!, 'utf8')) };
}

test('the gate evidence carries each exemption with its reason and is valid evidence', async () => {
  const { evidence } = await gate(['.github/labeler.yml']);
  expect(evidence.policy).toMatchObject({ source: expect.stringContaining('.github/agent-policy.yml'), exempt: [{ path: '.github/labeler.yml', reason: REASON }] });
  expect(evidenceProblems(evidence)).toEqual([]);
});

test('a policy without exemptions leaves the field out', async () => {
  fake.setFile(REPO, BASE, '.github/agent-policy.yml', POLICY.replace(/protected:\n(?: .*\n)+/, ''));
  const { evidence } = await gate(['src/app.ts']);
  expect(evidence.policy).not.toHaveProperty('exempt');
  expect(evidenceProblems(evidence)).toEqual([]);
});
