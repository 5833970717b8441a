// The approval gate on a merge queue's group (merge_group.checks_requested): the queue entry's pull
// request must have a qualifying approval of a head whose change is exactly the group's, and the group
// adds nothing beyond it. Real git in a temporary repository (the group's commit is a real merge of the
// pull request's head onto the base), the action run in-process against the loopback GitHub API, a real
// merge_group payload from @octokit/webhooks-examples pointed at these commits.

import { runGateAction } from '../../support/approval-gate-run.js';
import { TestRepo } from '../../support/git-repo.js';
import { bot, commit, diffEntry, review, startGitHubServer, user, type FakeGitHub, type GitHubReview } from '../../support/github-server.js';
import { webhookExample } from '../../support/webhooks.js';
import { agentGatePolicy } from '../../support/gate-policy.js';

const REPO = 'acme/widgets';
const N = 41;
const agent = bot('coding-agent');
const alice = user('alice');

const POLICY = agentGatePolicy();
const AGENT = { name: 'coding-agent[bot]', email: '1+coding-agent[bot]@users.noreply.github.com' };

let fake: FakeGitHub;
let repo: TestRepo;
let base: string;
let head: string;

beforeEach(async () => {
  fake = await startGitHubServer();
  repo = await TestRepo.init();
  await repo.write('.github/agent-policy.yml', POLICY);
  await repo.write('src/app.ts', 'export const x = 1;\n');
  await repo.write('src/other.ts', 'export const y = 1;\n');
  base = await repo.commit('base');
  await repo.checkout('agent/fix', { create: true });
  await repo.write('src/app.ts', 'export const x = 2;\n');
  head = await repo.commit('agent change', { author: AGENT, committer: AGENT });
  await repo.checkout('main');
  fake.addRepo('acme', 'widgets', { branches: { main: base } });
  fake.addCollaborator(REPO, alice, 'write');
  fake.addUser(agent);
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
  await repo.cleanup();
});

function openPull(reviews: GitHubReview[]) {
  fake.addPull(REPO, N, {
    user: agent,
    head: { sha: head, ref: 'agent/fix' },
    base: { sha: base, ref: 'main' },
    created_at: '2025-03-03T09:00:00Z',
    reviews,
    commits: [commit(REPO, { sha: head, message: 'agent change', author: { ...AGENT, user: agent } })],
    files: [diffEntry(REPO, { filename: 'src/app.ts', ref: head })],
  });
}

const approval = () => review(REPO, N, { user: alice, state: 'APPROVED', commit_id: head, submitted_at: '2025-03-03T10:00:00Z' });

/**
 * GitHub's group: the base, then a merge of each queued head (the merge method `merge`: "Merge pull
 * request #K from ..."; a number of null leaves it out, as a squash group's commit names none), on a
 * queue branch named after the last entry.
 */
async function buildGroup(heads: (string | [string, number | null])[], number = N): Promise<{ sha: string; ref: string }> {
  const ref = `gh-readonly-queue/main/pr-${number}-${base}`;
  await repo.checkout(ref, { create: true, from: base });
  let sha = base;
  for (const h of heads) {
    const [commitSha, n] = typeof h === 'string' ? [h, N] : h;
    sha = await repo.merge(commitSha, n === null ? `Queue ${commitSha.slice(0, 7)}` : `Merge pull request #${n} from acme/branch-${n}`);
  }
  await repo.checkout('main');
  return { sha, ref };
}

const OTHER = 40;

/** Pull request #40 (ahead in the queue): src/other.ts, or the given file. */
async function otherPull(reviews: (head: string) => GitHubReview[], path = 'src/other.ts'): Promise<string> {
  await repo.checkout('agent/other', { create: true, from: base });
  await repo.write(path, 'export const y = 666;\n');
  const other = await repo.commit('another change', { author: AGENT, committer: AGENT });
  await repo.checkout('main');
  fake.addPull(REPO, OTHER, {
    user: agent,
    head: { sha: other, ref: 'agent/other' },
    base: { sha: base, ref: 'main' },
    created_at: '2025-03-03T09:00:00Z',
    reviews: reviews(other),
    commits: [commit(REPO, { sha: other, message: 'another change', author: { ...AGENT, user: agent } })],
    files: [diffEntry(REPO, { filename: path, ref: other })],
  });
  return other;
}
const approvalOf = (n: number, sha: string) => review(REPO, n, { user: alice, state: 'APPROVED', commit_id: sha, submitted_at: '2025-03-03T10:00:00Z' });

function groupEvent(group: { sha: string; ref: string }) {
  const p = webhookExample('merge_group', 'checks_requested');
  p.merge_group.base_sha = base;
  p.merge_group.head_sha = group.sha;
  p.merge_group.base_ref = 'refs/heads/main';
  p.merge_group.head_ref = `refs/heads/${group.ref}`;
  p.merge_group.head_commit.id = group.sha;
  p.repository.full_name = REPO;
  p.repository.name = 'widgets';
  p.repository.owner.login = 'acme';
  p.repository.default_branch = 'main';
  return p;
}

const run = (payload: unknown, workspace: string | null = repo.dir) => runGateAction(fake, { repository: REPO, event: 'merge_group', payload, ...(workspace ? { workspace } : {}) });
const statuses = () => fake.repo(REPO).statuses.map((s) => [s.sha, s.data.state]);

describe('merge queue: the group passes only with an approved pull request and no change beyond it', () => {
  it("a group of one approved pull request: approved, success on the group's commit", async () => {
    openPull([approval()]);
    const group = await buildGroup([head]);
    const r = await run(groupEvent(group));
    expect(r.failed).toEqual([]);
    expect(r.outputs.decision).toBe('approved');
    expect(statuses()).toEqual([[group.sha, 'success']]);
    expect(r.evidence.approvals.merge_group).toEqual({
      head_sha: group.sha,
      base_sha: base,
      base_branch: 'main',
      queue_branch: group.ref,
      pull_requests: [{ number: N, head, decision: 'approved' }],
      same_change: true,
      paths: 1,
    });
    expect(r.evidence.approvals.counted).toEqual([expect.objectContaining({ login: 'alice', commit_id: head })]);
    // The pull request (a merge_group payload carries none), reviews, comparison, alice's permission,
    // the timeline, the dispatch runs, the status on the group: no latency, no review request.
    expect(r.evidence.api_requests).toEqual({ total: 7, by_phase: { collect: 3, permissions: 1, events: 1, initiators: 1, publish: 1 } });
  });

  it('the pull request is not approved: approval required, pending on the group', async () => {
    openPull([]);
    const group = await buildGroup([head]);
    const r = await run(groupEvent(group));
    expect(r.outputs.decision).toBe('approval_required');
    expect(statuses()).toEqual([[group.sha, 'pending']]);
  });

  it('a pull request ahead in the queue that no merge commit names (a squash group): deny, naming the path it adds', async () => {
    openPull([approval()]);
    const other = await otherPull((h) => [approvalOf(OTHER, h)]);
    const group = await buildGroup([[other, null], head]);
    const r = await run(groupEvent(group));
    expect(r.outputs.decision).toBe('deny');
    expect(r.evidence.approvals.blocking[0].reason).toBe(
      `the merge group ${group.sha.slice(0, 12)} (on main at ${base.slice(0, 12)}) changes "src/other.ts", which none of its pull requests' approved heads (#${N} at ${head.slice(0, 12)}) changes: the group adds a change beyond them (a pull request ahead in the queue is identified only by a merge commit "Merge pull request #K"; with the squash or rebase merge method, build the queue one pull request at a time)`,
    );
    expect(r.evidence.approvals.merge_group).toMatchObject({ same_change: false });
    expect(statuses()).toEqual([[group.sha, 'failure']]);
  });

  it('two pull requests, each approved, the one ahead named by its merge commit: approved', async () => {
    openPull([approval()]);
    const other = await otherPull((h) => [approvalOf(OTHER, h)]);
    const group = await buildGroup([[other, OTHER], head]);
    const r = await run(groupEvent(group));
    expect(r.failed).toEqual([]);
    expect(r.outputs.decision).toBe('approved');
    expect(r.evidence.approvals.merge_group).toMatchObject({
      pull_requests: [
        { number: OTHER, head: other, decision: 'approved' },
        { number: N, head, decision: 'approved' },
      ],
      same_change: true,
      paths: 2,
    });
    expect(statuses()).toEqual([[group.sha, 'success']]);
  });

  it('the pull request ahead is not approved: deny, naming it', async () => {
    openPull([approval()]);
    const other = await otherPull(() => []);
    const group = await buildGroup([[other, OTHER], head]);
    const r = await run(groupEvent(group));
    expect(r.outputs.decision).toBe('deny');
    expect(r.evidence.approvals.blocking[0].reason).toMatch(new RegExp(`^pull request #${OTHER} in the merge group ${group.sha.slice(0, 12)} is not approved \\(approval required\\): 0 of 1 required`));
  });

  it('a merge commit naming a pull request whose head is not the commit it merged: deny', async () => {
    openPull([approval()]);
    const other = await otherPull((h) => [approvalOf(OTHER, h)]);
    fake.pull(REPO, OTHER).data.head.sha = head; // the API says #40's head is another commit
    const group = await buildGroup([[other, OTHER], head]);
    const r = await run(groupEvent(group));
    expect(r.outputs.decision).toBe('deny');
    expect(r.failed.join('\n')).toContain(`names pull request #${OTHER} and merges ${other.slice(0, 12)}, but that pull request's head is ${head.slice(0, 12)}`);
  });

  it('two pull requests of the group change the same file: deny (the merged content is approved by neither)', async () => {
    openPull([approval()]);
    const other = await otherPull((h) => [approvalOf(OTHER, h)], 'src/shared.ts');
    await repo.checkout('agent/fix');
    await repo.write('src/shared.ts', 'export const y = 666;\n');
    head = await repo.commit('agent change touching the same file', { author: AGENT, committer: AGENT });
    await repo.checkout('main');
    fake.pull(REPO, N).data.head.sha = head;
    fake.pull(REPO, N).reviews.push(approval());
    fake.pull(REPO, N).commits.push(commit(REPO, { sha: head, message: 'agent change touching the same file', author: { ...AGENT, user: agent } }));
    fake.pull(REPO, N).files.push(diffEntry(REPO, { filename: 'src/shared.ts', ref: head }));
    const group = await buildGroup([[other, OTHER], head]);
    const r = await run(groupEvent(group));
    expect(r.outputs.decision).toBe('deny');
    expect(r.evidence.approvals.blocking[0].reason).toBe(
      `the merge group ${group.sha.slice(0, 12)} (on main at ${base.slice(0, 12)}): pull requests #${OTHER} and #${N} both change "src/shared.ts", so the group's content there is a merge of both that neither approval covers`,
    );
  });

  it("the group's content of a file the pull request changes is not the approved head's: deny", async () => {
    openPull([approval()]);
    const group = await buildGroup([head]);
    // The group's commit then changes the approved file once more (what a queue built on a moved base
    // that also edited it, or a forged group, would hold).
    await repo.checkout(group.ref);
    await repo.write('src/app.ts', 'export const x = 3;\n');
    const forged = { sha: await repo.commit('not approved', { author: AGENT, committer: AGENT }), ref: group.ref };
    await repo.checkout('main');
    const r = await run(groupEvent(forged));
    expect(r.outputs.decision).toBe('deny');
    expect(r.evidence.approvals.blocking[0].reason).toContain(`changes "src/app.ts" otherwise than pull request #${N}'s approved head (path, mode or blob)`);
  });

  it('a mode change the pull request does not have: deny (blobs alone are not the change)', async () => {
    openPull([approval()]);
    const group = await buildGroup([head]);
    await repo.checkout(group.ref);
    await repo.chmod('src/app.ts', true);
    const forged = { sha: await repo.commit('executable', { author: AGENT, committer: AGENT }), ref: group.ref };
    await repo.checkout('main');
    const r = await run(groupEvent(forged));
    expect(r.outputs.decision).toBe('deny');
    expect(r.evidence.approvals.blocking[0].reason).toContain('changes "src/app.ts" otherwise than');
  });

  it('without a checkout the group cannot be compared: deny, naming fetch-depth', async () => {
    openPull([approval()]);
    const group = await buildGroup([head]);
    const r = await run(groupEvent(group), null);
    expect(r.outputs.decision).toBe('deny');
    expect(r.failed.join('\n')).toContain(`the merge group ${group.sha.slice(0, 12)} is judged with git: check the repository out with fetch-depth: 0`);
    expect(statuses()).toEqual([[group.sha, 'failure']]);
  });

  it('a queue branch that names no pull request: deny before any request', async () => {
    const group = await buildGroup([head]);
    const p = groupEvent(group);
    p.merge_group.head_ref = 'refs/heads/gh-readonly-queue/main/something-else';
    const r = await run(p);
    expect(r.outputs.decision).toBe('deny');
    expect(r.failed.join('\n')).toContain('the merge queue branch "gh-readonly-queue/main/something-else" is not gh-readonly-queue/<base>/pr-<number>-<sha>');
  });

  it('the queue entry names a pull request into another branch: deny', async () => {
    openPull([approval()]);
    fake.pull(REPO, N).data.base.ref = 'release';
    const group = await buildGroup([head]);
    const r = await run(groupEvent(group));
    expect(r.outputs.decision).toBe('deny');
    expect(r.failed.join('\n')).toContain(`pull request #${N} of the merge group ${group.sha.slice(0, 12)} targets "release", not the group's base branch main`);
  });
});
