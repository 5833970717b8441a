// The approval gate's facts, collected for one pull request from GitHub's REST API (and from git when a
// checkout holding the base and head commits is present), then handed to the pure core
// (`evaluateApprovals`). Nothing here decides who counts; it only gathers, completely or not at all.
//
// What is read, in order (every call is counted; see `requestCounter`):
//   1. the pull request (head and base SHAs, base branch and the repository's default branch, author,
//      counts of commits and files, requested reviewers), unless the caller passes the event payload's
//      (`pullFromEvent`, as the action does: GitHub's snapshot at event time, no request). A
//      `pull_request_review` payload has no counts: completeness then rests on the lists themselves
//      (the comparison's `total_commits`, fewer than 300 files there, fewer than 3,000 from the files
//      endpoint);
//   2. its reviews, 100 a page, every page (a list that cannot be read to the end is incomplete: deny;
//      so is one that lists a review twice: it shifted between pages, and a review may have been skipped);
//   3. the change's commits and (without a usable git checkout) files in ONE request: the comparison
//      `GET /repos/{o}/{r}/compare/{base}...{head}` of the two SHAs read in step 1, 100 commits a page.
//      It is pinned to those SHAs, so the lists cannot belong to another head or another base (a push
//      or a retargeted base between the reads changes nothing). It must agree with the pull request's
//      counts: when it lists another number of commits than the pull request reports, the commits are
//      read from the pull request's commits endpoint instead (GitHub lists at most 250 there; the
//      last one must be the head read in step 1); when it lists another number of files (it shows at
//      most 300), the files are read from the pull request's files endpoint (at most 3,000: a list
//      shorter than `changed_files` is incomplete: deny). That endpoint is not pinned: it lists the
//      files of the pull request's head at the time of the request, so the pull request is read once
//      more after it, and a head other than the judged one is a deny. More than 250 commits is
//      incomplete: deny;
//   4. the policy, the task manifest (when named) and CODEOWNERS (only when the tier needs code owners)
//      from the BASE commit: with `git` when the checkout holds it (no request), else through the
//      contents API (`ref` = base SHA), with the project's loaders;
//   5. repository permissions (`GET /repos/{o}/{r}/collaborators/{u}/permission`, `role_name`) only for
//      reviewers whose latest decisive review could count or block once the permission is known
//      (decided by running the core with every reviewer assumed to have write), and team memberships
//      only where the policy's reviewers or the code owners are teams;
//   6. only when the result would be `approved`: the issue events, for the last change of the base
//      branch (an approval given before it approved the head against another base: not counted).
//
// Request budget (a pull request with up to 100 reviews, 100 commits and 300 files, one reviewer whose
// permission decides, CODEOWNERS at .github/CODEOWNERS): [pull], reviews, comparison, and without a
// checkout the policy (+1 manifest, +1 CODEOWNERS when the tier needs code owners), + 1 permission,
// + 1 issue events when approved. The action adds review routing and the status, and reuses the
// issue events for the approval latency (see src/actions/run-approval-gate.ts for the totals).
//
// The tier is recomputed here with guard-diff's `evaluateChange`, never taken from an artifact of an
// untrusted run. With a git checkout it is exact (modes, symlinks, submodules, content reviews). From
// the files API the file kinds are unknown (the API reports no modes, so a symlink, a new executable or
// a submodule looks like any file): every file is then treated as high tier, and the result says so.
//
// Identical rebase (`keep_on_identical_rebase`): only with a git checkout, one `git patch-id --verbatim`
// digest over the whole range of each side, and the same changed paths, modes and blobs on both sides
// (see src/core/approvals.ts); without one the option cannot apply and the result says so.

import { codeownerTeams, commitFact, latestDecisive, pathsAtTier, pullInfo, reviewersNeedingPermission, reviewFact, tierFromFilesApi, withReasonsFrom } from '../core/approval-facts.js';
import type { ApiRequestCounter, GateResult } from '../core/approval-report.js';
import { evaluateApprovals, type ApprovalFacts, type IdenticalRebaseProof, type RepoPermission } from '../core/approvals.js';
import { CODEOWNERS_LOCATIONS, CODEOWNERS_MAX_BYTES, CodeownersFile, parseCodeowners } from '../core/codeowners.js';
import { sha256 } from '../core/digest.js';
import { quoteUntrusted } from '../core/text.js';
import { evaluateChange, type Evaluation, type ManifestInput, type PolicyInput } from '../core/evaluate.js';
import { foldLogin } from '../core/logins.js';
import type { Manifest } from '../core/manifest.js';
import { BASELINE_POLICY, type Policy } from '../core/policy.js';
import { DEFAULT_POLICY_PATH } from '../core/protected.js';
import type { ChangeEntry, Problem } from '../core/types.js';
import { loadManifest, loadPolicy } from './config.js';
import { contentFindings } from './content-review.js';
import { computeChangeSet } from './git/change-set.js';
import { patchId } from './git/history.js';
import { GitError } from './git/process.js';
import { isShallow, mergeBase, readFileAtCommit, resolveCommit } from './git/reads.js';
import { compileGuarded, ConfigError } from './review-change.js';
import { MAX_DOCUMENT_BYTES } from '../core/yaml.js';
import { obj, str, num } from '../core/json.js';

// The pure parts live in src/core (approval-facts.ts, approval-report.ts).

// ---------------------------------------------------------------------------------------------------
// The REST client, typed structurally (any Octokit with `request` and `hook` fits)

export interface RestResponse {
  status: number;
  headers: Record<string, unknown>;
  data: unknown;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export interface RestClient {
  request(route: string, params?: Record<string, unknown>): Promise<RestResponse>;
  hook: { wrap(name: 'request', wrapper: (request: (options: any) => any, options: any) => any): void };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

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
  let counter = counters.get(client);
  if (counter) return counter;
  const c = new Counter();
  counters.set(client, c);
  client.hook.wrap('request', async (request, options) => {
    const inner = (options.request?.fetch ?? globalThis.fetch) as typeof fetch;
    const counting: typeof fetch = (input, init) => {
      c.count();
      return inner(input, init);
    };
    options.request = { ...(options.request ?? {}), fetch: counting };
    return request(options);
  });
  return c;
}

// ---------------------------------------------------------------------------------------------------
// Small JSON readers (API data is untrusted input)


async function call(client: RestClient, route: string, params: Record<string, unknown> = {}): Promise<RestResponse> {
  try {
    return await client.request(route, params);
  } catch (err) {
    const e = err as { status?: unknown; message?: unknown };
    const status = typeof e.status === 'number' ? e.status : undefined;
    const message = typeof e.message === 'string' ? e.message.split('\n')[0]!.slice(0, 300) : String(err);
    throw new GitHubApiError(`${route.replace(/^GET https?:\/\/[^/]+/, 'GET ')} failed${status !== undefined ? ` (HTTP ${status})` : ''}: ${message}`, status);
  }
}

function nextLink(link: unknown): string | undefined {
  if (typeof link !== 'string') return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

interface ListResult {
  items: unknown[];
  /** False when more pages existed than we were willing to read. */
  complete: boolean;
}

/** Every page of a list endpoint, 100 a page, following `Link: rel="next"`, at most `maxPages` pages. */
async function listAll(client: RestClient, route: string, params: Record<string, unknown>, maxPages: number): Promise<ListResult> {
  const items: unknown[] = [];
  let res = await call(client, route, { ...params, per_page: 100 });
  for (let page = 1; ; page++) {
    if (!Array.isArray(res.data)) throw new GitHubApiError(`${route} did not return a list`, res.status);
    items.push(...res.data);
    const next = nextLink(res.headers.link);
    if (next === undefined) return { items, complete: true };
    if (page >= maxPages) return { items, complete: false };
    res = await call(client, `GET ${next}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Contents at the base commit

export interface GateTarget {
  owner: string;
  repo: string;
  pullNumber: number;
}

type FileRead = { found: true; bytes: Buffer } | { found: false };

/**
 * Reads a regular file at the base commit: `found: false` when the path does not exist there; a
 * ConfigError when it is anything but a regular file (directory, symlink, submodule) or too large.
 */
export interface BaseReader {
  /** `api` (contents API) or `git` (a checkout holding the base commit). */
  readonly via: 'api' | 'git';
  read(path: string, maxBytes: number): Promise<FileRead>;
}

/** The contents API at `base` (`ref` = the base SHA): one request a path. */
export function apiReader(client: RestClient, t: GateTarget, base: string): BaseReader {
  return { via: 'api', read: (path, maxBytes) => readFileAt(client, t, path, base, maxBytes) };
}

/** `git` at `base` in a checkout that holds it (no request). Git failures become configuration errors. */
export function gitReader(dir: string, base: string): BaseReader {
  return {
    via: 'git',
    async read(path, maxBytes) {
      try {
        const bytes = await readFileAtCommit(dir, base, path, { maxBytes });
        return bytes === null ? { found: false } : { found: true, bytes };
      } catch (err) {
        if (!(err instanceof GitError)) throw err;
        const label = `${base.slice(0, 12)}:${path}`;
        throw new ConfigError([{ code: 'file_read', message: `${label}: ${err.message}`, location: { file: label } }]);
      }
    },
  };
}

/** A regular file at `ref` through the contents API; `found: false` on 404. Anything but a regular file is an error. */
async function readFileAt(client: RestClient, t: GateTarget, path: string, ref: string, maxBytes: number): Promise<FileRead> {
  const label = `${ref.slice(0, 12)}:${path}`;
  let res: RestResponse;
  try {
    res = await call(client, 'GET /repos/{owner}/{repo}/contents/{path}', { owner: t.owner, repo: t.repo, path, ref });
  } catch (err) {
    if (err instanceof GitHubApiError && err.status === 404) return { found: false };
    throw err;
  }
  const d = obj(res.data);
  if (Array.isArray(res.data) || d.type !== 'file') {
    throw new ConfigError([{ code: 'file_read', message: `${label} is not a regular file (${Array.isArray(res.data) ? 'a directory' : String(d.type)})`, location: { file: label } }]);
  }
  const size = num(d.size) ?? -1;
  if (size > maxBytes) throw new ConfigError([{ code: 'file_read', message: `${label} is ${size} bytes; the limit is ${maxBytes}`, location: { file: label } }]);
  const content = str(d.content);
  if (d.encoding !== 'base64' || content === undefined) {
    throw new ConfigError([{ code: 'file_read', message: `${label}: the contents API returned no inline content (encoding ${String(d.encoding)})`, location: { file: label } }]);
  }
  const bytes = Buffer.from(content.replace(/\s+/g, ''), 'base64');
  if (size >= 0 && bytes.length !== size) {
    throw new ConfigError([{ code: 'file_read', message: `${label}: decoded ${bytes.length} bytes, the API reported ${size}`, location: { file: label } }]);
  }
  return { found: true, bytes };
}

function unwrapLoad<T>(outcome: { ok: true; loaded: { value: T; sha256: string } } | { ok: false; problems: Problem[] }): { value: T; sha256: string } {
  if (!outcome.ok) throw new ConfigError(outcome.problems);
  return outcome.loaded;
}

async function loadPolicyAtBase(reader: BaseReader, base: string, explicitPath: string | undefined, manifestPath: string | undefined): Promise<{ policy: Policy; input: PolicyInput }> {
  const path = explicitPath ?? DEFAULT_POLICY_PATH;
  // The manifest the run reads is a guard file wherever it sits (as guard-diff treats it).
  const manifestPaths = manifestPath !== undefined ? [manifestPath] : [];
  const compile = (p: Policy, o: { policyPath?: string }) => compileGuarded(p, o, manifestPaths);
  const read = await reader.read(path, MAX_DOCUMENT_BYTES);
  if (!read.found) {
    if (explicitPath !== undefined) throw new ConfigError([{ code: 'file_read', message: `${base.slice(0, 12)}:${path}: not found at the base commit`, location: { file: path } }]);
    const digest = sha256(JSON.stringify(BASELINE_POLICY));
    return { policy: BASELINE_POLICY, input: { compiled: compile(BASELINE_POLICY, {}), source: `built-in baseline (no ${DEFAULT_POLICY_PATH} at ${base.slice(0, 12)})`, sha256: digest } };
  }
  const label = `${base.slice(0, 12)}:${path}`;
  const { value, sha256: digest } = unwrapLoad(loadPolicy(read.bytes, label));
  return { policy: value, input: { compiled: compile(value, { policyPath: path }), source: label, sha256: digest } };
}

async function loadManifestAtBase(reader: BaseReader, base: string, path: string): Promise<ManifestInput> {
  const label = `${base.slice(0, 12)}:${path}`;
  const read = await reader.read(path, MAX_DOCUMENT_BYTES);
  if (!read.found) throw new ConfigError([{ code: 'file_read', message: `${label}: not found at the base commit`, location: { file: path } }]);
  const { value, sha256: digest } = unwrapLoad(loadManifest(read.bytes, label));
  return { manifest: value as Manifest, source: label, sha256: digest };
}

/** CODEOWNERS from the base commit, at the first location GitHub would use; undefined when there is none. */
async function loadCodeownersAtBase(reader: BaseReader): Promise<CodeownersFile | undefined> {
  for (const location of CODEOWNERS_LOCATIONS) {
    let read: FileRead;
    try {
      read = await reader.read(location, CODEOWNERS_MAX_BYTES - 1);
    } catch (err) {
      if (err instanceof ConfigError) {
        // Too large, not a file, or not inline: GitHub would not use it as we read it. Fail closed.
        return new CodeownersFile(location, [], err.problems.map((p) => ({ ...p, code: 'codeowners_unreadable' })));
      }
      throw err;
    }
    if (read.found) return parseCodeowners(read.bytes.toString('utf8'), { file: location });
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// The change's commits and files: one comparison of the two SHAs

/** GitHub lists at most 250 commits of a pull request; the gate reads no more than that from the comparison either. */
export const MAX_COMMITS = 250;
/** The comparison shows at most 300 files. */
export const COMPARE_MAX_FILES = 300;
/** GitHub lists at most 3,000 files of a pull request. */
export const PULL_MAX_FILES = 3000;

interface Comparison {
  commits: unknown[];
  /** `total_commits`, or null when the API did not say. */
  totalCommits: number | null;
  /** The first page's files (at most 300), or null when the response had none. */
  files: unknown[] | null;
  /** Every commit of the comparison was read. */
  complete: boolean;
}

/**
 * `GET /repos/{o}/{r}/compare/{base}...{head}`, 100 commits a page (the files come with the first page).
 * More than MAX_COMMITS commits are not read: the result is incomplete.
 */
async function readComparison(client: RestClient, t: GateTarget, base: string, head: string): Promise<Comparison> {
  const route = 'GET /repos/{owner}/{repo}/compare/{basehead}';
  let res = await call(client, route, { owner: t.owner, repo: t.repo, basehead: `${base}...${head}`, per_page: 100 });
  const first = obj(res.data);
  if (!Array.isArray(first.commits)) throw new GitHubApiError(`${route} returned no list of commits`, res.status);
  const commits: unknown[] = [...first.commits];
  const totalCommits = num(first.total_commits) ?? null;
  const files = Array.isArray(first.files) ? first.files : null;
  if (totalCommits === null || totalCommits > MAX_COMMITS) return { commits, totalCommits, files, complete: false };
  let next = nextLink(res.headers.link);
  for (let page = 1; next !== undefined && commits.length < totalCommits && page < Math.ceil(MAX_COMMITS / 100); page++) {
    res = await call(client, `GET ${next}`);
    const d = obj(res.data);
    if (!Array.isArray(d.commits)) throw new GitHubApiError(`${route} (page ${page + 1}) returned no list of commits`, res.status);
    commits.push(...d.commits);
    next = nextLink(res.headers.link);
  }
  return { commits, totalCommits, files, complete: commits.length === totalCommits };
}

const STANDARD_ROLES: ReadonlySet<string> = new Set(['admin', 'maintain', 'write', 'triage', 'read']);
const LEGACY_PERMISSIONS: ReadonlySet<string> = new Set(['admin', 'write', 'read', 'none']);

/** A login's repository permission: `role_name` for the standard roles, else the legacy `permission` (custom roles); 404 is none. */
export async function lookupPermission(client: RestClient, t: GateTarget, login: string): Promise<RepoPermission> {
  let res: RestResponse;
  try {
    res = await call(client, 'GET /repos/{owner}/{repo}/collaborators/{username}/permission', { owner: t.owner, repo: t.repo, username: login });
  } catch (err) {
    if (err instanceof GitHubApiError && err.status === 404) return 'none';
    throw err;
  }
  const d = obj(res.data);
  const role = str(d.role_name);
  if (role !== undefined && STANDARD_ROLES.has(role)) return role as RepoPermission;
  const legacy = str(d.permission);
  if (legacy !== undefined && LEGACY_PERMISSIONS.has(legacy)) return legacy as RepoPermission;
  // GitHub always names one; an answer without (an unreadable body, a new value) is not "none": read as
  // none, a change request by that reviewer would stop blocking.
  throw new GitHubApiError(`the permission of ${login} could not be read (permission ${JSON.stringify(legacy ?? null)}, role_name ${JSON.stringify(role ?? null)})`, res.status);
}

type Membership = 'member' | 'not_member' | 'unknown';

async function teamMembership(client: RestClient, org: string, slug: string, login: string): Promise<Membership> {
  try {
    const res = await call(client, 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: login });
    const state = obj(res.data).state;
    // `pending` (invited, not yet a member) is not a member; an answer without a state is not known.
    return state === 'active' ? 'member' : state === 'pending' ? 'not_member' : 'unknown';
  } catch (err) {
    // 404: not a member, or a token that cannot see the team (either way nothing is known to count).
    if (err instanceof GitHubApiError && err.status === 404) return 'not_member';
    if (err instanceof GitHubApiError && (err.status === 403 || err.status === 401)) return 'unknown';
    throw err;
  }
}

/** `org/slug` for a team named `org/slug`, `@org/slug` or a bare `slug` (the repository owner's org). */
function teamKey(team: string, owner: string): { org: string; slug: string; key: string } {
  const name = team.startsWith('@') ? team.slice(1) : team;
  const [org, slug] = name.includes('/') ? (name.split('/', 2) as [string, string]) : [owner, name];
  return { org, slug, key: `${org}/${slug}`.toLowerCase() };
}

/** Most permission lookups one gate run makes; beyond it reviewers stay unknown (never counted). */
export const MAX_PERMISSION_LOOKUPS = 30;

export interface PermissionFacts {
  permissions: Record<string, RepoPermission>;
  teamMembers: Record<string, string[]>;
  warnings: string[];
}

/**
 * Look up permissions for `logins` (those not already known), then, for those with write or more,
 * their membership of `teams` (until one says member). Any unknown membership (403) leaves the team out
 * of `teamMembers` altogether: membership is then unknown for everyone, never "not a member".
 */
export async function lookupPermissions(
  client: RestClient,
  t: GateTarget,
  logins: readonly string[],
  teams: readonly string[],
  known: PermissionFacts,
): Promise<PermissionFacts> {
  const permissions = { ...known.permissions };
  const warnings = [...known.warnings];
  const members = new Map<string, Set<string>>(Object.entries(known.teamMembers).map(([k, v]) => [k, new Set(v)]));
  const unknownTeams = new Set<string>();
  const have = new Set(Object.keys(permissions).map(foldLogin));
  const todo = [...new Map(logins.map((l) => [foldLogin(l), l])).values()].filter((l) => !have.has(foldLogin(l)));
  let budget = MAX_PERMISSION_LOOKUPS - have.size;
  for (const login of todo) {
    if (budget <= 0) {
      warnings.push(`permission of ${login} was not looked up (more than ${MAX_PERMISSION_LOOKUPS} lookups): never counted`);
      continue;
    }
    budget -= 1;
    permissions[login] = await lookupPermission(client, t, login);
  }
  const writers = Object.entries(permissions)
    .filter(([l, p]) => ['admin', 'maintain', 'write'].includes(p) && logins.some((x) => foldLogin(x) === foldLogin(l)))
    .map(([l]) => l);
  for (const team of teams) {
    const { org, slug, key } = teamKey(team, t.owner);
    let set = members.get(key);
    for (const login of writers) {
      if (set?.has(foldLogin(login))) continue;
      const m = await teamMembership(client, org, slug, login);
      if (m === 'member') {
        if (!set) members.set(key, (set = new Set()));
        set.add(foldLogin(login));
      } else if (m === 'unknown') {
        unknownTeams.add(key);
      } else if (!set) {
        members.set(key, (set = new Set()));
      }
    }
  }
  for (const key of unknownTeams) {
    warnings.push(`membership of team ${key} could not be read with this token (it needs members: read): its members are not counted as such`);
    // Even when some memberships are known: a partial list would read the unknown ones as
    // non-members, whose change requests would then not block. Unknown team: nobody counts through it.
    members.delete(key);
  }
  return { permissions, teamMembers: Object.fromEntries([...members].map(([k, v]) => [k, [...v]])), warnings };
}

// ---------------------------------------------------------------------------------------------------
// Git: exact tier and identical-rebase proofs, when a checkout holds the commits

/** True when `dir` is a full (non-shallow) git repository containing both commits. */
async function checkoutHolds(dir: string, base: string, head: string): Promise<{ ok: true } | { ok: false; why: string }> {
  try {
    if (await isShallow(dir)) return { ok: false, why: 'the checkout is shallow (use fetch-depth: 0)' };
    await resolveCommit(dir, base);
    await resolveCommit(dir, head);
    return { ok: true };
  } catch (err) {
    return { ok: false, why: err instanceof GitError ? err.message : String(err) };
  }
}

/**
 * The paths that set the tier, and the other paths of those files through symlinks of the head tree
 * (git's `linkedFrom`: with `.github/workflows -> ../ci`, an edit of ci/deploy.yml is an edit of
 * .github/workflows/deploy.yml, which is why its tier is high). The code owners of those paths must
 * approve too: more owners, never fewer, as with case variants.
 */
function withSymlinkAliases(paths: readonly string[], entries: readonly ChangeEntry[] | undefined): string[] {
  const out = new Set(paths);
  for (const e of entries ?? []) if (out.has(e.path) || (e.previousPath !== undefined && out.has(e.previousPath))) for (const a of e.linkedFrom ?? []) out.add(a);
  return [...out];
}

/** One line per changed path: both paths of a rename, both modes, both blobs. Equal lists: the same change, byte for byte. */
function changeKeys(entries: readonly ChangeEntry[]): string[] {
  return entries.map((e) => [e.status, e.previousPath ?? '', e.path, e.oldMode, e.newMode, e.oldBlob, e.newBlob].join('\u0000')).sort();
}

/** The first path whose change differs between the two ranges, or undefined when they are the same. */
function firstDifference(approved: readonly ChangeEntry[], head: readonly ChangeEntry[]): string | undefined {
  const a = changeKeys(approved);
  const h = changeKeys(head);
  for (let i = 0; i < Math.max(a.length, h.length); i++) {
    if (a[i] !== h[i]) return (a[i] ?? h[i])!.split('\u0000')[2];
  }
  return undefined;
}

async function identicalRebaseProofs(
  dir: string,
  base: string,
  head: string,
  headEntries: readonly ChangeEntry[] | undefined,
  approvedShas: readonly string[],
): Promise<{ proofs: IdenticalRebaseProof[]; notes: string[] }> {
  const proofs: IdenticalRebaseProof[] = [];
  const notes: string[] = [];
  if (approvedShas.length === 0) return { proofs, notes };
  if (headEntries === undefined) {
    notes.push("identical-rebase check impossible: the head's change set could not be computed");
    return { proofs, notes };
  }
  let headId: string;
  try {
    headId = await patchId(dir, await mergeBase(dir, base, head), head);
  } catch (err) {
    notes.push(`identical-rebase check impossible: the head's patch-id could not be computed (${err instanceof Error ? err.message : String(err)})`);
    return { proofs, notes };
  }
  // patch-id drops hunk positions: the same lines added between the same context elsewhere in a file
  // share it. So the changed paths, modes and blobs must be the same too (see src/core/approvals.ts).
  const method =
    'git patch-id --verbatim of the whole range merge-base(base, X)..X (diff-tree -p --binary --full-index --no-renames), and the same paths, modes and old and new blobs (diff-tree --raw)';
  for (const sha of approvedShas) {
    try {
      const id = await patchId(dir, await mergeBase(dir, base, sha), sha);
      const differs = firstDifference((await computeChangeSet(dir, base, sha)).entries, headEntries);
      proofs.push({ approvedSha: sha, headSha: head, patchIdsEqual: id === headId, sameFiles: differs === undefined, method });
      notes.push(
        `approved commit ${sha.slice(0, 12)}: patch-id ${id === headId ? 'equals' : 'differs from'} the head's; ` +
          (differs === undefined ? 'the same files (paths, modes, blobs)' : `${differs} differs (path, mode or blob)`),
      );
    } catch (err) {
      notes.push(`approved commit ${sha.slice(0, 12)}: no proof (${err instanceof GitError ? err.code : 'error'}: ${err instanceof Error ? err.message.slice(0, 200) : String(err)})`);
    }
  }
  return { proofs, notes };
}

// ---------------------------------------------------------------------------------------------------
// The collector

export interface CollectOptions {
  /** Policy path at the base commit (default .github/agent-policy.yml, else the built-in baseline). */
  policyPath?: string;
  /** Task manifest path at the base commit (its `initiator` cannot approve). */
  manifestPath?: string;
  /** A git repository that may hold the base and head commits (exact tier, identical-rebase proofs). */
  checkout?: string;
  /** Who pushed the head commit, when the caller knows it (e.g. the sender of a `synchronize` event). */
  lastPusher?: string | null;
  /**
   * The pull request as the event payload gives it (GitHub's snapshot at event time), used instead of
   * reading it: one request fewer. Its SHAs are then the ones judged. `pull_request_review` payloads
   * carry no commit or file counts: completeness then rests on the comparison's `total_commits` and
   * GitHub's documented list caps alone.
   */
  pullFromEvent?: unknown;
  now?: Date;
}

/**
 * Collect the gate's facts for a pull request and evaluate them. Configuration problems at the base
 * commit throw ConfigError; API failures (after retries) throw GitHubApiError; both are a deny to callers.
 */
export async function collectApprovalGate(client: RestClient, t: GateTarget, opts: CollectOptions = {}): Promise<GateResult> {
  const counter = requestCounter(client);
  counter.phase = 'collect';
  const repository = `${t.owner}/${t.repo}`;
  const problems: string[] = [];
  const ids = { owner: t.owner, repo: t.repo, pull_number: t.pullNumber };

  // 1. The pull request: from the event when the caller has it, else read.
  const tierNotes: string[] = [];
  let pr: Record<string, unknown>;
  let status: number | undefined;
  if (opts.pullFromEvent !== undefined) {
    pr = obj(opts.pullFromEvent);
    if (pr.number !== t.pullNumber) throw new GitHubApiError(`the event's pull request is not #${t.pullNumber}`, undefined);
  } else {
    const pullRes = await call(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}', ids);
    pr = obj(pullRes.data);
    status = pullRes.status;
  }
  const where = opts.pullFromEvent !== undefined ? `the event's pull request #${t.pullNumber}` : `pull request #${t.pullNumber}`;
  const head = str(obj(pr.head).sha) ?? '';
  const base = str(obj(pr.base).sha) ?? '';
  const pull = pullInfo(pr, t.pullNumber);
  if (!/^[0-9a-f]{40}$/.test(base)) throw new GitHubApiError(`${where} has no valid base SHA`, status);
  if (!/^[0-9a-f]{40}$/.test(head)) throw new GitHubApiError(`${where} has no valid head SHA`, status);
  // An unknown author cannot be excluded: never read as "nobody is the author".
  if (pull.author.login === '') problems.push(`${where} names no author (no user login): the author cannot be excluded from the approvers`);
  if (opts.pullFromEvent !== undefined) {
    tierNotes.push(
      `the pull request as the event gives it (head ${head.slice(0, 12)}, base ${base.slice(0, 12)}` +
        (pull.commits === null || pull.changedFiles === null ? '; no commit or file counts: completeness from the comparison and GitHub\'s list caps' : '') +
        ')',
    );
  }

  // The checkout, when it holds both commits: exact tier, and the base-commit files without requests.
  let useGit = false;
  if (opts.checkout) {
    const holds = await checkoutHolds(opts.checkout, base, head);
    if (holds.ok) useGit = true;
    else tierNotes.push(`the git checkout cannot be used (${holds.why}): tier from the files API, configuration through the contents API`);
  }
  const reader = useGit ? gitReader(opts.checkout!, base) : apiReader(client, t, base);

  // 2. Reviews, every page.
  const reviewList = await listAll(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', ids, 50);
  const reviews = reviewList.items.map(reviewFact);
  // A review listed twice means the list shifted between pages (a review appeared before the cursor,
  // e.g. a pending review submitted meanwhile): one may have been skipped. Incomplete: deny; the
  // event of that submission re-evaluates.
  const seenReviews = new Set<number>();
  const twice = reviews.find((r) => (seenReviews.has(r.id) ? true : (seenReviews.add(r.id), false)));
  if (twice) {
    reviewList.complete = false;
    problems.push(`review ${twice.id} is listed twice: the list of reviews changed while it was read (one may have been skipped); the next event re-evaluates`);
  }

  // 3. Commits and (without a checkout) files, pinned to base...head; the pull request's lists only
  //    when the comparison does not agree with its counts.
  const comparison = await readComparison(client, t, base, head);
  const range = `${base.slice(0, 12)}...${head.slice(0, 12)}`;
  let commitItems: unknown[];
  let commitsComplete: boolean;
  if (comparison.totalCommits !== null && comparison.totalCommits > MAX_COMMITS) {
    commitItems = comparison.commits;
    commitsComplete = false;
    tierNotes.push(`the comparison ${range} has ${comparison.totalCommits} commits; the gate reads at most ${MAX_COMMITS}`);
  } else if (comparison.complete && (pull.commits === null || comparison.totalCommits === pull.commits)) {
    commitItems = comparison.commits;
    commitsComplete = true;
    if (commitItems.length > 0 && !commitItems.some((c) => str(obj(c).sha) === head)) {
      problems.push(`the comparison ${range} does not list the head commit ${head.slice(0, 12)}: the API answered inconsistently; the next event re-evaluates`);
    }
  } else {
    tierNotes.push(
      `the comparison ${range} lists ${comparison.totalCommits ?? 'an unknown number of'} commits, the pull request reports ${pull.commits ?? 'an unknown number'}: commits read from the pull request`,
    );
    // GitHub lists at most 250 commits of a pull request; the last one must be the head we judge.
    const list = await listAll(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', ids, 3);
    commitItems = list.items;
    // Without a count (an event payload that has none), a full list may have been cut at GitHub's cap.
    commitsComplete = list.complete && (pull.commits !== null ? list.items.length === pull.commits && list.items.length <= MAX_COMMITS : list.items.length < MAX_COMMITS);
    const last = str(obj(list.items[list.items.length - 1]).sha);
    if (commitsComplete && last !== undefined && last !== head) {
      problems.push(`the last listed commit (${last.slice(0, 12)}) is not the head read first (${head.slice(0, 12)}): the branch moved while the gate read it; the next event re-evaluates`);
    }
  }
  const commits = commitItems.map(commitFact);

  let files: unknown[] = [];
  let filesComplete = true;
  if (!useGit) {
    // The comparison shows at most 300 files: without the pull request's count, only a shorter list is known whole.
    const listed = comparison.files;
    if (listed !== null && (pull.changedFiles !== null ? listed.length === pull.changedFiles : listed.length < COMPARE_MAX_FILES)) {
      files = listed;
    } else {
      tierNotes.push(
        `the comparison ${range} lists ${comparison.files?.length ?? 'no'} files (at most ${COMPARE_MAX_FILES}), the pull request reports ${pull.changedFiles ?? 'an unknown number'}: files read from the pull request`,
      );
      const list = await listAll(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files', ids, 30);
      files = list.items;
      filesComplete = list.complete && (pull.changedFiles !== null ? files.length === pull.changedFiles : files.length < PULL_MAX_FILES);
      if (!filesComplete) {
        tierNotes.push(`the files API listed ${files.length} of ${pull.changedFiles ?? 'an unknown number of'} changed files (GitHub lists at most ${PULL_MAX_FILES.toLocaleString('en-US')})`);
      }
      // That endpoint lists the files of the pull request's head NOW, not of the head judged: an agent
      // that pushes after the event (or after the pull request was read) would have another head's
      // files judged, e.g. without the workflow change that needs its code owner. So the head must
      // still be the judged one once the list was read (one request more; a push and a push back in
      // those moments is not seen, and the event of that push back re-evaluates).
      const after = obj((await call(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}', ids)).data);
      const now = str(obj(after.head).sha) ?? '(none)';
      if (now !== head) {
        problems.push(
          `the pull request's files were read from its files endpoint, which lists the current head's: the head is now ${now.slice(0, 12)}, not ${head.slice(0, 12)} (the branch moved while the gate read it); the next event re-evaluates`,
        );
      }
    }
  }

  // 4. Policy, manifest and (when needed) CODEOWNERS from the base commit.
  const { policy, input: policyInput } = await loadPolicyAtBase(reader, base, opts.policyPath, opts.manifestPath);
  const manifest = opts.manifestPath ? await loadManifestAtBase(reader, base, opts.manifestPath) : null;

  // The tier, recomputed with guard-diff's evaluation.
  const changeFacts = { base, head, repository, now: opts.now ?? new Date(), ...(pull.headBranch ? { branch: pull.headBranch } : {}) };
  let change: Evaluation;
  let headEntries: ChangeEntry[] | undefined;
  if (useGit) {
    try {
      const set = await computeChangeSet(opts.checkout!, base, head);
      headEntries = set.entries;
      const findings = await contentFindings(opts.checkout!, set, manifest ? manifest.manifest.network.allow : policy.network.allow, { workflowDeny: policy.workflows?.deny ?? [] });
      change = evaluateChange({ ...changeFacts, mergeBase: set.mergeBase, entries: set.entries, findings }, policyInput, manifest);
      tierNotes.push(`tier from git: ${set.entries.length} change(s) from merge base ${set.mergeBase.slice(0, 12)} to ${head.slice(0, 12)}`);
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
      problems.push(`the change set could not be computed with git (${err.code}): ${err.message}`);
      change = tierFromFilesApi([], changeFacts, policyInput, manifest);
      change = { ...change, tier: 'high' };
    }
  } else {
    change = tierFromFilesApi(files, changeFacts, policyInput, manifest);
    tierNotes.push('tier from the files API: file kinds are unknown there, so every file is treated as high tier');
  }
  const tier = change.tier;
  const rule = policy.approvals[tier];
  const codeowners = rule.codeowners ? await loadCodeownersAtBase(reader) : undefined;

  // Identical-rebase proofs, when the option applies and git can give them.
  const rebaseNotes: string[] = [];
  let proofs: IdenticalRebaseProof[] = [];
  if (rule.keepOnIdenticalRebase) {
    const stale = [...new Set([...latestDecisive(reviews).values()].filter((l) => l.state === 'APPROVED' && l.review.commitId && l.review.commitId !== head).map((l) => l.review.commitId!))];
    if (!useGit) rebaseNotes.push('keep_on_identical_rebase cannot apply without a git checkout holding the commits (fetch-depth: 0): approvals bind to the head SHA only');
    else {
      const r = await identicalRebaseProofs(opts.checkout!, base, head, headEntries, stale);
      proofs = r.proofs;
      rebaseNotes.push(...r.notes);
    }
  }

  const facts: ApprovalFacts = {
    headSha: head,
    baseSha: base,
    tier,
    highRiskPaths: withSymlinkAliases(pathsAtTier(change), headEntries),
    pullRequest: { number: pull.number, author: pull.author, createdAt: pull.createdAt, readyAt: null },
    reviews,
    commits,
    lastPusher: opts.lastPusher ?? null,
    permissions: {},
    listsComplete: { reviews: reviewList.complete, commits: commitsComplete, files: filesComplete },
    ...(manifest ? { manifest: { initiator: manifest.manifest.initiator ?? null, sha256: manifest.sha256 } } : {}),
    ...(codeowners ? { codeowners } : {}),
    ...(proofs.length > 0 ? { identicalRebases: proofs } : {}),
    guardDiff: { verdict: change.verdict, denials: change.violations.map((v) => (v.path !== undefined ? `${quoteUntrusted(v.path)}: ${v.message}` : v.message)) },
  };

  // 5. Permissions (and team memberships) only where they decide something.
  counter.phase = 'permissions';
  const { logins, hypothetical } = reviewersNeedingPermission(facts, policy);
  const ownerTeams = rule.codeowners && codeowners && codeowners.problems.length === 0 ? codeownerTeams(codeowners, facts.highRiskPaths) : [];
  const looked = await lookupPermissions(client, t, logins, [...rule.reviewers.teams, ...ownerTeams], { permissions: {}, teamMembers: {}, warnings: [] });
  counter.phase = 'collect';
  const finalFacts: ApprovalFacts = { ...facts, permissions: looked.permissions, teamMembers: looked.teamMembers };
  let evaluation = withReasonsFrom(evaluateApprovals(finalFacts, policy), hypothetical, looked.permissions);
  evaluation.warnings.push(...looked.warnings);

  // 6. Before saying approved: was the base branch changed after an approval? The same head into
  //    another base is another change (a pull request into the agent's own branch shows one commit;
  //    retargeted to the default branch it brings every commit below it). The issue events say when;
  //    the action reuses them for the approval latency (no further request).
  let waitEvents: WaitEvents | undefined;
  if (evaluation.decision === 'approved' && problems.length === 0) {
    counter.phase = 'events';
    waitEvents = await readWaitEvents(client, t);
    counter.phase = 'collect';
    if (!waitEvents.complete) problems.push("the pull request's issue events are longer than the gate reads: whether its base branch was changed after an approval is unknown");
    finalFacts.baseChangedAt = lastBaseChange(waitEvents.baseChanges);
    evaluation = withReasonsFrom(evaluateApprovals(finalFacts, policy), hypothetical, looked.permissions);
    evaluation.warnings.push(...looked.warnings);
  }

  return {
    decision: problems.length > 0 ? 'deny' : evaluation.decision,
    evaluation,
    problems,
    repository,
    pull,
    facts: finalFacts,
    policy,
    policySource: { source: policyInput.source, sha256: policyInput.sha256, baseline: policy.origin === 'baseline' },
    manifestSource: manifest ? { source: manifest.source, sha256: manifest.sha256 } : null,
    tierSource: { mode: useGit ? 'git' : 'files_api', notes: tierNotes },
    baseFilesVia: reader.via === 'git' ? 'git' : 'contents_api',
    change,
    identicalRebase: { applies: rule.keepOnIdenticalRebase && useGit, notes: rebaseNotes },
    counter,
    ...(waitEvents ? { waitEvents } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------
// Approval latency inputs (only read when the gate is approved)

export interface WaitEvents {
  events: { kind: 'review_requested' | 'ready_for_review'; at: string; reviewer?: string | null }[];
  /** `created_at` of each change of the base branch (`base_ref_changed`, `automatic_base_change_succeeded`); '' when it had none. */
  baseChanges: string[];
  complete: boolean;
}

const BASE_CHANGE_EVENTS: ReadonlySet<unknown> = new Set(['base_ref_changed', 'automatic_base_change_succeeded']);

/** The last change of the base branch: null when there was none, '' (unknown, rejects every approval) when one has no valid time. */
export function lastBaseChange(times: readonly string[]): string | null {
  if (times.length === 0) return null;
  let last: { at: string; t: number } | undefined;
  for (const at of times) {
    const t = Date.parse(at);
    if (!Number.isFinite(t)) return '';
    if (!last || t > last.t) last = { at, t };
  }
  return last!.at;
}

/**
 * Review requests, ready-for-review and base-branch changes from the issue events API (reviews and
 * commits are not in it).
 */
export async function readWaitEvents(client: RestClient, t: GateTarget): Promise<WaitEvents> {
  const list = await listAll(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/events', { owner: t.owner, repo: t.repo, issue_number: t.pullNumber }, 10);
  const events: WaitEvents['events'] = [];
  const baseChanges: string[] = [];
  for (const raw of list.items) {
    const e = obj(raw);
    const at = str(e.created_at);
    if (BASE_CHANGE_EVENTS.has(e.event)) baseChanges.push(at ?? '');
    if (!at) continue;
    if (e.event === 'ready_for_review') events.push({ kind: 'ready_for_review', at });
    else if (e.event === 'review_requested') events.push({ kind: 'review_requested', at, reviewer: str(obj(e.requested_reviewer).login) ?? null });
  }
  return { events, baseChanges, complete: list.complete };
}
