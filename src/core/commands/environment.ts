// The environment a command runs with: the one allow-listed child environment (core/child-environment.ts)
// with what interactive tools expect besides (user, shell, terminal, CI and colour settings) and the
// variables the granted capabilities name. What is held back and looks like a token is collected, so
// the record of the command can redact it.

import { childEnvironment as allowListed } from '../child-environment.js';

/** Further names a command inherits when the parent has them. None of them authenticates anything. */
export const COMMAND_NAMES: readonly string[] = Object.freeze(['USER', 'LOGNAME', 'SHELL', 'TERM', 'LC_MONETARY', 'CI', 'NO_COLOR', 'FORCE_COLOR']);

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
export function childEnvironment(
  parent: Readonly<Record<string, string | undefined>>,
  granted: readonly string[],
  platform: string = process.platform,
): ChildEnvironment {
  const env = allowListed(parent, { inherit: COMMAND_NAMES, granted, platform });
  const grantedSet = new Set(granted);
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined) continue;
    if (Object.hasOwn(env, name)) {
      if (grantedSet.has(name)) secrets.push(value);
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
