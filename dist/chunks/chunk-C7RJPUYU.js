import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  num,
  obj,
  str
} from "./chunk-2ITWNIKS.js";
import {
  ConfigError,
  GitError,
  ZERO_OID_RE,
  compileGuarded,
  computeChangeSet,
  contentFindings,
  evaluateChange,
  gitFailure,
  isSha,
  isShallow,
  mergeBase,
  pipeGit,
  quoted,
  readFileAtCommit,
  repoProblem,
  resolveCommit,
  resolveCommitAs
} from "./chunk-CRZN3KFY.js";
import {
  loadManifest,
  loadPolicy,
  pullRequestBranch,
  sha256
} from "./chunk-56M6AEYA.js";
import {
  BASELINE_POLICY,
  DEFAULT_POLICY_PATH,
  GlobSet,
  MAX_DOCUMENT_BYTES,
  TIERS,
  lintGlob,
  maxTier,
  quoteUntrusted
} from "./chunk-HIH5H5C6.js";

// src/core/logins.ts
var MAX_LOGIN_LENGTH = 256;
function foldLogin(login) {
  return login.toLowerCase();
}
function sameLogin(a, b) {
  if (!a || !b) return false;
  return foldLogin(a) === foldLogin(b);
}
function loginMatches(pattern, login) {
  if (typeof pattern !== "string" || typeof login !== "string") return false;
  if (pattern.length === 0 || login.length === 0) return false;
  if (pattern.length > MAX_LOGIN_LENGTH || login.length > MAX_LOGIN_LENGTH) return false;
  const p = foldLogin(pattern);
  const s = foldLogin(login);
  const pieces = p.split("*");
  if (pieces.length === 1) return p === s;
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first.length + last.length > s.length) return false;
  if (!s.startsWith(first) || !s.endsWith(last)) return false;
  let pos = first.length;
  const end = s.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i];
    if (piece.length === 0) continue;
    const at = s.indexOf(piece, pos);
    if (at < 0 || at + piece.length > end) return false;
    pos = at + piece.length;
  }
  return true;
}
var KNOWN_AGENT_LOGINS = Object.freeze([
  "copilot",
  "copilot-swe-agent",
  "copilot-pull-request-reviewer",
  "github-actions",
  "github-advanced-security",
  "dependabot",
  "dependabot-preview",
  "renovate",
  "renovate-bot",
  "devin-ai-integration",
  "coderabbitai"
]);
function isAgentIdentity(user, agentPatterns = []) {
  const login = typeof user.login === "string" ? user.login : "";
  if (login.length === 0) return "the account has no login";
  const type = user.type;
  if (type !== void 0 && type !== null) {
    if (type === "Bot") return `${login} is a bot account (type Bot: an app or automation)`;
    if (type === "Organization") return `${login} is an organization, not a person`;
    if (type !== "User") return `${login} has account type ${JSON.stringify(type)}, not User`;
  }
  const folded = foldLogin(login);
  if (folded.endsWith("[bot]")) return `${login} is an app account ([bot] suffix)`;
  if (folded === "copilot") return `${login} is GitHub Copilot`;
  if (KNOWN_AGENT_LOGINS.includes(folded)) return `${login} is a known agent or automation account`;
  for (const pattern of agentPatterns) {
    if (loginMatches(pattern, login)) return `${login} matches the policy's agent pattern ${JSON.stringify(pattern)}`;
  }
  return null;
}

// src/core/approvals.ts
var WRITE_PERMISSIONS = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
var DECISIVE = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
var NON_DECISIVE = /* @__PURE__ */ new Set(["COMMENTED", "PENDING"]);
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
  const addContributor = (code, who, sha) => {
    const role = code === "commit_author" ? "an author" : code === "committer" ? "the committer" : "a co-author (Co-authored-by)";
    const short = sha.slice(0, 12);
    const logins = /* @__PURE__ */ new Set();
    if (who.login) logins.add(foldLogin(who.login));
    const email = normEmail(who.email);
    const ids = /* @__PURE__ */ new Set();
    if (typeof who.id === "number" && Number.isSafeInteger(who.id) && who.id > 0) ids.add(who.id);
    if (email) {
      for (const l of emailLogins.get(email) ?? []) logins.add(l);
      const noreply = loginFromNoreplyEmail(email);
      if (noreply) logins.add(noreply);
      const id = idFromNoreplyEmail(email);
      if (id !== void 0) ids.add(id);
    }
    for (const id of ids) {
      if (!contributorIds.has(id)) {
        contributorIds.set(id, { code, reason: `is ${role} of commit ${short} (matched by account id ${id}${email ? `, ${email}` : ""}): not independent of the change` });
      }
    }
    if (logins.size === 0) {
      if (ids.size > 0) return;
      if (email || who.name) unresolved.add(`${role} of ${short} (${JSON.stringify(who.name ?? "")} <${email ?? "no email"}>) is not linked to any GitHub login`);
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
  return { check, warnings };
}
function withoutLeadingLogin(text, login) {
  return login && text.startsWith(`${login} `) ? text.slice(login.length + 1) : text;
}
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
var sameSha = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
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
  const required = rule.count;
  const q = buildQualifier(facts, policy, rule);
  const warnings = [...q.warnings];
  const counted = [];
  const rejected = [];
  const blocking = [];
  const reviews = Array.isArray(facts.reviews) ? facts.reviews : [];
  const latest = /* @__PURE__ */ new Map();
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
    const effective = DECISIVE.has(state) ? state : "DISMISSED";
    const key = foldLogin(review.user.login);
    const prev = latest.get(key);
    if (prev && prev.state === "APPROVED") superseded.push({ review: prev.review, by: review, byState: effective });
    latest.set(key, { review, state: effective });
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
  for (const { review, state } of latest.values()) {
    const user = review.user;
    const base = { login: user.login, reviewId: review.id, state, commitId: review.commitId };
    if (state === "DISMISSED") {
      rejected.push({ ...base, code: "dismissed", reason: "the review was dismissed (or its state is unknown)" });
      continue;
    }
    const dq = q.check(user);
    if (state === "CHANGES_REQUESTED") {
      if (dq && (dq.code === "permission_unknown" || dq.code === "team_membership_unknown")) {
        changeRequests.push({ login: user.login, reviewId: review.id, unverified: dq.reason });
      } else if (dq) rejected.push({ ...base, code: dq.code, reason: `change request does not block: ${user.login} ${dq.reason}` });
      else changeRequests.push({ login: user.login, reviewId: review.id });
      continue;
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
    if (sameSha(review.commitId, facts.headSha)) {
      counted.push({ login: user.login, reviewId: review.id, commitId: review.commitId, countedVia: "head_sha", submittedAt: review.submittedAt ?? null });
      continue;
    }
    const proof = (facts.identicalRebases ?? []).find((p) => sameSha(p.approvedSha, review.commitId) && sameSha(p.headSha, facts.headSha));
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
    requirements.push(
      n >= required ? { name: "approval_count", status: "passed", reason: `${n} qualified approval${n === 1 ? "" : "s"} of ${required} required: ${counted.map((c) => c.login).join(", ") || "none needed"}` } : {
        name: "approval_count",
        status: "failed",
        reason: `${n} of ${required} required qualified approval${required === 1 ? "" : "s"} on ${String(facts.headSha).slice(0, 12)}${n > 0 ? ` (${counted.map((c) => c.login).join(", ")})` : ""}`
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
  if (invalid.length > 0 || codeownersDeny || guardDenied) {
    decision = "deny";
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
          const why = c.unverified ? `: it stands because ${c.login} ${c.unverified}` : "";
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
    warnings
  };
}
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
var UNKNOWN_KIND_REASON = "file kind unknown: the files API reports no file modes, so this could be a symlink, a new executable or a submodule; treated as high tier (run the gate with a git checkout, fetch-depth 0, for the exact tier)";
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
    if (!["added", "removed", "modified", "renamed", "copied"].includes(apiStatus)) reasons.push(`the files API reports status ${JSON.stringify(apiStatus)}`);
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
  const everyone = [...latest.values()].map((l) => l.review.user.login);
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
  const logins = [];
  for (const { review, state } of latest.values()) {
    if ((state === "APPROVED" || state === "CHANGES_REQUESTED") && !rejected.has(review.id)) logins.push(review.user.login);
  }
  return { logins, hypothetical };
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

// src/core/codeowners.ts
var CODEOWNERS_LOCATIONS = Object.freeze([".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"]);
var CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;
var CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/u;
var USER = /^@([A-Za-z0-9][A-Za-z0-9_-]{0,99})$/;
var TEAM = /^@([A-Za-z0-9][A-Za-z0-9_-]{0,99})\/([A-Za-z0-9][A-Za-z0-9._-]{0,99})$/;
var EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,63}$/;
function parseOwner(token) {
  let m = TEAM.exec(token);
  if (m) return { kind: "team", org: m[1], slug: m[2], name: `${m[1]}/${m[2]}`, raw: token };
  m = USER.exec(token);
  if (m) return { kind: "user", login: m[1], raw: token };
  if (!token.startsWith("@") && EMAIL.test(token)) return { kind: "email", email: token, raw: token };
  return null;
}
function translateCodeownersPattern(pattern) {
  const fail = (code, message) => ({ ok: false, code, message });
  if (pattern.length === 0) return fail("codeowners_empty_pattern", "empty pattern");
  if (CONTROL.test(pattern)) return fail("codeowners_control_character", "pattern contains a control character");
  if (pattern.startsWith("!")) return fail("codeowners_negation", '"!" negation does not work in CODEOWNERS (GitHub ignores the line)');
  if (/[[\]]/.test(pattern)) return fail("codeowners_character_range", '"[ ]" character ranges do not work in CODEOWNERS (GitHub reports the line as an error)');
  if (pattern.includes("\\")) return fail("codeowners_escape", '"\\" escaping does not work in CODEOWNERS');
  if (pattern.includes("#")) return fail("codeowners_hash", '"#" inside a pattern is ambiguous (it may start a comment)');
  if (/[{}]/.test(pattern)) return fail("codeowners_brace", "braces are literal in CODEOWNERS but would be expanded by the glob engine");
  let anchored = pattern.startsWith("/");
  let body = anchored ? pattern.slice(1) : pattern;
  const directoryOnly = body.endsWith("/");
  if (directoryOnly) body = body.slice(0, -1);
  if (body.length === 0) return fail("codeowners_empty_pattern", "pattern names no path");
  if (body.includes("/")) anchored = true;
  const segments = body.split("/");
  if (segments.some((s) => s === "")) return fail("codeowners_empty_segment", 'pattern contains an empty segment ("//")');
  if (segments.some((s) => s === "." || s === "..")) return fail("codeowners_dot_segment", 'pattern contains a "." or ".." segment, which never matches a path');
  if (!anchored && segments[0] !== "**") segments.unshift("**");
  const last = segments[segments.length - 1];
  if (directoryOnly && last === "**") {
    return fail("codeowners_ambiguous", 'a pattern ending in "**/" has no documented meaning; use "dir/**" or "dir/"');
  }
  const base = segments.join("/");
  const globs = directoryOnly ? [`${base}/**`] : last === "**" || last === "*" ? [base] : [base, `${base}/**`];
  for (const g of globs) {
    const errors = lintGlob(g);
    if (errors.length > 0) return fail("codeowners_untranslatable", `cannot be matched exactly: ${errors.map((e) => e.message).join("; ")}`);
  }
  return { ok: true, globs };
}
var CodeownersFile = class {
  constructor(file, rules, problems) {
    this.file = file;
    this.rules = rules;
    this.problems = problems;
  }
  file;
  rules;
  problems;
  set;
  foldedSet;
  /** The last rule whose pattern matches `path` (a canonical repository path), or null when none does. */
  ownersOf(path) {
    if (!this.set) {
      const set = new GlobSet();
      this.rules.forEach((r, i) => {
        for (const g of r.globs) set.add(g, i);
      });
      this.set = set;
    }
    const hits = this.set.matchAll(path);
    if (hits.length === 0) return null;
    const rule = this.rules[hits[hits.length - 1].value];
    return { line: rule.line, pattern: rule.pattern, owners: [...rule.owners] };
  }
  /** The last rule whose pattern matches `path` when case is ignored on both sides, or null. */
  ownersOfIgnoringCase(path) {
    if (!this.foldedSet) {
      const set = new GlobSet();
      this.rules.forEach((r, i) => {
        for (const g of r.globs) set.add(g.toLowerCase(), i);
      });
      this.foldedSet = set;
    }
    const hits = this.foldedSet.matchAll(path.toLowerCase());
    if (hits.length === 0) return null;
    const rule = this.rules[hits[hits.length - 1].value];
    return { line: rule.line, pattern: rule.pattern, owners: [...rule.owners] };
  }
  /**
   * The rules whose owners a change to `path` needs: GitHub's (case-sensitive, `ownersOf`) and, when
   * another rule decides the path once case is ignored, that one too. Case tricks only ever ADD owners
   * (trust model rule 3): `.GITHUB/actions/x/action.yml` is the same file as `.github/actions/x/action.yml`
   * on a case-insensitive checkout, so `/.github/ @org/security` must approve it, not only the `*` owners.
   */
  matchesOf(path) {
    const exact = this.ownersOf(path);
    const folded = this.ownersOfIgnoringCase(path);
    if (!folded || exact && exact.line === folded.line) return exact ? [exact] : [];
    return exact ? [exact, folded] : [folded];
  }
};
function parseCodeowners(text, opts = {}) {
  const file = opts.file ?? "CODEOWNERS";
  const problems = [];
  const rules = [];
  if (new TextEncoder().encode(text).length >= CODEOWNERS_MAX_BYTES) {
    problems.push({
      code: "codeowners_too_large",
      message: `${file} is 3 MB or larger: GitHub does not load it, so no path has an owner`,
      location: { file }
    });
    return new CodeownersFile(file, rules, problems);
  }
  const lines = (text.startsWith("\uFEFF") ? text.slice(1) : text).split("\n");
  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const trimmed = line.replace(/^[ \t]+|[ \t]+$/g, "");
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const problem = (code, message) => problems.push({ code, message: `line ${lineNo}: ${message} (the line is skipped)`, location: { file, line: lineNo } });
    if (CONTROL.test(trimmed)) {
      problem("codeowners_control_character", "the line contains a control character");
      return;
    }
    const tokens = trimmed.split(/[ \t]+/);
    const commentAt = tokens.findIndex((t, i) => i > 0 && t.startsWith("#"));
    if (commentAt > 0) tokens.length = commentAt;
    const pattern = tokens[0];
    const translation = translateCodeownersPattern(pattern);
    if (!translation.ok) {
      problem(translation.code, `${JSON.stringify(pattern)}: ${translation.message}`);
      return;
    }
    const owners = [];
    for (const token of tokens.slice(1)) {
      const owner = parseOwner(token);
      if (!owner) {
        problem("codeowners_invalid_owner", `${JSON.stringify(token)} is not an owner (expected @user, @org/team or an email address)`);
        return;
      }
      owners.push(owner);
    }
    rules.push({ line: lineNo, pattern, owners, globs: translation.globs });
  });
  return new CodeownersFile(file, rules, problems);
}

// src/adapters/git/history.ts
async function patchId(repo, base, head) {
  const [b, h] = await Promise.all([resolveCommitAs(repo, base, "base"), resolveCommitAs(repo, head, "head")]);
  const diffArgs = [
    "-c",
    "diff.suppressBlankEmpty=false",
    "-c",
    "diff.noprefix=false",
    "-c",
    "diff.mnemonicPrefix=false",
    "diff-tree",
    "-r",
    "-p",
    "--binary",
    "--full-index",
    "--no-renames",
    "--no-ext-diff",
    "--no-textconv",
    "--no-color",
    "--no-relative",
    "--ignore-submodules=none",
    "-U3",
    "--inter-hunk-context=0",
    "--diff-algorithm=myers",
    "--indent-heuristic",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    b,
    h,
    "--"
  ];
  const { first: diff, second: pid } = await pipeGit(repo, diffArgs, ["patch-id", "--verbatim"], 1024 * 1024);
  if (diff.exitCode !== 0) {
    if (diff.exitCode === -1) {
      const problem = await repoProblem(repo);
      if (problem) throw problem;
    }
    throw gitFailure(repo, ["diff-tree"], { exitCode: diff.exitCode ?? -1, stderr: diff.stderr }, `git diff-tree -p ${b} ${h}`);
  }
  if (pid.exitCode !== 0) {
    throw gitFailure(repo, ["patch-id"], { exitCode: pid.exitCode ?? -1, stderr: pid.stderr }, "git patch-id --verbatim");
  }
  const diffBytes = diff.stdoutBytes;
  const lines = pid.stdout.toString("latin1").split("\n").filter((l) => l.length > 0);
  if (lines.length === 0) {
    if (diffBytes === 0) {
      throw new GitError("EMPTY_CHANGESET", `There is no difference between ${b} and ${h}; there is no patch to identify`);
    }
    throw new GitError("UNEXPECTED_OUTPUT", `git patch-id printed nothing for a ${diffBytes}-byte patch`);
  }
  if (lines.length !== 1) {
    throw new GitError("UNEXPECTED_OUTPUT", `git patch-id split the patch ${b}..${h} into ${lines.length} patches`);
  }
  const id = lines[0].split(" ")[0] ?? "";
  if (!isSha(id) || ZERO_OID_RE.test(id)) {
    throw new GitError("UNEXPECTED_OUTPUT", `git patch-id printed ${quoted(lines[0])}`);
  }
  return id;
}

// src/adapters/github-approvals.ts
var GitHubApiError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
    this.name = "GitHubApiError";
  }
  status;
};
var Counter = class {
  total = 0;
  byPhase = {};
  phase = "collect";
  count() {
    this.total += 1;
    this.byPhase[this.phase] = (this.byPhase[this.phase] ?? 0) + 1;
  }
};
var counters = /* @__PURE__ */ new WeakMap();
function requestCounter(client) {
  let counter = counters.get(client);
  if (counter) return counter;
  const c = new Counter();
  counters.set(client, c);
  client.hook.wrap("request", async (request, options) => {
    const inner = options.request?.fetch ?? globalThis.fetch;
    const counting = (input, init) => {
      c.count();
      return inner(input, init);
    };
    options.request = { ...options.request ?? {}, fetch: counting };
    return request(options);
  });
  return c;
}
async function call(client, route, params = {}) {
  try {
    return await client.request(route, params);
  } catch (err) {
    const e = err;
    const status = typeof e.status === "number" ? e.status : void 0;
    const message = typeof e.message === "string" ? e.message.split("\n")[0].slice(0, 300) : String(err);
    throw new GitHubApiError(`${route.replace(/^GET https?:\/\/[^/]+/, "GET ")} failed${status !== void 0 ? ` (HTTP ${status})` : ""}: ${message}`, status);
  }
}
function nextLink(link) {
  if (typeof link !== "string") return void 0;
  for (const part of link.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
    if (m) return m[1];
  }
  return void 0;
}
async function listAll(client, route, params, maxPages) {
  const items = [];
  let res = await call(client, route, { ...params, per_page: 100 });
  for (let page = 1; ; page++) {
    if (!Array.isArray(res.data)) throw new GitHubApiError(`${route} did not return a list`, res.status);
    items.push(...res.data);
    const next = nextLink(res.headers.link);
    if (next === void 0) return { items, complete: true };
    if (page >= maxPages) return { items, complete: false };
    res = await call(client, `GET ${next}`);
  }
}
function apiReader(client, t, base) {
  return { via: "api", read: (path, maxBytes) => readFileAt(client, t, path, base, maxBytes) };
}
function gitReader(dir, base) {
  return {
    via: "git",
    async read(path, maxBytes) {
      try {
        const bytes = await readFileAtCommit(dir, base, path, { maxBytes });
        return bytes === null ? { found: false } : { found: true, bytes };
      } catch (err) {
        if (!(err instanceof GitError)) throw err;
        const label = `${base.slice(0, 12)}:${path}`;
        throw new ConfigError([{ code: "file_read", message: `${label}: ${err.message}`, location: { file: label } }]);
      }
    }
  };
}
async function readFileAt(client, t, path, ref, maxBytes) {
  const label = `${ref.slice(0, 12)}:${path}`;
  let res;
  try {
    res = await call(client, "GET /repos/{owner}/{repo}/contents/{path}", { owner: t.owner, repo: t.repo, path, ref });
  } catch (err) {
    if (err instanceof GitHubApiError && err.status === 404) return { found: false };
    throw err;
  }
  const d = obj(res.data);
  if (Array.isArray(res.data) || d.type !== "file") {
    throw new ConfigError([{ code: "file_read", message: `${label} is not a regular file (${Array.isArray(res.data) ? "a directory" : String(d.type)})`, location: { file: label } }]);
  }
  const size = num(d.size) ?? -1;
  if (size > maxBytes) throw new ConfigError([{ code: "file_read", message: `${label} is ${size} bytes; the limit is ${maxBytes}`, location: { file: label } }]);
  const content = str(d.content);
  if (d.encoding !== "base64" || content === void 0) {
    throw new ConfigError([{ code: "file_read", message: `${label}: the contents API returned no inline content (encoding ${String(d.encoding)})`, location: { file: label } }]);
  }
  const bytes = Buffer.from(content.replace(/\s+/g, ""), "base64");
  if (size >= 0 && bytes.length !== size) {
    throw new ConfigError([{ code: "file_read", message: `${label}: decoded ${bytes.length} bytes, the API reported ${size}`, location: { file: label } }]);
  }
  return { found: true, bytes };
}
function unwrapLoad(outcome) {
  if (!outcome.ok) throw new ConfigError(outcome.problems);
  return outcome.loaded;
}
async function loadPolicyAtBase(reader, base, explicitPath, manifestPath) {
  const path = explicitPath ?? DEFAULT_POLICY_PATH;
  const manifestPaths = manifestPath !== void 0 ? [manifestPath] : [];
  const compile = (p, o) => compileGuarded(p, o, manifestPaths);
  const read = await reader.read(path, MAX_DOCUMENT_BYTES);
  if (!read.found) {
    if (explicitPath !== void 0) throw new ConfigError([{ code: "file_read", message: `${base.slice(0, 12)}:${path}: not found at the base commit`, location: { file: path } }]);
    const digest2 = sha256(JSON.stringify(BASELINE_POLICY));
    return { policy: BASELINE_POLICY, input: { compiled: compile(BASELINE_POLICY, {}), source: `built-in baseline (no ${DEFAULT_POLICY_PATH} at ${base.slice(0, 12)})`, sha256: digest2 } };
  }
  const label = `${base.slice(0, 12)}:${path}`;
  const { value, sha256: digest } = unwrapLoad(loadPolicy(read.bytes, label));
  return { policy: value, input: { compiled: compile(value, { policyPath: path }), source: label, sha256: digest } };
}
async function loadManifestAtBase(reader, base, path) {
  const label = `${base.slice(0, 12)}:${path}`;
  const read = await reader.read(path, MAX_DOCUMENT_BYTES);
  if (!read.found) throw new ConfigError([{ code: "file_read", message: `${label}: not found at the base commit`, location: { file: path } }]);
  const { value, sha256: digest } = unwrapLoad(loadManifest(read.bytes, label));
  return { manifest: value, source: label, sha256: digest };
}
async function loadCodeownersAtBase(reader) {
  for (const location of CODEOWNERS_LOCATIONS) {
    let read;
    try {
      read = await reader.read(location, CODEOWNERS_MAX_BYTES - 1);
    } catch (err) {
      if (err instanceof ConfigError) {
        return new CodeownersFile(location, [], err.problems.map((p) => ({ ...p, code: "codeowners_unreadable" })));
      }
      throw err;
    }
    if (read.found) return parseCodeowners(read.bytes.toString("utf8"), { file: location });
  }
  return void 0;
}
var MAX_COMMITS = 250;
var COMPARE_MAX_FILES = 300;
var PULL_MAX_FILES = 3e3;
async function readComparison(client, t, base, head) {
  const route = "GET /repos/{owner}/{repo}/compare/{basehead}";
  let res = await call(client, route, { owner: t.owner, repo: t.repo, basehead: `${base}...${head}`, per_page: 100 });
  const first = obj(res.data);
  if (!Array.isArray(first.commits)) throw new GitHubApiError(`${route} returned no list of commits`, res.status);
  const commits = [...first.commits];
  const totalCommits = num(first.total_commits) ?? null;
  const files = Array.isArray(first.files) ? first.files : null;
  if (totalCommits === null || totalCommits > MAX_COMMITS) return { commits, totalCommits, files, complete: false };
  let next = nextLink(res.headers.link);
  for (let page = 1; next !== void 0 && commits.length < totalCommits && page < Math.ceil(MAX_COMMITS / 100); page++) {
    res = await call(client, `GET ${next}`);
    const d = obj(res.data);
    if (!Array.isArray(d.commits)) throw new GitHubApiError(`${route} (page ${page + 1}) returned no list of commits`, res.status);
    commits.push(...d.commits);
    next = nextLink(res.headers.link);
  }
  return { commits, totalCommits, files, complete: commits.length === totalCommits };
}
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
async function collectApprovalGate(client, t, opts = {}) {
  const counter = requestCounter(client);
  counter.phase = "collect";
  const repository = `${t.owner}/${t.repo}`;
  const problems = [];
  const ids = { owner: t.owner, repo: t.repo, pull_number: t.pullNumber };
  const tierNotes = [];
  let pr;
  let status;
  if (opts.pullFromEvent !== void 0) {
    pr = obj(opts.pullFromEvent);
    if (pr.number !== t.pullNumber) throw new GitHubApiError(`the event's pull request is not #${t.pullNumber}`, void 0);
  } else {
    const pullRes = await call(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}", ids);
    pr = obj(pullRes.data);
    status = pullRes.status;
  }
  const where = opts.pullFromEvent !== void 0 ? `the event's pull request #${t.pullNumber}` : `pull request #${t.pullNumber}`;
  const head = str(obj(pr.head).sha) ?? "";
  const base = str(obj(pr.base).sha) ?? "";
  const pull = pullInfo(pr, t.pullNumber);
  if (!/^[0-9a-f]{40}$/.test(base)) throw new GitHubApiError(`${where} has no valid base SHA`, status);
  if (!/^[0-9a-f]{40}$/.test(head)) throw new GitHubApiError(`${where} has no valid head SHA`, status);
  if (pull.author.login === "") problems.push(`${where} names no author (no user login): the author cannot be excluded from the approvers`);
  if (opts.pullFromEvent !== void 0) {
    tierNotes.push(
      `the pull request as the event gives it (head ${head.slice(0, 12)}, base ${base.slice(0, 12)}` + (pull.commits === null || pull.changedFiles === null ? "; no commit or file counts: completeness from the comparison and GitHub's list caps" : "") + ")"
    );
  }
  let useGit = false;
  if (opts.checkout) {
    const holds = await checkoutHolds(opts.checkout, base, head);
    if (holds.ok) useGit = true;
    else tierNotes.push(`the git checkout cannot be used (${holds.why}): tier from the files API, configuration through the contents API`);
  }
  const reader = useGit ? gitReader(opts.checkout, base) : apiReader(client, t, base);
  const reviewList = await listAll(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", ids, 50);
  const reviews = reviewList.items.map(reviewFact);
  const seenReviews = /* @__PURE__ */ new Set();
  const twice = reviews.find((r) => seenReviews.has(r.id) ? true : (seenReviews.add(r.id), false));
  if (twice) {
    reviewList.complete = false;
    problems.push(`review ${twice.id} is listed twice: the list of reviews changed while it was read (one may have been skipped); the next event re-evaluates`);
  }
  const comparison = await readComparison(client, t, base, head);
  const range = `${base.slice(0, 12)}...${head.slice(0, 12)}`;
  let commitItems;
  let commitsComplete;
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
      `the comparison ${range} lists ${comparison.totalCommits ?? "an unknown number of"} commits, the pull request reports ${pull.commits ?? "an unknown number"}: commits read from the pull request`
    );
    const list = await listAll(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", ids, 3);
    commitItems = list.items;
    commitsComplete = list.complete && (pull.commits !== null ? list.items.length === pull.commits && list.items.length <= MAX_COMMITS : list.items.length < MAX_COMMITS);
    const last = str(obj(list.items[list.items.length - 1]).sha);
    if (commitsComplete && last !== void 0 && last !== head) {
      problems.push(`the last listed commit (${last.slice(0, 12)}) is not the head read first (${head.slice(0, 12)}): the branch moved while the gate read it; the next event re-evaluates`);
    }
  }
  const commits = commitItems.map(commitFact);
  let files = [];
  let filesComplete = true;
  if (!useGit) {
    const listed = comparison.files;
    if (listed !== null && (pull.changedFiles !== null ? listed.length === pull.changedFiles : listed.length < COMPARE_MAX_FILES)) {
      files = listed;
    } else {
      tierNotes.push(
        `the comparison ${range} lists ${comparison.files?.length ?? "no"} files (at most ${COMPARE_MAX_FILES}), the pull request reports ${pull.changedFiles ?? "an unknown number"}: files read from the pull request`
      );
      const list = await listAll(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}/files", ids, 30);
      files = list.items;
      filesComplete = list.complete && (pull.changedFiles !== null ? files.length === pull.changedFiles : files.length < PULL_MAX_FILES);
      if (!filesComplete) {
        tierNotes.push(`the files API listed ${files.length} of ${pull.changedFiles ?? "an unknown number of"} changed files (GitHub lists at most ${PULL_MAX_FILES.toLocaleString("en-US")})`);
      }
      const after = obj((await call(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}", ids)).data);
      const now = str(obj(after.head).sha) ?? "(none)";
      if (now !== head) {
        problems.push(
          `the pull request's files were read from its files endpoint, which lists the current head's: the head is now ${now.slice(0, 12)}, not ${head.slice(0, 12)} (the branch moved while the gate read it); the next event re-evaluates`
        );
      }
    }
  }
  const { policy, input: policyInput } = await loadPolicyAtBase(reader, base, opts.policyPath, opts.manifestPath);
  const manifest = opts.manifestPath ? await loadManifestAtBase(reader, base, opts.manifestPath) : null;
  const changeFacts = { base, head, repository, now: opts.now ?? /* @__PURE__ */ new Date(), ...pull.headBranch ? { branch: pull.headBranch } : {} };
  let change;
  let headEntries;
  if (useGit) {
    try {
      const set = await computeChangeSet(opts.checkout, base, head);
      headEntries = set.entries;
      const findings = await contentFindings(opts.checkout, set, manifest ? manifest.manifest.network.allow : policy.network.allow);
      change = evaluateChange({ ...changeFacts, mergeBase: set.mergeBase, entries: set.entries, findings }, policyInput, manifest);
      tierNotes.push(`tier from git: ${set.entries.length} change(s) from merge base ${set.mergeBase.slice(0, 12)} to ${head.slice(0, 12)}`);
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
      problems.push(`the change set could not be computed with git (${err.code}): ${err.message}`);
      change = tierFromFilesApi([], changeFacts, policyInput, manifest);
      change = { ...change, tier: "high" };
    }
  } else {
    change = tierFromFilesApi(files, changeFacts, policyInput, manifest);
    tierNotes.push("tier from the files API: file kinds are unknown there, so every file is treated as high tier");
  }
  const tier = change.tier;
  const rule = policy.approvals[tier];
  const codeowners = rule.codeowners ? await loadCodeownersAtBase(reader) : void 0;
  const rebaseNotes = [];
  let proofs = [];
  if (rule.keepOnIdenticalRebase) {
    const stale = [...new Set([...latestDecisive(reviews).values()].filter((l) => l.state === "APPROVED" && l.review.commitId && l.review.commitId !== head).map((l) => l.review.commitId))];
    if (!useGit) rebaseNotes.push("keep_on_identical_rebase cannot apply without a git checkout holding the commits (fetch-depth: 0): approvals bind to the head SHA only");
    else {
      const r = await identicalRebaseProofs(opts.checkout, base, head, headEntries, stale);
      proofs = r.proofs;
      rebaseNotes.push(...r.notes);
    }
  }
  const facts = {
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
    ...manifest ? { manifest: { initiator: manifest.manifest.initiator ?? null, sha256: manifest.sha256 } } : {},
    ...codeowners ? { codeowners } : {},
    ...proofs.length > 0 ? { identicalRebases: proofs } : {},
    guardDiff: { verdict: change.verdict, denials: change.violations.map((v) => v.path !== void 0 ? `${quoteUntrusted(v.path)}: ${v.message}` : v.message) }
  };
  counter.phase = "permissions";
  const { logins, hypothetical } = reviewersNeedingPermission(facts, policy);
  const ownerTeams = rule.codeowners && codeowners && codeowners.problems.length === 0 ? codeownerTeams(codeowners, facts.highRiskPaths) : [];
  const looked = await lookupPermissions(client, t, logins, [...rule.reviewers.teams, ...ownerTeams], { permissions: {}, teamMembers: {}, warnings: [] });
  counter.phase = "collect";
  const finalFacts = { ...facts, permissions: looked.permissions, teamMembers: looked.teamMembers };
  let evaluation = withReasonsFrom(evaluateApprovals(finalFacts, policy), hypothetical, looked.permissions);
  evaluation.warnings.push(...looked.warnings);
  let waitEvents;
  if (evaluation.decision === "approved" && problems.length === 0) {
    counter.phase = "events";
    waitEvents = await readWaitEvents(client, t);
    counter.phase = "collect";
    if (!waitEvents.complete) problems.push("the pull request's issue events are longer than the gate reads: whether its base branch was changed after an approval is unknown");
    finalFacts.baseChangedAt = lastBaseChange(waitEvents.baseChanges);
    evaluation = withReasonsFrom(evaluateApprovals(finalFacts, policy), hypothetical, looked.permissions);
    evaluation.warnings.push(...looked.warnings);
  }
  return {
    decision: problems.length > 0 ? "deny" : evaluation.decision,
    evaluation,
    problems,
    repository,
    pull,
    facts: finalFacts,
    policy,
    policySource: { source: policyInput.source, sha256: policyInput.sha256, baseline: policy.origin === "baseline" },
    manifestSource: manifest ? { source: manifest.source, sha256: manifest.sha256 } : null,
    tierSource: { mode: useGit ? "git" : "files_api", notes: tierNotes },
    baseFilesVia: reader.via === "git" ? "git" : "contents_api",
    change,
    identicalRebase: { applies: rule.keepOnIdenticalRebase && useGit, notes: rebaseNotes },
    counter,
    ...waitEvents ? { waitEvents } : {}
  };
}
var BASE_CHANGE_EVENTS = /* @__PURE__ */ new Set(["base_ref_changed", "automatic_base_change_succeeded"]);
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
async function readWaitEvents(client, t) {
  const list = await listAll(client, "GET /repos/{owner}/{repo}/issues/{issue_number}/events", { owner: t.owner, repo: t.repo, issue_number: t.pullNumber }, 10);
  const events = [];
  const baseChanges = [];
  for (const raw of list.items) {
    const e = obj(raw);
    const at = str(e.created_at);
    if (BASE_CHANGE_EVENTS.has(e.event)) baseChanges.push(at ?? "");
    if (!at) continue;
    if (e.event === "ready_for_review") events.push({ kind: "ready_for_review", at });
    else if (e.event === "review_requested") events.push({ kind: "review_requested", at, reviewer: str(obj(e.requested_reviewer).login) ?? null });
  }
  return { events, baseChanges, complete: list.complete };
}

export {
  foldLogin,
  evaluateApprovals,
  reviewCandidates,
  parseRepository,
  GitHubApiError,
  requestCounter,
  lookupPermissions,
  collectApprovalGate,
  readWaitEvents
};
