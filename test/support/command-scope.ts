// A policy and manifest for command-scope tests, loaded through the real loaders, and the scope the
// decision sees. `run_tests` allows `npm test`, `npm run lint` and `npx jest *`, as the example policy does.

import { loadManifest, loadPolicy } from '../../src/adapters/config.js';
import { commandScope, type CommandScope } from '../../src/core/commands/decide.js';
import type { Manifest } from '../../src/core/manifest.js';
import type { Policy } from '../../src/core/policy.js';

export const SCOPE_POLICY = `version: 1
capabilities:
  run_tests:
    commands:
      - [npm, test]
      - [npm, run, lint]
      - [npx, jest, "*"]
      - [git, log, "*", --oneline]
  publish_artifact:
    commands:
      - [npm, publish, --provenance]
    env: [NPM_TOKEN]
  write_branch:
    paths: ["src/**"]
subjects:
  "ci-agent:pull-request":
    capabilities: [read_repository, write_branch, run_tests, open_pull_request, publish_artifact]
`;

export const SCOPE_MANIFEST = `agent_task:
  subject: ci-agent:pull-request
  repository: payments-api
  capabilities: [read_repository, write_branch, run_tests, open_pull_request]
`;

export function policyFrom(text: string): Policy {
  const r = loadPolicy(text, 'policy.yml');
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.code}: ${p.message}`).join('\n'));
  return r.loaded.value;
}

export function manifestFrom(text: string): Manifest {
  const r = loadManifest(text, 'manifest.yml');
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.code}: ${p.message}`).join('\n'));
  return r.loaded.value;
}

export function testScope(policy = SCOPE_POLICY, manifest: string | null = SCOPE_MANIFEST): CommandScope {
  return commandScope(policyFrom(policy), manifest === null ? null : manifestFrom(manifest));
}
