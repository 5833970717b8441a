// `agent-guard validate` end to end: the bundled command (test/support/bundle.ts), run as a separate node
// process, exactly as a workflow step or a person runs it. Every bad input must exit 3 with
// `FILE:LINE:COLUMN: message [code]` lines, no stack trace, and answer quickly. Manifest expiry is also
// checked in process (runValidate), where the clock cases are cheap to state.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runValidate } from '../../src/cli/validate.js';
import { REPO_ROOT, runCli, type CliResult } from '../support/cli.js';
import { MANIFEST, manifestProblems, POLICY as SMALL_POLICY } from '../support/documents.js';

const BAD_DIR = 'test/fixtures/bad';
const POLICY = 'examples/agent-policy.yml';
const PROBLEM_LINE = /^(.+):(\d+):(\d+): (.+) \[([A-Za-z_]+)\]$/;
/**
 * Per process, node start-up included. Asserted on CPU time (user + system), which a busy shared machine
 * hardly changes; wall time only has to stay clear of a hang. Typical on an idle 2-core machine: 0.2-0.3 s
 * wall and 0.25-0.35 s CPU per corpus file.
 */
const MAX_MS = 1500;
const MAX_WALL_MS = 10_000;

/** The corpus: one file per case, and the problem each must produce (more may follow). */
const CORPUS: Record<string, `${string} ${number}:${number}`> = {
  'manifest/80-alias-bomb.yml': 'yaml_alias 2:8',
  'manifest/81-deep-block-nesting.yml': 'yaml_too_deep 3:67',
  'manifest/81-deep-block-sequence.yml': 'yaml_too_deep 1:69',
  'manifest/81-deep-flow-nesting.yml': 'yaml_too_deep 1:45',
  'manifest/82-duplicate-keys.json': 'yaml_duplicate_key 3:3',
  'manifest/82-duplicate-keys.yml': 'yaml_duplicate_key 8:3',
  'manifest/83-yaml11-no-boolean.yml': 'schema_type 9:5',
  'manifest/83-yaml11-octal.yml': 'schema_type 7:3',
  'manifest/83-yaml11-on-key.yml': 'schema_unknown_property 7:1',
  'manifest/83-yaml11-sexagesimal.yml': 'schema_format 7:3',
  'manifest/83-yaml11-timestamp.yml': 'schema_format 7:3',
  'manifest/85-binary-tag.yml': 'yaml_tag 6:25',
  'manifest/85-custom-tag.yml': 'yaml_warning 2:12',
  'manifest/85-js-function-tag.yml': 'yaml_warning 6:16',
  'manifest/87-syntax-error.yml': 'yaml_syntax 7:3',
  'manifest/88-proto-key.yml': 'schema_unknown_property 6:3',
  'manifest/89-unknown-property.yml': 'schema_unknown_property 6:3',
  'manifest/92-coercion-capabilities-string.yml': 'schema_type 5:3',
  'manifest/93-redos-adversarial-value.yml': 'schema_pattern 3:3',
  'manifest/95-big-integer.yml': 'yaml_number_precision 7:12',
  'manifest/anchor-without-alias.yml': 'yaml_anchor 2:3',
  'manifest/comment-only.yml': 'yaml_empty 1:1',
  'manifest/empty.yml': 'yaml_empty 1:1',
  'manifest/granted-and-denied.yml': 'capability_granted_and_denied 5:35',
  'manifest/merge-key-no-alias.yml': 'yaml_merge_key 2:3',
  'manifest/merge-key.yml': 'yaml_merge_key 4:3',
  'manifest/multiple-documents.yml': 'yaml_multiple_documents 6:1',
  'manifest/non-string-key-int.yml': 'yaml_key_type 6:3',
  'manifest/non-string-key-null.yml': 'yaml_key_type 6:3',
  'manifest/non-string-key-seq.yml': 'yaml_key_type 6:5',
  'manifest/non-utf8.yml': 'yaml_encoding 1:1',
  'manifest/root-not-a-map.yml': 'schema_type 1:1',
  'policy/09-dot-dot-glob.yml': 'glob_dot_segment 7:7',
  'policy/10-extglob.yml': 'glob_extglob 7:7',
  'policy/12-negated-glob.yml': 'glob_negation 7:7',
  'policy/13-comment-glob.yml': 'glob_comment 7:7',
  'policy/13-empty-glob.yml': 'schema_minLength 7:7',
  'policy/16-brace-explosion.yml': 'glob_brace_explosion 7:7',
  'policy/17-backslash-glob.yml': 'glob_backslash 7:7',
  'policy/18-absolute-glob.yml': 'glob_absolute 7:7',
  'policy/18-double-slash-glob.yml': 'glob_empty_segment 7:7',
  'policy/18-trailing-slash-glob.yml': 'glob_trailing_slash 7:7',
  'policy/90-homoglyph-key.yml': 'schema_unknown_property 7:5',
  'policy/92-coercion-codeowners-string.yml': 'schema_type 3:21',
  'policy/92-coercion-count-string.yml': 'schema_type 3:11',
  'policy/92-coercion-paths-string.yml': 'schema_type 3:19',
  'policy/94-inf-count.yml': 'yaml_number_nonfinite 3:18',
  'policy/94-nan-count.yml': 'yaml_number_nonfinite 3:18',
  'policy/approvals-high-zero.yml': 'approvals_high_zero 3:11',
  'policy/approvals-low-above-medium.yml': 'approvals_inconsistent 5:10',
  'policy/codeowners-count-zero.yml': 'approvals_inconsistent 4:13',
  'policy/invalid-host.yml': 'invalid_host 3:31',
  'policy/proto-subject.yml': 'schema_key_name 3:3',
  'policy/unknown-capability.yml': 'unknown_capability 4:37',
  'against-policy/branch-pattern-outside.yml': 'branch_pattern_outside_ceiling 4:3',
  'against-policy/capability-outside-ceiling.yml': 'capability_outside_ceiling 5:49',
  'against-policy/network-host-not-allowed.yml': 'network_host_not_allowed 7:33',
  'against-policy/repository-mismatch.yml': 'repository_mismatch 3:3',
  'against-policy/unknown-subject.yml': 'unknown_subject 2:3',
};

function argsFor(fixture: string): string[] {
  const file = `${BAD_DIR}/${fixture}`;
  if (fixture.startsWith('policy/')) return ['validate', '--policy', file];
  if (fixture.startsWith('against-policy/')) return ['validate', '--policy', POLICY, '--manifest', file];
  return ['validate', '--manifest', file];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Run jobs with at most `width` processes at a time. */
async function pool<T, R>(items: T[], width: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await job(items[i]!);
      }
    }),
  );
  return out;
}

/** No stack trace, no internal error, and every stdout line is a located problem or a status line. */
function expectCleanRefusal(r: CliResult, label: string): void {
  expect({ label, code: r.code, signal: r.signal }).toEqual({ label, code: 3, signal: null });
  expect(r.stderr).not.toMatch(/^ {4}at /m);
  expect(r.stdout).not.toMatch(/^ {4}at /m);
  expect(r.stderr + r.stdout).not.toMatch(/internal error|TypeError|RangeError|FATAL/);
  expect(r.cpuMs).not.toBeNull();
  expect(r.cpuMs!).toBeLessThan(MAX_MS);
  expect(r.ms).toBeLessThan(MAX_WALL_MS);
}

beforeAll(() => {
  const st = statSync(join(REPO_ROOT, 'dist', 'cli.js'));
  expect(st.isFile()).toBe(true);
});

describe('the bad-input corpus', () => {
  const results = new Map<string, CliResult>();

  // Sixty processes, two at a time: about 15 s on an idle 2-core machine, several times that on a busy
  // one. The limit is for a hang, not for a slow machine (each run's own time is asserted on its CPU).
  beforeAll(async () => {
    const fixtures = Object.keys(CORPUS);
    const runs = await pool(fixtures, 2, (f) => runCli(argsFor(f)));
    fixtures.forEach((f, i) => results.set(f, runs[i]!));
  }, 180_000);

  test('every file in test/fixtures/bad has an expectation, and every expectation a file', () => {
    const onDisk = listFiles(join(REPO_ROOT, BAD_DIR))
      .map((f) => relative(join(REPO_ROOT, BAD_DIR), f))
      .sort();
    expect(onDisk).toEqual(Object.keys(CORPUS).sort());
  });

  test.each(Object.entries(CORPUS))('%s -> %s', (fixture, expected) => {
    const r = results.get(fixture)!;
    expectCleanRefusal(r, fixture);
    const [code, position] = expected.split(' ') as [string, string];
    const [line, column] = position.split(':');
    const file = `${BAD_DIR}/${fixture}`;
    const problems = r.stdout
      .split('\n')
      .filter((l) => l !== '' && !l.endsWith(': valid policy') && !l.endsWith(': valid manifest'))
      .map((l) => PROBLEM_LINE.exec(l));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((m) => m !== null)).toBe(true);
    const located = problems.map((m) => ({ file: m![1], line: m![2], column: m![3], code: m![5] }));
    expect(located).toContainEqual({ file, line, column, code });
    // Problems are reported in the file that has them, never in the policy used for the check.
    expect(located.every((p) => p.file === file)).toBe(true);
  });

  test('typical CPU time per process', () => {
    const times = [...results.values()].map((r) => r.cpuMs!).sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    expect(median).toBeLessThan(800);
    expect(times[times.length - 1]!).toBeLessThan(MAX_MS);
  });
});

describe('valid input', () => {
  test('the examples are valid: exit 0', async () => {
    const r = await runCli(['validate', '--policy', POLICY, '--manifest', 'examples/seed-manifest.yml', '--manifest', 'examples/manifest-docs.yml', '--manifest', 'examples/manifest-maintenance.yml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual([
      'examples/agent-policy.yml: valid policy',
      'examples/seed-manifest.yml: valid manifest',
      'examples/manifest-docs.yml: valid manifest',
      'examples/manifest-maintenance.yml: valid manifest',
    ]);
  });

  test('a manifest alone, and a policy alone (the design example, test/fixtures/design-policy.yml)', async () => {
    expect((await runCli(['validate', '--manifest', 'examples/seed-manifest.yml'])).code).toBe(0);
    expect((await runCli(['validate', '--policy', 'test/fixtures/design-policy.yml'])).code).toBe(0);
  });
});

describe('--format json', () => {
  const sha = (file: string) => createHash('sha256').update(readFileSync(join(REPO_ROOT, file))).digest('hex');

  test('shape: {valid, files: [{file, kind, valid, sha256?, problems: [{file, line, column, code, message}]}]}', async () => {
    const outside = `${BAD_DIR}/against-policy/capability-outside-ceiling.yml`;
    const broken = `${BAD_DIR}/manifest/87-syntax-error.yml`;
    const r = await runCli(['validate', '--policy', POLICY, '--manifest', 'examples/seed-manifest.yml', '--manifest', outside, '--manifest', broken, '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as {
      valid: boolean;
      files: { file: string; kind: string; valid: boolean; sha256?: string; problems: Record<string, unknown>[] }[];
    };
    expect(Object.keys(report).sort()).toEqual(['files', 'valid']);
    expect(report.valid).toBe(false);
    expect(report.files.map((f) => [f.file, f.kind, f.valid])).toEqual([
      [POLICY, 'policy', true],
      ['examples/seed-manifest.yml', 'manifest', true],
      [outside, 'manifest', false],
      [broken, 'manifest', false],
    ]);
    expect(report.files[0]!.sha256).toBe(sha(POLICY));
    expect(report.files[1]!.sha256).toBe(sha('examples/seed-manifest.yml'));
    // A manifest that loaded has a digest even when it breaks the policy; one that did not load has none.
    expect(report.files[2]!.sha256).toBe(sha(outside));
    expect(report.files[3]).not.toHaveProperty('sha256');
    for (const f of report.files) {
      expect(Object.keys(f).sort()).toEqual(['file', 'kind', 'problems', 'valid', ...(f.sha256 ? ['sha256'] : []), ...('warnings' in f ? ['warnings'] : [])].sort());
      if (f.sha256 !== undefined) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(f.valid).toBe(f.problems.length === 0);
    }
    expect(report.files[2]!.problems).toEqual([
      {
        file: outside,
        line: 5,
        column: 49,
        code: 'capability_outside_ceiling',
        message: "capability modify_policy is outside subject ci-agent:pull-request's ceiling (read_repository, write_branch, run_tests, open_pull_request)",
      },
    ]);
    expect(report.files[3]!.problems).toEqual([
      { file: broken, line: 7, column: 3, code: 'yaml_syntax', message: expect.any(String) },
    ]);
  });

  test('valid input: {"valid": true}', async () => {
    const r = await runCli(['validate', '--policy', POLICY, '--manifest', 'examples/seed-manifest.yml', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { valid: boolean; files: { problems: unknown[] }[] };
    expect(report.valid).toBe(true);
    expect(report.files.every((f) => f.problems.length === 0)).toBe(true);
  });

  test('an invalid policy: manifests are reported on their own, and the whole is invalid', async () => {
    const r = await runCli(['validate', '--policy', `${BAD_DIR}/policy/12-negated-glob.yml`, '--manifest', 'examples/seed-manifest.yml', '--format', 'json']);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as { valid: boolean; files: { valid: boolean; problems: { code: string; line: number; column: number }[] }[] };
    expect(report.valid).toBe(false);
    expect(report.files.map((f) => f.valid)).toEqual([false, true]);
    expect(report.files[0]!.problems).toEqual([expect.objectContaining({ code: 'glob_negation', line: 7, column: 7 })]);
  });
});

describe('usage errors and unknown commands exit 3 without a stack trace', () => {
  test.each([
    [[], /usage:/],
    [['frob'], /unknown command "frob"/],
    [['validate'], /nothing to validate/],
    [['validate', '--bogus', 'x'], /Unknown option '--bogus'/],
    [['validate', '--policy'], /argument missing/],
    [['validate', '--policy', POLICY, 'extra'], /Unexpected argument 'extra'/],
    [['validate', '--manifest', 'examples/seed-manifest.yml', '--format', 'xml'], /--format must be text or json, not "xml"/],
    [['validate', '--policy', 'does/not/exist.yml'], /does\/not\/exist\.yml:1:1: file not found \[file_read\]/],
  ])('%j', async (args, message) => {
    const r = await runCli(args);
    expectCleanRefusal(r, JSON.stringify(args));
    expect(r.stdout + r.stderr).toMatch(message);
  });

  test('--help exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/agent-guard validate/);
  });
});

describe('files that are not regular files, and large input', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'agent-guard-cli-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test.each([['a directory', () => dir], ['/dev/zero', () => '/dev/zero']])('%s is refused quickly', async (_label, file) => {
    const r = await runCli(['validate', '--manifest', file()], { timeoutMs: 5000 });
    expectCleanRefusal(r, file());
    expect(r.stdout).toBe(`${file()}:1:1: not a regular file [file_read]\n`);
  });

  // readBoundedFile opens with O_NONBLOCK, so opening a FIFO does not wait for a writer.
  test('a FIFO is refused quickly instead of hanging', async () => {
    const fifo = join(dir, 'fifo.yml');
    execFileSync('mkfifo', [fifo]);
    const r = await runCli(['validate', '--manifest', fifo], { timeoutMs: 2500 });
    expect(r.timedOut).toBe(false);
    expectCleanRefusal(r, fifo);
    expect(r.stdout).toBe(`${fifo}:1:1: not a regular file [file_read]\n`);
  });

  test('a file over 256 KiB is refused before it is read', async () => {
    const file = join(dir, 'big.yml');
    writeFileSync(file, `a: "${'x'.repeat(300 * 1024)}"\n`);
    const r = await runCli(['validate', '--manifest', file]);
    expectCleanRefusal(r, file);
    expect(r.stdout).toBe(`${file}:1:1: file is ${300 * 1024 + 6} bytes; the limit is 262144 [file_read]\n`);
  });

  // Deep input parsed again in the same process is where the YAML parser's regular expressions ran out
  // of memory (81-deep-block-sequence.yml, 2 kB of `- - - ...`: "FATAL ERROR: RegExpCompiler Allocation
  // failed", exit 134), so the depth limit must hold on every parse, not only the first.
  test('deep nesting parsed several times in ONE process: no abort (exit 3, not 134)', async () => {
    const seq = `${BAD_DIR}/manifest/81-deep-block-sequence.yml`;
    const block = `${BAD_DIR}/manifest/81-deep-block-nesting.yml`;
    const flow = `${BAD_DIR}/manifest/81-deep-flow-nesting.yml`;
    const r = await runCli(['validate', '--manifest', seq, '--manifest', seq, '--manifest', block, '--manifest', flow, '--manifest', flow, '--manifest', seq]);
    expectCleanRefusal(r, 'deep x6');
    expect(r.stdout.trim().split('\n')).toEqual([
      `${seq}:1:69: nesting deeper than 32 levels [yaml_too_deep]`,
      `${seq}:1:69: nesting deeper than 32 levels [yaml_too_deep]`,
      `${block}:3:67: nesting deeper than 32 levels [yaml_too_deep]`,
      `${flow}:1:45: nesting deeper than 32 levels [yaml_too_deep]`,
      `${flow}:1:45: nesting deeper than 32 levels [yaml_too_deep]`,
      `${seq}:1:69: nesting deeper than 32 levels [yaml_too_deep]`,
    ]);
  });

  // Worst cases just under the size limit. Typical on an idle 2-core machine: 0.9-1.0 s each
  // (parsing 256 KiB dominates); problem output is capped at 100 lines plus a count.
  test.each([
    ['65 000 aliases', () => `a: &a x\nb: [${Array(65_000).fill('*a').join(', ')}]\n`, 'yaml_anchor'],
    ['28 000 unknown tags', () => `a:\n${'  - !t x\n'.repeat(28_000)}`, 'yaml_warning'],
    ['26 000 unknown keys', () => Array.from({ length: 26_000 }, (_, i) => `k${i}: 1\n`).join(''), 'schema_missing_property'],
  ])('%s (about 250 kB): exit 3 with at most 101 problem lines', async (_label, make, firstCode) => {
    const file = join(dir, 'worst.yml');
    writeFileSync(file, make());
    expect(statSync(file).size).toBeLessThanOrEqual(256 * 1024);
    const r = await runCli(['validate', '--manifest', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(101);
    expect(lines.every((l) => PROBLEM_LINE.test(l))).toBe(true);
    expect(lines[0]).toMatch(new RegExp(`\\[${firstCode}\\]$`));
    expect(lines[lines.length - 1]).toMatch(/^.+:1:1: \d+ more problems not shown \[too_many_problems\]$/);
    expect(r.cpuMs!).toBeLessThan(3000);
    expect(r.ms).toBeLessThan(MAX_WALL_MS);
  });
});

describe('attack: manifest expiry', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'agent-guard-validate-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function validate(args: string[]) {
    const out: string[] = [];
    const code = await runValidate(args, { out: (l) => out.push(l), err: (l) => out.push(l), env: {}, cwd: dir });
    return { code, out };
  }

  test('an expired manifest (odd but valid RFC 3339: lower-case t/z, +0530 offset) is invalid, with or without a policy', async () => {
    // validate must read the clock as every run does: a manifest every guard-diff run refuses is not valid.
    writeFileSync(join(dir, 'policy.yml'), SMALL_POLICY);
    for (const [name, when] of [
      ['z.yml', '2020-01-01t00:00:00z'],
      ['offset.yml', '2020-01-01T05:29:59+0530'],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, MANIFEST(`  expires_at: "${when}"\n`));
      const alone = await validate(['--manifest', file]);
      expect(alone).toEqual({ code: 3, out: [`${file}:7:3: the manifest expired at ${when} [manifest_expired]`] });
      const withPolicy = await validate(['--policy', join(dir, 'policy.yml'), '--manifest', file]);
      expect(withPolicy.code).toBe(3);
      expect(withPolicy.out).toEqual([`${join(dir, 'policy.yml')}: valid policy`, `${file}:7:3: the manifest expired at ${when} [manifest_expired]`]);
    }
    const future = join(dir, 'future.yml');
    writeFileSync(future, MANIFEST('  expires_at: "2999-01-01T00:00:00Z"\n'));
    expect(await validate(['--manifest', future])).toEqual({ code: 0, out: [`${future}: valid manifest`] });
  });

  test('time zones that Date.parse cannot read exactly (+05, leap second) stay invalid, never "no expiry"', async () => {
    for (const when of ['2020-01-01T00:00:00+05', '2016-12-31T23:59:60Z']) {
      expect(manifestProblems(MANIFEST(`  expires_at: "${when}"\n`))).toEqual(['task.yml:7:3: expires_at is not a valid date-time [invalid_date]']);
    }
  });
});
