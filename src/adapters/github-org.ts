// The facts organisation coverage needs, read from the REST API with as few requests as the answer
// allows: repositories and custom properties paginated at 100; per repository the policy file, the
// rules for its default branch (rulesets, org-level included), branch protection only when no ruleset
// requires the guard, and the workflows directory; workflow texts as git blobs, read once per blob id
// across the organisation (templated workflows share them). Conditional requests: with a cache, every
// GET carries the ETag it last saw, and a 304 (which GitHub does not count against the rate limit) reuses it.

import { readFile, writeFile } from 'node:fs/promises';
import { workflowFacts, type RepositoryFacts, type RequiredChecks, type WorkflowFacts } from '../core/coverage.js';
import { isObj, own, str } from '../core/json.js';
import { parsePolicy } from '../core/policy.js';
import { DEFAULT_POLICY_PATH } from '../core/protected.js';
import { oneLine } from '../core/text.js';
import { loadDocument } from '../core/yaml.js';

/** The slice of an Octokit client this adapter uses. */
export interface OrgClient {
  request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown; headers: Record<string, string | number | undefined> }>;
}

export class OrgCoverageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrgCoverageError';
  }
}

interface CacheEntry {
  etag: string;
  data: unknown;
}

/** ETag cache of GET responses, optionally kept in a JSON file between runs. */
export class ConditionalCache {
  private constructor(
    private readonly entries: Map<string, CacheEntry>,
    private readonly file: string | null,
  ) {}

  static memory(): ConditionalCache {
    return new ConditionalCache(new Map(), null);
  }

  /** A missing file is an empty cache; an unreadable one is an error (a corrupt cache must not pass silently). */
  static async open(file: string): Promise<ConditionalCache> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new ConditionalCache(new Map(), file);
      throw new OrgCoverageError(`${oneLine(file)}: ${oneLine((err as Error).message)}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new OrgCoverageError(`${oneLine(file)}: the cache is not JSON (delete it to start over)`);
    }
    const entries = new Map<string, CacheEntry>();
    if (isObj(parsed)) {
      for (const [k, v] of Object.entries(parsed)) {
        const etag = isObj(v) ? str(own(v, 'etag')) : undefined;
        if (etag !== undefined && isObj(v)) entries.set(k, { etag, data: own(v, 'data') });
      }
    }
    return new ConditionalCache(entries, file);
  }

  get(key: string): CacheEntry | undefined {
    return this.entries.get(key);
  }

  set(key: string, entry: CacheEntry): void {
    this.entries.set(key, entry);
  }

  async save(): Promise<void> {
    if (this.file === null) return;
    await writeFile(this.file, `${JSON.stringify(Object.fromEntries(this.entries))}\n`, { mode: 0o600 });
  }
}

export interface OrgCoverageOptions {
  cache?: ConditionalCache;
  /** Property to read for every repository (repositories-must-enrol marker). */
  property?: string;
  guardChecks: string[];
  /** Repositories read at once. */
  concurrency?: number;
}

export interface OrgFacts {
  repositories: RepositoryFacts[];
  /** Requests sent (304s included: they cost a round trip, not rate limit). */
  requests: number;
  notModified: number;
}

const status = (err: unknown): number | undefined => (isObj(err) && typeof own(err, 'status') === 'number' ? (own(err, 'status') as number) : undefined);
const message = (err: unknown) => oneLine(err instanceof Error ? err.message.split('\n')[0]! : String(err)).slice(0, 200);

export async function collectOrgCoverage(client: OrgClient, org: string, opts: OrgCoverageOptions): Promise<OrgFacts> {
  const cache = opts.cache ?? ConditionalCache.memory();
  let requests = 0;
  let notModified = 0;

  /** One GET, conditional when the cache has seen it. Throws the client's error (with `status`) otherwise. */
  const get = async (route: string, params: Record<string, unknown>): Promise<unknown> => {
    const key = `${route} ${JSON.stringify(params)}`;
    const seen = cache.get(key);
    requests++;
    try {
      const res = await client.request(route, { ...params, headers: seen ? { 'if-none-match': seen.etag } : {} });
      const etag = res.headers.etag;
      if (typeof etag === 'string') cache.set(key, { etag, data: res.data });
      return res.data;
    } catch (err) {
      if (status(err) === 304 && seen) {
        notModified++;
        return seen.data;
      }
      throw err;
    }
  };
  const pages = async (route: string, params: Record<string, unknown>): Promise<unknown[]> => {
    const all: unknown[] = [];
    for (let page = 1; ; page++) {
      const data = await get(route, { ...params, per_page: 100, page });
      if (!Array.isArray(data)) throw new OrgCoverageError(`${route}: the API answered something other than a list`);
      all.push(...(data as unknown[]));
      if (data.length < 100) return all;
    }
  };

  const properties = new Map<string, Record<string, string | string[] | null>>();
  if (opts.property !== undefined) {
    let values: unknown[];
    try {
      values = await pages('GET /orgs/{org}/properties/values', { org });
    } catch (err) {
      throw new OrgCoverageError(`the custom property values of ${oneLine(org)} could not be read (HTTP ${status(err) ?? '?'}: ${message(err)}): which repositories must be enrolled is unknown`);
    }
    for (const v of values) {
      if (!isObj(v)) continue;
      const name = str(own(v, 'repository_full_name'));
      const props = own(v, 'properties');
      if (name === undefined || !Array.isArray(props)) continue;
      const map: Record<string, string | string[] | null> = {};
      for (const p of props as unknown[]) {
        if (!isObj(p)) continue;
        const pn = str(own(p, 'property_name'));
        const pv = own(p, 'value');
        if (pn !== undefined) map[pn] = typeof pv === 'string' || pv === null ? pv : Array.isArray(pv) ? pv.filter((x): x is string => typeof x === 'string') : null;
      }
      properties.set(name.toLowerCase(), map);
    }
  }

  let repos: unknown[];
  try {
    repos = await pages('GET /orgs/{org}/repos', { org, type: 'all' });
  } catch (err) {
    throw new OrgCoverageError(`the repositories of ${oneLine(org)} could not be listed (HTTP ${status(err) ?? '?'}: ${message(err)})`);
  }

  const blobs = new Map<string, Promise<string>>();
  const blobText = (owner: string, repo: string, sha: string) => {
    let p = blobs.get(sha);
    if (!p) {
      p = get('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { owner, repo, file_sha: sha }).then((d) => {
        const content = isObj(d) ? str(own(d, 'content')) : undefined;
        if (content === undefined || (isObj(d) && own(d, 'encoding') !== 'base64')) throw new OrgCoverageError(`blob ${sha} is not base64 content`);
        return Buffer.from(content, 'base64').toString('utf8');
      });
      blobs.set(sha, p);
    }
    return p;
  };

  const one = async (r: unknown): Promise<RepositoryFacts | null> => {
    if (!isObj(r)) return null;
    const fullName = str(own(r, 'full_name'));
    const name = str(own(r, 'name'));
    const ownerObj = own(r, 'owner');
    const owner = isObj(ownerObj) ? str(own(ownerObj, 'login')) : undefined;
    const defaultBranch = str(own(r, 'default_branch'));
    if (fullName === undefined || name === undefined || owner === undefined || defaultBranch === undefined) return null;
    const base = { owner, repo: name };
    // Archived repositories take no changes: listed as skipped, read no further.
    if (own(r, 'archived') === true) return { fullName, defaultBranch, archived: true, properties: {}, policy: { state: 'missing' }, requiredChecks: { contexts: [], sources: [] }, workflows: [] };
    return {
      fullName,
      defaultBranch,
      archived: false,
      properties: properties.get(fullName.toLowerCase()) ?? {},
      policy: await readPolicy(base, defaultBranch),
      requiredChecks: await readRequiredChecks(base, defaultBranch),
      workflows: await readWorkflows(base, defaultBranch),
    };
  };

  const readPolicy = async (base: { owner: string; repo: string }, ref: string): Promise<RepositoryFacts['policy']> => {
    let d: unknown;
    try {
      d = await get('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path: DEFAULT_POLICY_PATH, ref });
    } catch (err) {
      if (status(err) === 404) return { state: 'missing' };
      return { state: 'unknown', problem: `HTTP ${status(err) ?? '?'}: ${message(err)}` };
    }
    const content = isObj(d) ? str(own(d, 'content')) : undefined;
    if (content === undefined || !isObj(d) || own(d, 'type') !== 'file') return { state: 'invalid', problem: `${DEFAULT_POLICY_PATH} is not a file` };
    const text = Buffer.from(content, 'base64').toString('utf8');
    const doc = loadDocument(text, DEFAULT_POLICY_PATH);
    if (!doc.ok) return { state: 'invalid', problem: oneLine(doc.problems[0]?.message ?? 'not YAML') };
    const parsed = parsePolicy(doc.doc.value);
    if (!parsed.ok) return { state: 'invalid', problem: oneLine(parsed.problems[0]?.message ?? 'invalid') };
    return { state: 'valid', version: parsed.policy.version, sha: str(own(d, 'sha')) ?? '' };
  };

  const readRequiredChecks = async (base: { owner: string; repo: string }, branch: string): Promise<RequiredChecks | { unknown: string }> => {
    const contexts = new Set<string>();
    const sources = new Set<RequiredChecks['sources'][number]>();
    try {
      for (const rule of await pages('GET /repos/{owner}/{repo}/rules/branches/{branch}', { ...base, branch })) {
        if (!isObj(rule) || own(rule, 'type') !== 'required_status_checks') continue;
        const params = own(rule, 'parameters');
        const list = isObj(params) ? own(params, 'required_status_checks') : undefined;
        for (const c of Array.isArray(list) ? (list as unknown[]) : []) {
          const ctx = isObj(c) ? str(own(c, 'context')) : undefined;
          if (ctx !== undefined) {
            contexts.add(ctx);
            sources.add('ruleset');
          }
        }
      }
    } catch (err) {
      return { unknown: `rules for ${branch}: HTTP ${status(err) ?? '?'}: ${message(err)}` };
    }
    if (![...contexts].some((c) => opts.guardChecks.includes(c))) {
      let b: unknown;
      try {
        b = await get('GET /repos/{owner}/{repo}/branches/{branch}', { ...base, branch });
      } catch (err) {
        return { unknown: `branch ${branch}: HTTP ${status(err) ?? '?'}: ${message(err)}` };
      }
      const protection = isObj(b) ? own(b, 'protection') : undefined;
      const rsc = isObj(protection) ? own(protection, 'required_status_checks') : undefined;
      if (isObj(rsc)) {
        const listed = [...(Array.isArray(own(rsc, 'contexts')) ? (own(rsc, 'contexts') as unknown[]) : []), ...(Array.isArray(own(rsc, 'checks')) ? (own(rsc, 'checks') as unknown[]).map((c) => (isObj(c) ? own(c, 'context') : undefined)) : [])];
        for (const c of listed) {
          if (typeof c === 'string') {
            contexts.add(c);
            sources.add('branch-protection');
          }
        }
      }
    }
    return { contexts: [...contexts].sort(), sources: [...sources].sort() };
  };

  const readWorkflows = async (base: { owner: string; repo: string }, ref: string): Promise<WorkflowFacts[] | { unknown: string }> => {
    let d: unknown;
    try {
      d = await get('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path: '.github/workflows', ref });
    } catch (err) {
      if (status(err) === 404) return [];
      return { unknown: `HTTP ${status(err) ?? '?'}: ${message(err)}` };
    }
    if (!Array.isArray(d)) return { unknown: '.github/workflows is not a directory' };
    const out: WorkflowFacts[] = [];
    try {
      for (const e of d as unknown[]) {
        if (!isObj(e)) continue;
        const path = str(own(e, 'path'));
        const sha = str(own(e, 'sha'));
        if (path === undefined || sha === undefined || !/\.ya?ml$/i.test(path)) continue;
        // A symlink or submodule under workflows is not a workflow GitHub runs; anything else unread is unknown.
        if (own(e, 'type') !== 'file') continue;
        out.push(workflowFacts(path, await blobText(base.owner, base.repo, sha)));
      }
    } catch (err) {
      return { unknown: `a workflow could not be read: ${message(err)}` };
    }
    return out;
  };

  const facts: RepositoryFacts[] = [];
  const queue = repos.slice();
  const workers = Array.from({ length: Math.max(1, opts.concurrency ?? 8) }, async () => {
    for (let r = queue.shift(); r !== undefined; r = queue.shift()) {
      const f = await one(r);
      if (f) facts.push(f);
    }
  });
  await Promise.all(workers);
  await cache.save();
  return { repositories: facts, requests, notModified };
}
