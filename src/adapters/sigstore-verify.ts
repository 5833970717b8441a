// Checks a Sigstore bundle offline against a trusted root file (the JSON `gh attestation trusted-root`
// prints): the certificate chains to a CA of the root, the signature is over the DSSE payload, and a
// trusted timestamp (TSA, or a transparency log entry) shows the certificate was valid when it signed.
// Returns the payload and the signer's Fulcio identity; what that identity must be is the caller's.

import { bundleFromJSON } from '@sigstore/bundle';
import { ASN1Obj, X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { oneLine } from '../core/text.js';

/** The Fulcio certificate extensions that name a GitHub Actions signer. */
export const FULCIO_OIDS = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerURI: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  buildConfigURI: '1.3.6.1.4.1.57264.1.18',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationURI: '1.3.6.1.4.1.57264.1.21',
} as const;

export type SignerIdentity = { subjectAlternativeName: string | null } & { [K in keyof typeof FULCIO_OIDS]: string | null };

export interface VerifiedBundle {
  payload: Buffer;
  payloadType: string;
  signer: SignerIdentity;
}

export class BundleVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundleVerificationError';
  }
}

const detail = (err: unknown) => oneLine(err instanceof Error ? `${(err as { code?: string }).code ? `${(err as { code?: string }).code}: ` : ''}${err.message}` : String(err)).slice(0, 300);

/** Parses a trusted root JSON document (throws with what is wrong). */
export function parseTrustedRoot(json: unknown): TrustedRoot {
  try {
    const root = TrustedRoot.fromJSON(json);
    if (root.certificateAuthorities.length === 0) throw new Error('it lists no certificate authority');
    return root;
  } catch (err) {
    throw new BundleVerificationError(`the trusted root is not usable: ${detail(err)}`);
  }
}

/** Verifies `bundleJson` (a DSSE bundle) against `root`. Throws BundleVerificationError naming the check that failed. */
export function verifyDsseBundle(bundleJson: unknown, root: TrustedRoot): VerifiedBundle {
  let bundle;
  try {
    bundle = bundleFromJSON(bundleJson);
  } catch (err) {
    throw new BundleVerificationError(`the bundle is not a Sigstore bundle: ${detail(err)}`);
  }
  if (bundle.content.$case !== 'dsseEnvelope') throw new BundleVerificationError('the bundle does not hold a DSSE envelope (an attestation)');
  const envelope = bundle.content.dsseEnvelope;
  // A transparency log entry is required only where the root has no timestamp authority (public-good
  // without TSA); an SCT wherever the root lists CT logs. One trusted timestamp always.
  const verifier = new Verifier(toTrustMaterial(root), {
    tlogThreshold: root.tlogs.length > 0 && root.timestampAuthorities.length === 0 ? 1 : 0,
    ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
    timestampThreshold: 1,
  });
  try {
    verifier.verify(toSignedEntity(bundle));
  } catch (err) {
    throw new BundleVerificationError(`the signature bundle does not verify against the trusted root: ${detail(err)}`);
  }
  const material = bundle.verificationMaterial.content;
  const raw = material.$case === 'certificate' ? material.certificate.rawBytes : material.$case === 'x509CertificateChain' ? material.x509CertificateChain.certificates[0]?.rawBytes : undefined;
  if (!raw) throw new BundleVerificationError('the bundle carries no signing certificate (a key-signed bundle names no workflow)');
  return { payload: Buffer.from(envelope.payload), payloadType: envelope.payloadType, signer: identityOf(X509Certificate.parse(Buffer.from(raw))) };
}

function identityOf(cert: X509Certificate): SignerIdentity {
  const out = { subjectAlternativeName: cert.extSubjectAltName?.uri ?? cert.extSubjectAltName?.rfc822Name ?? null } as SignerIdentity;
  for (const [name, oid] of Object.entries(FULCIO_OIDS)) (out as Record<string, string | null>)[name] = extensionText(cert, oid);
  return out;
}

/** Fulcio's v2 extensions are DER UTF8Strings. */
function extensionText(cert: X509Certificate, oid: string): string | null {
  const ext = cert.extension(oid);
  if (!ext) return null;
  try {
    const obj = ASN1Obj.parseBuffer(Buffer.from(ext.value));
    return obj.tag.number === 12 ? obj.value.toString('utf8') : null;
  } catch {
    return null;
  }
}
