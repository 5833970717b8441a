#!/usr/bin/env node
// Benchmark: computeChangeSet (src/adapters/git/change-set.ts) against plain `git diff --raw -z` on a real
// repository whose head commit changes N files.
//
//   node scripts/bench-git-diff.mjs [--files N] [--runs R] [--rebuild]
//   (internally: --child [--max-inspect BYTES] [--pipe] runs one computeChangeSet and prints JSON)
//
// The repository is built once with `git fast-import` and cached in
// $TMPDIR/agent-guard-bench/repo-<N>-v1 (keyed by parameters). Head against base:
//   - 50% of the files modified (text), 1 in 50 of them also made executable,
//   - 20% deleted, 20% added (new contents, so no exact renames),
//   - 5% renamed unchanged (exact renames, found by hash), 1% added as symlinks,
//   - 1% added binary files (NUL bytes), 0.5% LFS pointers.
// src/adapters/git/change-set.ts is bundled with esbuild into the cache directory and imported.
//
// Reported: median wall time of `git diff --raw -z` (porcelain, default rename detection), of the
// exact `git diff-tree` command computeChangeSet runs, and of computeChangeSet end to end, with blob
// contents handed over through spill files (the default) and through pipes (`spillToFile: false`);
// peak RSS of the Node process running computeChangeSet (sampled, and from /usr/bin/time -v when
// available).

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
function opt(name, def) {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return def;
  const v = args[i + 1];
  if (v === undefined) throw new Error(`--${name} needs a value`);
  return v;
}
const FILES = Number(opt('files', '100000'));
const RUNS = Number(opt('runs', '3'));
const REBUILD = args.includes('--rebuild');
const CHILD = args.includes('--child');
if (!Number.isInteger(FILES) || FILES < 10) throw new Error('--files must be an integer >= 10');

const cacheRoot = join(process.env.TMPDIR || tmpdir(), 'agent-guard-bench');
const repoDir = join(cacheRoot, `repo-${FILES}-v1`);
// One bundle per checkout, so that runs from two worktrees at once do not overwrite each other's.
const bundle = join(cacheRoot, `git-adapter-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.mjs`);

const gitEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))),
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  LC_ALL: 'C',
};

function git(argv, input) {
  const r = spawnSync('git', argv, { cwd: repoDir, env: gitEnv, input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${argv.join(' ')} failed: ${r.stderr}`);
  return r.stdout.toString().trim();
}

function pathOf(i) {
  return `dir${i % 97}/sub${i % 13}/file-${i}.txt`;
}

async function buildRepo() {
  if (existsSync(join(repoDir, '.complete')) && !REBUILD) return false;
  rmSync(repoDir, { recursive: true, force: true });
  mkdirSync(repoDir, { recursive: true });
  git(['init', '-q', '-b', 'main', '.']);
  const fi = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: repoDir, env: gitEnv, stdio: ['pipe', 'inherit', 'inherit'] });
  fi.stdin.on('error', () => undefined);
  const done = new Promise((res, rej) => fi.on('close', (c) => (c === 0 ? res() : rej(new Error(`fast-import exited ${c}`)))));
  const chunks = [];
  let pendingBytes = 0;
  const write = async (s) => {
    chunks.push(typeof s === 'string' ? Buffer.from(s) : s);
    pendingBytes += chunks[chunks.length - 1].length;
    if (pendingBytes > 4 << 20) await flush();
  };
  const flush = async () => {
    const buf = Buffer.concat(chunks);
    chunks.length = 0;
    pendingBytes = 0;
    if (!fi.stdin.write(buf)) await new Promise((r) => fi.stdin.once('drain', r));
  };
  const inline = async (mode, path, content) => {
    const data = Buffer.from(content);
    await write(`M ${mode} inline ${path}\ndata ${data.length}\n`);
    await write(data);
    await write('\n');
  };
  const commitHeader = async (ref, mark, msg, from) => {
    await write(`commit ${ref}\nmark ${mark}\ncommitter Bench <bench@example.com> 1700000000 +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`);
    if (from) await write(`from ${from}\n`);
  };

  await commitHeader('refs/heads/main', ':1', 'base');
  for (let i = 0; i < FILES; i++) await inline('100644', pathOf(i), `base content of file ${i}\n${'x'.repeat(i % 200)}\n`);
  await write('\n');

  await commitHeader('refs/heads/agent', ':2', `head changes ${FILES} files`, ':1');
  const modify = Math.floor(FILES * 0.5);
  const del = Math.floor(FILES * 0.2);
  const renamed = Math.floor(FILES * 0.05);
  let i = 0;
  for (; i < modify; i++) await inline(i % 50 === 0 ? '100755' : '100644', pathOf(i), `head content of file ${i}\n${'y'.repeat(i % 200)}\n`);
  for (; i < modify + del; i++) await write(`D ${pathOf(i)}\n`);
  for (; i < modify + del + renamed; i++) await write(`R ${pathOf(i)} moved/${pathOf(i)}\n`);
  const adds = Math.floor(FILES * 0.2);
  for (let k = 0; k < adds; k++) await inline('100644', `new/${pathOf(k)}`, `brand new file ${k}\n${'z'.repeat(k % 300)}\n`);
  for (let k = 0; k < Math.floor(FILES * 0.01); k++) await inline('120000', `links/l${k}`, `../dir${k % 97}/target-${k}`);
  for (let k = 0; k < Math.floor(FILES * 0.01); k++) {
    const b = Buffer.alloc(64 + (k % 500), k % 251);
    b[3] = 0;
    await inline('100644', `bin/b${k}.bin`, b);
  }
  for (let k = 0; k < Math.floor(FILES * 0.005); k++) {
    await inline('100644', `lfs/p${k}.dat`, `version https://git-lfs.github.com/spec/v1\noid sha256:${String(k).padStart(64, '0')}\nsize ${k}\n`);
  }
  await write('\ndone\n');
  await flush();
  fi.stdin.end();
  await done;
  git(['checkout', '-q', 'main']);
  writeFileSync(join(repoDir, '.complete'), new Date().toISOString());
  return true;
}

async function buildBundle() {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(root, 'src/adapters/git/change-set.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
  });
}

function timeCommand(argv, input) {
  return new Promise((res, rej) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('git', argv, { cwd: repoDir, env: gitEnv, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    if (input !== undefined) child.stdin.end(input);
    let bytes = 0;
    child.stdout.on('data', (c) => (bytes += c.length));
    child.stderr.resume();
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0) rej(new Error(`git ${argv[0]} exited ${code}`));
      else res({ ms, bytes });
    });
  });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Child mode: run computeChangeSet once, sampling RSS; print JSON. */
async function child() {
  const { computeChangeSet } = await import(pathToFileURL(bundle).href);
  process.env.GIT_CONFIG_GLOBAL = '/dev/null';
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const t0 = process.hrtime.bigint();
  const maxInspect = opt('max-inspect', '');
  const options = maxInspect === '' ? {} : { maxInspectBytes: Number(maxInspect) };
  if (args.includes('--pipe')) options.spillToFile = false;
  const cs = await computeChangeSet(repoDir, 'main', 'agent', options);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const count = (pred) => cs.entries.filter(pred).length;
  process.stdout.write(
    JSON.stringify({
      ms,
      entries: cs.entries.length,
      baselineRssMiB: baseline / 2 ** 20,
      peakRssMiB: peak / 2 ** 20,
      statuses: Object.fromEntries(['added', 'modified', 'deleted', 'renamed', 'copied', 'type_changed'].map((s) => [s, count((e) => e.status === s)])),
      symlinks: count((e) => e.symlinkTarget !== undefined),
      binary: count((e) => e.binary === true),
      lfs: count((e) => e.lfsPointer === true),
      warnings: cs.warnings,
    }),
  );
}

async function main() {
  mkdirSync(cacheRoot, { recursive: true });
  const t0 = Date.now();
  const built = await buildRepo();
  console.log(`repository: ${repoDir} (${built ? `built in ${Date.now() - t0} ms` : 'cached'}), ${FILES} files in base`);
  await buildBundle();
  const mb = git(['merge-base', 'main', 'agent']);

  const plain = ['diff', '--raw', '-z', mb, 'agent'];
  const plainNoRenames = ['diff-tree', '-r', '--raw', '-z', '--no-abbrev', mb, 'agent'];
  const exact = ['diff-tree', '-r', '--raw', '-z', '--no-abbrev', '-M', '-l1000', '--no-ext-diff', '--no-textconv', '--no-color', '--no-relative', '--ignore-submodules=none', mb, 'agent', '--'];

  // The head-side blobs computeChangeSet reads (added/modified/renamed/type-changed, not gitlinks),
  // to time `git cat-file --batch` over them alone: the floor of the content inspection.
  const raw = spawnSync('git', exact, { cwd: repoDir, env: gitEnv, maxBuffer: 1 << 30 }).stdout.toString('latin1').split('\0');
  const blobs = new Set();
  for (let i = 0; i < raw.length; i++) {
    const h = raw[i];
    if (!h.startsWith(':')) continue;
    const [, newMode, , newOid, status] = h.slice(1).split(' ');
    if (status[0] !== 'D' && newMode !== '160000') blobs.add(newOid);
    i += status[0] === 'R' || status[0] === 'C' ? 2 : 1;
  }
  const blobInput = [...blobs].join('\n') + '\n';

  const results = { plain: [], plainNoRenames: [], exact: [], catFile: [], compute: [], computePipe: [] };
  let last;
  const hasTime = existsSync('/usr/bin/time');
  const runChild = (extra) => {
    const argv = [...(hasTime ? ['-v', process.execPath] : []), fileURLToPath(import.meta.url), '--child', '--files', String(FILES), ...extra];
    const run = spawnSync(hasTime ? '/usr/bin/time' : process.execPath, argv, { env: process.env, maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`child failed: ${run.stderr}`);
    const out = JSON.parse(run.stdout.toString());
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr.toString());
    out.maxRssMiBTime = m ? Number(m[1]) / 1024 : undefined;
    return out;
  };
  for (let r = 0; r < RUNS; r++) {
    results.plain.push((await timeCommand(plain)).ms);
    results.plainNoRenames.push((await timeCommand(plainNoRenames)).ms);
    results.exact.push((await timeCommand(exact)).ms);
    results.catFile.push((await timeCommand(['cat-file', '--batch'], blobInput)).ms);
    last = runChild([]);
    results.compute.push(last.ms);
    results.computePipe.push(runChild(['--pipe']).ms);
  }
  const samples = (xs) => xs.map((x) => x.toFixed(0)).join(' ');
  const fmt = (xs) => `median ${median(xs).toFixed(0).padStart(5)} ms, best ${Math.min(...xs).toFixed(0).padStart(5)} ms`;
  console.log(`entries: ${last.entries} ${JSON.stringify(last.statuses)}; symlinks ${last.symlinks}, binary ${last.binary}, lfs ${last.lfs}`);
  if (last.warnings.length) console.log(`git warnings: ${last.warnings.join(' | ')}`);
  console.log(`${RUNS} runs (${availableParallelism()} CPUs, load average ${loadavg()[0].toFixed(2)} at the end):`);
  console.log(`  git diff --raw -z <mb> agent                     ${fmt(results.plain)}`);
  console.log(`  git diff-tree -r --raw -z (no rename detection)  ${fmt(results.plainNoRenames)}`);
  console.log(`  git diff-tree as run by computeChangeSet (-M)    ${fmt(results.exact)}`);
  console.log(`  git cat-file --batch over the ${blobs.size} head blobs    ${fmt(results.catFile)}`);
  console.log(`  computeChangeSet end to end (spill files)        ${fmt(results.compute)}`);
  console.log(`  computeChangeSet end to end (pipes)              ${fmt(results.computePipe)}`);
  console.log(`  samples (ms): spill files ${samples(results.compute)}; pipes ${samples(results.computePipe)}`);
  const floor = results.exact.map((x, i) => x + results.catFile[i]);
  console.log(
    `  ratio computeChangeSet / (diff-tree + cat-file)  median ${(median(results.compute) / median(floor)).toFixed(2)}x, best ${(Math.min(...results.compute) / Math.min(...floor)).toFixed(2)}x`,
  );
  console.log(
    `  ratio computeChangeSet / git diff --raw -z       median ${(median(results.compute) / median(results.plain)).toFixed(2)}x, best ${(Math.min(...results.compute) / Math.min(...results.plain)).toFixed(2)}x`,
  );
  console.log(
    `peak RSS of the node process: ${last.peakRssMiB.toFixed(0)} MiB sampled (baseline ${last.baselineRssMiB.toFixed(0)} MiB)` +
      (last.maxRssMiBTime !== undefined ? `, ${last.maxRssMiBTime.toFixed(0)} MiB per /usr/bin/time -v` : ''),
  );
}

if (CHILD) await child();
else await main();
