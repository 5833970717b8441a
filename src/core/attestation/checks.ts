// What a verified signature must also say before the evidence is trusted: the signed statement is ours
// and names this file's digest and its head commit; the signer is the expected workflow of the
// expected repository, issued by the Actions OIDC issuer. Pure: each check returns the mismatches, each
// naming what was expected and what was found.

import { sha256 } from '../digest.js';
import { isObj, obj, own, str } from '../json.js';
import { quoteValue } from '../text.js';
import { INTOTO_PAYLOAD_TYPE, PREDICATE_TYPE, STATEMENT_TYPE } from './statement.js';

export const ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** The signer as its Fulcio certificate names it (see adapters/sigstore-verify). */
export interface SignerFacts {
  subjectAlternativeName: string | null;
  issuer: string | null;
  sourceRepositoryURI: string | null;
  buildConfigURI: string | null;
  sourceRepositoryDigest: string | null;
}

export interface ExpectedSigner {
  /** OWNER/NAME. */
  repository: string;
  /** A workflow path in that repository (.github/workflows/x.yml), or null for any. */
  workflow: string | null;
  serverUrl: string;
  issuer: string;
}

const q = (v: unknown) => (v === null || v === undefined ? 'nothing' : quoteValue(v));

/** The statement the bundle signed, checked against the evidence file's exact bytes. */
export function statementProblems(payloadType: string, payload: Buffer, evidenceBytes: Uint8Array, evidenceName: string): { problems: string[]; statement: Record<string, unknown> | null } {
  const problems: string[] = [];
  if (payloadType !== INTOTO_PAYLOAD_TYPE) problems.push(`the signed payload type is ${q(payloadType)}, not ${INTOTO_PAYLOAD_TYPE}`);
  let statement: unknown;
  try {
    statement = JSON.parse(payload.toString('utf8'));
  } catch {
    return { problems: [...problems, 'the signed payload is not JSON'], statement: null };
  }
  if (!isObj(statement)) return { problems: [...problems, 'the signed payload is not a JSON object'], statement: null };
  if (own(statement, '_type') !== STATEMENT_TYPE) problems.push(`the statement type is ${q(own(statement, '_type'))}, not ${STATEMENT_TYPE}`);
  if (own(statement, 'predicateType') !== PREDICATE_TYPE) problems.push(`the predicate type is ${q(own(statement, 'predicateType'))}, not ${PREDICATE_TYPE}`);
  const subjects = Array.isArray(own(statement, 'subject')) ? (own(statement, 'subject') as unknown[]).filter(isObj) : [];
  const signedDigests = subjects.map((s) => str(own(obj(own(s, 'digest')), 'sha256'))).filter((d): d is string => d !== undefined);
  const digest = sha256(evidenceBytes);
  if (!signedDigests.includes(digest)) {
    problems.push(`${evidenceName} has sha256 ${digest}, but the signature is over ${signedDigests.length ? signedDigests.join(', ') : 'no sha256 subject'}: the evidence file is not the one that was signed`);
  }
  let doc: unknown = null;
  try {
    doc = JSON.parse(Buffer.from(evidenceBytes).toString('utf8'));
  } catch {
    problems.push(`${evidenceName} is not JSON`);
  }
  const head = str(own(obj(doc), 'head')) ?? null;
  const commits = subjects.map((s) => str(own(obj(own(s, 'digest')), 'gitCommit'))).filter((d): d is string => d !== undefined);
  if (head && !commits.includes(head)) problems.push(`the evidence's head ${head} is not the signed commit subject (${commits.join(', ') || 'none'})`);
  const predicateHead = str(own(obj(own(statement, 'predicate')), 'head')) ?? null;
  if (head !== predicateHead) problems.push(`the signed summary's head is ${q(predicateHead)}, the evidence's ${q(head)}`);
  return { problems, statement };
}

/** The signer identity against the expected repository, workflow and issuer. */
export function signerProblems(signer: SignerFacts, expected: ExpectedSigner): string[] {
  const problems: string[] = [];
  const server = expected.serverUrl.replace(/\/+$/, '');
  const repoUrl = `${server}/${expected.repository}`;
  if (signer.issuer !== expected.issuer) problems.push(`the certificate's OIDC issuer is ${q(signer.issuer)}, not ${expected.issuer}`);
  if (signer.sourceRepositoryURI?.toLowerCase() !== repoUrl.toLowerCase()) problems.push(`the signer's source repository is ${q(signer.sourceRepositoryURI)}, not ${repoUrl}`);
  const san = signer.subjectAlternativeName;
  // A GitHub Actions SAN is the signing workflow: SERVER/OWNER/NAME/PATH@REF (a reusable workflow may
  // live in another repository; --workflow names the one that must have signed).
  if (!san || !san.startsWith(`${server}/`) || !san.includes('@')) problems.push(`the certificate's subject ${q(san)} is not a GitHub Actions workflow identity`);
  else if (expected.workflow !== null) {
    const want = /^[^/]+\/[^/]+\/\.github\//.test(expected.workflow) ? `${server}/${expected.workflow}` : `${repoUrl}/${expected.workflow.replace(/^\/+/, '')}`;
    if (san.slice(0, san.lastIndexOf('@')).toLowerCase() !== want.toLowerCase()) problems.push(`the signing workflow is ${q(san)}, not ${want}@<ref>`);
  } else if (!san.toLowerCase().startsWith(`${repoUrl.toLowerCase()}/`)) {
    problems.push(`the signing workflow ${q(san)} is not in ${repoUrl} (pass --workflow OWNER/NAME/.github/workflows/FILE to accept a reusable workflow)`);
  }
  return problems;
}
