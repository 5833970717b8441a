// request-capability's decision (trust model rule 8), pure: parse the `capabilities` and `repository`
// inputs, establish the run's provenance from the event payload, and decide grant or refuse with a
// reason (and, where there is one, what to do instead) for every problem found. The permission set
// is the union of the capabilities' entries in the one table, `BUILTIN_CAPABILITIES`; every
// permission is checked against `isNeverMinted` whatever that table says.
//
// Grant only when ALL hold:
//   - the request names at least one capability, every name is valid and known, none is a raw
//     permission (`workflows`, `contents:write`): agents ask for capabilities, never for permissions;
//   - exactly one repository: the current one, or one the policy subject lists under `repositories`;
//   - the manifest is valid against the policy for this run (subject, repository, branch, expiry);
//   - every capability is requested by the manifest, not denied by it, and within the subject's ceiling;
//   - no capability is one that is not a token permission (`read_secrets`, `deploy_environment`:
//     refused with guidance) and no permission is never-minted;
//   - the union is not empty (`run_tests` alone needs no token: refused rather than minting nothing);
//   - the run's event is on the allow-list of minting events (src/core/events.ts), its conditions met;
//   - a high-tier capability has an approval bound to the current head SHA AND the manifest digest.

import type { TransportSettings } from './transport.js';
import { BUILTIN_CAPABILITIES, isNeverMinted, type BuiltinCapability, type PermissionLevel } from './capabilities.js';
import type { ApprovalEvaluation, ApprovalFacts } from './approvals.js';
import type { JobIdentity, Timings } from './evidence.js';
import { checkManifestAgainstPolicy, type Manifest } from './manifest.js';
import type { Policy } from './policy.js';
import { maxTier, type Tier } from './tiers.js';
import { eventProvenance, isWritePermission, MINTING_EVENTS, type WriterCheck } from './events.js';

/** At most this many capabilities in one request (there are far fewer capabilities than that). */
export const MAX_REQUESTED_CAPABILITIES = 32;

const CAPABILITY_NAME = /^[a-z][a-z0-9_]{0,63}$/;
const REPO_OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO_NAME = /^[A-Za-z0-9._-]{1,100}$/;
/** `permission`, `permission:level` or `permission=level` (what someone who wants a permission types). */
const PERMISSION_FORM = /^([A-Za-z_]+)\s*(?:[:=]\s*([A-Za-z]+))?$/;

export type RefusalCode =
  | 'invalid_input'
  | 'empty_request'
  | 'too_many_capabilities'
  | 'unknown_capability'
  | 'raw_permission'
  | 'never_minted'
  | 'not_a_token_permission'
  | 'not_in_manifest'
  | 'denied_by_manifest'
  | 'outside_ceiling'
  | 'manifest_invalid'
  | 'invalid_repository'
  | 'multiple_repositories'
  | 'repository_not_allowed'
  | 'no_token_permission'
  | 'untrusted_provenance'
  | 'approval_required'
  | 'approval_mismatch'
  | 'checkout_missing'
  | 'unsupported_event'
  | 'invalid_configuration'
  | 'untrusted_environment'
  | 'mint_failed'
  | 'internal_error';

export interface Refusal {
  code: RefusalCode;
  message: string;
  capability?: string;
  /** What to do instead, when there is something. */
  fix?: string;
}

// ---------------------------------------------------------------------------------------------
// Inputs

function splitList(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(/[,\r\n]/)) {
    const item = raw.trim();
    if (item.length === 0 || seen.has(item)) continue;
    seen.add(item);
    out.push(item);
  }
  return out;
}

const NEVER_MINTED_WHY: Record<string, string> = {
  workflows: 'without it GitHub refuses pushes that create or change .github/workflows: that refusal is a free server-side backstop',
  administration: 'it changes branch protection, rulesets and repository settings, which is how required checks are switched off',
  secrets: 'secrets are never handed to an agent',
  actions: 'actions: write re-runs, cancels and changes workflows and their settings',
  checks: 'check runs are how required checks pass: an agent must never write them',
  statuses: 'commit statuses are how required checks pass: an agent must never write them',
  environments: 'environments hold deployment protection rules and secrets',
  deployments: 'deployments belong to a job in an environment with required reviewers',
  repository_hooks: 'webhooks send repository events to arbitrary URLs',
  members: 'organization membership is never an agent task',
};

function neverMintedRefusal(permission: string, asked: string): Refusal {
  const why = NEVER_MINTED_WHY[permission] ?? (permission.startsWith('organization_') ? 'organization permissions reach beyond one repository' : 'it is on the never-minted list');
  return {
    code: 'never_minted',
    message: `${JSON.stringify(asked)} asks for the ${permission} permission, which agent-guard never mints, whatever is asked (${why})`,
    fix: 'ask for the narrowest capability that does the job; a human does what needs this permission',
  };
}

export interface ParsedCapabilities {
  /** Valid capability names, trimmed and deduplicated, in input order. */
  names: string[];
  refusals: Refusal[];
}

/** Parse the `capabilities` input: comma or newline separated, trimmed, deduplicated, names validated. */
export function parseCapabilitiesInput(input: string): ParsedCapabilities {
  const names: string[] = [];
  const refusals: Refusal[] = [];
  const items = splitList(input);
  if (items.length === 0) {
    refusals.push({ code: 'empty_request', message: 'the capabilities input names no capability', fix: `name one or more of: ${Object.keys(BUILTIN_CAPABILITIES).join(', ')}` });
  }
  if (items.length > MAX_REQUESTED_CAPABILITIES) {
    refusals.push({ code: 'too_many_capabilities', message: `the capabilities input names ${items.length} items; at most ${MAX_REQUESTED_CAPABILITIES} are accepted` });
    return { names, refusals };
  }
  for (const item of items) {
    const perm = PERMISSION_FORM.exec(item);
    const permission = perm?.[1]?.toLowerCase();
    if (permission !== undefined && isNeverMinted(permission)) {
      refusals.push(neverMintedRefusal(permission, item));
      continue;
    }
    if (CAPABILITY_NAME.test(item)) {
      names.push(item);
      continue;
    }
    if (perm && perm[2] !== undefined) {
      refusals.push({
        code: 'raw_permission',
        message: `${JSON.stringify(item)} is a permission, not a capability: agents ask for capabilities and agent-guard maps them to permissions`,
        fix: `ask for one of: ${Object.keys(BUILTIN_CAPABILITIES).join(', ')}`,
      });
      continue;
    }
    refusals.push({ code: 'invalid_input', message: `${JSON.stringify(item.slice(0, 80))} is not a capability name (lower case letters, digits and _)` });
  }
  return { names, refusals };
}

export type ParsedRepository = { ok: true; repository: string } | { ok: false; refusal: Refusal };

/**
 * The `repository` input: empty means the current repository; `NAME` means the current owner's NAME;
 * `OWNER/NAME` as given. More than one is refused: a token is only ever for one repository.
 */
export function parseRepositoryInput(input: string, currentRepository: string): ParsedRepository {
  const items = splitList(input.replace(/\s+/g, '\n'));
  if (items.length > 1) {
    return {
      ok: false,
      refusal: {
        code: 'multiple_repositories',
        message: `the repository input names ${items.length} repositories; a token is only ever minted for one`,
        fix: 'use one request-capability step per repository, each with its own manifest',
      },
    };
  }
  const value = items[0] ?? currentRepository;
  const [owner, name, ...rest] = value.includes('/') ? value.split('/') : [currentRepository.split('/')[0] ?? '', value];
  if (rest.length > 0 || owner === undefined || name === undefined || !REPO_OWNER.test(owner) || !REPO_NAME.test(name) || name === '.' || name === '..') {
    return { ok: false, refusal: { code: 'invalid_repository', message: `${JSON.stringify(value.slice(0, 140))} is not a repository (OWNER/NAME or NAME)` } };
  }
  return { ok: true, repository: `${owner}/${name}` };
}

// ---------------------------------------------------------------------------------------------
// Provenance: the allow-list of events in src/core/events.ts

export interface Provenance {
  trusted: boolean;
  event: string;
  /** The event that started the chain (the triggering run's, for workflow_run). */
  root?: string;
  /** Why, in one line. */
  reason: string;
  /** Logins whose write permission the runner must confirm before the provenance is trusted. */
  writers?: WriterCheck[];
}

/**
 * Where the run comes from, by the allow-list of minting events (eventProvenance). `trusted` is the
 * payload's verdict: when `writers` is not empty, the runner must confirm each login's write
 * permission (confirmWriters) before it counts.
 */
export function provenanceFromEvent(eventName: string, payload: unknown, repository: string): Provenance {
  const e = eventProvenance(eventName, payload, repository);
  return { trusted: e.allowed, event: e.event, root: e.root, reason: e.reason, writers: e.writers };
}

/**
 * The provenance once the writers' permissions are known (`permission` is the collaborator permission
 * GitHub returned for each login, or undefined when the lookup failed): trusted only when every one
 * has write permission.
 */
export function confirmWriters(p: Provenance, permissions: Readonly<Record<string, string | undefined>>): Provenance {
  if (!p.trusted || !p.writers || p.writers.length === 0) return p;
  for (const w of p.writers) {
    const got = Object.prototype.hasOwnProperty.call(permissions, w.login) ? permissions[w.login] : undefined;
    if (!isWritePermission(got)) {
      return { ...p, trusted: false, reason: `${p.reason}; but ${w.role} ${w.login} has ${got === undefined ? 'no permission GitHub would confirm' : `${got} permission`}, not write` };
    }
  }
  return { ...p, reason: `${p.reason}; ${p.writers.map((w) => `${w.role} ${w.login} has write permission`).join(', ')}` };
}

/** The refusal for an untrusted provenance. */
export function provenanceRefusal(p: Provenance): Refusal {
  return {
    code: 'untrusted_provenance',
    message: `untrusted provenance: ${p.reason}; no token is minted for this run`,
    fix: `mint only on ${Object.keys(MINTING_EVENTS).join(', ')} or a workflow_run of one of them, from branches of the repository itself`,
  };
}

// ---------------------------------------------------------------------------------------------
// Approvals

/** The outcome of checking approvals for a high-tier request, bound to what was approved. */
export interface ApprovalCheck {
  approved: boolean;
  /** The commit the approval is bound to (null when there is none). */
  headSha: string | null;
  /** The manifest digest the approval was evaluated with (null when unknown). */
  manifestSha256: string | null;
  approvers: string[];
  reason: string;
}

export interface ApprovalQuery {
  repository: string;
  baseSha: string;
  headSha: string;
  manifestSha256: string;
  /** The high-tier capabilities asked for. */
  capabilities: string[];
  /** The transport the step decided from its inputs: the lookups use it too. */
  transport?: TransportSettings;
}

/** Looks approvals up (approval-gate's rules) for a high-tier request. Injected: see the runner. */
export type ApprovalVerifier = (query: ApprovalQuery) => Promise<ApprovalCheck>;

/** An `evaluateApprovals` result as an ApprovalCheck, bound to the facts' head SHA and manifest digest. */
export function approvalCheckFromEvaluation(facts: ApprovalFacts, evaluation: ApprovalEvaluation): ApprovalCheck {
  const approved = evaluation.decision === 'approved';
  const reason = approved
    ? `approved by ${evaluation.counted.map((c) => c.login).join(', ')} (${evaluation.counted.length} of ${evaluation.required})`
    : evaluation.blocking.map((b) => b.reason).join('; ') || `decision ${evaluation.decision}`;
  return {
    approved,
    headSha: evaluation.headSha || null,
    manifestSha256: facts.manifest?.sha256 ?? null,
    approvers: evaluation.counted.map((c) => c.login),
    reason,
  };
}

// ---------------------------------------------------------------------------------------------
// The decision

export interface CapabilityRequest {
  /** Parsed capability names (see parseCapabilitiesInput). */
  capabilities: string[];
  /** OWNER/NAME the token would be for (see parseRepositoryInput). */
  repository: string;
  /** OWNER/NAME of the run (GITHUB_REPOSITORY). */
  currentRepository: string;
  policy: Policy;
  manifest: Manifest;
  manifestSha256: string;
  headSha: string;
  /** The branch the run is on, when the event names one (pull request head, pushed branch). */
  branch?: string;
  provenance: Provenance;
  now: Date;
  /** The approval check, when the request has high-tier capabilities and a verifier is wired. */
  approval?: ApprovalCheck | null;
  /** Why no approval check is available (shown in the refusal). */
  approvalUnavailable?: string;
  /** The capability table; tests pass a tampered one to prove the never-minted guard. */
  table?: Readonly<Record<string, BuiltinCapability>>;
}

export interface GrantedCapability {
  name: string;
  tier: Tier | null;
  permissions: Record<string, PermissionLevel>;
}

export interface CapabilityDecision {
  decision: 'grant' | 'refuse';
  repository: string;
  /** Union of the capabilities' permissions (empty on refusal), keys sorted. */
  permissions: Record<string, PermissionLevel>;
  capabilities: GrantedCapability[];
  /** High-tier capabilities (they need an approval). */
  highTier: string[];
  refusals: Refusal[];
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The tier of a capability: the higher of the policy's `tier` and the built-in minimum, or null. */
export function capabilityTier(name: string, policy: Policy, table: Readonly<Record<string, BuiltinCapability>> = BUILTIN_CAPABILITIES): Tier | null {
  const fromPolicy = own(policy.capabilities, name) ? policy.capabilities[name]?.tier : undefined;
  const fromTable = own(table, name) ? table[name]?.tier : undefined;
  if (fromPolicy && fromTable) return maxTier(fromPolicy, fromTable);
  return fromPolicy ?? fromTable ?? null;
}

/** The high-tier capabilities among `names` (they need an approval of the head SHA and manifest digest). */
export function highTierCapabilities(names: string[], policy: Policy, table: Readonly<Record<string, BuiltinCapability>> = BUILTIN_CAPABILITIES): string[] {
  return names.filter((n) => capabilityTier(n, policy, table) === 'high');
}

const LEVEL_RANK: Record<PermissionLevel, number> = { read: 1, write: 2 };

/** `NAME` as `OWNER/NAME` of the run's owner; `OWNER/NAME` as written. */
export function pinRepository(entry: string, owner: string): string {
  return entry.includes('/') || owner === '' ? entry : `${owner}/${entry}`;
}

/** The manifest and policy with every bare repository NAME pinned to `owner` (copies; the inputs are untouched). */
export function pinToOwner(policy: Policy, manifest: Manifest, owner: string): { policy: Policy; manifest: Manifest } {
  // fromEntries defines own properties: a subject named `__proto__` stays a subject.
  const subjects: Policy['subjects'] = Object.fromEntries(Object.entries(policy.subjects).map(([name, subject]) => [name, { ...subject, repositories: subject.repositories.map((r) => pinRepository(r, owner)) }]));
  return { policy: { ...policy, subjects }, manifest: { ...manifest, repository: pinRepository(manifest.repository, owner) } };
}

export function decideCapabilityRequest(req: CapabilityRequest): CapabilityDecision {
  const table = req.table ?? BUILTIN_CAPABILITIES;
  const refusals: Refusal[] = [];
  const refuse = (r: Refusal) => refusals.push(r);
  // A bare NAME in the manifest or the subject's repositories is the run owner's repository: pinned
  // here, every comparison below is of OWNER/NAME with OWNER/NAME (exact, case-insensitive).
  const owner = req.currentRepository.split('/')[0] ?? '';
  const { policy, manifest } = pinToOwner(req.policy, req.manifest, owner);

  if (!req.provenance.trusted) refuse(provenanceRefusal(req.provenance));

  // Repository: one, and either the current one or one the subject explicitly lists.
  const subject = own(policy.subjects, manifest.subject) ? policy.subjects[manifest.subject] : undefined;
  if (req.repository.toLowerCase() !== req.currentRepository.toLowerCase()) {
    if (!subject || subject.repositories.length === 0) {
      refuse({
        code: 'repository_not_allowed',
        message: `the token would be for ${req.repository}, not for this run's repository ${req.currentRepository || '(unknown)'}, and the policy subject ${JSON.stringify(manifest.subject)} lists no repositories`,
        fix: `list ${req.repository} under subjects.${manifest.subject}.repositories in the policy, or mint in a workflow of ${req.repository}`,
      });
    }
  }

  // The manifest must be valid against the policy for this run (the repository is the token's).
  for (const p of checkManifestAgainstPolicy(manifest, policy, { repository: req.repository, ...(req.branch !== undefined ? { branch: req.branch } : {}), now: req.now })) {
    refuse({ code: 'manifest_invalid', message: `the manifest is not valid for this request: ${p.message}${p.pointer ? ` (at ${p.pointer})` : ''} [${p.code}]` });
  }

  const capabilities: GrantedCapability[] = [];
  const union: Record<string, PermissionLevel> = {};
  for (const name of req.capabilities) {
    const builtin = own(table, name) ? table[name] : undefined;
    const defined = builtin !== undefined || own(policy.capabilities, name);
    if (!defined) {
      refuse({ code: 'unknown_capability', capability: name, message: `capability ${name} is not built in and not defined by the policy`, fix: `ask for one of: ${Object.keys(table).join(', ')}` });
      continue;
    }
    if (builtin?.refuseWith) {
      refuse({ code: 'not_a_token_permission', capability: name, message: `capability ${name} is not a token permission and is never approximated by one`, fix: builtin.refuseWith });
      continue;
    }
    if (manifest.denied.includes(name)) {
      refuse({ code: 'denied_by_manifest', capability: name, message: `capability ${name} is denied by the task manifest` });
    } else if (!manifest.capabilities.includes(name)) {
      refuse({ code: 'not_in_manifest', capability: name, message: `capability ${name} is not granted by the task manifest (it grants: ${manifest.capabilities.join(', ') || 'nothing'})`, fix: 'add it to the manifest in the base branch (a reviewed change), or ask for less' });
    } else if (subject && !subject.capabilities.includes(name)) {
      refuse({ code: 'outside_ceiling', capability: name, message: `capability ${name} is outside subject ${manifest.subject}'s ceiling (${subject.capabilities.join(', ') || 'none'})` });
    }
    const permissions: Record<string, PermissionLevel> = {};
    let neverMinted = false;
    for (const [perm, level] of Object.entries(builtin?.permissions ?? {})) {
      if (isNeverMinted(perm)) {
        refuse({ ...neverMintedRefusal(perm, name), capability: name });
        neverMinted = true;
        continue;
      }
      if (level !== 'read' && level !== 'write') {
        refuse({ code: 'never_minted', capability: name, message: `capability ${name} maps ${perm} to level ${JSON.stringify(level)}; only read and write are minted` });
        neverMinted = true;
        continue;
      }
      permissions[perm] = level;
      const prev = union[perm];
      if (prev === undefined || LEVEL_RANK[level] > LEVEL_RANK[prev]) union[perm] = level;
    }
    if (!neverMinted) capabilities.push({ name, tier: capabilityTier(name, policy, table), permissions });
  }

  if (req.capabilities.length > 0 && refusals.every((r) => r.code !== 'never_minted' && r.code !== 'not_a_token_permission' && r.code !== 'unknown_capability') && Object.keys(union).length === 0) {
    refuse({
      code: 'no_token_permission',
      message: `${req.capabilities.join(', ')} ${req.capabilities.length === 1 ? 'needs' : 'need'} no token permission: no token is minted`,
      fix: 'drop this step: the job can do this without a token (test results are reported by the workflow, not by an agent token)',
    });
  }

  // High tier: an approval of exactly this head SHA and this manifest digest.
  const highTier = highTierCapabilities(req.capabilities, policy, table);
  if (highTier.length > 0) {
    const what = `${highTier.join(', ')} ${highTier.length === 1 ? 'is' : 'are'} high tier`;
    const a = req.approval;
    if (!a) {
      refuse({
        code: 'approval_required',
        message: `${what} and need an independent approval of head ${req.headSha.slice(0, 12)} and manifest ${req.manifestSha256.slice(0, 12)}: ${req.approvalUnavailable ?? 'no approval check is available'}`,
        fix: 'have an independent human approve the exact head commit, or ask only for lower-tier capabilities',
      });
    } else if (!a.approved) {
      refuse({ code: 'approval_required', message: `${what} and are not approved: ${a.reason}`, fix: 'have an independent human approve the exact head commit' });
    } else {
      if (!a.headSha || a.headSha.toLowerCase() !== req.headSha.toLowerCase()) {
        refuse({
          code: 'approval_mismatch',
          message: `${what}: the approval is of head ${a.headSha ? a.headSha.slice(0, 12) : '(none)'}, but this run's head is ${req.headSha.slice(0, 12)}; an approval of another commit is not an approval of this one`,
          fix: 'have the approver review the current head commit',
        });
      }
      if (!a.manifestSha256 || a.manifestSha256.toLowerCase() !== req.manifestSha256.toLowerCase()) {
        refuse({
          code: 'approval_mismatch',
          message: `${what}: the approval was given for manifest ${a.manifestSha256 ? a.manifestSha256.slice(0, 12) : '(unknown)'}, but this request's manifest is ${req.manifestSha256.slice(0, 12)}`,
          fix: 'have the approver approve again with the current manifest',
        });
      }
    }
  }

  const granted = refusals.length === 0;
  const permissions: Record<string, PermissionLevel> = {};
  if (granted) for (const k of Object.keys(union).sort()) permissions[k] = union[k]!;
  return { decision: granted ? 'grant' : 'refuse', repository: req.repository, permissions, capabilities, highTier, refusals };
}

// ---------------------------------------------------------------------------------------------
// Evidence (never holds a token)

export type RevocationOutcome = 'pending' | 'revoked' | 'already_invalid' | 'expired' | 'failed';

export interface CredentialRecord {
  kind: 'github_app_installation_token';
  app_id: string;
  installation_id: number | null;
  repository: string;
  permissions: Record<string, string>;
  issued_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  revocation: RevocationOutcome;
  revocation_detail?: string;
}

export interface RequestCapabilityEvidence {
  version: string;
  action: 'request-capability';
  job: JobIdentity;
  event: { name: string; provenance: Provenance | null };
  base: string | null;
  head: string | null;
  branch: string | null;
  policy: { source: string; sha256: string; baseline: boolean } | null;
  manifest: { source: string; sha256: string } | null;
  verdict: 'granted' | 'refused';
  requested: { capabilities: string[]; repository: string | null };
  capabilities: GrantedCapability[];
  permissions: Record<string, string>;
  refusals: Refusal[];
  approvals: ApprovalCheck | null;
  credentials: CredentialRecord[];
  timings: Timings;
}
