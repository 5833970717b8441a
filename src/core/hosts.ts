// Network hosts in policy and manifest allow lists: exact hostnames, or `*.example.com` for any
// subdomain (never the apex itself, never a bare `*`). Compared case-insensitively.

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Why a host entry is invalid, or null when it is fine. */
export function hostProblem(entry: string): string | null {
  const host = entry.toLowerCase();
  const body = host.startsWith('*.') ? host.slice(2) : host;
  if (body.includes('*')) return 'a wildcard is only allowed as a leading "*." label';
  const labels = body.split('.');
  if (labels.length < 1 || labels.some((l) => !LABEL.test(l))) return 'not a valid hostname';
  if (host.startsWith('*.') && labels.length < 2) return 'a wildcard must cover a domain with at least two labels ("*.example.com")';
  if (body.length > 253) return 'hostname is too long';
  return null;
}

/**
 * Does an allow-list entry cover a concrete host? The host must itself be a plain hostname (LDH labels):
 * anything else (`%23`, a backslash, `@`, an IPv6 literal) is covered by nothing, so that a wildcard
 * `*.example.com` never matches `evil.example%23.example.com`, which a fetcher may read differently.
 */
export function hostMatches(entry: string, host: string): boolean {
  const e = entry.toLowerCase();
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h.length > 253 || !h.split('.').every((l) => LABEL.test(l))) return false;
  if (e.startsWith('*.')) return h.endsWith(e.slice(1)) && h.length > e.length - 1;
  return e === h;
}

/** Is the host covered by any entry of the list? */
export function hostAllowed(list: readonly string[], host: string): boolean {
  return list.some((e) => hostMatches(e, host));
}
