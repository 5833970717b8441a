// A pull request into a base outside the protected targets is judged against the default branch's
// policy (as guard-diff does): the agent's own branch carries a base policy the agent wrote, and the
// gate's result belongs to the head commit, which a pull request into the default branch shares.

import { collectApprovalGate } from '../../../src/app/approval-gate.js';
import { createGitHubClient } from '../../../src/adapters/github-client.js';
import { bot, commit, diffEntry, fakeSha, startGitHubServer, type FakeGitHub } from '../../support/github-server.js';

const REPO = 'acme/widgets';
const HEAD = fakeSha('unprotected-head');
const MAIN = fakeSha('unprotected-main');
const OWN = fakeSha('unprotected-own');
const agent = bot('coding-agent');

const policy = (approvals: string, tiers = '') => `version: 1
agents: ["*[bot]"]
default_tier: high
${tiers}capabilities:
  write_branch: { paths: ["src/**"] }
subjects:
  "coding-agent:pull-request":
    capabilities: [read_repository, write_branch, open_pull_request]
    branches: ["agent/*"]
    repositories: ["acme/widgets"]
approvals:
  ${approvals}
`;

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: MAIN, 'agent/own': OWN } });
  fake.addUser(agent);
  const c = commit(REPO, { sha: HEAD, message: 'agent change', author: { name: 'coding-agent[bot]', email: '1+coding-agent[bot]@users.noreply.github.com', user: agent } });
  const files = [diffEntry(REPO, { filename: 'src/app.ts', ref: HEAD })];
  // The same head into main and into a branch the agent controls, whose policy needs no approval.
  fake.addPull(REPO, 1, { user: agent, head: { sha: HEAD, ref: 'agent/fix' }, base: { sha: MAIN, ref: 'main' }, commits: [c], files });
  fake.addPull(REPO, 2, { user: agent, head: { sha: HEAD, ref: 'agent/fix' }, base: { sha: OWN, ref: 'agent/own' }, commits: [c], files });
  fake.setFile(REPO, MAIN, '.github/agent-policy.yml', policy('high: { count: 1 }'));
  fake.setFile(REPO, OWN, '.github/agent-policy.yml', policy('high: { count: 1 }', 'tiers:\n  low: ["src/**"]\n'));
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

const client = () => createGitHubClient({ token: 'ghs_unprotected_base', baseUrl: fake.url, timeUnitMs: 1 });

describe('attack: a pull request into an unprotected base', () => {
  it("the agent's own branch as the base, its policy needing no approval: judged against main's policy, approval required", async () => {
    const r = await collectApprovalGate(client(), { owner: 'acme', repo: 'widgets', pullNumber: 2 }, { protectedBranches: null });
    expect(r.decision).toBe('approval_required');
    expect(r.facts.baseSha).toBe(MAIN);
    expect(r.policySource.source).toBe(`${MAIN.slice(0, 12)}:.github/agent-policy.yml`);
    expect(r.tierSource.notes.join('\n')).toContain('targets "agent/own", not a protected branch (main): judged against the default branch main');
  });

  it("without the protected targets (the request-capability verifier, which refuses such a base itself) the pull request's own base is read", async () => {
    const r = await collectApprovalGate(client(), { owner: 'acme', repo: 'widgets', pullNumber: 2 });
    expect(r.facts.baseSha).toBe(OWN);
  });

  it('a base named in protected-branches keeps its own policy, with no extra request', async () => {
    const r = await collectApprovalGate(client(), { owner: 'acme', repo: 'widgets', pullNumber: 2 }, { protectedBranches: ['main', 'agent/own'] });
    expect(r.facts.baseSha).toBe(OWN);
    expect(r.policySource.source).toBe(`${OWN.slice(0, 12)}:.github/agent-policy.yml`);
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/branches/{branch}' })).toBe(0);
  });
});
