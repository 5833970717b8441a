// The REST client as the gate's readers use it, typed structurally (any Octokit with `request` and
// `hook` fits): one call with a token-free error, every page of a list, and a request counter that
// counts each HTTP attempt (retries included) per phase, for the request budget.

import type { ApiRequestCounter } from '../core/approval-gate.js';

export interface RestResponse {
  status: number;
  headers: Record<string, unknown>;
  data: unknown;
}

/** The part of a request's options the counter touches (Octokit's `options.request`). */
export interface RequestOptions {
  request?: { fetch?: typeof fetch; [key: string]: unknown };
  [key: string]: unknown;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- Octokit's hook types its request function loosely */
export interface RestClient {
  request(route: string, params?: Record<string, unknown>): Promise<RestResponse>;
  hook: { wrap(name: 'request', wrapper: (request: (options: any) => any, options: any) => any): void };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The pull request the gate judges. */
export interface GateTarget {
  owner: string;
  repo: string;
  pullNumber: number;
}

/** A REST call failed (after the client's own retries). Never carries the token. */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

class Counter implements ApiRequestCounter {
  total = 0;
  byPhase: Record<string, number> = {};
  phase = 'collect';
  count(): void {
    this.total += 1;
    this.byPhase[this.phase] = (this.byPhase[this.phase] ?? 0) + 1;
  }
}

const counters = new WeakMap<object, Counter>();

/**
 * The request counter of a client, attached on first use. It wraps the client's `fetch` for every
 * request, so each HTTP attempt is counted, including those the retry and throttling plugins repeat.
 */
export function requestCounter(client: RestClient): ApiRequestCounter {
  const known = counters.get(client);
  if (known) return known;
  const c = new Counter();
  counters.set(client, c);
  client.hook.wrap('request', async (request: (options: RequestOptions) => Promise<unknown>, options: RequestOptions) => {
    const inner = options.request?.fetch ?? globalThis.fetch;
    const counting: typeof fetch = (input, init) => {
      c.count();
      return inner(input, init);
    };
    options.request = { ...(options.request ?? {}), fetch: counting };
    return request(options);
  });
  return c;
}

/** Count the requests `work` makes under `phase`, then return to the phase before. */
export async function inPhase<T>(client: RestClient, phase: string, work: () => Promise<T>): Promise<T> {
  const counter = requestCounter(client);
  const before = counter.phase;
  counter.phase = phase;
  try {
    return await work();
  } finally {
    counter.phase = before;
  }
}

export async function call(client: RestClient, route: string, params: Record<string, unknown> = {}): Promise<RestResponse> {
  try {
    return await client.request(route, params);
  } catch (err) {
    const e = err as { status?: unknown; message?: unknown };
    const status = typeof e.status === 'number' ? e.status : undefined;
    const message = typeof e.message === 'string' ? e.message.split('\n')[0]!.slice(0, 300) : String(err);
    throw new GitHubApiError(`${route.replace(/^GET https?:\/\/[^/]+/, 'GET ')} failed${status !== undefined ? ` (HTTP ${status})` : ''}: ${message}`, status);
  }
}

export function nextLink(link: unknown): string | undefined {
  if (typeof link !== 'string') return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

export interface ListResult {
  items: unknown[];
  /** False when more pages existed than we were willing to read. */
  complete: boolean;
}

/** Every page of a list endpoint, 100 a page, following `Link: rel="next"`, at most `maxPages` pages. */
export async function listAll(client: RestClient, route: string, params: Record<string, unknown>, maxPages: number): Promise<ListResult> {
  const items: unknown[] = [];
  let res = await call(client, route, { ...params, per_page: 100 });
  for (let page = 1; ; page++) {
    const data: unknown = res.data;
    if (!Array.isArray(data)) throw new GitHubApiError(`${route} did not return a list`, res.status);
    items.push(...(data as unknown[]));
    const next = nextLink(res.headers.link);
    if (next === undefined) return { items, complete: true };
    if (page >= maxPages) return { items, complete: false };
    res = await call(client, `GET ${next}`);
  }
}
