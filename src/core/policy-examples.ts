// Policy examples: changes a policy names with the verdict or tier they must get, so that a policy
// edit that changes one fails `agent-guard validate` in review. Each example is evaluated as `check`
// evaluates a change of those paths (no manifest, regular files unless `executable`). Pure.

import { evaluateChange } from './evaluate.js';
import { isObj, own, str } from './json.js';
import { compilePolicy, type Policy } from './policy.js';
import { DEFAULT_POLICY_PATH } from './protected.js';
import { pathOnlyEntry } from './simulate/history.js';
import { quoteUntrusted } from './text.js';
import { isTier, type Tier } from './tiers.js';
import type { ChangeEntry, ChangeStatus, Decision, Problem } from './types.js';

export interface PolicyExample {
  index: number;
  name: string | undefined;
  paths: string[];
  status: ChangeStatus;
  executable: boolean;
  verdict: Decision | undefined;
  tier: Tier | undefined;
}

const DECISIONS: readonly string[] = ['allow', 'approval_required', 'deny'];

/** The `examples` of a policy document (already schema-valid), with the problems of their shape. */
export function readPolicyExamples(document: unknown): { examples: PolicyExample[]; problems: Problem[] } {
  const raw = isObj(document) ? own(document, 'examples') : undefined;
  const examples: PolicyExample[] = [];
  const problems: Problem[] = [];
  if (!Array.isArray(raw)) return { examples, problems };
  raw.forEach((x: unknown, index) => {
    if (!isObj(x)) return;
    const pointer = `/examples/${index}`;
    const path = str(own(x, 'path'));
    const list = own(x, 'paths');
    const paths = path !== undefined ? [path] : Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
    const verdict = str(own(x, 'verdict'));
    const tier = str(own(x, 'tier'));
    if ((path === undefined) === (list === undefined)) problems.push({ code: 'policy_example_invalid', message: `example ${index + 1}: give exactly one of path and paths`, pointer });
    else if (verdict === undefined && tier === undefined) problems.push({ code: 'policy_example_invalid', message: `example ${index + 1}: give the verdict or the tier the change must get`, pointer });
    else {
      examples.push({
        index,
        name: str(own(x, 'name')),
        paths,
        status: (str(own(x, 'status')) as ChangeStatus | undefined) ?? 'modified',
        executable: own(x, 'executable') === true,
        verdict: verdict !== undefined && DECISIONS.includes(verdict) ? (verdict as Decision) : undefined,
        tier: tier !== undefined && isTier(tier) ? tier : undefined,
      });
    }
  });
  return { examples, problems };
}

function entryOf(ex: PolicyExample, path: string): ChangeEntry {
  const e = pathOnlyEntry(ex.status, path);
  if (ex.executable && e.newKind !== 'none') {
    e.newKind = 'executable';
    e.newMode = '100755';
    if (ex.status === 'modified') {
      e.oldKind = 'executable';
      e.oldMode = '100755';
    }
  }
  return e;
}

/** One problem (at the example) for every example whose change gets another verdict or tier. */
export function checkPolicyExamples(policy: Policy, examples: readonly PolicyExample[], opts: { policyPath?: string } = {}): Problem[] {
  if (examples.length === 0) return [];
  const compiled = compilePolicy(policy, { policyPath: opts.policyPath ?? DEFAULT_POLICY_PATH });
  const problems: Problem[] = [];
  for (const ex of examples) {
    const e = evaluateChange({ base: '', head: 'example', mergeBase: '', entries: ex.paths.map((p) => entryOf(ex, p)) }, { compiled, source: 'policy', sha256: '' }, null);
    const wrong: string[] = [];
    if (ex.verdict !== undefined && e.verdict !== ex.verdict) wrong.push(`verdict ${e.verdict}, not ${ex.verdict}`);
    if (ex.tier !== undefined && e.tier !== ex.tier) wrong.push(`tier ${e.tier}, not ${ex.tier}`);
    if (wrong.length === 0) continue;
    // The file that decided, and why: what a reviewer needs to fix the policy or the example.
    const top = e.files.find((f) => f.decision === e.verdict && f.tier === e.tier) ?? e.files[0];
    const why = top ? `: ${quoteUntrusted(top.path)} ${top.reasons[0]?.message ?? ''}` : '';
    const label = ex.name !== undefined ? ` (${quoteUntrusted(ex.name)})` : '';
    const what = ex.paths.length === 1 ? quoteUntrusted(ex.paths[0]!) : `${ex.paths.length} files`;
    problems.push({ code: 'policy_example_failed', message: `example ${ex.index + 1}${label}: ${ex.status} ${what} gets ${wrong.join(' and ')}${why}`, pointer: `/examples/${ex.index}` });
  }
  return problems;
}
