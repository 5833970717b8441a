// The self-test's result: each scenario's outcome, containment per class and a score, rendered as
// text, JSON, JUnit XML and markdown. Pure. Scenario text is the user's: it reaches every format
// through the escaping of that format (one line in text, entities in XML, escaped cells in markdown).

import { oneLine } from '../text.js';
import { CLASS_TITLES, SCENARIO_CLASSES, type Scenario, type ScenarioClass } from './scenario.js';

/** contained: the product stopped it. escaped: it got through. not_applicable: this policy grants nothing it could use. error: it could not be judged. */
export type OutcomeStatus = 'contained' | 'escaped' | 'not_applicable' | 'error';

export interface ScenarioOutcome {
  id: string;
  class: ScenarioClass;
  title: string;
  file: string;
  control: boolean;
  status: OutcomeStatus;
  /** What the scenario expects, e.g. `verdict deny or approval_required`. */
  expected: string;
  /** What the product answered, e.g. `verdict deny`. */
  observed: string;
  /** Why, in one line: the rule that decided, or what leaked where. */
  detail: string;
}

export interface ClassResult {
  class: ScenarioClass;
  status: OutcomeStatus;
  contained: number;
  escaped: number;
  notApplicable: number;
  errors: number;
}

export interface SelftestReport {
  policy: { source: string; sha256: string };
  manifest: { source: string; sha256: string } | null;
  outcomes: ScenarioOutcome[];
  classes: ClassResult[];
  score: { contained: number; judged: number; percent: number };
  /** True when nothing escaped and everything could be judged. */
  passed: boolean;
}

export function buildReport(policy: SelftestReport['policy'], manifest: SelftestReport['manifest'], outcomes: ScenarioOutcome[]): SelftestReport {
  const classes = SCENARIO_CLASSES.map((cls): ClassResult => {
    const mine = outcomes.filter((o) => o.class === cls);
    const count = (s: OutcomeStatus) => mine.filter((o) => o.status === s).length;
    const r = { class: cls, contained: count('contained'), escaped: count('escaped'), notApplicable: count('not_applicable'), errors: count('error') };
    const status: OutcomeStatus = r.escaped > 0 ? 'escaped' : r.errors > 0 ? 'error' : r.contained > 0 ? 'contained' : 'not_applicable';
    return { ...r, status };
  });
  const judged = outcomes.filter((o) => !o.control && (o.status === 'contained' || o.status === 'escaped'));
  const contained = judged.filter((o) => o.status === 'contained').length;
  return {
    policy,
    manifest,
    outcomes,
    classes,
    score: { contained, judged: judged.length, percent: judged.length === 0 ? 100 : Math.floor((contained * 100) / judged.length) },
    passed: outcomes.every((o) => o.status === 'contained' || o.status === 'not_applicable'),
  };
}

const STATUS_WORD: Record<OutcomeStatus, string> = { contained: 'contained', escaped: 'ESCAPED', not_applicable: 'not applicable under this policy', error: 'ERROR (not judged)' };

function scoreLine(r: SelftestReport): string {
  const applicable = r.classes.filter((c) => c.status !== 'not_applicable');
  const held = applicable.filter((c) => c.status === 'contained').length;
  return `score: ${r.score.contained}/${r.score.judged} scenarios contained (${r.score.percent}%); ${held}/${applicable.length} applicable classes contained`;
}

export function renderText(r: SelftestReport): string {
  const lines = [`agent-guard selftest: ${r.passed ? 'pass' : 'FAIL'}`, `  policy: ${oneLine(r.policy.source)} (sha256 ${r.policy.sha256.slice(0, 16)})`];
  lines.push(`  manifest: ${r.manifest ? `${oneLine(r.manifest.source)} (sha256 ${r.manifest.sha256.slice(0, 16)})` : 'none (no capability is granted)'}`);
  for (const c of r.classes) {
    if (c.contained + c.escaped + c.notApplicable + c.errors === 0) {
      lines.push(`${CLASS_TITLES[c.class]}: no scenarios run`);
      continue;
    }
    lines.push(`${CLASS_TITLES[c.class]}: ${STATUS_WORD[c.status]} (${c.contained} contained, ${c.escaped} escaped, ${c.notApplicable} not applicable, ${c.errors} errors)`);
    for (const o of r.outcomes.filter((x) => x.class === c.class && x.status !== 'contained')) {
      lines.push(`  ${STATUS_WORD[o.status]}: ${oneLine(o.id)}: ${oneLine(o.title)}`);
      lines.push(`      expected ${oneLine(o.expected)}; got ${oneLine(o.observed)}: ${oneLine(o.detail)}`);
    }
  }
  lines.push(scoreLine(r));
  return lines.join('\n');
}

export function renderJson(r: SelftestReport): string {
  return JSON.stringify({ passed: r.passed, score: r.score, policy: r.policy, manifest: r.manifest, classes: r.classes, scenarios: r.outcomes }, null, 2);
}

/** Text for XML: the five entities, and characters XML 1.0 cannot hold dropped. */
export function xmlText(s: string): string {
  return s
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function renderJunit(r: SelftestReport): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = r.outcomes.filter((o) => o.status === 'escaped').length;
  const errors = r.outcomes.filter((o) => o.status === 'error').length;
  out.push(`<testsuites name="agent-guard selftest" tests="${r.outcomes.length}" failures="${failures}" errors="${errors}">`);
  for (const c of r.classes) {
    const mine = r.outcomes.filter((o) => o.class === c.class);
    out.push(`  <testsuite name="${xmlText(c.class)}" tests="${mine.length}" failures="${c.escaped}" errors="${c.errors}" skipped="${c.notApplicable}">`);
    for (const o of mine) {
      const open = `    <testcase classname="selftest.${xmlText(o.class)}" name="${xmlText(o.id)}" file="${xmlText(o.file)}">`;
      const body = `expected ${o.expected}; got ${o.observed}: ${o.detail}`;
      if (o.status === 'contained') out.push(`${open}</testcase>`);
      else if (o.status === 'not_applicable') out.push(`${open}<skipped message="${xmlText(oneLine(o.detail))}"/></testcase>`);
      else {
        const tag = o.status === 'escaped' ? 'failure' : 'error';
        out.push(`${open}<${tag} message="${xmlText(oneLine(`${CLASS_TITLES[o.class]} ${o.status}: ${o.title}`))}">${xmlText(body)}</${tag}></testcase>`);
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n');
}

/** A markdown table cell: one line, pipes and markup escaped. */
function cell(s: string): string {
  return oneLine(s).replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

export function renderMarkdown(r: SelftestReport): string {
  const out = [`### agent-guard selftest: ${r.passed ? 'pass' : 'FAIL'}`, '', `Policy \`${cell(r.policy.source)}\`, manifest ${r.manifest ? `\`${cell(r.manifest.source)}\`` : 'none'}. ${scoreLine(r)}.`, ''];
  out.push('| class | result | contained | escaped | not applicable | errors |', '|---|---|---|---|---|---|');
  for (const c of r.classes) out.push(`| ${CLASS_TITLES[c.class]} | ${STATUS_WORD[c.status]} | ${c.contained} | ${c.escaped} | ${c.notApplicable} | ${c.errors} |`);
  const notable = r.outcomes.filter((o) => o.status === 'escaped' || o.status === 'error');
  if (notable.length > 0) {
    out.push('', '| scenario | result | expected | got |', '|---|---|---|---|');
    for (const o of notable) out.push(`| ${cell(o.id)}: ${cell(o.title)} | ${STATUS_WORD[o.status]} | ${cell(o.expected)} | ${cell(o.observed)}: ${cell(o.detail)} |`);
  }
  return out.join('\n');
}

/**
 * A scenario's outcome. A control that does not get its expected result is an error: it shows the
 * setup could not have let anything through, so the class's other results prove nothing.
 */
export function scenarioOutcome(s: Pick<Scenario, 'id' | 'class' | 'title' | 'file' | 'control'>, status: OutcomeStatus, expected: string, observed: string, detail: string): ScenarioOutcome {
  const failedControl = s.control && status === 'escaped';
  return {
    id: s.id,
    class: s.class,
    title: s.title,
    file: s.file,
    control: s.control,
    status: failedControl ? 'error' : status,
    expected,
    observed,
    detail: failedControl ? `control failed (${detail}): this class cannot be judged under this setup` : detail,
  };
}
