// The self-test report: containment per class, the score, and the four formats (scenario text is the
// user's: it reaches XML, markdown and text only escaped).

import { buildReport, renderJson, renderJunit, renderMarkdown, renderText, scenarioOutcome, type ScenarioOutcome } from '../../../src/core/selftest/report.js';
import type { ScenarioClass } from '../../../src/core/selftest/scenario.js';

const s = (id: string, cls: ScenarioClass, control = false) => ({ id, class: cls, title: `title of ${id}`, file: 'selftest/x.yml', control });
const policy = { source: 'policy.yml', sha256: 'a'.repeat(64) };

function report(outcomes: ScenarioOutcome[]) {
  return buildReport(policy, null, outcomes);
}

describe('containment per class and score', () => {
  test('a class is escaped when one scenario escaped, not applicable when none applied', () => {
    const r = report([
      scenarioOutcome(s('a/1', 'command_scope'), 'contained', 'hook block', 'hook block', 'blocked'),
      scenarioOutcome(s('a/2', 'command_scope'), 'escaped', 'hook block', 'hook allow', 'allowed'),
      scenarioOutcome(s('b/1', 'log_hygiene'), 'contained', 'none', 'none', 'checked'),
      scenarioOutcome(s('c/1', 'approval_bypass'), 'not_applicable', 'decision deny', 'not run', 'no agent'),
    ]);
    const by = Object.fromEntries(r.classes.map((c) => [c.class, c.status]));
    expect(by).toEqual({ prompt_injection: 'not_applicable', path_escape: 'not_applicable', dependency_confusion: 'not_applicable', approval_bypass: 'not_applicable', log_hygiene: 'contained', command_scope: 'escaped' });
    expect(r.score).toEqual({ contained: 2, judged: 3, percent: 66 });
    expect(r.passed).toBe(false);
  });

  test('a control that does not get its expected result is an error, and fails the run', () => {
    const o = scenarioOutcome(s('a/control', 'command_scope', true), 'escaped', 'hook allow', 'hook block', 'blocked');
    expect(o.status).toBe('error');
    expect(o.detail).toContain('control failed');
    expect(report([o]).passed).toBe(false);
  });

  test('not applicable alone passes', () => {
    expect(report([scenarioOutcome(s('a/1', 'command_scope'), 'not_applicable', 'x', 'y', 'z')]).passed).toBe(true);
  });
});

describe('formats', () => {
  const hostile = scenarioOutcome({ ...s('a/1', 'path_escape'), title: 'x</failure><!-- & "q" | `y`\n::error::z' }, 'escaped', 'verdict deny', 'verdict allow', 'a\nb');
  const r = report([hostile, scenarioOutcome(s('a/2', 'path_escape'), 'not_applicable', 'x', 'y', 'z')]);

  test('JUnit XML: a failure per escape, skipped per not applicable, the title escaped', () => {
    const xml = renderJunit(r);
    expect(xml).toContain('<testsuite name="path_escape" tests="2" failures="1" errors="0" skipped="1">');
    expect(xml).toContain('<skipped message="z"/>');
    expect(xml).toContain('x&lt;/failure&gt;&lt;!-- &amp; &quot;q&quot;');
    expect(xml.match(/<failure /g)).toHaveLength(1);
  });

  test('markdown: the table cells are one line with markup escaped', () => {
    const md = renderMarkdown(r);
    expect(md).toContain('| path escape | ESCAPED | 0 | 1 | 1 | 0 |');
    expect(md).not.toContain('\n::error::');
    expect(md).toContain('\\|');
  });

  test('text: one line per fact, no workflow command at the start of a line', () => {
    const text = renderText(r);
    expect(text).toContain('path escape: ESCAPED');
    expect(text.split('\n').some((l) => l.startsWith('::'))).toBe(false);
  });

  test('JSON: the scenarios, classes and score', () => {
    const json = JSON.parse(renderJson(r));
    expect(json.passed).toBe(false);
    expect(json.scenarios).toHaveLength(2);
    expect(json.classes.find((c: { class: string }) => c.class === 'path_escape').escaped).toBe(1);
  });
});
