// Who may approve, derived once from the facts: not an agent, not the pull request author, not the
// task's initiator (the manifest's, or who dispatched the run it started from), not an author, committer or co-author of any commit, not the last pusher, write
// permission or more (looked up, never author_association; missing means not counted), and one of
// the policy's reviewers when it names any. Contributors are matched to reviewers by login, by account
// id (no-reply addresses name it; a renamed account keeps it) or by an email GitHub links to a login;
// names never count, and an email nothing links is a warning. Matching only ever removes approvers.

import type { AccountFact, ApprovalFacts, GitIdentityFact, RejectionCode } from './approvals.js';
import { foldLogin, isAgentIdentity, sameLogin } from './logins.js';
import type { ApprovalRule, Policy } from './policy.js';

const WRITE_PERMISSIONS: ReadonlySet<string> = new Set(['admin', 'maintain', 'write']);

export interface Disqualification {
  code: RejectionCode;
  reason: string;
}

/** Everything derived once from the facts that decides whether a login can approve. */
export interface Qualifier {
  check(user: AccountFact): Disqualification | null;
  warnings: string[];
  /** Authors and committers of the change that no account can be tied to (login, id, linked or no-reply email). */
  unlinked: string[];
}

function normEmail(email: string | null | undefined): string | undefined {
  const e = (email ?? '').trim().toLowerCase();
  return e.length > 0 ? e : undefined;
}

/** The account id a GitHub no-reply address names (`123+login@...`): it survives a rename of the login. */
export function idFromNoreplyEmail(email: string): number | undefined {
  const m = /^(\d{1,15})\+[^@]*@users\.noreply\.[a-z0-9.-]+$/i.exec(email.trim());
  if (!m) return undefined;
  const id = Number(m[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** The login a GitHub no-reply address names (`123+login@users.noreply.github.com`), if it is one. */
export function loginFromNoreplyEmail(email: string): string | undefined {
  const m = /^(?:\d+\+)?([a-z0-9](?:[a-z0-9_-]{0,99}))@users\.noreply\.[a-z0-9.-]+$/i.exec(email.trim());
  return m ? foldLogin(m[1]!) : undefined;
}

export function normTeam(name: string): string {
  return (name.startsWith('@') ? name.slice(1) : name).toLowerCase();
}

/** Members of a team (folded logins), or undefined when the facts do not say. A bare slug matches any org's team of that slug. */
export function teamLookup(teamMembers: Map<string, Set<string>>, team: string): Set<string> | undefined {
  const key = normTeam(team);
  const exact = teamMembers.get(key);
  if (exact || key.includes('/')) return exact;
  for (const [k, v] of teamMembers) if (k.split('/')[1] === key) return v;
  return undefined;
}

export function buildTeamMembers(facts: ApprovalFacts): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [team, members] of Object.entries(facts.teamMembers ?? {})) {
    map.set(normTeam(team), new Set((members ?? []).map(foldLogin)));
  }
  return map;
}

export function buildQualifier(facts: ApprovalFacts, policy: Policy, rule: ApprovalRule): Qualifier {
  const warnings: string[] = [];

  // email -> logins, from no-reply addresses (computed on demand), linked commit identities, and userEmails.
  const emailLogins = new Map<string, Set<string>>();
  const link = (email: string | null | undefined, login: string | null | undefined) => {
    const e = normEmail(email);
    if (!e || !login) return;
    let set = emailLogins.get(e);
    if (!set) emailLogins.set(e, (set = new Set()));
    set.add(foldLogin(login));
  };
  for (const c of facts.commits) {
    link(c.author.email, c.author.login);
    link(c.committer.email, c.committer.login);
    for (const co of c.coAuthors) link(co.email, co.login);
  }
  for (const [login, emails] of Object.entries(facts.userEmails ?? {})) for (const e of emails ?? []) link(e, login);

  // folded login -> why that login contributed to the change
  const contributors = new Map<string, Disqualification>();
  // account id -> why: a login can change after the commit was written (a renamed account keeps its id).
  const contributorIds = new Map<number, Disqualification>();
  const unresolved = new Set<string>();
  const unlinked = new Set<string>();
  const addContributor = (code: 'commit_author' | 'committer' | 'co_author', who: GitIdentityFact, sha: string) => {
    const role = code === 'commit_author' ? 'an author' : code === 'committer' ? 'the committer' : 'a co-author (Co-authored-by)';
    const short = sha.slice(0, 12);
    const logins = new Set<string>();
    if (who.login) logins.add(foldLogin(who.login));
    const email = normEmail(who.email);
    const ids = new Set<number>();
    if (typeof who.id === 'number' && Number.isSafeInteger(who.id) && who.id > 0) ids.add(who.id);
    if (email) {
      for (const l of emailLogins.get(email) ?? []) logins.add(l);
      const noreply = loginFromNoreplyEmail(email);
      if (noreply) logins.add(noreply);
      const id = idFromNoreplyEmail(email);
      if (id !== undefined) ids.add(id);
    }
    for (const id of ids) {
      if (!contributorIds.has(id)) {
        contributorIds.set(id, { code, reason: `is ${role} of commit ${short} (matched by account id ${id}${email ? `, ${email}` : ''}): not independent of the change` });
      }
    }
    if (logins.size === 0) {
      if (ids.size > 0) return;
      const what = `${role} of ${short} (${JSON.stringify(who.name ?? '')} <${email ?? 'no email'}>)`;
      if (email || who.name) unresolved.add(`${what} is not linked to any GitHub login`);
      if (code !== 'co_author') unlinked.add(what);
      return;
    }
    for (const l of logins) {
      if (contributors.has(l)) continue;
      const via = who.login && foldLogin(who.login) === l ? 'by login' : `by email ${email}`;
      contributors.set(l, { code, reason: `is ${role} of commit ${short} (matched ${via}): not independent of the change` });
    }
  };
  for (const c of facts.commits) {
    addContributor('commit_author', c.author, c.sha);
    addContributor('committer', c.committer, c.sha);
    for (const co of c.coAuthors) addContributor('co_author', co, c.sha);
  }
  for (const u of unresolved) warnings.push(`${u}: it cannot be matched to a reviewer`);
  if (!facts.lastPusher) warnings.push('the last pusher is unknown: only commit authors, committers and co-authors were excluded');

  const permissions = new Map<string, string>();
  for (const [login, p] of Object.entries(facts.permissions ?? {})) permissions.set(foldLogin(login), p);
  const teamMembers = buildTeamMembers(facts);
  const users = rule.reviewers.users;
  const teams = rule.reviewers.teams;
  const restricted = users.length > 0 || teams.length > 0;

  const check = (user: AccountFact): Disqualification | null => {
    const agent = isAgentIdentity(user, policy.agents);
    // Reasons read after the login ("alice is the pull request author"); isAgentIdentity's names it already.
    if (agent) return { code: 'agent', reason: `${withoutLeadingLogin(agent, user.login)}: agents never approve` };
    const login = user.login;
    const id = typeof user.id === 'number' && Number.isSafeInteger(user.id) && user.id > 0 ? user.id : undefined;
    if (sameLogin(login, facts.pullRequest.author.login) || (id !== undefined && id === facts.pullRequest.author.id)) {
      return { code: 'pr_author', reason: 'is the pull request author' };
    }
    if (sameLogin(login, facts.manifest?.initiator)) return { code: 'initiator', reason: "started the agent's task (manifest initiator)" };
    const started = (facts.initiators ?? []).find((i) => sameLogin(login, i.login) || (id !== undefined && i.id === id));
    if (started) {
      return { code: 'initiator', reason: `started the agent's task (${started.role === 'actor' ? 'dispatched' : 're-ran'} run ${started.runId})` };
    }
    const contribution = contributors.get(foldLogin(login)) ?? (id !== undefined ? contributorIds.get(id) : undefined);
    if (contribution) return contribution;
    if (sameLogin(login, facts.lastPusher)) return { code: 'last_pusher', reason: 'pushed the head commit (last pusher)' };
    const permission = permissions.get(foldLogin(login));
    if (permission === undefined) return { code: 'permission_unknown', reason: 'repository permission was not looked up: never assumed' };
    if (!WRITE_PERMISSIONS.has(permission)) {
      return { code: 'permission_insufficient', reason: `repository permission is ${JSON.stringify(permission)}; write, maintain or admin is needed` };
    }
    if (restricted) {
      if (users.some((u) => sameLogin(u, login))) return null;
      let unknownTeam: string | undefined;
      for (const t of teams) {
        const members = teamLookup(teamMembers, t);
        if (members === undefined) unknownTeam ??= t;
        else if (members.has(foldLogin(login))) return null;
      }
      const named = [...users.map((u) => `@${u}`), ...teams.map((t) => `@${normTeam(t)}`)].join(', ');
      if (unknownTeam !== undefined) {
        return { code: 'team_membership_unknown', reason: `is not one of the policy's reviewers (${named}) as far as known: membership of ${unknownTeam} was not looked up` };
      }
      return { code: 'not_in_reviewers', reason: `is not one of the policy's reviewers (${named})` };
    }
    return null;
  };
  return { check, warnings, unlinked: [...unlinked] };
}

/** `text` without a leading `login ` (the rejection reason is rendered after the login). */
function withoutLeadingLogin(text: string, login: string): string {
  return login && text.startsWith(`${login} `) ? text.slice(login.length + 1) : text;
}
