// Benchmarks for `check` (issue targets in brackets). Prints figures and each target's pass/fail; not a test.
//   node scripts/bench.mjs [--sizes 1,10,1000,100000] [--runs 7] [--globs 500] [--paths 100000]
//                          [--baseline REV] [--cli a/cli.js,...] [--skip-core] [--skip-git] [--keep] [--data FILE]
// 1. classification core: --paths paths against a policy of --globs globs                [100k x 500 < 1 s]
// 2. replay of ../shared/data/argocd-changed-paths.jsonl.gz through the classifier          [11,223 commits < 0.5 s]
// 3. for each diff size, in a real git repository of max(5,000, size) files with a 500-glob policy and a task
//    manifest on the base branch (each changed file gets its own new blob), timed side by side in every run:
//    - `node -e ''` (Node starting and stopping);
//    - the path-filter script: `git diff --name-status` and the same globs matched with picomatch;
//    - git alone, the reads the semantics need as a shell pipeline without Node: diff-tree, ls-tree of the
//      head, cat-file of every distinct changed head blob (two readers);
//    - `check --format json` of the bundle built by `npm run build` into a temporary directory, run as a
//      runner runs it (policy and manifest read from the base commit), and of each --cli / --baseline build;
//    - what the first check's time is made of, each as its own process: its modules loaded and nothing
//      run (`import` of the check chunk), one git process (`git rev-parse`), and the change set alone
//      (computeChangeSet of the sources: the git side of check, without configuration or evaluation).
//    [10 files: check <= 3x node -e '' and <= the path-filter script; 100,000 files: check <= 1.5x git alone,
//    peak memory < 512 MB]
// The machine may be shared: every figure is the median of --runs runs, with the minimum beside it; the
// commands alternate within each run, so a ratio compares runs made under the same load.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    paths: { type: 'string', default: '100000' },
    globs: { type: 'string', default: '500' },
    sizes: { type: 'string', default: '1,10,1000,100000' },
    runs: { type: 'string', default: '7' },
    cli: { type: 'string' },
    baseline: { type: 'string' },
    'skip-core': { type: 'boolean', default: false },
    'skip-git': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    data: { type: 'string' },
  },
});
const G = Number(values.globs);
const RUNS = Math.max(1, Number(values.runs));
const tmp = mkdtempSync(join(tmpdir(), 'agent-guard-bench-'));
const results = []; // { target, measured, pass }
const target = (name, measured, pass) => results.push({ name, measured, pass });

function ms(t0) {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
const min = (xs) => Math.min(...xs);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

console.log(`bench: ${cpus().length} cores, Node ${process.version}, ${execFileSync('git', ['--version']).toString().trim()}, load average ${load()} at the start`);

// The policy globs: the same generator for the classification core and the repositories.
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

if (!values['skip-core']) await coreBenchmarks();
if (!values['skip-git']) await checkBenchmarks();

console.log(`\ntargets (load average ${load()} at the end):`);
for (const r of results) console.log(`  ${r.pass ? 'PASS' : 'FAIL'}  ${r.name}: ${r.measured}`);
if (!values.keep) rmSync(tmp, { recursive: true, force: true });

// --- 1 and 2: the pure core, compiled once into a temp module.
async function coreBenchmarks() {
  const entry = join(tmp, 'entry.ts');
  writeFileSync(entry, `export { classifyPath } from '${root}/src/core/classify.ts';\nexport { compilePolicy, parsePolicy } from '${root}/src/core/policy.ts';\n`);
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: join(tmp, 'core.mjs'), logLevel: 'warning', banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" } });
  const core = await import(pathToFileURL(join(tmp, 'core.mjs')).href);
  const N = Number(values.paths);
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
  console.log(`classification: ${N} paths x ${compiled.tierRules.size} rules (${G} policy globs + built-in protected set): median ${median(runs).toFixed(0)} ms (min ${min(runs).toFixed(0)}) over 3 runs (compile ${compileMs.toFixed(0)} ms)`);
  target(`classification core, ${N} paths x ${G} globs < 1000 ms`, `${median(runs).toFixed(0)} ms`, median(runs) < 1000);

  // A worktree's ../shared is not the checkout's: --data names the file then.
  const shared = values.data ?? join(root, '..', 'shared', 'data', 'argocd-changed-paths.jsonl.gz');
  if (!existsSync(shared)) {
    console.log(`argocd replay: skipped (${shared} not present; --data FILE names it)`);
    return;
  }
  const commits = gunzipSync(readFileSync(shared)).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const argoPolicy = core.parsePolicy({
    version: 1,
    default_tier: 'medium',
    tiers: { high: ['manifests/**', 'hack/**', 'Makefile', 'Dockerfile', '**/*.tf'], medium: ['go.mod', 'go.sum', 'ui/package.json', '**/yarn.lock'], low: ['docs/**', '**/*.md', 'test/**', '**/*_test.go'] },
  });
  const replay = [];
  let files = 0;
  for (let r = 0; r < 3; r++) {
    const argoCompiled = core.compilePolicy(argoPolicy.policy);
    t0 = process.hrtime.bigint();
    files = 0;
    for (const c of commits) {
      let tier = 'low';
      for (const f of c.files) {
        files++;
        const t = core.classifyPath(f.path, argoCompiled).tier;
        if (t === 'high' || (t === 'medium' && tier === 'low')) tier = t;
      }
    }
    replay.push(ms(t0));
  }
  console.log(`argocd replay: ${commits.length} commits, ${files} paths: median ${median(replay).toFixed(0)} ms (min ${min(replay).toFixed(0)}) over 3 runs`);
  target(`replay of the ${commits.length} argocd commits < 500 ms`, `${median(replay).toFixed(0)} ms`, median(replay) < 500);
}

// --- 3: whole processes on real repositories.
async function checkBenchmarks() {
  const clis = [];
  if (values.cli) for (const c of values.cli.split(',')) clis.push({ label: c, cli: c });
  else clis.push({ label: 'this tree', cli: buildBundle(root, join(tmp, 'dist')) });
  if (values.baseline) clis.push({ label: `baseline ${values.baseline}`, cli: buildBaseline(values.baseline) });
  const sizes = values.sizes.split(',').map(Number);
  const checkChunk = moduleLoadScript(clis[0].cli);
  const changeSet = await changeSetScript();
  for (const size of sizes) {
    const repo = makeRepo(size);
    const cmds = [
      { name: "node -e ''", argv: [process.execPath, '-e', ''] },
      { name: 'path filter (git diff --name-status + picomatch)', argv: [process.execPath, pathFilterScript(), repo, 'main', 'agent/bench'] },
      { name: 'git alone (diff-tree, ls-tree, cat-file)', argv: ['bash', '-c', gitFloorScript(), 'git-floor', 'main', 'agent/bench'] },
      ...clis.map((c) => ({
        name: `check --format json (${c.label})`,
        check: true,
        argv: [process.execPath, c.cli, 'check', '--repo', repo, '--base', 'main', '--head', 'agent/bench', '--manifest', 'main:.github/agent-tasks/bench.yml', '--format', 'json'],
      })),
      // What the first check is made of (not targets): its modules loaded, one git process, the change set alone.
      { name: '  part: check modules loaded, nothing run', argv: [process.execPath, checkChunk] },
      { name: '  part: one git process (git rev-parse)', argv: ['git', 'rev-parse', '--is-shallow-repository', 'main^{commit}', 'agent/bench^{commit}'] },
      { name: '  part: change set alone (computeChangeSet)', argv: [process.execPath, changeSet, repo, String(size)] },
    ];
    for (const c of cmds) c.wall = [], c.cpu = [], c.rss = 0;
    for (let r = -1; r < RUNS; r++) {
      for (const c of cmds) {
        const t0 = process.hrtime.bigint();
        const res = spawnSync('/usr/bin/time', ['-f', '%U %S %M', ...c.argv], { cwd: repo, env: benchEnv(), maxBuffer: 1 << 30, stdio: ['ignore', c.check && r === -1 ? 'pipe' : 'ignore', 'pipe'] });
        const wall = ms(t0);
        const [user, sys, rss] = res.stderr.toString().trim().split('\n').pop().split(' ').map(Number);
        if (c.check && r === -1) verifyCheck(res, size);
        else if (!c.check && res.status !== 0) throw new Error(`${c.name} failed in ${repo}: ${res.stderr}`);
        if (r === -1) continue; // the warm-up run
        c.wall.push(wall);
        c.cpu.push((user + sys) * 1000);
        c.rss = Math.max(c.rss, rss / 1024);
      }
    }
    const [node, filter, gitAlone] = cmds;
    console.log(`\n${size}-file diff in a ${Math.max(5000, size)}-file repository (${repo}), ${RUNS} runs; load average ${load()}:`);
    console.log('  command                                              wall ms median (min)   cpu ms median (min)   x node -e   x git alone   peak MB');
    for (const c of cmds) {
      const ratio = (base) => `${(median(c.wall) / median(base.wall)).toFixed(2)} (${(min(c.wall) / min(base.wall)).toFixed(2)})`;
      console.log(
        `  ${c.name.padEnd(52)} ${`${median(c.wall).toFixed(0)} (${min(c.wall).toFixed(0)})`.padStart(20)} ${`${median(c.cpu).toFixed(0)} (${min(c.cpu).toFixed(0)})`.padStart(21)} ${ratio(node).padStart(11)} ${ratio(gitAlone).padStart(13)} ${c.rss.toFixed(0).padStart(9)}`,
      );
    }
    const check = cmds[3];
    if (size === 10) {
      const r = median(check.wall) / median(node.wall);
      target(`10 files: check <= 3x node -e ''`, `${r.toFixed(2)}x (of minimums ${(min(check.wall) / min(node.wall)).toFixed(2)}x)`, r <= 3);
      const f = median(check.wall) / median(filter.wall);
      target(`10 files: check <= the path-filter script`, `${f.toFixed(2)}x (of minimums ${(min(check.wall) / min(filter.wall)).toFixed(2)}x)`, f <= 1);
    }
    if (size === 100000) {
      const r = median(check.wall) / median(gitAlone.wall);
      target(`100,000 files: check <= 1.5x git alone`, `${r.toFixed(2)}x (of minimums ${(min(check.wall) / min(gitAlone.wall)).toFixed(2)}x)`, r <= 1.5);
      target(`100,000 files: check peak memory < 512 MB`, `${check.rss.toFixed(0)} MB`, check.rss < 512);
    }
  }
}

/**
 * A script that imports the chunk `check` runs from and the modules it loads once git is started
 * (loadCheckModules): every module of a check loaded and evaluated, nothing called.
 */
function moduleLoadScript(cli) {
  const chunks = join(dirname(cli), 'chunks');
  const chunk = readdirSync(chunks).find((f) => /^check-[A-Z0-9]+\.js$/.test(f));
  if (chunk === undefined) throw new Error(`no check chunk in ${chunks}`);
  const file = join(tmp, 'load-check.mjs');
  writeFileSync(file, `const check = await import(${JSON.stringify(pathToFileURL(join(chunks, chunk)).href)});\nawait check.loadCheckModules?.();\n`);
  return file;
}

/** computeChangeSet of this tree's sources, bundled: `node change-set.mjs REPO SIZE` checks it found SIZE entries. */
async function changeSetScript() {
  const entry = join(tmp, 'change-set-entry.ts');
  writeFileSync(
    entry,
    `import { computeChangeSet } from '${root}/src/adapters/git/change-set.ts';
const cs = await computeChangeSet(process.argv[2], 'main', 'agent/bench');
if (cs.entries.length !== Number(process.argv[3])) throw new Error('change set of ' + cs.entries.length + ' entries');\n`,
  );
  const file = join(tmp, 'change-set.mjs');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'warning', banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" } });
  return file;
}

function benchEnv() {
  return { PATH: process.env.PATH, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GITHUB_REPOSITORY: 'acme/bench', LC_ALL: 'C' };
}

/** `npm run build` into `outdir` (scripts/build.mjs with a directory); the CLI entry of the result. */
function buildBundle(srcRoot, outdir) {
  // Relative to the tree: older build.mjs joined the directory to the working directory.
  execFileSync(process.execPath, [join(srcRoot, 'scripts', 'build.mjs'), relative(srcRoot, outdir)], { cwd: srcRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(outdir, 'cli.js');
}

/** The tree of REV, built the same way (its node_modules are this checkout's). */
function buildBaseline(rev) {
  const src = join(tmp, 'baseline-src');
  mkdirSync(src);
  execFileSync('sh', ['-c', `git -C "$1" archive "$2" | tar -x -C "$3"`, 'sh', root, rev, src]);
  symlinkSync(join(root, 'node_modules'), join(src, 'node_modules'));
  return buildBundle(src, join(tmp, 'baseline-dist'));
}

function verifyCheck(res, size) {
  if (![0, 1, 2].includes(res.status) || res.stdout.length === 0) throw new Error(`check exited ${res.status}: ${res.stderr}`);
  const out = JSON.parse(res.stdout.toString());
  if (out.files.length !== size) throw new Error(`check reported ${out.files.length} files, expected ${size}: ${JSON.stringify(out.violations).slice(0, 500)}`);
  if (out.manifest === null || !out.policy.source.includes('agent-policy.yml')) throw new Error('check did not read the policy and manifest of the base');
}

/**
 * A repository of max(5,000, size) files on `main` with the policy and a manifest, and `agent/bench` changing
 * `size` of them (spread evenly, each with new content). Built once with fast-import and cached by parameters.
 */
function makeRepo(size) {
  const total = Math.max(5000, size);
  const dir = join(tmpdir(), `agent-guard-bench-v2-${total}-${size}-${G}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (args, input) => execFileSync('git', args, { cwd: dir, env: benchEnv(), input, maxBuffer: 1 << 30 });
  git(['init', '-q', '-b', 'main']);
  const path = (i) => `${dirs[i % dirs.length]}/module${i % 997}/service${i % 89}/file${i}.${exts[i % exts.length]}`;
  const inline = (p, text) => `M 100644 inline ${p}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  const policy = `version: 1\nagents: ["*[bot]"]\ndefault_tier: medium\ntiers:\n${Object.entries(tiers).map(([t, gs]) => `  ${t}:\n${gs.map((g) => `    - "${g}"\n`).join('')}`).join('')}manifests: [".github/agent-tasks/**"]\ncapabilities:\n  write_branch:\n    paths: ["**"]\nsubjects:\n  "bench-agent:pull-request":\n    capabilities: [read_repository, write_branch, open_pull_request]\n    branches: ["agent/*"]\n`;
  const manifest = 'agent_task:\n  subject: bench-agent:pull-request\n  repository: acme/bench\n  capabilities: [read_repository, write_branch, open_pull_request]\n  task_id: BENCH-1\n';
  const author = 'bench <bench@example.invalid> 1700000000 +0000';
  const parts = [`commit refs/heads/main\ncommitter ${author}\ndata 4\nbase\n`, inline('.github/agent-policy.yml', policy), inline('.github/agent-tasks/bench.yml', manifest)];
  for (let i = 0; i < total; i++) parts.push(inline(path(i), `base ${i}\n`));
  parts.push(`\ncommit refs/heads/agent/bench\ncommitter ${author}\ndata 4\nhead\nfrom refs/heads/main\n`);
  const step = total / size;
  for (let k = 0; k < size; k++) parts.push(inline(path(Math.floor(k * step)), `head ${k}\n`));
  parts.push('\n');
  git(['fast-import', '--quiet'], parts.join(''));
  git(['symbolic-ref', 'HEAD', 'refs/heads/agent/bench']);
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

/**
 * git alone: what git itself spends producing the facts `check` must read, as a pipeline without Node.
 * $1 base, $2 head. The head blobs of every entry that is not a deletion or a gitlink, each once, split
 * between two `cat-file --batch` readers (output to /dev/null), while `ls-tree` lists the head tree.
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

/** What path-filter actions do: `git diff --name-status` of the change, each path matched against the globs with picomatch. */
function pathFilterScript() {
  const file = join(tmp, 'path-filter.mjs');
  if (!existsSync(file)) {
    writeFileSync(
      file,
      `import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
const picomatch = createRequire(${JSON.stringify(join(root, 'package.json'))})('picomatch');
const [repo, base, head] = process.argv.slice(2);
const tiers = ${JSON.stringify(tiers)};
const matchers = Object.entries(tiers).map(([tier, globs]) => [tier, picomatch(globs, { dot: true })]);
const out = execFileSync('git', ['diff', '--name-status', '-z', base + '...' + head], { cwd: repo, maxBuffer: 1 << 30 }).toString('utf8').split('\\0');
const counts = { high: 0, medium: 0, low: 0, none: 0 };
for (let i = 0; i + 1 < out.length; ) {
  const pair = out[i][0] === 'R' || out[i][0] === 'C';
  const path = out[i + (pair ? 2 : 1)];
  i += pair ? 3 : 2;
  const hit = matchers.find(([, m]) => m(path));
  counts[hit ? hit[0] : 'none']++;
}
process.stdout.write(JSON.stringify(counts) + '\\n');
`,
    );
  }
  return file;
}
