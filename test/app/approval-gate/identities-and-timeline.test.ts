// The approval gate against who-counts tricks: an agent, or its operator, wants a high-risk change
// merged without a real independent approval, through identities (renamed accounts, co-authors),
// the review timeline, CODEOWNERS at the base, or the status. Each test names the trick and asserts
// the decision AND the reason, through the product's Octokit factory over real HTTP to the loopback
// GitHub API (every response checked against the OpenAPI description). A deny or approval_required
// is an acceptable fail-closed answer; a wrong `approved` is a bug.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectApprovalGate, type CollectOptions } from '../../../src/app/approval-gate.js';
import { MAX_PERMISSION_LOOKUPS } from '../../../src/adapters/github-permissions.js';
import type { GateResult } from '../../../src/core/approval-gate.js';
import { GATE_CONTEXT, gateJson, statusFor } from '../../../src/core/approval-report.js';
import { createGitHubClient, type GitHubClient } from '../../../src/adapters/github-client.js';
import { publishStatus, requestReviews } from '../../../src/adapters/github-status.js';
import {
  bot,
  commit,
  diffEntry,
  fakeSha,
  organization,
  review,
  startGitHubServer,
  user,
  withCoAuthors,
  type FakeGitHub,
  type GitHubCommit,
  type GitHubDiffEntry,
  type GitHubReview,
  type GitHubUser,
  type ReviewState,
} from '../../support/github-server.js';

const REPO = 'acme/widgets';
const N = 11;
const T = { owner: 'acme', repo: 'widgets', pullNumber: N };
const HEAD = fakeSha('identities-head');
const BASE = fakeSha('identities-base');
const POLICY_PATH = '.github/agent-policy.yml';
const MANIFEST_PATH = '.github/agent-tasks/current.yml';

const agent = bot('coding-agent');
const alice = user('alice'); // write
const bob = user('bob'); // maintain
const carol = user('carol'); // admin
const dave = user('dave'); // read
const ian = user('ian'); // write; the manifest's initiator
const cody = user('cody'); // write
const webFlow = user('web-flow'); // GitHub's web-UI committer

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

const manifest = (initiator: string | null) => `agent_task:
  subject: coding-agent:pull-request
  repository: acme/widgets
  branch_pattern: agent/*
  capabilities: [read_repository, write_branch, open_pull_request]
${initiator ? `  initiator: ${initiator}\n` : ''}`;

let fake: FakeGitHub;
let clock = 0;

beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: BASE } });
  fake.addCollaborator(REPO, alice, 'write');
  fake.addCollaborator(REPO, bob, 'maintain');
  fake.addCollaborator(REPO, carol, 'admin');
  fake.addCollaborator(REPO, dave, 'read');
  fake.addCollaborator(REPO, ian, 'write');
  fake.addCollaborator(REPO, cody, 'write');
  fake.addUser(agent);
  fake.addUser(webFlow);
  clock = 0;
});

afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

function client(): GitHubClient {
  return createGitHubClient({ token: 'ghs_approval_gate_identities', baseUrl: fake.url, timeUnitMs: 1 });
}

const at = () => new Date(Date.UTC(2025, 2, 3, 10, 0, clock++)).toISOString().replace(/\.\d{3}Z$/, 'Z');

function rev(u: GitHubUser | null, state: ReviewState = 'APPROVED', sha: string | null = HEAD): GitHubReview {
  return review(REPO, N, { user: u, state, commit_id: sha, ...(state === 'PENDING' ? {} : { submitted_at: at() }) });
}

function agentCommit(sha: string, message = 'agent change'): GitHubCommit {
  return commit(REPO, { sha, message, author: { name: 'coding-agent[bot]', email: '1+coding-agent[bot]@users.noreply.github.com', user: agent } });
}

interface PullSetup {
  reviews?: GitHubReview[];
  commits?: GitHubCommit[];
  files?: GitHubDiffEntry[];
  author?: GitHubUser;
  policy?: string;
  codeowners?: string | Uint8Array;
  manifest?: string;
}

function openPull(s: PullSetup = {}) {
  const pull = fake.addPull(REPO, N, {
    user: s.author ?? agent,
    head: { sha: HEAD, ref: 'agent/fix' },
    base: { sha: BASE, ref: 'main' },
    created_at: '2025-03-03T09:00:00Z',
    reviews: s.reviews ?? [],
    commits: s.commits ?? [agentCommit(HEAD)],
    files: s.files ?? [diffEntry(REPO, { filename: 'src/app.ts', ref: HEAD })],
  });
  fake.setFile(REPO, BASE, POLICY_PATH, s.policy ?? policy());
  if (s.codeowners !== undefined) fake.setFile(REPO, BASE, '.github/CODEOWNERS', s.codeowners);
  if (s.manifest !== undefined) fake.setFile(REPO, BASE, MANIFEST_PATH, s.manifest);
  return pull;
}

const gate = (opts: CollectOptions = {}, c: GitHubClient = client()): Promise<GateResult> => collectApprovalGate(c, T, opts);
const codes = (r: GateResult) => r.evaluation.rejected.map((x) => `${x.login}:${x.code}`);
const blocking = (r: GateResult) => r.evaluation.blocking.map((b) => `${b.code}: ${b.reason}`);
const requirement = (r: GateResult, name: string) => r.evaluation.requirements.find((q) => q.name === name);

// ---------------------------------------------------------------------------------------------------
describe('attack: identities', () => {
  it('a co-author who renamed their account: the old ID+login no-reply address still names the account (by id)', async () => {
    // Cody co-authored with his no-reply address, then renamed the account to cody-renamed (same id);
    // the old login "cody" could even be taken by someone else now.
    const renamed = user('cody-renamed', { id: cody.id });
    fake.addCollaborator(REPO, renamed, 'write');
    const message = withCoAuthors('agent change', [{ name: 'Cody', email: `${cody.id}+cody@users.noreply.github.com` }]);
    openPull({ commits: [agentCommit(HEAD, message)], reviews: [rev(renamed)] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['cody-renamed:co_author']);
    expect(r.evaluation.rejected[0]!.reason).toBe(
      `cody-renamed is a co-author (Co-authored-by) of commit ${HEAD.slice(0, 12)} (matched by account id ${cody.id}, ${cody.id}+cody@users.noreply.github.com): not independent of the change`,
    );
  });

  it('a commit author who renamed after the REST author was resolved: matched by the account id the commit carries', async () => {
    // The commit's REST author is the account (id) under its old login; the review shows the new login.
    const old = user('pat-old', { id: 424242 });
    const now = user('pat-new', { id: 424242 });
    fake.addCollaborator(REPO, now, 'write');
    const c = commit(REPO, { sha: HEAD, message: 'tweak', author: { name: 'Pat', email: 'pat@corp.example', user: old } });
    openPull({ commits: [c], reviews: [rev(now)] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['pat-new:commit_author']);
    expect(r.evaluation.rejected[0]!.reason).toMatch(/matched by account id 424242/);
  });

  it("the pull request's author under a login the event snapshot no longer shares (renamed since): matched by account id", async () => {
    // The event payload names the author as it was at event time; the review list names the account now.
    openPull({ author: alice, commits: [agentCommit(HEAD)], reviews: [rev(alice)] });
    const payload = fake.eventPull(REPO, N, 'pull_request');
    payload.user = { ...(payload.user as object), login: 'alice-before-rename' };
    const r = await gate({ pullFromEvent: payload });
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['alice:pr_author']);
    expect(r.evaluation.rejected[0]!.reason).toBe('alice is the pull request author');
  });

  it('deleted account (user: null), the "ghost" placeholder, a Mannequin and an organization never count, whatever they approved', async () => {
    const ghost = user('ghost', { id: 10137 });
    const mannequin = { ...user('imported-alice'), type: 'Mannequin' } as unknown as GitHubUser;
    const org = organization('acme-reviewers');
    fake.addUser(ghost);
    fake.addCollaborator(REPO, mannequin, 'write');
    fake.addCollaborator(REPO, org, 'admin');
    openPull({ reviews: [rev(null), rev(ghost), rev(mannequin), rev(org)] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['null:no_user', 'ghost:permission_insufficient', 'imported-alice:agent', 'acme-reviewers:agent']);
    const reasons = r.evaluation.rejected.map((x) => x.reason);
    expect(reasons[0]).toBe('the review has no user (deleted account)');
    expect(reasons[2]).toBe('imported-alice has account type "Mannequin", not User: agents never approve');
    expect(reasons[3]).toBe('acme-reviewers is an organization, not a person: agents never approve');
    // Only ghost's permission was worth a lookup; it is not a collaborator.
    expect(r.facts.permissions).toEqual({ ghost: 'read' });
    expect(blocking(r)).toEqual([`approval_count: 0 of 1 required qualified approval on ${HEAD.slice(0, 12)}`]);
  });

  it('login case variants: a CODEOWNERS owner @Carol is satisfied by carol; a trailer in upper case still excludes the co-author', async () => {
    const message = withCoAuthors('agent change', [{ name: 'CODY', email: `${cody.id}+CODY@USERS.NOREPLY.GITHUB.COM` }]);
    openPull({
      commits: [agentCommit(HEAD, message)],
      reviews: [rev(cody), rev(carol)],
      policy: policy('high: { count: 1, codeowners: true }'),
      codeowners: '* @Carol @Cody\n',
    });
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(codes(r)).toEqual(['cody:co_author']);
    expect(r.evaluation.codeowners).toEqual([expect.objectContaining({ path: 'src/app.ts', satisfiedBy: ['carol'], reason: 'approved by code owner carol (line 1)' })]);
  });

  it("the manifest's initiator is read from the BASE commit: a head copy that drops or renames the initiator changes nothing", async () => {
    openPull({ reviews: [rev(ian)], manifest: manifest('ian') });
    fake.setFile(REPO, HEAD, MANIFEST_PATH, manifest('someone-else'));
    const r = await gate({ manifestPath: MANIFEST_PATH });
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['ian:initiator']);
    expect(r.evaluation.rejected[0]!.reason).toBe("ian started the agent's task (manifest initiator)");
    expect(r.manifestSource?.source).toBe(`${BASE.slice(0, 12)}:${MANIFEST_PATH}`);
    expect(fake.requests.filter((q) => q.path.endsWith('current.yml')).map((q) => q.query.ref)).toEqual([BASE]);
  });
});

// ---------------------------------------------------------------------------------------------------
describe('attack: commit contributors', () => {
  it('Co-authored-by with odd case and spacing, CRLF, several trailers, and one in the middle of the body: every named account is excluded', async () => {
    const message = [
      'agent change',
      '',
      'Paired with a human on this one.',
      'co-AUTHORED-by :\tAlice   <ALICE@users.noreply.github.com>  ', // mid-body, odd case and spacing
      '',
      'More text after it.',
      '',
      'Co-authored-by: Cody <' + cody.id + '+cody@users.noreply.github.com>',
      'Co-authored-by: Bob <bob@users.noreply.github.com>',
    ].join('\r\n');
    openPull({ commits: [agentCommit(HEAD, message)], reviews: [rev(alice), rev(bob), rev(cody)] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['alice:co_author', 'bob:co_author', 'cody:co_author']);
    expect(r.facts.commits[0]!.coAuthors.map((c) => c.email)).toEqual(['ALICE@users.noreply.github.com', `${cody.id}+cody@users.noreply.github.com`, 'bob@users.noreply.github.com']);
    // Nobody excluded by a trailer costs a permission lookup.
    expect(r.facts.permissions).toEqual({});
  });

  it('a human who edited the branch in the web UI (committer web-flow) is excluded as the author; web-flow itself is not an approver', async () => {
    const c = commit(REPO, {
      sha: HEAD,
      message: 'Update app.ts',
      author: { name: 'Alice', email: 'alice@corp.example', user: alice },
      committer: { name: 'GitHub', email: 'noreply@github.com', user: webFlow },
    });
    openPull({ commits: [agentCommit(fakeSha('first')), c], reviews: [rev(alice), rev(webFlow)] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['alice:commit_author', 'web-flow:committer']);
    expect(r.evaluation.rejected[0]!.reason).toBe(`alice is an author of commit ${HEAD.slice(0, 12)} (matched by login): not independent of the change`);
  });

  it('an email linked to an account by another commit of the pull request excludes that account as a co-author elsewhere', async () => {
    // Commit 1 (by alice, REST-resolved) links alice@corp.example to alice; commit 2's trailer uses it.
    const c1 = commit(REPO, { sha: fakeSha('alice-commit'), message: 'x', author: { name: 'A', email: 'Alice@Corp.Example', user: alice } });
    const c2 = agentCommit(HEAD, withCoAuthors('agent change', [{ name: 'whoever', email: 'alice@corp.example' }]));
    openPull({ commits: [c1, c2], reviews: [rev(alice)] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['alice:commit_author']);
  });

  it('an unlinked author email on a review event (no last pusher): she cannot be tied to it, so one approval more is needed, and the result says why', async () => {
    // A human pushes a commit whose author email GitHub links to no account, then approves. On a
    // pull_request_review event the pusher is unknown. The gate cannot match names (not identities),
    // so a second independent approval is required (approvals.<tier>.unlinked_commits).
    const c = commit(REPO, { sha: HEAD, message: 'fix', author: { name: 'Alice', email: 'alice@laptop.local', user: null } });
    openPull({ commits: [c], reviews: [rev(alice)] });
    const r = await gate({ pullFromEvent: fake.eventPull(REPO, N, 'pull_request_review') });
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.required).toBe(2);
    expect(requirement(r, 'approval_count')?.reason).toMatch(/1 by the policy and 1 more: an author of [0-9a-f]{12} \("Alice" <alice@laptop\.local>\)/);
    expect(r.evaluation.warnings).toEqual(
      expect.arrayContaining([
        `an author of ${HEAD.slice(0, 12)} ("Alice" <alice@laptop.local>) is not linked to any GitHub login: it cannot be matched to a reviewer`,
        'the last pusher is unknown: only commit authors, committers and co-authors were excluded',
      ]),
    );
    expect(gateJson(r).warnings).toEqual(expect.arrayContaining([expect.stringMatching(/alice@laptop\.local/)]));
  });
});

// ---------------------------------------------------------------------------------------------------
describe('attack: the review timeline', () => {
  it('APPROVED, then DISMISSED, then COMMENTED: the comment does not revive the dismissed approval', async () => {
    const approval = rev(alice);
    openPull({ reviews: [approval] });
    fake.dismissReview(REPO, N, approval.id, bob);
    fake.pull(REPO, N).reviews.push(rev(alice, 'COMMENTED'));
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['alice:dismissed']);
  });

  it('a PENDING (draft) approval on the head that the token can see is not an approval', async () => {
    openPull({ reviews: [rev(alice, 'PENDING')] });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.counted).toEqual([]);
    expect(r.evaluation.rejected).toEqual([]);
    expect(blocking(r)).toEqual([`approval_count: 0 of 1 required qualified approval on ${HEAD.slice(0, 12)}`]);
  });

  it('the same review listed on two pages (the list shifted while read: one may be missing) -> deny', async () => {
    // alice's approval, 98 comments, the last comment of page 1 again at the top of page 2: GitHub
    // lists reviews by id, so a draft review submitted meanwhile (say bob's change request) appears
    // BEFORE the cursor and pushes the last one over. That change request is on neither page read.
    const reviews: GitHubReview[] = [rev(alice), ...Array.from({ length: 98 }, () => rev(dave, 'COMMENTED'))];
    const shifted = rev(dave, 'COMMENTED');
    reviews.push(shifted, shifted);
    openPull({ reviews });
    const r = await gate();
    expect(r.decision).toBe('deny');
    expect(r.problems).toEqual([`review ${shifted.id} is listed twice: the list of reviews changed while it was read (one may have been skipped); the next event re-evaluates`]);
    expect(blocking(r)).toEqual(['incomplete_inputs: the list of reviews is incomplete']);
    expect(statusFor(r)).toMatchObject({ state: 'failure', description: expect.stringMatching(/listed twice/) });
  });

  it(`a change request identities the permission-lookup budget (${MAX_PERMISSION_LOOKUPS}) still blocks: sock-puppet reviews cannot push it out`, async () => {
    // On a public repository anyone can submit an APPROVE review. The operator's puppets approve after
    // alice, so their lookups use the budget and carol's (admin) change request is never looked up.
    const puppets = Array.from({ length: MAX_PERMISSION_LOOKUPS - 1 }, (_, i) => fake.addUser(user(`puppet-${i}`)));
    const cr = rev(carol, 'CHANGES_REQUESTED');
    openPull({ reviews: [rev(alice), ...puppets.map((p) => rev(p)), cr] });
    const r = await gate();
    expect(fake.countRequests({ operation: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission' })).toBe(MAX_PERMISSION_LOOKUPS);
    expect(r.facts.permissions.carol).toBeUndefined();
    expect(r.evaluation.counted.map((c) => c.login)).toEqual(['alice']);
    expect(r.decision).toBe('approval_required');
    expect(blocking(r)).toEqual([
      `changes_requested: carol requested changes (review ${cr.id}): it stands because carol repository permission was not looked up: never assumed`,
    ]);
    expect(r.evaluation.warnings).toContain(`permission of carol was not looked up (more than ${MAX_PERMISSION_LOOKUPS} lookups): never counted`);
  });

  it("a change request from a policy reviewer team member whose membership the token cannot read (403) still blocks", async () => {
    fake.addTeam('acme', 'security', [alice, carol]);
    const cr = rev(carol, 'CHANGES_REQUESTED');
    openPull({ reviews: [rev(alice), cr], policy: policy('high: { count: 1, reviewers: { teams: [acme/security] } }') });
    // The token may read alice's membership but not carol's (403, as for a token without members: read).
    const c = client();
    c.hook.wrap('request', async (request, options) => {
      if (String(options.url).includes('/memberships/') && options.username === 'carol') throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
      return request(options);
    });
    const r = await gate({}, c);
    // alice's membership was read, carol's was refused: the team is unknown for everyone (a partial
    // list would read carol as a non-member, whose change request would then not block).
    expect(r.facts.teamMembers).toEqual({});
    expect(r.decision).toBe('approval_required');
    expect(codes(r)).toEqual(['alice:team_membership_unknown']);
    expect(blocking(r)).toEqual([
      `approval_count: 0 of 1 required qualified approval on ${HEAD.slice(0, 12)}`,
      `changes_requested: carol requested changes (review ${cr.id}): it stands because carol is not one of the policy's reviewers (@acme/security) as far as known: membership of acme/security was not looked up`,
    ]);
    expect(r.evaluation.warnings).toContain('membership of team acme/security could not be read with this token (it needs members: read): its members are not counted as such');
  });

  it('a change request whose author is then demoted to read no longer blocks (permission is looked up now, as GitHub does)', async () => {
    openPull({ reviews: [rev(alice), rev(cody, 'CHANGES_REQUESTED')] });
    expect((await gate()).decision).toBe('approval_required');
    fake.addCollaborator(REPO, cody, 'read');
    const r = await gate();
    expect(r.decision).toBe('approved');
    expect(codes(r)).toEqual(['cody:permission_insufficient']);
    expect(r.evaluation.rejected[0]!.reason).toBe('change request does not block: cody repository permission is "read"; write, maintain or admin is needed');
  });
});

// ---------------------------------------------------------------------------------------------------
describe('attack: CODEOWNERS at the base commit', () => {
  const CO = policy('high: { count: 1, codeowners: true }');

  it('a case variant of a protected directory (.GITHUB/ vs /.github/) needs the owners of both readings, not only the catch-all', async () => {
    // On a case-insensitive checkout (macOS, Windows runners) .GITHUB/actions/setup/action.yml is the
    // composite action .github/actions/setup uses. GitHub's case-sensitive CODEOWNERS gives it to "*".
    fake.addTeam('acme', 'security', [carol]);
    const files = [diffEntry(REPO, { filename: '.GITHUB/actions/setup/action.yml', status: 'added', ref: HEAD })];
    openPull({ files, reviews: [rev(alice)], policy: CO, codeowners: '*  @alice\n/.github/ @acme/security\n' });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.codeowners.map((p) => [p.line, p.satisfiedBy])).toEqual([
      [1, ['alice']],
      [2, []],
    ]);
    expect(requirement(r, 'codeowners')?.reason).toBe(
      '1 path without code-owner approval: .GITHUB/actions/setup/action.yml: ignoring case, needs a qualified approval from @acme/security (line 2, /.github/)',
    );
    // The team of the case-insensitive reading is looked up and routed to like any other owner.
    fake.pull(REPO, N).reviews.push(rev(carol));
    const ok = await gate();
    expect(ok.decision).toBe('approved');
    expect(ok.facts.teamMembers).toEqual({ 'acme/security': ['carol'] });
  });

  it('a rule with no owners un-owns a path on GitHub; the gate then has nobody who can approve it (fail closed)', async () => {
    openPull({ reviews: [rev(alice), rev(carol)], policy: CO, codeowners: '* @carol\n/src/\n' });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(requirement(r, 'codeowners')?.reason).toBe('1 path without code-owner approval: src/app.ts: .github/CODEOWNERS line 2 (/src/) leaves src/app.ts without owners');
  });

  it('trailing blanks, tab separators and an inline comment are read as GitHub does (owner carol, not "#")', async () => {
    openPull({ reviews: [rev(alice)], policy: CO, codeowners: '# owners\n/src/ \t @carol\t# @alice   \n' });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.codeowners).toEqual([expect.objectContaining({ path: 'src/app.ts', line: 2, owners: ['@carol'], satisfiedBy: [] })]);
    fake.pull(REPO, N).reviews.push(rev(carol));
    expect((await gate()).decision).toBe('approved');
  });

  it('an escaped "\\#" or "\\ " pattern (no escaping in CODEOWNERS) makes the file unreliable: deny, never a guess', async () => {
    openPull({ reviews: [rev(alice)], policy: CO, codeowners: '* @alice\n/docs/\\#notes.md @carol\n/src/my\\ app.ts @carol\n' });
    const r = await gate();
    expect(r.decision).toBe('deny');
    expect(blocking(r)).toEqual([
      'codeowners_invalid: .github/CODEOWNERS has 2 problems: line 2: "/docs/\\\\#notes.md": "\\" escaping does not work in CODEOWNERS (the line is skipped); line 3: "/src/my\\\\": "\\" escaping does not work in CODEOWNERS (the line is skipped); fix it on the base branch',
    ]);
  });

  it('an email owner can never be tied to an approver: the path stays unapproved', async () => {
    openPull({ reviews: [rev(alice)], policy: CO, codeowners: '* alice@corp.example\n' });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.codeowners[0]!.reason).toBe('needs a qualified approval from alice@corp.example (line 1); email owner alice@corp.example cannot be verified');
  });

  it('a team the token cannot see (404) is not evidence of membership', async () => {
    openPull({ reviews: [rev(alice)], policy: CO, codeowners: '* @acme/hidden-team\n' });
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.codeowners[0]!.reason).toBe('needs a qualified approval from @acme/hidden-team (line 1)');
    expect(fake.countRequests({ operation: 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}' })).toBe(1);
  });

  it('a CODEOWNERS file of 3 MB or more at the base (GitHub ignores it) is a deny', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, '#');
    openPull({ reviews: [rev(alice)], policy: CO, codeowners: big });
    const r = await gate();
    expect(r.decision).toBe('deny');
    expect(blocking(r)).toEqual([
      `codeowners_invalid: .github/CODEOWNERS has 1 problem: ${BASE.slice(0, 12)}:.github/CODEOWNERS is ${big.length} bytes; the limit is ${big.length - 1}; fix it on the base branch`,
    ]);
  });

  it("a CODEOWNERS added or rewritten in the pull request is not read (the base's owners decide)", async () => {
    openPull({
      reviews: [rev(alice)],
      policy: CO,
      codeowners: '* @carol\n',
      files: [diffEntry(REPO, { filename: 'src/app.ts', ref: HEAD }), diffEntry(REPO, { filename: 'CODEOWNERS', status: 'added', ref: HEAD })],
    });
    fake.setFile(REPO, HEAD, 'CODEOWNERS', '* @alice\n');
    fake.setFile(REPO, HEAD, '.github/CODEOWNERS', '* @alice\n');
    const r = await gate();
    expect(r.decision).toBe('approval_required');
    expect(r.evaluation.codeowners.map((p) => p.reason)).toEqual(['needs a qualified approval from @carol (line 1)', 'needs a qualified approval from @carol (line 1)']);
  });
});

// ---------------------------------------------------------------------------------------------------
describe('attack: the commit status', () => {
  it('two runs on the SAME head: statuses are last-writer-wins, so the example workflows serialize gate runs per pull request', async () => {
    // Run A reads alice's approval; alice then requests changes; run B reads that and publishes
    // pending. Were A to publish after B, success would stand over a change request. The ordering is
    // the workflow's: one concurrency group per pull request, queued (not cancelled mid-publish).
    openPull({ reviews: [rev(alice)] });
    const c = client();
    const a = await gate({}, c);
    expect(a.decision).toBe('approved');
    fake.pull(REPO, N).reviews.push(rev(alice, 'CHANGES_REQUESTED'));
    const b = await gate({}, c);
    expect(b.decision).toBe('approval_required');
    await publishStatus(c, T, HEAD, statusFor(b));
    expect(fake.repo(REPO).statuses.map((s) => [s.sha, s.data.context, s.data.state])).toEqual([[HEAD, GATE_CONTEXT, 'pending']]);
    for (const file of ['approval-gate.yml', 'agent-guard.yml']) {
      const text = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../examples/workflows', file), 'utf8');
      expect(text).toMatch(/^concurrency:\n {2}group: \S*\$\{\{ github\.event\.pull_request\.number \|\| github\.ref \}\}\n {2}cancel-in-progress: false$/m);
    }
  });

  it('a status never lands on a head other than the one judged, and its description carries no untrusted text raw', async () => {
    // The agent pushes while the gate reads: the event's head is judged and published on, nothing else.
    const pull = openPull({ reviews: [rev(alice)] });
    const payload = fake.eventPull(REPO, N, 'pull_request');
    // The comparison base...HEAD stays pinned to HEAD (its files too); the pull request moves on.
    pull.filesAt = { [HEAD]: pull.files };
    fake.pull(REPO, N).data.head.sha = fakeSha('moved');
    const c = client();
    const r = await gate({ pullFromEvent: payload }, c);
    expect(r.evaluation.headSha).toBe(HEAD);
    await publishStatus(c, T, r.evaluation.headSha, statusFor(r));
    const s = fake.repo(REPO).statuses;
    expect(s.map((x) => x.sha)).toEqual([HEAD]);
    expect(s[0]!.data.description).toBe(`approved ${HEAD.slice(0, 12)} into main by alice (1 of 1, high tier)`);
    expect(s[0]!.data.target_url).toBeNull();
  });

  it('a renamed co-author named in CODEOWNERS: routing (logins only) may ask them, but their approval never counts (matched by id)', async () => {
    const renamed = user('cody-renamed', { id: cody.id });
    fake.addCollaborator(REPO, renamed, 'write');
    const message = withCoAuthors('agent change', [{ name: 'Cody', email: `${cody.id}+cody@users.noreply.github.com` }]);
    openPull({ commits: [agentCommit(HEAD, message)], policy: policy('high: { count: 1, codeowners: true }'), codeowners: '* @cody-renamed @bob\n' });
    const c = client();
    const r = await gate({}, c);
    const routing = await requestReviews(c, T, r);
    // Routing sees logins only (a CODEOWNERS name has no id): cody-renamed is requested too, a wasted
    // request but not a hole: the evaluation matches the review's account id.
    expect(routing).toMatchObject({ outcome: 'requested', users: ['cody-renamed', 'bob'] });
    fake.pull(REPO, N).reviews.push(rev(renamed));
    const after = await gate({}, c);
    expect(after.decision).toBe('approval_required');
    expect(codes(after)).toEqual(['cody-renamed:co_author']);
  });
});
