// The in-toto statement that signs an evidence document: subjects are the document's own bytes (sha256)
// and the head commit it judged; the predicate is a verification summary read back from the document
// (what was decided, on which inputs, who approved which commit, which credentials were minted: never a
// token). Pure: the caller hands in the exact bytes that were written, so the digest is of the file.

import { sha256 } from '../digest.js';
import { isObj, obj, own, str } from '../json.js';
import { isSha } from '../sha.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const PREDICATE_TYPE = 'https://agent-guard.dev/verification-summary/v1';
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface Subject {
  name: string;
  digest: Record<string, string>;
}

export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: typeof PREDICATE_TYPE;
  predicate: VerificationSummary;
}

export interface VerificationSummary {
  verifier: { id: 'agent-guard' };
  action: string;
  time_verified: string | null;
  repository: string | null;
  run: { id: string | null; attempt: string | null; workflow: string | null; job: string | null; event: string | null; ref: string | null };
  evidence: { name: string; sha256: string; version: string | null };
  policy: { source: string | null; sha256: string | null; baseline: boolean | null } | null;
  manifest: { source: string | null; sha256: string | null } | null;
  base: string | null;
  head: string | null;
  verdict: string | null;
  tier: string | null;
  approvals: { counted: Array<{ login: string; commit_id: string | null }>; required: number | null } | null;
  credentials: Array<{ permissions: Record<string, string>; issued_at: string | null; expires_at: string | null; revoked_at: string | null }>;
}

export class StatementError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StatementError';
  }
}

const strOrNull = (v: unknown): string | null => str(v) ?? null;
const arr = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);

/** The statement for an evidence document: `bytes` exactly as written, `name` its file name. */
export function evidenceStatement(bytes: Uint8Array, name: string): Statement {
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new StatementError(`${name}: the evidence is not JSON`);
  }
  if (!isObj(doc)) throw new StatementError(`${name}: the evidence is not a JSON object`);
  const digest = sha256(bytes);
  const head = strOrNull(own(doc, 'head'));
  const subject: Subject[] = [{ name, digest: { sha256: digest } }];
  const repository = strOrNull(own(obj(own(doc, 'job')), 'repository'));
  // The commit is a second subject, so `gh attestation verify` and a search by commit both find it.
  if (head !== null && isSha(head)) subject.push({ name: repository ? `git+https://github.com/${repository}@${head}` : `git+${head}`, digest: { gitCommit: head } });
  return { _type: STATEMENT_TYPE, subject, predicateType: PREDICATE_TYPE, predicate: summarize(doc, name, digest) };
}

function summarize(doc: Record<string, unknown>, name: string, digest: string): VerificationSummary {
  const job = obj(own(doc, 'job'));
  const policy = own(doc, 'policy');
  const manifest = own(doc, 'manifest');
  return {
    verifier: { id: 'agent-guard' },
    action: str(own(doc, 'action')) ?? 'unknown',
    time_verified: strOrNull(own(obj(own(doc, 'timings')), 'finished_at')),
    repository: strOrNull(own(job, 'repository')) ?? strOrNull(own(doc, 'repository')),
    run: {
      id: strOrNull(own(job, 'run_id')),
      attempt: strOrNull(own(job, 'run_attempt')),
      workflow: strOrNull(own(job, 'workflow')),
      job: strOrNull(own(job, 'job')),
      event: strOrNull(own(job, 'event')),
      ref: strOrNull(own(job, 'ref')),
    },
    evidence: { name, sha256: digest, version: strOrNull(own(doc, 'version')) },
    policy: isObj(policy) ? { source: strOrNull(own(policy, 'source')), sha256: strOrNull(own(policy, 'sha256')), baseline: typeof own(policy, 'baseline') === 'boolean' ? (own(policy, 'baseline') as boolean) : null } : typeof policy === 'string' ? { source: policy, sha256: null, baseline: null } : null,
    manifest: isObj(manifest) ? { source: strOrNull(own(manifest, 'source')), sha256: strOrNull(own(manifest, 'sha256')) } : typeof manifest === 'string' ? { source: manifest, sha256: null } : null,
    base: strOrNull(own(doc, 'base')),
    head: strOrNull(own(doc, 'head')),
    // guard-diff and request-capability say `verdict`, the gate `decision`.
    verdict: strOrNull(own(doc, 'verdict')) ?? strOrNull(own(doc, 'decision')),
    tier: strOrNull(own(doc, 'tier')),
    approvals: approvalsOf(own(doc, 'approvals')),
    credentials: (arr(own(doc, 'credentials')) ?? []).filter(isObj).map((c) => ({
      permissions: permissionsOf(own(c, 'permissions')),
      issued_at: strOrNull(own(c, 'issued_at')),
      expires_at: strOrNull(own(c, 'expires_at')),
      revoked_at: strOrNull(own(c, 'revoked_at')),
    })),
  };
}

/** The gate's `counted` list (login, commit_id), or request-capability's approvers bound to one head. */
function approvalsOf(a: unknown): VerificationSummary['approvals'] {
  if (!isObj(a)) return null;
  const counted = arr(own(a, 'counted'));
  if (counted) {
    const required = own(a, 'required');
    return {
      counted: counted.filter(isObj).flatMap((c) => (str(own(c, 'login')) ? [{ login: str(own(c, 'login')) as string, commit_id: strOrNull(own(c, 'commit_id')) }] : [])),
      required: typeof required === 'number' ? required : null,
    };
  }
  const approvers = arr(own(a, 'approvers'));
  if (approvers) {
    const commit = strOrNull(own(a, 'headSha'));
    return { counted: approvers.flatMap((l) => (typeof l === 'string' ? [{ login: l, commit_id: commit }] : [])), required: null };
  }
  return null;
}

/** Permission names and levels only: a credential's value is never in evidence, and never read here. */
function permissionsOf(p: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObj(p)) return out;
  for (const [k, v] of Object.entries(p)) if (typeof v === 'string' && /^[a-z_]{1,64}$/.test(k) && /^(read|write|admin)$/.test(v)) out[k] = v;
  return out;
}
