// GitHub identities: login comparison, the policy's agent login patterns, and the one place that
// decides whether an account is an agent (trust model rule 7). Pure.
//
// Agent login patterns (`policy.agents`) are NOT path globs: `*` is the only wildcard (any run of
// characters, including none); every other character, `[`, `]`, `?`, `{` included, is literal, so
// `*[bot]` means "ends with [bot]". GitHub logins are case-insensitive, so matching is too.

/** Longest login or pattern we look at. GitHub logins are at most 39 characters; anything far longer is hostile. */
const MAX_LOGIN_LENGTH = 256;

/** Case-fold a login for comparison. Logins are ASCII; `toLowerCase` without a locale is exact for them. */
export function foldLogin(login: string): string {
  return login.toLowerCase();
}

/** Same GitHub account by login (case-insensitive, as GitHub logins are). Empty logins never match. */
export function sameLogin(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return foldLogin(a) === foldLogin(b);
}

/**
 * Does `login` match the agent pattern? `*` matches any run of characters; everything else is literal;
 * case-insensitive. No regular expression is built from the pattern. The pattern is split on `*` into
 * literal pieces: the first must be a prefix, the last a suffix, and the middle ones are found left to
 * right, each at its leftmost position after the previous one (leftmost placement is optimal for
 * `*`-only patterns, so there is no backtracking): one pass over the login.
 */
export function loginMatches(pattern: string, login: string): boolean {
  if (typeof pattern !== 'string' || typeof login !== 'string') return false;
  if (pattern.length === 0 || login.length === 0) return false;
  if (pattern.length > MAX_LOGIN_LENGTH || login.length > MAX_LOGIN_LENGTH) return false;
  const p = foldLogin(pattern);
  const s = foldLogin(login);
  const pieces = p.split('*');
  if (pieces.length === 1) return p === s;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (first.length + last.length > s.length) return false;
  if (!s.startsWith(first) || !s.endsWith(last)) return false;
  let pos = first.length;
  const end = s.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!;
    if (piece.length === 0) continue;
    const at = s.indexOf(piece, pos);
    if (at < 0 || at + piece.length > end) return false;
    pos = at + piece.length;
  }
  return true;
}

/**
 * Agent and automation accounts known without any policy, in lower case. Apps normally appear as
 * `<slug>[bot]` (caught by the suffix rule) but some appear without it (`Copilot`), and a few
 * automation names are worth refusing even as plain user accounts.
 */
export const KNOWN_AGENT_LOGINS: readonly string[] = Object.freeze([
  'copilot',
  'copilot-swe-agent',
  'copilot-pull-request-reviewer',
  'github-actions',
  'github-advanced-security',
  'dependabot',
  'dependabot-preview',
  'renovate',
  'renovate-bot',
  'devin-ai-integration',
  'coderabbitai',
]);

export interface IdentityRef {
  login: string;
  /** The REST `user.type`: 'User', 'Bot', 'Organization', 'Mannequin', ... */
  type?: string | null;
}

/**
 * Why this account is not a human who can approve, or null when nothing marks it as an agent.
 * Checks, in order: `type` other than `User` (Bot, Organization, Mannequin, ...), a `[bot]` suffix,
 * `Copilot` in any case, the built-in list (with or without `[bot]`), and the policy's agent patterns.
 * An empty login is refused.
 */
export function isAgentIdentity(user: IdentityRef, agentPatterns: readonly string[] = []): string | null {
  const login = typeof user.login === 'string' ? user.login : '';
  if (login.length === 0) return 'the account has no login';
  const type = user.type;
  if (type !== undefined && type !== null) {
    if (type === 'Bot') return `${login} is a bot account (type Bot: an app or automation)`;
    if (type === 'Organization') return `${login} is an organization, not a person`;
    if (type !== 'User') return `${login} has account type ${JSON.stringify(type)}, not User`;
  }
  const folded = foldLogin(login);
  if (folded.endsWith('[bot]')) return `${login} is an app account ([bot] suffix)`;
  if (folded === 'copilot') return `${login} is GitHub Copilot`;
  // (`name[bot]` forms of the built-in list are already caught by the suffix rule.)
  if (KNOWN_AGENT_LOGINS.includes(folded)) return `${login} is a known agent or automation account`;
  for (const pattern of agentPatterns) {
    if (loginMatches(pattern, login)) return `${login} matches the policy's agent pattern ${JSON.stringify(pattern)}`;
  }
  return null;
}
