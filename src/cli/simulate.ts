// `agent-guard simulate`: replays history through an old and a new policy and reports what the new one
// changes. A git range gets the full review `check` gives each commit; a JSON-lines history of
// changed paths gets the path rules only (and the report says so). Each policy is compiled once.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { loadPolicy } from '../adapters/config.js';
import { contentFindings, MAX_REVIEW_BYTES } from '../adapters/content-review.js';
import { FileReadError, readBoundedFile } from '../adapters/files.js';
import { BlobBatch, rangeCommits, replayCommits } from '../adapters/git-range-replay.js';
import { compileGuarded, ConfigError, describeSource, loadManifestFor, loadPolicyFor, parseSource, type DocumentSource } from '../app/config.js';
import { linkTargetKinds } from '../app/review-change.js';
import type { ManifestInput, PolicyInput } from '../core/evaluate.js';
import { sha256 } from '../core/digest.js';
import { BASELINE_POLICY } from '../core/policy.js';
import { DEFAULT_POLICY_PATH } from '../core/protected.js';
import { gitActor } from '../core/simulate/actors.js';
import { PathReplayer } from '../core/simulate/paths-replay.js';
import { parseHistoryLine, type ReplayChange } from '../core/simulate/history.js';
import { evaluateReplayed, SimulationTally, type SimulationResult } from '../core/simulate/replay.js';
import { renderSimulationMarkdown, renderSimulationText } from '../core/simulate/render.js';
import { renderSimulationHtml } from '../core/report/simulate.js';
import type { ContentFinding } from '../core/types.js';
import type { ChangeSet } from '../adapters/git/change-set.js';
import { isDependencyFile } from '../core/dependency-review.js';
import { isWorkflowFile } from '../core/workflow-review.js';
import { MAX_DOCUMENT_BYTES } from '../core/yaml.js';
import { EXIT } from './exit-codes.js';
import { reportInvalidInput } from './invalid-input.js';
import { UsageError, type CliIO } from './io.js';
import { SIMULATE_USAGE } from './usage.js';

/** A history file larger than this (compressed) is refused; it is read whole. */
const MAX_HISTORY_BYTES = 512 * 1024 * 1024;
const MAX_HISTORY_TEXT = 2 * 1024 * 1024 * 1024 - 1;
export const PATHS_ONLY_NOTE =
  'paths only: the history has no modes, blobs or contents, so kind rules (symlinks, executables, binaries, LFS) and content rules (workflows, dependencies) did not run';

export async function runSimulate(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      policy: { type: 'string' },
      against: { type: 'string' },
      manifest: { type: 'string' },
      range: { type: 'string' },
      repo: { type: 'string' },
      history: { type: 'string' },
      format: { type: 'string', default: 'text' },
    },
    strict: true,
    allowPositionals: false,
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'markdown' && format !== 'html') throw new UsageError(`--format must be text, json, markdown or html, not ${JSON.stringify(format)}`);
  if (values.policy === undefined) throw new UsageError(`--policy is required\nusage: ${SIMULATE_USAGE}`);
  if ((values.range === undefined) === (values.history === undefined)) throw new UsageError(`give exactly one of --range A..B and --history FILE\nusage: ${SIMULATE_USAGE}`);
  const repo = values.repo === undefined ? (values.range !== undefined ? io.cwd : null) : values.repo.startsWith('/') ? values.repo : `${io.cwd}/${values.repo}`;

  const clock = startClock();
  try {
    const result =
      values.range !== undefined
        ? await simulateRange(repo!, values.range, { policy: values.policy, against: values.against, manifest: values.manifest }, io.cwd, clock)
        : await simulateHistory(values.history!, repo, { policy: values.policy, against: values.against, manifest: values.manifest }, io.cwd, clock);
    if (format === 'json') io.out(JSON.stringify(result, null, 2));
    else if (format === 'markdown') io.out(renderSimulationMarkdown(result));
    else if (format === 'html') io.out(renderSimulationHtml(result));
    else io.out(renderSimulationText(result));
    return EXIT.OK;
  } catch (err) {
    const invalid = await reportInvalidInput(err, 'simulate', io);
    if (invalid !== null) return invalid;
    if (err instanceof HistoryError) {
      io.err(`agent-guard simulate: ${err.message}`);
      return EXIT.INVALID;
    }
    throw err;
  }
}

/** Wall and CPU milliseconds since the call. */
function startClock(): () => SimulationResult['timings'] {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { total_ms: Math.round(performance.now() - wall), cpu_ms: Math.round((used.user + used.system) / 1000) };
  };
}

class HistoryError extends Error {}

interface Sources {
  policy: string;
  against: string | undefined;
  manifest: string | undefined;
}

function manifestPaths(s: DocumentSource | undefined): string[] {
  return s?.kind === 'ref' ? [s.path] : [];
}

async function simulateRange(repo: string, range: string, sources: Sources, cwd: string, clock: () => SimulationResult['timings']): Promise<SimulationResult> {
  const m = /^(.+?)\.\.(.+)$/.exec(range);
  if (!m || m[2]!.startsWith('.')) throw new UsageError(`--range must be A..B (two refs), not ${JSON.stringify(range)}`);
  const { base, commits } = await rangeCommits(repo, m[1]!, m[2]!);
  const manifestSource = sources.manifest !== undefined ? parseSource(sources.manifest, cwd) : undefined;
  const paths = manifestPaths(manifestSource);
  const next = (await loadPolicyFor(repo, base, parseSource(sources.policy, cwd), cwd, paths)).input;
  const old = (await loadPolicyFor(repo, base, sources.against !== undefined ? parseSource(sources.against, cwd) : undefined, cwd, paths)).input;
  const manifest = manifestSource ? await loadManifestFor(repo, manifestSource, cwd) : null;
  const tally = new SimulationTally();
  const agents = [...new Set([...old.compiled.policy.agents, ...next.compiled.policy.agents])];
  const blobs = new BlobBatch(repo, MAX_REVIEW_BYTES);
  await replayCommits(repo, commits, async (commit, changes) => {
    const change: ReplayChange = { id: commit.sha, date: commit.date, actor: gitActor({ ...commit.author, coAuthors: commit.coAuthors }, agents), who: commit.author.name, entries: changes.entries };
    // Findings depend on the policy only through the allowed hosts: computed once when both allow the same.
    const findingsFor = new Map<string, Map<string, ContentFinding[]>>();
    const review = async (policy: PolicyInput) => {
      const hosts = manifest ? manifest.manifest.network.allow : policy.compiled.policy.network.allow;
      const workflowDeny = policy.compiled.policy.workflows?.deny ?? [];
      const workflowAllowedUses = policy.compiled.policy.workflows?.allowedUses;
      const key = JSON.stringify([hosts, workflowDeny, workflowAllowedUses ?? null]);
      let findings = findingsFor.get(key);
      if (findings === undefined) findingsFor.set(key, (findings = await contentFindings(repo, changes, hosts, blobs.read, { workflowDeny, workflowAllowedUses })));
      const headKinds = await linkTargetKinds(repo, changes.head, changes.entries, policy);
      return evaluateReplayed(change, policy, manifest, { findings, headKinds, base: changes.base, mergeBase: changes.mergeBase });
    };
    tally.add(change, await review(old), await review(next));
  }, { onChunk: async (changes) => {
    blobs.clear();
    await blobs.load(changes.flatMap(reviewedBlobs));
  } });
  const notes = ['each commit is reviewed against its first parent (a merge commit as its first-parent diff), with the content rules check runs'];
  if (manifest) notes.push("task checks of the branch and repository are skipped: replayed commits have no task branch, and the manifest's repository is assumed");
  return tally.result({ mode: 'content', source: `git range ${range} of ${repo}`, notes, old, new: next, manifest, timings: clock() });
}

/** The blobs the content review reads for a change set: both sides of workflow and dependency files, and of the files dependency files link to. */
function reviewedBlobs(changes: ChangeSet): string[] {
  const out: string[] = [];
  for (const e of changes.entries) {
    if (e.invalidUtf8) continue;
    // A file a dependency file links to is reviewed as that file too (content-review.ts).
    const reviewed = [e.path, e.previousPath].some((p) => p !== undefined && (isWorkflowFile(p) || isDependencyFile(p))) || (e.linkedFrom ?? []).some(isDependencyFile);
    if (!reviewed) continue;
    if (e.oldKind === 'regular' || e.oldKind === 'executable') out.push(e.oldBlob);
    if (e.newKind === 'regular' || e.newKind === 'executable') out.push(e.newBlob);
  }
  return out;
}

async function simulateHistory(file: string, repo: string | null, sources: Sources, cwd: string, clock: () => SimulationResult['timings']): Promise<SimulationResult> {
  const manifestSource = sources.manifest !== undefined ? parseSource(sources.manifest, cwd) : undefined;
  const paths = manifestPaths(manifestSource);
  const next = await policyWithoutBase(sources.policy, repo, cwd, paths);
  const old = sources.against !== undefined ? await policyWithoutBase(sources.against, repo, cwd, paths) : baselineInput(paths);
  let manifest: ManifestInput | null = null;
  if (manifestSource) {
    if (manifestSource.kind === 'ref' && repo === null) throw new UsageError('a --manifest REF:PATH needs --repo DIR');
    manifest = await loadManifestFor(repo ?? cwd, manifestSource, cwd);
  }
  const text = readHistory(file.startsWith('/') ? file : `${cwd}/${file}`);
  const changes: ReplayChange[] = [];
  let lineNo = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
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
  if (sources.against === undefined) notes.push('old policy: the built-in baseline (a history has no base commit to read a policy from; pass --against)');
  if (manifest) notes.push("task checks of the branch and repository are skipped: replayed commits have no task branch, and the manifest's repository is assumed");
  return tally.result({ mode: 'paths', source: `history ${file}`, notes, old, new: next, manifest, timings: clock() });
}

function readHistory(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new FileReadError(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length > MAX_HISTORY_BYTES) throw new FileReadError(path, `file is ${bytes.length} bytes; the limit is ${MAX_HISTORY_BYTES}`);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_HISTORY_TEXT });
    } catch (err) {
      throw new FileReadError(path, `not a readable gzip file (${(err as Error).message})`);
    }
  }
  return bytes.toString('utf8');
}

/** A policy from a file (or REF:PATH with --repo), compiled as it would be at the default policy path. */
async function policyWithoutBase(arg: string, repo: string | null, cwd: string, paths: string[]): Promise<PolicyInput> {
  const source = parseSource(arg, cwd);
  if (source.kind === 'ref') {
    if (repo === null) throw new UsageError(`${arg}: a REF:PATH policy needs --repo DIR`);
    return (await loadPolicyFor(repo, source.ref, source, cwd, paths)).input;
  }
  const path = source.path.startsWith('/') ? source.path : `${cwd}/${source.path}`;
  const outcome = loadPolicy(await readBoundedFile(path, MAX_DOCUMENT_BYTES), describeSource(source));
  if (!outcome.ok) throw new ConfigError(outcome.problems);
  return { compiled: compileGuarded(outcome.loaded.value, { policyPath: DEFAULT_POLICY_PATH }, paths), source: describeSource(source), sha256: outcome.loaded.sha256 };
}

function baselineInput(paths: string[]): PolicyInput {
  return { compiled: compileGuarded(BASELINE_POLICY, {}, paths), source: 'built-in baseline', sha256: sha256(JSON.stringify(BASELINE_POLICY)) };
}
