// The work tree's uncommitted changes (what `check`'s note lists), read from real repositories: modified,
// staged, deleted and untracked files are listed, ignored ones are not, a bare repository has no work
// tree. Reading the status runs no filter driver the repository configures: each driver here would
// append to a marker file, and plain `git status` with the same config shows that it would have run.

import { existsSync, readFileSync, utimesSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { workTreeChanges } from '../../../src/adapters/git/work-tree.js';
import { runCli } from '../../support/cli.js';
import { makeTempDir, runGit, TestRepo } from '../../support/git-repo.js';
import { gitTestRepos } from '../../support/git-fixtures.js';

const { cleanups, newRepo } = gitTestRepos();

async function committed(files: Record<string, string>): Promise<TestRepo> {
  const repo = await newRepo();
  for (const [path, content] of Object.entries(files)) await repo.write(path, content);
  await repo.commit('base');
  return repo;
}

/** Rewrite a tracked file with content of the same length and a later mtime: git must read it to tell. */
async function sameSizeEdit(repo: TestRepo, path: string, content: string): Promise<void> {
  await repo.write(path, content);
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(repo.dir, path), later, later);
}

describe('work tree changes', () => {
  test('a clean work tree has none', async () => {
    const repo = await committed({ 'src/a.ts': 'export const a = 1;\n' });
    expect(await workTreeChanges(repo.dir)).toEqual({ paths: [], count: 0 });
  });

  test('modified, staged, deleted and untracked files are listed; ignored files are not', async () => {
    const repo = await committed({ 'src/a.ts': 'export const a = 1;\n', 'src/gone.ts': 'x\n', '.gitignore': 'build/\n' });
    await repo.write('src/a.ts', 'export const a = 2;\n');
    await repo.write('src/staged.ts', 'export {};\n');
    await repo.git('add', 'src/staged.ts');
    await rm(join(repo.dir, 'src/gone.ts'));
    await repo.write('notes.txt', 'untracked\n');
    await repo.write('build/out.js', 'ignored\n');
    const changes = await workTreeChanges(repo.dir);
    expect(changes?.count).toBe(4);
    expect([...(changes?.paths ?? [])].sort()).toEqual(['notes.txt', 'src/a.ts', 'src/gone.ts', 'src/staged.ts']);
  });

  test('at most `max` paths are listed; the count is of all', async () => {
    const repo = await committed({ 'a.txt': 'a\n' });
    for (let i = 0; i < 7; i++) await repo.write(`new-${i}.txt`, `${i}\n`);
    const changes = await workTreeChanges(repo.dir, 3);
    expect(changes?.paths).toHaveLength(3);
    expect(changes?.count).toBe(7);
  });

  test('a bare repository has no work tree', async () => {
    const bare = await TestRepo.init({ bare: true });
    cleanups.push(() => bare.cleanup());
    expect(await workTreeChanges(bare.dir)).toBeNull();
  });
});

describe('attack: a filter driver in the repository config', () => {
  const driver = (marker: string, kind: string) => `sh -c 'echo ${kind} >> "${marker}"; cat'`;

  async function filtered(kind: 'clean' | 'process', required: boolean): Promise<{ repo: TestRepo; marker: string }> {
    const repo = await committed({ 'data.txt': 'aaaa\n', 'src/a.ts': 'export const a = 1;\n' });
    const outside = makeTempDir('agent-guard-filter-marker-');
    cleanups.push(() => rm(outside, { recursive: true, force: true }));
    const marker = join(outside, 'ran');
    // Configured after the commit, as a checkout step or an earlier job step would leave it.
    await repo.write('.gitattributes', '*.txt filter=marker\n');
    await repo.git('config', `filter.marker.${kind}`, driver(marker, kind));
    await repo.git('config', 'filter.marker.smudge', driver(marker, 'smudge'));
    if (required) await repo.git('config', 'filter.marker.required', 'true');
    await sameSizeEdit(repo, 'data.txt', 'bbbb\n');
    return { repo, marker };
  }

  test.each([
    ['clean', false],
    ['clean', true],
    ['process', true],
  ] as const)('a %s driver (required: %s) does not run; the changes are still listed', async (kind, required) => {
    const { repo, marker } = await filtered(kind, required);
    const changes = await workTreeChanges(repo.dir);
    expect(existsSync(marker)).toBe(false);
    expect([...(changes?.paths ?? [])].sort()).toEqual(['.gitattributes', 'data.txt']);

    // The same status without the guard's settings runs the driver (a process driver that does not speak
    // the protocol fails the status, after it ran): the marker proves the test can fail.
    await runGit(repo.dir, ['status', '--porcelain'], { allowFailure: true });
    expect(readFileSync(marker, 'utf8')).toContain(kind);
  });

  test('check prints the note for each kind of change and runs no driver', async () => {
    const { repo, marker } = await filtered('clean', true);
    await repo.write('src/a.ts', 'export const a = 2;\n');
    await repo.write('src/staged.ts', 'export {};\n');
    await repo.git('-c', 'filter.marker.clean=', '-c', 'filter.marker.required=false', 'add', 'src/staged.ts');
    const res = await runCli(['check', '--repo', repo.dir, '--base', 'HEAD']);
    expect(existsSync(marker)).toBe(false);
    expect(res.stderr).toMatch(/note: 4 uncommitted changes in the work tree \(.*"data\.txt".*\) are not in the reviewed commit: check judges commits \(HEAD\)/);
    for (const p of ['.gitattributes', 'src/a.ts', 'src/staged.ts']) expect(res.stderr).toContain(`"${p}"`);
    // A named head is not the work tree: no note.
    const named = await runCli(['check', '--repo', repo.dir, '--base', 'HEAD', '--head', 'main']);
    expect(named.stderr).not.toMatch(/uncommitted/);
    expect(existsSync(marker)).toBe(false);
  });
});
