// The grant's token-scope sentence: contents: write is repository-wide whatever the policy's paths say,
// and the sentence names the capabilities that asked for it, their paths, and the defences that do
// restrict paths.

import { parse as parseYaml } from 'yaml';
import { parsePolicy, type Policy } from '../../src/core/policy.js';
import { contentsScopeNote } from '../../src/core/token-scope.js';

function policy(text: string): Policy {
  const r = parsePolicy(parseYaml(text));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.policy;
}

const P = policy(`version: 1
agents: ["ci-agent"]
capabilities:
  write_branch: { paths: ["src/**", "test/**"] }
  modify_policy: { paths: [".github/agent-policy.yml"], tier: high }
`);

describe('contentsScopeNote', () => {
  test('write_branch and modify_policy: both named with their policy paths, the token said to be repository-wide, the defences named', () => {
    const note = contentsScopeNote(
      { contents: 'write', metadata: 'read', pull_requests: 'write' },
      [
        { name: 'write_branch', tier: null, permissions: { contents: 'write' } },
        { name: 'open_pull_request', tier: null, permissions: { pull_requests: 'write' } },
        { name: 'modify_policy', tier: 'high', permissions: { contents: 'write' } },
      ],
      P,
      'acme/widgets',
    );
    expect(note).toBe(
      'token scope: contents: write (from write_branch (policy paths src/**, test/**); modify_policy (policy paths .github/agent-policy.yml)) lets this token push any path of acme/widgets to any branch no ruleset protects: ' +
        'a GitHub token cannot be limited by path. The paths are enforced on the change, not by the token: require guard-diff as a check on the default branch, ' +
        'and restrict the protected and high-tier paths with a push ruleset (agent-guard export --target ruleset)',
    );
  });

  test('no contents: write, no sentence (contents: read and other permissions are what they say)', () => {
    expect(contentsScopeNote({ contents: 'read', pull_requests: 'write' }, [{ name: 'read_repository', tier: null, permissions: { contents: 'read' } }], P, 'acme/widgets')).toBeNull();
    expect(contentsScopeNote({ pull_requests: 'write' }, [{ name: 'open_pull_request', tier: null, permissions: { pull_requests: 'write' } }], P, 'acme/widgets')).toBeNull();
  });
});
