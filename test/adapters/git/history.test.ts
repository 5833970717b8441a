// Commit identities and patch ids of a range, against real git repositories.

import { commitInfo, patchId } from '../../../src/adapters/git/history.js';
import { mergeBase } from '../../../src/adapters/git/reads.js';
import { expectGitError, gitTestRepos } from '../../support/git-fixtures.js';

const { repoWithBase } = gitTestRepos();

describe('commitInfo (approver independence)', () => {
  test('authors, committers and Co-authored-by trailers of merge-base..head, as given', async () => {
    const repo = await repoWithBase();
    await repo.write('a.txt', 'a\n');
    await repo.commit('agent work\n\nCo-authored-by: Jane Doe <jane@example.com>\nco-authored-by: octocat <583231+octocat@users.noreply.github.com>\n', {
      author: { name: 'ci-agent[bot]', email: '1+ci-agent[bot]@users.noreply.github.com' },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
    });
    // Base moves on and is merged in: its commits and authors are not part of the range.
    await repo.checkout('main');
    await repo.write('b.txt', 'b\n');
    await repo.commit('base work', { author: { name: 'Maintainer', email: 'maint@example.com' } });
    await repo.checkout('agent');
    await repo.merge('main', 'Merge main\n\nSome text.\nCo-authored-by: Hidden Helper <hidden@example.com>\nnot a trailer block');
    await repo.write('c.txt', 'c\n');
    await repo.commit('more\n\nCo-authored-by: Folded\n  Name <folded@example.com>\n', {
      author: { name: 'Human', email: 'human@example.com' },
    });
    const mb = await mergeBase(repo.dir, 'main', 'agent');
    const info = await commitInfo(repo.dir, { base: mb, head: 'agent' });
    expect(info.commits).toHaveLength(3);
    expect(info.authors).toEqual([
      { name: 'Human', email: 'human@example.com' },
      { name: 'Test Author', email: 'author@example.com' },
      { name: 'ci-agent[bot]', email: '1+ci-agent[bot]@users.noreply.github.com' },
    ]);
    expect(info.committers).toEqual([
      { name: 'Test Committer', email: 'committer@example.com' },
      { name: 'GitHub', email: 'noreply@github.com' },
    ]);
    expect(info.coAuthors).toEqual([
      { name: 'Folded Name', email: 'folded@example.com', raw: 'Folded Name <folded@example.com>' },
      { name: 'Hidden Helper', email: 'hidden@example.com', raw: 'Hidden Helper <hidden@example.com>' },
      { name: 'Jane Doe', email: 'jane@example.com', raw: 'Jane Doe <jane@example.com>' },
      { name: 'octocat', email: '583231+octocat@users.noreply.github.com', raw: 'octocat <583231+octocat@users.noreply.github.com>' },
    ]);
    expect(info.authors.map((a) => a.email)).not.toContain('maint@example.com');
    const merge = info.commits.find((c) => c.parents.length === 2);
    expect(merge?.coAuthors.map((c) => c.email)).toEqual(['hidden@example.com']);
  });
});

describe('patchId (approval across a conflict-free rebase)', () => {
  test('equal for a conflict-free rebase of the same change, different for any other patch', async () => {
    const repo = await repoWithBase({ 'a.txt': 'a\n', 'b.yml': 'job:\n  run: test\n', 's.sh': 'echo\n' });
    await repo.write('b.yml', 'job:\n  run: test\n  extra: 1\n');
    const v1 = await repo.commit('agent change');
    const id1 = await patchId(repo.dir, await mergeBase(repo.dir, 'main', 'agent'), 'agent');
    expect(id1).toMatch(/^[0-9a-f]{40}$/);

    // main changes another file; rebase is conflict-free; the patch is identical.
    await repo.checkout('main');
    await repo.write('a.txt', 'a2\n');
    await repo.commit('base moves');
    await repo.checkout('agent');
    const v2 = await repo.rebase('main');
    expect(v2).not.toBe(v1);
    const id2 = await patchId(repo.dir, await mergeBase(repo.dir, 'main', 'agent'), 'agent');
    expect(id2).toBe(id1);

    // A different patch: another value.
    await repo.checkout('other', { create: true, from: 'main' });
    await repo.write('b.yml', 'job:\n  run: test\n  extra: 2\n');
    await repo.commit('other change');
    expect(await patchId(repo.dir, 'main', 'other')).not.toBe(id1);

    // Whitespace-only difference (YAML indentation changes structure): another value.
    await repo.checkout('ws', { create: true, from: 'main' });
    await repo.write('b.yml', 'job:\n  run: test\nextra: 1\n');
    await repo.commit('ws change');
    expect(await patchId(repo.dir, 'main', 'ws')).not.toBe(id1);

    // Same content plus a mode change: another value.
    await repo.checkout('mode', { create: true, from: 'main' });
    await repo.write('b.yml', 'job:\n  run: test\n  extra: 1\n', { executable: true });
    await repo.commit('mode change');
    expect(await patchId(repo.dir, 'main', 'mode')).not.toBe(id1);

    await expectGitError(patchId(repo.dir, 'main', 'main'), 'EMPTY_CHANGESET');
  });
});
