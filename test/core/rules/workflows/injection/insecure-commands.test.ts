import { codes, review, CLEAN } from '../fixtures.js';

describe('workflows/insecure-commands', () => {
  test('ACTIONS_ALLOW_UNSECURE_COMMANDS at workflow and step level', () => {
    expect(codes(review(CLEAN, CLEAN.replace('jobs:', 'env:\n  ACTIONS_ALLOW_UNSECURE_COMMANDS: true\njobs:')))).toEqual(['workflow_insecure_commands']);
    expect(codes(review(CLEAN, CLEAN.replace('        run: npm test', '        env:\n          ACTIONS_ALLOW_UNSECURE_COMMANDS: "true"\n        run: npm test')))).toEqual([
      'workflow_insecure_commands',
    ]);
  });
});
