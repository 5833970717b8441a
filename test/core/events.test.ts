// The allow-list of events that may mint (src/core/events.ts), through request-capability's provenance
// and decision: listed events with their conditions mint; every other event is refused by name, and a
// workflow_run is judged by the event at the root of its chain.

import { decideCapabilityRequest, confirmWriters, provenanceFromEvent, type Provenance } from '../../src/core/capability-request.js';
import { eventProvenance, isWritePermission, MINTING_EVENTS } from '../../src/core/events.js';
import { parseManifest } from '../../src/core/manifest.js';
import { parsePolicy } from '../../src/core/policy.js';
import { webhookExample } from '../support/webhooks.js';

const REPO = 'acme/widgets';
const repo = (full_name: string) => ({ full_name });
const pr = (head: string | null, base = REPO, action = 'synchronize') => ({ action, pull_request: { number: 9, head: { repo: head === null ? null : repo(head) }, base: { repo: repo(base) } }, repository: repo(base) });
const run = (event: string | undefined, over: Record<string, unknown> = {}) => ({ action: 'completed', workflow_run: { event, head_branch: 'main', head_repository: repo(REPO), repository: repo(REPO), ...over }, repository: repo(REPO) });

function decide(provenance: Provenance) {
  const policy = parsePolicy({ version: 1, subjects: { 'ci-agent:pull-request': { capabilities: ['write_branch'], repositories: [REPO] } } });
  const manifest = parseManifest({ agent_task: { subject: 'ci-agent:pull-request', repository: REPO, capabilities: ['write_branch'] } });
  if (!policy.ok || !manifest.ok) throw new Error('fixture');
  return decideCapabilityRequest({ capabilities: ['write_branch'], repository: REPO, currentRepository: REPO, policy: policy.policy, manifest: manifest.manifest, manifestSha256: 'd'.repeat(64), headSha: 'a'.repeat(40), provenance, now: new Date('2026-03-01T12:00:00Z') });
}
const codes = (d: { refusals: Array<{ code: string }> }) => d.refusals.map((r) => r.code);

describe('attack: a fork pull request or a workflow_run triggered by a fork', () => {
  it.each(['pull_request', 'pull_request_target'])('%s from a fork', (event) => {
    const p = provenanceFromEvent(event, pr('mallory/widgets'), REPO);
    expect(p).toMatchObject({ trusted: false, reason: expect.stringContaining('fork mallory/widgets') });
    expect(decide(p).refusals).toEqual([expect.objectContaining({ code: 'untrusted_provenance' })]);
  });

  it('pull_request_review from a fork', () => {
    const p = provenanceFromEvent('pull_request_review', { ...pr('mallory/widgets', REPO, 'submitted'), sender: { login: 'alice' } }, REPO);
    expect(p).toMatchObject({ trusted: false, reason: expect.stringContaining('fork mallory/widgets') });
    expect(decide(p).refusals).toEqual([expect.objectContaining({ code: 'untrusted_provenance' })]);
  });

  it('a pull request whose head repository was deleted', () => {
    expect(provenanceFromEvent('pull_request_target', pr(null), REPO)).toMatchObject({ trusted: false, reason: expect.stringContaining('deleted fork') });
    expect(provenanceFromEvent('pull_request', {}, REPO)).toMatchObject({ trusted: false });
  });

  it('a workflow_run whose triggering run came from a fork', () => {
    const p = provenanceFromEvent('workflow_run', run('pull_request', { head_repository: repo('mallory/widgets') }), REPO);
    expect(p).toMatchObject({ trusted: false, reason: expect.stringContaining('fork mallory/widgets') });
    expect(codes(decide(p))).toEqual(['untrusted_provenance']);
    expect(provenanceFromEvent('workflow_run', { action: 'completed', workflow_run: { event: 'pull_request' } }, REPO)).toMatchObject({ trusted: false });
  });

  it('a payload of another repository than the run (a forged event file) is refused, naming both', () => {
    expect(eventProvenance('push', { repository: repo('mallory/widgets') }, REPO)).toMatchObject({ allowed: false, reason: 'the push event is of mallory/widgets, not of this run\'s repository acme/widgets' });
  });
});

describe('attack: events any GitHub user can cause', () => {
  it('a comment on a pull request, and on a plain issue', () => {
    expect(provenanceFromEvent('issue_comment', { issue: { pull_request: { url: 'x' } }, repository: repo(REPO) }, REPO)).toMatchObject({ trusted: false });
    expect(provenanceFromEvent('issue_comment', { issue: { number: 3 }, repository: repo(REPO) }, REPO)).toMatchObject({ trusted: false });
  });

  it.each(['issues', 'issue_comment', 'pull_request_review_comment', 'discussion', 'discussion_comment', 'commit_comment', 'fork', 'watch', 'gollum', 'release', 'label', 'status', 'check_run', 'deployment', 'delete', 'some_future_event', ''])(
    'an event not on the allow-list (%s) is refused by name, though the run executes the default branch',
    (event) => {
      // For a review comment, even on a pull request from the repository itself.
      const p = provenanceFromEvent(event, { issue: { number: 3 }, ...pr(REPO), action: 'created', repository: repo(REPO) }, REPO);
      expect(p).toMatchObject({ trusted: false, reason: expect.stringContaining(`the event ${event || '(none)'} is not one that may mint a token (allowed: push, create, workflow_dispatch`) });
      expect(codes(decide(p))).toEqual(['untrusted_provenance']);
      expect(decide(p).refusals[0]!.message).toContain(`the event ${event || '(none)'} is not one`);
    },
  );

  it('a pull_request_review COMMENT by an outsider (the real webhook payload) needs the reviewer\'s write permission, and without it is refused', () => {
    const payload = webhookExample('pull_request_review', 'submitted');
    for (const r of [payload.repository, payload.pull_request.base.repo, payload.pull_request.head.repo]) r.full_name = REPO;
    payload.review.state = 'commented';
    payload.sender.login = 'outsider';
    const p = provenanceFromEvent('pull_request_review', payload, REPO);
    expect(p).toMatchObject({ trusted: true, writers: [{ login: 'outsider', role: 'the reviewer' }] });
    const none = confirmWriters(p, {});
    expect(none).toMatchObject({ trusted: false, reason: expect.stringContaining('but the reviewer outsider has no permission GitHub would confirm, not write') });
    expect(codes(decide(none))).toEqual(['untrusted_provenance']);
    expect(confirmWriters(p, { outsider: 'read' })).toMatchObject({ trusted: false, reason: expect.stringContaining('has read permission, not write') });
    expect(confirmWriters(p, { outsider: 'write' })).toMatchObject({ trusted: true, reason: expect.stringContaining('the reviewer outsider has write permission') });
    expect(codes(decide(confirmWriters(p, { outsider: 'admin' })))).toEqual([]);
  });

  it('the actions of a listed event are an allow-list too: a labeled pull_request (triage can label) and an action-less payload are refused', () => {
    expect(eventProvenance('pull_request', pr(REPO, REPO, 'labeled'), REPO)).toMatchObject({ allowed: false, reason: expect.stringContaining('the event pull_request.labeled is not one that may mint a token (allowed actions: opened, synchronize, reopened, ready_for_review)') });
    expect(eventProvenance('pull_request', { ...pr(REPO), action: undefined }, REPO)).toMatchObject({ allowed: false, reason: expect.stringContaining('pull_request.(no action)') });
    expect(eventProvenance('pull_request_review', { ...pr(REPO, REPO, 'dismissed'), sender: { login: 'a' } }, REPO)).toMatchObject({ allowed: false });
  });
});

describe('attack: a workflow_run laundering its root event', () => {
  it.each([
    ['issue_comment', 'the triggering run was started by the event issue_comment, which may not mint a token'],
    ['discussion', 'the triggering run was started by the event discussion, which may not mint'],
    ['pull_request_review_comment', 'the event pull_request_review_comment, which may not mint'],
    ['pull_request_target', 'the triggering run was started by the event pull_request_target, whose origin a workflow_run payload cannot establish'],
    ['workflow_run', 'the triggering run was itself started by a workflow_run, whose root event this payload cannot establish'],
    [undefined, 'the triggering run names no event, so the root of the chain is unknown'],
  ])('a workflow_run whose triggering run was started by %s is refused, though its head repository is the repository itself', (event, why) => {
    // A pull_request_target run executes on the base branch, so its head repository is the base even for
    // a fork's pull request; an issue_comment run is the repository's too. Chaining through workflow_run
    // must not launder what the event itself would be refused for.
    const p = provenanceFromEvent('workflow_run', run(event), REPO);
    expect(p).toMatchObject({ trusted: false, root: event ?? '(none)', reason: expect.stringContaining(why) });
  });

  it('a workflow_run of a pull_request_review run needs the triggering actor\'s write permission', () => {
    const p = provenanceFromEvent('workflow_run', run('pull_request_review', { triggering_actor: { login: 'outsider' }, actor: { login: 'ci-agent' } }), REPO);
    expect(p).toMatchObject({ trusted: true, root: 'pull_request_review', writers: [{ login: 'outsider' }] });
    expect(confirmWriters(p, {}).trusted).toBe(false);
  });

  it('a workflow_run of a run of another repository, or with an action not listed, is refused', () => {
    expect(eventProvenance('workflow_run', run('push', { repository: repo('acme/other') }), REPO)).toMatchObject({ allowed: false, reason: 'the triggering run is of acme/other, not of acme/widgets' });
    expect(eventProvenance('workflow_run', { ...run('push'), action: 'deleted' }, REPO)).toMatchObject({ allowed: false });
  });
});

describe('events that mint', () => {
  it('same-repository pull requests, workflow_runs of allowed roots, pushes and dispatches are trusted, each saying why', () => {
    expect(provenanceFromEvent('pull_request', pr('ACME/Widgets'), REPO).trusted).toBe(true);
    expect(provenanceFromEvent('workflow_run', run('push'), REPO)).toMatchObject({ trusted: true, root: 'push', writers: [] });
    expect(provenanceFromEvent('push', { repository: repo(REPO) }, REPO)).toMatchObject({ trusted: true, reason: 'push: only someone with write access can push to the repository (acme/widgets)' });
    expect(provenanceFromEvent('workflow_dispatch', {}, REPO).trusted).toBe(true);
    expect(provenanceFromEvent('merge_group', { action: 'checks_requested', repository: repo(REPO) }, REPO).trusted).toBe(true);
  });

  it('every listed event has a reason, and write permission means admin, maintain or write', () => {
    for (const rule of Object.values(MINTING_EVENTS)) expect(rule.why.length).toBeGreaterThan(20);
    expect(['admin', 'maintain', 'write', 'triage', 'read', 'none', undefined].map(isWritePermission)).toEqual([true, true, true, false, false, false, false]);
  });
});
