// The command decision: a parsed command line (or an argv) against the commands the task's granted
// capabilities allow. Pure: `exec`, `hook` and a self-test call the same two functions with the same
// scope and get the same answer, with the rule that decided.

import { checkManifestAgainstPolicy, grantedCapabilities, type Manifest } from '../manifest.js';
import type { Policy } from '../policy.js';
import { allowList, wrappers } from '../rules/commands/index.js';
import { quoteValue } from '../text.js';
import { formatPattern, matchPattern, type ArgvPattern } from './patterns.js';
import { parseCommandLine } from './shell.js';
import { isCodeOption, programName, wrapperUse } from './wrappers.js';

export interface CommandGrant {
  capability: string;
  pattern: ArgvPattern;
}

export interface CommandScope {
  /** Patterns of the capabilities the task is granted, in policy order. */
  granted: readonly CommandGrant[];
  /** Patterns of the policy's capabilities the task is not granted: named in a denial, never allowed. */
  withheld: readonly CommandGrant[];
  /** Environment variables the granted capabilities pass to the commands they allow. */
  env: readonly string[];
  /** Why the task grants nothing at all (no manifest, or one the policy refuses), when so. */
  noTask?: string;
}

export interface CommandDecision {
  decision: 'allow' | 'deny';
  /** The rule that decided (`commands/...`). */
  rule: string;
  /** `allowed`, or the rule's denial code. */
  code: string;
  message: string;
  /** The argv, once the command line was reduced to one. */
  argv?: string[];
  capability?: string;
  pattern?: string[];
}

/**
 * What the task may run: the commands of its granted capabilities, or nothing with the reason. The
 * repository and branch the commands run in are checked against the manifest when the caller knows them.
 */
export function commandScope(policy: Policy, manifest: Manifest | null, opts: { now?: Date; repository?: string; branch?: string } = {}): CommandScope {
  const all: CommandGrant[] = [];
  for (const def of Object.values(policy.capabilities)) for (const pattern of def.commands) all.push({ capability: def.name, pattern });
  if (!manifest) return { granted: [], withheld: all, env: [], noTask: 'no task manifest was given, so no capability is granted' };
  // Expiry is always checked: a caller that names no time gets the current one.
  const problems = checkManifestAgainstPolicy(manifest, policy, {
    now: opts.now ?? new Date(),
    ...(opts.repository !== undefined ? { repository: opts.repository } : {}),
    ...(opts.branch !== undefined ? { branch: opts.branch } : {}),
  });
  if (problems.length > 0) {
    const list = problems.slice(0, 5).map((p) => `${p.code}: ${p.message}`).join('; ');
    return { granted: [], withheld: all, env: [], noTask: `the task manifest is not within the policy, so it grants nothing (${list})` };
  }
  const granted = new Set(grantedCapabilities(manifest, policy));
  const env = new Set<string>();
  for (const name of granted) for (const v of Object.hasOwn(policy.capabilities, name) ? policy.capabilities[name]!.env : []) env.add(v);
  return {
    granted: all.filter((g) => granted.has(g.capability)),
    withheld: all.filter((g) => !granted.has(g.capability)),
    env: [...env].sort(),
  };
}

/** Decide a command line as a shell would run it (the hook's input). */
export function decideCommandLine(line: string, scope: CommandScope): CommandDecision {
  const parsed = parseCommandLine(line);
  if (!parsed.ok) return { decision: 'deny', ...parsed.denial };
  return decideArgv(parsed.argv, scope);
}

/** Decide an argv (what `exec` runs, or what a parsed command line reduced to). */
export function decideArgv(argv: readonly string[], scope: CommandScope): CommandDecision {
  const shown = quoteValue(argv.join(' '));
  const base = { argv: [...argv] };
  if (argv.length === 0) return { decision: 'deny', rule: allowList.id, code: 'command_not_granted', message: 'no command was given', ...base };
  let wrapperRefusal: string | null = null;
  for (const grant of scope.granted) {
    const m = matchPattern(grant.pattern, argv);
    if (!m) continue;
    const option = m.wildcardArgs.map((i) => argv[i]!).find((a) => isCodeOption(argv[0]!, a));
    if (option !== undefined) {
      wrapperRefusal ??= `${quoteValue(option)} makes ${programName(argv[0]!)} run other code, and the pattern ${quoteValue(formatPattern(grant.pattern))} of ${grant.capability} only admits it through *`;
      continue;
    }
    return {
      decision: 'allow',
      rule: allowList.id,
      code: 'allowed',
      message: `${shown} is allowed by ${grant.capability} (${formatPattern(grant.pattern)})`,
      capability: grant.capability,
      pattern: [...grant.pattern],
      ...base,
    };
  }
  if (wrapperRefusal) return { decision: 'deny', rule: wrappers.id, code: 'command_wrapper_option', message: `${shown} is denied: ${wrapperRefusal}`, ...base };
  if (scope.noTask) return { decision: 'deny', rule: allowList.id, code: 'command_no_task', message: `${shown} is denied: ${scope.noTask}`, ...base };
  const withheld = scope.withheld.find((g) => matchPattern(g.pattern, argv) !== null);
  if (withheld) {
    return {
      decision: 'deny',
      rule: allowList.id,
      code: 'command_capability_not_granted',
      message: `${shown} is denied: it needs capability ${withheld.capability}, which this task is not granted`,
      ...base,
    };
  }
  const use = wrapperUse(argv);
  if (use) {
    return { decision: 'deny', rule: wrappers.id, code: 'command_wrapper', message: `${shown} is denied: ${use}, and no granted pattern names this use of it${grantedSummary(scope)}`, ...base };
  }
  return { decision: 'deny', rule: allowList.id, code: 'command_not_granted', message: `${shown} is denied: no granted capability allows it${grantedSummary(scope)}`, ...base };
}

function grantedSummary(scope: CommandScope): string {
  if (scope.granted.length === 0) return ' (the granted capabilities allow no commands)';
  const shown = scope.granted.slice(0, 12).map((g) => formatPattern(g.pattern));
  return ` (allowed: ${shown.join('; ')}${scope.granted.length > shown.length ? '; ...' : ''})`;
}
