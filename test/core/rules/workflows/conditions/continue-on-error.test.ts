import { codes, review, CLEAN } from '../fixtures.js';

describe('workflows/continue-on-error', () => {
  test('continue-on-error: true added to a step and to a job', () => {
    const f = review(CLEAN, CLEAN.replace('        run: npm test', '        continue-on-error: true\n        run: npm test').replace('    runs-on:', '    continue-on-error: ${{ true }}\n    runs-on:'));
    expect(codes(f)).toEqual(['workflow_continue_on_error', 'workflow_continue_on_error']);
    expect(review(CLEAN, CLEAN.replace('        run: npm test', '        continue-on-error: false\n        run: npm test'))).toEqual([]);
  });
});
