// Benchmarks for guard-diff (issue targets in brackets). Prints figures; not a test.
//   node scripts/bench.mjs [--paths 100000] [--globs 500] [--skip-git] [--files 100000] [--runs 5] [--cli dist/cli.js[,other/cli.js...]] [--format json|text]
// 1. classification core: N paths against a policy with G globs                      [100k x 500 < 1 s]
// 2. replay of ../shared/data/argocd-changed-paths.jsonl.gz through the classifier     [11,223 commits < 2 s]
// 3. `agent-guard check` (the bundle) on a real repository whose diff has 100k files vs
//    `git diff --raw -z` alone on the same diff; peak RSS of the check                  [<= 3x, < 512 MB]
//    3a: a synthetic repository (built here): `files` added files of one blob;
//    3b: the mixed repository of scripts/bench-git-diff.mjs (modified/deleted/renamed files, symlinks,
//        binaries, LFS pointers: every head blob is read), when it has been built.
//    Runs alternate git, the floor below and check; medians and minimums of --runs runs (needs
//    `npm run build` first). --cli names the build(s) to time, comma-separated: several builds (e.g.
//    of an older commit) are timed in turn within each run, so that before/after figures share the
//    machine's load.
//    Also timed, as floors that no implementation of `check` on this machine can go below:
//    - git alone: the reads `check` must make, as a shell pipeline without Node: diff-tree, the head
//      tree (ls-tree), and every distinct head blob (cat-file --batch, two readers, output to /dev/null);
//    - Node reading the diff: Node starts, runs the same diff-tree, takes each path as a string and
//      prints one line (no policy, no evaluation, no blob reads);
//    - Node printing JSON: the same diff-tree, one placeholder result per file, printed as JSON
//      (the floor of `check --format json`).
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { paths: { type: 'string', default: '100000' }, globs: { type: 'string', default: '500' }, 'skip-git': { type: 'boolean', default: false }, files: { type: 'string', default: '100000' }, runs: { type: 'string', default: '5' }, format: { type: 'string', default: 'json' }, cli: { type: 'string', default: join(root, 'dist', 'cli.js') } } });
const N = Number(values.paths);
const format = values.format;
if (format !== 'json' && format !== 'text') throw new Error('--format must be json or text');
const G = Number(values.globs);

// Compile the pure core once into a temp module.
const tmp = mkdtempSync(join(tmpdir(), 'agent-guard-bench-'));
const entry = join(tmp, 'entry.ts');
writeFileSync(entry, `export { classifyPath } from '${root}/src/core/classify.ts';\nexport { compilePolicy, parsePolicy } from '${root}/src/core/policy.ts';\nexport { evaluateChange } from '${root}/src/core/evaluate.ts';\n`);
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: join(tmp, 'core.mjs'), logLevel: 'warning', banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" } });
const core = await import(pathToFileURL(join(tmp, 'core.mjs')).href);

function ms(t0) {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// --- 1. classification core
const dirs = ['src', 'pkg', 'cmd', 'internal', 'docs', 'test', 'ui', 'hack', 'manifests', 'controller', 'server', 'util'];
const exts = ['go', 'ts', 'tsx', 'md', 'yaml', 'json', 'sh', 'py', 'tf', 'txt'];
const globs = [];
for (let i = 0; globs.length < G; i++) {
  const d = dirs[i % dirs.length];
  switch (i % 5) {
    case 0: globs.push(`${d}/module${i}/**`); break;
    case 1: globs.push(`**/*.${exts[i % exts.length]}${i}`); break;
    case 2: globs.push(`${d}/**/service${i}/*.${exts[i % exts.length]}`); break;
    case 3: globs.push(`**/file${i}.json`); break;
    default: globs.push(`${d}/*/{a,b}${i}/**`);
  }
}
const tiers = { high: globs.filter((_, i) => i % 3 === 0), medium: globs.filter((_, i) => i % 3 === 1), low: globs.filter((_, i) => i % 3 === 2) };
const parsed = core.parsePolicy({ version: 1, default_tier: 'medium', tiers });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems[0]));
let t0 = process.hrtime.bigint();
const compiled = core.compilePolicy(parsed.policy);
const compileMs = ms(t0);
const paths = [];
for (let i = 0; i < N; i++) paths.push(`${dirs[i % dirs.length]}/module${i % 997}/service${i % 89}/sub${i % 7}/file${i}.${exts[i % exts.length]}`);
const runs = [];
let checksum = 0;
for (let r = 0; r < 3; r++) {
  t0 = process.hrtime.bigint();
  for (const p of paths) checksum += core.classifyPath(p, compiled).tier.length;
  runs.push(ms(t0));
}
// The sum keeps the classification from being optimised away, and proves every path got a tier.
if (checksum < 3 * N * 3) throw new Error(`classification returned fewer tiers than paths (${checksum})`);
console.log(`classification: ${N} paths x ${compiled.tierRules.size} rules (${G} policy globs + built-in protected set): median ${median(runs).toFixed(0)} ms over 3 runs (compile ${compileMs.toFixed(0)} ms) [target < 1000 ms]`);

// --- 2. argocd replay
const data = join(root, '..', 'shared', 'data', 'argocd-changed-paths.jsonl.gz');
if (existsSync(data)) {
  t0 = process.hrtime.bigint();
  const lines = gunzipSync(readFileSync(data)).toString('utf8').split('\n').filter(Boolean);
  const commits = lines.map((l) => JSON.parse(l));
  const loadMs = ms(t0);
  const argoPolicy = core.parsePolicy({
    version: 1,
    default_tier: 'medium',
    tiers: { high: ['manifests/**', 'hack/**', 'Makefile', 'Dockerfile', '**/*.tf'], medium: ['go.mod', 'go.sum', 'ui/package.json', '**/yarn.lock'], low: ['docs/**', '**/*.md', 'test/**', '**/*_test.go'] },
  });
  const argoCompiled = core.compilePolicy(argoPolicy.policy);
  t0 = process.hrtime.bigint();
  const tally = { low: 0, medium: 0, high: 0 };
  let files = 0;
  for (const c of commits) {
    let tier = 'low';
    for (const f of c.files) {
      files++;
      const t = core.classifyPath(f.path, argoCompiled).tier;
      if (t === 'high' || (t === 'medium' && tier === 'low')) tier = t;
    }
    tally[tier]++;
  }
  console.log(`argocd replay: ${commits.length} commits, ${files} paths classified in ${ms(t0).toFixed(0)} ms (+ ${loadMs.toFixed(0)} ms to gunzip and parse) [target < 2000 ms]; commits by tier: ${JSON.stringify(tally)}`);
} else {
  console.log('argocd replay: skipped (../shared/data not present)');
}

// --- 3. check on a 100k-file diff
if (!values['skip-git']) {
  const files = Number(values.files);
  const dir = join(tmpdir(), `agent-guard-bench-repo-${files}`);
  const git = (args, opts = {}) => execFileSync('git', args, { cwd: dir, maxBuffer: 1 << 30, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }, ...opts });
  if (!existsSync(join(dir, '.git'))) {
    mkdirSync(dir, { recursive: true });
    git(['init', '-q', '-b', 'main']);
    // fast-import: base commit with one file, head commit adding `files` files.
    const author = 'bench <bench@example.invalid> 1700000000 +0000';
    let stream = `blob\nmark :1\ndata 5\nbase\n\ncommit refs/heads/main\nmark :2\ncommitter ${author}\ndata 4\nbase\nM 100644 :1 README.md\n\n`;
    stream += `blob\nmark :3\ndata 6\nhello\n\ncommit refs/heads/agent/bench\nmark :4\ncommitter ${author}\ndata 4\nhead\nfrom :2\n`;
    const parts = [stream];
    for (let i = 0; i < files; i++) parts.push(`M 100644 :3 ${dirs[i % dirs.length]}/m${i % 1000}/file${i}.${exts[i % exts.length]}\n`);
    parts.push('\n');
    git(['fast-import', '--quiet'], { input: parts.join('') });
    git(['checkout', '-q', 'agent/bench']);
  }
  await checkBenchmark(`check on a synthetic ${files}-file diff (${dir})`, dir, 'main', 'agent/bench', files);
  const mixed = join(process.env.TMPDIR || tmpdir(), 'agent-guard-bench', `repo-${files}-v1`);
  if (existsSync(join(mixed, '.complete'))) await checkBenchmark(`check on the mixed diff of scripts/bench-git-diff.mjs (${mixed})`, mixed, 'main', 'agent', null);
  else console.log(`mixed diff: skipped (run \`node scripts/bench-git-diff.mjs --files ${files}\` to build ${mixed})`);
}

/** Time `git diff --raw -z base...head`, the floor and `agent-guard check` alternately; report medians, minimums and peak RSS. */
async function checkBenchmark(label, dir, base, head, expectedFiles) {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const runs = Math.max(1, Number(values.runs));
  const clis = values.cli.split(',');
  const gitRuns = [];
  const floorRuns = [];
  const gitFloorRuns = [];
  const readFloorRuns = [];
  const checks = clis.map(() => ({ runs: [], rss: 0, exit: null }));
  for (let r = 0; r < runs; r++) {
    let t0 = process.hrtime.bigint();
    const g = spawnSync('git', ['diff', '--raw', '-z', '-M', '--no-abbrev', `${base}...${head}`], { cwd: dir, env, stdio: ['ignore', 'ignore', 'ignore'] });
    gitRuns.push(ms(t0));
    if (g.status !== 0) throw new Error(`git diff failed in ${dir}`);
    t0 = process.hrtime.bigint();
    const gf = spawnSync('bash', ['-c', gitFloorScript(), 'git-floor', base, head], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
    gitFloorRuns.push(ms(t0));
    if (gf.status !== 0) throw new Error(`the git-only floor failed in ${dir}: ${gf.stderr}`);
    t0 = process.hrtime.bigint();
    const rf = spawnSync(process.execPath, [readFloorScript(), dir, base, head], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    readFloorRuns.push(ms(t0));
    if (rf.status !== 0) throw new Error('the Node reading floor failed');
    t0 = process.hrtime.bigint();
    const f = spawnSync(process.execPath, [floorScript(), dir, base, head], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    floorRuns.push(ms(t0));
    if (f.status !== 0) throw new Error('the floor script failed');
    clis.forEach((cli, k) => {
      const c = checks[k];
      const t1 = process.hrtime.bigint();
      const res = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, 'check', '--repo', dir, '--base', base, '--head', head, '--format', format], { maxBuffer: 1 << 30, env });
      c.runs.push(ms(t1));
      c.exit = res.status;
      c.rss = Math.max(c.rss, Number(res.stderr.toString().trim().split('\n').pop()) / 1024);
      if (r === 0 && format === 'text') {
        // The text format's first line is the verdict (the full file list is in the JSON format).
        const first = res.stdout.toString().split('\n')[0];
        if (!/^agent-guard: (allow|approval required|deny): /.test(first) || ![0, 1, 2].includes(res.status)) throw new Error(`check printed no verdict in ${dir}: ${first}`);
      } else if (r === 0) {
        const out = JSON.parse(res.stdout.toString());
        if (expectedFiles !== null && out.files.length !== expectedFiles) throw new Error(`check reported ${out.files.length} files, expected ${expectedFiles}`);
        if (out.files.length === 0) throw new Error(`check reported no files in ${dir}: ${JSON.stringify(out.violations)}`);
      }
    });
  }
  const min = (xs) => Math.min(...xs);
  console.log(`${label}: ${runs} runs, load average ${loadavg()[0].toFixed(2)} at the end`);
  console.log(`  git diff --raw -z alone: median ${median(gitRuns).toFixed(0)} ms (min ${min(gitRuns).toFixed(0)})`);
  const ratio = (xs) => `${(median(xs) / median(gitRuns)).toFixed(2)}x git diff (of minimums ${(min(xs) / min(gitRuns)).toFixed(2)}x)`;
  console.log(`  floor, git alone (diff-tree, ls-tree, cat-file of every distinct head blob with two readers; no Node): median ${median(gitFloorRuns).toFixed(0)} ms (min ${min(gitFloorRuns).toFixed(0)}), ${ratio(gitFloorRuns)}`);
  console.log(`  floor, Node reading the diff (start, diff-tree, one string per path, one line out; no evaluation): median ${median(readFloorRuns).toFixed(0)} ms (min ${min(readFloorRuns).toFixed(0)}), ${ratio(readFloorRuns)}`);
  console.log(
    `  floor, Node printing JSON (node + the same diff-tree + one placeholder result per file as JSON): median ${median(floorRuns).toFixed(0)} ms (min ${min(floorRuns).toFixed(0)}), ` +
      `${(median(floorRuns) / median(gitRuns)).toFixed(2)}x git diff`,
  );
  clis.forEach((cli, k) => {
    const c = checks[k];
    console.log(
      `  check --format ${format} (${cli}): median ${median(c.runs).toFixed(0)} ms (min ${min(c.runs).toFixed(0)}, exit ${c.exit}), ` +
        `ratio ${(median(c.runs) / median(gitRuns)).toFixed(2)}x (of minimums ${(min(c.runs) / min(gitRuns)).toFixed(2)}x) [target <= 3x]; ` +
        `peak RSS ${c.rss.toFixed(0)} MB [target < 512 MB]`,
    );
  });
}

/**
 * The git-only floor: what git itself spends producing the facts `check` must read, run as a pipeline
 * with no Node in it. $1 base, $2 head. The head blobs are those of every entry that is not a deletion
 * or a gitlink, each once, split between two `cat-file --batch` readers as `check` does (whose output
 * goes to /dev/null, cheaper than the spill file `check` reads back), while `ls-tree` lists the head tree.
 */
function gitFloorScript() {
  return `set -eo pipefail
mb=$(git merge-base "$1" "$2")
git ls-tree -r -z --full-tree "$2" >/dev/null &
lt=$!
git diff-tree -r --raw --no-abbrev -M -l1000 "$mb" "$2" -- 2>/dev/null |
  awk 'BEGIN { r[0] = "git cat-file --batch >/dev/null"; r[1] = "exec " r[0] } # two command strings: two readers
       $5 !~ /^D/ && $2 != "160000" && !seen[$4]++ { print $4 | r[n++ % 2] }'
wait "$lt"
`;
}

/** Write (once) the Node reading floor: start, read the diff, one string per path, one line of output. */
function readFloorScript() {
  const file = join(tmp, 'read-floor.mjs');
  if (!existsSync(file)) {
    writeFileSync(
      file,
      `import { execFileSync, spawnSync } from 'node:child_process';
const [repo, base, head] = process.argv.slice(2);
const mb = execFileSync('git', ['merge-base', base, head], { cwd: repo }).toString().trim();
const buf = spawnSync('git', ['diff-tree', '-r', '--raw', '-z', '--no-abbrev', '-M', '-l1000', mb, head, '--'], { cwd: repo, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 }).stdout;
const paths = [];
let start = 0;
let left = 0; // paths still to read for the current record (a rename or copy has two)
for (let nul = buf.indexOf(0, start); nul !== -1; nul = buf.indexOf(0, start)) {
  if (left === 0) {
    const status = buf[buf.lastIndexOf(0x20, nul) + 1];
    left = status === 0x52 || status === 0x43 ? 2 : 1;
  } else {
    paths.push(buf.latin1Slice(start, nul));
    left -= 1;
  }
  start = nul + 1;
}
process.stdout.write('agent-guard: allow: ' + paths.length + ' paths\\n');
`,
    );
  }
  return file;
}

/** Write (once) the floor script: no policy, no evaluation, no blob reads; the same output size. */
function floorScript() {
  const file = join(tmp, 'floor.mjs');
  if (!existsSync(file)) {
    writeFileSync(
      file,
      `import { execFileSync, spawn } from 'node:child_process';
const [repo, base, head] = process.argv.slice(2);
const mb = execFileSync('git', ['merge-base', base, head], { cwd: repo }).toString().trim();
const chunks = [];
const c = spawn('git', ['diff-tree', '-r', '--raw', '-z', '--no-abbrev', '-M', '-l1000', mb, head, '--'], { cwd: repo, stdio: ['ignore', 'pipe', 'ignore'] });
c.stdout.on('data', (d) => chunks.push(d));
await new Promise((r) => c.on('close', r));
const fields = Buffer.concat(chunks).toString('latin1').split('\\0');
const files = [];
for (let i = 0; i + 1 < fields.length; ) {
  const pair = /[RC][0-9]+$/.test(fields[i]);
  files.push({ path: fields[i + (pair ? 2 : 1)], status: 'added', kind: 'regular', tier: 'medium', capability: null, decision: 'allow', reasons: ['no tier rule names this path: default_tier medium'] });
  i += pair ? 3 : 2;
}
process.stdout.write(JSON.stringify({ verdict: 'allow', files }) + '\\n');
`,
    );
  }
  return file;
}
