// Task manifests: their own checks, and every way a manifest can step outside the policy. Each violation
// is asserted by code, message and the FILE:LINE:COLUMN its pointer locates to.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadManifest, loadPolicy, manifestViolations } from '../../src/adapters/config.js';
import { checkManifestAgainstPolicy, grantedCapabilities, parseManifest, repositoryMatches, type TaskContext } from '../../src/core/manifest.js';
import type { Policy } from '../../src/core/policy.js';
import type { Problem } from '../../src/core/types.js';

const ROOT = process.cwd();
const at = (p: Problem) => `${p.code}@${p.location?.line}:${p.location?.column}`;

function policyFrom(text: string | Buffer): Policy {
  const r = loadPolicy(text, 'policy.yml');
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.loaded.value;
}
const EXAMPLE_POLICY = policyFrom(readFileSync(join(ROOT, 'examples', 'agent-policy.yml')));

interface Fields {
  subject?: string;
  repository?: string;
  branch?: string | null;
  caps?: string[];
  denied?: string[];
  hosts?: string[];
  expires?: string;
}
/**
 * A manifest with one field per line, always in this order (so locations are predictable):
 * 1 agent_task / 2 subject / 3 repository / 4 branch_pattern / 5 capabilities / 6 denied / 7 network /
 * 8 allow / 9 expires_at. Without a branch_pattern every later line moves up by one.
 */
function manifestText(f: Fields = {}): string {
  const lines = [
    'agent_task:',
    `  subject: ${f.subject ?? 'ci-agent:pull-request'}`,
    `  repository: ${f.repository ?? 'acme/payments-api'}`,
    ...(f.branch === null ? [] : [`  branch_pattern: ${JSON.stringify(f.branch ?? 'agent/*')}`]),
    `  capabilities: [${(f.caps ?? ['read_repository', 'write_branch']).join(', ')}]`,
    `  denied: [${(f.denied ?? ['read_secrets']).join(', ')}]`,
    '  network:',
    `    allow: [${(f.hosts ?? ['registry.npmjs.org']).map((h) => JSON.stringify(h)).join(', ')}]`,
    `  expires_at: "${f.expires ?? '2030-01-01T00:00:00Z'}"`,
  ];
  return `${lines.join('\n')}\n`;
}

function violations(f: Fields, policy: Policy = EXAMPLE_POLICY, ctx: TaskContext = {}): Problem[] {
  const m = loadManifest(manifestText(f), 'task.yml');
  if (!m.ok) throw new Error(m.problems.map(formatProblem).join('\n'));
  return manifestViolations(m.loaded, policy, ctx);
}

describe('the manifest on its own', () => {
  test('the default test manifest is valid and within the example policy', () => {
    expect(violations({})).toEqual([]);
  });

  test('a capability both granted and denied', () => {
    const r = loadManifest(manifestText({ denied: ['read_secrets', 'write_branch'] }), 'task.yml');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map(at)).toEqual(['capability_granted_and_denied@5:35']);
      expect(r.problems[0]!.message).toBe('capability write_branch is both requested and denied');
    }
  });

  test.each([
    ['!agent/*', 'glob_negation'],
    ['agent/../main', 'glob_dot_segment'],
    ['+(agent|main)', 'glob_extglob'],
    ['agent//x', 'glob_empty_segment'],
    ['{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}', 'glob_brace_explosion'],
  ])('branch_pattern %j is linted: %s', (branch, code) => {
    const r = loadManifest(manifestText({ branch }), 'task.yml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(at)).toContain(`${code}@4:3`);
  });

  test('an invalid network host', () => {
    const r = loadManifest(manifestText({ hosts: ['registry.npmjs.org', '*.com'] }), 'task.yml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(at)).toEqual(['invalid_host@8:35']);
  });

  test('expires_at that passes the format but is not a real instant (leap second)', () => {
    const r = loadManifest(manifestText({ expires: '2030-06-30T23:59:60Z' }), 'task.yml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(at)).toEqual(['invalid_date@9:3']);
  });

  test('deny_default: false is refused at its location, not silently ignored (hosts outside the list are always denied)', () => {
    const text = 'agent_task:\n  subject: s\n  repository: r\n  capabilities: [read_repository]\n  network:\n    allow: [registry.npmjs.org]\n    deny_default: false\n';
    const r = loadManifest(text, 'task.yml');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map(at)).toEqual(['deny_default_false@7:5']);
      expect(r.problems[0]!.message).toMatch(/not supported: hosts outside network\.allow are always denied/);
    }
    expect(parseManifest({ agent_task: { subject: 's', repository: 'r', capabilities: ['read_repository'], network: { deny_default: true } } }).ok).toBe(true);
  });

  test('deny_default defaults to true; the model is a copy', () => {
    const r = parseManifest({ agent_task: { subject: 's', repository: 'r', capabilities: ['read_repository'] } });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.manifest).toEqual({ subject: 's', repository: 'r', capabilities: ['read_repository'], denied: [], network: { allow: [], denyDefault: true } });
  });
});

describe('manifest against policy', () => {
  test('unknown subject', () => {
    const problems = violations({ subject: 'ci-agent:admin' });
    expect(problems.map(at)).toEqual(['unknown_subject@2:3']);
    expect(problems[0]!.message).toBe('subject "ci-agent:admin" is not defined in the policy (defined: ci-agent:pull-request, ci-agent:maintenance, docs-bot:pull-request)');
  });

  test('unknown subject against a policy that defines none', () => {
    const problems = violations({}, policyFrom('version: 1\n'));
    expect(problems.map(at)).toContain('unknown_subject@2:3');
    expect(problems.find((p) => p.code === 'unknown_subject')!.message).toMatch(/the policy defines no subjects/);
  });

  test('subjects named like Object.prototype members are unknown, not inherited', () => {
    for (const subject of ['constructor', 'toString', 'hasOwnProperty']) {
      expect(violations({ subject }).map((p) => p.code)).toContain('unknown_subject');
    }
  });

  test('a capability outside the subject\'s ceiling', () => {
    const problems = violations({ caps: ['read_repository', 'write_branch', 'modify_policy'] });
    expect(problems.map(at)).toEqual(['capability_outside_ceiling@5:49']);
    expect(problems[0]!.message).toBe(
      "capability modify_policy is outside subject ci-agent:pull-request's ceiling (read_repository, write_branch, run_tests, open_pull_request)",
    );
  });

  test('a capability nobody defines (requested or denied)', () => {
    const problems = violations({ caps: ['read_repository', 'fly_rocket'], denied: ['launch_codes'] });
    expect(problems.map(at)).toEqual(['unknown_capability@5:35', 'unknown_capability@6:12']);
  });

  describe('repository', () => {
    test('manifest repository outside the subject\'s repositories', () => {
      const problems = violations({ repository: 'evil/payments-api' });
      expect(problems.map(at)).toEqual(['repository_mismatch@3:3']);
      expect(problems[0]!.message).toBe("repository evil/payments-api is not one of subject ci-agent:pull-request's repositories (acme/payments-api)");
    });

    test('manifest repository vs the run\'s repository', () => {
      const problems = violations({ subject: 'docs-bot:pull-request', branch: 'docs-bot/*', caps: ['write_branch'] }, EXAMPLE_POLICY, { repository: 'acme/other' });
      expect(problems.map(at)).toEqual(['repository_mismatch@3:3']);
      expect(problems[0]!.message).toBe('the manifest is for repository acme/payments-api, but this run is on acme/other');
    });

    test('NAME in the manifest matches OWNER/NAME in the subject and the run', () => {
      expect(violations({ repository: 'payments-api' }, EXAMPLE_POLICY, { repository: 'acme/payments-api' })).toEqual([]);
      expect(violations({ repository: 'Payments-API' }, EXAMPLE_POLICY, { repository: 'ACME/payments-api' })).toEqual([]);
    });

    // Found while writing these tests: a NAME-only manifest matched the subject's acme/payments-api and
    // also a run on evil/payments-api, so the subject's repository ceiling did not hold.
    test('a NAME-only manifest cannot carry a subject onto another owner\'s repository of that name', () => {
      const problems = violations({ repository: 'payments-api' }, EXAMPLE_POLICY, { repository: 'evil/payments-api' });
      expect(problems.map(at)).toEqual(['repository_mismatch@3:3']);
      expect(problems[0]!.message).toBe("this run is on evil/payments-api, which is not one of subject ci-agent:pull-request's repositories (acme/payments-api)");
    });

    test.each([
      ['payments-api', 'acme/payments-api', true],
      ['acme/payments-api', 'payments-api', true],
      ['acme/payments-api', 'ACME/Payments-Api', true],
      ['payments-api', 'payments-api', true],
      ['evil/payments-api', 'acme/payments-api', false],
      ['payments', 'acme/payments-api', false],
      ['acme/payments', 'acme/payments-api', false],
      ['acme', 'acme/payments-api', false],
    ])('repositoryMatches(%j, %j) is %s', (declared, actual, expected) => {
      expect(repositoryMatches(declared, actual)).toBe(expected);
    });
  });

  describe('branches', () => {
    test.each([
      ['main', 'branch_pattern_outside_ceiling'],
      ['agent/**', 'branch_pattern_outside_ceiling'],
      ['agent/fix-*', 'branch_pattern_outside_ceiling'],
      ['*', 'branch_pattern_outside_ceiling'],
      ['agent/a/b', 'branch_pattern_outside_ceiling'],
      ['{agent,main}/*', 'branch_pattern_outside_ceiling'],
    ])('branch_pattern %j is outside agent/*', (branch, code) => {
      const problems = violations({ branch });
      expect(problems.map(at)).toEqual([`${code}@4:3`]);
      expect(problems[0]!.message).toBe(`branch_pattern ${branch} is not within subject ci-agent:pull-request's branches (agent/*)`);
    });

    test.each(['agent/*', 'agent/fix-123'])('branch_pattern %j is within agent/*', (branch) => {
      expect(violations({ branch })).toEqual([]);
    });

    test('a subject limited to branches needs a branch_pattern', () => {
      const problems = violations({ branch: null });
      expect(problems.map(at)).toEqual(['branch_pattern_missing@1:1']);
    });

    test('the run\'s branch must match the manifest and the subject', () => {
      expect(violations({}, EXAMPLE_POLICY, { branch: 'agent/fix-1' })).toEqual([]);
      const problems = violations({}, EXAMPLE_POLICY, { branch: 'main' });
      expect(problems.map(at)).toEqual(['branch_mismatch@4:3', 'branch_mismatch@2:3']);
      expect(problems.map((p) => p.message)).toEqual([
        'branch "main" does not match the manifest\'s branch_pattern agent/*',
        'branch "main" is not one of subject ci-agent:pull-request\'s branches (agent/*)',
      ]);
      // A literal manifest pattern narrower than the subject's: the run must be on exactly that branch.
      expect(violations({ branch: 'agent/fix-1' }, EXAMPLE_POLICY, { branch: 'agent/fix-2' }).map(at)).toEqual(['branch_mismatch@4:3']);
    });

    test('branchCheck skipped (a merge group): the run\'s branch is held to neither branch_pattern nor the subject\'s branches', () => {
      const queue = 'gh-readonly-queue/main/pr-7-0123456789abcdef0123456789abcdef01234567';
      expect(violations({}, EXAMPLE_POLICY, { branch: queue }).map((p) => p.code)).toEqual(['branch_mismatch', 'branch_mismatch']);
      expect(violations({}, EXAMPLE_POLICY, { branch: queue, branchCheck: 'skipped' })).toEqual([]);
      expect(violations({}, EXAMPLE_POLICY, { branchCheck: 'skipped' })).toEqual([]);
    });

    test('branchCheck skipped still checks the manifest itself: its branch_pattern within the subject\'s ceiling, and every other field against the run', () => {
      const ctx: TaskContext = { branch: 'gh-readonly-queue/main/pr-7-abc', branchCheck: 'skipped', repository: 'acme/other', now: new Date('2031-01-01T00:00:00Z') };
      expect(violations({ branch: 'main' }, EXAMPLE_POLICY, ctx).map(at)).toEqual(['repository_mismatch@3:3', 'branch_pattern_outside_ceiling@4:3', 'manifest_expired@9:3']);
      expect(violations({ branch: null }, EXAMPLE_POLICY, { branchCheck: 'skipped' }).map(at)).toEqual(['branch_pattern_missing@1:1']);
    });
  });

  describe('network hosts and wildcard coverage', () => {
    const policy = policyFrom('version: 1\nsubjects:\n  "ci-agent:pull-request": { capabilities: [read_repository, write_branch], branches: ["agent/*"] }\nnetwork:\n  allow: [registry.npmjs.org, "*.pkg.Example.com"]\n');
    test.each([
      ['registry.npmjs.org', true],
      ['REGISTRY.NPMJS.org', true],
      ['a.pkg.example.com', true],
      ['a.b.pkg.example.com', true],
      ['*.pkg.example.com', true],
      ['*.PKG.EXAMPLE.COM', true],
      ['*.a.pkg.example.com', true],
      ['pkg.example.com', false],
      ['*.example.com', false],
      ['evilpkg.example.com', false],
      ['pkg.example.com.evil.io', false],
      ['npmjs.org', false],
      ['*.npmjs.org', false],
      ['a.registry.npmjs.org', false],
    ])('%s covered: %s', (host, covered) => {
      const problems = violations({ hosts: [host] }, policy);
      if (covered) expect(problems).toEqual([]);
      else {
        expect(problems.map(at)).toEqual(['network_host_not_allowed@8:13']);
        expect(problems[0]!.message).toBe(`network host ${host} is not in the policy's network allow list`);
      }
    });
    test('every uncovered host is reported at its own item', () => {
      expect(violations({ hosts: ['registry.npmjs.org', 'exfil.example.net', 'x.pkg.example.com', 'pastebin.com'] }, policy).map(at)).toEqual([
        'network_host_not_allowed@8:35',
        'network_host_not_allowed@8:77',
      ]);
    });
    test('a policy without an allow list allows no host', () => {
      expect(violations({ hosts: ['registry.npmjs.org'] }, policyFrom('version: 1\nsubjects:\n  "ci-agent:pull-request": { capabilities: [read_repository, write_branch] }\n')).map(at)).toEqual([
        'network_host_not_allowed@8:13',
      ]);
    });
  });

  describe('expiry', () => {
    test('expired manifest', () => {
      const problems = violations({ expires: '2025-01-01T00:00:00Z' }, EXAMPLE_POLICY, { now: new Date('2025-06-01T00:00:00Z') });
      expect(problems.map(at)).toEqual(['manifest_expired@9:3']);
      expect(problems[0]!.message).toBe('the manifest expired at 2025-01-01T00:00:00Z');
    });
    test('the expiry instant itself is expired; a moment before is not; offsets are honoured', () => {
      expect(violations({ expires: '2025-01-01T00:00:00Z' }, EXAMPLE_POLICY, { now: new Date('2025-01-01T00:00:00Z') }).map((p) => p.code)).toEqual(['manifest_expired']);
      expect(violations({ expires: '2025-01-01T00:00:00Z' }, EXAMPLE_POLICY, { now: new Date('2024-12-31T23:59:59Z') })).toEqual([]);
      expect(violations({ expires: '2025-01-01T01:00:00+02:00' }, EXAMPLE_POLICY, { now: new Date('2024-12-31T23:30:00Z') }).map((p) => p.code)).toEqual(['manifest_expired']);
    });
  });

  test('several violations at once, each located', () => {
    const problems = violations(
      { subject: 'ci-agent:pull-request', repository: 'evil/payments-api', branch: 'main', caps: ['read_repository', 'modify_policy'], hosts: ['exfil.example.net'], expires: '2020-01-01T00:00:00Z' },
      EXAMPLE_POLICY,
      { repository: 'acme/payments-api', branch: 'main', now: new Date('2026-01-01T00:00:00Z') },
    );
    expect(problems.map(formatProblem)).toEqual([
      "task.yml:5:35: capability modify_policy is outside subject ci-agent:pull-request's ceiling (read_repository, write_branch, run_tests, open_pull_request) [capability_outside_ceiling]",
      "task.yml:3:3: repository evil/payments-api is not one of subject ci-agent:pull-request's repositories (acme/payments-api) [repository_mismatch]",
      'task.yml:3:3: the manifest is for repository evil/payments-api, but this run is on acme/payments-api [repository_mismatch]',
      "task.yml:4:3: branch_pattern main is not within subject ci-agent:pull-request's branches (agent/*) [branch_pattern_outside_ceiling]",
      "task.yml:2:3: branch \"main\" is not one of subject ci-agent:pull-request's branches (agent/*) [branch_mismatch]",
      "task.yml:8:13: network host exfil.example.net is not in the policy's network allow list [network_host_not_allowed]",
      'task.yml:9:3: the manifest expired at 2020-01-01T00:00:00Z [manifest_expired]',
    ]);
  });

  test('the against-policy corpus fixtures', () => {
    const cases: [string, string][] = [
      ['unknown-subject.yml', 'unknown_subject@2:3'],
      ['capability-outside-ceiling.yml', 'capability_outside_ceiling@5:49'],
      ['repository-mismatch.yml', 'repository_mismatch@3:3'],
      ['branch-pattern-outside.yml', 'branch_pattern_outside_ceiling@4:3'],
      ['network-host-not-allowed.yml', 'network_host_not_allowed@7:33'],
    ];
    for (const [name, expected] of cases) {
      const m = loadManifest(readFileSync(join(ROOT, 'test/fixtures/bad/against-policy', name)), name);
      if (!m.ok) throw new Error(m.problems.map(formatProblem).join('\n'));
      expect(manifestViolations(m.loaded, EXAMPLE_POLICY).map(at)).toEqual([expected]);
    }
  });
});

describe('grantedCapabilities', () => {
  test('requested, within the ceiling, and not denied', () => {
    const r = parseManifest({ agent_task: { subject: 'ci-agent:pull-request', repository: 'r', capabilities: ['read_repository', 'write_branch', 'modify_policy'], denied: ['read_secrets'] } });
    if (!r.ok) throw new Error('unexpected');
    expect(grantedCapabilities(r.manifest, EXAMPLE_POLICY)).toEqual(['read_repository', 'write_branch']);
  });
  test('an unknown subject, even one named like an Object.prototype member, grants nothing and does not throw', () => {
    for (const subject of ['ci-agent:admin', 'constructor', 'toString', 'valueOf']) {
      const r = parseManifest({ agent_task: { subject, repository: 'r', capabilities: ['read_repository'] } });
      if (!r.ok) throw new Error('unexpected');
      expect(grantedCapabilities(r.manifest, EXAMPLE_POLICY)).toEqual([]);
      expect(checkManifestAgainstPolicy(r.manifest, EXAMPLE_POLICY).map((p) => p.code)).toEqual(['unknown_subject']);
    }
  });
});
