import { codes, review, CLEAN } from '../fixtures.js';

describe('workflows/overprovisioned-secrets', () => {
  test('toJSON(secrets) and a computed secrets[...] index expose every secret', () => {
    const head = CLEAN.replace('        run: npm test', '        env:\n          ALL: ${{ toJSON(secrets) }}\n        run: npm test');
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_all_secrets']);
    expect(f[0]!.message).toContain('job "test"');
    expect(review(head, head.replace('npm test', 'npm run test'))).toEqual([]);
    const computed = CLEAN.replace('run: npm test', "run: echo ${{ secrets[format('{0}_KEY', matrix.env)] }}");
    expect(codes(review(CLEAN, computed))).toEqual(['workflow_all_secrets']);
    const named = CLEAN.replace('run: npm test', "run: echo ${{ secrets.NPM_TOKEN }} ${{ secrets['OTHER'] }}");
    expect(review(CLEAN, named)).toEqual([]);
  });
});
