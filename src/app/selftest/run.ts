// `agent-guard selftest`: the built-in scenario pack (and the user's own scenario files) run against
// the user's policy and manifest, each class through the pipeline that decides it in production.
// Configuration problems (an invalid policy, manifest or scenario file, a manifest the policy refuses)
// throw ConfigError; everything else ends in the report.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadManifest, loadPolicy } from '../../adapters/config.js';
import { readBoundedFile } from '../../adapters/files.js';
import { ConfigError } from '../config.js';
import { BUILTIN_PACK } from '../../core/selftest/pack.js';
import { buildReport, type ScenarioOutcome, type SelftestReport } from '../../core/selftest/report.js';
import { parseScenarioFile, SCENARIO_CLASSES, type Scenario, type ScenarioClass } from '../../core/selftest/scenario.js';
import { loadDocument, MAX_DOCUMENT_BYTES } from '../../core/yaml.js';
import type { Problem } from '../../core/types.js';
import { runApprovalScenarios } from './approval.js';
import { runChangeScenarios } from './change.js';
import { runCommandScenarios, runLogScenarios, type GuardEntries } from './commands.js';
import { taskSetting, type SelftestContext } from './context.js';

export interface SelftestOptions {
  /** Absolute path of the policy file. */
  policyFile: string;
  /** Absolute path of the task manifest, or null (then no capability is granted). */
  manifestFile: string | null;
  /** Directories of further scenario files (`*.yml`, `*.yaml`). */
  scenarioDirs: readonly string[];
  /** Leave out the built-in pack (to run only one's own scenarios). */
  builtin?: boolean;
  /** Run only these classes (default: all). */
  classes?: readonly ScenarioClass[];
  entries: GuardEntries;
  now?: Date;
}

export async function loadScenarios(dirs: readonly string[], builtin = true): Promise<Scenario[]> {
  const sources: { file: string; text: string | Buffer }[] = builtin ? [...BUILTIN_PACK] : [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
    } catch (err) {
      throw new ConfigError([{ code: 'file_read', message: `the scenario directory cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`, location: { file: dir } }]);
    }
    for (const n of names) sources.push({ file: join(dir, n), text: await readBoundedFile(join(dir, n), MAX_DOCUMENT_BYTES) });
  }
  const problems: Problem[] = [];
  const scenarios: Scenario[] = [];
  const seen = new Map<string, string>();
  for (const { file, text } of sources) {
    const doc = loadDocument(text, file);
    if (!doc.ok) {
      problems.push(...doc.problems);
      continue;
    }
    const parsed = parseScenarioFile(doc.doc.value, file);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((p) => ({ ...p, location: doc.doc.locate(p.pointer ?? '') })));
      continue;
    }
    for (const s of parsed.scenarios) {
      const other = seen.get(s.id);
      if (other !== undefined) problems.push({ code: 'selftest_scenario_duplicate', message: `scenario ${s.id} is also defined in ${other}`, location: { file } });
      seen.set(s.id, file);
      scenarios.push(s);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return scenarios;
}

export async function runSelftest(opts: SelftestOptions): Promise<SelftestReport> {
  const now = opts.now ?? new Date();
  const policyBytes = await readBoundedFile(opts.policyFile, MAX_DOCUMENT_BYTES);
  const policy = loadPolicy(policyBytes, opts.policyFile);
  if (!policy.ok) throw new ConfigError(policy.problems);
  let manifest = null;
  if (opts.manifestFile !== null) {
    const m = loadManifest(await readBoundedFile(opts.manifestFile, MAX_DOCUMENT_BYTES), opts.manifestFile);
    if (!m.ok) throw new ConfigError(m.problems);
    manifest = m.loaded;
  }
  const setting = taskSetting(policy.loaded.value, manifest?.value ?? null, now);
  if (!setting.ok) throw new ConfigError(setting.problems.map((p) => ({ ...p, location: manifest?.doc.locate(p.pointer ?? '') ?? { file: opts.manifestFile ?? '' } })));
  const scenarios = (await loadScenarios(opts.scenarioDirs, opts.builtin ?? true)).filter((s) => !opts.classes || opts.classes.includes(s.class));
  const ctx: SelftestContext = {
    policy: policy.loaded.value,
    policyFile: opts.policyFile,
    policyBytes,
    policySha256: policy.loaded.sha256,
    manifest: manifest?.value ?? null,
    manifestFile: opts.manifestFile,
    manifestSha256: manifest?.sha256 ?? null,
    now,
    ...setting.value,
  };
  const of = <K extends Scenario['kind']>(kind: K) => scenarios.filter((s): s is Extract<Scenario, { kind: K }> => s.kind === kind);
  const results: ScenarioOutcome[] = [
    ...(await runChangeScenarios(ctx, of('change'))),
    ...(await runApprovalScenarios(ctx, of('approval'))),
    ...(await runCommandScenarios(opts.entries, ctx, of('command'))),
    ...(await runLogScenarios(opts.entries, ctx, of('log'))),
  ];
  // The report lists scenarios by class, then in pack order, whatever order the runners took them in.
  const order = new Map(scenarios.map((s, i) => [s.id, SCENARIO_CLASSES.indexOf(s.class) * 100_000 + i]));
  results.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return buildReport(
    { source: opts.policyFile, sha256: policy.loaded.sha256 },
    manifest && opts.manifestFile ? { source: opts.manifestFile, sha256: manifest.sha256 } : null,
    results,
  );
}
