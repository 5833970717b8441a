// `agent-guard check`: guard-diff on a local repository.

import { parseArgs } from 'node:util';
import { GitError } from '../adapters/git/process.js';
import { workTreeChanges } from '../adapters/git/work-tree.js';
import { currentBranch, defaultBranch, remoteUrl, resolveCommit } from '../adapters/git/reads.js';
import type { ReviewOptions } from '../app/review-change.js';
import { startReview } from '../app/review-start.js';
import { parseSource } from '../app/sources.js';
import { oneLine, quoteUntrusted } from '../core/text.js';
import { EXIT } from './exit-codes.js';
import { reportInvalidInput } from './invalid-input.js';
import { UsageError, type CliIO } from './io.js';

/**
 * The modules of the configuration, the evaluation and the reports (YAML, policy, rules: most of what
 * a check loads). Imported only once git has been started (startReview), so that git resolves the
 * refs, reads policy and manifest and computes the change set while Node compiles them.
 */
export function loadCheckModules() {
  return Promise.all([import('../app/review-change.js'), import('../adapters/config.js'), import('../core/report.js'), import('../core/rules/workflows/render.js')]).then(
    ([review, config, report, workflows]) => ({ reviewChange: review.reviewChange, formatProblem: config.formatProblem, renderMarkdown: report.renderMarkdown, renderText: report.renderText, renderWorkflowReview: workflows.renderWorkflowReview }),
  );
}


export const VERDICT_EXIT = { allow: EXIT.OK, deny: EXIT.DENY, approval_required: EXIT.APPROVAL_REQUIRED } as const;

/** OWNER/NAME from a GitHub remote URL (https, ssh or scp-like), or null. */
export function repositoryFromRemote(url: string): string | null {
  const m = /^(?:https?:\/\/[^/]+\/|ssh:\/\/git@[^/]+\/|git@[^:]+:)([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? m[1]! : null;
}

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      repo: { type: 'string', default: '.' },
      base: { type: 'string' },
      head: { type: 'string', default: 'HEAD' },
      policy: { type: 'string' },
      manifest: { type: 'string' },
      branch: { type: 'string' },
      repository: { type: 'string' },
      format: { type: 'string', default: 'text' },
      all: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'markdown') throw new UsageError(`--format must be text, json or markdown, not ${JSON.stringify(format)}`);
  const repo = values.repo.startsWith('/') ? values.repo : `${io.cwd}/${values.repo}`;
  let loading: ReturnType<typeof loadCheckModules> | undefined;
  const modules = () => (loading ??= loadCheckModules());

  // The facts asked of git before the review are independent: their processes run at once, and each
  // is awaited in turn below (so a failure is reported as it was when they ran one after another). The
  // work tree's status, for the note after the report, is read meanwhile too.
  const guard = <T>(p: Promise<T>): Promise<T> => {
    p.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    return p;
  };
  const baseP = guard(values.base !== undefined ? Promise.resolve(values.base) : defaultBaseRef(repo));
  const branchP = guard(values.branch !== undefined ? Promise.resolve(values.branch) : values.head === 'HEAD' ? currentBranch(repo) : branchOfRef(repo, values.head));
  // The remote is asked only when neither the flag nor the environment names the repository (one git process less).
  const remoteP = values.repository ?? io.env.GITHUB_REPOSITORY ? Promise.resolve(null) : remoteUrl(repo).catch(() => null);
  const workTree = values.head === 'HEAD' ? guard(workTreeChanges(repo)) : undefined;

  try {
    const base = await baseP;
    const branch = await branchP;
    const remote = await remoteP;
    const repository = values.repository ?? io.env.GITHUB_REPOSITORY ?? (remote ? repositoryFromRemote(remote) : null) ?? undefined;
    const opts: ReviewOptions = { repo, base, head: values.head };
    if (values.policy !== undefined) opts.policy = parseSource(values.policy, io.cwd);
    if (values.manifest !== undefined) opts.manifest = parseSource(values.manifest, io.cwd);
    if (branch) opts.branch = branch;
    if (repository) opts.repository = repository;

    const started = startReview(opts);
    started.catch(() => undefined); // awaited by reviewChange; never an unhandled rejection meanwhile
    const { reviewChange, renderMarkdown, renderText, renderWorkflowReview } = await modules();
    const evaluation = await reviewChange(opts, io.cwd, started);
    // Compact JSON: machine output, and a 100k-file evaluation indented would double in size.
    if (format === 'json') io.out(JSON.stringify(evaluation));
    else if (format === 'markdown') io.out(renderMarkdown(evaluation));
    else io.out(renderText(evaluation, { all: values.all }));
    if (format !== 'json' && evaluation.workflow_review) io.out(renderWorkflowReview(evaluation, format));
    if (workTree !== undefined) await noteWorkTree(workTree, io);
    return VERDICT_EXIT[evaluation.verdict];
  } catch (err) {
    // Reading what the command line names can fail outside the change set itself: an unknown REF in
    // `--policy REF:PATH`, a directory or symlink where a file was expected, `--repo` not a repository.
    const invalid = await reportInvalidInput(err, 'check', io);
    if (invalid !== null) return invalid;
    throw err;
  }
}

/**
 * `check` judges commits: uncommitted changes in the work tree are not in what it reviewed, and a person
 * who edited and ran check must not read "allow" as covering them. On stderr, so JSON stays JSON.
 */
async function noteWorkTree(status: ReturnType<typeof workTreeChanges>, io: CliIO): Promise<void> {
  let changes;
  try {
    changes = await status;
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    io.err(`note: the work tree's status could not be read (${oneLine(err.message)}): uncommitted changes, if any, were not reviewed`);
    return;
  }
  if (changes === null || changes.count === 0) return;
  const shown = changes.paths.map((p) => quoteUntrusted(p)).join(', ');
  const more = changes.count > changes.paths.length ? `, and ${changes.count - changes.paths.length} more` : '';
  io.err(
    `note: ${changes.count} uncommitted change${changes.count === 1 ? '' : 's'} in the work tree (${shown}${more}) ${changes.count === 1 ? 'is' : 'are'} not in the reviewed commit: check judges commits (HEAD), so commit them and run check again to have them judged`,
  );
}

/** The remote's default branch when known (origin/HEAD), else `main`. */
export async function defaultBaseRef(repo: string): Promise<string> {
  const d = await defaultBranch(repo).catch(() => null);
  if (d) {
    const remoteRef = d.startsWith('origin/') || d.startsWith('refs/') ? d : `origin/${d}`;
    if (await resolveCommit(repo, remoteRef).then(() => true, () => false)) return remoteRef;
    return d;
  }
  return 'main';
}

async function branchOfRef(repo: string, ref: string): Promise<string | null> {
  void repo;
  if (/^[0-9a-f]{40}$/.test(ref) || /^[0-9a-f]{64}$/.test(ref)) return null;
  return ref.replace(/^refs\/heads\//, '').replace(/^origin\//, '');
}
