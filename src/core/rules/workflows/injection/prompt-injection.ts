import { deepStrings } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { envExpressionNames, untrustedExpressions } from '../expressions.js';
import { envValueFor, stepWhere, usesSteps, withArgs } from '../model.js';

export const promptInjection = defineRule({
  id: 'workflows/prompt-injection',
  codes: ['workflow_prompt_injection'],
  summary: 'Attacker-controlled event text reaches an input (prompt, instructions) of an AI agent action that holds the job\'s token and secrets.',
  fix: 'Do not pass event text to the agent; let it read the issue or pull request itself with a read-only token, and give the job no secrets it does not need.',
});

/** AI agent actions whose inputs steer an agent that holds the job's tokens. */
const AGENT_ACTIONS = [
  'anthropics/claude-code-action',
  'anthropics/claude-code-base-action',
  'google-github-actions/run-gemini-cli',
  'google-gemini/gemini-cli-action',
  'openai/codex-action',
  'actions/ai-inference',
];
function isAgentAction(name: string): boolean {
  return AGENT_ACTIONS.some((a) => name === a || name.startsWith(`${a}/`));
}

export const promptInjectionCheck: WorkflowCheck = {
  rule: promptInjection,
  facts({ m, emit }) {
    for (const { job, step, name } of usesSteps(m)) {
      if (!isAgentAction(name)) continue;
      const args = withArgs(step.value);
      for (const input of Object.keys(args)) {
        const text = deepStrings(args[input]).join('\n');
        const exprs = new Set(untrustedExpressions(text));
        for (const envName of new Set(envExpressionNames(text))) {
          const value = envValueFor(m, job, step.value, envName);
          if (value !== undefined) for (const expr of untrustedExpressions(value)) exprs.add(expr);
        }
        for (const expr of exprs) {
          emit(promptInjection, 'workflow_prompt_injection', `${stepWhere(m, job, step)} passes ${quoteValue(`\${{ ${expr} }}`)} into the ${quoteValue(input)} input of the AI agent action ${quoteValue(name)}; that text is attacker-controlled, so anyone who can open an issue or pull request can instruct an agent that holds this job's token and secrets (prompt injection).`, { job, step, detail: `${input.toLowerCase()}|${expr}` });
        }
      }
    }
  },
};
