// Workflow run artifacts of an organisation's repositories, read through the REST API: repositories and
// artifact lists paginated at 100 (lists filtered by name server-side), conditional requests through an
// ETag cache (a 304 is not counted against the rate limit), the rate-limit budget read from every answer,
// and archive downloads checked against the size and digest GitHub lists for them. Counts every request.

import { createHash } from 'node:crypto';
import { isObj, num, own, str } from '../core/json.js';
import { oneLine } from '../core/text.js';
import { ConditionalCache, type OrgClient } from './github-org.js';

export class ArtifactDownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArtifactDownloadError';
  }
}

export interface ArtifactRef {
  /** owner/name */
  repository: string;
  id: number;
  name: string;
  created_at: string;
  size_in_bytes: number;
  /** `sha256:<hex>` when GitHub lists one (artifacts uploaded with actions/upload-artifact v4+). */
  digest: string | null;
  expired: boolean;
  workflow_run_id: number | null;
}

export interface RepositoryRef {
  owner: string;
  name: string;
  archived: boolean;
}

/** What the last answer said about the core rate limit (null until a response carried the headers). */
export interface RateBudget {
  remaining: number | null;
  resetAt: Date | null;
}

// Owner and repository names as GitHub allows them: they become folder names of the snapshot.
const NAME = /^[A-Za-z0-9_.-]{1,100}$/;
const safeName = (s: string | undefined): s is string => s !== undefined && NAME.test(s) && s !== '.' && s !== '..';
const statusOf = (err: unknown): number | undefined => (isObj(err) && typeof own(err, 'status') === 'number' ? (own(err, 'status') as number) : undefined);
const why = (err: unknown) => oneLine(err instanceof Error ? err.message.split('\n')[0]! : String(err)).slice(0, 200);

export class GitHubArtifacts {
  requests = 0;
  notModified = 0;
  readonly budget: RateBudget = { remaining: null, resetAt: null };
  private readonly cache: ConditionalCache;

  constructor(
    private readonly client: OrgClient,
    cache?: ConditionalCache,
  ) {
    this.cache = cache ?? ConditionalCache.memory();
  }

  private note(headers: Record<string, string | number | undefined> | undefined): void {
    const remaining = Number(headers?.['x-ratelimit-remaining']);
    const reset = Number(headers?.['x-ratelimit-reset']);
    if (Number.isFinite(remaining)) this.budget.remaining = remaining;
    if (Number.isFinite(reset)) this.budget.resetAt = new Date(reset * 1000);
  }

  /** One GET, conditional when the cache has seen it. */
  private async get(route: string, params: Record<string, unknown>): Promise<unknown> {
    const key = `${route} ${JSON.stringify(params)}`;
    const seen = this.cache.get(key);
    this.requests++;
    try {
      const res = await this.client.request(route, { ...params, headers: seen ? { 'if-none-match': seen.etag } : {} });
      this.note(res.headers);
      if (typeof res.headers.etag === 'string') this.cache.set(key, { etag: res.headers.etag, data: res.data });
      return res.data;
    } catch (err) {
      if (statusOf(err) === 304 && seen) {
        this.notModified++;
        return seen.data;
      }
      throw err;
    }
  }

  async saveCache(): Promise<void> {
    await this.cache.save();
  }

  /** Every repository of the organisation (archived ones too: their artifacts are still evidence). */
  async repositories(org: string): Promise<RepositoryRef[]> {
    const out: RepositoryRef[] = [];
    for (let page = 1; ; page++) {
      let data: unknown;
      try {
        data = await this.get('GET /orgs/{org}/repos', { org, type: 'all', per_page: 100, page });
      } catch (err) {
        throw new ArtifactDownloadError(`the repositories of ${oneLine(org)} could not be listed (page ${page}): ${why(err)}`);
      }
      if (!Array.isArray(data)) throw new ArtifactDownloadError(`GET /orgs/${oneLine(org)}/repos answered something other than a list`);
      for (const r of data as unknown[]) {
        const ownerObj = isObj(r) ? own(r, 'owner') : undefined;
        const owner = isObj(ownerObj) ? str(own(ownerObj, 'login')) : undefined;
        const name = isObj(r) ? str(own(r, 'name')) : undefined;
        if (!safeName(owner) || !safeName(name)) throw new ArtifactDownloadError(`GET /orgs/${oneLine(org)}/repos listed a repository without a usable owner and name: ${oneLine(JSON.stringify(r)).slice(0, 120)}`);
        out.push({ owner, name, archived: isObj(r) && own(r, 'archived') === true });
      }
      if (data.length < 100) return out;
    }
  }

  /** The repository's artifacts named `name`, as GitHub lists them (newest first); a repository with Actions disabled (404) has none. */
  async artifacts(repo: RepositoryRef, name: string): Promise<ArtifactRef[]> {
    const full = `${repo.owner}/${repo.name}`;
    const out: ArtifactRef[] = [];
    for (let page = 1; ; page++) {
      let data: unknown;
      try {
        data = await this.get('GET /repos/{owner}/{repo}/actions/artifacts', { owner: repo.owner, repo: repo.name, name, per_page: 100, page });
      } catch (err) {
        if (statusOf(err) === 404 && page === 1) return [];
        throw new ArtifactDownloadError(`the artifacts of ${full} could not be listed (page ${page}): ${why(err)}`);
      }
      const list = isObj(data) ? own(data, 'artifacts') : undefined;
      if (!Array.isArray(list)) throw new ArtifactDownloadError(`GET /repos/${full}/actions/artifacts answered without an artifacts list`);
      for (const a of list as unknown[]) out.push(artifactRef(full, a));
      if (list.length < 100) return out;
    }
  }

  /** The artifact's ZIP archive, refused when it is larger than `maxBytes` or differs from the digest (or size) GitHub listed. */
  async download(a: ArtifactRef, maxBytes: number): Promise<Buffer> {
    const where = `artifact ${a.id} (${oneLine(a.name)}) of ${a.repository}`;
    if (a.size_in_bytes > maxBytes) throw new ArtifactDownloadError(`${where} is ${a.size_in_bytes} bytes, more than the ${maxBytes} allowed`);
    const [owner, repo] = a.repository.split('/') as [string, string];
    this.requests++;
    let data: unknown;
    try {
      // Answered with a redirect to the archive's storage, which the client follows.
      const res = await this.client.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { owner, repo, artifact_id: a.id, archive_format: 'zip' });
      // The answer is the storage's (after the redirect), without the API's rate-limit headers: the
      // redirect itself was one request of the budget.
      if (res.headers['x-ratelimit-remaining'] === undefined && this.budget.remaining !== null) this.budget.remaining--;
      else this.note(res.headers);
      data = res.data;
    } catch (err) {
      throw new ArtifactDownloadError(`${where} could not be downloaded: ${statusOf(err) === 410 ? 'it has expired' : why(err)}`);
    }
    const zip = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.isBuffer(data) ? data : null;
    if (!zip) throw new ArtifactDownloadError(`${where}: the download answered ${typeof data === 'string' ? 'text' : typeof data}, not an archive`);
    if (zip.length > maxBytes) throw new ArtifactDownloadError(`${where}: the archive is ${zip.length} bytes, more than the ${maxBytes} allowed`);
    if (a.digest !== null) {
      const actual = `sha256:${createHash('sha256').update(zip).digest('hex')}`;
      if (actual !== a.digest.toLowerCase()) throw new ArtifactDownloadError(`${where}: the archive's digest is ${actual}, not the ${oneLine(a.digest)} GitHub lists for it`);
    } else if (zip.length !== a.size_in_bytes) {
      throw new ArtifactDownloadError(`${where}: the archive is ${zip.length} bytes, not the ${a.size_in_bytes} GitHub lists for it (and it has no digest)`);
    }
    return zip;
  }
}

function artifactRef(repository: string, a: unknown): ArtifactRef {
  const bad = (what: string): never => {
    throw new ArtifactDownloadError(`GET /repos/${repository}/actions/artifacts listed an artifact without ${what}: ${oneLine(JSON.stringify(a)).slice(0, 160)}`);
  };
  if (!isObj(a)) return bad('fields');
  const id = num(own(a, 'id'));
  const name = str(own(a, 'name'));
  const created = str(own(a, 'created_at'));
  const size = num(own(a, 'size_in_bytes'));
  const digest = own(a, 'digest');
  if (id === undefined || !Number.isSafeInteger(id) || id <= 0) return bad('a numeric id');
  if (name === undefined) return bad('a name');
  if (created === undefined || !Number.isFinite(Date.parse(created))) return bad('a creation time');
  if (size === undefined || size < 0) return bad('a size');
  if (digest !== undefined && digest !== null && (typeof digest !== 'string' || !/^sha256:[0-9a-f]{64}$/i.test(digest))) return bad('a sha256 digest');
  const run = own(a, 'workflow_run');
  const runId = isObj(run) ? num(own(run, 'id')) : undefined;
  return { repository, id, name, created_at: created, size_in_bytes: size, digest: typeof digest === 'string' ? digest : null, expired: own(a, 'expired') === true, workflow_run_id: runId ?? null };
}
