import { isObj, own, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { envExpressionNames, inputExpressionNames, untrustedExpressions } from '../expressions.js';
import { envValueFor, stepScripts, stepWhere, type Model } from '../model.js';

export const templateInjection = defineRule({
  id: 'workflows/template-injection',
  codes: ['workflow_script_injection', 'workflow_input_injection'],
  summary: 'Attacker-controlled text (event titles, bodies, branch names; a caller\'s inputs) is expanded by ${{ }} into a run: script (any shell, PowerShell too) or a code- or query-evaluating action input such as actions/github-script\'s script.',
  fix: 'Pass the value through env: (NAME: ${{ ... }}) and read it as a shell variable ("$NAME", $env:NAME) in the script.',
});

/** Input types whose values cannot carry shell or JavaScript syntax. */
const SAFE_INPUT_TYPES = new Set(['boolean', 'number']);

/** Whether `${{ inputs.X }}` can carry a caller's untrusted text here, and which inputs cannot (typed boolean or number). */
function callerInputScope(m: Model): { who: string; safe: Set<string> } | null {
  if (m.kind === 'action') {
    const using = str(own(m.jobs[0]?.value ?? {}, 'using'))?.trim().toLowerCase();
    return using === 'composite' ? { who: "a composite action's inputs are whatever the calling workflow passes, often event text (titles, branch names)", safe: new Set() } : null;
  }
  if (!m.triggers.has('workflow_call')) return null;
  const safe = new Set<string>();
  const config = m.triggers.get('workflow_call');
  const declared = isObj(config) ? own(config, 'inputs') : undefined;
  if (isObj(declared))
    for (const k of Object.keys(declared)) {
      const d = declared[k];
      const type = isObj(d) ? str(own(d, 'type'))?.trim().toLowerCase() : undefined;
      if (type !== undefined && SAFE_INPUT_TYPES.has(type)) safe.add(k.toLowerCase());
    }
  return { who: 'this workflow has a workflow_call trigger, and a calling workflow may pass event text (titles, branch names) as this input', safe };
}

export const templateInjectionCheck: WorkflowCheck = {
  rule: templateInjection,
  facts({ m, emit }) {
    if (m.kind === 'dependabot') return;
    const callerInputs = callerInputScope(m);
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        for (const { field, text } of stepScripts(step.value)) {
          for (const expr of new Set(untrustedExpressions(text))) {
            emit(templateInjection, 'workflow_script_injection', `${where} interpolates ${quoteValue(`\${{ ${expr} }}`)} into its ${field}: script; that text is attacker-controlled (titles, bodies, branch names, commit messages), so it is script injection. Pass it through env: and quote it.`, { job, step, detail: expr });
          }
          // The same text one step removed: `env: { T: ${{ github.event.issue.title }} }`, then `${{ env.T }}` in
          // the script, is expanded into the script just the same (only "$T", read by the shell, is safe).
          for (const envName of new Set(envExpressionNames(text))) {
            const value = envValueFor(m, job, step.value, envName);
            if (value === undefined) continue;
            for (const expr of new Set(untrustedExpressions(value))) {
              emit(templateInjection, 'workflow_script_injection', `${where} interpolates ${quoteValue(`\${{ env.${envName} }}`)} into its ${field}: script, and that variable is set from ${quoteValue(`\${{ ${expr} }}`)}, attacker-controlled text, so it is script injection. Read it in the script as a shell variable ("$NAME"), not as an expression.`, { job, step, detail: `env.${envName}|${expr}` });
            }
          }
          if (callerInputs === null) continue;
          const via = new Map<string, string>(); // input name -> the env variable the script reads it through ('' for directly)
          for (const name of inputExpressionNames(text)) if (!via.has(name)) via.set(name, '');
          for (const envName of new Set(envExpressionNames(text))) {
            const value = envValueFor(m, job, step.value, envName);
            if (value !== undefined) for (const name of inputExpressionNames(value)) if (!via.has(name)) via.set(name, envName);
          }
          for (const [name, envName] of via) {
            if (callerInputs.safe.has(name)) continue;
            const expr = name === 'inputs' ? 'inputs' : `inputs.${name}`;
            const how = envName === ''
              ? `interpolates ${quoteValue(`\${{ ${expr} }}`)}`
              : `interpolates ${quoteValue(`\${{ env.${envName} }}`)}, which is set from ${quoteValue(`\${{ ${expr} }}`)},`;
            emit(templateInjection, 'workflow_input_injection', `${where} ${how} into its ${field}: script; ${callerInputs.who}, so it is script injection whenever a caller passes untrusted text: the value is pasted into the script before the shell reads it. Pass it through env: (for example NAME: \${{ ${expr} }}) and read "$NAME" in the script.`, { job, step, detail: `${envName === '' ? '' : `env.${envName}`}|${name}` });
          }
        }
      }
    }
  },
};
