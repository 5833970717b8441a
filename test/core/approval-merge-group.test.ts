// A merge_group payload as the gate reads it (the queue branch names the entry's pull request), and the
// pull requests a group's merge commits name.

import { firstDifferingPath, groupMerges, mergeGroupRef, sharedPath } from '../../src/core/approval-merge-group.js';
import type { ChangeEntry } from '../../src/core/types.js';

const B = 'b'.repeat(40);
const H = 'c'.repeat(40);
const payload = (headRef: unknown, baseRef: unknown = 'refs/heads/main', extra: Record<string, unknown> = {}) => ({ merge_group: { head_sha: H, base_sha: B, head_ref: headRef, base_ref: baseRef, ...extra } });

describe('mergeGroupRef', () => {
  it('the pull request from gh-readonly-queue/<base>/pr-<N>-<sha>, base branches with slashes included', () => {
    expect(mergeGroupRef(payload(`refs/heads/gh-readonly-queue/main/pr-104-${B}`))).toEqual({ headSha: H, baseSha: B, baseBranch: 'main', queueBranch: `gh-readonly-queue/main/pr-104-${B}`, pullNumber: 104 });
    expect(mergeGroupRef(payload(`refs/heads/gh-readonly-queue/release/v2/pr-7-${B}`, 'refs/heads/release/v2'))).toMatchObject({ baseBranch: 'release/v2', pullNumber: 7 });
  });

  it('anything else names no pull request the gate can judge', () => {
    expect(mergeGroupRef(payload('refs/heads/gh-readonly-queue/main/pr-x'))).toEqual({ error: 'the merge queue branch "gh-readonly-queue/main/pr-x" is not gh-readonly-queue/<base>/pr-<number>-<sha>: which pull request it is for is unknown' });
    expect(mergeGroupRef(payload(`refs/heads/gh-readonly-queue/other/pr-1-${B}`))).toEqual({ error: `the merge queue branch "gh-readonly-queue/other/pr-1-${B}" is not of the group's base branch "main"` });
    expect(mergeGroupRef(payload(`gh-readonly-queue/main/pr-1-${B}`))).toEqual({ error: 'the merge_group event names no queue branch (head_ref refs/heads/...)' });
    expect(mergeGroupRef(payload(`refs/heads/gh-readonly-queue/main/pr-1-${B}`, 'refs/tags/main'))).toEqual({ error: 'the merge_group event names no base branch (base_ref refs/heads/...)' });
    expect(mergeGroupRef(payload(`refs/heads/gh-readonly-queue/main/pr-1-${B}`, 'refs/heads/main', { head_sha: 'HEAD' }))).toEqual({ error: 'the merge_group event has no valid head_sha' });
    expect(mergeGroupRef({})).toEqual({ error: 'the merge_group event has no valid head_sha' });
  });
});

describe('groupMerges', () => {
  const sha = (c: string) => c.repeat(40);
  it('first-parent merge commits that name a pull request, with the head each merged; others are not claims', () => {
    expect(
      groupMerges([
        { sha: sha('1'), parents: [B, sha('a')], subject: 'Merge pull request #40 from acme/x' },
        { sha: sha('2'), parents: [sha('1')], subject: 'Merge pull request #41 from acme/y' }, // not a merge
        { sha: sha('3'), parents: [sha('2'), sha('d')], subject: 'Update (#42)' }, // names none
        { sha: sha('4'), parents: [sha('3'), sha('e')], subject: 'Merge pull request #400x' },
        { sha: sha('5'), parents: [sha('4'), sha('f')], subject: 'Merge pull request #43 from acme/z' },
      ]),
    ).toEqual([
      { number: 40, mergedHead: sha('a'), commit: sha('1') },
      { number: 43, mergedHead: sha('f'), commit: sha('5') },
    ]);
  });

  it('a path two pull requests change is named; renames count on both sides', () => {
    const group = { headSha: H, baseSha: B, baseBranch: 'main', queueBranch: 'q', pullNumber: 2 };
    expect(sharedPath(group, [{ number: 1, paths: ['a', 'b'] }, { number: 2, paths: ['c'] }])).toBeUndefined();
    expect(sharedPath(group, [{ number: 1, paths: ['a', 'b'] }, { number: 2, paths: ['b'] }])).toContain('pull requests #1 and #2 both change "b"');
  });
});

describe('firstDifferingPath', () => {
  const entry = (path: string, status: ChangeEntry['status'], newBlob: string, newMode = '100644'): ChangeEntry => ({
    status,
    path,
    oldMode: status === 'added' ? '000000' : '100644',
    newMode,
    oldKind: status === 'added' ? 'none' : 'regular',
    newKind: 'regular',
    oldBlob: status === 'added' ? '0'.repeat(40) : '1'.repeat(40),
    newBlob,
  });
  it('names the path only one side changes, not the first entry in status order', () => {
    const app = entry('src/app.ts', 'modified', '2'.repeat(40));
    expect(firstDifferingPath([app], [app, entry('src/extra.ts', 'added', '3'.repeat(40))])).toBe('src/extra.ts');
    expect(firstDifferingPath([app, entry('src/gone.ts', 'deleted', '0'.repeat(40))], [app])).toBe('src/gone.ts');
  });
  it('names a path changed otherwise (blob or mode); the same change is undefined', () => {
    const app = entry('src/app.ts', 'modified', '2'.repeat(40));
    expect(firstDifferingPath([app], [entry('src/app.ts', 'modified', '4'.repeat(40))])).toBe('src/app.ts');
    expect(firstDifferingPath([app], [entry('src/app.ts', 'modified', '2'.repeat(40), '100755')])).toBe('src/app.ts');
    expect(firstDifferingPath([app], [app])).toBeUndefined();
  });
});
