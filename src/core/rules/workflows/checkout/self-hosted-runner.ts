import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { jobLabel, runsOnSelfHosted } from '../model.js';

export const selfHostedRunner = defineRule({
  id: 'workflows/self-hosted-runner',
  codes: ['workflow_self_hosted_runner'],
  summary: 'A job runs on a self-hosted runner, where code from a pull request can persist between jobs and reach the runner\'s network and credentials.',
  fix: 'Run untrusted code on GitHub-hosted (ephemeral) runners; keep self-hosted runners for trusted branches, ephemeral and isolated.',
});

export const selfHostedRunnerCheck: WorkflowCheck = {
  rule: selfHostedRunner,
  facts({ m, emit }) {
    if (m.kind !== 'workflow') return;
    for (const job of m.jobs) {
      if (runsOnSelfHosted(job.value)) emit(selfHostedRunner, 'workflow_self_hosted_runner', `${jobLabel(m, job)} runs on a self-hosted runner; code from a pull request can persist on it and reach its network.`, { job });
    }
  },
};
