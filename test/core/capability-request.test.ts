// request-capability's pure decision: input parsing, provenance, the capability table, approvals
// bound to head SHA and manifest digest (provenance: test/core/events.test.ts). Items 97 and 99 (98 is about the
// token GitHub returns: test/integration/request-capability.test.ts; 96 is by design: the example workflow).

import { evaluateApprovals, type ApprovalFacts } from '../../src/core/approvals.js';
import { BUILTIN_CAPABILITIES, NEVER_MINTED, type BuiltinCapability } from '../../src/core/capabilities.js';
import {
  approvalCheckFromEvaluation,
  capabilityTier,
  decideCapabilityRequest,
  highTierCapabilities,
  MAX_REQUESTED_CAPABILITIES,
  parseCapabilitiesInput,
  parseRepositoryInput,
  pinRepository,
  pinToOwner,
  type ApprovalCheck,
  type CapabilityRequest,
  type Provenance,
} from '../../src/core/capability-request.js';
import { parseManifest, type Manifest } from '../../src/core/manifest.js';
import { parsePolicy, type Policy } from '../../src/core/policy.js';

const REPO = 'acme/widgets';
const HEAD = 'a'.repeat(40);
const OTHER_HEAD = 'b'.repeat(40);
const BASE = 'c'.repeat(40);
const DIGEST = 'd'.repeat(64);
const OTHER_DIGEST = 'e'.repeat(64);
const NOW = new Date('2026-03-01T12:00:00Z');

function policyOf(over: Record<string, unknown> = {}): Policy {
  const r = parsePolicy({
    version: 1,
    agents: ['*[bot]', 'ci-agent'],
    default_tier: 'high',
    tiers: { high: ['.github/**'], low: ['docs/**'] },
    capabilities: {
      write_branch: { paths: ['src/**', 'test/**'] },
      modify_policy: { paths: ['.github/**'], tier: 'high' },
      write_docs: { paths: ['docs/**'] },
      publish_artifact: { tier: 'high' },
    },
    subjects: {
      'ci-agent:pull-request': {
        capabilities: ['read_repository', 'write_branch', 'run_tests', 'open_pull_request', 'request_review', 'comment', 'modify_policy', 'write_docs', 'read_secrets', 'deploy_environment', 'publish_artifact'],
        branches: ['agent/*'],
        repositories: [REPO, 'acme/docs'],
      },
      'narrow:pull-request': { capabilities: ['read_repository', 'write_branch'] },
    },
    approvals: { high: { count: 1 } },
    ...over,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.policy;
}

function manifestOf(over: Record<string, unknown> = {}): Manifest {
  const r = parseManifest({
    agent_task: {
      subject: 'ci-agent:pull-request',
      repository: REPO,
      branch_pattern: 'agent/*',
      capabilities: ['read_repository', 'write_branch', 'run_tests', 'open_pull_request', 'modify_policy', 'write_docs', 'read_secrets', 'deploy_environment'],
      denied: ['comment'],
      ...over,
    },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.manifest;
}

const trusted: Provenance = { trusted: true, event: 'workflow_dispatch', reason: 'workflow_dispatch runs code from acme/widgets' };
const approvedCheck: ApprovalCheck = { approved: true, headSha: HEAD, manifestSha256: DIGEST, approvers: ['alice'], reason: 'approved by alice (1 of 1)' };

function request(capabilities: string[], over: Partial<CapabilityRequest> = {}): CapabilityRequest {
  return {
    capabilities,
    repository: REPO,
    currentRepository: REPO,
    policy: policyOf(),
    manifest: manifestOf(),
    manifestSha256: DIGEST,
    headSha: HEAD,
    provenance: trusted,
    now: NOW,
    ...over,
  };
}
const decide = (capabilities: string[], over: Partial<CapabilityRequest> = {}) => decideCapabilityRequest(request(capabilities, over));
const codes = (d: { refusals: Array<{ code: string }> }) => d.refusals.map((r) => r.code);

describe('parseCapabilitiesInput', () => {
  it('splits on commas and newlines, trims, drops empties and duplicates, keeps order', () => {
    expect(parseCapabilitiesInput(' write_branch ,open_pull_request\n\n  write_branch\r\nread_repository,, ')).toEqual({
      names: ['write_branch', 'open_pull_request', 'read_repository'],
      refusals: [],
    });
  });

  it('refuses an empty request', () => {
    expect(codes(parseCapabilitiesInput(' ,\n '))).toEqual(['empty_request']);
  });

  it('refuses invalid names, JSON-quoting what it echoes', () => {
    const p = parseCapabilitiesInput('write_branch, Write-Branch, ../x, a b, ::add-mask::x');
    expect(p.names).toEqual(['write_branch']);
    expect(codes(p)).toEqual(['invalid_input', 'invalid_input', 'invalid_input', 'invalid_input']);
    expect(p.refusals[3]?.message).toContain('"::add-mask::x"');
  });

  it('refuses raw permissions: agents ask for capabilities', () => {
    const p = parseCapabilitiesInput('contents:write, pull_requests = write');
    expect(p.names).toEqual([]);
    expect(codes(p)).toEqual(['raw_permission', 'raw_permission']);
  });

  it(`refuses more than ${MAX_REQUESTED_CAPABILITIES} items`, () => {
    const many = Array.from({ length: MAX_REQUESTED_CAPABILITIES + 1 }, (_, i) => `cap_${i}`).join(',');
    expect(codes(parseCapabilitiesInput(many))).toEqual(['too_many_capabilities']);
  });

  describe('every never-minted permission is refused, in every form it can be asked', () => {
    const permissions = [...NEVER_MINTED, 'organization_secrets', 'organization_self_hosted_runners', 'organization_administration'];
    it.each(permissions.flatMap((p) => [p, `${p}:write`, `${p}: read`, `${p}=write`, p.toUpperCase()].map((form) => [p, form] as const)))('%s as %j', (permission, form) => {
      const parsed = parseCapabilitiesInput(`read_repository, ${form}`);
      expect(parsed.names).toEqual(['read_repository']);
      expect(parsed.refusals).toHaveLength(1);
      expect(parsed.refusals[0]).toMatchObject({ code: 'never_minted' });
      expect(parsed.refusals[0]?.message).toContain(`the ${permission} permission`);
    });
  });
});

describe('parseRepositoryInput', () => {
  it('defaults to the current repository, and completes NAME with the current owner', () => {
    expect(parseRepositoryInput('', REPO)).toEqual({ ok: true, repository: REPO });
    expect(parseRepositoryInput('  docs ', REPO)).toEqual({ ok: true, repository: 'acme/docs' });
    expect(parseRepositoryInput('other/thing', REPO)).toEqual({ ok: true, repository: 'other/thing' });
  });

  it('refuses anything that is not one repository name', () => {
    for (const bad of ['a/b/c', '../x', 'acme/..', 'ac me/x/y', '-x/y', 'acme/wid$gets']) {
      expect(parseRepositoryInput(bad, REPO)).toMatchObject({ ok: false });
    }
  });
});

describe('the decision', () => {
  it('grants the union of the table entries, keys sorted, levels maxed', () => {
    const d = decide(['open_pull_request', 'read_repository', 'write_branch', 'run_tests']);
    expect(d.decision).toBe('grant');
    expect(d.refusals).toEqual([]);
    expect(d.permissions).toEqual({ contents: 'write', pull_requests: 'write' });
    expect(Object.keys(d.permissions)).toEqual(['contents', 'pull_requests']);
    expect(d.capabilities.map((c) => [c.name, c.permissions])).toEqual([
      ['open_pull_request', { pull_requests: 'write' }],
      ['read_repository', { contents: 'read' }],
      ['write_branch', { contents: 'write' }],
      ['run_tests', {}],
    ]);
  });

  it('takes permissions only from the table: a policy-defined capability maps to none', () => {
    expect(decide(['write_docs', 'read_repository'])).toMatchObject({ decision: 'grant', permissions: { contents: 'read' } });
    expect(decide(['write_docs'])).toMatchObject({ decision: 'refuse' });
    expect(codes(decide(['write_docs']))).toEqual(['no_token_permission']);
  });

  it('refuses a request with no token permission (run_tests alone) rather than minting an empty token', () => {
    const d = decide(['run_tests']);
    expect(d).toMatchObject({ decision: 'refuse', permissions: {} });
    expect(d.refusals).toEqual([expect.objectContaining({ code: 'no_token_permission', message: expect.stringContaining('no token is minted') })]);
  });

  it('refuses a capability the manifest does not grant, or denies', () => {
    const d = decide(['write_branch', 'request_review', 'comment']);
    expect(d.decision).toBe('refuse');
    expect(d.permissions).toEqual({});
    expect(d.refusals.map((r) => [r.code, r.capability])).toEqual([
      ['not_in_manifest', 'request_review'],
      ['denied_by_manifest', 'comment'],
    ]);
  });

  it("refuses a capability outside the subject's ceiling (and the manifest that asks for it)", () => {
    const manifest = manifestOf({ subject: 'narrow:pull-request', capabilities: ['write_branch', 'open_pull_request'], denied: [], branch_pattern: undefined });
    const d = decide(['open_pull_request'], { manifest });
    expect(codes(d)).toEqual(expect.arrayContaining(['outside_ceiling', 'manifest_invalid']));
  });

  it('refuses unknown capabilities', () => {
    expect(codes(decide(['write_branch', 'rule_the_world']))).toEqual(['unknown_capability']);
  });

  it.each(['read_secrets', 'deploy_environment'])('refuses %s with its guidance, never approximating it with a permission', (name) => {
    const d = decide([name, 'write_branch']);
    expect(d.decision).toBe('refuse');
    expect(d.refusals).toEqual([{ code: 'not_a_token_permission', capability: name, message: expect.any(String), fix: BUILTIN_CAPABILITIES[name]!.refuseWith }]);
    expect(d.refusals[0]?.fix).toMatch(/environment|OIDC/);
  });

  describe('a table entry that maps to a never-minted permission is refused, whatever the table says', () => {
    it.each([...NEVER_MINTED, 'organization_projects'])('%s', (permission) => {
      const table: Record<string, BuiltinCapability> = { ...BUILTIN_CAPABILITIES, write_branch: { description: 'tampered', permissions: { contents: 'write', [permission]: 'write' } } };
      const d = decide(['write_branch'], { table });
      expect(d.decision).toBe('refuse');
      expect(d.permissions).toEqual({});
      expect(d.refusals).toEqual([expect.objectContaining({ code: 'never_minted', capability: 'write_branch', message: expect.stringContaining(`the ${permission} permission`) })]);
    });

    it('the real table maps no capability to a never-minted permission', () => {
      for (const [name, def] of Object.entries(BUILTIN_CAPABILITIES)) {
        for (const p of Object.keys(def.permissions)) expect(`${name}:${p}:${(NEVER_MINTED as readonly string[]).includes(p)}`).toBe(`${name}:${p}:false`);
      }
    });
  });

  it('refuses when the manifest is not valid for this run (expired, wrong branch, wrong repository)', () => {
    expect(codes(decide(['write_branch'], { manifest: manifestOf({ expires_at: '2026-02-01T00:00:00Z' }) }))).toEqual(['manifest_invalid']);
    const onMain = decide(['write_branch'], { branch: 'main' });
    expect(codes(onMain)).toContain('manifest_invalid');
    expect(onMain.refusals[0]?.message).toContain('branch_mismatch');
    expect(decide(['write_branch'], { branch: 'agent/fix' }).decision).toBe('grant');
    const elsewhere = decide(['write_branch'], { manifest: manifestOf({ repository: 'acme/other' }) });
    expect(new Set(codes(elsewhere))).toEqual(new Set(['manifest_invalid']));
    expect(elsewhere.refusals.map((r) => r.message).join('\n')).toContain('repository_mismatch');
  });

  it('mints for another repository only when the subject lists it and the manifest is for it', () => {
    expect(decide(['write_branch'], { repository: 'acme/docs' }).refusals.map((r) => r.message)).toEqual([expect.stringContaining('repository_mismatch')]);
    expect(decide(['write_branch'], { repository: 'acme/docs', manifest: manifestOf({ repository: 'acme/docs' }) }).decision).toBe('grant');
    const narrow = manifestOf({ subject: 'narrow:pull-request', repository: 'acme/docs', capabilities: ['write_branch'], denied: [], branch_pattern: undefined });
    expect(codes(decide(['write_branch'], { repository: 'acme/docs', manifest: narrow }))).toEqual(['repository_not_allowed']);
    expect(decide(['write_branch'], { manifest: manifestOf({ subject: 'narrow:pull-request', capabilities: ['write_branch'], denied: [], branch_pattern: undefined }) }).decision).toBe('grant');
  });

  it('gives every refusal at once, not only the first', () => {
    const d = decide(['write_branch', 'request_review', 'read_secrets', 'modify_policy'], { provenance: { trusted: false, event: 'pull_request', reason: 'fork' } });
    expect(codes(d).sort()).toEqual(['approval_required', 'not_a_token_permission', 'not_in_manifest', 'untrusted_provenance']);
  });
});

describe('tiers', () => {
  it('a high-tier capability is one the policy or the table says is high; a policy never lowers the table', () => {
    const policy = policyOf();
    expect(capabilityTier('modify_policy', policy)).toBe('high');
    expect(capabilityTier('publish_artifact', policy)).toBe('high');
    expect(capabilityTier('write_branch', policy)).toBeNull();
    const lowered = policyOf({ capabilities: { modify_policy: { paths: ['.github/**'], tier: 'low' }, write_branch: { paths: ['src/**'], tier: 'medium' }, write_docs: { paths: ['docs/**'] } } });
    expect(capabilityTier('modify_policy', lowered)).toBe('high');
    expect(capabilityTier('write_branch', lowered)).toBe('medium');
    expect(highTierCapabilities(['write_branch', 'modify_policy', 'run_tests'], lowered)).toEqual(['modify_policy']);
  });
});

describe('capability request for workflows, administration, secrets, actions:write, checks, statuses or several repositories is refused', () => {
  it.each(['workflows:write', 'workflows', 'administration', 'administration:write', 'secrets', 'secrets:read', 'actions:write', 'actions', 'checks:write', 'statuses:write'])(
    'refuses %j (never minted), even next to a legitimate capability',
    (asked) => {
      const parsed = parseCapabilitiesInput(`write_branch\n${asked}`);
      expect(parsed.names).toEqual(['write_branch']);
      expect(codes(parsed)).toEqual(['never_minted']);
    },
  );

  it.each(['acme/widgets, acme/docs', 'acme/widgets\nacme/docs', 'widgets docs', 'acme/widgets,acme/widgets-2'])('refuses more than one repository: %j', (input) => {
    const r = parseRepositoryInput(input, REPO);
    expect(r).toMatchObject({ ok: false, refusal: { code: 'multiple_repositories' } });
  });
});

describe('the approval binds to the exact head SHA and manifest digest', () => {
  const high = ['write_branch', 'modify_policy'];

  it('refuses a high-tier capability without an approval check, and says why', () => {
    const d = decide(high, { approvalUnavailable: 'no verifier' });
    expect(d.highTier).toEqual(['modify_policy']);
    expect(d.refusals).toEqual([expect.objectContaining({ code: 'approval_required', message: expect.stringContaining('no verifier') })]);
  });

  it('refuses when not approved', () => {
    expect(codes(decide(high, { approval: { ...approvedCheck, approved: false, reason: 'no qualified approval' } }))).toEqual(['approval_required']);
  });

  it('refuses an approval of another head SHA', () => {
    const d = decide(high, { approval: { ...approvedCheck, headSha: OTHER_HEAD } });
    expect(d.refusals).toEqual([expect.objectContaining({ code: 'approval_mismatch', message: expect.stringContaining(`approval is of head ${OTHER_HEAD.slice(0, 12)}`) })]);
  });

  it('refuses an approval given with another manifest digest', () => {
    const d = decide(high, { approval: { ...approvedCheck, manifestSha256: OTHER_DIGEST } });
    expect(d.refusals).toEqual([expect.objectContaining({ code: 'approval_mismatch', message: expect.stringContaining(`manifest ${OTHER_DIGEST.slice(0, 12)}`) })]);
    expect(codes(decide(high, { approval: { ...approvedCheck, manifestSha256: null } }))).toEqual(['approval_mismatch']);
  });

  it('grants with an approval of this head and this manifest; lower-tier requests need none', () => {
    expect(decide(high, { approval: { ...approvedCheck, headSha: HEAD.toUpperCase() } })).toMatchObject({ decision: 'grant', permissions: { contents: 'write' } });
    expect(decide(['write_branch'])).toMatchObject({ decision: 'grant' });
  });

  describe('with the approval core (evaluateApprovals)', () => {
    const facts = (over: Partial<ApprovalFacts> = {}): ApprovalFacts => ({
      headSha: HEAD,
      baseSha: BASE,
      tier: 'high',
      highRiskPaths: [],
      pullRequest: { number: 7, author: { login: 'ci-agent', type: 'User' }, createdAt: '2026-01-01T00:00:00Z' },
      manifest: { sha256: DIGEST },
      reviews: [{ id: 1, user: { login: 'alice', type: 'User' }, state: 'APPROVED', commitId: HEAD }],
      commits: [{ sha: HEAD, author: { login: 'ci-agent' }, committer: { login: 'ci-agent' }, coAuthors: [] }],
      permissions: { alice: 'write' },
      listsComplete: { reviews: true, commits: true, files: true },
      ...over,
    });
    const check = (f: ApprovalFacts) => approvalCheckFromEvaluation(f, evaluateApprovals(f, policyOf()));

    it('an independent approval of the head with this manifest grants', () => {
      const c = check(facts());
      expect(c).toMatchObject({ approved: true, headSha: HEAD, manifestSha256: DIGEST, approvers: ['alice'] });
      expect(decide(high, { approval: c }).decision).toBe('grant');
    });

    it('an approval of an older commit does not', () => {
      const c = check(facts({ reviews: [{ id: 1, user: { login: 'alice', type: 'User' }, state: 'APPROVED', commitId: OTHER_HEAD }] }));
      expect(c.approved).toBe(false);
      expect(codes(decide(high, { approval: c }))).toEqual(['approval_required']);
    });

    it('an approval evaluated for another head or with another manifest does not', () => {
      expect(codes(decide(high, { approval: check(facts({ headSha: OTHER_HEAD, reviews: [{ id: 1, user: { login: 'alice', type: 'User' }, state: 'APPROVED', commitId: OTHER_HEAD }] })) }))).toEqual([
        'approval_mismatch',
      ]);
      expect(codes(decide(high, { approval: check(facts({ manifest: { sha256: OTHER_DIGEST } })) }))).toEqual(['approval_mismatch']);
    });

    it("the agent's own approval does not count", () => {
      const c = check(facts({ reviews: [{ id: 1, user: { login: 'ci-agent', type: 'User' }, state: 'APPROVED', commitId: HEAD }], permissions: { 'ci-agent': 'write' } }));
      expect(c.approved).toBe(false);
    });
  });
});

describe('repositories pinned to the run owner', () => {
  it('NAME is the run owner\'s repository; OWNER/NAME is exact', () => {
    expect(pinRepository('widgets', 'acme')).toBe('acme/widgets');
    expect(pinRepository('evil/widgets', 'acme')).toBe('evil/widgets');
    const named = policyOf({ subjects: { 'ci-agent:pull-request': { capabilities: ['write_branch'], repositories: ['widgets'] } } });
    const m = manifestOf({ repository: 'widgets', capabilities: ['write_branch'], denied: [] });
    expect(pinToOwner(named, m, 'acme')).toMatchObject({ manifest: { repository: 'acme/widgets' }, policy: { subjects: { 'ci-agent:pull-request': { repositories: ['acme/widgets'] } } } });
    expect(named.subjects['ci-agent:pull-request']!.repositories).toEqual(['widgets']);
    expect(decide(['write_branch'], { policy: named, manifest: m, repository: 'evil/widgets' }).decision).toBe('refuse');
    expect(decide(['write_branch'], { policy: named, manifest: m }).decision).toBe('grant');
  });
});
