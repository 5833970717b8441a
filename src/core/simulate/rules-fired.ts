// Which rules made a change need approval or be denied, as short stable keys: a rule id
// (`family/name`) wherever a reason carries one, else the policy rule the reason names (a protected
// glob, a tier glob, the default tier, a capability) or the finding's code. Pure.

import type { Evaluation, FileResult } from '../evaluate.js';
import { clip } from '../text.js';

const RULE_ID = /\[([a-z][a-z0-9-]*\/[a-z][a-z0-9-]*)\]/g;
const CODE = /\[([a-z][a-z0-9_]*)\]\s*$/;
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(?:(?:new|old) path: )?protected path \(([^)]*)\)/, (m) => `protected ${m[1]}`],
  [/^(?:(?:new|old) path: )?tier rule (low|medium|high): (\S+)/, (m) => `tiers.${m[1]} ${m[2]}`],
  [/^(?:(?:new|old) path: )?no tier rule names this path: default_tier (\w+)/, (m) => `default_tier ${m[1]}`],
  [/^capability (\S+) is (\w+) tier/, (m) => `capability ${m[1]} (${m[2]})`],
  [/^needs capability (\S+)/, (m) => `capability ${m[1]} not granted`],
  [/^no capability in the policy covers this path/, () => 'no capability covers the path'],
  [/^changes the policy or a task manifest/, () => 'guard file (modify_policy)'],
  [/^(?:a )?(new executable file|file becomes executable|symlink|submodule|binary content|Git LFS pointer|type change)/, (m) => `kind: ${m[1]}`],
];

/** The keys of one reason or violation message. */
export function reasonKeys(reason: string): string[] {
  const ids = [...reason.matchAll(RULE_ID)].map((m) => m[1]!);
  if (ids.length > 0) return ids;
  for (const [re, key] of PATTERNS) {
    const m = re.exec(reason);
    if (m) return [key(m)];
  }
  const code = CODE.exec(reason);
  return [code ? code[1]! : clip(reason, 60, '...')];
}

/** Keys of one file result's reasons (file results are shared between changes in a replay). */
const fileKeys = new WeakMap<FileResult, readonly string[]>();
function keysOf(f: FileResult): readonly string[] {
  let keys = fileKeys.get(f);
  if (keys === undefined) {
    // Every reason names the rule that produced it: the rule id is the key.
    keys = [...new Set(f.reasons.map((r) => r.rule))];
    fileKeys.set(f, keys);
  }
  return keys;
}

/** The distinct keys of what made this evaluation need approval or deny it (nothing for an allowed change). */
export function firedRules(e: Pick<Evaluation, 'verdict' | 'files' | 'violations'>): Set<string> {
  const keys = new Set<string>();
  if (e.verdict === 'allow') return keys;
  for (const f of e.files) {
    if (f.decision === 'allow') continue;
    for (const k of keysOf(f)) keys.add(k);
  }
  // A file's own violation is already counted through its reasons; the rest are the change's.
  for (const v of e.violations) if (v.path === undefined) keys.add(v.rule);
  return keys;
}
