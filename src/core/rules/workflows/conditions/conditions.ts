// The `if:` of every job and step of a model, for the condition rules.
import { own, scalarText } from '../../../json.js';
import { jobLabel, stepWhere, type JobInfo, type Model, type StepInfo } from '../model.js';

export interface Condition {
  cond: string;
  job: JobInfo;
  step?: StepInfo;
  where: string;
}

export function conditions(m: Model): Condition[] {
  const out: Condition[] = [];
  for (const job of m.jobs) {
    const jc = m.kind === 'workflow' ? scalarText(own(job.value, 'if')) : undefined;
    if (jc !== undefined) out.push({ cond: jc, job, where: jobLabel(m, job) });
    for (const step of job.steps) {
      const sc = scalarText(own(step.value, 'if'));
      if (sc !== undefined) out.push({ cond: sc, job, step, where: stepWhere(m, job, step) });
    }
  }
  return out;
}
