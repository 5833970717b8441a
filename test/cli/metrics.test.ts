// `agent-guard metrics` (the bundled CLI) on evidence the bundled actions wrote in real runs
// (test/support/evidence-runs.ts): every metric from those files, the period filter, invalid files
// named with why, artifact zips and folders, rollback readiness with --repo, and each format.

import archiver from 'archiver';
import { cpSync, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { produceEvidence, readJson, type EvidenceRuns } from '../support/evidence-runs.js';
import { isolateProcessGitConfig } from '../support/git-repo.js';

let runs: EvidenceRuns;
let restore: () => void;
let scratch: string;

beforeAll(async () => {
  restore = isolateProcessGitConfig();
  runs = await produceEvidence();
  scratch = mkdtempSync(join(tmpdir(), 'agent-guard-metrics-'));
}, 180_000);
afterAll(async () => {
  await runs?.cleanup();
  rmSync(scratch, { recursive: true, force: true });
  restore();
});

async function json(args: string[]) {
  const r = await runCli(['metrics', ...args, '--format', 'json']);
  return { ...r, m: JSON.parse(r.stdout) };
}

/** A zip made as @actions/artifact makes one (archiver, deflate). */
async function zipOf(dir: string, out: string): Promise<string> {
  const a = archiver('zip', { zlib: { level: 6 } });
  const done = new Promise<void>((resolve, reject) => {
    const s = createWriteStream(out);
    s.on('close', () => resolve());
    a.on('error', reject);
    a.pipe(s);
  });
  a.directory(dir, false);
  await a.finalize();
  await done;
  return out;
}

describe('agent-guard metrics on evidence from real runs', () => {
  it('computes the six metrics per repository and overall', async () => {
    const { code, m, stderr } = await json([runs.dir]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(m.files).toBe(7);
    expect(m.invalid).toEqual([]);
    const g = m.overall;
    expect(g.by_action).toEqual({ 'guard-diff': 3, 'request-capability': 2, 'approval-gate': 2 });
    expect(m.repositories.map((r: { repository: string }) => r.repository)).toEqual(['acme/widgets']);
    // Credential lifetime: the revoked token lived seconds; the one never revoked counts to its expiry (1 h) and is flagged.
    const revoked = readJson(runs.files.revoked).credentials as { issued_at: string; revoked_at: string }[];
    const lived = (Date.parse(revoked[0]!.revoked_at) - Date.parse(revoked[0]!.issued_at)) / 1000;
    expect(g.credential_lifetime).toMatchObject({ count: 2, median_s: lived, never_revoked: 1, never_revoked_files: [runs.files.unrevoked] });
    expect(g.credential_lifetime.max_s).toBeGreaterThan(3000);
    // Capabilities: three guard-diff tasks granted the manifest's four each; two needed write_branch.
    expect(g.capabilities).toMatchObject({ tasks: 3, granted: 12, needed: 2, used: 2, unused: 10 });
    expect(g.capabilities.unused_by_name).toMatchObject({ read_repository: 3, run_tests: 3, open_pull_request: 3 });
    // Denials: the policy change was denied by two rules; nothing else was.
    expect(g.denials).toMatchObject({ decisions: 7, denied: 1, by_rule: { 'paths/guard-files': 1, 'task/scope': 1 } });
    expect(g.denials.by_kind).toEqual({ files: { decisions: 3, denied: 1 }, 'token requests': { decisions: 2, denied: 0 }, approvals: { decisions: 2, denied: 0 } });
    // Approval latency: one approval, from the gate's review request to alice's review.
    const approved = readJson(runs.files.approved);
    const latency = (Date.parse(String(approved.approval_decided_at)) - Date.parse(String(approved.approval_requested_at))) / 1000;
    expect(g.approval_latency).toEqual({ count: 1, median_s: latency, p90_s: latency, max_s: latency });
    expect(m.policy_coverage).toEqual({ repositories: 1, with_policy: 1, share: 1, baseline_only: [] });
    expect(g.coverage).toEqual({ change_reviews: 3, repository_policy: 3, baseline: 0, with_manifest: 3 });
    expect(m.rollback.measured).toBe(false);
    expect(m.rollback.reason).toMatch(/^not measured: give --repo DIR/);
  });

  it('rollback readiness with --repo: each agent change reverted in a temporary worktree of the default branch', async () => {
    const before = await runs.repo.git('worktree', 'list');
    const { code, m } = await json([runs.dir, '--repo', runs.repo.dir]);
    expect(code).toBe(0);
    expect(m.rollback).toMatchObject({ measured: true, default_branch: 'main', base_commit: await runs.repo.rev('main'), changes: 3, clean: 1, conflicts: 1, not_found: 1, share: 0.5 });
    const by = Object.fromEntries(m.rollback.checks.map((c: { commit: string; outcome: string; detail?: string }) => [c.commit, `${c.outcome}${c.detail ? `: ${c.detail}` : ''}`]));
    expect(by).toEqual({ [runs.allowedHead]: 'clean', [runs.codeHead]: 'conflicts: conflicts in src/a.ts', [runs.deniedHead]: 'not_found: not on main' });
    // The clone is as it was: no worktree left, main where it was, nothing staged.
    expect(await runs.repo.git('worktree', 'list')).toBe(before);
    expect(await runs.repo.git('status', '--porcelain')).toBe('');
    const text = await runCli(['metrics', runs.dir, '--repo', runs.repo.dir]);
    expect(text.stdout).toMatch(/^rollback readiness: 50\.0% revert cleanly on main \(1 clean, 1 with conflicts, 1 not on the branch or not in the clone, of 3 agent change\(s\)\)$/m);
  });

  it('--repo that is not a git clone: exit 3 and why', async () => {
    const r = await runCli(['metrics', runs.dir, '--repo', scratch]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^agent-guard metrics: rollback readiness: .*not a git repository/m);
  });

  it('--since/--until: only runs that started in the period count', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const later = await json([runs.dir, '--since', tomorrow]);
    expect(later.m.overall.runs).toBe(0);
    expect(later.m.outside_period).toBe(7);
    expect(later.m.period.since).toBe(`${tomorrow}T00:00:00.000Z`);
    const today = new Date().toISOString().slice(0, 10);
    const now = await json([runs.dir, '--since', '2020-01-01', '--until', tomorrow]);
    expect(now.m.overall.runs).toBe(7);
    expect(now.m.period.until).toBe(`${tomorrow}T23:59:59.999Z`);
    expect((await json([runs.dir, '--until', '2020-01-01'])).m.overall.runs).toBe(0);
    const bad = await runCli(['metrics', runs.dir, '--since', 'last week']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('--since must be a date (YYYY-MM-DD) or an ISO time, not "last week"');
    expect((await runCli(['metrics', runs.dir, '--since', tomorrow, '--until', today])).stderr).toContain('--since is after --until');
  });

  it('invalid evidence files are named with why (exit 3); the report counts the others', async () => {
    const dir = join(scratch, 'invalid');
    cpSync(runs.dir, dir, { recursive: true });
    writeFileSync(join(dir, 'truncated.json'), readFileSync(runs.files.allowed, 'utf8').slice(0, 200));
    writeFileSync(join(dir, 'package.json'), '{"name":"not-evidence"}');
    const tampered = readJson(runs.files.denied);
    tampered.verdict = 'maybe';
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify(tampered));
    writeFileSync(join(dir, 'notes.txt'), 'not read');
    const { code, m, stderr } = await json([dir]);
    expect(code).toBe(3);
    expect(m.overall.runs).toBe(7);
    expect(m.skipped).toEqual({ 'not JSON': 1 });
    const why = Object.fromEntries(m.invalid.map((i: { file: string; problems: string[] }) => [i.file.slice(dir.length + 1), i.problems.join('; ')]));
    expect(why['truncated.json']).toMatch(/^not JSON: /);
    expect(why['package.json']).toContain("/: must have required property 'version'");
    expect(why['tampered.json']).toContain('/verdict: must be equal to one of the allowed values');
    expect(stderr.split('\n').filter(Boolean).sort()).toEqual([
      expect.stringMatching(/^agent-guard metrics: invalid evidence .*\/package\.json: /),
      expect.stringMatching(/^agent-guard metrics: invalid evidence .*\/tampered\.json: \/verdict: /),
      expect.stringMatching(/^agent-guard metrics: invalid evidence .*\/truncated\.json: not JSON: /),
    ]);
    const missing = await runCli(['metrics', join(scratch, 'nowhere.json')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('nowhere.json: cannot read: ENOENT');
  });

  it('reads a downloaded artifact zip and a folder of them alike; signature bundles are not evidence', async () => {
    const dir = join(scratch, 'artifact');
    cpSync(runs.dir, dir, { recursive: true });
    writeFileSync(join(dir, 'guard-diff-allowed.json.sigstore.json'), '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}');
    const zip = await zipOf(dir, join(scratch, 'evidence.zip'));
    const fromZip = await json([zip]);
    expect(fromZip.code).toBe(0);
    expect(fromZip.m.files).toBe(7);
    expect(fromZip.m.skipped).toEqual({ 'signature bundles': 1 });
    expect(fromZip.m.overall.credential_lifetime.never_revoked_files).toEqual([`${zip}!request-capability-unrevoked.json`]);
    const fromDir = await json([dir]);
    expect({ ...fromDir.m.overall, credential_lifetime: null }).toEqual({ ...fromZip.m.overall, credential_lifetime: null });
    writeFileSync(join(scratch, 'broken.zip'), 'PK not really');
    const broken = await runCli(['metrics', join(scratch, 'broken.zip')]);
    expect(broken.code).toBe(3);
    expect(broken.stderr).toContain('broken.zip: unreadable zip: not a ZIP archive (no end-of-central-directory record)');
  });

  it('text and markdown put the verdict and the top risks first', async () => {
    const text = await runCli(['metrics', runs.dir]);
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toMatch(/^agent-guard metrics: Needs attention\. 7 evidence file\(s\), 0 invalid; period: all time$/);
    expect(lines[1]).toBe('  !! 1 credential(s) were never revoked (lifetime counted to expiry)');
    expect(text.stdout).toContain('  denied: 1/7 (14.3%) [approvals 0/2, files 1/3, token requests 0/2]; by rule: paths/guard-files 1, task/scope 1');
    const md = await runCli(['metrics', runs.dir, '--format', 'markdown']);
    expect(md.stdout.split('\n')[0]).toBe('## agent-guard metrics: Needs attention');
    expect(md.stdout).toContain('### Top risks\n- **1 credential\\(s\\) were never revoked \\(lifetime counted to expiry\\)**');
    expect(md.stdout).toContain('| Denied-action rate | 14.3% (1 of 7) |');
  });

  it('usage errors: no path, a bad format, --default-branch without --repo', async () => {
    for (const [args, message] of [
      [[], 'give at least one evidence file, folder or artifact zip'],
      [[runs.dir, '--format', 'pdf'], '--format must be text, json, markdown or html, not "pdf"'],
      [[runs.dir, '--default-branch', 'main'], '--default-branch needs --repo'],
    ] as const) {
      const r = await runCli(['metrics', ...args]);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(message);
    }
    const help = await runCli(['metrics', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: agent-guard metrics \(PATH\.\.\. /);
  });
});

describe('attack: evidence strings in the metrics report', () => {
  it('a repository name with markup is escaped in html and markdown', async () => {
    const dir = join(scratch, 'markup');
    cpSync(runs.dir, dir, { recursive: true });
    const doc = readJson(runs.files.denied);
    (doc.job as Record<string, unknown>).repository = '<img src=x onerror=alert(1)>|[x](https://evil.example)';
    writeFileSync(join(dir, 'guard-diff-denied.json'), JSON.stringify(doc));
    const html = await runCli(['metrics', dir, '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).not.toContain('<img');
    expect(html.stdout).not.toMatch(/<script|https:\/\/evil\.example"|src=x/);
    expect(html.stdout).toContain('&#60;img src&#61;x onerror&#61;alert(1)&#62;');
    const md = await runCli(['metrics', dir, '--format', 'markdown']);
    // Inside a code span: no link, no image, and the pipe cannot end the cell.
    expect(md.stdout).toContain('| `"<img src=x onerror=alert(1)>\\|[x](https://evil.example)"` | 1 |');
  });
});
