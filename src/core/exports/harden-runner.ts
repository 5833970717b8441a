// harden-runner: the step that blocks a job's egress to everything but the manifest's hosts. The export
// is the step to put first in the agent's job; `--check --file WORKFLOW` finds every harden-runner
// step in that workflow and compares its egress policy and endpoints with the manifest.

import { stringify } from 'yaml';
import { isObj, own } from '../json.js';
import { parseWorkflowYaml } from '../yaml.js';
import { compareOwned, header, taskView, type ExportInput, type Rendering } from './target.js';

export const HARDEN_RUNNER_ACTION = 'step-security/harden-runner';
/** v2.20.1, pinned by commit. */
export const HARDEN_RUNNER_REF = 'b09bb98e06d4d774595224525879c09bc6e98c40';
/** What every GitHub Actions job needs to check out and push: not part of a task's grant, and named as such. */
export const GITHUB_ENDPOINTS: readonly string[] = Object.freeze(['github.com:443', 'api.github.com:443']);

export function endpointsFor(hosts: readonly string[]): string[] {
  return [...new Set([...GITHUB_ENDPOINTS, ...hosts.map((h) => `${h}:443`)])];
}

export function renderHardenRunner(input: ExportInput): Rendering {
  const view = taskView(input);
  const endpoints = endpointsFor(view.hosts);
  const step = [{ name: 'Harden the runner (egress: the task manifest\'s hosts only)', uses: `${HARDEN_RUNNER_ACTION}@${HARDEN_RUNNER_REF}`, with: { 'egress-policy': 'block', 'allowed-endpoints': endpoints.join('\n') } }];
  const content = `# ${header(input, 'harden-runner')}\n# The first step of the agent's job (v2.20.1).\n${stringify(step, { lineWidth: 0 })}`;
  return {
    target: 'harden-runner',
    files: [{ path: null, content, drift: (text) => hardenDrift(endpoints, text) }],
    notes: [
      `${GITHUB_ENDPOINTS.join(' and ')} are added: the job cannot check out or push without them`,
      'endpoints are host:port; the manifest names hosts only, so each is allowed on 443 and no other port',
      'harden-runner filters the whole job, not the agent alone: every step after it gets the same endpoints, and it cannot scope commands or files',
      'the model API the agent runtime calls is not in the manifest; add its endpoint to the step, and --check will report it as drift until the manifest names it',
    ],
  };
}

function hardenDrift(endpoints: string[], text: string | null): string[] {
  if (text === null) return ['give the workflow to check with --file'];
  const parsed = parseWorkflowYaml(text);
  if (!parsed.ok) return [`the workflow is not YAML: ${parsed.reason}`];
  const jobs = isObj(parsed.value) ? own(parsed.value, 'jobs') : undefined;
  const found: string[] = [];
  let steps = 0;
  for (const [jobId, job] of Object.entries(isObj(jobs) ? jobs : {})) {
    const list = isObj(job) ? own(job, 'steps') : undefined;
    (Array.isArray(list) ? list : []).forEach((s, i) => {
      const uses = isObj(s) ? own(s, 'uses') : undefined;
      if (typeof uses !== 'string' || !uses.startsWith(`${HARDEN_RUNNER_ACTION}@`)) return;
      steps++;
      const w = isObj(s) ? own(s, 'with') : undefined;
      const raw = isObj(w) ? own(w, 'allowed-endpoints') : undefined;
      const listed = typeof raw === 'string' ? raw.split(/\s+/).filter(Boolean) : raw;
      found.push(...compareOwned([
        [`jobs.${jobId}.steps[${i}] egress-policy`, 'block', isObj(w) ? own(w, 'egress-policy') ?? 'block' : 'block'],
        [`jobs.${jobId}.steps[${i}] allowed-endpoints`, endpoints, listed],
      ]));
    });
  }
  // harden-runner's own default egress policy is block, so a step without one blocks.
  return steps === 0 ? ['no step uses step-security/harden-runner'] : found;
}
