// Evidence uploaded as a workflow artifact: the actions run in process on a real change in a temporary
// repository with `upload-evidence: true`, and @actions/artifact uploads through a loopback results
// service (Twirp CreateArtifact and FinalizeArtifact, the block-blob upload to the signed URL). The
// archive the server received holds exactly the evidence file(s), byte for byte; the outputs carry its
// id and digest; every failure is an error annotation saying what failed, and fails the step.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_EVIDENCE_ARTIFACT_NAME, UploadEvidenceInputs, UploadEvidenceOutputs } from '../../src/actions/constants.js';
import { runAgentGuard } from '../../src/actions/run-agent-guard.js';
import { runApprovalGate } from '../../src/actions/run-approval-gate.js';
import { runGuardDiff } from '../../src/actions/run-guard-diff.js';
import { runRequestCapability } from '../../src/actions/run-request-capability.js';
import { uploadEvidenceStep } from '../../src/actions/upload-evidence.js';
import { readEvidence } from '../../src/adapters/evidence-files.js';
import { readZip } from '../../src/adapters/zip.js';
import { startArtifactServer, type ArtifactServer } from '../support/artifact-server.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { runGateAction } from '../support/approval-gate-run.js';
import { POLICY } from '../support/evidence-runs.js';
import { bot, commit, diffEntry, fakeSha, startGitHubServer } from '../support/github-server.js';
import { recordingCore } from '../support/recording-core.js';
import { pullRequestEvent } from '../support/webhooks.js';
import { REPO_ROOT } from '../support/run-action.js';

let repo: TestRepo;
let restoreGit: () => void;
let base: string;
let head: string;
let server: ArtifactServer;
let dir: string;
let n = 0;
const savedEnv: Record<string, string | undefined> = {};
/** What @actions/artifact writes to stdout itself (through its own @actions/core): kept, not shown. */
const libraryOutput: string[] = [];
const write = process.stdout.write.bind(process.stdout);

beforeAll(async () => {
  restoreGit = isolateProcessGitConfig();
  repo = await TestRepo.init();
  await repo.write('src/app.ts', 'export const x = 1;\n');
  base = await repo.commit('base');
  await repo.write('docs/guide.md', '# guide\n');
  head = await repo.commit('docs');
  server = await startArtifactServer();
  // @actions/artifact reads these from process.env and nowhere else.
  for (const [k, v] of Object.entries({ ...server.env, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RETENTION_DAYS: '' })) {
    savedEnv[k] = process.env[k];
    process.env[k] = v;
  }
  dir = mkdtempSync(join(tmpdir(), 'ag-upload-'));
  process.stdout.write = ((chunk: string | Uint8Array) => (libraryOutput.push(String(chunk)), true));
});
afterAll(async () => {
  process.stdout.write = write;
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await repo.cleanup();
  restoreGit();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  server.fail = {};
  server.failBlob = null;
});

function env(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { GITHUB_WORKSPACE: repo.dir, GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REPOSITORY: 'acme/api', RUNNER_TEMP: dir, ...extra };
}

async function guardDiff(inputs: Record<string, string>) {
  n += 1;
  const evidencePath = join(dir, `evidence-${n}.json`);
  const r = recordingCore({ base, head, 'evidence-path': evidencePath, 'upload-evidence': 'true', 'evidence-artifact-name': `evidence-${n}`, ...inputs });
  const evaluation = await runGuardDiff(r.core, env());
  return { r, evaluation, evidencePath, name: inputs['evidence-artifact-name'] ?? `evidence-${n}` };
}

const stored = (name: string) => server.artifacts.find((a) => a.name === name);
const errors = (log: string[]) => log.filter((l) => l.startsWith('error '));

describe('upload-evidence: true', () => {
  it('uploads exactly the evidence file, and the outputs name the artifact and its digest', async () => {
    const { r, evaluation, evidencePath, name } = await guardDiff({ 'evidence-retention-days': '7' });
    expect(evaluation?.verdict).toBe('allow');
    expect(r.failed).toEqual([]);
    const a = stored(name)!;
    expect(a.finalized).toBe(true);
    expect(a.mimeType).toBe('application/zip');
    const entries = readZip(a.blob!);
    expect(entries.map((e) => e.name)).toEqual([`evidence-${n}.json`]);
    expect(entries[0]!.data.equals(readFileSync(evidencePath))).toBe(true);
    const digest = `sha256:${createHash('sha256').update(a.blob!).digest('hex')}`;
    expect(r.outputs).toMatchObject({ verdict: 'allow', [UploadEvidenceOutputs.ArtifactId]: String(a.id), [UploadEvidenceOutputs.ArtifactDigest]: digest });
    // Seven days from now (the server got a protobuf Timestamp).
    expect(Math.abs(Date.parse(a.expiresAt!) - Date.now() - 7 * 86_400_000)).toBeLessThan(120_000);
    // The library masks the signed URL's signature in the job log.
    expect(libraryOutput).toContain(`::add-mask::${server.signature}\n`);
    expect(r.log).toContainEqual(expect.stringMatching(new RegExp(`^info agent-guard: evidence uploaded as the artifact ${name} \\(id ${a.id}, ${digest}, \\d+ bytes\\): evidence-${n}\\.json; kept 7 day\\(s\\)$`)));
  });

  it('uploads under agent-guard-evidence by default, which is what `evidence download` and metrics read', async () => {
    const { r } = await guardDiff({ 'evidence-artifact-name': '' });
    // The one name the upload, `evidence download` and `metrics --org` share (src/actions/constants.ts).
    expect(DEFAULT_EVIDENCE_ARTIFACT_NAME).toBe('agent-guard-evidence');
    const a = stored(DEFAULT_EVIDENCE_ARTIFACT_NAME)!;
    expect(a.expiresAt).toBeNull(); // the repository's retention
    expect(r.outputs[UploadEvidenceOutputs.ArtifactId]).toBe(String(a.id));
    const zip = join(dir, 'downloaded.zip');
    writeFileSync(zip, a.blob!);
    const read = readEvidence([zip]);
    expect(read.invalid).toEqual([]);
    expect(read.docs.map((d) => d.doc.action)).toEqual(['guard-diff']);
  });

  it('a second upload under the same name in the run fails the step, saying CreateArtifact refused it and why', async () => {
    await guardDiff({ 'evidence-artifact-name': 'twice' });
    const { r } = await guardDiff({ 'evidence-artifact-name': 'twice' });
    expect(r.outputs.verdict).toBe('allow');
    expect(r.outputs).toMatchObject({ [UploadEvidenceOutputs.ArtifactId]: '', [UploadEvidenceOutputs.ArtifactDigest]: '' });
    expect(errors(r.log)).toEqual([expect.stringMatching(/^error agent-guard: the evidence was not uploaded as an artifact: CreateArtifact at the results service failed: .*\(409\).*already exists.*give each step that uploads evidence in this run its own evidence-artifact-name\)$/)]);
    expect(r.failed).toEqual([errors(r.log)[0]!.slice('error '.length)]);
  });

  it('a refused blob upload fails the step, saying the archive upload failed; nothing is finalized', async () => {
    server.failBlob = 403;
    const { r, name } = await guardDiff({});
    expect(stored(name)?.finalized).toBe(false);
    expect(r.failed).toEqual([expect.stringMatching(/^agent-guard: the evidence was not uploaded as an artifact: uploading the archive to the signed storage URL failed: /)]);
    expect(r.outputs[UploadEvidenceOutputs.ArtifactId]).toBe('');
  });

  it('a refused FinalizeArtifact fails the step, saying so', async () => {
    server.fail.FinalizeArtifact = { code: 'permission_denied', msg: 'the job may not finalize artifacts' };
    const { r } = await guardDiff({});
    expect(r.failed).toEqual([expect.stringMatching(/^agent-guard: the evidence was not uploaded as an artifact: FinalizeArtifact at the results service failed: .*\(403\).*the job may not finalize artifacts/)]);
  });

  it('outside an Actions job (no ACTIONS_RUNTIME_TOKEN) it fails before any request, saying why', async () => {
    const token = process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    const before = server.log.length;
    try {
      const { r } = await guardDiff({});
      expect(r.failed).toEqual([expect.stringContaining('ACTIONS_RUNTIME_TOKEN is not set: artifacts can be uploaded only from a GitHub Actions job')]);
    } finally {
      process.env.ACTIONS_RUNTIME_TOKEN = token;
    }
    expect(server.log.length).toBe(before);
  });

  it.each(['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'ALL_PROXY'])('%s in the process environment (which @actions/artifact would honour) fails the step before any request', async (name) => {
    const before = server.log.length;
    process.env[name] = 'http://127.0.0.1:9';
    try {
      const { r, name: artifact } = await guardDiff({});
      expect(r.failed).toEqual([expect.stringMatching(new RegExp(`^agent-guard: the evidence was not uploaded as an artifact: the environment sets ${name}, which would route the artifact upload`))]);
      expect(stored(artifact)).toBeUndefined();
    } finally {
      delete process.env[name];
    }
    expect(server.log.length).toBe(before);
  });

  it.each([
    [{ 'evidence-retention-days': '0' }, /evidence-retention-days must be a whole number of days from 1 to 90, not "0"/],
    [{ 'evidence-retention-days': '91' }, /evidence-retention-days is 91: GitHub keeps artifacts at most 90 days/],
    [{ 'evidence-retention-days': '7d' }, /evidence-retention-days must be a whole number/],
    [{ 'evidence-artifact-name': 'a/b' }, /evidence-artifact-name "a\/b" cannot name an artifact/],
    [{ 'upload-evidence': 'yes' }, /upload-evidence must be true or false, not "yes"/],
  ])('refuses the inputs %j before any request', async (inputs, message) => {
    const before = server.log.length;
    const { r } = await guardDiff(inputs);
    expect(r.failed).toEqual([expect.stringMatching(message)]);
    expect(errors(r.log)).toHaveLength(1);
    expect(server.log.length).toBe(before);
  });
});

describe('only the redacted, schema-valid evidence is uploaded', () => {
  function step(path: string) {
    const r = recordingCore({ 'upload-evidence': 'true', 'evidence-artifact-name': `direct-${++n}` });
    return { r, run: uploadEvidenceStep(r.core, env(), [path]) };
  }
  const valid = async () => (await guardDiff({ 'upload-evidence': 'false' })).evidencePath;

  it('a file changed to no longer match the schema is not uploaded', async () => {
    const path = await valid();
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), verdict: 'fine' }));
    const before = server.log.length;
    const { r, run } = step(path);
    expect(await run).toBeNull();
    expect(r.failed).toEqual([expect.stringMatching(/ does not match schemas\/evidence\.schema\.json \(\/verdict: /)]);
    expect(server.log.length).toBe(before);
  });

  it('a file holding a credential-shaped string is not uploaded (and the message does not repeat it)', async () => {
    const path = await valid();
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    doc.summary = `leaked ghs_${'a'.repeat(36)}`;
    writeFileSync(path, JSON.stringify(doc));
    const { r, run } = step(path);
    expect(await run).toBeNull();
    expect(r.failed).toEqual([expect.stringContaining('holds text the redactor removes')]);
    expect(r.log.join('\n')).not.toContain('ghs_aaaa');
  });

  it('a symbolic link at the evidence path is not followed', async () => {
    const path = await valid();
    const link = join(dir, `link-${n}.json`);
    symlinkSync(path, link);
    const { r, run } = step(link);
    expect(await run).toBeNull();
    expect(r.failed).toEqual([expect.stringContaining('cannot be read (it is a symbolic link)')]);
  });

  it('without upload-evidence nothing is uploaded and no output is set', async () => {
    const before = server.artifacts.length;
    const { r } = await guardDiff({ 'upload-evidence': '' });
    expect(server.artifacts.length).toBe(before);
    expect(Object.keys(r.outputs)).not.toContain(UploadEvidenceOutputs.ArtifactId);
  });
});

describe('each action that writes evidence uploads it once it is final', () => {
  it('the root action uploads guard-diff\'s and the approval gate\'s evidence in one artifact', async () => {
    const eventPath = join(dir, 'pull-request.json');
    const pull = { number: 1, base: { ref: 'main', sha: base, repo: { default_branch: 'main', full_name: 'acme/api' } }, head: { ref: 'agent/docs', sha: head, repo: { full_name: 'acme/api' } } };
    writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', pull_request: pull, repository: { full_name: 'acme/api', default_branch: 'main' }, sender: { login: 'coding-agent[bot]' } }));
    const r = recordingCore({ base, head, 'upload-evidence': 'true', 'evidence-artifact-name': 'root', 'github-token': '' });
    await runAgentGuard(r.core, env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath }));
    // The gate fails (no token) and writes the evidence of that denial: both files are uploaded.
    expect(r.failed).toEqual([expect.stringContaining('input github-token is empty')]);
    const entries = readZip(stored('root')!.blob!);
    expect(entries.map((e) => e.name).sort()).toEqual(['approval-gate-evidence.json', 'guard-diff-evidence.json']);
    expect(entries.map((e) => JSON.parse(e.data.toString('utf8')).action).sort()).toEqual(['approval-gate', 'guard-diff']);
    expect(r.outputs[UploadEvidenceOutputs.ArtifactId]).toBe(String(stored('root')!.id));
  });

  it('the approval gate uploads its evidence once written, with the gate\'s decision', async () => {
    const fake = await startGitHubServer();
    try {
      const REPO = 'acme/widgets';
      const [HEAD, BASE] = [fakeSha('upload-head'), fakeSha('upload-base')];
      const agent = bot('coding-agent');
      fake.addRepo('acme', 'widgets', { branches: { main: BASE } });
      fake.addUser(agent);
      fake.setFile(REPO, BASE, '.github/agent-policy.yml', POLICY);
      fake.addPull(REPO, 8, {
        user: agent,
        head: { sha: HEAD, ref: 'agent/fix' },
        base: { sha: BASE, ref: 'main' },
        commits: [commit(REPO, { sha: HEAD, message: 'agent change', author: { name: 'coding-agent[bot]', email: 'agent@example.com', user: agent } })],
        files: [diffEntry(REPO, { filename: '.github/workflows/ci.yml', ref: HEAD })],
      });
      const payload = pullRequestEvent({ action: 'opened', owner: 'acme', repo: 'widgets', number: 8, baseSha: BASE, headSha: HEAD, headRef: 'agent/fix', author: agent.login });
      payload.pull_request = fake.eventPull(REPO, 8, 'pull_request');
      const r = await runGateAction(fake, { repository: REPO, event: 'pull_request', payload, inputs: { 'upload-evidence': 'true', 'evidence-artifact-name': 'gate-decision' } });
      expect(r.outputs.decision).toBe('approval_required');
      const entries = readZip(stored('gate-decision')!.blob!);
      expect(entries.map((e) => e.name)).toEqual(['approval-gate-evidence.json']);
      expect(JSON.parse(entries[0]!.data.toString('utf8'))).toEqual(r.evidence);
      expect(r.outputs[UploadEvidenceOutputs.ArtifactId]).toBe(String(stored('gate-decision')!.id));
      // The gate's token, through the one redactor, is in no form in the upload.
      expect(entries[0]!.data.toString('utf8')).not.toContain('ghs_gate_action_token');
      fake.assertNoViolations();
    } finally {
      await fake.close();
    }
  });

  it('the approval gate uploads the evidence of a run that failed', async () => {
    const r = recordingCore({ 'upload-evidence': 'true', 'evidence-artifact-name': 'gate', 'github-token': '' });
    await runApprovalGate(r.core, env({ GITHUB_EVENT_NAME: 'pull_request', RUNNER_TEMP: mkdtempSync(join(dir, 'gate-')) }));
    const entries = readZip(stored('gate')!.blob!);
    expect(entries.map((e) => JSON.parse(e.data.toString('utf8'))).map((d) => [d.action, d.error])).toEqual([['approval-gate', 'input github-token is empty']]);
  });

  it('request-capability uploads a refusal\'s evidence from the main step (the post step has nothing to add)', async () => {
    const r = recordingCore({ capabilities: 'write_branch', 'app-id': '', 'private-key': '', manifest: '.github/agent-tasks/current.yml', 'upload-evidence': 'true', 'evidence-artifact-name': 'mint' });
    const result = await runRequestCapability(r.core, env({ RUNNER_TEMP: mkdtempSync(join(dir, 'mint-')) }));
    expect(result.decision).toBe('refuse');
    const entries = readZip(stored('mint')!.blob!);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.data.equals(readFileSync(result.evidencePath!))).toBe(true);
    expect(JSON.parse(entries[0]!.data.toString('utf8'))).toMatchObject({ action: 'request-capability', verdict: 'refused' });
  });

  it.each(['action.yml', 'actions/guard-diff/action.yml', 'actions/approval-gate/action.yml', 'actions/request-capability/action.yml'])('%s declares the upload inputs and outputs', (file) => {
    const action = parseYaml(readFileSync(join(REPO_ROOT, file), 'utf8')) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> };
    // Declared, so a GITHUB_ENV line INPUT_UPLOAD-EVIDENCE=... from an earlier step cannot supply them.
    expect(Object.values(UploadEvidenceInputs).filter((i) => !(i in action.inputs))).toEqual([]);
    expect(action.inputs[UploadEvidenceInputs.Upload]!.default).toBe('false');
    expect(action.inputs[UploadEvidenceInputs.ArtifactName]!.default).toBe(DEFAULT_EVIDENCE_ARTIFACT_NAME);
    expect(Object.values(UploadEvidenceOutputs).filter((o) => !(o in action.outputs))).toEqual([]);
  });
});
