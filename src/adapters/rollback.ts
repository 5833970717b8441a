// Rollback readiness: does each agent change's revert still apply cleanly on the default branch? Tried
// in a temporary worktree of `repo` at the default branch's tip, one `git revert --no-commit` per merge
// commit (first parent for a merge), reset between tries; the worktree is removed afterwards. Hooks and
// the repository's filter commands are turned off: checking out must run nothing the checkout names.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollbackFrom, type Rollback, type RollbackCheck } from '../core/metrics/compute.js';
import { GitError, gitOk, runGit } from './git/process.js';

/** The default branch: origin's HEAD when the clone knows it, else a local main or master. */
async function defaultBranch(repo: string, named: string | undefined): Promise<string> {
  await gitOk(repo, ['rev-parse', '--git-dir'], { what: 'opening the --repo clone' });
  if (named !== undefined) return named;
  const origin = await runGit(repo, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
  if (origin.exitCode === 0) return origin.stdout.toString('utf8').trim().replace(/^refs\/remotes\//, '');
  for (const b of ['main', 'master']) if ((await runGit(repo, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`])).exitCode === 0) return b;
  throw new GitError('GIT_FAILED', `cannot tell the default branch of ${repo}: no origin/HEAD, main or master`, { hint: 'give --default-branch NAME' });
}

/** `-c` options that make every filter driver the repository configures a no-op, and hooks none. */
async function quietConfig(repo: string): Promise<string[]> {
  const r = await runGit(repo, ['config', '--name-only', '--get-regexp', '^filter\\.']);
  const drivers = new Set(
    r.stdout
      .toString('utf8')
      .split('\n')
      .map((k) => /^filter\.(.+)\.[^.]+$/.exec(k)?.[1])
      .filter((d): d is string => d !== undefined),
  );
  return ['-c', 'core.hooksPath=/dev/null', ...[...drivers].flatMap((d) => ['-c', `filter.${d}.smudge=cat`, '-c', `filter.${d}.clean=cat`, '-c', `filter.${d}.process=`, '-c', `filter.${d}.required=false`])];
}

export async function measureRollback(repo: string, candidates: readonly { commit: string; repository: string }[], opts: { defaultBranch?: string } = {}): Promise<Rollback> {
  const branch = await defaultBranch(repo, opts.defaultBranch);
  const base = (await gitOk(repo, ['rev-parse', '--verify', `${branch}^{commit}`], { what: `resolving the default branch ${branch}` })).toString('utf8').trim();
  const quiet = await quietConfig(repo);
  const dir = mkdtempSync(join(tmpdir(), 'agent-guard-rollback-'));
  const tree = join(dir, 'worktree');
  const checks: RollbackCheck[] = [];
  try {
    await gitOk(repo, [...quiet, 'worktree', 'add', '--detach', '--quiet', tree, base], { what: 'creating the temporary worktree' });
    for (const { commit, repository } of candidates) {
      if ((await runGit(repo, ['cat-file', '-e', `${commit}^{commit}`])).exitCode !== 0) {
        checks.push({ commit, repository, outcome: 'not_found', detail: 'the commit is not in this clone' });
        continue;
      }
      if ((await runGit(repo, ['merge-base', '--is-ancestor', commit, base])).exitCode !== 0) {
        checks.push({ commit, repository, outcome: 'not_found', detail: `not on ${branch}` });
        continue;
      }
      const parents = (await gitOk(repo, ['rev-list', '--parents', '-n', '1', commit])).toString('utf8').trim().split(' ').length - 1;
      const r = await runGit(tree, [...quiet, 'revert', '--no-commit', '--no-edit', ...(parents > 1 ? ['-m', '1'] : []), commit]);
      const conflicted = r.exitCode === 0 ? '' : (await runGit(tree, ['diff', '--name-only', '--diff-filter=U'])).stdout.toString('utf8').trim().split('\n').filter(Boolean).slice(0, 5).join(', ');
      checks.push(r.exitCode === 0 ? { commit, repository, outcome: 'clean' } : { commit, repository, outcome: 'conflicts', detail: conflicted ? `conflicts in ${conflicted}` : r.stderr.trim().split('\n')[0] ?? `git revert exited ${r.exitCode}` });
      await runGit(tree, ['revert', '--quit']);
      await gitOk(tree, [...quiet, 'reset', '--hard', '--quiet', base], { what: 'resetting the temporary worktree' });
    }
  } finally {
    await runGit(repo, ['worktree', 'remove', '--force', tree]);
    rmSync(dir, { recursive: true, force: true });
    await runGit(repo, ['worktree', 'prune']);
  }
  return rollbackFrom(repo, branch, base, checks);
}
