// Downloads the evidence artifacts of a period across an organisation's repositories into a snapshot
// folder that the metrics re-read offline (artifacts expire; the snapshot does not). The folder keeps
// evidence/<owner>/<repo>/<artifact id>/<file>.json, the Sigstore bundles under bundles/ (not evidence),
// snapshot.json (what was downloaded from where, with digests) and etags.json (conditional requests).
// Downloading again into the same folder fetches only artifacts it does not hold yet; a run stopped by
// the rate-limit reserve keeps what it got and continues there next time.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
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
  digest: string | null;
  workflow_run_id: number | null;
  /** Paths relative to the snapshot folder. */
  evidence: string[];
  bundles: string[];
  /** Entries that are neither evidence nor a bundle (kept out of the snapshot). */
  skipped: string[];
}

export interface SnapshotIndex {
  format: typeof SNAPSHOT_FORMAT;
  organisation: string;
  artifact_name: string;
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
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SnapshotError(`${oneLine(join(dir, SNAPSHOT_INDEX))} is not JSON`);
  }
  if (!isObj(parsed) || own(parsed, 'format') !== SNAPSHOT_FORMAT || !Array.isArray(own(parsed, 'artifacts'))) {
    throw new SnapshotError(`${oneLine(join(dir, SNAPSHOT_INDEX))} is not an ${SNAPSHOT_FORMAT} index`);
  }
  return parsed as unknown as SnapshotIndex;
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
  const index: SnapshotIndex = previous ?? { format: SNAPSHOT_FORMAT, organisation: opts.org, artifact_name: opts.artifactName, updated_at: now().toISOString(), artifacts: [] };
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
    const record: SnapshotArtifact = { repository: a.repository, id: a.id, name: a.name, created_at: a.created_at, digest: a.digest, workflow_run_id: a.workflow_run_id, evidence: [], bundles: [], skipped: [] };
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
