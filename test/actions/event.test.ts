// refsFromEvent: which runs have a task branch to check. A merge group's branch is GitHub's queue
// branch, so the branch checks are skipped there, on the event name alone; a branch merely named like
// a queue branch is checked like any other.

import { refsFromEvent } from '../../src/actions/event.js';

const SHA_B = 'b'.repeat(40);
const SHA_H = 'c'.repeat(40);
const QUEUE = 'gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64';

test('merge_group: base and head of the group, the queue branch recorded, and the branch checks skipped with the reason', () => {
  const refs = refsFromEvent('merge_group', { merge_group: { base_sha: SHA_B, head_sha: SHA_H, base_ref: 'refs/heads/main', head_ref: `refs/heads/${QUEUE}` } }, {}, {});
  expect(refs).toMatchObject({ base: SHA_B, head: SHA_H, branch: QUEUE, source: 'merge_group' });
  expect(refs.branchCheck).toEqual({
    status: 'skipped',
    reason: `this run is a merge group, whose branch "${QUEUE}" is GitHub's merge queue branch, not a task's; the task branch was checked on each pull request's own run, which as a required check must pass before GitHub adds the pull request to the queue`,
  });
});

test('merge_group without a head_ref: still skipped (the decision is the event\'s, not the branch name\'s)', () => {
  const refs = refsFromEvent('merge_group', { merge_group: { base_sha: SHA_B, head_sha: SHA_H } }, {}, {});
  expect(refs.branch).toBeUndefined();
  expect(refs.branchCheck).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/^this run is a merge group, whose branch is GitHub's merge queue branch/) });
});

test('a push, pull request or dispatch on a branch named like a queue branch: the branch checks apply', () => {
  const push = refsFromEvent('push', { ref: `refs/heads/${QUEUE}`, before: SHA_B, after: SHA_H, repository: { default_branch: 'main' } }, {}, {});
  expect(push).toMatchObject({ branch: QUEUE });
  expect(push.branchCheck).toBeUndefined();
  const pr = refsFromEvent('pull_request', { pull_request: { number: 1, base: { sha: SHA_B }, head: { sha: SHA_H, ref: QUEUE } } }, {}, {});
  expect(pr.branchCheck).toBeUndefined();
  const dispatch = refsFromEvent('workflow_dispatch', {}, { GITHUB_REF_NAME: QUEUE }, { base: SHA_B, head: SHA_H });
  expect(dispatch).toMatchObject({ branch: QUEUE });
  expect(dispatch.branchCheck).toBeUndefined();
});

test('a merge group\'s head_ref with control characters is refused, not quoted into the note', () => {
  expect(() => refsFromEvent('merge_group', { merge_group: { base_sha: SHA_B, head_sha: SHA_H, head_ref: 'refs/heads/gh-readonly-queue/main/x\n::error::forged' } }, {}, {})).toThrow(/not a usable branch name/);
});

describe('a pull request from a fork: its branch is not a branch of this repository', () => {
  const pr = (head: Record<string, unknown>, base: Record<string, unknown> = { sha: SHA_B, repo: { full_name: 'acme/app' } }) => ({ pull_request: { number: 7, base, head: { sha: SHA_H, ref: 'agent/fix', ...head } } });

  test('same repository (names compared case-insensitively): the branch as it is', () => {
    expect(refsFromEvent('pull_request', pr({ repo: { full_name: 'acme/app' } }), {}, {}).branch).toBe('agent/fix');
    expect(refsFromEvent('pull_request', pr({ repo: { full_name: 'ACME/App' } }), {}, {}).branch).toBe('agent/fix');
    expect(refsFromEvent('pull_request', pr({ repo: { full_name: 'acme/app' } }, { sha: SHA_B }), { GITHUB_REPOSITORY: 'acme/app' }, {}).branch).toBe('agent/fix');
  });

  test.each(['pull_request', 'pull_request_target', 'pull_request_review'])('%s from a fork: labelled owner:branch, as GitHub labels it', (event) => {
    expect(refsFromEvent(event, pr({ repo: { full_name: 'mallory/app' } }), {}, {}).branch).toBe('mallory:agent/fix');
  });

  test('a deleted fork (head.repo null) or no repository to compare with: the repository is unknown', () => {
    expect(refsFromEvent('pull_request', pr({ repo: null }), {}, {}).branch).toBe('(unknown repository):agent/fix');
    expect(refsFromEvent('pull_request', pr({ repo: { full_name: 'acme/app' } }, { sha: SHA_B }), {}, {}).branch).toBe('(unknown repository):agent/fix');
  });

  test('a fork owner with control characters is refused', () => {
    expect(() => refsFromEvent('pull_request', pr({ repo: { full_name: 'mal\u202elory/app' } }), {}, {})).toThrow(/not a usable branch name/);
  });
});
