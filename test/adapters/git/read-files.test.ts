// Several files at one commit read with one ls-tree and one cat-file (policy and manifest at the base),
// and the refs they are read at resolved in the same rev-parse as base and head: each path's outcome is
// what reading it alone gives, against real git repositories.

import { readFileAtCommit, readFilesAtCommit, resolveCommit, resolveRefsAndTrees } from '../../../src/adapters/git/reads.js';
import { GitError } from '../../../src/adapters/git/process.js';
import { gitTestRepos } from '../../support/git-fixtures.js';

const { newRepo } = gitTestRepos();

/** Each path's outcome alone, in readFilesAtCommit's shape. */
async function alone(dir: string, commit: string, path: string, maxBytes?: number): Promise<{ content: Buffer | null } | { error: string }> {
  try {
    return { content: await readFileAtCommit(dir, commit, path, maxBytes === undefined ? {} : { maxBytes }) };
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    return { error: `${err.code}: ${err.message}` };
  }
}

describe('reading several files at one commit', () => {
  test('regular, executable, missing, symlink, directory, submodule and oversized paths each get the outcome of a read alone', async () => {
    const repo = await newRepo();
    await repo.write('.github/agent-policy.yml', 'version: 1\n');
    await repo.write('.github/agent-tasks/t.yml', 'agent_task: {}\n');
    await repo.write('run.sh', '#!/bin/sh\n', { executable: true });
    await repo.write('big.txt', 'x'.repeat(5000));
    await repo.write('empty.txt', '');
    await repo.write('caf\u00e9 \u00e9t\u00e9.yml', 'unicode: yes\n');
    await repo.symlink('link.yml', '.github/agent-policy.yml');
    await repo.addGitlink('sub', 'a'.repeat(40));
    const commit = await repo.commit('c1');
    const paths = ['.github/agent-policy.yml', '.github/agent-tasks/t.yml', 'run.sh', 'missing.yml', 'link.yml', '.github', 'sub', 'big.txt', 'empty.txt', 'caf\u00e9 \u00e9t\u00e9.yml', '.github/agent-policy.yml'];
    const together = await readFilesAtCommit(repo.dir, commit, paths, { maxBytes: 4096 });
    expect(together).toHaveLength(paths.length);
    for (const [i, path] of paths.entries()) {
      const got = together[i]!;
      const one = await alone(repo.dir, commit, path, 4096);
      expect(got.error === undefined ? { content: got.content } : { error: `${got.error.code}: ${got.error.message}` }).toEqual(one);
    }
    expect(together[0]!.content?.toString()).toBe('version: 1\n');
    expect(together[3]!.content).toBeNull();
    expect(together[4]!.error?.code).toBe('NOT_A_FILE');
    expect(together[7]!.error?.code).toBe('TOO_LARGE');
    expect(together[8]!.content?.length).toBe(0);
  });

  test('a path git refuses is refused before git runs; an unknown commit fails the whole read', async () => {
    const repo = await newRepo();
    await repo.write('a.txt', 'a\n');
    const commit = await repo.commit('c1');
    await expect(readFilesAtCommit(repo.dir, commit, ['a.txt', '../x'])).rejects.toMatchObject({ code: 'INVALID_PATH' });
    await expect(readFilesAtCommit(repo.dir, 'b'.repeat(40), ['a.txt'])).rejects.toMatchObject({ code: 'UNKNOWN_REF' });
  });
});

describe('resolving the refs policy and manifest are read at with base and head', () => {
  test('extra refs resolve to the commits git gives one at a time; any that does not resolve makes the whole answer null', async () => {
    const repo = await newRepo();
    await repo.write('a.txt', 'a\n');
    await repo.commit('c1');
    await repo.git('tag', 'v1');
    await repo.checkout('agent', { create: true });
    await repo.write('b.txt', 'b\n');
    await repo.commit('c2');
    const r = await resolveRefsAndTrees(repo.dir, 'main', 'agent', ['v1', 'main']);
    expect(r?.extra).toEqual([await resolveCommit(repo.dir, 'v1'), await resolveCommit(repo.dir, 'main')]);
    expect(await resolveRefsAndTrees(repo.dir, 'main', 'agent', ['no-such-ref'])).toBeNull();
    expect(await resolveRefsAndTrees(repo.dir, 'main', 'agent', ['-v'])).toBeNull();
    expect(await resolveRefsAndTrees(repo.dir, 'main', 'agent', ['0'.repeat(40)])).toBeNull();
    expect(await resolveRefsAndTrees(repo.dir, 'main', 'agent', ['main..agent'])).toBeNull();
  });
});
