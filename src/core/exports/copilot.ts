// GitHub Copilot coding agent: `.github/workflows/copilot-setup-steps.yml` (the one job Copilot runs
// before it starts, with read-only contents) and a checklist of what only the repository's settings
// page can set: the agent firewall and its allow list, and the secrets of the `copilot` environment.
// Copilot's own hooks take another input format, which `agent-guard hook` does not read yet.

import { stringify } from 'yaml';
import { isObj, own } from '../json.js';
import { parseWorkflowYaml } from '../yaml.js';
import { compareOwned, header, taskView, type ExportInput, type Rendering } from './target.js';

export const COPILOT_SETUP_PATH = '.github/workflows/copilot-setup-steps.yml';
const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683'; // v4.2.2

export function renderCopilot(input: ExportInput): Rendering {
  const view = taskView(input);
  const workflow = {
    name: 'Copilot Setup Steps',
    on: { workflow_dispatch: null, pull_request: { paths: [COPILOT_SETUP_PATH] } },
    permissions: {},
    jobs: {
      // Copilot picks the job up by this exact name.
      'copilot-setup-steps': {
        'runs-on': 'ubuntu-latest',
        permissions: { contents: 'read' },
        steps: [{ uses: CHECKOUT, with: { 'persist-credentials': false } }],
      },
    },
  };
  const content = `# ${header(input, 'copilot')}\n${stringify(workflow, { nullStr: '', lineWidth: 0 })}`;
  const checklist = [
    `# Copilot coding agent: settings agent-guard cannot write (${input.source})`,
    '',
    'Repository Settings > Copilot > Coding agent:',
    '- [ ] Firewall: enabled.',
    "- [ ] Recommended allowlist: off (it admits package registries and hosts the manifest does not name).",
    view.hosts.length > 0 ? `- [ ] Custom allowlist: exactly ${view.hosts.join(', ')}.` : '- [ ] Custom allowlist: empty (the manifest allows no hosts).',
    view.env.length > 0 ? `- [ ] Secrets and variables of the copilot environment: only ${view.env.join(', ')}.` : '- [ ] Secrets and variables of the copilot environment: none.',
    '- [ ] Copilot setup steps: the workflow above, unchanged apart from the steps that install dependencies.',
    '',
    `Granted commands (enforced only where a hook runs agent-guard): ${view.commands.map((c) => c.pattern.join(' ')).join('; ') || 'none'}.`,
  ].join('\n');
  return {
    target: 'copilot',
    files: [
      { path: COPILOT_SETUP_PATH, content, drift: (text) => setupDrift(text) },
      { path: null, content: `${checklist}\n`, drift: () => [] },
    ],
    notes: [
      'the firewall, its allow list and the copilot environment secrets are repository settings with no file: the checklist lists them, --check cannot read them',
      'the firewall applies to processes the agent starts through its Bash tool, not to the setup steps or MCP servers',
      'Copilot has no per-command allow list in a file; Copilot hooks (.github/hooks/*.json) use another input format than agent-guard hook reads',
    ],
  };
}

function setupDrift(text: string | null): string[] {
  if (text === null) return ['the file does not exist'];
  const parsed = parseWorkflowYaml(text);
  if (!parsed.ok || !isObj(parsed.value)) return [`the workflow is not a YAML mapping${parsed.ok ? '' : `: ${parsed.reason}`}`];
  const jobs = own(parsed.value, 'jobs');
  const job = isObj(jobs) ? own(jobs, 'copilot-setup-steps') : undefined;
  if (!isObj(job)) return ['there is no copilot-setup-steps job'];
  return compareOwned([
    ['permissions', {}, own(parsed.value, 'permissions') ?? {}],
    ['jobs.copilot-setup-steps.permissions', { contents: 'read' }, own(job, 'permissions')],
  ]);
}
