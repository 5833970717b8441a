// `agent-guard evidence download --org NAME --snapshot DIR`: the evidence artifacts of a period across an
// organisation's repositories, into a snapshot folder the metrics read offline. GITHUB_TOKEN (or GH_TOKEN)
// with actions: read; GITHUB_API_URL for GHES. Prints the number of API requests. Exit 0 when everything
// in the period was read, 1 when a repository or artifact could not be (or the rate-limit reserve stopped it).

import { parseArgs } from 'node:util';
import { apiBaseUrl, createGitHubClient, GitHubClientError } from '../adapters/github-client.js';
import { OrgCoverageError } from '../adapters/github-org.js';
import { downloadOrgEvidence, SnapshotError, type OrgEvidenceResult } from '../app/org-evidence.js';
import { DEFAULT_EVIDENCE_ARTIFACT_NAME } from '../actions/constants.js';
import { oneLine } from '../core/text.js';
import { EXIT } from './exit-codes.js';
import { UsageError, type CliIO } from './io.js';
import { EVIDENCE_USAGE } from './usage.js';

const ORG_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/** A day (YYYY-MM-DD: its start for --since, its end for --until) or a full ISO 8601 time, as epoch ms. */
export function parseDay(flag: string, value: string | undefined, end: boolean): number | undefined {
  if (value === undefined) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(day ? `${value}T00:00:00Z` : value);
  if (!Number.isFinite(ms) || (!day && !/^\d{4}-\d{2}-\d{2}T/.test(value))) throw new UsageError(`${flag} must be a date (YYYY-MM-DD) or an ISO 8601 time, not ${JSON.stringify(oneLine(value))}`);
  return day && end ? ms + 86_400_000 - 1 : ms;
}

export interface OrgEvidenceArgs {
  org: string;
  snapshot: string;
  artifactName: string;
  since?: number;
  until?: number;
  reserve?: number;
}

/** The options `evidence download` and `metrics --org` share, checked. */
export function orgEvidenceArgs(values: { org?: string; snapshot?: string; 'artifact-name'?: string; since?: string; until?: string; reserve?: string }, cwd: string, usage: string): OrgEvidenceArgs {
  const org = values.org ?? '';
  if (!ORG_NAME.test(org)) throw new UsageError(`--org must be an organisation login, not ${JSON.stringify(oneLine(org))}\nusage: ${usage}`);
  const snapshot = values.snapshot ?? '';
  if (snapshot === '') throw new UsageError(`--snapshot DIR is required: the folder the evidence is downloaded to (and re-read from)\nusage: ${usage}`);
  const artifactName = values['artifact-name'] ?? DEFAULT_EVIDENCE_ARTIFACT_NAME;
  if (artifactName.trim() === '' || /[\u0000-\u001f"<>|*?\\/:]/.test(artifactName)) throw new UsageError(`--artifact-name must be an artifact name, not ${JSON.stringify(oneLine(artifactName))}`);
  const since = parseDay('--since', values.since, false);
  const until = parseDay('--until', values.until, true);
  if (since !== undefined && until !== undefined && since > until) throw new UsageError('--since is after --until');
  let reserve: number | undefined;
  if (values.reserve !== undefined) {
    if (!/^\d{1,5}$/.test(values.reserve)) throw new UsageError(`--reserve must be a number of requests, not ${JSON.stringify(oneLine(values.reserve))}`);
    reserve = Number(values.reserve);
  }
  return {
    org,
    snapshot: snapshot.startsWith('/') ? snapshot : `${cwd}/${snapshot}`,
    artifactName,
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
    ...(reserve !== undefined ? { reserve } : {}),
  };
}

export const ORG_EVIDENCE_OPTIONS = {
  org: { type: 'string' },
  snapshot: { type: 'string' },
  'artifact-name': { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  reserve: { type: 'string' },
} as const;

/** Downloads into the snapshot; null (after printing why) when the run could not start or stopped on an error. */
export async function downloadForCli(args: OrgEvidenceArgs, io: CliIO, command: string): Promise<OrgEvidenceResult | null> {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || '';
  if (!token) throw new UsageError(`GITHUB_TOKEN (or GH_TOKEN) is not set: ${command} downloads the artifacts through the API`);
  try {
    const client = createGitHubClient({ token, env: io.env, log: { debug: () => undefined, warn: (m) => io.err(`warning: ${oneLine(m)}`) } });
    return await downloadOrgEvidence(client, {
      org: args.org,
      artifactName: args.artifactName,
      snapshotDir: args.snapshot,
      apiUrl: apiBaseUrl(io.env),
      ...(args.since !== undefined ? { since: args.since } : {}),
      ...(args.until !== undefined ? { until: args.until } : {}),
      ...(args.reserve !== undefined ? { reserve: args.reserve } : {}),
    });
  } catch (err) {
    if (err instanceof SnapshotError || err instanceof OrgCoverageError || err instanceof GitHubClientError || (err instanceof Error && err.name === 'ArtifactDownloadError')) {
      io.err(`agent-guard ${command}: ${oneLine(err.message)}`);
      return null;
    }
    throw err;
  }
}

export function renderDownloadText(r: OrgEvidenceResult): string {
  const lines = [
    `evidence of ${oneLine(r.index.organisation)} (artifact ${oneLine(r.index.artifact_name)}) in ${oneLine(r.snapshotDir)}: ${r.repositories} repositories read, ${r.inPeriod} artifact(s) in the period: ${r.downloaded} downloaded (${r.files} evidence file(s)), ${r.reused} already in the snapshot, ${r.expired.length} expired before download`,
    `API requests: ${r.requests} (${r.notModified} answered 304 from the snapshot's ETags)`,
  ];
  if (r.stoppedForBudget) lines.push(`incomplete: ${r.stoppedForBudget}`);
  for (const e of r.expired) lines.push(`expired: artifact ${e.id} of ${oneLine(e.repository)} (created ${e.created_at}): not in the metrics`);
  for (const p of r.problems) lines.push(`problem: ${oneLine(p)}`);
  return lines.join('\n');
}

/** The result without the index (which is in the snapshot folder). */
export function downloadJson(r: OrgEvidenceResult): Record<string, unknown> {
  const { index, ...rest } = r;
  return { organisation: index.organisation, artifact_name: index.artifact_name, snapshot_artifacts: index.artifacts.length, ...rest };
}

export async function runEvidence(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'download') throw new UsageError(`unknown subcommand ${JSON.stringify(oneLine(sub ?? ''))}\nusage: ${EVIDENCE_USAGE}`);
  const { values } = parseArgs({ args: rest, options: { ...ORG_EVIDENCE_OPTIONS, format: { type: 'string', default: 'text' } }, strict: true, allowPositionals: false });
  if (!['text', 'json'].includes(values.format)) throw new UsageError(`--format must be text or json, not ${JSON.stringify(oneLine(values.format))}`);
  const args = orgEvidenceArgs(values, io.cwd, EVIDENCE_USAGE);
  const result = await downloadForCli(args, io, 'evidence download');
  if (!result) return EXIT.DENY;
  io.out(values.format === 'json' ? JSON.stringify(downloadJson(result), null, 2) : renderDownloadText(result));
  return result.problems.length === 0 && result.stoppedForBudget === null ? EXIT.OK : EXIT.DENY;
}
