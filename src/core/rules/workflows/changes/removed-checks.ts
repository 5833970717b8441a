import { own, scalarText, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { actionName, jobLabel, type JobInfo, type WorkflowFileKind } from '../model.js';

export const removedChecks = defineRule({
  id: 'workflows/removed-checks',
  codes: ['workflow_removed', 'action_removed', 'workflow_job_removed', 'workflow_security_step_removed'],
  summary: 'A workflow, action, job or security step (the guard, a scanner) is removed or moved where GitHub no longer runs it, so a required check stays pending or an optional one silently disappears.',
  fix: 'Keep required and security checks; replace one only together with its branch protection or ruleset change, reviewed by its owners.',
});

const SECURITY_TOOLS =
  /agent-guard|guard-diff|approval-gate|request-capability|codeql|zizmor|scorecard|harden-runner|dependency-review|trivy|semgrep|gitleaks|trufflehog|snyk|grype|anchore|osv-scanner|actionlint|secret-scan|security-scan/gi;

/** The security and guard tools a job runs (actions it uses, commands it runs). */
export function securityTools(job: JobInfo, kind: WorkflowFileKind): Set<string> {
  const texts: string[] = [];
  const ju = str(own(job.value, 'uses'));
  if (ju !== undefined && kind === 'workflow') texts.push(ju);
  for (const step of job.steps) {
    const u = str(own(step.value, 'uses'));
    if (u !== undefined) texts.push(actionName(u));
    const r = scalarText(own(step.value, 'run'));
    if (r !== undefined) texts.push(r);
  }
  const out = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(SECURITY_TOOLS)) out.add(m[0].toLowerCase());
  return out;
}

export const removedChecksCheck: WorkflowCheck = {
  rule: removedChecks,
  change(base, head, emit) {
    if (!base) return;
    const headJobs = new Map(head.jobs.map((j) => [j.id, j]));
    for (const bj of base.jobs) {
      const hj = headJobs.get(bj.id);
      const tools = securityTools(bj, base.kind);
      if (!hj) {
        if (head.kind === 'workflow') {
          const t = tools.size > 0 ? ` It ran ${[...tools].join(', ')}.` : '';
          emit(removedChecks, 'workflow_job_removed', `${jobLabel(base, bj)} was removed; if it is a required or security check, it no longer runs (a missing required check stays pending, an optional one silently disappears).${t}`, { job: { id: bj.id, value: bj.value, steps: [] } }); // no line: the job is not in head
        }
        continue;
      }
      const headTools = securityTools(hj, head.kind);
      const lost = [...tools].filter((t) => !headTools.has(t));
      if (lost.length > 0) {
        emit(removedChecks, 'workflow_security_step_removed', `${jobLabel(head, hj)} no longer runs ${lost.map((t) => quoteValue(t)).join(', ')}; a security or guard step was removed or replaced (for example by "run: exit 0"), so the check can pass without checking anything.`, { job: hj, detail: lost.join(',') });
      }
    }
  },
};
