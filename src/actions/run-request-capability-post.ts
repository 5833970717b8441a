// request-capability (post step, `post-if: always()`): revoke the token the main step minted, also
// when the job failed or was cancelled, over the transport main recorded in the state (API URL, proxy,
// CAs), never over what the environment says now: a step between main and post can write GITHUB_ENV
// (a dead proxy would leave the token alive). Skipped when main minted nothing or the token expired
// more than the clock-skew tolerance ago. A token it cannot revoke is an error annotation, recorded in
// the evidence as not revoked, and fails the post step unless `fail-on-revoke-error: false`. A saved
// value that is not token-shaped is never sent anywhere. Everything it writes goes through the redactor.

import { readFile } from 'node:fs/promises';
import { writeFileNoFollow } from '../adapters/files.js';
import { createGitHubClient, type GitHubClientOptions } from '../adapters/github-client.js';
import { CLOCK_SKEW_SECONDS, isTokenShaped, revokeInstallationToken, type RevocationResult } from '../adapters/github-app.js';
import type { RequestCapabilityEvidence, RevocationOutcome } from '../core/capability-request.js';
import { serializeEvidence } from '../core/evidence-validate.js';
import { Redactor, secretForms } from '../core/redact.js';
import { parseTransportSettings, transportVariables } from '../core/transport.js';
import { RequestCapabilityState as S, RequestCapabilityTransportInputs as TI, RequestCapabilityTransportState as TS } from './constants.js';
import type { ActionsCore } from './toolkit.js';

export interface RequestCapabilityPostDeps {
  clientOptions?: Pick<GitHubClientOptions, 'retries' | 'rateLimitRetries' | 'maxRetryAfterSeconds' | 'timeUnitMs'>;
  now?: () => Date;
}

export interface PostResult {
  outcome: 'nothing_to_revoke' | 'expired' | RevocationResult['outcome'] | 'error';
  /** True when the post step was marked failed (a token not revoked, and no opt-out). */
  failed: boolean;
}

const TITLE = 'agent-guard: token not revoked';

export async function runRequestCapabilityPost(core: ActionsCore, env: Record<string, string | undefined>, deps: RequestCapabilityPostDeps = {}): Promise<PostResult> {
  const now = deps.now ?? (() => new Date());
  const redactor = new Redactor();
  const warn = (m: string) => core.warning(redactor.redact(m));
  const info = (m: string) => core.info(redactor.redact(m).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' '));
  const optOut = core.getInput(TI.FailOnRevokeError).trim().toLowerCase();
  if (optOut !== '' && optOut !== 'true' && optOut !== 'false') warn(`agent-guard request-capability: fail-on-revoke-error is ${JSON.stringify(optOut.slice(0, 20))}, not true or false: treated as true`);
  const failOnError = optOut !== 'false';
  /** A token that may still be valid: an error annotation, and a failed step unless opted out. */
  const notRevoked = (message: string, outcome: PostResult['outcome']): PostResult => {
    core.error(redactor.redact(message), { title: TITLE });
    if (failOnError) core.setFailed(redactor.redact('agent-guard request-capability: the token could not be revoked (see the error above); set fail-on-revoke-error: false to pass anyway'));
    return { outcome, failed: failOnError };
  };
  const evidencePath = core.getState(S.EvidencePath);
  const untrustedRoot = env.GITHUB_WORKSPACE || undefined;
  let token = '';
  try {
    token = core.getState(S.Token);
    if (!token) {
      info('agent-guard request-capability: no token was minted; nothing to revoke');
      return { outcome: 'nothing_to_revoke', failed: false };
    }
    // The runner's mask list is per job; masking again costs nothing and covers a post run on its own.
    const forms = secretForms(token);
    for (const f of forms) core.setSecret(f);
    redactor.add(...forms, ...token.split(/\s+/));
    if (!isTokenShaped(token)) {
      // The main step only ever saves a token GitHub returned and that passed this check: anything else
      // was not written by it, and is neither sent as a credential nor printed.
      return notRevoked('agent-guard request-capability: the saved token is not a token (not 16 to 1024 printable characters without spaces); nothing was sent to revoke it', 'error');
    }

    const expiresAt = Date.parse(core.getState(S.ExpiresAt));
    const at = now();
    if (Number.isFinite(expiresAt) && expiresAt + CLOCK_SKEW_SECONDS * 1000 <= at.getTime()) {
      info(`agent-guard request-capability: the token expired at ${new Date(expiresAt).toISOString()}; nothing to revoke`);
      await recordRevocation(evidencePath, 'expired', null, 'expired before the post step ran', warn, redactor, untrustedRoot);
      return { outcome: 'expired', failed: false };
    }
    const until = Number.isFinite(expiresAt) ? new Date(expiresAt).toISOString() : 'it expires';
    const transport = parseTransportSettings(core.getState(TS.Transport));
    if (transport === null) {
      const detail = 'the main step recorded no transport (API URL, proxy, certificates) in the state: nothing was sent';
      await recordRevocation(evidencePath, 'failed', null, detail, warn, redactor, untrustedRoot);
      return notRevoked(`agent-guard request-capability: could not revoke the token (${detail}); it stays valid until ${until}`, 'error');
    }
    const changed = transportVariables(env);
    if (changed.length > 0) info(`agent-guard request-capability: ignoring ${changed.join(', ')} from the environment; the post step uses the transport the main step recorded`);
    const client = createGitHubClient({
      token,
      env,
      baseUrl: transport.apiUrl,
      transport: { proxy: transport.proxy, ca: transport.ca },
      log: { debug: (m) => core.debug(redactor.redact(m)), warn },
      ...deps.clientOptions,
    });
    const result = await revokeInstallationToken(client, now);
    await recordRevocation(evidencePath, result.outcome, result.outcome === 'failed' ? null : result.at, result.detail, warn, redactor, untrustedRoot);
    if (result.outcome === 'failed') return notRevoked(`agent-guard request-capability: could not revoke the token (${result.detail ?? 'unknown error'}); it stays valid until ${until}`, 'failed');
    if (result.outcome === 'already_invalid') info('agent-guard request-capability: the token was already invalid (expired or revoked)');
    else info(`agent-guard request-capability: token revoked at ${result.at}`);
    return { outcome: result.outcome, failed: false };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (token) await recordRevocation(evidencePath, 'failed', null, `post step error: ${message}`, warn, redactor, untrustedRoot);
    return token ? notRevoked(`agent-guard request-capability: post step error, the token may not be revoked: ${message}`, 'error') : (warn(`agent-guard request-capability: post step error: ${message}`), { outcome: 'error', failed: false });
  }
}

async function recordRevocation(path: string, outcome: RevocationOutcome, at: string | null, detail: string | undefined, warn: (m: string) => void, redactor: Redactor, untrustedRoot: string | undefined): Promise<void> {
  if (!path) return;
  try {
    const evidence = JSON.parse(await readFile(path, 'utf8')) as RequestCapabilityEvidence;
    const credential = evidence.credentials?.find((c) => c.revocation === 'pending');
    if (!credential) return;
    credential.revocation = outcome;
    credential.revoked_at = at;
    if (detail) credential.revocation_detail = detail;
    // The detail is a server's error text: it may echo the request's Authorization header.
    await writeFileNoFollow(path, redactor.redact(serializeEvidence(evidence)), { mode: 0o600, ...(untrustedRoot ? { untrustedRoot } : {}) });
  } catch (err) {
    warn(`agent-guard request-capability: could not record the revocation in the evidence file: ${err instanceof Error ? err.message : String(err)}`);
  }
}
