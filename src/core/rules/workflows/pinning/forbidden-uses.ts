// The policy's allow-list of actions (`workflows.allowed_uses`): owners (`owner/*`), repositories
// (`owner/repo`, any path in it) and container images (`docker://image`, or a prefix ending in `/*`).
// With the list set, every `uses:` it does not name is a finding that denies when a change introduces it:
// what the policy did not name is not trusted, however well known. Without the list the rule is silent.
// Local actions (`./path`, `$/path`) are this repository's code, reviewed in the same diff: always allowed.
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { actionName, jobLabel, stepWhere, usesSites } from '../model.js';

export const forbiddenUses = defineRule({
  id: 'workflows/forbidden-uses',
  codes: ['workflow_uses_not_allowed'],
  summary: "With the policy's workflows.allowed_uses set, a uses: names an action, reusable workflow or container image the list does not allow; its code would run with the job's token and secrets without anyone having chosen to trust its owner.",
  fix: 'Use an allowed action (or a run: step), or add its owner or repository to workflows.allowed_uses in the policy on the base branch.',
});

const OWNER = '[a-z0-9](?:[a-z0-9-]{0,38})';
const REPO = '[a-z0-9_.-]{1,100}';
const ACTION_ENTRY = new RegExp(`^${OWNER}/(?:\\*|${REPO})$`);
const IMAGE_ENTRY = /^docker:\/\/[a-z0-9][a-z0-9._/-]{0,250}(?:\/\*)?$/;

/** Why an `allowed_uses` entry is not one, or null. */
export function allowedUsesProblem(entry: string): string | null {
  if (entry !== entry.trim()) return 'has leading or trailing spaces';
  const e = entry.toLowerCase();
  if (e.startsWith('docker://')) return IMAGE_ENTRY.test(e) && !e.includes('//', 'docker://'.length) ? null : 'is not docker://image or docker://prefix/*';
  if (e.includes('@')) return 'names a ref; list owners or repositories (pinning is workflows/unpinned-uses\' concern)';
  return ACTION_ENTRY.test(e) ? null : 'is not owner/*, owner/repo or docker://image';
}

/** A docker:// reference without its tag or digest, lower case. */
function imageName(uses: string): string {
  let ref = uses.trim().toLowerCase();
  const at = ref.indexOf('@');
  if (at >= 0) ref = ref.slice(0, at);
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/') && colon > 'docker:'.length) ref = ref.slice(0, colon);
  return ref;
}

/** The entry that allows a (non-local) `uses:`, or undefined. */
export function allowingEntry(uses: string, allowed: readonly string[]): string | undefined {
  const u = uses.trim().toLowerCase();
  if (u.startsWith('docker://')) {
    const image = imageName(u);
    return allowed.find((a) => {
      const e = a.trim().toLowerCase();
      return e.endsWith('/*') ? image.startsWith(e.slice(0, -1)) : image === e;
    });
  }
  const at = u.lastIndexOf('@');
  const path = (at < 0 ? u : u.slice(0, at)).split('/');
  const [owner, repo] = path;
  if (owner === undefined || repo === undefined || owner === '' || repo === '') return undefined;
  return allowed.find((a) => {
    const e = a.trim().toLowerCase();
    if (e.startsWith('docker://')) return false;
    const [eo, er] = e.split('/');
    return eo === owner && (er === '*' || er === repo);
  });
}

export const forbiddenUsesCheck: WorkflowCheck = {
  rule: forbiddenUses,
  facts({ m, emit, policy }) {
    const allowed = policy.allowedUses;
    if (allowed === undefined || m.kind === 'dependabot') return;
    for (const { job, step, uses } of usesSites(m)) {
      const u = uses.trim();
      if (u.startsWith('./') || u.startsWith('$/')) continue;
      if (allowingEntry(u, allowed) !== undefined) continue;
      const where = step === undefined ? `${jobLabel(m, job)} calls` : `${stepWhere(m, job, step)} uses`;
      const list = allowed.length === 0 ? 'which allows nothing but local actions' : `which allows ${allowed.slice(0, 8).map((a) => quoteValue(a)).join(', ')}${allowed.length > 8 ? ` and ${allowed.length - 8} more` : ''}`;
      // Keyed by what runs, not its ref: a version bump of an action already there introduces nothing.
      const detail = u.toLowerCase().startsWith('docker://') ? imageName(u) : actionName(u);
      emit(forbiddenUses, 'workflow_uses_not_allowed', `${where} ${quoteValue(u)}, which the policy's workflows.allowed_uses does not allow (${list}); its code would run with this job's token and secrets from an owner nobody chose to trust.`, step === undefined ? { job, detail, severity: 'deny' } : { job, step, detail, severity: 'deny' });
    }
  },
};
