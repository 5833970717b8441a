// A small policy and task manifest that several suites load, change in one place and expect problems
// of, plus the loaders' problems as the `FILE:LINE:COLUMN: message [code]` lines a user reads.

import { formatProblem, loadManifest, loadPolicy } from '../../src/adapters/config.js';
import type { Problem } from '../../src/core/types.js';

/** A manifest for acme/payments-api within POLICY's ceiling; `extra` is appended under agent_task. */
export const MANIFEST = (extra = ''): string => `agent_task:
  subject: ci-agent:pull-request
  repository: acme/payments-api
  branch_pattern: agent/*
  capabilities: [read_repository, write_branch, run_tests, open_pull_request]
  denied: [read_secrets, deploy_environment, modify_policy]
${extra}`;

/** infra/prod high, src medium, docs and tasks low; write_branch covers src, docs and tasks. */
export const POLICY = `version: 1
agents: ["*[bot]", "ci-agent"]
default_tier: high
tiers:
  high: ["infra/prod/**"]
  medium: ["src/**"]
  low: ["docs/**", "tasks/**"]
capabilities:
  write_branch:
    paths: ["src/**", "docs/**", "tasks/**"]
subjects:
  "ci-agent:pull-request":
    capabilities: [read_repository, write_branch, run_tests, open_pull_request]
    branches: ["agent/*"]
approvals:
  high: { count: 1 }
`;

/** Every problem as `FILE:LINE:COLUMN: message [code]`. */
export const problemLines = (problems: Problem[]): string[] => problems.map(formatProblem);

/** The problems of `text` loaded as the manifest `task.yml` (none when it loads). */
export function manifestProblems(text: string): string[] {
  const r = loadManifest(text, 'task.yml');
  return r.ok ? [] : problemLines(r.problems);
}

/** The problems of `text` loaded as the policy `policy.yml` (none when it loads). */
export function policyProblems(text: string): string[] {
  const r = loadPolicy(text, 'policy.yml');
  return r.ok ? [] : problemLines(r.problems);
}
