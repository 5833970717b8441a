import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  md,
  mdCode,
  mdTable,
  pct
} from "./chunk-E2TUSB34.js";
import {
  code,
  h,
  renderPage,
  stackedBars,
  table,
  tile,
  trendLines
} from "./chunk-RCWETPTK.js";
import {
  parseHistoryLine
} from "./chunk-4PGKYDX6.js";
import {
  reportInvalidInput
} from "./chunk-QOGEQMRH.js";
import {
  SIMULATE_USAGE
} from "./chunk-43QKUSSP.js";
import {
  EXIT,
  UsageError
} from "./chunk-S3PUWAI4.js";
import {
  isAgentIdentity,
  loginMatches
} from "./chunk-GP4V23GW.js";
import {
  MAX_REVIEW_BYTES,
  contentFindings,
  isWorkflowFile,
  linkTargetKinds
} from "./chunk-JHEJOS2K.js";
import "./chunk-Y3I7EUOX.js";
import {
  displayPath
} from "./chunk-BC5MZYTJ.js";
import {
  evaluateChange,
  isDependencyFile
} from "./chunk-YHIAEXRV.js";
import "./chunk-HMQHJBD5.js";
import "./chunk-QM3FMFE2.js";
import {
  compileGuarded,
  loadManifestFor,
  loadPolicyFor
} from "./chunk-4TXB6WUI.js";
import {
  BlobInspector,
  ConfigError,
  DEFAULT_MAX_INSPECT_BYTES,
  DEFAULT_SPILL_FILE_MAX_BYTES,
  applyActionDirs,
  applyActionRuns,
  applyBlobFacts,
  applyTreeSymlinks,
  describeSource,
  parseSource
} from "./chunk-UC545A7V.js";
import {
  decodeGitPath,
  parseRawDiff,
  resolveCommitAs
} from "./chunk-UGBVF5CQ.js";
import {
  GitError,
  gitFailure,
  gitOk,
  quoted,
  runGit
} from "./chunk-A76VIHJP.js";
import {
  isSha
} from "./chunk-4SQGAN2Y.js";
import {
  FileReadError,
  readBoundedFile
} from "./chunk-PFF3JMPW.js";
import {
  loadPolicy
} from "./chunk-5S2ND2EP.js";
import {
  BASELINE_POLICY
} from "./chunk-EE7EZIWX.js";
import "./chunk-PNJUBMPM.js";
import {
  TIERS,
  maxTier
} from "./chunk-DIY5OXXZ.js";
import {
  DEFAULT_POLICY_PATH
} from "./chunk-FVZA7SE4.js";
import "./chunk-Q3GSJBK5.js";
import {
  sha256
} from "./chunk-HTLVP5OR.js";
import {
  oneLine
} from "./chunk-ERUCQBI4.js";
import "./chunk-5NA3HWDM.js";
import {
  MAX_DOCUMENT_BYTES
} from "./chunk-RMNCHNTK.js";
import "./chunk-MPYCKMVQ.js";
import "./chunk-LKLDWFYK.js";

// src/cli/simulate.ts
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";

// src/adapters/git-range-replay.ts
var FIELD = "";
var LOG_FORMAT = ["%H", "%P", "%aI", "%an", "%ae", "%(trailers:key=Co-authored-by,valueonly,unfold,separator=%x1e)"].join("%x1f");
async function rangeCommits(repo, baseRef, headRef, opts = {}) {
  const [base, head] = await Promise.all([resolveCommitAs(repo, baseRef, "base"), resolveCommitAs(repo, headRef, "head")]);
  const max = opts.maxCommits ?? 5e4;
  const args = ["log", "-z", "--no-mailmap", "--no-color", "--topo-order", "--reverse", `--format=${LOG_FORMAT}`, "--end-of-options", head, `^${base}`, "--"];
  const out = await gitOk(repo, args, { maxStdout: 512 * 1024 * 1024 });
  const commits = [];
  for (const record of out.length === 0 ? [] : out.toString("latin1").split("\0")) {
    if (record.length === 0) continue;
    const text = decodeGitPath(Buffer.from(record, "latin1")).text;
    const [sha = "", parents = "", date = "", name = "", email = "", trailers = ""] = text.split(FIELD);
    const parentList = parents === "" ? [] : parents.split(" ");
    if (!isSha(sha) || !parentList.every(isSha)) throw new GitError("UNEXPECTED_OUTPUT", `git log printed a malformed commit record starting ${quoted(text.slice(0, 80))}`);
    const coAuthors = trailers.split("").map((v) => /^\s*(.*?)\s*<([^<>]*)>\s*$/.exec(v)).filter((m) => m !== null).map((m) => ({ name: m[1], email: m[2] }));
    commits.push({ sha, parents: parentList, date, author: { name, email }, coAuthors });
    if (commits.length > max) throw new GitError("TOO_LARGE", `more than ${max} commits between ${base} and ${head}`);
  }
  return { base, head, commits };
}
async function replayCommits(repo, commits, onChange, opts = {}) {
  const chunk = opts.chunk ?? 250;
  const states = /* @__PURE__ */ new Map();
  const remaining = /* @__PURE__ */ new Map();
  for (const c of commits) if (c.parents[0] !== void 0) remaining.set(c.parents[0], (remaining.get(c.parents[0]) ?? 0) + 1);
  const targets = /* @__PURE__ */ new Map();
  for (let i = 0; i < commits.length; i += chunk) {
    const part = commits.slice(i, i + chunk);
    const diffs = await firstParentDiffs(repo, part);
    for (const c of part) {
      const p = c.parents[0];
      if (p !== void 0 && !states.has(p) && !part.some((x) => x.sha === p)) states.set(p, await treeState(repo, p));
    }
    const inspector = new BlobInspector(repo, DEFAULT_MAX_INSPECT_BYTES, DEFAULT_SPILL_FILE_MAX_BYTES);
    const linkEntries = [];
    const asked = /* @__PURE__ */ new Set();
    const chunkStates = [];
    for (let k = 0; k < part.length; k++) {
      const c = part[k];
      const entries = diffs[k];
      for (const e of entries) inspector.want(e);
      const parent = c.parents[0] === void 0 ? emptyState() : states.get(c.parents[0]);
      if (parent === void 0) throw new GitError("UNEXPECTED_OUTPUT", `the parent of ${c.sha} was not read before it`);
      const state = advance(parent, entries);
      states.set(c.sha, state);
      chunkStates.push(state);
      for (const [path, oid] of state.links) {
        if (targets.has(oid) || asked.has(oid)) continue;
        asked.add(oid);
        const entry = linkEntry(path, oid);
        linkEntries.push(entry);
        inspector.want(entry);
      }
      inspector.flush();
    }
    const facts = await inspector.finish();
    await applyBlobFacts(repo, [...diffs.flat(), ...linkEntries], facts, DEFAULT_MAX_INSPECT_BYTES, DEFAULT_SPILL_FILE_MAX_BYTES);
    for (const e of linkEntries) targets.set(e.newBlob, e.symlinkTarget);
    const sets = part.map((c, k) => ({ base: c.parents[0] ?? "", head: c.sha, mergeBase: c.parents[0] ?? "", entries: diffs[k], warnings: [] }));
    for (let k = 0; k < part.length; k++) {
      const entries = diffs[k];
      const state = chunkStates[k];
      applyTreeSymlinks(entries, treeSymlinks(state, targets));
      applyActionDirs(entries, actionDirs(state));
      await applyActionRuns(repo, part[k].sha, entries, actionDirs(state));
    }
    await opts.onChunk?.(sets);
    for (let k = 0; k < part.length; k++) {
      const c = part[k];
      await onChange(c, sets[k]);
      const p = c.parents[0];
      if (p !== void 0) {
        const left = (remaining.get(p) ?? 1) - 1;
        if (left <= 0) states.delete(p);
        else remaining.set(p, left);
      }
    }
  }
}
async function firstParentDiffs(repo, commits) {
  const args = ["diff-tree", "--stdin", "--root", "--always", "-r", "--raw", "-z", "--no-abbrev", "-M", "-l1000", "--no-ext-diff", "--no-textconv", "--no-color", "--no-relative", "--ignore-submodules=none"];
  const input = commits.map((c) => c.parents[0] === void 0 ? c.sha : `${c.sha} ${c.parents[0]}`).join("\n") + "\n";
  const result = await runGit(repo, args, { input, maxStdout: 1024 * 1024 * 1024 });
  if (result.exitCode !== 0) throw gitFailure(repo, args, result, "git diff-tree --stdin");
  return splitByCommit(result.stdout, commits);
}
function splitByCommit(out, commits) {
  const result = [];
  let pos = 0;
  let index = -1;
  let segmentStart = 0;
  const close = (end) => {
    if (index >= 0) result.push(end > segmentStart ? parseRawDiff(out.subarray(segmentStart, end)) : []);
  };
  while (pos < out.length) {
    const nul = out.indexOf(0, pos);
    if (nul === -1) throw new GitError("UNEXPECTED_OUTPUT", "git diff-tree output ended in the middle of a record");
    if (out[pos] === 58) {
      const header = out.toString("latin1", pos, nul);
      const status = header.charAt(header.lastIndexOf(" ") + 1);
      let next = nul + 1;
      for (let paths = status === "R" || status === "C" ? 2 : 1; paths > 0; paths--) {
        const end = out.indexOf(0, next);
        if (end === -1) throw new GitError("UNEXPECTED_OUTPUT", "git diff-tree output ended in the middle of a record");
        next = end + 1;
      }
      pos = next;
      continue;
    }
    const sha = out.toString("latin1", pos, nul);
    close(pos);
    index += 1;
    if (sha !== commits[index]?.sha) throw new GitError("UNEXPECTED_OUTPUT", `git diff-tree printed ${quoted(sha)} where ${commits[index]?.sha ?? "nothing"} was expected`);
    pos = nul + 1;
    segmentStart = pos;
  }
  close(out.length);
  if (result.length !== commits.length) throw new GitError("UNEXPECTED_OUTPUT", `git diff-tree printed ${result.length} commits of ${commits.length}`);
  return result;
}
function emptyState() {
  return { links: /* @__PURE__ */ new Map(), actionFiles: /* @__PURE__ */ new Set() };
}
function isActionFile(path) {
  return (path.endsWith("/action.yml") || path.endsWith("/action.yaml")) && path.indexOf("/") > 0;
}
function advance(parent, entries) {
  let state = null;
  const own = () => state ??= { links: new Map(parent.links), actionFiles: new Set(parent.actionFiles) };
  for (const e of entries) {
    const before = e.previousPath ?? e.path;
    const moved = e.status === "renamed" || e.status === "deleted";
    if (e.oldKind === "symlink" && (moved || e.newKind !== "symlink") && e.status !== "copied") own().links.delete(before);
    if (e.newKind === "symlink") own().links.set(e.path, e.newBlob);
    if (isActionFile(before) && moved) own().actionFiles.delete(before);
    if (isActionFile(e.path) && e.newKind !== "none") own().actionFiles.add(e.path);
  }
  return state ?? parent;
}
var SYMLINK_RECORD = /^120000 blob ([0-9a-f]{40}|[0-9a-f]{64})$/;
async function treeState(repo, commit) {
  const args = ["ls-tree", "-r", "-z", "--full-tree", commit];
  const out = await gitOk(repo, args, { maxStdout: 1024 * 1024 * 1024 });
  const state = emptyState();
  let start = 0;
  for (let nul = out.indexOf(0, start); nul !== -1; nul = out.indexOf(0, start)) {
    const tab = out.indexOf(9, start);
    if (tab === -1 || tab > nul) throw new GitError("UNEXPECTED_OUTPUT", "git ls-tree printed an entry that does not parse");
    const header = out.toString("latin1", start, tab);
    const path = decodeGitPath(out.subarray(tab + 1, nul)).text;
    const link = SYMLINK_RECORD.exec(header);
    if (link) state.links.set(path, link[1]);
    if (isActionFile(path)) state.actionFiles.add(path);
    start = nul + 1;
  }
  if (start !== out.length) throw new GitError("UNEXPECTED_OUTPUT", "git ls-tree output ended in the middle of an entry");
  return state;
}
function linkEntry(path, oid) {
  return { status: "added", path, oldMode: "000000", newMode: "120000", oldKind: "none", newKind: "symlink", oldBlob: "", newBlob: oid };
}
var symlinkMemo = /* @__PURE__ */ new WeakMap();
function treeSymlinks(state, targets) {
  let list = symlinkMemo.get(state);
  if (list === void 0) {
    list = [...state.links].map(([path, oid]) => ({ path, entry: { ...linkEntry(path, oid), symlinkTarget: targets.get(oid) } }));
    symlinkMemo.set(state, list);
  }
  return list;
}
var dirMemo = /* @__PURE__ */ new WeakMap();
function actionDirs(state) {
  let dirs = dirMemo.get(state);
  if (dirs === void 0) dirMemo.set(state, dirs = new Set([...state.actionFiles].map((p) => p.slice(0, p.lastIndexOf("/")))));
  return dirs;
}
var BLOBS_PER_READ = 200;
var BlobBatch = class {
  constructor(repo, maxBytes) {
    this.repo = repo;
    this.maxBytes = maxBytes;
  }
  repo;
  maxBytes;
  blobs = /* @__PURE__ */ new Map();
  async load(oids) {
    const wanted = [...new Set(oids)].filter((o) => !this.blobs.has(o) && isSha(o) && !/^0+$/.test(o));
    for (let i = 0; i < wanted.length; i += BLOBS_PER_READ) {
      const part = wanted.slice(i, i + BLOBS_PER_READ);
      const checks = (await gitOk(this.repo, ["cat-file", "--batch-check"], { input: part.join("\n") + "\n" })).toString("latin1").split("\n");
      const small = [];
      part.forEach((oid, k) => {
        const m = /^([0-9a-f]+) blob (\d+)$/.exec(checks[k] ?? "");
        if (!m || m[1] !== oid) throw new GitError("UNEXPECTED_OUTPUT", `git cat-file --batch-check printed ${quoted(checks[k] ?? "")} for blob ${oid}`);
        const size = Number(m[2]);
        if (size > this.maxBytes) this.blobs.set(oid, size);
        else small.push(oid);
      });
      if (small.length === 0) continue;
      const out = await gitOk(this.repo, ["cat-file", "--batch"], { input: small.join("\n") + "\n", maxStdout: small.length * (this.maxBytes + 128) });
      let pos = 0;
      for (const oid of small) {
        const nl = out.indexOf(10, pos);
        const header = nl === -1 ? "" : out.toString("latin1", pos, nl);
        const m = /^([0-9a-f]+) blob (\d+)$/.exec(header);
        if (!m || m[1] !== oid) throw new GitError("UNEXPECTED_OUTPUT", `git cat-file --batch printed ${quoted(header)} for blob ${oid}`);
        const size = Number(m[2]);
        const start = nl + 1;
        if (start + size + 1 > out.length || out[start + size] !== 10) throw new GitError("UNEXPECTED_OUTPUT", `git cat-file --batch output for blob ${oid} is truncated`);
        this.blobs.set(oid, out.subarray(start, start + size));
        pos = start + size + 1;
      }
    }
  }
  /** A `BlobReader` for contentFindings: every blob it is asked for must have been loaded. */
  read = async (commit, path, oid) => {
    const b = this.blobs.get(oid);
    if (b === void 0) throw new GitError("UNEXPECTED_OUTPUT", `blob ${oid} of ${quoted(path)} at ${commit} was not read`);
    if (typeof b === "number") throw new GitError("TOO_LARGE", `${quoted(path)} at ${commit} is ${b} bytes; the limit is ${this.maxBytes}`);
    return b;
  };
  /** Forget the blobs read so far (after a chunk of commits is reviewed). */
  clear() {
    this.blobs.clear();
  }
};

// src/core/simulate/actors.ts
var AGENT_MARKERS = Object.freeze(["claude", "anthropic", "copilot", "cursor", "codex", "openai", "devin", "gemini", "jules", "aider", "windsurf", "codeium", "amazon q", "sweep"]);
function noreplyLogin(email) {
  const m = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email);
  return m ? m[1] : null;
}
function gitActor(a, agentPatterns) {
  const login = noreplyLogin(a.email);
  for (const candidate of [a.name, login]) {
    if (!candidate) continue;
    if (isAgentIdentity({ login: candidate }) !== null) return isAgentName(candidate) ? "agent" : "bot";
    if (agentPatterns.some((p) => loginMatches(p, candidate))) return "agent";
  }
  if (a.coAuthors.some((c) => isAgentName(c.name) || isAgentName(c.email))) return "agent";
  return "human";
}
function isAgentName(text) {
  const t = text.toLowerCase();
  return AGENT_MARKERS.some((m) => t.includes(m));
}
function actorGroup(kind) {
  return kind === "human" ? "human" : "bot_agent";
}

// src/core/simulate/rules-fired.ts
var fileKeys = /* @__PURE__ */ new WeakMap();
function keysOf(f) {
  let keys = fileKeys.get(f);
  if (keys === void 0) {
    keys = [...new Set(f.reasons.map((r) => r.rule))];
    fileKeys.set(f, keys);
  }
  return keys;
}
function firedRules(e) {
  const keys = /* @__PURE__ */ new Set();
  if (e.verdict === "allow") return keys;
  for (const f of e.files) {
    if (f.decision === "allow") continue;
    for (const k of keysOf(f)) keys.add(k);
  }
  for (const v of e.violations) if (v.path === void 0) keys.add(v.rule);
  return keys;
}

// src/core/simulate/replay.ts
var DECISIONS = ["allow", "approval_required", "deny"];
var EXAMPLES_PER_TRANSITION = 5;
var TOP_RULES = 12;
var zeroDecisions = () => ({ allow: 0, approval_required: 0, deny: 0 });
var zeroTiers = () => ({ low: 0, medium: 0, high: 0 });
var zeroGroup = () => ({ changes: 0, before: zeroDecisions(), after: zeroDecisions() });
var SimulationTally = class {
  changes = 0;
  files = 0;
  changed = 0;
  transitions = /* @__PURE__ */ new Map();
  verdicts = { before: zeroDecisions(), after: zeroDecisions() };
  tiers = { before: zeroTiers(), after: zeroTiers() };
  rules = /* @__PURE__ */ new Map();
  actors = { human: zeroGroup(), bot_agent: zeroGroup() };
  trend = /* @__PURE__ */ new Map();
  examples = /* @__PURE__ */ new Map();
  first = null;
  last = null;
  add(change, before, after) {
    this.changes += 1;
    this.files += change.entries.length;
    const key = `${before.verdict}->${after.verdict}`;
    this.transitions.set(key, (this.transitions.get(key) ?? 0) + 1);
    this.verdicts.before[before.verdict] += 1;
    this.verdicts.after[after.verdict] += 1;
    this.tiers.before[before.tier] += 1;
    this.tiers.after[after.tier] += 1;
    for (const r of firedRules(before)) this.rule(r).before += 1;
    for (const r of firedRules(after)) this.rule(r).after += 1;
    const g = this.actors[actorGroup(change.actor)];
    g.changes += 1;
    g.before[before.verdict] += 1;
    g.after[after.verdict] += 1;
    const time = change.date === null ? NaN : Date.parse(change.date);
    if (!Number.isNaN(time)) {
      const iso = new Date(time).toISOString();
      if (this.first === null || iso < this.first) this.first = iso;
      if (this.last === null || iso > this.last) this.last = iso;
      const period = iso.slice(0, 7);
      let p = this.trend.get(period);
      if (p === void 0) this.trend.set(period, p = { period, changes: 0, before: zeroDecisions(), after: zeroDecisions() });
      p.changes += 1;
      p.before[before.verdict] += 1;
      p.after[after.verdict] += 1;
    }
    if (before.verdict !== after.verdict) {
      this.changed += 1;
      let list = this.examples.get(key);
      if (list === void 0) this.examples.set(key, list = []);
      if (list.length < EXAMPLES_PER_TRANSITION) list.push(example(change, before, after));
    }
  }
  rule(key) {
    let r = this.rules.get(key);
    if (r === void 0) this.rules.set(key, r = { before: 0, after: 0 });
    return r;
  }
  result(meta) {
    const transitions = {};
    const order = [...this.transitions].sort((a, b) => Number(isSame(a[0])) - Number(isSame(b[0])) || b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [k, v] of order) transitions[k] = v;
    const examples = {};
    for (const [k] of order) if (this.examples.has(k)) examples[k] = this.examples.get(k);
    const rules = [...this.rules].map(([rule, c]) => ({ rule, ...c })).sort((a, b) => b.after - a.after || b.before - a.before || a.rule.localeCompare(b.rule)).slice(0, TOP_RULES);
    return {
      mode: meta.mode,
      source: meta.source,
      notes: meta.notes,
      policies: { old: { source: meta.old.source, sha256: meta.old.sha256 }, new: { source: meta.new.source, sha256: meta.new.sha256 } },
      manifest: meta.manifest ? { source: meta.manifest.source, sha256: meta.manifest.sha256 } : null,
      changes: this.changes,
      files: this.files,
      transitions,
      changed: this.changed,
      verdicts: this.verdicts,
      tiers: this.tiers,
      rules,
      actors: this.actors,
      period: { from: this.first, to: this.last },
      trend: [...this.trend.values()].sort((a, b) => a.period.localeCompare(b.period)),
      examples,
      timings: meta.timings
    };
  }
};
function isSame(transition) {
  const [a, b] = transition.split("->");
  return a === b;
}
function example(change, before, after) {
  const old = new Map(before.files.map((f) => [f.path, f]));
  const files = [];
  for (const f of after.files) {
    const o = old.get(f.path);
    if (o === void 0 || o.decision === f.decision) continue;
    files.push({ path: f.path, before: o.decision, after: f.decision, reason: (f.decision === "allow" ? o.reasons[0] : f.reasons[0])?.message ?? "" });
    if (files.length === 3) break;
  }
  if (files.length === 0) {
    const v = (after.verdict === "allow" ? before : after).violations.find((x) => x.path === void 0);
    if (v) files.push({ path: "(task)", before: before.verdict, after: after.verdict, reason: `${v.message} [${v.code}]` });
  }
  return { id: change.id, date: change.date, actor: change.actor, who: change.who, tier: { before: before.tier, after: after.tier }, files };
}
function evaluateReplayed(change, policy, manifest, extra) {
  return evaluateChange(
    {
      base: extra?.base ?? "",
      head: change.id,
      mergeBase: extra?.mergeBase ?? "",
      entries: change.entries,
      ...extra?.findings ? { findings: extra.findings } : {},
      ...extra?.headKinds ? { headKinds: extra.headKinds } : {},
      ...manifest ? { branchCheck: { status: "skipped", reason: "a replayed commit has no task branch" }, repository: manifest.manifest.repository } : {}
    },
    policy,
    manifest
  );
}

// src/core/simulate/paths-replay.ts
var EntryIndex = class {
  byStatus = /* @__PURE__ */ new Map();
  pairs = /* @__PURE__ */ new Map();
  get(e) {
    return e.previousPath !== void 0 ? this.pairs.get(`${e.previousPath}\0${e.path}`) : this.byStatus.get(e.status)?.get(e.path);
  }
  set(e, value) {
    if (e.previousPath !== void 0) this.pairs.set(`${e.previousPath}\0${e.path}`, value);
    else {
      let m = this.byStatus.get(e.status);
      if (m === void 0) this.byStatus.set(e.status, m = /* @__PURE__ */ new Map());
      m.set(e.path, value);
    }
  }
};
var PathReplayer = class {
  constructor(policy, manifest) {
    this.policy = policy;
    this.manifest = manifest;
  }
  policy;
  manifest;
  results = new EntryIndex();
  violations = [];
  /** Evaluate every distinct entry of `changes` (one evaluation of all of them). */
  prime(changes) {
    const seen = new EntryIndex();
    const distinct = [];
    for (const c of changes) {
      for (const e of c.entries) {
        if (seen.get(e) !== void 0 || this.results.get(e) !== void 0) continue;
        seen.set(e, true);
        distinct.push(e);
      }
    }
    const all = evaluateReplayed({ id: "history", date: null, actor: "human", who: null, entries: distinct }, this.policy, this.manifest);
    distinct.forEach((e, i) => this.results.set(e, all.files[i]));
    this.violations = all.violations.filter((v) => v.path === void 0);
  }
  replay(change) {
    const files = [];
    let tier = "low";
    let deny = this.violations.length > 0;
    let approval = false;
    for (const e of change.entries) {
      let f = this.results.get(e);
      if (f === void 0) {
        this.prime([change]);
        f = this.results.get(e);
      }
      files.push(f);
      tier = maxTier(tier, f.tier);
      if (f.decision === "deny") deny = true;
      else if (f.decision === "approval_required") approval = true;
    }
    const verdict = deny ? "deny" : approval ? "approval_required" : "allow";
    return { verdict, tier, files, violations: this.violations };
  }
};

// src/core/simulate/render.ts
var GROUPS = [
  ["human", "human"],
  ["bot_agent", "bot/agent"]
];
function headline(r) {
  const up = r.verdicts.after.approval_required + r.verdicts.after.deny - (r.verdicts.before.approval_required + r.verdicts.before.deny);
  const direction = up > 0 ? `${up} more need approval or are denied` : up < 0 ? `${-up} fewer need approval or are denied` : "as many need approval or are denied";
  return `${r.changed} of ${r.changes} changes (${pct(r.changed, r.changes)}) get another verdict under the new policy; ${direction}`;
}
function sourceLine(r) {
  const period = r.period.from && r.period.to ? `, ${r.period.from.slice(0, 10)} .. ${r.period.to.slice(0, 10)}` : "";
  return `${r.changes} changes (${r.files} files) from ${r.source}${period}`;
}
function renderSimulationText(r) {
  const out = [];
  out.push(`agent-guard simulate: ${oneLine(sourceLine(r))}`);
  out.push(`  ${headline(r)}`);
  out.push(`  old policy: ${oneLine(r.policies.old.source)}${short(r.policies.old.sha256)}`);
  out.push(`  new policy: ${oneLine(r.policies.new.source)}${short(r.policies.new.sha256)}`);
  if (r.manifest) out.push(`  manifest: ${oneLine(r.manifest.source)}${short(r.manifest.sha256)}`);
  for (const n of r.notes) out.push(`  note: ${oneLine(n)}`);
  out.push("", "verdicts            before    after");
  for (const d of DECISIONS) out.push(`  ${d.padEnd(17)} ${String(r.verdicts.before[d]).padStart(7)}  ${String(r.verdicts.after[d]).padStart(7)}`);
  out.push("", "tiers               before    after");
  for (const t of TIERS) out.push(`  ${t.padEnd(17)} ${String(r.tiers.before[t]).padStart(7)}  ${String(r.tiers.after[t]).padStart(7)}`);
  out.push("", "transitions");
  for (const [k, v] of Object.entries(r.transitions)) out.push(`  ${k.padEnd(36)} ${String(v).padStart(7)}`);
  out.push("", "who                 changes   approval before -> after   denied before -> after");
  for (const [key, label] of GROUPS) {
    const g = r.actors[key];
    out.push(`  ${label.padEnd(17)} ${String(g.changes).padStart(7)}   ${pct(g.before.approval_required, g.changes).padStart(6)} -> ${pct(g.after.approval_required, g.changes).padEnd(13)} ${pct(g.before.deny, g.changes).padStart(6)} -> ${pct(g.after.deny, g.changes)}`);
  }
  if (r.rules.length > 0) {
    out.push("", "rules that fired most (changes needing approval or denied: before -> after)");
    for (const rule of r.rules) out.push(`  ${oneLine(rule.rule).padEnd(48)} ${String(rule.before).padStart(6)} -> ${rule.after}`);
  }
  const transitions = Object.entries(r.examples);
  if (transitions.length > 0) {
    out.push("", "examples");
    for (const [k, list] of transitions) {
      out.push(`  ${k}`);
      for (const x of list) {
        out.push(`    ${x.id.slice(0, 12)} ${x.date?.slice(0, 10) ?? "          "} ${x.actor}${x.who ? ` (${oneLine(x.who)})` : ""}, tier ${x.tier.before} -> ${x.tier.after}`);
        for (const f of x.files) out.push(`      ${displayPath(f.path)}: ${f.before} -> ${f.after}: ${oneLine(f.reason)}`);
      }
    }
  }
  out.push("", `replayed in ${r.timings.total_ms} ms (${r.timings.cpu_ms} ms CPU)`);
  return out.join("\n");
}
function short(sha) {
  return sha ? ` (sha256 ${sha.slice(0, 16)})` : "";
}
function renderSimulationMarkdown(r) {
  const out = [];
  out.push(`### agent-guard simulate: ${md(headline(r))}`, "");
  out.push(md(sourceLine(r)) + ".", "");
  out.push(...mdTable(["", "source", "sha256"], [
    ["old policy", md(r.policies.old.source), r.policies.old.sha256 ? `\`${r.policies.old.sha256.slice(0, 16)}\`` : "—"],
    ["new policy", md(r.policies.new.source), r.policies.new.sha256 ? `\`${r.policies.new.sha256.slice(0, 16)}\`` : "—"],
    ...r.manifest ? [["manifest", md(r.manifest.source), `\`${r.manifest.sha256.slice(0, 16)}\``]] : []
  ]));
  for (const n of r.notes) out.push("", `> ${md(n)}`);
  out.push("", "#### Transitions", "", ...mdTable(["transition", "changes", "share"], Object.entries(r.transitions).map(([k, v]) => [`\`${k}\``, String(v), pct(v, r.changes)])));
  out.push("", "#### Verdicts and tiers", "", ...mdTable(["", "before", "after"], [
    ...DECISIONS.map((d) => [d.replace("_", " "), String(r.verdicts.before[d]), String(r.verdicts.after[d])]),
    ...TIERS.map((t) => [`tier ${t}`, String(r.tiers.before[t]), String(r.tiers.after[t])])
  ]));
  out.push("", "#### Who is affected", "", ...mdTable(["who", "changes", "approval required (before → after)", "denied (before → after)"], GROUPS.map(([key, label]) => {
    const g = r.actors[key];
    return [label, String(g.changes), `${pct(g.before.approval_required, g.changes)} → ${pct(g.after.approval_required, g.changes)}`, `${pct(g.before.deny, g.changes)} → ${pct(g.after.deny, g.changes)}`];
  })));
  if (r.rules.length > 0) out.push("", "#### Rules that fired most", "", ...mdTable(["rule", "changes before", "changes after"], r.rules.map((x) => [mdCode(x.rule), String(x.before), String(x.after)])));
  const ex = Object.entries(r.examples);
  if (ex.length > 0) {
    out.push("", "#### Examples");
    for (const [k, list] of ex) {
      out.push("", `**\`${k}\`**`, "");
      for (const x of list) {
        const files = x.files.map((f) => `${mdCode(f.path)} (${md(f.reason)})`).join("; ");
        out.push(`- ${mdCode(x.id.slice(0, 12))} ${x.date ? md(x.date.slice(0, 10)) : ""} ${x.actor}${x.who ? ` ${md(x.who)}` : ""}: ${files}`);
      }
    }
  }
  return out.join("\n") + "\n";
}

// src/core/report/simulate.ts
var DECISION_COLORS = { allow: "#2da44e", approval_required: "#bf8700", deny: "#cf222e" };
var TIER_COLORS = { low: "#8c959f", medium: "#bf8700", high: "#cf222e" };
function renderSimulationHtml(r) {
  const strict = r.verdicts.after.approval_required + r.verdicts.after.deny;
  const before = r.verdicts.before.approval_required + r.verdicts.before.deny;
  const cls = r.verdicts.after.deny > r.verdicts.before.deny ? "bad" : strict !== before ? "warn" : "good";
  const risks = [];
  const changedKeys = Object.entries(r.transitions).filter(([k]) => k.split("->")[0] !== k.split("->")[1]);
  for (const [k, v] of changedKeys.slice(0, 4)) risks.push(`${code(k)}: ${h(v)} changes (${h(pct(v, r.changes))})`);
  const ba = r.actors.bot_agent;
  if (ba.changes > 0) risks.push(`bot and agent changes needing approval or denied: ${h(pct(ba.before.approval_required + ba.before.deny, ba.changes))} → ${h(pct(ba.after.approval_required + ba.after.deny, ba.changes))}`);
  const hu = r.actors.human;
  if (hu.changes > 0) risks.push(`human changes needing approval or denied: ${h(pct(hu.before.approval_required + hu.before.deny, hu.changes))} → ${h(pct(hu.after.approval_required + hu.after.deny, hu.changes))}`);
  const top = r.rules[0];
  if (top) risks.push(`the rule that fired most: ${code(top.rule)} (${h(top.after)} changes, ${h(top.before)} before)`);
  const body = [];
  body.push(`<h1>Policy simulation</h1><p class="muted">${h(r.source)}${r.period.from && r.period.to ? ` · ${h(r.period.from.slice(0, 10))} to ${h(r.period.to.slice(0, 10))}` : ""}</p>`);
  body.push(`<div class="verdict ${cls}"><strong>${h(headline(r))}.</strong></div>`);
  body.push(`<h2>Top risks</h2><ul class="risks">${risks.map((x) => `<li>${x}</li>`).join("")}</ul>`);
  for (const n of r.notes) body.push(`<p class="note">${h(n)}</p>`);
  body.push('<div class="tiles">');
  body.push(tile("changes replayed", r.changes, `${r.files} files`));
  body.push(tile("verdict changed", r.changed, pct(r.changed, r.changes)));
  for (const d of DECISIONS) body.push(tile(d.replace("_", " "), r.verdicts.after[d], `was ${r.verdicts.before[d]}`));
  body.push("</div>");
  body.push('<div class="charts">');
  body.push(
    stackedBars(
      "Verdicts before and after",
      [
        { label: "old policy", parts: DECISIONS.map((d) => r.verdicts.before[d]) },
        { label: "new policy", parts: DECISIONS.map((d) => r.verdicts.after[d]) }
      ],
      DECISIONS.map((d) => ({ label: d.replace("_", " "), color: DECISION_COLORS[d] }))
    )
  );
  body.push(
    stackedBars(
      "Tiers before and after",
      [
        { label: "old policy", parts: TIERS.map((t) => r.tiers.before[t]) },
        { label: "new policy", parts: TIERS.map((t) => r.tiers.after[t]) }
      ],
      TIERS.map((t) => ({ label: t, color: TIER_COLORS[t] }))
    )
  );
  if (r.trend.length > 1) {
    body.push(
      trendLines(
        "Changes needing approval or denied, per month",
        r.trend.map((p) => p.period),
        [
          { label: "old policy", color: "#8c959f", values: r.trend.map((p) => p.before.approval_required + p.before.deny) },
          { label: "new policy", color: "#0969da", values: r.trend.map((p) => p.after.approval_required + p.after.deny) },
          { label: "all changes", color: "#d0d7de", values: r.trend.map((p) => p.changes) }
        ]
      )
    );
  }
  body.push(
    stackedBars(
      "Who is affected (new policy)",
      [
        { label: "human", parts: DECISIONS.map((d) => hu.after[d]) },
        { label: "bot/agent", parts: DECISIONS.map((d) => ba.after[d]) }
      ],
      DECISIONS.map((d) => ({ label: d.replace("_", " "), color: DECISION_COLORS[d] }))
    )
  );
  body.push("</div>");
  body.push("<h2>Transitions</h2>", table(["transition", "changes", "share"], Object.entries(r.transitions).map(([k, v]) => [code(k), h(v), h(pct(v, r.changes))]), [1, 2]));
  if (r.rules.length > 0) body.push("<h2>Rules that fired most</h2>", table(["rule", "changes before", "changes after"], r.rules.map((x) => [code(x.rule), h(x.before), h(x.after)]), [1, 2]));
  body.push("<h2>Policies</h2>", table(["", "source", "sha256"], [
    ["old", h(r.policies.old.source), code(r.policies.old.sha256.slice(0, 16))],
    ["new", h(r.policies.new.source), code(r.policies.new.sha256.slice(0, 16))],
    ...r.manifest ? [["manifest", h(r.manifest.source), code(r.manifest.sha256.slice(0, 16))]] : []
  ]));
  const ex = Object.entries(r.examples);
  if (ex.length > 0) {
    body.push("<h2>Examples</h2>");
    for (const [k, list] of ex) {
      body.push(`<h3>${code(k)}</h3>`);
      body.push(
        table(
          ["change", "date", "who", "files and why"],
          list.map((x) => [
            code(x.id.slice(0, 12)),
            h(x.date?.slice(0, 10) ?? ""),
            `${h(x.actor)}${x.who ? ` <span class="muted">${h(x.who)}</span>` : ""}`,
            x.files.map((f) => `${code(displayPath(f.path))} ${h(f.before)} → ${h(f.after)}<br><span class="muted">${h(f.reason)}</span>`).join("<br>")
          ])
        )
      );
    }
  }
  body.push(`<p class="note">replayed in ${h(r.timings.total_ms)} ms · agent-guard simulate</p>`);
  return renderPage({ title: "agent-guard policy simulation", body: body.join("\n") });
}

// src/cli/simulate.ts
var MAX_HISTORY_BYTES = 512 * 1024 * 1024;
var MAX_HISTORY_TEXT = 2 * 1024 * 1024 * 1024 - 1;
var PATHS_ONLY_NOTE = "paths only: the history has no modes, blobs or contents, so kind rules (symlinks, executables, binaries, LFS) and content rules (workflows, dependencies) did not run";
async function runSimulate(argv, io) {
  const { values } = parseArgs({
    args: argv,
    options: {
      policy: { type: "string" },
      against: { type: "string" },
      manifest: { type: "string" },
      range: { type: "string" },
      repo: { type: "string" },
      history: { type: "string" },
      format: { type: "string", default: "text" }
    },
    strict: true,
    allowPositionals: false
  });
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "markdown" && format !== "html") throw new UsageError(`--format must be text, json, markdown or html, not ${JSON.stringify(format)}`);
  if (values.policy === void 0) throw new UsageError(`--policy is required
usage: ${SIMULATE_USAGE}`);
  if (values.range === void 0 === (values.history === void 0)) throw new UsageError(`give exactly one of --range A..B and --history FILE
usage: ${SIMULATE_USAGE}`);
  const repo = values.repo === void 0 ? values.range !== void 0 ? io.cwd : null : values.repo.startsWith("/") ? values.repo : `${io.cwd}/${values.repo}`;
  const clock = startClock();
  try {
    const result = values.range !== void 0 ? await simulateRange(repo, values.range, { policy: values.policy, against: values.against, manifest: values.manifest }, io.cwd, clock) : await simulateHistory(values.history, repo, { policy: values.policy, against: values.against, manifest: values.manifest }, io.cwd, clock);
    if (format === "json") io.out(JSON.stringify(result, null, 2));
    else if (format === "markdown") io.out(renderSimulationMarkdown(result));
    else if (format === "html") io.out(renderSimulationHtml(result));
    else io.out(renderSimulationText(result));
    return EXIT.OK;
  } catch (err) {
    const invalid = await reportInvalidInput(err, "simulate", io);
    if (invalid !== null) return invalid;
    if (err instanceof HistoryError) {
      io.err(`agent-guard simulate: ${err.message}`);
      return EXIT.INVALID;
    }
    throw err;
  }
}
function startClock() {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { total_ms: Math.round(performance.now() - wall), cpu_ms: Math.round((used.user + used.system) / 1e3) };
  };
}
var HistoryError = class extends Error {
};
function manifestPaths(s) {
  return s?.kind === "ref" ? [s.path] : [];
}
async function simulateRange(repo, range, sources, cwd, clock) {
  const m = /^(.+?)\.\.(.+)$/.exec(range);
  if (!m || m[2].startsWith(".")) throw new UsageError(`--range must be A..B (two refs), not ${JSON.stringify(range)}`);
  const { base, commits } = await rangeCommits(repo, m[1], m[2]);
  const manifestSource = sources.manifest !== void 0 ? parseSource(sources.manifest, cwd) : void 0;
  const paths = manifestPaths(manifestSource);
  const next = (await loadPolicyFor(repo, base, parseSource(sources.policy, cwd), cwd, paths)).input;
  const old = (await loadPolicyFor(repo, base, sources.against !== void 0 ? parseSource(sources.against, cwd) : void 0, cwd, paths)).input;
  const manifest = manifestSource ? await loadManifestFor(repo, manifestSource, cwd) : null;
  const tally = new SimulationTally();
  const agents = [.../* @__PURE__ */ new Set([...old.compiled.policy.agents, ...next.compiled.policy.agents])];
  const blobs = new BlobBatch(repo, MAX_REVIEW_BYTES);
  await replayCommits(repo, commits, async (commit, changes) => {
    const change = { id: commit.sha, date: commit.date, actor: gitActor({ ...commit.author, coAuthors: commit.coAuthors }, agents), who: commit.author.name, entries: changes.entries };
    const findingsFor = /* @__PURE__ */ new Map();
    const review = async (policy) => {
      const hosts = manifest ? manifest.manifest.network.allow : policy.compiled.policy.network.allow;
      const workflowDeny = policy.compiled.policy.workflows?.deny ?? [];
      const workflowAllowedUses = policy.compiled.policy.workflows?.allowedUses;
      const key = JSON.stringify([hosts, workflowDeny, workflowAllowedUses ?? null]);
      let findings = findingsFor.get(key);
      if (findings === void 0) findingsFor.set(key, findings = await contentFindings(repo, changes, hosts, blobs.read, { workflowDeny, workflowAllowedUses }));
      const headKinds = await linkTargetKinds(repo, changes.head, changes.entries, policy);
      return evaluateReplayed(change, policy, manifest, { findings, headKinds, base: changes.base, mergeBase: changes.mergeBase });
    };
    tally.add(change, await review(old), await review(next));
  }, { onChunk: async (changes) => {
    blobs.clear();
    await blobs.load(changes.flatMap(reviewedBlobs));
  } });
  const notes = ["each commit is reviewed against its first parent (a merge commit as its first-parent diff), with the content rules check runs"];
  if (manifest) notes.push("task checks of the branch and repository are skipped: replayed commits have no task branch, and the manifest's repository is assumed");
  return tally.result({ mode: "content", source: `git range ${range} of ${repo}`, notes, old, new: next, manifest, timings: clock() });
}
function reviewedBlobs(changes) {
  const out = [];
  for (const e of changes.entries) {
    if (e.invalidUtf8) continue;
    const reviewed = [e.path, e.previousPath].some((p) => p !== void 0 && (isWorkflowFile(p) || isDependencyFile(p))) || (e.linkedFrom ?? []).some(isDependencyFile);
    if (!reviewed) continue;
    if (e.oldKind === "regular" || e.oldKind === "executable") out.push(e.oldBlob);
    if (e.newKind === "regular" || e.newKind === "executable") out.push(e.newBlob);
  }
  return out;
}
async function simulateHistory(file, repo, sources, cwd, clock) {
  const manifestSource = sources.manifest !== void 0 ? parseSource(sources.manifest, cwd) : void 0;
  const paths = manifestPaths(manifestSource);
  const next = await policyWithoutBase(sources.policy, repo, cwd, paths);
  const old = sources.against !== void 0 ? await policyWithoutBase(sources.against, repo, cwd, paths) : baselineInput(paths);
  let manifest = null;
  if (manifestSource) {
    if (manifestSource.kind === "ref" && repo === null) throw new UsageError("a --manifest REF:PATH needs --repo DIR");
    manifest = await loadManifestFor(repo ?? cwd, manifestSource, cwd);
  }
  const text = readHistory(file.startsWith("/") ? file : `${cwd}/${file}`);
  const changes = [];
  let lineNo = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    lineNo += 1;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line.length === 0) continue;
    const parsed = parseHistoryLine(line, lineNo);
    if (!parsed.ok) throw new HistoryError(`${file}: ${parsed.message}`);
    changes.push(parsed.change);
  }
  const tally = new SimulationTally();
  const before = new PathReplayer(old, manifest);
  const after = new PathReplayer(next, manifest);
  before.prime(changes);
  after.prime(changes);
  for (const c of changes) tally.add(c, before.replay(c), after.replay(c));
  const notes = [PATHS_ONLY_NOTE];
  if (sources.against === void 0) notes.push("old policy: the built-in baseline (a history has no base commit to read a policy from; pass --against)");
  if (manifest) notes.push("task checks of the branch and repository are skipped: replayed commits have no task branch, and the manifest's repository is assumed");
  return tally.result({ mode: "paths", source: `history ${file}`, notes, old, new: next, manifest, timings: clock() });
}
function readHistory(path) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new FileReadError(path, `cannot read (${err.code ?? "error"})`);
  }
  if (bytes.length > MAX_HISTORY_BYTES) throw new FileReadError(path, `file is ${bytes.length} bytes; the limit is ${MAX_HISTORY_BYTES}`);
  if (bytes[0] === 31 && bytes[1] === 139) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_HISTORY_TEXT });
    } catch (err) {
      throw new FileReadError(path, `not a readable gzip file (${err.message})`);
    }
  }
  return bytes.toString("utf8");
}
async function policyWithoutBase(arg, repo, cwd, paths) {
  const source = parseSource(arg, cwd);
  if (source.kind === "ref") {
    if (repo === null) throw new UsageError(`${arg}: a REF:PATH policy needs --repo DIR`);
    return (await loadPolicyFor(repo, source.ref, source, cwd, paths)).input;
  }
  const path = source.path.startsWith("/") ? source.path : `${cwd}/${source.path}`;
  const outcome = loadPolicy(await readBoundedFile(path, MAX_DOCUMENT_BYTES), describeSource(source));
  if (!outcome.ok) throw new ConfigError(outcome.problems);
  return { compiled: compileGuarded(outcome.loaded.value, { policyPath: DEFAULT_POLICY_PATH }, paths), source: describeSource(source), sha256: outcome.loaded.sha256 };
}
function baselineInput(paths) {
  return { compiled: compileGuarded(BASELINE_POLICY, {}, paths), source: "built-in baseline", sha256: sha256(JSON.stringify(BASELINE_POLICY)) };
}
export {
  PATHS_ONLY_NOTE,
  runSimulate
};
