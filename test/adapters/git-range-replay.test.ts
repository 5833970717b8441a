// The batched range reader of `agent-guard simulate` against real git: for every commit of a range
// (merges, renames, symlinks, action directories, a root commit) its change set must be exactly what
// `computeChangeSet` gives for that commit against its first parent.

import { computeChangeSet } from '../../src/adapters/git/change-set.js';
import { rangeCommits, replayCommits } from '../../src/adapters/git-range-replay.js';
import type { ChangeSet } from '../../src/adapters/git/change-set.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';

let restore: () => void;
let repo: TestRepo;
let root: string;

beforeAll(async () => {
  restore = isolateProcessGitConfig();
  repo = await TestRepo.init();
  await repo.write('README.md', 'hello\n');
  await repo.write('docs/guide.md', 'guide\n');
  root = await repo.commit('root');
  await repo.write('src/a.js', 'a\n');
  await repo.symlink('.github/copilot-instructions.md', '../docs/guide.md');
  await repo.commit('a file and a link into docs');
  await repo.write('docs/guide.md', 'guide, edited: through the link an edit of the instructions\n');
  await repo.write('tools/act/action.yml', 'name: act\nruns: { using: node20, main: index.js }\n');
  await repo.write('tools/act/index.js', 'x\n');
  await repo.commit('an action', { author: { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' } });
  await repo.checkout('side', { create: true, from: 'HEAD~1' });
  await repo.write('side.txt', 'side\n');
  await repo.mv('src/a.js', 'src/b.js');
  await repo.commit('side branch: a rename');
  await repo.checkout('main');
  await repo.merge('side');
  await repo.write('tools/act/index.js', 'y\n');
  await repo.remove('.github/copilot-instructions.md');
  await repo.commit('edit the action, drop the link\n\nCo-authored-by: Claude <noreply@anthropic.com>');
});

afterAll(async () => {
  await repo.cleanup();
  restore();
});

function strip(c: ChangeSet) {
  return c.entries.map((e) => ({ ...e }));
}

test('every commit of the range reads as computeChangeSet reads it against its first parent', async () => {
  const { commits } = await rangeCommits(repo.dir, root, 'main');
  expect(commits.length).toBe(5);
  // Parents come before children.
  const seen = new Set<string>([root]);
  for (const c of commits) {
    expect(c.parents.some((p) => seen.has(p))).toBe(true);
    seen.add(c.sha);
  }
  const got = new Map<string, ChangeSet>();
  await replayCommits(repo.dir, commits, async (commit, changes) => {
    got.set(commit.sha, changes);
  }, { chunk: 2 });
  expect(got.size).toBe(5);
  for (const c of commits) {
    const want = await computeChangeSet(repo.dir, c.parents[0]!, c.sha);
    expect(strip(got.get(c.sha)!)).toEqual(strip(want));
  }
  const byMessage = (i: number) => got.get(commits[i]!.sha)!.entries;
  // The tree facts carried from parent to child are there: the link into docs, the action directory.
  const edit = [...got.values()].flatMap((c) => c.entries).find((e) => e.path === 'docs/guide.md' && e.status === 'modified');
  expect(edit?.linkedFrom).toEqual(['.github/copilot-instructions.md']);
  expect(byMessage(4).find((e) => e.path === 'tools/act/index.js')?.actionDir).toBe('tools/act');
});

test('authors and co-authors are read as recorded, and a root commit diffs against the empty tree', async () => {
  const { commits } = await rangeCommits(repo.dir, root, 'main');
  expect(commits.find((c) => c.author.name === 'dependabot[bot]')).toBeDefined();
  expect(commits.at(-1)!.coAuthors).toEqual([{ name: 'Claude', email: 'noreply@anthropic.com' }]);
  const all = await repo.git('rev-list', '--max-parents=0', 'main');
  const rootCommit = { sha: all.trim(), parents: [], date: '', author: { name: '', email: '' }, coAuthors: [] };
  const entries: string[] = [];
  await replayCommits(repo.dir, [rootCommit], async (_c, changes) => {
    entries.push(...changes.entries.map((e) => `${e.status} ${e.path}`));
  });
  expect(entries.sort()).toEqual(['added README.md', 'added docs/guide.md']);
});

test('a range that names an unknown ref is a GitError', async () => {
  await expect(rangeCommits(repo.dir, 'no-such-ref', 'main')).rejects.toMatchObject({ name: 'GitError' });
});
