import { SHA2, codes, review, CLEAN } from '../fixtures.js';

describe('attack: workflow_run consuming artifacts', () => {
  test('a workflow_run trigger plus download-artifact is reported', () => {
    const head = CLEAN.replace(/on:[\s\S]*?permissions/, 'on:\n  workflow_run:\n    workflows: [agent]\n    types: [completed]\npermissions').replace(
      'run: npm test',
      `uses: actions/download-artifact@${SHA2}\n        with:\n          name: verdict`,
    );
    expect(codes(review(CLEAN, head))).toEqual(['workflow_dangerous_trigger', 'workflow_untrusted_artifact']);
  });
});
