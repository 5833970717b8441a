// A privileged job gated by an approval (a label, an environment, an author check) that then checks out
// the pull request by a branch or pull ref: the author can push after the approval and before the
// checkout, so what runs is not what was approved. Only a checkout by the head SHA is bound to it.
import { deepStrings, isObj, own, scalarText } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { environmentName, headCheckout, stepWhere, type JobInfo, type Model } from '../model.js';

export const untrustedCheckoutToctou = defineRule({
  id: 'workflows/untrusted-checkout-toctou',
  codes: ['workflow_checkout_mutable_ref'],
  summary: 'A privileged job that waits for an approval (a label, an environment, an author or review check) checks out the pull request by a branch or pull ref, so the author can push other code between the approval and the checkout.',
  fix: 'Check out the exact commit that was approved (ref: ${{ github.event.pull_request.head.sha }}), never a branch name or refs/pull/N/head|merge.',
});

const GATE_CONDITION = /labels?\b|label\.name|author_association|review\.state|\.permission\b/i;

/** What approves this job's run before it starts, or null when nothing does. */
function approvalGate(m: Model, job: JobInfo): string | null {
  const env = environmentName(job.value);
  if (env !== undefined) return `its environment ${quoteValue(env)} (approved before the job starts)`;
  const cond = scalarText(own(job.value, 'if'));
  if (cond !== undefined && GATE_CONDITION.test(cond)) return `its condition ${quoteValue(cond.trim())}`;
  const prt = m.triggers.get('pull_request_target');
  if (isObj(prt) && deepStrings(own(prt, 'types')).some((t) => t.trim().toLowerCase() === 'labeled')) return 'the pull_request_target labeled event (a maintainer adds the label)';
  return null;
}

/** A checkout ref that names a moving branch or pull ref instead of one commit. */
function mutableRef(ref: string | undefined): boolean {
  if (ref === undefined) return true; // actions/checkout of a head repository without ref: its default branch
  return !/sha\b|\bsha\s*\}\}|^[0-9a-f]{40}$/i.test(ref.trim());
}

export const untrustedCheckoutToctouCheck: WorkflowCheck = {
  rule: untrustedCheckoutToctou,
  facts({ m, emit }) {
    if (m.privileged.length === 0) return;
    for (const job of m.jobs) {
      const gate = approvalGate(m, job);
      for (const step of job.steps) {
        const stepCond = scalarText(own(step.value, 'if'));
        const stepGate = gate ?? (stepCond !== undefined && GATE_CONDITION.test(stepCond) ? `its condition ${quoteValue(stepCond.trim())}` : null);
        if (stepGate === null) continue;
        const hc = headCheckout(step);
        if (hc === null) continue;
        const ref = hc.action ? hc.ref : undefined;
        if (hc.action && !mutableRef(ref)) continue;
        const what = hc.action ? `checks out ${ref === undefined ? 'the head repository\'s default branch' : quoteValue(ref)}` : 'fetches the pull request by its branch or pull ref in a script';
        emit(untrustedCheckoutToctou, 'workflow_checkout_mutable_ref', `${stepWhere(m, job, step)} ${what} after the approval given by ${stepGate}; the author can push between the approval and the checkout, so the code that runs with this ${m.privileged.join(', ')} job's secrets is not the code that was approved.`, { job, step, detail: ref ?? step.label });
      }
    }
  },
};
