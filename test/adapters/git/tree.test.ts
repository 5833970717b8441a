// listHeadTree against real repositories: whether the head holds any action metadata file (action-runs
// then lists them; without one no git process is run for them), and the actions' files still marked.

import { computeChangeSet } from '../../../src/adapters/git/change-set.js';
import { listHeadTree } from '../../../src/adapters/git/tree.js';
import { gitTestRepos } from '../../support/git-fixtures.js';

const { repoWithBase } = gitTestRepos();

const facts = async (files: Record<string, string>, links: Record<string, string> = {}) => {
  const repo = await repoWithBase(files);
  for (const [path, target] of Object.entries(links)) await repo.symlink(path, target);
  if (Object.keys(links).length > 0) await repo.commit('links');
  const head = (await repo.git('rev-parse', 'HEAD')).trim();
  return listHeadTree(repo.dir, head, () => undefined);
};

describe('listHeadTree: action metadata', () => {
  test('none: names that only end like a metadata file do not count', async () => {
    const t = await facts({ 'xaction.yml': 'a\n', 'docs/myaction.yaml': 'b\n', 'action.yml.txt': 'c\n', 'src/action.ymlx': 'd\n' });
    expect(t.actionMetadata).toBe(false);
    expect([...t.actionDirs]).toEqual([]);
  });

  test.each([['action.yml'], ['action.yaml']])('the root %s counts, and is no action directory', async (name) => {
    const t = await facts({ [name]: 'runs:\n  using: node24\n  main: dist/x.js\n' });
    expect(t.actionMetadata).toBe(true);
    expect([...t.actionDirs]).toEqual([]);
  });

  test.each([['actions/a/action.yml'], ['actions/a/action.yaml']])('%s counts and makes its directory an action directory', async (name) => {
    const t = await facts({ [name]: 'runs:\n  using: node24\n  main: index.js\n' });
    expect(t.actionMetadata).toBe(true);
    expect([...t.actionDirs]).toEqual(['actions/a']);
  });

  test('a symlink named action.yml counts (action-runs decides it runs nothing)', async () => {
    const t = await facts({ 'real.yml': 'runs:\n  using: node24\n  main: x.js\n' }, { 'action.yml': 'real.yml' });
    expect(t.actionMetadata).toBe(true);
  });
});

describe('computeChangeSet: the files actions run', () => {
  test('a change to the root action entry point is marked with the root action.yml', async () => {
    const repo = await repoWithBase({ 'action.yml': 'runs:\n  using: node24\n  main: dist/x.js\n', 'dist/x.js': 'old\n' });
    await repo.write('dist/x.js', 'new\n');
    await repo.commit('change the entry point');
    const cs = await computeChangeSet(repo.dir, 'main', 'agent');
    expect(cs.entries.map((e) => [e.path, e.actionRuns])).toEqual([['dist/x.js', ['action.yml']]]);
  });

  test('without any action metadata nothing is marked', async () => {
    const repo = await repoWithBase({ 'dist/x.js': 'old\n' });
    await repo.write('dist/x.js', 'new\n');
    await repo.commit('change');
    const cs = await computeChangeSet(repo.dir, 'main', 'agent');
    expect(cs.entries.map((e) => [e.path, e.actionRuns])).toEqual([['dist/x.js', undefined]]);
  });
});
