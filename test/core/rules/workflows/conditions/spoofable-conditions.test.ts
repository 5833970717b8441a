import { codes, review, CLEAN } from '../fixtures.js';

describe('attack: conditions on the guard job', () => {
  test('if: github.actor != Copilot is spoofable', () => {
    const f = review(CLEAN, CLEAN.replace('    runs-on:', "    if: github.actor != 'Copilot'\n    runs-on:"));
    expect(codes(f)).toEqual(['workflow_spoofable_condition']);
    expect(f[0]!.message).toContain('job "test"');
  });

  test('a label condition on a step is spoofable', () => {
    const f = review(CLEAN, CLEAN.replace('        run: npm test', "        if: contains(github.event.pull_request.labels.*.name, 'safe')\n        run: npm test"));
    expect(codes(f)).toEqual(['workflow_spoofable_condition']);
  });

  test('any other condition added to an existing job is reported (a skipped job reports success)', () => {
    const f = review(CLEAN, CLEAN.replace('    runs-on:', "    if: github.event_name == 'push'\n    runs-on:"));
    expect(codes(f)).toEqual(['workflow_job_condition']);
  });
});

describe('workflows/spoofable-conditions: what is not spoofable', () => {
  test('the pull request creator, author_association and string literals that merely mention labels', () => {
    for (const cond of ["github.event.pull_request.user.login == 'dependabot[bot]'", "github.event.comment.author_association == 'OWNER'", "inputs.actions == 'add-labels'"]) {
      const f = review(CLEAN, CLEAN.replace('        run: npm test', `        if: ${cond}\n        run: npm test`));
      expect(codes(f)).toEqual([]);
    }
  });
});
