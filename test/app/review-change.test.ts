// guard-diff and the approval gate judge a change with the same review (src/app/review-change.ts):
// the same commits get the same tier, the same verdict and the same file decisions from both, through
// real git in a temporary repository and the loopback GitHub API for the gate's pull request.

import { collectApprovalGate } from '../../src/app/approval-gate.js';
import { reviewChange } from '../../src/app/review-change.js';
import { createGitHubClient } from '../../src/adapters/github-client.js';
import type { GateResult } from '../../src/core/approval-gate.js';
import type { Evaluation } from '../../src/core/evaluate.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { bot, commit, review, startGitHubServer, user, type FakeGitHub } from '../support/github-server.js';

const REPO = 'acme/widgets';
const N = 21;
const BRANCH = 'agent/instructions';
const POLICY = `version: 1
agents: ["*[bot]", "coding-agent"]
default_tier: high
tiers:
  medium: ["src/**"]
  low: ["docs/**"]
capabilities:
  write_branch: { paths: ["src/**", "docs/**"] }
subjects:
  "coding-agent:pull-request":
    capabilities: [read_repository, write_branch]
    branches: ["agent/*"]
approvals:
  high: { count: 1 }
  medium: { count: 1 }
`;

const agent = bot('coding-agent');
const alice = user('alice');

let repo: TestRepo;
let restore: () => void;
let fake: FakeGitHub;
let base: string;

beforeAll(async () => {
  restore = isolateProcessGitConfig();
  repo = await TestRepo.init();
  await repo.write('.github/agent-policy.yml', POLICY);
  await repo.write('AGENTS.md', '# How agents work here\n');
  await repo.write('CLAUDE.md', '# (a copy)\n');
  await repo.write('.npmrc', 'fund=false\n');
  await repo.write('src/app.ts', 'export {};\n');
  base = await repo.commit('base');
});

afterAll(async () => {
  await repo.cleanup();
  restore();
});

beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: base } });
  fake.addCollaborator(REPO, alice, 'write');
  fake.addUser(agent);
});

afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

let seq = 0;

/** Commit `change` on a new agent branch, then judge it both ways: as guard-diff does, and as the gate does (approved by alice). */
async function judgeBoth(change: (r: TestRepo) => Promise<void>): Promise<{ diff: Evaluation; gate: GateResult }> {
  const branch = `${BRANCH}-${++seq}`;
  await repo.checkout(branch, { create: true, from: 'main' });
  await change(repo);
  const head = await repo.commit('agent change', { author: { name: 'coding-agent[bot]', email: 'agent@example.com' } });
  await repo.checkout('main');
  const diff = await reviewChange({ repo: repo.dir, base: 'main', head: branch, branch, repository: REPO, now: new Date('2025-05-01T00:00:00Z') });
  fake.addPull(REPO, N + seq, {
    user: agent,
    head: { sha: head, ref: branch },
    base: { sha: base, ref: 'main' },
    created_at: '2025-05-01T09:00:00Z',
    reviews: [review(REPO, N + seq, { user: alice, state: 'APPROVED', commit_id: head, submitted_at: '2025-05-01T10:00:00Z' })],
    commits: [commit(REPO, { sha: head, message: 'agent change', author: { name: 'coding-agent[bot]', email: '1+coding-agent[bot]@users.noreply.github.com', user: agent } })],
  });
  const client = createGitHubClient({ token: 'ghs_review_change_test', baseUrl: fake.url, timeUnitMs: 1 });
  const gate = await collectApprovalGate(client, { owner: 'acme', repo: 'widgets', pullNumber: N + seq }, { checkout: repo.dir, now: new Date('2025-05-01T00:00:00Z') });
  return { diff, gate };
}

/** What both must agree on: the verdict, the tier and every file's kind, tier and decision. */
const judged = (e: Evaluation) => ({ verdict: e.verdict, tier: e.tier, files: e.files.map((f) => ({ path: f.path, kind: f.kind, tier: f.tier, decision: f.decision, reasons: f.reasons })) });

describe('guard-diff and the approval gate agree on the same change', () => {
  it("the README's allowed link CLAUDE.md -> AGENTS.md: approval required in guard-diff, so the gate counts the approval (not a deny)", async () => {
    const { diff, gate } = await judgeBoth((r) => r.symlink('CLAUDE.md', 'AGENTS.md'));
    expect(diff.verdict).toBe('approval_required');
    expect(diff.files.find((f) => f.path === 'CLAUDE.md')).toMatchObject({ kind: 'symlink', tier: 'high', decision: 'approval_required' });
    expect(gate.tierSource.mode).toBe('git');
    expect(judged(gate.change)).toEqual(judged(diff));
    expect(gate.facts.guardDiff).toEqual({ verdict: 'approval_required', denials: [] });
    expect(gate.problems).toEqual([]);
    expect(gate.decision).toBe('approved');
  });

  it('a link between protected files of different kinds (.npmrc -> AGENTS.md) is a deny in both, with the same reason', async () => {
    const { diff, gate } = await judgeBoth((r) => r.symlink('.npmrc', 'AGENTS.md'));
    expect(diff.verdict).toBe('deny');
    expect(judged(gate.change)).toEqual(judged(diff));
    expect(gate.decision).toBe('deny');
    expect(gate.facts.guardDiff?.denials.join('\n')).toMatch(/\.npmrc/);
  });

  it('a link to a file that is missing at the head is a deny in both', async () => {
    const { diff, gate } = await judgeBoth(async (r) => {
      await r.symlink('CLAUDE.md', 'AGENTS.md');
      await r.remove('AGENTS.md');
    });
    expect(diff.verdict).toBe('deny');
    expect(judged(gate.change)).toEqual(judged(diff));
    expect(gate.decision).toBe('deny');
  });

  it('an ordinary source change: the same medium tier, and approved by one approval', async () => {
    const { diff, gate } = await judgeBoth((r) => r.write('src/app.ts', 'export const x = 1;\n'));
    expect(judged(gate.change)).toEqual(judged(diff));
    expect(diff.tier).toBe('medium');
    expect(gate.decision).toBe('approved');
  });
});
