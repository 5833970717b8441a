// `--help` and `-h` for the command and every subcommand: the usage and options on stdout, exit 0, and
// nothing else done (no git, no token, no file read), wherever the flag stands among the arguments.
// In process through `main` for every spelling, and once per command through the bundled binary.

import { dispatch, main, USAGE, type Command } from '../../src/cli/main.js';
import { APPROVALS_HELP, CHECK_HELP, VALIDATE_HELP } from '../../src/cli/usage.js';
import { runCli } from '../support/cli.js';

async function run(argv: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd: '/nonexistent-agent-guard-cwd' });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Every option each command's parser accepts, and the help that must name them. */
const COMMANDS = {
  check: { help: CHECK_HELP, options: ['--repo', '--base', '--head', '--policy', '--manifest', '--branch', '--repository', '--format', '--all'] },
  validate: { help: VALIDATE_HELP, options: ['--policy', '--manifest', '--format'] },
  approvals: { help: APPROVALS_HELP, options: ['--repo', '--pr', '--policy', '--manifest', '--checkout', '--format'] },
} as const;
type Name = keyof typeof COMMANDS;
const NAMES = Object.keys(COMMANDS) as Name[];

describe('agent-guard --help', () => {
  test.each([['--help'], ['-h'], ['help']])('%s prints the usage of every command, exit 0', async (flag) => {
    const r = await run([flag]);
    expect(r).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    for (const name of NAMES) expect(r.stdout).toContain(`agent-guard ${name} `);
    expect(r.stdout).toMatch(/--help/);
  });

  test('no command at all is a usage error: the usage, exit 3', async () => {
    expect(await run([])).toEqual({ code: 3, stdout: USAGE, stderr: '' });
  });

  test('help for an unknown command is a usage error, exit 3', async () => {
    const r = await run(['help', 'frob']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^agent-guard: unknown command "frob"/);
  });
});

describe.each(NAMES)('agent-guard %s --help', (name) => {
  const { help, options } = COMMANDS[name];

  test.each([['--help'], ['-h']])(`${name} %s prints its usage and every option, exit 0`, async (flag) => {
    const r = await run([name, flag]);
    expect(r).toEqual({ code: 0, stdout: help, stderr: '' });
    expect(help.startsWith(`usage: agent-guard ${name} `)).toBe(true);
    for (const option of [...options, '--help', '-h']) expect(help).toContain(option);
    expect(help).toMatch(/exit codes: 0 /);
  });

  test(`help ${name} is the same text`, async () => {
    expect(await run(['help', name])).toEqual({ code: 0, stdout: help, stderr: '' });
  });

  test(`${name}: --help after other arguments, even invalid ones, still only prints the help`, async () => {
    // An unknown option, a bad value and a missing token would each be exit 3 without --help.
    expect(await run([name, '--frobnicate', '--format', 'xml', '--help'])).toEqual({ code: 0, stdout: help, stderr: '' });
    expect(await run([name, '--repo', '/nonexistent', '-h'], { GITHUB_TOKEN: undefined })).toEqual({ code: 0, stdout: help, stderr: '' });
  });

  test(`${name}: "--help" after "--" is an argument, not the flag`, async () => {
    const r = await run([name, '--', '--help']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^agent-guard ${name}: .*Unexpected argument '--help'`));
  });
});

describe('the bundled command', () => {
  test.each([[['--help']], [['check', '--help']], [['validate', '-h']], [['approvals', '--help']]])('%j: exit 0, the same text on stdout, nothing on stderr', async (argv) => {
    const expected = await run(argv);
    // A clean environment: no GITHUB_TOKEN, so `approvals` would refuse anything but --help.
    const r = await runCli(argv);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 0, stdout: `${expected.stdout}\n`, stderr: '' });
  });
});

describe('a command that answers --help itself', () => {
  // A hook's exit 0 lets the tool call through, so such a command must see --help as an argument
  // and decide for itself; only `help COMMAND` prints its help.
  const seen: string[][] = [];
  const commands: Record<string, Command> = {
    gate: { usage: 'agent-guard gate [--x]', help: 'usage: agent-guard gate [--x]', ownsHelpFlag: true, run: (argv) => (seen.push(argv), Promise.resolve(2)) },
    check: { usage: 'agent-guard check', help: 'usage: agent-guard check', run: () => Promise.resolve(0) },
  };
  async function runWith(argv: string[]) {
    const out: string[] = [];
    const code = await dispatch(commands, argv, { out: (l) => out.push(l), err: (l) => out.push(l), env: {}, cwd: '/nonexistent-agent-guard-cwd' });
    return { code, stdout: out.join('\n') };
  }

  test.each([[['--help']], [['-h']], [['--x', '--help']]])('gate %j runs the command with the flag, and its exit code stands', async (args) => {
    seen.length = 0;
    expect(await runWith(['gate', ...args])).toEqual({ code: 2, stdout: '' });
    expect(seen).toEqual([args]);
  });

  test('help gate still prints its help, and the usage lists it', async () => {
    expect(await runWith(['help', 'gate'])).toEqual({ code: 0, stdout: 'usage: agent-guard gate [--x]' });
    expect((await runWith(['--help'])).stdout).toContain('  agent-guard gate [--x]');
  });

  test('the other commands of the same table still print their help', async () => {
    expect(await runWith(['check', '--help'])).toEqual({ code: 0, stdout: 'usage: agent-guard check' });
  });
});
