// What a workflow rule module exports besides its definition: a check over one parsed version (it emits
// facts, matched between base and head to tell what a change introduces) and/or a check over the change
// itself (a removed job, a changed environment). A fact's identity is the rule id, the job id, the step
// identity and the rule's own detail (an expression, a scope, an action name), never a line number.

import type { FindingSeverity, Rule } from '../rule.js';
import type { JobInfo, Model, StepInfo } from './model.js';

export interface Fact {
  rule: string;
  code: string;
  severity: FindingSeverity;
  message: string;
  job?: string;
  step?: string;
  line?: number;
  /** rule|job|detail: what the fact is, wherever in the job it moved. */
  loose: string;
  /** loose|step: the same fact at the same step. */
  exact: string;
  /** Loose keys of base facts that also make this one not new (a narrowing from write-all to one scope). */
  coveredBy?: string[];
}

export interface At {
  job?: JobInfo;
  step?: StepInfo;
  /** What distinguishes this fact from others of the rule in the same job. */
  detail?: string;
  severity?: FindingSeverity;
  coveredBy?: string[];
}

export type Emit = <C extends string>(rule: Rule<C>, code: NoInfer<C>, message: string, at?: At) => void;

/** What the policy says that changes what a rule reports (the same for base and head). */
export interface WorkflowPolicyView {
  /** `workflows.allowed_uses`: the owners, repositories and images `uses:` may name; undefined when the policy sets none. */
  allowedUses?: readonly string[];
}

export interface FactContext {
  m: Model;
  policy: WorkflowPolicyView;
  /** When checking head: the base version (for messages such as "was pinned"); null when checking base. */
  other: Model | null;
  emit: Emit;
}

export interface WorkflowCheck {
  readonly rule: Rule;
  /** Facts of one version of the file; only those the base did not have are reported as introduced. */
  readonly facts?: (ctx: FactContext) => void;
  /** Findings about the change itself (base null for an added file); always introduced. */
  readonly change?: (base: Model | null, head: Model, emit: Emit) => void;
}

export function looseKey(rule: Rule, job: string, detail: string): string {
  return `${rule.id}|${job}|${detail}`;
}

/** An emitter that collects facts into `out`. */
export function collector(out: Fact[]): Emit {
  return (rule, code, message, at = {}) => {
    const job = at.job?.id;
    const step = at.step?.label;
    const loose = looseKey(rule, job ?? '', at.detail ?? '');
    const fact: Fact = { rule: rule.id, code, severity: at.severity ?? 'high', message, loose, exact: `${loose}|${step ?? ''}` };
    if (job !== undefined) fact.job = job;
    if (step !== undefined) fact.step = step;
    const line = at.step?.line ?? at.job?.line;
    if (line !== undefined) fact.line = line;
    if (at.coveredBy) fact.coveredBy = at.coveredBy;
    out.push(fact);
  };
}

/**
 * Split head facts into those the change introduces and those already in base. Matched as multisets:
 * first at the same step, then anywhere in the same job (a renamed or reordered step introduces nothing),
 * so a second copy of a pattern is new while a pattern that merely stayed is not.
 */
export function diffFacts(base: readonly Fact[], head: readonly Fact[]): { introduced: Fact[]; existing: Fact[] } {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  for (const f of base) {
    exact.set(f.exact, (exact.get(f.exact) ?? 0) + 1);
    loose.set(f.loose, (loose.get(f.loose) ?? 0) + 1);
  }
  const baseLoose = new Set(loose.keys());
  const take = (f: Fact, counts: Map<string, number>, key: string): boolean => {
    const n = counts.get(key) ?? 0;
    if (n === 0) return false;
    counts.set(key, n - 1);
    return true;
  };
  const matched = new Set<Fact>();
  for (const f of head) if (take(f, exact, f.exact)) matched.add(f);
  // An exact match also used up one loose match.
  for (const f of matched) loose.set(f.loose, (loose.get(f.loose) ?? 1) - 1);
  for (const f of head) if (!matched.has(f) && take(f, loose, f.loose)) matched.add(f);
  const introduced: Fact[] = [];
  const existing: Fact[] = [];
  for (const f of head) {
    if (matched.has(f) || f.coveredBy?.some((k) => baseLoose.has(k))) existing.push(f);
    else introduced.push(f);
  }
  return { introduced, existing };
}
