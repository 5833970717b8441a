import { createHash } from 'node:crypto';

/** SHA-256 of exact bytes, hex. Verdicts and approvals bind to these digests (trust model rule 6). */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
