// `agent-guard verify`: evidence signed at a loopback Sigstore (@sigstore/mock Fulcio and TSA) with a
// GitHub Actions identity, checked offline against that instance's trusted root. A changed evidence
// file, a signer from another repository or workflow, another instance's root, and a merged commit
// other than the approved one (unless an identical rebase) are each caught and named.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionsIdentity } from '../../src/adapters/sigstore-sign.js';
import { attestEvidence } from '../../src/app/attest-evidence.js';
import { main } from '../../src/cli/main.js';
import { runCli } from '../support/cli.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { startSigstore, type OidcClaims, type SigstoreServer } from '../support/sigstore-server.js';

let repo: TestRepo;
let restore: () => void;
let base: string;
let head: string;
let sigstore: SigstoreServer;
let other: SigstoreServer;
let dir: string;
let n = 0;

const CLAIMS: OidcClaims = { repository: 'acme/api', workflowPath: '.github/workflows/agent.yml' };

beforeAll(async () => {
  restore = isolateProcessGitConfig();
  repo = await TestRepo.init();
  await repo.write('src/app.ts', 'export const x = 1;\n');
  await repo.write('README.md', '# app\n');
  base = await repo.commit('base');
  await repo.checkout('agent/task', { create: true });
  await repo.write('src/app.ts', 'export const x = 2;\n');
  head = await repo.commit('change x');
  await repo.checkout('main');
  sigstore = await startSigstore({ ...CLAIMS, sha: head });
  other = await startSigstore(CLAIMS);
  dir = mkdtempSync(join(tmpdir(), 'ag-verify-'));
  writeFileSync(join(dir, 'root.json'), JSON.stringify(sigstore.trustedRoot));
  // gh attestation trusted-root prints JSON lines, one root per instance.
  writeFileSync(join(dir, 'roots.jsonl'), `${JSON.stringify(other.trustedRoot)}\n${JSON.stringify(sigstore.trustedRoot)}\n`);
});
afterAll(async () => {
  await repo.cleanup();
  restore();
  await sigstore.close();
  await other.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Evidence of an approved head, signed by `by` with `claims`. */
async function signedEvidence(by: SigstoreServer = sigstore, claims: OidcClaims = CLAIMS): Promise<string> {
  n += 1;
  const path = join(dir, `approval-gate-evidence-${n}.json`);
  writeFileSync(path, `${JSON.stringify({ version: 'agent-guard.evidence/v1', action: 'approval-gate', job: { repository: 'acme/api', run_id: '9' }, base, head, decision: 'approved', tier: 'high', approvals: { counted: [{ login: 'alice', commit_id: head }], required: 1 } }, null, 2)}\n`);
  const saved = by.claims;
  by.claims = claims;
  try {
    const outcome = await attestEvidence({ evidencePath: path, sigstore: `fulcio=${by.fulcioURL},tsa=${by.tsaURL}`, serverUrl: 'https://github.com', visibility: null, repository: 'acme/api', identity: actionsIdentity(by.oidcEnv), client: null, retries: 0 });
    expect(outcome.signed).toBe(true);
  } finally {
    by.claims = saved;
  }
  return path;
}

async function verify(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['verify', ...args], { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, cwd: repo.dir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('agent-guard verify', () => {
  it('verifies signed evidence: signature, subject, signer and the merged commit', async () => {
    const evidence = await signedEvidence();
    const r = await verify(evidence, '--trusted-root', join(dir, 'root.json'), '--repo', 'acme/api', '--workflow', '.github/workflows/agent.yml', '--merged', head);
    expect(r.out).toMatch(/^verified: approval-gate-evidence-\d+\.json$/m);
    expect(r.out).toContain('ok    signer: https://github.com/acme/api/.github/workflows/agent.yml@refs/heads/main (source https://github.com/acme/api)');
    expect(r.code).toBe(0);
  });

  it('reads the JSON lines gh attestation trusted-root prints (any root that verifies)', async () => {
    const r = await verify(await signedEvidence(), '--trusted-root', join(dir, 'roots.jsonl'));
    expect(r.code).toBe(0);
  });

  it('catches a changed evidence file', async () => {
    const evidence = await signedEvidence();
    writeFileSync(evidence, readFileSync(evidence, 'utf8').replace('"tier": "high"', '"tier": "low"'));
    const r = await verify(evidence, '--trusted-root', join(dir, 'root.json'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL {2}subject: approval-gate-evidence-\d+\.json has sha256 [0-9a-f]{64}, but the signature is over [0-9a-f]{64}: the evidence file is not the one that was signed/);
  });

  it('catches a signer from another repository, and a workflow other than the expected one', async () => {
    const fork = await signedEvidence(sigstore, { repository: 'mallory/api', workflowPath: '.github/workflows/agent.yml' });
    const r = await verify(fork, '--trusted-root', join(dir, 'root.json'), '--repo', 'acme/api');
    expect(r.code).toBe(1);
    expect(r.out).toContain('FAIL  signer: the signer\'s source repository is "https://github.com/mallory/api", not https://github.com/acme/api');

    const otherWorkflow = await signedEvidence(sigstore, { repository: 'acme/api', workflowPath: '.github/workflows/anything.yml' });
    const w = await verify(otherWorkflow, '--trusted-root', join(dir, 'root.json'), '--workflow', '.github/workflows/agent.yml');
    expect(w.code).toBe(1);
    expect(w.out).toContain('FAIL  signer: the signing workflow is "https://github.com/acme/api/.github/workflows/anything.yml@refs/heads/main", not https://github.com/acme/api/.github/workflows/agent.yml@<ref>');
  });

  it('catches a bundle another Sigstore instance signed', async () => {
    const r = await verify(await signedEvidence(other), '--trusted-root', join(dir, 'root.json'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL {2}signature: the signature bundle does not verify against the trusted root/);
  });

  it('catches a merged commit other than the approved one, and accepts an identical rebase', async () => {
    const evidence = await signedEvidence();
    // main moves on; the approved change is rebased onto it unchanged, then squash-merged.
    await repo.checkout('main');
    await repo.write('README.md', '# app\n\nmore\n');
    await repo.commit('main moves');
    await repo.git('cherry-pick', head);
    const rebased = await repo.rev('HEAD');
    const ok = await verify(evidence, '--trusted-root', join(dir, 'root.json'), '--merged', rebased);
    expect(ok.out).toMatch(/ok {4}merged: the merged change .* is an identical rebase of the approved/);
    expect(ok.code).toBe(0);

    // Something else lands: one more line than was approved.
    await repo.git('reset', '--hard', 'HEAD^');
    await repo.write('src/app.ts', 'export const x = 2;\nexport const y = 3;\n');
    const tampered = await repo.commit('change x (and y)');
    const bad = await verify(evidence, '--trusted-root', join(dir, 'root.json'), '--merged', tampered);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/FAIL {2}merged: the merged change .* is not the approved .*: what was merged is not what was approved/);
  });

  it('needs a trusted root and one evidence file (exit 3)', async () => {
    const evidence = await signedEvidence();
    expect((await verify(evidence)).code).toBe(3);
    expect((await verify('--trusted-root', join(dir, 'root.json'))).code).toBe(3);
    expect((await verify(evidence, '--trusted-root', join(dir, 'root.json'), '--merged', '--x')).code).toBe(3);
  });

  it('runs from the bundled command line', async () => {
    const evidence = await signedEvidence();
    const r = await runCli(['verify', evidence, '--trusted-root', join(dir, 'root.json'), '--format', 'json'], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ verified: true, problems: [], signer: { sourceRepositoryURI: 'https://github.com/acme/api' } });
    expect(r.code).toBe(0);
  });
});
