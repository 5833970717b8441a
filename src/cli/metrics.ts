// `agent-guard metrics PATH...`: the six program metrics over evidence files, folders and downloaded
// artifacts, per repository and overall, for a period. Invalid files are named with why and make the
// exit code 3 (the report still prints, without them); rollback readiness is measured only with --repo.
// `metrics --org NAME --snapshot DIR` is the organisation's view (metrics-org.ts).

import { parseArgs } from 'node:util';
import { readEvidence } from '../adapters/evidence-files.js';
import { GitError } from '../adapters/git/process.js';
import { measureRollback } from '../adapters/rollback.js';
import { computeMetrics, rollbackCandidates, ROLLBACK_NOT_MEASURED, type Period, type Rollback } from '../core/metrics/compute.js';
import { renderMetricsHtml, renderMetricsMarkdown, renderMetricsText } from '../core/report/metrics.js';
import { oneLine } from '../core/text.js';
import { EXIT } from './exit-codes.js';
import { runMetricsOrg } from './metrics-org.js';
import { UsageError, type CliIO } from './io.js';
import { METRICS_USAGE } from './usage.js';

/** A date (midnight UTC, or the end of that day for --until) or a full ISO time. */
function parseTime(flag: string, value: string | undefined, endOfDay: boolean): number | undefined {
  if (value === undefined) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(day ? `${value}T00:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || !Number.isFinite(ms)) throw new UsageError(`${flag} must be a date (YYYY-MM-DD) or an ISO time, not ${JSON.stringify(value)}`);
  return day && endOfDay ? ms + 86_400_000 - 1 : ms;
}

export async function runMetrics(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      since: { type: 'string' },
      until: { type: 'string' },
      repo: { type: 'string' },
      'default-branch': { type: 'string' },
      format: { type: 'string', default: 'text' },
      org: { type: 'string' },
      snapshot: { type: 'string' },
      'artifact-name': { type: 'string' },
      reserve: { type: 'string' },
      offline: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: true,
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'markdown' && format !== 'html') throw new UsageError(`--format must be text, json, markdown or html, not ${JSON.stringify(format)}`);
  if (values.org !== undefined || values.snapshot !== undefined) {
    if (positionals.length) throw new UsageError(`--org reads the organisation's snapshot, not evidence paths (${JSON.stringify(oneLine(positionals[0]!))}): give one or the other\nusage: ${METRICS_USAGE}`);
    if (values.repo !== undefined || values['default-branch'] !== undefined) throw new UsageError('--repo measures rollback readiness in one clone: it has no meaning with --org (run metrics SNAPSHOT/evidence/OWNER/REPO --repo CLONE)');
    return runMetricsOrg(values, format, io);
  }
  for (const flag of ['artifact-name', 'reserve', 'offline'] as const) if (values[flag] !== undefined) throw new UsageError(`--${flag} needs --org NAME --snapshot DIR`);
  if (positionals.length === 0) throw new UsageError(`give at least one evidence file, folder or artifact zip\nusage: ${METRICS_USAGE}`);
  if (values['default-branch'] !== undefined && values.repo === undefined) throw new UsageError('--default-branch needs --repo');
  const period: Period = {};
  const since = parseTime('--since', values.since, false);
  const until = parseTime('--until', values.until, true);
  if (since !== undefined) period.since = since;
  if (until !== undefined) period.until = until;
  if (since !== undefined && until !== undefined && since > until) throw new UsageError('--since is after --until');
  const abs = (p: string) => (p.startsWith('/') ? p : `${io.cwd}/${p}`);

  const read = readEvidence(positionals.map(abs));
  let rollback: Rollback = { measured: false, reason: ROLLBACK_NOT_MEASURED };
  if (values.repo !== undefined) {
    try {
      rollback = await measureRollback(abs(values.repo), rollbackCandidates(read.docs, period), values['default-branch'] !== undefined ? { defaultBranch: values['default-branch'] } : {});
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
      io.err(`agent-guard metrics: rollback readiness: ${err.message}${err.hint ? `. Fix: ${err.hint}` : ''}`);
      return EXIT.INVALID;
    }
  }
  const result = { ...computeMetrics(read.docs, read.invalid, period, rollback), skipped: read.skipped };
  if (format === 'json') io.out(JSON.stringify(result, null, 2));
  else if (format === 'markdown') io.out(renderMetricsMarkdown(result));
  else if (format === 'html') io.out(renderMetricsHtml(result));
  else io.out(renderMetricsText(result));
  for (const i of read.invalid) io.err(`agent-guard metrics: invalid evidence ${oneLine(i.file)}: ${oneLine(i.problems.join('; '))}`);
  return read.invalid.length ? EXIT.INVALID : EXIT.OK;
}
