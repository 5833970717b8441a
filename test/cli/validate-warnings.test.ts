// `agent-guard validate` warnings: shown with the file, line and column of the rule, in text and
// JSON, and never make a valid policy invalid.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runValidate } from '../../src/cli/validate.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'agent-guard-validate-warnings-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validate(policyText: string, format: 'text' | 'json'): Promise<{ code: number; out: string[] }> {
  const file = join(dir, 'policy.yml');
  writeFileSync(file, policyText);
  const out: string[] = [];
  const code = await runValidate(['--policy', file, '--format', format], { out: (l) => out.push(l), err: (l) => out.push(l), env: {}, cwd: dir });
  return { code, out };
}

const POLICY = [
  'version: 1',
  'default_tier: medium',
  'tiers:',
  '  low: ["docs/**", "*.md", ".github/workflows/docs.yml"]',
  'protected:',
  '  exempt:',
  '    - { path: docs/guide.md, reason: "not protected in the first place" }',
  '',
].join('\n');

describe('validate warnings', () => {
  test('text: the policy is valid, each warning is FILE:LINE:COLUMN: warning: ... [code]', async () => {
    const { code, out } = await validate(POLICY, 'text');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/policy\.yml: valid policy$/);
    expect(out.slice(1).map((l) => l.replace(/^.*policy\.yml:/, ''))).toEqual([
      expect.stringMatching(/^4:\d+: warning: tiers\.low: "\*\.md" has no "\/".*\[glob_root_only\]$/),
      expect.stringMatching(/^4:\d+: warning: tiers\.low: "\.github\/workflows\/docs\.yml" never lowers protected paths.*\[tier_rule_protected\]$/),
      expect.stringMatching(/^7:\d+: warning: protected\.exempt: "docs\/guide\.md" has no effect.*\[exempt_not_protected\]$/),
    ]);
  });

  test('json: warnings beside problems, with their locations', async () => {
    const { code, out } = await validate(POLICY, 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(out.join('\n')) as { valid: boolean; files: { problems: unknown[]; warnings: { code: string; line: number }[] }[] };
    expect(doc.valid).toBe(true);
    expect(doc.files[0]!.problems).toEqual([]);
    expect(doc.files[0]!.warnings.map((w) => `${w.code}@${w.line}`)).toEqual(['glob_root_only@4', 'tier_rule_protected@4', 'exempt_not_protected@7']);
  });

  test('the example policy has no warnings', async () => {
    const { readFileSync } = await import('node:fs');
    const { out } = await validate(readFileSync(join(process.cwd(), 'examples/agent-policy.yml'), 'utf8'), 'text');
    expect(out.filter((l) => l.includes('warning:'))).toEqual([]);
  });
});
