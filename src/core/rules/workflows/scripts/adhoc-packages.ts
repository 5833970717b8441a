import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { stepScripts, stepWhere } from '../model.js';

export const adhocPackages = defineRule({
  id: 'workflows/adhoc-packages',
  codes: ['workflow_adhoc_install'],
  summary: 'A run: script installs named packages outside a locked manifest (npm install x, yarn/pnpm add, gem install, bundle add, pip install x, pipx install, cargo install x), so the newest version of them and their dependencies runs with the job\'s token.',
  fix: 'Add the package to a manifest with a committed lockfile and install with the lockfile command (npm ci, bundle install, pip install -r with hashes, cargo install --locked --version).',
});

/** Tool and subcommand words that install named packages. */
const SUBCOMMANDS: Record<string, Set<string>> = {
  npm: new Set(['install', 'i', 'add']),
  yarn: new Set(['add']),
  pnpm: new Set(['add']),
  bun: new Set(['add']),
  gem: new Set(['install']),
  bundle: new Set(['add']),
  pip: new Set(['install']),
  pipx: new Set(['install']),
  uv: new Set(['add', 'install']),
  cargo: new Set(['install']),
};
/** Options that take the next word as their value (`--group`, `--extra`: a dependency group or extra of the
 * project's own manifest, pip 25.1 and uv, not a package name). */
const VALUE_OPTIONS = new Set(['-r', '-c', '-e', '--requirement', '--constraint', '--editable', '-t', '--target', '-i', '--index-url', '--extra-index-url', '--prefix', '--registry', '--path', '--root', '--version', '-v', '--tag', '--git', '--branch', '--rev', '--loglevel', '--group', '--extra', '--cache', '--userconfig', '--workspace', '-w', '--filter']);

/** The packages named by installing commands in a script. */
export function adhocInstalls(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    for (const segment of line.split(/&&|\|\||[;|]/)) {
      const words = segment.trim().split(/\s+/).filter((w) => w !== '' && w !== 'sudo' && !/^[A-Z_]+=/.test(w));
      let tool = words[0]?.replace(/^.*\//, '') ?? '';
      let i = 1;
      if (tool === 'python' || tool === 'python3') {
        if (words[1] !== '-m') continue;
        tool = words[2] ?? '';
        i = 3;
      }
      const base = tool.replace(/[23]$/, '');
      while (words[i] === 'global' || words[i] === 'pip') i++;
      if (!Object.hasOwn(SUBCOMMANDS, base) || !SUBCOMMANDS[base]!.has(words[i] ?? '')) continue;
      const pinnedVersion = base === 'cargo' && words.includes('--locked') && words.includes('--version');
      if (pinnedVersion) continue;
      const pkgs: string[] = [];
      for (let j = i + 1; j < words.length; j++) {
        const w = words[j]!;
        if (VALUE_OPTIONS.has(w)) {
          j++;
          continue;
        }
        if (w.startsWith('-') || w.startsWith('>') || w.startsWith('2>')) continue;
        if (w === '.' || /^(?:\.{1,2}\/|\/|~|\$\{?GITHUB_WORKSPACE)/.test(w) || /\.(?:whl|tar\.gz|tgz|gem|zip)$/.test(w)) continue;
        pkgs.push(w.replace(/^['"]|['"]$/g, ''));
      }
      if (pkgs.length > 0) out.push(`${words.slice(0, i + 1).join(' ')} ${pkgs.join(' ')}`);
    }
  }
  return out;
}

export const adhocPackagesCheck: WorkflowCheck = {
  rule: adhocPackages,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        for (const { field, text } of stepScripts(step.value)) {
          if (field !== 'run') continue;
          for (const cmd of new Set(adhocInstalls(text))) {
            emit(adhocPackages, 'workflow_adhoc_install', `${stepWhere(m, job, step)} runs ${quoteValue(cmd)} in its run: script, installing packages outside a locked manifest; what runs is whatever those packages and their dependencies publish next.`, { job, step, detail: cmd });
          }
        }
      }
    }
  },
};
