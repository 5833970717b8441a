// Repository permissions and team memberships of reviewers, from the REST API: only for the logins
// the caller names (those whose permission decides something), within a fixed budget. An answer that
// cannot be read is an error or "unknown", never "none" or "not a member".

import type { RepoPermission } from '../core/approvals.js';
import { obj, str } from '../core/json.js';
import { foldLogin } from '../core/logins.js';
import { call, GitHubApiError, type GateTarget, type RestClient, type RestResponse } from './github-rest.js';

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
