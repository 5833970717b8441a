import { codes, review, only, CLEAN } from '../fixtures.js';

describe('workflows/dangerous-triggers', () => {
  const base = CLEAN;
  test.each([
    ['string form', 'on: pull_request_target', 'pull_request_target'],
    ['list form', 'on: [push, workflow_run]', 'workflow_run'],
    ['map form', 'on:\n  issue_comment:\n    types: [created]', 'issue_comment'],
    ['review', 'on:\n  pull_request_review:', 'pull_request_review'],
    ['review comment', 'on: [pull_request_review_comment]', 'pull_request_review_comment'],
    ['issues', 'on:\n  issues:\n    types: [opened]', 'issues'],
  ])('%s: a new dangerous trigger is reported', (_n, on, trigger) => {
    const head = base.replace(/on:\n {2}pull_request:\n {2}push:\n {4}branches: \[main\]/, on);
    const f = review(base, head);
    const t = only(f, 'workflow_dangerous_trigger');
    expect(t).toHaveLength(1);
    expect(t[0]!.message).toContain(trigger);
    expect(t[0]!.severity).toBe('high');
  });

  test('widening the filters of an existing dangerous trigger is reported', () => {
    const b = CLEAN.replace(/on:[\s\S]*?permissions/, 'on:\n  pull_request_target:\n    types: [labeled]\npermissions');
    const h = CLEAN.replace(/on:[\s\S]*?permissions/, 'on:\n  pull_request_target:\npermissions');
    expect(codes(review(b, h))).toEqual(['workflow_trigger_changed']);
  });
});
