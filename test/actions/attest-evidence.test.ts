// Signed evidence end to end, in process: guard-diff reviews a real change in a temporary repository
// with `attest: true`, signs its evidence at a loopback Fulcio and timestamp authority (@sigstore/mock)
// with the job's OIDC identity, writes the bundle next to it, and stores it through the loopback
// attestations API. Where attestations are unavailable the step fails, or (attest-unavailable:
// unsigned) continues with the evidence marked unsigned and says why.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attestStep } from '../../src/actions/attest-evidence.js';
import { runGuardDiff } from '../../src/actions/run-guard-diff.js';
import { parseTrustedRoot, verifyDsseBundle } from '../../src/adapters/sigstore-verify.js';
import { PREDICATE_TYPE } from '../../src/core/attestation/statement.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { recordingCore } from '../support/recording-core.js';
import { startSigstore, type SigstoreServer } from '../support/sigstore-server.js';


let repo: TestRepo;
let restore: () => void;
let base: string;
let head: string;
let sigstore: SigstoreServer;
let github: FakeGitHub;
let dir: string;
let n = 0;

beforeAll(async () => {
  restore = isolateProcessGitConfig();
  repo = await TestRepo.init();
  await repo.write('src/app.ts', 'export const x = 1;\n');
  base = await repo.commit('base');
  await repo.write('docs/guide.md', '# guide\n');
  head = await repo.commit('docs');
  sigstore = await startSigstore({ repository: 'acme/api', workflowPath: '.github/workflows/agent.yml', sha: head });
  github = await startGitHubServer();
  github.addRepo('acme', 'api');
  github.addRepo('acme', 'private-api', { private: true }).attestationsUnavailable = 404;
  dir = mkdtempSync(join(tmpdir(), 'ag-attest-'));
});
afterAll(async () => {
  await repo.cleanup();
  restore();
  await sigstore.close();
  await github.close();
  rmSync(dir, { recursive: true, force: true });
});

function env(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: dir,
    ...sigstore.oidcEnv,
    ...extra,
  };
}

async function guardDiff(inputs: Record<string, string>, extraEnv: Record<string, string | undefined> = {}) {
  n += 1;
  const evidencePath = join(dir, `evidence-${n}.json`);
  const r = recordingCore({ base, head, 'evidence-path': evidencePath, attest: 'true', 'attest-sigstore': `fulcio=${sigstore.fulcioURL},tsa=${sigstore.tsaURL}`, 'attest-github-token': 'ghs_test_token_attest', ...inputs });
  const evaluation = await runGuardDiff(r.core, env(extraEnv));
  return { r, evaluation, evidencePath };
}

describe('attest: true on guard-diff', () => {
  it('signs the evidence file, writes the bundle and stores the attestation', async () => {
    const { r, evaluation, evidencePath } = await guardDiff({});
    expect(evaluation?.verdict).toBe('allow');
    expect(r.failed).toEqual([]);
    expect(r.outputs).toMatchObject({ verdict: 'allow', attestation: 'signed', 'attestation-bundle': `${evidencePath}.sigstore.json` });
    const bytes = readFileSync(evidencePath);
    const evidence = JSON.parse(bytes.toString('utf8'));
    expect(evidence.signature).toEqual({ status: 'signed', instance: 'custom', bundle: `evidence-${n}.json.sigstore.json`, predicate_type: PREDICATE_TYPE });

    const bundle = JSON.parse(readFileSync(`${evidencePath}.sigstore.json`, 'utf8'));
    const verified = verifyDsseBundle(bundle, parseTrustedRoot(sigstore.trustedRoot));
    const statement = JSON.parse(verified.payload.toString('utf8'));
    expect(statement.subject).toEqual([
      { name: `evidence-${n}.json`, digest: { sha256: createHash('sha256').update(bytes).digest('hex') } },
      { name: `git+https://github.com/acme/api@${head}`, digest: { gitCommit: head } },
    ]);
    expect(statement.predicate).toMatchObject({ action: 'guard-diff', base, head, verdict: 'allow', tier: 'low', policy: { baseline: true } });

    const stored = github.repo('acme/api').attestations;
    expect(stored.at(-1)?.bundle).toEqual(bundle);
    expect(r.outputs['attestation-id']).toBe(String(stored.at(-1)?.id));
    github.assertNoViolations();
  });

  it('fails the step where the repository cannot have attestations (attest-unavailable: fail)', async () => {
    const { r, evidencePath } = await guardDiff({}, { GITHUB_REPOSITORY: 'acme/private-api' });
    expect(r.failed.join('\n')).toMatch(/evidence signed \(custom; bundle .*\) but not stored: the attestations API answered 404 .*attest-unavailable: fail/);
    expect(r.outputs.verdict).toBe('allow');
    // The signature itself exists: the bundle file is kept.
    expect(JSON.parse(readFileSync(evidencePath, 'utf8')).signature.status).toBe('signed');
  });

  it('continues with the evidence marked unsigned when there is no OIDC token (attest-unavailable: unsigned)', async () => {
    const { r, evidencePath } = await guardDiff({ 'attest-unavailable': 'unsigned' }, { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined });
    expect(r.failed).toEqual([]);
    expect(r.outputs.attestation).toBe('unsigned');
    expect(r.log.join('\n')).toMatch(/evidence NOT signed.*id-token: write.*continuing/);
    expect(JSON.parse(readFileSync(evidencePath, 'utf8')).signature).toEqual({ status: 'unsigned', reason: expect.stringMatching(/ACTIONS_ID_TOKEN_REQUEST_URL is not set/) });
  });

  it('says GitHub Enterprise Server has no Sigstore instance and fails by default', async () => {
    const { r, evidencePath } = await guardDiff({ 'attest-sigstore': 'auto' }, { GITHUB_SERVER_URL: 'https://ghes.example.com' });
    expect(r.failed.join('\n')).toMatch(/NOT signed.*GitHub Enterprise Server/);
    expect(JSON.parse(readFileSync(evidencePath, 'utf8')).signature.status).toBe('unsigned');
  });

  it('refuses an unknown attest or attest-unavailable value', async () => {
    expect((await guardDiff({ attest: 'yes' })).r.failed.join('\n')).toMatch(/input attest must be true or false/);
    expect((await guardDiff({ 'attest-unavailable': 'continue' })).r.failed.join('\n')).toMatch(/attest-unavailable must be fail or unsigned/);
  });

  it('is off unless asked for', async () => {
    const { r, evidencePath } = await guardDiff({ attest: '' });
    expect(r.outputs.attestation).toBe('off');
    expect(JSON.parse(readFileSync(evidencePath, 'utf8')).signature).toBeUndefined();
  });
});

describe('attest step on other evidence', () => {
  it('signs request-capability evidence: credentials by permission only, approvals with login and commit', async () => {
    const path = join(dir, 'rc.json');
    const doc = {
      version: 'agent-guard.evidence/v1',
      action: 'request-capability',
      job: { repository: 'acme/api', run_id: '7' },
      head,
      verdict: 'granted',
      approvals: { approved: true, headSha: head, manifestSha256: null, approvers: ['alice'], reason: 'approved' },
      credentials: [{ permissions: { contents: 'write' }, issued_at: '2026-01-01T00:00:00Z', expires_at: '2026-01-01T01:00:00Z', revoked_at: null, revocation: 'revoked' }],
    };
    writeFileSync(path, JSON.stringify(doc));
    const r = recordingCore({ attest: 'true', 'attest-sigstore': `fulcio=${sigstore.fulcioURL},tsa=${sigstore.tsaURL}` });
    const outcome = await attestStep(r.core, env(), path);
    expect(outcome?.signed).toBe(true);
    // No token: signed, bundle kept, nothing stored; with the default (fail) that fails the step.
    expect(r.failed.join('\n')).toMatch(/no token to store the attestation/);
    const statement = JSON.parse(verifyDsseBundle(JSON.parse(readFileSync(`${path}.sigstore.json`, 'utf8')), parseTrustedRoot(sigstore.trustedRoot)).payload.toString('utf8'));
    expect(statement.predicate.approvals).toEqual({ counted: [{ login: 'alice', commit_id: head }], required: null });
    expect(statement.predicate.credentials).toEqual([{ permissions: { contents: 'write' }, issued_at: '2026-01-01T00:00:00Z', expires_at: '2026-01-01T01:00:00Z', revoked_at: null }]);
  });
});
