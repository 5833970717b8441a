// Benchmark of `agent-guard metrics` over many evidence files [issue target: 10,000 files < 2 s].
// Writes --files synthetic evidence documents (scripts/synthetic-evidence.mjs), refuses to run unless
// every one matches schemas/evidence.schema.json (checked with the validator the command uses), then
// times --runs runs of each:
//   in process  runMetrics from the current sources (bundled here): the command's own work
//   process     the CLI bundled from the current sources, `node cli.js metrics DIR --format json` as a
//               user runs it: node start-up, module loading, reading, computing and printing
// and prints wall and CPU medians (and minimums). Not a test: figures for docs/performance.md and the
// issue note. The files are read from the OS page cache after the first run; the first in-process run
// is printed apart (cold) too.
//   node scripts/bench-metrics.mjs [--files 10000] [--runs 5] [--format text|json]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticEvidence } from './synthetic-evidence.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { files: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' }, format: { type: 'string', default: 'text' } } });
const FILES = Number(values.files);
const RUNS = Number(values.runs);
if (!Number.isSafeInteger(FILES) || FILES < 1 || !Number.isSafeInteger(RUNS) || RUNS < 1) throw new Error('--files and --runs must be positive whole numbers');
const TARGET_MS = 2000;
const tmp = mkdtempSync(join(tmpdir(), 'agent-guard-bench-metrics-'));

try {
  // The command and the validator from the current sources, in one bundle; and the CLI as shipped.
  const entry = join(tmp, 'entry.ts');
  writeFileSync(entry, `export { runMetrics } from '${root}/src/cli/metrics.ts';\nexport { evidenceProblems } from '${root}/src/core/evidence-validate.ts';\n`);
  const banner = { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" };
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: join(tmp, 'lib.mjs'), logLevel: 'warning', banner });
  const lib = await import(pathToFileURL(join(tmp, 'lib.mjs')).href);
  const { bundle } = await import(pathToFileURL(join(root, 'scripts/build.mjs')).href);
  await bundle(join(tmp, 'dist'));

  const dir = join(tmp, 'evidence');
  mkdirSync(dir);
  const invalid = [];
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    const doc = syntheticEvidence(i);
    const problems = lib.evidenceProblems(doc);
    if (problems.length) invalid.push(`#${i} (${doc.action}): ${problems.join('; ')}`);
    const text = JSON.stringify(doc, null, 2) + '\n';
    bytes += Buffer.byteLength(text);
    // A folder per repository, as `evidence download` lays a snapshot out.
    const sub = join(dir, String(doc.job.repository).replace('/', '_'));
    if (i < 7) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${doc.action}-${i}.json`), text);
  }
  if (invalid.length) throw new Error(`${invalid.length} synthetic document(s) do not match schemas/evidence.schema.json; not timing invalid evidence:\n${invalid.slice(0, 5).join('\n')}`);

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const stats = (xs) => ({ median: Math.round(median(xs)), min: Math.round(Math.min(...xs)), runs: xs.map(Math.round) });

  // In process.
  const wall = [];
  const cpu = [];
  let last;
  for (let r = 0; r < RUNS + 1; r++) {
    const out = [];
    const err = [];
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const code = await lib.runMetrics([dir, '--format', 'json'], { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, cwd: root });
    const w = performance.now() - w0;
    const c = process.cpuUsage(c0);
    if (code !== 0) throw new Error(`metrics exited ${code}: ${err.slice(0, 3).join('\n')}`);
    last = JSON.parse(out.join('\n'));
    wall.push(w);
    cpu.push((c.user + c.system) / 1000);
  }
  const cold = { wall_ms: Math.round(wall.shift()), cpu_ms: Math.round(cpu.shift()) };

  // As a process: CPU from the child itself (process.cpuUsage at exit, written to a file).
  const probe = join(tmp, 'cpu-probe.mjs');
  const cpuFile = join(tmp, 'cpu.json');
  writeFileSync(probe, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const c = process.cpuUsage(); writeFileSync(${JSON.stringify(cpuFile)}, JSON.stringify((c.user + c.system) / 1000)); });\n`);
  const pWall = [];
  const pCpu = [];
  for (let r = 0; r < RUNS; r++) {
    const w0 = performance.now();
    const p = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, join(tmp, 'dist', 'cli.js'), 'metrics', dir, '--format', 'json'], { maxBuffer: 1 << 28, encoding: 'utf8' });
    pWall.push(performance.now() - w0);
    if (p.status !== 0) throw new Error(`the CLI exited ${p.status}: ${p.stderr.slice(0, 500)}`);
    if (JSON.parse(p.stdout).overall.runs !== FILES) throw new Error('the CLI counted another number of runs');
    pCpu.push(Number(readFileSync(cpuFile, 'utf8')));
  }

  const result = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? null, loadavg: loadavg().map((l) => Number(l.toFixed(2))), node: process.version },
    files: FILES,
    bytes,
    schema_valid: FILES - invalid.length,
    counted: { runs: last.overall.runs, invalid: last.invalid.length, repositories: last.repositories.length, by_action: last.overall.by_action },
    in_process: { cold, wall_ms: stats(wall), cpu_ms: stats(cpu) },
    process: { wall_ms: stats(pWall), cpu_ms: stats(pCpu) },
    target: { files: 10_000, wall_ms: TARGET_MS },
  };
  result.meets_target = FILES >= 10_000 ? result.process.wall_ms.median < TARGET_MS : null;
  if (values.format === 'json') console.log(JSON.stringify(result, null, 2));
  else {
    const m = result.machine;
    console.log(`machine: ${m.cpus} cpus (${m.model}), load ${m.loadavg.join(' ')}, node ${m.node}`);
    console.log(`evidence: ${FILES} files (${(bytes / 1e6).toFixed(1)} MB), all schema-valid; counted ${last.overall.runs} runs in ${last.repositories.length} repositories: ${Object.entries(last.overall.by_action).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const line = (name, r) => `${name}: wall median ${r.wall_ms.median} ms (min ${r.wall_ms.min}), CPU median ${r.cpu_ms.median} ms (min ${r.cpu_ms.min}) over ${RUNS} runs`;
    console.log(`${line('metrics in process', result.in_process)}; first run ${cold.wall_ms} ms wall, ${cold.cpu_ms} ms CPU`);
    console.log(line('metrics as a process (node cli.js metrics DIR --format json)', result.process));
    console.log(`target: 10,000 files < ${TARGET_MS} ms: ${result.meets_target === null ? `not judged (${FILES} files)` : result.meets_target ? `met (process wall median ${result.process.wall_ms.median} ms)` : `NOT met (process wall median ${result.process.wall_ms.median} ms)`}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
