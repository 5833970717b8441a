// A change committed on a new branch of a test repository, reviewed as guard-diff reviews it
// (reviewChange from `base`), and the lookups the adversarial suites make on the result.

import { reviewChange, type ReviewOptions } from '../../src/app/review-change.js';
import type { Evaluation, FileResult } from '../../src/core/evaluate.js';
import type { TestRepo } from './git-repo.js';

export interface ScenarioOptions {
  /** Branch names are `agent/<prefix><n>` (n counts per test file). */
  prefix: string;
  /** Where the branch starts and what it is reviewed against. Default main. */
  base?: string;
  /** A task manifest path, read from `base`. */
  manifest?: string | null;
  repository?: string;
}

let seq = 0;

/** Commit `change` on a new branch from `base`, check out main again, and review the branch. */
export async function reviewOnBranch(repo: TestRepo, change: (r: TestRepo) => Promise<void>, opts: ScenarioOptions): Promise<Evaluation> {
  const base = opts.base ?? 'main';
  const n = ++seq;
  const branch = `agent/${opts.prefix}${n}`;
  await repo.checkout(branch, { create: true, from: base });
  await change(repo);
  await repo.commit(`change ${n}`);
  await repo.checkout('main');
  const review: ReviewOptions = { repo: repo.dir, base, head: branch, branch };
  if (opts.repository !== undefined) review.repository = opts.repository;
  if (opts.manifest) review.manifest = { kind: 'ref', ref: base, path: opts.manifest };
  return reviewChange(review);
}

/** The result for `path`; a missing file fails the test and lists the paths there are. */
export function fileOf(e: Evaluation, path: string): FileResult {
  const f = e.files.find((x) => x.path === path);
  if (!f) throw new Error(`no file ${path} in ${JSON.stringify(e.files.map((x) => x.path))}`);
  return f;
}

/** The reasons of `path`'s result as `message [code]`, joined for matching. */
export const reasonsOf = (e: Evaluation, path: string): string =>
  fileOf(e, path)
    .reasons.map((r) => `${r.message} [${r.code}]`)
    .join(' | ');
