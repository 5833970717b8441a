import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/core/capabilities.ts
var BUILTIN_CAPABILITIES = Object.freeze({
  read_repository: { description: "read the repository contents", permissions: { contents: "read" } },
  write_branch: { description: "push commits to the task branch", permissions: { contents: "write" } },
  run_tests: {
    description: "run the test suite (results are reported by the workflow, not by an agent token)",
    permissions: {}
  },
  open_pull_request: { description: "open or update a pull request", permissions: { pull_requests: "write" } },
  request_review: { description: "request reviewers on a pull request", permissions: { pull_requests: "write" } },
  comment: { description: "comment on issues and pull requests", permissions: { issues: "write" } },
  publish_artifact: { description: "publish a package", permissions: { packages: "write" } },
  modify_policy: {
    description: "change the policy, CODEOWNERS or CI configuration (always high tier)",
    permissions: { contents: "write" },
    tier: "high"
  },
  read_secrets: {
    description: "read repository or organisation secrets",
    permissions: {},
    refuseWith: "secrets are not a token permission and are never handed to an agent: pass the one value a step needs through a GitHub environment with required reviewers, or use OIDC to a cloud role"
  },
  deploy_environment: {
    description: "deploy to an environment",
    permissions: {},
    refuseWith: 'deployments are not a token permission: run the deploy job in a GitHub environment with required reviewers (and "prevent self-review"), authenticated by OIDC'
  }
});
var NEVER_MINTED = Object.freeze([
  "workflows",
  "administration",
  "secrets",
  "actions",
  "checks",
  "statuses",
  "environments",
  "deployments",
  "repository_hooks",
  "organization_administration",
  "members"
]);
function isBuiltinCapability(name) {
  return Object.prototype.hasOwnProperty.call(BUILTIN_CAPABILITIES, name);
}
function isNeverMinted(permission) {
  return NEVER_MINTED.includes(permission) || permission.startsWith("organization_");
}

export {
  BUILTIN_CAPABILITIES,
  isBuiltinCapability,
  isNeverMinted
};
