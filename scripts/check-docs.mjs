// Checks README.md and docs/*.md against the repository, so the documentation cannot drift from it:
// - every relative link points at a file that exists and, for a `#anchor` into a Markdown file, at a
//   heading (GitHub's anchor for it) or an `id`/`name` in it;
// - every `agent-guard ...` / `node dist/cli.js ...` line in a shell or plain code block names a command
//   the CLI has and only options that command takes; a synopsis line (`agent-guard CMD [--opt ...]`)
//   lists exactly the command's options, and every command has one somewhere;
// - `npm run NAME` names a script in package.json, `node PATH` a file that exists;
// - `$ node dist/cli.js ...` transcripts print what they show; `<!-- validate: policy|manifest -->` blocks
//   load with `agent-guard validate`; `<!-- shape: check -->` JSON has the keys `check --format json` prints;
//   `<!-- inputs|outputs: action.yml -->` tables name exactly the inputs or outputs of that action.
// The CLI is built from the current sources (or given with --cli). Usage: check-docs.mjs [--root DIR] [--cli FILE]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { root: { type: 'string' }, cli: { type: 'string' } } });
const root = resolve(args.root ?? here);
const problems = [];
const tmp = mkdtempSync(join(tmpdir(), 'agent-guard-docs-'));

/** The Markdown files checked: README.md and docs/*.md. */
const docsDir = join(root, 'docs');
const files = ['README.md', ...(existsSync(docsDir) ? readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`) : [])].filter((f) => existsSync(join(root, f)));

/** Splits a Markdown file into prose lines and fenced code blocks (with the comment line before each). */
function parse(text) {
  const prose = [];
  const blocks = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)(```+|~~~+)\s*(\S*)/.exec(lines[i]);
    if (!fence) {
      prose.push({ line: i + 1, text: lines[i] });
      continue;
    }
    const start = i;
    const body = [];
    for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence[2]); i++) body.push(lines[i]);
    let before = start - 1;
    while (before >= 0 && lines[before].trim() === '') before--;
    const marker = before >= 0 ? /^<!--\s*([\s\S]*?)\s*-->$/.exec(lines[before].trim())?.[1] ?? '' : '';
    blocks.push({ line: start + 1, lang: fence[3].toLowerCase(), body: body.join('\n') + '\n', marker });
  }
  return { prose, blocks };
}

/** GitHub's anchor for a heading: formatting dropped, lower case, punctuation removed, spaces to hyphens. */
function slug(heading) {
  const text = heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
  return text.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

const anchorCache = new Map();
function anchorsOf(file) {
  if (anchorCache.has(file)) return anchorCache.get(file);
  const anchors = new Set();
  const seen = new Map();
  for (const { text } of parse(readFileSync(file, 'utf8')).prose) {
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
    if (h) {
      const base = slug(h[1]);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      anchors.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const m of text.matchAll(/<a\s[^>]*\b(?:id|name)="([^"]+)"/g)) anchors.add(m[1]);
  }
  anchorCache.set(file, anchors);
  return anchors;
}

function checkLink(file, line, target) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return; // https:, mailto:, ...
  const [pathPart, anchor] = target.split('#', 2);
  const path = decodeURIComponent(pathPart);
  const dest = path === '' ? join(root, file) : path.startsWith('/') ? join(root, path) : resolve(dirname(join(root, file)), path);
  const where = `${file}:${line}`;
  if (relative(root, dest).startsWith('..')) return problems.push(`${where}: link ${target} leaves the repository`);
  if (!existsSync(dest)) return problems.push(`${where}: link ${target}: ${relative(root, dest)} does not exist`);
  if (anchor === undefined || !dest.endsWith('.md') || statSync(dest).isDirectory()) return;
  if (!anchorsOf(dest).has(decodeURIComponent(anchor))) problems.push(`${where}: link ${target}: no heading or id "${anchor}" in ${relative(root, dest)}`);
}

const docs = files.map((f) => ({ file: f, ...parse(readFileSync(join(root, f), 'utf8')) }));

// Links, outside code (inline code spans are not links either).
for (const { file, prose } of docs) {
  for (const { line, text } of prose) {
    const bare = text.replace(/`[^`]*`/g, '');
    for (const m of bare.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) checkLink(file, line, m[1]);
    const ref = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(bare);
    if (ref) checkLink(file, line, ref[1]);
  }
}

// The CLI, from the current sources unless given.
let cli = args.cli;
if (!cli) {
  const { bundle } = await import('./build.mjs');
  await bundle(join(tmp, 'dist'));
  cli = join(tmp, 'dist', 'cli.js');
}
const runCli = (argv, cwd = root) => spawnSync(process.execPath, [cli, ...argv], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });

// Each command's options, from the CLI's own usage.
const usage = new Map();
for (const line of runCli(['--help']).stdout.split('\n')) {
  const m = /^\s*agent-guard ([a-z][a-z-]*)\s(.*)$/.exec(line);
  if (m) usage.set(m[1], optionsIn(m[2]));
}
if (usage.size === 0) problems.push('agent-guard --help lists no command');
function optionsIn(text) {
  const cut = text.search(/(^|\s)--(\s|$)/); // after a bare `--` come the command's own arguments
  return new Set([...(cut === -1 ? text : text.slice(0, cut)).matchAll(/(?<![\w-])--?[a-z][a-z-]*/g)].map((m) => m[0]));
}
const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
const synopsised = new Set();

const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
for (const { file, blocks } of docs) {
  for (const block of blocks.filter((b) => ['', 'sh', 'bash', 'shell', 'console'].includes(b.lang))) {
    // A synopsis may continue on indented lines (`[--more]`, `(environment: ...)`). In a transcript
    // only the `$ ` lines are commands; the rest is what they print.
    const lines = [];
    for (const [i, text] of block.body.split('\n').entries()) {
      if (/^\s+[[(]/.test(text) && lines.length && /agent-guard [a-z]/.test(lines.at(-1).text)) lines.at(-1).text += ` ${text.trim()}`;
      else lines.push({ line: block.line + 1 + i, text });
    }
    const isTranscript = lines.some(({ text }) => text.startsWith('$ '));
    for (const { line, text } of lines.filter((l) => !isTranscript || l.text.startsWith('$ '))) {
      const where = `${file}:${line}`;
      const code = text.replace(/^\$\s+/, '').replace(/\s#\s.*$/, '');
      const call = /(?:^\s*(?:[A-Z_][A-Z0-9_]*=\S*\s+)*|[|;&]\s*)(?:agent-guard|node dist\/cli\.js)\s+([a-z][a-z-]*)(.*)$/.exec(code);
      if (call && call[1] !== 'help') {
        const [, name, tail] = call;
        const known = usage.get(name);
        // A synopsis (`[--opt ...]`) lists every option; a command line stops at a pipe or `;`/`&&`.
        const synopsis = tail.includes('[--');
        const used = optionsIn(synopsis ? tail : tail.split(/\s(?:\||;|&&)\s/)[0]);
        if (!known) problems.push(`${where}: agent-guard has no command "${name}"`);
        else if (synopsis) {
          synopsised.add(name);
          if (!sameSet(used, known)) problems.push(`${where}: the synopsis of ${name} lists ${[...used].join(' ')}; the command takes ${[...known].join(' ')}`);
        } else {
          for (const o of used) if (!known.has(o) && o !== '--help' && o !== '-h') problems.push(`${where}: agent-guard ${name} has no option ${o}`);
        }
      }
      for (const m of code.matchAll(/\bnpm run ([\w:-]+)/g)) if (!(m[1] in scripts)) problems.push(`${where}: npm run ${m[1]}: no such script in package.json`);
      for (const m of code.matchAll(/(?:^|\s)node ((?:\.\/)?(?:scripts|dist)\/[\w./-]+)/g)) if (!existsSync(join(root, m[1]))) problems.push(`${where}: node ${m[1]}: no such file`);
    }
    // Transcripts: `$ node dist/cli.js ...` followed by what it prints.
    const transcript = block.body.split(/^\$ /m).slice(1);
    for (const part of transcript) {
      const [command, ...output] = part.split('\n');
      const argv = command.trim().split(/\s+/);
      if (argv[0] !== 'node' || argv[1] !== 'dist/cli.js' || argv.slice(2).some((a) => /[$`'"*?|;&<>]/.test(a))) {
        problems.push(`${file}:${block.line}: transcript "$ ${command}" is not a plain node dist/cli.js command CI can run`);
        continue;
      }
      const shown = output.join('\n').trimEnd();
      const printed = runCli(argv.slice(2)).stdout.trimEnd();
      if (printed !== shown) problems.push(`${file}:${block.line}: "$ ${command}" prints\n${printed}\n  not\n${shown}`);
    }
  }
}
for (const name of usage.keys()) if (!synopsised.has(name)) problems.push(`agent-guard ${name} has no synopsis (agent-guard ${name} [--...]) in README.md or docs/`);

// `<!-- validate: policy -->` and `<!-- validate: manifest against FILE -->` blocks.
const marked = (kind) => docs.flatMap(({ file, blocks }) => blocks.filter((b) => new RegExp(`^${kind}\\b`).test(b.marker)).map((b) => ({ file, ...b })));
const policyBlocks = marked('validate: policy');
for (const b of marked('validate: (policy|manifest)')) {
  const dir = mkdtempSync(join(tmp, 'validate-'));
  const argv = ['validate'];
  if (b.marker.startsWith('validate: policy')) {
    writeFileSync(join(dir, 'policy.yml'), b.body);
    argv.push('--policy', join(dir, 'policy.yml'));
  } else {
    const against = /\bagainst (\S+)/.exec(b.marker)?.[1];
    const policy = policyBlocks.find((p) => p.file === against);
    if (against && !policy) {
      problems.push(`${b.file}:${b.line}: no <!-- validate: policy --> block in ${against}`);
      continue;
    }
    if (policy) writeFileSync(join(dir, 'policy.yml'), policy.body);
    writeFileSync(join(dir, 'manifest.yml'), b.body);
    argv.push(...(policy ? ['--policy', join(dir, 'policy.yml')] : []), '--manifest', join(dir, 'manifest.yml'));
  }
  const r = runCli(argv);
  if (r.status !== 0) problems.push(`${b.file}:${b.line}: agent-guard validate refuses this block:\n${r.stdout}${r.stderr}`);
}

// `<!-- shape: check -->` JSON: the keys and value types `check --format json` prints, in a repository
// whose base holds the policy and manifest examples and whose head renames a file on a task branch.
const shapes = marked('shape: check');
if (shapes.length) {
  const repo = join(tmp, 'repo');
  mkdirSync(join(repo, '.github', 'agent-tasks'), { recursive: true });
  mkdirSync(join(repo, 'src'));
  const git = (...a) => execFileSync('git', ['-c', 'user.name=docs', '-c', 'user.email=docs@example.invalid', '-c', 'commit.gpgsign=false', ...a], { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  const manifests = marked('validate: manifest');
  // The full example policy of docs/policy.md (the README's blocks are excerpts that show one field).
  const policyBlock = policyBlocks.find((b) => b.file === 'docs/policy.md') ?? policyBlocks[0];
  if (policyBlock) writeFileSync(join(repo, '.github', 'agent-policy.yml'), policyBlock.body);
  if (manifests[0]) writeFileSync(join(repo, '.github', 'agent-tasks', 'current.yml'), manifests[0].body);
  writeFileSync(join(repo, 'src', 'a.ts'), 'export const a = 1;\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  git('switch', '-qc', 'agent/fix-1');
  git('mv', 'src/a.ts', 'src/b.ts');
  git('commit', '-qm', 'head');
  const argv = ['check', '--repo', repo, '--base', 'main', '--format', 'json', '--repository', 'acme/payments-api'];
  if (manifests[0]) argv.push('--manifest', 'main:.github/agent-tasks/current.yml');
  const real = JSON.parse(runCli(argv).stdout || 'null');
  const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const compare = (doc, out, at, where) => {
    if (kind(doc) !== kind(out)) return problems.push(`${where}: ${at || 'the output'} is ${kind(doc)} here, ${kind(out)} in check's output`);
    if (kind(doc) === 'array' && doc.length && out.length) compare(doc[0], out[0], `${at}[0]`, where);
    if (kind(doc) !== 'object') return;
    const dk = Object.keys(doc);
    const ok = Object.keys(out);
    for (const k of ok.filter((k) => !dk.includes(k))) problems.push(`${where}: check's output has ${at}${at ? '.' : ''}${k}, the example does not`);
    for (const k of dk.filter((k) => !ok.includes(k))) problems.push(`${where}: the example has ${at}${at ? '.' : ''}${k}, check's output does not`);
    for (const k of dk.filter((k) => ok.includes(k))) compare(doc[k], out[k], `${at}${at ? '.' : ''}${k}`, where);
  };
  for (const b of shapes) {
    try {
      compare(JSON.parse(b.body), real, '', `${b.file}:${b.line}`);
    } catch (err) {
      problems.push(`${b.file}:${b.line}: the example is not JSON: ${err.message}`);
    }
  }
}

// `<!-- inputs: FILE -->` / `<!-- outputs: FILE -->` tables: the backticked names in the first column.
for (const { file, prose } of docs) {
  for (let i = 0; i < prose.length; i++) {
    const m = /^<!--\s*(inputs|outputs): (\S+)/.exec(prose[i].text.trim());
    if (!m) continue;
    const actionFile = join(root, m[2]);
    if (!existsSync(actionFile)) {
      problems.push(`${file}:${prose[i].line}: ${m[2]} does not exist`);
      continue;
    }
    const declared = new Set(Object.keys(parseYaml(readFileSync(actionFile, 'utf8'))[m[1]] ?? {}));
    const named = new Set();
    let j = i + 1;
    while (j < prose.length && !prose[j].text.startsWith('|')) j++;
    for (j += 2; j < prose.length && prose[j].text.startsWith('|'); j++) {
      for (const n of prose[j].text.split('|')[1].matchAll(/`([^`]+)`/g)) named.add(n[1]);
    }
    const missing = [...declared].filter((n) => !named.has(n));
    const extra = [...named].filter((n) => !declared.has(n));
    if (missing.length) problems.push(`${file}:${prose[i].line}: the ${m[1]} table of ${m[2]} lacks ${missing.join(', ')}`);
    if (extra.length) problems.push(`${file}:${prose[i].line}: the ${m[1]} table of ${m[2]} names ${extra.join(', ')}, which it does not declare`);
  }
}

rmSync(tmp, { recursive: true, force: true });
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s) in README.md and docs/*.md`);
  process.exitCode = 1;
} else {
  console.log(`checked ${files.length} file(s): links, commands, transcripts, examples and action tables match the repository`);
}
