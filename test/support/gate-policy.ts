// The policy the approval-gate tests of one agent share: agents are bots, everything is high, the agent
// may write src/** on agent/* branches of acme/widgets, and a high change needs one approval.

/** That policy; `approvalsExtra` is added inside `high: { count: 1… }` (e.g. `, unlinked_commits: deny`). */
export function agentGatePolicy(approvalsExtra = ''): string {
  return `version: 1
agents: ["*[bot]"]
default_tier: high
capabilities:
  write_branch: { paths: ["src/**"] }
subjects:
  "coding-agent:pull-request":
    capabilities: [read_repository, write_branch, open_pull_request]
    branches: ["agent/*"]
    repositories: ["acme/widgets"]
approvals:
  high: { count: 1${approvalsExtra} }
`;
}
