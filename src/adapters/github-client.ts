// The one Octokit factory of the product. Every GitHub API call goes through a client made here.
//
//   const gh = createGitHubClient({ token, env: process.env, log });          // a token (GITHUB_TOKEN, installation token)
//   const app = createGitHubClient({ app: { appId, privateKey }, env });       // a GitHub App: JWT on /app routes
//   await gh.rest.pulls.get({ owner, repo, pull_number });
//
// What every client does:
//   - talks to `baseUrl`, else GITHUB_API_URL from `env`, else https://api.github.com (GHES works); plain
//     http is accepted only for loopback hosts (tests), never for a remote host: tokens and JWTs go there;
//   - retries 5xx and network errors (`retries`, default 3; waits 1, 4, 9 time units), never 4xx;
//   - on a secondary rate limit waits `retry-after` (GitHub's header) and retries, at most
//     `rateLimitRetries` times (default 2), and never when GitHub asks to wait longer than
//     `maxRetryAfterSeconds` (default 60): a step must not hang; primary rate limits likewise;
//   - gives each call (its retries and rate-limit waits included) `requestTimeoutMs` (default 180 s) to
//     answer, then fails it: a hung connection must not hold a step, or a post step, until the job's
//     own timeout;
//   - logs through `log` only, and only method + route template + status (never headers, bodies or
//     tokens; Octokit itself redacts the Authorization header in its errors).
// `timeUnitMs` (default 1000) scales every wait; tests set it to 1.
//
// The client is @actions/github's `GitHub` class (REST endpoint methods, pagination) with
// @octokit/plugin-retry and @octokit/plugin-throttling; app authentication is @octokit/auth-app (RS256
// JWTs, GitHub's clock-skew handling). Its transport is always explicit (`transport`): an undici
// dispatcher that connects directly or through the one proxy named, trusts Node's bundled roots plus
// the certificates named, and verifies every certificate. The class's own default (a proxy from
// HTTPS_PROXY) and the process's CA variables (NODE_EXTRA_CA_CERTS, NODE_TLS_REJECT_UNAUTHORIZED,
// SSL_CERT_FILE with --use-openssl-ca) never take effect on these connections.

import { rootCertificates } from 'node:tls';
import { GitHub } from '@actions/github/lib/utils';
import { createAppAuth } from '@octokit/auth-app';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { EndpointDefaults, OctokitResponse } from '@octokit/types';
import { Agent, fetch as undiciFetch, ProxyAgent, type Dispatcher } from 'undici';

const Client = GitHub.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof Client>;

export interface GitHubClientLog {
  debug(message: string): void;
  warn(message: string): void;
}

export interface GitHubClientOptions {
  /** A token: GITHUB_TOKEN, an installation token, a PAT. */
  token?: string;
  /** A GitHub App: requests to /app routes and /repos/{o}/{r}/installation carry an app JWT. */
  app?: { appId: string | number; privateKey: string };
  /** API base URL; default GITHUB_API_URL from `env`, else https://api.github.com. */
  baseUrl?: string;
  env?: Record<string, string | undefined>;
  /** Retries of 5xx and network errors. Default 3. */
  retries?: number;
  /** Retries after a (secondary or primary) rate limit. Default 2. */
  rateLimitRetries?: number;
  /** Never wait longer than this for a rate limit. Default 60. */
  maxRetryAfterSeconds?: number;
  /** Milliseconds per time unit of every wait (retry backoff, retry-after seconds). Default 1000. */
  timeUnitMs?: number;
  /** Milliseconds one call may take, its retries and rate-limit waits included. Default 180 000. */
  requestTimeoutMs?: number;
  log?: GitHubClientLog;
  /** The proxy (URL) and extra trusted certificates (PEM) of every connection; default direct, Node's roots only. */
  transport?: ClientTransport;
}

export interface ClientTransport {
  proxy?: string | null;
  ca?: readonly string[];
}

/**
 * The fetch every client uses: undici's, with a dispatcher of our own. TLS trust is set explicitly
 * (a `ca` list replaces the process's default store, which NODE_EXTRA_CA_CERTS and --use-openssl-ca
 * would have widened) and verification is forced on (NODE_TLS_REJECT_UNAUTHORIZED=0 is ignored).
 */
export function transportFetch(transport: ClientTransport = {}): typeof globalThis.fetch {
  const tls = { ca: [...rootCertificates, ...(transport.ca ?? [])], rejectUnauthorized: true };
  const dispatcher: Dispatcher = transport.proxy ? new ProxyAgent({ uri: transport.proxy, requestTls: tls, proxyTls: tls }) : new Agent({ connect: tls });
  const f = (url: string | URL, init?: Record<string, unknown>) => undiciFetch(url, { ...(init ?? {}), dispatcher });
  return f as unknown as typeof globalThis.fetch;
}

export const DEFAULT_API_URL = 'https://api.github.com';

export class GitHubClientError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitHubClientError';
  }
}

/** The API base URL: GITHUB_API_URL (trailing slash removed) or api.github.com. Throws on an unsafe URL. */
export function apiBaseUrl(env: Record<string, string | undefined> = process.env, explicit?: string): string {
  const raw = (explicit ?? env.GITHUB_API_URL ?? '').trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new GitHubClientError(`the GitHub API URL ${JSON.stringify(raw.slice(0, 200))} is not a URL`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new GitHubClientError(`the GitHub API URL ${JSON.stringify(url.origin)} must use https`);
  }
  if (url.username || url.password || url.search || url.hash) throw new GitHubClientError('the GitHub API URL must not carry credentials, a query or a fragment');
  return url.href.replace(/\/+$/, '');
}

const quiet: GitHubClientLog = { debug: () => undefined, warn: () => undefined };
let clientSeq = 0;

interface ThrottledRequest {
  method?: string;
  url?: string;
}

export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  if ((opts.token === undefined) === (opts.app === undefined)) throw new GitHubClientError('createGitHubClient needs exactly one of token and app');
  const baseUrl = apiBaseUrl(opts.env ?? process.env, opts.baseUrl);
  const log = opts.log ?? quiet;
  const unit = opts.timeUnitMs ?? 1000;
  const rateLimitRetries = opts.rateLimitRetries ?? 2;
  const maxWait = opts.maxRetryAfterSeconds ?? 60;
  const onLimit = (kind: string) => (retryAfter: number, request: ThrottledRequest, _octokit: unknown, retryCount: number) => {
    const what = `${request.method ?? '?'} ${request.url ?? '?'}`;
    if (retryCount >= rateLimitRetries) {
      log.warn(`${kind} rate limit on ${what}: giving up after ${retryCount} retries`);
      return false;
    }
    if (!Number.isFinite(retryAfter) || retryAfter > maxWait) {
      log.warn(`${kind} rate limit on ${what}: GitHub asks to wait ${retryAfter}s, more than ${maxWait}s; not retrying`);
      return false;
    }
    log.warn(`${kind} rate limit on ${what}: retrying after ${retryAfter}s (retry ${retryCount + 1} of ${rateLimitRetries})`);
    return true;
  };
  clientSeq += 1;
  const common = {
    baseUrl,
    userAgent: 'agent-guard',
    // Replaces the class's default `request` (whose fetch routes through HTTPS_PROXY) as a whole.
    request: { fetch: transportFetch(opts.transport) },
    log: {
      debug: (m: string) => log.debug(String(m)),
      info: (m: string) => log.debug(String(m)),
      warn: (m: string) => log.warn(String(m)),
      error: (m: string) => log.warn(String(m)),
    },
    // 403 and 429 rate limits are the throttling plugin's, so the retry plugin leaves them alone.
    retry: { retries: opts.retries ?? 3, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      // One limiter key per client: write spacing applies within a client, not across unrelated ones.
      id: `agent-guard-${process.pid}-${clientSeq}`,
      retryAfterBaseValue: unit,
      fallbackSecondaryRateRetryAfter: 60,
      onSecondaryRateLimit: onLimit('secondary'),
      onRateLimit: onLimit('primary'),
    },
  };
  const client = opts.app
    ? new Client({ ...common, authStrategy: createAppAuth, auth: { appId: opts.app.appId, privateKey: opts.app.privateKey } })
    : new Client({ ...common, auth: opts.token });
  client.hook.wrap('request', (request, options) => parsedJson(request, options));
  // Registered last, so outermost: one deadline for the call, the retry and throttling plugins' attempts inside it.
  const deadline = opts.requestTimeoutMs ?? 180_000;
  client.hook.wrap('request', (request, options) => withDeadline(request, options, deadline));
  return client;
}

// The request hook's types, as Octokit declares them (a type-only import: nothing is bundled).
type HookOptions = Required<EndpointDefaults>;
type HookRequest = (options: HookOptions) => OctokitResponse<unknown> | Promise<OctokitResponse<unknown>>;

/** Run one call with an abort signal that fires after `ms`; a call cut off that way is an error that says so. */
async function withDeadline(request: HookRequest, options: HookOptions, ms: number): Promise<OctokitResponse<unknown>> {
  const signal = AbortSignal.timeout(ms);
  const own = options.request?.signal;
  // The hook chain hands every level the same options object (an argument passed to `request` is not
  // forwarded), so the signal is set on it, for this call only (the object is made per call).
  options.request = { ...options.request, signal: own ? AbortSignal.any([own, signal]) : signal };
  try {
    return await request(options);
  } catch (err) {
    if (signal.aborted) throw new GitHubClientError(`${options.method} ${options.url}: no answer from the GitHub API within ${ms / 1000}s`);
    throw err;
  }
}

export class GitHubBodyError extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = 'GitHubBodyError';
    this.status = status;
  }
}

/**
 * A JSON answer whose body Octokit could not parse reaches the caller as its raw text (or "" when the
 * body broke off), with the response's 2xx status, and its retry plugin never sees it. On Node 20 this
 * happens to complete bodies too: Octokit's BigInt-aware parser runs a regular expression over the
 * whole text that overflows on a long string (a 3 MB file from the contents API). Such an answer is
 * parsed here with plain JSON.parse (GitHub's ids are below 2^53); one that is not JSON (a truncated
 * transfer) is requested once more, and is an error the second time: never data.
 */
async function parsedJson(request: HookRequest, options: HookOptions): Promise<OctokitResponse<unknown>> {
  for (let attempt = 1; ; attempt++) {
    const response = await request(options);
    const type = String(response.headers['content-type'] ?? '');
    if (typeof response.data !== 'string' || !/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) return response;
    try {
      return { ...response, data: JSON.parse(response.data) as unknown };
    } catch {
      if (attempt >= 2) {
        throw new GitHubBodyError(`${options.method} ${options.url}: the ${response.status} answer's body is not valid JSON (${response.data.length} characters), twice`, response.status);
      }
    }
  }
}
