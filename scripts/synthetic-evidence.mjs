// Synthetic evidence documents for benchmarks, shaped as the actions write them (src/core/evidence.ts,
// the request-capability and command records): guard-diff reviews (allowed, approval required,
// denied with file and violation reasons), approval-gate runs (approved with a latency, waiting,
// denied), request-capability runs (granted, revoked or left to expire; refused) and command
// decisions. Deterministic in `i`. Callers check each against schemas/evidence.schema.json (the
// benchmarks refuse to run on a document that does not match: invalid ones would be timed as such).

const VERSION = 'agent-guard.evidence/v1';
const hex = (n, len) => (n >>> 0).toString(16).padStart(8, '0').repeat(Math.ceil(len / 8)).slice(0, len);
const iso = (ms) => new Date(ms).toISOString();

/** Evidence document number `i` of a synthetic program: 7 repositories, runs an hour apart from 2026-09-01. */
export function syntheticEvidence(i) {
  const t0 = Date.UTC(2026, 8, 1) + i * 3_600_000;
  const repository = `acme/service-${i % 7}`;
  const agent = i % 4 !== 0;
  const job = { repository, run_id: String(9_000_000 + i), run_attempt: '1', workflow: 'agent', job: 'guard', actor: agent ? 'coding-agent[bot]' : 'dev-' + (i % 5), event: 'pull_request', ref: `refs/pull/${i}/merge`, sha: hex(i * 7919, 40) };
  const timings = { started_at: iso(t0), finished_at: iso(t0 + 1400 + (i % 9) * 100), duration_ms: 1400 + (i % 9) * 100 };
  const head = hex(i * 2654435761, 40);
  const base = hex(i * 40503, 40);
  const policy = i % 7 === 6 ? { source: 'baseline', sha256: '', baseline: true } : { source: 'main:.github/agent-policy.yml', sha256: hex(i % 7, 64), baseline: false };
  const manifest = i % 3 === 0 ? null : { source: 'main:.github/agent-tasks/current.yml', sha256: hex(i % 11, 64) };
  const kind = i % 20;

  if (kind < 10) {
    const denied = kind === 0 || kind === 5;
    const needsApproval = kind === 3 || kind === 8;
    const files = [
      { path: `src/module${i % 13}/index.ts`, status: 'modified', kind: 'regular', tier: 'medium', capability: 'write_branch', decision: 'allow', reasons: [{ rule: 'paths/capability', code: 'capability_granted', message: 'write_branch covers src/**' }] },
      { path: `docs/guide-${i % 5}.md`, status: i % 2 ? 'added' : 'modified', kind: 'regular', tier: 'low', capability: 'write_branch', decision: 'allow', reasons: [{ rule: 'paths/capability', code: 'capability_granted', message: 'write_branch covers docs/**' }] },
    ];
    const violations = [];
    if (denied) {
      const rule = kind === 0 ? 'paths/protected' : 'workflows/permissions';
      const path = kind === 0 ? '.github/agent-policy.yml' : '.github/workflows/release.yml';
      files.push({ path, status: 'modified', kind: 'regular', tier: 'high', capability: null, decision: 'deny', reasons: [{ rule, code: kind === 0 ? 'protected_path' : 'workflow_permission_escalation', message: `${path}: not covered by any capability the task was granted` }] });
      violations.push({ rule, code: kind === 0 ? 'protected_path' : 'workflow_permission_escalation', path, message: `${path} is protected` });
    }
    if (needsApproval) files.push({ path: 'package.json', status: 'modified', kind: 'regular', tier: 'high', capability: 'modify_dependencies', decision: 'approval_required', reasons: [{ rule: 'dependencies/new-package', code: 'new_dependency', message: 'adds left-pad@1.3.0 from registry.npmjs.org' }] });
    const verdict = denied ? 'deny' : needsApproval ? 'approval_required' : 'allow';
    const granted = ['read_repository', 'write_branch', 'run_tests', 'open_pull_request', ...(needsApproval ? ['modify_dependencies'] : [])];
    const used = ['write_branch', ...(needsApproval ? ['modify_dependencies'] : [])];
    return {
      version: VERSION,
      action: 'guard-diff',
      mode: 'enforce',
      job,
      base,
      head,
      merge_base: base,
      branch: agent ? `agent/task-${i}` : `feature/${i}`,
      policy,
      manifest,
      verdict,
      tier: denied || needsApproval ? 'high' : 'medium',
      files,
      violations,
      capabilities: { granted, used, unused: granted.filter((c) => !used.includes(c)), needed: [...used] },
      denials: files.flatMap((f) => (f.decision === 'deny' ? f.reasons.map((r) => ({ rule: r.rule, code: r.code, path: f.path, message: r.message })) : [])),
      merge_commit: verdict === 'allow' && i % 3 === 1 ? hex(i * 97, 40) : null,
      notes: [],
      approvals: null,
      credentials: [],
      timings,
    };
  }
  if (kind < 14) {
    const decision = kind === 10 ? 'deny' : kind === 11 ? 'approval_required' : 'approved';
    const requested = t0 - (10 + (i % 240)) * 60_000;
    const decided = decision === 'approved' ? t0 - (i % 9) * 60_000 : null;
    return {
      version: VERSION,
      action: 'approval-gate',
      job,
      repository,
      pull_request: 1000 + i,
      base,
      head,
      branch: `agent/task-${i}`,
      base_branch: 'main',
      policy,
      manifest,
      decision,
      tier: 'high',
      approvals: { required: 1, qualified: decision === 'approved' ? [{ login: 'alice', commit_id: head }] : [], rejected: [] },
      approval_requested_at: iso(requested),
      approval_decided_at: decided === null ? null : iso(decided),
      denials: decision === 'deny' ? [{ rule: 'approvals/self-approval', code: 'self_approval', message: 'the only approval is by the change\'s author' }] : [],
      review_requests: null,
      status: { context: 'agent-guard/approval-gate', state: decision === 'approved' ? 'success' : decision === 'deny' ? 'failure' : 'pending', published: true },
      api_requests: { total: 6, by_phase: { pull: 1, reviews: 1, files: 1, permissions: 2, status: 1 } },
      credentials: [],
      timings,
    };
  }
  if (kind < 18) {
    const refused = kind === 14;
    const issued = t0 + 2000;
    const expires = issued + 3_600_000;
    const revoked = kind === 17 ? null : issued + (300 + (i % 900)) * 1000;
    return {
      version: VERSION,
      action: 'request-capability',
      job,
      verdict: refused ? 'refused' : 'granted',
      capabilities: [
        { name: 'write_branch', tier: 'medium', permissions: { contents: 'write' } },
        { name: 'open_pull_request', tier: 'medium', permissions: { pull_requests: 'write' } },
      ],
      permissions: refused ? {} : { contents: 'write', pull_requests: 'write', metadata: 'read' },
      denials: refused ? [{ rule: 'capabilities/not-granted', code: 'capability_not_granted', capability: 'deploy_environment', message: 'deploy_environment is not granted by the task manifest' }] : [],
      credentials: refused
        ? []
        : [{ kind: 'github_app_installation_token', app_id: '4242', installation_id: 77, repository, permissions: { contents: 'write', pull_requests: 'write', metadata: 'read' }, issued_at: iso(issued), expires_at: iso(expires), revoked_at: revoked === null ? null : iso(revoked), revocation: revoked === null ? 'pending' : 'revoked' }],
      timings,
    };
  }
  const deny = kind === 18;
  return {
    version: VERSION,
    action: 'command',
    job,
    command: {
      tool: 'hook',
      decision: deny ? 'deny' : 'allow',
      rule: deny ? 'commands/not-allowed' : 'commands/allowed',
      code: deny ? 'command_not_allowed' : 'command_allowed',
      message: deny ? 'curl is not in the task\'s command allow-list' : 'npm test is allowed by run_tests',
      argv: deny ? ['curl', '-sSL', 'https://example.invalid/x.sh'] : ['npm', 'test'],
      command_line: deny ? 'curl -sSL https://example.invalid/x.sh' : 'npm test',
      capability: deny ? null : 'run_tests',
      pattern: deny ? null : ['npm', 'test'],
      cwd: '/home/runner/work/service/service',
      task: { subject: 'ci-agent:pull-request', task_id: `task-${i}` },
      exit: deny ? null : { exit_code: 0, signal: null, duration_ms: 8000 + (i % 50) * 10 },
    },
    timings,
  };
}
