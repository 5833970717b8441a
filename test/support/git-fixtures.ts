// Shared fixtures for the git adapter suites: temporary repositories (removed after the file), the
// process environment isolated from the machine's git config, and expectations on change entries.

import { computeChangeSet } from '../../src/adapters/git/change-set.js';
import { GitError } from '../../src/adapters/git/process.js';
import type { ChangeEntry } from '../../src/core/types.js';
import { TestRepo, isolateProcessGitConfig } from './git-repo.js';

export const ZERO = '0'.repeat(40);

/**
 * Registers the file's setup and teardown: process.env isolated from the machine's git config, and
 * every repository (and whatever is pushed to `cleanups`) removed after the last test.
 */
export function gitTestRepos(): {
  cleanups: Array<() => Promise<void>>;
  newRepo: () => Promise<TestRepo>;
  repoWithBase: (files?: Record<string, string | Buffer>) => Promise<TestRepo>;
} {
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
  return { cleanups, newRepo, repoWithBase };
}

export async function hashBlob(repo: TestRepo, content: string | Buffer): Promise<string> {
  return (await repo.run(['hash-object', '--stdin'], { input: content })).stdout.toString('latin1').trim();
}

export async function changes(repo: TestRepo, base = 'main', head = 'agent'): Promise<ChangeEntry[]> {
  return (await computeChangeSet(repo.dir, base, head)).entries;
}

export function byPath(entries: ChangeEntry[]): ChangeEntry[] {
  return [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export async function expectGitError(promise: Promise<unknown>, code: string): Promise<GitError> {
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
export function added(path: string, blob: string, extra: Partial<ChangeEntry> = {}): ChangeEntry {
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
