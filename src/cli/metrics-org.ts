// `agent-guard metrics --org NAME --snapshot DIR`: the six metrics over an organisation's evidence.
// Without --offline it first downloads the period's evidence artifacts into the snapshot folder (as
// `evidence download` does, and needs its token); with --offline it sends no request and re-reads the
// folder. Either way the metrics come from the snapshot as its snapshot.json lists it, every file checked
// against its recorded digest: a snapshot that does not match is refused whole (exit 1, no report).

import { addEvidence, type EvidenceRead } from '../adapters/evidence-files.js';
import { readSnapshot, SnapshotError, type OrgEvidenceResult } from '../app/org-evidence.js';
import { computeMetrics, type Period, type Rollback } from '../core/metrics/compute.js';
import { renderMetricsHtml, renderMetricsMarkdown, renderMetricsText, type MetricsReport, type SnapshotSource } from '../core/report/metrics.js';
import { oneLine } from '../core/text.js';
import { downloadForCli, orgEvidenceArgs, type OrgEvidenceArgs } from './evidence.js';
import { EXIT } from './exit-codes.js';
import { UsageError, type CliIO } from './io.js';
import { METRICS_USAGE } from './usage.js';

export interface MetricsOrgValues {
  org?: string;
  snapshot?: string;
  'artifact-name'?: string;
  since?: string;
  until?: string;
  reserve?: string;
  offline?: boolean;
}

export async function runMetricsOrg(values: MetricsOrgValues, format: 'text' | 'json' | 'markdown' | 'html', io: CliIO): Promise<number> {
  const args: OrgEvidenceArgs = orgEvidenceArgs(values, io.cwd, METRICS_USAGE);
  const offline = values.offline === true;
  if (offline && values.reserve !== undefined) throw new UsageError('--reserve limits the download: it has no meaning with --offline');
  let download: OrgEvidenceResult | null = null;
  if (!offline) {
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || '';
    // No silent fallback to the snapshot: a report that looks current but is not would mislead.
    if (!token) throw new UsageError(`GITHUB_TOKEN (or GH_TOKEN) is not set: metrics --org downloads the period's artifacts through the API first; give --offline to re-read the snapshot in ${oneLine(args.snapshot)} without the network`);
    download = await downloadForCli(args, io, 'metrics --org');
    if (!download) return EXIT.DENY;
  }

  let snapshot;
  try {
    snapshot = await readSnapshot(args.snapshot, { org: args.org, artifactName: args.artifactName });
  } catch (err) {
    if (!(err instanceof SnapshotError)) throw err;
    io.err(`agent-guard metrics --org: ${oneLine(err.message)}`);
    return EXIT.DENY;
  }
  const read: EvidenceRead = { docs: [], invalid: [], skipped: {} };
  for (const f of snapshot.evidence) addEvidence(read, f.file, f.bytes);

  const period: Period = {};
  if (args.since !== undefined) period.since = args.since;
  if (args.until !== undefined) period.until = args.until;
  const source: SnapshotSource = {
    organisation: snapshot.index.organisation,
    artifact_name: snapshot.index.artifact_name,
    snapshot: args.snapshot,
    index_sha256: snapshot.indexSha256,
    updated_at: snapshot.index.updated_at,
    artifacts: snapshot.index.artifacts.length,
    evidence_files: snapshot.evidence.length,
    bundles: snapshot.bundles,
    download: download && {
      requests: download.requests,
      not_modified: download.notModified,
      repositories: download.repositories,
      in_period: download.inPeriod,
      downloaded: download.downloaded,
      reused: download.reused,
      expired: download.expired.length,
      problems: download.problems,
      stopped_for_budget: download.stoppedForBudget,
    },
  };
  // Rollback readiness needs a clone per repository; across an organisation it is not measured.
  const rollback: Rollback = { measured: false, reason: `not measured across an organisation: it reverts each change in a clone of its repository (agent-guard metrics ${oneLine(args.snapshot)}/evidence/OWNER/REPO --repo CLONE)` };
  const report: MetricsReport = { ...computeMetrics(read.docs, read.invalid, period, rollback), skipped: read.skipped, source };
  if (format === 'json') io.out(JSON.stringify(report, null, 2));
  else if (format === 'markdown') io.out(renderMetricsMarkdown(report));
  else if (format === 'html') io.out(renderMetricsHtml(report));
  else io.out(renderMetricsText(report));
  for (const i of read.invalid) io.err(`agent-guard metrics: invalid evidence ${oneLine(i.file)}: ${oneLine(i.problems.join('; '))}`);
  if (download && (download.problems.length || download.stoppedForBudget !== null)) return EXIT.DENY;
  return read.invalid.length ? EXIT.INVALID : EXIT.OK;
}
