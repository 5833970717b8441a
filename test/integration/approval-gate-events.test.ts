// The events the approval gate runs on: the allow-list in src/core/events.ts (GATE_EVENTS, next to the
// minting events), applied by the action before it reads anything. Listed events with listed actions run;
// every other event or action is refused, the refusal naming it, with no request to the API.

import { GATE_EVENTS, gateEventProvenance, MINTING_EVENTS } from '../../src/core/events.js';
import { runGateAction } from '../support/approval-gate-run.js';
import { fakeSha, startGitHubServer, type FakeGitHub } from '../support/github-server.js';
import { pullRequestEvent, webhookExample } from '../support/webhooks.js';

const REPO = 'acme/widgets';
let fake: FakeGitHub;

beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo('acme', 'widgets', { branches: { main: fakeSha('main') } });
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

const repoOf = (p: Record<string, any>) => {
  p.repository.full_name = REPO;
  p.repository.name = 'widgets';
  p.repository.owner.login = 'acme';
  return p;
};

describe('gate events (pure): an allow-list beside the minting one', () => {
  it('lists pull_request, pull_request_target, pull_request_review and merge_group, each with its actions', () => {
    expect(Object.keys(GATE_EVENTS).sort()).toEqual(['merge_group', 'pull_request', 'pull_request_review', 'pull_request_target']);
    expect(GATE_EVENTS.merge_group).toMatchObject({ actions: ['checks_requested'], subject: 'merge_group' });
    // The one place: both tables live in the same module, with the same refusal shape.
    expect(MINTING_EVENTS.merge_group?.actions).toEqual(GATE_EVENTS.merge_group?.actions);
  });

  it.each([
    ['issue_comment', 'created', /does not run on the event issue_comment \(allowed: pull_request \(opened/],
    ['push', undefined, /does not run on the event push /],
    ['workflow_run', 'completed', /does not run on the event workflow_run /],
    ['pull_request', 'labeled', /does not run on the event pull_request\.labeled \(allowed actions: opened, synchronize, reopened, ready_for_review, edited\)/],
    ['pull_request', undefined, /pull_request\.\(no action\)/],
    ['pull_request_review', 'commented', /pull_request_review\.commented/],
    ['merge_group', 'destroyed', /merge_group\.destroyed \(allowed actions: checks_requested\)/],
    ['', undefined, /does not run on the event \(none\)/],
  ])('refuses %s.%s, naming it', (event, action, reason) => {
    const g = gateEventProvenance(event, { action, repository: { full_name: REPO } }, REPO);
    expect(g.allowed).toBe(false);
    expect(g.reason).toMatch(reason);
  });

  it('an event name carrying a workflow command is shown quoted, never raw', () => {
    expect(gateEventProvenance('pull_request\n::error::x', { action: 'opened' }, REPO).reason).toMatch(/does not run on the event "pull_request\\n::error::x"/);
  });

  it('refuses a payload of another repository', () => {
    expect(gateEventProvenance('pull_request', { action: 'opened', repository: { full_name: 'mallory/widgets' } }, REPO)).toMatchObject({ allowed: false, reason: expect.stringMatching(/of mallory\/widgets, not of this run's repository acme\/widgets/) });
  });

  it('allows every listed event and action, naming its subject', () => {
    for (const [event, rule] of Object.entries(GATE_EVENTS)) {
      for (const action of rule.actions) expect(gateEventProvenance(event, { action, repository: { full_name: REPO } }, REPO)).toMatchObject({ allowed: true, subject: rule.subject });
    }
  });
});

describe('attack: events the gate does not list', () => {
  const head = fakeSha('head');
  const pr = () => pullRequestEvent({ action: 'opened', owner: 'acme', repo: 'widgets', number: 3, baseSha: fakeSha('main'), headSha: head, headRef: 'agent/x' });

  it.each([
    ['issue_comment', () => repoOf(webhookExample('issue_comment', 'created'))],
    ['pull_request (labeled)', () => ({ ...pr(), action: 'labeled' })],
    ['workflow_run', () => repoOf(webhookExample('workflow_run', 'completed'))],
  ])('%s: refused by name before any request, the step fails and nothing reads as approved', async (label, payload) => {
    const event = label.split(' ')[0]!;
    const r = await runGateAction(fake, { repository: REPO, event, payload: payload() });
    expect(r.outputs).toMatchObject({ approved: 'false', decision: 'deny' });
    expect(r.failed.join('\n')).toMatch(new RegExp(`the approval gate does not run on the event ${event.replace(/[()]/g, '')}`));
    expect(r.requests).toBe(0);
    expect(r.evidence).toMatchObject({ decision: 'deny', error: expect.stringMatching(/does not run on the event/) });
    expect(fake.repo(REPO).statuses).toEqual([]);
  });
});
