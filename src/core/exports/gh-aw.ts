// GitHub Agentic Workflows (gh-aw): the frontmatter of an agentic workflow (`.github/workflows/*.md`).
// The agent job gets read permissions only (gh-aw writes through safe outputs), `network.allowed` is
// the manifest's hosts, `tools.bash` the granted commands, and a pull request the agent opens may not
// touch protected files and only the paths its capabilities grant. `on:` and the prompt are the
// workflow author's: the export owns the keys it renders and nothing else.

import { stringify } from 'yaml';
import { formatPattern, WILDCARD } from '../commands/patterns.js';
import { isObj, own } from '../json.js';
import { parseWorkflowYaml } from '../yaml.js';
import { compareOwned, header, taskView, type ExportInput, type Rendering } from './target.js';

export const GH_AW_PATH = '.github/workflows/agent-task.md';

export function renderGhAw(input: ExportInput): Rendering {
  const view = taskView(input);
  const notes: string[] = [];
  const has = (c: string) => view.capabilities.includes(c);
  const permissions: Record<string, string> = {};
  if (has('read_repository') || has('write_branch')) permissions.contents = 'read';
  if (has('open_pull_request') || has('request_review')) permissions['pull-requests'] = 'read';
  if (has('comment')) permissions.issues = 'read';
  const bash: string[] = [];
  for (const g of view.commands) {
    const p = g.pattern;
    if (p.slice(0, -1).includes(WILDCARD) || p.some((w) => /\s/.test(w))) {
      notes.push(`${formatPattern(p)}: tools.bash has no one-argument wildcard and no quoting; left to the agent-guard hook`);
      continue;
    }
    bash.push(p[p.length - 1] === WILDCARD && p.length > 1 ? `${p.slice(0, -1).join(' ')}:*` : p.join(' '));
  }
  const tools: Record<string, unknown> = { bash };
  if (has('write_branch')) tools.edit = null;
  const safeOutputs: Record<string, unknown> = {};
  if (has('open_pull_request')) safeOutputs['create-pull-request'] = { 'protected-files': 'blocked', 'allowed-files': view.paths, draft: true };
  if (has('comment')) safeOutputs['add-comment'] = { max: 1 };
  const owned = { permissions, network: { allowed: view.hosts }, tools, 'safe-outputs': safeOutputs };
  const frontmatter = { on: { workflow_dispatch: null }, ...owned };
  const body = `<!-- ${header(input, 'gh-aw')} -->\n\nDescribe the task here.\n`;
  const content = `---\n${stringify(frontmatter, { nullStr: '' })}---\n\n${body}`;
  notes.push(
    'gh-aw has no per-command environment; variables a capability grants are passed by the workflow author through engine env, not here',
    'tools.bash entries are matched by the engine as prefixes (name:* for a family); the agent-guard hook is what holds a command to its argv when the engine runs hooks',
    'on: and the prompt are placeholders the workflow author replaces; --check compares permissions, network, tools and safe-outputs only',
  );
  return { target: 'gh-aw', files: [{ path: GH_AW_PATH, content, drift: (text) => ghAwDrift(owned, text) }], notes };
}

/** The YAML between the first two `---` lines of an agentic workflow. */
export function frontmatterOf(text: string): string | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  return m ? `${m[1]}\n` : null;
}

function ghAwDrift(expected: { permissions: unknown; network: { allowed: string[] }; tools: Record<string, unknown>; 'safe-outputs': Record<string, unknown> }, text: string | null): string[] {
  if (text === null) return ['the file does not exist'];
  const fm = frontmatterOf(text);
  if (fm === null) return ['the workflow has no --- frontmatter'];
  const parsed = parseWorkflowYaml(fm);
  if (!parsed.ok || !isObj(parsed.value)) return [`the frontmatter is not a YAML mapping${parsed.ok ? '' : `: ${parsed.reason}`}`];
  const v = parsed.value;
  const get = (o: unknown, ...keys: string[]) => keys.reduce<unknown>((at, k) => (isObj(at) ? own(at, k) : undefined), o);
  const pr = expected['safe-outputs']['create-pull-request'] as Record<string, unknown> | undefined;
  return compareOwned([
    ['permissions', expected.permissions, own(v, 'permissions')],
    ['network.allowed', expected.network.allowed, get(v, 'network', 'allowed')],
    ['tools.bash', expected.tools.bash, get(v, 'tools', 'bash')],
    ['safe-outputs.create-pull-request.protected-files', pr?.['protected-files'], get(v, 'safe-outputs', 'create-pull-request', 'protected-files')],
    ['safe-outputs.create-pull-request.allowed-files', pr?.['allowed-files'], get(v, 'safe-outputs', 'create-pull-request', 'allowed-files')],
  ]);
}
