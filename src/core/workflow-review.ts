// Diff-aware content review of GitHub workflow files (`.github/workflows/*.yml|yaml`) and action
// metadata (`action.yml|yaml` anywhere). Pure: the inputs are the base and head texts of one file,
// the output is a list of findings a reviewer can act on (ATTACKS.md section 5, items 55-62).
//
// Diff-aware means: a risky pattern is reported when it is NEW or WIDENED in head compared to base.
// Each pattern becomes a "fact" with a stable key (kind, job id, content); head facts are matched
// against base facts as a multiset, so a pattern that merely stayed is not reported again, while a
// second copy of it is. Facts depend on context (a head checkout is only a fact under a privileged
// trigger), so adding the trigger to a workflow that already checked out the head reports both.
// A few findings are about the change itself rather than a pattern (a removed job, a removed security
// step, a changed environment, a changed `runs:` entry, a deleted file) and are computed by comparing
// the two versions directly. An unparseable head is always reported.
//
// YAML: GitHub accepts anchors and aliases in workflows (not merge keys), so workflows are read with the
// project's one loader (src/core/yaml.ts) in its alias-expanding mode, within byte, depth and node
// budgets; any problem (unknown tag, duplicate key, merge key, several documents, syntax) makes the
// file unparseable, which is itself a finding.

import { MAX_VALUE_CHARS, quoteUntrusted, quoteValue, stableJson } from './text.js';
export { MAX_VALUE_CHARS, quoteValue, stableJson };
import { parseWorkflowYaml, MAX_WORKFLOW_BYTES, MAX_WORKFLOW_DEPTH, MAX_WORKFLOW_NODES } from './yaml.js';
export { parseWorkflowYaml, MAX_WORKFLOW_BYTES, MAX_WORKFLOW_DEPTH, MAX_WORKFLOW_NODES };
export type { WorkflowYamlResult } from './yaml.js';

export type FindingSeverity = 'high' | 'deny';

/** One reason a changed file needs attention. `deny` is a hard fail; `high` needs a human approval. */
export interface Finding {
  code: string;
  severity: FindingSeverity;
  message: string;
}

export type WorkflowFileKind = 'workflow' | 'action';

/** Which reviewer applies: GitHub workflow, action metadata, or neither. Case-insensitive (only ever reviews more). */
export function workflowFileKind(path: string): WorkflowFileKind | null {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  // GitHub runs every YAML file in .github/workflows as a workflow, even one named action.yml.
  if (/^\.github\/workflows\/.+\.ya?ml$/.test(lower)) return 'workflow';
  if (base === 'action.yml' || base === 'action.yaml') return 'action';
  return null;
}

/** True for the files `reviewWorkflowChange` reviews. */
export function isWorkflowFile(path: string): boolean {
  return workflowFileKind(path) !== null;
}

// ---------------------------------------------------------------------------------------------
// Quoting untrusted values into messages

// ---------------------------------------------------------------------------------------------
// Plain-data helpers

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function own(o: Obj, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
/** Any scalar as text (GitHub reads `continue-on-error: true` and `if: true` as scalars). */
function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}
function deepStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) deepStrings(x, out);
  else if (isObj(v))
    for (const k of Object.keys(v)) {
      out.push(k);
      deepStrings(v[k], out);
    }
  return out;
}
function oneLine(text: string, max = 60): string {
  const first = text.trim().split('\n')[0] ?? '';
  return first.length > max ? `${first.slice(0, max)}...` : first;
}

// ---------------------------------------------------------------------------------------------
// Model

interface StepInfo {
  index: number; // 1-based
  label: string;
  value: Obj;
}
interface JobInfo {
  id: string;
  value: Obj;
  steps: StepInfo[];
}
interface Model {
  kind: WorkflowFileKind;
  path: string;
  root: Obj;
  triggers: Map<string, unknown>;
  jobs: JobInfo[];
  privileged: string[]; // privileged triggers present
}

/** Triggers that run with the base repository's secrets and a write token on events anyone can cause. */
const DANGEROUS_TRIGGERS: Record<string, string> = {
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
/** Triggers under which checking out and running the pull request's code hands it secrets (Scorecard Dangerous-Workflow). */
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

function stepLabel(step: Obj): string {
  const id = scalarText(own(step, 'id'));
  if (id) return id;
  const name = scalarText(own(step, 'name'));
  if (name) return name;
  const uses = str(own(step, 'uses'));
  if (uses) return uses;
  const run = str(own(step, 'run'));
  if (run) return oneLine(run);
  return '';
}

function readSteps(v: unknown): StepInfo[] {
  if (!Array.isArray(v)) return [];
  const out: StepInfo[] = [];
  v.forEach((s, i) => {
    if (isObj(s)) out.push({ index: i + 1, label: stepLabel(s), value: s });
  });
  return out;
}

/** The composite action's steps are modelled as one job with an empty id. */
const ACTION_JOB = '';

type ModelResult = { ok: true; model: Model } | { ok: false; reason: string };

function buildModel(path: string, kind: WorkflowFileKind, text: string): ModelResult {
  const parsed = parseWorkflowYaml(text);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (!isObj(root)) return { ok: false, reason: 'the top level is not a mapping' };
  if (kind === 'action') {
    const runs = own(root, 'runs');
    if (!isObj(runs)) return { ok: false, reason: 'there is no "runs" mapping' };
    const steps = readSteps(own(runs, 'steps'));
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
    jobList.push({ id, value: job, steps: readSteps(own(job, 'steps')) });
  }
  const privileged = [...triggers.keys()].filter((t) => PRIVILEGED_TRIGGERS.has(t));
  return { ok: true, model: { kind, path, root, triggers, jobs: jobList, privileged } };
}

// ---------------------------------------------------------------------------------------------
// Locations in messages

function fileLabel(m: { kind: WorkflowFileKind; path: string }): string {
  return `${m.kind === 'action' ? 'action' : 'workflow'} ${quoteValue(m.path)}`;
}
function jobLabel(m: Model, job: JobInfo): string {
  return m.kind === 'action' ? `${fileLabel(m)} (runs)` : `${fileLabel(m)} job ${quoteValue(job.id)}`;
}
function stepWhere(m: Model, job: JobInfo, step: StepInfo): string {
  const label = step.label ? ` (${quoteValue(oneLine(step.label))})` : '';
  return m.kind === 'action'
    ? `${fileLabel(m)} composite step ${step.index}${label}`
    : `${fileLabel(m)} job ${quoteValue(job.id)} step ${step.index}${label}`;
}

// ---------------------------------------------------------------------------------------------
// Pattern detectors

const SHA40 = /^[0-9a-f]{40}$/i;
const DIGEST = /@sha256:[0-9a-f]{64}$/i;

type Pinning = 'local' | 'pinned' | 'unpinned';

function usesPinning(uses: string): Pinning {
  const u = uses.trim();
  if (u.startsWith('./') || u.startsWith('$/')) return 'local';
  if (u.toLowerCase().startsWith('docker://')) return DIGEST.test(u) ? 'pinned' : 'unpinned';
  const at = u.lastIndexOf('@');
  if (at < 0) return 'unpinned';
  return SHA40.test(u.slice(at + 1)) ? 'pinned' : 'unpinned';
}
/** `owner/repo[/path]` without the ref, lower-cased (GitHub owner and repo names are case-insensitive). */
function actionName(uses: string): string {
  const u = uses.trim();
  const at = u.lastIndexOf('@');
  return (at < 0 ? u : u.slice(0, at)).toLowerCase();
}
function actionRef(uses: string): string {
  const at = uses.lastIndexOf('@');
  return at < 0 ? '' : uses.slice(at + 1).trim();
}
function imagePinned(image: string): boolean {
  return DIGEST.test(image.trim());
}

/** Expression members that are attacker-controlled text; safe ones are ids, numbers, SHAs and GitHub-set enums. */
const SAFE_EVENT_LEAVES = new Set([
  'number',
  'sha',
  'head_sha',
  'id',
  'run_id',
  'run_number',
  'run_attempt',
  'before',
  'after',
  'action',
  'merged',
  'draft',
  'state',
  'private',
  'fork',
  'created_at',
  'updated_at',
  'additions',
  'deletions',
  'changed_files',
  'conclusion',
  'status',
]);

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;

/** The bodies of a text's `${{ }}` expressions, normalised for matching context references. */
function expressionBodies(text: string): string[] {
  // Contexts are case-insensitive; index syntax github['event']['x'] is the same as github.event.x.
  return [...text.matchAll(EXPRESSION)].map((m) =>
    (m[1] ?? '')
      .toLowerCase()
      .replace(/\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]/g, (_s, a: string | undefined, b: string | undefined) => `.${a ?? b ?? ''}`)
      .replace(/\s+/g, ''),
  );
}

/** The `env.NAME` references (lower-case names) in a text's `${{ }}` expressions. */
export function envExpressionNames(text: string): string[] {
  const found: string[] = [];
  for (const body of expressionBodies(text)) for (const ref of body.matchAll(/(?<![\w.])env\.([\w-]+)/g)) found.push(ref[1]!);
  return found;
}

/** The untrusted context references in a text's `${{ }}` expressions (normalised, lower-case). */
export function untrustedExpressions(text: string): string[] {
  const found: string[] = [];
  for (const body of expressionBodies(text)) {
    for (const ref of body.matchAll(/(?<![\w.])github(?:\.[\w*-]+|\[[^\]]*\])*/g)) {
      const path = ref[0];
      const parts = path.split('.');
      if (parts[1] === 'head_ref') {
        found.push('github.head_ref');
        continue;
      }
      if (parts.length === 1) {
        found.push(path); // toJSON(github)
        continue;
      }
      if (parts[1] !== 'event') continue;
      const leaf = parts[parts.length - 1] ?? '';
      if (parts.length > 2 && !path.includes('*') && !path.includes('[') && SAFE_EVENT_LEAVES.has(leaf)) continue;
      found.push(path);
    }
  }
  return found;
}

const SPOOFABLE_CONDITION =
  /github\s*\.\s*(triggering_)?actor|\bactor\b|label|\[bot\]|\bbots?\b|dependabot|renovate|copilot|\.login\b|author_association/i;
const HEAD_REF = /head|refs\/pull|github\s*\.\s*event\s*\.\s*(pull_request|workflow_run|issue|number)/i;
const HEAD_REPO = /head|github\s*\.\s*event\s*\.\s*(pull_request|workflow_run)/i;
const SCRIPT_HEAD_CHECKOUT = /\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|pull|switch|merge)\b[^\n]*(refs\/pull|pull\/|head)/i;
const REMOTE_SCRIPT = /\b(curl|wget)\b[^\n|]*\|\s*(sudo\s+)?(-E\s+)?(ba|z|da)?sh\b|\b(bash|sh)\s+<\(\s*(curl|wget)\b/i;
/** A curl or wget of a plain http:// URL on a named remote host (not localhost, a loopback address, or a dotless service name). */
const HTTP_DOWNLOAD = /\b(?:curl|wget)\b[^\n]*?\b(http:\/\/(?!(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(?:[:/\s'"]|$))[\w-]+(?:\.[\w-]+)+[^\s'"|;&)]*)/gi;
/** Running what was downloaded: marking it executable or installing it as a package. */
const RUNS_DOWNLOAD = /\bchmod\s+(?:[ugoa]*\+[rw]*x|[0-7]*[1357][0-7]{0,2}\b)|\b(?:dpkg|rpm)\s+(?:-\w*\s+)*-\w*i|\bsudo\s+install\b/i;
const STATUS_WRITE = /\/statuses\/|\/check-runs\b|createCommitStatus|checks\.(create|update)\b|\bgh\s+api\b[^\n]*\b(statuses|check-runs)\b/i;
const ENV_WRITE = /GITHUB_ENV|GITHUB_PATH|core\.exportVariable|core\.addPath/g;
const SECURITY_TOOLS =
  /agent-guard|guard-diff|approval-gate|request-capability|codeql|zizmor|scorecard|harden-runner|dependency-review|trivy|semgrep|gitleaks|trufflehog|snyk|grype|anchore|osv-scanner|actionlint|secret-scan|security-scan/gi;

/**
 * Inputs of known actions that run their value as code (zizmor template-injection, CodeQL code-injection sinks);
 * names lower-case (GitHub matches input names case-insensitively).
 */
const SCRIPT_INPUTS: Record<string, string[]> = {
  'actions/github-script': ['script'],
  'azure/cli': ['inlinescript'],
  'azure/powershell': ['inlinescript'],
  'appleboy/ssh-action': ['script'],
  'nick-fields/retry': ['command'],
  'cypress-io/github-action': ['command', 'build', 'start'],
};
/** AI agent actions whose inputs (prompts, instructions) steer an agent that holds the job's tokens (PromptPwnd, CodeQL CWE-1427). */
const AGENT_ACTIONS = [
  'anthropics/claude-code-action',
  'anthropics/claude-code-base-action',
  'google-github-actions/run-gemini-cli',
  'google-gemini/gemini-cli-action',
  'openai/codex-action',
  'actions/ai-inference',
];
function isAgentAction(name: string): boolean {
  return AGENT_ACTIONS.some((a) => name === a || name.startsWith(`${a}/`));
}
/** The value of an input, matching its name case-insensitively as GitHub does. */
function inputValue(withArgs: Obj, lowerName: string): { name: string; value: unknown } | undefined {
  const key = Object.keys(withArgs).find((k) => k.toLowerCase() === lowerName);
  return key === undefined ? undefined : { name: key, value: withArgs[key] };
}
/** True when the setup or cache step saves a cache: actions/cache (and cache/save), setup-* with a cache input, setup-go unless cache: false (it caches by default). */
function savesCache(name: string, withArgs: Obj): boolean {
  if (name === 'actions/cache' || name === 'actions/cache/save') return true;
  if (!name.startsWith('actions/setup-')) return false;
  const cache = inputValue(withArgs, 'cache');
  const text = cache === undefined ? undefined : scalarText(cache.value)?.trim().toLowerCase();
  if (name === 'actions/setup-go') return text !== 'false';
  return text !== undefined && text !== '' && text !== 'false';
}
/**
 * A checkout `path:` as a workspace-relative directory without leading "./" or trailing "/"; '' (the workspace
 * root, so everything counts as inside it) for the root and for anything not plain (expressions, "..", ".", backslashes).
 */
function normalisedDir(path: string): string {
  const dir = path.trim().replace(/^(\.\/+)+/, '').replace(/\/+$/, '');
  if (dir === '.' || dir.includes('${{') || dir.includes('\\') || dir.startsWith('/')) return '';
  if (dir.split('/').some((seg) => seg === '..' || seg === '.' || seg === '')) return '';
  return dir;
}
/** The secrets a text's `${{ }}` expressions read (`secrets.NAME` lower-cased, and `github.token`). */
function secretReferences(text: string): string[] {
  const out: string[] = [];
  for (const body of expressionBodies(text)) {
    for (const ref of body.matchAll(/(?<![\w.])secrets\.([\w-]+)/g)) out.push(`secrets.${ref[1]!}`);
    if (/(?<![\w.])secrets(?![\w.])/.test(body)) out.push('secrets'); // toJSON(secrets)
    if (/(?<![\w.])github\.token(?![\w])/.test(body)) out.push('github.token');
  }
  return out;
}

/**
 * The `inputs.NAME` references (lower-case names) in a text's `${{ }}` expressions; `inputs` alone for the whole
 * context (toJSON(inputs)) or a computed index (inputs[format(...)]).
 */
export function inputExpressionNames(text: string): string[] {
  const out: string[] = [];
  for (const body of expressionBodies(text)) {
    for (const ref of body.matchAll(/(?<![\w.])inputs(\.[\w-]+)?/g)) out.push(ref[1] === undefined ? 'inputs' : ref[1].slice(1));
  }
  return out;
}
/** Input types whose values cannot carry shell or JavaScript syntax. */
const SAFE_INPUT_TYPES = new Set(['boolean', 'number']);
/**
 * The `contains('literal', <context>)` calls in a condition: a string haystack makes contains() a substring test,
 * so a needle that is only part of one listed value (refs/heads/mai) passes too (zizmor unsound-contains).
 */
export function unsoundContains(cond: string): { haystack: string; needle: string }[] {
  const out: { haystack: string; needle: string }[] = [];
  const call = /(?<![\w.])contains\s*\(\s*'((?:[^']|'')*)'\s*,\s*([A-Za-z_][\w-]*(?:\s*\.\s*[\w*-]+|\s*\[[^\]]*\])*)\s*\)/gi;
  for (const c of cond.matchAll(call)) {
    const needle = c[2]!.replace(/\s+/g, '');
    if (/^(true|false|null)$/i.test(needle)) continue;
    out.push({ haystack: c[1]!.replace(/''/g, "'"), needle });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Facts

interface Fact {
  key: string;
  code: string;
  message: string;
  /** Keys of base facts that also make this one not new (a narrowing from write-all to one scope). */
  coveredBy?: string[];
}

interface Perms {
  source: 'job' | 'workflow' | 'default';
  writeAll: boolean;
  writes: string[];
}
const PERMISSION_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
];

function parsePermissions(v: unknown): { writeAll: boolean; writes: string[] } {
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'read-all') return { writeAll: false, writes: [] };
    return { writeAll: true, writes: [] }; // write-all, or anything GitHub would not accept: fail closed
  }
  if (isObj(v)) {
    const writes: string[] = [];
    for (const k of Object.keys(v)) {
      const level = typeof v[k] === 'string' ? (v[k] as string).trim().toLowerCase() : '';
      if (level !== 'read' && level !== 'none') writes.push(k);
    }
    return { writeAll: false, writes };
  }
  return { writeAll: true, writes: [] };
}

function effectivePermissions(m: Model, job: JobInfo): Perms {
  if (Object.hasOwn(job.value, 'permissions')) return { source: 'job', ...parsePermissions(job.value.permissions) };
  if (Object.hasOwn(m.root, 'permissions')) return { source: 'workflow', ...parsePermissions(m.root.permissions) };
  return { source: 'default', writeAll: false, writes: [] };
}

function collectFacts(m: Model, other: Model | null): Fact[] {
  const facts: Fact[] = [];
  const add = (key: string, code: string, message: string, coveredBy?: string[]) =>
    facts.push(coveredBy ? { key, code, message, coveredBy } : { key, code, message });
  const file = fileLabel(m);
  const otherPinned = new Map<string, string>(); // action name -> a SHA it was pinned to in the other version
  if (other) for (const u of allUses(other)) if (usesPinning(u) === 'pinned') otherPinned.set(actionName(u), actionRef(u));
  // Where `${{ inputs.X }}` may be text a caller took from an event: a composite action's inputs, and a reusable
  // workflow's (workflow_call) inputs other than booleans and numbers. workflow_dispatch inputs come from writers only.
  const callerInputs = callerInputScope();

  if (m.kind === 'workflow') {
    for (const [trigger] of m.triggers) {
      const why = DANGEROUS_TRIGGERS[trigger];
      if (why) add(`trigger|${trigger}`, 'workflow_dangerous_trigger', `${file} adds the ${trigger} trigger, which ${why}.`);
    }
    const env = own(m.root, 'env');
    if (env !== undefined && deepStrings(env).some((s) => s.includes('ACTIONS_ALLOW_UNSECURE_COMMANDS'))) {
      add('insecure|', 'workflow_insecure_commands', `${file} sets ACTIONS_ALLOW_UNSECURE_COMMANDS in its env, which re-enables the set-env and add-path workflow commands (environment injection from any log line).`);
    }
  }

  for (const job of m.jobs) {
    const where = jobLabel(m, job);
    const j = job.value;
    const jid = job.id;

    if (m.kind === 'workflow') {
      // Permissions, as they apply to this job.
      const perms = effectivePermissions(m, job);
      const from = perms.source === 'workflow' ? ' (set at the workflow level)' : '';
      if (perms.source === 'default') {
        const otherJob = other?.jobs.find((o) => o.id === jid);
        const removed = other && otherJob && effectivePermissions(other, otherJob).source !== 'default';
        add(
          `permdefault|${jid}`,
          removed ? 'workflow_permissions_removed' : 'workflow_permissions_default',
          removed
            ? `${where}: the permissions block was removed, so the repository's default GITHUB_TOKEN permissions apply (write-all on older repositories and organisations).`
            : `${where} has no permissions block (nor has the workflow), so the repository's default GITHUB_TOKEN permissions apply (write-all on older repositories and organisations); set explicit, minimal permissions.`,
        );
      } else if (perms.writeAll) {
        add(`permwriteall|${jid}`, 'workflow_permissions_write_all', `${where} gets write-all GITHUB_TOKEN permissions${from}.`);
      } else {
        for (const scope of perms.writes) {
          const note = scope.toLowerCase() === 'id-token'
            ? ' (OIDC: the job can mint tokens that cloud providers and registries exchange for credentials)'
            : PERMISSION_SCOPES.includes(scope.toLowerCase()) ? '' : ' (unknown scope)';
          add(
            `permwrite|${jid}|${scope.toLowerCase()}`,
            'workflow_permission_write',
            `${where} gets ${quoteValue(scope)}${note}: write on the GITHUB_TOKEN${from}.`,
            [`permwriteall|${jid}`],
          );
        }
      }

      const secrets = own(j, 'secrets');
      if (typeof secrets === 'string' && secrets.trim().toLowerCase() === 'inherit') {
        add(`inherit|${jid}`, 'workflow_secrets_inherit', `${where} passes every secret to the called workflow (secrets: inherit); pass only the secrets it needs.`);
      }

      const jobUses = str(own(j, 'uses'));
      if (jobUses !== undefined) usesFacts(jobUses, `${where} calls ${quoteValue(jobUses)}`, jid);

      // toJSON(secrets), or secrets[<computed>]: every secret of the repository reaches this job (zizmor overprovisioned-secrets).
      if ([...deepStrings(own(m.root, 'env')), ...deepStrings(j)].some((t) => secretReferences(t).includes('secrets'))) {
        add(`allsecrets|${jid}`, 'workflow_all_secrets', `${where} reads the whole secrets context (toJSON(secrets) or a computed secrets[...] index), so every secret of the repository and environment reaches the job and whatever it runs; name only the secrets it needs.`);
      }

      if (runsOnSelfHosted(j)) {
        add(`selfhosted|${jid}`, 'workflow_self_hosted_runner', `${where} runs on a self-hosted runner; code from a pull request can persist on it and reach its network.`);
      }

      const images: string[] = [];
      const container = own(j, 'container');
      if (typeof container === 'string') images.push(container);
      else if (isObj(container) && typeof container.image === 'string') images.push(container.image);
      const services = own(j, 'services');
      if (isObj(services))
        for (const k of Object.keys(services)) {
          const s = services[k];
          if (isObj(s) && typeof s.image === 'string') images.push(s.image);
        }
      // Literal registry passwords in container: / services.*: credentials (zizmor hardcoded-container-credentials).
      const credentialed: { what: string; value: unknown }[] = [{ what: 'container', value: container }];
      if (isObj(services)) for (const k of Object.keys(services)) credentialed.push({ what: `service ${quoteValue(k)}`, value: services[k] });
      for (const { what, value } of credentialed) {
        const creds = isObj(value) ? own(value, 'credentials') : undefined;
        const password = isObj(creds) ? scalarText(own(creds, 'password')) : undefined;
        if (password !== undefined && password.trim() !== '' && !password.includes('${{')) {
          add(
            `hardcred|${jid}|${what}`,
            'workflow_hardcoded_credentials',
            `${where} ${what} sets credentials.password to a literal string, so a registry password is committed to the repository (readable by anyone who can read it, and kept in its history); use \${{ secrets.NAME }} and rotate the committed password.`,
          );
        }
      }
      for (const image of images) {
        if (!imagePinned(image)) {
          add(`image|${jid}|${image.trim()}`, 'workflow_unpinned_image', `${where} uses container image ${quoteValue(image)}, which is not pinned by digest (@sha256:...).`);
        }
      }

      if (continueOnError(own(j, 'continue-on-error'))) {
        add(`coe|${jid}`, 'workflow_continue_on_error', `${where} sets continue-on-error: ${quoteValue(scalarText(own(j, 'continue-on-error')) ?? own(j, 'continue-on-error'))}, so its failure no longer fails the run.`);
      }
      const cond = scalarText(own(j, 'if'));
      if (cond !== undefined) unsoundContainsFacts(jid, where, cond);
      if (cond !== undefined && SPOOFABLE_CONDITION.test(cond)) {
        add(
          `actorif|${jid}||${cond.trim()}`,
          'workflow_spoofable_condition',
          `${where} runs only if: ${quoteValue(cond)}; conditions on the actor, bots or labels are spoofable, and a skipped job reports success to required checks.`,
        );
      }
    } else {
      // action metadata: docker image
      const image = str(own(j, 'image'));
      if (image !== undefined && image.trim().toLowerCase().startsWith('docker://') && !imagePinned(image)) {
        add(`image||${image.trim()}`, 'workflow_unpinned_image', `${where} runs container image ${quoteValue(image)}, which is not pinned by digest (@sha256:...).`);
      }
    }

    if (deepStrings(m.kind === 'action' ? j : { env: own(j, 'env'), steps: own(j, 'steps') }).some((s) => s.includes('ACTIONS_ALLOW_UNSECURE_COMMANDS'))) {
      add(`insecure|${jid}`, 'workflow_insecure_commands', `${where} sets ACTIONS_ALLOW_UNSECURE_COMMANDS, which re-enables the set-env and add-path workflow commands (environment injection from any log line).`);
    }

    for (const step of job.steps) stepFacts(job, step);
    if (m.privileged.length > 0) headCodeFacts(job);
  }
  return facts;

  /** True for a step that checks out or fetches the pull request's code (the conditions of workflow_privileged_checkout). */
  function headCheckout(step: StepInfo): { action: boolean; ref?: string; repo?: string; dir: string } | null {
    const s = step.value;
    const uses = str(own(s, 'uses'));
    if (uses !== undefined && actionName(uses) === 'actions/checkout') {
      const withArgs = isObj(own(s, 'with')) ? (own(s, 'with') as Obj) : {};
      const ref = scalarText(own(withArgs, 'ref'));
      const repo = scalarText(own(withArgs, 'repository'));
      // The directory it checks out into, relative to the workspace ('' for the root, and for anything computed).
      const path = scalarText(own(withArgs, 'path'))?.trim() ?? '';
      const dir = normalisedDir(path);
      if ((ref !== undefined && HEAD_REF.test(ref)) || (repo !== undefined && HEAD_REPO.test(repo))) return { action: true, ref, repo, dir };
      return null;
    }
    const run = scalarText(own(s, 'run'));
    if (run !== undefined && SCRIPT_HEAD_CHECKOUT.test(run)) return { action: false, dir: '' };
    return null;
  }

  /**
   * Under a privileged trigger, what the pull request's code gets once a step has checked it out: the write
   * token persisted in .git/config, local actions run from the checked-out tree, and the secrets the rest of
   * the job reads. Facts of their own, so adding one of these to a job that already checked out the head is new.
   */
  function headCodeFacts(job: JobInfo): void {
    const jid = job.id;
    const first = job.steps.findIndex((st) => headCheckout(st) !== null);
    if (first < 0) return;
    const checkout = job.steps[first]!;
    const headDirs: string[] = []; // where the pull request's code is, as far as the steps so far checked it out
    for (const step of job.steps.slice(first)) {
      const hc = headCheckout(step);
      const where = stepWhere(m, job, step);
      if (hc?.action) {
        const withArgs = isObj(own(step.value, 'with')) ? (own(step.value, 'with') as Obj) : {};
        const persist = scalarText(own(withArgs, 'persist-credentials'))?.trim().toLowerCase();
        if (persist !== 'false') {
          add(
            `persistcreds|${jid}|${hc.ref ?? ''}|${hc.repo ?? ''}`,
            'workflow_checkout_persists_token',
            `${where} checks out the pull request's code without persist-credentials: false, so the GITHUB_TOKEN of this ${m.privileged.join(', ')} run is left in .git/config, readable by any code from the pull request that the job runs (zizmor artipacked).`,
          );
        }
      }
      const uses = str(own(step.value, 'uses'));
      const local = uses?.trim().replace(/^(\.\/+)+/, '');
      const weird = local !== undefined && local.split('/').some((seg) => seg === '..' || seg === '.' || seg.includes('\\'));
      const fromHead = local !== undefined && headDirs.some((d) => d === '' || weird || local === d || local.startsWith(`${d}/`));
      if (uses !== undefined && uses.trim().startsWith('./') && fromHead) {
        add(
          `localaction|${jid}|${uses.trim()}`,
          'workflow_privileged_local_action',
          `${where} runs the local action ${quoteValue(uses)} after ${stepWhere(m, job, checkout)} checked out the pull request's code; in a ${m.privileged.join(', ')} workflow that runs the pull request's own action code with secrets and a write token.`,
        );
      }
      if (hc) headDirs.push(hc.dir);
    }
    const texts: string[] = [];
    if (m.kind === 'workflow') texts.push(...deepStrings(own(m.root, 'env')));
    texts.push(...deepStrings(own(job.value, 'env')));
    for (const step of job.steps.slice(first)) texts.push(...deepStrings(step.value));
    const secrets = new Set<string>();
    for (const t of texts) for (const ref of secretReferences(t)) secrets.add(ref);
    for (const secret of secrets) {
      add(
        `headsecret|${jid}|${secret}`,
        'workflow_secret_after_head_checkout',
        `${jobLabel(m, job)} reads ${quoteValue(`\${{ ${secret} }}`)} in or after ${stepWhere(m, job, checkout)}, which checks out the pull request's code in a ${m.privileged.join(', ')} workflow; code from the pull request that runs in this job can read it. Move the secret to a separate job that does not run pull request code.`,
      );
    }
  }

  /** Whether `${{ inputs.X }}` can carry a caller's untrusted text here, and which inputs cannot (typed boolean or number). */
  function callerInputScope(): { who: string; safe: Set<string> } | null {
    if (m.kind === 'action') {
      const using = str(own(m.jobs[0]?.value ?? {}, 'using'))?.trim().toLowerCase();
      return using === 'composite' ? { who: "a composite action's inputs are whatever the calling workflow passes, often event text (titles, branch names)", safe: new Set() } : null;
    }
    if (!m.triggers.has('workflow_call')) return null;
    const safe = new Set<string>();
    const config = m.triggers.get('workflow_call');
    const declared = isObj(config) ? own(config, 'inputs') : undefined;
    if (isObj(declared))
      for (const k of Object.keys(declared)) {
        const d = declared[k];
        const type = isObj(d) ? str(own(d, 'type'))?.trim().toLowerCase() : undefined;
        if (type !== undefined && SAFE_INPUT_TYPES.has(type)) safe.add(k.toLowerCase());
      }
    return { who: "this workflow has a workflow_call trigger, and a calling workflow may pass event text (titles, branch names) as this input", safe };
  }

  function unsoundContainsFacts(jid: string, where: string, cond: string): void {
    for (const { haystack, needle } of unsoundContains(cond)) {
      add(
        `unsoundcontains|${jid}|${needle.toLowerCase()}|${haystack}`,
        'workflow_unsound_contains',
        `${where} runs only if: ${quoteValue(cond)}; contains() with the string ${quoteValue(haystack)} as its first argument is a substring test, so any ${quoteValue(needle)} that is part of that string passes too (refs/heads/mai for refs/heads/main), and a guard on it is bypassable (zizmor unsound-contains). Use contains(fromJSON('[...]'), ${needle.replace(/[^\w.*-]/g, '')}) or == comparisons.`,
      );
    }
  }

  /** The text an `env.NAME` expression reads in a step: the step's env, else the job's, else the workflow's (names compared case-insensitively, as expressions do). */
  function envValueFor(job: JobInfo, step: Obj, name: string): string | undefined {
    for (const env of [own(step, 'env'), own(job.value, 'env'), m.kind === 'workflow' ? own(m.root, 'env') : undefined]) {
      if (!isObj(env)) continue;
      const key = Object.keys(env).find((k) => k.toLowerCase() === name);
      if (key !== undefined) return scalarText(env[key]);
    }
    return undefined;
  }

  function usesFacts(uses: string, what: string, jid: string): void {
    const pin = usesPinning(uses);
    if (pin === 'unpinned') {
      const name = actionName(uses);
      const previous = otherPinned.get(name);
      if (previous !== undefined) {
        add(
          `unpinned|${jid}|${uses.trim()}`,
          'workflow_uses_unpinned_from_sha',
          `${what}: it was pinned to commit ${quoteValue(previous)} and now follows the mutable ref ${quoteValue(actionRef(uses))}, which its owner (or whoever steals their token) can move (tj-actions); pin a full 40-character commit SHA.`,
        );
      } else {
        add(`unpinned|${jid}|${uses.trim()}`, 'workflow_unpinned_uses', `${what}, which is not pinned to a full 40-character commit SHA; a tag or branch can be moved to malicious code (tj-actions).`);
      }
    }
  }

  function stepFacts(job: JobInfo, step: StepInfo): void {
    const jid = job.id;
    const where = stepWhere(m, job, step);
    const s = step.value;
    const uses = str(own(s, 'uses'));
    const name = uses !== undefined ? actionName(uses) : '';
    const withArgs = isObj(own(s, 'with')) ? (own(s, 'with') as Obj) : {};
    if (uses !== undefined) {
      usesFacts(uses, `${where} uses ${quoteValue(uses)}`, jid);
      if (m.privileged.length > 0 && name === 'actions/checkout') {
        const ref = scalarText(own(withArgs, 'ref'));
        const repo = scalarText(own(withArgs, 'repository'));
        const hit = (ref !== undefined && HEAD_REF.test(ref)) || (repo !== undefined && HEAD_REPO.test(repo));
        if (hit) {
          const detail = [ref !== undefined ? `ref: ${quoteValue(ref)}` : '', repo !== undefined ? `repository: ${quoteValue(repo)}` : ''].filter(Boolean).join(', ');
          add(
            `headcheckout|${jid}|${ref ?? ''}|${repo ?? ''}`,
            'workflow_privileged_checkout',
            `${where} checks out the pull request's code (${detail}) in a workflow triggered by ${m.privileged.join(', ')}, which has secrets and a write token (Scorecard Dangerous-Workflow, "pwn request").`,
          );
        }
      }
      if (m.triggers.has('workflow_run') && /download-artifact/.test(name)) {
        add(`artifact|${jid}|${name}`, 'workflow_untrusted_artifact', `${where} downloads artifacts in a workflow_run workflow; artifacts of the triggering run are attacker-controlled and must not be trusted (recompute, never consume a verdict).`);
      }
    }

    const scripts: { field: string; text: string }[] = [];
    const run = scalarText(own(s, 'run'));
    if (run !== undefined) scripts.push({ field: 'run', text: run });
    for (const input of Object.hasOwn(SCRIPT_INPUTS, name) ? SCRIPT_INPUTS[name]! : []) {
      const found = inputValue(withArgs, input);
      const text = found === undefined ? undefined : scalarText(found.value);
      if (text !== undefined) scripts.push({ field: input, text });
    }
    if (uses !== undefined && isAgentAction(name)) {
      for (const input of Object.keys(withArgs)) {
        const text = deepStrings(withArgs[input]).join('\n');
        const exprs = new Set(untrustedExpressions(text));
        for (const envName of new Set(envExpressionNames(text))) {
          const value = envValueFor(job, s, envName);
          if (value !== undefined) for (const expr of untrustedExpressions(value)) exprs.add(expr);
        }
        for (const expr of exprs) {
          add(
            `prompt|${jid}|${input.toLowerCase()}|${expr}`,
            'workflow_prompt_injection',
            `${where} passes ${quoteValue(`\${{ ${expr} }}`)} into the ${quoteValue(input)} input of the AI agent action ${quoteValue(name)}; that text is attacker-controlled, so anyone who can open an issue or pull request can instruct an agent that holds this job's token and secrets (prompt injection, PromptPwnd).`,
          );
        }
      }
    }
    if (uses !== undefined && m.privileged.length > 0 && savesCache(name, withArgs)) {
      add(
        `cache|${jid}|${name}`,
        'workflow_cache_poisoning',
        `${where} uses ${quoteValue(name)}, which saves a cache, in a workflow triggered by ${m.privileged.join(', ')}; those runs save into the default branch's cache scope, which release and other privileged workflows restore, so anything attacker-controlled in this job can poison it (zizmor cache-poisoning, Clinejection).`,
      );
    }
    for (const { field, text } of scripts) {
      const seen = new Set<string>();
      for (const expr of untrustedExpressions(text)) {
        if (seen.has(expr)) continue;
        seen.add(expr);
        add(
          `inject|${jid}|${expr}`,
          'workflow_script_injection',
          `${where} interpolates ${quoteValue(`\${{ ${expr} }}`)} into its ${field}: script; that text is attacker-controlled (titles, bodies, branch names, commit messages), so it is script injection. Pass it through env: and quote it.`,
        );
      }
      // The same text one step removed: `env: { T: ${{ github.event.issue.title }} }`, then `${{ env.T }}` in
      // the script, is expanded into the script just the same (only "$T", read by the shell, is safe).
      for (const envName of new Set(envExpressionNames(text))) {
        const value = envValueFor(job, s, envName);
        if (value === undefined) continue;
        for (const expr of new Set(untrustedExpressions(value))) {
          add(
            `inject|${jid}|env.${envName}|${expr}`,
            'workflow_script_injection',
            `${where} interpolates ${quoteValue(`\${{ env.${envName} }}`)} into its ${field}: script, and that variable is set from ${quoteValue(`\${{ ${expr} }}`)}, attacker-controlled text, so it is script injection. Read it in the script as a shell variable ("$NAME"), not as an expression.`,
          );
        }
      }
      if (callerInputs !== null) {
        const via = new Map<string, string>(); // input name -> how the script reads it
        for (const name of inputExpressionNames(text)) if (!via.has(name)) via.set(name, '');
        for (const envName of new Set(envExpressionNames(text))) {
          const value = envValueFor(job, s, envName);
          if (value !== undefined) for (const name of inputExpressionNames(value)) if (!via.has(name)) via.set(name, envName);
        }
        for (const [name, envName] of via) {
          if (callerInputs.safe.has(name)) continue;
          const expr = name === 'inputs' ? 'inputs' : `inputs.${name}`;
          const how = envName === ''
            ? `interpolates ${quoteValue(`\${{ ${expr} }}`)}`
            : `interpolates ${quoteValue(`\${{ env.${envName} }}`)}, which is set from ${quoteValue(`\${{ ${expr} }}`)},`;
          add(
            `inputinject|${jid}|${envName === '' ? '' : `env.${envName}`}|${name}`,
            'workflow_input_injection',
            `${where} ${how} into its ${field}: script; ${callerInputs.who}, so it is script injection whenever a caller passes untrusted text (zizmor template-injection). Pass it through env: (for example NAME: \${{ ${expr} }}) and read "$NAME" in the script.`,
          );
        }
      }
      const writes = new Set<string>();
      for (const w of text.matchAll(ENV_WRITE)) writes.add(w[0]);
      for (const w of writes) {
        add(`ghenv|${jid}|${w}`, 'workflow_github_env', `${where} writes to ${w} in its ${field}: script; later steps then run with attacker-influenced environment variables or PATH (zizmor github-env).`);
      }
      if (REMOTE_SCRIPT.test(text)) {
        add(`curlsh|${jid}|${step.label}`, 'workflow_remote_script', `${where} pipes a downloaded script into a shell in its ${field}: script (unpinned remote code).`);
      }
      for (const line of text.split('\n')) {
        for (const dl of line.matchAll(HTTP_DOWNLOAD)) {
          if (!REMOTE_SCRIPT.test(line) && !RUNS_DOWNLOAD.test(text)) continue;
          const url = dl[1]!;
          add(
            `insecureurl|${jid}|${url}`,
            'workflow_insecure_download',
            `${where} downloads ${quoteValue(url)} over plain http:// and runs or installs it in its ${field}: script; anyone on the network path can replace it with their own code. Use https:// and check a pinned checksum.`,
          );
        }
      }
      if (STATUS_WRITE.test(text)) {
        add(`status|${jid}|${step.label}`, 'workflow_sets_commit_status', `${where} creates or updates commit statuses or check runs in its ${field}: script; any writer can post a passing status for a required check.`);
      }
      if (m.privileged.length > 0 && SCRIPT_HEAD_CHECKOUT.test(text)) {
        add(
          `headcheckout|${jid}|script|${step.label}`,
          'workflow_privileged_checkout',
          `${where} fetches or checks out pull request code in its ${field}: script in a workflow triggered by ${m.privileged.join(', ')}, which has secrets and a write token (Scorecard Dangerous-Workflow).`,
        );
      }
    }

    if (continueOnError(own(s, 'continue-on-error'))) {
      add(`coe|${jid}|${step.label}`, 'workflow_continue_on_error', `${where} sets continue-on-error: ${quoteValue(scalarText(own(s, 'continue-on-error')) ?? own(s, 'continue-on-error'))}, so its failure no longer fails the job.`);
    }
    const cond = scalarText(own(s, 'if'));
    if (cond !== undefined) unsoundContainsFacts(jid, where, cond);
    if (cond !== undefined && SPOOFABLE_CONDITION.test(cond)) {
      add(
        `actorif|${jid}|${step.label}|${cond.trim()}`,
        'workflow_spoofable_condition',
        `${where} runs only if: ${quoteValue(cond)}; conditions on the actor, bots or labels are spoofable (github.actor is whoever acted last).`,
      );
    }
  }
}

function continueOnError(v: unknown): boolean {
  if (v === undefined || v === null || v === false) return false;
  if (typeof v === 'string' && v.trim().toLowerCase() === 'false') return false;
  return true; // true, 'true', or an expression that may evaluate to true
}

function runsOnSelfHosted(job: Obj): boolean {
  const runsOn = own(job, 'runs-on');
  const labels = deepStrings(runsOn);
  if (labels.some((l) => l.trim().toLowerCase() === 'self-hosted')) return true;
  // runs-on: ${{ matrix.runner }} with a self-hosted entry in the matrix
  if (labels.some((l) => l.includes('${{'))) {
    const strategy = own(job, 'strategy');
    if (isObj(strategy) && deepStrings(own(strategy, 'matrix')).some((l) => l.trim().toLowerCase() === 'self-hosted')) return true;
  }
  return false;
}

function allUses(m: Model): string[] {
  const out: string[] = [];
  for (const job of m.jobs) {
    const ju = str(own(job.value, 'uses'));
    if (ju !== undefined && m.kind === 'workflow') out.push(ju);
    for (const step of job.steps) {
      const u = str(own(step.value, 'uses'));
      if (u !== undefined) out.push(u);
    }
  }
  return out;
}

function securityTools(job: JobInfo, kind: WorkflowFileKind): Set<string> {
  const texts: string[] = [];
  const ju = str(own(job.value, 'uses'));
  if (ju !== undefined && kind === 'workflow') texts.push(ju);
  for (const step of job.steps) {
    const u = str(own(step.value, 'uses'));
    if (u !== undefined) texts.push(actionName(u));
    const r = scalarText(own(step.value, 'run'));
    if (r !== undefined) texts.push(r);
  }
  const out = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(SECURITY_TOOLS)) out.add(m[0].toLowerCase());
  return out;
}

function environmentName(job: Obj): string | undefined {
  const env = own(job, 'environment');
  if (env === undefined || env === null) return undefined;
  if (typeof env === 'string') return env;
  if (isObj(env) && typeof env.name === 'string') return env.name;
  return stableJson(env);
}

const ACTION_RUNS_KEYS = ['using', 'main', 'pre', 'post', 'pre-if', 'post-if', 'image', 'entrypoint', 'pre-entrypoint', 'post-entrypoint', 'args', 'env'];

/** Findings about the change itself: removed jobs and security steps, environments, conditions, trigger filters, re-pinned actions, action runs. */
function changeFindings(base: Model | null, head: Model): Fact[] {
  const out: Fact[] = [];
  const add = (code: string, message: string) => out.push({ key: '', code, message });
  const file = fileLabel(head);

  if (head.kind === 'workflow' && base) {
    for (const [trigger, config] of head.triggers) {
      if (!DANGEROUS_TRIGGERS[trigger] || !base.triggers.has(trigger)) continue;
      const before = base.triggers.get(trigger);
      if (stableJson(before ?? null) !== stableJson(config ?? null)) {
        add('workflow_trigger_changed', `${file} changes the filters of its ${trigger} trigger from ${quoteValue(before ?? null)} to ${quoteValue(config ?? null)}; check that it does not now run on more events.`);
      }
    }
  }

  const headJobs = new Map(head.jobs.map((j) => [j.id, j]));
  if (base) {
    for (const bj of base.jobs) {
      const hj = headJobs.get(bj.id);
      const tools = securityTools(bj, base.kind);
      if (!hj) {
        if (head.kind === 'workflow') {
          const t = tools.size > 0 ? ` It ran ${[...tools].join(', ')}.` : '';
          add('workflow_job_removed', `${jobLabel(base, bj)} was removed; if it is a required or security check, it no longer runs (a missing required check stays pending, an optional one silently disappears).${t}`);
        }
        continue;
      }
      const headTools = securityTools(hj, head.kind);
      const lost = [...tools].filter((t) => !headTools.has(t));
      if (lost.length > 0) {
        add('workflow_security_step_removed', `${jobLabel(head, hj)} no longer runs ${lost.map((t) => quoteValue(t)).join(', ')}; a security or guard step was removed or replaced (for example by "run: exit 0"), so the check can pass without checking anything.`);
      }
      if (head.kind === 'workflow') {
        const ifBefore = scalarText(own(bj.value, 'if'));
        const ifAfter = scalarText(own(hj.value, 'if'));
        if (ifAfter !== undefined && ifAfter !== ifBefore && !SPOOFABLE_CONDITION.test(ifAfter)) {
          add('workflow_job_condition', `${jobLabel(head, hj)} now runs only if: ${quoteValue(ifAfter)}${ifBefore === undefined ? '' : ` (was ${quoteValue(ifBefore)})`}; a skipped job reports success to required checks.`);
        }
      }
    }
  }
  if (head.kind === 'workflow') {
    const baseJobs = new Map((base?.jobs ?? []).map((j) => [j.id, j]));
    for (const hj of head.jobs) {
      const bj = baseJobs.get(hj.id);
      const envBefore = bj ? environmentName(bj.value) : undefined;
      const envAfter = environmentName(hj.value);
      if (envBefore === envAfter) continue;
      add(
        'workflow_environment_changed',
        envAfter === undefined
          ? `${jobLabel(head, hj)} no longer uses environment ${quoteValue(envBefore)}; its protection rules and required reviewers no longer apply.`
          : envBefore === undefined
            ? `${jobLabel(head, hj)} now uses environment ${quoteValue(envAfter)}; the job gets that environment's secrets.`
            : `${jobLabel(head, hj)} changes its environment from ${quoteValue(envBefore)} to ${quoteValue(envAfter)}; the job gets that environment's secrets and protection rules.`,
      );
    }
  }

  // Re-pinned actions: the same action at a different commit (check it is the action's own commit, not an impostor from a fork).
  if (base) {
    const basePins = new Map<string, Set<string>>();
    for (const u of allUses(base)) {
      if (usesPinning(u) !== 'pinned' || u.trim().toLowerCase().startsWith('docker://')) continue;
      const set = basePins.get(actionName(u)) ?? new Set<string>();
      set.add(actionRef(u).toLowerCase());
      basePins.set(actionName(u), set);
    }
    const reported = new Set<string>();
    for (const u of allUses(head)) {
      if (usesPinning(u) !== 'pinned' || u.trim().toLowerCase().startsWith('docker://')) continue;
      const name = actionName(u);
      const ref = actionRef(u).toLowerCase();
      const before = basePins.get(name);
      if (!before || before.has(ref) || reported.has(`${name}@${ref}`)) continue;
      reported.add(`${name}@${ref}`);
      add('workflow_uses_repinned', `${file} moves ${quoteValue(name)} from commit ${quoteValue([...before].join(', '))} to ${quoteValue(ref)}; check the new commit is on the action's own repository (impostor commits from forks resolve too) and review its diff.`);
    }
  }

  if (head.kind === 'action') {
    const hr = head.jobs[0]!.value;
    const br = base?.jobs[0]?.value ?? {};
    for (const key of ACTION_RUNS_KEYS) {
      const before = own(br, key);
      const after = own(hr, key);
      if (stableJson(before ?? null) === stableJson(after ?? null)) continue;
      if (after === undefined) {
        if (base) add('action_runs_changed', `${file} removes runs.${key} (was ${quoteValue(before)}).`);
        continue;
      }
      add('action_runs_changed', `${file} ${before === undefined ? 'sets' : 'changes'} runs.${key} ${before === undefined ? '' : `from ${quoteValue(before)} `}to ${quoteValue(after)}; this changes what code the action runs.`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Entry point

export const MAX_FINDINGS_PER_FILE = 200;

function diffFacts(base: Fact[], head: Fact[]): Fact[] {
  const counts = new Map<string, number>();
  for (const f of base) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
  const baseKeys = new Set(counts.keys());
  const out: Fact[] = [];
  for (const f of head) {
    const n = counts.get(f.key) ?? 0;
    if (n > 0) {
      counts.set(f.key, n - 1);
      continue;
    }
    if (f.coveredBy?.some((k) => baseKeys.has(k))) continue;
    out.push(f);
  }
  return out;
}

/**
 * Review one changed workflow or action metadata file. `baseText` is null for an added file, `headText`
 * null for a deleted one. Reports what is new or widened in head; an unparseable head and a deleted file
 * are always reported. All findings are `high`: a workflow change needs a human approval, and these
 * messages tell the approver what to look at.
 */
export function reviewWorkflowChange(path: string, baseText: string | null, headText: string | null): Finding[] {
  const detected = workflowFileKind(path);
  const kind = detected ?? 'workflow';
  const file = fileLabel({ kind, path });
  // Not a workflow or action path: a copy out of .github/workflows is just a file (nothing runs it).
  if (detected === null && baseText === null) return [];
  if (detected === null) {
    // Called for a rename away from a workflow or action path (the head path is something else):
    // GitHub no longer runs it, which is a removal.
    return [
      {
        code: 'workflow_removed',
        severity: 'high',
        message: `${quoteValue(path)} is not a workflow or action metadata path, so the workflow or action it replaces (renamed or moved here) no longer runs as one; if it was a required or security check, that check disappears.`,
      },
    ];
  }
  if (headText === null) {
    if (baseText === null) return [];
    const base = buildModel(path, kind, baseText);
    if (kind === 'action') {
      return [{ code: 'action_removed', severity: 'high', message: `${file} was removed; workflows that use it will fail or pick up another copy.` }];
    }
    let detail = '';
    if (base.ok) {
      const tools = new Set<string>();
      for (const j of base.model.jobs) for (const t of securityTools(j, kind)) tools.add(t);
      const jobs = base.model.jobs.map((j) => quoteValue(j.id)).join(', ');
      detail = ` Its jobs (${jobs}) no longer run${tools.size > 0 ? `, including ${[...tools].join(', ')}` : ''}.`;
    }
    return [
      {
        code: 'workflow_removed',
        severity: 'high',
        message: `${file} was removed.${detail} If it was a required or security check (a security scan, the guard), that check disappears.`,
      },
    ];
  }
  if (baseText !== null && baseText === headText) return [];

  const head = buildModel(path, kind, headText);
  if (!head.ok) {
    return [
      {
        code: 'workflow_unparseable',
        severity: 'high',
        message: `${file} could not be parsed, so it was not reviewed (${quoteValue(head.reason)}). GitHub may run it differently or not at all; a guard workflow that does not run leaves its check pending.`,
      },
    ];
  }
  const baseModel = baseText === null ? null : buildModel(path, kind, baseText);
  const base = baseModel && baseModel.ok ? baseModel.model : null;
  const headFacts = collectFacts(head.model, base);
  const baseFacts = base ? collectFacts(base, null) : [];
  const facts = [...diffFacts(baseFacts, headFacts), ...changeFindings(base, head.model)];
  const findings: Finding[] = facts.map((f) => ({ code: f.code, severity: 'high', message: f.message }));
  if (findings.length > MAX_FINDINGS_PER_FILE) {
    const extra = findings.length - MAX_FINDINGS_PER_FILE;
    findings.length = MAX_FINDINGS_PER_FILE;
    findings.push({ code: 'workflow_findings_truncated', severity: 'high', message: `${file}: ${extra} more findings were not listed.` });
  }
  return findings;
}
