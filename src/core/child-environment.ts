// The environment of a child process, built from an allow-list. An earlier step of the job can write
// any variable into GITHUB_ENV, and the job's own variables carry its secrets (INPUT_* values, tokens,
// the App key), so a child inherits only the few names it needs to run, plus the names its caller
// lists, plus the values its caller fixes. Everything else stays behind: GIT_* variables, proxy and CA
// settings, loader and interpreter options, and anything named like a credential.

import { quoteUntrusted } from './text.js';

export type ParentEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * What any child may inherit: PATH to find programs, HOME and the temporary directory that programs
 * expect to exist, the time zone, and the locale (a caller that parses output fixes LC_ALL instead).
 */
export const BASE_NAMES: readonly string[] = [
  'PATH',
  'HOME',
  'TMPDIR',
  'TMP',
  'TEMP',
  'TZ',
  'LANG',
  'LANGUAGE',
  'LC_ALL',
  'LC_CTYPE',
  'LC_COLLATE',
  'LC_MESSAGES',
  'LC_NUMERIC',
  'LC_TIME',
];

/** Windows starts no program reliably without these (system directory, shell, executable suffixes). */
export const WINDOWS_NAMES: readonly string[] = ['SYSTEMROOT', 'WINDIR', 'SYSTEMDRIVE', 'COMSPEC', 'PATHEXT'];

/** A directory that cannot exist (nothing can be created under /dev/null): a home with nothing in it. */
export const NO_HOME = '/dev/null/agent-guard-no-home';

/**
 * Names a caller may never ask to inherit, whatever it lists: they carry credentials, redirect a
 * child's network or trust, load code into it, or let it write the step's outputs. A second guard:
 * the boundary is the allow-list, and these only stop a listed extra from widening it.
 */
const NEVER_INHERITED: readonly RegExp[] = [
  /^INPUT_/i,
  /^ACTIONS_/i,
  /^GIT_/i,
  /TOKEN|SECRET|PASS|CREDENTIAL|PRIVATE|KEY|AUTH|COOKIE|SESSION|(?:^|_)PAT(?:_|$)/i,
  /PROXY|(?:^|_)(?:SSL|TLS|CA)(?:_|$)|CA_?CERT|CA_?BUNDLE|CAINFO|CAPATH/i,
  /^(?:LD_|DYLD_)|^NODE_OPTIONS$|^BASH_ENV$|^ENV$/i,
  /^GITHUB_(?:ENV|OUTPUT|STATE|PATH|STEP_SUMMARY)$/i,
];

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The runner's inputs, its internal tokens and the files that write the step's outputs and the job's environment. */
const RUNNER_CHANNELS: readonly RegExp[] = [/^INPUT_/i, /^ACTIONS_/i, /^GITHUB_(?:ENV|OUTPUT|STATE|PATH|STEP_SUMMARY)$/i];

/** True when `name` may never be passed to a child from the parent (see NEVER_INHERITED). */
export function neverInherited(name: string): boolean {
  return NEVER_INHERITED.some((re) => re.test(name));
}

export interface ChildEnvironmentOptions {
  /** Further names of the parent's environment this child needs (letters, digits, `_`); a name that could carry a secret is refused. */
  inherit?: readonly string[];
  /**
   * Names the policy grants by name (a capability's `env`): passed even when named like a credential,
   * since the policy, read from the base commit, is the authority that may hand a secret to a command.
   * The runner's own channels (INPUT_*, ACTIONS_*, GITHUB_ENV and friends) are never granted.
   */
  granted?: readonly string[];
  /** Values the caller fixes (from its own code, never from the parent); they replace inherited ones. */
  set?: Readonly<Record<string, string>>;
  /** Whose naming rules apply: on Windows names are case-insensitive and WINDOWS_NAMES are inherited too. */
  platform?: string;
}

/**
 * The environment for a child: from `parent`, only BASE_NAMES (and WINDOWS_NAMES on Windows) and the
 * names in `inherit`; then `set`. Throws when `inherit` names a variable that may never be inherited.
 */
export function childEnvironment(parent: ParentEnvironment, options: ChildEnvironmentOptions = {}): Record<string, string> {
  const windows = options.platform === 'win32';
  const key = (name: string): string => (windows ? name.toUpperCase() : name);
  const inherit = options.inherit ?? [];
  const granted = options.granted ?? [];
  for (const name of inherit) {
    if (!VARIABLE_NAME.test(name) || neverInherited(name)) {
      throw new Error(`Refusing to pass the variable ${quoteUntrusted(name)} to a child process: it could carry a secret or change what the child trusts`);
    }
  }
  for (const name of granted) {
    if (!VARIABLE_NAME.test(name) || RUNNER_CHANNELS.some((re) => re.test(name))) {
      throw new Error(`Refusing to grant the variable ${quoteUntrusted(name)} to a child process: it is one of the runner's own channels`);
    }
  }
  const allowed = new Set([...BASE_NAMES, ...(windows ? WINDOWS_NAMES : []), ...inherit, ...granted].map(key));
  const set = options.set ?? {};
  const fixed = new Set(Object.keys(set).map(key));
  const env: Record<string, string> = {};
  const taken = new Set<string>();
  for (const [name, value] of Object.entries(parent)) {
    const k = key(name);
    if (value === undefined || !allowed.has(k) || fixed.has(k) || taken.has(k)) continue;
    taken.add(k);
    env[name] = value;
  }
  for (const [name, value] of Object.entries(set)) env[name] = value;
  return env;
}
