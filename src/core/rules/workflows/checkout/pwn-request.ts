import { deepStrings, own, scalarText, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { Emit, WorkflowCheck } from '../check.js';
import { secretReferences } from '../expressions.js';
import { fileLabel, firstLine, headCheckout, jobLabel, stepWhere, type HeadCheckout, type JobInfo, type Model, type StepInfo } from '../model.js';
import { runsCheckedOutCode } from './runs-code.js';

export const pwnRequest = defineRule({
  id: 'workflows/pwn-request',
  codes: ['workflow_privileged_checkout', 'workflow_privileged_local_action', 'workflow_secret_after_head_checkout'],
  summary: 'Under a privileged trigger (pull_request_target, workflow_run, issue_comment) a job checks out the pull request\'s code; when a later step runs code from it (a build, an install, a script, a local action) the pull request runs with secrets and a write token. That full chain is denied by default; the checkout alone, or a secret read after it, needs an approval.',
  fix: 'Run the pull request\'s code in a pull_request workflow without secrets; in the privileged workflow, check out only the base and treat the pull request\'s artifacts as data.',
});

function describeCheckout(hc: HeadCheckout, step: StepInfo): string {
  if (!hc.action) return `runs ${quoteValue(firstLine(scalarText(own(step.value, 'run')) ?? ''))}, which fetches the pull request's code`;
  const parts = [hc.ref !== undefined ? `ref: ${quoteValue(hc.ref)}` : '', hc.repo !== undefined ? `repository: ${quoteValue(hc.repo)}` : ''].filter(Boolean).join(', ');
  return `checks out the pull request's code (${parts})`;
}

function localActionFromHead(uses: string, dirs: readonly string[]): boolean {
  const local = uses.trim();
  if (!local.startsWith('./')) return false;
  const rel = local.replace(/^(\.\/+)+/, '');
  const weird = rel.split('/').some((seg) => seg === '..' || seg === '.' || seg.includes('\\'));
  return dirs.some((d) => d === '' || weird || rel === d || rel.startsWith(`${d}/`));
}

/** The three parts of the chain, for a reason that names each and where it is. */
function chainMessage(m: Model, job: JobInfo, checkout: StepInfo, hc: HeadCheckout, runner: StepInfo, runs: string): string {
  return `${fileLabel(m)} is a pwn request: (1) it is triggered by ${m.privileged.join(', ')}, which runs with secrets and a write token on events anyone can cause; (2) ${jobLabel(m, job)} step ${checkout.index} (${quoteValue(firstLine(checkout.label))}) ${describeCheckout(hc, checkout)}; (3) step ${runner.index} (${quoteValue(firstLine(runner.label))}) ${runs}, so the pull request's code runs with this job's secrets and token.`;
}

/** The first step at or after `from` that runs code (not a local action) from `dir`, and how. */
function codeRunner(job: JobInfo, from: number, dir: string, scriptCheckout: boolean): { step: StepInfo; runs: string } | null {
  for (let i = from; i < job.steps.length; i++) {
    const step = job.steps[i]!;
    if (str(own(step.value, 'uses'))?.trim().startsWith('./')) continue;
    const runs = runsCheckedOutCode(step.value, [dir], scriptCheckout && i === from);
    if (runs !== null) return { step, runs };
  }
  return null;
}

function privilegedJobFacts(m: Model, job: JobInfo, emit: Emit): void {
  const checkouts = new Map<number, HeadCheckout>();
  job.steps.forEach((st, i) => {
    const hc = headCheckout(st);
    if (hc) checkouts.set(i, hc);
  });
  if (checkouts.size === 0) return;
  const first = Math.min(...checkouts.keys());
  const checkoutStep = job.steps[first]!;
  const trig = m.privileged.join(', ');
  const dirs: string[] = [];
  job.steps.forEach((step, i) => {
    const where = stepWhere(m, job, step);
    const hc = checkouts.get(i);
    if (hc) {
      // A script checkout may run the code in the same step (gh pr checkout 1 && npm ci).
      const runner = codeRunner(job, hc.action ? i + 1 : i, hc.dir, !hc.action);
      const base = hc.action ? `checkout|${hc.ref ?? ''}|${hc.repo ?? ''}` : `script|${step.label}`;
      if (runner) {
        emit(pwnRequest, 'workflow_privileged_checkout', chainMessage(m, job, step, hc, runner.step, runner.runs), { job, step, detail: `${base}|chain`, severity: 'deny' });
      } else if (hc.action) {
        emit(pwnRequest, 'workflow_privileged_checkout', `${where} ${describeCheckout(hc, step)} in a workflow triggered by ${trig}, which has secrets and a write token ("pwn request").`, { job, step, detail: base });
      } else {
        emit(pwnRequest, 'workflow_privileged_checkout', `${where} fetches or checks out pull request code in its run: script in a workflow triggered by ${trig}, which has secrets and a write token.`, { job, step, detail: base });
      }
    }
    const uses = str(own(step.value, 'uses'));
    if (i > first && uses !== undefined && localActionFromHead(uses, dirs)) {
      const checkoutHc = checkouts.get(first)!;
      emit(pwnRequest, 'workflow_privileged_local_action', `${where} runs the local action ${quoteValue(uses)} after ${stepWhere(m, job, checkoutStep)} checked out the pull request's code; in a ${trig} workflow that runs the pull request's own action code with secrets and a write token. ${chainMessage(m, job, checkoutStep, checkoutHc, step, `runs the local action ${quoteValue(uses)} from it`)}`, { job, step, detail: uses.trim(), severity: 'deny' });
    }
    if (hc) dirs.push(hc.dir);
  });
  const texts: string[] = [];
  if (m.kind === 'workflow') texts.push(...deepStrings(own(m.root, 'env')));
  texts.push(...deepStrings(own(job.value, 'env')));
  for (const step of job.steps.slice(first)) texts.push(...deepStrings(step.value));
  const secrets = new Set<string>();
  for (const t of texts) for (const ref of secretReferences(t)) secrets.add(ref);
  for (const secret of secrets) {
    emit(pwnRequest, 'workflow_secret_after_head_checkout', `${jobLabel(m, job)} reads ${quoteValue(`\${{ ${secret} }}`)} in or after ${stepWhere(m, job, checkoutStep)}, which checks out the pull request's code in a ${trig} workflow; code from the pull request that runs in this job can read it. Move the secret to a separate job that does not run pull request code.`, { job, step: checkoutStep, detail: secret });
  }
}

export const pwnRequestCheck: WorkflowCheck = {
  rule: pwnRequest,
  facts({ m, emit }) {
    if (m.privileged.length === 0) return;
    for (const job of m.jobs) privilegedJobFacts(m, job, emit);
  },
};
