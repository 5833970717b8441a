#!/usr/bin/env node
// False friction on real history: replays commits (JSON lines of changed paths, gzip or plain) through
// guard-diff's evaluation under the built-in baseline policy, and reports the share of human commits
// (authorIsBot false) that need an approval or are denied, by the deciding reason of their first such
// file. Paths only: every file is a regular file (modes, symlinks and binaries are not in the data).
//
//   node scripts/friction.mjs [--data FILE] [--src DIR] [--top N] [--examples N] [--format text|json]
//
// --src evaluates another checkout's src/ (a before figure: --src /path/to/an/older/checkout/src).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(root, '..', 'shared', 'data', 'argocd-changed-paths.jsonl.gz') },
    src: { type: 'string', default: join(root, 'src') },
    top: { type: 'string', default: '15' },
    examples: { type: 'string', default: '4' },
    format: { type: 'string', default: 'text' },
  },
});
const src = resolve(values.src);

const tmp = mkdtempSync(join(tmpdir(), 'agent-guard-friction-'));
const entry = join(tmp, 'entry.ts');
writeFileSync(entry, `export { evaluateChange } from '${src}/core/evaluate.ts';\nexport { BASELINE_POLICY, compilePolicy } from '${src}/core/policy.ts';\n`);
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: join(tmp, 'core.mjs'), logLevel: 'warning',
  // yaml requires node built-ins; an ESM bundle needs a require of its own.
  banner: { js: "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);" } });
const core = await import(pathToFileURL(join(tmp, 'core.mjs')).href);

const raw = readFileSync(values.data);
const text = (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw).toString('utf8');
const commits = text.split('\n').filter(Boolean).map((l) => JSON.parse(l));

const compiled = core.compilePolicy(core.BASELINE_POLICY);
const policy = { compiled, source: 'baseline', sha256: '' };
const STATUS = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed', C: 'copied', T: 'type_changed' };
const ZERO = '0'.repeat(40);
const ONE = '1'.repeat(40);

function entryOf(f) {
  const status = STATUS[f.status[0]] ?? 'modified';
  const gone = status === 'deleted';
  const fresh = status === 'added' || status === 'copied';
  const e = {
    status,
    path: f.path,
    oldMode: fresh ? '000000' : '100644',
    newMode: gone ? '000000' : '100644',
    oldKind: fresh ? 'none' : 'regular',
    newKind: gone ? 'none' : 'regular',
    oldBlob: fresh ? ZERO : ONE,
    newBlob: gone ? ZERO : ONE,
  };
  if (f.previousPath !== undefined) e.previousPath = f.previousPath;
  return e;
}

/** The deciding reason's rule and code (objects), or the reason text (older builds with string reasons). */
function reasonKey(r) {
  if (r === undefined) return 'unknown';
  if (typeof r === 'string') return r.replace(/\(.*?\)/g, '(…)').slice(0, 100);
  return `${r.rule} ${r.code}`;
}

// A commit that changes a protected file (the built-in floor: CI, review rules, agent, git, package
// manager, toolchain, secrets) needs an approval by design; the others are the ordinary changes whose
// friction positive identification decides.
const FLOOR_RULES = new Set(['paths/identify', 'paths/tier-rules']);
const touchesProtected = (e) => e.files.some((f) => f.reasons.some((r) => typeof r === 'object' && r.rule.startsWith('paths/') && !FLOOR_RULES.has(r.rule) && f.tier === 'high'));
const ordinary = { commits: 0, approval: 0, deny: 0 };
const human = { commits: 0, approval: 0, deny: 0 };
const bot = { commits: 0, approval: 0, deny: 0 };
const byReason = new Map();
const examples = new Map();
for (const c of commits) {
  const e = core.evaluateChange({ base: ONE, head: ONE, mergeBase: ONE, entries: c.files.map(entryOf) }, policy, null);
  const who = c.authorIsBot ? bot : human;
  who.commits++;
  const plain = !c.authorIsBot && !touchesProtected(e);
  if (plain) ordinary.commits++;
  if (e.verdict === 'allow') continue;
  who[e.verdict === 'deny' ? 'deny' : 'approval']++;
  if (plain) ordinary[e.verdict === 'deny' ? 'deny' : 'approval']++;
  if (c.authorIsBot) continue;
  const decisive = e.files.find((f) => f.decision === e.verdict) ?? e.files[0];
  const key = `${e.verdict} ${reasonKey(decisive?.reasons[0])}`;
  byReason.set(key, (byReason.get(key) ?? 0) + 1);
  // Distinct paths by how many commits they decide: which real files drive each share.
  if (!examples.has(key)) examples.set(key, new Map());
  const seen = examples.get(key);
  seen.set(decisive.path, (seen.get(decisive.path) ?? 0) + 1);
}

const pct = (n, d) => (d === 0 ? 0 : (100 * n) / d);
const report = {
  data: values.data,
  src,
  commits: commits.length,
  human: { ...human, friction_pct: Number(pct(human.approval + human.deny, human.commits).toFixed(2)) },
  human_ordinary: { ...ordinary, friction_pct: Number(pct(ordinary.approval + ordinary.deny, ordinary.commits).toFixed(2)) },
  bot: { ...bot, friction_pct: Number(pct(bot.approval + bot.deny, bot.commits).toFixed(2)) },
  by_reason: [...byReason.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(values.top))
    .map(([reason, n]) => ({ reason, commits: n, pct_of_human: Number(pct(n, human.commits).toFixed(2)), examples: [...examples.get(reason).entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(values.examples)).map(([path, commits]) => ({ path, commits })) })),
};
if (values.format === 'json') console.log(JSON.stringify(report, null, 2));
else {
  console.log(`${commits.length} commits (${human.commits} human, ${bot.commits} bot), baseline policy, src ${src}`);
  console.log(`human commits needing an approval: ${human.approval}, denied: ${human.deny} => friction ${report.human.friction_pct}%`);
  console.log(`human commits changing no protected file: ${ordinary.commits}; needing an approval: ${ordinary.approval}, denied: ${ordinary.deny} => friction ${report.human_ordinary.friction_pct}%`);
  console.log(`bot commits needing an approval: ${bot.approval}, denied: ${bot.deny} => ${report.bot.friction_pct}%`);
  console.log('human friction by deciding reason (first file with the verdict):');
  for (const r of report.by_reason) console.log(`  ${String(r.commits).padStart(5)} ${r.pct_of_human.toFixed(2).padStart(6)}%  ${r.reason}  e.g. ${r.examples.map((x) => `${x.path} (${x.commits})`).join(', ')}`);
}
