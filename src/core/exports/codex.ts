// Codex: `.codex/config.toml` (workspace-write sandbox, no approvals, no network, an allow-listed shell
// environment), `.codex/hooks.json` (the PreToolUse hook on Bash), and `.codex/rules/agent-guard.rules`.
// Codex rules decide what may leave the sandbox: an `allow` rule would run a command outside it, with
// network, so none is rendered. Granted commands run inside the sandbox and are held to their argv by
// the hook; commands of the policy's other capabilities are `forbidden` outright.

import { formatPattern, WILDCARD, type ArgvPattern } from '../commands/patterns.js';
import { BASE_NAMES } from '../child-environment.js';
import { COMMAND_NAMES } from '../commands/environment.js';
import { isTable, parseToml, type TomlTable } from '../toml.js';
import { compareOwned, hasPreToolUseHook, header, readJsonFile, taskView, type ExportInput, type Rendering, type RenderedFile } from './target.js';

export const CODEX_CONFIG_PATH = '.codex/config.toml';
export const CODEX_HOOKS_PATH = '.codex/hooks.json';
export const CODEX_RULES_PATH = '.codex/rules/agent-guard.rules';

const q = (s: string) => JSON.stringify(s);

export function renderCodex(input: ExportInput): Rendering {
  const view = taskView(input);
  const notes: string[] = [];
  const include = [...new Set([...BASE_NAMES, ...COMMAND_NAMES, ...view.env])].map((n) => `^${n}$`);
  const config = {
    sandbox_mode: 'workspace-write',
    approval_policy: 'never',
    network_access: 'false',
    inherit: 'all',
    include_only: include,
    ignore_default_excludes: view.env.length > 0 ? 'true' : 'false',
    hooks: 'true',
  };
  const toml = [
    `# ${header(input, 'codex')}`,
    `sandbox_mode = ${q(config.sandbox_mode)}`,
    `approval_policy = ${q(config.approval_policy)}`,
    '',
    '[sandbox_workspace_write]',
    `network_access = ${config.network_access}`,
    '',
    '[shell_environment_policy]',
    `inherit = ${q(config.inherit)}`,
    `include_only = [${include.map(q).join(', ')}]`,
    // Codex drops *KEY*, *SECRET* and *TOKEN* names by default; a variable a capability grants by name is kept.
    `ignore_default_excludes = ${config.ignore_default_excludes}`,
    '',
    '[features]',
    `hooks = ${config.hooks}`,
    '',
  ].join('\n');
  if (view.hosts.length > 0) notes.push(`Codex's sandbox network is on or off, not a host list: it is off, so ${view.hosts.join(', ')} cannot be reached from sandboxed commands; give the job an egress firewall (harden-runner) if commands need them`);

  const hookCommand = `${input.hookCommand} || exit 2`;
  const hooks = { hooks: { PreToolUse: [{ matcher: '^Bash$', hooks: [{ type: 'command', command: hookCommand, timeout: 30, statusMessage: 'agent-guard: checking the command' }] }] } };

  const rules: string[] = [
    `# ${header(input, 'codex')}`,
    '# Rules decide what leaves the sandbox. No command is allowed out of it here: granted commands run',
    '# inside the sandbox and the agent-guard hook holds them to their exact argv. The commands of the',
    "# policy's capabilities this task is not granted are forbidden.",
  ];
  for (const g of view.withheld) {
    const prefix = literalPrefix(g.pattern);
    const clash = view.commands.find((c) => couldMatchPrefix(c.pattern, prefix));
    if (clash) {
      notes.push(`${formatPattern(g.pattern)} (${g.capability}) is not forbidden in the rules: its prefix ${formatPattern(prefix)} would also forbid the granted ${formatPattern(clash.pattern)}; the hook denies it`);
      continue;
    }
    rules.push('', 'prefix_rule(', `    pattern = [${prefix.map(q).join(', ')}],`, '    decision = "forbidden",', `    justification = ${q(`capability ${g.capability} is not granted to this task (agent-guard)`)},`, `    match = [[${prefix.map(q).join(', ')}]],`, ')');
  }
  notes.push(
    'prefix rules match a prefix, not an exact argv, and have no one-argument wildcard: a forbidden rule names the literal words before the first *',
    'project .codex/ configuration, rules and hooks load only when the project is trusted in Codex',
  );
  const files: RenderedFile[] = [
    { path: CODEX_CONFIG_PATH, content: toml, drift: (text) => configDrift(config, text) },
    { path: CODEX_HOOKS_PATH, content: `${JSON.stringify(hooks, null, 2)}\n`, drift: (text) => hooksDrift(hookCommand, text) },
    { path: CODEX_RULES_PATH, content: `${rules.join('\n')}\n`, drift: (text) => exactDrift(`${rules.join('\n')}\n`, text) },
  ];
  return { target: 'codex', files, notes };
}

/** The literal words of a pattern before its first `*`. */
export function literalPrefix(pattern: ArgvPattern): string[] {
  const i = pattern.indexOf(WILDCARD);
  return [...(i < 0 ? pattern : pattern.slice(0, i))];
}

/** True when some argv matching `pattern` starts with `prefix` (a forbidden prefix would catch it). */
export function couldMatchPrefix(pattern: ArgvPattern, prefix: readonly string[]): boolean {
  const rest = pattern.length > 1 && pattern[pattern.length - 1] === WILDCARD;
  for (let i = 0; i < prefix.length; i++) {
    if (rest && i === pattern.length - 1) return true; // the rest of the argv is anything
    const w = pattern[i];
    if (w === undefined) return false; // every argv of the pattern is shorter than the prefix
    if (w !== WILDCARD && w !== prefix[i]) return false;
  }
  return true;
}

function table(t: TomlTable, key: string): TomlTable {
  const v = t[key];
  return v !== undefined && isTable(v) ? v : {};
}

function configDrift(expected: Record<string, string | string[]>, text: string | null): string[] {
  if (text === null) return [`the file does not exist`];
  const parsed = parseToml(text);
  if (!parsed.ok) return [`the file is not TOML: ${parsed.reason}`];
  const root = parsed.value;
  const env = table(root, 'shell_environment_policy');
  return compareOwned([
    ['sandbox_mode', expected.sandbox_mode, root.sandbox_mode],
    ['approval_policy', expected.approval_policy, root.approval_policy],
    ['sandbox_workspace_write.network_access', expected.network_access, table(root, 'sandbox_workspace_write').network_access],
    ['shell_environment_policy.inherit', expected.inherit, env.inherit],
    ['shell_environment_policy.include_only', expected.include_only, env.include_only],
    ['shell_environment_policy.ignore_default_excludes', expected.ignore_default_excludes, env.ignore_default_excludes],
    ['features.hooks', expected.hooks, table(root, 'features').hooks],
  ]);
}

function hooksDrift(hookCommand: string, text: string | null): string[] {
  const read = readJsonFile(text);
  if ('problem' in read) return [read.problem];
  return hasPreToolUseHook(read.value, '^Bash$', hookCommand) ? [] : [`hooks.PreToolUse has no ^Bash$ matcher running ${JSON.stringify(hookCommand)}`];
}

/** For a file the export owns whole: any difference is drift. */
export function exactDrift(expected: string, text: string | null): string[] {
  if (text === null) return ['the file does not exist'];
  return text === expected ? [] : ['the file differs from the rendering (it is rendered whole: render it again)'];
}
