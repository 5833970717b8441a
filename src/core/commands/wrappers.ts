// Programs that run another program or a piece of code given on their own command line. The decision
// is by positive identification (an argv matches a pattern or is denied); this table only keeps a `*`
// wildcard from admitting what would turn an allowed program into a wrapper: `find . -exec`, `node -e`,
// `npx --package=evil`. A literal pattern that names the wrapper and what it runs is always honoured.
// The table is a refinement, not the boundary: a wildcard still admits every other option of the
// program, and the only exact grant is a pattern without `*`.

/** Programs whose remaining arguments are another command or a script: no `*` in a pattern that starts with one. */
const RUNS_A_COMMAND = new Set([
  'env', 'sudo', 'doas', 'su', 'runuser', 'pkexec', 'xargs', 'time', 'nice', 'ionice', 'timeout', 'nohup', 'setsid',
  'stdbuf', 'unbuffer', 'chroot', 'command', 'builtin', 'exec', 'eval', 'source', '.', 'sh', 'bash', 'zsh', 'dash',
  'ksh', 'mksh', 'fish', 'csh', 'tcsh', 'busybox', 'strace', 'ltrace', 'gdb', 'valgrind', 'watch', 'script',
  'unshare', 'nsenter', 'flock', 'chrt', 'taskset', 'parallel', 'systemd-run', 'sg', 'newgrp', 'firejail', 'bwrap',
  'proot', 'fakeroot', 'caffeinate', 'cpulimit', 'torsocks', 'proxychains', 'proxychains4', 'xvfb-run', 'expect',
  'ssh', 'rlwrap', 'awk', 'gawk', 'mawk', 'nawk',
]);

/** Package runners: the word after the runner (or its subcommand) names the package and must be literal. */
const PACKAGE_RUNNERS: Readonly<Record<string, readonly string[]>> = {
  npx: [], bunx: [], pnpx: [], uvx: [],
  npm: ['exec', 'x', 'explore'],
  pnpm: ['dlx', 'exec'],
  yarn: ['dlx', 'exec'],
  bun: ['x'],
  pipx: ['run'],
  uv: ['run', 'tool'],
  poetry: ['run'],
  pipenv: ['run'],
};

interface CodeOptions {
  /** Single-letter options that take code or a program, also inside a cluster (`-pe`). */
  short?: string;
  /** Long options, as `--name` or `--name=value`. */
  long?: readonly string[];
  /** Exact words (find's `-exec`). */
  words?: readonly string[];
}

/** Options that make the program run code or another program. */
const CODE_OPTIONS: Readonly<Record<string, CodeOptions>> = {
  node: { short: 'epri', long: ['--eval', '--print', '--require', '--import', '--loader', '--experimental-loader', '--interactive'], words: ['-'] },
  nodejs: { short: 'epri', long: ['--eval', '--print', '--require', '--import', '--loader', '--experimental-loader', '--interactive'], words: ['-'] },
  deno: { long: ['--eval'], words: ['eval', 'repl', '-'] },
  bun: { short: 'er', long: ['--eval', '--print', '--preload'], words: ['-'] },
  python: { short: 'cm', words: ['-'] },
  python2: { short: 'cm', words: ['-'] },
  python3: { short: 'cm', words: ['-'] },
  pypy: { short: 'cm', words: ['-'] },
  pypy3: { short: 'cm', words: ['-'] },
  perl: { short: 'eEM', words: ['-'] },
  ruby: { short: 'er', words: ['-'] },
  php: { short: 'rB', words: ['-'] },
  lua: { short: 'el', words: ['-'] },
  Rscript: { short: 'e', words: ['-'] },
  pwsh: { long: ['-Command', '-c', '-EncodedCommand', '-ec', '-File', '-f'] },
  find: { words: ['-exec', '-execdir', '-ok', '-okdir'] },
  git: { short: 'c', long: ['--config-env', '--exec-path', '--upload-pack', '--receive-pack'], words: ['-c'] },
  tar: { short: 'IF', long: ['--to-command', '--use-compress-program', '--checkpoint-action', '--info-script', '--new-volume-script', '--rsh-command'] },
  rsync: { short: 'e', long: ['--rsh', '--rsync-path'] },
  npx: { short: 'pc', long: ['--package', '--call', '--shell'] },
  npm: { short: 'c', long: ['--call', '--package', '--script-shell', '--node-options'] },
  pnpm: { short: 'c', long: ['--shell-mode'] },
};

/** The program's name without directories: `/usr/bin/env` is `env`. */
export function programName(word: string): string {
  const slash = Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\'));
  return slash >= 0 ? word.slice(slash + 1) : word;
}

/**
 * How this argv uses its program to run something else, or null: a program that always runs what
 * follows it, a package runner, or an option that makes the program run code.
 */
export function wrapperUse(argv: readonly string[]): string | null {
  const name = programName(argv[0] ?? '');
  if (RUNS_A_COMMAND.has(name)) return `${name} runs the command or script that follows it`;
  const subcommands = Object.hasOwn(PACKAGE_RUNNERS, name) ? PACKAGE_RUNNERS[name]! : null;
  if (subcommands && (subcommands.length === 0 || subcommands.includes(argv[1] ?? ''))) {
    return `${subcommands.length === 0 ? name : `${name} ${argv[1]}`} runs the package named after it`;
  }
  const option = argv.slice(1).find((a) => isCodeOption(name, a));
  return option === undefined ? null : `${JSON.stringify(option)} makes ${name} run other code`;
}

/** True for a program that always runs what follows (env, sudo, sh, xargs, ...). */
export function runsACommand(word: string): boolean {
  return RUNS_A_COMMAND.has(programName(word));
}

/** Why a policy pattern would let a wildcard stand where a wrapper takes the program to run, or null. */
export function wrapperProblem(pattern: readonly string[]): string | null {
  const name = programName(pattern[0]!);
  if (RUNS_A_COMMAND.has(name) && pattern.includes('*')) {
    return `${name} runs the command that follows it: a pattern for it must spell that command out, with no *`;
  }
  const subcommands = Object.hasOwn(PACKAGE_RUNNERS, name) ? PACKAGE_RUNNERS[name]! : null;
  if (subcommands) {
    const packageAt = subcommands.length === 0 ? 1 : subcommands.includes(pattern[1] ?? '') ? (pattern[1] === 'tool' ? 3 : 2) : -1;
    if (packageAt > 0) {
      for (let i = 1; i <= packageAt; i++) {
        const word = pattern[i];
        if (word === undefined || word === '*' || (i === packageAt && word.startsWith('-'))) {
          return `${pattern.slice(0, packageAt).join(' ')} runs the package named next: a pattern for it must name the package literally`;
        }
      }
    }
  }
  return null;
}

/** True when `arg` is an option of `program` that makes it run code or another program. */
export function isCodeOption(program: string, arg: string): boolean {
  const name = programName(program);
  const options = Object.hasOwn(CODE_OPTIONS, name) ? CODE_OPTIONS[name]! : undefined;
  if (!options) return false;
  if (options.words?.includes(arg)) return true;
  if (options.long?.some((l) => arg === l || arg.startsWith(`${l}=`))) return true;
  if (options.short && /^-[A-Za-z0-9]/.test(arg) && !arg.startsWith('--')) {
    // A cluster of single-letter flags (`-pe`, `-Bc`): any code option in it counts.
    for (const letter of arg.slice(1)) {
      if (options.short.includes(letter)) return true;
      if (!/[A-Za-z0-9]/.test(letter)) break;
    }
  }
  return false;
}
