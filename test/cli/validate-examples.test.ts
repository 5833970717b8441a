// `agent-guard validate` runs the policy's examples: one that fails makes the policy invalid (exit 3)
// with FILE:LINE:COLUMN at the example.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runValidate } from '../../src/cli/validate.js';

const POLICY = `version: 1
default_tier: high
tiers:
  low: ["docs/**"]
approvals:
  high: { count: 1 }
examples:
  - path: docs/guide.md
    verdict: allow
  - name: CI needs a human
    path: .github/workflows/ci.yml
    verdict: approval_required
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'agent-guard-examples-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validate(text: string, format = 'text') {
  const file = join(dir, 'policy.yml');
  writeFileSync(file, text);
  const out: string[] = [];
  const code = await runValidate(['--policy', file, '--format', format], { out: (l) => out.push(l), err: (l) => out.push(l), env: {}, cwd: dir });
  return { code, out: out.join('\n'), file };
}

test('a policy whose examples hold is valid', async () => {
  const r = await validate(POLICY);
  expect(r.code).toBe(0);
  expect(r.out).toBe(`${r.file}: valid policy`);
});

test('an edit that changes an example fails validation at the example', async () => {
  const r = await validate(POLICY.replace('low: ["docs/**"]', 'medium: ["docs/**"]\n  low: []').replace('high: { count: 1 }', 'high: { count: 1 }\n  medium: { count: 1 }'));
  expect(r.code).toBe(3);
  expect(r.out).toBe(`${r.file}:10:5: example 1: modified "docs/guide.md" gets verdict approval_required, not allow: "docs/guide.md" tier rule medium: docs/** [policy_example_failed]`);
  const json = JSON.parse((await validate(POLICY.replace('verdict: allow', 'verdict: deny'), 'json')).out);
  expect(json.valid).toBe(false);
  expect(json.files[0].problems).toEqual([expect.objectContaining({ code: 'policy_example_failed', line: 8, column: 5 })]);
});
