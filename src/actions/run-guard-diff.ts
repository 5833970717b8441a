// guard-diff: read inputs and the event, review the change, write outputs, summary, annotations and
// evidence. Dependencies come in as parameters so the bundle and the tests run the same code.

import { isAbsolute, join } from 'node:path';
import { formatProblem } from '../adapters/config.js';
import { FileWriteError, writeFileNoFollow } from '../adapters/files.js';
import { ConfigError } from '../app/config.js';
import { reviewChange, type ReviewOptions } from '../app/review-change.js';
import type { Evaluation } from '../core/evaluate.js';
import { reasonLine } from '../core/rules/file-reason.js';
import { guardDiffEvidence, jobIdentity, mergeCommitFromEvent, timingsBetween } from '../core/evidence.js';
import { serializeEvidence } from '../core/evidence-validate.js';
import { displayPath, renderMarkdown, renderText } from '../core/report.js';
import { renderWorkflowReview, workflowAnnotations } from '../core/rules/workflows/render.js';
import { GuardDiffInputs as I, GuardDiffOutputs as O, Modes, type Mode } from './constants.js';
import { parseProtectedBranches } from '../core/approval-report.js';
import { EventError, refsFromEvent } from './event.js';
import type { ActionsCore } from './toolkit.js';
import { evidencePathFor, readEvent } from './toolkit.js';
import { attestStep } from './attest-evidence.js';
import { uploadEvidenceStep } from './upload-evidence.js';
import { Redactor } from '../core/redact.js';

export interface GuardDiffDeps {
  /** The root action collects the evidence file here and uploads it with the gate's, in one artifact. */
  collectEvidence?: string[];
}

export async function runGuardDiff(core: ActionsCore, env: Record<string, string | undefined>, deps: GuardDiffDeps = {}): Promise<Evaluation | null> {
  const started = new Date();
  const modeInput = core.getInput(I.Mode) || 'enforce';
  const mode: Mode = (Modes as readonly string[]).includes(modeInput) ? (modeInput as Mode) : 'enforce';
  const fail = (message: string) => (mode === 'audit' ? core.warning(`audit mode: ${message}`) : core.setFailed(message));
  core.setOutput(O.Verdict, 'deny'); // until proven otherwise: a crash must never read as success
  try {
    if (!(Modes as readonly string[]).includes(modeInput)) throw new ConfigError([{ code: 'input', message: `input mode must be enforce or audit, not ${JSON.stringify(modeInput)}` }]);
    // An empty variable is an unset one (`?? ` would keep '' and run git in no directory at all).
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const repoInput = core.getInput(I.RepositoryPath);
    const repo = repoInput ? (isAbsolute(repoInput) ? repoInput : join(workspace, repoInput)) : workspace;
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const overrides: { base?: string; head?: string } = {};
    if (core.getInput(I.Base)) overrides.base = core.getInput(I.Base);
    if (core.getInput(I.Head)) overrides.head = core.getInput(I.Head);
    const payload = await readEvent(env);
    const refs = refsFromEvent(eventName, payload, env, overrides);
    const retarget = overrides.base ? null : protectedBaseFor(eventName, payload, core.getInput(I.ProtectedBranches));
    if (retarget) {
      refs.base = retarget.base;
      refs.source += ` (${retarget.note})`;
    }
    core.info(`agent-guard guard-diff: ${refs.source}: base ${displayPath(refs.base)}, head ${displayPath(refs.head)}`);

    // Authority never comes from the change: policy and manifest are read from the base commit.
    const opts: ReviewOptions = { repo, base: refs.base, head: refs.head };
    const policyPath = core.getInput(I.Policy);
    if (policyPath) opts.policy = { kind: 'ref', ref: refs.base, path: policyPath };
    const manifestPath = core.getInput(I.Manifest);
    if (manifestPath) opts.manifest = { kind: 'ref', ref: refs.base, path: manifestPath };
    if (refs.branch) opts.branch = refs.branch;
    if (refs.branchCheck) opts.branchCheck = refs.branchCheck;
    if (retarget) opts.notes = [retarget.note];
    if (env.GITHUB_REPOSITORY) opts.repository = env.GITHUB_REPOSITORY;
    if (manifestPath && !/^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/.test(env.GITHUB_REPOSITORY ?? '')) {
      // Without OWNER/NAME the manifest's `repository` cannot be checked, and a task written for another
      // repository would pass silently.
      throw new EventError('GITHUB_REPOSITORY is not set to OWNER/NAME, so the manifest\'s repository cannot be checked');
    }

    const evaluation = await reviewChange(opts, repo);
    const finished = new Date();
    // The work tree's files, links included, come from the change: never written through.
    const evidencePath = evidencePathFor(core.getInput(I.EvidencePath), env, 'guard-diff-evidence.json');
    try {
      await writeFileNoFollow(
        evidencePath,
        // Through the one redactor (credential shapes: this step holds no secret of its own).
        new Redactor().redact(serializeEvidence(guardDiffEvidence(evaluation, jobIdentity(env), timingsBetween(started, finished), mode, mergeCommitFromEvent(eventName, payload)))),
        { untrustedRoot: repo },
      );
    } catch (err) {
      if (err instanceof FileWriteError) throw new ConfigError([{ code: 'evidence_path', message: `evidence-path: ${err.message}` }]);
      throw err;
    }
    await attestStep(core, env, evidencePath);
    if (deps.collectEvidence) deps.collectEvidence.push(evidencePath);
    else await uploadEvidenceStep(core, env, [evidencePath]);

    core.setOutput(O.Verdict, evaluation.verdict);
    core.setOutput(O.Tier, evaluation.tier);
    core.setOutput(O.RequiredCapabilities, JSON.stringify(evaluation.capabilities.used));
    core.setOutput(O.UnusedCapabilities, JSON.stringify(evaluation.capabilities.unused));
    core.setOutput(O.EvidencePath, evidencePath);
    core.setOutput(O.AllowedEndpoints, allowedEndpoints(evaluation));
    core.info(renderText(evaluation) + renderWorkflowReview(evaluation, 'text'));
    for (const f of evaluation.files) {
      if (f.decision === 'deny') core.error(f.reasons[0] !== undefined ? reasonLine(f.reasons[0]) : 'denied', { title: 'agent-guard: denied', file: f.path });
    }
    for (const v of evaluation.violations.filter((x) => x.path === undefined)) core.error(v.message, { title: `agent-guard: ${v.code}` });
    for (const a of workflowAnnotations(evaluation)) core[a.level](a.message, a.startLine === undefined ? { title: a.title, file: a.file } : { title: a.title, file: a.file, startLine: a.startLine });
    await core.summary.addRaw(renderMarkdown(evaluation) + renderWorkflowReview(evaluation, 'markdown')).write();
    if (evaluation.verdict === 'deny') fail(`agent-guard: ${evaluation.summary}`);
    return evaluation;
  } catch (err) {
    const message =
      err instanceof ConfigError
        ? `invalid configuration:\n${err.problems.map(formatProblem).join('\n')}`
        : err instanceof EventError
          ? err.message
          : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    core.setOutput(O.Verdict, 'deny');
    fail(`agent-guard: deny (${message})`);
    return null;
  }
}

/**
 * A check belongs to the head commit, which every pull request with the same head shares. A pull
 * request into a branch the agent controls would be judged against that branch's policy and diff, and
 * its green check would count for the default branch too. So a pull request into any branch but the
 * protected ones is judged as if it targeted the default branch: policy and merge base from there.
 */
function protectedBaseFor(eventName: string, payload: unknown, input: string): { base: string; note: string } | null {
  if (!eventName.startsWith('pull_request')) return null;
  const p = (payload ?? {}) as { repository?: { default_branch?: unknown }; pull_request?: { base?: { ref?: unknown; repo?: { default_branch?: unknown } } } };
  const defaultBranch = p.pull_request?.base?.repo?.default_branch ?? p.repository?.default_branch;
  const baseRef = p.pull_request?.base?.ref;
  if (typeof defaultBranch !== 'string' || typeof baseRef !== 'string') throw new EventError(`the ${eventName} event does not name the base branch and the default branch`);
  const protectedBranches = parseProtectedBranches(input) ?? [defaultBranch];
  if (protectedBranches.includes(baseRef)) return null;
  if (!/^[A-Za-z0-9._/-]{1,200}$/.test(defaultBranch) || defaultBranch.includes('..')) throw new EventError('the default branch name in the event is not usable');
  return {
    base: `origin/${defaultBranch}`,
    note: `the pull request targets ${JSON.stringify(baseRef.slice(0, 100))}, not a protected branch: judged against the default branch ${defaultBranch}, whose policy governs what this head may become`,
  };
}

/** The manifest's network allow list in harden-runner's `allowed-endpoints` form (`host:443`, space separated). */
function allowedEndpoints(evaluation: Evaluation): string {
  return evaluation.network_allow.map((h) => `${h}:443`).join(' ');
}
