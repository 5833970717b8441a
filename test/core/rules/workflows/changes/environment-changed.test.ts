import { codes, review, CLEAN } from '../fixtures.js';

describe('workflows/environment-changed', () => {
  test('added, changed and removed environments are reported', () => {
    const prod = CLEAN.replace('    runs-on:', '    environment: production\n    runs-on:');
    const staging = CLEAN.replace('    runs-on:', '    environment:\n      name: staging\n      url: https://x\n    runs-on:');
    expect(codes(review(CLEAN, prod))).toEqual(['workflow_environment_changed']);
    const changed = review(staging, prod);
    expect(codes(changed)).toEqual(['workflow_environment_changed']);
    expect(changed[0]!.message).toMatch(/"staging" to "production"/);
    const removed = review(prod, CLEAN);
    expect(removed[0]!.message).toContain('no longer uses environment "production"');
    expect(review(prod, prod.replace('name: ci', 'name: CI'))).toEqual([]);
  });
});
