// The capability catalogue and the one capability-to-permission table. A manifest names
// capabilities; the policy says which paths each may change and at which tier; this table says which
// GitHub App token permissions each maps to. Nothing outside this table is ever minted.

export type PermissionLevel = 'read' | 'write';

export interface BuiltinCapability {
  description: string;
  /** Installation-token permissions this capability needs. Empty: no token permission. */
  permissions: Readonly<Record<string, PermissionLevel>>;
  /** Not expressible as a token permission: requests are refused with this guidance. */
  refuseWith?: string;
  /** Minimum tier, whatever the policy says (a policy may raise it, never lower it). */
  tier?: 'high';
}

export const BUILTIN_CAPABILITIES: Readonly<Record<string, BuiltinCapability>> = Object.freeze({
  read_repository: { description: 'read the repository contents', permissions: { contents: 'read' } },
  write_branch: { description: 'push commits to the task branch', permissions: { contents: 'write' } },
  run_tests: {
    description: 'run the test suite (results are reported by the workflow, not by an agent token)',
    permissions: {},
  },
  open_pull_request: { description: 'open or update a pull request', permissions: { pull_requests: 'write' } },
  request_review: { description: 'request reviewers on a pull request', permissions: { pull_requests: 'write' } },
  comment: { description: 'comment on issues and pull requests', permissions: { issues: 'write' } },
  publish_artifact: { description: 'publish a package', permissions: { packages: 'write' } },
  modify_policy: {
    description: 'change the policy, CODEOWNERS or CI configuration (always high tier)',
    permissions: { contents: 'write' },
    tier: 'high',
  },
  read_secrets: {
    description: 'read repository or organisation secrets',
    permissions: {},
    refuseWith:
      'secrets are not a token permission and are never handed to an agent: pass the one value a step needs through a GitHub environment with required reviewers, or use OIDC to a cloud role',
  },
  deploy_environment: {
    description: 'deploy to an environment',
    permissions: {},
    refuseWith:
      'deployments are not a token permission: run the deploy job in a GitHub environment with required reviewers (and "prevent self-review"), authenticated by OIDC',
  },
});

/** Permissions never minted, whatever a capability or a request asks for (trust model rule 8). */
export const NEVER_MINTED = Object.freeze([
  'workflows',
  'administration',
  'secrets',
  'actions',
  'checks',
  'statuses',
  'environments',
  'deployments',
  'repository_hooks',
  'organization_administration',
  'members',
] as const);

export function isBuiltinCapability(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(BUILTIN_CAPABILITIES, name);
}

/**
 * True for a permission agent-guard never mints: the NEVER_MINTED list and every organization
 * permission (`organization_*`). Checked on every permission set before minting, whatever the table says.
 */
export function isNeverMinted(permission: string): boolean {
  return (NEVER_MINTED as readonly string[]).includes(permission) || permission.startsWith('organization_');
}
