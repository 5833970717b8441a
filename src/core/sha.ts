// Commit ids: SHA-1 (40 hex digits) or SHA-256 (64) object names, as git and GitHub write them.

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const SHA_ANY_CASE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/** A full object name in lower case. */
export function isSha(text: unknown): text is string {
  return typeof text === 'string' && SHA.test(text);
}

/** A full object name in either case (GitHub answers in lower case; people paste either). */
export function isShaAnyCase(text: unknown): text is string {
  return typeof text === 'string' && SHA_ANY_CASE.test(text);
}

/** Both are known and name the same object. */
export function sameSha(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

/** The 12-digit form used in messages and summaries. */
export function shortSha(sha: string): string {
  return sha.slice(0, 12);
}
