#!/usr/bin/env node
// False friction on real repositories: runs `agent-guard check` (the CLI bundled from this checkout's
// src/) on each of the last N non-merge human commits of each repository, against its first parent,
// under the policy in force (the built-in baseline when the repository has none), and reports the share
// that needs an approval or is denied, by the deciding reason of the first such file. Full review:
// kinds, modes and content rules run, as on a pull request.
//
//   node scripts/friction-repos.mjs --repo GITDIR [--repo GITDIR]... [--count N] [--examples N] [--format text|json]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundle } from './build.mjs';

const { values } = parseArgs({
  options: {
    repo: { type: 'string', multiple: true, default: [] },
    count: { type: 'string', default: '200' },
    examples: { type: 'string', default: '3' },
    format: { type: 'string', default: 'text' },
  },
});
if (values.repo.length === 0) throw new Error('give --repo GITDIR (a clone or a bare repository)');

const out = join(mkdtempSync(join(tmpdir(), 'agent-guard-friction-repos-')), 'dist');
await bundle(out);
const cli = join(out, 'cli.js');

// Bots by their author identity: GitHub apps (`[bot]`) and the dependency and CI bots that commit as users.
const BOT = /\[bot\]|dependabot|renovate|greenkeeper|github-actions|pre-commit-ci|snyk-bot|mergify|imgbot|allcontributors/i;
// Rules whose high tier is the identification default beneath the protected set (see friction.mjs).
const FLOOR_RULES = new Set(['paths/identify', 'paths/tier-rules']);

const reports = [];
for (const repo of values.repo) {
  const log = execFileSync('git', ['--git-dir', repo, 'log', '--no-merges', '--format=%H%x00%P%x00%an <%ae>'], { maxBuffer: 1 << 28 }).toString('utf8');
  const commits = log
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\0'))
    .filter(([, parents, author]) => parents.length > 0 && !BOT.test(author))
    .slice(0, Number(values.count));
  const r = { repo, commits: commits.length, approval: 0, deny: 0, ordinary: { commits: 0, approval: 0, deny: 0 }, errors: 0, byReason: new Map() };
  for (const [sha, parents] of commits) {
    const parent = parents.split(' ')[0];
    const run = spawnSync(process.execPath, [cli, 'check', '--repo', repo, '--base', parent, '--head', sha, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28, env: { PATH: process.env.PATH ?? '' } });
    let e;
    try {
      e = JSON.parse(run.stdout);
    } catch {
      r.errors++;
      console.error(`${repo} ${sha}: exit ${run.status}: ${run.stderr.trim().slice(0, 300)}`);
      continue;
    }
    const plain = !e.files.some((f) => f.tier === 'high' && f.reasons.some((x) => x.rule.startsWith('paths/') && !FLOOR_RULES.has(x.rule)));
    if (plain) r.ordinary.commits++;
    if (e.verdict === 'allow') continue;
    const key = e.verdict === 'deny' ? 'deny' : 'approval';
    r[key]++;
    if (plain) r.ordinary[key]++;
    const decisive = e.files.find((f) => f.decision === e.verdict);
    const first = decisive?.reasons[0] ?? e.violations[0];
    const reason = `${e.verdict} ${first ? `${first.rule ?? ''} ${first.code}` : 'unknown'}`;
    if (!r.byReason.has(reason)) r.byReason.set(reason, new Map());
    const seen = r.byReason.get(reason);
    const path = decisive?.path ?? '(task)';
    seen.set(path, (seen.get(path) ?? 0) + 1);
  }
  reports.push(r);
}

const pct = (n, d) => (d === 0 ? 0 : Number(((100 * n) / d).toFixed(2)));
const json = reports.map((r) => ({
  repo: r.repo,
  human_commits: r.commits,
  approval: r.approval,
  deny: r.deny,
  friction_pct: pct(r.approval + r.deny, r.commits),
  ordinary: { ...r.ordinary, friction_pct: pct(r.ordinary.approval + r.ordinary.deny, r.ordinary.commits) },
  errors: r.errors,
  by_reason: [...r.byReason.entries()]
    .map(([reason, paths]) => ({ reason, commits: [...paths.values()].reduce((a, b) => a + b, 0), examples: [...paths.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(values.examples)).map(([path, n]) => ({ path, commits: n })) }))
    .sort((a, b) => b.commits - a.commits),
}));
if (values.format === 'json') console.log(JSON.stringify(json, null, 2));
else {
  for (const r of json) {
    console.log(`${r.repo}: ${r.human_commits} human commits: approval ${r.approval}, deny ${r.deny} => ${r.friction_pct}%; changing no protected file: ${r.ordinary.commits}, approval ${r.ordinary.approval}, deny ${r.ordinary.deny} => ${r.ordinary.friction_pct}%${r.errors ? `; ${r.errors} could not be checked` : ''}`);
    for (const x of r.by_reason) console.log(`  ${String(x.commits).padStart(4)}  ${x.reason}  e.g. ${x.examples.map((e) => `${e.path} (${e.commits})`).join(', ')}`);
  }
}
