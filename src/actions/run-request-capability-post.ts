// request-capability (post step, `post-if: always()`): revoke the token the main step minted, also
// when the job failed or was cancelled. Skipped when main minted nothing or the token expired more than
// the clock-skew tolerance ago (a runner clock ahead of GitHub's must not leave a live token
// unrevoked). Never fails the job: every problem is a warning. A saved value that is not token-shaped
// is never sent anywhere. Records the outcome in the evidence, through the same redactor as the log.

import { readFile } from 'node:fs/promises';
import { writeFileNoFollow } from '../adapters/files.js';
import { createGitHubClient, type GitHubClientOptions } from '../adapters/github-client.js';
import { CLOCK_SKEW_SECONDS, isTokenShaped, Redactor, revokeInstallationToken, secretForms, type RevocationResult } from '../adapters/github-app.js';
import type { RequestCapabilityEvidence, RevocationOutcome } from '../core/capability-request.js';
import { serializeEvidence } from '../core/evidence-validate.js';
import { RequestCapabilityState as S } from './constants.js';
import type { ActionsCore } from './toolkit.js';

export interface RequestCapabilityPostDeps {
  clientOptions?: Pick<GitHubClientOptions, 'retries' | 'rateLimitRetries' | 'maxRetryAfterSeconds' | 'timeUnitMs'>;
  now?: () => Date;
}

export interface PostResult {
  outcome: 'nothing_to_revoke' | 'expired' | RevocationResult['outcome'] | 'error';
}

export async function runRequestCapabilityPost(core: ActionsCore, env: Record<string, string | undefined>, deps: RequestCapabilityPostDeps = {}): Promise<PostResult> {
  const now = deps.now ?? (() => new Date());
  const redactor = new Redactor();
  const warn = (m: string) => core.warning(redactor.redact(m));
  const info = (m: string) => core.info(redactor.redact(m).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' '));
  try {
    const token = core.getState(S.Token);
    if (!token) {
      info('agent-guard request-capability: no token was minted; nothing to revoke');
      return { outcome: 'nothing_to_revoke' };
    }
    // The runner's mask list is per job; masking again costs nothing and covers a post run on its own.
    const forms = secretForms(token);
    for (const f of forms) core.setSecret(f);
    redactor.add(...forms, ...token.split(/\s+/));
    const evidencePath = core.getState(S.EvidencePath);
    if (!isTokenShaped(token)) {
      // The main step only ever saves a token GitHub returned and that passed this check: anything else
      // was not written by it, and is neither sent as a credential nor printed.
      warn('agent-guard request-capability: the saved token is not a token (not 16 to 1024 printable characters without spaces); nothing was sent to revoke it');
      return { outcome: 'error' };
    }

    const expiresAt = Date.parse(core.getState(S.ExpiresAt));
    const at = now();
    if (Number.isFinite(expiresAt) && expiresAt + CLOCK_SKEW_SECONDS * 1000 <= at.getTime()) {
      info(`agent-guard request-capability: the token expired at ${new Date(expiresAt).toISOString()}; nothing to revoke`);
      await recordRevocation(evidencePath, 'expired', null, 'expired before the post step ran', warn, redactor, env.GITHUB_WORKSPACE || undefined);
      return { outcome: 'expired' };
    }
    const client = createGitHubClient({
      token,
      env,
      log: { debug: (m) => core.debug(redactor.redact(m)), warn },
      ...deps.clientOptions,
    });
    const result = await revokeInstallationToken(client, now);
    if (result.outcome === 'failed') {
      warn(
        `agent-guard request-capability: could not revoke the token (${result.detail ?? 'unknown error'}); it stays valid until ${Number.isFinite(expiresAt) ? new Date(expiresAt).toISOString() : 'it expires'}`,
      );
    } else if (result.outcome === 'already_invalid') {
      info('agent-guard request-capability: the token was already invalid (expired or revoked)');
    } else {
      info(`agent-guard request-capability: token revoked at ${result.at}`);
    }
    await recordRevocation(evidencePath, result.outcome, result.outcome === 'failed' ? null : result.at, result.detail, warn, redactor, env.GITHUB_WORKSPACE || undefined);
    return { outcome: result.outcome };
  } catch (err) {
    warn(`agent-guard request-capability: post step error: ${err instanceof Error ? err.message : String(err)}`);
    return { outcome: 'error' };
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
