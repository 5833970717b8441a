// Ref resolution, merge bases, shallow history, files at a commit, branches and remotes, against
// real git repositories: every failure is a GitError that says what to do.

import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { computeChangeSet } from '../../../src/adapters/git/change-set.js';
import { currentBranch, defaultBranch, isShallow, mergeBase, readFileAtCommit, remoteUrl, resolveCommit, resolveRefsAndTrees } from '../../../src/adapters/git/reads.js';
import { makeTempDir, TestRepo } from '../../support/git-repo.js';
import { expectGitError, gitTestRepos, ZERO } from '../../support/git-fixtures.js';

const { cleanups, newRepo, repoWithBase } = gitTestRepos();

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

  test('a fetch-depth 1 clone is refused with the fetch-depth hint', async () => {
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

  test('a single-branch shallow clone lacks the base ref: UNKNOWN_REF telling to fetch it', async () => {
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

  test('the all-zero SHA of a new branch push is not a base', async () => {
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
});

describe('readFileAtCommit (authority from the base commit)', () => {
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

describe('resolving both refs and their trees with one rev-parse', () => {
  test('the ids and trees are those git gives one at a time', async () => {
    const repo = await newRepo();
    await repo.write('a.txt', 'a\n');
    await repo.commit('c1');
    await repo.checkout('agent', { create: true });
    await repo.write('b.txt', 'b\n');
    await repo.commit('c2');
    const r = await resolveRefsAndTrees(repo.dir, 'main', 'agent');
    expect(r).toEqual({
      shallow: false,
      base: await repo.rev('main'),
      head: await repo.rev('agent'),
      baseTree: (await repo.git('rev-parse', 'main^{tree}')).trim(),
      headTree: (await repo.git('rev-parse', 'agent^{tree}')).trim(),
      extra: [],
      mergeBases: [await repo.rev('main')],
    });
  });

  test('annotated tags resolve to the commits they tag, and the merge bases are those of git merge-base --all', async () => {
    const repo = await newRepo();
    await repo.write('a.txt', 'a\n');
    const c1 = await repo.commit('c1');
    await repo.git('tag', '-a', 'v1', '-m', 'release 1');
    await repo.checkout('agent', { create: true });
    await repo.write('b.txt', 'b\n');
    const c2 = await repo.commit('c2');
    await repo.git('tag', '-a', 'v2', '-m', 'release 2');
    await repo.checkout('main');
    await repo.write('a.txt', 'a2\n');
    const c3 = await repo.commit('c3');
    expect((await repo.git('cat-file', '-t', 'v2')).trim()).toBe('tag');
    const r = await resolveRefsAndTrees(repo.dir, 'main', 'v2', ['v1']);
    expect(r).toEqual({
      shallow: false,
      base: c3,
      head: c2,
      baseTree: (await repo.git('rev-parse', 'main^{tree}')).trim(),
      headTree: (await repo.git('rev-parse', 'v2^{tree}')).trim(),
      extra: [c1],
      mergeBases: (await repo.git('merge-base', '--all', 'main', 'v2')).trim().split('\n'),
    });
    expect(r!.mergeBases).toEqual([c1]);
    // The same ref on both sides: its own merge base.
    expect((await resolveRefsAndTrees(repo.dir, 'v2', 'agent'))!.mergeBases).toEqual([c2]);
    const cs = await computeChangeSet(repo.dir, 'v1', 'v2');
    expect({ base: cs.base, head: cs.head, mergeBase: cs.mergeBase }).toEqual({ base: c1, head: c2, mergeBase: c1 });
    expect(cs.entries.map((e) => e.path)).toEqual(['b.txt']);
  });

  test('no merge base, or several, are listed as git lists them; the change set refuses both with its own error', async () => {
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
    const crissCross = await resolveRefsAndTrees(repo.dir, 'x', 'y');
    expect([...crissCross!.mergeBases].sort()).toEqual((await repo.git('merge-base', '--all', 'x', 'y')).trim().split('\n').sort());
    expect(crissCross!.mergeBases).toHaveLength(2);
    await expectGitError(computeChangeSet(repo.dir, 'x', 'y', { resolved: crissCross! }), 'MULTIPLE_MERGE_BASES');

    await repo.git('checkout', '-q', '--orphan', 'unrelated');
    await repo.write('c.txt', 'c\n');
    await repo.commit('root of its own');
    const none = await resolveRefsAndTrees(repo.dir, 'main', 'unrelated');
    expect(none!.mergeBases).toEqual([]);
    const err = await expectGitError(computeChangeSet(repo.dir, 'main', 'unrelated', { resolved: none! }), 'NO_MERGE_BASE');
    expect(err.message).toMatch(/share no history/);
  });

  test('a missing ref fails closed: null here, and the change set names the ref that is missing', async () => {
    const repo = await newRepo();
    await repo.write('a.txt', 'a\n');
    await repo.commit('c1');
    expect(await resolveRefsAndTrees(repo.dir, 'main', 'no-such-head')).toBeNull();
    expect(await resolveRefsAndTrees(repo.dir, 'no-such-base', 'main')).toBeNull();
    expect(await resolveRefsAndTrees(repo.dir, 'main', 'main', ['no-such-manifest-ref'])).toBeNull();
    const head = await expectGitError(computeChangeSet(repo.dir, 'main', 'no-such-head'), 'UNKNOWN_REF');
    expect(head.message).toContain('The head ref "no-such-head" does not name a commit');
    const base = await expectGitError(computeChangeSet(repo.dir, 'no-such-base', 'main'), 'UNKNOWN_REF');
    expect(base.message).toContain('The base ref "no-such-base" does not name a commit');
    expect(base.hint).toMatch(/fetch/);
  });

  test('anything but one id per ref gives null (the caller asks one fact at a time): ranges, unknown refs, non-commits, the zero id', async () => {
    const repo = await newRepo();
    await repo.write('a.txt', 'a\n');
    await repo.commit('c1');
    await repo.write('a.txt', 'b\n');
    await repo.commit('c2');
    const tree = (await repo.git('rev-parse', 'HEAD^{tree}')).trim();
    expect(await resolveRefsAndTrees(repo.dir, 'HEAD~1..HEAD', 'HEAD')).toBeNull();
    expect(await resolveRefsAndTrees(repo.dir, 'HEAD~1...HEAD', 'HEAD')).toBeNull();
    expect(await resolveRefsAndTrees(repo.dir, 'main', 'no-such-branch')).toBeNull();
    expect(await resolveRefsAndTrees(repo.dir, tree, 'main')).toBeNull();
    expect(await resolveRefsAndTrees(repo.dir, ZERO, 'main')).toBeNull();
    await expectGitError(computeChangeSet(repo.dir, 'main', 'no-such-branch'), 'UNKNOWN_REF');
  });
});
