// The task manifest: names capabilities, never paths. Bounded by the policy: the subject's ceiling,
// its branches and repositories, and the policy's network allow list.

import { isBuiltinCapability } from './capabilities.js';
import { globMatches, lintGlob } from './glob.js';
import { hostAllowed, hostProblem } from './hosts.js';
import type { Policy } from './policy.js';
import { validateAgainstSchema } from './schema-validation.js';
import type { Problem } from './types.js';

export interface Manifest {
  subject: string;
  repository: string;
  branchPattern?: string;
  capabilities: string[];
  denied: string[];
  network: { allow: string[]; denyDefault: boolean };
  initiator?: string;
  taskId?: string;
  description?: string;
  expiresAt?: string;
}

export type ManifestResult = { ok: true; manifest: Manifest } | { ok: false; problems: Problem[] };

export function parseManifest(value: unknown): ManifestResult {
  const schemaProblems = validateAgainstSchema('manifest', value);
  if (schemaProblems.length > 0) return { ok: false, problems: schemaProblems };
  const t = (value as { agent_task: RawTask }).agent_task;
  const problems: Problem[] = [];
  if (t.branch_pattern !== undefined) {
    for (const e of lintGlob(t.branch_pattern)) {
      problems.push({ code: e.code, message: `branch_pattern ${JSON.stringify(t.branch_pattern)}: ${e.message}`, pointer: '/agent_task/branch_pattern' });
    }
  }
  const denied = new Set(t.denied ?? []);
  t.capabilities.forEach((c, i) => {
    if (denied.has(c)) {
      problems.push({
        code: 'capability_granted_and_denied',
        message: `capability ${c} is both requested and denied`,
        pointer: `/agent_task/capabilities/${i}`,
      });
    }
  });
  (t.network?.allow ?? []).forEach((h, i) => {
    const p = hostProblem(h);
    if (p) problems.push({ code: 'invalid_host', message: `${JSON.stringify(h)}: ${p}`, pointer: `/agent_task/network/allow/${i}` });
  });
  // Hosts outside network.allow are always denied; a manifest asking otherwise must not read as obeyed.
  if (t.network?.deny_default === false) {
    problems.push({
      code: 'deny_default_false',
      message: 'network.deny_default: false is not supported: hosts outside network.allow are always denied (remove the key, or set it to true)',
      pointer: '/agent_task/network/deny_default',
    });
  }
  if (t.expires_at !== undefined && !Number.isFinite(Date.parse(t.expires_at))) {
    problems.push({ code: 'invalid_date', message: 'expires_at is not a valid date-time', pointer: '/agent_task/expires_at' });
  }
  if (problems.length > 0) return { ok: false, problems };
  const manifest: Manifest = {
    subject: t.subject,
    repository: t.repository,
    capabilities: [...t.capabilities],
    denied: [...(t.denied ?? [])],
    network: { allow: [...(t.network?.allow ?? [])], denyDefault: t.network?.deny_default ?? true },
  };
  if (t.branch_pattern !== undefined) manifest.branchPattern = t.branch_pattern;
  if (t.initiator !== undefined) manifest.initiator = t.initiator;
  if (t.task_id !== undefined) manifest.taskId = t.task_id;
  if (t.description !== undefined) manifest.description = t.description;
  if (t.expires_at !== undefined) manifest.expiresAt = t.expires_at;
  return { ok: true, manifest };
}

/** Facts about the run the manifest is checked against (absent in `validate`, present in `check`). */
export interface TaskContext {
  /** OWNER/NAME of the repository under review. */
  repository?: string;
  /** Branch the change is on (checked against branch_pattern and the subject's branches, unless `branchCheck` is 'skipped'). */
  branch?: string;
  /**
   * 'skipped': the run has no task branch to check, so `branch` (if any) is not held to branch_pattern
   * or the subject's branches. Decided by the adapter from the kind of run (a merge group, whose branch
   * is GitHub's queue branch), never from a branch name. The manifest's own branch_pattern is still
   * checked against the subject's ceiling.
   */
  branchCheck?: 'skipped';
  /** Current time, for `expires_at`. */
  now?: Date;
}

/**
 * Check a manifest against the policy (and, when known, the run's repository and branch).
 * Every violation carries a pointer into the manifest.
 */
export function checkManifestAgainstPolicy(manifest: Manifest, policy: Policy, ctx: TaskContext = {}): Problem[] {
  const problems: Problem[] = [];
  const add = (code: string, message: string, pointer: string) => problems.push({ code, message, pointer });
  const subject = Object.prototype.hasOwnProperty.call(policy.subjects, manifest.subject) ? policy.subjects[manifest.subject] : undefined;
  if (!subject) {
    const names = Object.keys(policy.subjects);
    add(
      'unknown_subject',
      `subject ${JSON.stringify(manifest.subject)} is not defined in the policy${names.length ? ` (defined: ${names.join(', ')})` : ' (the policy defines no subjects)'}`,
      '/agent_task/subject',
    );
  }
  const definedCapability = (c: string) => isBuiltinCapability(c) || Object.prototype.hasOwnProperty.call(policy.capabilities, c);
  manifest.capabilities.forEach((c, i) => {
    if (!definedCapability(c)) add('unknown_capability', `capability ${c} is not defined by the policy or built in`, `/agent_task/capabilities/${i}`);
    else if (subject && !subject.capabilities.includes(c)) {
      add(
        'capability_outside_ceiling',
        `capability ${c} is outside subject ${manifest.subject}'s ceiling (${subject.capabilities.join(', ') || 'none'})`,
        `/agent_task/capabilities/${i}`,
      );
    }
  });
  manifest.denied.forEach((c, i) => {
    if (!definedCapability(c)) add('unknown_capability', `denied capability ${c} is not defined by the policy or built in`, `/agent_task/denied/${i}`);
  });

  // Repository: the manifest may name OWNER/NAME or just NAME; both must agree with the subject and the run.
  if (subject && subject.repositories.length > 0 && !subject.repositories.some((r) => repositoryMatches(r, manifest.repository))) {
    add('repository_mismatch', `repository ${manifest.repository} is not one of subject ${manifest.subject}'s repositories (${subject.repositories.join(', ')})`, '/agent_task/repository');
  }
  if (ctx.repository !== undefined && !repositoryMatches(manifest.repository, ctx.repository)) {
    add('repository_mismatch', `the manifest is for repository ${manifest.repository}, but this run is on ${ctx.repository}`, '/agent_task/repository');
  } else if (ctx.repository !== undefined && subject && subject.repositories.length > 0 && !subject.repositories.some((r) => repositoryMatches(r, ctx.repository!))) {
    // A NAME-only manifest matches the subject's OWNER/NAME and any run's OWNER/NAME with that name, so
    // the run itself must be checked against the subject too (`payments-api` on `evil/payments-api`).
    add('repository_mismatch', `this run is on ${ctx.repository}, which is not one of subject ${manifest.subject}'s repositories (${subject.repositories.join(', ')})`, '/agent_task/repository');
  }

  // Branch pattern must stay within the subject's branches.
  if (subject && subject.branches.length > 0) {
    if (manifest.branchPattern === undefined) {
      add('branch_pattern_missing', `subject ${manifest.subject} is limited to branches ${subject.branches.join(', ')}: the manifest needs a branch_pattern`, '/agent_task');
    } else if (!subject.branches.includes(manifest.branchPattern) && !subject.branches.some((b) => !/[*?[{]/.test(manifest.branchPattern!) && globMatches(b, manifest.branchPattern!))) {
      add(
        'branch_pattern_outside_ceiling',
        `branch_pattern ${manifest.branchPattern} is not within subject ${manifest.subject}'s branches (${subject.branches.join(', ')})`,
        '/agent_task/branch_pattern',
      );
    }
  }
  if (ctx.branch !== undefined && ctx.branchCheck !== 'skipped') {
    if (manifest.branchPattern !== undefined && !globMatches(manifest.branchPattern, ctx.branch)) {
      add('branch_mismatch', `branch ${JSON.stringify(ctx.branch)} does not match the manifest's branch_pattern ${manifest.branchPattern}`, '/agent_task/branch_pattern');
    }
    if (subject && subject.branches.length > 0 && !subject.branches.some((b) => globMatches(b, ctx.branch!))) {
      add('branch_mismatch', `branch ${JSON.stringify(ctx.branch)} is not one of subject ${manifest.subject}'s branches (${subject.branches.join(', ')})`, '/agent_task/subject');
    }
  }

  manifest.network.allow.forEach((h, i) => {
    // A wildcard is covered only by a policy wildcard of the same or a parent domain. Hosts compare
    // case-insensitively (as `hostAllowed` does for exact hosts).
    const wild = h.toLowerCase();
    const covered = wild.startsWith('*.')
      ? policy.network.allow.some((entry) => {
          const p = entry.toLowerCase();
          return p === wild || (p.startsWith('*.') && wild.endsWith(p.slice(1)));
        })
      : hostAllowed(policy.network.allow, h);
    if (!covered) add('network_host_not_allowed', `network host ${h} is not in the policy's network allow list`, `/agent_task/network/allow/${i}`);
  });

  if (manifest.expiresAt !== undefined && ctx.now !== undefined && Date.parse(manifest.expiresAt) <= ctx.now.getTime()) {
    add('manifest_expired', `the manifest expired at ${manifest.expiresAt}`, '/agent_task/expires_at');
  }
  return problems;
}

/** `NAME` matches `OWNER/NAME`; `OWNER/NAME` must match exactly. Case-insensitive, as GitHub is. */
/**
 * A pull request's head branch as the repository sees it, for the branch checks. A task's branch is a
 * branch of this repository: a fork can name its branch `agent/x` too, so a head in another repository
 * is labelled `owner:branch` as GitHub labels it (`:` is never part of a git branch name, so the label
 * cannot match a pattern meant for this repository's branches), and a head whose repository is unknown
 * (a deleted fork, or none named) as `(unknown repository):branch`.
 */
export function pullRequestBranch(ref: string, headRepository: string | undefined, baseRepository: string | undefined): string {
  if (headRepository === undefined || baseRepository === undefined) return `(unknown repository):${ref}`;
  if (headRepository.toLowerCase() === baseRepository.toLowerCase()) return ref;
  return `${headRepository.split('/')[0] ?? headRepository}:${ref}`;
}

export function repositoryMatches(declared: string, actual: string): boolean {
  const d = declared.toLowerCase();
  const a = actual.toLowerCase();
  if (d === a) return true;
  if (!d.includes('/')) return a.split('/').pop() === d;
  if (!a.includes('/')) return d.split('/').pop() === a;
  return false;
}

/** Capabilities in force: requested, within the subject's ceiling, and not denied. */
export function grantedCapabilities(manifest: Manifest, policy: Policy): string[] {
  const subject = Object.prototype.hasOwnProperty.call(policy.subjects, manifest.subject) ? policy.subjects[manifest.subject] : undefined;
  if (!subject) return [];
  return manifest.capabilities.filter((c) => subject.capabilities.includes(c) && !manifest.denied.includes(c));
}

interface RawTask {
  subject: string;
  repository: string;
  branch_pattern?: string;
  capabilities: string[];
  denied?: string[];
  network?: { allow?: string[]; deny_default?: boolean };
  initiator?: string;
  task_id?: string;
  description?: string;
  expires_at?: string;
}
