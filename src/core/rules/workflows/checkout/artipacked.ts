import { own, scalarText, str } from '../../../json.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { actionName, headCheckout, normalisedDir, stepWhere, withArgs, type JobInfo, type Model, type StepInfo } from '../model.js';

export const artipacked = defineRule({
  id: 'workflows/artipacked',
  codes: ['workflow_checkout_persists_token', 'workflow_checkout_persists_credentials'],
  summary: 'actions/checkout without persist-credentials: false leaves the GITHUB_TOKEN on disk for every later step: reported when the pull request\'s code is checked out under a privileged trigger, when a later step uploads an artifact, or when a change drops persist-credentials: false.',
  fix: 'Add persist-credentials: false to the checkout, and pass a token explicitly to the one step that pushes.',
});

function persists(step: Record<string, unknown>): boolean {
  return scalarText(own(withArgs(step), 'persist-credentials'))?.trim().toLowerCase() !== 'false';
}

/** The checkout step of the other version with the same job and step identity kept persist-credentials: false. */
function wasOff(other: Model | null, job: JobInfo, step: StepInfo): boolean {
  const oj = other?.jobs.find((j) => j.id === job.id);
  const os = oj?.steps.find((s) => s.label === step.label);
  return os !== undefined && str(own(os.value, 'uses')) !== undefined && !persists(os.value);
}

export const artipackedCheck: WorkflowCheck = {
  rule: artipacked,
  facts({ m, other, emit }) {
    if (m.kind === 'dependabot') return;
    for (const job of m.jobs) {
      job.steps.forEach((step, i) => {
        const uses = str(own(step.value, 'uses'));
        if (uses === undefined || actionName(uses) !== 'actions/checkout' || !persists(step.value)) return;
        const where = stepWhere(m, job, step);
        const hc = m.privileged.length > 0 ? headCheckout(step) : null;
        if (hc) {
          emit(artipacked, 'workflow_checkout_persists_token', `${where} checks out the pull request's code without persist-credentials: false, so the GITHUB_TOKEN of this ${m.privileged.join(', ')} run is left in .git/config, readable by any code from the pull request that the job runs.`, { job, step, detail: `head|${hc.ref ?? ''}|${hc.repo ?? ''}` });
          return;
        }
        const dir = normalisedDir(scalarText(own(withArgs(step.value), 'path')) ?? '');
        const upload = job.steps.slice(i + 1).find((s) => actionName(str(own(s.value, 'uses')) ?? '') === 'actions/upload-artifact');
        if (upload) {
          emit(artipacked, 'workflow_checkout_persists_credentials', `${where} checks out without persist-credentials: false and ${stepWhere(m, job, upload)} later uploads an artifact; the persisted GITHUB_TOKEN is in the checkout's git configuration, one path or include-hidden-files away from being in an artifact anyone with read access can download.`, { job, step, detail: `upload|${dir}` });
        } else if (wasOff(other, job, step)) {
          emit(artipacked, 'workflow_checkout_persists_credentials', `${where} no longer sets persist-credentials: false, so the GITHUB_TOKEN stays in the checkout's git configuration for every later step (and any tool or dependency it runs).`, { job, step, detail: `dropped|${dir}` });
        }
      });
    }
  },
};
