// Where request-capability reads its authority from: never a base the agent could have chosen.
import { requestRefs } from '../../src/actions/run-request-capability.js';
import { pullRequestEvent } from '../support/webhooks.js';

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
