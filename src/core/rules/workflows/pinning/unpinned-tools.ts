import { own, scalarText, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { actionName, firstLine, inputText, stepScripts, stepWhere, withArgs } from '../model.js';

export const unpinnedTools = defineRule({
  id: 'workflows/unpinned-tools',
  codes: ['workflow_tool_latest'],
  summary: 'A tool is fetched at "latest" when the job runs: a version input set to latest (or left to an action whose default is latest), go install / npx / npm of @latest, or a releases/latest download, so a pinned action still runs whatever was published last.',
  fix: 'Set the tool\'s version input (or @version in the command) to an exact release, and verify a checksum where the action does not.',
});

/** Actions whose version input defaults to the newest release when it is left out. */
const DEFAULTS_TO_LATEST: Record<string, string> = {
  'aquasecurity/setup-trivy': 'version',
  'aquasecurity/trivy-action': 'version',
  '1password/load-secrets-action': 'version',
  'hashicorp/setup-terraform': 'terraform_version',
  'azure/setup-helm': 'version',
  'azure/setup-kubectl': 'version',
};
const LATEST_VALUES = new Set(['latest', '*']);
const INSTALLS = /\b(?:install|add|npx|bunx|dlx|uvx|exec|run)\b/i;
const AT_LATEST = /[^\s'"`;&|()]+@latest\b/gi;
const LATEST_RELEASE = /https?:\/\/[^\s'"`;&|()]*\/releases\/latest\/download\/[^\s'"`;&|()]*/gi;

/** The tools a script fetches at latest: `x@latest` on an installing or running command, and releases/latest downloads. */
function latestInScript(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (INSTALLS.test(line)) for (const hit of line.matchAll(AT_LATEST)) out.push(hit[0]);
    for (const hit of line.matchAll(LATEST_RELEASE)) out.push(hit[0]);
  }
  return out;
}

export const unpinnedToolsCheck: WorkflowCheck = {
  rule: unpinnedTools,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        const uses = str(own(step.value, 'uses'));
        if (uses !== undefined) {
          const name = actionName(uses);
          const args = withArgs(step.value);
          const defaultInput = Object.hasOwn(DEFAULTS_TO_LATEST, name) ? DEFAULTS_TO_LATEST[name]! : undefined;
          if (defaultInput !== undefined && inputText(args, defaultInput) === undefined) {
            emit(unpinnedTools, 'workflow_tool_latest', `${where} uses ${quoteValue(name)} without a ${defaultInput} input, so it downloads the newest release of its tool on every run; set ${defaultInput} to an exact version.`, { job, step, detail: `${name}|${defaultInput}` });
          }
          for (const key of Object.keys(args)) {
            const lower = key.toLowerCase();
            if (!(lower === 'version' || lower.endsWith('-version') || lower.endsWith('_version'))) continue;
            const value = scalarText(args[key])?.trim().toLowerCase();
            if (value === undefined || !LATEST_VALUES.has(value)) continue;
            emit(unpinnedTools, 'workflow_tool_latest', `${where} sets ${quoteValue(key)}: ${quoteValue(value)} on ${quoteValue(name)}, so the tool it installs is whatever was published last, even though the action itself may be pinned; set an exact version.`, { job, step, detail: `${name}|${lower}` });
          }
        }
        for (const { field, text } of stepScripts(step.value)) {
          for (const hit of new Set(latestInScript(text))) {
            emit(unpinnedTools, 'workflow_tool_latest', `${where} fetches ${quoteValue(firstLine(hit))} in its ${field}: script, so it runs whatever was published last; name an exact version.`, { job, step, detail: hit.toLowerCase() });
          }
        }
      }
    }
  },
};
