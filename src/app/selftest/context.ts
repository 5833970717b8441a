// What every self-test runner shares: the user's policy and manifest (loaded with the product's
// loaders, from the files the user names), the repository and branch a task under that manifest works
// on, the agent's login, and the commands the task may run.

import { commandScope, decideArgv, type CommandScope } from '../../core/commands/decide.js';
import { WILDCARD } from '../../core/commands/patterns.js';
import { checkManifestAgainstPolicy, type Manifest } from '../../core/manifest.js';
import type { Policy } from '../../core/policy.js';
import type { Problem } from '../../core/types.js';

export interface SelftestContext {
  policy: Policy;
  policyFile: string;
  policyBytes: Buffer;
  policySha256: string;
  manifest: Manifest | null;
  manifestFile: string | null;
  manifestSha256: string | null;
  /** OWNER/NAME the task is for, within the subject's repositories. */
  repository: string;
  /** A branch the manifest's branch_pattern and the subject's branches admit. */
  branch: string;
  /** The agent's login: the subject's name before `:` (`ci-agent:pull-request` -> `ci-agent`), when there is a manifest. */
  agent: string | null;
  scope: CommandScope;
  /** A command line the task may run (from its first grant), or null when it may run none. */
  allowed: string | null;
  now: Date;
}

/** The repository, branch and allowed command a manifest implies, or the problems that keep it outside the policy. */
export function taskSetting(policy: Policy, manifest: Manifest | null, now: Date): { ok: true; value: Pick<SelftestContext, 'repository' | 'branch' | 'agent' | 'scope' | 'allowed'> } | { ok: false; problems: Problem[] } {
  const scope = commandScope(policy, manifest, { now });
  const allowed = allowedCommand(scope);
  if (!manifest) return { ok: true, value: { repository: 'selftest/repository', branch: 'agent/selftest', agent: null, scope, allowed } };
  const subject = Object.hasOwn(policy.subjects, manifest.subject) ? policy.subjects[manifest.subject]! : undefined;
  const branch = (manifest.branchPattern ?? subject?.branches[0] ?? 'agent/*').replace(/\*\*?/g, 'selftest').replace(/[?[\]{}]/g, 's');
  const candidates = [
    ...(subject?.repositories ?? []).filter((r) => /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(r)),
    manifest.repository.includes('/') ? manifest.repository : `selftest/${manifest.repository}`,
  ];
  let problems: Problem[] = [];
  for (const repository of candidates) {
    problems = checkManifestAgainstPolicy(manifest, policy, { repository, branch, now });
    if (problems.length === 0) {
      const colon = manifest.subject.indexOf(':');
      return { ok: true, value: { repository, branch, agent: colon > 0 ? manifest.subject.slice(0, colon) : manifest.subject, scope, allowed } };
    }
  }
  return { ok: false, problems };
}

/** A concrete command line for the first granted pattern the decision allows (`*` filled in). */
function allowedCommand(scope: CommandScope): string | null {
  for (const g of scope.granted) {
    const argv = g.pattern.map((w) => (w === WILDCARD ? 'selftest' : w));
    if (argv.some((w) => !/^[A-Za-z0-9_./:=@%+-]+$/.test(w))) continue; // only words a shell reads as themselves
    if (decideArgv(argv, scope).decision === 'allow') return argv.join(' ');
  }
  return null;
}

/** `{agent}`, `{allowed}`, `{branch}`, `{repository}` in scenario text; null when a placeholder has no value here. */
export function fill(text: string, ctx: Pick<SelftestContext, 'agent' | 'allowed' | 'branch' | 'repository'>, extra: Record<string, string> = {}): string | null {
  let missing = false;
  const out = text.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    const values: Record<string, string | null> = { agent: ctx.agent, allowed: ctx.allowed, branch: ctx.branch, repository: ctx.repository, ...extra };
    if (!Object.hasOwn(values, name)) return whole;
    const v = values[name];
    if (v === null || v === undefined) {
      missing = true;
      return whole;
    }
    return v;
  });
  return missing ? null : out;
}
