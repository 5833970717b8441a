// Stores a Sigstore bundle as an artifact attestation of the repository (POST .../attestations), where
// `gh attestation verify` and the attestations UI find it. A 403 or 404 means the repository cannot
// have attestations (a private repository without the plan for it, GitHub Enterprise Server) or the
// token lacks `attestations: write`: reported as unavailable, so the caller applies the user's choice.

import { oneLine } from '../core/text.js';

export interface AttestationsClient {
  request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown }>;
}

export class AttestationsUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'AttestationsUnavailableError';
  }
}

/** Returns the attestation id. Throws AttestationsUnavailableError on 403/404, Error otherwise. */
export async function storeAttestation(client: AttestationsClient, repository: string, bundle: Record<string, unknown>): Promise<string> {
  const m = /^([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100})$/.exec(repository);
  if (!m) throw new AttestationsUnavailableError(`the repository ${JSON.stringify(oneLine(repository).slice(0, 200))} is not OWNER/NAME`);
  let res;
  try {
    res = await client.request('POST /repos/{owner}/{repo}/attestations', { owner: m[1], repo: m[2], bundle });
  } catch (err) {
    const status = (err as { status?: unknown }).status;
    const text = oneLine(err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)).slice(0, 200);
    if (status === 403 || status === 404) {
      throw new AttestationsUnavailableError(
        `the attestations API answered ${status} (${text}): attestations need a public repository or a plan that has them on private ones, GitHub.com or GHE.com (not GitHub Enterprise Server), and a token with \`attestations: write\``,
        { cause: err },
      );
    }
    throw new Error(`the attestations API failed${typeof status === 'number' ? ` with ${status}` : ''}: ${text}`, { cause: err });
  }
  const id = (res.data as { id?: unknown } | null)?.id;
  if (typeof id !== 'number' && typeof id !== 'string') throw new Error('the attestations API answered without an id');
  return String(id);
}
