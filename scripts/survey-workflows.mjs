#!/usr/bin/env node
// Runs the workflow review over the workflows, action metadata and Dependabot files of git mirrors
// (bare or not; HEAD is read with git, no network) and prints the findings per rule and per repository.
// Each file is reviewed as added (every finding counts) and then against itself reformatted (other
// indentation, quoting and a leading comment), which must introduce nothing.
// Files under test-data, testdata, tests or fixtures directories (linters' own bad examples) are skipped
// unless --include-tests. --all-yaml reviews every other .yml/.yaml file too, as if it were a workflow (a
// stress test on linters' corpora of bad workflows: no crash, and a reformat still introduces nothing).
//   node scripts/survey-workflows.mjs [--samples N] [--rule ID] [--json] [--include-tests] GITDIR...
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  options: { samples: { type: 'string', default: '3' }, rule: { type: 'string' }, json: { type: 'boolean', default: false }, 'include-tests': { type: 'boolean', default: false }, 'all-yaml': { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (positionals.length === 0) {
  console.error('usage: node scripts/survey-workflows.mjs [--samples N] [--rule ID] [--json] GITDIR...');
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'agent-guard-survey-'));
const entry = join(tmp, 'entry.ts');
writeFileSync(entry, `export { reviewWorkflowFile, WORKFLOW_RULE_IDS } from '${root}/src/core/workflow-review.ts';\nexport { reviewedFileKind } from '${root}/src/core/rules/workflows/model.ts';\nexport { parse, stringify } from 'yaml';\n`);
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: join(tmp, 'core.mjs'), logLevel: 'warning', nodePaths: [join(root, 'node_modules')], banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
const core = await import(pathToFileURL(join(tmp, 'core.mjs')).href);
rmSync(tmp, { recursive: true, force: true });

const TEST_DIR = /(?:^|\/)(?:test-?data|tests?|fixtures|__fixtures__|examples?)\//i;
const git = (dir, args) => execFileSync('git', ['--git-dir', dir, ...args], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
const repoName = (dir) => basename(dir.replace(/\/repo\/?$|\/\.git\/?$|\/$/g, '')).replace('+', '/');

const perRule = new Map(); // rule -> { count, repos: Map, samples: [] }
const perRepo = [];
const crashes = [];
const unstable = [];
let files = 0;

for (const dir of positionals) {
  const name = repoName(dir);
  const all = git(dir, ['ls-tree', '-r', '--name-only', 'HEAD']).split('\n').filter(Boolean);
  const paths = all.filter((p) => core.reviewedFileKind(p) !== null && (values['include-tests'] || !TEST_DIR.test(p)));
  // As a workflow path: the file's own when GitHub would run it, else one under .github/workflows.
  const asPath = new Map(paths.map((p) => [p, p]));
  if (values['all-yaml']) for (const p of all) if (!asPath.has(p) && /\.ya?ml$/i.test(p)) asPath.set(p, `.github/workflows/${p.replace(/\//g, '__')}`);
  let repoFindings = 0;
  for (const [source, path] of asPath) {
    let text;
    try {
      text = git(dir, ['show', `HEAD:${source}`]);
    } catch {
      continue; // a submodule or an unreadable blob
    }
    files++;
    let review;
    try {
      review = core.reviewWorkflowFile(path, null, text);
    } catch (err) {
      crashes.push({ repo: name, path, error: String(err?.stack ?? err) });
      continue;
    }
    for (const f of review.introduced) {
      repoFindings++;
      const r = perRule.get(f.rule) ?? { count: 0, repos: new Map(), samples: [] };
      r.count++;
      r.repos.set(name, (r.repos.get(name) ?? 0) + 1);
      r.samples.push({ repo: name, path, code: f.code, where: f.where, message: f.message });
      perRule.set(f.rule, r);
    }
    // A reformat must introduce nothing (an unparseable file is reported whatever its base).
    if (review.introduced.some((f) => f.code === 'workflow_unparseable')) continue;
    let reformatted;
    try {
      reformatted = `# reformatted\n${core.stringify(core.parse(text), { indent: 4, lineWidth: 0 })}`;
    } catch {
      continue;
    }
    try {
      const again = core.reviewWorkflowFile(path, text, reformatted);
      if (again.introduced.length > 0) unstable.push({ repo: name, path, introduced: again.introduced.map((f) => `${f.rule}:${f.code}`) });
    } catch (err) {
      crashes.push({ repo: name, path: `${path} (reformatted)`, error: String(err?.stack ?? err) });
    }
  }
  perRepo.push({ repo: name, files: asPath.size, findings: repoFindings });
}

const rules = [...perRule.entries()].sort((a, b) => b[1].count - a[1].count);
if (values.json) {
  console.log(JSON.stringify({ files, repos: perRepo, rules: Object.fromEntries(rules.map(([id, r]) => [id, { count: r.count, repos: Object.fromEntries(r.repos) }])), crashes, unstable }, null, 2));
} else {
  console.log(`${positionals.length} repositories, ${files} files`);
  for (const r of perRepo) console.log(`  ${r.repo.padEnd(32)} ${String(r.files).padStart(4)} files ${String(r.findings).padStart(5)} findings`);
  console.log('\nfindings per rule (repositories with the rule):');
  for (const [id, r] of rules) console.log(`  ${id.padEnd(44)} ${String(r.count).padStart(5)}  (${r.repos.size})`);
  const silent = [...core.WORKFLOW_RULE_IDS].filter((id) => !perRule.has(id));
  console.log(`\nrules with no finding: ${silent.join(', ') || 'none'}`);
  console.log(`crashes: ${crashes.length}; reformats that introduced something: ${unstable.length}`);
  for (const c of crashes) console.log(`  CRASH ${c.repo} ${c.path}: ${c.error.split('\n')[0]}`);
  for (const u of unstable) console.log(`  UNSTABLE ${u.repo} ${u.path}: ${u.introduced.join(', ')}`);
  const n = Number(values.samples);
  for (const [id, r] of rules) {
    if (values.rule !== undefined && values.rule !== id) continue;
    const shown = values.rule !== undefined ? r.samples : sampleAcross(r.samples, n);
    if (shown.length === 0) continue;
    console.log(`\n== ${id}`);
    for (const s of shown) console.log(`  ${s.repo} ${s.path} [${s.code}]${s.where?.line !== undefined ? ` line ${s.where.line}` : ''}\n    ${s.message}`);
  }
}

/** Up to n samples, one per repository first. */
function sampleAcross(samples, n) {
  const out = [];
  const seen = new Set();
  for (const s of samples) if (out.length < n && !seen.has(s.repo)) (seen.add(s.repo), out.push(s));
  for (const s of samples) if (out.length < n && !out.includes(s)) out.push(s);
  return out;
}
