// Step outputs that other text can set: the deprecated ::set-output / ::save-state commands are read
// from everything the step prints, and a GITHUB_OUTPUT line built from a file's contents in a
// privileged workflow takes any `name=value` line the file holds (a downloaded artifact, the PR's code).
import { own, scalarText } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { firstLine, stepWhere } from '../model.js';

export const outputClobbering = defineRule({
  id: 'workflows/output-clobbering',
  codes: ['workflow_deprecated_output_command', 'workflow_output_from_file'],
  summary: 'A step sets outputs with the deprecated ::set-output or ::save-state commands, which any line it prints can repeat, or writes a file\'s contents to GITHUB_OUTPUT in a privileged workflow, where a line in the file sets any output.',
  fix: 'Write outputs with echo "name=value" >> "$GITHUB_OUTPUT" from values you validated, and use a random heredoc delimiter for multi-line values.',
});

const DEPRECATED = /::(set-output|save-state)\s/;
const FILE_TO_OUTPUT = /(?:\$\(\s*(?:cat|<|jq|head|tail)\b[^)]*\)|\bcat\s+\S+)[^\n]*>>\s*"?\$\{?GITHUB_OUTPUT\b/;

export const outputClobberingCheck: WorkflowCheck = {
  rule: outputClobbering,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const run = scalarText(own(step.value, 'run'));
        if (run === undefined) continue;
        const dep = DEPRECATED.exec(run);
        if (dep) {
          emit(outputClobbering, 'workflow_deprecated_output_command', `${stepWhere(m, job, step)} uses the deprecated ::${dep[1]} command; the runner reads it from everything the step prints, so any printed text (a file, a title, a tool's output) can set or overwrite the value.`, { job, step, detail: dep[1]! });
        }
        if (m.privileged.length === 0) continue;
        const hit = FILE_TO_OUTPUT.exec(run);
        if (hit) {
          emit(outputClobbering, 'workflow_output_from_file', `${stepWhere(m, job, step)} writes a file's contents to GITHUB_OUTPUT (${quoteValue(firstLine(hit[0], 80))}) in a ${m.privileged.join(', ')} workflow; a name=value line in that file (an artifact or the pull request's code) sets any output later steps trust.`, { job, step, detail: 'file' });
        }
      }
    }
  },
};
