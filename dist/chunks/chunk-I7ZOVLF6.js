import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  parsePolicy
} from "./chunk-EE7EZIWX.js";
import {
  DEFAULT_POLICY_PATH
} from "./chunk-FVZA7SE4.js";
import {
  oneLine
} from "./chunk-ERUCQBI4.js";
import {
  loadDocument
} from "./chunk-5NA3HWDM.js";
import {
  isObj,
  own,
  str
} from "./chunk-MPYCKMVQ.js";

// src/core/coverage.ts
function assessRepository(f, opts) {
  const gaps = [];
  let unknown = false;
  const prop = opts.requiredProperty;
  const value = prop ? f.properties[prop.name] : void 0;
  const mustEnroll = prop === void 0 ? true : Array.isArray(value) ? value.includes(prop.value) : value === prop.value;
  let policy;
  switch (f.policy.state) {
    case "valid":
      policy = `version ${f.policy.version}`;
      break;
    case "missing":
      policy = "none";
      gaps.push(`no policy on ${f.defaultBranch}`);
      break;
    case "invalid":
      policy = "invalid";
      gaps.push(`the policy on ${f.defaultBranch} is invalid: ${f.policy.problem}`);
      break;
    case "unknown":
      policy = "unknown";
      unknown = true;
      gaps.push(`the policy could not be read: ${f.policy.problem}`);
      break;
  }
  let checkRequired;
  if ("unknown" in f.requiredChecks) {
    checkRequired = null;
    unknown = true;
    gaps.push(`required checks could not be read: ${f.requiredChecks.unknown}`);
  } else {
    checkRequired = f.requiredChecks.contexts.some((c) => opts.guardChecks.includes(c));
    if (!checkRequired) gaps.push(`no ruleset or branch protection on ${f.defaultBranch} requires ${opts.guardChecks.join(" or ")}`);
  }
  let credentialSecrets = [];
  let usesRequestCapability = false;
  if ("unknown" in f.workflows) {
    unknown = true;
    gaps.push(`workflows could not be read: ${f.workflows.unknown}`);
  } else {
    credentialSecrets = f.workflows.filter((w) => w.credentialSecrets.length > 0).map((w) => ({ workflow: w.path, secrets: w.credentialSecrets }));
    usesRequestCapability = f.workflows.some((w) => w.usesRequestCapability);
    for (const c of credentialSecrets) gaps.push(`${c.workflow} uses long-lived credentials (${c.secrets.map((s) => `secrets.${s}`).join(", ")}) instead of request-capability`);
  }
  const guard = [f.policy.state === "valid", checkRequired === true];
  const enrolment = unknown ? "unknown" : guard.every(Boolean) && credentialSecrets.length === 0 ? "enrolled" : guard.some(Boolean) ? "partial" : "not_enrolled";
  return { repository: f.fullName, mustEnroll, enrolment, policy, checkRequired, credentialSecrets, usesRequestCapability, gaps };
}
function assessCoverage(organisation, facts, opts, requests) {
  const live = facts.filter((f) => !f.archived);
  const repositories = live.map((f) => assessRepository(f, opts)).sort((a, b) => a.repository.localeCompare(b.repository));
  const count = (e) => repositories.filter((r) => r.enrolment === e).length;
  return {
    organisation,
    repositories,
    summary: {
      repositories: repositories.length,
      archivedSkipped: facts.length - live.length,
      mustEnroll: repositories.filter((r) => r.mustEnroll).length,
      enrolled: count("enrolled"),
      partial: count("partial"),
      notEnrolled: count("not_enrolled"),
      unknown: count("unknown"),
      mustEnrollButNot: repositories.filter((r) => r.mustEnroll && r.enrolment !== "enrolled").length
    },
    requests
  };
}
var CREDENTIAL_NAME = /(TOKEN|PAT|PASSWORD|PASSWD|SECRET|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIAL)/i;
var SECRET_REF = /\bsecrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\])/g;
var REQUEST_CAPABILITY_USE = /\buses\s*:\s*['"]?[^\s'"#]*\/request-capability@/;
function workflowFacts(path, text) {
  const names = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(SECRET_REF)) {
    const name = m[1] ?? m[2] ?? "";
    if (name.toUpperCase() !== "GITHUB_TOKEN" && CREDENTIAL_NAME.test(name)) names.add(name);
  }
  return { path, usesRequestCapability: REQUEST_CAPABILITY_USE.test(text), credentialSecrets: [...names].sort() };
}
var ENROLMENT_LABEL = { enrolled: "enrolled", partial: "partial", not_enrolled: "not enrolled", unknown: "unknown" };
function renderCoverageText(r) {
  const s = r.summary;
  const lines = [
    `coverage of ${oneLine(r.organisation)}: ${s.enrolled} of ${s.repositories} repositories enrolled (${s.partial} partial, ${s.notEnrolled} not enrolled, ${s.unknown} unknown; ${s.archivedSkipped} archived skipped)`,
    `must be enrolled: ${s.mustEnroll}; of those not enrolled: ${s.mustEnrollButNot}`,
    `API requests: ${r.requests}`
  ];
  for (const repo of r.repositories) {
    if (repo.enrolment === "enrolled") continue;
    lines.push(`${ENROLMENT_LABEL[repo.enrolment]}${repo.mustEnroll ? " (must enrol)" : ""}: ${oneLine(repo.repository)}`);
    for (const g of repo.gaps) lines.push(`  - ${oneLine(g)}`);
  }
  return lines.join("\n");
}
var md = (s) => oneLine(s).replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`);
function renderCoverageMarkdown(r) {
  const s = r.summary;
  const rows = r.repositories.map(
    (x) => `| ${md(x.repository)} | ${ENROLMENT_LABEL[x.enrolment]} | ${x.mustEnroll ? "yes" : "no"} | ${md(x.policy)} | ${x.checkRequired === null ? "unknown" : x.checkRequired ? "yes" : "no"} | ${x.credentialSecrets.length === 0 ? "none" : md(x.credentialSecrets.map((c) => c.secrets.join(", ")).join("; "))} |`
  );
  return [
    `## agent-guard coverage: ${md(r.organisation)}`,
    "",
    `**${s.enrolled} of ${s.repositories}** repositories enrolled; ${s.mustEnrollButNot} that must be enrolled are not. ${s.partial} partial, ${s.notEnrolled} not enrolled, ${s.unknown} unknown. API requests: ${r.requests}.`,
    "",
    "| repository | enrolment | must enrol | policy | guard check required | long-lived credentials |",
    "|---|---|---|---|---|---|",
    ...rows
  ].join("\n");
}

// src/adapters/github-org.ts
import { readFile, writeFile } from "node:fs/promises";
var OrgCoverageError = class extends Error {
  constructor(message2) {
    super(message2);
    this.name = "OrgCoverageError";
  }
};
var ConditionalCache = class _ConditionalCache {
  constructor(entries, file) {
    this.entries = entries;
    this.file = file;
  }
  entries;
  file;
  static memory() {
    return new _ConditionalCache(/* @__PURE__ */ new Map(), null);
  }
  /** A missing file is an empty cache; an unreadable one is an error (a corrupt cache must not pass silently). */
  static async open(file) {
    let text;
    try {
      text = await readFile(file, "utf8");
    } catch (err) {
      if (err.code === "ENOENT") return new _ConditionalCache(/* @__PURE__ */ new Map(), file);
      throw new OrgCoverageError(`${oneLine(file)}: ${oneLine(err.message)}`);
    }
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new OrgCoverageError(`${oneLine(file)}: the cache is not JSON (delete it to start over)`);
    }
    const entries = /* @__PURE__ */ new Map();
    if (isObj(parsed)) {
      for (const [k, v] of Object.entries(parsed)) {
        const etag = isObj(v) ? str(own(v, "etag")) : void 0;
        if (etag !== void 0 && isObj(v)) entries.set(k, { etag, data: own(v, "data") });
      }
    }
    return new _ConditionalCache(entries, file);
  }
  get(key) {
    return this.entries.get(key);
  }
  set(key, entry) {
    this.entries.set(key, entry);
  }
  async save() {
    if (this.file === null) return;
    await writeFile(this.file, `${JSON.stringify(Object.fromEntries(this.entries))}
`, { mode: 384 });
  }
};
var status = (err) => isObj(err) && typeof own(err, "status") === "number" ? own(err, "status") : void 0;
var message = (err) => oneLine(err instanceof Error ? err.message.split("\n")[0] : String(err)).slice(0, 200);
async function collectOrgCoverage(client, org, opts) {
  const cache = opts.cache ?? ConditionalCache.memory();
  let requests = 0;
  let notModified = 0;
  const get = async (route, params) => {
    const key = `${route} ${JSON.stringify(params)}`;
    const seen = cache.get(key);
    requests++;
    try {
      const res = await client.request(route, { ...params, headers: seen ? { "if-none-match": seen.etag } : {} });
      const etag = res.headers.etag;
      if (typeof etag === "string") cache.set(key, { etag, data: res.data });
      return res.data;
    } catch (err) {
      if (status(err) === 304 && seen) {
        notModified++;
        return seen.data;
      }
      throw err;
    }
  };
  const pages = async (route, params) => {
    const all = [];
    for (let page = 1; ; page++) {
      const data = await get(route, { ...params, per_page: 100, page });
      if (!Array.isArray(data)) throw new OrgCoverageError(`${route}: the API answered something other than a list`);
      all.push(...data);
      if (data.length < 100) return all;
    }
  };
  const properties = /* @__PURE__ */ new Map();
  if (opts.property !== void 0) {
    let values;
    try {
      values = await pages("GET /orgs/{org}/properties/values", { org });
    } catch (err) {
      throw new OrgCoverageError(`the custom property values of ${oneLine(org)} could not be read (HTTP ${status(err) ?? "?"}: ${message(err)}): which repositories must be enrolled is unknown`);
    }
    for (const v of values) {
      if (!isObj(v)) continue;
      const name = str(own(v, "repository_full_name"));
      const props = own(v, "properties");
      if (name === void 0 || !Array.isArray(props)) continue;
      const map = {};
      for (const p of props) {
        if (!isObj(p)) continue;
        const pn = str(own(p, "property_name"));
        const pv = own(p, "value");
        if (pn !== void 0) map[pn] = typeof pv === "string" || pv === null ? pv : Array.isArray(pv) ? pv.filter((x) => typeof x === "string") : null;
      }
      properties.set(name.toLowerCase(), map);
    }
  }
  let repos;
  try {
    repos = await pages("GET /orgs/{org}/repos", { org, type: "all" });
  } catch (err) {
    throw new OrgCoverageError(`the repositories of ${oneLine(org)} could not be listed (HTTP ${status(err) ?? "?"}: ${message(err)})`);
  }
  const blobs = /* @__PURE__ */ new Map();
  const blobText = (owner, repo, sha) => {
    let p = blobs.get(sha);
    if (!p) {
      p = get("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { owner, repo, file_sha: sha }).then((d) => {
        const content = isObj(d) ? str(own(d, "content")) : void 0;
        if (content === void 0 || isObj(d) && own(d, "encoding") !== "base64") throw new OrgCoverageError(`blob ${sha} is not base64 content`);
        return Buffer.from(content, "base64").toString("utf8");
      });
      blobs.set(sha, p);
    }
    return p;
  };
  const one = async (r) => {
    if (!isObj(r)) return null;
    const fullName = str(own(r, "full_name"));
    const name = str(own(r, "name"));
    const ownerObj = own(r, "owner");
    const owner = isObj(ownerObj) ? str(own(ownerObj, "login")) : void 0;
    const defaultBranch = str(own(r, "default_branch"));
    if (fullName === void 0 || name === void 0 || owner === void 0 || defaultBranch === void 0) return null;
    const base = { owner, repo: name };
    if (own(r, "archived") === true) return { fullName, defaultBranch, archived: true, properties: {}, policy: { state: "missing" }, requiredChecks: { contexts: [], sources: [] }, workflows: [] };
    return {
      fullName,
      defaultBranch,
      archived: false,
      properties: properties.get(fullName.toLowerCase()) ?? {},
      policy: await readPolicy(base, defaultBranch),
      requiredChecks: await readRequiredChecks(base, defaultBranch),
      workflows: await readWorkflows(base, defaultBranch)
    };
  };
  const readPolicy = async (base, ref) => {
    let d;
    try {
      d = await get("GET /repos/{owner}/{repo}/contents/{path}", { ...base, path: DEFAULT_POLICY_PATH, ref });
    } catch (err) {
      if (status(err) === 404) return { state: "missing" };
      return { state: "unknown", problem: `HTTP ${status(err) ?? "?"}: ${message(err)}` };
    }
    const content = isObj(d) ? str(own(d, "content")) : void 0;
    if (content === void 0 || !isObj(d) || own(d, "type") !== "file") return { state: "invalid", problem: `${DEFAULT_POLICY_PATH} is not a file` };
    const text = Buffer.from(content, "base64").toString("utf8");
    const doc = loadDocument(text, DEFAULT_POLICY_PATH);
    if (!doc.ok) return { state: "invalid", problem: oneLine(doc.problems[0]?.message ?? "not YAML") };
    const parsed = parsePolicy(doc.doc.value);
    if (!parsed.ok) return { state: "invalid", problem: oneLine(parsed.problems[0]?.message ?? "invalid") };
    return { state: "valid", version: parsed.policy.version, sha: str(own(d, "sha")) ?? "" };
  };
  const readRequiredChecks = async (base, branch) => {
    const contexts = /* @__PURE__ */ new Set();
    const sources = /* @__PURE__ */ new Set();
    try {
      for (const rule of await pages("GET /repos/{owner}/{repo}/rules/branches/{branch}", { ...base, branch })) {
        if (!isObj(rule) || own(rule, "type") !== "required_status_checks") continue;
        const params = own(rule, "parameters");
        const list = isObj(params) ? own(params, "required_status_checks") : void 0;
        for (const c of Array.isArray(list) ? list : []) {
          const ctx = isObj(c) ? str(own(c, "context")) : void 0;
          if (ctx !== void 0) {
            contexts.add(ctx);
            sources.add("ruleset");
          }
        }
      }
    } catch (err) {
      return { unknown: `rules for ${branch}: HTTP ${status(err) ?? "?"}: ${message(err)}` };
    }
    if (![...contexts].some((c) => opts.guardChecks.includes(c))) {
      let b;
      try {
        b = await get("GET /repos/{owner}/{repo}/branches/{branch}", { ...base, branch });
      } catch (err) {
        return { unknown: `branch ${branch}: HTTP ${status(err) ?? "?"}: ${message(err)}` };
      }
      const protection = isObj(b) ? own(b, "protection") : void 0;
      const rsc = isObj(protection) ? own(protection, "required_status_checks") : void 0;
      if (isObj(rsc)) {
        const listed = [...Array.isArray(own(rsc, "contexts")) ? own(rsc, "contexts") : [], ...Array.isArray(own(rsc, "checks")) ? own(rsc, "checks").map((c) => isObj(c) ? own(c, "context") : void 0) : []];
        for (const c of listed) {
          if (typeof c === "string") {
            contexts.add(c);
            sources.add("branch-protection");
          }
        }
      }
    }
    return { contexts: [...contexts].sort(), sources: [...sources].sort() };
  };
  const readWorkflows = async (base, ref) => {
    let d;
    try {
      d = await get("GET /repos/{owner}/{repo}/contents/{path}", { ...base, path: ".github/workflows", ref });
    } catch (err) {
      if (status(err) === 404) return [];
      return { unknown: `HTTP ${status(err) ?? "?"}: ${message(err)}` };
    }
    if (!Array.isArray(d)) return { unknown: ".github/workflows is not a directory" };
    const out = [];
    try {
      for (const e of d) {
        if (!isObj(e)) continue;
        const path = str(own(e, "path"));
        const sha = str(own(e, "sha"));
        if (path === void 0 || sha === void 0 || !/\.ya?ml$/i.test(path)) continue;
        if (own(e, "type") !== "file") continue;
        out.push(workflowFacts(path, await blobText(base.owner, base.repo, sha)));
      }
    } catch (err) {
      return { unknown: `a workflow could not be read: ${message(err)}` };
    }
    return out;
  };
  const facts = [];
  const queue = repos.slice();
  const workers = Array.from({ length: Math.max(1, opts.concurrency ?? 8) }, async () => {
    for (let r = queue.shift(); r !== void 0; r = queue.shift()) {
      const f = await one(r);
      if (f) facts.push(f);
    }
  });
  await Promise.all(workers);
  await cache.save();
  return { repositories: facts, requests, notModified };
}

export {
  assessCoverage,
  renderCoverageText,
  renderCoverageMarkdown,
  OrgCoverageError,
  ConditionalCache,
  collectOrgCoverage
};
