import { codes, review, CLEAN } from '../fixtures.js';

describe('workflows/self-hosted-runner', () => {
  test('runs-on: self-hosted (string, list, and through the matrix)', () => {
    expect(codes(review(CLEAN, CLEAN.replace('runs-on: ubuntu-latest', 'runs-on: self-hosted')))).toEqual(['workflow_self_hosted_runner']);
    expect(codes(review(CLEAN, CLEAN.replace('runs-on: ubuntu-latest', 'runs-on: [self-hosted, linux]')))).toEqual(['workflow_self_hosted_runner']);
    const matrix = CLEAN.replace('runs-on: ubuntu-latest', 'runs-on: ${{ matrix.os }}\n    strategy:\n      matrix:\n        os: [ubuntu-latest, self-hosted]');
    expect(codes(review(CLEAN, matrix))).toEqual(['workflow_self_hosted_runner']);
  });
});
