import { defineRule } from '../../rule.js';

export const reviewErrors = defineRule({
  id: 'workflows/review-errors',
  codes: ['workflow_unparseable', 'workflow_findings_truncated'],
  summary: 'A workflow, action or Dependabot file that cannot be parsed is not reviewed, and is reported as such (GitHub may run it differently or not at all); past the per-file limit, further findings are counted, not listed.',
  fix: 'Make the file valid YAML that GitHub accepts (no duplicate keys, merge keys or tags), then review its findings.',
});
