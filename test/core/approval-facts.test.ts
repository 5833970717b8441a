// The approval gate's pure parts in src/core/approval-facts.ts: REST objects as facts, the files-API
// tier (every file escalated to high: the API shows no file modes), and which reviewers' permissions
// decide anything.

import { changeEntryFromFilesApi, coAuthorsOf, commitFact, parseRepository, pullInfo, reviewersNeedingPermission, reviewFact, tierFromFilesApi } from '../../src/core/approval-facts.js';
import type { ApprovalFacts } from '../../src/core/approvals.js';
import { compilePolicy, parsePolicy } from '../../src/core/policy.js';

const HEAD = 'a'.repeat(40);
const BASE = 'c'.repeat(40);

function policy(extra: Record<string, unknown> = {}) {
  const parsed = parsePolicy({ version: 1, agents: ['*[bot]', 'ci-agent'], default_tier: 'high', tiers: { low: ['docs/**'] }, approvals: { high: { count: 1 } }, ...extra });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.policy;
}

describe('REST objects as facts', () => {
  it('reads reviews, commits and co-authors defensively', () => {
    expect(reviewFact({ id: 3, user: { login: 'alice', type: 'User' }, state: 'APPROVED', commit_id: HEAD, submitted_at: '2025-01-01T00:00:00Z' })).toEqual({
      id: 3,
      user: { login: 'alice', type: 'User' },
      state: 'APPROVED',
      commitId: HEAD,
      submittedAt: '2025-01-01T00:00:00Z',
    });
    expect(reviewFact({ id: 'x', user: null, state: 7 })).toEqual({ id: -1, user: null, state: '', commitId: null, submittedAt: null });
    const c = commitFact({ sha: HEAD, author: { login: 'bot[bot]' }, committer: null, commit: { author: { name: 'B', email: 'b@x' }, committer: { name: 'C', email: 'c@x' }, message: 'x\n\nCo-authored-by: Cody <cody@example.com>\nco-authored-by:Cody <CODY@example.com>' } });
    expect(c.author).toEqual({ login: 'bot[bot]', email: 'b@x', name: 'B' });
    expect(c.committer).toEqual({ login: null, email: 'c@x', name: 'C' });
    expect(c.coAuthors).toEqual([{ name: 'Cody', email: 'cody@example.com' }]);
    expect(coAuthorsOf('Co-authored-by: no-email')).toEqual([{ name: 'no-email', email: '' }]);
  });

  it('the pull request names its base branch and the repository default branch', () => {
    const p = pullInfo({ number: 7, user: { login: 'a', type: 'Bot' }, head: { ref: 'agent/x' }, base: { ref: 'agent/loose', repo: { default_branch: 'main' } }, requested_reviewers: [{ login: 'alice' }, {}] }, 7);
    expect(p).toMatchObject({ number: 7, baseRef: 'agent/loose', defaultBranch: 'main', headRef: 'agent/x', requestedUsers: ['alice'], commits: null });
    expect(pullInfo({}, 9)).toMatchObject({ number: 9, baseRef: null, defaultBranch: null });
    // The branch checks see a fork's branch as owner:branch (the same rule as guard-diff's event reading).
    const repo = (full_name: string) => ({ full_name });
    expect(pullInfo({ head: { ref: 'agent/x', repo: repo('acme/w') }, base: { repo: repo('ACME/w') } }, 1).headBranch).toBe('agent/x');
    expect(pullInfo({ head: { ref: 'agent/x', repo: repo('mallory/w') }, base: { repo: repo('acme/w') } }, 1).headBranch).toBe('mallory:agent/x');
    expect(pullInfo({ head: { ref: 'agent/x', repo: null }, base: { repo: repo('acme/w') } }, 1).headBranch).toBe('(unknown repository):agent/x');
    expect(pullInfo({}, 1).headBranch).toBeNull();
    expect(parseRepository('acme/widgets')).toEqual({ owner: 'acme', repo: 'widgets' });
    expect(parseRepository('acme/..')).toBeNull();
  });
});

describe('the files-API tier', () => {
  it('maps statuses to change entries (a rename keeps both sides)', () => {
    expect(changeEntryFromFilesApi({ filename: 'b.ts', previous_filename: 'a.ts', status: 'renamed', sha: HEAD }).entry).toMatchObject({ status: 'renamed', path: 'b.ts', previousPath: 'a.ts', newBlob: HEAD });
    expect(changeEntryFromFilesApi({ filename: 'a.ts', status: 'removed' }).entry).toMatchObject({ status: 'deleted', newKind: 'none' });
    expect(changeEntryFromFilesApi({ filename: 'a.ts', status: 'weird' })).toMatchObject({ entry: { status: 'modified' }, apiStatus: 'weird' });
  });

  it('every file is high tier with the reason on it, even a docs file the policy calls low', () => {
    const p = policy();
    const input = { compiled: compilePolicy(p), source: 'test', sha256: 'f'.repeat(64) };
    const e = tierFromFilesApi([{ filename: 'docs/a.md', status: 'modified' }], { base: BASE, head: HEAD }, input, null);
    expect(e.tier).toBe('high');
    expect(e.verdict).toBe('approval_required');
    expect(e.files[0]).toMatchObject({ kind: 'unknown', tier: 'high', decision: 'approval_required' });
    expect(e.files[0]!.reasons.map((r) => r.message).join(' ')).toMatch(/file kind unknown/);
  });
});

describe('which reviewers need a permission lookup', () => {
  it('only those whose latest decisive review could count or block once the permission is known', () => {
    const facts: ApprovalFacts = {
      headSha: HEAD,
      baseSha: BASE,
      tier: 'high',
      highRiskPaths: ['src/a.ts'],
      pullRequest: { number: 1, author: { login: 'ci-agent', type: 'User' }, createdAt: '2025-01-01T00:00:00Z' },
      reviews: [
        { id: 1, user: { login: 'alice', type: 'User' }, state: 'APPROVED', commitId: HEAD },
        { id: 2, user: { login: 'bob', type: 'User' }, state: 'APPROVED', commitId: BASE }, // stale: rejected whatever bob's permission
        { id: 3, user: { login: 'helper[bot]', type: 'Bot' }, state: 'APPROVED', commitId: HEAD }, // an agent
        { id: 4, user: { login: 'carol', type: 'User' }, state: 'CHANGES_REQUESTED', commitId: BASE }, // blocks if carol can approve
        { id: 5, user: { login: 'dave', type: 'User' }, state: 'COMMENTED', commitId: HEAD }, // changes nothing
      ],
      commits: [],
      permissions: {},
      listsComplete: { reviews: true, commits: true, files: true },
    };
    expect(reviewersNeedingPermission(facts, policy()).logins.sort()).toEqual(['alice', 'carol']);
  });
});
