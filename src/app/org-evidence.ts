// Downloads the evidence artifacts of a period across an organisation's repositories into a snapshot
// folder that the metrics re-read offline (artifacts expire; the snapshot does not). The folder keeps
// evidence/<owner>/<repo>/<artifact id>/<file>.json, the Sigstore bundles under bundles/ (not evidence),
// snapshot.json (what was downloaded from where and when, with the archive's and every file's digest)
// and etags.json (conditional requests). Downloading again into the same folder fetches only artifacts
// it does not hold yet; a run stopped by the rate-limit reserve keeps what it got and continues there
// next time. Re-reading takes only the files snapshot.json lists, each checked against its digest.

import { createHash } from 'node:crypto';
import { lstat, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArtifactDownloadError, GitHubArtifacts, type ArtifactRef, type RepositoryRef } from '../adapters/github-artifacts-download.js';
import { ConditionalCache, type OrgClient } from '../adapters/github-org.js';
import { readZip, ZipError } from '../adapters/zip.js';
import { isObj, own } from '../core/json.js';
import { oneLine } from '../core/text.js';

export const SNAPSHOT_FORMAT = 'agent-guard-evidence-snapshot/1';
export const SNAPSHOT_INDEX = 'snapshot.json';
export const SNAPSHOT_EVIDENCE = 'evidence';
const DAY = 86_400_000;

export interface SnapshotArtifact {
  repository: string;
  id: number;
  name: string;
  created_at: string;
  /** The digest GitHub listed for the archive (null when it lists none); the download was checked against it. */
  digest: string | null;
  /** `sha256:<hex>` of the archive as downloaded. */
  archive_sha256: string;
  workflow_run_id: number | null;
  downloaded_at: string;
  /** Paths relative to the snapshot folder. */
  evidence: string[];
  bundles: string[];
  /** `sha256:<hex>` of every file in `evidence` and `bundles`, by path: a re-read refuses a file that differs. */
  sha256: Record<string, string>;
  /** Entries that are neither evidence nor a bundle (kept out of the snapshot). */
  skipped: string[];
}

export interface SnapshotIndex {
  format: typeof SNAPSHOT_FORMAT;
  organisation: string;
  artifact_name: string;
  /** The API the artifacts were downloaded from. */
  api_url: string | null;
  updated_at: string;
  artifacts: SnapshotArtifact[];
}

export interface OrgEvidenceOptions {
  org: string;
  artifactName: string;
  /** Epoch ms; artifacts created before are not downloaded. */
  since?: number;
  /** Epoch ms; artifacts created more than a day after are not downloaded (a run's upload ends after it starts). */
  until?: number;
  snapshotDir: string;
  /** Recorded in the index as where the artifacts came from. */
  apiUrl?: string;
  concurrency?: number;
  /** Stop sending requests when the rate limit's remaining count falls to this (default 100). */
  reserve?: number;
  maxArchiveBytes?: number;
  now?: () => Date;
}

export interface OrgEvidenceResult {
  snapshotDir: string;
  evidenceDir: string;
  repositories: number;
  /** Artifacts of the name GitHub listed, and those of them within the period. */
  listed: number;
  inPeriod: number;
  downloaded: number;
  /** Within the period and already in the snapshot. */
  reused: number;
  /** Within the period, expired before they were downloaded: lost to the metrics. */
  expired: Array<{ repository: string; id: number; created_at: string }>;
  files: number;
  requests: number;
  notModified: number;
  /** Repositories or artifacts that could not be read, one message each. */
  problems: string[];
  /** Set when the run stopped early to keep the rate-limit reserve. */
  stoppedForBudget: string | null;
  index: SnapshotIndex;
}

export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}

/** The snapshot's index; null when the folder has none yet. A present but unreadable index is an error. */
export async function readSnapshotIndex(dir: string): Promise<SnapshotIndex | null> {
  let text: string;
  try {
    text = await readFile(join(dir, SNAPSHOT_INDEX), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SnapshotError(`${oneLine(join(dir, SNAPSHOT_INDEX))}: ${oneLine((err as Error).message)}`);
  }
  return parseIndex(text, dir);
}

function parseIndex(text: string, dir: string): SnapshotIndex {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SnapshotError(`${oneLine(join(dir, SNAPSHOT_INDEX))} is not JSON`);
  }
  if (!isObj(parsed) || own(parsed, 'format') !== SNAPSHOT_FORMAT || !Array.isArray(own(parsed, 'artifacts')) || typeof own(parsed, 'organisation') !== 'string' || typeof own(parsed, 'artifact_name') !== 'string') {
    throw new SnapshotError(`${oneLine(join(dir, SNAPSHOT_INDEX))} is not an ${SNAPSHOT_FORMAT} index`);
  }
  return parsed as unknown as SnapshotIndex;
}

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export interface SnapshotFile {
  /** The file's path (the snapshot folder joined with its path in the index). */
  file: string;
  bytes: Buffer;
}

export interface SnapshotRead {
  index: SnapshotIndex;
  /** `sha256:<hex>` of snapshot.json as read: what a later reader compares to know it reads the same snapshot. */
  indexSha256: string;
  /** The evidence files the index lists, each matching its digest, in the index's order. */
  evidence: SnapshotFile[];
  /** Bundle files checked (they are not evidence: `agent-guard verify` reads them). */
  bundles: number;
}

// Index paths as store() writes them: kind/owner/repo/id/name, one segment each, no dot in front.
const INDEX_REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const INDEX_FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/**
 * Re-reads a snapshot without the network: only the files its index lists, each a regular file under
 * its artifact's folder whose digest is the one the index recorded. Fails closed: one file missing,
 * changed, without a digest or outside its place refuses the whole snapshot (a metric over part of it,
 * silently, would be wrong), naming each.
 */
export async function readSnapshot(dir: string, expect?: { org: string; artifactName: string }, maxFileBytes = 16 * 1024 * 1024): Promise<SnapshotRead> {
  let raw: Buffer;
  try {
    raw = await readFile(join(dir, SNAPSHOT_INDEX));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new SnapshotError(`${oneLine(dir)} holds no ${SNAPSHOT_INDEX}: it is not a snapshot (download the evidence into it first)`);
    throw new SnapshotError(`${oneLine(join(dir, SNAPSHOT_INDEX))}: ${oneLine((err as Error).message)}`);
  }
  const index = parseIndex(raw.toString('utf8'), dir);
  if (expect && (index.organisation.toLowerCase() !== expect.org.toLowerCase() || index.artifact_name !== expect.artifactName)) {
    throw new SnapshotError(`${oneLine(dir)} holds a snapshot of ${oneLine(index.organisation)} (artifact ${oneLine(index.artifact_name)}), not of ${oneLine(expect.org)} (artifact ${oneLine(expect.artifactName)})`);
  }
  const problems: string[] = [];
  const evidence: SnapshotFile[] = [];
  let bundles = 0;
  // Each artifact and file once: one listed twice would count its runs twice.
  const seenArtifacts = new Set<string>();
  const seenPaths = new Set<string>();
  for (const [n, a] of index.artifacts.entries()) {
    const where = isObj(a) && typeof own(a, 'repository') === 'string' ? `artifact ${String(own(a, 'id'))} of ${oneLine(String(own(a, 'repository')))}` : `artifact #${n + 1}`;
    if (!isObj(a) || typeof a.repository !== 'string' || !INDEX_REPOSITORY.test(a.repository) || !Number.isSafeInteger(a.id) || a.id <= 0 || !Array.isArray(a.evidence) || !Array.isArray(a.bundles) || !isObj(a.sha256)) {
      problems.push(`${where}: its entry in ${SNAPSHOT_INDEX} lacks a repository, id, file lists or digests`);
      continue;
    }
    const key = `${a.repository.toLowerCase()}#${a.id}`;
    if (seenArtifacts.has(key)) {
      problems.push(`${where}: listed twice in ${SNAPSHOT_INDEX}`);
      continue;
    }
    seenArtifacts.add(key);
    for (const [kind, paths] of [[SNAPSHOT_EVIDENCE, a.evidence], ['bundles', a.bundles]] as const) {
      for (const path of paths as unknown[]) {
        const prefix = `${kind}/${a.repository}/${a.id}/`;
        if (typeof path !== 'string' || !path.startsWith(prefix) || !INDEX_FILE_NAME.test(path.slice(prefix.length))) {
          problems.push(`${where}: ${oneLine(JSON.stringify(path))} is not a file of its folder ${prefix}`);
          continue;
        }
        if (seenPaths.has(path.toLowerCase())) {
          problems.push(`${path}: listed twice in ${SNAPSHOT_INDEX}`);
          continue;
        }
        seenPaths.add(path.toLowerCase());
        const want = own(a.sha256, path);
        if (typeof want !== 'string' || !DIGEST.test(want)) {
          problems.push(`${path}: ${SNAPSHOT_INDEX} records no sha256 digest for it`);
          continue;
        }
        let bytes: Buffer;
        try {
          const st = await lstat(join(dir, path));
          if (!st.isFile()) throw new Error(st.isSymbolicLink() ? 'a symbolic link, not the file downloaded' : 'not a regular file');
          if (st.size > maxFileBytes) throw new Error(`${st.size} bytes, more than the ${maxFileBytes} allowed`);
          bytes = await readFile(join(dir, path));
        } catch (err) {
          problems.push(`${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : oneLine((err as Error).message)}`);
          continue;
        }
        const got = sha256(bytes);
        if (got !== want) {
          problems.push(`${path}: its digest is ${got}, not the ${want} recorded when it was downloaded`);
          continue;
        }
        if (kind === 'bundles') bundles++;
        else evidence.push({ file: join(dir, path), bytes });
      }
    }
  }
  if (problems.length) {
    const shown = problems.slice(0, 10).join('; ');
    throw new SnapshotError(`${oneLine(dir)} does not match its ${SNAPSHOT_INDEX} (${problems.length} problem(s)), so none of it is read: ${shown}${problems.length > 10 ? '; …' : ''}`);
  }
  return { index, indexSha256: sha256(raw), evidence, bundles };
}

/** A file name from an archive entry's name: one segment, no dots in front, only safe characters. */
function fileName(entry: string, taken: Set<string>): string {
  const segments = entry.split(/[\\/]+/).filter((s) => s !== '' && s !== '.' && s !== '..');
  let base = segments.join('__').replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[.]+/, '');
  if (base.length > 120) base = base.slice(-120);
  if (base === '') base = 'entry.json';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${n}-${base}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function downloadOrgEvidence(client: OrgClient, opts: OrgEvidenceOptions): Promise<OrgEvidenceResult> {
  const dir = opts.snapshotDir;
  const now = opts.now ?? (() => new Date());
  const reserve = opts.reserve ?? 100;
  const maxArchiveBytes = opts.maxArchiveBytes ?? 64 * 1024 * 1024;
  await mkdir(dir, { recursive: true });
  const previous = await readSnapshotIndex(dir);
  if (previous && (previous.organisation.toLowerCase() !== opts.org.toLowerCase() || previous.artifact_name !== opts.artifactName)) {
    throw new SnapshotError(`${oneLine(dir)} holds a snapshot of ${oneLine(previous.organisation)} (artifact ${oneLine(previous.artifact_name)}), not of ${oneLine(opts.org)} (artifact ${oneLine(opts.artifactName)}): use another folder`);
  }
  const index: SnapshotIndex = previous ?? { format: SNAPSHOT_FORMAT, organisation: opts.org, artifact_name: opts.artifactName, api_url: opts.apiUrl ?? null, updated_at: now().toISOString(), artifacts: [] };
  const held = new Set(index.artifacts.map((a) => `${a.repository.toLowerCase()}#${a.id}`));
  const gh = new GitHubArtifacts(client, await ConditionalCache.open(join(dir, 'etags.json')));

  const result: OrgEvidenceResult = {
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
    index,
  };
  const inPeriod = (a: ArtifactRef) => {
    const at = Date.parse(a.created_at);
    return (opts.since === undefined || at >= opts.since) && (opts.until === undefined || at <= opts.until + DAY);
  };
  const lowBudget = () => {
    const { remaining, resetAt } = gh.budget;
    if (remaining === null || remaining > reserve) return false;
    result.stoppedForBudget ??= `stopped with ${remaining} requests left in the rate limit (the reserve is ${reserve}); it resets at ${resetAt?.toISOString() ?? 'an unknown time'}: run again with the same --snapshot to continue`;
    return true;
  };

  const store = async (a: ArtifactRef, zip: Buffer): Promise<void> => {
    const entries = readZip(zip);
    const [owner, repo] = a.repository.split('/') as [string, string];
    const rel = (kind: string, name: string) => `${kind}/${owner}/${repo}/${a.id}/${name}`;
    const record: SnapshotArtifact = {
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
      skipped: [],
    };
    const taken = new Set<string>();
    for (const e of entries) {
      const lower = e.name.toLowerCase();
      const kind = lower.endsWith('.sigstore.json') ? 'bundles' : lower.endsWith('.json') ? SNAPSHOT_EVIDENCE : null;
      if (kind === null) {
        record.skipped.push(oneLine(e.name).slice(0, 200));
        continue;
      }
      const path = rel(kind, fileName(e.name, taken));
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), e.data, { mode: 0o600 });
      (kind === 'bundles' ? record.bundles : record.evidence).push(path);
      record.sha256[path] = sha256(e.data);
    }
    result.files += record.evidence.length;
    index.artifacts.push(record);
    held.add(`${a.repository.toLowerCase()}#${a.id}`);
  };

  const one = async (r: RepositoryRef): Promise<void> => {
    const full = `${r.owner}/${r.name}`;
    let list: ArtifactRef[];
    try {
      list = await gh.artifacts(r, opts.artifactName);
    } catch (err) {
      result.problems.push(err instanceof ArtifactDownloadError ? err.message : `${full}: ${oneLine((err as Error).message)}`);
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
      for (let r = queue.shift(); r !== undefined; r = queue.shift()) {
        if (lowBudget()) return;
        await one(r);
      }
    });
    await Promise.all(workers);
  } finally {
    // What was downloaded is kept even when the run stops on an error: the next run continues from it.
    index.artifacts.sort((a, b) => (a.repository === b.repository ? a.id - b.id : a.repository < b.repository ? -1 : 1));
    index.updated_at = now().toISOString();
    await writeFile(join(dir, SNAPSHOT_INDEX), `${JSON.stringify(index, null, 2)}\n`, { mode: 0o600 });
    await gh.saveCache();
    result.requests = gh.requests;
    result.notModified = gh.notModified;
  }
  return result;
}
