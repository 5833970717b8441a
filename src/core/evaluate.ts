// guard-diff's decision: a pure function of the change set, the policy, the manifest and the
// content findings. Every file gets a tier, the capability that covers it, a decision and reasons.

import { classifyPath } from './classify.js';
import { checkManifestAgainstPolicy, grantedCapabilities, type Manifest } from './manifest.js';
import { canonicalisePath, quoteUntrusted, resolveSymlinkTarget } from './paths.js';
import type { CompiledPolicy } from './policy.js';
import { maxTier, tierRank, type ChangeEntry, type ContentFinding, type Decision, type Tier } from './types.js';

export interface ChangeFacts {
  base: string;
  head: string;
  mergeBase: string;
  entries: ChangeEntry[];
  /** Branch of the change (head ref name), when known. */
  branch?: string;
  /** OWNER/NAME of the repository, when known. */
  repository?: string;
  /** Findings of content reviewers, by path (head-side path). */
  findings?: ReadonlyMap<string, ContentFinding[]>;
  now?: Date;
}

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

  if (manifest) {
    for (const p of checkManifestAgainstPolicy(manifest, policy, {
      ...(facts.repository !== undefined ? { repository: facts.repository } : {}),
      ...(facts.branch !== undefined ? { branch: facts.branch } : {}),
      ...(facts.now !== undefined ? { now: facts.now } : {}),
    })) {
      violations.push({ code: p.code, message: p.message });
    }
    if (facts.branch === undefined && manifest.branchPattern !== undefined) {
      violations.push({ code: 'branch_unknown', message: 'the branch of the change is unknown, so branch_pattern cannot be checked (pass --branch)' });
    }
  }

  const files = facts.entries.map((entry) => evaluateEntry(entry, facts, compiled, manifest, granted, used, violations));
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
      ? `deny: ${denied} file(s) denied, ${violations.length} task violation(s)`
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
    ],
    summary,
  };
}

function kindOf(entry: ChangeEntry): string {
  return entry.newKind !== 'none' ? entry.newKind : entry.oldKind;
}

function evaluateEntry(
  entry: ChangeEntry,
  facts: ChangeFacts,
  compiled: CompiledPolicy,
  manifest: Manifest | null,
  granted: string[],
  used: Set<string>,
  violations: Violation[],
): FileResult {
  const policy = compiled.policy;
  const reasons: string[] = [];
  const denies: string[] = [];
  let tier: Tier = 'low';
  const raise = (t: Tier, why: string) => {
    if (tierRank(t) > tierRank(tier)) tier = t;
    reasons.push(why);
  };

  // Renames change both paths: the old one is deleted. Copies only add the destination.
  const touched = entry.status === 'renamed' && entry.previousPath !== undefined ? [entry.path, entry.previousPath] : [entry.path];
  let capability: string | null = null;

  for (const raw of touched) {
    const canon = canonicalisePath(raw, { invalidUtf8: entry.invalidUtf8 ?? false });
    if (!canon.ok) {
      denies.push(`path ${quoteUntrusted(raw)} is rejected: ${canon.message}`);
      tier = 'high';
      continue;
    }
    const c = classifyPath(canon.path, compiled, canon.folded);
    const label = touched.length > 1 ? `${raw === entry.path ? 'new' : 'old'} path: ` : '';
    raise(c.tier, label + c.reasons.join('; '));
    if (c.guardFile && !granted.includes('modify_policy')) {
      denies.push('changes the policy or a task manifest, which only a task granted modify_policy may do (authority never comes from the change)');
    }
    if (manifest) {
      const cover = coveringCapability(canon.path, compiled, granted, manifest);
      if (cover.capability !== null) {
        capability ??= cover.capability;
        used.add(cover.capability);
        const capTier = policy.capabilities[cover.capability]?.tier;
        if (capTier) raise(capTier, `capability ${cover.capability} is ${capTier} tier`);
      } else {
        denies.push(cover.why);
      }
    }
  }

  // A file's kind matters as much as its path (trust model rule 5).
  if (entry.newKind === 'symlink') {
    const target = entry.symlinkTarget;
    const resolved = target === undefined ? null : resolveSymlinkTarget(entry.path, target);
    if (target === undefined) denies.push('symlink target could not be read');
    else if (resolved === null) denies.push(`symlink points outside the repository (${quoteUntrusted(target)})`);
    else {
      const t = classifyPath(resolved, compiled);
      if (t.protected) denies.push(`symlink points into a protected path (${quoteUntrusted(resolved)})`);
      else if (tierRank(c0(entry.path, compiled)) === 0) denies.push(`a symlink in a low-tier path (${quoteUntrusted(resolved)}) would let later steps read another file`);
      else raise('high', `symlink to ${quoteUntrusted(resolved)}`);
    }
  }
  if (entry.oldKind === 'symlink' && entry.newKind !== 'symlink' && entry.newKind !== 'none') raise('high', 'symlink replaced by a file');
  if (entry.newKind === 'gitlink' || entry.oldKind === 'gitlink') raise('high', 'submodule (gitlink) change: fetches and pins code from elsewhere');
  if (entry.status === 'type_changed') raise('high', `type change ${entry.oldKind} -> ${entry.newKind}`);
  if (entry.newKind === 'executable' && entry.oldKind !== 'executable') {
    raise('high', entry.oldKind === 'none' ? 'new executable file' : 'file becomes executable (mode change)');
  }
  if (entry.lfsPointer) raise('high', 'Git LFS pointer: content is stored outside the repository and hidden from review');
  if (entry.binary) raise('medium', 'binary content: content rules cannot see inside it');

  for (const f of facts.findings?.get(entry.path) ?? []) {
    if (f.severity === 'deny') denies.push(`${f.message} [${f.code}]`);
    else raise('high', `${f.message} [${f.code}]`);
  }

  let decision: Decision;
  if (denies.length > 0) {
    decision = 'deny';
    for (const d of denies) violations.push({ code: 'file_denied', path: entry.path, message: d });
  } else decision = policy.approvals[tier].count > 0 ? 'approval_required' : 'allow';

  const result: FileResult = {
    path: entry.path,
    status: entry.status,
    kind: kindOf(entry),
    tier,
    capability,
    decision,
    reasons: [...denies, ...reasons],
  };
  if (entry.previousPath !== undefined) result.previous_path = entry.previousPath;
  return result;
}

/** Tier of the path itself (used to refuse symlinks in low-tier locations). */
function c0(path: string, compiled: CompiledPolicy): Tier {
  const canon = canonicalisePath(path);
  return canon.ok ? classifyPath(canon.path, compiled).tier : 'high';
}

/** The granted capability whose policy paths cover the exact path (never the folded one: folding never allows). */
function coveringCapability(
  path: string,
  compiled: CompiledPolicy,
  granted: string[],
  manifest: Manifest,
): { capability: string } | { capability: null; why: string } {
  const covering = compiled.capabilityPaths.matchAll(path).map((m) => m.value);
  const hit = granted.find((g) => covering.includes(g));
  if (hit) return { capability: hit };
  const deniedNeeded = covering.filter((c) => manifest.denied.includes(c));
  if (deniedNeeded.length > 0) return { capability: null, why: `needs capability ${deniedNeeded.join(' or ')}, which the manifest denies` };
  if (covering.length > 0) return { capability: null, why: `needs capability ${covering.join(' or ')}, which the task was not granted` };
  return { capability: null, why: 'no capability in the policy covers this path' };
}
