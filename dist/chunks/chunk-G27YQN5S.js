import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  ConditionalCache,
  OrgCoverageError
} from "./chunk-I7ZOVLF6.js";
import {
  EVIDENCE_USAGE
} from "./chunk-43QKUSSP.js";
import {
  EXIT,
  UsageError
} from "./chunk-S3PUWAI4.js";
import {
  DEFAULT_EVIDENCE_ARTIFACT_NAME,
  ZipError,
  readZip
} from "./chunk-OEKITCD2.js";
import {
  GitHubClientError,
  apiBaseUrl,
  createGitHubClient
} from "./chunk-KXPMQ7DQ.js";
import {
  oneLine
} from "./chunk-ERUCQBI4.js";
import {
  isObj,
  num,
  own,
  str
} from "./chunk-MPYCKMVQ.js";

// src/cli/evidence.ts
import { parseArgs } from "node:util";

// src/app/org-evidence.ts
import { createHash as createHash2 } from "node:crypto";
import { lstat, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/adapters/github-artifacts-download.ts
import { createHash } from "node:crypto";
var ArtifactDownloadError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ArtifactDownloadError";
  }
};
var NAME = /^[A-Za-z0-9_.-]{1,100}$/;
var safeName = (s) => s !== void 0 && NAME.test(s) && s !== "." && s !== "..";
var statusOf = (err) => isObj(err) && typeof own(err, "status") === "number" ? own(err, "status") : void 0;
var why = (err) => oneLine(err instanceof Error ? err.message.split("\n")[0] : String(err)).slice(0, 200);
var GitHubArtifacts = class {
  constructor(client, cache) {
    this.client = client;
    this.cache = cache ?? ConditionalCache.memory();
  }
  client;
  requests = 0;
  notModified = 0;
  budget = { remaining: null, resetAt: null };
  cache;
  note(headers) {
    const remaining = Number(headers?.["x-ratelimit-remaining"]);
    const reset = Number(headers?.["x-ratelimit-reset"]);
    if (Number.isFinite(remaining)) this.budget.remaining = remaining;
    if (Number.isFinite(reset)) this.budget.resetAt = new Date(reset * 1e3);
  }
  /** One GET, conditional when the cache has seen it. */
  async get(route, params) {
    const key = `${route} ${JSON.stringify(params)}`;
    const seen = this.cache.get(key);
    this.requests++;
    try {
      const res = await this.client.request(route, { ...params, headers: seen ? { "if-none-match": seen.etag } : {} });
      this.note(res.headers);
      if (typeof res.headers.etag === "string") this.cache.set(key, { etag: res.headers.etag, data: res.data });
      return res.data;
    } catch (err) {
      if (statusOf(err) === 304 && seen) {
        this.notModified++;
        return seen.data;
      }
      throw err;
    }
  }
  async saveCache() {
    await this.cache.save();
  }
  /** Every repository of the organisation (archived ones too: their artifacts are still evidence). */
  async repositories(org) {
    const out = [];
    for (let page = 1; ; page++) {
      let data;
      try {
        data = await this.get("GET /orgs/{org}/repos", { org, type: "all", per_page: 100, page });
      } catch (err) {
        throw new ArtifactDownloadError(`the repositories of ${oneLine(org)} could not be listed (page ${page}): ${why(err)}`);
      }
      if (!Array.isArray(data)) throw new ArtifactDownloadError(`GET /orgs/${oneLine(org)}/repos answered something other than a list`);
      for (const r of data) {
        const ownerObj = isObj(r) ? own(r, "owner") : void 0;
        const owner = isObj(ownerObj) ? str(own(ownerObj, "login")) : void 0;
        const name = isObj(r) ? str(own(r, "name")) : void 0;
        if (!safeName(owner) || !safeName(name)) throw new ArtifactDownloadError(`GET /orgs/${oneLine(org)}/repos listed a repository without a usable owner and name: ${oneLine(JSON.stringify(r)).slice(0, 120)}`);
        out.push({ owner, name, archived: isObj(r) && own(r, "archived") === true });
      }
      if (data.length < 100) return out;
    }
  }
  /** The repository's artifacts named `name`, as GitHub lists them (newest first); a repository with Actions disabled (404) has none. */
  async artifacts(repo, name) {
    const full = `${repo.owner}/${repo.name}`;
    const out = [];
    for (let page = 1; ; page++) {
      let data;
      try {
        data = await this.get("GET /repos/{owner}/{repo}/actions/artifacts", { owner: repo.owner, repo: repo.name, name, per_page: 100, page });
      } catch (err) {
        if (statusOf(err) === 404 && page === 1) return [];
        throw new ArtifactDownloadError(`the artifacts of ${full} could not be listed (page ${page}): ${why(err)}`);
      }
      const list = isObj(data) ? own(data, "artifacts") : void 0;
      if (!Array.isArray(list)) throw new ArtifactDownloadError(`GET /repos/${full}/actions/artifacts answered without an artifacts list`);
      for (const a of list) out.push(artifactRef(full, a));
      if (list.length < 100) return out;
    }
  }
  /** The artifact's ZIP archive, refused when it is larger than `maxBytes` or differs from the digest (or size) GitHub listed. */
  async download(a, maxBytes) {
    const where = `artifact ${a.id} (${oneLine(a.name)}) of ${a.repository}`;
    if (a.size_in_bytes > maxBytes) throw new ArtifactDownloadError(`${where} is ${a.size_in_bytes} bytes, more than the ${maxBytes} allowed`);
    const [owner, repo] = a.repository.split("/");
    this.requests++;
    let data;
    try {
      const res = await this.client.request("GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}", { owner, repo, artifact_id: a.id, archive_format: "zip" });
      if (res.headers["x-ratelimit-remaining"] === void 0 && this.budget.remaining !== null) this.budget.remaining--;
      else this.note(res.headers);
      data = res.data;
    } catch (err) {
      throw new ArtifactDownloadError(`${where} could not be downloaded: ${statusOf(err) === 410 ? "it has expired" : why(err)}`);
    }
    const zip = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.isBuffer(data) ? data : null;
    if (!zip) throw new ArtifactDownloadError(`${where}: the download answered ${typeof data === "string" ? "text" : typeof data}, not an archive`);
    if (zip.length > maxBytes) throw new ArtifactDownloadError(`${where}: the archive is ${zip.length} bytes, more than the ${maxBytes} allowed`);
    if (a.digest !== null) {
      const actual = `sha256:${createHash("sha256").update(zip).digest("hex")}`;
      if (actual !== a.digest.toLowerCase()) throw new ArtifactDownloadError(`${where}: the archive's digest is ${actual}, not the ${oneLine(a.digest)} GitHub lists for it`);
    } else if (zip.length !== a.size_in_bytes) {
      throw new ArtifactDownloadError(`${where}: the archive is ${zip.length} bytes, not the ${a.size_in_bytes} GitHub lists for it (and it has no digest)`);
    }
    return zip;
  }
};
function artifactRef(repository, a) {
  const bad = (what) => {
    throw new ArtifactDownloadError(`GET /repos/${repository}/actions/artifacts listed an artifact without ${what}: ${oneLine(JSON.stringify(a)).slice(0, 160)}`);
  };
  if (!isObj(a)) return bad("fields");
  const id = num(own(a, "id"));
  const name = str(own(a, "name"));
  const created = str(own(a, "created_at"));
  const size = num(own(a, "size_in_bytes"));
  const digest = own(a, "digest");
  if (id === void 0 || !Number.isSafeInteger(id) || id <= 0) return bad("a numeric id");
  if (name === void 0) return bad("a name");
  if (created === void 0 || !Number.isFinite(Date.parse(created))) return bad("a creation time");
  if (size === void 0 || size < 0) return bad("a size");
  if (digest !== void 0 && digest !== null && (typeof digest !== "string" || !/^sha256:[0-9a-f]{64}$/i.test(digest))) return bad("a sha256 digest");
  const run = own(a, "workflow_run");
  const runId = isObj(run) ? num(own(run, "id")) : void 0;
  return { repository, id, name, created_at: created, size_in_bytes: size, digest: typeof digest === "string" ? digest : null, expired: own(a, "expired") === true, workflow_run_id: runId ?? null };
}

// src/app/org-evidence.ts
var SNAPSHOT_FORMAT = "agent-guard-evidence-snapshot/1";
var SNAPSHOT_INDEX = "snapshot.json";
var SNAPSHOT_EVIDENCE = "evidence";
var DAY = 864e5;
var SnapshotError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "SnapshotError";
  }
};
async function readSnapshotIndex(dir) {
  let text;
  try {
    text = await readFile(join(dir, SNAPSHOT_INDEX), "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return null;
    throw new SnapshotError(`${oneLine(join(dir, SNAPSHOT_INDEX))}: ${oneLine(err.message)}`);
  }
  return parseIndex(text, dir);
}
function parseIndex(text, dir) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SnapshotError(`${oneLine(join(dir, SNAPSHOT_INDEX))} is not JSON`);
  }
  if (!isObj(parsed) || own(parsed, "format") !== SNAPSHOT_FORMAT || !Array.isArray(own(parsed, "artifacts")) || typeof own(parsed, "organisation") !== "string" || typeof own(parsed, "artifact_name") !== "string") {
    throw new SnapshotError(`${oneLine(join(dir, SNAPSHOT_INDEX))} is not an ${SNAPSHOT_FORMAT} index`);
  }
  return parsed;
}
var sha256 = (bytes) => `sha256:${createHash2("sha256").update(bytes).digest("hex")}`;
var INDEX_REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
var INDEX_FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$/;
var DIGEST = /^sha256:[0-9a-f]{64}$/;
async function readSnapshot(dir, expect, maxFileBytes = 16 * 1024 * 1024) {
  let raw;
  try {
    raw = await readFile(join(dir, SNAPSHOT_INDEX));
  } catch (err) {
    if (err.code === "ENOENT") throw new SnapshotError(`${oneLine(dir)} holds no ${SNAPSHOT_INDEX}: it is not a snapshot (download the evidence into it first)`);
    throw new SnapshotError(`${oneLine(join(dir, SNAPSHOT_INDEX))}: ${oneLine(err.message)}`);
  }
  const index = parseIndex(raw.toString("utf8"), dir);
  if (expect && (index.organisation.toLowerCase() !== expect.org.toLowerCase() || index.artifact_name !== expect.artifactName)) {
    throw new SnapshotError(`${oneLine(dir)} holds a snapshot of ${oneLine(index.organisation)} (artifact ${oneLine(index.artifact_name)}), not of ${oneLine(expect.org)} (artifact ${oneLine(expect.artifactName)})`);
  }
  const problems = [];
  const evidence = [];
  let bundles = 0;
  const seenArtifacts = /* @__PURE__ */ new Set();
  const seenPaths = /* @__PURE__ */ new Set();
  for (const [n, a] of index.artifacts.entries()) {
    const where = isObj(a) && typeof own(a, "repository") === "string" ? `artifact ${String(own(a, "id"))} of ${oneLine(String(own(a, "repository")))}` : `artifact #${n + 1}`;
    if (!isObj(a) || typeof a.repository !== "string" || !INDEX_REPOSITORY.test(a.repository) || !Number.isSafeInteger(a.id) || a.id <= 0 || !Array.isArray(a.evidence) || !Array.isArray(a.bundles) || !isObj(a.sha256)) {
      problems.push(`${where}: its entry in ${SNAPSHOT_INDEX} lacks a repository, id, file lists or digests`);
      continue;
    }
    const key = `${a.repository.toLowerCase()}#${a.id}`;
    if (seenArtifacts.has(key)) {
      problems.push(`${where}: listed twice in ${SNAPSHOT_INDEX}`);
      continue;
    }
    seenArtifacts.add(key);
    for (const [kind, paths] of [[SNAPSHOT_EVIDENCE, a.evidence], ["bundles", a.bundles]]) {
      for (const path of paths) {
        const prefix = `${kind}/${a.repository}/${a.id}/`;
        if (typeof path !== "string" || !path.startsWith(prefix) || !INDEX_FILE_NAME.test(path.slice(prefix.length))) {
          problems.push(`${where}: ${oneLine(JSON.stringify(path))} is not a file of its folder ${prefix}`);
          continue;
        }
        if (seenPaths.has(path.toLowerCase())) {
          problems.push(`${path}: listed twice in ${SNAPSHOT_INDEX}`);
          continue;
        }
        seenPaths.add(path.toLowerCase());
        const want = own(a.sha256, path);
        if (typeof want !== "string" || !DIGEST.test(want)) {
          problems.push(`${path}: ${SNAPSHOT_INDEX} records no sha256 digest for it`);
          continue;
        }
        let bytes;
        try {
          const st = await lstat(join(dir, path));
          if (!st.isFile()) throw new Error(st.isSymbolicLink() ? "a symbolic link, not the file downloaded" : "not a regular file");
          if (st.size > maxFileBytes) throw new Error(`${st.size} bytes, more than the ${maxFileBytes} allowed`);
          bytes = await readFile(join(dir, path));
        } catch (err) {
          problems.push(`${path}: ${err.code === "ENOENT" ? "missing" : oneLine(err.message)}`);
          continue;
        }
        const got = sha256(bytes);
        if (got !== want) {
          problems.push(`${path}: its digest is ${got}, not the ${want} recorded when it was downloaded`);
          continue;
        }
        if (kind === "bundles") bundles++;
        else evidence.push({ file: join(dir, path), bytes });
      }
    }
  }
  if (problems.length) {
    const shown = problems.slice(0, 10).join("; ");
    throw new SnapshotError(`${oneLine(dir)} does not match its ${SNAPSHOT_INDEX} (${problems.length} problem(s)), so none of it is read: ${shown}${problems.length > 10 ? "; …" : ""}`);
  }
  return { index, indexSha256: sha256(raw), evidence, bundles };
}
function fileName(entry, taken) {
  const segments = entry.split(/[\\/]+/).filter((s) => s !== "" && s !== "." && s !== "..");
  let base = segments.join("__").replace(/[^A-Za-z0-9._-]/g, "_").replace(/^[.]+/, "");
  if (base.length > 120) base = base.slice(-120);
  if (base === "") base = "entry.json";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${n}-${base}`;
  taken.add(name.toLowerCase());
  return name;
}
async function downloadOrgEvidence(client, opts) {
  const dir = opts.snapshotDir;
  const now = opts.now ?? (() => /* @__PURE__ */ new Date());
  const reserve = opts.reserve ?? 100;
  const maxArchiveBytes = opts.maxArchiveBytes ?? 64 * 1024 * 1024;
  await mkdir(dir, { recursive: true });
  const previous = await readSnapshotIndex(dir);
  if (previous && (previous.organisation.toLowerCase() !== opts.org.toLowerCase() || previous.artifact_name !== opts.artifactName)) {
    throw new SnapshotError(`${oneLine(dir)} holds a snapshot of ${oneLine(previous.organisation)} (artifact ${oneLine(previous.artifact_name)}), not of ${oneLine(opts.org)} (artifact ${oneLine(opts.artifactName)}): use another folder`);
  }
  const index = previous ?? { format: SNAPSHOT_FORMAT, organisation: opts.org, artifact_name: opts.artifactName, api_url: opts.apiUrl ?? null, updated_at: now().toISOString(), artifacts: [] };
  const held = new Set(index.artifacts.map((a) => `${a.repository.toLowerCase()}#${a.id}`));
  const gh = new GitHubArtifacts(client, await ConditionalCache.open(join(dir, "etags.json")));
  const result = {
    snapshotDir: dir,
    evidenceDir: join(dir, SNAPSHOT_EVIDENCE),
    repositories: 0,
    listed: 0,
    inPeriod: 0,
    downloaded: 0,
    reused: 0,
    expired: [],
    files: 0,
    requests: 0,
    notModified: 0,
    problems: [],
    stoppedForBudget: null,
    index
  };
  const inPeriod = (a) => {
    const at = Date.parse(a.created_at);
    return (opts.since === void 0 || at >= opts.since) && (opts.until === void 0 || at <= opts.until + DAY);
  };
  const lowBudget = () => {
    const { remaining, resetAt } = gh.budget;
    if (remaining === null || remaining > reserve) return false;
    result.stoppedForBudget ??= `stopped with ${remaining} requests left in the rate limit (the reserve is ${reserve}); it resets at ${resetAt?.toISOString() ?? "an unknown time"}: run again with the same --snapshot to continue`;
    return true;
  };
  const store = async (a, zip) => {
    const entries = readZip(zip);
    const [owner, repo] = a.repository.split("/");
    const rel = (kind, name) => `${kind}/${owner}/${repo}/${a.id}/${name}`;
    const record = {
      repository: a.repository,
      id: a.id,
      name: a.name,
      created_at: a.created_at,
      digest: a.digest,
      archive_sha256: sha256(zip),
      workflow_run_id: a.workflow_run_id,
      downloaded_at: now().toISOString(),
      evidence: [],
      bundles: [],
      sha256: {},
      skipped: []
    };
    const taken = /* @__PURE__ */ new Set();
    for (const e of entries) {
      const lower = e.name.toLowerCase();
      const kind = lower.endsWith(".sigstore.json") ? "bundles" : lower.endsWith(".json") ? SNAPSHOT_EVIDENCE : null;
      if (kind === null) {
        record.skipped.push(oneLine(e.name).slice(0, 200));
        continue;
      }
      const path = rel(kind, fileName(e.name, taken));
      await mkdir(join(dir, path, ".."), { recursive: true });
      await writeFile(join(dir, path), e.data, { mode: 384 });
      (kind === "bundles" ? record.bundles : record.evidence).push(path);
      record.sha256[path] = sha256(e.data);
    }
    result.files += record.evidence.length;
    index.artifacts.push(record);
    held.add(`${a.repository.toLowerCase()}#${a.id}`);
  };
  const one = async (r) => {
    const full = `${r.owner}/${r.name}`;
    let list;
    try {
      list = await gh.artifacts(r, opts.artifactName);
    } catch (err) {
      result.problems.push(err instanceof ArtifactDownloadError ? err.message : `${full}: ${oneLine(err.message)}`);
      return;
    }
    result.repositories++;
    result.listed += list.length;
    for (const a of list) {
      if (a.name !== opts.artifactName || !inPeriod(a)) continue;
      result.inPeriod++;
      if (held.has(`${a.repository.toLowerCase()}#${a.id}`)) {
        result.reused++;
        continue;
      }
      if (a.expired) {
        result.expired.push({ repository: a.repository, id: a.id, created_at: a.created_at });
        continue;
      }
      if (lowBudget()) return;
      try {
        await store(a, await gh.download(a, maxArchiveBytes));
        result.downloaded++;
      } catch (err) {
        if (err instanceof ArtifactDownloadError) result.problems.push(err.message);
        else if (err instanceof ZipError) result.problems.push(`artifact ${a.id} (${oneLine(a.name)}) of ${a.repository}: ${err.message}`);
        else throw err;
      }
    }
  };
  try {
    const repositories = await gh.repositories(opts.org);
    const queue = [...repositories];
    const workers = Array.from({ length: Math.max(1, opts.concurrency ?? 8) }, async () => {
      for (let r = queue.shift(); r !== void 0; r = queue.shift()) {
        if (lowBudget()) return;
        await one(r);
      }
    });
    await Promise.all(workers);
  } finally {
    index.artifacts.sort((a, b) => a.repository === b.repository ? a.id - b.id : a.repository < b.repository ? -1 : 1);
    index.updated_at = now().toISOString();
    await writeFile(join(dir, SNAPSHOT_INDEX), `${JSON.stringify(index, null, 2)}
`, { mode: 384 });
    await gh.saveCache();
    result.requests = gh.requests;
    result.notModified = gh.notModified;
  }
  return result;
}

// src/cli/evidence.ts
var ORG_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
function parseDay(flag, value, end) {
  if (value === void 0) return void 0;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(day ? `${value}T00:00:00Z` : value);
  if (!Number.isFinite(ms) || !day && !/^\d{4}-\d{2}-\d{2}T/.test(value)) throw new UsageError(`${flag} must be a date (YYYY-MM-DD) or an ISO 8601 time, not ${JSON.stringify(oneLine(value))}`);
  return day && end ? ms + 864e5 - 1 : ms;
}
function orgEvidenceArgs(values, cwd, usage) {
  const org = values.org ?? "";
  if (!ORG_NAME.test(org)) throw new UsageError(`--org must be an organisation login, not ${JSON.stringify(oneLine(org))}
usage: ${usage}`);
  const snapshot = values.snapshot ?? "";
  if (snapshot === "") throw new UsageError(`--snapshot DIR is required: the folder the evidence is downloaded to (and re-read from)
usage: ${usage}`);
  const artifactName = values["artifact-name"] ?? DEFAULT_EVIDENCE_ARTIFACT_NAME;
  if (artifactName.trim() === "" || /[\u0000-\u001f"<>|*?\\/:]/.test(artifactName)) throw new UsageError(`--artifact-name must be an artifact name, not ${JSON.stringify(oneLine(artifactName))}`);
  const since = parseDay("--since", values.since, false);
  const until = parseDay("--until", values.until, true);
  if (since !== void 0 && until !== void 0 && since > until) throw new UsageError("--since is after --until");
  let reserve;
  if (values.reserve !== void 0) {
    if (!/^\d{1,5}$/.test(values.reserve)) throw new UsageError(`--reserve must be a number of requests, not ${JSON.stringify(oneLine(values.reserve))}`);
    reserve = Number(values.reserve);
  }
  return {
    org,
    snapshot: snapshot.startsWith("/") ? snapshot : `${cwd}/${snapshot}`,
    artifactName,
    ...since !== void 0 ? { since } : {},
    ...until !== void 0 ? { until } : {},
    ...reserve !== void 0 ? { reserve } : {}
  };
}
var ORG_EVIDENCE_OPTIONS = {
  org: { type: "string" },
  snapshot: { type: "string" },
  "artifact-name": { type: "string" },
  since: { type: "string" },
  until: { type: "string" },
  reserve: { type: "string" }
};
async function downloadForCli(args, io, command) {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || "";
  if (!token) throw new UsageError(`GITHUB_TOKEN (or GH_TOKEN) is not set: ${command} downloads the artifacts through the API`);
  try {
    const client = createGitHubClient({ token, env: io.env, log: { debug: () => void 0, warn: (m) => io.err(`warning: ${oneLine(m)}`) } });
    return await downloadOrgEvidence(client, {
      org: args.org,
      artifactName: args.artifactName,
      snapshotDir: args.snapshot,
      apiUrl: apiBaseUrl(io.env),
      ...args.since !== void 0 ? { since: args.since } : {},
      ...args.until !== void 0 ? { until: args.until } : {},
      ...args.reserve !== void 0 ? { reserve: args.reserve } : {}
    });
  } catch (err) {
    if (err instanceof SnapshotError || err instanceof OrgCoverageError || err instanceof GitHubClientError || err instanceof Error && err.name === "ArtifactDownloadError") {
      io.err(`agent-guard ${command}: ${oneLine(err.message)}`);
      return null;
    }
    throw err;
  }
}
function renderDownloadText(r) {
  const lines = [
    `evidence of ${oneLine(r.index.organisation)} (artifact ${oneLine(r.index.artifact_name)}) in ${oneLine(r.snapshotDir)}: ${r.repositories} repositories read, ${r.inPeriod} artifact(s) in the period: ${r.downloaded} downloaded (${r.files} evidence file(s)), ${r.reused} already in the snapshot, ${r.expired.length} expired before download`,
    `API requests: ${r.requests} (${r.notModified} answered 304 from the snapshot's ETags)`
  ];
  if (r.stoppedForBudget) lines.push(`incomplete: ${r.stoppedForBudget}`);
  for (const e of r.expired) lines.push(`expired: artifact ${e.id} of ${oneLine(e.repository)} (created ${e.created_at}): not in the metrics`);
  for (const p of r.problems) lines.push(`problem: ${oneLine(p)}`);
  return lines.join("\n");
}
function downloadJson(r) {
  const { index, ...rest } = r;
  return { organisation: index.organisation, artifact_name: index.artifact_name, snapshot_artifacts: index.artifacts.length, ...rest };
}
async function runEvidence(argv, io) {
  const [sub, ...rest] = argv;
  if (sub !== "download") throw new UsageError(`unknown subcommand ${JSON.stringify(oneLine(sub ?? ""))}
usage: ${EVIDENCE_USAGE}`);
  const { values } = parseArgs({ args: rest, options: { ...ORG_EVIDENCE_OPTIONS, format: { type: "string", default: "text" } }, strict: true, allowPositionals: false });
  if (!["text", "json"].includes(values.format)) throw new UsageError(`--format must be text or json, not ${JSON.stringify(oneLine(values.format))}`);
  const args = orgEvidenceArgs(values, io.cwd, EVIDENCE_USAGE);
  const result = await downloadForCli(args, io, "evidence download");
  if (!result) return EXIT.DENY;
  io.out(values.format === "json" ? JSON.stringify(downloadJson(result), null, 2) : renderDownloadText(result));
  return result.problems.length === 0 && result.stoppedForBudget === null ? EXIT.OK : EXIT.DENY;
}

export {
  SnapshotError,
  readSnapshot,
  parseDay,
  orgEvidenceArgs,
  ORG_EVIDENCE_OPTIONS,
  downloadForCli,
  renderDownloadText,
  downloadJson,
  runEvidence
};
