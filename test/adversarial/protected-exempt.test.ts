// protected.exempt end to end: `agent-guard check` and guard-diff on real git repositories. An exempt
// path leaves the built-in protected set and takes the policy's tier; every exemption is shown in text,
// markdown, JSON and the evidence file (checked against the published schema); a guard file can never
// be exempt; the exemption names one file only.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGuardDiff } from '../../src/actions/run-guard-diff.js';
import { evidenceSchema } from '../../src/core/evidence-schema.js';
import { evidenceProblems } from '../../src/core/evidence-validate.js';
import { runCli } from '../support/cli.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { recordingCore } from '../support/recording-core.js';
import { REPO_ROOT } from '../support/run-action.js';

const POLICY = `version: 1
default_tier: medium
tiers:
  low: ["docs/**"]
protected:
  paths: ["infra/**"]
  exempt:
    - path: .github/labeler.yml
      reason: "label rules only: actions/labeler reads it, nothing runs it"
approvals:
  high: { count: 1 }
`;

let restore: () => void;
const repos: TestRepo[] = [];
beforeAll(() => (restore = isolateProcessGitConfig()));
afterAll(async () => {
  restore();
  for (const r of repos) await rm(r.dir, { recursive: true, force: true });
});

async function repoWith(policy: string, change: (r: TestRepo) => Promise<void>): Promise<TestRepo> {
  const repo = await TestRepo.init();
  repos.push(repo);
  await repo.write('.github/agent-policy.yml', policy);
  await repo.write('.github/labeler.yml', 'docs: ["docs/**"]\n');
  await repo.write('.github/release.yml', 'changelog: {}\n');
  await repo.commit('base');
  await repo.checkout('agent/change', { create: true, from: 'main' });
  await change(repo);
  await repo.commit('change');
  return repo;
}
const check = (repo: TestRepo, format = 'text') => runCli(['check', '--repo', repo.dir, '--base', 'main', '--format', format]);

describe('attack: protected.exempt', () => {
  test('the exempt file takes the policy tier and says why; its neighbour stays protected', async () => {
    const repo = await repoWith(POLICY, async (r) => {
      await r.write('.github/labeler.yml', 'docs: ["docs/**", "README.md"]\n');
      await r.write('.github/release.yml', 'changelog: { exclude: {} }\n');
    });
    const res = await check(repo, 'json');
    const e = JSON.parse(res.stdout);
    const labeler = e.files.find((f: { path: string }) => f.path === '.github/labeler.yml');
    const release = e.files.find((f: { path: string }) => f.path === '.github/release.yml');
    expect(labeler).toMatchObject({ tier: 'medium', decision: 'allow' });
    expect(labeler.reasons).toContainEqual(expect.objectContaining({ rule: 'paths/policy-protected', code: 'protected_exempt', message: expect.stringMatching(/label rules only/) }));
    expect(release).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(release.reasons[0]).toMatchObject({ rule: 'paths/runs-in-ci' });
    expect(e.policy.exempt).toEqual([{ path: '.github/labeler.yml', reason: 'label rules only: actions/labeler reads it, nothing runs it' }]);
    expect(res.code).toBe(2);
  });

  test('exemptions are shown in text and markdown, also when the change does not touch them', async () => {
    const repo = await repoWith(POLICY, (r) => r.write('docs/guide.md', '# guide\n'));
    for (const format of ['text', 'markdown']) {
      const res = await check(repo, format);
      expect(res.code).toBe(0);
      // Markdown escapes its punctuation; the reader sees the same sentence.
      const shown = format === 'markdown' ? res.stdout.replace(/\\(.)/g, '$1') : res.stdout;
      expect(shown).toMatch(/protected\.exempt: "\.github\/labeler\.yml" is exempt from the built-in protected set: "label rules only/);
    }
  });

  test('the guard-diff evidence carries each exemption (path and reason) and matches the published schema', async () => {
    const repo = await repoWith(POLICY, (r) => r.write('.github/labeler.yml', 'docs: ["docs/**", "README.md"]\n'));
    const head = (await repo.git('rev-parse', 'HEAD')).trim();
    const base = (await repo.git('rev-parse', 'main')).trim();
    const tmp = mkdtempSync(join(tmpdir(), 'agent-guard-exempt-evidence-'));
    const eventPath = join(tmp, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ inputs: {}, repository: { default_branch: 'main' } }));
    const core = recordingCore({ base, head });
    await runGuardDiff(core.core, { GITHUB_WORKSPACE: repo.dir, GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: eventPath, GITHUB_REF_NAME: 'agent/change', GITHUB_REPOSITORY: 'acme/payments-api', RUNNER_TEMP: tmp });
    expect(core.outputs.verdict).toBe('allow');
    const evidence = JSON.parse(readFileSync(core.outputs['evidence-path']!, 'utf8'));
    expect(evidence.policy.exempt).toEqual([{ path: '.github/labeler.yml', reason: 'label rules only: actions/labeler reads it, nothing runs it' }]);
    expect(evidence.files[0].reasons).toContainEqual(expect.objectContaining({ rule: 'paths/policy-protected', code: 'protected_exempt' }));
    // Valid under the schema the action checks before writing, which is the one published in schemas/.
    expect(evidenceProblems(evidence)).toEqual([]);
    expect(JSON.parse(readFileSync(`${REPO_ROOT}/schemas/evidence.schema.json`, 'utf8'))).toEqual(JSON.parse(JSON.stringify(evidenceSchema)));
    expect(evidenceProblems({ ...evidence, policy: { ...evidence.policy, exempt: [{ path: '.github/labeler.yml' }] } })).not.toEqual([]);
    await rm(tmp, { recursive: true, force: true });
  });

  test('a case variant of the exempt path is not exempt', async () => {
    const repo = await repoWith(POLICY, (r) => r.write('.github/Labeler.yml', 'x: ["**"]\n'));
    const e = JSON.parse((await check(repo, 'json')).stdout);
    expect(e.files.find((f: { path: string }) => f.path === '.github/Labeler.yml')).toMatchObject({ tier: 'high', decision: 'approval_required' });
  });

  test('exempting the policy file is a configuration error (exit 3) that says why', async () => {
    const bad = POLICY.replace('path: .github/labeler.yml', 'path: .github/agent-policy.yml');
    const repo = await repoWith(bad, (r) => r.write('docs/guide.md', '# guide\n'));
    const res = await check(repo);
    expect(res.code).toBe(3);
    expect(res.stderr).toMatch(/protected\.exempt: "\.github\/agent-policy\.yml" is one of the guard's own files.*can never be exempt/);
  });

  test('a glob in protected.exempt is refused (exit 3)', async () => {
    const bad = POLICY.replace('path: .github/labeler.yml', 'path: ".github/*.yml"');
    const repo = await repoWith(bad, (r) => r.write('docs/guide.md', '# guide\n'));
    const res = await check(repo);
    expect(res.code).toBe(3);
    expect(res.stderr).toMatch(/not an exact repository path/);
  });
});
