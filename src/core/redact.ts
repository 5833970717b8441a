// The one redactor for everything kept: evidence, summaries, annotations, outputs other than the token,
// logs and command records. It removes (1) every secret the job holds, in each form it leaks in (raw,
// base64 and base64url, base64 of git's `x-access-token:TOKEN` basic auth, double base64 (how a compromised
// action once printed secrets past the log mask), URL-encoded, JSON-escaped, and a PEM key whole and line by line), and (2) text
// shaped like a GitHub credential whoever it belongs to: ghp_/gho_/ghu_/ghs_/ghr_ tokens (the stateless
// installation tokens too: ~520 characters with dots), github_pat_, JWTs, PEM private keys, their
// base64 forms, basic auth in URLs and Authorization values. Replacements never span a quote or a
// backslash, so a redacted JSON document stays JSON. Pure.

/** The token and the encoded forms in which it leaks; the first element is the token itself. */
export function secretForms(token: string): string[] {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  const forms = [
    token,
    b64(token),
    Buffer.from(token, 'utf8').toString('base64url'),
    b64(`x-access-token:${token}`),
    Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64url'),
    b64(b64(token)),
    encodeURIComponent(token),
    JSON.stringify(token).slice(1, -1),
  ];
  return [...new Set(forms)];
}

/** A value's characters: it stops at white space, quotes, backslashes and angle brackets (JSON and HTML stay whole). */
const V = `[^\\s"'\\\\<>]`;
const USER = `[^\\s"'\\\\<>/@:]`;
const PASSWORD = `[^\\s"'\\\\<>/@]`;
const TOKEN_VALUE = `[^\\s"'\\\\<>@]`;
/** Credential shapes, each replaced by `***` (a named group `keep` is kept in front). */
const CREDENTIAL_SHAPES: readonly RegExp[] = [
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----/g,
  // GitHub tokens: classic (36 characters after the prefix) and the stateless format (dots, dashes).
  /\bgh[pousr]_[A-Za-z0-9_.-]{8,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{8,}/g,
  // JWTs (an App's, a stateless token's body): a base64url JSON header, then a payload.
  /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*)?/g,
  // base64 of `x-access-token:...` (git's basic auth), of gh?_ tokens and of github_pat_ tokens.
  /\beC1hY2Nlc3MtdG9rZW46[A-Za-z0-9+/_-]*={0,2}/g,
  /\bZ2h[wv1zy]X[A-Za-z0-9+/_-]{12,}={0,2}/g,
  /\bZ2l0aHViX3BhdF[A-Za-z0-9+/_-]{12,}={0,2}/g,
  // Basic auth in a URL, `x-access-token:` pairs, Authorization values, Bearer/token/Basic values.
  new RegExp(`(?<keep>\\b[a-z][a-z0-9+.-]*://)${USER}+:${PASSWORD}+(?=@)`, 'gi'),
  new RegExp(`(?<keep>\\bx-access-token:)${TOKEN_VALUE}+`, 'gi'),
  new RegExp(`(?<keep>\\bauthorization\\s*[:=]\\s*(?:(?:bearer|token|basic)\\s+)?)${V}+`, 'gi'),
  new RegExp(`(?<keep>\\b(?:bearer|token|basic)\\s+)(?=${V}*\\d)${V}{16,}`, 'gi'),
];

/** Replaces text shaped like a credential with `***` (for text nobody vouches for: a server's error, a command line). */
export function redactCredentialShapes(text: string): string {
  let out = text;
  for (const re of CREDENTIAL_SHAPES) out = out.replace(re, (...args: unknown[]) => `${(args[args.length - 1] as { keep?: string } | undefined)?.keep ?? ''}***`);
  return out;
}

/** Values shorter than this are never treated as secrets (they would redact ordinary words). */
const MIN_SECRET = 8;

/** Replaces every known secret (in each form added) and every credential shape in text with `***`. */
export class Redactor {
  private readonly secrets = new Set<string>();

  /** Add values exactly as given. */
  add(...values: string[]): void {
    for (const v of values) if (v.length >= MIN_SECRET) this.secrets.add(v);
  }

  /** Add a secret in every form it leaks in (see secretForms), and each of its lines when it has several. */
  addSecret(value: string): void {
    if (value.trim().length < MIN_SECRET) return;
    this.add(...secretForms(value), ...secretForms(value.trim()));
    const lines = value.split(/\r?\n|\r|\\n/).map((l) => l.trim());
    if (lines.length > 1) for (const l of lines) if (l.length >= 16 && !l.startsWith('-----')) this.add(...secretForms(l));
  }

  redact(text: string): string {
    let out = text;
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
    return redactCredentialShapes(out);
  }
}
