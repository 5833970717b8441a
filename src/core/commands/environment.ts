// The environment a command runs with: an allow-list, never the parent's whole environment. A
// process gets what it needs to find programs, a home, a locale and a temporary directory, and the
// variables the granted capabilities name; tokens, keys and runner credentials stay behind.

/** Variables passed when the parent has them. None of them authenticates anything. */
export const BASE_VARIABLES: readonly string[] = Object.freeze([
  'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LANGUAGE', 'LC_ALL', 'LC_CTYPE', 'LC_COLLATE', 'LC_MESSAGES',
  'LC_MONETARY', 'LC_NUMERIC', 'LC_TIME', 'TERM', 'TZ', 'TMPDIR', 'TMP', 'TEMP', 'CI', 'NO_COLOR', 'FORCE_COLOR',
  // Windows needs these to start most programs at all.
  'SystemRoot', 'SYSTEMROOT', 'ComSpec', 'COMSPEC', 'PATHEXT', 'WINDIR', 'windir',
]);

export interface ChildEnvironment {
  env: Record<string, string>;
  /** Names passed, sorted. */
  passed: string[];
  /**
   * Values that must never appear in anything kept: those of the granted variables, and the
   * token-shaped values of every variable held back.
   */
  secrets: string[];
}

/** The child's environment from the parent's and the variables the granted capabilities name. */
export function childEnvironment(parent: Readonly<Record<string, string | undefined>>, granted: readonly string[]): ChildEnvironment {
  const allowed = new Set([...BASE_VARIABLES, ...granted]);
  const env: Record<string, string> = {};
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined) continue;
    if (allowed.has(name)) {
      env[name] = value;
      if (granted.includes(name) && !BASE_VARIABLES.includes(name)) secrets.push(value);
    } else if (looksLikeSecret(value)) {
      secrets.push(value);
    }
  }
  return { env, passed: Object.keys(env).sort(), secrets };
}

/** 16 or more printable characters, no blanks, not an absolute path: could be a token. */
function looksLikeSecret(value: string): boolean {
  return /^[\x21-\x7e]{16,}$/.test(value) && !value.startsWith('/');
}
