// Rejection messages name the reviewer once: "coding-agent[bot] is an app account ...", never
// "coding-agent[bot] coding-agent[bot] is ...".

import { evaluateApprovals, reviewCandidates, type ApprovalFacts } from '../../src/core/approvals.js';
import { parsePolicy } from '../../src/core/policy.js';

const HEAD = 'a'.repeat(40);
const BASE = 'c'.repeat(40);

function policy(extra: Record<string, unknown> = {}) {
  const parsed = parsePolicy({ version: 1, agents: ['*[bot]', 'Copilot', 'ci-agent'], approvals: { high: { count: 1 } }, ...extra });
  if (!parsed.ok) throw new Error('policy');
  return parsed.policy;
}

function facts(reviewers: { login: string; type: string }[], state = 'APPROVED'): ApprovalFacts {
  return {
    headSha: HEAD,
    baseSha: BASE,
    tier: 'high',
    highRiskPaths: ['src/app.ts'],
    pullRequest: { number: 1, author: { login: 'someone', type: 'User' }, createdAt: '2025-01-01T00:00:00Z' },
    reviews: reviewers.map((u, i) => ({ id: i + 1, user: u, state, commitId: HEAD })),
    commits: [],
    lastPusher: 'someone-else',
    permissions: {},
    listsComplete: { reviews: true, commits: true, files: true },
  };
}

const AGENTS = [
  { login: 'coding-agent[bot]', type: 'Bot', reason: 'coding-agent[bot] is a bot account (type Bot: an app or automation): agents never approve' },
  { login: 'review-helper[bot]', type: 'User', reason: 'review-helper[bot] is an app account ([bot] suffix): agents never approve' },
  { login: 'Copilot', type: 'User', reason: 'Copilot is GitHub Copilot: agents never approve' },
  { login: 'ci-agent', type: 'User', reason: 'ci-agent matches the policy\'s agent pattern "ci-agent": agents never approve' },
];

describe('agent rejection messages', () => {
  it.each(AGENTS)('$login: the approval is rejected with the login named once', ({ login, type, reason }) => {
    const e = evaluateApprovals(facts([{ login, type }]), policy());
    expect(e.rejected).toEqual([expect.objectContaining({ login, code: 'agent', reason })]);
    expect(e.rejected[0]!.reason.startsWith(`${login} ${login}`)).toBe(false);
  });

  it.each(AGENTS)('$login: a change request that does not block names the login once', ({ login, type, reason }) => {
    const e = evaluateApprovals(facts([{ login, type }], 'CHANGES_REQUESTED'), policy());
    expect(e.rejected[0]!.reason).toBe(`change request does not block: ${reason}`);
  });

  it('a review candidate that is an agent is excluded with a reason that reads after its login', () => {
    const p = policy({ approvals: { high: { count: 1, reviewers: { users: ['ci-agent', 'alice'] } } } });
    const c = reviewCandidates({ ...facts([]), permissions: { alice: 'write' } }, p);
    expect(c.users).toEqual(['alice']);
    expect(c.excluded).toEqual([{ login: 'ci-agent', reason: 'matches the policy\'s agent pattern "ci-agent": agents never approve' }]);
  });

  it('other reasons are unchanged: "<login> is the pull request author"', () => {
    const f = facts([{ login: 'someone', type: 'User' }]);
    expect(evaluateApprovals(f, policy()).rejected[0]!.reason).toBe('someone is the pull request author');
  });
});
