// Input, output and state names of every action, in one place (as actions/cache does).

export const GuardDiffInputs = {
  Policy: 'policy',
  Manifest: 'manifest',
  Mode: 'mode',
  EvidencePath: 'evidence-path',
  Base: 'base',
  Head: 'head',
  RepositoryPath: 'path',
  ProtectedBranches: 'protected-branches',
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

export const RequestCapabilityInputs = {
  Capabilities: 'capabilities',
  AppId: 'app-id',
  PrivateKey: 'private-key',
  Repository: 'repository',
  Policy: 'policy',
  Manifest: 'manifest',
  EvidencePath: 'evidence-path',
  RepositoryPath: 'path',
} as const;

export const RequestCapabilityOutputs = {
  Token: 'token',
  ExpiresAt: 'expires-at',
  Permissions: 'permissions',
  EvidencePath: 'evidence-path',
} as const;

/** What main hands to post through GITHUB_STATE: the token (to revoke it), its expiry, the evidence file. Nothing else. */
export const RequestCapabilityState = {
  Token: 'token',
  ExpiresAt: 'expires-at',
  EvidencePath: 'evidence-path',
} as const;

export const ApprovalGateInputs = {
  GitHubToken: 'github-token',
  Policy: 'policy',
  Manifest: 'manifest',
  PublishStatus: 'publish-status',
  RequestReviews: 'request-reviews',
  EvidencePath: 'evidence-path',
} as const;

export const ApprovalGateOutputs = {
  Approved: 'approved',
  Decision: 'decision',
  Required: 'required',
  Tier: 'tier',
  EvidencePath: 'evidence-path',
} as const;

/** approval-gate inputs added after ApprovalGateInputs (this file is append-only). */
export const ApprovalGateTargetInputs = {
  /** Branch names (comma or newline separated) whose pull requests may publish the status; default the repository's default branch. */
  ProtectedBranches: 'protected-branches',
} as const;

/** request-capability inputs added after RequestCapabilityInputs (this file is append-only). */
export const RequestCapabilityApprovalInputs = {
  /** Token for the REST calls that verify approvals of high-tier capabilities (pull requests and reviews: read). */
  GitHubToken: 'github-token',
} as const;

/** request-capability transport and post-step inputs (this file is append-only). */
export const RequestCapabilityTransportInputs = {
  /** The proxy every API request of the step goes through (URL); default none. Proxy variables in the environment are never used. */
  Proxy: 'proxy',
  /** PEM certificates trusted besides Node's bundled roots (a TLS-inspecting proxy, GHES); CA variables in the environment are never used. */
  CaCertificates: 'ca-certificates',
  /** `false`: a token the post step cannot revoke is an error annotation, but the post step passes. Default true. */
  FailOnRevokeError: 'fail-on-revoke-error',
} as const;

/** State added after RequestCapabilityState: the transport main used (JSON), reused by post. */
export const RequestCapabilityTransportState = {
  Transport: 'transport',
} as const;

/** Signed evidence: inputs every action takes (added after the others; this file is append-only). */
export const AttestInputs = {
  /** true: sign the evidence (Sigstore) and store it as an attestation. Needs id-token: write and attestations: write. */
  Attest: 'attest',
  /** fail (default) or unsigned: what to do where signing or storing is unavailable. */
  Unavailable: 'attest-unavailable',
  /** auto, public-good, github, or fulcio=URL,tsa=URL,rekor=URL. */
  Sigstore: 'attest-sigstore',
  /** Token for POST /repos/{owner}/{repo}/attestations (default github.token). */
  GitHubToken: 'attest-github-token',
} as const;

export const AttestOutputs = {
  /** signed, unsigned or off. */
  Attestation: 'attestation',
  /** Path of the Sigstore bundle (empty when unsigned). */
  BundlePath: 'attestation-bundle',
  /** Id of the stored attestation (empty when not stored). */
  AttestationId: 'attestation-id',
} as const;

/** Evidence upload as a workflow artifact: inputs every action that writes evidence takes (append-only). */
export const UploadEvidenceInputs = {
  /** true: upload the evidence file(s) as a workflow run artifact. Default false. */
  Upload: 'upload-evidence',
  /** The artifact's name (default agent-guard-evidence, the name `agent-guard evidence download` looks for). */
  ArtifactName: 'evidence-artifact-name',
  /** Days GitHub keeps the artifact (1-90; default the repository's retention). */
  RetentionDays: 'evidence-retention-days',
} as const;

export const UploadEvidenceOutputs = {
  /** Id of the uploaded artifact (empty when not uploaded). */
  ArtifactId: 'evidence-artifact-id',
  /** sha256:<hex> of the artifact's archive, as the artifacts API lists it (empty when not uploaded). */
  ArtifactDigest: 'evidence-artifact-digest',
} as const;

/** The default artifact name; `agent-guard evidence download --artifact-name` defaults to the same. */
export const DEFAULT_EVIDENCE_ARTIFACT_NAME = 'agent-guard-evidence';
