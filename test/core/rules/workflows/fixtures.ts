// Shared fixtures of the workflow rule tests: a clean workflow, two commit SHAs, and review helpers.
import { reviewWorkflowChange, type Finding } from '../../../../src/core/workflow-review.js';

export const WF = '.github/workflows/ci.yml';
export const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';
export const SHA2 = '11bd71901bbe5b1630ceea73d27597364c9af683';

export const codes = (f: Finding[]) => f.map((x) => x.code);
export const review = (base: string | null, head: string | null, path = WF) => reviewWorkflowChange(path, base, head);
export const only = (f: Finding[], code: string) => f.filter((x) => x.code === code);

/** A small, clean workflow: explicit read permissions, pinned actions, no dangerous trigger. */
export const CLEAN = `name: ci
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - name: Checkout
        uses: actions/checkout@${SHA}
      - name: Test
        run: npm test
`;


/**
 * A workflow with these triggers and one job `build` with these steps (list items indented by six spaces);
 * `job` is extra job-level YAML (indented by four).
 */
export function workflow(on: string, steps: string, job = ''): string {
  return `on: ${on}\npermissions:\n  contents: read\njobs:\n  build:\n    runs-on: ubuntu-latest\n${job}    steps:\n${steps}`;
}

/** The rule ids of findings. */
export const rules = (f: { rule?: string }[]) => f.map((x) => x.rule);
