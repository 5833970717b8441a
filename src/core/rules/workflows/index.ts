// The workflow family: diff-aware review of GitHub workflows (`.github/workflows/*.yml|yaml`), action
// metadata (`action.yml|yaml`) and Dependabot configuration. Pure: base and head texts of one file in,
// findings out, split into what the change introduces (or makes worse) and what was already there.
// Facts are keyed by rule id, job id, step identity and the rule's detail, never by line, and matched
// as multisets (same step first, then anywhere in the job), so a reformat or a renamed step introduces
// nothing while a second copy of a pattern does.

import { quoteValue } from '../../text.js';
import type { RuleFamily } from '../registry.js';
import type { Finding, FindingSeverity } from '../rule.js';
import { cachePoisoningCheck } from './caches/cache-poisoning.js';
import { untrustedArtifactsCheck } from './caches/untrusted-artifacts.js';
import { actionRunsCheck } from './changes/action-runs.js';
import { environmentChangedCheck } from './changes/environment-changed.js';
import { jobConditionsCheck } from './changes/job-conditions.js';
import { removedChecks, removedChecksCheck, securityTools } from './changes/removed-checks.js';
import { reviewErrors } from './changes/review-errors.js';
import { collector, diffFacts, type Fact, type WorkflowCheck, type WorkflowPolicyView } from './check.js';
import { artipackedCheck } from './checkout/artipacked.js';
import { hardcodedContainerCredentialsCheck } from './checkout/hardcoded-container-credentials.js';
import { pwnRequestCheck } from './checkout/pwn-request.js';
import { selfHostedRunnerCheck } from './checkout/self-hosted-runner.js';
import { alwaysTrueConditionsCheck } from './conditions/always-true-conditions.js';
import { continueOnErrorCheck } from './conditions/continue-on-error.js';
import { spoofableConditionsCheck } from './conditions/spoofable-conditions.js';
import { unsoundContainsCheck } from './conditions/unsound-contains.js';
import { dependabotExecutionCheck } from './dependabot/dependabot-execution.js';
import { githubEnvCheck } from './injection/github-env.js';
import { insecureCommandsCheck } from './injection/insecure-commands.js';
import { promptInjectionCheck } from './injection/prompt-injection.js';
import { templateInjectionCheck } from './injection/template-injection.js';
import { buildModel, fileLabel, reviewedFileKind, type Model } from './model.js';
import { excessivePermissionsCheck } from './permissions/excessive-permissions.js';
import { forbiddenUsesCheck } from './pinning/forbidden-uses.js';
import { obfuscationCheck } from './pinning/obfuscation.js';
import { repinnedUsesCheck } from './pinning/repinned-uses.js';
import { superfluousActionsCheck } from './pinning/superfluous-actions.js';
import { unpinnedImagesCheck } from './pinning/unpinned-images.js';
import { unpinnedToolsCheck } from './pinning/unpinned-tools.js';
import { unpinnedUsesCheck } from './pinning/unpinned-uses.js';
import { adhocPackagesCheck } from './scripts/adhoc-packages.js';
import { commitStatusCheck } from './scripts/commit-status.js';
import { insecureUrlCheck } from './scripts/insecure-url.js';
import { remoteScriptCheck } from './scripts/remote-script.js';
import { dangerousTriggersCheck } from './triggers/dangerous-triggers.js';
import { overprovisionedSecretsCheck } from './secrets/overprovisioned-secrets.js';
import { secretsExposedCheck } from './secrets/secrets-exposed.js';
import { secretsInheritCheck } from './secrets/secrets-inherit.js';
import { secretsOutsideEnvCheck } from './secrets/secrets-outside-env.js';
import { unredactedSecretsCheck } from './secrets/unredacted-secrets.js';
import { untrustedCheckoutToctouCheck } from './checkout/untrusted-checkout-toctou.js';
import { useTrustedPublishingCheck } from './secrets/use-trusted-publishing.js';
import { githubAppCheck } from './permissions/github-app.js';
import { unsoundTernaryCheck } from './conditions/unsound-ternary.js';
import { outputClobberingCheck } from './injection/output-clobbering.js';
import { misfeatureCheck } from './scripts/misfeature.js';
import { typosquatUsesCheck } from './pinning/typosquat-uses.js';
import { dependabotCooldownCheck } from './dependabot/dependabot-cooldown.js';
import { selfRepositoryCheck } from './pinning/self-repository.js';

/** Every check, grouped by audit class; the order is the catalogue's. */
export const WORKFLOW_CHECKS: readonly WorkflowCheck[] = Object.freeze([
  // triggers and permissions
  dangerousTriggersCheck,
  excessivePermissionsCheck,
  githubAppCheck,
  // injection
  templateInjectionCheck,
  promptInjectionCheck,
  githubEnvCheck,
  insecureCommandsCheck,
  outputClobberingCheck,
  // checkout and credentials
  pwnRequestCheck,
  untrustedCheckoutToctouCheck,
  artipackedCheck,
  hardcodedContainerCredentialsCheck,
  selfHostedRunnerCheck,
  // secrets
  overprovisionedSecretsCheck,
  secretsExposedCheck,
  secretsInheritCheck,
  secretsOutsideEnvCheck,
  unredactedSecretsCheck,
  useTrustedPublishingCheck,
  // caches and artifacts
  cachePoisoningCheck,
  untrustedArtifactsCheck,
  // pinning and supply chain
  unpinnedUsesCheck,
  forbiddenUsesCheck,
  typosquatUsesCheck,
  selfRepositoryCheck,
  repinnedUsesCheck,
  unpinnedImagesCheck,
  unpinnedToolsCheck,
  superfluousActionsCheck,
  obfuscationCheck,
  // scripts
  remoteScriptCheck,
  insecureUrlCheck,
  adhocPackagesCheck,
  commitStatusCheck,
  misfeatureCheck,
  // conditions
  spoofableConditionsCheck,
  unsoundContainsCheck,
  alwaysTrueConditionsCheck,
  unsoundTernaryCheck,
  continueOnErrorCheck,
  // the change itself
  removedChecksCheck,
  jobConditionsCheck,
  environmentChangedCheck,
  actionRunsCheck,
  // configuration outside workflows
  dependabotExecutionCheck,
  dependabotCooldownCheck,
]);

/** Rules that deny when a change introduces them, whatever the policy says. */
export const BASELINE_DENY: readonly string[] = Object.freeze(['workflows/pwn-request', 'workflows/overprovisioned-secrets', 'workflows/secrets-exposed']);

/**
 * Classes that need the network, left to an optional online mode: they are named here so the catalogue
 * says what this review does not decide offline.
 */
export const ONLINE_ONLY_CLASSES: readonly { name: string; why: string }[] = Object.freeze([
  { name: 'known-vulnerable-actions', why: 'needs the GitHub advisory database for the pinned versions' },
  { name: 'impostor-commit', why: "needs the action repository to tell whether a pinned commit is on it or only on a fork (workflows/repinned-uses flags every re-pin offline)" },
  { name: 'ref-confusion', why: 'needs the action repository to tell whether a ref is both a branch and a tag' },
  { name: 'stale-action-refs', why: 'needs the action repository to tell whether a pinned commit is a release tag' },
  { name: 'archived-uses', why: "needs the action repository's archived flag" },
  { name: 'ref-version-mismatch', why: 'needs the action repository to resolve the version comment of a pinned SHA' },
]);

export const WORKFLOW_RULES: RuleFamily = Object.freeze({
  id: 'workflows',
  title: 'Workflow review',
  doc:
    'Runs on every changed workflow (`.github/workflows/*.yml`), action metadata (`action.yml`) and Dependabot configuration, comparing base and head: a finding is reported when the change introduces or widens it (keyed by rule, job and step, not by line), and what was already there is listed apart. Every workflow change is high tier; these findings tell the approver what it does. `workflows/pwn-request`, `workflows/overprovisioned-secrets` and `workflows/secrets-exposed` deny when introduced, and a policy can deny more with `workflows.deny`. ' +
    `Classes that need the network (${ONLINE_ONLY_CLASSES.map((c) => c.name).join(', ')}) are left to an optional online mode.`,
  rules: [...WORKFLOW_CHECKS.map((c) => c.rule), reviewErrors],
});

/** Every workflow rule id, for validating `workflows.deny`. */
export const WORKFLOW_RULE_IDS: ReadonlySet<string> = new Set(WORKFLOW_RULES.rules.map((r) => r.id));

export const MAX_FINDINGS_PER_FILE = 200;

export interface WorkflowReviewOptions {
  /** Rule ids whose introduced findings deny (added to the baseline). */
  deny?: readonly string[];
  /** The policy's `workflows.allowed_uses` (workflows/forbidden-uses); undefined: no allow-list. */
  allowedUses?: readonly string[];
}

export interface WorkflowReview {
  /** What the change introduces or makes worse: these decide the file's tier or deny it. */
  introduced: Finding[];
  /** What the head still has that the base had already: context for the reviewer, never a decision. */
  existing: Finding[];
}

function factsOf(m: Model, other: Model | null, policy: WorkflowPolicyView): Fact[] {
  const out: Fact[] = [];
  const emit = collector(out);
  for (const c of WORKFLOW_CHECKS) c.facts?.({ m, other, emit, policy });
  return out;
}

function changesOf(base: Model | null, head: Model): Fact[] {
  const out: Fact[] = [];
  const emit = collector(out);
  for (const c of WORKFLOW_CHECKS) c.change?.(base, head, emit);
  return out;
}

/** In file order: file-level first, then by line (stable, so the rule order breaks ties). */
function byPosition(facts: Fact[]): Fact[] {
  return facts.map((f, i) => ({ f, i })).sort((a, b) => (a.f.line ?? 0) - (b.f.line ?? 0) || a.i - b.i).map((x) => x.f);
}

function toFinding(f: Fact, deny: ReadonlySet<string>): Finding {
  const severity: FindingSeverity = deny.has(f.rule) || f.severity === 'deny' ? 'deny' : 'high';
  const where: Finding['where'] = {};
  if (f.job !== undefined && f.job !== '') where.job = f.job;
  if (f.step !== undefined) where.step = f.step;
  if (f.line !== undefined) where.line = f.line;
  const out: Finding = { rule: f.rule, code: f.code, severity, message: f.message };
  if (Object.keys(where).length > 0) out.where = where;
  return out;
}

function single(rule: typeof removedChecks | typeof reviewErrors, code: string, message: string): WorkflowReview {
  return { introduced: [{ rule: rule.id, code, severity: 'high', message }], existing: [] };
}

/**
 * Review one changed workflow, action metadata or Dependabot file. `baseText` is null for an added file,
 * `headText` null for a deleted one. An unparseable head and a deleted file are always introduced.
 */
export function reviewWorkflowFile(path: string, baseText: string | null, headText: string | null, options: WorkflowReviewOptions = {}): WorkflowReview {
  const detected = reviewedFileKind(path);
  const kind = detected ?? 'workflow';
  const file = fileLabel({ kind, path });
  const none: WorkflowReview = { introduced: [], existing: [] };
  // Not a reviewed path: a copy out of .github/workflows is just a file (nothing runs it).
  if (detected === null && baseText === null) return none;
  if (detected === null) {
    // A rename away from a workflow or action path: GitHub no longer runs it, which is a removal.
    return single(removedChecks, 'workflow_removed', `${quoteValue(path)} is not a workflow or action metadata path, so the workflow or action it replaces (renamed or moved here) no longer runs as one; if it was a required or security check, that check disappears.`);
  }
  if (headText === null) {
    if (baseText === null || kind === 'dependabot') return none;
    if (kind === 'action') return single(removedChecks, 'action_removed', `${file} was removed; workflows that use it will fail or pick up another copy.`);
    const base = buildModel(path, kind, baseText);
    let detail = '';
    if (base.ok) {
      const tools = new Set<string>();
      for (const j of base.model.jobs) for (const t of securityTools(j, kind)) tools.add(t);
      const jobs = base.model.jobs.map((j) => quoteValue(j.id)).join(', ');
      detail = ` Its jobs (${jobs}) no longer run${tools.size > 0 ? `, including ${[...tools].join(', ')}` : ''}.`;
    }
    return single(removedChecks, 'workflow_removed', `${file} was removed.${detail} If it was a required or security check (a security scan, the guard), that check disappears.`);
  }
  if (baseText !== null && baseText === headText) return none;

  const head = buildModel(path, kind, headText);
  if (!head.ok) {
    return single(reviewErrors, 'workflow_unparseable', `${file} could not be parsed, so it was not reviewed (${quoteValue(head.reason)}). GitHub may run it differently or not at all; a guard workflow that does not run leaves its check pending.`);
  }
  const baseModel = baseText === null ? null : buildModel(path, kind, baseText);
  const base = baseModel && baseModel.ok ? baseModel.model : null;
  const policy: WorkflowPolicyView = options.allowedUses === undefined ? {} : { allowedUses: options.allowedUses };
  const diff = diffFacts(base ? factsOf(base, null, policy) : [], factsOf(head.model, base, policy));
  const deny = new Set(options.deny ?? []);
  const introduced = byPosition([...diff.introduced, ...changesOf(base, head.model)]).map((f) => toFinding(f, deny));
  // Already there: reported for context only, never as a deny.
  const existing = byPosition(diff.existing).map((f) => ({ ...toFinding(f, deny), severity: 'high' as const }));
  if (introduced.length > MAX_FINDINGS_PER_FILE) {
    const extra = introduced.length - MAX_FINDINGS_PER_FILE;
    const denied = introduced.slice(MAX_FINDINGS_PER_FILE).filter((f) => f.severity === 'deny');
    introduced.length = MAX_FINDINGS_PER_FILE;
    introduced.push(...denied);
    introduced.push({ rule: reviewErrors.id, code: 'workflow_findings_truncated', severity: 'high', message: `${file}: ${extra - denied.length} more findings were not listed.` });
  }
  return { introduced, existing };
}
