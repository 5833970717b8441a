import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/actions/constants.ts
var GuardDiffInputs = {
  Policy: "policy",
  Manifest: "manifest",
  Mode: "mode",
  EvidencePath: "evidence-path",
  Base: "base",
  Head: "head",
  RepositoryPath: "path",
  ProtectedBranches: "protected-branches"
};
var GuardDiffOutputs = {
  Verdict: "verdict",
  Tier: "tier",
  RequiredCapabilities: "required-capabilities",
  UnusedCapabilities: "unused-capabilities",
  EvidencePath: "evidence-path",
  AllowedEndpoints: "allowed-endpoints"
};
var Modes = ["enforce", "audit"];
var RequestCapabilityInputs = {
  Capabilities: "capabilities",
  AppId: "app-id",
  PrivateKey: "private-key",
  Repository: "repository",
  Policy: "policy",
  Manifest: "manifest",
  EvidencePath: "evidence-path",
  RepositoryPath: "path"
};
var RequestCapabilityOutputs = {
  Token: "token",
  ExpiresAt: "expires-at",
  Permissions: "permissions",
  EvidencePath: "evidence-path"
};
var RequestCapabilityState = {
  Token: "token",
  ExpiresAt: "expires-at",
  EvidencePath: "evidence-path"
};
var ApprovalGateInputs = {
  GitHubToken: "github-token",
  Policy: "policy",
  Manifest: "manifest",
  PublishStatus: "publish-status",
  RequestReviews: "request-reviews",
  EvidencePath: "evidence-path"
};
var ApprovalGateOutputs = {
  Approved: "approved",
  Decision: "decision",
  Required: "required",
  Tier: "tier",
  EvidencePath: "evidence-path"
};
var ApprovalGateTargetInputs = {
  /** Branch names (comma or newline separated) whose pull requests may publish the status; default the repository's default branch. */
  ProtectedBranches: "protected-branches"
};
var RequestCapabilityApprovalInputs = {
  /** Token for the REST calls that verify approvals of high-tier capabilities (pull requests and reviews: read). */
  GitHubToken: "github-token"
};
var RequestCapabilityTransportInputs = {
  /** The proxy every API request of the step goes through (URL); default none. Proxy variables in the environment are never used. */
  Proxy: "proxy",
  /** PEM certificates trusted besides Node's bundled roots (a TLS-inspecting proxy, GHES); CA variables in the environment are never used. */
  CaCertificates: "ca-certificates",
  /** `false`: a token the post step cannot revoke is an error annotation, but the post step passes. Default true. */
  FailOnRevokeError: "fail-on-revoke-error"
};
var RequestCapabilityTransportState = {
  Transport: "transport"
};
var AttestInputs = {
  /** true: sign the evidence (Sigstore) and store it as an attestation. Needs id-token: write and attestations: write. */
  Attest: "attest",
  /** fail (default) or unsigned: what to do where signing or storing is unavailable. */
  Unavailable: "attest-unavailable",
  /** auto, public-good, github, or fulcio=URL,tsa=URL,rekor=URL. */
  Sigstore: "attest-sigstore",
  /** Token for POST /repos/{owner}/{repo}/attestations (default github.token). */
  GitHubToken: "attest-github-token"
};
var AttestOutputs = {
  /** signed, unsigned or off. */
  Attestation: "attestation",
  /** Path of the Sigstore bundle (empty when unsigned). */
  BundlePath: "attestation-bundle",
  /** Id of the stored attestation (empty when not stored). */
  AttestationId: "attestation-id"
};
var UploadEvidenceInputs = {
  /** true: upload the evidence file(s) as a workflow run artifact. Default false. */
  Upload: "upload-evidence",
  /** The artifact's name (default agent-guard-evidence, the name `agent-guard evidence download` looks for). */
  ArtifactName: "evidence-artifact-name",
  /** Days GitHub keeps the artifact (1-90; default the repository's retention). */
  RetentionDays: "evidence-retention-days"
};
var UploadEvidenceOutputs = {
  /** Id of the uploaded artifact (empty when not uploaded). */
  ArtifactId: "evidence-artifact-id",
  /** sha256:<hex> of the artifact's archive, as the artifacts API lists it (empty when not uploaded). */
  ArtifactDigest: "evidence-artifact-digest"
};
var DEFAULT_EVIDENCE_ARTIFACT_NAME = "agent-guard-evidence";

// src/adapters/zip.ts
import { inflateRawSync } from "node:zlib";
var ZipError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ZipError";
  }
};
var EOCD = 101010256;
var CENTRAL = 33639248;
var LOCAL = 67324752;
var table;
function crc32(data) {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 4294967295;
  for (const b of data) crc = table[(crc ^ b) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}
function readZip(zip, limits = {}) {
  const maxEntries = limits.maxEntries ?? 1e4;
  const maxEntryBytes = limits.maxEntryBytes ?? 32 * 1024 * 1024;
  const maxTotalBytes = limits.maxTotalBytes ?? 256 * 1024 * 1024;
  const need = (offset, length, what) => {
    if (offset < 0 || offset + length > zip.length) throw new ZipError(`truncated archive: ${what} at byte ${offset} runs past its end (${zip.length} bytes)`);
  };
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === EOCD && i + 22 + zip.readUInt16LE(i + 20) === zip.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("not a ZIP archive (no end-of-central-directory record)");
  const count = zip.readUInt16LE(eocd + 10);
  const cdSize = zip.readUInt32LE(eocd + 12);
  const cdOffset = zip.readUInt32LE(eocd + 16);
  if (count === 65535 || cdOffset === 4294967295 || cdSize === 4294967295) throw new ZipError("ZIP64 archives are not read (an evidence artifact is far below 4 GiB)");
  if (zip.readUInt16LE(eocd + 4) !== 0 || zip.readUInt16LE(eocd + 8) !== count) throw new ZipError("multi-disk archives are not read");
  if (count > maxEntries) throw new ZipError(`${count} entries, more than the ${maxEntries} allowed`);
  need(cdOffset, cdSize, "the central directory");
  const entries = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    need(p, 46, `central directory entry ${i + 1}`);
    if (zip.readUInt32LE(p) !== CENTRAL) throw new ZipError(`central directory entry ${i + 1} has a bad signature`);
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressed = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    need(p + 46, nameLength + extraLength + commentLength, `the name of entry ${i + 1}`);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    const label = JSON.stringify(name.slice(0, 200));
    if (flags & 1) throw new ZipError(`entry ${label} is encrypted`);
    if (compressed === 4294967295 || size === 4294967295 || localOffset === 4294967295) throw new ZipError(`entry ${label} needs ZIP64, which is not read`);
    if (name.endsWith("/")) {
      if (size !== 0) throw new ZipError(`directory entry ${label} has content`);
      continue;
    }
    if (size > maxEntryBytes) throw new ZipError(`entry ${label} is ${size} bytes, more than the ${maxEntryBytes} allowed`);
    total += size;
    if (total > maxTotalBytes) throw new ZipError(`the entries inflate to more than the ${maxTotalBytes} bytes allowed`);
    need(localOffset, 30, `the local header of ${label}`);
    if (zip.readUInt32LE(localOffset) !== LOCAL) throw new ZipError(`the local header of ${label} has a bad signature`);
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    need(start, compressed, `the data of ${label}`);
    const raw = zip.subarray(start, start + compressed);
    let data;
    if (method === 0) {
      if (compressed !== size) throw new ZipError(`stored entry ${label} has different compressed and uncompressed sizes`);
      data = Buffer.from(raw);
    } else if (method === 8) {
      try {
        data = inflateRawSync(raw, { maxOutputLength: size + 1 });
      } catch (err) {
        throw new ZipError(`entry ${label} does not inflate: ${err.message}`);
      }
    } else {
      throw new ZipError(`entry ${label} uses compression method ${method}; only stored (0) and deflated (8) are read`);
    }
    if (data.length !== size) throw new ZipError(`entry ${label} inflates to ${data.length} bytes, not the ${size} its directory entry says`);
    if (crc32(data) !== crc) throw new ZipError(`entry ${label} fails its CRC-32 check`);
    entries.push({ name, data });
  }
  return entries;
}

export {
  ZipError,
  readZip,
  GuardDiffInputs,
  GuardDiffOutputs,
  Modes,
  RequestCapabilityInputs,
  RequestCapabilityOutputs,
  RequestCapabilityState,
  ApprovalGateInputs,
  ApprovalGateOutputs,
  ApprovalGateTargetInputs,
  RequestCapabilityApprovalInputs,
  RequestCapabilityTransportInputs,
  RequestCapabilityTransportState,
  AttestInputs,
  AttestOutputs,
  UploadEvidenceInputs,
  UploadEvidenceOutputs,
  DEFAULT_EVIDENCE_ARTIFACT_NAME
};
