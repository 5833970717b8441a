// The approval-gate action (src/actions/run-approval-gate.ts) run in-process with a recording
// @actions/core, against the loopback GitHub server, for tests that give it any event payload.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runApprovalGate } from '../../src/actions/run-approval-gate.js';
import type { FakeGitHub } from './github-server.js';
import { recordingCore } from './recording-core.js';

export interface GateActionRun {
  outputs: Record<string, string>;
  log: string[];
  failed: string[];
  /** The evidence document, parsed (null when none was written). */
  evidence: any;
  /** Requests the server received during the run. */
  requests: number;
}

export async function runGateAction(
  fake: FakeGitHub,
  opts: { repository: string; event: string; payload: unknown; inputs?: Record<string, string>; workspace?: string; env?: Record<string, string> },
): Promise<GateActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'agent-guard-gate-run-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  const inputs: Record<string, string> = { 'github-token': 'ghs_gate_action_token', 'publish-status': 'true', 'request-reviews': 'false', ...opts.inputs };
  const recorded = recordingCore(inputs);
  const { core } = recorded;
  const r: GateActionRun = { outputs: recorded.outputs, log: recorded.log, failed: recorded.failed, evidence: null, requests: 0 };
  const before = fake.requests.length;
  await runApprovalGate(
    core,
    {
      GITHUB_API_URL: fake.url,
      GITHUB_REPOSITORY: opts.repository,
      GITHUB_EVENT_NAME: opts.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: dir,
      ...(opts.workspace ? { GITHUB_WORKSPACE: opts.workspace } : {}),
      ...opts.env,
    },
    { clientOptions: { timeUnitMs: 1 } },
  );
  r.requests = fake.requests.length - before;
  const evidencePath = r.outputs['evidence-path'];
  if (evidencePath) r.evidence = JSON.parse(readFileSync(evidencePath, 'utf8'));
  return r;
}
