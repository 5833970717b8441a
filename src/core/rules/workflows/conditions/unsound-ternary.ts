// `a && x || y` as a ternary: when x is a falsy literal ('', 0, false, null) the expression is y
// whatever a is, so the value (or the condition) is not what it reads as.
import { deepStrings } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { At, WorkflowCheck } from '../check.js';
import { falsyTernaryArm, rawExpressions } from '../expressions.js';
import { jobLabel, stepWhere } from '../model.js';
import { conditions } from './conditions.js';

export const unsoundTernary = defineRule({
  id: 'workflows/unsound-ternary',
  codes: ['workflow_unsound_ternary'],
  summary: 'An expression uses a && x || y as a ternary where x is a falsy literal (\'\', 0, false, null), so it always yields y.',
  fix: 'Use case(a, x, y), or invert the test so the arm after && cannot be falsy (!a && y || x).',
});

export const unsoundTernaryCheck: WorkflowCheck = {
  rule: unsoundTernary,
  facts({ m, emit }) {
    if (m.kind === 'dependabot') return;
    const report = (expr: string, where: string, at: At): void => {
      const arm = falsyTernaryArm(expr);
      if (arm === null) return;
      emit(unsoundTernary, 'workflow_unsound_ternary', `${where} has ${quoteValue(`\${{ ${expr.trim()} }}`)}: the arm after && is ${arm}, which is falsy, so the || always yields its fallback.`, { ...at, detail: expr.replace(/\s+/g, '') });
    };
    // Bare if: conditions are expressions without ${{ }}.
    for (const c of conditions(m)) {
      if (c.cond.includes('${{')) continue;
      report(c.cond, c.where, { job: c.job, step: c.step });
    }
    for (const job of m.jobs) {
      for (const step of job.steps) for (const t of deepStrings(step.value)) for (const e of rawExpressions(t)) report(e, stepWhere(m, job, step), { job, step });
      const { steps: _steps, ...rest } = job.value;
      for (const t of deepStrings(rest)) for (const e of rawExpressions(t)) report(e, jobLabel(m, job), { job });
    }
  },
};
