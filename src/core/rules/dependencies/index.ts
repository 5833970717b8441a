// The dependency family: one reviewer per file kind of each ecosystem (lockfiles, manifests, package-
// manager, registry and toolchain configuration), run on the base and head text of a changed file.
// Lockfiles are read for their sources: a host outside the network allow list is a deny, a new
// non-registry source high, an unreadable lockfile a deny. Configuration files report every new or
// changed setting that changes where packages come from or what runs, as high.

import { quoteValue } from '../../text.js';
import type { RuleFamily } from '../registry.js';
import type { Finding } from '../rule.js';
import { BUN_REVIEWERS, bun } from './bun.js';
import { CARGO_REVIEWERS, cargo } from './cargo.js';
import { COMPOSER_REVIEWERS, composer } from './composer.js';
import { DEPENDABOT_REVIEWERS, dependabot } from './dependabot.js';
import { GO_REVIEWERS, go } from './go.js';
import { HELM_REVIEWERS, helm } from './helm.js';
import { JSON_LOCKFILE_REVIEWERS } from './json-lockfiles.js';
import { linkedContent } from './linked-content.js';
import { lockfileReadable } from './lockfile-readable.js';
import { lockfileSources } from './lockfile-sources.js';
import { lockfileReaderOf, reviewSourceHosts, scanLockfile, type LockfileScan, type LockfileReader } from './lockfile.js';
import { NPM_REVIEWERS, npm } from './npm.js';
import { PNPM_REVIEWERS } from './pnpm.js';
import { PYTHON_REVIEWERS, python } from './python.js';
import type { DependencyFileKind, DependencyReviewer } from './reviewer.js';
import { RUBY_REVIEWERS } from './ruby.js';
import { sourceHosts } from './source-hosts.js';
import { TEST_RUNNER_REVIEWER, testRunners } from './test-runners.js';
import { WRAPPER_REVIEWERS, wrappers } from './wrappers.js';
import { YARN_REVIEWERS, yarn } from './yarn.js';

export type { DependencyFileKind, DependencyReviewer, ReviewContext } from './reviewer.js';
export type { LockfileScan, LockSource } from './lockfile.js';
export { MAX_LOCKFILE_CHARS } from './lockfile.js';
export { linkedContent } from './linked-content.js';

export const DEPENDENCY_REVIEWERS: readonly DependencyReviewer[] = Object.freeze([
  ...NPM_REVIEWERS,
  ...YARN_REVIEWERS,
  ...PNPM_REVIEWERS,
  ...BUN_REVIEWERS,
  ...PYTHON_REVIEWERS,
  ...CARGO_REVIEWERS,
  ...GO_REVIEWERS,
  ...RUBY_REVIEWERS,
  ...COMPOSER_REVIEWERS,
  ...JSON_LOCKFILE_REVIEWERS,
  ...HELM_REVIEWERS,
  ...WRAPPER_REVIEWERS,
  ...DEPENDABOT_REVIEWERS,
  TEST_RUNNER_REVIEWER,
]);

export const DEPENDENCY_RULES: RuleFamily = Object.freeze({
  id: 'dependencies',
  title: 'Dependencies',
  doc: 'Runs on every changed lockfile, dependency manifest and package-manager, registry or toolchain configuration file (matched case-insensitively), comparing the head text with the base text at the same path. Lockfiles are parsed for every source they resolve from; configuration files are read as settings.',
  rules: [sourceHosts, lockfileSources, lockfileReadable, linkedContent, npm, yarn, bun, python, cargo, go, helm, composer, wrappers, dependabot, testRunners],
});

/** The reviewer that takes a path (case-insensitive, so case variants are reviewed too), or undefined. */
export function reviewerFor(path: string): DependencyReviewer | undefined {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  return DEPENDENCY_REVIEWERS.find((r) => r.matches(lower, base));
}

/** Which reviewer applies to a path, or null. */
export function dependencyFileKind(path: string): DependencyFileKind | null {
  return reviewerFor(path)?.kind ?? null;
}

/** True for the files `reviewDependencyChange` reviews. */
export function isDependencyFile(path: string): boolean {
  return reviewerFor(path) !== undefined;
}

/** Resolved hosts and non-registry sources of a lockfile; a path that is no lockfile is an error. Never throws. */
export function lockfileHosts(path: string, text: string): LockfileScan {
  const read: LockfileReader = lockfileReaderOf(reviewerFor(path)) ?? ((_t, c) => (c.error = `${quoteValue(path)} is not a supported lockfile`));
  return scanLockfile(read, text);
}

export interface DependencyChangeOptions {
  /**
   * The head side exists (added, modified, renamed) but could not be given as text: not UTF-8 (a binary
   * such as bun.lockb) or too large to read. Without it, such a change looks like a deletion (`headText`
   * null). The caller reports the unreadable content itself (high); here a file whose sources must be
   * checked against the allow list (a lockfile, go.mod, bun.lockb) is a deny.
   */
  headUnreadable?: boolean;
}

/**
 * Review one changed dependency file. `baseText` is null for an added file, `headText` null for a
 * deleted one (or, with `opts.headUnreadable`, for a head that could not be read as text); `allow` is
 * the effective network allow list. Reports what is new or changed in head.
 */
export function reviewDependencyChange(path: string, baseText: string | null, headText: string | null, allow: readonly string[], opts: DependencyChangeOptions = {}): Finding[] {
  const reviewer = reviewerFor(path);
  if (reviewer === undefined) return [];
  const ctx = { path, file: quoteValue(path), allow };
  if (headText === null && opts.headUnreadable === true) return finish(ctx.file, reviewer.unreadable?.(ctx) ?? []);
  if (baseText === headText) return [];
  const findings = reviewer.review(baseText, headText, ctx);
  if (reviewer.sources !== undefined && headText !== null) findings.push(...reviewSourceHosts(reviewer.sources, baseText, headText, ctx));
  return finish(ctx.file, findings);
}

const CAP_PER_CODE = 20;

/** Deny findings first; at most CAP_PER_CODE findings per code, the rest summarised in one finding of the same code. */
function finish(file: string, findings: Finding[]): Finding[] {
  const ordered = [...findings.filter((f) => f.severity === 'deny'), ...findings.filter((f) => f.severity !== 'deny')];
  const counts = new Map<string, number>();
  const out: Finding[] = [];
  const dropped = new Map<string, Finding & { n: number }>();
  for (const f of ordered) {
    const n = (counts.get(f.code) ?? 0) + 1;
    counts.set(f.code, n);
    if (n <= CAP_PER_CODE) out.push(f);
    else {
      const d = dropped.get(f.code) ?? { ...f, n: 0 };
      d.n++;
      if (f.severity === 'deny') d.severity = 'deny';
      dropped.set(f.code, d);
    }
  }
  for (const [code, d] of dropped) out.push({ rule: d.rule, code, severity: d.severity, message: `${file}: ${d.n} more ${code} findings not listed.` });
  return out;
}
