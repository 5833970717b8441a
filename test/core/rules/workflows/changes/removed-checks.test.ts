import { reviewWorkflowChange } from '../../../../../src/core/workflow-review.js';
import { SHA, SHA2, codes, review } from '../fixtures.js';

describe('attack: removing checks', () => {
  const scan = `name: security-scan
on: pull_request
permissions:
  contents: read
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
      - uses: github/codeql-action/analyze@${SHA2}
`;
  test('deleting a security-scan workflow is reported as workflow removed', () => {
    const f = reviewWorkflowChange('.github/workflows/security-scan.yml', scan, null);
    expect(codes(f)).toEqual(['workflow_removed']);
    expect(f[0]!.message).toContain('codeql');
    expect(f[0]!.severity).toBe('high');
  });

  test('a rename away from .github/workflows is a removal', () => {
    expect(codes(reviewWorkflowChange('docs/deploy-notes.md', scan, '# notes\n'))).toEqual(['workflow_removed']);
  });

  test('the guard step replaced by run: exit 0 is reported', () => {
    const guard = `on: pull_request
permissions:
  contents: read
jobs:
  guard:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
        with:
          fetch-depth: 0
      - uses: acme/agent-guard/actions/guard-diff@${SHA2}
`;
    const bypass = guard.replace(`uses: acme/agent-guard/actions/guard-diff@${SHA2}`, 'run: exit 0');
    const f = reviewWorkflowChange('.github/workflows/guard.yml', guard, bypass);
    expect(codes(f)).toEqual(['workflow_security_step_removed']);
    expect(f[0]!.message).toContain('agent-guard');
    expect(f[0]!.message).toContain('job "guard"');
  });

  test('a removed job is reported', () => {
    const head = scan.replace(/ {2}scan:[\s\S]*$/, '  other:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n');
    expect(codes(reviewWorkflowChange('.github/workflows/security-scan.yml', scan, head))).toEqual(['workflow_job_removed']);
  });

  test('both sides absent is nothing', () => {
    expect(review(null, null)).toEqual([]);
  });
});
