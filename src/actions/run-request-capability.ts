// request-capability (main step): read inputs and the event, read the policy and manifest from the
// BASE commit with git, decide (src/core/capability-request.ts), mint (src/adapters/github-app.ts),
// write outputs, state for the post step, the summary and the evidence. Dependencies come in as
// parameters so the bundle and the tests run the same code.
//
// High-tier capabilities need an approval (approval-gate's rules) of the current head SHA and the
// same manifest digest: see request-capability-approvals.ts, wired by the action's entry.
//
// Log hygiene: the token is masked (core.setSecret) the moment GitHub returns it, before anything
// else. It is written to exactly two places: the `token` output and the `token` state (the post step
// needs it to revoke it; GITHUB_STATE is a file the runner keeps, as actions/create-github-app-token
// does). Every message this step prints goes through a redactor that also knows the token's base64
// and URL-encoded forms and the private key's lines. Without GITHUB_OUTPUT and GITHUB_STATE files
// @actions/core would print outputs and state to stdout: the step refuses to run then.

import { createPrivateKey, type KeyObject } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import { writeFileNoFollow } from '../adapters/files.js';
import { formatProblem } from '../adapters/config.js';
import { createGitHubClient, GitHubClientError, type GitHubClientOptions } from '../adapters/github-client.js';
import { MintError, mintInstallationToken, revokeInstallationToken, type MintedToken } from '../adapters/github-app.js';
import { Redactor, secretForms } from '../core/redact.js';
import { GitError } from '../adapters/git/process.js';
import { mergeBase, resolveCommit } from '../adapters/git/reads.js';
import { ConfigError, loadManifestFor, loadPolicyFor } from '../app/config.js';
import { parseRepository } from '../core/approval-facts.js';
import {
  confirmWriters,
  decideCapabilityRequest,
  highTierCapabilities,
  parseCapabilitiesInput,
  parseRepositoryInput,
  provenanceFromEvent,
  provenanceRefusal,
  type ApprovalCheck,
  type ApprovalVerifier,
  type CapabilityDecision,
  type CredentialRecord,
  type Refusal,
  type RequestCapabilityEvidence,
} from '../core/capability-request.js';
import { EVIDENCE_VERSION, jobIdentity, refusalDenials } from '../core/evidence.js';
import { serializeEvidence } from '../core/evidence-validate.js';
import { contentsScopeNote } from '../core/token-scope.js';
import { decideTransport, type TransportSettings } from '../core/transport.js';
import {
  RequestCapabilityApprovalInputs as AI,
  RequestCapabilityInputs as I,
  RequestCapabilityOutputs as O,
  RequestCapabilityState as S,
  RequestCapabilityTransportInputs as TI,
  RequestCapabilityTransportState as TS,
} from './constants.js';
import { EventError, refsFromEvent, type ChangeRefs } from './event.js';
import type { ActionsCore } from './toolkit.js';
import { evidencePathFor, readEvent } from './toolkit.js';
import { uploadEvidenceStep } from './upload-evidence.js';
import type { WriterCheck } from '../core/events.js';

export interface RequestCapabilityDeps {
  /** Checks approvals for high-tier capabilities. Without one, high-tier requests are refused. */
  verifyApproval?: ApprovalVerifier;
  /** Passed to every GitHub client (tests shrink the waits with `timeUnitMs`). */
  clientOptions?: Pick<GitHubClientOptions, 'retries' | 'rateLimitRetries' | 'maxRetryAfterSeconds' | 'timeUnitMs'>;
  now?: () => Date;
}

export interface RequestCapabilityResult {
  decision: 'grant' | 'refuse';
  refusals: Refusal[];
  evidencePath: string | null;
  /** Set when a token was minted and handed out (never the token itself). */
  expiresAt?: string;
  permissions?: Record<string, string>;
}

/** Thrown inside the run for a refusal found before the decision (inputs, event, checkout, configuration). */
class Refused extends Error {
  constructor(readonly refusals: Refusal[]) {
    super(refusals.map((r) => r.message).join('; '));
  }
}

const CHECKOUT_FIX = 'check out the repository before this step with actions/checkout, fetch-depth: 0 and persist-credentials: false (the policy and manifest are read from the base commit with git)';
const APPROVAL_NOT_WIRED = 'this version of request-capability cannot verify approvals, so it never mints high-tier capabilities';

export async function runRequestCapability(core: ActionsCore, env: Record<string, string | undefined>, deps: RequestCapabilityDeps = {}): Promise<RequestCapabilityResult> {
  const now = deps.now ?? (() => new Date());
  const started = now();
  const redactor = new Redactor();
  const say = {
    // core.info does not escape: one line, no control characters (workflow-command injection).
    info: (m: string) => core.info(redactor.redact(m).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')),
    warning: (m: string) => core.warning(redactor.redact(m)),
    error: (m: string, title: string) => core.error(redactor.redact(m), { title }),
    failed: (m: string) => core.setFailed(redactor.redact(m)),
  };
  const clientLog = { debug: (m: string) => core.debug(redactor.redact(m)), warn: (m: string) => say.warning(m) };

  const privateKey = core.getInput(I.PrivateKey);
  redactor.addSecret(privateKey);
  // The token that reads approvals (the runner masks github.token and secrets already; the evidence and
  // summary go through the redactor, which must know it too).
  const approvalToken = core.getInput(AI.GitHubToken);
  if (approvalToken) redactor.addSecret(approvalToken);

  // Never through a link the change made in the work tree.
  const workspaceDir = env.GITHUB_WORKSPACE || undefined;
  const evidencePath = evidencePathFor(core.getInput(I.EvidencePath), env, `request-capability-${(env.GITHUB_ACTION ?? 'step').replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 100)}.json`);
  const evidence: RequestCapabilityEvidence = {
    version: EVIDENCE_VERSION,
    action: 'request-capability',
    job: jobIdentity(env),
    event: { name: env.GITHUB_EVENT_NAME ?? '', provenance: null },
    base: null,
    head: null,
    branch: null,
    policy: null,
    manifest: null,
    verdict: 'refused',
    requested: { capabilities: [], repository: null },
    capabilities: [],
    permissions: {},
    refusals: [],
    approvals: null,
    credentials: [],
    timings: { started_at: started.toISOString(), finished_at: started.toISOString(), duration_ms: 0 },
  };

  const mask = (secret: string) => {
    core.setSecret(secret);
    const forms = secretForms(secret);
    redactor.add(...forms);
    for (const f of forms.slice(1)) core.setSecret(f);
  };
  let transport: TransportSettings | null = null;
  /** What the token can do beyond its capabilities' paths (contents: write is repository-wide). */
  let scopeNote: string | null = null;
  let decision: CapabilityDecision;
  let minted: MintedToken | null = null;
  let refusals: Refusal[];
  /** Refusals of single capabilities from parsing: reported with whatever else is found. */
  let early: Refusal[] = [];
  try {
    if (!env.GITHUB_OUTPUT || !env.GITHUB_STATE) {
      throw new Refused([{ code: 'invalid_input', message: 'GITHUB_OUTPUT or GITHUB_STATE is not set: outputs and state would be printed to the log, token included', fix: 'run on a GitHub Actions runner 2.297 or newer' }]);
    }
    // Inputs.
    const parsed = parseCapabilitiesInput(core.getInput(I.Capabilities));
    evidence.requested.capabilities = parsed.names;
    early = parsed.refusals;
    const currentRepository = env.GITHUB_REPOSITORY ?? '';
    // Refusals of single capabilities are reported together with the decision's; these stop here.
    const inputRefusals: Refusal[] = [];
    if (!/^[^/\s]+\/[^/\s]+$/.test(currentRepository)) inputRefusals.push({ code: 'invalid_input', message: 'GITHUB_REPOSITORY is not set to OWNER/NAME' });
    const repo = parseRepositoryInput(core.getInput(I.Repository), currentRepository);
    if (!repo.ok) inputRefusals.push(repo.refusal);
    else evidence.requested.repository = repo.repository;
    const appId = core.getInput(I.AppId).trim();
    if (!/^(?:\d{1,12}|Iv[0-9A-Za-z.]{1,40})$/.test(appId)) inputRefusals.push({ code: 'invalid_input', message: 'the app-id input must be the GitHub App\'s numeric id (or its client id)' });
    if (!/-----BEGIN (?:RSA )?PRIVATE KEY-----/.test(privateKey)) inputRefusals.push({ code: 'invalid_input', message: 'the private-key input is not a PEM private key', fix: 'pass the GitHub App private key from a secret: private-key: ${{ secrets.APP_PRIVATE_KEY }}' });
    else {
      const problem = unusableAppKey(privateKey);
      if (problem) inputRefusals.push({ code: 'invalid_input', message: `the private-key input is a PEM block, but ${problem}`, fix: 'paste the .pem file GitHub generated for the App into the secret as it is (line breaks kept; CRLF and literal \\n are fine)' });
    }
    // The transport from the inputs only, checked before any request (an earlier step can write GITHUB_ENV).
    const transportDecision = decideTransport({ proxy: core.getInput(TI.Proxy), caCertificates: core.getInput(TI.CaCertificates) }, env);
    if (!transportDecision.ok) {
      for (const p of transportDecision.problems) inputRefusals.push({ code: 'untrusted_environment', message: p.message, fix: p.fix });
    } else {
      transport = transportDecision.settings;
      for (const secret of transportDecision.secrets) mask(secret);
      if (transportDecision.ignored.length > 0) say.info(`agent-guard request-capability: ignoring ${transportDecision.ignored.join(', ')} from the environment; the transport comes from this step's inputs`);
    }
    const manifestPath = core.getInput(I.Manifest);
    if (!manifestPath) inputRefusals.push({ code: 'invalid_input', message: 'the manifest input is required: capabilities are only granted by a task manifest', fix: 'name the task manifest, e.g. manifest: .github/agent-tasks/current.yml' });
    if (inputRefusals.length > 0 || !repo.ok) throw new Refused([...parsed.refusals, ...inputRefusals]);

    // Event: provenance, base (authority) and head (what an approval must be of).
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const payload = await readEvent(env);
    let provenance = provenanceFromEvent(eventName, payload, currentRepository);
    if (provenance.trusted && provenance.writers && provenance.writers.length > 0) {
      // Over the step's transport, like every other request of it (transport is set: refused above otherwise).
      provenance = confirmWriters(provenance, await writerPermissions(provenance.writers, currentRepository, approvalToken, clientOptionsFor(transport!, env, clientLog, deps.clientOptions)));
    }
    evidence.event.provenance = provenance;
    // Untrusted code gets nothing, not even a look at the checkout.
    if (!provenance.trusted) throw new Refused([...parsed.refusals, provenanceRefusal(provenance)]);
    const refs = requestRefs(eventName, payload, env);
    evidence.head = refs.head;
    if (refs.branch !== undefined) evidence.branch = refs.branch;
    say.info(`agent-guard request-capability: ${refs.source}; ${provenance.reason}`);

    // Policy and manifest from the base commit, never from the head or the work tree.
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const pathInput = core.getInput(I.RepositoryPath);
    const checkout = pathInput ? (isAbsolute(pathInput) ? pathInput : join(workspace, pathInput)) : workspace;
    let baseCommit: string;
    try {
      baseCommit = await resolveCommit(checkout, refs.base);
    } catch (err) {
      if (err instanceof GitError) {
        throw new Refused([{ code: 'checkout_missing', message: `the base commit ${JSON.stringify(refs.base)} cannot be read from the checkout at ${JSON.stringify(checkout)} (${err.code}: ${err.message})`, fix: CHECKOUT_FIX }]);
      }
      throw err;
    }
    evidence.base = baseCommit;
    // workflow_run names the triggering run's ref by its short name, and a run of a tag push names its
    // TAG there: a tag `agent/v1` (or `main`) at any commit would pass for that branch. The head must be
    // on that branch in the checkout.
    if (eventName === 'workflow_run') await requireRunHeadOnBranch(checkout, refs.head, payload);
    const policyPath = core.getInput(I.Policy);
    const { policy, input: policyInput } = await loadPolicyFor(checkout, baseCommit, policyPath ? { kind: 'ref', ref: baseCommit, path: policyPath } : undefined, checkout);
    evidence.policy = { source: policyInput.source, sha256: policyInput.sha256, baseline: policy.origin === 'baseline' };
    const manifest = await loadManifestFor(checkout, { kind: 'ref', ref: baseCommit, path: manifestPath }, checkout);
    evidence.manifest = { source: manifest.source, sha256: manifest.sha256 };

    // High tier: an approval of this head SHA and this manifest digest.
    const highTier = highTierCapabilities(parsed.names, policy);
    let approval: ApprovalCheck | null = null;
    if (highTier.length > 0 && deps.verifyApproval) {
      approval = await deps.verifyApproval({ repository: repo.repository, baseSha: baseCommit, headSha: refs.head, manifestSha256: manifest.sha256, capabilities: highTier, transport: transport! });
      evidence.approvals = approval;
    }

    decision = decideCapabilityRequest({
      capabilities: parsed.names,
      repository: repo.repository,
      currentRepository,
      policy,
      manifest: manifest.manifest,
      manifestSha256: manifest.sha256,
      headSha: refs.head,
      ...(refs.branch !== undefined ? { branch: refs.branch } : {}),
      provenance,
      now: now(),
      approval,
      ...(deps.verifyApproval ? {} : { approvalUnavailable: APPROVAL_NOT_WIRED }),
    });
    evidence.capabilities = decision.capabilities;
    refusals = [...parsed.refusals, ...decision.refusals];
    if (decision.decision === 'refuse' || refusals.length > 0) throw new Refused(refusals);

    // Mint.
    const [owner, name] = repo.repository.split('/') as [string, string];
    const clientEnv = clientOptionsFor(transport!, env, clientLog, deps.clientOptions);
    const appClient = createGitHubClient({ ...clientEnv, app: { appId, privateKey } });
    try {
      minted = await mintInstallationToken(
        { appClient, clientForToken: (token) => createGitHubClient({ ...clientEnv, token }), mask, now },
        { owner, repo: name, permissions: decision.permissions },
      );
    } catch (err) {
      if (!(err instanceof MintError)) throw err;
      if (err.issuedAt !== undefined) {
        evidence.credentials.push({
          kind: 'github_app_installation_token',
          app_id: appId,
          installation_id: err.installationId ?? null,
          repository: repo.repository,
          permissions: err.permissions ?? {},
          issued_at: err.issuedAt,
          expires_at: err.expiresAt !== undefined && Number.isFinite(Date.parse(err.expiresAt)) ? new Date(Date.parse(err.expiresAt)).toISOString() : null,
          revoked_at: err.revocation && err.revocation.outcome !== 'failed' ? err.revocation.at : null,
          revocation: err.revocation?.outcome ?? 'failed',
          ...(err.revocation?.detail ? { revocation_detail: err.revocation.detail } : {}),
        });
      }
      throw new Refused([{ code: 'mint_failed', message: `no token (${err.code}): ${err.message}` }]);
    }

    // Hand out: state for post FIRST, then the outputs, then the evidence. Nothing else ever holds the
    // token. A token the post step cannot find is never revoked, so if any of this fails (a state or
    // output file that cannot be written), the token is revoked here and the step refuses.
    const credential: CredentialRecord = {
      kind: 'github_app_installation_token',
      app_id: appId,
      installation_id: minted.installationId,
      repository: minted.repository,
      permissions: minted.permissions,
      issued_at: minted.issuedAt,
      expires_at: minted.expiresAt,
      revoked_at: null,
      revocation: 'pending',
    };
    evidence.credentials.push(credential);
    try {
      core.saveState(S.Token, minted.token);
      core.saveState(S.ExpiresAt, minted.expiresAt);
      core.saveState(S.EvidencePath, evidencePath);
      core.saveState(TS.Transport, JSON.stringify(transport));
      core.setOutput(O.Token, minted.token);
      core.setOutput(O.ExpiresAt, redactor.redact(minted.expiresAt));
      core.setOutput(O.Permissions, redactor.redact(JSON.stringify(Object.fromEntries(Object.entries(minted.permissions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))));
    } catch (err) {
      const token = minted.token;
      minted = null;
      const revocation = await revokeInstallationToken(createGitHubClient({ ...clientEnv, token }), now);
      credential.revocation = revocation.outcome;
      credential.revoked_at = revocation.outcome === 'failed' ? null : revocation.at;
      if (revocation.detail) credential.revocation_detail = revocation.detail;
      const what = err instanceof Error ? err.message.split('\n')[0]! : String(err);
      throw new Refused([
        {
          code: 'internal_error',
          message: `the token could not be handed to the post step and the output (${what}), so it is not handed out: ${revocation.outcome === 'failed' ? `revoking it FAILED (${revocation.detail ?? 'unknown'}): it stays valid until ${credential.expires_at}` : 'it was revoked'}`,
          fix: 'run on a GitHub Actions runner, whose GITHUB_STATE and GITHUB_OUTPUT files the step can write',
        },
      ]);
    }
    evidence.verdict = 'granted';
    evidence.permissions = minted.permissions;
    say.info(
      `agent-guard request-capability: granted ${decision.capabilities.map((c) => c.name).join(', ')} on ${minted.repository}: ${describePermissions(minted.permissions)}; expires ${minted.expiresAt}; revoked by the post step at job end`,
    );
    scopeNote = contentsScopeNote(minted.permissions, decision.capabilities, policy, minted.repository);
    if (scopeNote) say.info(`agent-guard request-capability: ${scopeNote}`);
  } catch (err) {
    refusals =
      err instanceof Refused
        ? err.refusals
        : [...early, ...explain(err)];
    evidence.refusals = refusals;
  }

  const finished = now();
  evidence.timings = { started_at: started.toISOString(), finished_at: finished.toISOString(), duration_ms: finished.getTime() - started.getTime() };
  let evidenceWritten: string | null = evidencePath;
  try {
    await writeFileNoFollow(evidencePath, redactor.redact(serializeEvidence({ ...evidence, denials: refusalDenials(refusals) })), { mode: 0o600, ...(workspaceDir ? { untrustedRoot: workspaceDir } : {}) });
    core.setOutput(O.EvidencePath, redactor.redact(evidencePath));
  } catch (err) {
    evidenceWritten = null;
    say.warning(`agent-guard request-capability: could not write the evidence file: ${err instanceof Error ? err.message : String(err)}`);
  }

  try {
    await core.summary.addRaw(redactor.redact(renderSummary(evidence, refusals, scopeNote))).write();
  } catch {
    // No summary file (outside a runner): the log has the same information.
  }

  if (minted === null) {
    for (const r of refusals) say.error(`${r.message}${r.fix ? `. Fix: ${r.fix}` : ''}`, `agent-guard: ${r.code}`);
    say.failed(`agent-guard request-capability: refused (${refusals.length} reason${refusals.length === 1 ? '' : 's'}; see the errors above)`);
    // Nothing was minted, so the post step changes nothing: the refusal's evidence is final here.
    if (evidenceWritten) await uploadEvidenceStep(core, env, [evidenceWritten], { redactor });
    return { decision: 'refuse', refusals, evidencePath: evidenceWritten };
  }
  return { decision: 'grant', refusals: [], evidencePath: evidenceWritten, expiresAt: minted.expiresAt, permissions: minted.permissions };
}

/** Client options for the transport main decided (the API URL, proxy and CAs from it, never from the environment). */
export function clientOptionsFor(
  transport: TransportSettings,
  env: Record<string, string | undefined>,
  log: GitHubClientOptions['log'],
  extra: RequestCapabilityDeps['clientOptions'],
): Omit<GitHubClientOptions, 'token' | 'app'> {
  return { env, baseUrl: transport.apiUrl, transport: { proxy: transport.proxy, ca: transport.ca }, ...(log ? { log } : {}), ...extra };
}

/**
 * Why a PEM private key cannot sign the App's RS256 JWT (null when it can). Read as the JWT signer reads
 * it (a literal `\\n` is a line break). The reason names the OpenSSL error code only, never key text.
 */
function unusableAppKey(pem: string): string | null {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem.replace(/\\n/g, '\n'));
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    return `not a private key that can be read (${typeof code === 'string' && /^[A-Z0-9_]{1,60}$/.test(code) ? code : 'unreadable'}): its line breaks may have been lost or it was cut short`;
  }
  return key.asymmetricKeyType === 'rsa' ? null : `a key of type ${String(key.asymmetricKeyType).slice(0, 20)}; a GitHub App key is RSA`;
}

/**
 * The collaborator permission of each login the event's provenance depends on (a reviewer), looked up
 * with the github-token input; a lookup that fails leaves the login out (not write: refused).
 */
async function writerPermissions(writers: WriterCheck[], repository: string, token: string, clientOptions: Omit<GitHubClientOptions, 'token' | 'app'>): Promise<Record<string, string | undefined>> {
  const out: Record<string, string | undefined> = {};
  const repo = parseRepository(repository);
  if (!token || !repo) return out;
  const client = createGitHubClient({ ...clientOptions, token });
  for (const w of writers) {
    try {
      const res = await client.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repo, username: w.login });
      const permission = (res.data as { permission?: unknown }).permission;
      if (typeof permission === 'string') out[w.login] = permission;
    } catch {
      // Not a collaborator (404), or no answer: not confirmed.
    }
  }
  return out;
}

/** A refusal for an error that is not a refusal itself: fail closed, say why. */
function explain(err: unknown): Refusal[] {
  return err instanceof ConfigError
    ? err.problems.map((p) => ({ code: 'invalid_configuration' as const, message: `invalid configuration: ${formatProblem(p)}` }))
    : err instanceof EventError
      ? [{ code: 'unsupported_event' as const, message: err.message, fix: 'run on pull_request, push, merge_group, workflow_run or workflow_dispatch' }]
      : err instanceof GitHubClientError
        ? [{ code: 'invalid_input' as const, message: err.message }]
        : [{ code: 'internal_error' as const, message: `internal error: ${err instanceof Error ? err.message : String(err)}` }];
}

/**
 * Authority is read from the base commit. A pull request (or merge group) into any branch but the
 * default one would let the agent choose that base, and with it a policy and manifest of its own
 * (it may push to its own branches): refuse those before reading anything.
 */
function refuseUnprotectedBase(eventName: string, payload: unknown): void {
  const p = (payload ?? {}) as { repository?: { default_branch?: unknown }; pull_request?: { base?: { ref?: unknown } }; merge_group?: { base_ref?: unknown } };
  const defaultBranch = p.repository?.default_branch;
  let base: unknown;
  if (eventName.startsWith('pull_request')) base = p.pull_request?.base?.ref;
  else if (eventName === 'merge_group') base = typeof p.merge_group?.base_ref === 'string' ? p.merge_group.base_ref.replace(/^refs\/heads\//, '') : undefined;
  else return;
  if (typeof defaultBranch !== 'string' || typeof base !== 'string' || base !== defaultBranch) {
    throw new EventError(
      `capability requests are only served for changes into the default branch (${typeof defaultBranch === 'string' ? defaultBranch : 'unknown'}); this ${eventName} targets ${typeof base === 'string' ? JSON.stringify(base.slice(0, 100)) : 'an unknown branch'}, whose base commit the agent may control`,
    );
  }
}

/** Base (where authority is read) and head (what an approval must be of) for a capability request. */
export function requestRefs(eventName: string, payload: unknown, env: Record<string, string | undefined>): ChangeRefs {
  if (['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'push', 'merge_group'].includes(eventName)) {
    refuseUnprotectedBase(eventName, payload);
    return refsFromEvent(eventName === 'pull_request_review_comment' ? 'pull_request_review' : eventName, payload, env, {});
  }
  const p = (payload ?? {}) as { repository?: { default_branch?: unknown }; workflow_run?: { head_sha?: unknown } };
  const defaultBranch = typeof p.repository?.default_branch === 'string' ? p.repository.default_branch : '';
  if (!/^[A-Za-z0-9._/-]{1,200}$/.test(defaultBranch) || defaultBranch.includes('..')) {
    throw new EventError(`the ${eventName || 'unknown'} event does not name the repository's default branch, where the policy and manifest are read from`);
  }
  const head = eventName === 'workflow_run' ? p.workflow_run?.head_sha : env.GITHUB_SHA;
  if (typeof head !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head)) throw new EventError(`the ${eventName} event names no head commit`);
  const refs = refsFromEvent(eventName, payload, env, { base: `origin/${defaultBranch}`, head });
  // A run on the default branch (a dispatch that mints for a job that then pushes a task branch, a
  // schedule, a workflow_run of a default-branch run) has no task branch: no branch rule. Any other ref
  // (a dispatch on a branch or tag the agent pushed, a workflow_run of a run on such a branch) is held to
  // the manifest's branch rules exactly as a push there would be; a tag keeps its `refs/tags/` prefix,
  // so it never matches a branch pattern.
  delete refs.branch;
  // The payload's `ref` only when it is a full ref (workflow_dispatch): `create` and `delete` carry the
  // short name (a tag `agent/v1` would pass for the branch agent/v1); GITHUB_REF is always full.
  const payloadRef = (payload as { ref?: unknown } | null)?.ref;
  const runRef = eventName === 'workflow_run' ? headBranchRef(p.workflow_run) : typeof payloadRef === 'string' && payloadRef.startsWith('refs/') ? payloadRef : env.GITHUB_REF;
  // A run that names no ref (a workflow_run whose triggering run names no branch, a deployment of a
  // bare SHA) could be of any commit: the branch rule has no input, so nothing is minted (a run on the
  // default branch names it).
  if (runRef === undefined || runRef === '') {
    throw new EventError(
      eventName === 'workflow_run'
        ? 'the workflow_run event names no head branch of the triggering run: the manifest\'s branch rules cannot be applied'
        : `the ${eventName || 'unknown'} run names no ref (GITHUB_REF is empty): the manifest's branch rules cannot be applied`,
    );
  }
  if (runRef !== `refs/heads/${defaultBranch}`) refs.branch = runRef.replace(/^refs\/heads\//, '');
  return refs;
}

/**
 * A workflow_run's head commit must be on the branch its `head_branch` names (the branch's tip in the
 * checkout, `origin/<head_branch>`, or an ancestor of it): otherwise the name may be a tag's (GitHub
 * names a tag-push run's tag in head_branch), and the branch rule would be applied to a name that is
 * not the run's branch. Refused when the branch is not in the checkout too (fail closed).
 */
async function requireRunHeadOnBranch(checkout: string, head: string, payload: unknown): Promise<void> {
  const branch = (headBranchRef((payload as { workflow_run?: unknown } | null)?.workflow_run) ?? '').replace(/^refs\/heads\//, '');
  let why = 'it is not on that branch';
  try {
    const [h, tip] = await Promise.all([resolveCommit(checkout, head), resolveCommit(checkout, `refs/remotes/origin/${branch}`)]);
    if (h === tip || (await mergeBase(checkout, h, tip)) === h) return;
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    why = `the checkout has no branch of that name with it (${err.code})`;
  }
  throw new Refused([
    {
      code: 'unsupported_event',
      message: `the triggering run's head ${head.slice(0, 12)} is not on the branch ${JSON.stringify(branch.slice(0, 100))}: ${why}. A run of a tag push names its tag as its head branch, so the manifest's branch rules cannot be applied`,
      fix: 'run agent tasks from branches, not tags; check out with fetch-depth: 0 so that the branch is there',
    },
  ]);
}

/** `refs/heads/<head_branch>` of a workflow_run's triggering run (undefined when it names none). */
function headBranchRef(run: unknown): string | undefined {
  const b = (run as { head_branch?: unknown } | undefined)?.head_branch;
  return typeof b === 'string' && b.length > 0 ? `refs/heads/${b}` : undefined;
}

function describePermissions(p: Record<string, string>): string {
  return Object.entries(p)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function renderSummary(e: RequestCapabilityEvidence, refusals: Refusal[], scopeNote: string | null): string {
  const lines: string[] = [];
  if (e.verdict === 'granted') {
    const c = e.credentials[0];
    lines.push(`### agent-guard request-capability: granted`, '');
    lines.push(`Token for \`${esc(c?.repository ?? '')}\`, expires ${esc(c?.expires_at ?? '')}, revoked at job end.`, '');
    lines.push('| capability | permissions |', '|---|---|');
    for (const cap of e.capabilities) lines.push(`| \`${cap.name}\` | ${esc(describePermissions(cap.permissions)) || 'none'} |`);
    if (scopeNote) lines.push('', `**Token scope:** ${esc(scopeNote.replace(/^token scope: /, ''))}.`);
  } else {
    lines.push(`### agent-guard request-capability: refused`, '');
    for (const r of refusals) lines.push(`- **${r.code}**: ${esc(r.message)}${r.fix ? `. Fix: ${esc(r.fix)}` : ''}`);
  }
  lines.push('');
  return lines.join('\n');
}
