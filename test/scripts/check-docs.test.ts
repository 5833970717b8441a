// scripts/check-docs.mjs holds README.md and docs/*.md to the repository: links and anchors, the
// commands and options code blocks use, transcripts, policy and manifest examples, action tables.
// Run on the repository itself, on a small tree where everything resolves, and on one with a fault
// of each kind, so every check is seen to pass and to fail.

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { USAGE } from '../../src/cli/main.js';
import { bundlePath, REPO_ROOT } from '../support/bundle.js';

const SCRIPT = join(REPO_ROOT, 'scripts', 'check-docs.mjs');

function check(root?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const argv = [SCRIPT, '--cli', bundlePath('cli.js'), ...(root ? ['--root', root] : [])];
  return new Promise((done) => {
    execFile(process.execPath, argv, { encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
  });
}

const roots: string[] = [];
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'agent-guard-docs-test-'));
  roots.push(root);
  for (const [path, text] of Object.entries({ 'package.json': '{ "scripts": { "test": "jest" } }\n', ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const fence = '```';
/** Every command's synopsis, as the CLI prints it: the check wants one for each command. */
const SYNOPSES = `${fence}\n${USAGE.split('\n').filter((l) => l.trim().startsWith('agent-guard ')).map((l) => l.trim()).join('\n')}\n${fence}\n`;
const ACTION = 'name: x\ndescription: x\ninputs:\n  policy: { description: x }\n  mode: { description: x }\noutputs:\n  verdict: { description: x }\nruns: { using: node24, main: x.js }\n';

test('the repository: README.md and docs/*.md match it', async () => {
  const r = await check();
  expect(r.stderr).toBe('');
  expect(r.stdout).toMatch(/^checked \d+ file\(s\)/);
  expect(r.code).toBe(0);
});

test('a tree where every link, anchor, command and table resolves passes', async () => {
  const root = tree({
    'README.md': [
      '# Fixture',
      '[a](docs/a.md) [b](docs/a.md#the-root-action-guard-diff-and-the-gate) [c](#fixture) [d](docs/a.md#twice-1)',
      '[e](docs/a.md#kept) [f](docs/) [g](https://example.com/missing.md) ![h](docs/a.md "title")',
      '`[a code span is not a link](missing.md)`',
      '',
      `${fence}sh\nnpm run test\nnode dist/cli.js check --base main --format json   # a comment --nope\nGITHUB_TOKEN=x agent-guard approvals --repo o/n --pr 1 | jq .\n${fence}`,
      '',
      SYNOPSES,
      `${fence}\n$ node dist/cli.js --help\n${USAGE}\n${fence}`,
    ].join('\n'),
    'docs/a.md': [
      '# The root action: `guard-diff` and the gate',
      '## Twice',
      '## Twice',
      '<a id="kept"></a>',
      `${fence}\n[in a code block](missing.md)\n## not a heading\n${fence}`,
      '<!-- inputs: action.yml -->',
      '| input | meaning |',
      '|---|---|',
      '| `policy`, `mode` | x |',
      '',
      '<!-- outputs: action.yml -->',
      '| output | meaning |',
      '|---|---|',
      '| `verdict` | x |',
      '',
      '<!-- validate: policy -->',
      `${fence}yaml\nversion: 1\n${fence}`,
    ].join('\n'),
    'dist/cli.js': '',
    'action.yml': ACTION,
  });
  const r = await check(root);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
});

test('a fault of each kind is reported, with the file and line, and the check fails', async () => {
  const root = tree({
    'README.md': [
      '# Fixture',
      '[a](docs/missing.md) [b](docs/a.md#nope) [c](#nope) [d](../outside.md)',
      `${fence}sh\nnpm run nope\nagent-guard frob\nnode dist/cli.js check --nope\nagent-guard validate [--policy FILE] [--manifest FILE]...\n${fence}`,
      `${fence}\n$ node dist/cli.js --help\nnothing like the usage\n${fence}`,
      '<!-- validate: policy -->',
      `${fence}yaml\nversion: 2\n${fence}`,
      '<!-- inputs: action.yml -->',
      '| input | meaning |',
      '|---|---|',
      '| `policy`, `modes` | x |',
    ].join('\n'),
    'docs/a.md': '# A\n',
    'dist/cli.js': '',
    'action.yml': ACTION,
  });
  const r = await check(root);
  expect(r.code).toBe(1);
  for (const problem of [
    'README.md:2: link docs/missing.md: docs/missing.md does not exist',
    'README.md:2: link docs/a.md#nope: no heading or id "nope" in docs/a.md',
    'README.md:2: link #nope: no heading or id "nope" in README.md',
    'README.md:2: link ../outside.md leaves the repository',
    'README.md:4: npm run nope: no such script in package.json',
    'README.md:5: agent-guard has no command "frob"',
    'README.md:6: agent-guard check has no option --nope',
    'README.md:7: the synopsis of validate lists --policy --manifest; the command takes --policy --manifest --format',
    'README.md:9: "$ node dist/cli.js --help" prints',
    'README.md:14: agent-guard validate refuses this block',
    'README.md:17: the inputs table of action.yml lacks mode',
    'README.md:17: the inputs table of action.yml names modes, which it does not declare',
    'agent-guard check has no synopsis',
  ]) {
    expect(r.stderr).toContain(problem);
  }
});
