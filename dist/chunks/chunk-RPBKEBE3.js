import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  foldLogin,
  isAgentIdentity,
  sameLogin
} from "./chunk-GP4V23GW.js";
import {
  patchId
} from "./chunk-SFDD5CUY.js";
import {
  reviewCommits
} from "./chunk-JHEJOS2K.js";
import {
  changeSet,
  evaluateChange
} from "./chunk-YHIAEXRV.js";
import {
  because
} from "./chunk-QM3FMFE2.js";
import {
  GitHubApiError,
  apiReader,
  call,
  gitReader,
  inPhase,
  listAll,
  loadCodeownersWith,
  loadManifestWith,
  loadPolicyWith,
  nextLink,
  requestCounter
} from "./chunk-4TXB6WUI.js";
import {
  computeChangeSet
} from "./chunk-UC545A7V.js";
import {
  isShallow,
  mergeBase,
  resolveCommit
} from "./chunk-UGBVF5CQ.js";
import {
  GitError
} from "./chunk-A76VIHJP.js";
import {
  pullRequestBranch
} from "./chunk-5S2ND2EP.js";
import {
  TIERS,
  maxTier
} from "./chunk-DIY5OXXZ.js";
import {
  quoteUntrusted
} from "./chunk-ERUCQBI4.js";
import {
  num,
  obj,
  str
} from "./chunk-MPYCKMVQ.js";

// src/core/approval-qualifier.ts
var WRITE_PERMISSIONS = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
function normEmail(email) {
  const e = (email ?? "").trim().toLowerCase();
  return e.length > 0 ? e : void 0;
}
function idFromNoreplyEmail(email) {
  const m = /^(\d{1,15})\+[^@]*@users\.noreply\.[a-z0-9.-]+$/i.exec(email.trim());
  if (!m) return void 0;
  const id = Number(m[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : void 0;
}
function loginFromNoreplyEmail(email) {
  const m = /^(?:\d+\+)?([a-z0-9](?:[a-z0-9_-]{0,99}))@users\.noreply\.[a-z0-9.-]+$/i.exec(email.trim());
  return m ? foldLogin(m[1]) : void 0;
}
function normTeam(name) {
  return (name.startsWith("@") ? name.slice(1) : name).toLowerCase();
}
function teamLookup(teamMembers, team) {
  const key = normTeam(team);
  const exact = teamMembers.get(key);
  if (exact || key.includes("/")) return exact;
  for (const [k, v] of teamMembers) if (k.split("/")[1] === key) return v;
  return void 0;
}
function buildTeamMembers(facts) {
  const map = /* @__PURE__ */ new Map();
  for (const [team, members] of Object.entries(facts.teamMembers ?? {})) {
    map.set(normTeam(team), new Set((members ?? []).map(foldLogin)));
  }
  return map;
}
function buildQualifier(facts, policy, rule) {
  const warnings = [];
  const emailLogins = /* @__PURE__ */ new Map();
  const link = (email, login) => {
    const e = normEmail(email);
    if (!e || !login) return;
    let set = emailLogins.get(e);
    if (!set) emailLogins.set(e, set = /* @__PURE__ */ new Set());
    set.add(foldLogin(login));
  };
  for (const c of facts.commits) {
    link(c.author.email, c.author.login);
    link(c.committer.email, c.committer.login);
    for (const co of c.coAuthors) link(co.email, co.login);
  }
  for (const [login, emails] of Object.entries(facts.userEmails ?? {})) for (const e of emails ?? []) link(e, login);
  const contributors = /* @__PURE__ */ new Map();
  const contributorIds = /* @__PURE__ */ new Map();
  const unresolved = /* @__PURE__ */ new Set();
  const unlinked = /* @__PURE__ */ new Set();
  const addContributor = (code, who, sha) => {
    const role = code === "commit_author" ? "an author" : code === "committer" ? "the committer" : "a co-author (Co-authored-by)";
    const short = sha.slice(0, 12);
    const logins = /* @__PURE__ */ new Set();
    if (who.login) logins.add(foldLogin(who.login));
    const email = normEmail(who.email);
    const ids2 = /* @__PURE__ */ new Set();
    if (typeof who.id === "number" && Number.isSafeInteger(who.id) && who.id > 0) ids2.add(who.id);
    if (email) {
      for (const l of emailLogins.get(email) ?? []) logins.add(l);
      const noreply = loginFromNoreplyEmail(email);
      if (noreply) logins.add(noreply);
      const id = idFromNoreplyEmail(email);
      if (id !== void 0) ids2.add(id);
    }
    for (const id of ids2) {
      if (!contributorIds.has(id)) {
        contributorIds.set(id, { code, reason: `is ${role} of commit ${short} (matched by account id ${id}${email ? `, ${email}` : ""}): not independent of the change` });
      }
    }
    if (logins.size === 0) {
      if (ids2.size > 0) return;
      const what = `${role} of ${short} (${JSON.stringify(who.name ?? "")} <${email ?? "no email"}>)`;
      if (email || who.name) unresolved.add(`${what} is not linked to any GitHub login`);
      if (code !== "co_author") unlinked.add(what);
      return;
    }
    for (const l of logins) {
      if (contributors.has(l)) continue;
      const via = who.login && foldLogin(who.login) === l ? "by login" : `by email ${email}`;
      contributors.set(l, { code, reason: `is ${role} of commit ${short} (matched ${via}): not independent of the change` });
    }
  };
  for (const c of facts.commits) {
    addContributor("commit_author", c.author, c.sha);
    addContributor("committer", c.committer, c.sha);
    for (const co of c.coAuthors) addContributor("co_author", co, c.sha);
  }
  for (const u of unresolved) warnings.push(`${u}: it cannot be matched to a reviewer`);
  if (!facts.lastPusher) warnings.push("the last pusher is unknown: only commit authors, committers and co-authors were excluded");
  const permissions = /* @__PURE__ */ new Map();
  for (const [login, p] of Object.entries(facts.permissions ?? {})) permissions.set(foldLogin(login), p);
  const teamMembers = buildTeamMembers(facts);
  const users = rule.reviewers.users;
  const teams = rule.reviewers.teams;
  const restricted = users.length > 0 || teams.length > 0;
  const check = (user) => {
    const agent = isAgentIdentity(user, policy.agents);
    if (agent) return { code: "agent", reason: `${withoutLeadingLogin(agent, user.login)}: agents never approve` };
    const login = user.login;
    const id = typeof user.id === "number" && Number.isSafeInteger(user.id) && user.id > 0 ? user.id : void 0;
    if (sameLogin(login, facts.pullRequest.author.login) || id !== void 0 && id === facts.pullRequest.author.id) {
      return { code: "pr_author", reason: "is the pull request author" };
    }
    if (sameLogin(login, facts.manifest?.initiator)) return { code: "initiator", reason: "started the agent's task (manifest initiator)" };
    const started = (facts.initiators ?? []).find((i) => sameLogin(login, i.login) || id !== void 0 && i.id === id);
    if (started) {
      return { code: "initiator", reason: `started the agent's task (${started.role === "actor" ? "dispatched" : "re-ran"} run ${started.runId})` };
    }
    const contribution = contributors.get(foldLogin(login)) ?? (id !== void 0 ? contributorIds.get(id) : void 0);
    if (contribution) return contribution;
    if (sameLogin(login, facts.lastPusher)) return { code: "last_pusher", reason: "pushed the head commit (last pusher)" };
    const permission = permissions.get(foldLogin(login));
    if (permission === void 0) return { code: "permission_unknown", reason: "repository permission was not looked up: never assumed" };
    if (!WRITE_PERMISSIONS.has(permission)) {
      return { code: "permission_insufficient", reason: `repository permission is ${JSON.stringify(permission)}; write, maintain or admin is needed` };
    }
    if (restricted) {
      if (users.some((u) => sameLogin(u, login))) return null;
      let unknownTeam;
      for (const t of teams) {
        const members = teamLookup(teamMembers, t);
        if (members === void 0) unknownTeam ??= t;
        else if (members.has(foldLogin(login))) return null;
      }
      const named = [...users.map((u) => `@${u}`), ...teams.map((t) => `@${normTeam(t)}`)].join(", ");
      if (unknownTeam !== void 0) {
        return { code: "team_membership_unknown", reason: `is not one of the policy's reviewers (${named}) as far as known: membership of ${unknownTeam} was not looked up` };
      }
      return { code: "not_in_reviewers", reason: `is not one of the policy's reviewers (${named})` };
    }
    return null;
  };
  return { check, warnings, unlinked: [...unlinked] };
}
function withoutLeadingLogin(text, login) {
  return login && text.startsWith(`${login} `) ? text.slice(login.length + 1) : text;
}

// src/core/approval-codeowners.ts
function ownerLabel(o) {
  return o.kind === "email" ? o.email : o.kind === "team" ? `@${o.name}` : `@${o.login}`;
}
function evaluateCodeowners(facts, counted) {
  const file = facts.codeowners;
  if (!file) {
    return { passed: false, reason: `no CODEOWNERS file at the base commit: code-owner approval cannot be given`, paths: [] };
  }
  if (file.problems.length > 0) {
    const list = file.problems.slice(0, 3).map((p) => p.message).join("; ");
    const more2 = file.problems.length > 3 ? ` (and ${file.problems.length - 3} more)` : "";
    const reason = `${file.file} has ${file.problems.length} problem${file.problems.length === 1 ? "" : "s"}: ${list}${more2}; fix it on the base branch`;
    return { passed: false, reason, paths: [], deny: reason };
  }
  if (facts.highRiskPaths.length === 0) {
    return { passed: false, reason: `no paths were given for tier ${facts.tier}: code owners cannot be checked`, paths: [] };
  }
  const teamMembers = buildTeamMembers(facts);
  const approvers = counted.map((c) => c.login);
  const paths = [];
  for (const path of [...new Set(facts.highRiskPaths)]) {
    const exact = file.ownersOf(path);
    const folded = file.ownersOfIgnoringCase(path);
    const matches = [{ match: exact, prefix: "" }];
    if (folded && folded.line !== exact?.line) matches.push({ match: folded, prefix: "ignoring case, " });
    for (const { match, prefix } of matches) {
      if (!match) {
        paths.push({ path, owners: [], satisfiedBy: [], reason: `no CODEOWNERS rule matches ${path}: nobody can give code-owner approval` });
        continue;
      }
      const owners = match.owners.map(ownerLabel);
      if (match.owners.length === 0) {
        paths.push({ path, line: match.line, owners, satisfiedBy: [], reason: `${prefix}${file.file} line ${match.line} (${match.pattern}) leaves ${path} without owners` });
        continue;
      }
      const satisfiedBy = /* @__PURE__ */ new Set();
      const notes = [];
      for (const o of match.owners) {
        if (o.kind === "user") {
          for (const a of approvers) if (sameLogin(a, o.login)) satisfiedBy.add(a);
        } else if (o.kind === "team") {
          const members = teamLookup(teamMembers, o.name);
          if (!members) notes.push(`membership of @${o.name} is unknown`);
          else for (const a of approvers) if (members.has(foldLogin(a))) satisfiedBy.add(a);
        } else {
          notes.push(`email owner ${o.email} cannot be verified`);
        }
      }
      const by = [...satisfiedBy];
      paths.push({
        path,
        line: match.line,
        owners,
        satisfiedBy: by,
        reason: by.length > 0 ? `${prefix}approved by code owner ${by.join(", ")} (line ${match.line})` : `${prefix}needs a qualified approval from ${owners.join(" or ")} (line ${match.line}${prefix ? `, ${match.pattern}` : ""})${notes.length ? `; ${notes.join("; ")}` : ""}`
      });
    }
  }
  const missing = paths.filter((p) => p.satisfiedBy.length === 0);
  if (missing.length === 0) return { passed: true, reason: `every ${facts.tier}-tier path has a code-owner approval`, paths };
  const shown = missing.slice(0, 5).map((p) => `${p.path}: ${p.reason}`).join("; ");
  const more = missing.length > 5 ? ` (and ${missing.length - 5} more paths)` : "";
  return { passed: false, reason: `${missing.length} path${missing.length === 1 ? "" : "s"} without code-owner approval: ${shown}${more}`, paths };
}

// src/core/approval-history.ts
var sameSha = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
function judgedState(review, state, dismissals, q) {
  if (state !== "DISMISSED" || dismissals === void 0) return { state };
  const record = [...dismissals].reverse().find((d) => d.reviewId === review.id);
  if (!record) return { state: "CHANGES_REQUESTED", why: "its dismissal is not in the pull request's timeline, so who dismissed it (and what it was) is unknown" };
  if (record.state !== "CHANGES_REQUESTED") return { state };
  if (!record.actor || !record.actor.login) return { state: "CHANGES_REQUESTED", why: "it was dismissed by an account that no longer exists, which could not approve" };
  const dq = q.check(record.actor);
  if (dq) return { state: "CHANGES_REQUESTED", why: `it was dismissed by ${record.actor.login}, who could not approve (${record.actor.login} ${dq.reason})` };
  return { state };
}
function changeRequestsOnHead(judged, headSha) {
  const standing = /* @__PURE__ */ new Map();
  for (const { review, state } of judged) {
    if (!review.user?.login) continue;
    const key = foldLogin(review.user.login);
    if (state === "CHANGES_REQUESTED" && sameSha(review.commitId, headSha)) standing.set(key, review);
    else if (state === "APPROVED" && sameSha(review.commitId, headSha)) standing.delete(key);
  }
  return standing;
}

// src/core/approvals.ts
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
var DECISIVE = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
var NON_DECISIVE = /* @__PURE__ */ new Set(["COMMENTED", "PENDING"]);
function validateFacts(facts) {
  const reasons = [];
  if (!TIERS.includes(facts.tier)) reasons.push(`unknown tier ${JSON.stringify(facts.tier)}`);
  if (typeof facts.headSha !== "string" || !SHA.test(facts.headSha)) reasons.push("the head SHA is missing or malformed");
  if (typeof facts.baseSha !== "string" || !SHA.test(facts.baseSha)) reasons.push("the base SHA is missing or malformed");
  const lc = facts.listsComplete;
  if (!lc || lc.reviews !== true) reasons.push("the list of reviews is incomplete");
  if (!lc || lc.commits !== true) reasons.push("the list of commits is incomplete");
  if (!lc || lc.files !== true) reasons.push("the list of changed files is incomplete");
  if (lc && lc.teamMembers === false) reasons.push("a team member list is incomplete");
  if (!Array.isArray(facts.reviews) || !Array.isArray(facts.commits)) reasons.push("reviews or commits are missing");
  return reasons;
}
var sameSha2 = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
function approvedBeforeBaseChange(review, baseChangedAt) {
  if (baseChangedAt === void 0 || baseChangedAt === null) return null;
  const changed = Date.parse(baseChangedAt);
  if (!Number.isFinite(changed)) return "the time the base branch was changed is unknown: no approval can be placed after it";
  const submitted = typeof review.submittedAt === "string" ? Date.parse(review.submittedAt) : Number.NaN;
  const when = new Date(changed).toISOString().replace(/\.000Z$/, "Z");
  if (!Number.isFinite(submitted)) return `the base branch was changed (${when}) and the approval has no submission time: it may have approved the change against the old base`;
  if (submitted <= changed) return `approved before the base branch was changed (${when}): it approved the change against the old base, not this one`;
  return null;
}
function evaluateApprovals(facts, policy) {
  const invalid = validateFacts(facts);
  const tier = TIERS.includes(facts.tier) ? facts.tier : "high";
  const rule = policy.approvals[tier];
  const q = buildQualifier(facts, policy, rule);
  const unlinked = rule.count > 0 ? q.unlinked : [];
  const unlinkedDeny = unlinked.length > 0 && rule.unlinkedCommits === "deny";
  const required = rule.count + (unlinked.length > 0 && !unlinkedDeny ? 1 : 0);
  const unlinkedWhy = unlinked.length > 0 ? `${unlinked.slice(0, 3).join("; ")}${unlinked.length > 3 ? `; and ${unlinked.length - 3} more` : ""} cannot be tied to a GitHub account` : "";
  const warnings = [...q.warnings];
  const counted = [];
  const rejected = [];
  const blocking = [];
  const reviews = Array.isArray(facts.reviews) ? facts.reviews : [];
  const latest = /* @__PURE__ */ new Map();
  const judged = [];
  const superseded = [];
  for (const review of reviews) {
    const state = String(review.state ?? "").toUpperCase();
    if (!review.user || !review.user.login) {
      if (state === "APPROVED") {
        rejected.push({ login: null, reviewId: review.id, state, commitId: review.commitId, code: "no_user", reason: "the review has no user (deleted account)" });
      }
      continue;
    }
    if (NON_DECISIVE.has(state)) continue;
    if (!DECISIVE.has(state)) warnings.push(`review ${review.id} has unknown state ${JSON.stringify(review.state)}: treated as DISMISSED`);
    const restored = judgedState(review, DECISIVE.has(state) ? state : "DISMISSED", facts.dismissals, q);
    const effective = restored.state;
    const key = foldLogin(review.user.login);
    const prev = latest.get(key);
    if (prev && prev.state === "APPROVED") superseded.push({ review: prev.review, by: review, byState: effective });
    latest.set(key, { review, state: effective, ...restored.why ? { why: restored.why } : {} });
    judged.push({ review, state: effective });
  }
  for (const s of superseded) {
    rejected.push({
      login: s.review.user.login,
      reviewId: s.review.id,
      state: "APPROVED",
      commitId: s.review.commitId,
      code: "superseded",
      reason: `superseded by the same reviewer's later review ${s.by.id} (${s.byState})`
    });
  }
  const changeRequests = [];
  const onHead = changeRequestsOnHead(judged, facts.headSha);
  for (const { review, state, why: restoredWhy } of latest.values()) {
    const user = review.user;
    const base = { login: user.login, reviewId: review.id, state, commitId: review.commitId };
    if (state === "DISMISSED") {
      rejected.push({ ...base, code: "dismissed", reason: "the review was dismissed (or its state is unknown)" });
      continue;
    }
    const dq = q.check(user);
    const earlier = onHead.get(foldLogin(user.login));
    const standing = state === "CHANGES_REQUESTED" ? { reviewId: review.id, why: restoredWhy } : earlier && earlier.id !== review.id ? { reviewId: earlier.id, why: `it is on the head commit ${facts.headSha.slice(0, 12)}, and the same reviewer's later review ${review.id} (${state}${review.commitId ? ` of ${review.commitId.slice(0, 12)}` : ""}) is not an approval of that commit` } : void 0;
    if (standing) {
      const why2 = standing.why ? { why: standing.why } : {};
      if (dq && (dq.code === "permission_unknown" || dq.code === "team_membership_unknown")) {
        changeRequests.push({ login: user.login, reviewId: standing.reviewId, unverified: dq.reason, ...why2 });
      } else if (dq) {
        if (state === "CHANGES_REQUESTED") rejected.push({ ...base, code: dq.code, reason: `change request does not block: ${user.login} ${dq.reason}` });
      } else changeRequests.push({ login: user.login, reviewId: standing.reviewId, ...why2 });
      if (state === "CHANGES_REQUESTED") continue;
    }
    if (dq) {
      rejected.push({ ...base, code: dq.code, reason: `${user.login} ${dq.reason}` });
      continue;
    }
    if (!review.commitId) {
      rejected.push({ ...base, code: "no_commit_id", reason: "the review is not bound to a commit (commit_id is null)" });
      continue;
    }
    const beforeBaseChange = approvedBeforeBaseChange(review, facts.baseChangedAt);
    if (beforeBaseChange) {
      rejected.push({ ...base, code: "base_changed", reason: beforeBaseChange });
      continue;
    }
    if (sameSha2(review.commitId, facts.headSha)) {
      counted.push({ login: user.login, reviewId: review.id, commitId: review.commitId, countedVia: "head_sha", submittedAt: review.submittedAt ?? null });
      continue;
    }
    const proof = (facts.identicalRebases ?? []).find((p) => sameSha2(p.approvedSha, review.commitId) && sameSha2(p.headSha, facts.headSha));
    const short = review.commitId.slice(0, 12);
    if (rule.keepOnIdenticalRebase && proof && proof.patchIdsEqual === true && proof.sameFiles === true) {
      counted.push({ login: user.login, reviewId: review.id, commitId: review.commitId, countedVia: "identical_rebase", submittedAt: review.submittedAt ?? null });
      warnings.push(
        `approval ${review.id} by ${user.login} of ${short} is kept for head ${facts.headSha.slice(0, 12)}: identical change (${proof.method ?? "patch-id of the whole range"})`
      );
      continue;
    }
    let why = `approved commit ${short}, not the head ${String(facts.headSha).slice(0, 12)}`;
    if (rule.keepOnIdenticalRebase) {
      why += !proof ? ": no identical-rebase proof for it" : proof.patchIdsEqual !== true ? ": the change differs from the approved one (patch-ids differ)" : ": the same patch-id, but not the same files (a hunk can sit at other lines with the same patch-id, or the base changed a file of the change): not provably the approved change";
    }
    rejected.push({ ...base, code: "stale_commit", reason: why });
  }
  rejected.sort((a, b) => a.reviewId - b.reviewId);
  counted.sort((a, b) => a.reviewId - b.reviewId);
  const requirements = [];
  requirements.push(
    invalid.length > 0 ? { name: "complete_inputs", status: "failed", reason: `${invalid.join("; ")}: the gate cannot decide on partial facts` } : { name: "complete_inputs", status: "passed", reason: "reviews, commits and files were read completely" }
  );
  const needed = required > 0 || rule.codeowners;
  if (!needed) {
    requirements.push({ name: "approval_count", status: "skipped", reason: `tier ${tier} needs no approval` });
    requirements.push({ name: "no_changes_requested", status: "skipped", reason: `tier ${tier} needs no approval` });
    requirements.push({ name: "codeowners", status: "skipped", reason: `tier ${tier} needs no approval` });
  } else {
    const n = counted.length;
    const extra = unlinked.length > 0 && !unlinkedDeny ? ` (${rule.count} by the policy and 1 more: ${unlinkedWhy})` : "";
    requirements.push(
      n >= required ? { name: "approval_count", status: "passed", reason: `${n} qualified approval${n === 1 ? "" : "s"} of ${required} required: ${counted.map((c) => c.login).join(", ") || "none needed"}${extra}` } : {
        name: "approval_count",
        status: "failed",
        reason: `${n} of ${required} required qualified approval${required === 1 ? "" : "s"} on ${String(facts.headSha).slice(0, 12)}${n > 0 ? ` (${counted.map((c) => c.login).join(", ")})` : ""}${extra}`
      }
    );
    requirements.push(
      changeRequests.length === 0 ? { name: "no_changes_requested", status: "passed", reason: "no qualified reviewer requests changes" } : { name: "no_changes_requested", status: "failed", reason: `changes requested by ${changeRequests.map((c) => `${c.login} (review ${c.reviewId})`).join(", ")}` }
    );
  }
  const codeownersResults = [];
  let codeownersDeny;
  if (needed) {
    if (!rule.codeowners) {
      requirements.push({ name: "codeowners", status: "skipped", reason: `approvals.${tier}.codeowners is off` });
    } else {
      const r = evaluateCodeowners(facts, counted);
      codeownersResults.push(...r.paths);
      codeownersDeny = r.deny;
      requirements.push({ name: "codeowners", status: r.passed ? "passed" : "failed", reason: r.reason });
    }
  }
  let decision;
  const guardDenied = facts.guardDiff?.verdict === "deny";
  if (invalid.length > 0 || codeownersDeny || guardDenied || unlinkedDeny) {
    decision = "deny";
    if (unlinkedDeny) blocking.push({ code: "unlinked_commits", reason: `${unlinkedWhy}, and approvals.${tier}.unlinked_commits is deny` });
    for (const r of invalid) blocking.push({ code: "incomplete_inputs", reason: r });
    if (codeownersDeny) blocking.push({ code: "codeowners_invalid", reason: codeownersDeny });
    if (guardDenied) {
      const d = facts.guardDiff.denials;
      const shown = d.slice(0, 5).join("; ") + (d.length > 5 ? `; and ${d.length - 5} more` : "");
      blocking.push({ code: "guard_diff_denied", reason: `guard-diff denies this change, so no approval can make it acceptable: ${shown || "no reason given"}` });
    }
  } else if (!needed) {
    decision = "not_required";
  } else {
    const failed = requirements.filter((r) => r.status === "failed");
    decision = failed.length === 0 ? "approved" : "approval_required";
    for (const r of failed) {
      if (r.name === "no_changes_requested") {
        for (const c of changeRequests) {
          const why = (c.why ? `: it stands because ${c.why}` : "") + (c.unverified ? `${c.why ? "; and" : ": it stands because"} ${c.login} ${c.unverified}` : "");
          blocking.push({ code: "changes_requested", reason: `${c.login} requested changes (review ${c.reviewId})${why}` });
        }
      } else {
        blocking.push({ code: r.name, reason: r.reason });
      }
    }
  }
  return {
    decision,
    required,
    tier,
    headSha: facts.headSha,
    baseSha: facts.baseSha,
    counted,
    rejected,
    requirements,
    blocking,
    codeowners: codeownersResults,
    warnings,
    changeRequests: changeRequests.map((c) => ({ login: c.login, reviewId: c.reviewId }))
  };
}
function reviewCandidates(facts, policy) {
  const none = { users: [], teams: [], excluded: [], source: "none" };
  if (!TIERS.includes(facts.tier)) return none;
  const rule = policy.approvals[facts.tier];
  if (rule.count === 0 && !rule.codeowners) return none;
  const q = buildQualifier(facts, policy, rule);
  const alreadyCounted = new Set(
    evaluateApprovals(facts, policy).counted.filter((c) => c.countedVia === "head_sha").map((c) => foldLogin(c.login))
  );
  const userNames = [...rule.reviewers.users];
  const policyTeams = rule.reviewers.teams.map(normTeam);
  const teamNames = [...policyTeams];
  const restricted = userNames.length > 0 || teamNames.length > 0;
  let fromCodeowners = false;
  if (rule.codeowners && facts.codeowners && facts.codeowners.problems.length === 0) {
    for (const path of facts.highRiskPaths) {
      for (const o of facts.codeowners.matchesOf(path).flatMap((m) => m.owners)) {
        if (o.kind === "user") {
          userNames.push(o.login);
          fromCodeowners = true;
        } else if (o.kind === "team" && (!restricted || policyTeams.includes(normTeam(o.name)))) {
          teamNames.push(normTeam(o.name));
          fromCodeowners = true;
        }
      }
    }
  }
  const source = restricted ? fromCodeowners ? "policy+codeowners" : "policy" : fromCodeowners ? "codeowners" : "none";
  const users = [];
  const excluded = [];
  const seen = /* @__PURE__ */ new Set();
  for (const login of userNames) {
    const key = foldLogin(login);
    if (seen.has(key)) continue;
    seen.add(key);
    const dq = q.check({ login, type: "User" });
    if (dq) excluded.push({ login, reason: dq.reason });
    else if (alreadyCounted.has(key)) excluded.push({ login, reason: "already approved the head commit" });
    else users.push(login);
  }
  const teamMembers = buildTeamMembers(facts);
  const teams = [];
  for (const team of new Set(teamNames)) {
    const members = teamLookup(teamMembers, team);
    if (members && ![...members].some((m) => q.check({ login: m, type: "User" }) === null)) {
      excluded.push({ login: `@${team}`, reason: "no member of the team could count" });
      continue;
    }
    teams.push(team);
  }
  return { users, teams, excluded, source };
}

// src/core/approval-facts.ts
var CO_AUTHOR_LINE = /^[ \t]*co-authored-by[ \t]*:(.*)$/i;
function coAuthorsOf(message) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const line of message.split(/\r?\n/)) {
    const m = CO_AUTHOR_LINE.exec(line);
    if (!m) continue;
    const value = m[1].trim();
    const parts = /^(.*?)\s*<([^<>]*)>\s*$/.exec(value);
    const c = parts ? { name: parts[1].trim(), email: parts[2].trim() } : { name: value, email: "" };
    const key = `${c.name}\0${c.email.toLowerCase()}`;
    if ((c.name || c.email) && !seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}
var withId = (v) => typeof v === "number" && Number.isSafeInteger(v) && v > 0 ? { id: v } : {};
function reviewFact(raw) {
  const r = obj(raw);
  const u = r.user === null || r.user === void 0 ? null : obj(r.user);
  return {
    id: num(r.id) ?? -1,
    user: u && str(u.login) ? { login: str(u.login), type: str(u.type) ?? null, ...withId(u.id) } : null,
    state: str(r.state) ?? "",
    commitId: str(r.commit_id) ?? null,
    submittedAt: str(r.submitted_at) ?? null
  };
}
function commitFact(raw) {
  const c = obj(raw);
  const git = obj(c.commit);
  const ga = obj(git.author);
  const gc = obj(git.committer);
  const login = (u) => str(obj(u).login) ?? null;
  return {
    sha: str(c.sha) ?? "",
    author: { login: login(c.author), ...withId(obj(c.author).id), email: str(ga.email) ?? null, name: str(ga.name) ?? null },
    committer: { login: login(c.committer), ...withId(obj(c.committer).id), email: str(gc.email) ?? null, name: str(gc.name) ?? null },
    coAuthors: coAuthorsOf(str(git.message) ?? "")
  };
}
var ZERO_OID = "0".repeat(40);
function changeEntryFromFilesApi(raw) {
  const f = obj(raw);
  const apiStatus = str(f.status) ?? "unknown";
  const path = str(f.filename) ?? "";
  const previous = str(f.previous_filename);
  const blob = str(f.sha) ?? ZERO_OID;
  const present = { mode: "100644", kind: "regular" };
  const absent = { mode: "000000", kind: "none" };
  const [status, oldSide, newSide] = apiStatus === "added" ? ["added", absent, present] : apiStatus === "removed" ? ["deleted", present, absent] : apiStatus === "renamed" ? ["renamed", present, present] : apiStatus === "copied" ? ["copied", present, present] : ["modified", present, present];
  const entry = {
    status,
    path,
    oldMode: oldSide.mode,
    newMode: newSide.mode,
    oldKind: oldSide.kind,
    newKind: newSide.kind,
    oldBlob: ZERO_OID,
    // unknown from the files API
    newBlob: status === "deleted" ? ZERO_OID : blob
  };
  if ((status === "renamed" || status === "copied") && previous !== void 0) entry.previousPath = previous;
  return { entry, apiStatus };
}
var UNKNOWN_KIND_REASON = because(
  changeSet,
  "kind_unknown",
  "file kind unknown: the files API reports no file modes, so this could be a symlink, a new executable or a submodule; treated as high tier (run the gate with a git checkout, fetch-depth 0, for the exact tier)"
);
function tierFromFilesApi(files, facts, policy, manifest) {
  const mapped = files.map(changeEntryFromFilesApi);
  const evaluation = evaluateChange(
    {
      base: facts.base,
      head: facts.head,
      mergeBase: "",
      entries: mapped.map((m) => m.entry),
      ...facts.branch !== void 0 ? { branch: facts.branch } : {},
      ...facts.repository !== void 0 ? { repository: facts.repository } : {},
      ...facts.now !== void 0 ? { now: facts.now } : {}
    },
    policy,
    manifest
  );
  const approvalsHigh = policy.compiled.policy.approvals.high.count;
  const escalated = evaluation.files.map((f, i) => {
    const apiStatus = mapped[i].apiStatus;
    const reasons = [...f.reasons];
    if (!["added", "removed", "modified", "renamed", "copied"].includes(apiStatus)) reasons.push(because(changeSet, "files_api_status", `the files API reports status ${JSON.stringify(apiStatus)}`));
    reasons.push(UNKNOWN_KIND_REASON);
    return { ...f, kind: "unknown", tier: "high", decision: f.decision === "deny" ? "deny" : approvalsHigh > 0 ? "approval_required" : "allow", reasons };
  });
  let tier = "low";
  for (const f of escalated) tier = maxTier(tier, f.tier);
  const verdict = evaluation.violations.length > 0 || escalated.some((f) => f.decision === "deny") ? "deny" : escalated.some((f) => f.decision === "approval_required") ? "approval_required" : "allow";
  const approvalsRequired = verdict === "approval_required" ? policy.compiled.policy.approvals[tier].count : 0;
  return {
    ...evaluation,
    files: escalated,
    tier,
    verdict,
    approvals_required: approvalsRequired,
    summary: `${verdict.replace("_", " ")}: ${escalated.length} file(s) from the files API, file kinds unknown (treated as high tier)`
  };
}
function pathsAtTier(change) {
  const out = /* @__PURE__ */ new Set();
  for (const f of change.files) {
    if (f.tier !== change.tier) continue;
    out.add(f.path);
    if (f.status === "renamed" && f.previous_path !== void 0) out.add(f.previous_path);
  }
  return [...out];
}
var DECISIVE2 = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
var NON_DECISIVE2 = /* @__PURE__ */ new Set(["COMMENTED", "PENDING"]);
function latestDecisive(reviews) {
  const latest = /* @__PURE__ */ new Map();
  for (const review of reviews) {
    if (!review.user?.login) continue;
    const state = String(review.state ?? "").toUpperCase();
    if (NON_DECISIVE2.has(state)) continue;
    latest.set(foldLogin(review.user.login), { review, state: DECISIVE2.has(state) ? state : "DISMISSED" });
  }
  return latest;
}
function reviewersNeedingPermission(facts, policy) {
  const latest = latestDecisive(facts.reviews);
  const dismissers = (facts.dismissals ?? []).filter((d) => d.state === "CHANGES_REQUESTED" && d.actor?.login).map((d) => d.actor);
  const everyone = [.../* @__PURE__ */ new Set([...[...latest.values()].map((l) => l.review.user.login), ...dismissers.map((d) => d.login)])];
  const rule = policy.approvals[["low", "medium", "high"].includes(facts.tier) ? facts.tier : "high"];
  const hypothetical = evaluateApprovals(
    {
      ...facts,
      permissions: Object.fromEntries(everyone.map((l) => [l, "write"])),
      teamMembers: { ...Object.fromEntries(rule.reviewers.teams.map((t) => [t, everyone])), ...facts.teamMembers ?? {} }
    },
    policy
  );
  const rejected = new Set(hypothetical.rejected.map((r) => r.reviewId));
  const logins = /* @__PURE__ */ new Set();
  for (const { review, state } of latest.values()) {
    if ((state === "APPROVED" || state === "CHANGES_REQUESTED") && !rejected.has(review.id)) logins.add(review.user.login);
  }
  for (const c of hypothetical.changeRequests ?? []) logins.add(c.login);
  const q = buildQualifier({ ...facts, permissions: Object.fromEntries(everyone.map((l) => [l, "write"])) }, policy, rule);
  for (const d of dismissers) if (q.check(d) === null) logins.add(d.login);
  return { logins: [...logins], hypothetical };
}
function parseRepository(full) {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(full);
  if (!m || m[2] === "." || m[2] === "..") return null;
  return { owner: m[1], repo: m[2] };
}
function pullInfo(raw, number) {
  const p = obj(raw);
  const user = obj(p.user);
  return {
    number: num(p.number) ?? number,
    htmlUrl: str(p.html_url) ?? null,
    state: str(p.state) ?? "unknown",
    draft: p.draft === true,
    author: { login: str(user.login) ?? "", type: str(user.type) ?? null, ...withId(user.id) },
    createdAt: str(p.created_at) ?? "",
    headRef: str(obj(p.head).ref) ?? null,
    headBranch: ((ref) => ref === void 0 ? null : pullRequestBranch(ref, str(obj(obj(p.head).repo).full_name), str(obj(obj(p.base).repo).full_name)))(str(obj(p.head).ref)),
    baseRef: str(obj(p.base).ref) ?? null,
    defaultBranch: str(obj(obj(p.base).repo).default_branch) ?? null,
    requestedUsers: (Array.isArray(p.requested_reviewers) ? p.requested_reviewers : []).map((u) => str(obj(u).login)).filter((l) => !!l),
    requestedTeams: (Array.isArray(p.requested_teams) ? p.requested_teams : []).map((u) => str(obj(u).slug)).filter((l) => !!l),
    commits: num(p.commits) ?? null,
    changedFiles: num(p.changed_files) ?? null
  };
}
function codeownerTeams(file, paths) {
  const teams = /* @__PURE__ */ new Set();
  for (const p of paths) for (const o of file.matchesOf(p).flatMap((m) => m.owners)) if (o.kind === "team") teams.add(o.name);
  return [...teams];
}
function withReasonsFrom(final, hypothetical, permissions) {
  const known = new Set(Object.keys(permissions).map(foldLogin));
  const hyp = new Map(hypothetical.rejected.map((r) => [r.reviewId, r]));
  return {
    ...final,
    warnings: [...final.warnings],
    rejected: final.rejected.map((r) => r.login !== null && !known.has(foldLogin(r.login)) && hyp.has(r.reviewId) ? hyp.get(r.reviewId) : r)
  };
}
function withSymlinkAliases(paths, entries) {
  const out = new Set(paths);
  for (const e of entries ?? []) if (out.has(e.path) || e.previousPath !== void 0 && out.has(e.previousPath)) for (const a of e.linkedFrom ?? []) out.add(a);
  return [...out];
}
function changeKeys(entries) {
  return entries.map((e) => [e.status, e.previousPath ?? "", e.path, e.oldMode, e.newMode, e.oldBlob, e.newBlob].join("\0")).sort();
}
function firstDifference(approved, head) {
  const a = changeKeys(approved);
  const h = changeKeys(head);
  for (let i = 0; i < Math.max(a.length, h.length); i++) {
    if (a[i] !== h[i]) return (a[i] ?? h[i]).split("\0")[2];
  }
  return void 0;
}

// src/core/approval-gate.ts
function gateDecision(problems, evaluation) {
  return problems.length > 0 ? "deny" : evaluation.decision;
}
function lastBaseChange(times) {
  if (times.length === 0) return null;
  let last;
  for (const at of times) {
    const t = Date.parse(at);
    if (!Number.isFinite(t)) return "";
    if (!last || t > last.t) last = { at, t };
  }
  return last.at;
}

// src/adapters/github-permissions.ts
var STANDARD_ROLES = /* @__PURE__ */ new Set(["admin", "maintain", "write", "triage", "read"]);
var LEGACY_PERMISSIONS = /* @__PURE__ */ new Set(["admin", "write", "read", "none"]);
async function lookupPermission(client, t, login) {
  let res;
  try {
    res = await call(client, "GET /repos/{owner}/{repo}/collaborators/{username}/permission", { owner: t.owner, repo: t.repo, username: login });
  } catch (err) {
    if (err instanceof GitHubApiError && err.status === 404) return "none";
    throw err;
  }
  const d = obj(res.data);
  const role = str(d.role_name);
  if (role !== void 0 && STANDARD_ROLES.has(role)) return role;
  const legacy = str(d.permission);
  if (legacy !== void 0 && LEGACY_PERMISSIONS.has(legacy)) return legacy;
  throw new GitHubApiError(`the permission of ${login} could not be read (permission ${JSON.stringify(legacy ?? null)}, role_name ${JSON.stringify(role ?? null)})`, res.status);
}
async function teamMembership(client, org, slug, login) {
  try {
    const res = await call(client, "GET /orgs/{org}/teams/{team_slug}/memberships/{username}", { org, team_slug: slug, username: login });
    const state = obj(res.data).state;
    return state === "active" ? "member" : state === "pending" ? "not_member" : "unknown";
  } catch (err) {
    if (err instanceof GitHubApiError && err.status === 404) return "not_member";
    if (err instanceof GitHubApiError && (err.status === 403 || err.status === 401)) return "unknown";
    throw err;
  }
}
function teamKey(team, owner) {
  const name = team.startsWith("@") ? team.slice(1) : team;
  const [org, slug] = name.includes("/") ? name.split("/", 2) : [owner, name];
  return { org, slug, key: `${org}/${slug}`.toLowerCase() };
}
var MAX_PERMISSION_LOOKUPS = 30;
async function lookupPermissions(client, t, logins, teams, known) {
  const permissions = { ...known.permissions };
  const warnings = [...known.warnings];
  const members = new Map(Object.entries(known.teamMembers).map(([k, v]) => [k, new Set(v)]));
  const unknownTeams = /* @__PURE__ */ new Set();
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
  const writers = Object.entries(permissions).filter(([l, p]) => ["admin", "maintain", "write"].includes(p) && logins.some((x) => foldLogin(x) === foldLogin(l))).map(([l]) => l);
  for (const team of teams) {
    const { org, slug, key } = teamKey(team, t.owner);
    let set = members.get(key);
    for (const login of writers) {
      if (set?.has(foldLogin(login))) continue;
      const m = await teamMembership(client, org, slug, login);
      if (m === "member") {
        if (!set) members.set(key, set = /* @__PURE__ */ new Set());
        set.add(foldLogin(login));
      } else if (m === "unknown") {
        unknownTeams.add(key);
      } else if (!set) {
        members.set(key, set = /* @__PURE__ */ new Set());
      }
    }
  }
  for (const key of unknownTeams) {
    warnings.push(`membership of team ${key} could not be read with this token (it needs members: read): its members are not counted as such`);
    members.delete(key);
  }
  return { permissions, teamMembers: Object.fromEntries([...members].map(([k, v]) => [k, [...v]])), warnings };
}

// src/core/approval-initiator.ts
var SHA2 = /^[0-9a-f]{40}$/;
var MAX_START_COMMITS = 5;
function accountFact(v) {
  const u = obj(v);
  const login = str(u.login);
  if (!login) return null;
  const id = num(u.id);
  return { login, type: str(u.type) ?? null, ...id !== void 0 && Number.isSafeInteger(id) && id > 0 ? { id } : {} };
}
function dispatchRunFact(raw) {
  const r = obj(raw);
  return {
    id: num(r.id) ?? -1,
    event: str(r.event) ?? "",
    headSha: (str(r.head_sha) ?? "").toLowerCase(),
    workflow: str(r.path) ?? null,
    actor: accountFact(r.actor),
    triggeringActor: accountFact(r.triggering_actor)
  };
}
function startCommits(mergeBase2, commits) {
  const listed = new Set(commits.map((c) => (str(obj(c).sha) ?? "").toLowerCase()));
  const out = [];
  const add = (sha) => {
    const s = (sha ?? "").toLowerCase();
    if (SHA2.test(s) && !listed.has(s) && !out.includes(s)) out.push(s);
  };
  add(mergeBase2 ?? void 0);
  for (const c of commits) {
    const parents = (Array.isArray(obj(c).parents) ? obj(c).parents : []).map((p) => (str(obj(p).sha) ?? "").toLowerCase());
    if (parents.some((p) => listed.has(p))) continue;
    for (const p of parents) add(p);
  }
  return out;
}
function unreadableRuns(sha, error) {
  const permission = error.status === 403 || error.status === 404 ? ": the token needs `actions: read` (add it to the job's permissions)" : "";
  return `the workflow_dispatch runs on ${sha.slice(0, 12)} (the commit the change starts from) could not be read (${error.message})${permission}; who dispatched the agent's task is unknown, and their approval must not count`;
}
function decideInitiators(starts, lookups) {
  const problems = [];
  const runs = [];
  const initiators = [];
  if (starts.length === 0) problems.push("the commit the change starts from (its merge base) is unknown: who dispatched the agent's task cannot be looked up");
  if (starts.length > MAX_START_COMMITS) {
    problems.push(`the change starts from ${starts.length} commits outside it (at most ${MAX_START_COMMITS} are looked up): who dispatched the agent's task is not established`);
  }
  for (const sha of starts.slice(0, MAX_START_COMMITS)) {
    const lookup = lookups.find((l) => l.sha.toLowerCase() === sha);
    if (!lookup) {
      problems.push(`the workflow_dispatch runs on ${sha.slice(0, 12)} were not looked up: who dispatched the agent's task is unknown`);
      continue;
    }
    if (lookup.runs === null) {
      problems.push(unreadableRuns(sha, lookup.error ?? { message: "no answer" }));
      continue;
    }
    if (!lookup.complete) problems.push(`more workflow_dispatch runs on ${sha.slice(0, 12)} exist than the gate reads: who dispatched the agent's task is not established`);
    for (const raw of lookup.runs) {
      const run = dispatchRunFact(raw);
      if (run.event !== "workflow_dispatch" || run.headSha !== sha) continue;
      runs.push(run);
      const people = [
        [run.actor, "actor"],
        [run.triggeringActor, "triggering_actor"]
      ];
      if (people.every(([a]) => a === null)) problems.push(`workflow_dispatch run ${run.id} on ${sha.slice(0, 12)} names no actor: who started it is unknown`);
      for (const [a, role] of people) {
        if (!a) continue;
        if (initiators.some((i) => i.runId === run.id && i.login.toLowerCase() === a.login.toLowerCase())) continue;
        initiators.push({ login: a.login, ...a.id !== void 0 && a.id !== null ? { id: a.id } : {}, runId: run.id, role, headSha: sha, workflow: run.workflow });
      }
    }
  }
  return { startCommits: [...starts], runs, initiators, problems };
}

// src/adapters/github-pulls.ts
var ids = (t) => ({ owner: t.owner, repo: t.repo, pull_number: t.pullNumber });
var SHA1 = /^[0-9a-f]{40}$/;
async function readPull(client, t, fromEvent) {
  let pr;
  let status;
  if (fromEvent !== void 0) {
    pr = obj(fromEvent);
    if (pr.number !== t.pullNumber) throw new GitHubApiError(`the event's pull request is not #${t.pullNumber}`, void 0);
  } else {
    const res = await call(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}", ids(t));
    pr = obj(res.data);
    status = res.status;
  }
  const where = fromEvent !== void 0 ? `the event's pull request #${t.pullNumber}` : `pull request #${t.pullNumber}`;
  const head = str(obj(pr.head).sha) ?? "";
  const base = str(obj(pr.base).sha) ?? "";
  const pull = pullInfo(pr, t.pullNumber);
  if (!SHA1.test(base)) throw new GitHubApiError(`${where} has no valid base SHA`, status);
  if (!SHA1.test(head)) throw new GitHubApiError(`${where} has no valid head SHA`, status);
  const problems = [];
  if (pull.author.login === "") problems.push(`${where} names no author (no user login): the author cannot be excluded from the approvers`);
  const notes = [];
  if (fromEvent !== void 0) {
    notes.push(
      `the pull request as the event gives it (head ${head.slice(0, 12)}, base ${base.slice(0, 12)}` + (pull.commits === null || pull.changedFiles === null ? "; no commit or file counts: completeness from the comparison and GitHub's list caps" : "") + ")"
    );
  }
  return { facts: { pull, head, base }, problems, notes };
}
async function readReviews(client, t) {
  const list = await listAll(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", ids(t), 50);
  const reviews = list.items.map(reviewFact);
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const twice = reviews.find((r) => seen.has(r.id) ? true : (seen.add(r.id), false));
  let complete = list.complete;
  if (twice) {
    complete = false;
    problems.push(`review ${twice.id} is listed twice: the list of reviews changed while it was read (one may have been skipped); the next event re-evaluates`);
  }
  return { facts: { reviews, complete }, problems, notes: [] };
}
var MAX_COMMITS = 250;
var COMPARE_MAX_FILES = 300;
var PULL_MAX_FILES = 3e3;
async function readComparison(client, t, base, head) {
  const route = "GET /repos/{owner}/{repo}/compare/{basehead}";
  let res = await call(client, route, { owner: t.owner, repo: t.repo, basehead: `${base}...${head}`, per_page: 100 });
  const first = obj(res.data);
  const firstCommits = first.commits;
  if (!Array.isArray(firstCommits)) throw new GitHubApiError(`${route} returned no list of commits`, res.status);
  const commits = [...firstCommits];
  const totalCommits = num(first.total_commits) ?? null;
  const files = Array.isArray(first.files) ? first.files : null;
  const mb = str(obj(first.merge_base_commit).sha);
  const mergeBase2 = mb !== void 0 && SHA1.test(mb) ? mb : null;
  if (totalCommits === null || totalCommits > MAX_COMMITS) return { commits, totalCommits, files, complete: false, mergeBase: mergeBase2 };
  let next = nextLink(res.headers.link);
  for (let page = 1; next !== void 0 && commits.length < totalCommits && page < Math.ceil(MAX_COMMITS / 100); page++) {
    res = await call(client, `GET ${next}`);
    const d = obj(res.data);
    const more = d.commits;
    if (!Array.isArray(more)) throw new GitHubApiError(`${route} (page ${page + 1}) returned no list of commits`, res.status);
    commits.push(...more);
    next = nextLink(res.headers.link);
  }
  return { commits, totalCommits, files, complete: commits.length === totalCommits, mergeBase: mergeBase2 };
}
async function readChangeLists(client, t, p, withFiles, comparisonOnly = false) {
  const { pull, base, head } = p;
  const problems = [];
  const notes = [];
  const comparison = await readComparison(client, t, base, head);
  const range = `${base.slice(0, 12)}...${head.slice(0, 12)}`;
  let commitItems;
  let commitsComplete;
  if (comparison.totalCommits !== null && comparison.totalCommits > MAX_COMMITS) {
    commitItems = comparison.commits;
    commitsComplete = false;
    notes.push(`the comparison ${range} has ${comparison.totalCommits} commits; the gate reads at most ${MAX_COMMITS}`);
  } else if (comparison.complete && (pull.commits === null || comparison.totalCommits === pull.commits)) {
    commitItems = comparison.commits;
    commitsComplete = true;
    if (commitItems.length > 0 && !commitItems.some((c) => str(obj(c).sha) === head)) {
      problems.push(`the comparison ${range} does not list the head commit ${head.slice(0, 12)}: the API answered inconsistently; the next event re-evaluates`);
    }
  } else if (comparisonOnly) {
    commitItems = comparison.commits;
    commitsComplete = false;
    problems.push(`the comparison ${range} could not be read completely, and the pull request's own commit list is relative to another base`);
  } else {
    notes.push(`the comparison ${range} lists ${comparison.totalCommits ?? "an unknown number of"} commits, the pull request reports ${pull.commits ?? "an unknown number"}: commits read from the pull request`);
    const list = await listAll(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", ids(t), 3);
    commitItems = list.items;
    commitsComplete = list.complete && (pull.commits !== null ? list.items.length === pull.commits && list.items.length <= MAX_COMMITS : list.items.length < MAX_COMMITS);
    const last = str(obj(list.items[list.items.length - 1]).sha);
    if (commitsComplete && last !== void 0 && last !== head) {
      problems.push(`the last listed commit (${last.slice(0, 12)}) is not the head read first (${head.slice(0, 12)}): the branch moved while the gate read it; the next event re-evaluates`);
    }
  }
  let files = [];
  let filesComplete = true;
  if (withFiles) {
    const listed = comparison.files;
    if (listed !== null && (pull.changedFiles !== null ? listed.length === pull.changedFiles : listed.length < COMPARE_MAX_FILES)) {
      files = listed;
    } else if (comparisonOnly) {
      filesComplete = false;
      problems.push(`the comparison ${range} lists ${listed?.length ?? "no"} files (at most ${COMPARE_MAX_FILES}), and the pull request's own file list is relative to another base: use a checkout (fetch-depth: 0)`);
    } else {
      notes.push(`the comparison ${range} lists ${comparison.files?.length ?? "no"} files (at most ${COMPARE_MAX_FILES}), the pull request reports ${pull.changedFiles ?? "an unknown number"}: files read from the pull request`);
      const list = await listAll(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}/files", ids(t), 30);
      files = list.items;
      filesComplete = list.complete && (pull.changedFiles !== null ? files.length === pull.changedFiles : files.length < PULL_MAX_FILES);
      if (!filesComplete) notes.push(`the files API listed ${files.length} of ${pull.changedFiles ?? "an unknown number of"} changed files (GitHub lists at most ${PULL_MAX_FILES.toLocaleString("en-US")})`);
      const after = obj((await call(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}", ids(t))).data);
      const now = str(obj(after.head).sha) ?? "(none)";
      if (now !== head) {
        problems.push(
          `the pull request's files were read from its files endpoint, which lists the current head's: the head is now ${now.slice(0, 12)}, not ${head.slice(0, 12)} (the branch moved while the gate read it); the next event re-evaluates`
        );
      }
    }
  }
  const starts = startCommits(comparison.mergeBase, commitItems);
  return { facts: { commits: commitItems.map(commitFact), commitsComplete, files, filesComplete, startCommits: starts }, problems, notes };
}
var BASE_CHANGE_EVENTS = /* @__PURE__ */ new Set(["base_ref_changed", "automatic_base_change_succeeded"]);
var TIMELINE_MAX_PAGES = 30;
async function readTimeline(client, t) {
  const list = await listAll(client, "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline", { owner: t.owner, repo: t.repo, issue_number: t.pullNumber }, TIMELINE_MAX_PAGES);
  const events = [];
  const baseChanges = [];
  const dismissals = [];
  const forcePushes = [];
  for (const raw of list.items) {
    const e = obj(raw);
    const at = str(e.created_at);
    if (BASE_CHANGE_EVENTS.has(e.event)) baseChanges.push(at ?? "");
    if (e.event === "review_dismissed") {
      const d = obj(e.dismissed_review);
      const reviewId = num(d.review_id);
      if (reviewId !== void 0) dismissals.push({ reviewId, actor: accountFact(e.actor), state: (str(d.state) ?? "").toUpperCase(), at: at ?? null });
    } else if (e.event === "head_ref_force_pushed") {
      forcePushes.push({ actor: accountFact(e.actor)?.login ?? null, commitId: str(e.commit_id) ?? null, at: at ?? null });
    }
    if (!at) continue;
    if (e.event === "ready_for_review") events.push({ kind: "ready_for_review", at });
    else if (e.event === "review_requested") events.push({ kind: "review_requested", at, reviewer: str(obj(e.requested_reviewer).login) ?? null });
  }
  return { events, baseChanges, dismissals, forcePushes, complete: list.complete };
}
var DISPATCH_RUNS_MAX_PAGES = 3;
async function readDispatchRuns(client, t, shas) {
  const route = "GET /repos/{owner}/{repo}/actions/runs";
  const out = [];
  for (const sha of shas.slice(0, MAX_START_COMMITS)) {
    try {
      let res = await call(client, route, { owner: t.owner, repo: t.repo, event: "workflow_dispatch", head_sha: sha, per_page: 100 });
      const runs = [];
      let total;
      for (let page = 1; ; page++) {
        const d = obj(res.data);
        if (!Array.isArray(d.workflow_runs)) throw new GitHubApiError(`${route} returned no list of workflow runs`, res.status);
        total ??= num(d.total_count);
        runs.push(...d.workflow_runs);
        const next = nextLink(res.headers.link);
        if (next === void 0 || page >= DISPATCH_RUNS_MAX_PAGES) {
          out.push({ sha, runs, complete: next === void 0 && (total === void 0 || runs.length >= total) });
          break;
        }
        res = await call(client, `GET ${next}`);
      }
    } catch (err) {
      if (!(err instanceof GitHubApiError)) throw err;
      out.push({ sha, runs: null, complete: false, error: { ...err.status !== void 0 ? { status: err.status } : {}, message: err.message } });
    }
  }
  return out;
}

// src/app/approval-gate-git.ts
async function checkoutHolds(dir, base, head) {
  try {
    if (await isShallow(dir)) return { ok: false, why: "the checkout is shallow (use fetch-depth: 0)" };
    await resolveCommit(dir, base);
    await resolveCommit(dir, head);
    return { ok: true };
  } catch (err) {
    return { ok: false, why: err instanceof GitError ? err.message : String(err) };
  }
}
async function identicalRebaseProofs(dir, base, head, headEntries, approvedShas) {
  const proofs = [];
  const notes = [];
  if (approvedShas.length === 0) return { proofs, notes };
  if (headEntries === void 0) {
    notes.push("identical-rebase check impossible: the head's change set could not be computed");
    return { proofs, notes };
  }
  let headId;
  try {
    headId = await patchId(dir, await mergeBase(dir, base, head), head);
  } catch (err) {
    notes.push(`identical-rebase check impossible: the head's patch-id could not be computed (${err instanceof Error ? err.message : String(err)})`);
    return { proofs, notes };
  }
  const method = "git patch-id --verbatim of the whole range merge-base(base, X)..X (diff-tree -p --binary --full-index --no-renames), and the same paths, modes and old and new blobs (diff-tree --raw)";
  for (const sha of approvedShas) {
    try {
      const id = await patchId(dir, await mergeBase(dir, base, sha), sha);
      const differs = firstDifference((await computeChangeSet(dir, base, sha)).entries, headEntries);
      proofs.push({ approvedSha: sha, headSha: head, patchIdsEqual: id === headId, sameFiles: differs === void 0, method });
      notes.push(
        `approved commit ${sha.slice(0, 12)}: patch-id ${id === headId ? "equals" : "differs from"} the head's; ` + (differs === void 0 ? "the same files (paths, modes, blobs)" : `${differs} differs (path, mode or blob)`)
      );
    } catch (err) {
      notes.push(`approved commit ${sha.slice(0, 12)}: no proof (${err instanceof GitError ? err.code : "error"}: ${err instanceof Error ? err.message.slice(0, 200) : String(err)})`);
    }
  }
  return { proofs, notes };
}

// src/app/approval-gate.ts
async function tierPhase(checkout, p, files, config, repository, now) {
  const context = { repository, now, ...p.pull.headBranch ? { branch: p.pull.headBranch } : {} };
  const facts = { base: p.base, head: p.head, ...context };
  if (checkout === void 0) {
    const change = tierFromFilesApi(files, facts, config.input, config.manifest);
    return { facts: { change }, problems: [], notes: ["tier from the files API: file kinds are unknown there, so every file is treated as high tier"] };
  }
  try {
    const { changes, evaluation } = await reviewCommits(checkout, p.base, p.head, config, context);
    return { facts: { change: evaluation, entries: changes.entries }, problems: [], notes: [`tier from git: ${changes.entries.length} change(s) from merge base ${changes.mergeBase.slice(0, 12)} to ${p.head.slice(0, 12)}`] };
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    const change = { ...tierFromFilesApi([], facts, config.input, config.manifest), tier: "high" };
    return { facts: { change }, problems: [`the change set could not be computed with git (${err.code}): ${err.message}`], notes: [] };
  }
}
async function rebasePhase(checkout, p, facts, entries) {
  const stale = [...new Set([...latestDecisive(facts.reviews).values()].filter((l) => l.state === "APPROVED" && l.review.commitId && l.review.commitId !== p.head).map((l) => l.review.commitId))];
  if (checkout === void 0) return { proofs: [], notes: ["keep_on_identical_rebase cannot apply without a git checkout holding the commits (fetch-depth: 0): approvals bind to the head SHA only"] };
  return identicalRebaseProofs(checkout, p.base, p.head, entries, stale);
}
async function protectedBase(client, t, p, configured, notes) {
  const def = p.pull.defaultBranch;
  if (!def) throw new GitHubApiError(`pull request #${t.pullNumber} does not name the repository's default branch: which policy governs it is unknown`, void 0);
  const targets = configured ?? [def];
  if (p.pull.baseRef !== null && targets.includes(p.pull.baseRef)) return p;
  const res = await call(client, "GET /repos/{owner}/{repo}/branches/{branch}", { owner: t.owner, repo: t.repo, branch: def });
  const sha = str(obj(obj(res.data).commit).sha);
  if (!sha || !/^[0-9a-f]{40}$/.test(sha)) throw new GitHubApiError(`the default branch ${def} has no valid head SHA`, res.status);
  notes.push(
    `the pull request targets ${quoteUntrusted(p.pull.baseRef ?? "(unknown)")}, not a protected branch (${targets.join(", ")}): judged against the default branch ${def} at ${sha.slice(0, 12)}, whose policy governs what this head may become`
  );
  return { ...p, base: sha, pull: { ...p.pull, commits: null, changedFiles: null }, retargeted: true };
}
async function collectApprovalGate(client, t, opts = {}) {
  const counter = requestCounter(client);
  counter.phase = "collect";
  const repository = `${t.owner}/${t.repo}`;
  const problems = [];
  const tierNotes = [];
  const take = (r, notes = tierNotes) => {
    problems.push(...r.problems);
    notes.push(...r.notes);
    return r.facts;
  };
  const read = take(await readPull(client, t, opts.pullFromEvent));
  const p = opts.protectedBranches !== void 0 ? await protectedBase(client, t, read, opts.protectedBranches, tierNotes) : read;
  let checkout;
  if (opts.checkout) {
    const holds = await checkoutHolds(opts.checkout, p.base, p.head);
    if (holds.ok) checkout = opts.checkout;
    else tierNotes.push(`the git checkout cannot be used (${holds.why}): tier from the files API, configuration through the contents API`);
  }
  const reader = checkout ? gitReader(checkout, p.base) : apiReader(client, t, p.base);
  const reviews = take(await readReviews(client, t));
  const lists = take(await readChangeLists(client, t, p, checkout === void 0, p.retargeted === true));
  const { policy, input } = await loadPolicyWith(reader, { ...opts.policyPath !== void 0 ? { path: opts.policyPath } : {}, manifestPaths: opts.manifestPath ? [opts.manifestPath] : [], base: p.base });
  const manifest = opts.manifestPath ? await loadManifestWith(reader, opts.manifestPath) : null;
  const { change, entries } = take(await tierPhase(checkout, p, lists.files, { policy, input, manifest }, repository, opts.now ?? /* @__PURE__ */ new Date()));
  const tier = change.tier;
  const rule = policy.approvals[tier];
  const codeowners = rule.codeowners ? await loadCodeownersWith(reader) : void 0;
  const rebase = rule.keepOnIdenticalRebase ? await rebasePhase(checkout, p, reviews, entries) : { proofs: [], notes: [] };
  let waitEvents;
  const readHistory = async () => {
    if (waitEvents) return waitEvents;
    waitEvents = await inPhase(client, "events", () => readTimeline(client, t));
    if (!waitEvents.complete) problems.push("the pull request's timeline is longer than the gate reads: who dismissed a review, and whether its base branch was changed after an approval, are unknown");
    return waitEvents;
  };
  if (reviews.reviews.some((r) => r.state.toUpperCase() === "DISMISSED")) await readHistory();
  const facts = {
    headSha: p.head,
    baseSha: p.base,
    tier,
    highRiskPaths: withSymlinkAliases(pathsAtTier(change), entries),
    pullRequest: { number: p.pull.number, author: p.pull.author, createdAt: p.pull.createdAt, readyAt: null },
    reviews: reviews.reviews,
    commits: lists.commits,
    lastPusher: opts.lastPusher ?? null,
    permissions: {},
    listsComplete: { reviews: reviews.complete, commits: lists.commitsComplete, files: lists.filesComplete },
    ...manifest ? { manifest: { initiator: manifest.manifest.initiator ?? null, sha256: manifest.sha256 } } : {},
    ...codeowners ? { codeowners } : {},
    ...rebase.proofs.length > 0 ? { identicalRebases: rebase.proofs } : {},
    guardDiff: { verdict: change.verdict, denials: change.violations.map((v) => v.path !== void 0 ? `${quoteUntrusted(v.path)}: ${v.message}` : v.message) },
    ...waitEvents ? { dismissals: waitEvents.dismissals } : {}
  };
  const { logins, hypothetical } = reviewersNeedingPermission(facts, policy);
  const ownerTeams = rule.codeowners && codeowners && codeowners.problems.length === 0 ? codeownerTeams(codeowners, facts.highRiskPaths) : [];
  const looked = await inPhase(client, "permissions", () => lookupPermissions(client, t, logins, [...rule.reviewers.teams, ...ownerTeams], { permissions: {}, teamMembers: {}, warnings: [] }));
  const finalFacts = { ...facts, permissions: looked.permissions, teamMembers: looked.teamMembers };
  const evaluate = () => {
    const e = withReasonsFrom(evaluateApprovals(finalFacts, policy), hypothetical, looked.permissions);
    e.warnings.push(...looked.warnings);
    return e;
  };
  let evaluation = evaluate();
  let initiators;
  if (gateDecision(problems, evaluation) === "approved") {
    const history = await readHistory();
    finalFacts.baseChangedAt = lastBaseChange(history.baseChanges);
    const pusher = [...history.forcePushes].reverse().find((f) => f.commitId === p.head && f.actor);
    if (!finalFacts.lastPusher && pusher) finalFacts.lastPusher = pusher.actor;
    initiators = decideInitiators(lists.startCommits, await inPhase(client, "initiators", () => readDispatchRuns(client, t, lists.startCommits)));
    problems.push(...initiators.problems);
    finalFacts.initiators = initiators.initiators;
    evaluation = evaluate();
  }
  return {
    decision: gateDecision(problems, evaluation),
    evaluation,
    problems,
    repository,
    pull: p.pull,
    facts: finalFacts,
    policy,
    policySource: { source: input.source, sha256: input.sha256, baseline: policy.origin === "baseline" },
    manifestSource: manifest ? { source: manifest.source, sha256: manifest.sha256 } : null,
    tierSource: { mode: checkout ? "git" : "files_api", notes: tierNotes },
    baseFilesVia: reader.via === "git" ? "git" : "contents_api",
    change,
    identicalRebase: { applies: rule.keepOnIdenticalRebase && checkout !== void 0, notes: rebase.notes },
    counter,
    ...waitEvents ? { waitEvents } : {},
    ...initiators ? { initiators } : {}
  };
}

export {
  evaluateApprovals,
  reviewCandidates,
  parseRepository,
  gateDecision,
  lookupPermissions,
  readTimeline,
  checkoutHolds,
  collectApprovalGate
};
