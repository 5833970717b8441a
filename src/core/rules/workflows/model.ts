// The parsed model the workflow rules read: a workflow's triggers, jobs and steps (or an action's
// `runs:`), each job and step with a stable identity (job id; step id, else name, else uses, else the
// first line of its script) and its line in the file. Built with the project's one YAML loader in its
// alias-expanding mode; any problem makes the file unparseable, which is itself a finding.

import { deepStrings, isObj, own, scalarText, str, type Json } from '../../json.js';
import { quoteValue, stableJson } from '../../text.js';
import { escapePointer, loadDocument, MAX_WORKFLOW_DEPTH, MAX_WORKFLOW_NODES, MAX_WORKFLOW_BYTES } from '../../yaml.js';

export type Obj = Json;
export type WorkflowFileKind = 'workflow' | 'action' | 'dependabot';

/** Which reviewer applies: GitHub workflow, action metadata, Dependabot configuration, or none. Case-insensitive. */
export function reviewedFileKind(path: string): WorkflowFileKind | null {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  // GitHub runs every YAML file in .github/workflows as a workflow, even one named action.yml.
  if (/^\.github\/workflows\/.+\.ya?ml$/.test(lower)) return 'workflow';
  if (base === 'action.yml' || base === 'action.yaml') return 'action';
  if (lower === '.github/dependabot.yml' || lower === '.github/dependabot.yaml') return 'dependabot';
  return null;
}

export interface StepInfo {
  index: number; // 1-based
  /** Stable identity: id, else name, else uses, else the script's first line. */
  label: string;
  value: Obj;
  line?: number;
}
export interface JobInfo {
  id: string;
  value: Obj;
  steps: StepInfo[];
  line?: number;
}
export interface Model {
  kind: WorkflowFileKind;
  path: string;
  root: Obj;
  triggers: Map<string, unknown>;
  jobs: JobInfo[];
  /** Privileged triggers present (secrets and a write token on events outsiders cause). */
  privileged: string[];
}

/** Triggers that run with the base repository's secrets and a write token on events anyone can cause. */
export const DANGEROUS_TRIGGERS: Record<string, string> = {
  pull_request_target:
    'runs the base branch workflow with secrets and a write token for pull requests from anyone, including forks',
  workflow_run: 'runs privileged, in the default branch context, after a workflow any pull request can trigger; its artifacts are attacker-controlled',
  issue_comment: 'runs with secrets and a write token on comments anyone can post; comment text is attacker-controlled',
  pull_request_review: 'runs on reviews; review text is attacker-controlled and the run is head-controlled',
  pull_request_review_comment: 'runs on review comments; comment text is attacker-controlled',
  issues: 'runs with secrets and a write token on issues anyone can open; titles and bodies are attacker-controlled',
  discussion: 'runs with secrets and a write token on discussions anyone can open; their text is attacker-controlled',
  discussion_comment: 'runs with secrets and a write token on discussion comments; their text is attacker-controlled',
};
/** Triggers under which checking out and running the pull request's code hands it secrets. */
const PRIVILEGED_TRIGGERS = new Set(['pull_request_target', 'workflow_run', 'issue_comment']);

function readTriggers(root: Obj): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const on = own(root, 'on');
  if (typeof on === 'string') out.set(on.trim().toLowerCase(), null);
  else if (Array.isArray(on)) {
    for (const t of on) if (typeof t === 'string') out.set(t.trim().toLowerCase(), null);
  } else if (isObj(on)) for (const k of Object.keys(on)) out.set(k.trim().toLowerCase(), on[k]);
  return out;
}

/** The first line of a text, at most `max` characters. */
export function firstLine(text: string, max = 60): string {
  const first = text.trim().split('\n')[0] ?? '';
  return first.length > max ? `${first.slice(0, max)}...` : first;
}

function stepLabel(step: Obj): string {
  const id = scalarText(own(step, 'id'));
  if (id) return id;
  const name = scalarText(own(step, 'name'));
  if (name) return name;
  const uses = str(own(step, 'uses'));
  if (uses) return uses;
  const run = str(own(step, 'run'));
  if (run) return firstLine(run);
  return '';
}

type Locate = (pointer: string) => number | undefined;

function readSteps(v: unknown, pointer: string, locate: Locate): StepInfo[] {
  if (!Array.isArray(v)) return [];
  const out: StepInfo[] = [];
  v.forEach((s, i) => {
    if (!isObj(s)) return;
    const line = locate(`${pointer}/${i}`);
    out.push(line === undefined ? { index: i + 1, label: stepLabel(s), value: s } : { index: i + 1, label: stepLabel(s), value: s, line });
  });
  return out;
}

/** The composite action's steps are modelled as one job with an empty id. */
export const ACTION_JOB = '';

export type ModelResult = { ok: true; model: Model } | { ok: false; reason: string };

export function buildModel(path: string, kind: WorkflowFileKind, text: string): ModelResult {
  const loaded = loadDocument(text, 'workflow', { aliases: 'expand', maxBytes: MAX_WORKFLOW_BYTES, maxDepth: MAX_WORKFLOW_DEPTH, maxNodes: MAX_WORKFLOW_NODES });
  if (!loaded.ok) {
    const first = loaded.problems[0]!;
    const at = first.location?.line !== undefined ? ` at line ${first.location.line}` : '';
    const more = loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more)` : '';
    return { ok: false, reason: `${first.code}: ${first.message}${at}${more}` };
  }
  const root = loaded.doc.value;
  const locate: Locate = (pointer) => loaded.doc.locate(pointer).line;
  if (!isObj(root)) return { ok: false, reason: 'the top level is not a mapping' };
  if (kind === 'dependabot') return { ok: true, model: { kind, path, root, triggers: new Map(), jobs: [], privileged: [] } };
  if (kind === 'action') {
    const runs = own(root, 'runs');
    if (!isObj(runs)) return { ok: false, reason: 'there is no "runs" mapping' };
    const steps = readSteps(own(runs, 'steps'), '/runs/steps', locate);
    return { ok: true, model: { kind, path, root, triggers: new Map(), jobs: [{ id: ACTION_JOB, value: runs, steps }], privileged: [] } };
  }
  const jobs = own(root, 'jobs');
  if (!isObj(jobs)) return { ok: false, reason: 'there is no "jobs" mapping' };
  if (own(root, 'on') === undefined) return { ok: false, reason: 'there is no "on" key, so GitHub cannot run it' };
  const triggers = readTriggers(root);
  const jobList: JobInfo[] = [];
  for (const id of Object.keys(jobs)) {
    const job = jobs[id];
    if (!isObj(job)) return { ok: false, reason: `job ${quoteValue(id)} is not a mapping` };
    const pointer = `/jobs/${escapePointer(id)}`;
    const line = locate(pointer);
    const steps = readSteps(own(job, 'steps'), `${pointer}/steps`, locate);
    jobList.push(line === undefined ? { id, value: job, steps } : { id, value: job, steps, line });
  }
  const privileged = [...triggers.keys()].filter((t) => PRIVILEGED_TRIGGERS.has(t));
  return { ok: true, model: { kind, path, root, triggers, jobs: jobList, privileged } };
}

// ---------------------------------------------------------------------------------------------
// Locations in messages

export function fileLabel(m: { kind: WorkflowFileKind; path: string }): string {
  const what = m.kind === 'action' ? 'action' : m.kind === 'dependabot' ? 'Dependabot configuration' : 'workflow';
  return `${what} ${quoteValue(m.path)}`;
}
export function jobLabel(m: Model, job: JobInfo): string {
  return m.kind === 'action' ? `${fileLabel(m)} (runs)` : `${fileLabel(m)} job ${quoteValue(job.id)}`;
}
export function stepWhere(m: Model, job: JobInfo, step: StepInfo): string {
  const label = step.label ? ` (${quoteValue(firstLine(step.label))})` : '';
  return m.kind === 'action'
    ? `${fileLabel(m)} composite step ${step.index}${label}`
    : `${fileLabel(m)} job ${quoteValue(job.id)} step ${step.index}${label}`;
}

// ---------------------------------------------------------------------------------------------
// uses: references

const SHA40 = /^[0-9a-f]{40}$/i;
const DIGEST = /@sha256:[0-9a-f]{64}$/i;

export type Pinning = 'local' | 'pinned' | 'unpinned';

export function usesPinning(uses: string): Pinning {
  const u = uses.trim();
  if (u.startsWith('./') || u.startsWith('$/')) return 'local';
  if (u.toLowerCase().startsWith('docker://')) return DIGEST.test(u) ? 'pinned' : 'unpinned';
  const at = u.lastIndexOf('@');
  if (at < 0) return 'unpinned';
  return SHA40.test(u.slice(at + 1)) ? 'pinned' : 'unpinned';
}
/** `owner/repo[/path]` without the ref, lower-cased (GitHub owner and repo names are case-insensitive). */
export function actionName(uses: string): string {
  const u = uses.trim();
  const at = u.lastIndexOf('@');
  return (at < 0 ? u : u.slice(0, at)).toLowerCase();
}
export function actionRef(uses: string): string {
  const at = uses.lastIndexOf('@');
  return at < 0 ? '' : uses.slice(at + 1).trim();
}
export function imagePinned(image: string): boolean {
  return DIGEST.test(image.trim());
}

/** A step that uses an action: the reference as written and its action name (`actionName`). */
export interface UsesStep {
  job: JobInfo;
  step: StepInfo;
  uses: string;
  name: string;
}

/** Every step with a `uses:`, job by job, in file order. */
export function* usesSteps(m: Model): Generator<UsesStep> {
  for (const job of m.jobs) {
    for (const step of job.steps) {
      const uses = str(own(step.value, 'uses'));
      if (uses !== undefined) yield { job, step, uses, name: actionName(uses) };
    }
  }
}

/** A job's reusable workflow call (`jobs.<id>.uses`, workflows only). */
export function jobUses(m: Model, job: JobInfo): string | undefined {
  return m.kind === 'workflow' ? str(own(job.value, 'uses')) : undefined;
}

/** Every `uses:` of a model with where it is: each job's reusable workflow call (no step), then its steps'. */
export function* usesSites(m: Model): Generator<{ job: JobInfo; step?: StepInfo; uses: string; name: string }> {
  for (const job of m.jobs) {
    const called = jobUses(m, job);
    if (called !== undefined) yield { job, uses: called, name: actionName(called) };
    for (const step of job.steps) {
      const uses = str(own(step.value, 'uses'));
      if (uses !== undefined) yield { job, step, uses, name: actionName(uses) };
    }
  }
}

/** Every `uses:` of a model: reusable workflow calls (workflows only) and steps. */
export function allUses(m: Model): string[] {
  return [...usesSites(m)].map((s) => s.uses);
}

// ---------------------------------------------------------------------------------------------
// Step helpers

/** A step's `with:` mapping (empty when absent or not a mapping). */
export function withArgs(step: Obj): Obj {
  const w = own(step, 'with');
  return isObj(w) ? w : {};
}

/** The value of an input, matching its name case-insensitively as GitHub does. */
export function inputValue(args: Obj, lowerName: string): { name: string; value: unknown } | undefined {
  const key = Object.keys(args).find((k) => k.toLowerCase() === lowerName);
  return key === undefined ? undefined : { name: key, value: args[key] };
}
/** An input's scalar text, lower-cased and trimmed. */
export function inputText(args: Obj, lowerName: string): string | undefined {
  const found = inputValue(args, lowerName);
  return found === undefined ? undefined : scalarText(found.value)?.trim().toLowerCase();
}

/**
 * Inputs of known actions that evaluate their value as code or as a query; names lower-case (GitHub
 * matches input names case-insensitively).
 */
export const SCRIPT_INPUTS: Record<string, string[]> = {
  'actions/github-script': ['script'],
  'azure/cli': ['inlinescript'],
  'azure/powershell': ['inlinescript'],
  'appleboy/ssh-action': ['script'],
  'nick-fields/retry': ['command'],
  'cypress-io/github-action': ['command', 'build', 'start'],
  'octokit/graphql-action': ['query'],
  'mikefarah/yq': ['cmd'],
  'jannekem/run-python-script-action': ['script'],
  'pwsh/powershell': ['script'],
};

/** The scripts a step runs: its `run:` and the code-evaluating inputs of known actions. */
export function stepScripts(step: Obj): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = [];
  const run = scalarText(own(step, 'run'));
  if (run !== undefined) out.push({ field: 'run', text: run });
  const uses = str(own(step, 'uses'));
  const name = uses === undefined ? '' : actionName(uses);
  const args = withArgs(step);
  for (const input of Object.hasOwn(SCRIPT_INPUTS, name) ? SCRIPT_INPUTS[name]! : []) {
    const found = inputValue(args, input);
    const text = found === undefined ? undefined : scalarText(found.value);
    if (text !== undefined) out.push({ field: input, text });
  }
  return out;
}

/** The text an `env.NAME` expression reads in a step: the step's env, else the job's, else the workflow's. */
export function envValueFor(m: Model, job: JobInfo, step: Obj, name: string): string | undefined {
  for (const env of [own(step, 'env'), own(job.value, 'env'), m.kind === 'workflow' ? own(m.root, 'env') : undefined]) {
    if (!isObj(env)) continue;
    const key = Object.keys(env).find((k) => k.toLowerCase() === name);
    if (key !== undefined) return scalarText(env[key]);
  }
  return undefined;
}

/**
 * A checkout `path:` as a workspace-relative directory without leading "./" or trailing "/"; '' (the workspace
 * root, so everything counts as inside it) for the root and for anything not plain (expressions, "..", ".", backslashes).
 */
export function normalisedDir(path: string): string {
  const dir = path.trim().replace(/^(\.\/+)+/, '').replace(/\/+$/, '');
  if (dir === '.' || dir.includes('${{') || dir.includes('\\') || dir.startsWith('/')) return '';
  if (dir.split('/').some((seg) => seg === '..' || seg === '.' || seg === '')) return '';
  return dir;
}

const HEAD_REF = /head|refs\/pull|github\s*\.\s*event\s*\.\s*(pull_request|workflow_run|issue|number)/i;
const HEAD_REPO = /head|github\s*\.\s*event\s*\.\s*(pull_request|workflow_run)/i;
export const SCRIPT_HEAD_CHECKOUT = /\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|pull|switch|merge)\b[^\n]*(refs\/pull|pull\/|head)/i;

export interface HeadCheckout {
  /** True for actions/checkout, false for a git or gh command in a script. */
  action: boolean;
  ref?: string;
  repo?: string;
  /** Where it checks out to, relative to the workspace ('' for the root and anything computed). */
  dir: string;
}

/** The step checks out or fetches the pull request's code (what matters only under a privileged trigger). */
export function headCheckout(step: StepInfo): HeadCheckout | null {
  const s = step.value;
  const uses = str(own(s, 'uses'));
  if (uses !== undefined && actionName(uses) === 'actions/checkout') {
    const args = withArgs(s);
    const ref = scalarText(own(args, 'ref'));
    const repo = scalarText(own(args, 'repository'));
    const dir = normalisedDir(scalarText(own(args, 'path'))?.trim() ?? '');
    if ((ref !== undefined && HEAD_REF.test(ref)) || (repo !== undefined && HEAD_REPO.test(repo))) {
      const out: HeadCheckout = { action: true, dir };
      if (ref !== undefined) out.ref = ref;
      if (repo !== undefined) out.repo = repo;
      return out;
    }
    return null;
  }
  const run = scalarText(own(s, 'run'));
  if (run !== undefined && SCRIPT_HEAD_CHECKOUT.test(run)) return { action: false, dir: '' };
  return null;
}

export function runsOnSelfHosted(job: Obj): boolean {
  const labels = deepStrings(own(job, 'runs-on'));
  if (labels.some((l) => l.trim().toLowerCase() === 'self-hosted')) return true;
  // runs-on: ${{ matrix.runner }} with a self-hosted entry in the matrix
  if (labels.some((l) => l.includes('${{'))) {
    const strategy = own(job, 'strategy');
    if (isObj(strategy) && deepStrings(own(strategy, 'matrix')).some((l) => l.trim().toLowerCase() === 'self-hosted')) return true;
  }
  return false;
}

export function environmentName(job: Obj): string | undefined {
  const env = own(job, 'environment');
  if (env === undefined || env === null) return undefined;
  if (typeof env === 'string') return env;
  if (isObj(env) && typeof env.name === 'string') return env.name;
  return stableJson(env);
}

// ---------------------------------------------------------------------------------------------
// Publishing jobs

const PUBLISH_ACTIONS = ['pypa/gh-action-pypi-publish', 'softprops/action-gh-release', 'ncipollo/release-action', 'goreleaser/goreleaser-action', 'rubygems/release-gem', 'changesets/action'];
const PUBLISH_COMMAND = /\b(?:npm|pnpm|yarn)\s+publish\b|\btwine\s+upload\b|\bcargo\s+publish\b|\bgh\s+release\s+(?:create|upload)\b|\bgem\s+push\b|\bdotnet\s+nuget\s+push\b|\bvsce\s+publish\b|\bpoetry\s+publish\b|\buv\s+publish\b/;

/** Why this job publishes (a release or tag trigger, or a publishing step), or null. */
export function publishes(m: Model, job: JobInfo): string | null {
  if (m.triggers.has('release')) return 'it runs on release events';
  const push = m.triggers.get('push');
  if (isObj(push) && own(push, 'tags') !== undefined) return 'it runs on tag pushes';
  for (const step of job.steps) {
    const uses = str(own(step.value, 'uses'));
    if (uses !== undefined && PUBLISH_ACTIONS.includes(actionName(uses))) return `it publishes with ${quoteValue(actionName(uses))}`;
    const run = scalarText(own(step.value, 'run'));
    const hit = run === undefined ? null : PUBLISH_COMMAND.exec(run);
    if (hit) return `it publishes (${quoteValue(hit[0])})`;
  }
  return null;
}


// ---------------------------------------------------------------------------------------------
// Dependabot updates

/** Each entry of a Dependabot configuration's `updates:`, with its ecosystem and directory as written. */
export function* dependabotUpdates(m: Model): Generator<{ update: Obj; eco: string; dir: string }> {
  if (m.kind !== 'dependabot') return;
  const updates = own(m.root, 'updates');
  if (!Array.isArray(updates)) return;
  for (const update of updates) {
    if (!isObj(update)) continue;
    const eco = scalarText(own(update, 'package-ecosystem')) ?? '';
    const dir = scalarText(own(update, 'directory')) ?? JSON.stringify(own(update, 'directories') ?? '');
    yield { update, eco, dir };
  }
}
