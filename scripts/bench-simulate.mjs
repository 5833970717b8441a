// Benchmarks for `agent-guard simulate` and `agent-guard metrics` (issue targets in brackets). Prints
// figures; not a test. Times are wall and CPU milliseconds of the command's own work in process (node
// start-up and module loading excluded), median and minimum of --runs runs.
//   node scripts/bench-simulate.mjs [--runs 3] [--commits 1000] [--evidence 10000] [--history FILE] [--format text|json]
// 1. --history ../shared/data/argocd-changed-paths.jsonl.gz, paths only        [11,223 commits < 1 s]
// 2. --range over a synthetic git history of --commits commits (built here with fast-import: source
//    edits, docs, workflows, package.json and lockfiles, symlinks, merges), full content review
//                                                                              [1,000 commits < 30 s]
// 3. metrics over --evidence evidence files written here                       [10,000 files < 2 s]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
// Schema-valid evidence (the metrics command reports invalid files and exits 3).
import { syntheticEvidence } from './synthetic-evidence.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, commits: { type: 'string', default: '1000' }, evidence: { type: 'string', default: '10000' }, format: { type: 'string', default: 'text' }, history: { type: 'string' } } });
const RUNS = Number(values.runs);
const tmp = mkdtempSync(join(tmpdir(), 'agent-guard-bench-simulate-'));

const entry = join(tmp, 'entry.ts');
writeFileSync(entry, `export { runSimulate } from '${root}/src/cli/simulate.ts';\n${existsSync(join(root, 'src/cli/metrics.ts')) ? `export { runMetrics } from '${root}/src/cli/metrics.ts';\n` : ''}`);
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: join(tmp, 'cli.mjs'), logLevel: 'warning', banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" } });
const cli = await import(pathToFileURL(join(tmp, 'cli.mjs')).href);

function io(cwd) {
  const out = [];
  const err = [];
  return { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, cwd, stdout: out, stderr: err };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs) });

/** Runs a command RUNS times; its JSON output's timings (or the measured ones) per run. */
async function timeRuns(run, read) {
  const wall = [];
  const cpu = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    last = await run();
    const used = process.cpuUsage(c0);
    const t = read?.(last) ?? { total_ms: performance.now() - w0, cpu_ms: (used.user + used.system) / 1000 };
    wall.push(Math.round(t.total_ms));
    cpu.push(Math.round(t.cpu_ms));
  }
  return { wall_ms: stats(wall), cpu_ms: stats(cpu), last };
}

const results = { machine: { cpus: cpus().length, loadavg: loadavg().map((l) => Number(l.toFixed(2))) } };

// 1. The shared history, paths only.
const shared = values.history ?? resolve(root, '../shared/data/argocd-changed-paths.jsonl.gz');
if (existsSync(shared)) {
  const policy = join(root, 'examples/agent-policy.yml');
  const r = await timeRuns(
    async () => {
      const o = io(root);
      if ((await cli.runSimulate(['--policy', policy, '--history', shared, '--format', 'json'], o)) !== 0) throw new Error(o.stderr.join('\n'));
      return JSON.parse(o.stdout.join('\n'));
    },
    (r) => r.timings,
  );
  results.history = { changes: r.last.changes, files: r.last.files, wall_ms: r.wall_ms, cpu_ms: r.cpu_ms, target: '11,223 commits < 1000 ms' };
} else results.history = { skipped: `${shared} is absent` };

// 2. A synthetic git range with content review.
const N = Number(values.commits);
const repo = join(tmp, 'repo');
mkdirSync(repo);
const git = (args, input) => execFileSync('git', args, { cwd: repo, input, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }, maxBuffer: 1 << 30 });
git(['init', '-q', '-b', 'main']);
git(['fast-import', '--quiet'], syntheticHistory(N));
const policyFile = join(tmp, 'policy.yml');
writeFileSync(policyFile, 'version: 1\ndefault_tier: high\ntiers:\n  low: ["docs/**", "**/*.md"]\n  medium: ["src/**", "package.json"]\napprovals:\n  high: { count: 1 }\n  medium: { count: 1 }\nnetwork:\n  allow: ["registry.npmjs.org"]\n');
const range = await timeRuns(
  async () => {
    const o = io(repo);
    if ((await cli.runSimulate(['--policy', policyFile, '--range', 'base..main', '--repo', repo, '--format', 'json'], o)) !== 0) throw new Error(o.stderr.join('\n'));
    return JSON.parse(o.stdout.join('\n'));
  },
  (r) => r.timings,
);
results.range = { commits: range.last.changes, files: range.last.files, transitions: range.last.transitions, wall_ms: range.wall_ms, cpu_ms: range.cpu_ms, target: '1,000 commits < 30000 ms' };

// 3. Metrics over many evidence files (when the command exists).
if (typeof cli.runMetrics === 'function') {
  const dir = join(tmp, 'evidence');
  mkdirSync(dir);
  const M = Number(values.evidence);
  for (let i = 0; i < M; i++) writeFileSync(join(dir, `e${i}.json`), JSON.stringify(syntheticEvidence(i)));
  const m = await timeRuns(async () => {
    const o = io(root);
    if ((await cli.runMetrics([dir, '--format', 'json'], o)) !== 0) throw new Error(o.stderr.join('\n'));
    return JSON.parse(o.stdout.join('\n'));
  });
  results.metrics = { files: M, read: m.last.overall?.runs ?? null, wall_ms: m.wall_ms, cpu_ms: m.cpu_ms, target: '10,000 files < 2000 ms' };
}

rmSync(tmp, { recursive: true, force: true });
if (values.format === 'json') console.log(JSON.stringify(results, null, 2));
else {
  console.log(`machine: ${results.machine.cpus} cpus, load ${results.machine.loadavg.join(' ')}`);
  const line = (name, r, what) => (r.skipped ? `${name}: skipped (${r.skipped})` : `${name}: ${what}: wall median ${r.wall_ms.median} ms (min ${r.wall_ms.min}), CPU median ${r.cpu_ms.median} ms (min ${r.cpu_ms.min})  [${r.target}]`);
  console.log(line('simulate --history', results.history, `${results.history.changes} commits, ${results.history.files} files`));
  console.log(line('simulate --range', results.range, `${results.range.commits} commits, ${results.range.files} files, full review`));
  if (results.metrics) console.log(line('metrics', results.metrics, `${results.metrics.files} evidence files`));
}

/** A fast-import stream: `base`, then N commits on main with a merge of a side branch every 50. */
function syntheticHistory(n) {
  const parts = [];
  let mark = 0;
  let time = 1735689600;
  const blob = (text) => {
    mark += 1;
    parts.push(`blob\nmark :${mark}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
    return mark;
  };
  const commit = (branch, message, files, { from, merge, author = 'Dev One <dev@example.com>' } = {}) => {
    const marks = files.map(([path, text, mode]) => [path, text === null ? null : blob(text), mode ?? '100644']);
    mark += 1;
    time += 60;
    parts.push(`commit refs/heads/${branch}\nmark :${mark}\nauthor ${author} ${time} +0000\ncommitter ${author} ${time} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`);
    if (from) parts.push(`from ${from}\n`);
    if (merge) parts.push(`merge ${merge}\n`);
    for (const [path, m, mode] of marks) parts.push(m === null ? `D ${path}\n` : `M ${mode} :${m} ${path}\n`);
    parts.push('\n');
    return `:${mark}`;
  };
  const src = (i) => `src/module${i % 40}/file${i % 7}.js`;
  const pkg = (i) => JSON.stringify({ name: 'app', version: `1.0.${i}`, dependencies: { left: `^1.${i % 9}.0`, ...(i % 97 === 0 ? { evil: 'https://evil.example/e.tgz' } : {}) } }, null, 2);
  const lock = (i) => JSON.stringify({ name: 'app', lockfileVersion: 3, packages: { '': { name: 'app' }, 'node_modules/left': { version: `1.${i % 9}.0`, resolved: `https://registry.npmjs.org/left/-/left-1.${i % 9}.0.tgz`, integrity: 'sha512-AAAA' } } }, null, 2);
  const wf = (i) => `name: ci\non: [push]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${i % 3 === 0 ? 'v4' : '11bd71901bbe5b1630ceea73d27597364c9af683'}\n      - run: npm test\n`;
  const initial = [['README.md', 'app\n'], ['package.json', pkg(0)], ['package-lock.json', lock(0)], ['.github/workflows/ci.yml', wf(1)], ['docs/guide.md', 'guide\n'], ['tools/act/action.yml', 'name: act\nruns:\n  using: node20\n  main: index.js\n'], ['tools/act/index.js', '1\n'], ['CLAUDE.md', 'rules\n']];
  for (let i = 0; i < 60; i++) initial.push([src(i), `export const v = ${i};\n`]);
  let head = commit('main', 'initial', initial);
  parts.push(`reset refs/tags/base\nfrom ${head}\n\n`);
  let side = null;
  for (let i = 1; i <= n; i++) {
    const r = i % 20;
    let files;
    if (r === 3) files = [['package.json', pkg(i)], ['package-lock.json', lock(i)]];
    else if (r === 7) files = [['.github/workflows/ci.yml', wf(i)]];
    else if (r === 9) files = [['docs/guide.md', `guide ${i}\n`], ['docs/more.md', `${i}\n`]];
    else if (r === 11) files = [['tools/act/index.js', `${i}\n`]];
    else if (r === 13) files = [[`src/link${i % 5}`, `../docs/guide.md`, '120000']];
    else if (r === 17) files = [[`scripts/run${i % 4}.sh`, `#!/bin/sh\necho ${i}\n`, '100755']];
    else files = Array.from({ length: 1 + (i % 4) }, (_, k) => [src(i + k), `export const v = ${i}_${k};\n`]);
    const author = i % 5 === 0 ? 'renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>' : undefined;
    if (i % 50 === 25) side = commit('side', `side ${i}`, [[`src/side/s${i}.js`, `${i}\n`]], { from: head });
    else if (i % 50 === 0 && side) {
      head = commit('main', `merge ${i}`, [[`src/side/merged${i}.js`, `${i}\n`]], { from: head, merge: side });
      side = null;
    } else head = commit('main', `change ${i}`, files, { from: head, ...(author ? { author } : {}) });
  }
  return parts.join('');
}
