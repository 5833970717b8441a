// `agent-guard simulate` in process against real git repositories and real history files: the range
// replay (full review, merges as first-parent diffs), the paths-only history replay, the JSON contract
// (`changes`, `transitions`), and the 11,223 commits of ../shared/data when they are there.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runSimulate } from '../../src/cli/simulate.js';
import type { CliIO } from '../../src/cli/io.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { REPO_ROOT } from '../support/cli.js';

const BASE_POLICY = `version: 1
default_tier: medium
tiers:
  low: ["docs/**"]
approvals:
  high: { count: 1 }
`;
const STRICT_POLICY = `version: 1
default_tier: high
tiers:
  low: ["docs/**"]
  medium: ["src/**"]
approvals:
  high: { count: 1 }
  medium: { count: 1 }
`;

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), env: {}, cwd };
}

let restore: () => void;
let repo: TestRepo;
let dir: string;
let base: string;

beforeAll(async () => {
  restore = isolateProcessGitConfig();
  dir = mkdtempSync(join(tmpdir(), 'agent-guard-simulate-'));
  writeFileSync(join(dir, 'strict.yml'), STRICT_POLICY);
  repo = await TestRepo.init();
  await repo.write('.github/agent-policy.yml', BASE_POLICY);
  await repo.write('src/a.js', 'a\n');
  base = await repo.commit('init');
  await repo.write('src/a.js', 'a, edited\n');
  await repo.commit('edit src');
  await repo.write('docs/x.md', 'docs\n');
  await repo.commit('docs', { author: { name: 'renovate[bot]', email: '29139614+renovate[bot]@users.noreply.github.com' } });
  await repo.checkout('side', { create: true });
  await repo.write('src/side.js', 'side\n');
  await repo.commit('side\n\nCo-authored-by: Claude <noreply@anthropic.com>');
  await repo.checkout('main');
  await repo.write('.github/workflows/ci.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n');
  await repo.commit('ci');
  await repo.merge('side');
  await repo.write('package.json', '{"dependencies":{"x":"https://evil.example/x.tgz"}}\n');
  await repo.commit('a dependency from an unlisted host');
});

afterAll(async () => {
  await repo.cleanup();
  rmSync(dir, { recursive: true, force: true });
  restore();
});

async function simulate(args: string[]) {
  const io = capture(dir);
  const code = await runSimulate(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('--range', () => {
  test("replays every commit with the full review against the base's policy", async () => {
    const { code, out, err } = await simulate(['--policy', 'strict.yml', '--range', `${base}..main`, '--repo', repo.dir, '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    // edit src, docs, ci, side, the merge (first-parent diff: src/side.js), package.json.
    expect(r.changes).toBe(6);
    expect(r.mode).toBe('content');
    expect(r.policies.old.source).toMatch(/:\.github\/agent-policy\.yml$/);
    // src/** was medium by default (no approval); now medium needs one: the edit, the side commit and the merge.
    expect(r.transitions['allow->approval_required']).toBe(3);
    // The workflow and the dependency are judged by their content in both policies.
    expect(r.transitions['deny->deny']).toBe(1);
    expect(r.transitions['approval_required->approval_required']).toBe(1);
    expect(Object.values(r.transitions).reduce((a: number, b) => a + (b as number), 0)).toBe(6);
    expect(r.rules.map((x: { rule: string }) => x.rule)).toEqual(expect.arrayContaining(['paths/tier-rules', 'dependencies/npm']));
    expect(r.actors.bot_agent.changes).toBe(2);
    expect(r.actors.human.changes).toBe(4);
    expect(r.examples['allow->approval_required'].map((x: { files: { path: string }[] }) => x.files[0]!.path).sort()).toEqual(['src/a.js', 'src/side.js', 'src/side.js']);
  });

  test('--against names the old policy; the same policy on both sides changes nothing', async () => {
    const { code, out } = await simulate(['--policy', 'strict.yml', '--against', 'strict.yml', '--range', `${base}..main`, '--repo', repo.dir, '--format', 'json']);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.changed).toBe(0);
    expect(Object.keys(r.transitions).every((k) => k.split('->')[0] === k.split('->')[1])).toBe(true);
  });

  test('text and markdown say what changes and how the changes were replayed', async () => {
    const text = await simulate(['--policy', 'strict.yml', '--range', `${base}..main`, '--repo', repo.dir]);
    expect(text.out).toMatch(/^agent-guard simulate: 6 changes/);
    expect(text.out).toContain('allow->approval_required');
    expect(text.out).toContain('first-parent diff');
    const md = await simulate(['--policy', 'strict.yml', '--range', `${base}..main`, '--repo', repo.dir, '--format', 'markdown']);
    expect(md.out).toMatch(/^### agent-guard simulate: 3 of 6 changes/);
    expect(md.out).toContain('| `allow->approval_required` | 3 | 50.0% |');
  });

  test('an unknown ref or an invalid policy exits 3 and says what is wrong', async () => {
    const unknown = await simulate(['--policy', 'strict.yml', '--range', 'nope..main', '--repo', repo.dir]);
    expect(unknown.code).toBe(3);
    expect(unknown.err).toMatch(/nope/);
    writeFileSync(join(dir, 'bad.yml'), 'version: 2\n');
    const bad = await simulate(['--policy', 'bad.yml', '--range', `${base}..main`, '--repo', repo.dir]);
    expect(bad.code).toBe(3);
    expect(bad.err).toMatch(/^bad\.yml:\d+:\d+: /);
  });
});

describe('--history', () => {
  const lines = [
    { sha: 'a1', date: '2025-01-02T00:00:00Z', authorIsBot: false, agentCoAuthors: [], files: [{ status: 'M', path: 'src/a.js' }] },
    { sha: 'a2', date: '2025-01-03T00:00:00Z', authorIsBot: true, botName: 'renovate[bot]', agentCoAuthors: [], files: [{ status: 'M', path: 'docs/x.md' }] },
    { sha: 'a3', date: '2025-02-01T00:00:00Z', authorIsBot: false, agentCoAuthors: ['claude'], files: [{ status: 'A', path: '.github/workflows/x.yml' }, { status: 'D', path: 'src/old.js' }] },
    { sha: 'a4', date: '2025-02-02T00:00:00Z', authorIsBot: false, agentCoAuthors: [], files: [{ status: 'M', path: '.github/agent-policy.yml' }] },
  ];

  test('replays paths only, gzip or not, and says so', async () => {
    const text = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
    writeFileSync(join(dir, 'h.jsonl'), text);
    writeFileSync(join(dir, 'h.jsonl.gz'), gzipSync(text));
    const plain = JSON.parse((await simulate(['--policy', 'strict.yml', '--history', 'h.jsonl', '--format', 'json'])).out);
    const gz = JSON.parse((await simulate(['--policy', 'strict.yml', '--history', 'h.jsonl.gz', '--format', 'json'])).out);
    expect(gz.transitions).toEqual(plain.transitions);
    expect(plain.mode).toBe('paths');
    expect(plain.notes[0]).toMatch(/^paths only/);
    expect(plain.changes).toBe(4);
    expect(plain.policies.old.source).toBe('built-in baseline');
    // a1: medium by default in the baseline (no approval), medium under strict (one approval).
    // a3: .github/** is protected (high) under both. a4: the policy file is a guard file: denied under both.
    expect(plain.transitions).toEqual({ 'allow->approval_required': 1, 'allow->allow': 1, 'approval_required->approval_required': 1, 'deny->deny': 1 });
    expect(plain.actors.bot_agent).toEqual({ changes: 2, before: { allow: 1, approval_required: 1, deny: 0 }, after: { allow: 1, approval_required: 1, deny: 0 } });
    expect(plain.trend.map((p: { period: string }) => p.period)).toEqual(['2025-01', '2025-02']);
  });

  test('a line that does not parse fails with its line number', async () => {
    writeFileSync(join(dir, 'broken.jsonl'), `${JSON.stringify(lines[0])}\n{"sha":"x","files":"no"}\n`);
    const r = await simulate(['--policy', 'strict.yml', '--history', 'broken.jsonl']);
    expect(r.code).toBe(3);
    expect(r.err).toContain('line 2: "files" is not a list');
  });

  test('usage errors: neither or both sources, no policy, an unknown format', async () => {
    await expect(runSimulate(['--policy', 'strict.yml'], capture(dir))).rejects.toThrow(/exactly one of --range/);
    await expect(runSimulate(['--history', 'h.jsonl'], capture(dir))).rejects.toThrow(/--policy is required/);
    await expect(runSimulate(['--policy', 'strict.yml', '--history', 'h.jsonl', '--format', 'pdf'], capture(dir))).rejects.toThrow(/--format/);
  });
});

// The shared history of a large open-source repository; absent outside the project's machines.
const SHARED = resolve(REPO_ROOT, '../shared/data/argocd-changed-paths.jsonl.gz');
const shared = existsSync(SHARED) ? describe : describe.skip;

shared('the argo-cd history (../shared/data)', () => {
  test('all 11,223 commits replay through the example policy', async () => {
    const r = await simulate(['--policy', join(REPO_ROOT, 'examples/agent-policy.yml'), '--history', SHARED, '--format', 'json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.changes).toBe(11223);
    expect(result.files).toBe(60989);
    expect(Object.values(result.transitions).reduce((a: number, b) => a + (b as number), 0)).toBe(11223);
    expect(result.actors.human.changes + result.actors.bot_agent.changes).toBe(11223);
  });
});
