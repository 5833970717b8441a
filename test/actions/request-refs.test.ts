// Where request-capability reads its authority from: never a base the agent could have chosen.
import { requestRefs } from '../../src/actions/run-request-capability.js';
import { pullRequestEvent, webhookExample } from '../support/webhooks.js';

const SHA_B = 'b'.repeat(40);
const SHA_H = 'c'.repeat(40);

test('a pull request into the default branch reads authority from its base commit', () => {
  const p = pullRequestEvent({ owner: 'acme', repo: 'w', number: 1, baseSha: SHA_B, headSha: SHA_H, headRef: 'agent/x' });
  expect(requestRefs('pull_request', p, {})).toMatchObject({ base: SHA_B, head: SHA_H, branch: 'agent/x' });
});

test('a pull request into another branch (whose base the agent may control) is refused', () => {
  const p = pullRequestEvent({ owner: 'acme', repo: 'w', number: 1, baseSha: SHA_B, headSha: SHA_H, headRef: 'agent/x', baseRef: 'agent/loose' });
  p.repository.default_branch = 'main';
  expect(() => requestRefs('pull_request', p, {})).toThrow(/only served for changes into the default branch \(main\); this pull_request targets "agent\/loose"/);
});

test('a merge group into another branch is refused; into the default branch it is served', () => {
  const mg = (baseRef: string) => ({ repository: { default_branch: 'main' }, merge_group: { base_sha: SHA_B, head_sha: SHA_H, base_ref: baseRef, head_ref: 'refs/heads/gh-readonly-queue/main/pr-1' } });
  expect(() => requestRefs('merge_group', mg('refs/heads/release'), {})).toThrow(/default branch/);
  expect(requestRefs('merge_group', mg('refs/heads/main'), {})).toMatchObject({ base: SHA_B, head: SHA_H });
});

describe('the ref a non-pull-request run is held to (the manifest branch rule)', () => {
  const SHA_T = 'd'.repeat(40);
  /** The real `create` payload (@octokit/webhooks-examples): `ref` is the short name, `ref_type` says what it is. */
  const created = (ref: string, refType: 'tag' | 'branch') => {
    const p = webhookExample('create', undefined as unknown as string);
    expect(p.ref).toBe('simple-tag'); // the example itself: a short name, not refs/tags/simple-tag
    p.ref = ref;
    p.ref_type = refType;
    p.repository.default_branch = 'main';
    return p;
  };

  test('a `create` event of the TAG agent/v1 is held to refs/tags/agent/v1, never to a branch agent/v1 (the payload ref is a short name)', () => {
    const refs = requestRefs('create', created('agent/v1', 'tag'), { GITHUB_SHA: SHA_T, GITHUB_REF: 'refs/tags/agent/v1' });
    expect(refs).toMatchObject({ base: 'origin/main', head: SHA_T, branch: 'refs/tags/agent/v1' });
  });

  test('a `create` event of the branch agent/x is held to agent/x; a `delete` event runs on the default branch', () => {
    expect(requestRefs('create', created('agent/x', 'branch'), { GITHUB_SHA: SHA_T, GITHUB_REF: 'refs/heads/agent/x' })).toMatchObject({ branch: 'agent/x' });
    const deleted = requestRefs('delete', created('agent/x', 'branch'), { GITHUB_SHA: SHA_T, GITHUB_REF: 'refs/heads/main' });
    expect(deleted.branch).toBeUndefined();
  });

  test('a run that names no ref at all (a deployment of a bare SHA: GITHUB_REF empty) is refused, not spared the branch rule', () => {
    const p = { deployment: { sha: SHA_T, ref: SHA_T }, repository: { default_branch: 'main' } };
    for (const GITHUB_REF of ['', undefined]) {
      expect(() => requestRefs('deployment', p, { GITHUB_SHA: SHA_T, ...(GITHUB_REF === undefined ? {} : { GITHUB_REF }) })).toThrow(
        /the deployment run names no ref \(GITHUB_REF is empty\): the manifest's branch rules cannot be applied/,
      );
    }
  });

  test('workflow_dispatch, schedule and repository_dispatch on the default branch have no branch rule; a dispatch on a branch is held to it', () => {
    const repo = { default_branch: 'main' };
    expect(requestRefs('workflow_dispatch', { ref: 'refs/heads/main', repository: repo }, { GITHUB_SHA: SHA_T }).branch).toBeUndefined();
    expect(requestRefs('workflow_dispatch', { ref: 'refs/heads/agent/x', repository: repo }, { GITHUB_SHA: SHA_T }).branch).toBe('agent/x');
    expect(requestRefs('schedule', { schedule: '0 * * * *', repository: repo }, { GITHUB_SHA: SHA_T, GITHUB_REF: 'refs/heads/main' }).branch).toBeUndefined();
    // repository_dispatch: client_payload is the sender's; a `ref` in it is never read.
    const rd = { action: 'go', branch: 'main', client_payload: { ref: 'refs/heads/main' }, repository: repo };
    expect(requestRefs('repository_dispatch', rd, { GITHUB_SHA: SHA_T, GITHUB_REF: 'refs/heads/main' })).toMatchObject({ base: 'origin/main', head: SHA_T });
  });
});
