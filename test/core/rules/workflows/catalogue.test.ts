// Every workflow rule against its fixtures, through the review of base and head texts: named when a
// change introduces it, silent on the safe variant, and listed as already there (not introduced) when
// the file is only reformatted and moved down by comment lines.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import type { Finding } from '../../../../src/core/rules/rule.js';
import { WORKFLOW_CHECKS } from '../../../../src/core/rules/workflows/index.js';
import { reviewWorkflowFile, WORKFLOW_RULE_IDS } from '../../../../src/core/workflow-review.js';
import { CLASS_FIXTURES } from './classes.js';
import { WF } from './fixtures.js';

/** The same file, reformatted: other indentation and quoting, and comment lines that move every line. */
function reformat(text: string): string {
  return `# reformatted\n#\n${stringify(parse(text), { indent: 4, lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE' })}`;
}

const ids = (fs: { rule: string }[]) => fs.map((f) => f.rule);

describe('workflow rule catalogue', () => {
  test('docs/workflow-review.md names every workflow rule', () => {
    const doc = readFileSync(new URL('../../../../docs/workflow-review.md', import.meta.url), 'utf8');
    for (const id of WORKFLOW_RULE_IDS) expect(doc).toContain(`\`${id}\``);
  });

  test('every workflow rule has a positive and a negative fixture', () => {
    expect(Object.keys(CLASS_FIXTURES).sort()).toEqual([...WORKFLOW_RULE_IDS].sort());
  });

  describe.each(Object.entries(CLASS_FIXTURES))('%s', (rule, fx) => {
    const path = fx.path ?? WF;

    test('named when the change introduces it', () => {
      const r = reviewWorkflowFile(path, fx.negBase ?? fx.neg, fx.pos, fx.options);
      expect(ids(r.introduced)).toContain(rule);
      for (const f of r.introduced.filter((x) => x.rule === rule)) expect(f.message.length).toBeGreaterThan(20);
    });

    test('silent on the safe variant', () => {
      const r = reviewWorkflowFile(path, fx.negBase ?? null, fx.neg, fx.options);
      expect(ids(r.introduced)).not.toContain(rule);
      expect(ids(r.existing)).not.toContain(rule);
    });

    if (rule !== 'workflows/review-errors') {
      test('a reformat introduces nothing, and what was there is listed as existing', () => {
        const r = reviewWorkflowFile(path, fx.pos, reformat(fx.pos), fx.options);
        expect(r.introduced).toEqual([]);
        // Facts of the file itself stay, as existing; findings about the change (a removed job) are not facts.
        if (WORKFLOW_CHECKS.find((c) => c.rule.id === rule)?.facts === undefined) return;
        const key = (f: Finding) => `${f.rule}|${f.code}|${f.where?.job ?? ''}|${f.where?.step ?? ''}`;
        const before = reviewWorkflowFile(path, null, fx.pos, fx.options).introduced.filter((f) => f.rule === rule);
        expect(before.length).toBeGreaterThan(0);
        expect(r.existing.filter((f) => f.rule === rule).map(key).sort()).toEqual(before.map(key).sort());
      });
    }
  });
});

describe('workflow rules do not contradict each other', () => {
  test("unsound-contains' fix (contains(fromJSON('[...]'), x)) is no obfuscation; fromJSON of a plain string is", () => {
    const fx = CLASS_FIXTURES['workflows/unsound-contains']!;
    expect(ids(reviewWorkflowFile(WF, null, fx.neg).introduced)).not.toContain('workflows/obfuscation');
    const hidden = fx.neg.replace(/if: .*/, "if: ${{ github.ref == fromJSON('\"refs/heads/main\"') }}");
    expect(ids(reviewWorkflowFile(WF, null, hidden).introduced)).toContain('workflows/obfuscation');
  });
});
