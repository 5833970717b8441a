// Claude Code: `.claude/settings.json`. Granted commands become `Bash(...)` allow rules, granted paths
// `Edit(...)` allow rules, manifest hosts `WebFetch(domain:...)` allow rules and the sandbox's network
// allow list; secret files are denied to Read and Edit, the agent's own controls to Edit. `dontAsk`
// denies whatever no rule allows, and the PreToolUse hook runs `agent-guard hook` on every Bash call,
// because Claude Code's own Bash matching is by prefix and strips wrappers such as `timeout`.

import { isObj, own } from '../json.js';
import { formatPattern, WILDCARD } from '../commands/patterns.js';
import { compareOwned, hasPreToolUseHook, header, readJsonFile, taskView, type ExportInput, type Rendering } from './target.js';

export const CLAUDE_SETTINGS_PATH = '.claude/settings.json';
export const HOOK_TIMEOUT_SECONDS = 30;

export function renderClaude(input: ExportInput): Rendering {
  const view = taskView(input);
  const notes: string[] = [];
  const bash: string[] = [];
  for (const g of view.commands) {
    if (g.pattern.some((w) => w.includes(')'))) {
      notes.push(`${formatPattern(g.pattern)}: a word with ")" cannot be written in a Bash(...) rule; left to the hook`);
      continue;
    }
    if (g.pattern.slice(0, -1).includes(WILDCARD)) notes.push(`${formatPattern(g.pattern)}: Claude Code's * inside a rule matches any text, spaces included, not one argument; the hook holds it to one`);
    bash.push(`Bash(${formatPattern(g.pattern)})`);
  }
  const allow = [...bash, ...view.paths.map((g) => `Edit(${relative(g)})`), ...view.hosts.map((h) => `WebFetch(domain:${h})`)];
  const deny = [...view.secretFiles.flatMap((g) => [`Read(${relative(g)})`, `Edit(${relative(g)})`]), ...view.controlFiles.map((g) => `Edit(${relative(g)})`)];
  const hookCommand = `${input.hookCommand} || exit 2`;
  const settings = {
    $schema: 'https://json.schemastore.org/claude-code-settings.json',
    permissions: { defaultMode: 'dontAsk', disableBypassPermissionsMode: 'disable', allow, ask: [] as string[], deny },
    hooks: { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: hookCommand, timeout: HOOK_TIMEOUT_SECONDS }] }] },
    sandbox: { enabled: true, allowUnsandboxedCommands: false, network: { allowedDomains: view.hosts } },
    enableAllProjectMcpServers: false,
  };
  notes.push(
    'Claude Code settings have no comments, so the provenance header is not in the file: ' + header(input, 'claude'),
    'ask is left empty: a task grant is decided before the run, and in CI nobody answers a prompt',
    'Bash allow rules match by prefix and strip wrappers such as timeout and nohup; the agent-guard hook is what holds a command to its exact argv',
    'Read(...) denials stop the Read tool only; a Bash command that reads a secret file is stopped by the hook (cat is not granted), not by the rule',
    'the environment handed to commands is not expressible here; run granted commands through agent-guard exec for an allow-listed environment',
  );
  return {
    target: 'claude',
    files: [{ path: CLAUDE_SETTINGS_PATH, content: `${JSON.stringify(settings, null, 2)}\n`, drift: (text) => claudeDrift(settings, hookCommand, text) }],
    notes,
  };
}

/** A repository glob as a Claude Code path rule: relative to the project (`./`). */
function relative(glob: string): string {
  return `./${glob}`;
}

function claudeDrift(expected: { permissions: Record<string, unknown>; sandbox: { enabled: boolean; allowUnsandboxedCommands: boolean; network: { allowedDomains: string[] } } }, hookCommand: string, text: string | null): string[] {
  const read = readJsonFile(text);
  if ('problem' in read) return [read.problem];
  const actual = read.value;
  if (!isObj(actual)) return [`the file is not a JSON object`];
  const perms = own(actual, 'permissions');
  const p = isObj(perms) ? perms : {};
  const sandbox = own(actual, 'sandbox');
  const s = isObj(sandbox) ? sandbox : {};
  const net = isObj(own(s, 'network')) ? (own(s, 'network') as Record<string, unknown>) : {};
  const drift = compareOwned([
    ['permissions.defaultMode', expected.permissions.defaultMode, own(p, 'defaultMode')],
    ['permissions.disableBypassPermissionsMode', expected.permissions.disableBypassPermissionsMode, own(p, 'disableBypassPermissionsMode')],
    ['permissions.allow', expected.permissions.allow, own(p, 'allow')],
    ['permissions.ask', expected.permissions.ask, own(p, 'ask') ?? []],
    ['permissions.deny', expected.permissions.deny, own(p, 'deny')],
    ['sandbox.enabled', expected.sandbox.enabled, own(s, 'enabled')],
    ['sandbox.allowUnsandboxedCommands', expected.sandbox.allowUnsandboxedCommands, own(s, 'allowUnsandboxedCommands')],
    ['sandbox.network.allowedDomains', expected.sandbox.network.allowedDomains, own(net, 'allowedDomains')],
  ]);
  if (!hasPreToolUseHook(actual, 'Bash', hookCommand)) drift.push(`hooks.PreToolUse: no Bash matcher runs ${JSON.stringify(hookCommand)}`);
  return drift;
}
