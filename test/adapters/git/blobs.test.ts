// Blob facts (binary, LFS pointers, symlink targets) through the cat-file reader: spill files and
// pipes give the same facts, leave nothing behind, and fail closed.

import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { computeChangeSet } from '../../../src/adapters/git/change-set.js';
import type { ChangeEntry } from '../../../src/core/types.js';
import { makeTempDir, type TestRepo } from '../../support/git-repo.js';
import { byPath, expectGitError, gitTestRepos, hashBlob } from '../../support/git-fixtures.js';

const { cleanups, repoWithBase } = gitTestRepos();

describe('how blob contents reach the reader (spill file or pipe): the same facts either way', () => {
  const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'c'.repeat(64) + '\nsize 7\n';
  const nulAt = (pos: number, len: number, fill = 0x61): Buffer => {
    const b = Buffer.alloc(len, fill);
    b[pos] = 0;
    return b;
  };
  const facts = (entries: ChangeEntry[]) => byPath(entries).map((e) => [e.path, e.status, e.binary, e.lfsPointer, e.symlinkTarget]);

  async function mixedRepo(): Promise<TestRepo> {
    const repo = await repoWithBase({ 'src/keep.txt': 'keep\n', 'src/gone.txt': 'gone\n' });
    for (let i = 0; i < 300; i++) await repo.write(`many/f${i}.txt`, `file ${i}\n${'y'.repeat(i)}\n`);
    await repo.write('a/small.txt', 'small\n');
    await repo.write('b/big.bin', nulAt(5, 3 * 1024 * 1024 + 11));
    await repo.write('c/huge.txt', Buffer.alloc(2 * 1024 * 1024 + 3, 0x62));
    await repo.write('d/lfs.dat', pointer);
    await repo.write('e/late-nul.bin', nulAt(8000, 9000));
    await repo.write('src/keep.txt', 'keep\nchanged\n');
    await repo.remove('src/gone.txt');
    await repo.symlink('f/link', '../a/small.txt');
    await repo.commit('mixed');
    return repo;
  }

  test('pipe, spill file and spill files replaced after every object agree, also when the reader skips oversized blobs', async () => {
    const repo = await mixedRepo();
    const viaFile = await computeChangeSet(repo.dir, 'main', 'agent');
    const viaPipe = await computeChangeSet(repo.dir, 'main', 'agent', { spillToFile: false });
    // A 1-byte limit moves the reader to a new file (a new process) as soon as one object is complete,
    // often in the middle of the next one (3 MiB, read 1 MiB at a time), which is then asked for again.
    const rotating = await computeChangeSet(repo.dir, 'main', 'agent', { spillFileMaxBytes: 1 });
    expect(viaFile.entries).toHaveLength(308);
    expect(facts(viaFile.entries).filter(([p]) => !String(p).startsWith('many/'))).toEqual([
      ['a/small.txt', 'added', false, false, undefined],
      ['b/big.bin', 'added', true, false, undefined],
      ['c/huge.txt', 'added', false, false, undefined],
      ['d/lfs.dat', 'added', false, true, undefined],
      ['e/late-nul.bin', 'added', false, false, undefined],
      ['f/link', 'added', undefined, undefined, '../a/small.txt'],
      ['src/gone.txt', 'deleted', undefined, undefined, undefined],
      ['src/keep.txt', 'modified', false, false, undefined],
    ]);
    expect(viaFile.entries.filter((e) => e.path.startsWith('many/')).every((e) => e.binary === false && e.lfsPointer === false)).toBe(true);
    expect(viaPipe.entries).toEqual(viaFile.entries);
    expect(rotating.entries).toEqual(viaFile.entries);

    // Oversized blobs are skipped by restarting the reader after them, in every transport.
    const limited = facts((await computeChangeSet(repo.dir, 'main', 'agent', { maxInspectBytes: 1024 * 1024 })).entries);
    expect(limited.filter(([p]) => p === 'b/big.bin' || p === 'c/huge.txt')).toEqual([
      ['b/big.bin', 'added', undefined, false, undefined],
      ['c/huge.txt', 'added', undefined, false, undefined],
    ]);
    expect(facts((await computeChangeSet(repo.dir, 'main', 'agent', { maxInspectBytes: 1024 * 1024, spillToFile: false })).entries)).toEqual(limited);
    expect(facts((await computeChangeSet(repo.dir, 'main', 'agent', { maxInspectBytes: 1024 * 1024, spillFileMaxBytes: 1 })).entries)).toEqual(limited);
    await expectGitError(computeChangeSet(repo.dir, 'main', 'agent', { spillFileMaxBytes: 0 }), 'INVALID_OPTION');
  });

  test('spill files leave nothing behind, and a pipe is used when no temporary file can be made', async () => {
    const repo = await mixedRepo();
    const expected = (await computeChangeSet(repo.dir, 'main', 'agent', { spillToFile: false })).entries;
    const saved = process.env.TMPDIR;
    const tmp = makeTempDir('agent-guard-spill-');
    cleanups.push(() => rm(tmp, { recursive: true, force: true }));
    try {
      process.env.TMPDIR = tmp;
      expect((await computeChangeSet(repo.dir, 'main', 'agent', { spillFileMaxBytes: 1 })).entries).toEqual(expected);
      expect(readdirSync(tmp)).toEqual([]);
      process.env.TMPDIR = join(tmp, 'does-not-exist');
      expect((await computeChangeSet(repo.dir, 'main', 'agent')).entries).toEqual(expected);

      // A failure while reading (a blob missing from the object store) is an error, and leaves nothing behind.
      process.env.TMPDIR = tmp;
      const broken = await repoWithBase();
      await broken.write('x/lost.txt', 'this blob will be deleted\n');
      await broken.write('x/other.txt', 'other\n');
      await broken.commit('lost');
      const oid = await hashBlob(broken, 'this blob will be deleted\n');
      await rm(join(broken.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
      const err = await expectGitError(computeChangeSet(broken.dir, 'main', 'agent'), 'GIT_FAILED');
      expect(err.message).toMatch(/missing/);
      await expectGitError(computeChangeSet(broken.dir, 'main', 'agent', { spillToFile: false }), 'GIT_FAILED');
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
  test('when git cannot finish its spill file, the rest is read through a pipe; a git failure either way is an error', async () => {
    const repo = await mixedRepo();
    const expected = (await computeChangeSet(repo.dir, 'main', 'agent', { spillToFile: false })).entries;
    const realGit = execFileSync('sh', ['-c', 'command -v git']).toString().trim();
    const bin = makeTempDir('agent-guard-fake-git-');
    cleanups.push(() => rm(bin, { recursive: true, force: true }));
    // A git that fails `cat-file --batch` when its stdout is a regular file (a spill file), or always.
    const fakeGit = (always: boolean) =>
      `#!/bin/sh\ncase " $* " in\n  *" cat-file --batch "*)\n    if [ -f /dev/stdout ] || ${always}; then echo 'fatal: unable to write (simulated)' >&2; exit 128; fi ;;\nesac\nexec '${realGit}' "$@"\n`;
    const savedPath = process.env.PATH;
    try {
      process.env.PATH = `${bin}:${savedPath ?? ''}`;
      writeFileSync(join(bin, 'git'), fakeGit(false), { mode: 0o755 });
      expect((await computeChangeSet(repo.dir, 'main', 'agent')).entries).toEqual(expected);
      expect((await computeChangeSet(repo.dir, 'main', 'agent', { spillFileMaxBytes: 1 })).entries).toEqual(expected);
      writeFileSync(join(bin, 'git'), fakeGit(true), { mode: 0o755 });
      const err = await expectGitError(computeChangeSet(repo.dir, 'main', 'agent'), 'GIT_FAILED');
      expect(err.message).toMatch(/simulated/);
    } finally {
      process.env.PATH = savedPath;
    }
  });
});
