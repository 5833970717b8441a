// Signing against a loopback Fulcio and timestamp authority (@sigstore/mock), then verifying the bundle
// offline against the trusted root of that instance: the signer identity comes from the OIDC claims,
// and a bundle checked against another instance's root, or with its payload changed, fails.

import { evidenceStatement, INTOTO_PAYLOAD_TYPE } from '../../src/core/attestation/statement.js';
import { actionsIdentity, signDsse, signingEndpoints, SigningConfigError, SigningUnavailableError } from '../../src/adapters/sigstore-sign.js';
import { BundleVerificationError, parseTrustedRoot, verifyDsseBundle } from '../../src/adapters/sigstore-verify.js';
import { startSigstore, type SigstoreServer } from '../support/sigstore-server.js';

let sigstore: SigstoreServer;
let other: SigstoreServer;
const HEAD = 'b'.repeat(40);
const evidence = Buffer.from(`${JSON.stringify({ version: 'agent-guard.evidence/v1', action: 'guard-diff', job: { repository: 'acme/api' }, head: HEAD, verdict: 'allow', tier: 'low' }, null, 2)}\n`);

beforeAll(async () => {
  sigstore = await startSigstore({ repository: 'acme/api', workflowPath: '.github/workflows/agent.yml' });
  other = await startSigstore({ repository: 'acme/api' });
});
afterAll(async () => {
  await sigstore.close();
  await other.close();
});

const endpointsOf = (s: SigstoreServer) => signingEndpoints(`fulcio=${s.fulcioURL},tsa=${s.tsaURL}`, 'https://github.com', null);

async function sign(s: SigstoreServer) {
  const statement = Buffer.from(JSON.stringify(evidenceStatement(evidence, 'guard-diff-evidence.json')));
  return signDsse(statement, INTOTO_PAYLOAD_TYPE, { endpoints: endpointsOf(s), identity: actionsIdentity(s.oidcEnv), retries: 0 });
}

describe('sigstore signing and offline verification', () => {
  it('signs with the job identity and verifies against the instance trusted root', async () => {
    const bundle = await sign(sigstore);
    expect(sigstore.requests).toEqual(expect.arrayContaining(['GET /oidc/token', 'POST /api/v2/signingCert', 'POST /api/v1/timestamp']));
    const verified = verifyDsseBundle(bundle, parseTrustedRoot(sigstore.trustedRoot));
    expect(verified.payloadType).toBe(INTOTO_PAYLOAD_TYPE);
    expect(JSON.parse(verified.payload.toString('utf8')).subject[1]).toEqual({ name: `git+https://github.com/acme/api@${HEAD}`, digest: { gitCommit: HEAD } });
    expect(verified.signer.subjectAlternativeName).toBe('https://github.com/acme/api/.github/workflows/agent.yml@refs/heads/main');
    expect(verified.signer.sourceRepositoryURI).toBe('https://github.com/acme/api');
    expect(verified.signer.buildConfigURI).toBe('https://github.com/acme/api/.github/workflows/agent.yml@refs/heads/main');
    expect(verified.signer.issuer).toBe('https://token.actions.githubusercontent.com');
  });

  it('refuses a bundle from another Sigstore instance', async () => {
    const bundle = await sign(other);
    expect(() => verifyDsseBundle(bundle, parseTrustedRoot(sigstore.trustedRoot))).toThrow(BundleVerificationError);
  });

  it('refuses a bundle whose payload was changed after signing', async () => {
    const bundle = (await sign(sigstore)) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    statement.predicate.verdict = 'deny';
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    expect(() => verifyDsseBundle(bundle, parseTrustedRoot(sigstore.trustedRoot))).toThrow(/does not verify/);
  });

  it('says why signing is unavailable without an OIDC token', async () => {
    await expect(actionsIdentity({}).getToken()).rejects.toThrow(/id-token: write/);
    await expect(signDsse(Buffer.from('{}'), INTOTO_PAYLOAD_TYPE, { endpoints: endpointsOf(sigstore), identity: actionsIdentity({}), retries: 0 })).rejects.toThrow(SigningUnavailableError);
  });

  it('chooses the instance as @actions/attest does, and refuses GitHub Enterprise Server and plain http', () => {
    expect(signingEndpoints('auto', 'https://github.com', 'public')).toEqual({ instance: 'public-good', fulcioURL: 'https://fulcio.sigstore.dev', rekorURL: 'https://rekor.sigstore.dev' });
    expect(signingEndpoints('auto', 'https://github.com', 'private')).toEqual({ instance: 'github', fulcioURL: 'https://fulcio.githubapp.com', tsaURL: 'https://timestamp.githubapp.com' });
    expect(signingEndpoints('github', 'https://octo.ghe.com', null).fulcioURL).toBe('https://fulcio.octo.ghe.com');
    expect(() => signingEndpoints('auto', 'https://ghes.example.com', 'private')).toThrow(SigningUnavailableError);
    expect(() => signingEndpoints('fulcio=http://fulcio.example.com,tsa=https://t.example.com', '', null)).toThrow(SigningConfigError);
    expect(() => signingEndpoints('fulcio=https://f.example.com', '', null)).toThrow(/timestamp/);
    expect(() => signingEndpoints('sigstore', '', null)).toThrow(SigningConfigError);
  });
});
