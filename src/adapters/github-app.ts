// GitHub App installation tokens: find the repository's installation, mint a token for that one
// repository with exactly the permissions asked, check what GitHub returned, and revoke.
//
// API calls per mint: 2 (GET /repos/{owner}/{repo}/installation, whose account must be the owner, then
// POST /app/installations/{id}/access_tokens),
// plus 1 (DELETE /installation/token) when the returned token is refused; retries come on top.
//
// The returned token is handed to `mask` (core.setSecret) before anything else is done with the
// response. Then, any of these revokes the token and refuses (MintError):
//   - permissions differ from those asked, either way (more, fewer, another level); `metadata: read` is
//     the one permission GitHub adds to every token and is accepted;
//   - the token is not limited to the one repository asked for;
//   - `expires_at` is not a finite date in the future and at most `maxLifetimeSeconds` (1 hour, GitHub's
//     lifetime) plus `clockSkewSeconds` away.
// Messages never contain the token, the JWT or the private key: API error text is bounded, one line,
// and scrubbed of anything shaped like a credential (src/core/redact.ts: a proxy or a GHES error page
// may echo request headers).
//
// Every answer must come from the API origin the client was made for. fetch follows redirects and
// drops the Authorization header when one leads to another origin, so such an answer was produced
// without our credential by a host we never chose: a "token" or installation id from there is refused,
// and a "204" from there is not a revocation.

import type { PermissionLevel } from '../core/capabilities.js';
import { isNeverMinted } from '../core/capabilities.js';
import { redactCredentialShapes } from '../core/redact.js';
import type { GitHubClient } from './github-client.js';

export const MAX_TOKEN_LIFETIME_SECONDS = 3600;
export const CLOCK_SKEW_SECONDS = 120;

export interface MintRequest {
  owner: string;
  repo: string;
  permissions: Readonly<Record<string, PermissionLevel>>;
}

export interface MintDeps {
  /** A client made with `createGitHubClient({ app })`. */
  appClient: GitHubClient;
  /** A client authenticated with a token (to revoke a token that is refused). */
  clientForToken: (token: string) => GitHubClient;
  /** Masks a secret in the log (core.setSecret). Called with the token first, before anything else. */
  mask: (secret: string) => void;
  now?: () => Date;
  maxLifetimeSeconds?: number;
  clockSkewSeconds?: number;
}

export interface MintedToken {
  token: string;
  installationId: number;
  /** OWNER/NAME, as GitHub spells it. */
  repository: string;
  /** As returned by GitHub (the permissions asked, plus metadata: read). */
  permissions: Record<string, string>;
  issuedAt: string;
  expiresAt: string;
}

export type MintFailureCode =
  | 'invalid_request'
  | 'app_auth_failed'
  | 'not_installed'
  | 'installation_lookup_failed'
  | 'installation_owner_mismatch'
  | 'mint_failed'
  | 'invalid_token'
  | 'invalid_expiry'
  | 'permission_mismatch'
  | 'repository_mismatch';

export interface RevocationResult {
  outcome: 'revoked' | 'already_invalid' | 'failed';
  at: string;
  status?: number;
  detail?: string;
}

/** Minting failed or its result was refused. When a token was issued, `revocation` says what became of it. */
export class MintError extends Error {
  readonly code: MintFailureCode;
  readonly status?: number;
  installationId?: number;
  issuedAt?: string;
  expiresAt?: string;
  permissions?: Record<string, string>;
  revocation?: RevocationResult;
  constructor(code: MintFailureCode, message: string, status?: number) {
    super(message);
    this.name = 'MintError';
    this.code = code;
    if (status !== undefined) this.status = status;
  }
}

/** A one-line, bounded, control-character-free description of an API error (never headers or bodies, never a credential). */
export function describeApiError(err: unknown): { status?: number; message: string } {
  const e = err as { status?: unknown; message?: unknown };
  const status = typeof e?.status === 'number' && e.status > 0 ? e.status : undefined;
  const raw = typeof e?.message === 'string' ? e.message : String(err);
  const message = redactCredentialShapes(raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')).trim().slice(0, 300);
  return status !== undefined ? { status, message } : { message };
}

/** The origin a response came from, when it is not the client's API origin (a redirect was followed). */
export function foreignOrigin(client: GitHubClient, responseUrl: unknown): string | null {
  if (typeof responseUrl !== 'string' || responseUrl === '') return null;
  try {
    const base = new URL(client.request.endpoint.DEFAULTS.baseUrl).origin;
    const got = new URL(responseUrl).origin;
    return got === base ? null : got;
  } catch {
    return String(responseUrl).slice(0, 100);
  }
}

/**
 * Differences between the permissions asked and those returned, one line each (empty: identical).
 * `metadata: read` may be added by GitHub; any other difference counts, including a never-minted
 * permission GitHub granted though nobody asked.
 */
export function permissionDifferences(asked: Readonly<Record<string, string>>, returned: unknown): string[] {
  if (returned === null || typeof returned !== 'object' || Array.isArray(returned)) return ['GitHub returned no permissions object'];
  const got = returned as Record<string, unknown>;
  const out: string[] = [];
  const names = [...new Set([...Object.keys(asked), ...Object.keys(got)])].sort();
  for (const name of names) {
    const a = Object.prototype.hasOwnProperty.call(asked, name) ? asked[name] : undefined;
    const g = Object.prototype.hasOwnProperty.call(got, name) ? got[name] : undefined;
    if (a === g) continue;
    if (a === undefined && name === 'metadata' && g === 'read') continue;
    const shown = (v: unknown) => (typeof v === 'string' && /^[a-z_]{1,40}$/.test(v) ? v : JSON.stringify(v)?.slice(0, 40) ?? String(v));
    if (a === undefined) out.push(`${name}: not asked, granted ${shown(g)}${isNeverMinted(name) ? ' (never minted)' : ''}`);
    else if (g === undefined) out.push(`${name}: asked ${a}, not granted`);
    else out.push(`${name}: asked ${a}, granted ${shown(g)}`);
  }
  return out;
}

const TOKEN_SHAPE = /^[\x21-\x7e]{16,1024}$/;

/** True for a string that can be a token: 16 to 1024 printable ASCII characters, no whitespace. */
export function isTokenShaped(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

/** Find the installation of the app on OWNER/REPO. */
export async function findInstallation(appClient: GitHubClient, owner: string, repo: string): Promise<number> {
  try {
    const { data, url } = await appClient.request('GET /repos/{owner}/{repo}/installation', { owner, repo });
    const foreign = foreignOrigin(appClient, url);
    if (foreign !== null) throw new MintError('installation_lookup_failed', `the installation lookup for ${owner}/${repo} was redirected to another origin (${JSON.stringify(foreign)}): an answer from there is not GitHub's`);
    const id = (data as { id?: unknown }).id;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) throw new MintError('installation_lookup_failed', `GitHub returned no valid installation id for ${owner}/${repo}`);
    // The installation must be the repository owner's: a token is never asked of another account's
    // installation (whatever answered the lookup), so nothing is minted there.
    const account = (data as { account?: { login?: unknown } | null }).account?.login;
    if (typeof account !== 'string' || account.toLowerCase() !== owner.toLowerCase()) {
      throw new MintError('installation_owner_mismatch', `the installation GitHub returned for ${owner}/${repo} belongs to ${typeof account === 'string' ? JSON.stringify(account.slice(0, 40)) : 'no account'}, not to ${owner}: no token is requested from another owner's installation`);
    }
    return id;
  } catch (err) {
    if (err instanceof MintError) throw err;
    const { status, message } = describeApiError(err);
    if (status === 404) {
      throw new MintError('not_installed', `the GitHub App is not installed on ${owner}/${repo} (or cannot see it): install it on that repository`, status);
    }
    if (status === 401) {
      throw new MintError('app_auth_failed', `GitHub rejected the app's JWT (${message}): check the app-id and private-key inputs`, status);
    }
    throw new MintError('installation_lookup_failed', `looking up the app installation on ${owner}/${repo} failed: ${status ?? 'no response'} ${message}`, status);
  }
}

/** Mint a token for one repository with exactly `permissions`, or throw MintError (a refused token is revoked). */
export async function mintInstallationToken(deps: MintDeps, req: MintRequest): Promise<MintedToken> {
  const now = deps.now ?? (() => new Date());
  const names = Object.keys(req.permissions);
  if (names.length === 0) throw new MintError('invalid_request', 'no permission asked: an empty token is never minted');
  const never = names.filter(isNeverMinted);
  if (never.length > 0) throw new MintError('invalid_request', `never minted: ${never.join(', ')}`);

  const installationId = await findInstallation(deps.appClient, req.owner, req.repo);
  let data: Record<string, unknown>;
  try {
    const res = await deps.appClient.request('POST /app/installations/{installation_id}/access_tokens', {
      installation_id: installationId,
      repositories: [req.repo],
      permissions: { ...req.permissions },
    });
    const foreign = foreignOrigin(deps.appClient, res.url);
    if (foreign !== null) {
      // Whatever came back was not minted by GitHub for us (our JWT did not follow the redirect): never
      // hand it out, never send it anywhere (not even to revoke it).
      const e = new MintError('mint_failed', `the token request was redirected to another origin (${JSON.stringify(foreign)}): an answer from there is not a GitHub token`);
      const foreignToken = (res.data as { token?: unknown } | undefined)?.token;
      if (typeof foreignToken === 'string' && foreignToken.length > 0) deps.mask(foreignToken);
      throw e;
    }
    data = res.data ?? {};
  } catch (err) {
    if (err instanceof MintError) throw err;
    const { status, message } = describeApiError(err);
    const hint = status === 422 ? ' (the installation may not have every permission asked, or cannot see the repository)' : '';
    throw new MintError('mint_failed', `GitHub did not mint the token: ${status ?? 'no response'} ${message}${hint}`, status);
  }

  // Mask first: nothing below may run before the runner knows to hide the token.
  const token = data.token;
  // A token GitHub answered with stray whitespace or line breaks is refused below, but it may still be
  // a live token: its lines and its trimmed form are masked too (the runner masks within a log line),
  // and the trimmed form is what gets revoked.
  const trimmed = typeof token === 'string' ? token.trim() : '';
  if (typeof token === 'string' && token.length > 0) {
    deps.mask(token);
    for (const part of new Set([trimmed, ...token.split(/\r?\n|\r/).map((l) => l.trim())])) if (part.length > 0 && part !== token) deps.mask(part);
  }
  const issuedAt = now();

  const refuse = async (code: MintFailureCode, message: string): Promise<never> => {
    const error = new MintError(code, message);
    error.installationId = installationId;
    error.issuedAt = issuedAt.toISOString();
    if (typeof data.expires_at === 'string') error.expiresAt = data.expires_at.slice(0, 64);
    if (data.permissions && typeof data.permissions === 'object') error.permissions = { ...(data.permissions as Record<string, string>) };
    if (typeof token === 'string' && TOKEN_SHAPE.test(trimmed)) {
      error.revocation = await revokeInstallationToken(deps.clientForToken(trimmed), now);
      error.message += error.revocation.outcome === 'failed' ? `; revoking it FAILED (${error.revocation.detail ?? 'unknown'}): it stays valid until it expires` : '; the token was revoked';
    }
    throw error;
  };

  if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) {
    return refuse('invalid_token', 'GitHub returned no usable token');
  }

  const maxLifetime = deps.maxLifetimeSeconds ?? MAX_TOKEN_LIFETIME_SECONDS;
  const skew = deps.clockSkewSeconds ?? CLOCK_SKEW_SECONDS;
  const expiresRaw = data.expires_at;
  const expires = typeof expiresRaw === 'string' ? Date.parse(expiresRaw) : NaN;
  if (!Number.isFinite(expires)) {
    return refuse('invalid_expiry', `GitHub returned an expiry that is not a date (${JSON.stringify(expiresRaw)?.slice(0, 64) ?? 'none'}): a token without a finite lifetime is refused`);
  }
  const lifetime = (expires - issuedAt.getTime()) / 1000;
  if (lifetime <= 0) return refuse('invalid_expiry', `the token expires at ${new Date(expires).toISOString()}, which is not in the future (lifetime ${Math.round(lifetime)}s)`);
  if (lifetime > maxLifetime + skew) {
    return refuse('invalid_expiry', `the token expires at ${new Date(expires).toISOString()}, ${Math.round(lifetime)}s from now: more than the ${maxLifetime}s maximum`);
  }

  const differences = permissionDifferences(req.permissions, data.permissions);
  if (differences.length > 0) {
    return refuse('permission_mismatch', `GitHub returned other permissions than asked (${differences.join('; ')})`);
  }

  const wanted = `${req.owner}/${req.repo}`.toLowerCase();
  const repos = Array.isArray(data.repositories) ? (data.repositories as Array<{ full_name?: unknown }>) : null;
  const fullNames = repos?.map((r) => (typeof r?.full_name === 'string' ? r.full_name : '')) ?? [];
  if (data.repository_selection !== 'selected' || fullNames.length !== 1 || fullNames[0]!.toLowerCase() !== wanted) {
    const shown = fullNames.slice(0, 5).map((n) => JSON.stringify(n.slice(0, 140))).join(', ');
    return refuse('repository_mismatch', `the token is not limited to ${req.owner}/${req.repo} (repository_selection ${JSON.stringify(data.repository_selection)}, repositories [${shown}${fullNames.length > 5 ? ', ...' : ''}])`);
  }

  return {
    token,
    installationId,
    repository: fullNames[0]!,
    permissions: { ...(data.permissions as Record<string, string>) },
    issuedAt: issuedAt.toISOString(),
    expiresAt: new Date(expires).toISOString(),
  };
}

/**
 * Revoke the token the client is authenticated with (`DELETE /installation/token`). 5xx and network
 * errors are retried by the client; 401 means the token is already expired or revoked. Never throws.
 */
export async function revokeInstallationToken(tokenClient: GitHubClient, now: () => Date = () => new Date()): Promise<RevocationResult> {
  try {
    const { url } = await tokenClient.request('DELETE /installation/token');
    const foreign = foreignOrigin(tokenClient, url);
    if (foreign !== null) {
      return { outcome: 'failed', at: now().toISOString(), detail: `the revocation was redirected to another origin (${JSON.stringify(foreign)}), which never saw the token: GitHub did not confirm it` };
    }
    return { outcome: 'revoked', at: now().toISOString() };
  } catch (err) {
    const { status, message } = describeApiError(err);
    if (status === 401) return { outcome: 'already_invalid', at: now().toISOString(), status, detail: 'GitHub no longer accepts the token (expired or already revoked)' };
    return { outcome: 'failed', at: now().toISOString(), ...(status !== undefined ? { status } : {}), detail: `${status ?? 'no response'} ${message}` };
  }
}
