// guard-diff's decision: a pure function of the change set, the policy, the manifest and the
// content findings. Every file gets a tier, the capability that covers it, a decision and reasons.

import { classifyPath } from './classify.js';
import type { GlobMatch } from './glob.js';
import { checkManifestAgainstPolicy, grantedCapabilities, type Manifest } from './manifest.js';
import { canonicalisePath } from './paths.js';
import { quoteUntrusted } from './text.js';
import type { CompiledPolicy } from './policy.js';
import { because, type FileReason } from './rules/file-reason.js';
import { binaries, modes, submodules, symlinks } from './rules/kinds/index.js';
import { pathTier, symlinkOutcome, type HeadPathKind } from './rules/kinds/symlink-check.js';
import { actionCode, canonicalPaths, guardFiles } from './rules/paths/index.js';
import { scope, taskRuleOf } from './rules/task/index.js';
import { branchAndRepository } from './rules/task/branch.js';
import { maxTier, tierRank, type Tier } from './tiers.js';
import type { ChangeEntry, ContentFinding, Decision } from './types.js';
import type { WorkflowFileReview } from './rules/workflows/render.js';

export { protectedLinkTarget, type HeadPathKind } from './rules/kinds/symlink-check.js';
export type { FileReason } from './rules/file-reason.js';

export interface ChangeFacts {
  base: string;
  head: string;
  mergeBase: string;
  entries: ChangeEntry[];
  /** Branch of the change (head ref name), when known. */
  branch?: string;
  /**
   * Whether the branch checks (the manifest's branch_pattern, the subject's branches) apply to this
   * change. Absent: they do. Skipped only on the adapter's word about the kind of run (a merge group,
   * whose branch is GitHub's queue branch and never the task's), never because of a branch name; the
   * reason, which says where the branch was checked instead, becomes a note of the evaluation.
   */
  branchCheck?: BranchCheck;
  /** OWNER/NAME of the repository, when known. */
  repository?: string;
  /** Findings of content reviewers, by path (head-side path). */
  findings?: ReadonlyMap<string, ContentFinding[]>;
  /**
   * What the head commit holds at the targets of changed symlinks between two protected paths (the
   * paths `protectedLinkTarget` returns), set by the adapter. A link whose target is not known here to
   * be a regular file is denied.
   */
  headKinds?: ReadonlyMap<string, HeadPathKind>;
  now?: Date;
}

export type BranchCheck = { status: 'applies' } | { status: 'skipped'; reason: string };

export interface PolicyInput {
  compiled: CompiledPolicy;
  source: string;
  sha256: string;
}
/** What the output and evidence say about the policy applied: where it came from and what it exempts. */
export function policySummary(input: PolicyInput): Evaluation['policy'] {
  const policy = input.compiled.policy;
  return {
    source: input.source,
    sha256: input.sha256,
    baseline: policy.origin === 'baseline',
    ...(policy.protectedExempt && policy.protectedExempt.length > 0 ? { exempt: policy.protectedExempt.map((x) => ({ ...x })) } : {}),
  };
}

export interface ManifestInput {
  manifest: Manifest;
  source: string;
  sha256: string;
}

export interface FileResult {
  path: string;
  previous_path?: string;
  status: ChangeEntry['status'];
  kind: string;
  tier: Tier;
  capability: string | null;
  decision: Decision;
  /** Why, the deciding reason first; each names the rule that gave it. */
  reasons: FileReason[];
}

export interface Violation {
  rule: string;
  code: string;
  path?: string;
  message: string;
}

export interface Evaluation {
  verdict: Decision;
  tier: Tier;
  base: string;
  head: string;
  merge_base: string;
  branch: string | null;
  repository: string | null;
  /** `exempt`: the policy's `protected.exempt` (exact paths out of the built-in protected set, with reasons). */
  policy: { source: string; sha256: string; baseline: boolean; exempt?: { path: string; reason: string }[] };
  manifest: { source: string; sha256: string } | null;
  files: FileResult[];
  violations: Violation[];
  capabilities: { granted: string[]; used: string[]; unused: string[] };
  /** The task's network allow list (empty without a manifest). */
  network_allow: string[];
  approvals_required: number;
  /** Facts about the evaluation as a whole a reader needs (baseline policy, no manifest, ...). */
  notes: string[];
  summary: string;
  /** Each changed workflow file's findings with job, step and line: introduced, and already there (set by the pipeline). */
  workflow_review?: WorkflowFileReview[];
}

export function evaluateChange(facts: ChangeFacts, policyInput: PolicyInput, manifestInput: ManifestInput | null): Evaluation {
  const compiled = policyInput.compiled;
  const policy = compiled.policy;
  const manifest = manifestInput?.manifest ?? null;
  const violations: Violation[] = [];
  const granted = manifest ? grantedCapabilities(manifest, policy) : [];
  const used = new Set<string>();

  const branchSkipped = facts.branchCheck?.status === 'skipped' ? facts.branchCheck.reason : null;
  if (manifest) {
    for (const p of checkManifestAgainstPolicy(manifest, policy, {
      ...(facts.repository !== undefined ? { repository: facts.repository } : {}),
      ...(facts.branch !== undefined ? { branch: facts.branch } : {}),
      ...(branchSkipped !== null ? { branchCheck: 'skipped' as const } : {}),
      ...(facts.now !== undefined ? { now: facts.now } : {}),
    })) {
      violations.push({ rule: taskRuleOf(p.code), code: p.code, message: p.message });
    }
    if (branchSkipped === null && facts.branch === undefined && manifest.branchPattern !== undefined) {
      violations.push({ rule: branchAndRepository.id, code: 'branch_unknown', message: 'the branch of the change is unknown, so branch_pattern cannot be checked (pass --branch)' });
    }
    // Unknown is never read as "matches": the manifest names the repository its task is for.
    if (facts.repository === undefined) {
      violations.push({ rule: branchAndRepository.id, code: 'repository_unknown', message: "the repository of the change is unknown, so the manifest's repository cannot be checked (pass --repository OWNER/NAME)" });
    }
  }

  const ctx: EntryContext = {
    facts,
    compiled,
    manifest,
    granted,
    grantsModifyPolicy: granted.includes('modify_policy'),
    used,
    violations,
    coverage: new Map(),
  };
  const files = facts.entries.map((entry) => evaluateEntry(entry, ctx));
  let tier: Tier = 'low';
  for (const f of files) tier = maxTier(tier, f.tier);

  let verdict: Decision = 'allow';
  if (violations.length > 0 || files.some((f) => f.decision === 'deny')) verdict = 'deny';
  else if (files.some((f) => f.decision === 'approval_required')) verdict = 'approval_required';
  const approvalsRequired = verdict === 'approval_required' ? policy.approvals[tier].count : 0;

  const usedList = [...used].sort();
  const denied = files.filter((f) => f.decision === 'deny').length;
  const summary =
    verdict === 'deny'
      ? `deny: ${denied} file(s) denied, ${violations.filter((v) => v.path === undefined).length} task violation(s)`
      : verdict === 'approval_required'
        ? `approval required: ${tier} tier, ${approvalsRequired} independent approval(s) of ${facts.head.slice(0, 12)}`
        : `allow: ${files.length} file(s), highest tier ${tier}`;
  return {
    verdict,
    tier,
    base: facts.base,
    head: facts.head,
    merge_base: facts.mergeBase,
    branch: facts.branch ?? null,
    repository: facts.repository ?? null,
    policy: policySummary(policyInput),
    manifest: manifestInput ? { source: manifestInput.source, sha256: manifestInput.sha256 } : null,
    files,
    violations,
    capabilities: { granted, used: usedList, unused: granted.filter((c) => !used.has(c)) },
    network_allow: manifest ? [...manifest.network.allow] : [],
    approvals_required: approvalsRequired,
    notes: [
      ...(policy.origin === 'baseline' ? ['no repository policy: the built-in baseline policy applies'] : []),
      // Every exemption is shown, changed in this diff or not: a reader sees what the policy took out.
      ...(policy.protectedExempt ?? []).map((x) => `protected.exempt: ${quoteUntrusted(x.path)} is exempt from the built-in protected set: ${quoteUntrusted(x.reason)}`),
      ...(manifest === null ? ['no task manifest: capability coverage and task checks were not evaluated'] : []),
      ...(manifest !== null && branchSkipped !== null ? [`branch checks skipped (the manifest's branch_pattern and the subject's branches): ${branchSkipped}`] : []),
      // The quick start run on the default branch itself: say why nothing was checked.
      ...(facts.entries.length === 0 && facts.mergeBase === facts.head ? ['the head is already contained in the base: there is no change to check (check out the branch to review, or pass --head)'] : []),
    ],
    summary,
  };
}

function kindOf(entry: ChangeEntry): string {
  return entry.newKind !== 'none' ? entry.newKind : entry.oldKind;
}

/** Per-evaluation constants and memos shared by every entry. */
interface EntryContext {
  facts: ChangeFacts;
  compiled: CompiledPolicy;
  manifest: Manifest | null;
  granted: string[];
  grantsModifyPolicy: boolean;
  used: Set<string>;
  violations: Violation[];
  /** Capability coverage by the (shared, frozen) `matchAll` result it was computed from. */
  coverage: Map<readonly GlobMatch<string>[], Coverage>;
}

type Coverage = { capability: string; tier: Tier | undefined; reason: FileReason } | { capability: null; why: FileReason };

const INVALID_UTF8 = Object.freeze({ invalidUtf8: true });
const NO_FINDINGS: readonly ContentFinding[] = Object.freeze([]);
const NO_LINKS: readonly string[] = Object.freeze([]);
/** Content findings of reviewers that do not give a rule id yet are reported under this id. */
const CONTENT_REVIEW = 'content/review';
const GUARD_FILE_DENIAL = because(
  guardFiles,
  'guard_file_needs_modify_policy',
  'changes the policy or a task manifest, which only a task granted modify_policy may do (authority never comes from the change)',
);

/** The reasons of one entry: denials, and the reasons that raised its tier (the deciding one first). */
class Reasons {
  tier: Tier = 'low';
  readonly denies: FileReason[] = [];
  private readonly raised: { tier: Tier; reason: FileReason }[] = [];

  /** The tier becomes the higher of the current one and `t`; `why` is kept in the order given. */
  raise(t: Tier, why: FileReason): void {
    this.raised.push({ tier: t, reason: why });
    if (tierRank(t) > tierRank(this.tier)) this.tier = t;
  }

  deny(why: FileReason): void {
    this.denies.push(why);
  }

  /** Denials first, then the first reason that reached the final tier, then the rest in order. */
  list(): FileReason[] {
    const top = this.raised.findIndex((r) => r.tier === this.tier);
    const rest = this.raised.filter((_, i) => i !== top).map((r) => r.reason);
    return [...this.denies, ...(top === -1 ? [] : [this.raised[top]!.reason]), ...rest];
  }
}

function prefixed(r: FileReason, prefix: string): FileReason {
  return { rule: r.rule, code: r.code, message: `${prefix}${r.message}` };
}

function evaluateEntry(entry: ChangeEntry, ctx: EntryContext): FileResult {
  const { compiled, manifest } = ctx;
  const policy = compiled.policy;
  const r = new Reasons();

  // Renames change both paths: the old one is deleted. Copies only add the destination.
  const renamed = entry.status === 'renamed' && entry.previousPath !== undefined;
  let capability: string | null = null;

  for (let k = 0; k < (renamed ? 2 : 1); k++) {
    const raw = k === 0 ? entry.path : entry.previousPath!;
    const canon = canonicalisePath(raw, entry.invalidUtf8 ? INVALID_UTF8 : undefined);
    if (!canon.ok) {
      r.deny(because(canonicalPaths, 'path_rejected', `path ${quoteUntrusted(raw)} is rejected: ${canon.message}`));
      r.tier = 'high';
      continue;
    }
    const c = classifyPath(canon.path, compiled, canon.folded);
    const side = renamed ? `${raw === entry.path ? 'new' : 'old'} path: ` : '';
    c.reasons.forEach((why, i) => r.raise(i === 0 ? c.tier : 'low', side === '' ? why : prefixed(why, side)));
    if (c.guardFile && !ctx.grantsModifyPolicy) r.deny(GUARD_FILE_DENIAL);
    if (manifest) {
      const cover = coveringCapability(canon.path, ctx, manifest);
      if (cover.capability !== null) {
        capability ??= cover.capability;
        ctx.used.add(cover.capability);
        if (cover.tier) r.raise(cover.tier, cover.reason);
      } else {
        r.deny(cover.why);
      }
    }
  }

  // A file's kind matters as much as its path (trust model rule 5). Each escalation raises the tier
  // (never lowers it) and says why.
  const link = symlinkOutcome(entry, compiled, ctx.facts.headKinds);
  if (link !== null) {
    if ('deny' in link) r.deny(link.deny);
    else r.raise('high', link.raise);
  }
  // Through symlinks elsewhere in the tree this file is also at other paths: it is as risky as they are.
  for (const alias of entry.linkedFrom ?? NO_LINKS) {
    const t = pathTier(alias, compiled);
    if (tierRank(t) > tierRank(r.tier)) r.raise(t, because(symlinks, 'symlink_alias', `through a symlink this file is also the ${t}-tier path ${quoteUntrusted(alias)}, so this change changes it`));
  }
  if (entry.actionDir !== undefined) {
    r.raise('high', because(actionCode, 'action_directory', `part of the action in ${quoteUntrusted(entry.actionDir + '/')} (it has an action.yml): workflows that use the action run this code`));
  }
  for (const action of entry.actionRuns ?? NO_LINKS) {
    r.raise('high', because(actionCode, 'action_runs', `code of the action ${quoteUntrusted(action)}: its runs section runs this file, so every workflow that uses the action runs it`));
  }
  if (entry.oldKind === 'symlink' && entry.newKind !== 'symlink' && entry.newKind !== 'none') r.raise('high', because(symlinks, 'symlink_replaced', 'symlink replaced by a file'));
  if (entry.newKind === 'gitlink' || entry.oldKind === 'gitlink') r.raise('high', because(submodules, 'submodule_change', 'submodule (gitlink) change: fetches and pins code from elsewhere'));
  if (entry.status === 'type_changed') r.raise('high', because(modes, 'type_changed', `type change ${entry.oldKind} -> ${entry.newKind}`));
  if (entry.newKind === 'executable' && entry.oldKind !== 'executable') {
    r.raise('high', entry.oldKind === 'none' ? because(modes, 'executable_added', 'new executable file') : because(modes, 'executable_mode', 'file becomes executable (mode change)'));
  }
  if (entry.nativeFormat !== undefined) {
    r.raise('high', because(binaries, 'native_binary', `native executable or library (${entry.nativeFormat}): machine code no reviewer can read in the diff`));
  }
  if (entry.lfsPointer) r.raise('high', because(binaries, 'lfs_pointer', 'Git LFS pointer: content is stored outside the repository and hidden from review'));
  if (entry.binary) r.raise('medium', because(binaries, 'binary_content', 'binary content: content rules cannot see inside it'));

  const findings = ctx.facts.findings;
  if (findings !== undefined && findings.size > 0) {
    for (const f of findings.get(entry.path) ?? NO_FINDINGS) {
      const why: FileReason = { rule: f.rule ?? CONTENT_REVIEW, code: f.code, message: f.message };
      if (f.severity === 'deny') r.deny(why);
      else r.raise('high', why);
    }
  }

  let decision: Decision;
  const tier = r.tier;
  if (r.denies.length > 0) {
    decision = 'deny';
    for (const d of r.denies) ctx.violations.push({ rule: d.rule, code: d.code, path: entry.path, message: d.message });
  } else decision = policy.approvals[tier].count > 0 ? 'approval_required' : 'allow';

  const result: FileResult = {
    path: entry.path,
    status: entry.status,
    kind: kindOf(entry),
    tier,
    capability,
    decision,
    reasons: r.list(),
  };
  if (entry.previousPath !== undefined) result.previous_path = entry.previousPath;
  return result;
}

/**
 * The granted capability whose policy paths cover the exact path (never the folded one: folding never
 * allows). A pure function of which capability globs match, so it is computed once per distinct
 * (shared) `matchAll` result.
 */
function coveringCapability(path: string, ctx: EntryContext, manifest: Manifest): Coverage {
  const hits = ctx.compiled.capabilityPaths.matchAll(path);
  if (hits.length > 1) return coverageOf(hits, ctx, manifest);
  let c = ctx.coverage.get(hits);
  if (c === undefined) ctx.coverage.set(hits, (c = coverageOf(hits, ctx, manifest)));
  return c;
}

function coverageOf(hits: readonly GlobMatch<string>[], ctx: EntryContext, manifest: Manifest): Coverage {
  const covering = hits.map((m) => m.value);
  const hit = ctx.granted.find((g) => covering.includes(g));
  if (hit) {
    const tier = ctx.compiled.policy.capabilities[hit]?.tier;
    return { capability: hit, tier, reason: because(scope, 'capability_tier', `capability ${hit} is ${tier} tier`) };
  }
  const deniedNeeded = covering.filter((c) => manifest.denied.includes(c));
  if (deniedNeeded.length > 0) return { capability: null, why: because(scope, 'capability_denied', `needs capability ${deniedNeeded.join(' or ')}, which the manifest denies`) };
  if (covering.length > 0) return { capability: null, why: because(scope, 'capability_not_granted', `needs capability ${covering.join(' or ')}, which the task was not granted`) };
  return { capability: null, why: because(scope, 'no_capability', 'no capability in the policy covers this path') };
}
