// Scripts a package manager runs without being asked for by name (npm lifecycle scripts, composer
// events) and, transitively, the scripts they call: shared by the npm and composer reviewers.

import type { Json } from '../../json.js';
import { stableJson } from '../../text.js';


/**
 * The scripts a package manager runs without being asked for by name: those `isRoot` names (lifecycle
 * scripts, events) and, transitively, the scripts `callees` finds called from one, each with the root
 * that reaches it.
 */
export function scriptsRunAutomatically(scripts: Json, isRoot: (name: string) => boolean, callees: (value: unknown) => string[]): Map<string, string> {
  const reached = new Map<string, string>();
  const queue: string[] = [];
  for (const name of Object.keys(scripts)) {
    if (!isRoot(name)) continue;
    reached.set(name, name);
    queue.push(name);
  }
  while (queue.length > 0) {
    const name = queue.shift()!;
    for (const callee of callees(scripts[name])) {
      if (!Object.hasOwn(scripts, callee) || reached.has(callee)) continue;
      reached.set(callee, reached.get(name)!);
      queue.push(callee);
    }
  }
  return reached;
}

/** The scripts of `reached` (name -> the root that reaches it) that the head adds or changes against the base. */
export function newOrChangedScripts(reached: Map<string, string>, scripts: Json, baseScripts: Json): { name: string; root: string; value: unknown; verb: 'adds' | 'changes' }[] {
  const out: { name: string; root: string; value: unknown; verb: 'adds' | 'changes' }[] = [];
  for (const [name, root] of reached) {
    const value = scripts[name];
    const inBase = Object.hasOwn(baseScripts, name);
    if (inBase && stableJson(baseScripts[name]) === stableJson(value)) continue;
    out.push({ name, root, value, verb: inBase ? 'changes' : 'adds' });
  }
  return out;
}
