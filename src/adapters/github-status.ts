// Publishing the approval gate's result: the commit status `agent-guard/approval-gate` on the head
// SHA (a fixed, documented context, so branch protection or a ruleset can require it) and review
// requests to people who could actually satisfy the gate. What the status says, where it may be
// published (protected targets only: a status belongs to the commit, not the pull request) and the
// human renderings are pure and live in src/core/approval-report.ts.

import type { GateResult } from '../core/approval-gate.js';
import { GATE_CONTEXT, type GateStatus, type ReviewRouting } from '../core/approval-report.js';
import { reviewCandidates, type ReviewCandidates } from '../core/approvals.js';
import { foldLogin } from '../core/logins.js';
import { lookupPermissions } from './github-permissions.js';
import { GitHubApiError, requestCounter, type GateTarget, type RestClient } from './github-rest.js';


/** Post the status on `sha` under GATE_CONTEXT. */
export async function publishStatus(client: RestClient, t: GateTarget, sha: string, status: GateStatus, targetUrl?: string): Promise<void> {
  const counter = requestCounter(client);
  const phase = counter.phase;
  counter.phase = 'publish';
  try {
    await client.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
      owner: t.owner,
      repo: t.repo,
      sha,
      state: status.state,
      context: GATE_CONTEXT,
      description: status.description,
      ...(targetUrl ? { target_url: targetUrl } : {}),
    });
  } catch (err) {
    const e = err as { status?: number; message?: string };
    throw new GitHubApiError(`POST /repos/{owner}/{repo}/statuses/{sha} failed (HTTP ${e.status ?? '?'}): ${String(e.message ?? err).split('\n')[0]}`, e.status);
  } finally {
    counter.phase = phase;
  }
}

// ---------------------------------------------------------------------------------------------------
// Review requests

/**
 * When approval is still required and nobody who could satisfy the gate is requested yet, request
 * reviews from the tier's policy reviewers or the code owners of the high-risk paths, excluding
 * everyone who cannot count (agents, the author, the initiator, contributors, the last pusher, anyone
 * below write). Idempotent: a run that finds a qualified reviewer already requested does nothing.
 * Failures are reported, never thrown: routing is a courtesy, the status is the gate.
 */
export async function requestReviews(client: RestClient, t: GateTarget, result: GateResult): Promise<ReviewRouting> {
  const none = (outcome: ReviewRouting['outcome'], note: string, excluded: ReviewRouting['excluded'] = []): ReviewRouting => ({ outcome, users: [], teams: [], excluded, note });
  if (result.decision !== 'approval_required') return none('not_needed', `no review request: the decision is ${result.decision}`);
  const counter = requestCounter(client);
  const phase = counter.phase;
  counter.phase = 'route';
  try {
    const facts = result.facts;
    const rule = result.policy.approvals[facts.tier];
    const names = [...rule.reviewers.users];
    if (rule.codeowners && facts.codeowners && facts.codeowners.problems.length === 0) {
      for (const p of facts.highRiskPaths) for (const o of facts.codeowners.matchesOf(p).flatMap((m) => m.owners)) if (o.kind === 'user') names.push(o.login);
    }
    const looked = await lookupPermissions(client, t, names, [], { permissions: facts.permissions, teamMembers: facts.teamMembers ?? {}, warnings: [] });
    const candidates: ReviewCandidates = reviewCandidates({ ...facts, permissions: looked.permissions, teamMembers: looked.teamMembers }, result.policy);
    const requestedUsers = new Set(result.pull.requestedUsers.map(foldLogin));
    const requestedTeams = new Set(result.pull.requestedTeams.map((s) => s.toLowerCase()));
    const ownTeams = candidates.teams
      .map((team) => team.split('/'))
      .filter((parts) => parts.length === 2 && parts[0]!.toLowerCase() === t.owner.toLowerCase())
      .map((parts) => parts[1]!);
    const already = [
      ...candidates.users.filter((u) => requestedUsers.has(foldLogin(u))),
      ...ownTeams.filter((s) => requestedTeams.has(s.toLowerCase())).map((s) => `@${t.owner}/${s}`),
    ];
    if (already.length > 0) {
      return { ...none('already_requested', `already requested: ${already.join(', ')}`, candidates.excluded) };
    }
    const users = candidates.users;
    const teams = ownTeams;
    if (users.length === 0 && teams.length === 0) {
      const why = candidates.source === 'none' ? 'the policy names no reviewers for this tier and code owners are not required' : 'every named reviewer is excluded';
      return none('no_candidates', `nobody to request: ${why}`, candidates.excluded);
    }
    try {
      await client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
        owner: t.owner,
        repo: t.repo,
        pull_number: t.pullNumber,
        reviewers: users,
        team_reviewers: teams,
      });
    } catch (err) {
      const e = err as { status?: number; message?: string };
      return { outcome: 'failed', users, teams, excluded: candidates.excluded, note: `the review request failed (HTTP ${e.status ?? '?'}): ${String(e.message ?? err).split('\n')[0]}` };
    }
    const who = [...users, ...teams.map((s) => `@${t.owner}/${s}`)].join(', ');
    return { outcome: 'requested', users, teams, excluded: candidates.excluded, note: `requested reviews from ${who} (${candidates.source})` };
  } catch (err) {
    return none('failed', `review routing failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    counter.phase = phase;
  }
}
