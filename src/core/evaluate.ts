// guard-diff's decision: a pure function of the change set, the policy, the manifest and the
// content findings. Every file gets a tier, the capability that covers it, a decision and reasons.

import { classificationReason, classifyPath, type PathClassification } from './classify.js';
import type { GlobMatch } from './glob.js';
import { checkManifestAgainstPolicy, grantedCapabilities, type Manifest } from './manifest.js';
import { canonicalisePath, resolveSymlinkTarget, symlinkTargetClimbsThroughName } from './paths.js';
import { quoteUntrusted } from './text.js';
import type { CompiledPolicy } from './policy.js';
import { PROTECTED_RULES, type ProtectedRule } from './protected.js';
import { maxTier, tierRank, type Tier } from './tiers.js';
import type { ChangeEntry, ContentFinding, Decision } from './types.js';

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

/** A path in the head commit: a regular (or executable) file, anything else (directory, symlink, submodule), or nothing. */
export type HeadPathKind = 'file' | 'not_a_file' | 'missing';

export interface PolicyInput {
  compiled: CompiledPolicy;
  source: string;
  sha256: string;
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
  reasons: string[];
}

export interface Violation {
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
  policy: { source: string; sha256: string; baseline: boolean };
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
      violations.push({ code: p.code, message: p.message });
    }
    if (branchSkipped === null && facts.branch === undefined && manifest.branchPattern !== undefined) {
      violations.push({ code: 'branch_unknown', message: 'the branch of the change is unknown, so branch_pattern cannot be checked (pass --branch)' });
    }
    // Unknown is never read as "matches": the manifest names the repository its task is for.
    if (facts.repository === undefined) {
      violations.push({ code: 'repository_unknown', message: "the repository of the change is unknown, so the manifest's repository cannot be checked (pass --repository OWNER/NAME)" });
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
      ? `deny: ${denied} file(s) denied, ${violations.filter((v) => v.code !== 'file_denied').length} task violation(s)`
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
    policy: { source: policyInput.source, sha256: policyInput.sha256, baseline: policy.origin === 'baseline' },
    manifest: manifestInput ? { source: manifestInput.source, sha256: manifestInput.sha256 } : null,
    files,
    violations,
    capabilities: { granted, used: usedList, unused: granted.filter((c) => !used.has(c)) },
    network_allow: manifest ? [...manifest.network.allow] : [],
    approvals_required: approvalsRequired,
    notes: [
      ...(policy.origin === 'baseline' ? ['no repository policy: the built-in baseline policy applies'] : []),
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

type Coverage = { capability: string; tier: Tier | undefined; reason: string } | { capability: null; why: string };

const INVALID_UTF8 = Object.freeze({ invalidUtf8: true });
const NO_FINDINGS: readonly ContentFinding[] = Object.freeze([]);
const NO_LINKS: readonly string[] = Object.freeze([]);
/** A child name used to ask whether a symlinked directory holds protected paths (rules such as `.github/**`). */
const SYMLINK_DIRECTORY_PROBE = 'x';
const GUARD_FILE_DENIAL =
  'changes the policy or a task manifest, which only a task granted modify_policy may do (authority never comes from the change)';

/** Add `why` to `reasons`; the tier becomes the higher of `tier` and `t`. */
function raise(tier: Tier, reasons: string[], t: Tier, why: string): Tier {
  reasons.push(why);
  return tierRank(t) > tierRank(tier) ? t : tier;
}

function evaluateEntry(entry: ChangeEntry, ctx: EntryContext): FileResult {
  const { compiled, manifest } = ctx;
  const policy = compiled.policy;
  const reasons: string[] = [];
  const denies: string[] = [];
  let tier: Tier = 'low';

  // Renames change both paths: the old one is deleted. Copies only add the destination.
  const renamed = entry.status === 'renamed' && entry.previousPath !== undefined;
  let capability: string | null = null;

  for (let k = 0; k < (renamed ? 2 : 1); k++) {
    const raw = k === 0 ? entry.path : entry.previousPath!;
    const canon = canonicalisePath(raw, entry.invalidUtf8 ? INVALID_UTF8 : undefined);
    if (!canon.ok) {
      denies.push(`path ${quoteUntrusted(raw)} is rejected: ${canon.message}`);
      tier = 'high';
      continue;
    }
    const c = classifyPath(canon.path, compiled, canon.folded);
    const text = classificationReason(c);
    tier = raise(tier, reasons, c.tier, renamed ? `${raw === entry.path ? 'new' : 'old'} path: ${text}` : text);
    if (c.guardFile && !ctx.grantsModifyPolicy) denies.push(GUARD_FILE_DENIAL);
    if (manifest) {
      const cover = coveringCapability(canon.path, ctx, manifest);
      if (cover.capability !== null) {
        capability ??= cover.capability;
        ctx.used.add(cover.capability);
        if (cover.tier) tier = raise(tier, reasons, cover.tier, cover.reason);
      } else {
        denies.push(cover.why);
      }
    }
  }

  // A file's kind matters as much as its path (trust model rule 5). Each escalation raises the tier
  // (never lowers it) and says why.
  if (entry.newKind === 'symlink') {
    const target = entry.symlinkTarget;
    const resolved = target === undefined ? null : resolveSymlinkTarget(entry.path, target);
    if (target === undefined) denies.push('symlink target could not be read');
    else if (entry.symlinkVia !== undefined) {
      denies.push(`symlink target ${quoteUntrusted(target)} goes through another symlink (${quoteUntrusted(entry.symlinkVia)}), so it resolves somewhere else than its text says`);
    } else if (symlinkTargetClimbsThroughName(target)) {
      denies.push(`symlink target ${quoteUntrusted(target)} climbs out of a directory it names ("x/.."): if that directory is itself a symlink, the link resolves somewhere else than its text says`);
    } else if (resolved === null) denies.push(`symlink points outside the repository (${quoteUntrusted(target)})`);
    else {
      const t = classifyPath(resolved, compiled);
      // A link to a directory reaches everything under it: `src/gh -> ../.github` is a way into .github/**.
      const under = t.protected ? t : classifyPath(`${resolved}/${SYMLINK_DIRECTORY_PROBE}`, compiled);
      const linkTier = c0(entry.path, compiled);
      if (t.protected) {
        // The one protected target a link may have: a protected file, from a path protected for the same
        // reason (CLAUDE.md -> AGENTS.md). Anything else into the protected set is denied.
        const between = linkBetweenProtected(entry.path, t, compiled);
        const kind = between.ok ? ctx.facts.headKinds?.get(resolved) : undefined;
        if (between.ok && kind === 'file') {
          tier = raise(
            tier,
            reasons,
            'high',
            `symlink between two protected files (${between.categories.join(', ')}): ${quoteUntrusted(entry.path)} -> ${quoteUntrusted(resolved)}, a protected file at the head; the link widens nothing (both paths are protected, and later edits of the target are judged at its protected tier)`,
          );
        } else {
          const why = between.ok ? targetKindProblem(kind) : between.why;
          denies.push(`symlink points into a protected path (${quoteUntrusted(resolved)}): ${why}`);
        }
      } else if (under.protected) denies.push(`symlink points into a protected path (${quoteUntrusted(resolved)}, a directory of protected files)`);
      else if (tierRank(linkTier) === 0) denies.push(`a symlink in a low-tier path (${quoteUntrusted(resolved)}) would let later steps read another file`);
      else if (tierRank(t.tier) < tierRank(linkTier)) {
        // Later changes to the target are judged at its lower tier, yet they change this path's content.
        denies.push(`a symlink at a ${linkTier}-tier path to a ${t.tier}-tier path (${quoteUntrusted(resolved)}): later ${t.tier}-tier changes to the target would change this ${linkTier}-tier file`);
      } else tier = raise(tier, reasons, 'high', `symlink to ${quoteUntrusted(resolved)}`);
    }
  }
  // Through symlinks elsewhere in the tree this file is also at other paths: it is as risky as they are.
  for (const alias of entry.linkedFrom ?? NO_LINKS) {
    const t = c0(alias, compiled);
    if (tierRank(t) > tierRank(tier)) tier = raise(tier, reasons, t, `through a symlink this file is also the ${t}-tier path ${quoteUntrusted(alias)}, so this change changes it`);
  }
  if (entry.actionDir !== undefined) {
    tier = raise(tier, reasons, 'high', `part of the action in ${quoteUntrusted(entry.actionDir + '/')} (it has an action.yml): workflows that use the action run this code`);
  }
  if (entry.oldKind === 'symlink' && entry.newKind !== 'symlink' && entry.newKind !== 'none') tier = raise(tier, reasons, 'high', 'symlink replaced by a file');
  if (entry.newKind === 'gitlink' || entry.oldKind === 'gitlink') tier = raise(tier, reasons, 'high', 'submodule (gitlink) change: fetches and pins code from elsewhere');
  if (entry.status === 'type_changed') tier = raise(tier, reasons, 'high', `type change ${entry.oldKind} -> ${entry.newKind}`);
  if (entry.newKind === 'executable' && entry.oldKind !== 'executable') {
    tier = raise(tier, reasons, 'high', entry.oldKind === 'none' ? 'new executable file' : 'file becomes executable (mode change)');
  }
  if (entry.lfsPointer) tier = raise(tier, reasons, 'high', 'Git LFS pointer: content is stored outside the repository and hidden from review');
  if (entry.binary) tier = raise(tier, reasons, 'medium', 'binary content: content rules cannot see inside it');

  const findings = ctx.facts.findings;
  if (findings !== undefined && findings.size > 0) {
    for (const f of findings.get(entry.path) ?? NO_FINDINGS) {
      if (f.severity === 'deny') denies.push(`${f.message} [${f.code}]`);
      else tier = raise(tier, reasons, 'high', `${f.message} [${f.code}]`);
    }
  }

  let decision: Decision;
  if (denies.length > 0) {
    decision = 'deny';
    for (const d of denies) ctx.violations.push({ code: 'file_denied', path: entry.path, message: d });
  } else decision = policy.approvals[tier].count > 0 ? 'approval_required' : 'allow';

  const result: FileResult = {
    path: entry.path,
    status: entry.status,
    kind: kindOf(entry),
    tier,
    capability,
    decision,
    reasons: denies.length > 0 ? [...denies, ...reasons] : reasons,
  };
  if (entry.previousPath !== undefined) result.previous_path = entry.previousPath;
  return result;
}

/** Protected rules by glob, to tell a built-in rule's category (a policy's own `protected` entry has another `why`). */
const RULE_BY_GLOB: ReadonlyMap<string, ProtectedRule> = new Map(PROTECTED_RULES.map((r) => [r.glob, r]));
/** The repository's own git directory: a link into it reaches hooks and the checkout's config. */
const GIT_DIRECTORY_GLOBS: ReadonlySet<string> = new Set(['.git', '.git/**']);
const ONLY_BETWEEN_PROTECTED_FILES = 'a symlink into the protected set is allowed only between two protected files of the same kind (CLAUDE.md -> AGENTS.md)';

type ProtectedLink = { ok: true; categories: string[] } | { ok: false; why: string };

/**
 * Whether a symlink at `linkPath` to the protected path classified as `target` joins two protected
 * paths of the same kind: the link's own path is protected, both ends share a protected category
 * (exact matches; `policy` for the policy's own protected list), and neither end is a guard file
 * (policy, manifest, agent-guard's configuration) or the .git directory. Whether the target is a
 * file is a fact of the head tree, checked by the caller.
 */
function linkBetweenProtected(linkPath: string, target: PathClassification, compiled: CompiledPolicy): ProtectedLink {
  const to = protectedCategories(target);
  if ('why' in to) return { ok: false, why: `the target is ${to.why}` };
  const canon = canonicalisePath(linkPath);
  if (!canon.ok) return { ok: false, why: `the link's own path is rejected: ${canon.message}` };
  const own = classifyPath(canon.path, compiled, canon.folded);
  if (!own.protected) return { ok: false, why: `the link's own path is not protected, and ${ONLY_BETWEEN_PROTECTED_FILES}` };
  const link = protectedCategories(own);
  if ('why' in link) return { ok: false, why: `the link's own path is ${link.why}` };
  const shared = link.categories.filter((c) => to.categories.includes(c));
  if (shared.length === 0) {
    const list = (c: string[]) => (c.length > 0 ? c.join(', ') : 'a case or Unicode variant only');
    return { ok: false, why: `the link's path (${list(link.categories)}) and its target (${list(to.categories)}) are protected for different reasons, and ${ONLY_BETWEEN_PROTECTED_FILES}` };
  }
  return { ok: true, categories: shared };
}

/** The protected categories of a classified path, or why a link may not join it. */
function protectedCategories(c: PathClassification): { categories: string[] } | { why: string } {
  const all = [...c.matches, ...c.foldedMatches].filter((m) => m.source === 'protected');
  if (all.some((m) => m.guard === true)) return { why: 'the policy or a task manifest (a guard file)' };
  if (all.some((m) => GIT_DIRECTORY_GLOBS.has(m.glob))) return { why: "in the repository's .git directory (hooks, and the checkout's config with its credentials)" };
  if (all.some((m) => RULE_BY_GLOB.get(m.glob)?.category === 'agent-guard' && RULE_BY_GLOB.get(m.glob)?.why === m.why)) {
    return { why: "agent-guard's own configuration (a policy or manifest path)" };
  }
  const categories = new Set<string>();
  for (const m of c.matches) {
    if (m.source !== 'protected') continue;
    const rule = RULE_BY_GLOB.get(m.glob);
    categories.add(rule !== undefined && rule.why === m.why ? rule.category : 'policy');
  }
  return { categories: [...categories].sort() };
}

function targetKindProblem(kind: HeadPathKind | undefined): string {
  switch (kind) {
    case 'not_a_file':
      return `in the head commit the target is not a regular file (a directory, a symlink or a submodule), and ${ONLY_BETWEEN_PROTECTED_FILES}`;
    case 'missing':
      return `the target does not exist in the head commit (a dangling link), and ${ONLY_BETWEEN_PROTECTED_FILES}`;
    default:
      return `what the target is in the head commit was not established, and ${ONLY_BETWEEN_PROTECTED_FILES}`;
  }
}

/**
 * For a changed symlink that joins two protected paths of the same kind (see linkBetweenProtected):
 * its resolved target, whose kind in the head commit the adapter must establish (`ChangeFacts.headKinds`)
 * before the link can be anything but denied. Null for every other entry.
 */
export function protectedLinkTarget(entry: ChangeEntry, compiled: CompiledPolicy): string | null {
  if (entry.newKind !== 'symlink' || entry.symlinkTarget === undefined || entry.symlinkVia !== undefined || entry.invalidUtf8) return null;
  if (symlinkTargetClimbsThroughName(entry.symlinkTarget)) return null;
  const resolved = resolveSymlinkTarget(entry.path, entry.symlinkTarget);
  if (resolved === null) return null;
  const t = classifyPath(resolved, compiled);
  return t.protected && linkBetweenProtected(entry.path, t, compiled).ok ? resolved : null;
}

/** Tier of the path itself (used to refuse symlinks in low-tier locations). */
function c0(path: string, compiled: CompiledPolicy): Tier {
  const canon = canonicalisePath(path);
  return canon.ok ? classifyPath(canon.path, compiled).tier : 'high';
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
    return { capability: hit, tier, reason: `capability ${hit} is ${tier} tier` };
  }
  const deniedNeeded = covering.filter((c) => manifest.denied.includes(c));
  if (deniedNeeded.length > 0) return { capability: null, why: `needs capability ${deniedNeeded.join(' or ')}, which the manifest denies` };
  if (covering.length > 0) return { capability: null, why: `needs capability ${covering.join(' or ')}, which the task was not granted` };
  return { capability: null, why: 'no capability in the policy covers this path' };
}
