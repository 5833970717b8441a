// What a rule is. Every rule lives in one module of its family's folder and exports one definition:
// its id (`family/name`), the codes it emits, a one-line summary and a one-line fix. Every finding and
// every reason it produces carries the id, so a reader of any output can find the rule that decided.
// The codes are literal types: a rule cannot emit a code it does not declare (tsc refuses it).

export type FindingSeverity = 'high' | 'deny';

/** Where in a file a finding is: workflow job and step identities (stable across edits), else a line. */
export interface FindingLocation {
  job?: string;
  step?: string;
  line?: number;
}

/** One reason a changed file needs attention. `deny` is a hard fail; `high` needs a human approval. */
export interface Finding {
  rule: string;
  code: string;
  severity: FindingSeverity;
  message: string;
  where?: FindingLocation;
}

export interface RuleDoc {
  /** `family/name`, kebab-case: stable, and what outputs, evidence and `workflows.deny` name. */
  readonly id: string;
  readonly family: string;
  readonly codes: readonly string[];
  /** One line: what the rule decides and why. */
  readonly summary: string;
  /** One line: what a change should do instead. */
  readonly fix: string;
}

export interface Rule<C extends string = string> extends RuleDoc {
  readonly codes: readonly C[];
  finding(code: C, severity: FindingSeverity, message: string, where?: FindingLocation): Finding;
}

const RULE_ID = /^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/;

export function defineRule<const C extends string>(doc: { id: string; codes: readonly C[]; summary: string; fix: string }): Rule<C> {
  if (!RULE_ID.test(doc.id)) throw new Error(`rule id ${JSON.stringify(doc.id)} is not family/name in kebab-case`);
  if (doc.codes.length === 0) throw new Error(`rule ${doc.id} declares no codes`);
  const family = doc.id.slice(0, doc.id.indexOf('/'));
  const codes = Object.freeze([...doc.codes]);
  return Object.freeze({
    id: doc.id,
    family,
    codes,
    summary: doc.summary,
    fix: doc.fix,
    finding(code: C, severity: FindingSeverity, message: string, where?: FindingLocation): Finding {
      return where === undefined ? { rule: doc.id, code, severity, message } : { rule: doc.id, code, severity, message, where };
    },
  });
}
