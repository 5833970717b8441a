import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  GitHubApiError,
  foldLogin,
  lookupPermissions,
  requestCounter,
  reviewCandidates
} from "./chunk-FLTFV4BS.js";
import {
  GATE_CONTEXT
} from "./chunk-QHKYOHGY.js";

// src/adapters/github-status.ts
async function publishStatus(client, t, sha, status, targetUrl) {
  const counter = requestCounter(client);
  const phase = counter.phase;
  counter.phase = "publish";
  try {
    await client.request("POST /repos/{owner}/{repo}/statuses/{sha}", {
      owner: t.owner,
      repo: t.repo,
      sha,
      state: status.state,
      context: GATE_CONTEXT,
      description: status.description,
      ...targetUrl ? { target_url: targetUrl } : {}
    });
  } catch (err) {
    const e = err;
    throw new GitHubApiError(`POST /repos/{owner}/{repo}/statuses/{sha} failed (HTTP ${e.status ?? "?"}): ${String(e.message ?? err).split("\n")[0]}`, e.status);
  } finally {
    counter.phase = phase;
  }
}
async function requestReviews(client, t, result) {
  const none = (outcome, note, excluded = []) => ({ outcome, users: [], teams: [], excluded, note });
  if (result.decision !== "approval_required") return none("not_needed", `no review request: the decision is ${result.decision}`);
  const counter = requestCounter(client);
  const phase = counter.phase;
  counter.phase = "route";
  try {
    const facts = result.facts;
    const rule = result.policy.approvals[facts.tier];
    const names = [...rule.reviewers.users];
    if (rule.codeowners && facts.codeowners && facts.codeowners.problems.length === 0) {
      for (const p of facts.highRiskPaths) for (const o of facts.codeowners.ownersOf(p)?.owners ?? []) if (o.kind === "user") names.push(o.login);
    }
    const looked = await lookupPermissions(client, t, names, [], { permissions: facts.permissions, teamMembers: facts.teamMembers ?? {}, warnings: [] });
    const candidates = reviewCandidates({ ...facts, permissions: looked.permissions, teamMembers: looked.teamMembers }, result.policy);
    const requestedUsers = new Set(result.pull.requestedUsers.map(foldLogin));
    const requestedTeams = new Set(result.pull.requestedTeams.map((s) => s.toLowerCase()));
    const ownTeams = candidates.teams.map((team) => team.split("/")).filter((parts) => parts.length === 2 && parts[0].toLowerCase() === t.owner.toLowerCase()).map((parts) => parts[1]);
    const already = [
      ...candidates.users.filter((u) => requestedUsers.has(foldLogin(u))),
      ...ownTeams.filter((s) => requestedTeams.has(s.toLowerCase())).map((s) => `@${t.owner}/${s}`)
    ];
    if (already.length > 0) {
      return { ...none("already_requested", `already requested: ${already.join(", ")}`, candidates.excluded) };
    }
    const users = candidates.users;
    const teams = ownTeams;
    if (users.length === 0 && teams.length === 0) {
      const why = candidates.source === "none" ? "the policy names no reviewers for this tier and code owners are not required" : "every named reviewer is excluded";
      return none("no_candidates", `nobody to request: ${why}`, candidates.excluded);
    }
    try {
      await client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
        owner: t.owner,
        repo: t.repo,
        pull_number: t.pullNumber,
        reviewers: users,
        team_reviewers: teams
      });
    } catch (err) {
      const e = err;
      return { outcome: "failed", users, teams, excluded: candidates.excluded, note: `the review request failed (HTTP ${e.status ?? "?"}): ${String(e.message ?? err).split("\n")[0]}` };
    }
    const who = [...users, ...teams.map((s) => `@${t.owner}/${s}`)].join(", ");
    return { outcome: "requested", users, teams, excluded: candidates.excluded, note: `requested reviews from ${who} (${candidates.source})` };
  } catch (err) {
    return none("failed", `review routing failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    counter.phase = phase;
  }
}

export {
  publishStatus,
  requestReviews
};
