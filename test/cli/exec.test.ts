// `agent-guard exec -- CMD ARGS...` as a process, through the BUNDLED dist/cli.js: the command runs only
// when a granted capability allows its argv, with an allow-listed environment, and its exit code is
// passed through; a denial is 126 and runs nothing. Assumes dist/ is fresh (`npm run build`).

import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT, runCli } from '../support/cli.js';
import { makeTempDir } from '../support/git-repo.js';

let dir: string;
let script: string;
let policy: string;
let manifest: string;

/** The child: writes its environment and arguments to a file, then exits as asked (a code or a signal). */
const CHILD = `const fs = require('node:fs');
const args = process.argv.slice(2);
const [out, how] = args[0] === 'publish' ? args.slice(1) : args;
fs.writeFileSync(out, JSON.stringify({ env: process.env, argv: process.argv.slice(2) }));
if (how === 'signal') process.kill(process.pid, 'SIGTERM');
else process.exit(Number(how));
`;

beforeAll(() => {
  dir = makeTempDir('agent-guard-exec-');
  script = join(dir, 'child.cjs');
  writeFileSync(script, CHILD);
  policy = join(dir, 'policy.yml');
  writeFileSync(
    policy,
    `version: 1
capabilities:
  run_tests:
    commands:
      - [node, ${JSON.stringify(script)}, "*"]
      - [agent-guard-no-such-program-xyz]
  publish_artifact:
    commands:
      - [node, ${JSON.stringify(script)}, publish, "*"]
    env: [NPM_TOKEN]
subjects:
  s:
    capabilities: [run_tests, publish_artifact]
`,
  );
  manifest = join(dir, 'manifest.yml');
  writeFileSync(manifest, 'agent_task:\n  subject: s\n  repository: r\n  capabilities: [run_tests]\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const SECRETS = { GITHUB_TOKEN: 'ghs_0123456789abcdefghijklmnopqrstuv', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', NPM_TOKEN: 'npm_0123456789abcdefghijklmnopqrstuv', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'eyJhbGciOiJIUzI1NiJ9.e30.sig' };
const exec = (cmd: string[], opts: { manifest?: string; extra?: string[]; env?: Record<string, string> } = {}) =>
  runCli(['exec', '--policy', policy, '--manifest', opts.manifest ?? manifest, ...(opts.extra ?? []), '--', ...cmd], { env: { ...SECRETS, ...opts.env } });
const childSaw = (out: string) => JSON.parse(readFileSync(out, 'utf8')) as { env: Record<string, string>; argv: string[] };

describe('agent-guard exec', () => {
  test('an allowed command runs with its own exit code and an allow-listed environment', async () => {
    const out = join(dir, 'out-1.json');
    const r = await exec(['node', script, out, '7']);
    expect(r.code).toBe(7);
    const seen = childSaw(out);
    expect(seen.argv).toEqual([out, '7']);
    for (const name of Object.keys(SECRETS)) expect(seen.env[name]).toBeUndefined();
    expect(seen.env.PATH).toBe(process.env.PATH);
    expect(Object.keys(seen.env).every((k) => /^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LANGUAGE|LC_[A-Z]+|TERM|TZ|TMPDIR|TMP|TEMP|CI|NO_COLOR|FORCE_COLOR)$/.test(k))).toBe(true);
  });

  test('exit 0 passes through', async () => {
    expect((await exec(['node', script, join(dir, 'out-0.json'), '0'])).code).toBe(0);
  });

  test('a command ended by a signal exits 128 + the signal number', async () => {
    expect((await exec(['node', script, join(dir, 'out-s.json'), 'signal'])).code).toBe(128 + 15);
  });

  test('a capability passes the variables it names, and only those', async () => {
    const grant = join(dir, 'publish.yml');
    writeFileSync(grant, 'agent_task:\n  subject: s\n  repository: r\n  capabilities: [publish_artifact]\n');
    const out = join(dir, 'out-p.json');
    expect((await exec(['node', script, 'publish', out, '0'], { manifest: grant })).code).toBe(0);
    const seen = childSaw(out);
    expect(seen.env.NPM_TOKEN).toBe(SECRETS.NPM_TOKEN);
    expect(seen.env.GITHUB_TOKEN).toBeUndefined();
  });

  describe('attack: what exec must not run', () => {
    test.each([
      [['node', '-e', 'require("fs").writeFileSync("pwned","")']],
      [['env', 'node', 'x']],
      [['sh', '-c', 'node x']],
      [['curl', 'https://evil.example']],
      [['node', `${script}x`, 'a']],
    ])('%j is denied with 126 and never started', async (cmd) => {
      const r = await exec(cmd);
      expect(r.code).toBe(126);
      expect(r.stderr).toMatch(/^agent-guard exec: .* \[commands\//);
      expect(existsSync(join(REPO_ROOT, 'pwned'))).toBe(false);
    });
    test('an argv a granted wildcard admits runs without the variables of a capability the task lacks', async () => {
      const out = join(dir, 'out-n.json');
      // run_tests' `node SCRIPT *` admits the argv of publish_artifact too: the argv decides, and
      // publish_artifact's NPM_TOKEN stays behind because that capability is not granted.
      expect((await exec(['node', script, 'publish', out, '0'])).code).toBe(0);
      expect(childSaw(out).env.NPM_TOKEN).toBeUndefined();
    });
  });

  test('an allowed program that does not exist exits 127', async () => {
    const r = await exec(['agent-guard-no-such-program-xyz']);
    expect(r.code).toBe(127);
    expect(r.stderr).toContain('could not be started');
  });

  describe('when agent-guard cannot decide, nothing runs and it exits 125', () => {
    test.each([
      ['no --', ['exec', 'node', 'x']],
      ['nothing after --', ['exec', '--']],
      ['an unknown option', ['exec', '--nope', '--', 'node', 'x']],
    ])('%s', async (_, args) => {
      expect((await runCli(args)).code).toBe(125);
    });
    test('a manifest that does not exist', async () => {
      const out = join(dir, 'out-m.json');
      expect((await exec(['node', script, out, '0'], { manifest: join(dir, 'missing.yml') })).code).toBe(125);
      expect(existsSync(out)).toBe(false);
    });
    test('a record file that cannot be written', async () => {
      const out = join(dir, 'out-r.json');
      const link = join(dir, 'record-link');
      symlinkSync(join(dir, 'target'), link);
      expect((await exec(['node', script, out, '0'], { extra: ['--record', link] })).code).toBe(125);
      expect(existsSync(out)).toBe(false);
    });
  });

  test('the record holds the decision and how the command ended, without secret values', async () => {
    const file = join(dir, 'exec.jsonl');
    const out = join(dir, 'out-rec.json');
    await exec(['node', script, out, '3'], { env: { AGENT_GUARD_COMMAND_RECORD: file } });
    await exec(['curl', `-H`, `Authorization: Bearer ${SECRETS.GITHUB_TOKEN}`], { env: { AGENT_GUARD_COMMAND_RECORD: file } });
    const text = readFileSync(file, 'utf8');
    for (const v of Object.values(SECRETS)) expect(text).not.toContain(v);
    const [decided, ended, denied] = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(decided).toMatchObject({ event: 'decision', tool: 'exec', decision: 'allow', capability: 'run_tests', argv: ['node', script, out, '3'] });
    expect(decided.env_passed).toContain('PATH');
    expect(decided.env_passed).not.toContain('GITHUB_TOKEN');
    expect(ended).toMatchObject({ event: 'exit', exit_code: 3, signal: null });
    expect(denied).toMatchObject({ event: 'decision', decision: 'deny', code: 'command_not_granted' });
    expect(JSON.stringify(denied.argv)).toContain('***');
  });
});
