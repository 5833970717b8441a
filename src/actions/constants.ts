// Input, output and state names of every action, in one place (as actions/cache does).

export const GuardDiffInputs = {
  Policy: 'policy',
  Manifest: 'manifest',
  Mode: 'mode',
  EvidencePath: 'evidence-path',
  Base: 'base',
  Head: 'head',
  RepositoryPath: 'path',
} as const;

export const GuardDiffOutputs = {
  Verdict: 'verdict',
  Tier: 'tier',
  RequiredCapabilities: 'required-capabilities',
  UnusedCapabilities: 'unused-capabilities',
  EvidencePath: 'evidence-path',
  AllowedEndpoints: 'allowed-endpoints',
} as const;

export const Modes = ['enforce', 'audit'] as const;
export type Mode = (typeof Modes)[number];
