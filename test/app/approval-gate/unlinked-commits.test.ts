// A commit whose author or committer no account can be tied to (the commit API's `author: null`, an
// email GitHub links to nobody) may be a reviewer's own under another address: the gate asks for one
// approval more than the policy's count and says why, or denies when the policy says so.

import { collectApprovalGate } from '../../../src/app/approval-gate.js';
import { createGitHubClient } from '../../../src/adapters/github-client.js';
import { bot, commit, diffEntry, fakeSha, review, startGitHubServer, user, type FakeGitHub, type GitHubCommit } from '../../support/github-server.js';
import { agentGatePolicy } from '../../support/gate-policy.js';

const REPO = 'acme/widgets';
const N = 31;
const HEAD = fakeSha('unlinked-head');
const BASE = fakeSha('unlinked-base');
const agent = bot('coding-agent');
const alice = user('alice');
const bob = user('bob');

const policy = agentGatePolicy;

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: BASE } });
  fake.addCollaborator(REPO, alice, 'write');
  fake.addCollaborator(REPO, bob, 'write');
  fake.addUser(agent);
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

const agentCommit = (sha: string): GitHubCommit => commit(REPO, { sha, message: 'agent change', author: { name: 'coding-agent[bot]', email: '1+coding-agent[bot]@users.noreply.github.com', user: agent } });
// Alice committed under a private address GitHub does not link to her account: `author: null`.
const unlinked = (sha: string): GitHubCommit => commit(REPO, { sha, message: 'tweak', author: { name: 'A. Person', email: 'a.person@home.example', user: null } });

function open(commits: GitHubCommit[], approvers = [alice], extra = '') {
  fake.addPull(REPO, N, {
    user: agent,
    head: { sha: HEAD, ref: 'agent/fix' },
    base: { sha: BASE, ref: 'main' },
    commits,
    files: [diffEntry(REPO, { filename: 'src/app.ts', ref: HEAD })],
    reviews: approvers.map((u, i) => review(REPO, N, { user: u, state: 'APPROVED', commit_id: HEAD, submitted_at: `2025-03-03T10:00:0${i}Z` })),
  });
  fake.setFile(REPO, BASE, '.github/agent-policy.yml', policy(extra));
}

const gate = () => collectApprovalGate(createGitHubClient({ token: 'ghs_unlinked', baseUrl: fake.url, timeUnitMs: 1 }), { owner: 'acme', repo: 'widgets', pullNumber: N });
const short = (s: string) => s.slice(0, 12);

describe('attack: a commit by someone no account can be tied to', () => {
  it('an unlinked author: one approval more than the policy asks, and the reason names the commit', async () => {
    const c = unlinked(fakeSha('unlinked-1'));
    open([c, agentCommit(HEAD)]);
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.required).toBe(2);
    expect(r.evaluation.requirements.find((q) => q.name === 'approval_count')?.reason).toBe(
      `1 of 2 required qualified approvals on ${short(HEAD)} (alice) (1 by the policy and 1 more: an author of ${short(c.sha)} ("A. Person" <a.person@home.example>); the committer of ${short(c.sha)} ("A. Person" <a.person@home.example>) cannot be tied to a GitHub account)`,
    );
  });

  it('an unlinked author and two independent approvals: approved', async () => {
    open([unlinked(fakeSha('unlinked-2')), agentCommit(HEAD)], [alice, bob]);
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(r.evaluation.required).toBe(2);
  });

  it('unlinked_commits: deny in the policy: a deny, whatever the approvals', async () => {
    open([unlinked(fakeSha('unlinked-3')), agentCommit(HEAD)], [alice, bob], ', unlinked_commits: deny');
    const r = await gate();
    expect(r.decision).toBe('deny');
    expect(r.evaluation.blocking.map((b) => b.code)).toEqual(['unlinked_commits']);
    expect(r.evaluation.blocking[0]!.reason).toMatch(/cannot be tied to a GitHub account, and approvals\.high\.unlinked_commits is deny$/);
  });

  it('every author and committer linked (an account, or a no-reply address): the policy count alone', async () => {
    open([agentCommit(HEAD)]);
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(r.evaluation.required).toBe(1);
  });
});
